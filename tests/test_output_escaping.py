"""Hostile values in every field reach HTML escaped, CSV as text and the terminal as visible
escapes: reports, the CSV list and `sessions list|show`."""

from __future__ import annotations

import csv
from datetime import UTC, datetime
from html.parser import HTMLParser

import sqlalchemy as sa
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from trainer.cli import main as cli
from trainer.core.transcript import Transcript, Turn
from trainer.exchange import csv_export, report
from trainer.exchange.records import SenderScore
from trainer.store import SessionSummary, Store, review

FUZZ = settings(
    max_examples=40,
    derandomize=True,
    deadline=None,
    suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow],
)
ATTACKS = [
    "<script>alert(1)</script>",
    "<img src=x onerror=alert(1)>",
    "\"'><svg onload=alert(1)>",
    "</td></tr></table><iframe src=javascript:alert(1)>",
    "<a href='javascript:alert(1)'>x</a>",
    "&lt;script&gt;",
]
hostile = st.one_of(
    st.sampled_from(ATTACKS),
    st.builds(
        lambda a, b, c: a + b + c,
        st.text(max_size=5),
        st.sampled_from(ATTACKS),
        st.text(max_size=5),
    ),
)
# Tags and attributes the report itself writes; anything else came from the data.
TAGS = {"html", "head", "meta", "title", "style", "body", "div", "h1", "h2", "p", "table", "tr",
        "thead", "td", "th", "b", "br", "small", "i", "font", "ol", "li", "span"}  # fmt: skip
ATTRS = {"charset", "style", "cellpadding", "cellspacing", "border", "width", "align", "nowrap",
         "bgcolor", "colspan", "size", "lang"}  # fmt: skip


class Tags(HTMLParser):
    def __init__(self) -> None:
        super().__init__()
        self.tags: list[tuple[str, list]] = []

    def handle_starttag(self, tag, attrs):
        self.tags.append((tag, attrs))


def crit(cid, name, note, tip, score, evidence):
    return {"id": cid, "name": name, "note": note, "tip": tip, "score": score, "max": 20,
            "applicable": True, "evidence": evidence, "quotes": []}  # fmt: skip


@st.composite
def sessions(draw) -> report.SessionBundle:
    h = lambda: draw(hostile)  # noqa: E731
    when = datetime(2026, 1, 5, 10, tzinfo=UTC)
    score_value = draw(st.one_of(st.integers(0, 20), hostile))
    payload = {
        "needs": {"score": draw(st.one_of(st.integers(0, 100), hostile)),
                  "criteria": [crit(h(), h(), h(), h(), score_value, [0, h()])]},
        "time": {"score": h(), "criteria": [crit("t", h(), h(), h(), 5, [1])]},
        "overall": h(),
        "metrics": {h(): h(), "talk_ratio": 0.5},
        "tips": [h(), h()],
    }  # fmt: skip
    comment = review.Comment(
        uid="c", session_id=1, turn_index=None, author=h(), text=h(), created_at=when
    )
    on_turn = review.Comment(
        uid="d", session_id=1, turn_index=0, author=h(), text=h(), created_at=when
    )
    override = review.Override(
        uid="o", session_id=1, criterion_id="t", section="time", auto_score=5, score=10, max=20,
        reason=h(), author=h(), created_at=when,
    )  # fmt: skip
    info = SessionSummary(
        id=1, trainee=h(), persona_id=h(), persona_name=h(), language=h(), engine=h(), model=h(),
        started_at=when, ended_at=when, duration_seconds=5.0, outcome=draw(st.one_of(st.none(), hostile)),
        needs=1, time=2, overall=3, turn_count=2,
        agreed_time={"phrase": h(), "start": "2026-01-06T10:00:00", "label": h()},
    )  # fmt: skip
    feedback = review.Feedback(
        session_id=1, reviewed=True, reviewed_at=when, session_comments=[comment],
        turn_comments={0: [on_turn]}, overrides={"t": override}, override_history=[override],
    )  # fmt: skip
    transcript = Transcript(
        turns=[
            Turn(speaker="trainee", text=h(), acts=[h()], llm_acts=[h()], start=0.0),
            Turn(speaker="prospect", text=h(), cut_off=True),
        ]
    )
    sender = SenderScore(needs=100, time=100, overall=100, differs=True)
    return report.SessionBundle(
        info=info, transcript=transcript, score=payload, feedback=feedback, sender=sender
    )


