"""The voice panel on the real call view: speech of each reply, push-to-talk by button and by
holding Space, barge-in, latency and kept audio, all on the PulseAudio null sink."""

from __future__ import annotations

import re
import threading
import time

import pytest
from PySide6.QtCore import Qt

from tests.support.audio_server import audio_server  # noqa: F401
from tests.support.voice_models import piper_english  # noqa: F401
from trainer.core.persona import load_catalog
from trainer.paths import persona_folders
from trainer.settings import Settings
from trainer.store import Store
from trainer.ui.call_view import CallView
from trainer.ui.voice_panel import VoicePanel
from trainer.voice.audio import Player
from trainer.voice.storage import session_audio_files
from trainer.voice.tts import Synthesizer, VoiceSpec
from trainer.workers.tasks import wait_for_tasks

pytestmark = [pytest.mark.gui, pytest.mark.audio]
# The trainee's mouth is a test device, not the app's speaker: a roomy buffer keeps its line
# whole when the machine is busy, so the test measures the recogniser, not the load.
MOUTH_LATENCY = 0.3


@pytest.fixture
def voice_view(qtbot, audio_server, request):
    """The call view with its voice panel; pocketsphinx listens unless a test asks for the
    default recogniser, Whisper (the packaged base model), with `@pytest.mark.parametrize`."""
    backend = getattr(request, "param", "pocketsphinx")
    store = Store()
    settings = Settings(engine="scripted", stt_backend=backend, persona="grumpy-ceo-en")
    view = CallView(store, load_catalog(persona_folders()), settings)
    panel = VoicePanel(settings)
    panel.attach(view)
    qtbot.addWidget(view)
    view.show()
    qtbot.waitUntil(lambda: bool(panel.voices) or panel.voice_reason is not None, timeout=20_000)
    assert panel.voice_reason is None, panel.voice_reason
    yield view, panel, store
    panel.shutdown()
    view.shutdown()
    assert wait_for_tasks()
    assert panel.speech is None
    store.close()


