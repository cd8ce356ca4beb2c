"""Times as people say them, resolved against the call's own date (Tuesday 1 December 2026, 10:30)."""

from __future__ import annotations

from datetime import datetime

import pytest

from trainer.core.acts.times import AgreedTime, agreed_time_text, confirm, fill_time, read_time
from trainer.core.language import normalise
from trainer.core.transcript import AgreedTimeData

NOW = datetime(2026, 12, 1, 10, 30)


@pytest.mark.parametrize(
    "lang, text, start, precision",
    [
        ("en", "Can I ring you Friday at 10?", "2026-12-04 10:00", "minute"),
        ("en", "Thursday at 9 then", "2026-12-03 09:00", "minute"),
        ("en", "I'll try you again half three today", "2026-12-01 15:30", "minute"),
        ("en", "half past four tomorrow", "2026-12-02 16:30", "minute"),
        ("en", "quarter to five", "2026-12-01 16:45", "minute"),
        ("en", "ten past nine on monday", "2026-12-07 09:10", "minute"),
        ("en", "how about 2pm", "2026-12-01 14:00", "minute"),
        ("en", "around 11:15", "2026-12-01 11:15", "minute"),
        ("en", "at 9 am", "2026-12-02 09:00", "minute"),
        ("en", "tomorrow morning", "2026-12-02 09:00", "part"),
        ("en", "first thing monday", "2026-12-07 08:00", "part"),
        ("en", "this afternoon", "2026-12-01 14:00", "part"),
        ("en", "on the 5th of january at 10:30", "2027-01-05 10:30", "minute"),
        ("en", "after the new year", "2027-01-04 09:00", "period"),
        ("en", "early march", "2027-03-01 09:00", "period"),
        ("sv", "gå på ditt möte så hör jag av mig halv fyra i dag", "2026-12-01 15:30", "minute"),
        ("sv", "på torsdag klockan nio", "2026-12-03 09:00", "minute"),
        ("sv", "kvart över två", "2026-12-01 14:15", "minute"),
        ("sv", "tjugo i fem på fredag", "2026-12-04 16:40", "minute"),
        ("sv", "vid tre-tiden i morgon", "2026-12-02 15:00", "minute"),
        ("sv", "i morgon förmiddag", "2026-12-02 10:00", "part"),
        ("sv", "i eftermiddag", "2026-12-01 14:00", "part"),
        ("sv", "efter jul", "2026-12-28 09:00", "period"),
        ("sv", "i början av mars", "2027-03-01 09:00", "period"),
        ("sv", "den 8 januari kl 9", "2027-01-08 09:00", "minute"),
        (
            "da",
            "Må jeg ringe til dig mandag den 8. januar klokken 9?",
            "2027-01-08 09:00",
            "minute",
        ),
        ("da", "jeg ringer tilbage inden klokken halv tre", "2026-12-01 14:30", "minute"),
        ("da", "Klokken ét, han ringer.", "2026-12-01 13:00", "minute"),  # "ét": one, stressed
        ("da", "efter nytår", "2027-01-04 09:00", "period"),
        ("da", "i starten af marts", "2027-03-01 09:00", "period"),
        ("da", "i morgen formiddag", "2026-12-02 10:00", "part"),
        ("da", "ved 14-tiden på torsdag", "2026-12-03 14:00", "minute"),
        ("da", "kvart over ti i morgen", "2026-12-02 10:15", "minute"),
        ("da", "fredag", "2026-12-04 09:00", "day"),
        # A day of the month alone, a weekday with "next week", pm glued to the minutes.
        ("en", "can I call you on the 12th at 10", "2026-12-12 10:00", "minute"),
        ("en", "how about the 3rd", "2026-12-03 09:00", "day"),
        ("sv", "den 14:e klockan tio", "2026-12-14 10:00", "minute"),
        ("da", "den 12. kl. 10", "2026-12-12 10:00", "minute"),
        ("sv", "kan jag ringa den 14 januari klockan nio", "2027-01-14 09:00", "minute"),
        ("en", "can I ring you Thursday next week", "2026-12-10 09:00", "day"),
        ("sv", "torsdag nästa vecka", "2026-12-10 09:00", "day"),
        ("da", "torsdag i næste uge", "2026-12-10 09:00", "day"),
        ("en", "can I call at 2:30pm", "2026-12-01 14:30", "minute"),
        ("da", "må jeg ringe i uge 2", "2027-01-11 09:00", "period"),
        ("sv", "kan jag höra av mig vecka 3", "2027-01-18 09:00", "period"),
        ("en", "can I call you in week 50", "2026-12-07 09:00", "period"),
    ],
)
def test_times_as_people_say_them(lang, text, start, precision):
    found = read_time(text, lang, NOW)
    assert found is not None, text
    assert found.start == datetime.fromisoformat(start)
    assert found.precision == precision


