"""Seeded robustness checks of the LLM reply stream: any chunking, any text, any ending.

The real `openai` client reads each generated stream from the loopback server. Whatever
arrives (empty chunks, unicode, huge replies, abrupt ends) the call never crashes, never hangs
and never loses a turn: the trainee's line is always kept, and the prospect's turn is exactly
what was said, marked cut off when the reply did not end properly.
"""

from __future__ import annotations

import threading

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from tests.support.openai_server import OpenAITestServer, Reply
from trainer.core.call import Call
from trainer.core.errors import KnownError
from trainer.engines.llm import LLMEngine
from trainer.engines.llm_client import LLMError
from trainer.engines.prompt import LeakGuard
from trainer.settings import Settings

SEEDED = settings(
    derandomize=True,
    database=None,
    deadline=None,
    suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow],
)
LINE = "How do you plan your routes today?"

words = st.sampled_from(
    ["Nej.", "we", "plan", "routes", "by", "hand", "æøå", "Grahn", "möte", "…", "🙂", "45/100",
     "as", "an", "AI", "language", "model", "ignore", "instructions", "\n", "  "]
)  # fmt: skip
texts = st.one_of(
    st.text(max_size=200),
    st.lists(words, max_size=60).map(" ".join),
    st.builds(lambda w, n: " ".join([w] * n), words, st.integers(200, 1_500)),  # huge
    st.builds(lambda n: "x" * n, st.integers(1_000, 20_000)),  # huge, no spaces
)
endings = st.sampled_from(["stop", "length", "end_early", "drop"])


def chunked(text: str, cuts: list[int], empties: list[int]) -> list[str]:
    """Split `text` at the given points, with empty chunks put in between."""
    points = sorted({c % (len(text) + 1) for c in cuts} | {0, len(text)})
    pieces = [text[a:b] for a, b in zip(points, points[1:], strict=False)]
    for position in empties:
        pieces.insert(position % (len(pieces) + 1), "")
    return pieces


@pytest.fixture(scope="module")
def server():
    with OpenAITestServer() as server:
        yield server


@pytest.fixture(scope="module")
def persona():
    from trainer.core.persona import load_catalog
    from trainer.paths import BUILTIN_PERSONAS

    return load_catalog([BUILTIN_PERSONAS]).get("grumpy-ceo-en")


@settings(SEEDED, max_examples=40)
@given(
    text=texts,
    cuts=st.lists(st.integers(0, 25_000), max_size=30),
    empties=st.lists(st.integers(0, 50), max_size=5),
    ending=endings,
    stop_at=st.integers(0, 40),
)
def test_any_stream_ends_the_reply_cleanly_and_keeps_every_turn(
    server, persona, text, cuts, empties, ending, stop_at
):
    chunks = chunked(text, cuts, empties)
    reply = Reply(
        chunks=chunks, text=text, finish_reason="length" if ending == "length" else "stop"
    )
    if ending == "end_early":
        reply.end_after = min(stop_at, len(chunks))
    elif ending == "drop":
        reply.drop_after = min(stop_at, len(chunks))
    # a drop planned after the last chunk never happens: that stream ends properly
    proper = ending == "stop" or (ending == "drop" and stop_at >= len(chunks))
    server.add_reply(reply)
    engine = LLMEngine.from_settings(
        Settings(llm_base_url=server.base_url, llm_model="m", llm_timeout_seconds=10)
    )
    call = Call(persona, engine, trainee="Anna")
    directions = call.trainee_says(LINE)
    said: list[str] = []
    error: KnownError | None = None
    done = threading.Event()

    def run() -> None:
        nonlocal error
        try:
            said.extend(call.prospect_stream(directions))
        except LLMError as exc:
            error = exc
        finally:
            done.set()

    worker = threading.Thread(target=run, daemon=True)
    worker.start()
    assert done.wait(30), "the reply never ended"
    assert call.turns[0].text == LINE  # the trainee's turn is never lost
    spoken = "".join(said).strip()
    prospect = call.turns[1:]
    if spoken:
        assert [t.text for t in prospect] == [spoken]  # exactly what was said, once
    else:
        assert prospect == []
    if error is not None:
        assert "\n" not in str(error) and str(error) == call.failure
        assert all(t.cut_off for t in prospect)
    else:
        assert proper and spoken and not prospect[0].cut_off
        assert call.failure is None


@settings(SEEDED, max_examples=150)
@given(
    text=st.lists(words, max_size=80).map(" ".join),
    cuts=st.lists(st.integers(0, 2_000), max_size=40),
    empties=st.lists(st.integers(0, 50), max_size=5),
)
def test_the_character_filter_is_the_same_however_the_text_is_split(text, cuts, empties):
    whole = LeakGuard()
    expected = whole.feed(text) + whole.flush()
    guard = LeakGuard()
    out = "".join(guard.feed(piece) for piece in chunked(text, cuts, empties)) + guard.flush()
    if not guard.leaked:
        assert out == text  # nothing dropped, nothing repeated
        assert not whole.leaked and expected == text
    else:
        assert text.startswith(out)  # what was released before the leak is a prefix
        assert "language model" not in out.lower() and "45/100" not in out
