"""The interface in Swedish and Danish through Qt's translations, and the score card of a call in
the call's language; the shipped .ts files are complete and their .qm files compiled from them."""

from __future__ import annotations

import re
import shutil
import subprocess
import sys
import xml.etree.ElementTree as ET
from datetime import datetime
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication

from tests.test_gui_call import CALLBACK_CALL, make_window, say, start_call  # noqa: F401
from trainer.settings import Settings
from trainer.ui.i18n import I18N_DIR, install_translators, interface_language

pytestmark = pytest.mark.gui
BIN = Path(sys.executable).parent
UI = Path(__file__).resolve().parent.parent / "trainer" / "ui"
TS_FILES = sorted(I18N_DIR.glob("trainer_*.ts"))
FIELD = re.compile(r"\{\w+\}")


@pytest.fixture
def language(qapp):
    """Install the interface's translators for a language; English again afterwards."""
    yield lambda code: install_translators(qapp, code)
    install_translators(qapp, "en")


def menu_titles(window) -> list[str]:
    return [a.text() for a in window.menuBar().actions()]


def test_the_settings_choice_and_the_system_locale_pick_the_language(language):
    assert interface_language("sv") == "sv" and interface_language("da") == "da"
    assert interface_language("en") == "en"
    assert interface_language("system") in ("sv", "da", "en")
    assert language("sv") == "sv"
    assert QApplication.translate("MainWindow", "&File") == "&Arkiv"
    assert language("en") == "en"
    assert QApplication.translate("MainWindow", "&File") == "&File"


def test_a_swedish_trainee_sees_swedish_menus_tabs_buttons_and_score_card(
    qtbot,
    language,
    make_window,  # noqa: F811
):
    language("sv")
    window = make_window(Settings(interface_language="sv"))
    view = window.call_view
    assert menu_titles(window) == ["&Arkiv", "&Hjälp"]
    file_actions = [a.text() for a in window.menuBar().actions()[0].menu().actions() if a.text()]
    assert file_actions == ["&Inställningar…", "&Ljud…", "A&vsluta"]
    assert window.tabs.tabText(0) == "Öva"
    assert window.windowTitle() == "Trainer · öva kalla samtal"
    assert view.call_button.text() == "Ring" and view.hangup_button.text() == "Lägg på"
    assert view.send_button.text() == "Skicka" and view.exam_check.text() == "Provläge"
    assert view.engine_label.text() == "Offline, manus"
    start_call(qtbot, view)
    say(qtbot, view, CALLBACK_CALL[0])
    say(qtbot, view, CALLBACK_CALL[1])
    with qtbot.waitSignal(view.scored, timeout=20_000):
        qtbot.mouseClick(view.hangup_button, Qt.MouseButton.LeftButton)
    assert view.call_button.text() == "Ring igen"
    card = view._score_card
    tiles = [t.title.text() for t in (card.needs_tile, card.time_tile, card.overall_tile)]
    assert tiles == ["BEHOV", "TID", "TOTALT"]
    header = card.tree.headerItem()
    assert [header.text(i) for i in range(3)] == ["Kriterium", "Poäng", "Repliker"]
    assert card.tips_title.text().startswith("TRE SAKER")
    everything = " ".join(
        [*tiles, *(header.text(i) for i in range(3)), card.tips_title.text(), card.footer.text()]
        + [i.text(0) + " " + i.text(1) for i in card.criterion_items()]
    )
    for english in ("Needs", "Time", "Overall", "Criterion", "Points", "Turns", "n/a", "words"):
        assert english not in everything
    window.resize(1500, 900)
    qtbot.waitUntil(lambda: card.isVisible())
    window.grab().save("/tmp/practice_sv.png")


