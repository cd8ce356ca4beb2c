"""`trainer score FILE`: human output, JSON, and exit 2 with one line on a bad file."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from trainer.cli import main

CALIBRATION = Path(__file__).parent / "calibration"


def test_json_output_has_the_agreed_shape(capsys):
    assert main(["score", str(CALIBRATION / "sv_good.json"), "--json"]) == 0
    payload = json.loads(capsys.readouterr().out)
    assert isinstance(payload["overall"], int)
    for group in ("needs", "time"):
        assert isinstance(payload[group]["score"], int)
        for c in payload[group]["criteria"]:
            assert {"id", "score", "max", "evidence", "note"} <= set(c)
    assert payload["metrics"]["outcome"] == "meeting"
    # the persona named in the file is used: its hidden needs are counted
    needs = {c["id"]: c for c in payload["needs"]["criteria"]}
    assert needs["needs_uncovered"]["note"].startswith("Alla 3")


def test_human_output_shows_scores_turns_and_three_tips(capsys):
    assert main(["score", str(CALIBRATION / "en_pitch.json")]) == 0
    out = capsys.readouterr().out
    assert out.startswith("Needs ")
    assert "Time " in out and "overall" in out
    assert "[turns 1]" in out  # "have you heard of us?" is in turn 1
    assert "Three things to change on the next call:" in out
    assert "  3. " in out


@pytest.mark.parametrize(
    ("content", "expected"),
    [
        ("{not json", "not valid JSON"),
        ('{"format": "trainer.transcript/9", "turns": []}', "not a trainer.transcript/1 file"),
        ('{"turns": [{"speaker": "robot", "text": "hi"}]}', "turns.0.speaker"),
        ('{"turns": "nope"}', "turns"),
    ],
)
def test_malformed_file_exits_2_with_one_line(tmp_path, capsys, content, expected):
    path = tmp_path / "bad.json"
    path.write_text(content, encoding="utf-8")
    assert main(["score", str(path)]) == 2
    err = capsys.readouterr().err.strip()
    assert len(err.splitlines()) == 1 and expected in err and "Traceback" not in err


def test_missing_file_exits_2(tmp_path, capsys):
    assert main(["score", str(tmp_path / "nope.json"), "--json"]) == 2
    assert "no such file" in capsys.readouterr().err


def test_judge_without_an_llm_falls_back_and_says_so(capsys):
    assert main(["score", str(CALIBRATION / "en_good.json"), "--judge"]) == 0
    out = capsys.readouterr().out
    assert "LLM judge:" in out and "deterministic score" in out
