"""The offline prospect answers what was meant: proposals, times, needs and brush-offs."""

from __future__ import annotations

from collections import Counter
from dataclasses import replace
from datetime import datetime

import pytest

from trainer.core.call import Call, play_lines
from trainer.core.detectors import detect_trainee
from trainer.core.prospect_state import ProspectState
from trainer.core.scoring import score_transcript
from trainer.core.sentences import split_text
from trainer.engines.scripted import ScriptedEngine

CALL_START = datetime(2026, 12, 1, 10, 30)  # a Tuesday morning


def play(persona, lines: list[str]) -> Call:
    call = Call(persona, ScriptedEngine(), clock=lambda: 0.0, started_at=CALL_START)
    return play_lines(call, lines)


def last_reply(call: Call) -> str:
    return next(t.text for t in reversed(call.turns) if t.speaker == "prospect")


def test_ring_you_friday_at_ten_is_a_call_back_said_back(catalog):
    call = play(
        catalog.get("grumpy-ceo-en"),
        [
            "Larry, it's Sam from Routewise. I know you're busy so I'll be quick: I'm calling "
            "about how you plan deliveries when the Christmas rush hits.",
            "Can I ring you Friday at 10?",
        ],
    )
    assert call.transcript.outcome == "callback"
    assert call.transcript.agreed_time.start == datetime(2026, 12, 4, 10, 0)
    assert "friday at ten" in last_reply(call).lower()


def test_go_to_your_meeting_and_i_call_at_half_past_three(catalog):
    call = play(
        catalog.get("grumpy-ceo-sv"),
        [
            "Hej Lars, Anna från Ruttia. Jag ringer om hur ni planerar leveranserna i högsäsong.",
            "Gå på ditt möte, så hör jag av mig halv fyra i dag",
        ],
    )
    assert call.transcript.outcome == "callback"
    assert call.transcript.agreed_time.start == datetime(2026, 12, 1, 15, 30)
    assert "halv fyra" in last_reply(call).lower()


def test_the_danish_no_opens_up_and_a_dated_call_is_agreed(catalog):
    call = play(
        catalog.get("busy-ceo-da"),
        [
            "Hej Mette, det er Anna fra Vagtia. Jeg ringer kort om, hvordan I planlægger vagterne.",
            "Helt i orden. Må jeg spørge, hvad der ligger bag nejet?",
            "Må jeg ringe til dig mandag den 8. januar klokken 9?",
        ],
    )
    replies = [t.text for t in call.turns if t.speaker == "prospect"]
    assert call.state.said_no and call.state.behind_no_told
    assert "contract-renewal" in call.state.revealed
    assert call.transcript.outcome == "callback"
    assert call.transcript.agreed_time.start == datetime(2027, 1, 8, 9, 0)
    assert "8. januar" in replies[-1]


@pytest.mark.parametrize(
    "line",
    [
        "Er det et telefonnummer?",
        "Der er ingen til at give priser nu, ring igen senere.",
        "Send os lige en mail, så kigger vi på det.",
        "Priserne står på vores hjemmeside.",
    ],
)
def test_the_tyre_customer_leaves_when_sent_away(catalog, line):
    call = play(catalog.get("tire-customer-da"), [line])
    assert call.transcript.outcome == "hung_up"


def test_the_tyre_customer_is_kept_with_his_number_and_a_set_time(catalog):
    call = play(
        catalog.get("tire-customer-da"),
        ["Hvis jeg får dit nummer, ringer jeg dig tilbage inden klokken to med en pris."],
    )
    assert call.state.number_given and call.transcript.outcome == "callback"
    assert call.transcript.agreed_time.deadline
    assert "koster" not in last_reply(call).lower()  # he does not ask for the price again


def test_the_seed_ceo_hangs_up_on_heard_of_us_and_the_brochure(catalog):
    call = play(
        catalog.get("grumpy-ceo-en"),
        [
            "Hi, I'm calling from Acme. Have you heard of us?",
            "We are a market-leading provider of innovative, end-to-end logistics solutions "
            "with a B2B focus, delivering seamless synergies across the whole value chain.",
            "So, what do you think?",
        ],
    )
    assert call.transcript.outcome == "hung_up"


