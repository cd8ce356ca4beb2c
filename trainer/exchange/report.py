"""A printable report of one or more sessions: HTML for the browser, PDF through Qt.

The HTML keeps to the subset of CSS that Qt's rich text understands (tables, colours, borders),
so the same text renders in a browser and, through QTextDocument + QPdfWriter, as a PDF.

Each call's part is in the call's own language (sv, da or en), as its score card is: headings,
labels, outcomes, metrics, dates and the reading of each turn come from trainer/exchange/lang.
"""

from __future__ import annotations

import functools
import logging
import os
from collections.abc import Callable
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path
from typing import TYPE_CHECKING

import jinja2
from pydantic import ValidationError

from trainer.core.acts.times import as_agreed_time
from trainer.core.errors import KnownError
from trainer.core.scoring.corrections import corrected_totals
from trainer.core.transcript import Transcript
from trainer.exchange import pdf
from trainer.exchange.bundle import sender_score, validation_line
from trainer.exchange.evidence import acts_note, is_earned, points_text, turn_marks, turn_notes
from trainer.exchange.lang import ReportWords, report_words
from trainer.exchange.records import ScorePayload, SenderScore
from trainer.paths import write_private
from trainer.store import review

if TYPE_CHECKING:
    from trainer.store import SessionSummary, Store

log = logging.getLogger(__name__)
EARNED, LOST, MIXED = "#e3f4e1", "#fbe3e1", "#fdf3d6"
TONE = {"earned": EARNED, "lost": LOST, "mixed": MIXED}
# The outcomes in English, in the order the Review's filter offers them.
OUTCOME_LABELS = report_words("en").outcomes


def when_text(agreed_time: object, words: ReportWords) -> str:
    """The agreed time in the report's language: the words said in the call and the calendar
    part ('fredag klockan tio (fre 4 dec 10:00)'); '' when none is stored."""
    data = as_agreed_time(agreed_time)
    try:
        exact = words.calendar(data.start, data.precision)
    except (AttributeError, KeyError, ValueError, TypeError):  # none, or not a time
        return ""
    label = data.label or data.phrase
    return f"{label} ({exact})" if label else exact


def outcome_text(outcome: str | None, agreed_time: object = None, language: str = "en") -> str:
    """'Call-back agreed · Friday at ten (Fri 4 Dec 10:00)': the outcome and when it is for."""
    words = report_words(language)
    label = words.outcomes.get(outcome, outcome or "")
    when = when_text(agreed_time, words) if outcome in ("meeting", "callback") else ""
    return f"{label} · {when}" if when else label


# How each metric's value is written; its label is in the report's language (lang/*.yaml).
METRIC_FORMATS: dict[str, Callable[[ReportWords, object], str]] = {
    "talk_ratio": lambda w, v: w.percent(f"{v * 100:.0f}"),  # type: ignore[operator]
    "longest_monologue_seconds": lambda w, v: f"{v:.0f}",
    "words_per_minute": lambda w, v: f"{v:.0f}",
    "time_to_reason_seconds": lambda w, v: f"{v:.0f}",
}
# Stored with the metrics but shown in a place of its own.
NOT_METRICS = frozenset({"outcome"})


@dataclass
class SessionBundle:
    """Everything one report needs, read once (off the GUI thread when used by the UI)."""

    info: SessionSummary
    transcript: Transcript
    score: dict | None
    feedback: review.Feedback
    sender: SenderScore | None = None  # an imported call's totals as the sender showed them


def load(store: Store, session_id: int) -> SessionBundle:
    """Read one session; a row the schema no longer accepts is one KnownError naming it."""
    try:
        transcript = store.get_transcript(session_id)
        score = store.get_score(session_id, "auto")
        if score is not None:
            ScorePayload.model_validate(score)
    except ValidationError as exc:
        raise KnownError(
            f"session {session_id} is damaged in the store ({validation_line(exc)})"
        ) from None
    return SessionBundle(
        info=store.session_info(session_id),
        transcript=transcript,
        score=score,
        feedback=review.feedback_for(store, session_id),
        sender=sender_score(store, session_id),
    )


def local_time(value: datetime | None) -> str:
    return value.astimezone().strftime("%Y-%m-%d %H:%M") if value else "–"


def duration_text(seconds: float | None) -> str:
    """m:ss, counting whole seconds as the call window's clock does (31.8 s is 0:31)."""
    if seconds is None:
        return "–"
    seconds = int(max(0.0, seconds))
    return f"{seconds // 60}:{seconds % 60:02d}"


