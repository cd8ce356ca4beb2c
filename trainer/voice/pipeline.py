"""Streaming speech: text deltas -> sentences -> synthesis -> player, in order, cancellable.

Speech starts as soon as the first sentence is complete while the engine is still writing the
rest: the caller's thread feeds the splitter, a synthesis thread turns sentences into clips and
queues them on the player, and the player plays them in the order queued.

Barge-in (`barge_in`, from any thread) cancels all three at once: the engine stream stops at its
next chunk, queued sentences are dropped and the speaker goes silent within one ~50 ms block.
What counts as said: every sentence whose playback had started when the prospect was cut off
(the listener heard at least its beginning, so the prospect "said" it, to the sentence).
"""

from __future__ import annotations

import itertools
import queue
import threading
import time
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field

import numpy as np

from trainer.core.sentences import SentenceSplitter
from trainer.voice.audio import PlaybackLog, Player
from trainer.voice.latency import TurnLatency
from trainer.voice.tts import Clip, Synthesizer, TTSError, VoiceSpec

_turns = itertools.count()
STALL_SECONDS = 5.0  # a clip not done this long after its own length: the speaker hangs


@dataclass
class SpokenReply:
    """The outcome of one spoken reply."""

    text: str  # everything the engine produced
    sentences: list[str]  # the reply cut into sentences (all of them)
    spoken: str  # the sentences whose playback started: what the prospect actually said
    cut_off: bool
    latency: dict[str, float]
    audio: np.ndarray = field(default_factory=lambda: np.zeros(0, np.float32))
    rate: int = 0
    error: str | None = None  # a speech failure: the rest of the reply went on as text


@dataclass
class _Item:
    index: int
    text: str
    clip: Clip | None = None
    log: PlaybackLog | None = None


