"""Playing and recording on our own sounddevice streams.

The stream callbacks run on PortAudio's thread: they only move small blocks (25-50 ms) between the device
and a queue, and look at a generation counter for "stop". They never touch Qt. Playback is
queued in those blocks, so a barge-in silences the speaker within one block plus the
device's own latency; `sd.play`/`sd.stop` are not used (they are not safe across threads).
"""

from __future__ import annotations

import collections
import logging
import math
import queue
import threading
import time
from dataclasses import dataclass, field

import numpy as np

from trainer.voice.devices import AudioUnavailable, Device, pick_device, sounddevice_module
from trainer.voice.tts import Clip

log = logging.getLogger(__name__)

BLOCK_SECONDS = 0.05  # recording blocks
PLAY_BLOCK_SECONDS = 0.02  # playback blocks: a stop lands within one block plus the latency
# Output latency asked of PortAudio: what the app adds between a clip being queued and it being
# heard. Through ALSA's pulse plugin a short one now and then underruns, and PortAudio then
# pulls blocks far faster than real time (into the sound server's own, long buffer: the audio
# comes out late, or is dropped). Two cures make a short latency safe: the stream stays open
# for the whole call, fed silence between clips, so a clip never meets a starting stream; and
# the callback hands out speech no faster than real time (plus `PACE_SLACK`), giving silence
# to a burst of pulls instead of the clip.
PLAY_LATENCY = 0.06
PACE_SLACK = 0.12
SETTLE_SECONDS = 0.3


def resample(samples: np.ndarray, rate_in: int, rate_out: int) -> np.ndarray:
    """Linear-interpolation resampling: plenty for speech, and no extra dependency."""
    if rate_in == rate_out or len(samples) == 0:
        return samples.astype(np.float32, copy=False)
    n_out = max(1, int(round(len(samples) * rate_out / rate_in)))
    x_out = np.arange(n_out, dtype=np.float64) * (rate_in / rate_out)
    return np.interp(x_out, np.arange(len(samples)), samples).astype(np.float32)


def rms_level(samples: np.ndarray) -> float:
    """Loudness 0..1 on a dB scale from -60 dBFS (silence) to 0 dBFS, for a level meter."""
    if len(samples) == 0:
        return 0.0
    rms = float(np.sqrt(np.mean(np.square(samples, dtype=np.float64))))
    if rms <= 1e-6:
        return 0.0
    return max(0.0, min(1.0, (20 * math.log10(rms) + 60) / 60))


def _open_error(exc: Exception, what: str) -> AudioUnavailable:
    """PortAudio's own words ("Illegal combination of I/O devices [PaErrorCode -9993]") mean
    nothing to a trainee: say what is wrong and what to do; the details go to the log."""
    log.info("opening the %s failed: %s", what, exc)
    return AudioUnavailable(
        f"Text only: no {what} answered. Check that the sound system (PulseAudio or PipeWire) "
        f"is running and a {what} is connected, or choose another in File → Audio…"
    )


@dataclass
class _Block:
    generation: int
    tag: object
    data: np.ndarray
    first: bool
    last: bool


@dataclass
class PlaybackLog:
    """What actually reached the device for one queued clip."""

    started_at: float | None = None
    finished_at: float | None = None
    blocks_played: int = 0
    blocks_total: int = 0
    done: threading.Event = field(default_factory=threading.Event)


