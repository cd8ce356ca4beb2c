"""Bundles between installations, reports and CSV: separate data folders, each with its own
store, a real SQLite file or a fresh database on a real PostgreSQL server."""

from __future__ import annotations

import csv
import json
import zipfile
from datetime import datetime
from pathlib import Path

import numpy as np
import pytest
import soundfile
import sqlalchemy as sa
from pypdf import PdfReader

from tests.support.postgres_server import drop_database, fresh_database
from tests.test_report_pdf import english_in, report_parts
from trainer.cli import main as cli
from trainer.core.scoring import SCORER_VERSION
from trainer.core.transcript import AgreedTimeData, Turn
from trainer.exchange import bundle, csv_export, report
from trainer.paths import audio_dir
from trainer.store import Store, review

TABLES = ("trainees", "sessions", "turns", "scores", "review_comments", "score_overrides")


def payload(needs=40, time=70):
    crit = lambda cid, score, top, ev: {  # noqa: E731
        "id": cid,
        "name": cid.replace("_", " ").capitalize(),
        "score": score,
        "max": top,
        "evidence": ev,
        "quotes": [],
        "note": "n",
        "tip": "t",
    }
    return {
        "needs": {
            "score": needs,
            "criteria": [crit("open_questions", 5, 20, [0]), crit("next_step", 20, 20, [2])],
        },
        "time": {"score": time, "criteria": [crit("reason_early", 10, 20, [0])]},
        "overall": (needs + time) // 2,
        "metrics": {"questions": 1, "talk_ratio": 0.5},
        "tips": ["Ask about their plans."],
    }


def fill_source(store: Store, catalog) -> list[int]:
    """Three sessions with turns, scores, feedback and (for one) kept audio."""
    ids = []
    for n, (trainee, persona) in enumerate(
        [("Åsa Öberg", "grumpy-ceo-sv"), ("Søren Ærø", "busy-ceo-da"), ("Kim", "grumpy-ceo-en")]
    ):
        sid = store.start_session(trainee, catalog.get(persona), "scripted", None)
        for i, text in enumerate(
            ["Hej, jag ringer om era leveranser.", "Jaså?", "Hur planerar ni?"]
        ):
            store.add_turn(
                sid,
                i,
                Turn(
                    speaker="trainee" if i % 2 == 0 else "prospect",
                    text=f"{text} {n}",
                    start=i * 2.0,
                    end=i * 2.0 + 1.0,
                    acts=["reason"] if i == 0 else ["needs_question"] if i == 2 else None,
                    llm_acts=["needs_question", "follow_up"] if i == 2 else None,
                ),
            )
        store.set_turn_latency(sid, 1, {"first_audio": 0.8})
        when = AgreedTimeData(start=datetime(2026, 12, 4, 10, 0), label=f"fredag {n}")
        store.end_session(sid, "callback", agreed_time=when)
        store.save_score(sid, "auto", "v1", payload(30 + n, 60 + n))
        store.save_score(sid, "llm_judge", "j1", payload(35, 65))
        ids.append(sid)
    review.add_comment(store, ids[0], "Bra öppning", turn_index=0, author="Tränare")
    review.add_comment(store, ids[0], "Whole call: good pace")
    review.set_override(store, ids[0], "open_questions", 15, "Turn 3 was open")
    review.set_reviewed(store, ids[0])
    folder = audio_dir() / str(ids[0])
    folder.mkdir(parents=True)
    soundfile.write(
        str(folder / "0000-trainee.ogg"),
        np.zeros(8000, np.float32),
        16000,
        format="OGG",
        subtype="VORBIS",
    )
    return ids


def snapshot(store: Store) -> list[dict]:
    """Everything a reviewer sees of each session, without local ids, ordered by uid."""
    out = []
    for sid in store.session_ids():
        info = store.session_info(sid)
        fb = review.feedback_for(store, sid)
        out.append(
            {
                "uid": review.ensure_uid(store, sid),
                "info": {k: v for k, v in vars(info).items() if k != "id"},
                "transcript": store.get_transcript(sid).to_json_dict(),
                "persona": store.persona_snapshot(sid),
                "scores": [{k: v for k, v in s.items()} for s in store.score_history(sid)],
                "latency": store.turn_latencies(sid),
                "reviewed": (fb.reviewed, fb.reviewed_at),
                "comments": [
                    (c.uid, c.turn_index, c.author, c.text, c.created_at) for c in fb.all_comments
                ],
                "overrides": [
                    (o.uid, o.criterion_id, o.auto_score, o.score, o.reason, o.created_at)
                    for o in fb.override_history
                ],
            }
        )
    return sorted(out, key=lambda d: d["uid"])


