"""Detectors: what the trainee did in one turn (or what the prospect signalled), as events.

What a turn *does* comes from the learned act model (trainer.core.acts); this module adds
what a list or the form of a sentence is the right tool for: buzzwords, word counts, whether
a question is open or closed, which words it picks up from the prospect. One reading feeds
both the live prospect and the score afterwards, so what made the prospect lose patience is
exactly what costs points.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, replace
from datetime import datetime

from trainer.core.acts import AgreedTime, Reading, read_turn
from trainer.core.acts.question_form import Question, QuestionKind, find_questions
from trainer.core.acts.reading import readable
from trainer.core.language import LanguagePack, normalise, pack

_WORD = re.compile(r"[\w']+", re.UNICODE)
# A pitch this long, or with buzzwords, reads as the brochure aloud.
BROCHURE_WORDS = 50


@dataclass(frozen=True)
class TraineeEvents:
    """What one trainee turn contains; booleans and counts only, so it is cheap and comparable."""

    words: int
    questions: tuple[Question, ...] = ()
    heard_of_us: bool = False
    buzzwords: tuple[str, ...] = ()
    company_description: bool = False
    product_pitch: bool = False
    reason_stated: bool = False
    acknowledged: bool = False
    bad_time_question: bool = False
    permission_asked: bool = False
    callback_proposed: bool = False
    concrete_time: bool = False
    meeting_push: bool = False
    dig_behind_no: bool = False
    number_asked: bool = False
    callback_promised: bool = False
    send_away: bool = False
    price: bool = False  # names a price ("1.450 kroner stykket")
    goodbye: bool = False
    injection: bool = False
    follow_up: bool = False
    # A meeting and a call-back both read, the model surer of the meeting ("book a demo,
    # Monday at nine?"), against "I'll ring you Monday to find a day" (the call comes first).
    meeting_first: bool = False
    acts: tuple[str, ...] = ()
    time: AgreedTime | None = None
    norm: str = ""  # the turn lower-cased without punctuation, for checks by the prospect

    @property
    def open_questions(self) -> int:
        return sum(q.kind == "open" for q in self.questions)

    @property
    def needs_questions(self) -> int:
        return sum(q.about_needs for q in self.questions)

    @property
    def asks_about_needs(self) -> bool:
        return self.needs_questions > 0 or self.dig_behind_no


@dataclass(frozen=True)
class ProspectSignals:
    """What a prospect turn says about time and willingness."""

    time_signal: bool
    said_no: bool


def words(text: str) -> list[str]:
    return _WORD.findall(text.lower())


def _kind(norm: str, lang: LanguagePack) -> QuestionKind:
    """Open or closed, for a needs question the form reading missed ("I wanted to hear how...")."""
    tokens = norm.split()
    if lang.find("open_starters", norm) or any(t in lang.question_words for t in tokens):
        return "open"
    return "closed"


def events_from_reading(text: str, lang_code: str, reading: Reading) -> TraineeEvents:
    """The events of one trainee turn, given what the act model read in it."""
    lang = pack(lang_code)
    norm = reading.norm if reading.norm is not None else normalise(text)
    count = len(words(text))
    needs = reading.has("needs_question")
    found = (
        list(reading.questions)
        if reading.questions is not None
        else find_questions(readable(text), lang)
    )
    if needs and not found:
        found = [Question(norm, _kind(norm, lang), True)]
    questions = tuple(Question(q.text, q.kind, needs) for q in found)
    buzzwords = tuple(m.group(0) for m in lang.buzzwords.finditer(norm))
    pitch = reading.has("pitch")
    # A time counts when the time reader can say which one it is: "at some point" is none.
    # "Vi har åbent til klokken 18 hver torsdag" names a habit, not a time to meet or call.
    concrete = (
        reading.time is not None
        and (reading.has("concrete_time") or reading.time.precision in ("minute", "part"))
        and not lang.has("habitual", norm)
    )
    brochure = pitch and (
        bool(buzzwords) or count >= BROCHURE_WORDS or lang.has("company_description", norm)
    )
    return TraineeEvents(
        words=count,
        questions=questions,
        heard_of_us=reading.has("heard_of_us"),
        buzzwords=buzzwords,
        company_description=brochure,
        product_pitch=pitch,
        reason_stated=reading.has("reason"),
        acknowledged=reading.has("acknowledge_time"),
        bad_time_question=reading.has("bad_time_question"),
        permission_asked=reading.has("permission"),
        callback_proposed=reading.has("callback_proposal"),
        concrete_time=concrete,
        meeting_push=reading.has("meeting_push"),
        dig_behind_no=reading.has("dig_behind_no"),
        number_asked=reading.has("number_asked"),
        callback_promised=reading.has("callback_promise"),
        send_away=reading.has("send_away"),
        price=lang.has("price", norm),
        goodbye=reading.has("goodbye"),
        injection=reading.has("injection"),
        follow_up=reading.has("follow_up"),
        meeting_first=_meeting_first(reading),
        acts=reading.acts + reading.extra,
        time=reading.time,
        norm=norm,
    )


def _meeting_first(reading: Reading) -> bool:
    if not (reading.has("meeting_push") and reading.has("callback_proposal")):
        return False
    sure = reading.confidence  # empty for a stored reading: the call-back stands, as before
    return sure.get("meeting_push", 0.0) > sure.get("callback_proposal", 1.0)


# The reason for the call still comes early after the greeting and up to two short courtesies
# to the prospect's time ("I know I'm catching you busy", "can I take 30 seconds?"): at most
# this many trainee turns before it.
OPENING_TURNS = 3
COURTESY_WORDS = 20


def only_courtesy(events: TraineeEvents) -> bool:
    """A short turn that only minds the prospect's time, or says nothing that takes it."""
    return events.words <= COURTESY_WORDS and set(events.acts) <= {"acknowledge_time", "permission"}


