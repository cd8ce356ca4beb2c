"""The PDF report reads as well as the HTML one: whole words, whole rows, on real A4 pages.

Long calls in Swedish, Danish and English (long turns, long trainer reasons, a pasted link) go
through the real scorer, a real SQLite file and Qt's PDF writer; the pages are read back with
pypdf.
"""

from __future__ import annotations

import re
import unicodedata

import pytest
from pypdf import PdfReader

from trainer.core.persona import load_catalog
from trainer.core.scoring import score_transcript
from trainer.core.transcript import Transcript, Turn
from trainer.exchange import pdf, report
from trainer.paths import persona_folders
from trainer.store import Store, review

PERSONAS = ("grumpy-ceo-sv", "busy-ceo-da", "grumpy-ceo-en")
LINES = {
    "sv": (
        "Hej, det är Eva från Nordlogistik och jag ringer eftersom vi hjälper åkerier att "
        "planera transporterna bättre, hur planerar ni era leveranser i dag när det blir "
        "fler körningar än vanligt och chaufförerna inte räcker till",
        "Det där har jag hört förut. Vad vill du egentligen?",
    ),
    "da": (
        "Hej, det er Mette fra Renhold Nord, og jeg ringer fordi vi hjælper rengøringsfirmaer "
        "med at planlægge ruterne bedre, hvordan fordeler I opgaverne i dag når der kommer "
        "flere kunder end medarbejderne kan nå",
        "Det har jeg hørt før. Hvad vil du egentlig?",
    ),
    "en": (
        "Hi, this is Eve from Northern Logistics and I am calling because we help hauliers "
        "plan their routes better, how do you plan your deliveries today when there are more "
        "runs than usual and not enough drivers to go round",
        "I have heard that before. What do you actually want?",
    ),
}
LINK = "https://example.com/" + "a-very-long-path-segment-without-spaces" * 4
TURNS = 24


def _flat(text: str) -> str:
    """Text as a reader sees it: ligatures undone, soft breaks dropped, whitespace as one space."""
    text = unicodedata.normalize("NFKC", text).replace(pdf.ZWSP, "")
    return re.sub(r"\s+", " ", text)


def _marker(sid: int, index: int) -> str:
    return f"Q{sid}x{index:02d}"


@pytest.fixture(scope="module")
def long_calls(tmp_path_factory):
    """Three long scored calls, one per language, with long reasons from the trainer."""
    folder = tmp_path_factory.mktemp("long")
    catalog = load_catalog(persona_folders())
    store = Store(f"sqlite:///{folder / 'calls.db'}")
    ids = []
    for n, persona_id in enumerate(PERSONAS):
        persona = catalog.get(persona_id)
        mine, theirs = LINES[persona.language]
        sid = store.start_session(f"Trainee {n}", persona, "scripted", None)
        turns = []
        for i in range(TURNS):
            trainee = i % 2 == 0
            # Every trainee turn is unique (its marker) and long: three to five sentences.
            text = (
                f"{_marker(sid, i)} " + " ".join([mine] * (1 + i % 3)) + "?"
                if trainee
                else f"{theirs} {_marker(sid, i)}"
            )
            if i == 4:
                text += f" {LINK}"
            turn = Turn(
                speaker="trainee" if trainee else "prospect",
                text=text,
                start=i * 20.0,
                end=i * 20.0 + 15.0,
            )
            store.add_turn(sid, i, turn)
            turns.append(turn)
        store.end_session(sid, "hung_up")
        transcript = Transcript(persona=persona_id, language=persona.language, turns=turns)
        store.save_score(sid, "auto", "v", score_transcript(transcript, persona).to_json())
        score = store.get_score(sid, "auto")
        for k, crit in enumerate(c for part in ("needs", "time") for c in part_of(score, part)):
            reason = f"R{sid}c{k} " + "the trainer explains this correction at length " * (
                2 + 6 * (k == 1)
            )
            review.set_override(store, sid, crit["id"], crit["max"], reason.strip())
        review.add_comment(store, sid, "Good energy; " * 30)
        ids.append(sid)
    yield store, ids, folder
    store.close()


@pytest.fixture(scope="module")
def long_pdf(long_calls, qapp):
    """The three calls' PDF, written once, and the text of each of its pages."""
    store, ids, folder = long_calls
    path = report.write_pdf(store, ids, folder / "long.pdf")
    return path, [_flat(page.extract_text()) for page in PdfReader(str(path)).pages]


def part_of(score: dict, part: str) -> list[dict]:
    return (score.get(part) or {}).get("criteria") or []


