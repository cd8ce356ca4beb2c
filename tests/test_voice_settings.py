"""The audio settings dialog: device tests on the null sink, per-persona voice, saved settings."""

from __future__ import annotations

import pytest

from tests.support.audio_server import audio_server  # noqa: F401
from trainer.core.persona import load_catalog
from trainer.paths import persona_folders
from trainer.settings import Settings, load_settings
from trainer.ui.audio_settings import AudioSettingsDialog
from trainer.voice.tts import voice_spec_for
from trainer.workers.tasks import wait_for_tasks

pytestmark = [pytest.mark.gui, pytest.mark.audio]


@pytest.fixture
def dialog(qtbot, audio_server):
    dlg = AudioSettingsDialog(Settings(), load_catalog(persona_folders()))
    qtbot.addWidget(dlg)
    dlg.show()
    qtbot.waitUntil(lambda: bool(dlg.voices), timeout=20_000)
    yield dlg
    assert wait_for_tasks()


def test_devices_are_listed_and_each_can_be_tested(qtbot, dialog):
    assert dialog.output_combo.findData("pulse") > 0 and dialog.input_combo.findData("pulse") > 0
    dialog.test_output_button.click()
    qtbot.waitUntil(lambda: not dialog.busy, timeout=20_000)
    # In plain words: no driver ids ("gmq/da"), no "pulse".
    status = dialog.status.text()
    assert status.startswith("Played on the system's sound output with the ")
    assert "/" not in status and "pulse" not in status
    dialog.test_input_button.click()
    qtbot.waitUntil(lambda: dialog.recorder is not None, timeout=10_000)
    qtbot.waitUntil(lambda: not dialog.busy, timeout=20_000)
    # The null sink's monitor is silent while nothing plays: the dialog says so plainly.
    assert "silence" in dialog.status.text()


def test_voice_override_per_persona_is_saved_and_used(qtbot, dialog):
    dialog.persona_combo.setCurrentIndex(dialog.persona_combo.findData("busy-ceo-da"))
    danish = [dialog.voice_combo.itemData(i) for i in range(1, dialog.voice_combo.count())]
    assert danish and all("da" in v for v in danish)
    dialog.voice_combo.setCurrentIndex(1)
    dialog.rate_spin.setValue(130)
    dialog.keep_check.setChecked(False)
    dialog.stt_combo.setCurrentIndex(dialog.stt_combo.findData("openai"))
    dialog.stt_url.setText("http://127.0.0.1:8000/v1")
    with qtbot.waitSignal(dialog.saved) as saved:
        dialog.save()
    settings = saved.args[0]
    assert settings.voice_overrides["busy-ceo-da"] == {"voice": danish[0], "rate": 130}
    assert not settings.keep_audio and settings.stt_backend == "openai"
    assert load_settings().voice_overrides == settings.voice_overrides  # on disk too
    persona = dialog.catalog.get("busy-ceo-da")
    spec = voice_spec_for(persona, dialog.voices, settings.voice_overrides)
    assert spec.voice_id == danish[0] and spec.rate == 130


def test_whisper_models_per_language_and_own_folder_are_saved(qtbot, dialog, tmp_path):
    assert dialog.stt_combo.currentData() == "whisper"  # the default recogniser
    sv = dialog.whisper_combos["sv"]
    assert (
        sv.currentData() == "whisper-small"
        and dialog.whisper_combos["en"].currentData() == "whisper-base"
    )
    assert "Swedish: Whisper small" in dialog.whisper_about.text()
    sv.setCurrentIndex(sv.findData("whisper-medium"))
    assert "Swedish: Whisper medium" in dialog.whisper_about.text()
    dialog.models_folder.setText(str(tmp_path))
    wanted = {s.name for s in dialog._wanted_models()}
    assert wanted == {"whisper-medium", "whisper-small", "whisper-base"}
    # Piper voices not yet here are offered for the persona's language, fetched once.
    dialog.persona_combo.setCurrentIndex(dialog.persona_combo.findData("grumpy-ceo-sv"))
    offered = [dialog.voice_combo.itemData(i) for i in range(dialog.voice_combo.count())]
    from trainer.voice.piper import piper_installed

    assert ("piper:sv_SE-nst-medium" in offered) == piper_installed()
    with qtbot.waitSignal(dialog.saved) as saved:
        dialog.save()
    settings = saved.args[0]
    assert settings.whisper_models == {"sv": "whisper-medium"}
    assert settings.models_folder == str(tmp_path)
    assert load_settings().whisper_models == {"sv": "whisper-medium"}
