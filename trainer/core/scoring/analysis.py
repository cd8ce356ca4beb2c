"""One pass over a transcript: the detectors' view of every turn, plus the call's metrics.

The rubric reads this; nothing here gives points. The same detectors drive the live
prospect, so what made the prospect lose patience is what the score card shows.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from datetime import datetime
from functools import cached_property

from trainer.core.acts.reading import Reading, read_turns, readable, stored_reading
from trainer.core.detectors import (
    ProspectSignals,
    Question,
    TraineeEvents,
    answering_when,
    detect_prospect,
    events_from_reading,
    for_direction,
    touches,
    words,
)
from trainer.core.language import LanguagePack, language_code, normalise, pack
from trainer.core.persona import Persona
from trainer.core.transcript import Transcript, Turn

_TOKEN = re.compile(r"[\w'%:.-]+", re.UNICODE)
QUOTE_WORDS = 14
# Scoring only asks whether a time was named, not which day it falls on: any fixed moment will do.
READ_AT = datetime(2026, 1, 5, 12, 0)
INTEREST_WORDS = 6
_LEADING_NO = re.compile(r"^\s*\w+")


@dataclass(frozen=True)
class TurnView:
    """One turn with what the detectors saw in it."""

    index: int
    turn: Turn
    events: TraineeEvents | None = None
    signals: ProspectSignals | None = None
    known_norm: str | None = field(default=None, repr=False, compare=False)

    @property
    def trainee(self) -> bool:
        return self.turn.speaker == "trainee"

    @property
    def text(self) -> str:
        return self.turn.text

    @cached_property
    def norm(self) -> str:
        """The quotable text normalised (as the reader already normalised it, when it did)."""
        return self.known_norm if self.known_norm is not None else normalise(self.quotable)

    @cached_property
    def quotable(self) -> str:
        """What a quote is taken from: the turn, or a very long one's beginning and end."""
        return readable(self.turn.text)

    @cached_property
    def spans(self) -> list[str]:
        """The normalised words of `quotable`, worked out once however often it is quoted."""
        return word_norms(self.quotable)

    @cached_property
    def word_count(self) -> int:
        return self.events.words if self.events else len(words(self.turn.text))


def _token_norm(token: str) -> str:
    """One written word as `normalise` would give it (cheap: quotes run on every evidence turn)."""
    return token.lower().replace("\u2019", "'").strip(".:'-")


def word_norms(text: str) -> list[str]:
    """Each written word of `text` in its normalised form (the words a quote counts)."""
    lowered = text.lower()
    if len(lowered) != len(text):  # a letter whose lower case is longer ("İ"): word by word
        found = [_token_norm(t) for t in _TOKEN.findall(text)]
    else:
        found = [t.strip(".:'-") for t in _TOKEN.findall(lowered)]
    return [n for n in found if n]


def _word_positions(text: str, first: int, last: int) -> tuple[int, int]:
    """Where word `first` starts and word `last` ends in `text`, counting as `word_norms` does
    (a run of only dots, colons, apostrophes and dashes is no word)."""
    n, begin = -1, 0
    for match in _TOKEN.finditer(text):
        if not match.group(0).strip(".:'-"):
            continue
        n += 1
        if n == first:
            begin = match.start()
        if n == last:
            return begin, match.end()
    return begin, len(text)


def quote(
    text: str,
    phrase: str | None = None,
    limit: int = QUOTE_WORDS,
    spans: list[str] | None = None,
) -> str:
    """The words of `text` around a normalised `phrase`, as written; else its opening words.

    `spans` are the text's `word_norms`, when already worked out; where the quoted words sit in
    the text is only looked up for the few words quoted."""
    norms = word_norms(text) if spans is None else spans
    if not norms:
        return text.strip()[:80]
    target = (phrase or "").split()
    at = 0
    if target:
        at = next(
            (i for i in range(len(norms)) if norms[i : i + len(target)] == target),
            next((i for i, n in enumerate(norms) if n == target[0]), 0),
        )
    start = max(0, at - 3)
    stop = min(len(norms), start + limit, max(at + len(target), start + 10))
    begin, end = _word_positions(text, start, stop - 1)
    return ("…" if start > 0 else "") + text[begin:end] + ("…" if stop < len(norms) else "")


