"""The rubric: named criteria for Needs and Time, each with points, evidence, a note and a tip.

Grounded in the two seed texts: the grumpy CEO's complaints ("have you heard of us?",
brochure monologues, a meeting with the seller's CEO before anyone asked about his needs)
cost points; Buying Facilitation (helping the customer find and state their needs) and
"no means not now" earn them. Points are whole numbers; a criterion that cannot apply to a
call (no "no" to dig behind, no timings for a pace) is left out of its group's score.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable

from trainer.core.collector import collector_paused
from trainer.core.detectors import only_courtesy, still_opening, touches
from trainer.core.persona import Persona
from trainer.core.scoring.analysis import CallAnalysis, TurnView, quote
from trainer.core.scoring.result import CriterionResult, Group, ScoreResult, group_score
from trainer.core.scoring.texts import CriterionTexts, texts
from trainer.core.transcript import Transcript

# Bump when a rule, weight or word list changes what a transcript scores.
SCORER_VERSION = "2.4.0"

# Brief enough for a reason for calling (words in the turn that gives it).
BRIEF_REASON_WORDS = 40
# A trainee turn this short after "I'm on my way into a meeting" counts as shortening.
SHORT_AFTER_TIME_SIGNAL = 30
# A prospect answer this long after a needs question counts as telling about their situation.
SUBSTANTIAL_ANSWER_WORDS = 12
# Comfortable speaking pace on the phone, words a minute.
PACE_RANGE = (110.0, 175.0)


class _Builder:
    """Collects one criterion's evidence while its rule runs."""

    def __init__(self, analysis: CallAnalysis, cid: str, group: Group, maximum: int) -> None:
        self.a, self.cid, self.group, self.max = analysis, cid, group, maximum
        self.t: CriterionTexts = texts(analysis.code)[cid]
        self.evidence: list[int] = []
        self.cited: set[int] = set()
        self.quotes: list[str] = []

    def cite(self, view: TurnView, phrase: str | None = None) -> None:
        if view.index in self.cited:
            return
        self.cited.add(view.index)
        self.evidence.append(view.index)
        self.quotes.append(quote(view.quotable, phrase, spans=view.spans))

    def cite_all(self, items: Iterable[tuple[TurnView, str | None]]) -> None:
        for view, phrase in items:
            self.cite(view, phrase)

    def done(
        self, score: float, note: str, applicable: bool = True, tip: str | None = None
    ) -> CriterionResult:
        order = sorted(range(len(self.evidence)), key=lambda i: self.evidence[i])
        return CriterionResult(
            id=self.cid,
            group=self.group,
            name=self.t.name,
            score=max(0, min(self.max, round(score))) if applicable else self.max,
            max=self.max,
            evidence=tuple(self.evidence[i] for i in order),
            quotes=tuple(self.quotes[i] for i in order),
            note=note,
            tip=tip or self.t.tip,
            applicable=applicable,
        )


def _match(a: CallAnalysis, key: str, view: TurnView) -> str | None:
    found = a.lang.find(key, view.norm)
    return found.group(0) if found else None


# --- Needs -------------------------------------------------------------------------------------


def open_questions(a: CallAnalysis) -> CriterionResult:
    b = _Builder(a, "open_questions", "needs", 20)
    opened = [(v, q) for v, q in a.needs_questions if q.kind == "open"]
    closed = [(v, q) for v, q in a.needs_questions if q.kind == "closed"]
    b.cite_all((v, q.text) for v, q in opened)
    b.cite_all((v, q.text) for v, q in closed)
    score = {0: 0, 1: 10, 2: 15}.get(len(opened), 20)
    if not opened and closed:
        score = min(6, 3 * len(closed))
        return b.done(score, b.t.note("closed_only", closed=len(closed)))
    if closed and len(closed) > len(opened):
        score -= 5
    if not opened:
        return b.done(0, b.t.note("none"))
    key = "mixed" if closed else "good"
    return b.done(score, b.t.note(key, open=len(opened), closed=len(closed)))