def test_a_meeting_push_after_heard_of_us_is_not_agreed_to(catalog):
    call = play(
        catalog.get("grumpy-ceo-en"),
        [
            "Hi Larry, have you heard of Routewise?",
            "I'd love to book a 45-minute meeting next week to show you a demo. Does Tuesday work?",
        ],
    )
    assert call.transcript.outcome != "meeting"
    assert "exactly" not in last_reply(call).lower()


def test_an_open_question_without_you_gets_an_answer_not_yes_or_no(catalog):
    persona = catalog.get("grumpy-ceo-en")
    call = play(
        persona,
        [
            "Larry, Sam at Routewise, I'll be brief, I'm calling about delivery planning.",
            "when does it get hardest?",
        ],
    )
    yes_no = set(persona.lines.closed_yes + persona.lines.closed_no + persona.lines.closed_question)
    assert last_reply(call) not in yes_no
    assert len(last_reply(call).split()) >= 4


def test_a_hidden_need_comes_out_for_the_question_it_is_about(catalog):
    call = play(
        catalog.get("grumpy-ceo-en"),
        [
            "Larry, Sam at Routewise, I'll be brief, I'm calling about delivery planning.",
            "How do your customers find out when the van is going to turn up?",
        ],
    )
    assert call.state.revealed == ["customer-complaints"]


@pytest.mark.parametrize(
    "persona_id, opener, question",
    [
        (
            "grumpy-ceo-en",
            "hi larry this is dev from routely, i'm calling about how you plan deliveries",
            "what system do you use at the moment",
        ),
        (
            "grumpy-ceo-sv",
            "hej lars det är dev från ruttly jag ringer om hur ni planerar leveranserna",
            "vilket program använder ni för det i dag",
        ),
    ],
)
def test_asked_what_he_plans_with_he_tells_of_the_spreadsheet(
    catalog, persona_id, opener, question
):
    """Which system or tool they use is a question about how the routes are planned."""
    call = play(catalog.get(persona_id), [opener, question])
    assert call.state.revealed == ["seasonal-peaks"]


def test_no_reply_is_said_twice_in_a_long_call(catalog):
    lines = [
        "okay",
        "right",
        "I see",
        "hmm",
        "sure",
        "well",
        "yes",
        "got it",
        "interesting",
        "fair enough",
        "and?",
        "alright then",
    ]
    for pid in ("grumpy-ceo-en", "busy-ceo-da", "tire-customer-da", "grumpy-ceo-sv"):
        call = play(catalog.get(pid), lines)
        replies = Counter(t.text for t in call.turns if t.speaker == "prospect")
        assert max(replies.values()) == 1, (pid, replies.most_common(2))


# Mette says no, tells what lies behind it, then the sick-leave need comes out.
METTE_TELLS_SICK_LEAVE = [
    "Hej Mette, det er Anna fra Vagtia. Jeg ringer kort om, hvordan I planlægger vagterne.",
    "Helt i orden. Må jeg spørge, hvad der ligger bag nejet?",
    "Okay. Hvordan håndterer I det, når medarbejdere melder sig syge?",
]


def test_asking_more_about_what_he_told_gets_more_of_it_not_a_new_need(catalog):
    persona = catalog.get("busy-ceo-da")
    call = play(persona, [*METTE_TELLS_SICK_LEAVE, "Hvem sidder med det?"])
    sick_leave = next(n for n in persona.hidden_needs if n.id == "sick-leave")
    replies = [t.text for t in call.turns if t.speaker == "prospect"]
    assert sick_leave.reveal in replies[-2]
    assert replies[-1] in sick_leave.more  # about the planners, not the tender
    assert "tender" not in call.state.revealed


def test_with_nothing_more_to_say_a_follow_up_brings_the_next_need_out(catalog):
    persona = catalog.get("grumpy-ceo-en")
    bare = persona.model_copy(
        update={"hidden_needs": [n.model_copy(update={"more": []}) for n in persona.hidden_needs]}
    )
    lines = [
        "I'm calling about planning in the Christmas rush. How do you handle the extra volume?",
        "And who does that?",
    ]
    assert play(persona, lines).state.revealed == ["seasonal-peaks"]  # more about the peaks
    call = play(bare, lines)
    assert call.state.revealed == ["seasonal-peaks", "driver-turnover"]
    assert bare.hidden_needs[1].reveal in last_reply(call)


