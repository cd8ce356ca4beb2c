"""After the call: the three moments that cost most, each as the trainee's own words, a better
line and why (the rubric criterion and the points lost), with the tips and one drill.

Each criterion's lost points are placed on the trainee turns that lost them: the turns the
scorer cites against it ("have you heard of us?", the monologue, the early meeting push), or,
for something never done, the turn where it belonged (no reason given: the first turn; no
next step: the last). Turns are then ranked by the points placed on them, so the moments come
in the order of what they cost, whatever the order of the rubric.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Sequence

from pydantic import BaseModel, Field

from trainer.core.coach.hints import (
    CRITERION_BANK,
    INBOUND_BANK,
    _distinct,
    _fill,
    bank_lines,
    echo_word,
)
from trainer.core.coach.live import _question_kinds
from trainer.core.coach.stage import turn_acts
from trainer.core.coach.texts import coach_texts
from trainer.core.detectors import words
from trainer.core.persona import Persona
from trainer.core.scoring import score_transcript
from trainer.core.scoring.result import CriterionResult, ScoreResult
from trainer.core.transcript import Transcript, Turn

MOMENTS = 3
SAID_WORDS = 40  # a longer turn is quoted by an excerpt of its own words
SHORT_AFTER_TIME_SIGNAL = 30
# Criteria lost by what was said: the turns the scorer cites are the moments.
HARM = {
    "no_heard_of_us",
    "no_pitch_first",
    "no_early_meeting_push",
    "no_monologue",
    "talk_share",
    "pace",
}


class Moment(BaseModel):
    """One costly moment: the trainee's words, what to say instead, and what it cost."""

    turn: int
    said: str
    instead: str
    why: str
    points: int
    criterion: str
    criteria: list[str] = Field(default_factory=list)


class Drill(BaseModel):
    """The one exercise offered after the call: replay from just before the worst moment, or
    a short call focused on the weakest criterion."""

    kind: str  # "replay" | "focus"
    turn: int | None
    criterion: str
    text: str


class CoachReview(BaseModel):
    moments: list[Moment]
    tips: list[str]
    drill: Drill | None = None


def _trainee(turns: Sequence[Turn], indices: Sequence[int]) -> list[int]:
    return [i for i in indices if 0 <= i < len(turns) and turns[i].speaker == "trainee"]


def _place(
    c: CriterionResult, turns: Sequence[Turn], acts: dict[int, set[str]], lang: str
) -> list[int]:
    """The trainee turns on which this criterion's lost points belong."""
    mine = sorted(acts)
    if not mine:
        return []
    cited = _trainee(turns, c.evidence)
    first, last = mine[0], mine[-1]
    if c.id in HARM:
        return cited or ([first] if c.id == "no_pitch_first" else [])
    if c.id == "reason_early":
        return cited or [first]
    if c.id == "interruption":
        bad = [i for i in cited if "bad_time_question" in acts[i] or "send_away" in acts[i]]
        return bad or [first]
    if c.id == "time_signals":
        ignored = [
            i
            for i in cited
            if not acts[i] & {"acknowledge_time", "permission", "callback_proposal"}
            and (
                len(words(turns[i].text)) > SHORT_AFTER_TIME_SIGNAL
                or acts[i] & {"meeting_push", "pitch"}
            )
        ]
        return ignored or cited
    if c.id == "dig_behind_no":
        gave_up = [i for i in cited if not acts[i] & {"dig_behind_no", "needs_question"}]
        return gave_up or cited
    if c.id == "open_questions":
        closed = [i for i in cited if _question_kinds(turns[i].text, lang) == (0, 1)]
        closed = closed or [i for i in cited if _question_kinds(turns[i].text, lang)[0] == 0]
        if closed:
            return closed
        unasked = [i for i in mine if _question_kinds(turns[i].text, lang)[0] == 0]
        return unasked[1:2] or unasked[:1] or [first]
    if c.id == "follow_ups":
        return _after_longest_answer(turns, acts)
    if c.id == "needs_uncovered":
        moved_on = [
            i
            for i in mine
            if acts[i] & {"meeting_push", "callback_proposal", "pitch", "goodbye"}
            and any("needs_question" in acts[j] for j in mine if j < i)
        ]
        return moved_on[:1] or [last]
    if c.id == "next_step":
        return cited or [last]
    return cited


def _after_longest_answer(turns: Sequence[Turn], acts: dict[int, set[str]]) -> list[int]:
    """The trainee turn after the prospect's longest answer, where a follow-up belonged."""
    best: tuple[int, int] | None = None
    for i in sorted(acts):
        if i == 0 or turns[i - 1].speaker != "prospect" or "follow_up" in acts[i]:
            continue
        length = len(words(turns[i - 1].text))
        if length >= 6 and (best is None or length > best[0]):
            best = (length, i)
    return [best[1]] if best else []


def _said(turn: Turn, quotes: Sequence[str]) -> str:
    """The trainee's own words, exactly as stored: the whole turn, or for a long one a
    contiguous excerpt (the scorer's quote where it is one)."""
    text = turn.text.strip()
    if len(words(text)) <= SAID_WORDS:
        return text
    for q in quotes:
        piece = q.strip("… ").strip()
        if piece and piece in text:
            return piece
    parts = text.split()
    return " ".join(parts[:SAID_WORDS])


def _bank(criterion: str, persona: Persona | None) -> str:
    if persona is not None and persona.direction == "inbound" and criterion in INBOUND_BANK:
        return INBOUND_BANK[criterion]
    return CRITERION_BANK.get(criterion, "open_question")


