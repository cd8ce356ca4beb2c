"""The Review tab's words for stored values: outcomes, agreed times and metrics.

The stored values keep English and the printable report speaks each call's language
(trainer/exchange/report.py); here the same values are named in the interface's language, and
dates follow its locale.
"""

from __future__ import annotations

from datetime import datetime
from typing import Any

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, QDate, QDateTime, QLocale, QTime

from trainer.core.acts.times import as_agreed_time
from trainer.exchange import report

OUTCOMES = {
    "meeting": QT_TRANSLATE_NOOP("Outcomes", "Meeting booked"),
    "callback": QT_TRANSLATE_NOOP("Outcomes", "Call-back agreed"),
    "hung_up": QT_TRANSLATE_NOOP("Outcomes", "Prospect hung up"),
    "ended": QT_TRANSLATE_NOOP("Outcomes", "Ended without a next step"),
    "not_finished": QT_TRANSLATE_NOOP("Outcomes", "Not finished (app closed mid-call)"),
    "failed": QT_TRANSLATE_NOOP("Outcomes", "Failed (the LLM stopped answering)"),
    None: QT_TRANSLATE_NOOP("Outcomes", "Not finished"),
}
METRICS = {
    "talk_ratio": QT_TRANSLATE_NOOP("Metrics", "Talk share"),
    "longest_monologue_words": QT_TRANSLATE_NOOP("Metrics", "Longest turn (words)"),
    "longest_monologue_seconds": QT_TRANSLATE_NOOP("Metrics", "Longest turn (s)"),
    "questions": QT_TRANSLATE_NOOP("Metrics", "Questions"),
    "open_questions": QT_TRANSLATE_NOOP("Metrics", "Open questions"),
    "needs_questions": QT_TRANSLATE_NOOP("Metrics", "Needs questions"),
    "words_per_minute": QT_TRANSLATE_NOOP("Metrics", "Words per minute"),
    "time_to_reason_seconds": QT_TRANSLATE_NOOP("Metrics", "Reason given after (s)"),
    "trainee_turns": QT_TRANSLATE_NOOP("Metrics", "Trainee turns"),
    "prospect_turns": QT_TRANSLATE_NOOP("Metrics", "Prospect turns"),
}
ENGINES = {
    "scripted": QT_TRANSLATE_NOOP("Outcomes", "offline scripted"),
    "llm": QT_TRANSLATE_NOOP("Outcomes", "LLM"),
}


def outcome_label(outcome: str | None) -> str:
    """'Call-back agreed', in the interface's language (an unknown value as it is stored)."""
    if outcome in OUTCOMES:
        return QCoreApplication.translate("Outcomes", OUTCOMES[outcome])
    return outcome or ""


def engine_label(engine: str) -> str:
    return QCoreApplication.translate("Outcomes", ENGINES[engine]) if engine in ENGINES else engine


def when_text(data: Any, short: bool = False) -> str:
    """The agreed time: the words said in the call, and the date in the interface's locale
    ('fredag kl tio (fre 4 dec. 10:00)'); only the date when `short`."""
    data = as_agreed_time(data)
    if data is None:
        return ""
    start: datetime = data.start
    locale = QLocale()
    moment = QDateTime(QDate(start.year, start.month, start.day), QTime(start.hour, start.minute))
    if data.precision == "minute":
        exact = locale.toString(moment, "ddd d MMM HH:mm")
    elif data.precision in ("day", "part"):
        exact = locale.toString(moment, "ddd d MMM")
    else:
        exact = QCoreApplication.translate("Outcomes", "from {date}").format(
            date=locale.toString(moment, "d MMM yyyy")
        )
    label = data.label or data.phrase
    if short and data.precision != "period":
        if data.deadline:
            return QCoreApplication.translate("Outcomes", "before {date}").format(date=exact)
        return exact
    if short:
        return label or exact
    return f"{label} ({exact})" if label else exact


def outcome_text(outcome: str | None, agreed_time: object = None, short: bool = False) -> str:
    """'Call-back agreed · Friday at ten (Fri 4 Dec 10:00)', in the interface's language."""
    label = outcome_label(outcome)
    when = when_text(agreed_time, short) if outcome in ("meeting", "callback") else ""
    return f"{label} · {when}" if when else label


def metric_text(key: str, value: object) -> tuple[str, str] | None:
    """(label, value) of one metric as the report formats it, the label translated."""
    shown = report.format_metric(key, value)
    if shown is None or key == "outcome":  # the outcome has its own place
        return None
    label = QCoreApplication.translate("Metrics", METRICS[key]) if key in METRICS else shown[0]
    return label, shown[1]


def interface_code() -> str:
    """sv, da or en: the language the interface speaks now (its default locale's)."""
    code = QLocale().name().split("_")[0].lower()
    return code if code in ("sv", "da", "en") else "en"