class CallAnalysis:
    """Detector output for every turn of one call, and the metrics derived from it."""

    def __init__(self, transcript: Transcript, persona: Persona | None = None) -> None:
        self.transcript = transcript
        self.persona = persona
        self.code = language_code(transcript.language or (persona.language if persona else None))
        self.lang: LanguagePack = pack(self.code)
        self.inbound = bool(persona and persona.direction == "inbound")
        direction = "inbound" if self.inbound else "outbound"
        readings = self._readings(transcript.turns)
        views: list[TurnView] = []
        proposed: str | None = None  # the trainee's last proposal: "callback" or "meeting"
        asked = False  # the prospect's line since asks something ("Later when? Give me a time.")
        for index, turn in enumerate(transcript.turns):
            text = turn.text or ""
            if turn.speaker == "trainee":
                reading = readings[index]
                events = for_direction(events_from_reading(text, self.code, reading), direction)
                events = answering_when(events, proposed, asked, self.code)
                if events.callback_proposed or events.meeting_push:
                    proposed = "callback" if events.callback_proposed else "meeting"
                views.append(TurnView(index, turn, events=events, known_norm=reading.norm))
            else:
                asked = "?" in text
                norm = normalise(readable(text))
                signals = detect_prospect(text, self.code, norm)
                views.append(TurnView(index, turn, signals=signals, known_norm=norm))
        self.turns = views

    def _readings(self, turns: list[Turn]) -> dict[int, Reading]:
        """Each trainee turn's reading: the acts stored with it when it was said (so a rescore
        reads the same), else read now, all unstored turns of the call in one pass."""
        out: dict[int, Reading] = {}
        unread: list[tuple[int, str, str]] = []
        previous = ""
        for index, turn in enumerate(turns):
            text = turn.text or ""
            if turn.speaker != "trainee":
                previous = text
            elif turn.acts is not None:
                out[index] = stored_reading(turn.acts, text, self.code)
            else:
                unread.append((index, text, previous))
        fresh = read_turns([(text, prev) for _, text, prev in unread], self.code, READ_AT)
        out.update((index, r) for (index, _, _), r in zip(unread, fresh, strict=True))
        return out

    # --- selections -------------------------------------------------------------------------

    @cached_property
    def trainee_turns(self) -> list[TurnView]:
        return [v for v in self.turns if v.trainee]

    @cached_property
    def prospect_turns(self) -> list[TurnView]:
        return [v for v in self.turns if not v.trainee]

    @cached_property
    def questions(self) -> list[tuple[TurnView, Question]]:
        return [(v, q) for v in self.trainee_turns for q in v.events.questions]  # type: ignore[union-attr]

    @cached_property
    def needs_questions(self) -> list[tuple[TurnView, Question]]:
        return [(v, q) for v, q in self.questions if q.about_needs]

    @cached_property
    def first_needs_index(self) -> int | None:
        first = next((v.index for v, _ in self.needs_questions), None)
        dig = next((v.index for v in self.trainee_turns if v.events.dig_behind_no), None)  # type: ignore[union-attr]
        candidates = [i for i in (first, dig) if i is not None]
        return min(candidates) if candidates else None

    @cached_property
    def refusals(self) -> list[TurnView]:
        """Prospect turns that say no to the call, not a plain "no" answering a yes/no question."""
        out = []
        for v in self.prospect_turns:
            if not (v.signals and v.signals.said_no):
                continue
            asked = self.previous_trainee(v.index)
            closed = (
                asked is not None
                and asked.events is not None
                and (
                    asked.events.heard_of_us
                    or any(q.kind == "closed" for q in asked.events.questions)
                )
            )
            rest = _LEADING_NO.sub("", v.norm, count=1)
            if closed and not self.lang.has("prospect_no", rest):
                continue
            out.append(v)
        return out

    @cached_property
    def _neighbours(self) -> tuple[list[int], list[int], list[int]]:
        """For each turn: the trainee turn before it, and the trainee and prospect turns after it
        (-1 where none), worked out in one pass so every look-up is constant time."""
        n = len(self.turns)
        before, next_mine, next_theirs = [-1] * n, [-1] * n, [-1] * n
        last = -1
        for i, v in enumerate(self.turns):
            before[i] = last
            if v.trainee:
                last = i
        mine = theirs = -1
        for i in range(n - 1, -1, -1):
            next_mine[i], next_theirs[i] = mine, theirs
            if self.turns[i].trainee:
                mine = i
            else:
                theirs = i
        return before, next_mine, next_theirs

    def _at(self, index: int) -> TurnView | None:
        return self.turns[index] if index >= 0 else None

    def previous_trainee(self, index: int) -> TurnView | None:
        return self._at(self._neighbours[0][index])

    def next_trainee(self, index: int) -> TurnView | None:
        return self._at(self._neighbours[1][index])

    def next_prospect(self, index: int) -> TurnView | None:
        return self._at(self._neighbours[2][index])

    def answer_to(self, index: int) -> TurnView | None:
        """The prospect's reply to the trainee turn at `index`, if one came before the next trainee turn."""
        reply = self.next_prospect(index)
        following = self.next_trainee(index)
        if reply is None or (following is not None and following.index < reply.index):
            return None
        return reply

    @cached_property
    def interest_index(self) -> int | None:
        """Where the prospect first told something about their situation in answer to a question.

        A one-word "yes" to a closed question is no interest; a few words about their business are.
        With the persona known, only an answer that tells one of its needs counts: "it's ticking
        along" is no interest a meeting could build on.
        """
        needs = self.persona.hidden_needs if self.persona else []
        for v, _ in self.needs_questions:
            reply = self.answer_to(v.index)
            if reply is None or reply.word_count < INTEREST_WORDS:
                continue
            if not needs or any(touches(reply.text, n.keywords) for n in needs):
                return reply.index
        return None

    @property
    def monologue_limit(self) -> int:
        return self.persona.patience.monologue_words if self.persona else 60

    @property
    def monologue_seconds_limit(self) -> float:
        return self.persona.patience.monologue_seconds if self.persona else 25.0

    # --- timing ------------------------------------------------------------------------------

    @cached_property
    def timed(self) -> bool:
        """True when every turn with text has a start and an end (a live call, not a typed file)."""
        spoken = [v for v in self.turns if v.text.strip()]
        if not spoken or any(v.turn.duration is None for v in spoken):
            return False
        # Typed lines have start == end: then only word counts are fair to both sides.
        mine = [v.turn.duration or 0.0 for v in spoken if v.turn.speaker == "trainee"]
        theirs = [v.turn.duration or 0.0 for v in spoken if v.turn.speaker == "prospect"]
        return sum(mine) > 0 and (not theirs or sum(theirs) > 0)

    @cached_property
    def call_start(self) -> float | None:
        starts = [v.turn.start for v in self.turns if v.turn.start is not None]
        return min(starts) if starts else None

    # --- metrics -----------------------------------------------------------------------------

    def talk_ratio(self) -> float | None:
        """The trainee's share of talk time (or of words, without timings)."""
        if self.timed:
            mine = sum(v.turn.duration or 0.0 for v in self.trainee_turns)
            total = mine + sum(v.turn.duration or 0.0 for v in self.prospect_turns)
            if total > 0:
                return round(mine / total, 3)
        mine_w = sum(v.word_count for v in self.trainee_turns)
        total_w = mine_w + sum(v.word_count for v in self.prospect_turns)
        return round(mine_w / total_w, 3) if total_w else None

    def longest_turn(self) -> TurnView | None:
        return max(self.trainee_turns, key=lambda v: (v.word_count, -v.index), default=None)

    def longest_seconds(self) -> float | None:
        if not self.timed:
            return None
        durations = [v.turn.duration for v in self.trainee_turns if v.turn.duration is not None]
        return round(max(durations), 2) if durations else None

    def words_per_minute(self) -> float | None:
        spoken = [
            (v.word_count, v.turn.duration)
            for v in self.trainee_turns
            if v.turn.duration and v.turn.duration > 0.5 and v.word_count
        ]
        seconds = sum(d for _, d in spoken)
        if seconds < 3:
            return None
        return round(60 * sum(w for w, _ in spoken) / seconds, 1)

    def reason_turn(self) -> TurnView | None:
        return next((v for v in self.trainee_turns if v.events.reason_stated), None)  # type: ignore[union-attr]

    def time_to_reason(self) -> float | None:
        turn = self.reason_turn()
        if turn is None or not self.timed or turn.turn.end is None or self.call_start is None:
            return None
        return round(max(0.0, turn.turn.end - self.call_start), 2)

    def metrics(self) -> dict[str, object]:
        longest = self.longest_turn()
        return {
            "talk_ratio": self.talk_ratio(),
            "longest_monologue_words": longest.word_count if longest else 0,
            "longest_monologue_seconds": self.longest_seconds(),
            "questions": len(self.questions),
            "open_questions": sum(q.kind == "open" for _, q in self.questions),
            "needs_questions": len(self.needs_questions),
            "words_per_minute": self.words_per_minute(),
            "time_to_reason_seconds": self.time_to_reason(),
            "trainee_turns": len(self.trainee_turns),
            "prospect_turns": len(self.prospect_turns),
            "outcome": self.transcript.outcome,
        }
