"""Times as people say them, resolved against the call's own date (Tuesday 1 December 2026, 10:30)."""

from __future__ import annotations

from datetime import datetime

import pytest

from trainer.core.acts.times import AgreedTime, agreed_time_text, confirm, fill_time, read_time
from trainer.core.language import normalise

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
