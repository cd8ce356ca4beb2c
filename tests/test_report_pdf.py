"""The PDF report reads as well as the HTML one: whole words, whole rows, on real A4 pages,
each call's pages in the call's own language.

Long calls in Swedish, Danish and English (long turns, long trainer reasons, a pasted link) go
through the real scorer, a real SQLite file and Qt's PDF writer; the pages are read back with
pypdf.
"""

from __future__ import annotations

import re
import unicodedata
from datetime import datetime
from html.parser import HTMLParser

import pytest
from pypdf import PdfReader

from trainer.core.acts import LABELS, read_turn
from trainer.core.persona import load_catalog
from trainer.core.scoring import score_transcript
from trainer.core.transcript import AgreedTimeData, Transcript, Turn
from trainer.exchange import pdf, report
from trainer.exchange.lang import report_words
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
TRAINEES = {"sv": "Åsa Öberg", "da": "Søren Ærø", "en": "Kim Lee"}
REASONS = {
    "sv": "tränaren förklarar sin ändring utförligt här ",
    "da": "træneren forklarer sin rettelse udførligt her ",
    "en": "the trainer explains this correction at length ",
}
AGREED = {"sv": "på fredag klockan tio", "da": "på fredag klokken ti", "en": "on Friday at ten"}
PRAISE = {"sv": "Bra energi; ", "da": "God energi; ", "en": "Good energy; "}
# The report's own words in English: headings, column headers, labels, outcomes, metrics, the
# reading of a turn, the calendar, the language names and the footer. None of them may show in a
# Swedish or Danish call's part of a report (the call's own words are not on this list).
ENGLISH = (
    "Criterion", "Points", "Trainer", "Turns", "Tip", "Needs", "Time", "Overall",
    "Trainer's comments", "Three things", "Criteria", "Transcript", "earned points",
    "lost points", "both", "Trainee", "Prospect", "cut off", "No turns", "no score yet",
    "Reviewed", "Not reviewed yet", "Totals include", "automatic", "Imported", "sender's score",
    "scored again", "Talk share", "Longest turn", "Questions", "Open questions",
    "Needs questions", "Words per minute", "Reason given after", "Trainee turns",
    "Prospect turns", "Outcome", "Meeting booked", "Call-back agreed", "Prospect hung up",
    "Ended without a next step", "Not finished", "Failed", "Read as", "nothing in particular",
    "read it otherwise", "needs question", "follow up", "reason", "acknowledge time", "pitch",
    "concrete time", "callback proposal", "n/a", "page", "Swedish", "Danish", "English",
    "Mon", "Tue", "Wed", "Thu", "Fri", "Dec", "from", "Call report", "Call reports",
)  # fmt: skip
SPEAKERS = {"sv": ("Säljare", "Kund"), "da": ("Sælger", "Kunde"), "en": ("Trainee", "Prospect")}
HEADERS = {
    "sv": ("Kriterium Poäng Tränare Repliker Tips", "Kriterier"),
    "da": ("Kriterium Point Træner Replikker Tip", "Kriterier"),
    "en": ("Criterion Points Trainer Turns Tip", "Criteria"),
}
SAME_WORD = {"da": {"Tip"}}  # the Danish column header is the English word
LINK = "https://example.com/" + "a-very-long-path-segment-without-spaces" * 4
TURNS = 24


def _flat(text: str) -> str:
    """Text as a reader sees it: ligatures undone, soft breaks dropped, whitespace as one space."""
    text = unicodedata.normalize("NFKC", text).replace(pdf.ZWSP, "")
    return re.sub(r"\s+", " ", text)


def english_in(text: str, language: str) -> list[str]:
    """The report's English words (whole words, as the report writes them) found in `text`."""
    return [
        word
        for word in ENGLISH
        if word not in SAME_WORD.get(language, set())
        and re.search(rf"(?<!\w){re.escape(word)}(?!\w)", text)
    ]


def _marker(sid: int, index: int) -> str:
    return f"Q{sid}x{index:02d}"


