"""Scores stored with the session and the scorer's version, on a real SQLite file."""

from __future__ import annotations

from pathlib import Path

from trainer.core.scoring import SCORER_VERSION
from trainer.core.transcript import load_transcript
from trainer.scoring_service import score_and_store
from trainer.store import Store

CALIBRATION = Path(__file__).parent / "calibration"


def _stored_call(store: Store, catalog, name: str) -> int:
    transcript = load_transcript(CALIBRATION / f"{name}.json")
    persona = catalog.get(transcript.persona)
    session = store.start_session("Anna", persona, "scripted", None)
    for index, turn in enumerate(transcript.turns):
        store.add_turn(session, index, turn)
    store.end_session(session, transcript.outcome or "ended")
    return session


def test_score_is_saved_once_per_version_and_follows_the_session(store_url, catalog):
    store = Store(store_url)
    try:
        good = _stored_call(store, catalog, "en_good")
        payload = score_and_store(store, good)
        assert payload["scorer_version"] == SCORER_VERSION
        assert store.get_score(good) == payload
        summary = store.session_info(good)
        assert (summary.needs, summary.time, summary.overall) == (
            payload["needs"]["score"],
            payload["time"]["score"],
            payload["overall"],
        )
        # the stored persona snapshot is used: hidden needs counted
        needs = {c["id"]: c for c in payload["needs"]["criteria"]}
        assert needs["needs_uncovered"]["note"] == "All 3 hidden needs came out."
        # an existing score for this version comes back as stored, without rescoring
        store.save_score(good, "auto", SCORER_VERSION, {**payload, "marker": 1})
        assert score_and_store(store, good)["marker"] == 1
        assert "marker" not in score_and_store(store, good, force=True)
        pitch = _stored_call(store, catalog, "en_pitch")
        assert score_and_store(store, pitch)["overall"] < payload["overall"]
    finally:
        store.close()
