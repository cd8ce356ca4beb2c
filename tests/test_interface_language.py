"""The interface in Swedish and Danish through Qt's translations, and the score card of a call in
the call's language; the shipped .ts files are complete and their .qm files compiled from them."""

from __future__ import annotations

import re
import shutil
import subprocess
import sys
import xml.etree.ElementTree as ET
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