def test_no_go_on_before_the_answer_to_the_turns_own_question(catalog):
    call = play(
        catalog.get("grumpy-ceo-en"),
        [
            "Hi Larry, Sam from Routewise, sorry to catch you cold. I'm calling because hauliers "
            "tell us Christmas is chaos for planning. How do you handle the extra volume?",
        ],
    )
    persona = catalog.get("grumpy-ceo-en")
    reply = last_reply(call)
    assert not any(reply.startswith(line) for line in persona.lines.reason_ok)
    assert not any(reply.startswith(line) for line in persona.lines.acknowledged)
    assert "Excel" in reply


def test_the_llm_prospect_is_told_to_stay_on_the_need_asked_about(catalog):
    call = play(catalog.get("busy-ceo-da"), METTE_TELLS_SICK_LEAVE)
    directions = call.trainee_says("Hvem sidder med det?")
    notes = directions.stage_directions()
    assert directions.elaborate is not None and directions.elaborate.fact in notes
    assert "Do not reveal any of your hidden needs" in notes


def test_the_tyre_customer_given_his_price_asks_what_next_and_takes_a_fitting_slot(catalog):
    persona = catalog.get("tire-customer-da")
    call = play(
        persona,
        [
            "Dækcentret, det er Mikkel.",
            "De koster 1.450 kroner stykket, altså 5.800 for alle fire med montering.",
            "Det forstår jeg godt. Hvornår skal de på?",
            "Vi kan tage vognen i morgen klokken halv otte, før dine chauffører kører. Passer det?",
        ],
    )
    replies = [t.text for t in call.turns if t.speaker == "prospect"]
    assert replies[2] in persona.lines.price_heard  # no "what do they cost?" once told
    assert not any(r in persona.lines.unclear for r in replies[2:])
    assert call.transcript.outcome == "meeting"
    assert call.transcript.agreed_time.start == datetime(2026, 12, 2, 7, 30)
    assert "halv otte" in last_reply(call).lower()
    score = score_transcript(call.transcript, persona)
    by_id = {c.id: c for c in score.criteria}
    assert by_id["next_step"].score == by_id["next_step"].max
    assert by_id["no_pitch_first"].lost == 0  # the price he asked for is no pitch


@pytest.mark.parametrize(
    "persona_id, line",
    [
        ("grumpy-ceo-en", "Hi Larry, Sam from Routewise, how are you today?"),
        ("grumpy-ceo-sv", "Hej Lars, Sara på Ruttia här, hur mår du idag?"),
        ("busy-ceo-da", "Hej Mette, det er Anne fra Vagtly. Hvordan går det?"),
    ],
)
def test_how_are_you_gets_small_talk_not_a_no(catalog, persona_id, line):
    persona = catalog.get(persona_id)
    call = play(persona, [line])
    reply = last_reply(call)
    assert any(reply.startswith(s) for s in persona.lines.small_talk), reply
    # The small-talk opener still costs patience, as the seed says.
    assert any(c.delta < 0 and "heard of us" in c.reason for c in call.state.history)


def test_a_plain_question_gets_the_plain_fact_it_asks_for_not_a_hidden_need(catalog):
    persona = catalog.get("grumpy-ceo-en")
    call = play(
        persona,
        [
            "Hi Larry, it's Dan from RouteWise. I'm calling about how you handle deliveries.",
            "How many vans have you got?",
            "And what do you mostly carry?",
        ],
    )
    replies = [t.text for t in call.turns if t.speaker == "prospect"]
    assert "vans" in replies[-2] and replies[-2] in persona.lines.open_question
    assert "pallets" in replies[-1]
    assert call.state.revealed == []


