"""Which turns earned and which lost points: the marks shared by the session view and reports."""

from __future__ import annotations

from dataclasses import dataclass, field
from html import escape

from trainer.core.acts.reading import disagreement
from trainer.exchange.lang import report_words
from trainer.store.review import Override, criteria


@dataclass
class TurnMark:
    """The criteria that cite one turn, split by whether the criterion was (mostly) earned."""

    earned: list[str] = field(default_factory=list)
    lost: list[str] = field(default_factory=list)

    @property
    def tone(self) -> str:
        """ "earned", "lost" or "mixed": the colour the turn gets."""
        if self.earned and self.lost:
            return "mixed"
        return "earned" if self.earned else "lost"


def effective_score(crit: dict, override: Override | None) -> int | None:
    """The trainer's score where there is one, else the automatic one."""
    return override.score if override is not None else crit.get("score")


def points_text(crit: dict, na: str = "n/a") -> str:
    """'15/20', or `na` when the call gave the criterion no occasion (no "no" to dig behind):
    the same words on the score card, in the review and in the report (the card passes its
    language's word)."""
    if crit.get("applicable") is False:
        return na
    return f"{crit.get('score')}/{crit.get('max')}"


def is_earned(score: int | None, top: int | None) -> bool:
    """At least half the points: the turn counts as what earned them."""
    if not isinstance(score, int | float) or not isinstance(top, int | float) or not top:
        return True
    return score * 2 >= top


def turn_marks(
    payload: dict | None, overrides: dict[str, Override] | None = None
) -> dict[int, TurnMark]:
    """Per turn index, the criteria (by name, with points) whose evidence points at it."""
    overrides = overrides or {}
    marks: dict[int, TurnMark] = {}
    for _section, crit in criteria(payload):
        if crit.get("applicable") is False:
            continue
        override = overrides.get(crit.get("id", ""))
        score = effective_score(crit, override)
        label = f"{crit.get('name') or crit.get('id')} ({score}/{crit.get('max')})"
        for index in crit.get("evidence") or []:
            if not isinstance(index, int):
                continue
            mark = marks.setdefault(index, TurnMark())
            (mark.earned if is_earned(score, crit.get("max")) else mark.lost).append(label)
    return marks


def turn_notes(
    mark: TurnMark | None,
    comments: list,
    earned: str = "#1b6e20",
    lost: str = "#a11d16",
    comment: str = "#1d4f91",
) -> list[tuple[str, str]]:
    """The lines under a turn (criteria earned and lost, trainer comments) as (colour, text)."""
    notes: list[tuple[str, str]] = []
    if mark:
        notes += [(earned, f"✓ {n}") for n in mark.earned]
        notes += [(lost, f"✗ {n}") for n in mark.lost]
    for c in comments:
        by = f" — {c.author}" if c.author else ""
        notes.append((comment, f"✎ {c.text}{by}"))
    return notes


def _span(color: str, text: str) -> str:
    """One coloured note as HTML; the text is escaped here, for every caller."""
    return f"<span style='color:{escape(color)}'>{escape(text)}</span>"


def turn_notes_html(
    mark: TurnMark | None,
    comments: list,
    earned: str = "#1b6e20",
    lost: str = "#a11d16",
    comment: str = "#1d4f91",
) -> list[str]:
    """The lines under a turn as HTML snippets (for Qt's rich text in the review)."""
    return [_span(c, t) for c, t in turn_notes(mark, comments, earned, lost, comment)]


def acts_note(acts: list[str] | None, llm_acts: list[str] | None, language: str = "en") -> str:
    """What the turn was read as ("needs question, follow up"), and where an LLM read it
    otherwise, in `language` (a report speaks the call's language)."""
    if not acts and not llm_acts:
        return ""
    words = report_words(language)
    names = ", ".join(words.act(a) for a in acts or []) or words("read_as_nothing")
    note = words("read_as", acts=names)
    if llm_acts is not None:
        only_model, only_llm = disagreement(acts, llm_acts)
        if only_model or only_llm:
            parts = [f"+{words.act(a)}" for a in only_llm]
            parts += [f"−{words.act(a)}" for a in only_model]
            note += words("llm_read", acts=", ".join(parts))
    return note


def acts_note_html(
    acts: list[str] | None,
    llm_acts: list[str] | None,
    tone: str = "#6b7280",
    language: str = "en",
) -> str:
    """The reading of a turn as an HTML snippet ("" when nothing was read)."""
    note = acts_note(acts, llm_acts, language)
    return _span(tone, note) if note else ""
