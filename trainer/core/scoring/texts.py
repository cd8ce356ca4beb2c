"""Score card texts per language (names, notes, tips, the card's own labels), read from the YAML
files beside this module.

A template is `str.format` text with one extra form, `{n|one|other}`: the singular when `n` is
1, else the plural. Swedish, Danish and English all say 0 and 2 alike, so two forms are enough,
and "2 åbne spørgsmål" reads as a Dane would write it instead of "2 åbent/åbne".
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cache
from pathlib import Path
from typing import Any

import yaml

from trainer.core.language import language_code

TEXT_DIR = Path(__file__).resolve().parent / "lang"
_FORM = r"((?:[^|{}]|\{\w+\})*)"  # one form: text, perhaps with plain {fields} in it
_PLURAL = re.compile(r"\{(\w+)\|" + _FORM + r"\|" + _FORM + r"\}")


def fill(template: str, **values: Any) -> str:
    """The template with its plurals chosen and its fields filled; unknown fields stay as typed."""

    def pick(match: re.Match[str]) -> str:
        return match.group(2) if values.get(match.group(1)) == 1 else match.group(3)

    text = _PLURAL.sub(pick, template)
    try:
        return text.format(**values)
    except (KeyError, IndexError, ValueError):
        return text


@dataclass(frozen=True)
class CriterionTexts:
    name: str
    tip: str
    notes: dict[str, str]
    extra: dict[str, Any]

    def note(self, key: str, **values: Any) -> str:
        return fill(self.notes.get(key, key), **values)


@dataclass(frozen=True)
class ScoreTexts:
    code: str
    groups: dict[str, str]
    criteria: dict[str, CriterionTexts]
    card: dict[str, str]

    def label(self, key: str, **values: Any) -> str:
        """One of the card's own words ("Overall", column headers, the footer's counts), in the
        call's language so the whole card reads in one language."""
        return fill(self.card.get(key, key), **values)

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
    return ScoreTexts(
        code=code,
        groups=dict(data.get("groups") or {}),
        criteria=criteria,
        card={str(k): str(v) for k, v in (data.get("card") or {}).items()},
    )