@pytest.fixture(scope="module")
def long_calls(tmp_path_factory):
    """Three long scored calls, one per language, with long reasons from the trainer."""
    folder = tmp_path_factory.mktemp("long")
    catalog = load_catalog(persona_folders())
    store = Store(f"sqlite:///{folder / 'calls.db'}")
    ids = []
    for persona_id in PERSONAS:
        persona = catalog.get(persona_id)
        mine, theirs = LINES[persona.language]
        sid = store.start_session(TRAINEES[persona.language], persona, "scripted", None)
        turns = []
        previous = ""
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
            acts = list(read_turn(text, persona.language, previous).acts) if trainee else None
            turn = Turn(
                speaker="trainee" if trainee else "prospect",
                text=text,
                start=i * 20.0,
                end=i * 20.0 + 15.0,
                acts=acts,
                llm_acts=["goodbye"] if i == 2 else None,
                cut_off=i == 3,
            )
            store.add_turn(sid, i, turn)
            turns.append(turn)
            previous = text
        when = AgreedTimeData(start=datetime(2026, 12, 4, 10), label=AGREED[persona.language])
        store.end_session(sid, "callback", agreed_time=when)
        transcript = Transcript(persona=persona_id, language=persona.language, turns=turns)
        store.save_score(sid, "auto", "v", score_transcript(transcript, persona).to_json())
        score = store.get_score(sid, "auto")
        for k, crit in enumerate(c for part in ("needs", "time") for c in part_of(score, part)):
            reason = f"R{sid}c{k} " + REASONS[persona.language] * (2 + 6 * (k == 1))
            review.set_override(store, sid, crit["id"], crit["max"], reason.strip())
        review.add_comment(store, sid, PRAISE[persona.language] * 30)
        review.set_reviewed(store, sid)
        ids.append(sid)
    yield store, ids, folder
    store.close()


@pytest.fixture(scope="module")
def long_pdf(long_calls, qapp):
    """The three calls' PDF, written once, and the text of each of its pages."""
    store, ids, folder = long_calls
    path = report.write_pdf(store, ids, folder / "long.pdf")
    return path, [_flat(page.extract_text()) for page in PdfReader(str(path)).pages]


@pytest.fixture(scope="module")
def pages_of(long_pdf):
    """Each call's pages, by language: those whose footer names the call's trainee."""
    _, pages = long_pdf
    return {lang: [p for p in pages if name in p] for lang, name in TRAINEES.items()}


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
        trainee, prospect = SPEAKERS[score["language"]]
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
            who = trainee if turn.speaker == "trainee" else prospect
            assert re.search(rf"#{i + 1} (\d+ ?s )?{who} ", holding[0]), _marker(sid, i)


def test_criteria_header_repeats_where_the_table_goes_on(pages_of):
    continued = 0
    for language, pages in pages_of.items():
        header, heading = HEADERS[language]
        starts = [p for p in pages if header in p]
        assert starts, language
        go_on = [p for p in starts if heading not in p.split(header)[0]]
        continued += len(go_on)
        for page in go_on:
            assert page.startswith(header), language
    assert continued, "no page continues a criteria table"


# Words each call's pages show, in its language: headings, labels, the outcome with the agreed
# time's calendar part, a metric, the reading of a turn, the corrections line and the footer.
OWN_WORDS = {
    "sv": (
        "Tränarens kommentarer", "Tre saker att ändra till nästa samtal", "Kriterier",
        "Utskrift", "gav poäng", "kostade poäng", "båda", "(avbruten)", "Granskat 20",
        "Återsamtal bokat · på fredag klockan tio (fre 4 dec 10:00)", "svenska", "Taltid:",
        "Lästes som: ", "LLM:en läste den annorlunda: +avslutning",
        "Summorna tar med tränarens ändringar (automatiskt: Behov", "sida 1 av",
    ),
    "da": (
        "Trænerens kommentarer", "Tre ting at ændre til næste opkald", "Kriterier",
        "Udskrift", "gav point", "kostede point", "begge", "(afbrudt)", "Gennemgået 20",
        "Opkald aftalt · på fredag klokken ti (fre. 4. dec. 10:00)", "dansk", "Taletid:",
        "Læst som: ", "LLM'en læste den anderledes: +afslutning",
        "Summerne medregner trænerens rettelser (automatisk: Behov", "af 1",
    ),
    "en": (
        "Trainer's comments", "Three things to change on the next call", "Criteria",
        "Transcript", "earned points", "lost points", "both", "(cut off)", "Reviewed 20",
        "Call-back agreed · on Friday at ten (Fri 4 Dec 10:00)", "English", "Talk share:",
        "Read as: ", "the LLM read it otherwise: +goodbye",
        "Totals include the trainer's corrections (automatic: Needs", "page 1",
    ),
}  # fmt: skip


def test_each_call_reads_in_its_own_language(pages_of):
    for language, pages in pages_of.items():
        whole = " ".join(pages)
        missing = [w for w in OWN_WORDS[language] if w not in whole]
        assert not missing, (language, missing)
        found = english_in(whole, language)
        if language == "en":
            assert len(found) > 20  # the list is of words the English report does write
        else:
            assert not found, (language, found)


