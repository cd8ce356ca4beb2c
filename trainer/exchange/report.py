"""A printable report of one or more sessions: HTML for the browser, PDF through Qt.

The HTML keeps to the subset of CSS that Qt's rich text understands (tables, colours, borders),
so the same text renders in a browser and, through QTextDocument + QPdfWriter, as a PDF.
"""

from __future__ import annotations

import os
from dataclasses import dataclass
from datetime import datetime
from html import escape
from pathlib import Path
from typing import TYPE_CHECKING

from trainer.core.acts.times import agreed_time_text
from trainer.core.errors import KnownError
from trainer.core.scoring.corrections import corrected_totals
from trainer.core.transcript import Transcript
from trainer.exchange.evidence import acts_note_html, points_text, turn_marks, turn_notes_html
from trainer.store import review

if TYPE_CHECKING:
    from trainer.store import SessionSummary, Store

EARNED, LOST, MIXED = "#e3f4e1", "#fbe3e1", "#fdf3d6"
TONE = {"earned": EARNED, "lost": LOST, "mixed": MIXED}
OUTCOME_LABELS = {
    "meeting": "Meeting booked",
    "callback": "Call-back agreed",
    "hung_up": "Prospect hung up",
    "ended": "Ended without a next step",
    "not_finished": "Not finished (app closed mid-call)",
    None: "Not finished",
}


def outcome_text(outcome: str | None, agreed_time: object = None, short: bool = False) -> str:
    """'Call-back agreed · Friday at ten (Fri 4 Dec 10:00)': the outcome and when it is for."""
    label = OUTCOME_LABELS.get(outcome, outcome or "")
    when = agreed_time_text(agreed_time, short) if outcome in ("meeting", "callback") else ""
    return f"{label} · {when}" if when else label


METRIC_LABELS = {
    "talk_ratio": ("Talk share", lambda v: f"{v:.0%}"),
    "longest_monologue_words": ("Longest turn (words)", str),
    "longest_monologue_seconds": ("Longest turn (s)", lambda v: f"{v:.0f}"),
    "questions": ("Questions", str),
    "open_questions": ("Open questions", str),
    "needs_questions": ("Needs questions", str),
    "words_per_minute": ("Words per minute", lambda v: f"{v:.0f}"),
    "time_to_reason_seconds": ("Reason given after (s)", lambda v: f"{v:.0f}"),
}


@dataclass
class SessionBundle:
    """Everything one report needs, read once (off the GUI thread when used by the UI)."""

    info: SessionSummary
    transcript: Transcript
    score: dict | None
    feedback: review.Feedback


def load(store: Store, session_id: int) -> SessionBundle:
    return SessionBundle(
        info=store.session_info(session_id),
        transcript=store.get_transcript(session_id),
        score=store.get_score(session_id, "auto"),
        feedback=review.feedback_for(store, session_id),
    )


def local_time(value: datetime | None) -> str:
    return value.astimezone().strftime("%Y-%m-%d %H:%M") if value else "–"


def duration_text(seconds: float | None) -> str:
    if seconds is None:
        return "–"
    seconds = int(round(seconds))
    return f"{seconds // 60}:{seconds % 60:02d}"


def format_metric(key: str, value: object) -> tuple[str, str] | None:
    if value is None or isinstance(value, dict | list):
        return None
    label, fmt = METRIC_LABELS.get(key, (key.replace("_", " ").capitalize(), str))
    try:
        return label, fmt(value)
    except (TypeError, ValueError):
        return label, str(value)


