"""Read the time a trainee names ("Thursday at 9", "halv fyra i dag", "efter nytår") and say it back.

dateparser reads calendar dates ("mandag den 8. januar", "the 5th of January"); it does not
read clock times in words or half hours ("halv fyra", "half three", "inden klokken halv tre"),
nor days of the month in words ("the fifth of January", "den elfte januari"), and takes
"Friday at 10" for October, so the time of day, ordinal days, weekdays, parts of the day and
named periods are read here from per-language word lists (lang/*.yaml). Everything is resolved
against the call's own date and time, so a stored call keeps its meaning. A turn that corrects
itself ("Thursday at two? Actually no, Friday morning") means the time named after the correction.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, replace
from datetime import date, datetime, timedelta
from functools import cache, lru_cache
from pathlib import Path
from typing import Any, Literal

import yaml

from trainer.core.language import language_code, normalise, pack
from trainer.core.prefilter import Prefiltered

LANG_DIR = Path(__file__).resolve().parent / "lang"
Precision = Literal["minute", "part", "day", "period"]
_BUSINESS_PM = 6  # "at 3" on a business call means 15:00; "at 7" means 07:00


@dataclass(frozen=True)
class AgreedTime:
    """A time named in a call, resolved to a moment (or the start of a named period)."""

    phrase: str
    start: datetime
    precision: Precision
    label: str
    deadline: bool = False
    soon: bool = False  # "om en halv time", "hurtigst muligt": due within a while of the call

    def to_json(self) -> dict[str, Any]:
        out: dict[str, Any] = {
            "phrase": self.phrase,
            "start": self.start.isoformat(timespec="minutes"),
            "precision": self.precision,
            "label": self.label,
            "deadline": self.deadline,
        }
        if self.soon:
            out["soon"] = True
        return out

    @classmethod
    def from_json(cls, data: dict[str, Any]) -> AgreedTime:
        return cls(
            phrase=str(data.get("phrase", "")),
            start=datetime.fromisoformat(str(data["start"])),
            precision=data.get("precision", "minute"),
            label=str(data.get("label", "")),
            deadline=bool(data.get("deadline", False)),
            soon=bool(data.get("soon", False)),
        )


def _alt(words) -> str:
    return "|".join(re.escape(w) for w in sorted(set(words), key=len, reverse=True))


def _spellings(word: str) -> list[str]:
    """An ordinal as a recogniser may write it: "-" marks where it may be split or joined
    (twenty-first, twenty first, twentyfirst; en og tyvende, enogtyvende)."""
    return [word, word.replace("-", " "), word.replace("-", "")]


@dataclass(frozen=True)
class _Lang:
    code: str
    data: dict[str, Any]
    numbers: dict[str, int]
    ordinals: dict[str, int]
    choice_ordinals: frozenset[str]
    clock: re.Pattern[str]
    half: Prefiltered
    quarter: Prefiltered
    minutes: Prefiltered
    tiden: Prefiltered
    relative: Prefiltered
    weekday: Prefiltered
    next_week: re.Pattern[str]
    date: Prefiltered
    day_of_month: Prefiltered
    not_day: re.Pattern[str]
    week_number: Prefiltered
    month_part: Prefiltered
    month: Prefiltered
    holidays: list[tuple[Prefiltered, dict[str, Any]]]
    day_part: Prefiltered
    before: Prefiltered
    starts_before: re.Pattern[str]
    am: Prefiltered
    pm: Prefiltered
    soon: Prefiltered
    asap: Prefiltered
    in_two_weeks: Prefiltered
    part_before: Prefiltered
    correction: Prefiltered
    rejection: Prefiltered
    breaks: Prefiltered


@cache
def _lang(code: str) -> _Lang:
    code = language_code(code)
    d = yaml.safe_load((LANG_DIR / f"{code}.yaml").read_text(encoding="utf-8"))
    nums = {str(k): int(v) for k, v in d["numbers"].items()}
    quarter_words = set(d["quarter"])
    # "klockan fjorton", "klokken sytten": the teens are hours too, in words as in digits.
    hour_words = (k for k, v in nums.items() if v <= 19 and k not in quarter_words)
    hour = rf"(?:\d{{1,2}}|{_alt(hour_words)})"
    # "at one point", "vid en tidpunkt": "one" after a weak marker is no hour.
    weak_hour = rf"(?:\d{{1,2}}(?=[:.\s]|$)|{_alt(k for k, v in nums.items() if 1 < v <= 12)})"
    num = rf"(?:\d{{1,2}}|{_alt(nums)})"
    not_time = rf"(?!\s+(?:{_alt(d['not_times'])})\b)"
    markers = _alt(d["clock_markers"])
    strong = _alt(d["strong_markers"] or ["§"])
    past, to = _alt(d["past"]), _alt(d["to"])
    months = _alt(d["months"])
    ordinals = {w: int(n) for k, n in d["ordinals"].items() for w in _spellings(str(k))}
    ordinal = _alt(ordinals)
    digit_day = r"\d{1,2}(?:st|nd|rd|th|:?e| e)?"  # 5th, 5:e (normalised to "5 e"), 5. ("5")
    return _Lang(
        code=code,
        data=d,
        numbers=nums,
        ordinals=ordinals,
        choice_ordinals=frozenset(w for k in d["choice_ordinals"] for w in _spellings(str(k))),
        clock=re.compile(
            rf"\b(?:(?:{strong})\s+(?P<h>{hour})(?:[:.](?P<m>\d{{2}}))?"
            rf"|(?:{markers}|{_alt(d['before'])})\s+(?P<h5>{weak_hour})(?:[:.](?P<m5>\d{{2}}))?"
            rf"|(?P<h2>\d{{1,2}})[:.](?P<m2>\d{{2}})"
            rf"|(?P<h3>\d{{1,2}}|{hour})\s*(?P<ap>am|pm|a m|p m)"
            rf"|(?P<h4>{hour})\s+o'?clock)\b{not_time}"
        ),
        half=Prefiltered(
            re.compile(
                rf"\b(?:{_alt(d['half']['words'])})\s+(?:(?:{_alt(d['half']['past_words'] or ['§'])})\s+)?"
                rf"(?P<h>{hour})\b{not_time}"
            )
        ),
        quarter=Prefiltered(
            re.compile(
                rf"\b(?:a\s+)?(?:{_alt(d['quarter'])})\s+(?P<dir>{past}|{to})\s+(?P<h>{hour})\b{not_time}"
            )
        ),
        minutes=Prefiltered(
            re.compile(
                rf"\b(?P<n>{num})\s+(?:minutes?\s+|minuter\s+|minutter\s+)?(?P<dir>{past}|{to})\s+(?P<h>{hour})\b{not_time}"
            )
        ),
        # "10-tiden", "ti tiden", "titiden", "ved elvetiden": around that hour.
        tiden=Prefiltered(
            re.compile(rf"\b(?P<h>{hour}|{_alt(d['tiden_hours'] or ['§'])})\s*-?\s*tiden\b")
        ),
        relative=Prefiltered(re.compile(rf"\b(?:{_alt(d['relative_days'])})\b")),
        weekday=Prefiltered(
            re.compile(
                rf"\b(?:(?P<next>{_alt(d['next_words'])})\s+)?(?P<w>{_alt(d['weekdays'])})\b"
            )
        ),
        next_week=re.compile(rf"\s+{_NEXT_WEEK[code]}\b"),
        day_of_month=Prefiltered(
            re.compile(_DAY_OF_MONTH[code].format(ordinal=ordinal) + not_time)
        ),
        not_day=re.compile(rf"\s+(?:{_alt(d['not_days'])})"),
        week_number=Prefiltered(re.compile(rf"\b(?:{_WEEK_NUMBER[code]}) (?P<n>\d{{1,2}})\b")),
        date=Prefiltered(
            re.compile(
                rf"\b(?:(?P<d1>{digit_day})\s+(?:of\s+)?(?P<m1>{months})"
                rf"|(?P<o1>{ordinal})\s+{_ORDINAL_OF[code]}(?P<m3>{months})"
                rf"|(?P<m2>{months})\s+(?:(?:the|den)\s+)?(?P<d2>{digit_day}|{ordinal}))\b{not_time}"
            )
        ),
        month_part=Prefiltered(
            re.compile(rf"\b(?P<p>{_alt(d['month_parts'])})\s+(?P<m>{months})\b")
        ),
        month=Prefiltered(re.compile(rf"\b(?:in|i|på|om)\s+(?P<m>{months})\b")),
        holidays=[
            (Prefiltered(re.compile(rf"\b(?:{_alt(h['words'])})\b")), h) for h in d["holidays"]
        ],
        day_part=Prefiltered(re.compile(rf"\b(?:{_alt(str(k) for k in d['day_parts'])})\b")),
        before=Prefiltered(
            re.compile(rf"\b(?:{_alt(d['before'])})\s+(?:(?:{strong}|{markers})\s+)?$")
        ),
        starts_before=re.compile(rf"(?:{_alt(d['before'])})\b"),
        am=Prefiltered(re.compile(rf"\b(?:{_alt(d['am'])})\b")),
        pm=Prefiltered(re.compile(rf"\b(?:{_alt(d['pm'])})\b")),
        soon=Prefiltered(
            re.compile(
                rf"\b(?P<lead>{_alt(d['soon_leads'])})\s+(?:(?P<n>\d{{1,3}}|{_alt(d['soon_counts'])})\s+)?"
                rf"(?P<u>{_alt(d['soon_units'])})\b(?!\s+(?:{_alt(d['soon_not_after'])})\b)"
            )
        ),
        asap=Prefiltered(re.compile(rf"\b(?:{_alt(d['asap'])})\b")),
        in_two_weeks=Prefiltered(re.compile(rf"\b(?:{_alt(d['in_two_weeks'])})\b")),
        # "before lunch", "by the end of the day", "senest ved frokost": a deadline.
        part_before=Prefiltered(
            re.compile(rf"\b(?:{_alt(d['before'])})\s+(?:(?:the|{markers})\s+)?$")
        ),
        correction=Prefiltered(re.compile(rf"\b(?P<c>{_alt(d['corrections'])})\b")),
        rejection=Prefiltered(re.compile(rf"\b(?:{_alt(d['rejections'])})\b")),
        breaks=Prefiltered(
            re.compile(rf"\b(?:{_alt([*d['breaks'], *d['corrections'], *d['rejections']])})\b")
        ),
    )


def _number(token: str, lang: _Lang) -> int:
    return int(token) if token.isdigit() else lang.numbers[token]


def _day_number(token: str, lang: _Lang) -> int:
    """A day of the month as written: "5th", "5 e", "5", "fifth", "tjugoförsta"."""
    digits = re.match(r"\d+", token)
    return int(digits.group(0)) if digits else lang.ordinals[token]


def _names_day(
    norm: str, m: re.Match[str], token: str, lang: _Lang, near: int | None, alone: bool
) -> bool:
    """Whether a day of the month that ends `m` names a day where it stands.

    A noun after it makes it an ordinary ordinal ("den andra veckan", "the third quarter"), and
    "first"/"andra"/"anden" also rank choices or mean "the other" ("jag tar den andra"), so
    alone (no month or weekday by it) they need a clock time after them. A clock time right
    after settles it either way ("den femte kvart över nio", "the second at ten").
    """
    if near is not None and 0 <= near - m.end() <= 1:
        return True
    if alone and token in lang.choice_ordinals:
        return False
    return not lang.not_day.match(norm, m.end())


@dataclass(frozen=True)
class _Clock:
    hour: int
    minute: int
    span: tuple[int, int]
    ampm: str | None = None


def _clock(norm: str, lang: _Lang) -> _Clock | None:
    """The first clock time in the text, in 24-hour form where the words say so."""
    found = _clocks(norm, lang)
    if not found:
        return None
    first = min(found, key=lambda c: (c.span[0], -(c.span[1] - c.span[0])))
    if first.hour == 0 and first.ampm is None:
        first = replace(first, hour=12)  # "halv et" = 12:30
    return first


def _clocks(norm: str, lang: _Lang) -> tuple[_Clock, ...]:
    """Every clock time in the text, as said (a word may be read by more than one pattern)."""
    return _clocks_in(norm, lang.code)


@lru_cache(maxsize=64)
def _clocks_in(norm: str, code: str) -> tuple[_Clock, ...]:
    """`_clocks`, cached: a turn's reading asks for its clock times, then for the words
    around them."""
    lang = _lang(code)
    found: list[_Clock] = []
    # Every clock time has its hour in digits or as a number word ("half twelve's fine").
    words = norm.replace("'", " ").split()
    if (
        not _DIGIT.search(norm)
        and "tiden" not in norm
        and _number_cues(lang.code)[0].isdisjoint(words)
    ):
        return ()
    after_half = lang.data["half"]["sense"] == "after"
    for m in lang.half.finditer(norm):
        h = _number(m["h"], lang)
        found.append(_Clock(h if after_half else h - 1, 30, m.span()))
    for m in lang.quarter.finditer(norm):
        h = _number(m["h"], lang)
        past = m["dir"] in lang.data["past"]
        found.append(_Clock(h if past else h - 1, 15 if past else 45, m.span()))
    for m in lang.minutes.finditer(norm):
        n, h = _number(m["n"], lang), _number(m["h"], lang)
        if n in (15,) and m.group(0).split()[0] in lang.data["quarter"]:
            continue
        if n > 30:
            continue
        past = m["dir"] in lang.data["past"]
        found.append(_Clock(h if past else h - 1, n if past else 60 - n, m.span()))
    for m in lang.tiden.finditer(norm):
        h = lang.data["tiden_hours"].get(m["h"]) or _number(m["h"], lang)
        found.append(_Clock(int(h), 0, m.span()))
    for m in lang.clock.finditer(norm):
        if m["h"]:
            h, mins, ap = _number(m["h"], lang), int(m["m"] or 0), None
        elif m["h5"]:
            h, mins, ap = _number(m["h5"], lang), int(m["m5"] or 0), None
            if m["m5"] is None and h > 12:
                continue  # "at 20 sites": a weak marker needs a plain hour or a colon
        elif m["h2"]:
            h, mins, ap = int(m["h2"]), int(m["m2"]), None
        elif m["h3"]:
            h, mins, ap = _number(m["h3"], lang), 0, m["ap"].replace(" ", "")
        else:
            h, mins, ap = _number(m["h4"], lang), 0, None
        found.append(_Clock(h, mins, m.span(), ap))
    return tuple(c for c in found if 0 <= c.hour <= 24 and 0 <= c.minute < 60)


def _hour24(
    clock: _Clock, norm: str, lang: _Lang, part_hour: int | None, window: tuple[int, int]
) -> int:
    """The hour on a 24-hour clock, by am/pm words and the part of the day in `window`
    (the words naming the same time as the clock), else by business hours."""
    h = clock.hour
    if clock.ampm == "pm" and h < 12:
        return h + 12
    if clock.ampm == "am":
        return 0 if h == 12 else h
    if clock.ampm == "24" or h >= 13:
        return h % 24
    # "after lunch" (13:00) says no more than the business default: 1-6 are pm already, and
    # "onsdag klokken otte eller fredag efter frokost" names two times, not 20:00.
    if lang.pm.search(norm, *window) or (part_hour is not None and part_hour >= 14):
        return h + 12 if h < 12 else h
    if lang.am.search(norm, *window) or (part_hour is not None and part_hour < 12):
        return h
    return h + 12 if 1 <= h <= _BUSINESS_PM else h


# Words that may stand among the words naming one time: "at eight if possible in the morning".
_MENTION_GAP = 3


def _anchors(norm: str, lang: _Lang) -> list[tuple[int, int, bool]]:
    """The words in the text that name (part of) a time, each with whether they name a day."""
    blanked = lang.relative.sub(lambda m: " " * len(m.group(0)), norm)
    days = (lang.weekday, lang.relative, lang.date, lang.day_of_month)
    others = [lang.am, lang.pm, lang.next_week, lang.in_two_weeks, lang.month_part, lang.month]
    others += [lang.week_number, *(pattern for pattern, _ in lang.holidays)]
    found = [(*c.span, False) for c in _clocks(norm, lang)]
    found += [(*m.span(), True) for pattern in days for m in pattern.finditer(norm)]
    found += [(*m.span(), False) for m in lang.day_part.finditer(blanked)]
    found += [(*m.span(), False) for pattern in others for m in pattern.finditer(norm)]
    return sorted(found)


def _mentions(norm: str, lang: _Lang) -> list[tuple[int, int]]:
    """The stretches of the text that each name one time: its words close together, one day
    among them ("Thursday at two or Friday morning" names two, "first thing tomorrow at half
    six" one). A recogniser writes no commas, so the words between are what parts them."""
    spans: list[tuple[int, int]] = []
    has_day = last_day = False
    for start, end, day in _anchors(norm, lang):
        if spans and _same_mention(norm, spans[-1][1], start, lang, day and has_day, last_day):
            spans[-1] = (spans[-1][0], max(spans[-1][1], end))
            has_day = has_day or day
        else:
            spans.append((start, end))
            has_day = day
        last_day = day
    return spans


def _same_mention(
    norm: str, end: int, start: int, lang: _Lang, second_day: bool, after_day: bool
) -> bool:
    """Whether time words at `start` go with the mention that ends at `end`.

    A second day is another time, unless it is the first one's date said with it ("mandag
    den 8. januar"); "or", "but", a correction between two times part them too.
    """
    if start <= end:
        return True  # the same words, read by two patterns
    gap = norm[end:start]
    if second_day:
        return after_day and bool(_WEEKDAY_GAP.fullmatch(gap))
    return len(gap.split()) <= _MENTION_GAP and not lang.breaks.search(gap)


def _mention_of(span: tuple[int, int], norm: str, lang: _Lang) -> tuple[int, int]:
    """The stretch naming the same time as the words at `span`."""
    return next((m for m in _mentions(norm, lang) if m[0] <= span[0] < m[1]), span)


def _mention_before(norm: str, end: int, lang: _Lang) -> int | None:
    """Where the time named right before `end` begins ("Friday morning | instead"); None if
    none ends there (a word between may stand: "Friday then instead")."""
    found = _mentions(norm[:end], lang)
    if found and len(norm[found[-1][1] : end].split()) <= 1:
        return found[-1][0]
    return None


def _day(norm: str, lang: _Lang, now: datetime, near: int | None = None) -> tuple[date | None, str]:
    """The day named (a relative day, a weekday or a calendar date) and the words that named it.

    With a clock time at `near`, the day named closest to it is the one meant ("next Wednesday
    at eleven, and you show me how it works today"); without one, a date, then a relative day,
    then a weekday. A weekday said with its date ("måndag den elfte januari", "Monday the 4th")
    names one day: see `_weekday_and_day`. "In two weeks" ("om 14 dage") is the day fourteen
    days on, and with a weekday, as "the week after next", that day in that week.
    """
    d = lang.data
    found: list[tuple[int, date, str]] = []
    weekdays = list(lang.weekday.finditer(norm))
    weekday = weekdays[0] if weekdays else None
    two_weeks = lang.in_two_weeks.search(norm)
    named = _calendar_day(norm, lang, now, near, weekday)
    if named is not None:
        m, day, number = named
        start = m.start()
        if weekday is not None and _said_with(norm, weekday, m):
            if number is not None:
                day = _weekday_and_day(int(d["weekdays"][weekday["w"]]), number, now)
            if day is not None:
                start, weekdays = weekday.start(), weekdays[1:]  # one day, said with its weekday
        if day is not None:
            found.append((start, day, norm[start : m.end()]))
    if two_weeks is not None and not weekdays and d["in_two_weeks"][two_weeks[0]] == "days":
        found.append((two_weeks.start(), now.date() + timedelta(days=14), two_weeks[0]))
    m = lang.relative.search(norm)
    if m:
        offset = _relative(lang, m.group(0))[0]
        found.append((m.start(), now.date() + timedelta(days=offset), m.group(0)))
    found += [_weekday_day(norm, w, lang, now, two_weeks) for w in weekdays]
    if not found:
        return None, ""
    if near is not None and len(found) > 1:
        _, day, phrase = min(found, key=lambda f: abs(f[0] - near))
        return day, phrase
    return found[0][1], found[0][2]


def _weekday_day(
    norm: str, weekday: re.Match[str], lang: _Lang, now: datetime, two_weeks: re.Match[str] | None
) -> tuple[int, date, str]:
    """Where a weekday is named, the day it names and its words: the first such day to come,
    or that day in the coming week ("next Tuesday", "tirsdag i næste uge") or in the week after
    ("the week after next, Tuesday", "tirsdag om to uger")."""
    d = lang.data
    wanted = int(d["weekdays"][weekday["w"]])
    week = lang.next_week.match(norm, weekday.end())
    if (weekday["next"] and weekday["next"] in (d.get("next_week_day") or ())) or week:
        ahead = 7 - now.weekday() + wanted  # that day in the coming calendar week
    else:
        ahead = (wanted - now.weekday()) % 7 or 7
    phrase = norm[weekday.start() : week.end()] if week else weekday.group(0)
    if two_weeks is not None:
        ahead = 14 - now.weekday() + wanted
        span = (*two_weeks.span(), *weekday.span())
        phrase = norm[min(span) : max(span)]
    return weekday.start(), now.date() + timedelta(days=ahead), phrase


def _calendar_day(
    norm: str, lang: _Lang, now: datetime, near: int | None, weekday: re.Match[str] | None
) -> tuple[re.Match[str], date | None, int | None] | None:
    """A date ("the fifth of January") or a day of the month alone ("den femte"): its words,
    the day it names (None for "31 February") and, when no month is named, its day number.

    A day of the month alone takes the month named last before it in the turn ("i slutet av
    juni ... måndag den 23:e", "early December works, Monday the 2nd?"): the month being
    planned. One named after it is more often another option ("the 20th, or early March").
    """
    for m in lang.date.finditer(norm):
        if m["d2"] and not _names_day(norm, m, m["d2"], lang, near, alone=False):
            continue  # "i januari den andra veckan"
        token, month = m["d1"] or m["o1"] or m["d2"], m["m1"] or m["m3"] or m["m2"]
        return m, _dateparser_day(f"{_day_number(token, lang)} {month}", lang.code, now), None
    for m in lang.day_of_month.finditer(norm):
        if _names_day(norm, m, m["d"], lang, near, alone=not _said_with(norm, weekday, m)):
            number = _day_number(m["d"], lang)
            months = [*lang.month_part.finditer(norm, 0, m.start())]
            months += lang.month.finditer(norm, 0, m.start())
            if months:
                month = max(months, key=lambda x: x.start())["m"]
                return m, _dateparser_day(f"{number} {month}", lang.code, now), None
            return m, _month_day(number, now), number
    return None


def _said_with(norm: str, weekday: re.Match[str] | None, named: re.Match[str]) -> bool:
    """Whether the date comes right after the weekday: "Monday the 4th", "mandag den 8. januar"."""
    return weekday is not None and bool(_WEEKDAY_GAP.fullmatch(norm, weekday.end(), named.start()))


_AGREE_DAYS = 62  # how far ahead "Monday the 4th" looks for a Monday that is the 4th


def _weekday_and_day(weekday: int, day: int, now: datetime) -> date | None:
    """A weekday with a day of the month and no month ("Monday the 4th", "torsdag den 21:e").

    Someone naming both reads them off a calendar, so the nearest day to come on which they
    agree is meant ("mandag den fjerde" on Tuesday 1 December is Monday 4 January). If none
    comes within about two months one of the two is a slip, and the day of the month is kept:
    it is what goes into the calendar. With a month named ("mandag den 8. januar") the date
    is read as said and the weekday does not move it.
    """
    today = now.date()
    for ahead in range(_AGREE_DAYS + 1):
        when = today + timedelta(days=ahead)
        if when.day == day and when.weekday() == weekday:
            return when
    return _month_day(day, now)


def _relative(lang: _Lang, phrase: str) -> tuple[int, int | None]:
    """A relative day's offset and, for "this afternoon" / "i eftermiddag", its part of the day."""
    value = lang.data["relative_days"][phrase]
    if isinstance(value, list):
        return int(value[0]), int(value[1])
    return int(value), None


@lru_cache(maxsize=4096)
def _dateparser_day(phrase: str, code: str, now: datetime) -> date | None:
    """The day a "5 januar" names; cached, as dateparser takes a fraction of a millisecond a
    phrase and the few hundred such phrases recur."""
    import dateparser  # imported when a calendar date is named: it takes a while to load

    parsed = dateparser.parse(
        phrase,
        languages=[code],
        settings={
            "RELATIVE_BASE": now,
            "PREFER_DATES_FROM": "future",
            "PREFER_DAY_OF_MONTH": "first",
            # The day comes first in all three languages; Swedish's default order would read
            # "14 januari" as the year 2114.
            "DATE_ORDER": "DMY",
            # The phrase is always a day and a month: the absolute parser alone reads it, the
            # same day in a ninth of the time (the relative parser compiles patterns a call).
            "PARSERS": ["absolute-time"],
        },
    )
    return parsed.date() if parsed else None


def _month_day(day: int, now: datetime) -> date | None:
    """A day of the month alone: this month's if it is still to come, else next month's."""
    year, month = now.year, now.month
    for _ in range(3):
        try:
            start = date(year, month, day)
        except ValueError:
            start = None
        if start is not None and start >= now.date():
            return start
        year, month = (year + 1, 1) if month == 12 else (year, month + 1)
    return None


def _period(norm: str, lang: _Lang, now: datetime) -> tuple[date, str, str] | None:
    """A named period: 'after New Year', 'early March'; its first day, its words and its label."""
    m = lang.in_two_weeks.search(norm)
    if m and lang.data["in_two_weeks"][m.group(0)] == "week":  # "the week after next"
        monday = now.date() + timedelta(days=14 - now.weekday())
        return monday, m.group(0), m.group(0)
    for pattern, holiday in lang.holidays:
        m = pattern.search(norm)
        if m:
            start = date(now.year, int(holiday["month"]), int(holiday["day"]))
            if start < now.date():
                start = start.replace(year=now.year + 1)
            return start, m.group(0), str(holiday["label"])
    m = lang.week_number.search(norm)
    if m and 1 <= int(m["n"]) <= 53:
        start = _week_start(int(m["n"]), now.date())
        if start is not None:
            return start, m.group(0), m.group(0)
    say = lang.data["say"]
    m = lang.month_part.search(norm)
    if m:
        month = int(lang.data["months"][m["m"]])
        part = lang.data["month_parts"][m["p"]]
        day = {"early": 1, "first_week": 1, "mid": 14, "late": 24}[part]
        start = _next_month_day(now.date(), month, day)
        return start, m.group(0), say["parts"][part].format(month=say["months"][month - 1])
    m = lang.month.search(norm)
    if m:
        month = int(lang.data["months"][m["m"]])
        return _next_month_day(now.date(), month, 1), m.group(0), m.group(0)
    return None


def _week_start(week: int, today: date) -> date | None:
    """The Monday of that ISO week, this year's if it is not over yet, else next year's."""
    for year in (today.year, today.year + 1):
        try:
            monday = date.fromisocalendar(year, week, 1)
        except ValueError:
            continue
        if monday + timedelta(days=6) >= today:
            return monday
    return None


def _next_month_day(today: date, month: int, day: int) -> date:
    start = date(today.year, month, day)
    if (start.year, start.month) < (today.year, today.month):
        start = start.replace(year=today.year + 1)
    return start


# Words that name a time only after a number ("nine am", "kl 3 em"); "I am" names none.
_CLOCK_SUFFIXES = frozenset(["am", "pm", "em"])
# Words too common to suggest a time by themselves ("i", "at", "en" = a/one).
_NOT_TRIGGERS = frozenset(
    [
        "i",
        "på",
        "om",
        "in",
        "the",
        "of",
        "at",
        "by",
        "a",
        "an",
        "en",
        "ett",
        "et",
        "to",
        "this",
        "next",
        "coming",
        "after",
        "before",
        "efter",
        "innan",
        "inden",
        "før",
        "före",
        "den",
        "de",
        "det",
        "och",
        "og",
        "and",
        "nu",
        "day",
        "dag",
    ]
)


@dataclass(frozen=True)
class _Cues:
    """Words, and phrases of several words, one of which a turn naming a time holds."""

    words: frozenset[str]
    starts: frozenset[str]  # the phrases' first words
    phrases: Prefiltered

    def found(self, words: list[str], norm: str) -> bool:
        """In the turn `norm`, split into `words`: a phrase starts at a word, so without its
        first word among them the phrases need no search."""
        if not self.words.isdisjoint(words):
            return True
        return not self.starts.isdisjoint(words) and self.phrases.search(norm) is not None


@cache
def _triggers(code: str) -> tuple[_Cues, _Cues]:
    """What a turn naming a time holds one of: a fast exit.

    The strong cues, then the weak: words that name a time only inside a pattern of their
    own, and far more often none ("may I ask", "five minutes of your time", "first").
    """
    d = _lang(code).data
    strong: list[str] = [
        *d["strong_markers"],
        *d["relative_days"],
        *d["weekdays"],
        *map(str, d["day_parts"]),
        *(w for h in d["holidays"] for w in h["words"]),
        *d["am"],
        *d["pm"],
        *d["asap"],
        *d["in_two_weeks"],
        "o'clock",
        "oclock",
    ]
    weak = [*d["half"]["words"], *d["quarter"], *d["months"], *_lang(code).ordinals]
    weak += d["soon_units"]
    strong_norms = {normalise(p) for p in strong}
    weak_norms = {normalise(p) for p in weak} - strong_norms

    def cues(norms: set[str]) -> _Cues:
        words = frozenset(p for p in norms if " " not in p) - _NOT_TRIGGERS - _CLOCK_SUFFIXES
        phrases = [p for p in norms if " " in p]
        pattern = re.compile(rf"(?<!\S)(?:{_alt(phrases) or '(?!x)x'})(?!\S)")
        return _Cues(words, frozenset(p.split()[0] for p in phrases), Prefiltered(pattern))

    return cues(strong_norms), cues(weak_norms)


def _in_time_pattern(norm: str, spec: _Lang) -> bool:
    """Whether a weak trigger or a number stands in a pattern that makes it a time: "in ten
    minutes", "half past", "at 9", "14.30", "10-tiden", "the fifth of May", "uge 2", "i maj"
    (and not "five minutes of your time", "200 drivers", "may I ask")."""
    patterns = (spec.soon, spec.half, spec.quarter, spec.minutes, spec.tiden, spec.date)
    patterns += (spec.day_of_month, spec.week_number, spec.month_part, spec.month)
    if any(p.search(norm) for p in patterns):
        return True
    # A clock time in words ("at ten") is the number-word test's to find.
    return _DIGIT.search(norm) is not None and spec.clock.search(norm) is not None


@cache
def _number_cues(code: str) -> tuple[frozenset[str], frozenset[str]]:
    """Number words, and the words that make a number word a clock time ("at", "past", "to")."""
    d = _lang(code).data
    numbers = {w for p in map(str, d["numbers"]) for w in normalise(p).split()}
    cues = [*d["clock_markers"], *d["strong_markers"], *d["before"], *d["past"], *d["to"]]
    cues += ["o'clock", "oclock", *d["half"]["words"], *d["quarter"], *_CLOCK_SUFFIXES]
    return frozenset(numbers), frozenset(w for p in cues for w in normalise(p).split())


# Digits that may be part of a time: up to 59 ("at 9", "den 8", "uge 40"), or with a
# separator inside ("14.30", "8/1"); "founded in 2005" and "200 customers" name none.
_DIGIT = re.compile(r"\d")
_TIME_DIGITS = re.compile(r"(?<!\d)(?:[0-5]?\d(?!\d)|\d+[:./]\d)")
_AMPM_GLUED = re.compile(r"(\d)(am|pm)\b")
# A weekday said with the week: "Thursday next week" is that day of the coming calendar week.
_NEXT_WEEK = {"en": r"next week", "sv": r"(?:nästa|kommande) vecka", "da": r"(?:i )?næste uge"}
# A week by its number, as Scandinavian calendars count them: "uge 2", "vecka 2", "week 2".
_WEEK_NUMBER = {"en": r"week", "sv": r"vecka|v", "da": r"uge"}
# A day of the month alone: "on the 12th", "den 14:e", "den 12. kl. 10", "den femte".
_DAY_OF_MONTH = {
    "en": r"\bthe (?P<d>\d{{1,2}}(?:st|nd|rd|th)|{ordinal})\b",
    "sv": r"\bden (?P<d>\d{{1,2}}(?:e| e)?|{ordinal})\b",
    "da": r"\bden (?P<d>\d{{1,2}}|{ordinal})\b",
}
# An ordinal word before a month: "den femte januari"; English says "the fifth of January"
# ("the first may be" is no date).
_ORDINAL_OF = {"en": r"of\s+", "sv": "", "da": ""}
# What may stand between a weekday and its date: "Monday the 4th", "måndag den elfte januari".
_WEEKDAY_GAP = re.compile(r"\s+(?:(?:the|den)\s+)?")


def _may_name_time(norm: str, code: str) -> bool:
    """A fast exit for the many turns that name no time ("one more thing" is no clock time)."""
    words = norm.split()
    loose = norm.replace("'", " ").replace("-", " ")  # "Friday's fine", "tuesday-ish"
    loose_words = loose.split()
    strong, weak = _triggers(code)
    if strong.found(words, norm) or (loose != norm and strong.found(loose_words, loose)):
        return True
    # (`_DIGIT` first: it scans fast, and most turns have no digit at all.)
    if (
        (_DIGIT.search(norm) and _TIME_DIGITS.search(norm))
        or "tiden" in norm
        or weak.found(words, norm)
        or (loose != norm and weak.found(loose_words, loose))
    ):
        spec = _lang(code)
        if _in_time_pattern(norm, spec) or (loose != norm and _in_time_pattern(loose, spec)):
            return True
    numbers, cues = _number_cues(code)
    if numbers.isdisjoint(words):
        return False
    # A number word next to a clock word: "at ten", "ten to nine", "halv fyra".
    return any(
        w in numbers
        and ((i and words[i - 1] in cues) or (i + 1 < len(words) and words[i + 1] in cues))
        for i, w in enumerate(words)
    )


def read_time(text: str, lang: str, now: datetime, norm: str | None = None) -> AgreedTime | None:
    """The time a turn names, resolved against `now` (the call's date and time); None if none.

    `norm` is the text as `normalise` gives it, when the caller has it already.
    """
    code = language_code(lang)
    norm = normalise(text) if norm is None else norm
    if not _may_name_time(norm, code):
        return None
    norm = _AMPM_GLUED.sub(r"\1 \2", norm)  # "2:30pm" reads as "2:30 pm"
    # "omkring 1.300 kroner" is a price, not one o'clock: prices are blanked out first.
    norm = pack(code).patterns["price"].sub(lambda m: " " * len(m.group(0)), norm)
    spec = _lang(code)
    norm = _without_rejected(norm, spec)
    return _corrected(norm, spec, now) or _read(norm, spec, now)


def _corrected(norm: str, spec: _Lang, now: datetime) -> AgreedTime | None:
    """The time meant when the turn corrects itself ("Thursday at two? Actually no, sorry,
    Friday morning"): the one named after the last correction that is followed by one.

    "Friday morning instead" names it before the marker, so after one of those the time right
    before it is read on ("i morgen i stedet, passer klokken ni?"). None when the turn corrects
    no time, so the whole turn is read as before.
    """
    for m in reversed(list(spec.correction.finditer(norm))):
        before = None
        if m["c"] in spec.data["corrections_after"]:
            before = _mention_before(norm, m.start(), spec)
        found = _read(norm[m.end() if before is None else before :], spec, now)
        if found is not None:
            return found
    return None


def _without_rejected(norm: str, spec: _Lang) -> str:
    """The turn with a time said to be not meant blanked out ("Friday instead of Thursday",
    "fredag i stedet for torsdag"), and the words that said so; "instead of Excel" is left."""
    for m in spec.rejection.finditer(norm):
        after = [s for s in _mentions(norm, spec) if s[0] >= m.end()]
        end = after[0][1] if after and len(norm[m.end() : after[0][0]].split()) <= 1 else m.end()
        norm = norm[: m.start()] + " " * (end - m.start()) + norm[end:]
    return norm


def _read(norm: str, spec: _Lang, now: datetime) -> AgreedTime | None:
    """The time the (normalised, cleaned) text names: see `read_time`."""
    code = spec.code
    clock = _clock(norm, spec)
    day, day_phrase = _day(norm, spec, now, clock.span[0] if clock is not None else None)
    period = _period(norm, spec, now) if day is None else None
    if period is not None and clock is not None:
        day, day_phrase = period[0], period[1]
    if clock is not None:
        # Only the words naming the same time qualify the hour: "Thursday at two or Friday
        # morning" is 14:00, "first thing tomorrow at half six" 06:30.
        window = _mention_of(clock.span, norm, spec)
        hour = _hour24(clock, norm, spec, _part(norm, spec, *window)[0], window)
        deadline = bool(
            spec.before.search(norm[: clock.span[0]])
            or spec.starts_before.match(norm, clock.span[0])
        )
        at = datetime.combine(day or now.date(), datetime.min.time()).replace(
            hour=hour % 24, minute=clock.minute
        )
        if day is None and at <= now:
            at += timedelta(days=1)
        phrase = _join(norm, [clock.span, _span(norm, day_phrase)])
        return AgreedTime(
            phrase, at, "minute", say_time(at, code, now, deadline=deadline), deadline
        )
    part_hour, part_span = _part(norm, spec)
    if part_hour is not None and part_span is not None:
        when = day or now.date()
        at = datetime.combine(when, datetime.min.time()).replace(hour=part_hour)
        if day is None and at <= now:
            at += timedelta(days=1)
        before = _part_deadline(norm, part_span, part_hour, spec)
        if before is not None:
            part_span = (before, part_span[1])
        phrase = _join(norm, [part_span, _span(norm, day_phrase)])
        deadline = before is not None
        label = say_part(at, part_hour, code, now, deadline=deadline)
        return AgreedTime(phrase, at, "part", label, deadline)
    if day is not None:
        at = datetime.combine(day, datetime.min.time()).replace(hour=9)
        return AgreedTime(day_phrase, at, "day", say_day(day, code, now))
    if period is not None:
        start, phrase, label = period
        return AgreedTime(
            phrase, datetime.combine(start, datetime.min.time()).replace(hour=9), "period", label
        )
    return _soon(norm, spec, now)


def _part(
    norm: str, spec: _Lang, lo: int = 0, hi: int | None = None
) -> tuple[int | None, tuple[int, int] | None]:
    """The part of the day named between `lo` and `hi` (its hour and words), if any.

    "i morgon" is a day, not a morning: parts of the day are read with relative days blanked
    out, and a relative day that is a part ("this afternoon", "i eftermiddag") counts too.
    """
    hi = len(norm) if hi is None else hi
    blanked = spec.relative.sub(lambda m: " " * len(m.group(0)), norm)
    found = spec.day_part.search(blanked, lo, hi)
    if found:
        return int(spec.data["day_parts"][found.group(0)]), found.span()
    relative = spec.relative.search(norm, lo, hi)
    if relative is not None:
        part_hour = _relative(spec, relative.group(0))[1]
        if part_hour is not None:
            return part_hour, relative.span()
    return None, None


def _part_deadline(norm: str, span: tuple[int, int], hour: int, spec: _Lang) -> int | None:
    """Where "before" starts when a part of the day is named as a deadline ("inden frokost",
    "by the end of the day"); None if it is not one, or is no part a deadline is set by."""
    if hour not in (spec.data["say"].get("deadline_parts") or {}):
        return None
    found = spec.part_before.search(norm, 0, span[0])
    return found.start() if found else None


_HALF_UNITS = ("half", "halv", "quarter")  # "in half an hour", "om en halvtimme" need no count
_LONGEST_WHILE = 8 * 60  # minutes; "om to uger" is a date to name, not a while to wait


def _soon(norm: str, spec: _Lang, now: datetime) -> AgreedTime | None:
    """A call-back within a while ("om en halv time", "within the hour") falls due then; "as
    soon as possible" names no moment but is a promise too. Both are said back as said."""
    asap = spec.asap.search(norm)
    if asap is not None:
        return AgreedTime(asap.group(0), now, "period", asap.group(0), deadline=True, soon=True)
    found = spec.soon.search(norm)
    if found is None:
        return None
    unit, count = found.group("u"), found.group("n")
    if count is None and not unit.startswith(_HALF_UNITS):
        return None  # "vi pratar om timmar": hours, not a time
    n = int(count) if count and count.isdigit() else int(spec.data["soon_counts"].get(count, 1))
    minutes = n * int(spec.data["soon_units"][unit])
    if not 1 <= minutes <= _LONGEST_WHILE:
        return None
    due = now + timedelta(minutes=minutes)
    due += timedelta(minutes=-due.minute % 5)  # on the next five minutes
    within = bool(spec.data["soon_leads"][found.group("lead")])
    return AgreedTime(found.group(0), due, "minute", found.group(0), deadline=within, soon=True)


def _span(norm: str, phrase: str) -> tuple[int, int] | None:
    if not phrase:
        return None
    at = norm.find(phrase)
    return (at, at + len(phrase)) if at >= 0 else None


def _join(norm: str, spans: list[tuple[int, int] | None]) -> str:
    got = [s for s in spans if s]
    return norm[min(s[0] for s in got) : max(s[1] for s in got)]


# --- saying it back -------------------------------------------------------------------------


def say_day(day: date, lang: str, now: datetime) -> str:
    say = _lang(lang).data["say"]
    ahead = (day - now.date()).days
    if ahead == 0:
        return say["today"]
    if ahead == 1:
        return say["tomorrow"]
    weekday = say["weekdays"][day.weekday()]
    if 1 < ahead <= 7:
        return weekday
    return say["date"].format(weekday=weekday, day=day.day, month=say["months"][day.month - 1])


def say_clock(at: datetime, lang: str) -> str:
    say = _lang(lang).data["say"]
    hours = say["hours"]
    hour, nxt = hours[at.hour % 12], hours[(at.hour + 1) % 12]
    if at.minute == 0:
        return hour
    if at.minute == 30:
        return say["half"].format(hour=hour, next=nxt)
    if at.minute == 15:
        return say["quarter_past"].format(hour=hour, next=nxt)
    if at.minute == 45:
        return say["quarter_to"].format(hour=hour, next=nxt)
    return say["minutes"].format(hour=at.hour, minutes=at.minute)


def say_time(at: datetime, lang: str, now: datetime, deadline: bool = False) -> str:
    """'torsdag klockan nio', 'tomorrow at half past three', 'i dag inden klokken halv tre'."""
    say = _lang(lang).data["say"]
    marker = (
        f"{say['before']} {say['at']}"
        if deadline and lang != "en"
        else say["before"]
        if deadline
        else say["at"]
    )
    return f"{say_day(at.date(), lang, now)} {marker} {say_clock(at, lang)}"


def say_part(at: datetime, part_hour: int, lang: str, now: datetime, deadline: bool = False) -> str:
    """'fredag efter lunch', 'i dag inden frokost' (a deadline: before that part of the day)."""
    say = _lang(lang).data["say"]
    parts = say.get("deadline_parts") if deadline else None
    template = (parts or {}).get(part_hour) or say["day_parts"].get(part_hour) or "{day}"
    return template.format(day=say_day(at.date(), lang, now))


def confirm(label: str, lang: str) -> str:
    """The prospect saying the agreed time back: 'Torsdag klockan nio, då.'"""
    text = _lang(lang).data["say"]["confirm"].format(time=label)
    return text[:1].upper() + text[1:]


def fill_time(line: str, label: str | None, lang: str) -> str:
    """Put the agreed time into a persona line's {time} (or a plain 'then' when none is known)."""
    if "{time}" not in line:
        return line
    said = label or _lang(lang).data["say"]["no_time"]
    # A sentence that opens with the time opens with a capital: "Fine. Tomorrow at ten, then."
    text = re.sub(r"(^|[.!?]\s+)\{time\}", lambda m: m.group(1) + said[:1].upper() + said[1:], line)
    text = text.replace("{time}", said)
    return text[:1].upper() + text[1:]


def as_agreed_time(data: Any) -> Any:
    """An agreed time given as its stored JSON read into an AgreedTime (None when unreadable);
    anything else (an AgreedTime, a transcript's agreed time, None) as it is."""
    if not isinstance(data, dict):
        return data
    try:
        return AgreedTime.from_json(data)
    except (KeyError, ValueError, TypeError):
        return None


def agreed_time_text(data: Any, short: bool = False) -> str:
    """The agreed time for a person to read: 'Friday at ten (Fri 4 Dec 10:00)'; '' if none.

    `short` gives only the calendar part ('Fri 4 Dec 10:00'), for a narrow list column.
    """
    data = as_agreed_time(data)
    if data is None:
        return ""
    start: datetime = data.start
    precision = data.precision
    label = data.label or data.phrase
    if precision == "minute":
        exact = f"{start:%a} {start.day} {start:%b %H:%M}"
    elif precision in ("day", "part") or data.soon:  # "as soon as possible": from the call's day
        exact = f"{start:%a} {start.day} {start:%b}"
    else:
        exact = f"from {start.day} {start:%b %Y}"
    if short and precision != "period":
        return f"before {exact}" if data.deadline else exact
    if short:
        return label or exact
    return f"{label} ({exact})" if label else exact