def unscored(snap: dict) -> dict:
    """A snapshot without what an import works out anew: scores, totals, turns' acts."""
    info = {k: v for k, v in snap["info"].items() if k not in ("needs", "time", "overall")}
    transcript = dict(snap["transcript"])
    transcript["turns"] = [{**t, "acts": None} for t in transcript["turns"]]
    rest = {k: v for k, v in snap.items() if k not in ("scores", "info", "transcript")}
    return {**rest, "info": info, "transcript": transcript}


def row_counts(store: Store) -> dict[str, int]:
    with store.engine.connect() as conn:
        return {t: conn.execute(sa.text(f"SELECT count(*) FROM {t}")).scalar() for t in TABLES}


def audio_files() -> list[str]:
    return sorted(str(p.relative_to(audio_dir())) for p in audio_dir().rglob("*") if p.is_file())


@pytest.fixture(params=["sqlite", "postgresql"])
def databases(request, monkeypatch):
    """Where the sending and the receiving installation keep their calls: each data folder's own
    SQLite file, or two fresh databases on one PostgreSQL server (TRAINER_DATABASE_URL)."""
    if request.param == "sqlite":
        monkeypatch.delenv("TRAINER_DATABASE_URL", raising=False)
        yield None, None
        return
    admin = request.getfixturevalue("postgres_url")
    urls = fresh_database(admin), fresh_database(admin)
    try:
        yield urls
    finally:
        for url in urls:
            drop_database(admin, url)


def use_store(monkeypatch, data_dir: Path, url: str | None) -> None:
    """Make `Store()` and the command line open this installation's store."""
    monkeypatch.setenv("TRAINER_DATA_DIR", str(data_dir))
    if url:
        monkeypatch.setenv("TRAINER_DATABASE_URL", url)


@pytest.fixture
def exported(tmp_path, catalog, monkeypatch, databases):
    """A bundle of three sessions exported from one data folder (with audio)."""
    use_store(monkeypatch, tmp_path / "source", databases[0])
    store = Store()
    ids = fill_source(store, catalog)
    path = tmp_path / "out" / "calls.zip"
    result = bundle.export_bundle(store, ids, path, with_audio=True)
    assert (result.sessions, result.audio_files) == (3, 1)
    expected = snapshot(store)
    store.close()
    use_store(monkeypatch, tmp_path / "target", databases[1])
    return path, expected


def test_round_trip_into_a_fresh_data_folder_is_identical(exported):
    path, expected = exported
    store = Store()
    result = bundle.import_bundle(store, path)
    assert len(result.imported) == 3 and result.skipped == []
    # Everything but the scores and the reading of the turns arrives as it was sent: those are
    # worked out again here (a checksum is not a signature), the sender's totals kept beside.
    assert [unscored(s) for s in snapshot(store)] == [unscored(s) for s in expected]
    for sent in expected:
        sid = result.session_ids[sent["uid"]]
        history = store.score_history(sid)
        assert [h["kind"] for h in history] == ["auto"]
        assert history[0]["scorer_version"] == SCORER_VERSION
        kept = bundle.sender_score(store, sid)
        assert kept is not None and (kept.needs, kept.time, kept.overall) == tuple(
            sent["info"][k] for k in ("needs", "time", "overall")
        )
    first = store.get_transcript(result.session_ids[expected[0]["uid"]])
    assert first.agreed_time is not None and first.agreed_time.start == datetime(2026, 12, 4, 10)
    assert first.turns[1].acts is None and first.turns[0].acts is not None
    assert first.turns[2].llm_acts == ["needs_question", "follow_up"]
    # the kept audio sits under the new local id
    uid_with_audio = next(e["uid"] for e in expected if e["comments"])
    local = result.session_ids[uid_with_audio]
    assert audio_files() == [f"{local}/0000-trainee.ogg"]
    # the imported sessions are searchable like local ones
    assert review.count_rows(store, review.SessionFilter(words="planerar")) == 3
    store.close()


def test_importing_twice_changes_nothing(exported):
    path, _ = exported
    store = Store()
    bundle.import_bundle(store, path)
    before, files = row_counts(store), audio_files()
    again = bundle.import_bundle(store, path)
    assert again.imported == [] and len(again.skipped) == 3
    assert row_counts(store) == before and audio_files() == files
    store.close()