@pytest.mark.parametrize(
    "lang, text",
    [
        ("en", "give me two minutes"),
        ("en", "we cut fuel costs by 20 percent"),
        ("en", "at one point we had 20 trucks"),
        ("en", "next week sometime"),
        ("en", "I'll call you later"),
        ("sv", "tio minuter"),
        ("sv", "vi pratar om timmar"),  # hours, no while to wait
        ("da", "det tager en time om ugen"),  # an hour a week
        ("sv", "vi har 45 anställda"),
        ("sv", "någon gång snart"),
        ("da", "vi har 120 ansatte"),
        ("da", "på et tidspunkt"),
        ("da", "30 sekunder"),
        ("da", "de koster omkring 1.300 kroner"),  # a price, not one o'clock
        ("sv", "det blir 1.450 kronor styck"),
        ("en", "they're 120 pounds each"),
        ("da", "den 2 timer lange tur"),
        ("en", "we have 2 weeks"),
    ],
)
def test_durations_amounts_and_vague_times_are_no_time(lang, text):
    assert read_time(text, lang, NOW) is None


def test_a_deadline_is_marked_and_said_as_one():
    found = read_time("inden klokken halv tre", "da", NOW)
    assert found.deadline and found.label == "i dag inden klokken halv tre"
    found = read_time("I'll get back to you by two", "en", NOW)
    assert found.deadline and found.label == "today before two"


@pytest.mark.parametrize(
    "lang, text, label",
    [
        ("sv", "torsdag klockan nio", "torsdag klockan nio"),
        ("sv", "halv fyra i dag", "i dag klockan halv fyra"),
        ("en", "Friday at 10", "Friday at ten"),
        ("en", "tomorrow at quarter past two", "tomorrow at quarter past two"),
        ("da", "mandag den 8. januar klokken 9", "den 8. januar klokken ni"),
        ("da", "efter nytår", "efter nytår"),
    ],
)
def test_the_prospect_says_the_time_back_in_the_calls_language(lang, text, label):
    assert read_time(text, lang, NOW).label == label


def test_say_back_lines():
    assert confirm("torsdag klockan nio", "sv") == "Torsdag klockan nio, då."
    assert fill_time("{time}, then. Don't be late.", "Friday at ten", "en") == (
        "Friday at ten, then. Don't be late."
    )
    assert fill_time("Fine, {time}.", None, "en") == "Fine, then."
    # A sentence that opens with the time opens with a capital; inside one it stays small.
    assert (
        fill_time("Fine. {time}, then.", "tomorrow at ten", "en") == "Fine. Tomorrow at ten, then."
    )
    assert fill_time("Okej. {time}, då.", "i morgon klockan tio", "sv") == (
        "Okej. I morgon klockan tio, då."
    )
    assert fill_time("Okay, ring me {time}.", "tomorrow at ten", "en") == (
        "Okay, ring me tomorrow at ten."
    )
    found = read_time("Friday at 10", "en", NOW)
    assert agreed_time_text(found) == "Friday at ten (Fri 4 Dec 10:00)"
    assert agreed_time_text(found.to_json()) == agreed_time_text(found)
    assert agreed_time_text(None) == "" and agreed_time_text({"broken": 1}) == ""


@pytest.mark.parametrize(
    "text, lang, shown",
    [
        ("i starten af januar", "da", "from 1 Jan 2027"),
        ("as soon as possible", "en", "Tue 1 Dec"),
        ("om en halv time", "da", "Tue 1 Dec 11:00"),
    ],
)
def test_an_agreed_time_reads_the_same_after_it_is_stored(text, lang, shown):
    """Periods and 'soon' times go through the transcript's schema and the store's JSON."""
    found = read_time(text, lang, NOW)
    stored = AgreedTimeData(**found.to_json())
    assert stored.soon == found.soon
    assert shown in agreed_time_text(stored)
    assert agreed_time_text(stored) == agreed_time_text(found)
    assert agreed_time_text(stored.model_dump(mode="json")) == agreed_time_text(found)


