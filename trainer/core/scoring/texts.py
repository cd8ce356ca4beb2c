"""Score card texts per language (names, notes, tips), read from the YAML files beside this module."""

from __future__ import annotations

from dataclasses import dataclass
from functools import cache
from pathlib import Path
from typing import Any

import yaml

from trainer.core.language import language_code

TEXT_DIR = Path(__file__).resolve().parent / "lang"


@dataclass(frozen=True)
class CriterionTexts:
    name: str
    tip: str
    notes: dict[str, str]
    extra: dict[str, Any]

    def note(self, key: str, **values: Any) -> str:
        template = self.notes.get(key, key)
        try:
            return template.format(**values)
        except (KeyError, IndexError, ValueError):
            return template


@dataclass(frozen=True)
class ScoreTexts:
    code: str
    groups: dict[str, str]
    criteria: dict[str, CriterionTexts]

    def __getitem__(self, criterion_id: str) -> CriterionTexts:
        return self.criteria[criterion_id]


@cache
def texts(code: str) -> ScoreTexts:
    code = language_code(code)
    data = yaml.safe_load((TEXT_DIR / f"{code}.yaml").read_text(encoding="utf-8"))
    criteria = {
        cid: CriterionTexts(
            name=str(entry["name"]),
            tip=str(entry["tip"]),
            notes={str(k): str(v) for k, v in (entry.get("notes") or {}).items()},
            extra={k: v for k, v in entry.items() if k not in ("name", "tip", "notes")},
        )
        for cid, entry in data["criteria"].items()
    }
    return ScoreTexts(code=code, groups=dict(data.get("groups") or {}), criteria=criteria)
