"""Playing one kept turn off the GUI thread; every failure becomes one line for the status label."""

from __future__ import annotations

from PySide6.QtCore import QObject, Signal

from trainer.core.errors import KnownError
from trainer.workers.tasks import run_task


def turn_audio_exists(session_id: int, index: int, speaker: str) -> bool:
    """Whether the turn's audio was kept (False too when the data folder is unusable)."""
    from trainer.voice.storage import turn_audio_path

    try:
        return turn_audio_path(session_id, index, speaker).exists()
    except (KnownError, OSError):
        return False


class NoAudioError(KnownError):
    """The turn's audio was not kept (or was deleted since): said as it is."""


class TurnAudio(QObject):
    """Plays a turn's kept audio through the voice layer's Player on a pool thread."""

    status = Signal(str)  # one line: "Playing turn 3…", "No audio was kept for turn 3", ...
    finished = Signal()

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._player = None
        self._busy = False

    @property
    def busy(self) -> bool:
        return self._busy

    def play(self, session_id: int, index: int, speaker: str) -> None:
        if self._busy:
            self.stop()
        if not turn_audio_exists(session_id, index, speaker):
            self.status.emit(
                self.tr("No audio was kept for turn {number}.").format(number=index + 1)
            )
            return
        self._busy = True
        self.status.emit(self.tr("Playing turn {number}…").format(number=index + 1))
        run_task(lambda: self._play(session_id, index, speaker), self._done, self._failed)

    def _play(self, session_id: int, index: int, speaker: str) -> None:  # pool thread
        from trainer.voice.audio import Player
        from trainer.voice.storage import load_turn_audio
        from trainer.voice.tts import Clip

        loaded = load_turn_audio(session_id, index, speaker)
        if loaded is None:
            raise NoAudioError(
                self.tr("No audio was kept for turn {number}.").format(number=index + 1)
            )
        samples, rate = loaded
        player = Player()
        self._player = player
        try:
            log = player.play(Clip(samples=samples, rate=rate))
            log.done.wait(timeout=len(samples) / max(rate, 1) + 5)
        finally:
            self._player = None
            player.close()

    def stop(self) -> None:
        player = self._player
        if player is not None:
            player.stop()

    def _done(self, _result: object) -> None:
        self._busy = False
        self.status.emit("")
        self.finished.emit()

    def _failed(self, exc: BaseException) -> None:
        self._busy = False
        if isinstance(exc, NoAudioError):
            text = str(exc)
        elif isinstance(exc, KnownError):
            text = self.tr("Audio: {error}").format(error=exc)
        elif isinstance(exc, OSError):
            text = self.tr(
                "Audio playback is unavailable here ({error}); the transcript is all there is."
            ).format(error=exc)
        else:
            text = self.tr("Audio playback failed ({error}).").format(
                error=f"{exc.__class__.__name__}: {exc}"
            )
        self.status.emit(text)
        self.finished.emit()
