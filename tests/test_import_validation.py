"""A bundle is validated whole against the export's schema before anything is stored; imported
scores are worked out again here; one bad stored row does not block anyone else's show, export
or report."""

from __future__ import annotations

import json
import sys
from pathlib import Path

import pytest
import sqlalchemy as sa
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from tests.support.bundles import record, row_counts, score_payload, write_bundle
from trainer.cli import main as cli
from trainer.core.transcript import Turn
from trainer.exchange import bundle
from trainer.store import Store

FUZZ = settings(
    max_examples=25,
    derandomize=True,
    deadline=None,
    suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow],
)
OUTCOMES = {"meeting", "callback", "hung_up", "ended", "not_finished", "failed"}


def _set(data: dict, path: tuple, value: object) -> dict:
    node = data
    for key in path[:-1]:
        node = node[key]
    node[path[-1]] = value
    return data


huge = st.one_of(st.integers(101, 2**80), st.integers(-(2**80), -1))
wrong_type = st.one_of(st.text(max_size=5), st.lists(st.integers(), max_size=2), st.booleans())
# (where in the record, which bad values): each a class of input the import used to accept or
# crash on.
BAD_FIELDS = st.one_of(
    st.tuples(st.just(("needs",)), huge),
    st.tuples(st.just(("overall",)), st.one_of(huge, wrong_type)),
    st.tuples(st.just(("outcome",)), st.text(max_size=30).filter(lambda s: s not in OUTCOMES)),
    st.tuples(st.just(("outcome",)), st.sampled_from(["meeting<script>alert(1)</script>"])),
    st.tuples(st.just(("trainee",)), st.text(" \t\n\u00a0\u3000", max_size=5)),
    st.tuples(st.just(("trainee",)), st.text(min_size=201, max_size=260)),
    st.tuples(
        st.just(("started_at",)), st.integers(2100, 9999).map(lambda y: f"{y}-01-01T00:00:00Z")
    ),
    st.tuples(st.just(("duration_seconds",)), st.floats(max_value=-0.001, allow_nan=False)),
    st.tuples(st.just(("duration_seconds",)), st.sampled_from([10.0**12])),
    st.tuples(st.just(("ended_at",)), st.sampled_from(["2026-01-05T09:00:00+00:00"])),
    st.tuples(st.just(("scores", 0, "payload", "needs")), wrong_type),
    st.tuples(st.just(("scores", 0, "payload")), st.just({"needs": "x"})),
    st.tuples(st.just(("scores", 0, "payload", "overall")), huge),
    st.tuples(
        st.just(("scores", 0, "payload", "needs", "criteria", 0, "score")), st.text(max_size=5)
    ),
    st.tuples(
        st.just(("scores", 0, "payload", "needs", "criteria", 0, "evidence")),
        st.lists(st.text(max_size=3), min_size=1, max_size=3),
    ),
    st.tuples(st.just(("scores", 0, "payload", "needs", "criteria", 0, "evidence")), st.just([7])),
    st.tuples(st.just(("scores", 0, "payload", "needs", "criteria", 0, "score")), st.just(21)),
    st.tuples(st.just(("transcript", "turns", 0, "start")), st.sampled_from([-1.0, 1e300])),
    st.tuples(st.just(("transcript", "turns", 0, "speaker")), st.text(max_size=8)),
    st.tuples(st.just(("feedback", "comments", 0, "turn_index")), st.integers(1, 10**6)),
    st.tuples(st.just(("feedback", "comments", 0, "text")), st.text(" ", max_size=3)),
    st.tuples(st.just(("persona",)), st.just({"id": "x"})),
    st.tuples(st.just(("turn_latency",)), st.just({"5": {"first_audio": 1.0}})),
    st.tuples(st.just(("uid",)), st.just("../../etc")),
)


def assert_refused(store: Store, path: Path, match: str = "") -> str:
    before = row_counts(store)
    with pytest.raises(bundle.BundleError) as err:
        bundle.import_bundle(store, path)
    message = str(err.value)
    assert "\n" not in message and str(path) in message and match in message, message
    assert row_counts(store) == before
    return message


@FUZZ
@given(bad=BAD_FIELDS, position=st.integers(0, 2))
def test_bad_fields_refuse_the_whole_bundle(tmp_path_factory, bad, position):
    """One bad field in any session of three: nothing of the bundle is stored."""
    where, value = bad
    records = [record(f"00000000-0000-4000-8000-00000000000{n}") for n in range(3)]
    for n, rec in enumerate(records):
        rec["feedback"]["comments"][0]["uid"] = f"c0000000-0000-4000-8000-00000000000{n}"
    try:
        _set(records[position], where, value)
    except (KeyError, IndexError, TypeError):
        return
    path = write_bundle(tmp_path_factory.mktemp("bad") / "b.zip", records)
    with Store() as store:
        assert_refused(store, path)


def test_deeply_nested_manifest_and_session_are_one_line(tmp_path):
    deep = "[" * 50000 + "1" + "]" * 50000
    with Store() as store:
        manifest = '{"format": "trainer.bundle", "version": 1, "sessions": ' + deep + "}"
        path = write_bundle(tmp_path / "m.zip", [record()], manifest=manifest.encode())
        assert_refused(store, path, "manifest")
        session = json.dumps(record()).replace('"persona": null', '"persona": {"x": ' + deep + "}")
        path = write_bundle(tmp_path / "s.zip", [session.encode()])
        assert_refused(store, path, "sessions/")