def test_a_danish_reviewer_sees_danish_review_and_a_danish_call_card(qtbot, language, tmp_path):
    from trainer.core.persona import load_catalog
    from trainer.core.scoring import score_transcript
    from trainer.core.transcript import load_transcript
    from trainer.paths import persona_folders
    from trainer.store import Store
    from trainer.ui.review import ReviewWorkspace
    from trainer.workers.tasks import wait_for_tasks

    language("da")
    store = Store(f"sqlite:///{tmp_path / 'review.sqlite3'}")
    calls = Path(__file__).parent / "calibration"
    transcript = load_transcript(calls / "da_good.json")
    persona = load_catalog(persona_folders()).get(transcript.persona)
    payload = score_transcript(transcript, persona).to_json()
    sid = store.start_session("Mette", persona, "scripted", None)
    for index, turn in enumerate(transcript.turns):
        store.add_turn(sid, index, turn)
    store.end_session(sid, transcript.outcome or "ended")
    store.save_score(sid, "auto", payload["scorer_version"], payload)
    ws = ReviewWorkspace(store, author="Trainer Kim")
    qtbot.addWidget(ws)
    ws.resize(1280, 800)
    with qtbot.waitSignal(ws.model.ready, timeout=20_000):
        ws.show()
    view = ws.session_view
    with qtbot.waitSignal(view.loaded, timeout=20_000):
        view.open_session(sid)
    assert ws.import_button.text() == "Importér…" and ws.export_button.text() == "Eksportér…"
    assert view.report_button.text() == "Rapport…" and view.reviewed.text() == "Gennemgået"
    assert [view.tabs.tabText(i) for i in range(3)] == ["Kriterier", "Kommentarer", "Scorekort"]
    headers = [ws.model.headerData(i, Qt.Orientation.Horizontal) for i in range(3)]
    assert headers == ["Sælger", "Kunde", "Dato"]
    head = view.criteria.headerItem()
    assert [head.text(i) for i in range(4)] == ["Kriterium", "Auto", "Træner", "Replikker"]
    assert "Samlet" in view.badges["overall"].text() and "Behov" in view.badges["needs"].text()
    card = view.score_card
    assert card.overall_tile.title.text() == "SAMLET"
    assert "længste replik" in card.footer.text()
    ws.grab().save("/tmp/review_da.png")
    view.tabs.setCurrentIndex(2)
    ws.grab().save("/tmp/review_da_card.png")
    if hasattr(ws, "shutdown"):
        ws.shutdown()
    wait_for_tasks()
    store.close()


def test_the_settings_dialog_offers_the_interface_language(qtbot, language, isolated_env):
    from trainer.settings import load_settings
    from trainer.ui.settings_dialog import SettingsDialog

    language("da")
    dialog = SettingsDialog(Settings())
    qtbot.addWidget(dialog)
    combo = dialog.language
    labels = [combo.itemText(i) for i in range(combo.count())]
    assert labels == ["Systemets", "English", "Svenska", "Dansk"]
    assert dialog.windowTitle() == "Indstillinger"
    dialog.show()
    assert not dialog.language_note.isVisible()
    combo.setCurrentIndex(combo.findData("sv"))
    assert dialog.language_note.isVisible() and "genstarter" in dialog.language_note.text()
    dialog.accept()
    assert load_settings().interface_language == "sv"


@pytest.mark.parametrize("path", TS_FILES, ids=lambda p: p.name)
def test_every_message_is_translated_with_its_fields(path):
    root = ET.parse(path).getroot()
    messages = root.findall(".//message")
    assert len(messages) > 100
    for message in messages:
        source = message.findtext("source") or ""
        translation = message.find("translation")
        assert translation is not None, source
        assert translation.get("type") not in ("unfinished", "obsolete", "vanished"), source
        assert (translation.text or "").strip(), source
        assert sorted(FIELD.findall(source)) == sorted(FIELD.findall(translation.text)), source


def test_the_ts_files_hold_every_string_the_interface_marks(tmp_path):
    """lupdate over the sources finds nothing new: every tr() string has its translation."""
    sources = sorted(str(p) for p in [*UI.glob("*.py"), *UI.glob("review/*.py")])
    for path in TS_FILES:
        copy = tmp_path / path.name
        shutil.copy(path, copy)
        out = subprocess.run(
            [str(BIN / "pyside6-lupdate"), *sources, "-ts", str(copy)],
            capture_output=True,
            text=True,
            check=True,
        ).stdout
        assert "0 new" in out or "(0 new" in out, out
        assert 'type="unfinished"' not in copy.read_text(encoding="utf-8"), path.name


@pytest.mark.parametrize("path", TS_FILES, ids=lambda p: p.name)
def test_the_shipped_qm_files_are_compiled_from_the_ts_files(path, tmp_path):
    compiled = tmp_path / path.with_suffix(".qm").name
    subprocess.run(
        [str(BIN / "pyside6-lrelease"), str(path), "-qm", str(compiled)],
        capture_output=True,
        check=True,
    )
    assert compiled.read_bytes() == path.with_suffix(".qm").read_bytes(), (
        f"run pyside6-lrelease {path.name} -qm {compiled.name} and ship the result"
    )


# ------------------------------------------------- one language throughout, dynamic lines too

# Words that are English and neither Swedish nor Danish ("Trainer" is the app's name).
ENGLISH = re.compile(
    r"\b(the|and|you|your|of|with|from|session|sessions|turns?|Trainee|trainer|"
    r"Prospect|Reviewed|Needs|Time|Overall|Talk|share|Questions|agreed|booked|hung|only|"
    r"read|calls?|feedback|Hold|Mute|Inbound|Outbound|Impatient|Hostile|Easy|patience)\b"
)