@pytest.mark.parametrize(
    "lang, text, start",
    [
        # NOW is a Tuesday: "next Wednesday" is next week's, "on Wednesday" tomorrow's.
        ("en", "Could I come over next Wednesday at eleven?", datetime(2026, 12, 9, 11, 0)),
        ("en", "Could I come over on Wednesday at eleven?", datetime(2026, 12, 2, 11, 0)),
        ("sv", "kan jag ringa nästa onsdag klockan nio", datetime(2026, 12, 9, 9, 0)),
        ("da", "må jeg ringe næste onsdag klokken ni", datetime(2026, 12, 9, 9, 0)),
        ("en", "next monday at 9 then", datetime(2026, 12, 7, 9, 0)),
    ],
)
def test_next_weekday_is_that_day_in_the_coming_week(lang, text, start):
    assert read_time(text, lang, NOW).start == start


@pytest.mark.parametrize(
    "lang, text, start",
    [
        (
            "en",
            "Next Wednesday at eleven, and you show me how it works today?",
            datetime(2026, 12, 9, 11, 0),
        ),
        ("en", "I'll call today at three, not Friday.", datetime(2026, 12, 1, 15, 0)),
        (
            "sv",
            "i morgon har jag inte tid, men på fredag klockan tio",
            datetime(2026, 12, 4, 10, 0),
        ),
    ],
)
def test_the_day_meant_is_the_one_named_next_to_the_clock_time(lang, text, start):
    assert read_time(text, lang, NOW).start == start


# --- days of the month in words, "after lunch", the first week of a month -------------------


@pytest.mark.parametrize(
    "lang, text, start, precision, label",
    [
        # Ordinal words, as said and as a recogniser writes them.
        (
            "en",
            "Shall I ring you on the fifth of January at ten?",
            "2027-01-05 10:00",
            "minute",
            "5 January at ten",
        ),
        ("en", "the 5th of January at ten", "2027-01-05 10:00", "minute", "5 January at ten"),
        ("en", "January the fifth at ten", "2027-01-05 10:00", "minute", "5 January at ten"),
        ("en", "twenty first of January", "2027-01-21 09:00", "day", "21 January"),
        ("en", "the twenty-first of january", "2027-01-21 09:00", "day", "21 January"),
        ("en", "could I call you on the fifth", "2026-12-05 09:00", "day", "Saturday"),
        ("en", "on the twenty-second at two", "2026-12-22 14:00", "minute", "22 December at two"),
        ("en", "on the thirty-first", "2026-12-31 09:00", "day", "31 December"),
        ("en", "how about the 2nd", "2026-12-02 09:00", "day", "tomorrow"),
        ("en", "second of March", "2027-03-02 09:00", "day", "2 March"),
        ("sv", "måndag den elfte januari klockan nio", "2027-01-11 09:00", "minute", None),
        ("sv", "den femte klockan tio", "2026-12-05 10:00", "minute", "lördag klockan tio"),
        ("sv", "den tolfte", "2026-12-12 09:00", "day", "den 12 december"),
        ("sv", "den 5:e januari", "2027-01-05 09:00", "day", "den 5 januari"),
        ("sv", "den 3:e", "2026-12-03 09:00", "day", "torsdag"),
        ("sv", "den trettioförsta december", "2026-12-31 09:00", "day", "den 31 december"),
        ("sv", "den andra januari", "2027-01-02 09:00", "day", "den 2 januari"),
        (
            "da",
            "kan jeg ringe dig i januar den femte klokken ti",
            "2027-01-05 10:00",
            "minute",
            "den 5. januar klokken ti",
        ),
        (
            "da",
            "kan jeg ringe dig i januar den tolvte klokken ti",
            "2027-01-12 10:00",
            "minute",
            "den 12. januar klokken ti",
        ),
        (
            "da",
            "et møde den syvende januar klokken ti",
            "2027-01-07 10:00",
            "minute",
            "den 7. januar klokken ti",
        ),
        ("da", "den anden januar", "2027-01-02 09:00", "day", "den 2. januar"),
        ("da", "den 5. januar", "2027-01-05 09:00", "day", "den 5. januar"),
        ("da", "den femte", "2026-12-05 09:00", "day", "lørdag"),
        ("da", "den enogtyvende", "2026-12-21 09:00", "day", "den 21. december"),
        ("da", "den en og tyvende", "2026-12-21 09:00", "day", "den 21. december"),
        ("da", "den enogtredivte december kl. 9", "2026-12-31 09:00", "minute", None),
        # A weekday with its day: the nearest day to come on which they agree.
        ("sv", "torsdag den tjugoförsta", "2027-01-21 09:00", "day", "den 21 januari"),
        ("sv", "torsdag den tjugo första", "2027-01-21 09:00", "day", "den 21 januari"),
        ("da", "mandag den fjerde", "2027-01-04 09:00", "day", "den 4. januar"),
        ("en", "Monday the 4th", "2027-01-04 09:00", "day", "4 January"),
        ("en", "monday the fourth at nine", "2027-01-04 09:00", "minute", "4 January at nine"),
        ("en", "Monday the 7th", "2026-12-07 09:00", "day", "Monday"),
        # "after lunch" is about one o'clock, and is said back as it was said.
        ("sv", "fredag efter lunch", "2026-12-04 13:00", "part", "fredag efter lunch"),
        ("sv", "i morgon efter lunch", "2026-12-02 13:00", "part", "i morgon efter lunch"),
        ("da", "fredag efter frokost", "2026-12-04 13:00", "part", "fredag efter frokost"),
        ("en", "Friday after lunch", "2026-12-04 13:00", "part", "Friday after lunch"),
        ("sv", "efter lunch klockan ett", "2026-12-01 13:00", "minute", "i dag klockan ett"),
        # The first week of a month is a named period, said back as it was said.
        (
            "en",
            "I'll ring you the first week of January",
            "2027-01-01 09:00",
            "period",
            "the first week of January",
        ),
        (
            "sv",
            "första veckan i januari",
            "2027-01-01 09:00",
            "period",
            "första veckan i januari",
        ),
        ("da", "første uge i januar", "2027-01-01 09:00", "period", "første uge i januar"),
        ("da", "den første uge af januar", "2027-01-01 09:00", "period", "første uge i januar"),
    ],
)
def test_days_of_the_month_in_words(lang, text, start, precision, label):
    found = read_time(text, lang, NOW)
    assert found is not None, text
    assert found.start == datetime.fromisoformat(start)
    assert found.precision == precision
    if label is not None:
        assert found.label == label