@pytest.mark.parametrize(
    "persona_id, line, answers",
    [
        ("grumpy-ceo-en", "Hi, is this Larry?", ["speaking", "that's me", "it is"]),
        ("grumpy-ceo-en", "Am I speaking to Mr Graham?", ["speaking", "that's me", "it is"]),
        ("grumpy-ceo-sv", "hej pratar jag med lars grahn", ["det är jag", "det är lars"]),
        ("busy-ceo-da", "Hej, er det Mette Kjær?", ["det er mig", "det er mette", "det er det"]),
        ("busy-ceo-da", "Goddag, Mette Kjær?", ["det er mig", "det er mette", "det er det"]),
        ("busy-ceo-da", "Mette?", ["det er mig", "det er mette", "det er det"]),
        ("grumpy-ceo-en", "Hi, Larry Graham?", ["speaking", "that's me", "it is"]),
        ("grumpy-ceo-sv", "Hej, Lars Grahn?", ["det är jag", "det är lars"]),
    ],
)
def test_is_this_larry_is_answered_as_who_he_is_at_no_cost(catalog, persona_id, line, answers):
    persona = catalog.get(persona_id)
    call = play(persona, [line])
    assert any(a in last_reply(call).lower() for a in answers), last_reply(call)
    assert call.state.patience == persona.patience.start


def test_a_real_bad_time_question_is_still_one(catalog):
    call = play(catalog.get("grumpy-ceo-en"), ["Hi Larry, is this a bad time?"])
    assert call.state.patience < catalog.get("grumpy-ceo-en").patience.start


def test_a_dig_without_a_no_is_answered_not_with_yes_or_no(catalog):
    persona = catalog.get("grumpy-ceo-en")
    call = play(
        persona,
        [
            "Larry, it's Sam from Routewise. I'll be quick: I'm calling about how you plan "
            "deliveries when the Christmas rush hits.",
            "Can I ask what makes you say that?",
        ],
    )
    yes_no = {*persona.lines.closed_no, *persona.lines.closed_yes}
    assert not any(line in last_reply(call) for line in yes_no), last_reply(call)


def test_a_goodbye_gets_a_goodbye_not_but_when(catalog):
    persona = catalog.get("grumpy-ceo-en")
    call = play(persona, ["Oh sorry, I'll let you go then. Bye!"])
    assert call.transcript.outcome == "ended"
    assert last_reply(call) in persona.lines.goodbye


def test_he_says_he_is_busy_before_he_answers(catalog):
    persona = catalog.get("grumpy-ceo-sv")
    call = play(persona, ["Hej Lars, hur planerar ni leveranserna när det är som mest att göra?"])
    reply = last_reply(call)
    pressure = [line for line in persona.lines.time_pressure if line in reply]
    assert pressure and reply.startswith(pressure[0]), reply


def test_telling_the_caller_his_tyres_are_in_stock_and_booking_him_is_no_pitch(catalog):
    persona = catalog.get("tire-customer-da")
    call = play(
        persona,
        [
            "Dækcentret, det er Mikkel.",
            "Ja, dem har vi på lager. Kan du komme i morgen klokken otte, så sætter vi dem på?",
        ],
    )
    assert call.transcript.outcome == "meeting"
    by_id = {c.id: c for c in score_transcript(call.transcript, persona).criteria}
    assert by_id["no_pitch_first"].lost == 0


@pytest.mark.parametrize(
    "lines, label, points",
    [
        (
            [
                "Hvis jeg lige får dit nummer, så får jeg en til at ringe dig tilbage hurtigst "
                "muligt."
            ],
            "hurtigst muligt",
            15,  # kept, but no set time to count on: the score says so
        ),
        (
            [
                "Det skal jeg lige have tjekket. Hvad er dit nummer?",
                "Tak. Jeg ringer dig tilbage om en halv time med prisen.",
            ],
            "om en halv time",
            20,
        ),
    ],
)
def test_the_seeds_own_call_back_keeps_the_tyre_customer(catalog, lines, label, points):
    """ "Hvis jeg lige får dit nummer, så får jeg en til at ringe dig tilbage hurtigst muligt."
    is how the seed's competitor kept the haulier: a call-back he can count on."""
    persona = catalog.get("tire-customer-da")
    call = play(persona, lines)
    assert call.transcript.outcome == "callback"
    assert call.transcript.agreed_time.label == label
    assert label in last_reply(call)
    by_id = {c.id: c for c in score_transcript(call.transcript, persona).criteria}
    assert by_id["next_step"].score == points