def visible_texts(root) -> list[str]:
    """Every word a person can see or hover in `root`: labels, buttons, tabs, lists, tips."""
    from PySide6.QtWidgets import (
        QAbstractButton,
        QComboBox,
        QLabel,
        QLineEdit,
        QPlainTextEdit,
        QTabWidget,
        QTextBrowser,
        QTreeWidget,
        QWidget,
    )

    texts = []
    for widget in [root, *root.findChildren(QWidget)]:
        if not widget.isVisibleTo(root) and widget is not root:
            continue
        texts.append(widget.toolTip())
        if isinstance(widget, QLabel):
            texts.append(re.sub(r"<[^>]+>", " ", widget.text()))
        elif isinstance(widget, QAbstractButton):
            texts.append(widget.text())
        elif isinstance(widget, QTabWidget):
            texts += [widget.tabText(i) for i in range(widget.count())]
        elif isinstance(widget, QComboBox):
            texts += [widget.itemText(i) for i in range(widget.count())]
        elif isinstance(widget, QLineEdit | QPlainTextEdit):
            texts.append(widget.placeholderText())
        elif isinstance(widget, QTextBrowser):
            texts.append(widget.toPlainText())
        elif isinstance(widget, QTreeWidget):
            head = widget.headerItem()
            texts += [head.text(i) for i in range(head.columnCount())]
    return [t for t in texts if t]


def english_in(texts: list[str]) -> list[str]:
    return [t for t in texts if ENGLISH.search(t)]


def test_the_patience_reasons_are_all_marked_and_translated(language):
    """Every reason the prospect's state gives is in the meter's list, and none stays English."""
    import ast

    from trainer.core import prospect_state
    from trainer.ui.patience_meter import REASONS, translate_reasons

    tree = ast.parse(Path(prospect_state.__file__).read_text(encoding="utf-8"))
    given = {
        c.value
        for node in ast.walk(tree)
        if isinstance(node, ast.Call) and getattr(node.func, "attr", "") == "_move"
        for c in ast.walk(node.args[1])
        if isinstance(c, ast.Constant) and isinstance(c.value, str)
    }
    assert given and given <= set(REASONS), given - set(REASONS)
    for code in ("sv", "da"):
        language(code)
        joined = ", ".join(sorted(given))
        shown = translate_reasons(joined)
        assert not any(reason in shown for reason in given), (code, shown)
    language("sv")
    assert translate_reasons("offered a call-back at a set time") == (
        "erbjöd ett återsamtal vid en bestämd tid"
    )


@pytest.fixture
def swedish_call(tmp_path):
    """A scored Swedish call with a trainer's comment and correction, in a real SQLite file."""
    from trainer.core.persona import load_catalog
    from trainer.core.scoring import score_transcript
    from trainer.core.transcript import AgreedTimeData, Transcript, Turn
    from trainer.paths import persona_folders
    from trainer.store import Store, review

    store = Store(f"sqlite:///{tmp_path / 'sv.sqlite3'}")
    persona = load_catalog(persona_folders()).get("grumpy-ceo-sv")
    sid = store.start_session("Anna", persona, "scripted", None)
    turns = [
        Turn(speaker="trainee" if i % 2 == 0 else "prospect", text=text, start=i * 4.0)
        for i, text in enumerate(
            [
                CALLBACK_CALL[0],
                "Jaha. Vad gäller det?",
                CALLBACK_CALL[1],
                "Det är rörigt.",
                CALLBACK_CALL[2],
                "Okej, i morgon klockan nio.",
            ]  # fmt: skip
        )
    ]
    for index, turn in enumerate(turns):
        store.add_turn(sid, index, turn)
    when = AgreedTimeData(start=datetime(2026, 12, 3, 9, 0), label="i morgon klockan nio")
    store.end_session(sid, "callback", agreed_time=when)
    transcript = Transcript(persona=persona.id, language="sv", turns=turns)
    payload = score_transcript(transcript, persona).to_json()
    store.save_score(sid, "auto", payload["scorer_version"], payload)
    criterion = payload["needs"]["criteria"][0]["id"]
    review.add_comment(store, sid, "Bra fråga om rutterna.", 2, author="Tina")
    review.set_override(store, sid, criterion, 10, "Frågan var öppen", author="Tina")
    review.set_reviewed(store, sid)
    yield store, sid
    store.close()