@pytest.mark.parametrize(
    "lang, text",
    [
        # An ordinal that ranks, means "the other" or qualifies a noun is no day.
        ("en", "I'd take the second"),
        ("en", "the second time we spoke"),
        ("en", "in the third quarter"),
        ("en", "the fifth one is better"),
        ("en", "first of all we have twenty trucks"),
        ("en", "the first may be cheaper"),
        ("sv", "jag tar den andra"),
        ("sv", "den första var bättre"),
        ("sv", "första veckan"),
        ("sv", "den andra veckan"),
        ("sv", "för det andra är priset högt"),
        ("sv", "andra kunder gör så"),
        ("da", "jeg tager den anden"),
        ("da", "den anden dag ringede han"),
        ("da", "for det andet er prisen høj"),
        ("da", "den tredje person"),
    ],
)
def test_ordinals_that_name_no_day(lang, text):
    assert read_time(text, lang, NOW) is None


@pytest.mark.parametrize(
    "lang, text, start",
    [
        # "first"/"andra"/"anden" alone are a day with a clock time after them.
        ("en", "the second at ten", datetime(2026, 12, 2, 10, 0)),
        ("sv", "den andra klockan tio", datetime(2026, 12, 2, 10, 0)),
        ("da", "den anden klokken ti", datetime(2026, 12, 2, 10, 0)),
        # ... or after a weekday.
        ("da", "tirsdag den første", datetime(2026, 12, 1, 9, 0)),
        # A weekday and a day that agree on no date within two months: the day of the month.
        ("en", "monday the 8th", datetime(2026, 12, 8, 9, 0)),
        ("sv", "tisdag den andra", datetime(2026, 12, 2, 9, 0)),
        # With the month named, the date as said, whatever the weekday (8 January is a Friday).
        ("da", "mandag den 8. januar", datetime(2027, 1, 8, 9, 0)),
        # A day of the month alone takes the month being planned, named before it...
        ("en", "start of March then, the second at ten?", datetime(2027, 3, 2, 10, 0)),
        ("sv", "i slutet av januari, säg den tjugofemte", datetime(2027, 1, 25, 9, 0)),
        ("da", "i starten af februar, skal vi sige den tredje", datetime(2027, 2, 3, 9, 0)),
        # ... not one named after it as another option.
        ("en", "how does the 20th look, or early March", datetime(2026, 12, 20, 9, 0)),
        # "after lunch" elsewhere in the turn does not make "klokken otte" 20:00.
        ("da", "onsdag klokken otte eller fredag efter frokost", datetime(2026, 12, 2, 8, 0)),
    ],
)
def test_ordinal_days_where_they_stand(lang, text, start):
    assert read_time(text, lang, NOW).start == start


