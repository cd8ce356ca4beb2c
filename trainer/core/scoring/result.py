"""What a score is made of: criteria with points and evidence, grouped into Needs and Time."""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any, Literal

Group = Literal["needs", "time"]


@dataclass(frozen=True)
class CriterionResult:
    """One named criterion: points earned out of a maximum, and the turns that show why."""

    id: str
    group: Group
    name: str
    score: int
    max: int
    evidence: tuple[int, ...] = ()
    quotes: tuple[str, ...] = ()
    note: str = ""
    tip: str = ""
    applicable: bool = True

    @property
    def lost(self) -> int:
        return self.max - self.score if self.applicable else 0

    def to_json(self) -> dict[str, Any]:
        return {
            "id": self.id,
            "name": self.name,
            "score": self.score,
            "max": self.max,
            "applicable": self.applicable,
            "evidence": list(self.evidence),
            "quotes": list(self.quotes),
            "note": self.note,
            "tip": self.tip,
        }


def group_score(criteria: list[CriterionResult]) -> int:
    """0-100 over the criteria that apply; a call with none of them scores 0."""
    applicable = [c for c in criteria if c.applicable]
    total = sum(c.max for c in applicable)
    if not total:
        return 0
    return round(100 * sum(c.score for c in applicable) / total)


@dataclass(frozen=True)
class ScoreResult:
    """The whole score card, ready for the CLI, the store and the widget."""

    needs: int
    time: int
    overall: int
    criteria: tuple[CriterionResult, ...]
    metrics: dict[str, Any]
    tips: tuple[str, ...]
    language: str
    scorer_version: str
    group_names: dict[str, str] = field(default_factory=dict)

    def group(self, name: Group) -> list[CriterionResult]:
        return [c for c in self.criteria if c.group == name]

    def criterion(self, criterion_id: str) -> CriterionResult:
        return next(c for c in self.criteria if c.id == criterion_id)

    def to_json(self) -> dict[str, Any]:
        return {
            "needs": {
                "name": self.group_names.get("needs", "Needs"),
                "score": self.needs,
                "criteria": [c.to_json() for c in self.group("needs")],
            },
            "time": {
                "name": self.group_names.get("time", "Time"),
                "score": self.time,
                "criteria": [c.to_json() for c in self.group("time")],
            },
            "overall": self.overall,
            "metrics": dict(self.metrics),
            "tips": list(self.tips),
            "scorer_version": self.scorer_version,
            "language": self.language,
        }
