"""Live coaching, without Qt: stage, panel numbers, tips, hints, rewind, costly moments, drill."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from trainer.core.acts.similarity import similarity
from trainer.core.call import Call
from trainer.core.coach import (
    Rewinder,
    TipClock,
    call_stage,
    costly_moments,
    live_numbers,
    offline_hints,
    pick_tip,
    review,
    turn_level,
)
from trainer.core.coach.drill import drill_mark, fold_turns, replay_call, replay_parts
from trainer.core.coach.hints import TOO_SIMILAR, HintLines, accept_llm_lines, hint_messages
from trainer.core.coach.moments import said_instead
from trainer.core.errors import KnownError
from trainer.core.prospect_state import Directions
from trainer.core.scoring import score_transcript
from trainer.core.transcript import Transcript, Turn, load_transcript
from trainer.engines.scripted import ScriptedEngine

CALIBRATION = sorted((Path(__file__).parent / "calibration").glob("*.json"))

# A call per persona that moves the state every turn and ends with an outcome.
SCRIPTS = {
    "grumpy-ceo-sv": [
        "Hej Lars, Anna från Acme här. Jag ringer för att vi hjälper åkerier att planera rutter under högsäsong.",
        "Hur planerar ni era leveranser idag?",
        "Vad händer med planeringen när det blir högsäsong?",
        "Hur påverkar det era kunder?",
        "Ska vi ses en halvtimme på torsdag klockan 10 och titta på det?",
    ],
    "grumpy-ceo-en": [
        "Hi Larry, Anna from Acme. I'm calling because we help hauliers plan routes in peak season.",
        "How do you plan your deliveries today?",
        "What happens to the planning when it gets busy around Christmas?",
        "How does that affect your customers?",
        "Shall we meet for half an hour on Thursday at 10 to look at it?",
    ],
    "busy-ceo-da": [
        "Hej Mette, det er Anna fra Acme. Jeg ringer fordi vi hjælper virksomheder med at planlægge deres ruter.",
        "Hvad ligger bag dit nej?",
        "Skal jeg ringe tilbage på tirsdag klokken 10?",
    ],
    "tire-customer-da": [
        "Dækcentret, det er Anna.",
        "Hvad skal du bruge dækkene til?",
        "Må jeg få dit telefonnummer, så ringer jeg tilbage inden klokken 14 i dag med en pris?",
    ],
}


def _state_view(call: Call) -> dict:
    s = call.state
    return {
        "patience": s.patience,
        "history": [(h.trainee_turn, h.delta, h.reason) for h in s.history],
        "revealed": list(s.revealed),
        "outcome": s.outcome,
        "said_no": s.said_no,
        "pending": s.pending,
        "trainee_turns": s.trainee_turns,
        "transcript_outcome": call.transcript.outcome,
        "agreed_time": call.transcript.agreed_time,
        "turns": [t.text for t in call.turns],
    }


def _coached_call(persona, sink=None, hold=None) -> tuple[Call, Rewinder]:
    rewinder = Rewinder(sink, hold=hold)
    call = rewinder.bind(Call(persona, ScriptedEngine(), trainee="Anna", on_turn=rewinder))
    "".join(call.greet())
    return call, rewinder


@pytest.mark.parametrize("persona_id", sorted(SCRIPTS))
def test_rewinding_n_turns_restores_the_exact_state(catalog, persona_id):
    persona = catalog.get(persona_id)
    call, rewinder = _coached_call(persona)
    before: list[dict] = []
    for line in SCRIPTS[persona_id]:
        if call.ended:
            break
        before.append(_state_view(call))
        call.reply_text(call.trainee_says(line))
    assert call.ended and call.state.outcome in ("meeting", "callback")  # an outcome to undo
    assert call.state.history and rewinder.depth == len(before)
    for expected in reversed(before):
        again = rewinder.rewind()
        assert _state_view(call) == expected
        assert again.say_again == call.turns[-1].text  # the prospect's line before, again
    assert not rewinder.can_rewind() and call.state.patience == persona.patience.start
    with pytest.raises(KnownError):
        rewinder.rewind()
    # The call carries on from there as if the taken-back turns never happened.
    call.reply_text(call.trainee_says(SCRIPTS[persona_id][0]))
    assert call.state.trainee_turns == 1 and not call.ended or call.state.outcome


def test_a_rewind_reopens_a_call_the_prospect_ended(catalog):
    persona = catalog.get("grumpy-ceo-en")
    call, rewinder = _coached_call(persona)
    call.reply_text(call.trainee_says("Hi Larry, have you heard of us?"))
    call.reply_text(
        call.trainee_says(
            "We at Acme are market leaders in creative marketing communication with a B2B "
            "focus, delivering holistic best-in-class synergies and value-adding end-to-end "
            "solutions for innovative companies that want scalable, seamless growth."
        )
    )
    assert call.transcript.outcome == "hung_up"
    rewound = rewinder.rewind()
    assert rewound.reopened and not call.ended and call.state.outcome is None


def test_held_turns_reach_the_store_only_when_they_can_no_longer_be_taken_back(catalog):
    persona = catalog.get("grumpy-ceo-en")
    stored: list[tuple[int, str]] = []
    call, rewinder = _coached_call(persona, lambda i, t: stored.append((i, t.text)), hold=1)
    assert [i for i, _ in stored] == [0]  # the greeting: nothing to take back
    call.reply_text(call.trainee_says(SCRIPTS["grumpy-ceo-en"][0]))
    assert [i for i, _ in stored] == [0] and rewinder.holds(1) and rewinder.holds(2)
    call.reply_text(call.trainee_says(SCRIPTS["grumpy-ceo-en"][1]))
    assert [i for i, _ in stored] == [0, 1, 2]
    rewinder.rewind()
    assert not rewinder.can_rewind()  # the exchange before is in the store already
    with pytest.raises(KnownError, match="already saved"):
        rewinder.rewind()
    call.reply_text(call.trainee_says(SCRIPTS["grumpy-ceo-en"][2]))
    rewinder.flush()
    assert [i for i, _ in stored] == list(range(len(call.turns)))
    assert [t for _, t in stored] == [t.text for t in call.turns]


def test_with_a_drop_every_turn_is_stored_at_once_and_a_rewind_drops_it_again(catalog):
    """The window's way: nothing held back (a crash loses nothing), the store forgets what a
    rewind takes back."""
    persona = catalog.get("grumpy-ceo-en")
    stored: dict[int, str] = {}

    def drop(index: int) -> None:
        for i in [i for i in stored if i >= index]:
            del stored[i]

    rewinder = Rewinder(lambda i, t: stored.__setitem__(i, t.text), drop=drop)
    call = rewinder.bind(Call(persona, ScriptedEngine(), trainee="Anna", on_turn=rewinder))
    "".join(call.greet())
    for line in SCRIPTS["grumpy-ceo-en"][:3]:
        call.reply_text(call.trainee_says(line))
        assert sorted(stored) == list(range(len(call.turns)))  # stored as said
    assert rewinder.depth == 3
    rewinder.rewind()
    rewinder.rewind()
    assert [stored[i] for i in sorted(stored)] == [t.text for t in call.turns]
    call.reply_text(call.trainee_says(SCRIPTS["grumpy-ceo-en"][3]))
    assert [stored[i] for i in sorted(stored)] == [t.text for t in call.turns]


def test_exam_mode_holds_nothing_back(catalog):
    stored: list[int] = []
    call, rewinder = _coached_call(catalog.get("grumpy-ceo-sv"), lambda i, t: stored.append(i), 0)
    call.reply_text(call.trainee_says(SCRIPTS["grumpy-ceo-sv"][0]))
    assert stored == [0, 1, 2] and not rewinder.can_rewind()


# -- stage, panel numbers, tips ---------------------------------------------------------------


def test_the_stage_follows_the_call(catalog):
    persona = catalog.get("grumpy-ceo-en")
    call, _ = _coached_call(persona)
    stages = [call_stage(call.turns, persona, call.state)]
    for line in SCRIPTS["grumpy-ceo-en"][:3]:
        call.reply_text(call.trainee_says(line))
        stages.append(call_stage(call.turns, persona, call.state))
    assert stages[0] == "opener" and stages[1] == "reason"
    assert "discovery" in stages or "next_step" in stages[2:]
    danish = catalog.get("busy-ceo-da")
    call, _ = _coached_call(danish)
    call.reply_text(call.trainee_says(SCRIPTS["busy-ceo-da"][0]))
    assert call_stage(call.turns, danish, call.state) == "objections"  # "no" means "not now"


def test_the_current_turn_turns_amber_then_red_past_the_personas_limits(catalog):
    persona = catalog.get("grumpy-ceo-en")
    limit, seconds = persona.patience.monologue_words, persona.patience.monologue_seconds
    assert turn_level(10, None, persona) == "ok"
    assert turn_level(int(limit * 0.8), None, persona) == "amber"
    assert turn_level(limit + 1, None, persona) == "red"
    assert turn_level(3, seconds * 0.8, persona) == "amber"
    assert turn_level(3, seconds + 1, persona) == "red"
    numbers = live_numbers([], persona, draft=" ".join(["word"] * (limit + 5)))
    assert numbers.turn_words == limit + 5 and numbers.turn_level == "red"


def test_talk_share_is_by_seconds_when_timed_and_questions_are_counted(catalog):
    persona = catalog.get("grumpy-ceo-sv")
    timed = load_transcript(Path(__file__).parent / "calibration" / "sv_good.json")
    numbers = live_numbers(timed.turns, persona)
    assert numbers.unit == "seconds" and 0 < numbers.share < 1
    assert numbers.open_questions >= 2
    typed = [Turn(speaker="prospect", text="Grahn."), Turn(speaker="trainee", text="Har ni Excel?")]
    numbers = live_numbers(typed, persona)
    assert numbers.unit == "words" and (numbers.open_questions, numbers.closed_questions) == (0, 1)


def test_the_live_tip_is_the_largest_loss_the_next_line_can_act_on(catalog):
    persona = catalog.get("grumpy-ceo-en")
    transcript = load_transcript(Path(__file__).parent / "calibration" / "en_pitch.json")
    turns = transcript.turns[:2]  # "have you heard of us?" and a brochure, then the prospect
    turns = transcript.turns[:3]
    result = score_transcript(Transcript(language="en", turns=turns), persona)
    criterion, text = pick_tip(result, turns, persona)
    lost = {c.id: c.lost for c in result.criteria}
    assert criterion != "no_heard_of_us"  # history: the next line cannot win it back
    assert lost[criterion] > 0 and len(text.split()) <= 12


def test_tips_come_one_at_a_time_at_most_every_20_seconds_never_over_the_prospect():
    clock = TipClock()
    assert clock.offer(("a", "Ask how."), 5.0, prospect_speaking=True) is None
    assert clock.offer(("a", "Ask how."), 5.0, prospect_speaking=False) == "Ask how."
    assert clock.offer(("b", "Slow down."), 15.0, prospect_speaking=False) is None
    assert clock.offer(("b", "Slow down."), 25.5, prospect_speaking=False) == "Slow down."
    assert clock.offer(("b", "Slow down."), 60.0, prospect_speaking=False) is None  # same again
    assert clock.recent == ["a", "b"]


# -- hints ----------------------------------------------------------------------------------


def _points_of_a_call(persona, lines):
    """The turns at each point of a call where a trainee might ask for a hint."""
    call, _ = _coached_call(persona)
    points = [list(call.turns)]
    for line in lines:
        if call.ended:
            break
        call.reply_text(call.trainee_says(line))
        points.append(list(call.turns))
    return call, points


def _differ(lines: list[str], lang: str) -> None:
    assert len(lines) == 3
    for i, a in enumerate(lines):
        for b in lines[i + 1 :]:
            assert a != b and similarity(a, b, lang) < TOO_SIMILAR, (a, b)


@pytest.mark.parametrize("persona_id", sorted(SCRIPTS))
def test_hints_are_three_different_lines_in_the_personas_language(catalog, persona_id):
    persona = catalog.get(persona_id)
    lang = persona.language
    _, points = _points_of_a_call(persona, SCRIPTS[persona_id][:-1])
    for turns in points:
        hints = offline_hints(turns, persona)
        _differ(hints, lang)
        just_said = [t.text for t in turns[-2:]]
        for hint in hints:
            assert "{" not in hint
            for said in just_said:
                assert hint != said and similarity(hint, said, lang) < TOO_SIMILAR
        again = offline_hints(turns, persona, avoid=hints)
        _differ(again, lang)
        assert not set(again) & set(hints)  # asking again gives new lines


@pytest.mark.parametrize("path", CALIBRATION, ids=lambda p: p.stem)
def test_hints_fit_the_stage_and_the_rubric_on_the_sample_calls(catalog, path):
    transcript = load_transcript(path)
    persona = catalog.get(transcript.persona)
    for end in range(1, len(transcript.turns) + 1):
        turns = transcript.turns[:end]
        if turns[-1].speaker != "prospect":
            continue
        result = score_transcript(Transcript(language=transcript.language, turns=turns), persona)
        hints = offline_hints(turns, persona, result=result)
        _differ(hints, persona.language)
        assert not {h.lower() for h in hints} & {t.text.lower() for t in turns}


def test_hints_answer_a_time_signal_and_a_no(catalog):
    en = catalog.get("grumpy-ceo-en")
    turns = [
        Turn(speaker="prospect", text="Graham."),
        Turn(speaker="trainee", text="Hi, Anna from Acme."),
        Turn(speaker="prospect", text="I'm on my way into a meeting, so make it quick."),
    ]
    hints = offline_hints(turns, en)
    assert any("call you" in h or "ring you" in h or "meeting" in h for h in hints)
    da = catalog.get("busy-ceo-da")
    call, _ = _coached_call(da)
    call.reply_text(call.trainee_says(SCRIPTS["busy-ceo-da"][0]))
    hints = offline_hints(call.turns, da, call.state)
    assert any("nej" in h.lower() or "tidspunkt" in h.lower() for h in hints)


def test_the_llm_hint_request_never_carries_the_hidden_needs(catalog):
    persona = catalog.get("grumpy-ceo-en")
    call, _ = _coached_call(persona)
    call.reply_text(call.trainee_says(SCRIPTS["grumpy-ceo-en"][1]))
    text = json.dumps(hint_messages(call.turns, persona, call.state), ensure_ascii=False)
    for need in persona.hidden_needs:
        assert (
            need.fact not in text and need.reveal not in text or need.reveal in call.turns[-1].text
        )
    assert "English" in text and persona.trainee_brief in text


def test_llm_lines_are_checked_and_topped_up_offline(catalog):
    persona = catalog.get("grumpy-ceo-en")
    call, _ = _coached_call(persona)
    call.reply_text(call.trainee_says(SCRIPTS["grumpy-ceo-en"][0]))
    leak = persona.hidden_needs[0].reveal
    reply = HintLines(
        lines=["How do you plan routes today?", "How do you plan routes today?", leak]
    )
    lines = accept_llm_lines(reply, call.turns, persona, call.state)
    assert lines[0] == "How do you plan routes today?" and leak not in lines
    _differ(lines, "en")
    _differ(accept_llm_lines(None, call.turns, persona, call.state), "en")


def test_llm_hints_come_from_one_structured_request(catalog, openai_server):
    from tests.support.openai_server import Reply
    from trainer.engines.hint_writer import llm_hints
    from trainer.engines.llm_client import make_client
    from trainer.settings import Settings

    persona = catalog.get("grumpy-ceo-en")
    call, _ = _coached_call(persona)
    call.reply_text(call.trainee_says(SCRIPTS["grumpy-ceo-en"][1]))
    wanted = [
        "What does a busy November look like for you?",
        "Who plans the routes when volumes go up?",
        "Shall I call you back on Thursday at 10?",
    ]
    openai_server.replies.append(Reply(json.dumps({"lines": wanted})))
    client = make_client(Settings(llm_base_url=openai_server.url, llm_model="test-model"))
    lines = llm_hints(client, "test-model", call.turns, persona, call.state)
    assert lines == wanted
    assert len(openai_server.requests) == 1
    sent = json.dumps(openai_server.requests[0].body, ensure_ascii=False)
    assert all(n.fact not in sent for n in persona.hidden_needs)


# -- after the call: moments and drill ------------------------------------------------------


@pytest.mark.parametrize("path", CALIBRATION, ids=lambda p: p.stem)
def test_the_three_moments_are_the_largest_losses_quoted_exactly(catalog, path):
    transcript = load_transcript(path)
    persona = catalog.get(transcript.persona)
    result = score_transcript(transcript, persona)
    moments = costly_moments(transcript, result, persona)
    lost = sorted((c for c in result.criteria if c.lost > 0), key=lambda c: -c.lost)
    if not lost:
        assert moments == []
        return
    assert 1 <= len(moments) <= 3
    assert [m.points for m in moments] == sorted((m.points for m in moments), reverse=True)
    assert len({m.turn for m in moments}) == len(moments)
    for m in moments:
        turn = transcript.turns[m.turn]
        assert turn.speaker == "trainee" and m.said in turn.text  # the trainee's own words
        assert m.instead and m.instead != m.said and "{" not in m.instead
        assert (
            m.criterion in {c.id for c in lost} and str(result.criterion(m.criterion).name) in m.why
        )
    # The largest loss of the call is among the moments.
    covered = {cid for m in moments for cid in m.criteria}
    assert lost[0].id in covered or lost[0].lost == lost[1].lost and lost[1].id in covered
    # Saying the better line at the worst moment wins points back.
    better = transcript.model_copy(deep=True)
    at = moments[0].turn
    better.turns[at] = said_instead(better.turns[at], moments[0].instead)
    assert score_transcript(better, persona).overall >= result.overall


def test_moments_come_in_the_order_of_their_cost_not_of_the_call(catalog):
    transcript = load_transcript(Path(__file__).parent / "calibration" / "en_bad_time.json")
    persona = catalog.get("grumpy-ceo-en")
    moments = costly_moments(transcript, score_transcript(transcript, persona), persona)
    assert [m.turn for m in moments] != sorted(m.turn for m in moments)
    assert moments[0].said == "Can I call you back on Monday at 9?"


@pytest.mark.parametrize("path", CALIBRATION, ids=lambda p: p.stem)
def test_one_drill_is_offered_as_data(catalog, path):
    transcript = load_transcript(path)
    persona = catalog.get(transcript.persona)
    result = score_transcript(transcript, persona)
    coached = review(transcript, result, persona)
    assert coached.tips == list(result.tips)
    if not coached.moments:
        assert coached.drill is None
        return
    drill = coached.drill.model_dump()
    assert set(drill) == {"kind", "turn", "criterion", "text"}
    assert drill["kind"] in ("replay", "focus") and drill["text"]
    if drill["kind"] == "replay":
        assert drill["turn"] == coached.moments[0].turn


def test_a_replay_starts_where_the_call_stood_before_the_moment(catalog):
    transcript = load_transcript(Path(__file__).parent / "calibration" / "en_bad_time.json")
    persona = catalog.get("grumpy-ceo-en")
    call = replay_call(transcript, persona, ScriptedEngine(), before_turn=5)
    assert [t.text for t in call.turns] == [t.text for t in transcript.turns[:5]]
    assert not call.ended and call.state.trainee_turns == 2


class StepClock:
    """A call clock the test moves by hand."""

    def __init__(self) -> None:
        self.now = 0.0

    def __call__(self) -> float:
        return self.now


def test_a_replay_folds_the_earlier_turns_into_the_state_exactly_as_it_stood(catalog):
    """Before every trainee turn of a live call (timed, as when spoken), a replay of the turns
    before it puts the prospect state exactly where the live call had it: patience and its
    reasons, the needs revealed, the no said, the time signal, the turn count."""
    from trainer.core.coach.rewind import snapshot

    persona = catalog.get("grumpy-ceo-en")
    clock = StepClock()
    before: dict[int, object] = {}
    live = Call(
        persona,
        ScriptedEngine(),
        trainee="Anna",
        clock=clock,
        # Called for a trainee turn before the state moves: the state just before it.
        on_turn=lambda i, turn: before.setdefault(i, snapshot(live.state)),
    )
    "".join(live.greet())
    lines = [
        ("Hi Larry, Anna from Acme. I'm calling because we help hauliers plan routes.", 6.0),
        ("How do you plan your deliveries today?", 3.0),
        ("We are the market leader in innovative synergies and our platform does it all.", 40.0),
        ("What happens to the planning when it gets busy?", 3.0),
    ]
    for line, seconds in lines:
        if live.ended:
            break
        start = clock.now + 1.0
        clock.now = start + seconds  # spoken for `seconds`: the monologue limit is in seconds
        live.reply_text(live.trainee_says(line, start, clock.now))
        clock.now += 2.0
    trainee = [i for i, t in enumerate(live.turns) if t.speaker == "trainee"]
    assert len(trainee) >= 3 and any("monologue" in h.reason for h in live.state.history)
    for i in trainee:
        replayed = replay_call(live.transcript, persona, ScriptedEngine(), before_turn=i)
        assert replayed.state == before[i], f"before turn {i}"
        # Split as the window does it: fold all but the prospect's last line, which is said again.
        earlier, again = replay_parts(live.turns, i)
        assert again is not None and again.text == live.turns[i - 1].text
        call = Call(persona, ScriptedEngine(), trainee="Anna", started_at=live.started_at)
        fold_turns(call, earlier)
        call.finish_reply(again.text, again.start or 0.0, Directions([]))
        assert call.state == before[i] and not call.ended
        assert [t.end for t in call.turns[:-1]] == [t.end for t in live.turns[: i - 1]]


def test_a_drill_is_marked_on_the_call_that_drills_and_the_review_names_the_original():
    from datetime import UTC, datetime

    from trainer.core.coach.moments import Drill
    from trainer.core.coach.texts import coaching_used
    from trainer.core.transcript import Coaching

    at = datetime(2026, 3, 12, 13, 5, tzinfo=UTC)
    replay = drill_mark(Drill(kind="replay", turn=5, criterion="follow_ups", text="t"), 7, at)
    assert (replay.of, replay.kind, replay.from_turn, replay.criterion) == (
        7,
        "replay",
        5,
        "follow_ups",
    )
    focus = drill_mark(Drill(kind="focus", turn=3, criterion="open_questions", text="t"), 7, at)
    assert focus.kind == "focus" and focus.from_turn is None
    local = at.astimezone().strftime("%Y-%m-%d %H:%M")
    assert coaching_used(Coaching(drill=replay)) == [
        f"Drill of {local} (replay from turn 6)",
        "coached, no help used",
    ]
    assert coaching_used(Coaching(drill=focus, rewinds=1))[0] == f"Drill of {local} (focused call)"
    # The mark survives the JSON the store keeps it as.
    kept = Coaching.model_validate_json(Coaching(drill=replay).model_dump_json())
    assert kept.drill == replay


def test_the_review_is_told_how_much_help_a_call_had():
    from trainer.core.coach.texts import coaching_used
    from trainer.core.transcript import Coaching, HintUse

    hint = HintUse(before_turn=1, lines=["a", "b", "c"])
    assert coaching_used(None) == []  # exam mode: nothing to say
    assert coaching_used(Coaching()) == ["coached, no help used"]
    assert coaching_used(Coaching(pauses=1, hints=[hint, hint], rewinds=1)) == [
        "coached: 1 pause, 2 hints, 1 rewind"
    ]


def test_better_lines_for_a_caller_who_rings_in_fit_his_errand_and_promise_once(catalog):
    """The tyre customer is asked about his tyres, not about 'day to day' or 'when it hits
    hardest', and a line that asks his number does not promise the call-back twice."""
    persona = catalog.get("tire-customer-da")
    lines = [
        "dækcentret det er jonas",
        "ja fire michelin 225 65 17 til en varevogn skal jeg lige se",
        "øh jeg har ikke lige prisen foran mig må jeg få dit nummer så ringer jeg dig op efter frokost",
    ]
    call = Call(persona, ScriptedEngine(), clock=lambda: 0.0)
    "".join(call.greet())
    for line in lines:
        call.reply_text(call.trainee_says(line))
    call.hang_up()
    transcript = call.transcript
    moments = costly_moments(transcript, score_transcript(transcript, persona), persona)
    assert moments
    outbound = {"hverdagen", "mærker i det mest", "hvor meget af ugen", "jeres kunder"}
    for m in moments:
        assert not any(phrase in m.instead.lower() for phrase in outbound), m.instead
        promises = sum(
            m.instead.lower().count(w)
            for w in (
                "vender jeg tilbage",
                "vender tilbage",
                "ringer dig op",
                "ringer til dig",
                "du får en pris",
            )
        )
        assert promises <= 1, m.instead
    follow = [m for m in moments if m.criterion == "follow_ups"]
    assert not follow or "michelin" in follow[0].instead.lower()