def still_opening(turns_before: int, courteous: bool) -> bool:
    """Whether a trainee turn is still the call's opening: after the greeting alone, or after it
    and up to two turns that were `only_courtesy` (`courteous`). The prospect and the score both
    judge the reason's timing by this."""
    return turns_before <= 1 or (turns_before <= OPENING_TURNS and courteous)


def for_direction(events: TraineeEvents, direction: str) -> TraineeEvents:
    """What a turn means depends on who called: calling out, "I'll ring you at four" proposes
    the call-back; taking a call, "call us again later" sends the caller away."""
    if direction == "outbound" and events.callback_promised and not events.callback_proposed:
        return replace(events, callback_proposed=True)
    if (
        direction == "inbound"
        and events.callback_proposed
        and not (events.callback_promised or events.number_asked or events.send_away)
    ):
        # "Ring again later": a later call the caller has to make is sending him away.
        return replace(events, send_away=True)
    return events


def answering_when(
    events: TraineeEvents, proposed: str | None, asked: bool, lang_code: str
) -> TraineeEvents:
    """ "Can I call you later?" - "When?" - "Thursday at ten?": the time belongs to the call-back
    just proposed, not to a meeting nobody asked for (unless the turn says meeting outright)."""
    if proposed != "callback" or not asked or not (events.meeting_push and events.concrete_time):
        return events
    if pack(lang_code).has("meeting_push", events.norm):
        return events
    return replace(events, meeting_push=False, callback_proposed=True)


def detect_trainee(
    text: str, lang_code: str, previous_prospect: str = "", now: datetime | None = None
) -> TraineeEvents:
    """Everything the detectors see in one trainee turn; `now` resolves a named time."""
    reading = read_turn(text, lang_code, previous_prospect, now=now)
    return events_from_reading(text, lang_code, reading)


def detect_prospect(text: str, lang_code: str, norm: str | None = None) -> ProspectSignals:
    """A prospect line's time signal and refusal; `norm` is the line already normalised."""
    lang = pack(lang_code)
    norm = normalise(text) if norm is None else norm
    return ProspectSignals(
        time_signal=lang.has("time_signal", norm),
        said_no=lang.has("prospect_no", norm),
    )


def touches(text: str, keywords: list[str]) -> bool:
    """Does the text mention any of a hidden need's keywords (prefix match, so inflections count)?"""
    return keywords_touched(text, keywords) > 0


def keywords_touched(text: str, keywords: list[str]) -> int:
    """How many of a hidden need's keywords the text mentions (prefix match)."""
    norm = " " + normalise(text)
    return sum(f" {k.lower()}" in norm for k in keywords)