def follow_ups(a: CallAnalysis) -> CriterionResult:
    b = _Builder(a, "follow_ups", "needs", 15)
    found = [(v, q) for v, q in a.needs_questions if v.events and v.events.follow_up]
    turns = {v.index: (v, q) for v, q in found}
    b.cite_all((v, q.text) for v, q in turns.values())
    if not turns:
        return b.done(0, b.t.note("none"))
    return b.done(10 if len(turns) == 1 else 15, b.t.note("some", count=len(turns)))


def needs_uncovered(a: CallAnalysis) -> CriterionResult:
    b = _Builder(a, "needs_uncovered", "needs", 20)
    asked = {v.index for v, _ in a.needs_questions} | {
        v.index for v in a.trainee_turns if v.events and v.events.dig_behind_no
    }
    answers = [p for i in sorted(asked) if (p := a.answer_to(i)) is not None]
    persona = a.persona
    if persona and persona.hidden_needs:
        total = len(persona.hidden_needs)
        found = 0
        for need in persona.hidden_needs:
            hit = next((p for p in answers if touches(p.text, need.keywords)), None)
            if hit is not None:
                found += 1
                question = a.previous_trainee(hit.index)
                if question is not None:
                    b.cite(question)
                b.cite(hit)
        key = "persona_all" if found == total else "persona_some" if found else "persona_none"
        return b.done(20 * found / total, b.t.note(key, found=found, total=total))
    told = [p for p in answers if p.word_count >= SUBSTANTIAL_ANSWER_WORDS]
    for p in told:
        b.cite(p)
    if not told:
        return b.done(0, b.t.note("no_answers"))
    return b.done(10 if len(told) == 1 else 20, b.t.note("answers", count=len(told)))


def _is_pitch(v: TurnView) -> bool:
    e = v.events
    return bool(e and (e.product_pitch or e.company_description or len(e.buzzwords) >= 2))


def _serves_caller(v: TurnView) -> bool:
    e = v.events
    return bool(e and (e.price or e.meeting_push or e.callback_promised or e.number_asked))


def no_pitch_first(a: CallAnalysis) -> CriterionResult:
    b = _Builder(a, "no_pitch_first", "needs", 15)
    first = a.first_needs_index
    early = [v for v in a.trainee_turns if _is_pitch(v) and (first is None or v.index < first)]
    if a.inbound:  # the price he rang for, a fitting slot or a call-back serve him: no pitch
        early = [v for v in early if not _serves_caller(v)]
    for v in early:
        phrase = (
            _match(a, "company_description", v)
            or _match(a, "product_pitch", v)
            or (v.events.buzzwords[0] if v.events and v.events.buzzwords else None)
        )
        b.cite(v, phrase)
    if not early:
        return b.done(15, b.t.note("clean"))
    brochure = any(v.events and v.events.company_description for v in early)
    score = 0 if brochure or len(early) > 1 else 5
    key = "never_asked" if first is None else "pitched"
    return b.done(score, b.t.note(key, count=len(early)))


def dig_behind_no(a: CallAnalysis) -> CriterionResult:
    b = _Builder(a, "dig_behind_no", "needs", 10)
    nos = a.refusals
    answered = [(p, a.next_trainee(p.index)) for p in nos]
    answered = [(p, t) for p, t in answered if t is not None]
    if not answered:
        return b.done(10, b.t.note("na"), applicable=False)
    dug = 0
    for p, t in answered:
        e = t.events
        digs = bool(
            e and (e.dig_behind_no or any(q.kind == "open" for q in e.questions if q.about_needs))
        )
        b.cite(p)
        b.cite(t, _match(a, "dig_behind_no", t))
        dug += digs
    if not dug:
        return b.done(0, b.t.note("gave_up", total=len(answered)))
    return b.done(10 * dug / len(answered), b.t.note("dug", dug=dug, total=len(answered)))


def _booked(a: CallAnalysis) -> list[TurnView]:
    """Inbound turns that book the caller in at a set time ("we can fit them tomorrow at 7")."""
    return [
        v for v in a.trainee_turns if v.events and v.events.meeting_push and v.events.concrete_time
    ]