@pytest.mark.parametrize("role", ["trainee", "trainer", ""])
def test_a_swedish_review_shows_no_english(qtbot, language, swedish_call, role):
    from trainer.ui.review import ReviewWorkspace
    from trainer.workers.tasks import wait_for_tasks

    language("sv")
    store, sid = swedish_call
    ws = ReviewWorkspace(store, author="Tina", role=role)
    qtbot.addWidget(ws)
    ws.resize(1280, 820)
    with qtbot.waitSignal(ws.model.ready, timeout=20_000):
        ws.show()
    with qtbot.waitSignal(ws.session_view.loaded, timeout=20_000):
        ws.select_row(0)
    qtbot.waitUntil(lambda: "samtal" in ws.count_label.text(), timeout=20_000)
    view = ws.session_view
    view.select_turn(2)
    texts = visible_texts(ws)
    model = ws.model
    texts += [model.data(model.index(0, c)) or "" for c in range(model.columnCount())]
    texts.append(model.data(model.index(0, 0), Qt.ItemDataRole.ToolTipRole))
    texts += [view.comments.item(i).text() for i in range(view.comments.count())]
    for tab in range(view.tabs.count()):
        view.tabs.setCurrentIndex(tab)
        texts += visible_texts(view.tabs.currentWidget())
    assert not english_in(texts), english_in(texts)
    line = ws.role_line.text()
    expected = {"trainee": "Säljare: du kan läsa", "trainer": "Tränare: du kan", "": "Vem använder"}
    assert line.startswith(expected[role]), line
    assert "Återsamtal bokat" in model.data(model.index(0, 4))
    assert "Taltid" in view.metrics.text() and "Summorna tar med" in view.metrics.text()
    ws.grab().save(f"/tmp/review_sv_{role or 'undecided'}.png")
    wait_for_tasks()


def test_the_danish_guide_and_settings_speak_danish(qtbot, language, isolated_env):
    from trainer.ui.guide import GuideDialog
    from trainer.ui.settings_dialog import SettingsDialog

    language("da")
    guide = GuideDialog(str(isolated_env), "sqlite:///x.sqlite3", "Ctrl+,")
    qtbot.addWidget(guide)
    text = guide.text.toPlainText()
    assert "Træner og sælger" in text and "Hvad pointene betyder" in text
    assert str(isolated_env) in text and "TRAINER_DATA_DIR" in text
    words = text.replace(str(isolated_env), "")  # the test's folder name is English
    assert not english_in([words]), english_in([words])
    dialog = SettingsDialog(Settings())
    qtbot.addWidget(dialog)
    dialog.show()
    assert not english_in(visible_texts(dialog)), english_in(visible_texts(dialog))
    assert dialog.role.itemText(0).startswith("Ikke valgt endnu")


def test_a_swedish_practice_page_speaks_swedish_beside_the_call(
    qtbot,
    language,
    make_window,  # noqa: F811
):
    from trainer.ui.audio_settings import AudioSettingsDialog

    language("sv")
    window = make_window(Settings(interface_language="sv"))
    view = window.call_view
    view.persona_combo.setCurrentIndex(view.persona_combo.findData("busy-ceo-da"))
    card = view.card
    pills = [card.pills.itemAt(i).widget().text() for i in range(card.pills.count())]
    assert pills[:2] == ["Danska", "Utgående"] and pills[2] in ("Medgörlig", "Otålig", "Fientlig")
    start_call(qtbot, view, persona="grumpy-ceo-sv")
    say(qtbot, view, CALLBACK_CALL[0])
    reason = view.meter.reason.text()
    assert reason and not english_in([reason]), reason
    captions = [b.caption.text() for b in view.transcript.bubbles]
    assert any(c.startswith("Du") for c in captions), captions
    panel = window.voice_panel
    assert not english_in(visible_texts(panel)), english_in(visible_texts(panel))
    audio = AudioSettingsDialog(window.settings, window.catalog)
    qtbot.addWidget(audio)
    audio.show()
    assert not english_in(visible_texts(audio)), english_in(visible_texts(audio))


def test_the_voice_layers_reasons_are_all_marked_and_translated(language):
    """Every "Text only: …" line the voice layer gives is shown in the interface's language."""
    from trainer.ui.voice_panel import translate_audio_line

    voice = Path(__file__).resolve().parent.parent / "trainer" / "voice"
    lines = set()
    for path in voice.glob("*.py"):
        source = path.read_text(encoding="utf-8")
        for match in re.finditer(r'"(Text only: [^"]*)"((?:\s*f?"[^"]*")*)', source):
            text = match.group(1) + "".join(re.findall(r'"([^"]*)"', match.group(2)))
            for what in ("microphone", "speaker"):
                lines.add(text.replace("{what}", what))
    lines = {line for line in lines if "{" not in line}  # a line built from an error message
    assert len(lines) >= 8, lines
    language("da")
    for line in lines:
        for shown in (line, line.replace("Text only", "Typing only")):
            translated = translate_audio_line(shown)
            assert translated != shown and not english_in([translated]), translated


def test_the_whisper_models_are_described_in_the_interfaces_language(language):
    from trainer.ui.audio_settings import MODEL_ABOUT, model_about
    from trainer.voice.models import WHISPER_MODELS

    assert {m.about for m in WHISPER_MODELS.values()} <= set(MODEL_ABOUT)
    language("sv")
    for spec in WHISPER_MODELS.values():
        assert not english_in([model_about(spec)]), model_about(spec)
