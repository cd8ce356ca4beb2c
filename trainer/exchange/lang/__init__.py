"""The report's words per language (sv, da, en), read once from the YAML files beside this module.

A report describes a call, so it speaks the call's language, as the score card does. The words
the two share (Needs, Time, Overall, the criteria table's headers, "n/a", the tips' heading) are
read from the score card's texts, so each term is written in one place only.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime
from functools import cache
from pathlib import Path
from typing import Any

import yaml

from trainer.core.language import language_code
from trainer.core.scoring.texts import ScoreTexts, fill, texts

WORDS_DIR = Path(__file__).resolve().parent


@dataclass(frozen=True)
class ReportWords:
    """One language's words for the report; `card` holds those shared with the score card."""

    code: str
    words: dict[str, str]
    languages: dict[str, str]
    outcomes: dict[str | None, str]
    metrics: dict[str, str]
    acts: dict[str, str]
    dates: dict[str, Any]
    card: ScoreTexts

    def __call__(self, key: str, **values: Any) -> str:
        return fill(self.words[key], **values)

    def group(self, section: str) -> str:
        """'Behov' for "needs": a part of the score as the score card names it."""
        return self.card.groups.get(section, section.capitalize())

    def act(self, act: str) -> str:
        """An act's name ("följdfråga"); one this version does not know, as stored, spaced."""
        return self.acts.get(act) or act.replace("_", " ")

    def language_name(self, code: str | None) -> str:
        """'svenska' for "sv"; a value that is no language code is shown as it is stored."""
        return self.languages.get(code or "", code or "")

    def percent(self, value: str) -> str:
        return self("percent", value=value)

    def calendar(self, start: datetime, precision: str) -> str:
        """The calendar part of an agreed time: 'fre 4 dec 10:00', 'fre 4 dec', 'från 1 jan 2027'."""
        dates = self.dates
        values = {
            "weekday": dates["weekdays"][start.weekday()],
            "day": start.day,
            "month": dates["months"][start.month - 1],
            "year": start.year,
            "time": f"{start:%H:%M}",
        }
        form = "minute" if precision == "minute" else "day" if precision in ("day", "part") else ""
        return fill(dates[form or "period"], **values)


def _load(code: str) -> dict[str, Any]:
    return yaml.safe_load((WORDS_DIR / f"{code}.yaml").read_text(encoding="utf-8"))


def report_words(language: str | None) -> ReportWords:
    """The words of `language` ("sv", "sv_SE", "Swedish", …); anything else gets English."""
    return _words(language_code(language))


@cache
def _words(code: str) -> ReportWords:
    data = _load(code)
    return ReportWords(
        code=code,
        words={str(k): str(v) for k, v in data["words"].items()},
        languages={str(k): str(v) for k, v in data["languages"].items()},
        outcomes={(None if k is None else str(k)): str(v) for k, v in data["outcomes"].items()},
        metrics={str(k): str(v) for k, v in data["metrics"].items()},
        acts={str(k): str(v) for k, v in data["acts"].items()},
        dates=dict(data["dates"]),
        card=texts(code),
    )
