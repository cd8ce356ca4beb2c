"""Score a stored session and keep the score beside it, tagged with the scorer's version.

Scores are history: a newer scorer adds a row instead of rewriting the old one, so a
trainer can see which version gave which score. Rescoring under the same version is a no-op
unless forced.
"""

from __future__ import annotations

from typing import Any

from trainer.core.scoring import SCORER_VERSION, score_transcript

AUTO = "auto"
JUDGE = "llm_judge"


def score_and_store(store: Any, session_id: int, force: bool = False) -> dict:
    """The session's deterministic score (kind "auto"), computed and saved when needed."""
    if not force:
        existing = store.get_score(session_id, AUTO)
        if existing and existing.get("scorer_version") == SCORER_VERSION:
            return existing
    transcript = store.get_transcript(session_id)
    persona = store.persona_snapshot(session_id)
    payload = score_transcript(transcript, persona).to_json()
    store.save_score(session_id, AUTO, SCORER_VERSION, payload)
    # A rescore keeps the trainer's corrections in the totals the list shows.
    from trainer.store.review import apply_corrections

    apply_corrections(store, session_id)
    return payload


def judge_and_store(store: Any, session_id: int, auto: dict, settings: Any = None) -> dict:
    """A second opinion from the configured LLM beside the deterministic score.

    Returns the deterministic payload with a "judge" entry (the judge's scores and where they
    disagree, or a fallback message). A valid verdict is stored as kind "llm_judge"; it never
    replaces the deterministic score.
    """
    from trainer.engines.judge import judge_with_settings

    transcript = store.get_transcript(session_id)
    persona = store.persona_snapshot(session_id)
    verdict = judge_with_settings(transcript, auto, persona, settings)
    if not verdict.get("fallback"):
        store.save_score(session_id, JUDGE, SCORER_VERSION, verdict)
    return {**auto, "judge": verdict}