def test_reexport_of_an_import_keeps_uids_and_feedback(exported, tmp_path):
    path, expected = exported
    store = Store()
    bundle.import_bundle(store, path)
    second = tmp_path / "again.zip"
    bundle.export_bundle(store, store.session_ids(), second)
    with zipfile.ZipFile(second) as zf:
        manifest = json.loads(zf.read("manifest.json"))
    assert sorted(s["uid"] for s in manifest["sessions"]) == [e["uid"] for e in expected]
    store.close()


def _rewrite(src: Path, dst: Path, change) -> None:
    with zipfile.ZipFile(src) as zin, zipfile.ZipFile(dst, "w") as zout:
        for item in zin.infolist():
            data = change(item.filename, zin.read(item))
            if data is not None:
                zout.writestr(item.filename, data)


def bad_bundles(path: Path, tmp_path: Path) -> dict[str, tuple[Path, str]]:
    raw = path.read_bytes()
    out: dict[str, tuple[Path, str]] = {}

    def put(name: str, data: bytes | None = None, change=None, match: str = "") -> None:
        target = tmp_path / f"{name}.zip"
        if change is not None:
            _rewrite(path, target, change)
        else:
            target.write_bytes(data)
        out[name] = (target, match)

    put("truncated", raw[: len(raw) // 2], match="not a trainer bundle")
    put("empty", b"", match="not a trainer bundle")
    put("pdf", b"%PDF-1.4 not a zip at all", match="not a trainer bundle")
    put(
        "foreign_zip",
        change=lambda n, d: None if n == "manifest.json" else d,
        match="no manifest.json",
    )
    put(
        "foreign_format",
        change=lambda n, d: (
            json.dumps({"format": "other.app", "version": 1}).encode()
            if n == "manifest.json"
            else d
        ),
        match="format is 'other.app'",
    )
    put(
        "newer",
        change=lambda n, d: (
            d.replace(b'"version": 1', b'"version": 99') if n == "manifest.json" else d
        ),
        match="newer trainer",
    )

    def flip_last_session(n: str, d: bytes) -> bytes:
        # the LAST session is damaged: the first two must not be imported either
        return (
            d.replace(b"Hur planerar ni? 2", b"Hur planerar ni? X")
            if n.startswith("sessions/")
            else d
        )

    put("checksum", change=flip_last_session, match="does not match its checksum")
    put(
        "audio_checksum",
        change=lambda n, d: d[:-10] + b"0123456789" if n.startswith("audio/") else d,
        match="does not match its checksum",
    )
    put(
        "missing_member",
        change=lambda n, d: None if n.startswith("audio/") else d,
        match="is missing",
    )
    # a damaged compressed stream (CRC error) inside an otherwise valid zip
    corrupt = bytearray(raw)
    with zipfile.ZipFile(path) as zf:
        info = zf.getinfo([n for n in zf.namelist() if n.startswith("sessions/")][-1])
    start = info.header_offset + 30 + len(info.filename.encode()) + len(info.extra)
    for k in range(start + 5, start + 25):
        corrupt[k] ^= 0xFF
    put("crc", bytes(corrupt), match="damaged bundle")
    return out


def test_bad_bundles_are_refused_and_nothing_is_half_imported(exported, tmp_path):
    path, _ = exported
    store = Store()
    before, files = row_counts(store), audio_files()
    for name, (bad, match) in bad_bundles(path, tmp_path).items():
        with pytest.raises(bundle.BundleError) as err:
            bundle.import_bundle(store, bad)
        message = str(err.value)
        assert match in message, (name, message)
        assert "\n" not in message and str(bad) in message
        assert row_counts(store) == before, name
        assert audio_files() == files, name
        assert not [p for p in audio_dir().iterdir() if p.name.startswith(".import-")]
    store.close()


def test_a_database_failure_mid_import_leaves_nothing(exported):
    """The database refuses the last row written: every session before it is rolled back too."""
    path, _ = exported
    store = Store()
    with store.engine.begin() as conn:
        if conn.dialect.name == "sqlite":
            conn.execute(
                sa.text(
                    "CREATE TRIGGER refuse BEFORE INSERT ON score_overrides "
                    "BEGIN SELECT RAISE(ABORT, 'refused by the test'); END"
                )
            )
        else:
            conn.execute(
                sa.text(
                    "CREATE FUNCTION refuse() RETURNS trigger LANGUAGE plpgsql AS "
                    "$$ BEGIN RAISE EXCEPTION 'refused by the test'; END $$"
                )
            )
            conn.execute(
                sa.text(
                    "CREATE TRIGGER refuse BEFORE INSERT ON score_overrides "
                    "FOR EACH ROW EXECUTE FUNCTION refuse()"
                )
            )
    before, files = row_counts(store), audio_files()
    with pytest.raises(bundle.BundleError, match="nothing was imported"):
        bundle.import_bundle(store, path)
    assert row_counts(store) == before and audio_files() == files
    assert not [p for p in audio_dir().iterdir() if p.name.startswith(".import-")]
    store.close()


# ----------------------------------------------------------------------------- CLI


def test_cli_export_and_import(tmp_path, catalog, monkeypatch, capsys, databases):
    use_store(monkeypatch, tmp_path / "a", databases[0])
    with Store() as store:
        ids = fill_source(store, catalog)
    out = tmp_path / "all.zip"
    assert cli(["export", "--all", "-o", str(out)]) == 0
    assert "exported 3 session(s)" in capsys.readouterr().out
    assert (
        cli(["export", "--trainee", "Kim", "--format", "csv", "-o", str(tmp_path / "k.csv")]) == 0
    )
    rows = list(csv.DictReader((tmp_path / "k.csv").open(encoding="utf-8-sig")))
    assert [r["trainee"] for r in rows] == ["Kim"]
    assert cli(["export", str(ids[0]), "-o", str(tmp_path / "r.html")]) == 0
    assert cli(["export", "999", "-o", str(tmp_path / "x.zip")]) == 1
    assert "no session 999" in capsys.readouterr().err
    assert cli(["export", "-o", str(tmp_path / "x.zip")]) == 1

    use_store(monkeypatch, tmp_path / "b", databases[1])
    capsys.readouterr()
    assert cli(["import", str(out)]) == 0
    assert "imported 3 session(s), skipped 0" in capsys.readouterr().out
    assert cli(["import", str(out)]) == 0
    assert "imported 0 session(s), skipped 3" in capsys.readouterr().out
    (tmp_path / "junk.zip").write_bytes(b"PK\x03\x04 broken")
    assert cli(["import", str(tmp_path / "junk.zip")]) == 2
    err = capsys.readouterr().err
    assert err.count("\n") == 1 and "not a trainer bundle" in err and "Traceback" not in err
    assert cli(["import", str(tmp_path / "nope.zip")]) == 2
    assert "no such file" in capsys.readouterr().err


# ----------------------------------------------------------------------------- reports


# What fill_source writes in English whatever the call's language (payload()'s criteria and
# tip, two comments): the call's own words, not the report's, so left out of the checks below.
FIXTURE_ENGLISH = ("Open questions", "Next step", "Reason early", "Ask about their plans.",
                   "Turn 3 was open", "Whole call: good pace")  # fmt: skip


def _report_words_only(text: str) -> str:
    for value in FIXTURE_ENGLISH:
        text = text.replace(value, "")
    return text


def test_html_report_marks_evidence_and_feedback(store_with_feedback, tmp_path):
    store, ids = store_with_feedback
    path = report.write_html(store, [ids[0]], tmp_path / "r.html")
    text = path.read_text(encoding="utf-8")
    assert "Åsa Öberg" in text and "Bra öppning" in text and "Turn 3 was open" in text
    assert report.EARNED in text and report.LOST in text
    assert "Whole call: good pace" in text
    assert text.count("page-break-before") == 0
    two = report.write_html(store, ids[:2], tmp_path / "two.html").read_text(encoding="utf-8")
    assert two.count("page-break-before") == 1
    # Each call in its own language: the Swedish call (reviewed, corrected, commented) in Swedish,
    # the Danish one in Danish, the English one as it always read.
    parts = dict(report_parts(report.write_html(store, ids, tmp_path / "3.html").read_text()))
    sv, da, en = parts["sv"], parts["da"], parts["en"]
    for words in (
        "Tränarens kommentarer", "Tre saker att ändra till nästa samtal", "Kriterier",
        "Kriterium Poäng Tränare Repliker Tips", "Behov", "Tid", "Totalt", "Utskrift",
        "gav poäng", "kostade poäng", "Säljare", "Kund", "Granskat 20", "svenska",
        "Återsamtal bokat · fredag 0 (fre 4 dec 10:00)", "Frågor: 1", "Taltid: 50 %",
        "Lästes som: anledning till samtalet", "Lästes som: behovsfråga · LLM:en läste den "
        "annorlunda: +följdfråga", "Summorna tar med tränarens ändringar (automatiskt: Behov 30",
        "#1 0 s",
    ):  # fmt: skip
        assert words in sv, words
    for words in (
        "Kriterium Point Træner Replikker Tip", "Samlet", "Udskrift", "Sælger", "Kunde",
        "Ikke gennemgået endnu", "dansk", "Opkald aftalt · fredag 1 (fre. 4. dec. 10:00)",
        "Spørgsmål: 1", "Taletid: 50 %", "Læst som: behovsspørgsmål · LLM'en læste den "
        "anderledes: +opfølgende spørgsmål",
    ):  # fmt: skip
        assert words in da, words
    assert not english_in(_report_words_only(sv), "sv"), english_in(_report_words_only(sv), "sv")
    assert not english_in(_report_words_only(da), "da"), english_in(_report_words_only(da), "da")
    for words in (
        "Criterion Points Trainer Turns Tip", "Needs", "Overall", "Transcript", "Trainee",
        "Prospect", "Not reviewed yet", "English", "Call-back agreed · fredag 2 (Fri 4 Dec 10:00)",
        "Questions: 1", "Talk share: 50%", "Read as: needs question · the LLM read it "
        "otherwise: +follow up", "#1 0s",
    ):  # fmt: skip
        assert words in en, words


SENDER_LINES = {
    "sv": "Importerat: avsändarens poäng var Behov {} Tid {} Totalt {}; här har samtalet",
    "da": "Importeret: afsenderens score var Behov {} Tid {} Samlet {}; her er opkaldet",
    "en": "Imported: the sender's score was Needs {} Time {} Overall {}; scored again here",
}


def test_report_of_imported_calls_names_the_senders_score_in_each_language(exported, tmp_path):
    path, expected = exported
    store = Store()
    result = bundle.import_bundle(store, path)
    ids = sorted(result.session_ids.values())
    html = report.write_html(store, ids, tmp_path / "in.html").read_text(encoding="utf-8")
    parts = dict(report_parts(html))
    sent = {
        e["info"]["language"]: [e["info"][k] for k in ("needs", "time", "overall")]
        for e in expected
    }
    for language, line in SENDER_LINES.items():
        assert line.format(*sent[language]) in parts[language], language
    for language in ("sv", "da"):
        text = _report_words_only(parts[language])
        assert not english_in(text, language), (language, english_in(text, language))
    store.close()


def test_pdf_report(store_with_feedback, tmp_path, qapp):
    store, ids = store_with_feedback
    path = report.write_pdf(store, ids, tmp_path / "r.pdf")
    data = path.read_bytes()
    assert data.startswith(b"%PDF") and data.rstrip().endswith(b"%%EOF")
    pages = data.count(b"/Type /Page") - data.count(b"/Type /Pages")
    assert pages >= 3  # each session starts on its own page
    # Each call's pages, footer included, in the call's language.
    text = [" ".join(p.extract_text().split()) for p in PdfReader(str(path)).pages]
    sv = " ".join(p for p in text if "Åsa Öberg →" in p)
    da = " ".join(p for p in text if "Søren Ærø →" in p)
    en = " ".join(p for p in text if "Kim →" in p)
    assert "Utskrift" in sv and "sida 1 av" in sv and "Granskat" in sv
    assert "Udskrift" in da and "af " in da and "Ikke gennemgået endnu" in da
    assert "Transcript" in en and "page " in en and "Not reviewed yet" in en
    assert not english_in(_report_words_only(sv), "sv"), english_in(_report_words_only(sv), "sv")
    assert not english_in(_report_words_only(da), "da"), english_in(_report_words_only(da), "da")


def test_csv_of_a_filter(store_with_feedback, tmp_path):
    store, ids = store_with_feedback
    n = csv_export.write_csv(store, tmp_path / "s.csv", review.SessionFilter(reviewed=True))
    rows = list(csv.DictReader((tmp_path / "s.csv").open(encoding="utf-8-sig")))
    assert n == 1 and rows[0]["id"] == str(ids[0]) and rows[0]["reviewed"] == "yes"
    # The trainer's correction (open questions 15/20) is in the totals; the automatic beside.
    assert rows[0]["trainee"] == "Åsa Öberg" and rows[0]["overall_auto"] == "45"
    assert int(rows[0]["overall"]) > 45 and rows[0]["needs_auto"] == "30"


@pytest.fixture
def store_with_feedback(catalog, tmp_path, monkeypatch, databases):
    use_store(monkeypatch, tmp_path / "source", databases[0])
    store = Store()
    ids = fill_source(store, catalog)
    yield store, ids
    store.close()
