"""Faults of an LLM prospect, through the real `openai` client and the loopback server.

Empty and cut-off replies are reported and marked, never stored as ordinary turns; a failed
call is recorded as failed and scored; a runaway reply is capped; credentials in the base URL
never reach a message.
"""
# ruff: noqa: F811  (pytest fixtures arrive as arguments named like the imported fixture)

from __future__ import annotations

import json
import threading
from pathlib import Path

import pytest

from tests.support.openai_server import OpenAITestServer, Reply, openai_server  # noqa: F401
from trainer.cli import main
from trainer.core.call import Call
from trainer.core.prospect_state import Directions
from trainer.engines.llm import MAX_REPLY_WORDS, LLMEngine
from trainer.engines.llm_client import LLMError, host_of, make_client, redact_url, server_of
from trainer.engines.prompt import LeakGuard
from trainer.settings import Settings, save_settings
from trainer.store import Store

LINES = [
    "Hi Larry, Anna from Routia. I know you are busy, so I will be brief.",
    "How do you plan your routes today?",
    "What happens when a driver calls in sick?",
]


@pytest.fixture(scope="module")
def en():
    from trainer.core.persona import load_catalog
    from trainer.paths import BUILTIN_PERSONAS

    return load_catalog([BUILTIN_PERSONAS]).get("grumpy-ceo-en")


def engine_for(server: OpenAITestServer, **settings) -> LLMEngine:
    values = {"llm_base_url": server.base_url, "llm_model": "test-model", **settings}
    return LLMEngine.from_settings(Settings(**values))


def greet(call: Call) -> tuple[list[str], LLMError | None]:
    said: list[str] = []
    try:
        for delta in call.greet():
            said.append(delta)
    except LLMError as exc:
        return said, exc
    return said, None


def rehearse(tmp_path: Path, capsys, server: OpenAITestServer, monkeypatch, lines=LINES):
    monkeypatch.setenv("OPENAI_BASE_URL", server.base_url)
    monkeypatch.setenv("TRAINER_LLM_MODEL", "llama3.2")
    path = tmp_path / "lines.txt"
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    code = main(["rehearse", "--persona", "grumpy-ceo-en", "--engine", "llm", "--lines",
                 str(path), "--trainee", "Anna", "--json"])  # fmt: skip
    captured = capsys.readouterr()
    assert "Traceback" not in captured.err
    return code, json.loads(captured.out), captured.err


# ---- empty and cut-off replies ----------------------------------------------------------------


@pytest.mark.parametrize("text", ["", "   \n  "])
def test_an_empty_reply_is_an_error_not_a_silent_turn(openai_server, en, text):
    openai_server.add_reply(Reply(text))
    call = Call(en, engine_for(openai_server))
    said, error = greet(call)
    assert error is not None and error.kind == "empty"
    assert "empty reply" in str(error) and "\n" not in str(error)
    assert call.turns == [] and call.failure == str(error)


def test_a_stream_closed_before_its_finish_is_marked_cut_off(openai_server, en):
    openai_server.add_reply(Reply("Look, the thing is that we already have a system.", end_after=6))
    call = Call(en, engine_for(openai_server))
    said, error = greet(call)
    assert error is not None and error.kind == "cut"
    assert "stopped before it was complete" in str(error) and "cut off" in str(error)
    assert said and call.turns[-1].text == "".join(said).strip()
    assert call.turns[-1].cut_off
    assert openai_server.chat_requests[-1].final_outcome() == "ended_early"


def test_every_word_sent_but_no_finish_is_still_cut_off(openai_server, en):
    openai_server.add_reply(Reply("Graham here, is that we", end_after=99))
    call = Call(en, engine_for(openai_server))
    said, error = greet(call)
    assert error is not None and error.kind == "cut"
    assert call.turns[-1].text == "Graham here, is that we" and call.turns[-1].cut_off


