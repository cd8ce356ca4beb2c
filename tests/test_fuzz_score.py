"""`trainer score` on random and mutated transcript files: exit 0 with a score or exit 2 with
one line, never a traceback; the LLM judge's NaN and Infinity fall back to the scorer."""

from __future__ import annotations

import json

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from tests.support.fuzz import FUZZ, json_values
from tests.support.openai_server import openai_server  # noqa: F401
from trainer.cli import main as cli
from trainer.core.scoring import score_transcript
from trainer.core.transcript import Transcript, Turn
from trainer.engines.judge import judge
from trainer.engines.llm_client import make_client
from trainer.settings import Settings

GOOD = {
    "format": "trainer.transcript/1",
    "persona": "grumpy-ceo-en",
    "language": "en",
    "outcome": "callback",
    "turns": [
        {
            "speaker": "trainee",
            "text": "Hi, I'm calling about your deliveries.",
            "start": 0,
            "end": 2,
        },
        {"speaker": "prospect", "text": "I'm heading into a meeting.", "start": 2, "end": 3},
        {
            "speaker": "trainee",
            "text": "Can I call you back on Friday at ten?",
            "start": 3,
            "end": 5,
        },
    ],
}
# Text that json.loads takes and later code tripped on.
RAW = st.sampled_from(
    [
        '{"turns": [{"speaker": "trainee", "text": "hi", "start": 1' + "0" * 5000 + "}]}",
        '{"turns": ' + "[" * 100000 + "]" * 100000 + "}",
        '{"turns": [{"speaker": "trainee", "text": "\\ud800"}]}',
        '{"turns": [{"speaker": "trainee", "text": "hi", "start": NaN}]}',
        '{"turns": [{"speaker": "trainee", "text": "hi", "end": Infinity}]}',
        '{"turns": [{"speaker": "trainee", "text": "hi", "start": 1e999}]}',
        '{"turns": [{"speaker": "trainee", "text": "hi", "start": -5}]}',
        "\xff\xfe not utf-8",
        "",
    ]
)


def run_score(tmp_path, capsys, text: str | bytes, *extra: str) -> None:
    path = tmp_path / "call.json"
    path.write_bytes(text if isinstance(text, bytes) else text.encode("utf-8", "surrogatepass"))
    capsys.readouterr()
    code = cli(["score", str(path), *extra])
    captured = capsys.readouterr()
    assert code in (0, 2), code
    if code == 2:
        assert captured.err.count("\n") == 1 and captured.err.startswith("trainer: ")
    else:
        assert captured.out


def test_hostile_json_is_one_line(tmp_path, capsys):
    @settings(max_examples=20, derandomize=True, deadline=None)
    @given(raw=RAW, as_json=st.booleans())
    def check(raw, as_json):
        run_score(tmp_path, capsys, raw, *(["--json"] if as_json else []))

    check()


def test_random_json(tmp_path, capsys):
    @FUZZ
    @given(value=json_values, as_json=st.booleans())
    def check(value, as_json):
        run_score(tmp_path, capsys, json.dumps(value), *(["--json"] if as_json else []))

    check()


def test_mutated_transcripts(tmp_path, capsys):
    @FUZZ
    @given(
        turn=st.integers(0, 2),
        key=st.sampled_from(["speaker", "text", "start", "end", "acts", "cut_off"]),
        value=json_values,
        top=st.sampled_from([None, "language", "outcome", "persona", "turns"]),
        top_value=json_values,
    )
    def check(turn, key, value, top, top_value):
        data = json.loads(json.dumps(GOOD))
        data["turns"][turn][key] = value
        if top:
            data[top] = top_value
        run_score(tmp_path, capsys, json.dumps(data), "--json")

    check()


@pytest.mark.parametrize("value", ["NaN", "Infinity", "-Infinity", "1e999"])
def test_judge_nan_or_infinity_falls_back(openai_server, value):  # noqa: F811
    transcript = Transcript(turns=[Turn(speaker="trainee", text="Hi, how do you plan deliveries?")])
    auto = score_transcript(transcript).to_json()
    ids = [c["id"] for g in ("needs", "time") for c in auto[g]["criteria"]]
    reply = '{"criteria": [' + ", ".join(f'{{"id": "{i}", "score": {value}}}' for i in ids) + "]}"
    openai_server.add_json(reply, reply)
    client = make_client(Settings(llm_base_url=openai_server.base_url, llm_timeout_seconds=10))
    result = judge(client, "gpt-4o-mini", transcript, auto)
    assert result["fallback"] is True and result["overall"] == auto["overall"]
