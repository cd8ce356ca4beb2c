"""Settings → Audio: devices with a test for each, the voice and rate per persona, speech input,
keeping audio, and the mute switch.

Every test (speaking a phrase, recording and playing back) runs on the task pool; the dialog only
shows a level meter and one status line. A machine without sound still opens the dialog: the
lists are empty and the status line says why.
"""

from __future__ import annotations

import time

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, Qt, QTimer, Signal, Slot
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QProgressBar,
    QPushButton,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from trainer.core.errors import KnownError
from trainer.core.persona import PersonaCatalog
from trainer.settings import Settings, save_settings
from trainer.ui.voice_panel import LevelMeter, translate_audio_line
from trainer.voice.models import DEFAULT_WHISPER, WHISPER_MODELS
from trainer.voice.tts import PIPER_PREFIX, normalise_language, voice_language
from trainer.workers.tasks import run_task

TEST_PHRASES = {
    "sv": "Hej, det här är ett test av rösten.",
    "da": "Hej, det her er en test af stemmen.",
    "en": "Hello, this is a test of the voice.",
}
RECORD_SECONDS = 3.0
# What each Whisper model is good for (trainer/voice/models.py), in the interface's language.
MODEL_ABOUT = (
    QT_TRANSLATE_NOOP(
        "AudioSettingsDialog",
        "Enough for English; rough for Swedish and Danish. Fast on any computer.",
    ),
    QT_TRANSLATE_NOOP(
        "AudioSettingsDialog",
        "The smallest that understands Swedish and Danish well; about three times slower.",
    ),
    QT_TRANSLATE_NOOP(
        "AudioSettingsDialog",
        "Best for Swedish and Danish; needs a fast computer (a second or more per turn).",
    ),
)


def model_about(spec) -> str:
    return QCoreApplication.translate("AudioSettingsDialog", spec.about)


STT_BACKENDS = [
    (
        "whisper",
        QT_TRANSLATE_NOOP(
            "AudioSettingsDialog", "Offline (Whisper): Swedish, Danish and English; fetched once"
        ),
    ),
    (
        "pocketsphinx",
        QT_TRANSLATE_NOOP(
            "AudioSettingsDialog", "Offline (pocketsphinx): small, English-only and rough"
        ),
    ),
    (
        "openai",
        QT_TRANSLATE_NOOP(
            "AudioSettingsDialog", "OpenAI-compatible server (/audio/transcriptions, e.g. Whisper)"
        ),
    ),
    ("off", QT_TRANSLATE_NOOP("AudioSettingsDialog", "Off: type every line")),
]


def device_label(name: str) -> str:
    """ "pulse" and "default" are the sound system, not a device a person would recognise."""
    if name.lower() in ("pulse", "pipewire", "default", "sysdefault"):
        return QCoreApplication.translate("AudioSettingsDialog", "the system's sound output")
    return name


# The Whisper model for calls in each language: its row, and its line under the rows.
LANGUAGES = (
    (
        "sv",
        QT_TRANSLATE_NOOP("AudioSettingsDialog", "Swedish model"),
        QT_TRANSLATE_NOOP("AudioSettingsDialog", "Swedish"),
    ),
    (
        "da",
        QT_TRANSLATE_NOOP("AudioSettingsDialog", "Danish model"),
        QT_TRANSLATE_NOOP("AudioSettingsDialog", "Danish"),
    ),
    (
        "en",
        QT_TRANSLATE_NOOP("AudioSettingsDialog", "English model"),
        QT_TRANSLATE_NOOP("AudioSettingsDialog", "English"),
    ),
)