def test_finish_reason_length_is_marked_cut_off(openai_server, en):
    openai_server.add_reply(Reply("Graham. The problem is that we", finish_reason="length"))
    call = Call(en, engine_for(openai_server))
    said, error = greet(call)
    assert error is not None and error.kind == "length"
    assert call.turns[-1].cut_off and call.turns[-1].text == "Graham. The problem is that we"


def test_a_good_reply_after_a_failure_clears_it(openai_server, en):
    openai_server.add_reply(Reply(""), "Graham.")
    call = Call(en, engine_for(openai_server))
    assert greet(call)[1] is not None and call.failure
    assert greet(call) == (["Graham."], None)
    assert call.failure is None and not call.turns[-1].cut_off
    assert call.hang_up() == "ended"


def test_rehearse_with_an_empty_reply_among_good_ones_says_so_and_fails(
    tmp_path, capsys, monkeypatch, openai_server
):
    openai_server.add_reply("Graham.", "What is it?", Reply("  "), "Fine.")
    code, result, err = rehearse(tmp_path, capsys, openai_server, monkeypatch)
    assert code == 1
    assert "empty reply" in result["error"] and "empty reply" in err
    assert result["outcome"] == "failed" and "score" in result
    with Store() as store:
        stored = store.get_transcript(result["session_id"])
        info = store.session_info(result["session_id"])
        assert store.get_score(result["session_id"]) is not None  # what exists is scored
    assert stored.outcome == "failed" and info.ended_at is not None
    assert [t.text for t in stored.turns] == ["Graham.", LINES[0], "What is it?", LINES[1]]


def test_rehearse_with_a_cut_stream_stores_the_turn_cut_off(
    tmp_path, capsys, monkeypatch, openai_server
):
    openai_server.add_reply("Graham.", Reply("Well, the issue is that we", end_after=5))
    code, result, err = rehearse(tmp_path, capsys, openai_server, monkeypatch)
    assert code == 1 and result["outcome"] == "failed"
    with Store() as store:
        stored = store.get_transcript(result["session_id"])
    last = stored.turns[-1]
    assert last.speaker == "prospect" and last.cut_off
    assert "Well, the issue is that we".startswith(last.text)


# ---- HTTP failures --------------------------------------------------------------------------


@pytest.mark.parametrize(("status", "words"), [(500, "internal error"), (429, "rate-limiting")])
def test_rehearse_failing_mid_call_is_recorded_as_failed_and_scored(
    tmp_path, capsys, monkeypatch, openai_server, status, words
):
    openai_server.add_reply("Graham.")
    openai_server.fail(status, path="/v1/chat/completions", after=1)
    code, result, err = rehearse(tmp_path, capsys, openai_server, monkeypatch)
    assert code == 1 and words in result["error"]
    assert result["outcome"] == "failed" and "score" in result
    with Store() as store:
        stored = store.get_transcript(result["session_id"])
        assert store.count_sessions(outcome="failed") == 1
    assert [t.text for t in stored.turns] == ["Graham.", LINES[0]]


def test_rehearse_timing_out_is_recorded_as_failed(tmp_path, capsys, monkeypatch, openai_server):
    openai_server.add_reply("Graham.", Reply("Hm.", first_token_delay=3))
    save_settings(Settings(llm_timeout_seconds=0.5))
    code, result, err = rehearse(tmp_path, capsys, openai_server, monkeypatch)
    assert code == 1 and result["outcome"] == "failed" and "did not answer" in result["error"]
    assert [t["text"] for t in result["turns"]] == ["Graham.", LINES[0]]


def test_401_at_the_greeting_stores_no_empty_session(tmp_path, capsys, monkeypatch, openai_server):
    openai_server.fail(401)
    code, result, err = rehearse(tmp_path, capsys, openai_server, monkeypatch)
    assert code == 1 and "401" in result["error"]
    assert result["session_id"] is None and result["turns"] == []
    assert "no session was stored" in err
    with Store() as store:
        assert store.count_sessions() == 0


# ---- long replies ---------------------------------------------------------------------------


