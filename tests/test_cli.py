"""The `trainer` command: rehearse calls to their outcomes, browse and manage stored sessions."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

from tests.support.openai_server import Reply, openai_server  # noqa: F401
from trainer.cli import main
from trainer.commands.app import platform_problem
from trainer.store import Store

ROOT = Path(__file__).resolve().parent.parent

# Scripts a trainee might really say, and where the offline prospect takes them.
SCRIPTS: dict[str, tuple[str, list[str], str]] = {
    "sv-bad-script": (
        "grumpy-ceo-sv",
        [
            "Hej Lars, jag heter Anna och ringer från Acme. Har du hört talas om oss?",
            "Vi på Acme är marknadsledande inom kreativ marknadskommunikation med B2B-fokus och "
            "helhetslösningar som skapar synergier och mervärde för innovativa företag.",
            "Vår vd kommer till Stockholm nästa vecka och vill gärna träffa dig. När passar det?",
        ],
        "hung_up",
    ),
    "sv-needs-first": (
        "grumpy-ceo-sv",
        [
            "Hej Lars, Anna från Acme här. Jag ringer för att vi hjälper åkerier att planera rutter under högsäsong.",
            "Hur planerar ni era leveranser idag?",
            "Vad händer med planeringen när det blir högsäsong?",
            "Hur påverkar det era kunder?",
            "Ska vi ses en halvtimme på torsdag klockan 10 och titta på det?",
        ],
        "meeting",
    ),
    "en-bad-script": (
        "grumpy-ceo-en",
        [
            "Hi Larry, this is Anna from Acme. Have you heard of us?",
            "We at Acme are market leaders in creative marketing communication with a B2B focus, "
            "delivering holistic best-in-class synergies and value-adding end-to-end solutions.",
            "Our CEO is coming to Manchester next week and would like to meet you. When suits you?",
        ],
        "hung_up",
    ),
    "da-behind-the-no": (
        "busy-ceo-da",
        [
            "Hej Mette, det er Anna fra Acme. Jeg ringer fordi vi hjælper virksomheder med at planlægge deres ruter.",
            "Hvad ligger bag dit nej?",
            "Skal jeg ringe tilbage på tirsdag klokken 10?",
        ],
        "callback",
    ),
    "tyres-take-the-number": (
        "tire-customer-da",
        [
            "Dækcentret, det er Anna.",
            "Må jeg få dit telefonnummer, så ringer jeg tilbage inden klokken 14 i dag med en pris?",
        ],
        "callback",
    ),
    "tyres-send-away": (
        "tire-customer-da",
        ["Dækcentret, det er Anna.", "Det har vi ikke tid til lige nu, ring igen senere."],
        "hung_up",
    ),
}


def _lines_file(tmp_path: Path, lines: list[str], name: str = "lines.txt") -> Path:
    path = tmp_path / name
    # blank lines in between are skipped
    path.write_text("\n\n".join(lines) + "\n\n", encoding="utf-8")
    return path


def _rehearse_json(capsys, *args: str) -> dict:
    assert main(["rehearse", "--engine", "scripted", "--json", *args]) == 0
    return json.loads(capsys.readouterr().out)


@pytest.mark.parametrize("name", sorted(SCRIPTS))
def test_rehearse_reaches_the_expected_outcome_and_is_stored(tmp_path, capsys, name):
    persona, lines, outcome = SCRIPTS[name]
    result = _rehearse_json(
        capsys,
        "--persona",
        persona,
        "--lines",
        str(_lines_file(tmp_path, lines)),
        "--trainee",
        "Anna",
    )
    assert result["outcome"] == outcome
    trainee_said = [t["text"] for t in result["turns"] if t["speaker"] == "trainee"]
    assert trainee_said == lines[: len(trainee_said)]
    if outcome == "hung_up":
        assert result["turns"][-1]["speaker"] == "prospect"
    with Store() as store:
        stored = store.get_transcript(result["session_id"])
        info = store.session_info(result["session_id"])
    assert stored.outcome == outcome and stored.trainee == "Anna" and stored.persona == persona
    assert [t.model_dump(mode="json") for t in stored.turns] == result["turns"]
    assert info.engine == "scripted" and info.turn_count == len(result["turns"])


def test_bad_script_stops_early_when_the_prospect_hangs_up(tmp_path, capsys):
    _, lines, _ = SCRIPTS["sv-bad-script"]
    lines = [*lines, "Hallå? Är du kvar?", "Jag ringer igen imorgon."]
    result = _rehearse_json(
        capsys, "--persona", "grumpy-ceo-sv", "--lines", str(_lines_file(tmp_path, lines))
    )
    said = [t["text"] for t in result["turns"] if t["speaker"] == "trainee"]
    assert result["outcome"] == "hung_up"
    assert "Hallå? Är du kvar?" not in said


def test_rehearse_prints_the_conversation_and_outcome(tmp_path, capsys):
    _, lines, _ = SCRIPTS["da-behind-the-no"]
    assert main(["rehearse", "--persona", "busy-ceo-da", "--engine", "scripted", "--lines",
                 str(_lines_file(tmp_path, lines)), "--trainee", "Anna"]) == 0  # fmt: skip
    out = capsys.readouterr().out
    assert "Anna: Hvad ligger bag dit nej?" in out
    assert "Mette Kjær: " in out
    assert "Outcome: callback" in out
    assert "Stored as session 1" in out


def test_rehearse_reads_stdin_and_hangs_up_at_the_end_of_the_lines(monkeypatch, capsys):
    import io

    monkeypatch.setattr(sys, "stdin", io.StringIO("Hello, Anna from Acme here.\n\n"))
    result = _rehearse_json(capsys, "--persona", "grumpy-ceo-en", "--lines", "-", "--trainee", "Bo")
    assert result["outcome"] == "ended"
    assert [t["speaker"] for t in result["turns"]] == ["prospect", "trainee", "prospect"]


def test_rehearse_scores_the_call_when_scoring_is_installed(tmp_path, capsys):
    pytest.importorskip("trainer.scoring_service")
    _, lines, _ = SCRIPTS["sv-needs-first"]
    result = _rehearse_json(
        capsys, "--persona", "grumpy-ceo-sv", "--lines", str(_lines_file(tmp_path, lines))
    )
    assert set(result["score"]) >= {"needs", "time", "overall", "scorer_version"}
    with Store() as store:
        info = store.session_info(result["session_id"])
        assert store.get_score(result["session_id"]) is not None
    assert (info.needs, info.time, info.overall) == (
        result["score"]["needs"],
        result["score"]["time"],
        result["score"]["overall"],
    )


def test_rehearse_without_scoring_still_stores_the_call(tmp_path, capsys, monkeypatch):
    monkeypatch.setitem(sys.modules, "trainer.scoring_service", None)  # import now fails
    result = _rehearse_json(capsys, "--persona", "grumpy-ceo-en", "--lines",
                            str(_lines_file(tmp_path, ["Hi, Anna from Acme."])))  # fmt: skip
    assert "score" not in result
    with Store() as store:
        assert store.session_info(result["session_id"]).overall is None


@pytest.mark.parametrize(
    ("args", "expected"),
    [
        (["--persona", "no-such-ceo", "--lines", "LINES"], "no persona 'no-such-ceo'"),
        (["--persona", "grumpy-ceo-en", "--lines", "EMPTY"], "no lines to say"),
        (["--persona", "grumpy-ceo-en", "--lines", "MISSING"], "no such file"),
    ],
)
def test_rehearse_mistakes_are_one_line(tmp_path, capsys, args, expected):
    files = {
        "LINES": _lines_file(tmp_path, ["Hello"]),
        "EMPTY": _lines_file(tmp_path, ["", "  "], "empty.txt"),
        "MISSING": tmp_path / "missing.txt",
    }
    args = [str(files.get(a, a)) for a in args]
    assert main(["rehearse", "--engine", "scripted", *args]) == 1
    err = capsys.readouterr().err.strip()
    assert expected in err and "\n" not in err and "Traceback" not in err
    with Store() as store:
        assert store.count_sessions() == 0


def test_rehearse_llm_failure_keeps_what_was_said(tmp_path, capsys, monkeypatch, openai_server):  # noqa: F811
    # two good replies, then the connection drops in the middle of the third
    openai_server.add_reply(
        "Graham.",
        "No. I'm on my way into a meeting.",
        Reply(text="Look, I really do not have time for this today.", drop_after=3),
    )
    monkeypatch.setenv("OPENAI_BASE_URL", openai_server.base_url)
    monkeypatch.setenv("TRAINER_LLM_MODEL", "llama3.2")
    lines = [
        "Hi Larry, Anna from Acme. Have you heard of us?",
        "We help hauliers plan routes.",
        "Bye",
    ]
    code = main(["rehearse", "--persona", "grumpy-ceo-en", "--engine", "llm", "--lines",
                 str(_lines_file(tmp_path, lines)), "--trainee", "Anna", "--json"])  # fmt: skip
    captured = capsys.readouterr()
    assert code != 0
    assert "Traceback" not in captured.err
    result = json.loads(captured.out)
    assert result["error"] and "\n" not in result["error"]
    assert f"stored as session {result['session_id']}" in captured.err
    with Store() as store:
        stored = store.get_transcript(result["session_id"])
        info = store.session_info(result["session_id"])
    texts = [t.text for t in stored.turns]
    assert texts[:4] == ["Graham.", lines[0], "No. I'm on my way into a meeting.", lines[1]]
    assert lines[2] not in texts  # the call stopped where the failure happened
    assert stored.outcome == result["outcome"] == "failed"  # the LLM failed, not the trainee
    assert "score" in result  # what was said is scored
    assert info.engine == "llm" and info.model == "llama3.2"


# ----------------------------------------------------------------------------- sessions


@pytest.fixture
def two_sessions(tmp_path, capsys):
    ids = []
    for name, trainee in (("sv-needs-first", "Anna"), ("tyres-send-away", "Bo")):
        persona, lines, _ = SCRIPTS[name]
        result = _rehearse_json(capsys, "--persona", persona, "--lines",
                                str(_lines_file(tmp_path, lines, f"{name}.txt")), "--trainee", trainee)  # fmt: skip
        ids.append(result["session_id"])
    return ids


def test_sessions_list_json_and_filters(two_sessions, capsys):
    assert main(["sessions", "list", "--json"]) == 0
    rows = json.loads(capsys.readouterr().out)
    assert [r["id"] for r in rows] == list(reversed(two_sessions))
    first = rows[-1]
    assert first["trainee"] == "Anna" and first["persona_id"] == "grumpy-ceo-sv"
    assert first["outcome"] == "meeting" and first["turn_count"] == 11
    assert first["started_at"].endswith("+00:00")

    assert main(["sessions", "list", "--json", "--trainee", "Bo"]) == 0
    assert [r["id"] for r in json.loads(capsys.readouterr().out)] == [two_sessions[1]]
    assert main(["sessions", "list", "--json", "--persona", "grumpy-ceo-sv", "--limit", "1"]) == 0
    assert [r["id"] for r in json.loads(capsys.readouterr().out)] == [two_sessions[0]]
    assert main(["sessions", "list", "--json", "--text", "högsäsong"]) == 0
    assert [r["id"] for r in json.loads(capsys.readouterr().out)] == [two_sessions[0]]

    assert main(["sessions", "list"]) == 0
    table = capsys.readouterr().out.splitlines()
    assert table[0].split()[:5] == ["ID", "STARTED", "TRAINEE", "PERSONA", "OUTCOME"]
    assert "tire-customer-da" in table[1] and "hung_up" in table[1]
    assert main(["sessions", "list", "--limit", "1"]) == 0
    assert "(1 of 2; use --limit 0 for all)" in capsys.readouterr().out


def test_sessions_list_when_empty(capsys):
    assert main(["sessions", "list"]) == 0
    assert "no sessions stored yet" in capsys.readouterr().out
    assert main(["sessions", "list", "--json"]) == 0
    assert json.loads(capsys.readouterr().out) == []


def test_sessions_show_json_is_the_transcript_format(two_sessions, capsys):
    from trainer.core.transcript import parse_transcript

    assert main(["sessions", "show", str(two_sessions[1]), "--json"]) == 0
    data = json.loads(capsys.readouterr().out)
    assert data["format"] == "trainer.transcript/1"
    assert (data["persona"], data["language"], data["trainee"], data["outcome"]) == (
        "tire-customer-da",
        "da",
        "Bo",
        "hung_up",
    )
    assert {"speaker", "text", "start", "end"} <= set(data["turns"][0])
    assert parse_transcript(data).turns[1].text == "Dækcentret, det er Anna."

    assert main(["sessions", "show", str(two_sessions[1])]) == 0
    out = capsys.readouterr().out
    assert "Session 2: Bo calls Henrik Vognmand (tire-customer-da, da)" in out
    assert "Outcome: hung_up" in out
    assert "Bo: Dækcentret, det er Anna." in out


def test_sessions_show_unknown_id_is_one_line(capsys):
    assert main(["sessions", "show", "99"]) == 1
    assert capsys.readouterr().err.strip() == "trainer: no session 99 (see `trainer sessions list`)"


def test_sessions_delete(two_sessions, capsys, isolated_env):
    audio = isolated_env / "audio" / str(two_sessions[0])
    audio.mkdir(parents=True)
    (audio / "0001-trainee.ogg").write_bytes(b"OggS")
    assert main(["sessions", "delete", str(two_sessions[0])]) == 0
    assert capsys.readouterr().out.strip() == f"deleted session {two_sessions[0]}"
    assert not audio.exists()
    with Store() as store:
        assert [s.id for s in store.list_sessions()] == [two_sessions[1]]
    assert main(["sessions", "delete", str(two_sessions[0])]) == 1


def test_sessions_rescore_prints_old_and_new_versions(two_sessions, capsys):
    service = pytest.importorskip("trainer.scoring_service")
    from trainer.core.scoring import SCORER_VERSION

    with Store() as store:  # pretend an older scorer scored the first call
        old = dict(store.get_score(two_sessions[0]), scorer_version="0.9")
        store.save_score(two_sessions[0], "auto", "0.9", old)
    assert main(["sessions", "rescore", "--all"]) == 0
    out = capsys.readouterr().out.splitlines()
    assert out[0].startswith(f"session {two_sessions[0]}: scorer 0.9 -> {SCORER_VERSION}: Needs ")
    assert out[1].startswith(
        f"session {two_sessions[1]}: scorer {SCORER_VERSION} -> {SCORER_VERSION}"
    )
    with Store() as store:
        versions = [h["scorer_version"] for h in store.score_history(two_sessions[0])]
    assert "0.9" in versions and SCORER_VERSION in versions
    assert service.score_and_store is not None
    assert main(["sessions", "rescore"]) == 1
    assert "--all" in capsys.readouterr().err


def test_sessions_rescore_without_scoring_is_one_line(two_sessions, capsys, monkeypatch):
    monkeypatch.setitem(sys.modules, "trainer.scoring_service", None)
    assert main(["sessions", "rescore", "1"]) == 1
    assert (
        capsys.readouterr().err.strip() == "trainer: scoring is not available in this installation"
    )


# ----------------------------------------------------------------------------------- app


def test_app_without_a_display_says_so():
    message = platform_problem({}, "linux")
    assert message and "no display" in message
    assert platform_problem({"QT_QPA_PLATFORM": "offscreen"}, "linux") is None
    assert platform_problem({"WAYLAND_DISPLAY": "wayland-0"}, "linux") is None
    assert platform_problem({}, "darwin") is None


def test_app_without_the_ui_package_is_one_line(capsys, monkeypatch):
    monkeypatch.setitem(sys.modules, "trainer.ui.app", None)
    assert main(["app"]) == 1
    err = capsys.readouterr().err.strip()
    assert err.startswith("trainer: the desktop app could not start") and "\n" not in err


def test_no_arguments_opens_the_app(monkeypatch):
    import types

    calls = []
    fake = types.ModuleType("trainer.ui.app")
    fake.run = lambda argv=None: calls.append(argv) or 7
    monkeypatch.setitem(sys.modules, "trainer.ui.app", fake)
    assert main([]) == 7
    assert main(["app"]) == 7
    assert len(calls) == 2


# ----------------------------------------------------------------------- real process


def test_real_process_rehearse_and_show(tmp_path, isolated_env):
    persona, lines, outcome = SCRIPTS["tyres-take-the-number"]
    env = {**os.environ, "TRAINER_DATA_DIR": str(isolated_env), "PYTHONIOENCODING": "utf-8"}
    run = subprocess.run(
        [sys.executable, "-m", "trainer", "rehearse", "--persona", persona, "--engine", "scripted",
         "--lines", "-", "--json"],
        input="\n".join(lines), capture_output=True, text=True, env=env, cwd=ROOT, timeout=120,
    )  # fmt: skip
    assert run.returncode == 0, run.stderr
    result = json.loads(run.stdout)
    assert result["outcome"] == outcome
    show = subprocess.run(
        [sys.executable, "-m", "trainer", "sessions", "show", str(result["session_id"]), "--json"],
        capture_output=True, text=True, env=env, cwd=ROOT, timeout=120,
    )  # fmt: skip
    assert show.returncode == 0, show.stderr
    assert json.loads(show.stdout)["outcome"] == outcome
    check = subprocess.run(
        [sys.executable, "-m", "trainer", "personas", "check", str(tmp_path / "nope.yaml")],
        capture_output=True, text=True, env=env, cwd=ROOT, timeout=120,
    )  # fmt: skip
    assert check.returncode == 1
    assert check.stderr.strip() == f"{tmp_path / 'nope.yaml'}: no such file"