def _criteria_rows(data: SessionBundle) -> str:
    rows = []
    shown_section = None
    for section, crit in review.criteria(data.score):
        if section != shown_section:
            # A heading row per part, instead of a narrow column that splits "Needs" in two.
            shown_section = section
            rows.append(
                f"<tr bgcolor='#f7f7f7'><td colspan='5'><b>{escape(section.capitalize())}</b>"
                "</td></tr>"
            )
        override = data.feedback.overrides.get(crit.get("id", ""))
        auto = points_text(crit)
        trainer = ""
        if override is not None:
            trainer = (
                f"<b>{override.score}/{override.max}</b><br>"
                f"<i>{escape(override.reason)}</i>"
                + (f" — {escape(override.author)}" if override.author else "")
            )
        evidence = ", ".join(f"#{i + 1}" for i in crit.get("evidence") or [])
        score = override.score if override else crit.get("score")
        top = crit.get("max") or 0
        color = EARNED if score is not None and top and score * 2 >= top else LOST
        rows.append(
            f"<tr><td bgcolor='{color}'><b>{escape(crit.get('name') or crit.get('id', ''))}</b><br>"
            f"<small>{escape(crit.get('note') or '')}</small></td>"
            f"<td align='center' nowrap>{auto}</td><td>{trainer}</td>"
            f"<td align='center'>{evidence}</td>"
            f"<td><small>{escape(crit.get('tip') or '')}</small></td></tr>"
        )
    if not rows:
        return "<p><i>This session has no score yet.</i></p>"
    return (
        "<table width='100%' cellspacing='0' cellpadding='4' border='1' "
        "style='border-collapse: collapse; border-color: #cccccc'>"
        # Widths set, so a narrow page does not split "Interruption acknowledged" mid-word.
        "<tr bgcolor='#f0f0f0'><th width='34%'>Criterion</th>"
        "<th width='13%' nowrap>Points</th><th width='16%'>Trainer</th><th width='10%'>Turns</th>"
        "<th width='24%'>Tip</th></tr>" + "".join(rows) + "</table>"
    )


def _transcript_rows(data: SessionBundle) -> str:
    marks = turn_marks(data.score, data.feedback.overrides)
    rows = []
    for index, turn in enumerate(data.transcript.turns):
        mark = marks.get(index)
        color = TONE[mark.tone] if mark else "#ffffff"
        who = "Trainee" if turn.speaker == "trainee" else "Prospect"
        when = f"{turn.start:.0f}s" if turn.start is not None else ""
        notes = turn_notes_html(mark, data.feedback.turn_comments.get(index, []))
        if turn.speaker == "trainee" and (read := acts_note_html(turn.acts, turn.llm_acts)):
            notes.append(read)
        cut = " <i>(cut off)</i>" if turn.cut_off else ""
        rows.append(
            f"<tr><td width='6%' align='right'>#{index + 1}<br><small>{when}</small></td>"
            f"<td width='16%' nowrap><b>{who}</b></td>"
            f"<td bgcolor='{color}'>{escape(turn.text)}{cut}"
            + (f"<br><small>{'<br>'.join(notes)}</small>" if notes else "")
            + "</td></tr>"
        )
    return (
        "<table width='100%' cellspacing='0' cellpadding='4'>" + "".join(rows) + "</table>"
        if rows
        else "<p><i>No turns.</i></p>"
    )