@pytest.mark.parametrize(
    "lang, text, said",
    [
        ("sv", "fredag efter lunch", "Fredag efter lunch, då."),
        ("da", "fredag efter frokost", "Fredag efter frokost, så."),
        ("en", "Shall I ring you on the fifth of January at ten?", "5 January at ten, then."),
        ("sv", "måndag den elfte januari klockan nio", "Den 11 januari klockan nio, då."),
        ("da", "første uge i januar", "Første uge i januar, så."),
    ],
)
def test_the_prospect_says_ordinal_days_and_after_lunch_back(lang, text, said):
    assert confirm(read_time(text, lang, NOW).label, lang) == said


@pytest.mark.parametrize(
    "lang, text, due, deadline",
    [
        (
            "da",
            "Jeg ringer dig tilbage om en halv time med prisen.",
            datetime(2026, 12, 1, 11, 0),
            False,
        ),
        ("da", "vi ringer inden for en time", datetime(2026, 12, 1, 11, 30), True),
        ("da", "jeg ringer om et kvarter", datetime(2026, 12, 1, 10, 45), False),
        ("sv", "jag ringer upp dig om tio minuter", datetime(2026, 12, 1, 10, 40), False),
        ("sv", "vi hör av oss inom en timme", datetime(2026, 12, 1, 11, 30), True),
        ("en", "I'll call you back within the hour", datetime(2026, 12, 1, 11, 30), True),
        ("en", "someone will ring you in half an hour", datetime(2026, 12, 1, 11, 0), False),
        ("en", "we'll get back to you in a couple of hours", datetime(2026, 12, 1, 12, 30), False),
    ],
)
def test_a_call_back_within_a_while_falls_due_then_and_is_said_as_said(lang, text, due, deadline):
    time = read_time(text, lang, NOW)
    assert time is not None and time.soon
    assert (time.start, time.precision, time.deadline) == (due, "minute", deadline)
    assert time.label in normalise(text)


@pytest.mark.parametrize(
    "lang, text, said",
    [
        ("da", "så får jeg en til at ringe dig tilbage hurtigst muligt", "hurtigst muligt"),
        ("sv", "jag ringer så snart jag kan", "så snart jag kan"),
        ("en", "I'll have someone call you back as soon as possible", "as soon as possible"),
    ],
)
def test_as_soon_as_possible_is_a_promise_without_a_clock_time(lang, text, said):
    time = read_time(text, lang, NOW)
    assert time is not None and time.soon and time.precision == "period"
    assert time.label == said and time.start == NOW
    assert AgreedTime.from_json(time.to_json()) == time


@pytest.mark.parametrize(
    "lang, text, start",
    [
        ("da", "i morgen tidlig klokken halv syv", datetime(2026, 12, 2, 6, 30)),
        ("en", "first thing tomorrow at half six", datetime(2026, 12, 2, 6, 30)),
        ("sv", "i morgon bitti vid sex", datetime(2026, 12, 2, 6, 0)),
        ("sv", "på torsdag klockan fjorton", datetime(2026, 12, 3, 14, 0)),
        ("da", "i morgen klokken sytten", datetime(2026, 12, 2, 17, 0)),
    ],
)
def test_early_mornings_and_hours_past_twelve_in_words(lang, text, start):
    assert read_time(text, lang, NOW).start == start


# --- a time corrected in the same turn -------------------------------------------------------