class _Text(HTMLParser):
    """The visible text of a report, per call: (the call's lang attribute, its text)."""

    def __init__(self) -> None:
        super().__init__()
        self.parts: list[tuple[str, list[str]]] = [("", [])]
        self._style = False

    def handle_starttag(self, tag, attrs):
        self._style = tag == "style"
        if tag == "div":
            self.parts.append((dict(attrs).get("lang") or "", []))

    def handle_endtag(self, tag):
        self._style = False

    def handle_data(self, data):
        if not self._style:
            self.parts[-1][1].append(data)


def report_parts(html: str) -> list[tuple[str, str]]:
    """Each call's part of a report: its language and its visible text, whitespace as one."""
    parser = _Text()
    parser.feed(html)
    return [(lang, _flat(" ".join(text))) for lang, text in parser.parts[1:]]


def test_html_report_of_calls_in_three_languages_renders_each_in_its_own(long_calls):
    store, ids, _ = long_calls
    html = report.report_html([report.load(store, sid) for sid in ids])
    parts = report_parts(html)
    assert [lang for lang, _ in parts] == ["sv", "da", "en"]
    for language, text in parts:
        missing = [w for w in OWN_WORDS[language][:-1] if w not in text]  # no footer in HTML
        assert not missing, (language, missing)
        if language != "en":
            assert not english_in(text, language), (language, english_in(text, language))
    # A report of one call is titled in its language; of calls in several, in English.
    assert "<title>Samtalsrapport</title>" in report.report_html([report.load(store, ids[0])])
    assert "<title>Opkaldsrapport</title>" in report.report_html([report.load(store, ids[1])])
    assert "<title>Call reports (3)</title>" in html


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


# ----------------------------------------------------------------------- the words themselves


def test_every_language_has_every_word_the_report_uses():
    english = report_words("en")
    for code in ("sv", "da"):
        words = report_words(code)
        assert words.code == code and words.card.code == code
        for part in ("words", "languages", "outcomes", "metrics", "acts"):
            assert set(getattr(words, part)) == set(getattr(english, part)), (code, part)
        assert set(words.dates) == set(english.dates)
        assert len(words.dates["weekdays"]) == 7 and len(words.dates["months"]) == 12
    assert set(english.acts) == set(LABELS)  # every act the reading can give has a name
    assert set(english.outcomes) == {*report.OUTCOME_LABELS}
    # A language the report has no words for reads as English; locale forms are understood.
    assert report_words("fi").code == "en" and report_words("sv_SE").code == "sv"


def test_agreed_times_in_each_language():
    day = {"start": "2027-01-01T00:00:00", "precision": "day", "label": "nyårsdagen"}
    period = {"start": "2027-03-01T00:00:00", "precision": "period", "phrase": "i starten af marts"}
    assert report.outcome_text("meeting", day, "sv") == "Möte bokat · nyårsdagen (fre 1 jan)"
    assert report.outcome_text("callback", period, "da") == (
        "Opkald aftalt · i starten af marts (fra 1. mar. 2027)"
    )
    assert report.outcome_text("callback", {"start": "2026-12-04T10:00:00"}, "en") == (
        "Call-back agreed · Fri 4 Dec 10:00"
    )
    # No time for an outcome that has none, nor from a damaged one; an unknown outcome as stored.
    assert report.outcome_text("hung_up", day, "sv") == "Kunden lade på"
    assert report.outcome_text("callback", {"broken": 1}, "da") == "Opkald aftalt"
    assert report.outcome_text("gone", None, "sv") == "gone"
    assert report.outcome_text(None, None, "da") == "Ikke afsluttet"


def test_a_call_without_score_or_turns_says_so_in_its_language(tmp_path, catalog):
    with Store(f"sqlite:///{tmp_path / 'empty.db'}") as store:
        sv = store.start_session("Åsa", catalog.get("grumpy-ceo-sv"), "scripted", None)
        da = store.start_session("Søren", catalog.get("busy-ceo-da"), "scripted", None)
        parts = dict(report_parts(report.report_html([report.load(store, i) for i in (sv, da)])))
    assert "Samtalet har inte poängsatts än." in parts["sv"] and "Inga repliker." in parts["sv"]
    assert "Inte avslutat" in parts["sv"] and "Inte granskat än" in parts["sv"]
    assert (
        "Opkaldet har ikke fået point endnu." in parts["da"] and "Ingen replikker." in parts["da"]
    )
    for language, text in parts.items():
        assert not english_in(text, language), (language, english_in(text, language))