def next_step(a: CallAnalysis) -> CriterionResult:
    b = _Builder(a, "next_step", "needs", 20)
    if a.inbound:
        tip = b.t.extra.get("inbound_tip")
        number = [v for v in a.trainee_turns if v.events and v.events.number_asked]
        # "Ring us again later" proposes a call the caller must make: no promise of ours.
        promise = [
            v
            for v in a.trainee_turns
            if v.events
            and (
                v.events.callback_promised
                or (v.events.callback_proposed and not v.events.send_away)
            )
        ]
        timed = [v for v in promise if v.events and v.events.concrete_time]
        booked = _booked(a)
        for v in number:
            b.cite(v, _match(a, "number_asked", v))
        for v in booked or timed or promise:
            b.cite(v, _match(a, "callback_promised", v) or _match(a, "callback", v))
        if booked:  # he comes in at a set time: his question is answered, nobody waits
            return b.done(20, b.t.note("inbound_booked"), tip=tip)
        score = (10 if number else 0) + (10 if timed else 5 if promise else 0)
        if number and timed:
            key = "inbound_full"
        elif number:
            key = "inbound_number"
        elif promise:
            key = "inbound_promise"
        else:
            key = "inbound_none"
        return b.done(score, b.t.note(key), tip=tip)
    proposals = [
        v
        for v in a.trainee_turns
        if v.events and (v.events.meeting_push or v.events.callback_proposed)
    ]
    interest = a.interest_index
    # A time set for a meeting nobody is interested in yet is no next step.
    earned = [
        v
        for v in proposals
        if v.events
        and (v.events.callback_proposed or (interest is not None and interest < v.index))
    ]
    concrete = [v for v in earned if v.events and v.events.concrete_time]
    agreed = a.transcript.outcome in ("meeting", "callback")
    for v in concrete or earned or proposals:
        b.cite(v, _match(a, "concrete_time", v) or _match(a, "meeting_push", v))
    if concrete:
        return b.done(20, b.t.note("concrete"))
    # A meeting agreed to a push before any interest is no credit: the push earned it, not the
    # call (the prospect may have given in; a trainer would not count it).
    if agreed and (earned or not proposals):
        return b.done(15, b.t.note("outcome"))
    if earned:
        return b.done(8, b.t.note("vague"))
    if proposals:
        return b.done(4, b.t.note("early"))
    return b.done(0, b.t.note("none"))


# --- Time --------------------------------------------------------------------------------------


def reason_early(a: CallAnalysis) -> CriterionResult:
    b = _Builder(a, "reason_early", "time", 20)
    if a.inbound:
        return b.done(20, b.t.note("na"), applicable=False)
    turn = a.reason_turn()
    if turn is None:
        return b.done(0, b.t.note("none"))
    b.cite(turn, _match(a, "reason", turn))
    before = a.trainee_turns[: a.trainee_turns.index(turn)]
    courteous = all(v.events is not None and only_courtesy(v.events) for v in before[1:])
    early = still_opening(len(before), courteous)
    if early and turn.word_count <= BRIEF_REASON_WORDS:
        return b.done(20, b.t.note("early"))
    if early:
        return b.done(12, b.t.note("long", words=turn.word_count))
    return b.done(8, b.t.note("late"))


