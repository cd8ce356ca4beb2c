"""Speech on its own QThread: the GUI thread hands over text deltas, the worker speaks them.

The worker owns the speech process (`Synthesizer`) and the speaker (`Player`); both are created
on the worker thread because starting them can take a second. A reply is spoken by the
blocking `SpeechPipeline.speak`, fed through a `DeltaFeed` that the GUI thread fills as the
engine's deltas arrive. A busy worker never runs a queued slot, so a barge-in does not go
through a slot: `barge_in()` is called directly from the GUI thread and only sets an event and
stops the player (both thread-safe).
"""

from __future__ import annotations

import logging
import queue
import threading
from collections.abc import Iterator

from PySide6.QtCore import QObject, QThread, Signal, Slot

from trainer.core.errors import KnownError
from trainer.voice.pipeline import SpeechPipeline
from trainer.voice.tts import VoiceSpec

log = logging.getLogger(__name__)
_END = object()


class DeltaFeed:
    """A thread-safe stream of text deltas: `put` from the GUI thread, iterate on the worker."""

    def __init__(self) -> None:
        self._queue: queue.Queue = queue.Queue()
        self.closed = False

    def put(self, text: str) -> None:
        if not self.closed and text:
            self._queue.put(text)

    def close(self) -> None:
        if not self.closed:
            self.closed = True
            self._queue.put(_END)

    def __iter__(self) -> Iterator[str]:
        while True:
            item = self._queue.get()
            if item is _END:
                return
            yield item


class SpeechWorker(QObject):
    """Lives on a QThread; `start` opens the voice, `speak` says one reply (blocking)."""

    ready = Signal(list)  # the voices found (VoiceInfo)
    unavailable = Signal(str)  # one line: why there is no voice
    spoken = Signal(int, object)  # reply number, SpokenReply
    failed = Signal(int, str)

    def __init__(self, output_device: str = "", models_folder: str = "") -> None:
        super().__init__()
        self.output_device = output_device
        self.models_folder = models_folder
        self.synth = None
        self.player = None
        self.pipeline: SpeechPipeline | None = None
        self.feed: DeltaFeed | None = None
        self._lock = threading.Lock()

    @Slot()
    def start(self) -> None:
        from trainer.voice.audio import Player
        from trainer.voice.devices import output_unavailable_reason
        from trainer.voice.tts import Synthesizer

        reason = output_unavailable_reason(self.output_device)
        if reason:
            self.unavailable.emit(reason)
            return
        try:
            self.synth = Synthesizer(models_folder=self.models_folder).start()
            self.player = Player(self.output_device)
        except KnownError as exc:
            self.close()
            self.unavailable.emit(str(exc))
            return
        self.ready.emit(list(self.synth.voices))

    @Slot(object)
    def warm(self, voice: VoiceSpec) -> None:
        """Load the call's voice before its first reply (a Piper voice takes a second or two)."""
        if self.synth is not None:
            self.synth.warm(voice)

    @Slot(object)
    def add_voice(self, voice) -> None:
        """A voice fetched during the session (a Piper voice)."""
        if self.synth is not None:
            self.synth.add_voice(voice)

    @Slot(int, object, object, str, float)
    def speak(
        self, reply_no: int, feed: DeltaFeed, voice: VoiceSpec, language: str, turn_end: float
    ) -> None:
        if self.synth is None or self.player is None:
            for _ in feed:  # no voice: let the feed drain
                pass
            return
        pipeline = SpeechPipeline(self.synth, self.player, voice, language)
        with self._lock:
            self.pipeline, self.feed = pipeline, feed
        try:
            reply = pipeline.speak(feed, turn_ended_at=turn_end or None)
        except Exception as exc:  # never lose the worker thread to one bad reply
            log.exception("speaking reply %s failed", reply_no)
            self.failed.emit(
                reply_no, f"The voice failed ({type(exc).__name__}); the call goes on in text."
            )
            return
        finally:
            with self._lock:
                self.pipeline = self.feed = None
        self.spoken.emit(reply_no, reply)

    def barge_in(self) -> str | None:
        """GUI thread: stop speaking now; the text said so far, or None when nothing was playing."""
        with self._lock:
            pipeline, feed = self.pipeline, self.feed
        if pipeline is None:
            return None
        said = pipeline.barge_in()
        if feed is not None:
            feed.close()  # the pipeline may be waiting for the next delta
        return said

    def speaking(self) -> bool:
        with self._lock:
            return self.pipeline is not None

    def close(self) -> None:
        if self.player is not None:
            self.player.close()
            self.player = None
        if self.synth is not None:
            self.synth.close()
            self.synth = None


class SpeechThread(QObject):
    """Owns the worker's QThread; `shutdown` stops speech, quits and joins it."""

    request_start = Signal()
    request_speak = Signal(int, object, object, str, float)
    request_warm = Signal(object)
    request_add_voice = Signal(object)

    def __init__(
        self, output_device: str = "", parent: QObject | None = None, models_folder: str = ""
    ) -> None:
        super().__init__(parent)
        self.worker = SpeechWorker(output_device, models_folder)
        self.thread = QThread()
        self.thread.setObjectName("speech")
        self.worker.moveToThread(self.thread)
        self.request_start.connect(self.worker.start)
        self.request_speak.connect(self.worker.speak)
        self.request_warm.connect(self.worker.warm)
        self.request_add_voice.connect(self.worker.add_voice)
        self.thread.start()
        self.request_start.emit()

    def speak(
        self, reply_no: int, feed: DeltaFeed, voice: VoiceSpec, language: str, turn_end: float
    ) -> None:
        self.request_speak.emit(reply_no, feed, voice, language, turn_end)

    def shutdown(self, msecs: int = 5000) -> bool:
        self.worker.barge_in()
        self.thread.quit()
        ok = self.thread.wait(msecs)
        self.worker.close()
        return ok
