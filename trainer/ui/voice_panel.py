"""Push-to-talk under the call's input: hold Space (or the button) to speak, a live level meter,
a mute switch, and one line saying why the call is text only when it is.

The panel attaches to the call view's public hooks (see `CallView`): it speaks each reply as its
deltas arrive, cuts the prospect off when the trainee starts talking (and keeps only what was
heard), turns a recording into a trainee turn with its start and end, lets the prospect cut in
when the trainee holds the floor past the persona's limit, and stores each turn's latency and,
when enabled, its audio. Everything that can block runs on the speech thread or the task pool.
"""

from __future__ import annotations

import logging
import time

from PySide6.QtCore import (
    QT_TRANSLATE_NOOP,
    QCoreApplication,
    QEvent,
    QObject,
    Qt,
    QTimer,
    Signal,
    Slot,
)
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import (
    QAbstractSpinBox,
    QApplication,
    QCheckBox,
    QComboBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QProgressBar,
    QPushButton,
    QSizePolicy,
    QTextEdit,
    QVBoxLayout,
    QWidget,
)

from trainer.core.errors import KnownError
from trainer.settings import Settings, save_settings
from trainer.voice.storage import save_turn_audio
from trainer.voice.tts import VoiceSpec, voice_spec_for
from trainer.workers.tasks import run_task
from trainer.workers.voice_worker import DeltaFeed, SpeechThread

log = logging.getLogger(__name__)
LEVEL_INTERVAL_MS = 50
TEXT_WIDGETS = (QLineEdit, QPlainTextEdit, QTextEdit, QAbstractSpinBox)


# The voice layer's one-line reasons (trainer/voice keeps no interface language), shown in the
# interface's: "Text only: no microphone found (…)" is a prefix and a reason, each translated.
AUDIO_PREFIXES = (
    QT_TRANSLATE_NOOP("AudioLines", "Text only"),
    QT_TRANSLATE_NOOP("AudioLines", "Typing only"),
)
AUDIO_REASONS = (
    QT_TRANSLATE_NOOP("AudioLines", "the PortAudio library is missing (install libportaudio2)."),
    QT_TRANSLATE_NOOP(
        "AudioLines", "the sounddevice package is missing (pip install sounddevice)."
    ),
    QT_TRANSLATE_NOOP(
        "AudioLines",
        "the sound system did not start. Check that PulseAudio or PipeWire is running, then try "
        "again in File → Audio…",
    ),
    QT_TRANSLATE_NOOP(
        "AudioLines", "no microphone found (connect one or start PulseAudio/PipeWire)."
    ),
    QT_TRANSLATE_NOOP("AudioLines", "no speaker found (connect one or start PulseAudio/PipeWire)."),
    QT_TRANSLATE_NOOP("AudioLines", "espeak-ng is not installed (install the espeak-ng package)."),
    QT_TRANSLATE_NOOP(
        "AudioLines",
        "no microphone answered. Check that the sound system (PulseAudio or PipeWire) is running "
        "and a microphone is connected, or choose another in File → Audio…",
    ),
    QT_TRANSLATE_NOOP(
        "AudioLines",
        "no speaker answered. Check that the sound system (PulseAudio or PipeWire) is running "
        "and a speaker is connected, or choose another in File → Audio…",
    ),
    QT_TRANSLATE_NOOP("AudioLines", "the speech voice did not start (is espeak-ng installed?)."),
)


def translate_audio_line(text: str) -> str:
    """A known "Text only: …" line in the interface's language; anything else as it is."""
    prefix, sep, reason = text.partition(": ")
    if not sep or prefix not in AUDIO_PREFIXES or reason not in AUDIO_REASONS:
        return text
    translate = QCoreApplication.translate
    return f"{translate('AudioLines', prefix)}: {translate('AudioLines', reason)}"