def _inbound_keeping(a: CallAnalysis) -> CriterionResult:
    """Inbound, the caller's time is respected by taking the call forward to a set time, not
    by sending him away or leaving him waiting for an answer that has no time."""
    b = _Builder(a, "interruption", "time", INBOUND_KEEPING_POINTS)
    away = [v for v in a.trainee_turns if v.events and v.events.send_away]
    for v in away:
        b.cite(v, _match(a, "send_away", v))
    if away:
        return b.done(0, b.t.note("inbound_away"))
    kept = [
        v
        for v in a.trainee_turns
        if v.events and (v.events.number_asked or v.events.callback_promised)
    ]
    timed = [v for v in kept if v.events and v.events.concrete_time] + _booked(a)
    for v in timed or kept:
        b.cite(v)
    if timed:
        return b.done(b.max, b.t.note("inbound_ok"))
    if kept:
        return b.done(b.max // 2, b.t.note("inbound_untimed"))
    return b.done(b.max // 5, b.t.note("inbound_stalled"))


# Inbound, keeping the caller is most of what respecting his time means (the seed's "hold the
# ball on your own half"): it weighs as much as the other Time criteria together.
INBOUND_KEEPING_POINTS = 40


def interruption(a: CallAnalysis) -> CriterionResult:
    if a.inbound:
        return _inbound_keeping(a)
    b = _Builder(a, "interruption", "time", 15)
    good: list[TurnView] = []
    for v in a.trainee_turns[:3]:
        e = v.events
        # Offering a later call counts here only as the answer to a time signal (below).
        if e and (e.acknowledged or e.permission_asked) and not e.callback_proposed:
            good.append(v)
    for p in a.prospect_turns:
        if p.signals and p.signals.time_signal:
            t = a.next_trainee(p.index)
            if t and t.events and t.events.callback_proposed:
                good.append(t)
    bad = [v for v in a.trainee_turns if v.events and v.events.bad_time_question]
    for v in good:
        b.cite(
            v, _match(a, "acknowledge", v) or _match(a, "permission", v) or _match(a, "callback", v)
        )
    for v in bad:
        b.cite(v, _match(a, "bad_time_question", v))
    if good and bad:
        return b.done(10, b.t.note("acknowledged_bad_time"))
    if good:
        return b.done(15, b.t.note("acknowledged"))
    if bad:
        return b.done(3, b.t.note("bad_time_only"))
    return b.done(0, b.t.note("none"))


def no_heard_of_us(a: CallAnalysis) -> CriterionResult:
    b = _Builder(a, "no_heard_of_us", "time", 10)
    used = [v for v in a.trainee_turns if v.events and v.events.heard_of_us]
    for v in used:
        b.cite(v, _match(a, "heard_of_us", v))
    return b.done(0 if used else 10, b.t.note("used" if used else "clean"))


def no_monologue(a: CallAnalysis) -> CriterionResult:
    b = _Builder(a, "no_monologue", "time", 20)
    longest = a.longest_turn()
    if longest is None:
        return b.done(20, b.t.note("clean", longest=0))
    limit = a.monologue_limit
    score = 20.0
    seconds = longest.turn.duration or 0.0
    over = longest.word_count > limit or seconds > a.monologue_seconds_limit
    if longest.word_count > 2 * limit:
        score -= 12
    elif over:
        score -= 8
    elif longest.word_count > 0.75 * limit:
        score -= 3
    if over:
        b.cite(longest)
    buzz = [(v, w) for v in a.trainee_turns if v.events for w in v.events.buzzwords]
    score -= min(8, 2 * len(buzz))
    for v, w in buzz:
        b.cite(v, w)
    described = [v for v in a.trainee_turns if v.events and v.events.company_description]
    if described:
        score -= 4
        for v in described:
            b.cite(v, _match(a, "company_description", v))
    if not over and not buzz and not described:
        return b.done(score, b.t.note("clean", longest=longest.word_count))
    desc = b.t.notes.get("desc", "") if described else ""
    note = b.t.note("lost", longest=longest.word_count, limit=limit, buzz=len(buzz), desc=desc)
    return b.done(score, note)


def time_signals(a: CallAnalysis) -> CriterionResult:
    b = _Builder(a, "time_signals", "time", 10)
    pairs = []
    for p in a.prospect_turns:
        if p.signals and p.signals.time_signal:
            t = a.next_trainee(p.index)
            if t is not None:
                pairs.append((p, t))
    if not pairs:
        return b.done(10, b.t.note("na"), applicable=False)
    good = 0
    for p, t in pairs:
        e = t.events
        short = t.word_count <= SHORT_AFTER_TIME_SIGNAL and not (
            e and (e.meeting_push or _is_pitch(t))
        )
        offered = bool(e and (e.callback_proposed or e.acknowledged or e.permission_asked))
        good += short or offered
        b.cite(p, _match(a, "time_signal", p))
        b.cite(t)
    if not good:
        return b.done(0, b.t.note("ignored", total=len(pairs)))
    return b.done(10 * good / len(pairs), b.t.note("answered", good=good, total=len(pairs)))


def no_early_meeting_push(a: CallAnalysis) -> CriterionResult:
    b = _Builder(a, "no_early_meeting_push", "time", 15)
    if a.inbound:
        return b.done(15, b.t.note("na"), applicable=False)
    interest = a.interest_index
    pushes = [
        v
        for v in a.trainee_turns
        if v.events and v.events.meeting_push and (interest is None or interest > v.index)
    ]
    for v in pushes:
        b.cite(v, _match(a, "meeting_push", v))
    return b.done(0 if pushes else 15, b.t.note("pushed" if pushes else "clean"))


def talk_share(a: CallAnalysis) -> CriterionResult:
    b = _Builder(a, "talk_share", "time", 5)
    ratio = a.talk_ratio()
    if ratio is None or len(a.prospect_turns) < 2 or not a.trainee_turns:
        return b.done(5, b.t.note("na"), applicable=False)
    share = round(100 * ratio)
    # A cold caller must open and explain, so the bands are wider than Gong's 43% ideal.
    score = 5 if ratio <= 0.55 else 4 if ratio <= 0.62 else 2 if ratio <= 0.72 else 0
    if score < 5:
        longest = a.longest_turn()
        if longest:
            b.cite(longest)
    return b.done(score, b.t.note("good" if score == 5 else "high", share=share))


def pace(a: CallAnalysis) -> CriterionResult:
    b = _Builder(a, "pace", "time", 5)
    wpm = a.words_per_minute()
    if wpm is None:
        return b.done(5, b.t.note("na"), applicable=False)
    low, high = PACE_RANGE
    fastest = max(
        (v for v in a.trainee_turns if v.turn.duration and v.turn.duration > 0.5),
        key=lambda v: v.word_count / (v.turn.duration or 1),
        default=None,
    )
    shown = round(wpm)
    if low <= wpm <= high:
        return b.done(5, b.t.note("good", wpm=shown))
    if fastest is not None and wpm > high:
        b.cite(fastest)
    if wpm > high:
        return b.done(3 if wpm <= high + 25 else 1, b.t.note("fast", wpm=shown))
    return b.done(3 if wpm >= low - 25 else 1, b.t.note("slow", wpm=shown))


NEEDS: list[Callable[[CallAnalysis], CriterionResult]] = [
    open_questions,
    follow_ups,
    needs_uncovered,
    no_pitch_first,
    dig_behind_no,
    next_step,
]
TIME: list[Callable[[CallAnalysis], CriterionResult]] = [
    reason_early,
    interruption,
    no_heard_of_us,
    no_monologue,
    time_signals,
    no_early_meeting_push,
    talk_share,
    pace,
]


def three_tips(criteria: list[CriterionResult]) -> tuple[str, ...]:
    """The tips of the criteria that lost the most points (share of their maximum breaks ties)."""
    lost = [c for c in criteria if c.applicable and c.lost > 0]
    lost.sort(key=lambda c: (-c.lost, -c.lost / c.max))
    tips: list[str] = []
    for c in lost:
        if c.tip not in tips:
            tips.append(c.tip)
        if len(tips) == 3:
            break
    return tuple(tips)


def score_transcript(transcript: Transcript, persona: Persona | None = None) -> ScoreResult:
    """Score one call. Deterministic, offline and fast: the same transcript, the same score."""
    with collector_paused():
        return _score(transcript, persona)


def _score(transcript: Transcript, persona: Persona | None) -> ScoreResult:
    a = CallAnalysis(transcript, persona)
    needs = [rule(a) for rule in NEEDS]
    time = [rule(a) for rule in TIME]
    if not a.trainee_turns:
        needs = [_zero(c) for c in needs]
        time = [_zero(c) for c in time]
    needs_score, time_score = group_score(needs), group_score(time)
    return ScoreResult(
        needs=needs_score,
        time=time_score,
        overall=round((needs_score + time_score) / 2),
        criteria=tuple(needs + time),
        metrics=a.metrics(),
        tips=three_tips(needs + time),
        language=a.code,
        scorer_version=SCORER_VERSION,
        group_names=dict(texts(a.code).groups),
    )


def _zero(c: CriterionResult) -> CriterionResult:
    """Nothing was said by the trainee: no criterion can have been earned."""
    from dataclasses import replace

    return replace(c, score=0) if c.applicable else c