def start_call(qtbot, view, panel):
    view.trainee_combo.setEditText("Anna")
    with qtbot.waitSignal(panel.latency_measured, timeout=20_000) as greeting:
        qtbot.mouseClick(view.call_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(
        lambda: panel.recorder is not None and panel.recorder.ready.is_set(), timeout=10_000
    )
    return greeting.args


def test_greeting_is_spoken_and_its_latency_stored(qtbot, voice_view):
    view, panel, store = voice_view
    index, latency = start_call(qtbot, view, panel)
    assert index == 0 and latency["first_audio"] > 0
    # Written off the GUI thread, so a locked database never freezes the window.
    assert wait_for_tasks()
    assert store.turn_latencies(view.session_id)[0] == latency
    qtbot.waitUntil(lambda: len(session_audio_files(view.session_id)) == 1, timeout=5000)
    assert session_audio_files(view.session_id)[0].name == "0000-prospect.ogg"
    assert view.barge_in_enabled and panel.talk_button.isEnabled()
    assert "English-only" in panel.status.text() or "heard after" in panel.status.text()


# Whisper, the default recogniser: pocketsphinx catches too few of the words to check them.
@pytest.mark.parametrize("voice_view", ["whisper"], indirect=True)
def test_push_to_talk_becomes_a_stored_trainee_turn(qtbot, voice_view):
    view, panel, store = voice_view
    start_call(qtbot, view, panel)
    with Synthesizer() as synth:
        line = synth.synthesize(
            "what is your biggest problem with customers", VoiceSpec("gmw/en-us", 90)
        )
    view.transcript.setFocus()  # not the text box: Space is push-to-talk
    qtbot.keyPress(view.transcript, Qt.Key.Key_Space)
    assert panel.recorder.recording
    with Player(latency=MOUTH_LATENCY) as mouth:
        assert mouth.play(line).done.wait(15)
        time.sleep(0.4)
    with qtbot.waitSignal(view.trainee_turn_added, timeout=20_000, raising=False) as added:
        qtbot.keyRelease(view.transcript, Qt.Key.Key_Space)
    assert added.signal_triggered, panel.status.text()
    turn = store.get_transcript(view.session_id).turns[1]
    assert turn.speaker == "trainee"
    heard = set(re.findall(r"\w+", turn.text.lower()))
    assert len(heard & {"what", "your", "biggest", "problem", "customers"}) >= 4, turn.text
    assert turn.end - turn.start > 1.0
    qtbot.waitUntil(
        lambda: "0001-trainee.ogg" in [p.name for p in session_audio_files(view.session_id)],
        timeout=5000,
    )


def test_space_in_the_text_box_types(qtbot, voice_view):
    view, panel, _store = voice_view
    start_call(qtbot, view, panel)
    view.input.setFocus()
    qtbot.keyClick(view.input, Qt.Key.Key_Space)
    assert not panel.recorder.recording and view.input.toPlainText() == " "


def test_talking_over_the_prospect_cuts_him_off(qtbot, voice_view):
    view, panel, store = voice_view
    start_call(qtbot, view, panel)
    worker = panel.speech.worker
    view.input.setPlainText(
        "We are the market leading innovative end-to-end provider of synergies."
    )
    with qtbot.waitSignal(view.prospect_reply_finished, timeout=5000) as finished:
        qtbot.keyClick(view.input, Qt.Key.Key_Return)
    full_reply = finished.args[1]
    qtbot.waitUntil(lambda: bool(worker.pipeline and worker.pipeline.spoken_text()), timeout=10_000)
    heard = worker.pipeline.spoken_text()
    panel.begin_talking()  # the trainee starts talking while the prospect is still audible
    qtbot.waitUntil(lambda: not worker.speaking(), timeout=5000)
    panel.end_talking()
    prospect = [t for t in store.get_transcript(view.session_id).turns if t.speaker == "prospect"][
        -1
    ]
    assert full_reply.startswith(prospect.text)
    if prospect.text != full_reply:  # cut mid-reply: only the sentences that had started
        assert prospect.cut_off and prospect.text.startswith(heard)


def test_holding_the_floor_too_long_makes_the_prospect_cut_in(qtbot, voice_view):
    view, panel, _store = voice_view
    start_call(qtbot, view, panel)
    qtbot.wait(1000)  # the greeting's last audio has left the speaker (the monitor hears it)
    with qtbot.waitSignal(view.prospect_reply_started, timeout=10_000):
        panel.begin_talking()
        panel.floor_timer.start(300)  # the persona allows 25 s; the test does not wait that long
    assert not panel._held and not panel.recorder.recording
    assert view.call.state.history[-1].reason == "held the floor too long"


def test_a_speech_failure_reaches_the_status_line_on_the_gui_thread(qtbot, voice_view):
    _view, panel, _store = voice_view
    seen: list[tuple[str, str]] = []
    # A plain callable runs in the thread that emits: here, where set_status runs.
    panel.status_changed.connect(lambda text: seen.append((text, threading.current_thread().name)))
    message = "the speech voice failed: no sound"
    emitter = threading.Thread(
        target=lambda: panel.speech.worker.failed.emit(1, message), name="speech-test"
    )
    emitter.start()
    emitter.join(5)
    qtbot.waitUntil(lambda: panel.status.text() == message, timeout=5_000)
    assert seen == [(message, threading.main_thread().name)]


def test_whisper_is_fetched_on_the_first_push_to_talk_and_hears_the_line(
    qtbot, audio_server, piper_english
):
    """Whisper (the default): the model comes on the first push-to-talk with progress shown
    (here joined from its wheels, as a download would be), and the spoken line becomes a turn."""
    from trainer.voice.models import WHISPER_MODELS, locate
    from trainer.voice.stt import WhisperTranscriber

    store = Store()
    settings = Settings(engine="scripted", persona="grumpy-ceo-en")
    view = CallView(store, load_catalog(persona_folders()), settings)
    panel = VoicePanel(settings)
    panel.attach(view)
    qtbot.addWidget(view)
    view.show()
    try:
        qtbot.waitUntil(lambda: bool(panel.voices), timeout=20_000)
        assert isinstance(panel.transcriber, WhisperTranscriber)
        assert locate(WHISPER_MODELS["whisper-base"]) is None  # not in this data folder yet
        start_call(qtbot, view, panel)
        progress: list[str] = []
        panel.status_changed.connect(progress.append)
        with Synthesizer() as synth:
            line = synth.synthesize(
                "What is the biggest problem with your deliveries?",
                VoiceSpec("piper:en_US-joe-medium", language="en"),
            )
        view.transcript.setFocus()
        qtbot.keyPress(view.transcript, Qt.Key.Key_Space)
        with Player(latency=MOUTH_LATENCY) as mouth:
            assert mouth.play(line).done.wait(15)
            time.sleep(0.4)
        with qtbot.waitSignal(view.trainee_turn_added, timeout=60_000, raising=False) as added:
            qtbot.keyRelease(view.transcript, Qt.Key.Key_Space)
        assert added.signal_triggered, panel.status.text()
        assert any(p.startswith("Fetching the Whisper base model") for p in progress)
        turn = store.get_transcript(view.session_id).turns[1]
        words = {w.strip(".,?").lower() for w in turn.text.split()}
        assert len(words & {"what", "biggest", "problem", "your", "deliveries"}) >= 4, turn.text
        assert locate(WHISPER_MODELS["whisper-base"]) is not None  # kept for next time
    finally:
        panel.shutdown()
        view.shutdown()
        assert wait_for_tasks()
        store.close()


def test_pause_mutes_listening_until_resumed(qtbot, voice_view):
    view, panel, _store = voice_view
    start_call(qtbot, view, panel)
    qtbot.waitUntil(lambda: panel.talk_button.isEnabled(), timeout=10_000)
    view.transcript.setFocus()  # not the text box: Space is push-to-talk
    qtbot.keyPress(view.transcript, Qt.Key.Key_Space)
    assert panel.recorder.recording
    view.coach.panel.pause_button.click()  # pausing mid-sentence drops the recording
    assert not panel.recorder.recording and not panel.talk_button.isEnabled()
    qtbot.keyRelease(view.transcript, Qt.Key.Key_Space)
    qtbot.keyPress(view.transcript, Qt.Key.Key_Space)
    assert not panel.recorder.recording and "Paused" in panel.status.text()
    qtbot.keyRelease(view.transcript, Qt.Key.Key_Space)
    view.coach.panel.pause_button.click()
    assert panel.talk_button.isEnabled()