def test_a_timed_call_back_without_asking_his_number_gets_it_and_stands_at_goodbye(catalog):
    persona = catalog.get("tire-customer-da")
    call = play(
        persona,
        [
            "Godt spørgsmål, det skal jeg lige have tjekket. Jeg ringer dig tilbage om en halv time.",
            "Tak, hej hej.",
        ],
    )
    replies = [t.text for t in call.turns if t.speaker == "prospect"]
    assert replies[1] in persona.lines.number_given  # he gives it; he does not ask "when?"
    assert call.transcript.outcome == "callback"
    assert call.transcript.agreed_time.label == "om en halv time"


@pytest.mark.parametrize(
    "persona_id, lines",
    [
        (
            "grumpy-ceo-en",
            [
                "Hi Larry, Ben from Routewise, calling about route planning over the peak.",
                "Can I call you back later?",
                "Thursday at ten?",
            ],
        ),
        (
            "busy-ceo-da",
            [
                "Hej Mette, Julie fra Planly. Jeg ringer om jeres vagtplaner.",
                "Må jeg ringe til dig igen senere?",
                "Hvad med torsdag klokken halv to?",
            ],
        ),
    ],
)
def test_a_time_that_answers_when_sets_the_call_back(catalog, persona_id, lines):
    """Asked "when?" about a call-back, the time said next is that call's time, for the
    prospect and the score alike, even when the reader took it for a meeting."""
    persona = catalog.get(persona_id)
    call = play(persona, lines)
    assert call.transcript.outcome == "callback"
    assert call.transcript.agreed_time.start.date() == datetime(2026, 12, 3).date()
    by_id = {c.id: c for c in score_transcript(call.transcript, persona).criteria}
    assert by_id["no_early_meeting_push"].lost == 0


def test_asked_when_about_a_call_back_a_meeting_said_outright_is_a_meeting(catalog):
    persona = catalog.get("grumpy-ceo-en")
    call = play(
        persona,
        [
            "Hi Larry, Ben from Routewise, calling about route planning over the peak.",
            "Can I call you back later?",
            "Actually, could we meet instead, Thursday at ten?",
        ],
    )
    assert call.transcript.outcome != "callback"


def test_asked_more_he_says_what_fits_the_question_not_the_next_line(catalog):
    persona = catalog.get("busy-ceo-da")
    contract = next(n for n in persona.hidden_needs if n.id == "contract-renewal")
    call = play(
        persona,
        [
            "Hej Mette, Anna fra Planly, jeg ringer om jeres vagtplaner.",
            "Helt i orden. Hvad er det, der gør, at det ikke er lige nu?",
            "Januar, hvad sker der der?",
        ],
    )
    reply = last_reply(call)
    assert reply in contract.more and "januar" in reply.lower(), reply


def test_a_meeting_pushed_before_any_need_came_out_earns_no_next_step(catalog):
    """ "It's ticking along" is no interest: pushes after it are early, as the seed says."""
    persona = catalog.get("grumpy-ceo-en")
    call = play(
        persona,
        [
            "Larry, mate, Dave from FleetOptima. Two minutes, that's all. We cut fuel bills by "
            "thirty percent.",
            "What are you using at the moment?",
            "Right, well, ours does all that automatically and it's cheaper.",
            "Look, I'm in your area on Wednesday, I'll pop in at ten.",
            "Come on Larry, half an hour, Wednesday at ten, you won't regret it.",
        ],
    )
    by_id = {c.id: c for c in score_transcript(call.transcript, persona).criteria}
    assert by_id["no_early_meeting_push"].score == 0
    assert by_id["next_step"].score < by_id["next_step"].max / 2


@pytest.mark.parametrize(
    "lang, text",
    [
        ("da", "Vi har åbent til klokken 18 hver torsdag, og du kan booke i vores app."),
        ("en", "We're open till six every Thursday, you can book in the app."),
        ("sv", "Vi har öppet till sex på torsdagar, du kan boka i appen."),
    ],
)
def test_opening_hours_are_a_habit_not_a_time_agreed(lang, text):
    from trainer.core.detectors import detect_trainee

    assert not detect_trainee(text, lang, now=CALL_START).concrete_time