@FUZZ
@given(bundles=st.lists(sessions(), min_size=1, max_size=2))
def test_no_tag_or_attribute_from_the_data_reaches_the_report(bundles):
    html = report.report_html(bundles)
    parser = Tags()
    parser.feed(html)
    for tag, attrs in parser.tags:
        assert tag in TAGS, (tag, html)
        assert {a for a, _ in attrs} <= ATTRS, (tag, attrs)
        assert dict(attrs).get("lang", "en") in ("sv", "da", "en"), attrs
    assert "<script" not in html.lower() and "onerror" not in "".join(
        v or "" for _, attrs in parser.tags for _, v in attrs
    )


def test_pdf_report_of_hostile_values_is_written(tmp_path, catalog, qapp):
    """The PDF goes through the same escaped HTML (Qt would render an <img> tag as an image)."""
    with Store() as store:
        sid = store.start_session(ATTACKS[1], catalog.get("grumpy-ceo-en"), "scripted", None)
        store.add_turn(sid, 0, Turn(speaker="trainee", text=ATTACKS[0]))
        store.end_session(sid, "ended")
        html = report.report_html([report.load(store, sid)])
        assert "&lt;img src=x onerror=alert(1)&gt;" in html and "&lt;script&gt;" in html
        assert report.write_pdf(store, [sid], tmp_path / "r.pdf").stat().st_size > 0


# ------------------------------------------------------------------------------ CSV

FORMULA = ("=", "+", "-", "@", "\t", "\r")
formula = st.builds(
    lambda pad, start, rest: pad + start + rest,
    st.text(" ", max_size=3),
    st.sampled_from(["=HYPERLINK(\"http://x\",\"y\")", "@SUM(1+1)", "+cmd|' /C calc'!A0", "-2+3",
                     "=1+1", "\t=1", "\r=1", "@", "-"]),
    st.text(max_size=10),
)  # fmt: skip


def test_csv_cells_never_start_a_formula(tmp_path, catalog):
    store = Store()

    @settings(max_examples=30, derandomize=True, deadline=None)
    @given(trainee=formula, persona=formula)
    def check(trainee, persona):
        sid = store.start_session(trainee or "=", catalog.get("grumpy-ceo-en"), "scripted", None)
        name = store.session_info(sid).trainee
        with store.engine.begin() as conn:
            conn.execute(
                sa.text("UPDATE sessions SET persona_name = :p WHERE id = :i"),
                {"p": persona, "i": sid},
            )
        path = tmp_path / "s.csv"
        csv_export.write_csv(store, path, review.SessionFilter(ids=(sid,)))
        store.delete_session(sid)
        rows = list(csv.reader(path.open(encoding="utf-8-sig", newline="")))
        for row in rows[1:]:
            for value in row:
                assert not value.lstrip(" \n\x0b\x0c").startswith(FORMULA), value
            assert row[2] == ("'" + name if name.lstrip().startswith(FORMULA) else name)
            assert row[4] == "'" + persona

    try:
        check()
    finally:
        store.close()


def test_csv_leaves_ordinary_text_alone():
    assert [csv_export.cell(v) for v in ("Åsa", "a=b", 42, None, "")] == [
        "Åsa",
        "a=b",
        "42",
        "",
        "",
    ]


# ------------------------------------------------------------------------- terminal

controls = st.text(st.characters(categories=["Cc"]), min_size=1, max_size=4)


def test_terminal_output_shows_control_characters_as_escapes(catalog, capsys):
    store = Store()

    @settings(max_examples=25, derandomize=True, deadline=None)
    @given(before=controls, after=controls)
    def check(before, after):
        name = f"{before}\x1b[31mEve\x1b]0;owned\x07{after}".replace("\x00", "")
        sid = store.start_session(name, catalog.get("grumpy-ceo-en"), "scripted", None)
        store.add_turn(sid, 0, Turn(speaker="trainee", text=f"hi{before}\u202eevil"))
        try:
            capsys.readouterr()
            assert cli(["sessions", "list"]) == 0
            assert cli(["sessions", "show", str(sid)]) == 0
            out = capsys.readouterr().out
            bad = [
                c
                for c in out
                if (ord(c) < 32 and c != "\n") or 0x7F <= ord(c) <= 0x9F or c == "\u202e"
            ]
            assert not bad, repr(out)
            assert "\\x1b[31mEve" in out
        finally:
            store.delete_session(sid)

    try:
        check()
    finally:
        store.close()