def format_metric(key: str, value: object, language: str = "en") -> tuple[str, str] | None:
    """(label, value) of one metric, in `language`; None for what is not shown as one."""
    if value is None or isinstance(value, dict | list) or key in NOT_METRICS:
        return None
    words = report_words(language)
    label = words.metrics.get(key) or key.replace("_", " ").capitalize()
    fmt = METRIC_FORMATS.get(key)
    try:
        return label, fmt(words, value) if fmt else str(value)
    except (TypeError, ValueError):
        return label, str(value)


# One template renders every report. Autoescaping is on: every value from a session (names,
# personas, score fields, comments, turns) is escaped here, in one place, whatever it holds.
TEMPLATE = """<!DOCTYPE html><html><head><meta charset='utf-8'>
<title>{{ title }}</title><style>
body { font-family: 'DejaVu Sans', Arial, sans-serif; font-size: 10pt; color: #222; }
h1 { font-size: 16pt; margin-bottom: 2px; } h2 { font-size: 12pt; margin-top: 14px; }
th { text-align: left; }
</style></head><body>
{%- for s in sessions %}
<div lang='{{ s.lang }}'{% if not loop.first %} style='page-break-before: always'{% endif %}>
<h1>{{ s.trainee }} → {{ s.persona }}</h1>
<p>{{ s.started }} &nbsp;·&nbsp; {{ s.duration }} &nbsp;·&nbsp; {{ s.outcome }}
 &nbsp;·&nbsp; {{ s.language }} &nbsp;·&nbsp; {{ s.reviewed }}</p>
<table width='100%' cellpadding='6'><tr>
{%- for label, value in s.tiles %}
<td align='center' width='33%'><font size='6'><b>{{ value }}</b></font><br>{{ label }}</td>
{%- endfor %}
</tr></table>
{%- if s.auto_line %}<p><i>{{ s.auto_line }}</i></p>{% endif %}
{%- if s.sender %}<p><b>{{ s.sender }}</b></p>{% endif %}
{%- if s.metrics %}<p>
{%- for label, value in s.metrics %}{% if not loop.first %} &nbsp;·&nbsp; {% endif %}
{{- label }}: <b>{{ value }}</b>{% endfor %}</p>{% endif %}
{%- if s.comments %}<h2>{{ s.t.comments }}</h2>
{%- for c in s.comments %}<p>✎ {{ c.text }}
{%- if c.author %} <small>— {{ c.author }}, {{ c.when }}</small>{% endif %}</p>{% endfor %}
{%- endif %}
{%- if s.tips %}<h2>{{ s.t.tips }}</h2><ol>
{%- for tip in s.tips %}<li>{{ tip }}</li>{% endfor %}</ol>{% endif %}
<h2>{{ s.t.criteria }}</h2>
{%- if s.criteria %}
<table width='100%' cellspacing='0' cellpadding='4' border='1'
 style='border-collapse: collapse; border-color: #cccccc'>
<thead><tr bgcolor='#f0f0f0'><th width='31%'>{{ s.t.criterion }}</th>
<th width='9%' nowrap>{{ s.t.points }}</th><th width='24%'>{{ s.t.trainer }}</th>
<th width='9%'>{{ s.t.turns }}</th><th width='27%'>{{ s.t.tip }}</th></tr></thead>
{%- for row in s.criteria %}
{%- if row.heading %}
<tr bgcolor='#f7f7f7'><td colspan='5'><b>{{ row.heading }}</b></td></tr>
{%- else %}
<tr><td bgcolor='{{ row.color }}'><b>{{ row.name }}</b><br><small>{{ row.note }}</small></td>
<td align='center' nowrap>{{ row.points }}</td><td>
{%- if row.trainer %}<b>{{ row.trainer }}</b><br><i>{{ row.reason }}</i>
{%- if row.author %} — {{ row.author }}{% endif %}{% endif %}</td>
<td align='center'>{{ row.evidence }}</td><td><small>{{ row.tip }}</small></td></tr>
{%- endif %}
{%- endfor %}
</table>
{%- else %}<p><i>{{ s.t.no_score }}</i></p>{% endif %}
<h2>{{ s.t.transcript }}</h2>
<p><small><span style='background-color:{{ earned }}'>&nbsp;{{ s.t.earned }}&nbsp;</span>
<span style='background-color:{{ lost }}'>&nbsp;{{ s.t.lost }}&nbsp;</span>
<span style='background-color:{{ mixed }}'>&nbsp;{{ s.t.both }}&nbsp;</span></small></p>
{%- if s.turns %}
<table width='100%' cellspacing='0' cellpadding='4'>
{%- for t in s.turns %}
<tr><td width='6%' align='right'>#{{ t.number }}<br><small>{{ t.when }}</small></td>
<td width='16%' nowrap><b>{{ t.who }}</b></td>
<td bgcolor='{{ t.color }}'>{{ t.text }}{% if t.cut_off %} <i>({{ s.t.cut_off }})</i>{% endif %}
{%- if t.notes %}<br><small>
{%- for color, note in t.notes %}{% if not loop.first %}<br>{% endif %}
<span style='color:{{ color }}'>{{ note }}</span>{% endfor %}</small>{% endif %}</td></tr>
{%- endfor %}
</table>
{%- else %}<p><i>{{ s.t.no_turns }}</i></p>{% endif %}
</div>
{%- endfor %}
</body></html>
"""