@pytest.mark.parametrize(
    "lang, text, start, precision, label",
    [
        (
            "en",
            "How about a call on Thursday at two? Actually no, sorry, can we make it Friday "
            "morning instead?",
            "2026-12-04 09:00",
            "part",
            "Friday morning",
        ),
        (
            "en",
            "Can I call you on the 7th of January at 10, no sorry, the 8th of January at 10?",
            "2027-01-08 10:00",
            "minute",
            "8 January at ten",
        ),
        ("en", "Thursday at two, or rather Friday at ten", "2026-12-04 10:00", "minute", None),
        ("en", "Thursday at two. Make that Friday at ten.", "2026-12-04 10:00", "minute", None),
        (
            "en",
            "Let's say Thursday at two. Sorry, I mean Friday at two.",
            "2026-12-04 14:00",
            "minute",
            "Friday at two",
        ),
        ("en", "Can we do Friday instead of Thursday?", "2026-12-04 09:00", "day", "Friday"),
        ("en", "Instead of Thursday, can we do Friday at ten?", "2026-12-04 10:00", "minute", None),
        (
            "da",
            "Kan jeg ringe til dig den 7. januar klokken 10, nej undskyld, den 8. januar klokken 10?",
            "2027-01-08 10:00",
            "minute",
            "den 8. januar klokken ti",
        ),
        (
            "da",
            "Kan du komme onsdag klokken otte? Nej vent, onsdag er fyldt, kan du torsdag klokken otte?",
            "2026-12-03 08:00",
            "minute",
            "torsdag klokken otte",
        ),
        (
            "da",
            "Hvad med torsdag klokken to? Nej undskyld, kan vi tage fredag formiddag i stedet?",
            "2026-12-04 10:00",
            "part",
            "fredag formiddag",
        ),
        (
            "da",
            "torsdag klokken to, eller rettere fredag klokken ti",
            "2026-12-04 10:00",
            "minute",
            None,
        ),
        (
            "da",
            "torsdag klokken to, jeg mener fredag klokken to",
            "2026-12-04 14:00",
            "minute",
            None,
        ),
        ("da", "onsdag passer ikke, hellere fredag klokken ti", "2026-12-04 10:00", "minute", None),
        # "i stedet" after the time: the time before it, read on to the clock time after it.
        (
            "da",
            "Jeg ringer i morgen i stedet. Passer det ved 10-tiden?",
            "2026-12-02 10:00",
            "minute",
            "i morgen klokken ti",
        ),
        ("da", "kan vi tage fredag i stedet for torsdag", "2026-12-04 09:00", "day", "fredag"),
        (
            "sv",
            "Kan jag ringa dig den 7 januari klockan 10, nej förlåt, den 8 januari klockan 10?",
            "2027-01-08 10:00",
            "minute",
            "den 8 januari klockan tio",
        ),
        (
            "sv",
            "Passar onsdag klockan åtta? Jag menar torsdag klockan åtta.",
            "2026-12-03 08:00",
            "minute",
            "torsdag klockan åtta",
        ),
        (
            "sv",
            "Hur låter torsdag klockan två? Nej förlåt, kan vi ta fredag förmiddag i stället?",
            "2026-12-04 10:00",
            "part",
            "fredag förmiddag",
        ),
        (
            "sv",
            "torsdag klockan två, förresten, fredag passar bättre",
            "2026-12-04 09:00",
            "day",
            None,
        ),
        (
            "sv",
            "torsdag klockan två, eller hellre fredag klockan tio",
            "2026-12-04 10:00",
            "minute",
            None,
        ),
        ("sv", "kan vi ta fredag istället för torsdag", "2026-12-04 09:00", "day", "fredag"),
    ],
)
def test_a_time_corrected_in_the_turn_is_the_one_meant(lang, text, start, precision, label):
    found = read_time(text, lang, NOW)
    assert found is not None, text
    assert (found.start, found.precision) == (datetime.fromisoformat(start), precision)
    if label is not None:
        assert found.label == label


@pytest.mark.parametrize(
    "lang, text, start",
    [
        # Two alternatives and no correction: the first is read, as before.
        ("en", "Thursday at two or Friday at ten?", "2026-12-03 14:00"),
        ("da", "onsdag klokken otte eller torsdag klokken ni", "2026-12-02 08:00"),
        ("sv", "onsdag klockan åtta eller torsdag klockan nio", "2026-12-02 08:00"),
        # A correction word with no time after it changes nothing.
        ("en", "Thursday at two, actually", "2026-12-03 14:00"),
        ("en", "Actually, can I call you Thursday at two?", "2026-12-03 14:00"),
        ("sv", "torsdag klockan två, jag menar om det passar", "2026-12-03 14:00"),
        ("da", "torsdag klokken to, jeg mener hvis det passer", "2026-12-03 14:00"),
    ],
)
def test_a_turn_that_corrects_no_time_reads_as_before(lang, text, start):
    assert read_time(text, lang, NOW).start == datetime.fromisoformat(start)