# What a turn did well that a better line for it must keep saying.
KEEP = {
    "acknowledge_time": "acknowledge",
    "permission": "acknowledge",
    "reason": "reason",
    "number_asked": "inbound_number",
    "callback_promise": "inbound_promise",
}
KEEP_ORDER = ["acknowledge", "reason", "inbound_number", "inbound_promise"]
CANDIDATES = 4


def said_instead(turn: Turn, line: str) -> Turn:
    """The turn as if `line` had been said instead, at the same pace (a timed call's talk
    share and pace then judge the words, not a clock that did not move)."""
    if turn.start is None or turn.end is None:
        return Turn(speaker="trainee", text=line)
    ratio = len(words(line)) / max(1, len(words(turn.text)))
    end = round(turn.start + (turn.end - turn.start) * ratio, 3)
    return Turn(speaker="trainee", text=line, start=turn.start, end=end)


def _candidates(
    criterion: str, index: int, turns: Sequence[Turn], persona: Persona | None, lang: str
) -> list[str]:
    """Better lines for the moment: the bank's lines for the criterion, alone and after what
    the turn did well (a reason, an acknowledgement), picking up the prospect's last words
    when a follow-up is what was missing."""
    t = coach_texts(lang)
    before = next((x.text for x in reversed(turns[:index]) if x.speaker == "prospect"), "")
    echo = echo_word(before, lang)
    bank = _bank(criterion, persona)
    if bank == "follow_up" and not echo:
        bank = "open_question"
    lines = bank_lines(t, bank, persona) or bank_lines(t, "open_question", persona)

    def fill(line: str) -> str:
        if persona is not None:
            return _fill(line, t, persona, echo, index)
        return line.format(name="", echo=echo or "", time=t.times[0], today=t.today[0])

    acts = set(turn_acts(turns[: index + 1], lang)[-1][1]) if turns else set()
    kept = {KEEP[a] for a in acts if a in KEEP} - {bank}
    if persona is None or persona.direction != "inbound":
        kept -= {"inbound_number", "inbound_promise"}
    if "inbound_number" in kept or bank == "inbound_number":
        kept.discard("inbound_promise")  # asking his number, each line already promises the call
    keep = sorted(kept, key=KEEP_ORDER.index)
    # The kept part is said as briefly as the banks allow: the point is the line after it.
    shortest = [sorted(t.bank(k), key=lambda x: len(words(x)))[:2] for k in keep if t.bank(k)]
    prefixes = [" ".join(fill(opts[i % len(opts)]) for opts in shortest) for i in (0, 1)]
    prefixes = list(dict.fromkeys(p for p in prefixes if p))
    out: list[str] = []
    for i in range(min(CANDIDATES, len(lines))):
        line = fill(lines[(index + i) % len(lines)])
        out += [*(f"{p} {line}" for p in prefixes), line]
    return out


def _instead(
    criterion: str,
    index: int,
    transcript: Transcript,
    result: ScoreResult,
    persona: Persona | None,
    taken: list[str],
) -> str:
    """The better line: of the candidates, the one that scores the call highest when said at
    that moment instead (so the line shown is one the scorer agrees wins points back)."""
    lang = result.language or transcript.language
    turns = transcript.turns
    said = turns[index].text
    best: tuple[int, str] | None = None
    for line in _candidates(criterion, index, turns, persona, lang):
        if not _distinct(line, [said, *taken], lang):
            continue
        trial = transcript.model_copy(deep=True)
        trial.turns[index] = said_instead(trial.turns[index], line)
        overall = score_transcript(trial, persona).overall
        if best is None or overall > best[0]:
            best = (overall, line)
    return best[1] if best else _candidates(criterion, index, turns, persona, lang)[0]


def costly_moments(
    transcript: Transcript, result: ScoreResult, persona: Persona | None = None
) -> list[Moment]:
    """The (up to) three trainee turns that cost the most points, largest loss first."""
    turns = transcript.turns
    lang = result.language or transcript.language
    acts = {i: set(a) for i, a in turn_acts(turns, lang)}
    points: dict[int, float] = defaultdict(float)
    by_turn: dict[int, dict[str, float]] = defaultdict(lambda: defaultdict(float))
    for c in result.criteria:
        if not c.applicable or c.lost <= 0:
            continue
        placed = _place(c, turns, acts, lang)
        for i in placed:
            share = c.lost / len(placed)
            points[i] += share
            by_turn[i][c.id] += share
    ranked = sorted(points, key=lambda i: (-points[i], i))[:MOMENTS]
    t = coach_texts(lang)
    names = {c.id: c.name for c in result.criteria}
    quotes = {c.id: c.quotes for c in result.criteria}
    out: list[Moment] = []
    for i in ranked:
        shares = sorted(by_turn[i].items(), key=lambda kv: (-kv[1], kv[0]))
        main = shares[0][0]
        why = "; ".join(
            t.why.format(name=names[cid], points=_points(share)) for cid, share in shares[:2]
        )
        said = _said(turns[i], [q for cid, _ in shares for q in quotes.get(cid, ())])
        instead = _instead(main, i, transcript, result, persona, [m.instead for m in out])
        out.append(
            Moment(
                turn=i,
                said=said,
                instead=instead,
                why=why,
                points=max(1, round(points[i])),
                criterion=main,
                criteria=[cid for cid, _ in shares],
            )
        )
    return out


def _points(value: float) -> str:
    return str(round(value)) if abs(value - round(value)) < 0.05 or value >= 3 else f"{value:.1f}"


def review(
    transcript: Transcript, result: ScoreResult, persona: Persona | None = None
) -> CoachReview:
    """What the score card shows beside the score: the moments, the tips (which follow the
    largest losses) and the drill."""
    from trainer.core.coach.drill import pick_drill

    moments = costly_moments(transcript, result, persona)
    return CoachReview(
        moments=moments, tips=list(result.tips), drill=pick_drill(moments, result, transcript)
    )
