"""Times as people say them, resolved against the call's own date (Tuesday 1 December 2026, 10:30)."""

from __future__ import annotations

from datetime import datetime

import pytest

from trainer.core.acts.times import agreed_time_text, confirm, fill_time, read_time

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
        ("sv", "om tio minuter"),
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