@pytest.mark.parametrize(
    "lang, text",
    [
        ("en", "we use it instead of Excel"),
        ("en", "actually we just use Excel"),
        ("sv", "vi använder det i stället för Excel"),
        ("sv", "tio minuter istället för en kväll"),
        ("da", "vi bruger det i stedet for Excel"),
        ("da", "nej undskyld, det var ikke sådan ment"),
    ],
)
def test_instead_of_something_else_names_no_time(lang, text):
    assert read_time(text, lang, NOW) is None


@pytest.mark.parametrize(
    "lang, text, start",
    [
        # An am/pm word or part of the day qualifies only the clock time it is said with.
        ("en", "Thursday at two or Friday morning", "2026-12-03 14:00"),
        ("sv", "torsdag klockan två eller fredag förmiddag", "2026-12-03 14:00"),
        ("da", "torsdag klokken to eller fredag formiddag", "2026-12-03 14:00"),
        ("en", "yeah friday, drop it off first thing and pick it up at five", "2026-12-04 17:00"),
        ("da", "torsdag klokken elleve, og jeg ringer i aften", "2026-12-03 11:00"),
        # ... and still the one it is said with.
        ("en", "tomorrow at eight in the evening", "2026-12-02 20:00"),
        ("en", "at eleven at night", "2026-12-01 23:00"),
        ("da", "klokken otte om aftenen", "2026-12-01 20:00"),
        ("sv", "i morgon klockan sju på kvällen", "2026-12-02 19:00"),
    ],
)
def test_am_and_pm_qualify_the_clock_time_they_are_said_with(lang, text, start):
    assert read_time(text, lang, NOW).start == datetime.fromisoformat(start)


# --- "titiden", "tiotiden": a number word and "tiden" as one word ---------------------------


@pytest.mark.parametrize(
    "lang, text, start, label",
    [
        (
            "da",
            "torsdag i næste uge ved titiden",
            "2026-12-10 10:00",
            "den 10. december klokken ti",
        ),
        ("da", "på fredag ved ottetiden", "2026-12-04 08:00", "fredag klokken otte"),
        ("da", "jeg ringer ved ni-tiden i morgen", "2026-12-02 09:00", "i morgen klokken ni"),
        ("da", "på torsdag ved elvetiden", "2026-12-03 11:00", "torsdag klokken elleve"),
        ("da", "i morgen ved ti tiden", "2026-12-02 10:00", "i morgen klokken ti"),
        ("da", "i morgen eftermiddag ved tretiden", "2026-12-02 15:00", "i morgen klokken tre"),
        ("sv", "i morgon vid tiotiden", "2026-12-02 10:00", "i morgon klockan tio"),
        ("sv", "på fredag vid niotiden", "2026-12-04 09:00", "fredag klockan nio"),
        ("sv", "på torsdag vid åttatiden", "2026-12-03 08:00", "torsdag klockan åtta"),
        ("sv", "i morgon vid tvåtiden", "2026-12-02 14:00", "i morgon klockan två"),
    ],
)
def test_an_hour_and_tiden_in_one_word_is_around_that_hour(lang, text, start, label):
    found = read_time(text, lang, NOW)
    assert found is not None, text
    assert (found.start, found.precision) == (datetime.fromisoformat(start), "minute")
    assert found.label == label


@pytest.mark.parametrize(
    "lang, text",
    [("da", "det sker hele tiden"), ("sv", "på den tiden"), ("da", "det var på tiden")],
)
def test_tiden_without_an_hour_is_no_time(lang, text):
    assert read_time(text, lang, NOW) is None


# --- two weeks ahead ------------------------------------------------------------------------