def session_html_body(data: SessionBundle) -> str:
    info, score = data.info, data.score or {}
    needs = (score.get("needs") or {}).get("score", info.needs)
    time_ = (score.get("time") or {}).get("score", info.time)
    overall = score.get("overall", info.overall)
    totals = corrected_totals(score, {c: o.score for c, o in data.feedback.overrides.items()})
    auto_line = ""
    if totals:
        auto_line = (
            "<p><i>Totals include the trainer's corrections (automatic: Needs "
            f"{needs} · Time {time_} · Overall {overall}).</i></p>"
        )
        needs, time_, overall = totals["needs"], totals["time"], totals["overall"]
    metrics = [
        m for key, value in (score.get("metrics") or {}).items() if (m := format_metric(key, value))
    ]
    metric_html = " &nbsp;·&nbsp; ".join(f"{escape(k)}: <b>{escape(v)}</b>" for k, v in metrics)
    reviewed = (
        f"Reviewed {local_time(data.feedback.reviewed_at)}"
        if data.feedback.reviewed
        else "Not reviewed yet"
    )
    comments = "".join(
        f"<p>✎ {escape(c.text)}"
        + (f" <small>— {escape(c.author)}, {local_time(c.created_at)}</small>" if c.author else "")
        + "</p>"
        for c in data.feedback.session_comments
    )
    tips = "".join(f"<li>{escape(str(t))}</li>" for t in (score.get("tips") or [])[:3])

    def big(label: str, value: object) -> str:
        return (
            f"<td align='center' width='33%'><font size='6'><b>"
            f"{'–' if value is None else value}</b></font><br>{label}</td>"
        )

    return (
        f"<h1>{escape(info.trainee)} → {escape(info.persona_name or info.persona_id)}</h1>"
        f"<p>{local_time(info.started_at)} &nbsp;·&nbsp; {duration_text(info.duration_seconds)}"
        f" &nbsp;·&nbsp; {escape(outcome_text(info.outcome, info.agreed_time))}"
        f" &nbsp;·&nbsp; {escape(info.language)} &nbsp;·&nbsp; {escape(reviewed)}</p>"
        "<table width='100%' cellpadding='6'><tr>"
        + big("Needs", needs)
        + big("Time", time_)
        + big("Overall", overall)
        + "</tr></table>"
        + auto_line
        + (f"<p>{metric_html}</p>" if metric_html else "")
        + (f"<h2>Trainer's comments</h2>{comments}" if comments else "")
        + (f"<h2>Three things for the next call</h2><ol>{tips}</ol>" if tips else "")
        + "<h2>Criteria</h2>"
        + _criteria_rows(data)
        + "<h2>Transcript</h2>"
        + f"<p><small><span style='background-color:{EARNED}'>&nbsp;earned points&nbsp;</span> "
        f"<span style='background-color:{LOST}'>&nbsp;lost points&nbsp;</span> "
        f"<span style='background-color:{MIXED}'>&nbsp;both&nbsp;</span></small></p>"
        + _transcript_rows(data)
    )


def report_html(bundles: list[SessionBundle]) -> str:
    """A whole HTML document; each session starts on a new page when printed."""
    parts = [
        f"<div style='page-break-before: always'>{session_html_body(b)}</div>"
        if i
        else f"<div>{session_html_body(b)}</div>"
        for i, b in enumerate(bundles)
    ]
    title = "Call report" if len(bundles) == 1 else f"Call reports ({len(bundles)})"
    return (
        "<!DOCTYPE html><html><head><meta charset='utf-8'>"
        f"<title>{title}</title><style>"
        "body { font-family: 'DejaVu Sans', Arial, sans-serif; font-size: 10pt; color: #222; }"
        "h1 { font-size: 16pt; margin-bottom: 2px; } h2 { font-size: 12pt; margin-top: 14px; }"
        "th { text-align: left; }"
        "</style></head><body>" + "".join(parts) + "</body></html>"
    )


def write_html(store: Store, session_ids: list[int], path: str | Path) -> Path:
    path = Path(path)
    if not session_ids:
        raise KnownError("no sessions to report on; name session ids, or use --all or --trainee")
    text = report_html([load(store, sid) for sid in session_ids])
    try:
        path.write_text(text, encoding="utf-8")
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


def write_pdf(store: Store, session_ids: list[int], path: str | Path) -> Path:
    """Render the HTML report onto A4 pages with Qt (no browser, no extra library)."""
    path = Path(path)
    if not session_ids:
        raise KnownError("no sessions to report on; name session ids, or use --all or --trainee")
    html = report_html([load(store, sid) for sid in session_ids])
    _ensure_gui_app()
    from PySide6.QtCore import QMarginsF
    from PySide6.QtGui import QPageLayout, QPageSize, QPdfWriter, QTextDocument

    writer = QPdfWriter(str(path))
    writer.setPageSize(QPageSize(QPageSize.PageSizeId.A4))
    writer.setPageMargins(QMarginsF(15, 15, 15, 15), QPageLayout.Unit.Millimeter)
    writer.setResolution(150)
    writer.setTitle("Call report")
    writer.setCreator("trainer")
    doc = QTextDocument()
    doc.setHtml(html)
    doc.print_(writer)
    del writer  # closes and flushes the file
    if not path.is_file() or path.stat().st_size == 0:
        raise KnownError(f"{path}: cannot write the PDF; check that the folder is writable")
    return path