def test_a_runaway_reply_is_cut_at_the_cap_and_the_stream_closed(openai_server, en):
    words = [f"word{i % 50}" for i in range(5_000)]
    openai_server.add_reply(Reply(" ".join(words) + ".", tokens_per_second=2_000))
    call = Call(en, engine_for(openai_server))
    said, error = greet(call)
    assert error is not None and error.kind == "too_long" and str(MAX_REPLY_WORDS) in str(error)
    turn = call.turns[-1]
    assert turn.cut_off and MAX_REPLY_WORDS <= len(turn.text.split()) <= MAX_REPLY_WORDS + 5
    assert " ".join(words).startswith(turn.text)
    assert openai_server.chat_requests[-1].final_outcome() == "client_closed"


def test_a_reply_without_spaces_is_capped_too(openai_server, en):
    openai_server.add_reply(Reply("x" * 100_000))
    call = Call(en, engine_for(openai_server))
    said, error = greet(call)
    assert error is not None and error.kind == "too_long"
    assert call.turns[-1].cut_off and len(call.turns[-1].text) < 10_000


def test_the_character_filter_handles_a_long_reply_in_one_pass():
    """20,000 words in small pieces: the filter only looks again at the words it holds back."""
    text = " ".join(["We already plan our routes by hand, thank you."] * 2_000)
    guard = LeakGuard()
    pieces = [text[i : i + 4] for i in range(0, len(text), 4)]
    out = "".join(guard.feed(p) for p in pieces) + guard.flush()
    assert out == text and not guard.leaked
    assert len(guard.pending) < 40  # what is held back stays a few words long


def test_a_leak_after_a_long_reply_is_still_caught():
    guard = LeakGuard()
    said = "".join(guard.feed(w + " ") for w in ["Fine."] * 3_000)
    said += guard.feed("As an AI language model I cannot") + guard.flush()
    assert guard.leaked and "AI" not in said


# ---- credentials in the base URL ------------------------------------------------------------


def test_redact_url_hides_user_info_and_query_values():
    url = "http://user:PASSWORD@example.org:8080/v1?token=SECRET&x=1"
    shown = redact_url(url)
    assert "PASSWORD" not in shown and "SECRET" not in shown and "user" not in shown
    assert shown == "http://***@example.org:8080/v1?token=***&x=***"
    assert host_of(url) == "example.org:8080"


def test_query_params_travel_as_query_and_secrets_stay_out_of_messages(openai_server, en):
    base = openai_server.base_url.replace("http://", "http://user:PASSWORD@") + "?token=SECRET"
    engine = engine_for(openai_server, llm_base_url=base)
    openai_server.add_reply("Graham.")
    assert "".join(engine.reply(en, [], Directions(["filler"]), threading.Event())) == "Graham."
    request = openai_server.chat_requests[-1]
    assert request.path == "/v1/chat/completions" and request.query == "token=SECRET"
    assert "SECRET" not in server_of(engine.client) and "PASSWORD" not in server_of(engine.client)
    openai_server.fail(500)
    with pytest.raises(LLMError) as info:
        list(engine.reply(en, [], Directions(["filler"]), threading.Event()))
    assert "PASSWORD" not in str(info.value) and "SECRET" not in str(info.value)
    assert "***" in str(info.value)


def test_a_dead_server_with_credentials_is_named_without_them(en):
    with OpenAITestServer() as server:
        base = server.base_url.replace("http://", "http://bob:PASSWORD@") + "?key=SECRET"
    engine = LLMEngine.from_settings(Settings(llm_base_url=base, llm_model="m"))
    with pytest.raises(LLMError) as info:
        list(engine.reply(en, [], Directions(["filler"]), threading.Event()))
    assert info.value.kind == "connection"
    assert "PASSWORD" not in str(info.value) and "SECRET" not in str(info.value)


def test_a_broken_base_url_is_named_without_its_password():
    with pytest.raises(LLMError) as info:
        make_client(Settings(llm_base_url="http://bob:PASSWORD@[broken/v1?token=SECRET"))
    assert "PASSWORD" not in str(info.value) and "SECRET" not in str(info.value)