_ENV = jinja2.Environment(autoescape=True, undefined=jinja2.StrictUndefined)


@functools.cache
def _template() -> jinja2.Template:
    """Compiled once: a report of many calls renders one document per call."""
    return _ENV.from_string(TEMPLATE)


def _number(value: object) -> str:
    return "–" if value is None else str(value)


def call_language(data: SessionBundle) -> str:
    """The language the call was held in, and so the report's: the one its score was written in
    (as on the score card), else the session's; sv, da or en (anything else reads as English)."""
    code = (data.score or {}).get("language") or data.info.language or data.transcript.language
    return report_words(str(code) if code else None).code


def _criteria_rows(data: SessionBundle, words: ReportWords) -> list[dict]:
    rows: list[dict] = []
    shown_section = None
    na = words.card.label("na")
    for section, crit in review.criteria(data.score):
        if section != shown_section:
            # A heading row per part, instead of a narrow column that splits "Needs" in two.
            shown_section = section
            rows.append({"heading": words.group(section)})
        override = data.feedback.overrides.get(crit.get("id", ""))
        score = override.score if override else crit.get("score")
        top = crit.get("max")
        rows.append(
            {
                "heading": None,
                "color": EARNED if score is not None and top and is_earned(score, top) else LOST,
                "name": crit.get("name") or crit.get("id", ""),
                "note": crit.get("note") or "",
                "points": points_text(crit, na),
                "trainer": f"{override.score}/{override.max}" if override else "",
                "reason": override.reason if override else "",
                "author": override.author if override else "",
                "evidence": ", ".join(
                    f"#{i + 1}" if isinstance(i, int) else str(i)
                    for i in crit.get("evidence") or []
                ),
                "tip": crit.get("tip") or "",
            }
        )
    return rows


def _turn_rows(data: SessionBundle, words: ReportWords) -> list[dict]:
    marks = turn_marks(data.score, data.feedback.overrides)
    rows = []
    for index, turn in enumerate(data.transcript.turns):
        mark = marks.get(index)
        notes = turn_notes(mark, data.feedback.turn_comments.get(index, []))
        if turn.speaker == "trainee" and (read := acts_note(turn.acts, turn.llm_acts, words.code)):
            notes.append(("#6b7280", read))
        rows.append(
            {
                "number": index + 1,
                "when": words("seconds", n=f"{turn.start:.0f}") if turn.start is not None else "",
                "who": words("trainee") if turn.speaker == "trainee" else words("prospect"),
                "color": TONE[mark.tone] if mark else "#ffffff",
                "text": turn.text,
                "cut_off": turn.cut_off,
                "notes": notes,
            }
        )
    return rows


def _labels(words: ReportWords) -> dict[str, str]:
    """The report's headings and labels in the call's language, for the template."""
    card = words.card
    own = ("comments", "criteria", "tip", "no_score", "transcript", "earned", "lost", "both")
    return {
        **{key: words(key) for key in (*own, "cut_off", "no_turns")},
        "tips": card.label("tips_title"),
        **{key: card.label(key) for key in ("criterion", "points", "trainer", "turns")},
    }


def _totals_line(
    key: str, words: ReportWords, needs: object, time_: object, overall: object
) -> str:
    """The corrections line or the sender's line, naming the totals as the score card does."""
    return words(
        key,
        needs=words.group("needs"),
        needs_score=_number(needs),
        time=words.group("time"),
        time_score=_number(time_),
        overall=words.card.label("overall"),
        overall_score=_number(overall),
    )