def test_asked_for_his_number_again_he_says_it_again(catalog):
    persona = catalog.get("tire-customer-da")
    call = play(persona, ["Må jeg få dit nummer?", "Undskyld, hvad var dit nummer igen?"])
    replies = [t.text for t in call.turns if t.speaker == "prospect"]
    assert replies[1] in persona.lines.number_given and replies[2] in persona.lines.number_given
    assert replies[1] != replies[2]


def test_a_needs_question_after_her_no_gets_the_need_it_asks_about(catalog):
    """Asked about sick leave right after her no, Mette talks about sick leave (not her
    contract); a question about what lies behind the no still brings out the contract."""
    persona = catalog.get("busy-ceo-da")
    opener = (
        "Hej Mette, det er Jonas fra Vagtplan. Jeg ringer kort om hvordan I planlægger vagterne."
    )
    call = play(persona, [opener, "Hvordan gør I det i dag, når nogen melder sig syge?"])
    assert "sygefravær" in last_reply(call).lower()
    assert "kontrakt" not in last_reply(call).lower()
    call = play(persona, [opener, "Helt fair. Hvad er det, der gør, at det ikke er noget lige nu?"])
    assert "kontrakt" in last_reply(call).lower() or "aftale" in last_reply(call).lower()


def test_a_need_talked_through_in_depth_counts_towards_a_meeting(catalog):
    """Mette wants two needs explored before she meets; one told and then talked through
    (she said more about it when asked) is as much interest as two told."""
    call = play(
        catalog.get("busy-ceo-da"),
        [
            "Hej Mette, det er Line fra Rota. Jeg ved, du har travlt, så kort: jeg ringer om, "
            "hvordan I planlægger vagterne. Har du et halvt minut?",
            "Hvordan håndterer I det, når folk melder sig syge om morgenen?",
            "Tre planlæggere hver morgen, hvor mange afbud er det typisk?",
            "Kan vi tage et kort møde tirsdag den 12. januar klokken 10?",
        ],
    )
    assert call.transcript.outcome == "meeting"


def test_asked_more_he_answers_the_question_not_the_words_echoed_before_it(catalog):
    """ "Tre planlæggere hver morgen, hvor mange afbud er det?" asks about the sick calls:
    the echo of her planners before the question does not pick the line about planners."""
    call = play(
        catalog.get("busy-ceo-da"),
        [
            "Hej Mette, det er Line fra Rota. Jeg ringer kort om, hvordan I planlægger vagterne.",
            "Hvordan håndterer I det, når folk melder sig syge om morgenen?",
            "Tre planlæggere hver morgen, hvor mange afbud er det typisk?",
        ],
    )
    assert "afbud" in last_reply(call).lower()


def test_a_plain_question_after_his_reason_for_no_gets_the_plain_fact(catalog):
    """Read as a follow-up on the contract she just named, "Hvilke kunder har I typisk?"
    still asks about her customers: she says who they are, not more about the contract."""
    call = play(
        catalog.get("busy-ceo-da"),
        [
            "Hej Mette, det er Jonas fra Vagtplan. Jeg ringer kort om hvordan I planlægger vagterne.",
            "Helt fair, hvad er det der gør det ikke er nu?",
            "Hvilke kunder har I typisk?",
        ],
    )
    assert "kunder" in last_reply(call).lower()


@pytest.mark.parametrize(
    ("persona_id", "lines"),
    [
        (
            "grumpy-ceo-en",
            [
                "I'm calling about how you handle the Christmas peak. How do you plan routes?",
                "How long does that take each day?",
            ],
        ),
        (
            "grumpy-ceo-sv",
            [
                "Jag ringer om hur ni planerar inför julen. Hur lägger ni upp rutterna?",
                "hur lång tid tar det en vanlig dag",
            ],
        ),
    ],
)
def test_a_follow_up_that_points_back_stays_on_what_he_told(catalog, persona_id, lines):
    """ "How long does that take?" shares words with another need's question ("How long does it
    take a new driver...?") but points back at what he just told, and names nothing else."""
    persona = catalog.get(persona_id)
    call = play(persona, lines)
    assert call.state.revealed == ["seasonal-peaks"]
    assert last_reply(call) in persona.hidden_needs[0].more