class Player:
    """One output stream kept open; clips are queued in small blocks and played in order."""

    def __init__(
        self, device: str = "", clock=time.monotonic, latency: float = PLAY_LATENCY
    ) -> None:
        """`latency`: the output latency asked of PortAudio; short, so speech starts soon."""
        self._sd = sounddevice_module()
        self.device: Device = pick_device("output", device)
        self.rate = self.device.samplerate
        self.block = max(64, int(self.rate * PLAY_BLOCK_SECONDS))
        self._queue: queue.Queue[_Block] = queue.Queue()
        self._generation = 0
        self._lock = threading.Lock()
        self._clock = clock
        self.logs: dict[object, PlaybackLog] = {}
        self.level = 0.0
        self._run_start: float | None = None  # when the current stretch of speech began
        self._released = 0  # samples handed to the device in it
        self._slack = int(self.rate * PACE_SLACK)
        try:
            self._stream = self._sd.OutputStream(
                device=self.device.index,
                samplerate=self.rate,
                channels=1,
                dtype="float32",
                blocksize=self.block,
                latency=latency,
                callback=self._callback,
            )
            self._stream.start()
        except (self._sd.PortAudioError, ValueError) as exc:
            raise _open_error(exc, "speaker") from None
        # While a fresh stream settles (notably through ALSA's pulse plugin with a recording
        # stream open), PortAudio pulls blocks far faster than real time and the sound is lost.
        # Play silence until then; a player is opened once per call, so this is paid once.
        time.sleep(SETTLE_SECONDS)

    def _callback(self, outdata, frames, _time, _status) -> None:  # PortAudio's thread
        # The lock (held for microseconds) makes `stop` wait for a block already taken, so
        # nothing of the old generation is counted as played after `stop` returns.
        with self._lock:
            self._fill(outdata)

    def _fill(self, outdata) -> None:
        while True:
            try:
                item = self._queue.queue[0]  # peek: a burst of pulls may get silence instead
            except IndexError:
                outdata.fill(0)
                self.level = 0.0
                self._run_start = None  # silence: the next clip starts a new stretch
                return
            if item.generation == self._generation:
                break
            self._queue.get_nowait()
        now = time.monotonic()  # pacing follows the real clock
        if self._run_start is None:
            self._run_start, self._released = now, 0
        allowed = (now - self._run_start) * self.rate + self._slack
        if self._released + len(item.data) > allowed:
            outdata.fill(0)  # pulled faster than real time: this block waits
            return
        self._queue.get_nowait()
        self._released += len(item.data)
        n = len(item.data)
        outdata[:n, 0] = item.data
        outdata[n:, 0] = 0
        self.level = rms_level(item.data)
        log = self.logs.get(item.tag)
        if log is not None:
            now = self._clock()
            if item.first:
                log.started_at = now
            log.blocks_played += 1
            if item.last:
                log.finished_at = now
                log.done.set()

    def play(self, clip: Clip, tag: object = None) -> PlaybackLog:
        """Queue a clip (resampled to the device rate); returns its log, `done` set when played."""
        samples = resample(clip.samples, clip.rate, self.rate)
        blocks = [samples[i : i + self.block] for i in range(0, len(samples), self.block)] or [
            np.zeros(self.block, np.float32)
        ]
        tag = object() if tag is None else tag
        log = PlaybackLog(blocks_total=len(blocks))
        self.logs[tag] = log
        gen = self._generation
        for i, block in enumerate(blocks):
            self._queue.put(_Block(gen, tag, block, i == 0, i == len(blocks) - 1))
        return log

    def stop(self) -> None:
        """Silence at once: everything queued is dropped and every waiting log is released."""
        with self._lock:
            self._generation += 1
            while True:
                try:
                    self._queue.get_nowait()
                except queue.Empty:
                    break
        for log in self.logs.values():
            log.done.set()

    def played_samples(self, clip: Clip, log: PlaybackLog) -> np.ndarray:
        """The part of a clip that really went out (at the device rate), for kept audio."""
        samples = resample(clip.samples, clip.rate, self.rate)
        return samples[: log.blocks_played * self.block]

    @property
    def latency(self) -> float:
        """Seconds between a block leaving the callback and reaching the speaker."""
        try:
            return float(self._stream.latency)
        except Exception:
            return 0.0

    def close(self) -> None:
        self.stop()
        try:
            self._stream.abort()
            self._stream.close()
        except self._sd.PortAudioError:
            pass

    def __enter__(self) -> Player:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()


@dataclass
class Recording:
    samples: np.ndarray
    rate: int
    started_at: float
    ended_at: float

    @property
    def seconds(self) -> float:
        return len(self.samples) / self.rate if self.rate else 0.0


class Recorder:
    """One input stream kept open; push-to-talk gates which blocks are kept.

    Keeping the stream open makes the level meter live and means the first syllable is not lost
    to the device's start-up time (a short pre-roll is kept from before the key went down).
    """

    def __init__(self, device: str = "", preroll: float = 0.3, clock=time.monotonic) -> None:
        self._sd = sounddevice_module()
        self.device: Device = pick_device("input", device)
        self.rate = self.device.samplerate
        self.block = max(64, int(self.rate * BLOCK_SECONDS))
        self._clock = clock
        self._blocks: queue.Queue[np.ndarray] = queue.Queue()
        self._preroll: collections.deque[np.ndarray] = collections.deque(
            maxlen=max(1, int(preroll / BLOCK_SECONDS))
        )
        self._recording = threading.Event()
        self.ready = threading.Event()  # set when the first block arrives from the device
        self.level = 0.0
        self._started_at = 0.0
        try:
            self._stream = self._sd.InputStream(
                device=self.device.index,
                samplerate=self.rate,
                channels=1,
                dtype="float32",
                blocksize=self.block,
                callback=self._callback,
            )
            self._stream.start()
        except (self._sd.PortAudioError, ValueError) as exc:
            raise _open_error(exc, "microphone") from None

    def _callback(self, indata, frames, _time, _status) -> None:  # PortAudio's thread
        block = indata[:, 0].copy()
        self.level = rms_level(block)
        self.ready.set()
        if self._recording.is_set():
            self._blocks.put(block)
        else:
            self._preroll.append(block)

    @property
    def recording(self) -> bool:
        return self._recording.is_set()

    def begin(self) -> float:
        """The key went down: keep what comes from now (plus the pre-roll). Returns the time."""
        while not self._blocks.empty():
            self._blocks.get_nowait()
        for block in list(self._preroll):
            self._blocks.put(block)
        self._preroll.clear()
        self._started_at = self._clock()
        self._recording.set()
        return self._started_at

    def end(self) -> Recording:
        """The key came up: everything kept since `begin`, as one array."""
        self._recording.clear()
        ended = self._clock()
        blocks = []
        while True:
            try:
                blocks.append(self._blocks.get_nowait())
            except queue.Empty:
                break
        samples = np.concatenate(blocks) if blocks else np.zeros(0, np.float32)
        return Recording(samples, self.rate, self._started_at, ended)

    def elapsed(self) -> float:
        """Seconds the key has been held (0 when not recording): for the monologue cut-in."""
        return self._clock() - self._started_at if self.recording else 0.0

    def close(self) -> None:
        self._recording.clear()
        try:
            self._stream.abort()
            self._stream.close()
        except self._sd.PortAudioError:
            pass

    def __enter__(self) -> Recorder:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()