@pytest.mark.parametrize(
    "lang, text, start, precision, label",
    [
        (
            "en",
            "Can I call you the week after next, Tuesday at ten?",
            "2026-12-15 10:00",
            "minute",
            "15 December at ten",
        ),
        ("en", "the week after next", "2026-12-14 09:00", "period", "the week after next"),
        ("en", "I'll ring you in two weeks", "2026-12-15 09:00", "day", "15 December"),
        ("en", "in two weeks on Thursday", "2026-12-17 09:00", "day", "17 December"),
        ("en", "in 14 days at ten", "2026-12-15 10:00", "minute", "15 December at ten"),
        ("sv", "om två veckor", "2026-12-15 09:00", "day", "den 15 december"),
        ("sv", "om fjorton dagar", "2026-12-15 09:00", "day", "den 15 december"),
        ("sv", "veckan efter nästa", "2026-12-14 09:00", "period", "veckan efter nästa"),
        ("sv", "nästnästa vecka", "2026-12-14 09:00", "period", "nästnästa vecka"),
        ("sv", "nästnästa vecka på onsdag", "2026-12-16 09:00", "day", "den 16 december"),
        (
            "sv",
            "tisdag veckan efter nästa klockan tio",
            "2026-12-15 10:00",
            "minute",
            "den 15 december klockan tio",
        ),
        ("sv", "om två veckor på fredag", "2026-12-18 09:00", "day", "den 18 december"),
        ("da", "om to uger", "2026-12-15 09:00", "day", "den 15. december"),
        (
            "da",
            "om 14 dage klokken 10",
            "2026-12-15 10:00",
            "minute",
            "den 15. december klokken ti",
        ),
        ("da", "ugen efter næste", "2026-12-14 09:00", "period", "ugen efter næste"),
        ("da", "i overnæste uge", "2026-12-14 09:00", "period", "i overnæste uge"),
        ("da", "torsdag i overnæste uge", "2026-12-17 09:00", "day", "den 17. december"),
        (
            "da",
            "om to uger på torsdag klokken ti",
            "2026-12-17 10:00",
            "minute",
            "den 17. december klokken ti",
        ),
    ],
)
def test_two_weeks_ahead(lang, text, start, precision, label):
    found = read_time(text, lang, NOW)
    assert found is not None, text
    assert (found.start, found.precision) == (datetime.fromisoformat(start), precision)
    assert found.label == label


# --- "before lunch" is a deadline -----------------------------------------------------------


@pytest.mark.parametrize(
    "lang, text, start, label",
    [
        ("da", "jeg ringer dig tilbage inden frokost", "2026-12-01 12:00", "i dag inden frokost"),
        ("da", "jeg ringer før frokost i morgen", "2026-12-02 12:00", "i morgen inden frokost"),
        ("sv", "jag ringer tillbaka före lunch", "2026-12-01 12:00", "i dag före lunch"),
        ("sv", "innan lunch på fredag", "2026-12-04 12:00", "fredag före lunch"),
        ("en", "I'll call you back before lunch", "2026-12-01 12:00", "today before lunch"),
        ("en", "by lunchtime tomorrow", "2026-12-02 12:00", "tomorrow before lunch"),
        (
            "en",
            "we'll call you back before the end of the day",
            "2026-12-01 16:00",
            "today before the end of the day",
        ),
    ],
)
def test_before_lunch_is_a_deadline_and_said_back_as_one(lang, text, start, label):
    found = read_time(text, lang, NOW)
    assert found is not None, text
    assert (found.start, found.precision) == (datetime.fromisoformat(start), "part")
    assert found.deadline and found.label == label
    assert AgreedTime.from_json(found.to_json()) == found


def test_after_lunch_is_no_deadline():
    for lang, text in [("da", "efter frokost"), ("sv", "efter lunch"), ("en", "after lunch")]:
        assert not read_time(text, lang, NOW).deadline
    assert confirm(read_time("inden frokost", "da", NOW).label, "da") == "I dag inden frokost, så."
    assert agreed_time_text(read_time("before lunch", "en", NOW), short=True) == "before Tue 1 Dec"


@pytest.mark.parametrize(
    "lang, text, start",
    [
        ("en", "Friday's fine.", "2026-12-04 09:00"),
        ("en", "Half twelve's fine.", "2026-12-01 12:30"),
        ("en", "Morning's best, tomorrow.", "2026-12-02 09:00"),
        ("en", "could I show you on a quick call, say tuesday-ish?", "2026-12-08 09:00"),
        ("en", "ring me at nine am", "2026-12-02 09:00"),
        ("sv", "torsdag kl tre em", "2026-12-03 15:00"),
    ],
)
def test_times_glued_to_an_s_or_a_suffix_are_read(lang, text, start):
    found = read_time(text, lang, NOW)
    assert found is not None and found.start == datetime.fromisoformat(start)


@pytest.mark.parametrize(
    "lang, text",
    [
        ("en", "I am calling because we were founded in 2009 and have 400 customers."),
        ("en", "May I take thirty seconds?"),
        ("da", "Vi har 2100 kunder og 250 ansatte."),
        ("sv", "Vi sparar 20 procent åt 300 åkerier."),
    ],
)
def test_years_counts_and_may_as_a_verb_name_no_time(lang, text):
    assert read_time(text, lang, NOW) is None