def _session_context(data: SessionBundle) -> dict:
    info, score = data.info, data.score or {}
    words = report_words(call_language(data))
    needs = (score.get("needs") or {}).get("score", info.needs)
    time_ = (score.get("time") or {}).get("score", info.time)
    overall = score.get("overall", info.overall)
    try:
        totals = corrected_totals(score, {c: o.score for c, o in data.feedback.overrides.items()})
    except (TypeError, ValueError):  # a score that is not numbers (load() refuses those)
        totals = None
    auto_line = ""
    if totals:
        auto_line = _totals_line("corrected", words, needs, time_, overall)
        needs, time_, overall = totals["needs"], totals["time"], totals["overall"]
    sender = ""
    if data.sender is not None and data.sender.differs:
        sent = data.sender
        sender = _totals_line("sender", words, sent.needs, sent.time, sent.overall)
    return {
        "lang": words.code,
        "t": _labels(words),
        "trainee": info.trainee,
        "persona": info.persona_name or info.persona_id,
        "started": local_time(info.started_at),
        "duration": duration_text(info.duration_seconds),
        "outcome": outcome_text(info.outcome, info.agreed_time, words.code),
        "language": words.language_name(info.language),
        "reviewed": (
            words("reviewed", when=local_time(data.feedback.reviewed_at))
            if data.feedback.reviewed
            else words("not_reviewed")
        ),
        "tiles": [
            (words.group("needs"), _number(needs)),
            (words.group("time"), _number(time_)),
            (words.card.label("overall"), _number(overall)),
        ],
        "auto_line": auto_line,
        "sender": sender,
        "metrics": [
            m
            for key, value in (score.get("metrics") or {}).items()
            if (m := format_metric(key, value, words.code))
        ],
        "comments": [
            {"text": c.text, "author": c.author, "when": local_time(c.created_at)}
            for c in data.feedback.session_comments
        ],
        "tips": [str(t) for t in (score.get("tips") or [])[:3]],
        "criteria": _criteria_rows(data, words),
        "turns": _turn_rows(data, words),
    }


def _breakable(value: object) -> object:
    """Every text in a report context with break opportunities in runs no column could hold."""
    if isinstance(value, str):
        return pdf.breakable(value)
    if isinstance(value, dict):
        return {k: _breakable(v) for k, v in value.items()}
    if isinstance(value, list | tuple):
        return type(value)(_breakable(v) for v in value)
    return value


def report_title(bundles: list[SessionBundle]) -> str:
    """'Samtalsrapport': in the calls' language when they share one, else in English."""
    languages = {call_language(b) for b in bundles}
    words = report_words(languages.pop() if len(languages) == 1 else "en")
    return words("title") if len(bundles) == 1 else words("titles", count=len(bundles))


def report_html(bundles: list[SessionBundle], printed: bool = False) -> str:
    """A whole HTML document; each session starts on a new page when printed.

    `printed` prepares it for the PDF, which wraps at word boundaries only: a run of characters
    too long for its column (a pasted link) gets break opportunities instead.
    """
    sessions = [_session_context(b) for b in bundles]
    title = report_title(bundles)
    return _template().render(
        title=title,
        sessions=_breakable(sessions) if printed else sessions,
        earned=EARNED,
        lost=LOST,
        mixed=MIXED,
    )


def load_many(
    store: Store, session_ids: list[int], warn: Callable[[str], None] | None = None
) -> list[SessionBundle]:
    """The sessions a report shows; one damaged in the store is left out with a warning."""
    if not session_ids:
        raise KnownError("no sessions to report on; name session ids, or use --all or --trainee")
    warn = warn or log.warning
    out = []
    for sid in session_ids:
        try:
            out.append(load(store, sid))
        except KnownError as exc:
            warn(f"{exc}; left out of the report")
    if not out:
        raise KnownError("none of the sessions could be read; see the warnings above")
    return out


def write_html(
    store: Store,
    session_ids: list[int],
    path: str | Path,
    warn: Callable[[str], None] | None = None,
) -> Path:
    path = Path(path)
    text = report_html(load_many(store, session_ids, warn))
    try:
        write_private(path, text)
    except OSError as exc:
        raise KnownError(f"{path}: cannot write the report ({exc.strerror or exc})") from None
    return path


def _ensure_gui_app() -> None:
    """QTextDocument needs a QGuiApplication; on the command line use the offscreen platform."""
    from PySide6.QtGui import QGuiApplication

    if QGuiApplication.instance() is None:
        os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
        global _APP
        _APP = QGuiApplication([])


_APP = None


def write_pdf(
    store: Store,
    session_ids: list[int],
    path: str | Path,
    warn: Callable[[str], None] | None = None,
) -> Path:
    """The report on A4 pages, drawn by Qt: each call from a new page, no row split in two."""
    path = Path(path)
    bundles = load_many(store, session_ids, warn)
    _ensure_gui_app()
    documents = [
        pdf.Document(
            footer=f"{b.info.trainee} → {b.info.persona_name or b.info.persona_id}",
            html=report_html([b], True),
            page=report_words(call_language(b)).words["page"],
        )
        for b in bundles
    ]
    pdf.write(path, documents, report_title(bundles))
    if not path.is_file() or path.stat().st_size == 0:
        raise KnownError(f"{path}: cannot write the PDF; check that the folder is writable")
    return path