class LevelMeter(QProgressBar):
    """Input loudness 0..100 (dBFS scaled), updated by the panel's timer."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setRange(0, 100)
        self.setTextVisible(False)
        self.setFixedHeight(8)
        self.setMinimumWidth(90)
        self.setToolTip(self.tr("Microphone level"))

    def set_level(self, level: float) -> None:
        self.setValue(int(max(0.0, min(1.0, level)) * 100))


class VoicePanel(QWidget):
    """The voice of one call view. `attach(call_view)` mounts it and connects the hooks."""

    status_changed = Signal(str)
    latency_measured = Signal(int, dict)  # stored turn index, latency seconds per stage
    fetch_progress = Signal(str, int)  # what is fetched, percent (emitted from the task pool)

    def __init__(self, settings: Settings, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.settings = settings
        self.view = None
        self.speech: SpeechThread | None = None
        self.voices: list = []
        self.voice_reason: str | None = None  # why the prospect cannot speak (None: he can)
        self.mic_reason: str | None = None
        self.recorder = None
        self.transcriber = None
        self._reply_no = 0
        self._feed: DeltaFeed | None = None
        self._reply_index: dict[int, int] = {}  # reply number -> stored turn index
        self._turn_end = time.monotonic()
        self._held = False
        self._cut_in_pending = False
        self._note: str | None = None  # the recogniser's note last shown, for the persona then
        self._fetching: set[str] = set()  # models being fetched now (by name)
        self._fetch_shown = False  # the status line shows a fetch's progress
        self._build()
        self.fetch_progress.connect(self._show_fetch_progress)

    # -- layout ----------------------------------------------------------------------------
    def _build(self) -> None:
        column = QVBoxLayout(self)
        column.setContentsMargins(0, 0, 0, 0)
        column.setSpacing(4)
        row = QHBoxLayout()
        row.setSpacing(8)
        self.talk_button = QPushButton(self.tr("Hold to talk (Space)"))
        self.talk_button.setObjectName("Talk")
        self.talk_button.setToolTip(
            self.tr("Hold the button, or hold Space when the text box is not focused")
        )
        self.talk_button.pressed.connect(self.begin_talking)
        self.talk_button.released.connect(self.end_talking)
        self.meter = LevelMeter()
        # The meter gives way (down to its minimum) before the button's words are cut.
        self.meter.setMinimumWidth(60)
        self.meter.setMaximumWidth(200)
        self.meter.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)
        self.mute_check = QCheckBox(self.tr("Mute"))
        self.mute_check.setToolTip(self.tr("Text only: the prospect does not speak"))
        self.mute_check.setChecked(self.settings.mute)
        self.mute_check.toggled.connect(self.set_muted)
        self.status = QLabel()
        self.status.setObjectName("Muted")
        self.status.setWordWrap(True)
        row.addWidget(self.talk_button)
        row.addWidget(self.meter, 1)
        row.addWidget(self.mute_check)
        row.addStretch(1)
        column.addLayout(row)
        column.addWidget(self.status)  # full width: reasons such as "no microphone" are long
        self.level_timer = QTimer(self)
        self.level_timer.setInterval(LEVEL_INTERVAL_MS)
        self.level_timer.timeout.connect(self._show_level)
        self.floor_timer = QTimer(self)
        self.floor_timer.setSingleShot(True)
        self.floor_timer.timeout.connect(self._floor_held_too_long)
        self._update_controls()

    def set_status(self, text: str, fetching: bool = False) -> None:
        self._fetch_shown = fetching
        text = translate_audio_line(text)
        self.status.setText(text)
        self.status.setToolTip(text)
        self.status_changed.emit(text)

    # -- wiring ----------------------------------------------------------------------------
    def attach(self, view) -> None:
        """Mount under the call view's input and follow its call."""
        self.view = view
        view.add_voice_widget(self)
        view.call_started.connect(self._call_started)
        view.call_ended.connect(self._call_ended)
        view.trainee_turn_added.connect(self._trainee_turn_added)
        view.prospect_reply_started.connect(self._reply_started)
        view.prospect_delta.connect(self._reply_delta)
        view.prospect_reply_finished.connect(self._reply_finished)
        coach = getattr(view, "coach", None)
        if coach is not None:
            coach.paused_changed.connect(self._paused)
        # The recogniser's note depends on the persona's language: a new pick, a new note.
        view.persona_combo.currentIndexChanged.connect(lambda _i: self._update_transcriber())
        app = QApplication.instance()
        if app is not None:
            app.installEventFilter(self)
        self.start_voice()
        self._update_transcriber()

    def apply_settings(self, settings: Settings) -> None:
        restart = (
            settings.output_device != self.settings.output_device
            or settings.input_device != self.settings.input_device
            or settings.models_folder != self.settings.models_folder
        )
        self.settings = settings
        self.mute_check.blockSignals(True)
        self.mute_check.setChecked(settings.mute)
        self.mute_check.blockSignals(False)
        self._update_transcriber()
        if restart:
            self.shutdown()
            self.start_voice()

    def start_voice(self) -> None:
        """Start the speech thread (voice process + speaker); failures become one status line."""
        if self.speech is not None:
            return
        self.speech = SpeechThread(self.settings.output_device, self, self.settings.models_folder)
        self.speech.worker.ready.connect(self._voice_ready)
        self.speech.worker.unavailable.connect(self._voice_unavailable)
        self.speech.worker.spoken.connect(self._reply_spoken)
        # Slots of this widget, not lambdas: a lambda would run on the speech thread.
        self.speech.worker.failed.connect(self._speech_failed)
        self._update_controls()

    @Slot(int, str)
    def _speech_failed(self, _reply_no: int, text: str) -> None:
        self.set_status(text)

    @Slot(list)
    def _voice_ready(self, voices: list) -> None:
        self.voices, self.voice_reason = voices, None
        if self.view is not None:
            self.view.set_barge_in_enabled(True)
        self._update_controls()

    @Slot(str)
    def _voice_unavailable(self, reason: str) -> None:
        self.voice_reason = reason
        self.set_status(reason)
        self._update_controls()

    def _update_transcriber(self) -> None:
        from trainer.voice.stt import STTError, backend_note, make_transcriber

        language = self._language()
        try:
            self.transcriber = make_transcriber(self.settings, language)
        except STTError as exc:
            self.transcriber = None
            self.set_status(str(exc))
        else:
            note = backend_note(self.transcriber, language)
            if self.transcriber is None:
                self.set_status(self.tr("Speech input is off (Settings → Audio): type your lines."))
            elif note and not self.voice_reason:
                self.set_status(note)
            elif self.status.text() == self._note:
                self.set_status("")  # the note was about another persona's language
            self._note = note if self.transcriber is not None else None
        self._update_controls()

    def _language(self) -> str:
        persona = self.view.current_persona() if self.view is not None else None
        return persona.language if persona is not None else "en"

    def _is_paused(self) -> bool:
        coach = getattr(self.view, "coach", None)
        return bool(coach is not None and coach.paused)

    @Slot(bool)
    def _paused(self, on: bool) -> None:
        """Pause mutes listening: a recording under way is dropped, push-to-talk waits."""
        if on and self._held:
            self._held = False
            self.talk_button.setDown(False)
            self.floor_timer.stop()
            if self.recorder is not None:
                self.recorder.end()
            self.set_status(self.tr("Paused: not listening"))
        self._update_controls()

    def _update_controls(self) -> None:
        in_call = self.view is not None and self.view.in_call() and not self._is_paused()
        can_talk = in_call and self.transcriber is not None and self.recorder is not None
        self.talk_button.setEnabled(can_talk)
        self.meter.setEnabled(self.recorder is not None)

    # -- the call --------------------------------------------------------------------------
    @Slot(int)
    def _call_started(self, _session_id: int) -> None:
        self._turn_end = time.monotonic()
        self._reply_index.clear()
        self._update_transcriber()
        self._open_recorder()
        self._prepare_models()

    # -- models fetched on first use ---------------------------------------------------------
    def _prepare_models(self) -> None:
        """At a call's start: load the recogniser if it is here already (a fetch waits for the
        first push-to-talk), fetch the Piper voice the user chose, warm up the call's voice."""
        from trainer.voice.stt import WhisperTranscriber

        transcriber = self.transcriber
        if isinstance(transcriber, WhisperTranscriber) and transcriber.ready():
            self._fetch(transcriber.label, transcriber.prepare, quiet=True)
        self._fetch_piper_voice()
        if self.speech is not None and not self.voice_reason and not self.settings.mute:
            self.speech.request_warm.emit(self._voice())

    def _fetch_piper_voice(self) -> None:
        from trainer.voice.models import PIPER_MODELS, ensure
        from trainer.voice.piper import piper_installed
        from trainer.voice.tts import PIPER_PREFIX, piper_voice_info

        persona = self.view.current_persona() if self.view is not None else None
        wanted = (self.settings.voice_overrides.get(persona.id, {}) if persona else {}).get("voice")
        if not wanted or not str(wanted).startswith(PIPER_PREFIX):
            return
        spec = PIPER_MODELS.get(str(wanted)[len(PIPER_PREFIX) :])
        if spec is None or any(v.id == wanted for v in self.voices) or not piper_installed():
            return
        folder = self.settings.models_folder

        def fetched(_result: object) -> None:
            info = piper_voice_info(spec)
            self.voices = [*self.voices, info]
            if self.speech is not None:
                self.speech.request_add_voice.emit(info)
                self.speech.request_warm.emit(self._voice())

        self._fetch(
            self.tr("the {name} voice").format(name=spec.label),
            lambda progress: ensure(spec, folder, progress),
            on_done=fetched,
        )

    def _fetch(self, label: str, job, quiet: bool = False, on_done=None) -> None:
        """Run `job(progress)` on the task pool; progress and failures become the status line."""
        if label in self._fetching:
            return
        self._fetching.add(label)
        last = [-1]

        def progress(done: int, total: int) -> None:  # pool thread: only emit
            percent = int(done * 100 / total) if total else 0
            if percent != last[0]:
                last[0] = percent
                self.fetch_progress.emit(label, percent)

        def done(result: object) -> None:
            self._fetching.discard(label)
            if not quiet and self._fetch_shown:
                self.set_status(self.tr("Ready: {what}.").format(what=label))
            if on_done is not None:
                on_done(result)

        def failed(exc: BaseException) -> None:
            self._fetching.discard(label)
            why = str(exc) if isinstance(exc, KnownError) else f"{type(exc).__name__}: {exc}"
            self.set_status(why)

        run_task(lambda: job(None if quiet else progress), done, failed, context=self)

    @Slot(str, int)
    def _show_fetch_progress(self, label: str, percent: int) -> None:
        self.set_status(
            self.tr("Fetching {what} (first use only): {percent} %").format(
                what=label, percent=percent
            ),
            fetching=True,
        )

    @Slot(str)
    def _call_ended(self, _outcome: str) -> None:
        if self._held:
            self._held = False
            self.floor_timer.stop()
        self.stop_speaking(trim=False)
        self._close_recorder()

    def _open_recorder(self) -> None:
        from trainer.voice.audio import Recorder

        if self.recorder is not None or self.transcriber is None:
            return
        device = self.settings.input_device
        run_task(lambda: Recorder(device), self._recorder_open, self._recorder_failed, context=self)

    def _recorder_open(self, recorder) -> None:
        if self.view is None or not self.view.in_call():
            recorder.close()
            return
        self.recorder, self.mic_reason = recorder, None
        self.level_timer.start()
        self._update_controls()

    def _recorder_failed(self, exc: BaseException) -> None:
        self.mic_reason = (
            str(exc).replace("Text only", "Typing only")
            if isinstance(exc, KnownError)
            else self.tr("Typing only: the microphone failed ({error}).").format(
                error=type(exc).__name__
            )
        )
        self.set_status(self.mic_reason)
        self._update_controls()

    def _close_recorder(self) -> None:
        self.level_timer.stop()
        self.meter.set_level(0)
        if self.recorder is not None:
            self.recorder.close()
            self.recorder = None
        self._update_controls()

    @Slot()
    def _show_level(self) -> None:
        if self.recorder is not None:
            self.meter.set_level(self.recorder.level)

    # -- the prospect speaks ---------------------------------------------------------------
    def _voice(self) -> VoiceSpec:
        persona = self.view.current_persona() if self.view is not None else None
        if persona is None:
            return VoiceSpec()
        return voice_spec_for(persona, self.voices, self.settings.voice_overrides)

    @Slot()
    def _reply_started(self) -> None:
        self._reply_no += 1
        if self.speech is None or self.voice_reason or self.settings.mute:
            self._feed = None
            return
        self._feed = DeltaFeed()
        self.speech.speak(
            self._reply_no, self._feed, self._voice(), self._language(), self._turn_end
        )

    @Slot(str)
    def _reply_delta(self, text: str) -> None:
        if self._feed is not None:
            self._feed.put(text)

    @Slot(int, str, bool)
    def _reply_finished(self, index: int, _text: str, cut_off: bool) -> None:
        self._reply_index[self._reply_no] = index
        if self._feed is not None:
            self._feed.close()
            self._feed = None
        if cut_off:
            self.stop_speaking(trim=True)

    @Slot(int, object)
    def _reply_spoken(self, reply_no: int, reply) -> None:
        """Back on the GUI thread: store the latency and keep the audio of the spoken reply."""
        index = self._reply_index.get(reply_no, -1)
        view = self.view
        if view is None or view.session_id is None or index < 0:
            return
        if reply.latency:
            # Off the GUI thread: a database another program holds locked must not freeze
            # the window; a latency that cannot be written is only a lost measurement.
            store, session, latency = view.store, view.session_id, dict(reply.latency)
            run_task(
                lambda: store.set_turn_latency(session, index, latency),
                lambda _result: None,
                lambda exc: log.warning("latency not stored: %s", exc),
                context=self,
            )
            self.latency_measured.emit(index, reply.latency)
            if "first_audio" in reply.latency:
                self.set_status(
                    self.tr("Prospect heard after {seconds} s").format(
                        seconds=f"{reply.latency['first_audio']:.2f}"
                    )
                )
        if reply.error:
            self.set_status(reply.error)
        self._keep(view.session_id, index, "prospect", reply.audio, reply.rate)

    def stop_speaking(self, trim: bool) -> None:
        """Silence the prospect now; with `trim`, the stored turn keeps only what was heard."""
        if self.speech is None:
            return
        said = self.speech.worker.barge_in()
        if trim and said and self.view is not None:
            turns = self.view.call.turns if self.view.call is not None else []
            last = next((t for t in reversed(turns) if t.speaker == "prospect"), None)
            if last is not None and said != last.text:
                self.view.set_spoken_text(said)

    @Slot(bool)
    def set_muted(self, muted: bool) -> None:
        self.settings = self.settings.model_copy(update={"mute": muted})
        if muted:
            self.stop_speaking(trim=False)  # the text of the reply is still there to read
        try:
            save_settings(self.settings)
        except OSError as exc:
            self.set_status(self.tr("Could not save the mute setting ({error}).").format(error=exc))

    # -- the trainee speaks ----------------------------------------------------------------
    @Slot(int, str)
    def _trainee_turn_added(self, _row: int, _text: str) -> None:
        if not self._held:
            self._turn_end = time.monotonic()  # a typed line: its end is now

    @Slot()
    def begin_talking(self) -> None:
        """Push-to-talk pressed: the prospect stops at once, and the recording starts."""
        if self._held or self.recorder is None or self.view is None or not self.view.in_call():
            return
        if self._is_paused():
            self.set_status(self.tr("Paused: press Resume to talk"))
            return
        self._held = True
        self.talk_button.setDown(True)
        if self.view.is_prospect_speaking():
            self.view.barge_in()  # the text reply is stored as cut off ...
        self.stop_speaking(trim=True)  # ... and trimmed to what was heard
        self.recorder.begin()
        self._fetch_recogniser()
        persona = self.view.current_persona()
        limit = persona.patience.monologue_seconds if persona is not None else 25.0
        self.floor_timer.start(int(limit * 1000))
        self.set_status(self.tr("Listening…"))

    def _fetch_recogniser(self) -> None:
        """First push-to-talk with a Whisper model not yet here: fetch it while the trainee
        speaks; the transcription waits for it."""
        from trainer.voice.stt import WhisperTranscriber

        transcriber = self.transcriber
        if isinstance(transcriber, WhisperTranscriber) and not transcriber.ready():
            self._fetch(
                self.tr("the {name} model").format(name=transcriber.label), transcriber.prepare
            )

    @Slot()
    def end_talking(self) -> None:
        """Push-to-talk released: transcribe off the GUI thread, then submit the turn."""
        if not self._held or self.recorder is None:
            return
        self._held = False
        self.talk_button.setDown(False)
        self.floor_timer.stop()
        recording = self.recorder.end()
        self._turn_end = recording.ended_at
        transcriber = self.transcriber
        if transcriber is None:
            return
        if not self._fetch_shown:
            self.set_status(self.tr("Transcribing…"))
        run_task(
            lambda: transcriber.transcribe(recording),
            lambda result: self._transcribed(result, recording),
            self._transcription_failed,
            context=self,
        )

    @Slot()
    def _floor_held_too_long(self) -> None:
        """The trainee held the floor past the persona's limit: the prospect cuts in."""
        if not self._held:
            return
        # The recording ends here. Its words still go first into the transcript (in the order
        # things were said); their duration past the limit makes the prospect react to the
        # monologue at once. Nothing recognised: the prospect simply cuts in.
        self._cut_in_pending = True
        self.end_talking()

    def _transcribed(self, result, recording) -> None:
        view = self.view
        cut_in, self._cut_in_pending = self._cut_in_pending, False
        if view is None or not view.in_call():
            return
        if not result.text:
            if cut_in:
                view.prospect_cut_in()
                return
            self.set_status(self.tr("Didn't catch that: hold to talk again, or type."))
            return
        now_call, now = view.call_time(), time.monotonic()
        start = max(0.0, round(now_call - (now - result.start), 3))
        end = max(start, round(now_call - (now - result.end), 3))
        if view.is_prospect_speaking():
            view.barge_in()
        if view.submit_line(result.text, start, end):
            self.set_status("")
            turns = view.call.turns if view.call is not None else []
            index = len(turns) - 1
            if index >= 0 and turns[index].speaker == "trainee" and view.session_id is not None:
                self._keep(view.session_id, index, "trainee", recording.samples, recording.rate)

    def _transcription_failed(self, exc: BaseException) -> None:
        if self._cut_in_pending and self.view is not None:
            self._cut_in_pending = False
            self.view.prospect_cut_in()
        if isinstance(exc, KnownError):
            self.set_status(str(exc))
        else:
            log.error("transcription failed", exc_info=exc)
            self.set_status(
                self.tr("Transcription failed ({error}): type your line instead.").format(
                    error=type(exc).__name__
                )
            )

    def _keep(self, session_id: int, index: int, speaker: str, samples, rate: int) -> None:
        if not self.settings.keep_audio or samples is None or len(samples) == 0:
            return
        run_task(
            lambda: save_turn_audio(session_id, index, speaker, samples, rate),
            None,
            lambda exc: self.set_status(str(exc)),
            context=self,
        )

    # -- hold Space ------------------------------------------------------------------------
    def eventFilter(self, obj: QObject, event: QEvent) -> bool:  # noqa: N802 (Qt name)
        kind = event.type()
        if kind not in (QEvent.Type.KeyPress, QEvent.Type.KeyRelease):
            return False
        if not isinstance(event, QKeyEvent) or event.key() != Qt.Key.Key_Space:
            return False
        if not self.isVisible() or not self.talk_button.isEnabled() and not self._held:
            return False
        focus = QApplication.focusWidget()
        if isinstance(focus, TEXT_WIDGETS) or (isinstance(focus, QComboBox) and focus.isEditable()):
            return False  # typing a space
        if focus is not None and focus.window() is not self.window():
            return False
        if event.isAutoRepeat():
            return True
        if kind == QEvent.Type.KeyPress:
            self.begin_talking()
        else:
            self.end_talking()
        return True

    # -- shutdown --------------------------------------------------------------------------
    def shutdown(self) -> None:
        """Stop speech and recording and join the speech thread (window close, tests)."""
        self.floor_timer.stop()
        self._held = False
        if self._feed is not None:
            self._feed.close()
            self._feed = None
        self._close_recorder()
        if self.speech is not None:
            self.speech.shutdown()
            self.speech.deleteLater()
            self.speech = None
