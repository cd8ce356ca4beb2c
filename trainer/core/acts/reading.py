"""Read one trainee turn into dialogue acts: the single reading behind the prospect, the meter and the score."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import datetime
from typing import Any

from trainer.core.acts.features import features
from trainer.core.acts.model import shipped_model
from trainer.core.acts.times import AgreedTime, read_time
from trainer.core.acts.vocabulary import ACTS, CONTEXT_ACTS, EXTRA_LABELS
from trainer.core.language import language_code

# Time cues as features do not depend on the call's date; any fixed moment will do.
_FEATURE_NOW = datetime(2026, 1, 5, 12, 0)


@dataclass(frozen=True)
class Reading:
    """The acts of one turn (in vocabulary order), the extra labels, confidences and the time named."""

    acts: tuple[str, ...]
    extra: tuple[str, ...] = ()
    confidence: dict[str, float] = field(default_factory=dict, compare=False)
    time: AgreedTime | None = None
    source: str = "model"

    def has(self, act: str) -> bool:
        return act in self.acts or act in self.extra

    def to_json(self) -> dict[str, Any]:
        out: dict[str, Any] = {"acts": list(self.acts)}
        if self.extra:
            out["also"] = list(self.extra)
        if self.time is not None:
            out["time"] = self.time.to_json()
        if self.confidence:
            out["confidence"] = {k: round(v, 3) for k, v in self.confidence.items()}
        return out


def time_features(time: AgreedTime | None) -> list[str]:
    if time is None:
        return []
    out = [f"tm:{time.precision}"]
    if time.deadline:
        out.append("tm:deadline")
    return out


def turn_features(text: str, lang: str, previous: str = "") -> list[str]:
    """Everything the model looks at: the words and context, plus what the time reader found."""
    return features(text, lang, previous) + time_features(read_time(text, lang, _FEATURE_NOW))


def decide(
    probabilities: dict[str, float], thresholds: dict[str, float], previous: str
) -> set[str]:
    """Labels over their threshold; context acts need a prospect line to build on."""
    chosen = {label for label, p in probabilities.items() if p >= thresholds[label]}
    if not previous.strip():
        chosen -= CONTEXT_ACTS
    return chosen


def read_turn(text: str, lang: str, previous: str = "", now: datetime | None = None) -> Reading:
    """The acts of one trainee turn, given the prospect's line before it; same input, same output."""
    code = language_code(lang)
    model = shipped_model()
    time = read_time(text, code, now or datetime.now().replace(second=0, microsecond=0))
    feats = features(text, code, previous) + time_features(time)
    probabilities = model.probabilities(feats)
    chosen = decide(probabilities, model.threshold_map, previous)
    return Reading(
        acts=tuple(a for a in ACTS if a in chosen),
        extra=tuple(a for a in EXTRA_LABELS if a in chosen),
        confidence={a: probabilities[a] for a in ACTS},
        time=time,
    )