def test_a_question_naming_several_words_of_a_need_gets_that_need_not_a_shared_verb(catalog):
    """ "hur ni klarar julruschen" shares "klarar" with "Vi klarar oss", but names the routes
    and Christmas of his seasonal need."""
    persona = catalog.get("grumpy-ceo-sv")
    call = play(persona, ["vi jobbar med ruttplanering och jag undrar hur ni klarar julruschen"])
    assert call.state.revealed == ["seasonal-peaks"]
    assert persona.hidden_needs[0].reveal in last_reply(call)


@pytest.mark.parametrize(
    ("opener", "line"),
    [
        # In a long turn the question is matched, not the preamble; but "hvordan klarer I det
        # i dag?" asks about what "det" points at: the rota when people call in sick.
        (
            "hej mette det er jonas fra skiftly",
            "jeg skal nok gøre det kort vi hjælper rengøringsfirmaer med at få styr på "
            "vagtplanen når folk melder sig syge hvordan klarer I det i dag",
        ),
        # "rengøringsvirksomheder" shares most of its letters with her fact about cleaning
        # customers, but the turn names the rota and call-ins.
        (
            "Hej Mette, det er Ida fra Vagtro.",
            "Grunden til at jeg ringer er at mange rengøringsvirksomheder kæmper med vagtplanen "
            "når folk melder afbud. Hvordan håndterer I det?",
        ),
    ],
)
def test_a_question_about_the_rota_when_people_call_in_sick_gets_sick_leave(catalog, opener, line):
    call = play(catalog.get("busy-ceo-da"), [opener, line])
    assert call.state.revealed == ["sick-leave"]


@pytest.mark.parametrize(
    ("persona_id", "line"),
    [
        ("grumpy-ceo-en", "sorry, bad line. Can you hear me?"),
        ("grumpy-ceo-en", "hello? are you there?"),
        ("grumpy-ceo-sv", "hallå?"),
        ("grumpy-ceo-sv", "öh hör du mig"),
        ("busy-ceo-da", "Hallo, er du der stadig?"),
        ("tire-customer-da", "kan du høre mig"),
    ],
)
def test_a_line_check_is_answered_that_he_is_there_at_no_cost(catalog, persona_id, line):
    persona = catalog.get(persona_id)
    call = play(persona, [line])
    assert call.state.patience == persona.patience.start
    assert any(r in last_reply(call) for r in persona.lines.line_check)
    assert [t.acts for t in call.turns if t.speaker == "trainee"] == [[]]  # no act, as read


def test_a_line_check_costs_the_inbound_caller_nothing_on_the_score(catalog):
    """The score reads the same: "hallo, kan du høre mig?" is no sending away."""
    persona = catalog.get("tire-customer-da")
    lines = ["hallo, kan du høre mig?", "du kan bare sende os en mail så vender vi tilbage"]
    call = play(persona, lines)
    keeping = score_transcript(call.transcript, persona).criterion("interruption")
    assert keeping.evidence == (3,)


@pytest.mark.parametrize(
    "line",
    ["hello, is this a bad time?", "hello, I'm calling about your delivery routes"],
)
def test_more_than_a_line_check_is_read_as_what_it_says(catalog, line):
    persona = catalog.get("grumpy-ceo-en")
    call = play(persona, [line])
    reply = last_reply(call)
    assert not any(r in reply for r in persona.lines.line_check)


@pytest.mark.parametrize(
    ("line", "echo"),
    [
        ("du kan bare sende os en mail så vender vi tilbage", "En mail?"),
        ("kig på vores hjemmeside der står alle priser", "Hjemmesiden?"),
        ("prøv lige at ringe igen om en times tid så er mekanikeren her", "Ringe igen senere?"),
    ],
)
def test_sent_away_he_says_back_what_he_was_told(catalog, line, echo):
    """Of his ways of leaving, the one that echoes the caller's words is said."""
    call = play(catalog.get("tire-customer-da"), [line])
    assert call.transcript.outcome == "hung_up"
    assert last_reply(call).startswith(echo)


def test_a_follow_up_that_fits_what_he_has_left_to_say_gets_it(catalog):
    """ "vad händer om en kund ändrar sin order?" after the peaks names a customer, but fits
    what he still has to say about the peaks: the spreadsheet begun again."""
    persona = catalog.get("grumpy-ceo-sv")
    lines = [
        "jag ringer för att höra hur ni gör med rutterna när det blir mycket",
        "mm okej och vad händer om en kund ändrar sin order då",
    ]
    call = play(persona, lines)
    assert call.state.revealed == ["seasonal-peaks"]
    assert "börja om" in last_reply(call)