def _speak(
    text: str,
    language: str,
    device: str,
    voice_id: str | None,
    rate: int,
    models_folder: str = "",
    progress=None,
) -> str:
    """Pool thread: synthesise and play one phrase (fetching a chosen Piper voice first)."""
    from trainer.voice.audio import Player
    from trainer.voice.models import PIPER_MODELS, ensure
    from trainer.voice.tts import PIPER_PREFIX, Synthesizer, VoiceSpec, choose_voice, voice_label

    if voice_id and voice_id.startswith(PIPER_PREFIX):
        spec = PIPER_MODELS.get(voice_id[len(PIPER_PREFIX) :])
        if spec is not None:
            ensure(spec, models_folder, progress)
    with Synthesizer(models_folder=models_folder) as synth, Player(device) as player:
        chosen = (
            next((v for v in synth.voices if v.id == voice_id), None)
            if voice_id
            else choose_voice(synth.voices, language)
        )
        spec = VoiceSpec(chosen.id if chosen else voice_id, rate, language=language)
        clip = synth.synthesize(text, spec)
        player.play(clip).done.wait(clip.seconds + 5)
        time.sleep(player.latency)
        where = device_label(player.device.name)
        return QCoreApplication.translate(
            "AudioSettingsDialog", "Played on {device} with the {voice} voice."
        ).format(device=where, voice=voice_label(chosen))


def _list_voices(models_folder: str = "") -> list:
    from trainer.voice.tts import Synthesizer

    with Synthesizer(models_folder=models_folder) as synth:
        return list(synth.voices)


def _fetch_models(specs: list, folder: str, progress) -> str:
    """Pool thread: fetch every model not yet on this machine; a line for the status."""
    from trainer.voice.models import ensure

    for spec in specs:
        ensure(spec, folder, progress)
    names = ", ".join(s.label for s in specs)
    if not specs:
        return QCoreApplication.translate("AudioSettingsDialog", "Nothing to fetch.")
    return QCoreApplication.translate(
        "AudioSettingsDialog", "Ready without a network: {names}."
    ).format(names=names)


