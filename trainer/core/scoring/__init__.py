"""Scoring a call: Needs and Time, named criteria with evidence, metrics and tips (Qt-free).

from trainer.core.scoring import score_transcript, SCORER_VERSION
result = score_transcript(transcript, persona)   # persona optional
result.to_json()
"""

from trainer.core.scoring.result import CriterionResult, ScoreResult
from trainer.core.scoring.rubric import SCORER_VERSION, score_transcript

__all__ = ["SCORER_VERSION", "CriterionResult", "ScoreResult", "score_transcript"]