def test_a_question_on_what_he_just_told_is_never_off_topic(catalog):
    """A question read as building on his answer without asking about the business ("what
    would that mean for you?") is on topic: he goes along with it, never "Why do you ask?"."""
    persona = catalog.get("grumpy-ceo-en")
    state = ProspectState(persona)
    told = "the reason i'm ringing is how you plan routes over christmas, how does that go for you"
    assert state.update(detect_trainee(told, "en", now=CALL_START)).reveal
    line = "what would it mean for you if that took ten minutes instead"
    events = detect_trainee(line, "en", now=CALL_START)
    events = replace(
        events,
        acts=("follow_up",),
        follow_up=True,
        product_pitch=False,
        questions=tuple(replace(q, about_needs=False) for q in events.questions),
    )
    assert events.questions and not events.asks_about_needs
    assert state.update(events).reactions == ["follow_up"]


@pytest.mark.parametrize(
    "persona_id, opening",
    [
        ("busy-ceo-da", ["hej mette det er søren fra planly", "jeg skal nok være kort"]),
        ("grumpy-ceo-en", ["Hi Larry, Tom from RouteMax.", "I know you're busy, I'll be quick."]),
        (
            "grumpy-ceo-en",
            ["Hi Larry, Tom from RouteMax.", "Sorry to catch you busy.", "Can I take 30 seconds?"],
        ),
    ],
)
def test_a_reason_after_a_courtesy_to_his_time_still_counts_as_early(catalog, persona_id, opening):
    """The prospect agrees with the score: greeting, "I'll be quick", then the reason is early."""
    reasons = {
        "busy-ceo-da": "jeg ringer fordi jeg gerne vil høre hvordan i planlægger vagterne",
        "grumpy-ceo-en": "I'm calling because I wanted to hear how you plan your routes.",
    }
    call = play(catalog.get(persona_id), [*opening, reasons[persona_id]])
    reasons_given = [c for c in call.state.history if c.reason.startswith("reason for the call")]
    assert reasons_given and reasons_given[0].delta > 0
    result = score_transcript(call.transcript, catalog.get(persona_id))
    assert result.criterion("reason_early").score == 20


# A tyre shop that answers the caller's price question with "have you heard of us?" and a pitch.
SHOP_SELLS_INSTEAD = [
    "Hej, Dækhuset i Vejle, Jonas her. Har du hørt om os før?",
    "Vi har lige lanceret en helt ny flådeaftale for vognmænd med rabat på alle mærker.",
]


def test_the_tyre_customer_will_not_be_sold_a_sales_meeting(catalog):
    persona = catalog.get("tire-customer-da")
    call = play(
        persona,
        [
            *SHOP_SELLS_INSTEAD,
            "Lad os tage et møde om det. Vores regionschef er i Vejle torsdag klokken ti.",
        ],
    )
    assert call.transcript.outcome not in ("meeting", "callback")
    replies = [t.text for t in call.turns if t.speaker == "prospect"]
    assert replies[1] in persona.lines.heard_of_us
    assert replies[2] in persona.lines.pitch
    assert any(line in replies[3] for line in persona.lines.meeting_too_early)
    reasons = [change.reason for change in call.state.history]
    assert "asked if he knows the shop instead of answering" in reasons
    assert "pushed a meeting on a caller who wants a price" in reasons


def test_no_sentence_of_an_earlier_reply_comes_back_as_a_variant(catalog):
    persona = catalog.get("tire-customer-da")
    call = play(
        persona,
        [
            *SHOP_SELLS_INSTEAD,
            "Jeg synes, vi skal tage et møde om det. Hvornår passer det dig?",
            "Så kan vi tage prisen på dækkene med på mødet.",
            "Et møde er altså det bedste, så kan vi snakke om det hele.",
        ],
    )
    said = [
        sentence
        for t in call.turns
        if t.speaker == "prospect"
        for sentence in split_text(t.text, persona.language)
    ]
    assert len(said) == len(set(said)), said