class AudioSettingsDialog(QDialog):
    """Edits a copy of the settings; `saved(Settings)` when the user presses Save."""

    saved = Signal(object)
    fetch_progress = Signal(int)  # percent, emitted from the task pool

    def __init__(
        self, settings: Settings, catalog: PersonaCatalog, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Audio settings"))
        self.settings = settings
        self.catalog = catalog
        self.overrides: dict[str, dict] = {k: dict(v) for k, v in settings.voice_overrides.items()}
        self.voices: list = []
        self.recorder = None
        self.busy = False
        self._build()
        self._load_devices()
        folder = settings.models_folder
        run_task(
            lambda: _list_voices(folder), self._voices_loaded, self._voices_failed, context=self
        )

    # -- layout ----------------------------------------------------------------------------
    def _build(self) -> None:
        root = QVBoxLayout(self)

        devices = QGroupBox(self.tr("Devices"))
        form = QFormLayout(devices)
        self.output_combo = QComboBox()
        self.test_output_button = QPushButton(self.tr("Speak a test phrase"))
        self.test_output_button.clicked.connect(self.test_output)
        form.addRow(self.tr("Speaker"), self._row(self.output_combo, self.test_output_button))
        self.input_combo = QComboBox()
        self.test_input_button = QPushButton(
            self.tr("Record {seconds} s and play back").format(seconds=f"{RECORD_SECONDS:g}")
        )
        self.test_input_button.clicked.connect(self.test_input)
        form.addRow(self.tr("Microphone"), self._row(self.input_combo, self.test_input_button))
        self.meter = LevelMeter()
        form.addRow(self.tr("Level"), self.meter)
        root.addWidget(devices)

        voice = QGroupBox(self.tr("Prospect's voice"))
        form = QFormLayout(voice)
        self.persona_combo = QComboBox()
        for persona in sorted(self.catalog.personas.values(), key=lambda p: (p.language, p.id)):
            self.persona_combo.addItem(f"{persona.display_name} ({persona.language})", persona.id)
        self.persona_combo.currentIndexChanged.connect(self._persona_changed)
        form.addRow(self.tr("Persona"), self.persona_combo)
        self.voice_combo = QComboBox()
        self.voice_combo.currentIndexChanged.connect(self._override_changed)
        form.addRow(self.tr("Voice"), self.voice_combo)
        self.rate_spin = QSpinBox()
        self.rate_spin.setRange(50, 200)
        self.rate_spin.setSuffix(self.tr(" % of normal"))
        self.rate_spin.valueChanged.connect(self._override_changed)
        self.try_voice_button = QPushButton(self.tr("Try"))
        self.try_voice_button.clicked.connect(self.try_voice)
        form.addRow(self.tr("Rate"), self._row(self.rate_spin, self.try_voice_button))
        self.mute_check = QCheckBox(self.tr("Mute: text only, the prospect does not speak"))
        self.mute_check.setChecked(self.settings.mute)
        form.addRow("", self.mute_check)
        root.addWidget(voice)

        speech = QGroupBox(self.tr("Your speech"))
        form = QFormLayout(speech)
        self.stt_combo = QComboBox()
        for key, label in STT_BACKENDS:
            self.stt_combo.addItem(self.tr(label), key)
        self.stt_combo.setCurrentIndex(max(0, self.stt_combo.findData(self.settings.stt_backend)))
        self.stt_combo.currentIndexChanged.connect(self._stt_changed)
        form.addRow(self.tr("Recognition"), self.stt_combo)
        self.stt_url = QLineEdit(self.settings.stt_base_url)
        self.stt_url.setPlaceholderText(
            self.tr("empty: the LLM server's URL (Ollama has no transcription)")
        )
        form.addRow(self.tr("Server URL"), self.stt_url)
        self.stt_model = QLineEdit(self.settings.stt_model)
        form.addRow(self.tr("Model"), self.stt_model)
        self.whisper_combos: dict[str, QComboBox] = {}
        for code, name, _language in LANGUAGES:
            combo = QComboBox()
            for spec in WHISPER_MODELS.values():
                combo.addItem(spec.title, spec.name)
                combo.setItemData(combo.count() - 1, model_about(spec), Qt.ItemDataRole.ToolTipRole)
            current = self.settings.whisper_models.get(code) or DEFAULT_WHISPER[code]
            if combo.findData(current) < 0:  # a folder of the user's own, e.g. KB-Whisper
                combo.addItem(current, current)
            combo.setCurrentIndex(max(0, combo.findData(current)))
            combo.currentIndexChanged.connect(self._whisper_changed)
            self.whisper_combos[code] = combo
            form.addRow(self.tr(name), combo)
        self.whisper_about = QLabel()
        self.whisper_about.setObjectName("Muted")
        self.whisper_about.setWordWrap(True)
        form.addRow("", self.whisper_about)
        self.models_folder = QLineEdit(self.settings.models_folder)
        self.models_folder.setPlaceholderText(
            self.tr(
                "optional: a folder with Whisper models or Piper voices you downloaded yourself"
            )
        )
        form.addRow(self.tr("Own models"), self.models_folder)
        self.fetch_button = QPushButton(self.tr("Fetch the models now"))
        self.fetch_button.clicked.connect(self.fetch_models)
        self.fetch_bar = QProgressBar()
        self.fetch_bar.setRange(0, 100)
        self.fetch_bar.setVisible(False)
        form.addRow("", self._row(self.fetch_bar, self.fetch_button))
        self.fetch_progress.connect(self._show_fetch_progress)
        self.keep_check = QCheckBox(self.tr("Keep each turn's audio with the session (for review)"))
        self.keep_check.setChecked(self.settings.keep_audio)
        form.addRow("", self.keep_check)
        root.addWidget(speech)

        self.status = QLabel()
        self.status.setObjectName("Muted")
        self.status.setWordWrap(True)
        root.addWidget(self.status)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel
        )
        buttons.accepted.connect(self.save)
        buttons.rejected.connect(self.reject)
        root.addWidget(buttons)

        self.level_timer = QTimer(self)
        self.level_timer.setInterval(50)
        self.level_timer.timeout.connect(self._show_level)
        self._persona_changed()
        self._stt_changed()
        self._whisper_changed()

    @staticmethod
    def _row(*widgets: QWidget) -> QWidget:
        box = QWidget()
        row = QHBoxLayout(box)
        row.setContentsMargins(0, 0, 0, 0)
        for i, widget in enumerate(widgets):
            row.addWidget(widget, 1 if i == 0 else 0)
        return box

    def set_status(self, text: str) -> None:
        self.status.setText(translate_audio_line(text))

    # -- devices ---------------------------------------------------------------------------
    def _load_devices(self) -> None:
        from trainer.voice.devices import AudioUnavailable, list_devices

        for combo, kind, current in (
            (self.output_combo, "output", self.settings.output_device),
            (self.input_combo, "input", self.settings.input_device),
        ):
            combo.clear()
            combo.addItem(self.tr("System default"), "")
            try:
                names = [d.name for d in list_devices(kind)]
            except AudioUnavailable as exc:
                names = []
                self.set_status(str(exc))
            for name in names:
                combo.addItem(name, name)
            if current and combo.findData(current) < 0:
                combo.addItem(self.tr("{device} (not connected)").format(device=current), current)
            combo.setCurrentIndex(max(0, combo.findData(current)))

    def _persona(self):
        return self.catalog.personas.get(self.persona_combo.currentData() or "")

    def _start(self, what: str) -> bool:
        if self.busy:
            return False
        self.busy = True
        for button in (self.test_output_button, self.test_input_button, self.try_voice_button):
            button.setEnabled(False)
        self.set_status(what)
        return True

    def _done(self, text: str) -> None:
        self.busy = False
        for button in (self.test_output_button, self.test_input_button, self.try_voice_button):
            button.setEnabled(True)
        self.set_status(text)

    def _failed(self, exc: BaseException) -> None:
        if isinstance(exc, KnownError):
            self._done(str(exc))
        else:
            self._done(
                self.tr("The test failed ({error}).").format(error=f"{type(exc).__name__}: {exc}")
            )

    @Slot()
    def test_output(self) -> None:
        persona = self._persona()
        language = persona.language if persona is not None else "en"
        if not self._start(self.tr("Speaking a test phrase…")):
            return
        device = self.output_combo.currentData() or ""
        run_task(
            lambda: _speak(TEST_PHRASES[language], language, device, None, 100),
            self._done,
            self._failed,
            context=self,
        )

    @Slot()
    def try_voice(self) -> None:
        persona = self._persona()
        if persona is None or not self._start(self.tr("Trying the voice…")):
            return
        device = self.output_combo.currentData() or ""
        voice_id, rate = self.voice_combo.currentData(), self.rate_spin.value()
        line = persona.lines.greeting[0]
        folder = self.models_folder.text().strip()
        run_task(
            lambda: _speak(line, persona.language, device, voice_id, rate, folder),
            self._done,
            self._failed,
            context=self,
        )

    @Slot()
    def test_input(self) -> None:
        """Record for a few seconds with the level meter moving, then play it back."""
        from trainer.voice.audio import Recorder

        if not self._start(
            self.tr("Recording {seconds} s: say something…").format(seconds=f"{RECORD_SECONDS:g}")
        ):
            return
        device = self.input_combo.currentData() or ""
        run_task(lambda: Recorder(device), self._recording_open, self._failed, context=self)

    def _recording_open(self, recorder) -> None:
        self.recorder = recorder
        recorder.begin()
        self.level_timer.start()
        QTimer.singleShot(int(RECORD_SECONDS * 1000), self._recording_done)

    def _recording_done(self) -> None:
        from trainer.voice.audio import Player, rms_level

        if self.recorder is None:
            return
        recording = self.recorder.end()
        self.recorder.close()
        self.recorder = None
        self.level_timer.stop()
        self.meter.set_level(0)
        device = self.output_combo.currentData() or ""
        level = rms_level(recording.samples)

        def play_back() -> str:
            from trainer.voice.tts import Clip

            with Player(device) as player:
                clip = Clip(recording.samples, recording.rate)
                player.play(clip).done.wait(clip.seconds + 5)
            if level < 0.1:
                return QCoreApplication.translate(
                    "AudioSettingsDialog",
                    "Recorded only silence: check the microphone and its volume.",
                )
            return QCoreApplication.translate(
                "AudioSettingsDialog",
                "Recorded {seconds} s (level {level} %) and played it back.",
            ).format(seconds=f"{recording.seconds:.1f}", level=int(level * 100))

        self.set_status(self.tr("Playing the recording back…"))
        run_task(play_back, self._done, self._failed, context=self)

    @Slot()
    def _show_level(self) -> None:
        if self.recorder is not None:
            self.meter.set_level(self.recorder.level)

    # -- voices ----------------------------------------------------------------------------
    def _voices_loaded(self, voices: list) -> None:
        self.voices = voices
        self._persona_changed()

    def _voices_failed(self, exc: BaseException) -> None:
        self.set_status(
            str(exc)
            if isinstance(exc, KnownError)
            else self.tr("No voices ({error}).").format(error=exc)
        )

    @Slot()
    def _persona_changed(self) -> None:
        persona = self._persona()
        override = self.overrides.get(persona.id, {}) if persona is not None else {}
        self.voice_combo.blockSignals(True)
        self.rate_spin.blockSignals(True)
        self.voice_combo.clear()
        self.voice_combo.addItem(self.tr("Automatic (from the persona's language)"), None)
        if persona is not None:
            language = normalise_language(persona.language)
            same = [v for v in self.voices if voice_language(v) == language]
            for v in sorted(same, key=lambda v: v.name):
                self.voice_combo.addItem(v.name, v.id)
            for spec in self._piper_to_fetch(language):
                self.voice_combo.addItem(
                    self.tr("{voice} (Piper, natural; {megabytes} MB, fetched once)").format(
                        voice=spec.label, megabytes=spec.megabytes
                    ),
                    PIPER_PREFIX + spec.name,
                )
            wanted = override.get("voice")
            if wanted and self.voice_combo.findData(wanted) < 0:
                self.voice_combo.addItem(
                    self.tr("{voice} (not on this machine)").format(voice=wanted), wanted
                )
            self.voice_combo.setCurrentIndex(max(0, self.voice_combo.findData(wanted)))
            self.rate_spin.setValue(int(override.get("rate") or persona.voice.rate))
        self.voice_combo.blockSignals(False)
        self.rate_spin.blockSignals(False)

    def _piper_to_fetch(self, language: str) -> list:
        """Piper voices for a language that could be fetched (Piper installed, not here yet)."""
        from trainer.voice.models import PIPER_MODELS
        from trainer.voice.piper import piper_installed

        if not piper_installed():
            return []
        here = {v.id for v in self.voices}
        return [
            spec
            for spec in PIPER_MODELS.values()
            if language in spec.languages and PIPER_PREFIX + spec.name not in here
        ]

    @Slot()
    def _override_changed(self) -> None:
        persona = self._persona()
        if persona is None:
            return
        voice, rate = self.voice_combo.currentData(), self.rate_spin.value()
        if voice is None and rate == persona.voice.rate:
            self.overrides.pop(persona.id, None)
        else:
            self.overrides[persona.id] = {"voice": voice, "rate": rate}

    @Slot()
    def _stt_changed(self) -> None:
        remote = self.stt_combo.currentData() == "openai"
        self.stt_url.setEnabled(remote)
        self.stt_model.setEnabled(remote)
        whisper = self.stt_combo.currentData() == "whisper"
        for combo in self.whisper_combos.values():
            combo.setEnabled(whisper)

    @Slot()
    def _whisper_changed(self) -> None:
        """Say, in plain words, what the chosen models are good for."""
        lines = []
        for code, _row, language in LANGUAGES:
            spec = WHISPER_MODELS.get(self.whisper_combos[code].currentData() or "")
            if spec is not None:
                lines.append(f"{self.tr(language)}: {spec.label}. {model_about(spec)}")
        lines.append(
            self.tr(
                "A Swedish fine-tune such as KB-Whisper (in CTranslate2 form) works too: put its "
                "folder in Own models."
            )
        )
        self.whisper_about.setText("\n".join(lines))

    def _wanted_models(self) -> list:
        """The chosen Whisper models and Piper voices not yet on this machine."""
        from trainer.voice.models import PIPER_MODELS, locate
        from trainer.voice.tts import PIPER_PREFIX

        folder = self.models_folder.text().strip()
        wanted = []
        if self.stt_combo.currentData() == "whisper":
            for combo in self.whisper_combos.values():
                spec = WHISPER_MODELS.get(combo.currentData() or "")
                if spec is not None and spec not in wanted:
                    wanted.append(spec)
        for override in self.overrides.values():
            voice = str(override.get("voice") or "")
            if voice.startswith(PIPER_PREFIX) and voice[len(PIPER_PREFIX) :] in PIPER_MODELS:
                wanted.append(PIPER_MODELS[voice[len(PIPER_PREFIX) :]])
        return [s for s in wanted if locate(s, folder) is None]

    @Slot()
    def fetch_models(self) -> None:
        """Fetch what the choices need now, with a progress bar (the pool does the work)."""
        specs = self._wanted_models()
        if not specs:
            self.set_status(self.tr("Every chosen model is on this machine already."))
            return
        if not self._start(
            self.tr("Fetching {models}…").format(models=", ".join(s.title for s in specs))
        ):
            return
        self.fetch_button.setEnabled(False)
        self.fetch_bar.setValue(0)
        self.fetch_bar.setVisible(True)
        folder = self.models_folder.text().strip()
        last = [-1]

        def progress(done: int, total: int) -> None:  # pool thread: only emit
            percent = int(done * 100 / total) if total else 0
            if percent != last[0]:
                last[0] = percent
                self.fetch_progress.emit(percent)

        run_task(
            lambda: _fetch_models(specs, folder, progress),
            self._fetched,
            self._fetch_failed,
            context=self,
        )

    @Slot(int)
    def _show_fetch_progress(self, percent: int) -> None:
        self.fetch_bar.setValue(percent)

    def _fetched(self, text: str) -> None:
        self.fetch_bar.setVisible(False)
        self.fetch_button.setEnabled(True)
        self._done(text)

    def _fetch_failed(self, exc: BaseException) -> None:
        self.fetch_bar.setVisible(False)
        self.fetch_button.setEnabled(True)
        self._failed(exc)

    # -- save ------------------------------------------------------------------------------
    def result_settings(self) -> Settings:
        return self.settings.model_copy(
            update={
                "output_device": self.output_combo.currentData() or "",
                "input_device": self.input_combo.currentData() or "",
                "voice_overrides": dict(self.overrides),
                "mute": self.mute_check.isChecked(),
                "stt_backend": self.stt_combo.currentData(),
                "stt_base_url": self.stt_url.text().strip(),
                "stt_model": self.stt_model.text().strip() or "whisper-1",
                "whisper_models": {
                    code: combo.currentData()
                    for code, combo in self.whisper_combos.items()
                    if combo.currentData() != DEFAULT_WHISPER[code]
                },
                "models_folder": self.models_folder.text().strip(),
                "keep_audio": self.keep_check.isChecked(),
            }
        )

    @Slot()
    def save(self) -> None:
        settings = self.result_settings()
        try:
            save_settings(settings)
        except OSError as exc:
            self.set_status(
                self.tr("Could not save the settings ({error}); they apply until you quit.").format(
                    error=exc
                )
            )
        self.settings = settings
        self.saved.emit(settings)
        self.accept()

    def done(self, result: int) -> None:  # noqa: D401 (Qt name)
        if self.recorder is not None:
            self.level_timer.stop()
            self.recorder.close()
            self.recorder = None
        super().done(result)
