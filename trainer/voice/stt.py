"""Speech to text for push-to-talk: a recording in, the trainee's words with start/end out.

Two backends: an OpenAI-compatible `/audio/transcriptions` endpoint (OpenAI itself or a local
Whisper server; Ollama has none, so its URL is a setting of its own) and pocketsphinx, which
works offline with the English model inside its wheel. Pocketsphinx is English-only and rough:
the window says so when it is the backend.
"""

from __future__ import annotations

import io
import threading
from dataclasses import dataclass
from typing import Protocol

import numpy as np

from trainer.core.errors import KnownError
from trainer.voice.audio import Recording, resample

POCKETSPHINX_RATE = 16000
POCKETSPHINX_NOTE = "Offline speech recognition (pocketsphinx) is English-only and rough."


class STTError(KnownError):
    """Transcription failed; the recording is not lost (the trainee can type instead)."""


@dataclass(frozen=True)
class Transcription:
    text: str
    start: float  # the recording's start and end, on the clock the recorder used
    end: float


class Transcriber(Protocol):
    name: str
    english_only: bool

    def transcribe(self, recording: Recording) -> Transcription: ...


def heard_speech(samples: np.ndarray, rate: int, threshold: float = 0.01) -> bool:
    """Whether a recording holds anything louder than room noise for at least 0.15 s.

    Recognisers invent words for silence (pocketsphinx says "dog", Whisper "Thank you."), so a
    silent push-to-talk is not sent to them at all.
    """
    n = max(1, int(rate * 0.05))
    usable = len(samples) // n * n
    if usable == 0:
        return False
    frames = samples[:usable].astype(np.float32).reshape(-1, n)
    loud = np.sqrt(np.mean(frames**2, axis=1)) > threshold
    return int(loud.sum()) * 0.05 >= 0.15


def wav_bytes(samples: np.ndarray, rate: int) -> bytes:
    """A 16-bit mono WAV in memory (what every transcription server accepts)."""
    import soundfile

    buf = io.BytesIO()
    soundfile.write(
        buf, np.clip(samples, -1, 1).astype(np.float32), rate, format="WAV", subtype="PCM_16"
    )
    return buf.getvalue()


class PocketSphinxTranscriber:
    """Offline, English-only; the decoder loads once (about a second) and is reused."""

    name = "pocketsphinx"
    english_only = True

    def __init__(self) -> None:
        self._decoder = None
        self._lock = threading.Lock()

    def _load(self):
        if self._decoder is None:
            try:
                from pocketsphinx import Decoder

                self._decoder = Decoder(samprate=POCKETSPHINX_RATE, loglevel="FATAL")
            except (ImportError, RuntimeError, OSError) as exc:
                raise STTError(
                    f"Offline speech recognition is unavailable ({exc}): install pocketsphinx or type."
                ) from None
        return self._decoder

    def text_of(self, samples: np.ndarray, rate: int) -> str:
        pcm = resample(samples.astype(np.float32), rate, POCKETSPHINX_RATE)
        raw = (np.clip(pcm, -1, 1) * 32767).astype("<i2").tobytes()
        with self._lock:
            decoder = self._load()
            decoder.start_utt()
            decoder.process_raw(raw, full_utt=True)
            decoder.end_utt()
            hyp = decoder.hyp()
        return (hyp.hypstr if hyp else "").strip()

    def transcribe(self, recording: Recording) -> Transcription:
        if not heard_speech(recording.samples, recording.rate):
            return Transcription("", recording.started_at, recording.ended_at)
        text = self.text_of(recording.samples, recording.rate)
        return Transcription(text, recording.started_at, recording.ended_at)


class OpenAITranscriber:
    """POSTs a WAV to `<base>/audio/transcriptions` with the real `openai` client."""

    name = "openai"
    english_only = False

    def __init__(self, settings, language: str | None = None) -> None:
        from trainer.engines.llm_client import LLMError, make_client

        base = settings.stt_base_url or settings.llm_base_url
        self.server = base or "api.openai.com"
        self.model = settings.stt_model
        self.language = language
        try:
            self._client = make_client(settings.model_copy(update={"llm_base_url": base}))
        except LLMError as exc:
            raise STTError(
                "No transcription server is set up: enter its URL in Settings "
                f"or choose offline recognition ({exc})."
            ) from None

    def transcribe(self, recording: Recording) -> Transcription:
        from trainer.engines.llm_client import request_failures

        if not heard_speech(recording.samples, recording.rate):
            return Transcription("", recording.started_at, recording.ended_at)
        audio = wav_bytes(recording.samples, recording.rate)
        extra = {"language": self.language} if self.language else {}
        try:
            result = self._client.audio.transcriptions.create(
                model=self.model, file=("speech.wav", audio, "audio/wav"), **extra
            )
        except request_failures() as exc:
            status = getattr(exc, "status_code", None)
            why = f"HTTP {status}" if status else type(exc).__name__
            hint = (
                "check the model name"
                if status == 404
                else "check the API key"
                if status == 401
                else "check the transcription URL in Settings"
            )
            raise STTError(
                f"The transcription server at {self.server} failed ({why}): {hint}, or type."
            ) from None
        text = getattr(result, "text", result if isinstance(result, str) else "")
        return Transcription(str(text).strip(), recording.started_at, recording.ended_at)


def make_transcriber(settings, language: str | None = None) -> Transcriber | None:
    """The backend the settings ask for; None when speech input is switched off."""
    if settings.stt_backend == "off":
        return None
    if settings.stt_backend == "openai":
        return OpenAITranscriber(settings, language)
    return PocketSphinxTranscriber()


def backend_note(transcriber: Transcriber | None, language: str) -> str | None:
    """One line for the push-to-talk panel when the recogniser does not fit the call."""
    if transcriber is None:
        return None
    if transcriber.english_only:
        if language != "en":
            return (
                POCKETSPHINX_NOTE
                + " This call is not in English: type, or set up a Whisper server."
            )
        return POCKETSPHINX_NOTE
    return None