class SpeechPipeline:
    """One per call: `speak` a reply (blocking, run it off the GUI thread), `barge_in` to stop."""

    def __init__(
        self,
        synthesizer: Synthesizer,
        player: Player,
        voice: VoiceSpec | None = None,
        language: str = "en",
        first_fragment_words: int | None = 6,
        clock: Callable[[], float] = time.monotonic,
    ) -> None:
        self.synthesizer = synthesizer
        self.player = player
        self.voice = voice or VoiceSpec()
        self.language = language
        self.first_fragment_words = first_fragment_words
        self._clock = clock
        self._cancel = threading.Event()
        self._items: list[_Item] = []
        self._lock = threading.Lock()

    # -- public ------------------------------------------------------------------------------

    def speak(
        self,
        deltas: Iterable[str],
        cancel: threading.Event | None = None,
        turn_ended_at: float | None = None,
        streaming: bool = True,
    ) -> SpokenReply:
        """Speak a reply as it streams in; returns when it has been played or was cut off.

        `cancel` is shared with the engine (set it, or call `barge_in`, to interrupt).
        `streaming=False` is the old way, kept for the benchmark: wait for the whole reply,
        synthesise it in one piece, then play.
        """
        self._cancel = cancel if cancel is not None else threading.Event()
        cancel = self._cancel
        latency = TurnLatency(turn_ended_at, self._clock)
        splitter = SentenceSplitter(self.language, self.first_fragment_words if streaming else None)
        turn = next(_turns)
        with self._lock:
            self._items = []
        work: queue.Queue[_Item | None] = queue.Queue()
        errors: list[str] = []
        synth = threading.Thread(
            target=self._synthesis_loop,
            args=(work, latency, turn, errors),
            name="trainer-speech",
            daemon=True,
        )
        synth.start()
        text_parts: list[str] = []
        sentences: list[str] = []

        def queue_sentences(new: list[str]) -> None:
            for sentence in new:
                latency.mark("first_sentence")
                item = _Item(len(sentences), sentence)
                sentences.append(sentence)
                with self._lock:
                    self._items.append(item)
                work.put(item)

        try:
            for delta in deltas:
                if cancel.is_set():
                    break
                if not delta:
                    continue
                latency.mark("first_token")
                text_parts.append(delta)
                if streaming:
                    queue_sentences(splitter.feed(delta))
            if not cancel.is_set():
                if streaming:
                    queue_sentences(splitter.flush())
                else:
                    whole = splitter.feed("".join(text_parts)) + splitter.flush()
                    if whole:
                        queue_sentences([" ".join(whole)])
        finally:
            close = getattr(deltas, "close", None)
            if close is not None:
                close()  # ends the engine's stream (and lets it record the turn) at once
            work.put(None)
            synth.join()
            self._wait_played(cancel, errors)
        return self._result("".join(text_parts), sentences, latency, cancel.is_set(), errors, turn)

    def barge_in(self) -> str:
        """Stop speaking now (any thread); returns what has been said so far."""
        self._cancel.set()
        self.player.stop()
        return self.spoken_text()

    def spoken_text(self) -> str:
        with self._lock:
            items = list(self._items)
        return " ".join(i.text for i in items if i.log is not None and i.log.started_at is not None)

    # -- internals ---------------------------------------------------------------------------

    def _synthesis_loop(
        self, work: queue.Queue, latency: TurnLatency, turn: int, errors: list[str]
    ) -> None:
        while True:
            item = work.get()
            if item is None:
                return
            if self._cancel.is_set() or errors:
                continue  # drain: cancelled, or the voice failed and the reply goes on as text
            try:
                clip = self.synthesizer.synthesize(item.text, self.voice)
            except (TTSError, ValueError) as exc:
                if isinstance(exc, TTSError):
                    errors.append(str(exc))
                continue
            latency.mark("first_synthesis")
            if self._cancel.is_set():
                continue
            item.clip = clip
            item.log = self.player.play(clip, tag=(turn, item.index))
            if not latency.has("playback_start"):
                threading.Thread(
                    target=self._stamp_start, args=(item.log, latency), daemon=True
                ).start()

    def _stamp_start(self, log: PlaybackLog, latency: TurnLatency) -> None:
        """Wait (off the audio thread) for the first block to go out, then stamp it."""
        while log.started_at is None and not log.done.is_set():
            time.sleep(0.005)
        if log.started_at is not None:
            self._mark_start(log, latency)

    def _mark_start(self, log: PlaybackLog, latency: TurnLatency) -> None:
        latency.mark("playback_start", log.started_at)
        latency.mark("first_audio", log.started_at + self.player.latency)

    def _wait_played(self, cancel: threading.Event, errors: list[str]) -> None:
        """Wait until every queued clip has played, the reply is cut off, or the speaker hangs
        (a device unplugged or a sound server gone: its callbacks stop and nothing plays)."""
        with self._lock:
            items = list(self._items)
        for item in items:
            if item.log is None or item.clip is None:
                continue
            deadline = time.monotonic() + item.clip.seconds + STALL_SECONDS
            while not item.log.done.wait(0.02):
                if cancel.is_set():
                    break
                if time.monotonic() > deadline:
                    errors.append("The speaker stopped playing; the call goes on in text.")
                    cancel.set()
                    break
            if cancel.is_set():
                self.player.stop()
                return
        if cancel.is_set():
            self.player.stop()

    def _result(
        self,
        text: str,
        sentences: list[str],
        latency: TurnLatency,
        cut_off: bool,
        errors: list[str],
        turn: int,
    ) -> SpokenReply:
        with self._lock:
            items = list(self._items)
        started = [i for i in items if i.log is not None and i.log.started_at is not None]
        if started:  # the stamping thread may not have run yet when the reply was cut short
            self._mark_start(started[0].log, latency)
        # Cut off: the sentences whose playback started; else the whole reply was said.
        spoken = " ".join(i.text for i in started) if cut_off else " ".join(sentences)
        chunks = [self.player.played_samples(i.clip, i.log) for i in started if i.clip and i.log]
        audio = np.concatenate(chunks) if chunks else np.zeros(0, np.float32)
        for item in items:  # the player keeps logs by tag; this turn's are no longer needed
            self.player.logs.pop((turn, item.index), None)
        return SpokenReply(
            text=text,
            sentences=sentences,
            spoken=spoken,
            cut_off=cut_off,
            latency=latency.as_dict(),
            audio=audio,
            rate=self.player.rate,
            error=errors[0] if errors else None,
        )