def test_long_report_keeps_words_and_rows_whole(long_calls, long_pdf):
    store, ids, _ = long_calls
    _, pages = long_pdf
    whole = " ".join(pages)
    assert len(pages) >= 9  # long enough that rows meet page ends many times
    for sid in ids:
        score = store.get_score(sid, "auto")
        assert score["language"] in ("sv", "da", "en")
        criteria = [c for part in ("needs", "time") for c in part_of(score, part)]
        for crit in criteria:
            # The name is never cut inside a word (it may wrap between words)…
            assert crit["name"] in whole, crit["name"]
            # …and its row (name, the trainer's long reason) stays on one page.
            reason = _flat(review.feedback_for(store, sid).overrides[crit["id"]].reason)
            holding = [p for p in pages if reason in p]
            assert len(holding) == 1, (crit["name"], reason[:12])
            assert crit["name"] in holding[0]
        for i, turn in enumerate(store.get_transcript(sid).turns):
            # Each turn, however long, is on one page, with its number and speaker.
            text = _flat(turn.text)
            if LINK in text:  # the link wraps where it was given room to: compare unspaced
                holding = [p for p in pages if text.replace(" ", "") in p.replace(" ", "")]
            else:
                holding = [p for p in pages if text in p]
            assert len(holding) == 1, _marker(sid, i)
            who = "Trainee" if turn.speaker == "trainee" else "Prospect"
            assert re.search(rf"#{i + 1} (\d+s )?{who} ", holding[0]), _marker(sid, i)


def test_criteria_header_repeats_where_the_table_goes_on(long_pdf):
    _, pages = long_pdf
    header = "Criterion Points Trainer Turns Tip"
    starts = [p for p in pages if header in p]
    go_on = [p for p in starts if "Criteria" not in p.split(header)[0]]
    assert go_on, "no page continues a criteria table"
    for page in go_on:
        assert page.startswith(header)


def test_a_pasted_link_never_widens_the_page(long_calls, long_pdf, tmp_path):
    from PySide6.QtGui import QPdfWriter

    store, ids, _ = long_calls
    html = report.report_html([report.load(store, ids[0])], printed=True)
    writer = QPdfWriter(str(tmp_path / "unused.pdf"))
    doc = pdf.lay_out(html, writer)
    assert doc.documentLayout().documentSize().width() <= writer.width() + 1
    text = "".join(long_pdf[1])
    assert LINK in text.replace(" ", "")  # all of it, wrapped at the break opportunities


def test_breakable_leaves_words_alone():
    assert pdf.breakable("Intresseväckande uppföljningsfrågor") == (
        "Intresseväckande uppföljningsfrågor"
    )
    long = pdf.breakable(LINK)
    assert long.replace(pdf.ZWSP, "") == LINK
    assert max(len(piece) for piece in long.split(pdf.ZWSP)) <= pdf.SLICE


# ----------------------------------------------------------------------- pagination alone


def test_rows_move_whole_to_the_next_page():
    cuts = [pdf.Cut(y, y) for y in (0, 30, 60, 90, 120)]
    pages = pdf.paginate(cuts, total=150, height=100)
    assert [(p.start, p.end) for p in pages] == [(0, 90), (90, 150)]


def test_a_heading_is_not_left_at_a_page_foot():
    cuts = [pdf.Cut(50, 50), pdf.Cut(95, 95, allowed=False), pdf.Cut(130, 130)]
    pages = pdf.paginate(cuts, total=180, height=100)
    assert pages[0].end == 50


def test_only_a_row_taller_than_a_page_is_cut_between_its_lines():
    cuts = [pdf.Cut(10, 10), pdf.Cut(60, 60, fine=True), pdf.Cut(110, 110, fine=True)]
    cuts.append(pdf.Cut(260, 260))
    pages = pdf.paginate(cuts, total=300, height=100)
    assert [(p.start, p.end) for p in pages][:2] == [(0, 10), (10, 110)]


def test_a_continued_table_repeats_its_header_and_the_page_holds_less():
    header = (0.0, 20.0)
    cuts = [pdf.Cut(y, y + 1, header=header) for y in (40, 70, 100, 130, 160)]
    pages = pdf.paginate(cuts, total=170, height=100)
    assert pages[0].header is None and pages[1].header == header
    assert pages[1].end - pages[1].start <= 100 - 20


# ----------------------------------------------------------------------- from the Review tab


@pytest.mark.gui
def test_review_saves_the_pdf_off_the_gui_thread(qtbot, long_calls, tmp_path):
    from trainer.ui.review import ReviewWorkspace
    from trainer.workers.tasks import wait_for_tasks

    store, ids, _ = long_calls
    ws = ReviewWorkspace(store, author="Trainer Kim")
    qtbot.addWidget(ws)
    with qtbot.waitSignal(ws.model.ready, timeout=20_000):
        ws.show()
    path = tmp_path / "from-review.pdf"
    ws.export_report(path, ids)
    assert ws.feedback.text() == "Working…"  # back at once; the pages are drawn elsewhere
    qtbot.waitUntil(lambda: "Saved the report" in ws.feedback.text(), timeout=20_000)
    assert len(PdfReader(str(path)).pages) >= 9
    ws.export_report(tmp_path / "no such folder" / "r.pdf", ids[:1])
    qtbot.waitUntil(
        lambda: "cannot write the PDF (No such file" in ws.feedback.text(), timeout=20_000
    )
    assert "\n" not in ws.feedback.text() and "Traceback" not in ws.feedback.text()
    wait_for_tasks()