def test_cli_prints_one_line_for_a_2_70_score(tmp_path, capsys):
    path = write_bundle(tmp_path / "big.zip", [record(needs=2**70)])
    assert cli(["import", str(path)]) == 2
    err = capsys.readouterr().err
    assert err.count("\n") == 1 and "needs" in err and "Traceback" not in err


# --------------------------------------------------------------------------- rescoring


def test_imported_scores_are_worked_out_again_and_the_senders_kept_beside(tmp_path, capsys):
    """A one-line "hi" claiming 100/100/100 is scored here; the claim is kept and flagged."""
    rec = record()
    rec["transcript"]["turns"][0]["acts"] = ["reason", "needs_question", "callback_proposal"]
    path = write_bundle(tmp_path / "hi.zip", [rec])
    assert cli(["import", str(path)]) == 0
    out = capsys.readouterr().out
    assert "imported 1 session(s)" in out and "scored differently" in out
    with Store() as store:
        (sid,) = store.session_ids()
        info = store.session_info(sid)
        assert info.overall is not None and info.overall < 100
        assert store.get_score(sid)["overall"] == info.overall
        sender = bundle.sender_score(store, sid)
        assert sender is not None and sender.differs and sender.overall == 100
        assert store.get_transcript(sid).turns[0].acts != rec["transcript"]["turns"][0]["acts"]
    assert cli(["sessions", "show", str(sid)]) == 0
    shown = capsys.readouterr().out
    assert "sender's score was Needs 100  Time 100  Overall 100" in shown and "DIFFERS" in shown


def test_honest_totals_are_not_flagged(tmp_path):
    rec = record()
    path = write_bundle(tmp_path / "a.zip", [rec])
    with Store() as store:
        result = bundle.import_bundle(store, path)
        sid = result.session_ids[rec["uid"]]
        info = store.session_info(sid)
        payload = store.get_score(sid)
    honest = record(needs=info.needs, time=info.time, overall=info.overall)
    honest["scores"][0]["payload"] = score_payload(
        payload["needs"]["score"], payload["time"]["score"]
    )
    honest["uid"] = "11111111-0000-4000-8000-000000000000"
    honest["feedback"]["comments"] = []
    with Store() as store:
        result = bundle.import_bundle(store, write_bundle(tmp_path / "h.zip", [honest]))
        sender = bundle.sender_score(store, result.session_ids[honest["uid"]])
        assert sender is not None and not sender.differs and result.differing == []


# ------------------------------------------------------------------- bad rows already stored


@pytest.fixture
def store_with_a_bad_row(catalog):
    """Two good sessions and one whose stored outcome and score no schema accepts."""
    with Store() as store:
        ids = []
        for name in ("Ann", "Bad", "Cid"):
            sid = store.start_session(name, catalog.get("grumpy-ceo-en"), "scripted", None)
            store.add_turn(sid, 0, Turn(speaker="trainee", text="How do you plan deliveries?"))
            store.end_session(sid, "ended")
            store.save_score(sid, "auto", "v1", score_payload(40, 60))
            ids.append(sid)
        with store.engine.begin() as conn:
            conn.execute(
                sa.text("UPDATE sessions SET outcome = 'meeting<script>' WHERE id = :i"),
                {"i": ids[1]},
            )
    return ids


def test_one_bad_row_does_not_block_show_export_or_report(store_with_a_bad_row, tmp_path, capsys):
    good, bad, other = store_with_a_bad_row
    assert cli(["sessions", "show", str(good)]) == 0
    capsys.readouterr()
    assert cli(["sessions", "show", str(bad)]) == 1
    err = capsys.readouterr().err
    assert err.count("\n") == 1 and f"session {bad} is damaged" in err and "outcome" in err
    for name in ("all.zip", "all.html", "all.csv"):
        assert cli(["export", "--all", "-o", str(tmp_path / name)]) == 0, name
        captured = capsys.readouterr()
        assert "Traceback" not in captured.err
        if name != "all.csv":  # the CSV list reads no transcripts: all three rows are in it
            assert captured.err.count("\n") == 1 and f"session {bad}" in captured.err
            assert "2 session(s)" in captured.out
    html = (tmp_path / "all.html").read_text(encoding="utf-8")
    assert "Ann" in html and "Cid" in html and "<script" not in html
    assert cli(["sessions", "rescore", "--all"]) == 0
    captured = capsys.readouterr()
    assert f"session {bad} is damaged" in captured.err and f"session {other}:" in captured.out


def test_a_bad_stored_score_is_skipped_in_reports(store_with_a_bad_row, tmp_path, capsys):
    good, _, other = store_with_a_bad_row
    with Store() as store, store.engine.begin() as conn:
        payload = json.dumps(
            {**score_payload(), "needs": {"score": 5, "criteria": [{"id": "x", "score": "a"}]}}
        )
        conn.execute(
            sa.text("UPDATE scores SET payload = :p WHERE session_id = :i"),
            {"p": payload, "i": other},
        )
    assert cli(["export", str(good), str(other), "-o", str(tmp_path / "r.html")]) == 0
    captured = capsys.readouterr()
    assert f"session {other} is damaged" in captured.err and "1 session(s)" in captured.out
