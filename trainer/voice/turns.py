"""One call's voice, without Qt: recordings become stored trainee turns, replies are spoken.

The window's voice worker drives this from its own thread. The trainee's recording is
transcribed and recorded through `Call.trainee_says` with its start and end (seconds from the
start of the call); the prospect's reply streams through the speech pipeline, and when the
trainee barges in the stored turn keeps only the sentences that had started playing. Per turn
the latency dict and (when `keep_audio` is on) the audio of both speakers are stored.
"""

from __future__ import annotations

import logging
import threading
import time
from dataclasses import dataclass

from trainer.core.call import Call
from trainer.core.errors import KnownError
from trainer.core.prospect_state import Directions
from trainer.core.transcript import Turn
from trainer.voice.audio import Recording
from trainer.voice.pipeline import SpeechPipeline, SpokenReply
from trainer.voice.storage import save_turn_audio
from trainer.voice.stt import Transcriber

log = logging.getLogger(__name__)


@dataclass
class TraineeTurn:
    index: int
    turn: Turn
    directions: Directions


class VoiceTurns:
    """Glue between a `Call`, the store and the voice parts for one practice call."""

    def __init__(
        self,
        call: Call,
        store=None,
        session_id: int | None = None,
        pipeline: SpeechPipeline | None = None,
        transcriber: Transcriber | None = None,
        keep_audio: bool = True,
        clock=time.monotonic,
    ) -> None:
        self.call = call
        self.store = store
        self.session_id = session_id
        self.pipeline = pipeline
        self.transcriber = transcriber
        self.keep_audio = keep_audio
        self._clock = clock
        self.warnings: list[str] = []  # one-line problems that did not stop the call

    def call_time(self, monotonic_stamp: float) -> float:
        """A monotonic stamp (recorder, pipeline) as seconds from the start of the call."""
        return round(self.call.now() - (self._clock() - monotonic_stamp), 3)

    # -- the trainee ---------------------------------------------------------------------------

    def trainee_spoke(self, recording: Recording) -> TraineeTurn | None:
        """Transcribe a push-to-talk recording into the trainee's turn; None if nothing was heard.

        Raises STTError (a KnownError) when the recogniser fails: the trainee can type instead.
        """
        if self.transcriber is None:
            raise KnownError("Speech input is switched off in Settings: type your line instead.")
        result = self.transcriber.transcribe(recording)
        if not result.text.strip():
            return None
        start, end = self.call_time(result.start), self.call_time(result.end)
        directions = self.call.trainee_says(result.text, start=start, end=end)
        index = len(self.call.turns) - 1
        self._keep(index, "trainee", recording.samples, recording.rate)
        return TraineeTurn(index, self.call.turns[index], directions)

    # -- the prospect --------------------------------------------------------------------------

    def prospect_speaks(
        self,
        directions: Directions,
        cancel: threading.Event | None = None,
        turn_ended_at: float | None = None,
    ) -> SpokenReply | None:
        """Speak the prospect's reply as it streams; returns None when there is no voice."""
        cancel = cancel or threading.Event()
        before = len(self.call.turns)
        stream = self.call.prospect_stream(directions, cancel)
        if self.pipeline is None:
            for _ in stream:
                pass
            return None
        reply = self.pipeline.speak(stream, cancel, turn_ended_at)
        if reply.error:
            self.warnings.append(reply.error)
        if len(self.call.turns) == before:
            return reply  # the engine said nothing
        index = len(self.call.turns) - 1
        turn = self.call.turns[index]
        if reply.cut_off and reply.spoken and reply.spoken != turn.text:
            self.call.replace_last_prospect_text(reply.spoken)
            if self.store is not None and self.session_id is not None:
                self.store.update_turn(self.session_id, index, turn)
        if self.store is not None and self.session_id is not None and reply.latency:
            self.store.set_turn_latency(self.session_id, index, reply.latency)
        self._keep(index, "prospect", reply.audio, reply.rate)
        return reply

    def barge_in(self) -> str:
        """The trainee started talking: the prospect stops now; returns what he had said."""
        return self.pipeline.barge_in() if self.pipeline is not None else ""

    def _keep(self, index: int, speaker: str, samples, rate: int) -> None:
        if not (self.keep_audio and self.session_id is not None):
            return
        try:
            save_turn_audio(self.session_id, index, speaker, samples, rate)
        except KnownError as exc:  # a full disk must not end the call
            self.warnings.append(str(exc))
