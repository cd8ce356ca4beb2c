"""Speech to text for push-to-talk: a recording in, the trainee's words with start/end out.

Three backends: faster-whisper offline (the model fetched once into the data folder, see
`models`), an OpenAI-compatible `/audio/transcriptions` endpoint (OpenAI itself or a local
Whisper server; Ollama has none, so its URL is a setting of its own) and pocketsphinx, which
works offline with the English model inside its wheel. Pocketsphinx is English-only and rough:
the window says so when it is the backend.
"""

from __future__ import annotations

import importlib.util
import io
import threading
from dataclasses import dataclass
from pathlib import Path
from typing import Protocol

import numpy as np

from trainer.core.errors import KnownError
from trainer.voice.audio import Recording, resample
from trainer.voice.models import DEFAULT_WHISPER, WHISPER_MODELS, ModelError, ModelSpec, Progress

POCKETSPHINX_RATE = 16000
WHISPER_RATE = 16000
WHISPER_THREADS = 2
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


_LOADED: dict[tuple[str, int], object] = {}  # model folder, threads -> loaded model


class WhisperTranscriber:
    """faster-whisper on the CPU (int8), the language forced to the persona's.

    Decoding is bounded so a hard turn cannot take seconds: greedy-ish beam, one fallback
    temperature, no conditioning on earlier text (which lets one bad turn derail the next) and
    the silence trimmed by the voice-activity filter before decoding. The model is fetched and
    loaded by `prepare` (off the GUI thread), at the latest on the first transcription.
    """

    name = "whisper"
    english_only = False

    def __init__(
        self,
        model: str | ModelSpec = "",
        language: str = "en",
        local_folder: str = "",
        threads: int = WHISPER_THREADS,
    ) -> None:
        self.language = language if language in ("sv", "da", "en") else "en"
        if isinstance(model, ModelSpec):
            self.spec: ModelSpec | None = model
            self.folder = ""
        elif model and Path(model).expanduser().is_dir():  # a model folder of the user's own
            self.spec, self.folder = None, str(Path(model).expanduser())
        else:
            name = model or DEFAULT_WHISPER[self.language]
            self.spec = WHISPER_MODELS.get(name) or WHISPER_MODELS[DEFAULT_WHISPER[self.language]]
            self.folder = ""
        self.local_folder = local_folder
        self.threads = threads
        self._model = None
        self._lock = threading.Lock()

    @property
    def label(self) -> str:
        return self.spec.label if self.spec is not None else Path(self.folder).name

    def ready(self) -> bool:
        """The model is on this machine already: preparing needs no network."""
        from trainer.voice.models import locate

        if self._model is not None or self.spec is None:
            return True
        return locate(self.spec, self.local_folder) is not None

    def prepare(self, progress: Progress | None = None) -> None:
        """Fetch the model if needed and load it (a second or two; blocking)."""
        from trainer.voice.models import ensure

        with self._lock:
            if self._model is not None:
                return
            folder = self.folder or str(ensure(self.spec, self.local_folder, progress))  # type: ignore[arg-type]
            key = (folder, self.threads)
            if key in _LOADED:  # another persona or call with the same model: no reload
                self._model = _LOADED[key]
                return
            try:
                from faster_whisper import WhisperModel

                self._model = WhisperModel(
                    folder, device="cpu", compute_type="int8", cpu_threads=self.threads
                )
                _LOADED[key] = self._model
            except ImportError:
                raise STTError(
                    "Offline Whisper recognition is not installed (pip install faster-whisper): "
                    "choose another recogniser in Settings → Audio, or type."
                ) from None
            except (RuntimeError, ValueError, OSError) as exc:
                raise STTError(
                    f"The Whisper model in {folder} cannot be loaded ({exc}): fetch it again "
                    "or choose another in Settings → Audio."
                ) from None

    def text_of(self, samples: np.ndarray, rate: int) -> str:
        try:
            self.prepare()
        except ModelError as exc:
            raise STTError(str(exc)) from None
        audio = resample(samples.astype(np.float32), rate, WHISPER_RATE)
        with self._lock:
            segments, _info = self._model.transcribe(  # type: ignore[union-attr]
                audio,
                language=self.language,
                beam_size=2,
                temperature=(0.0, 0.4),
                condition_on_previous_text=False,
                compression_ratio_threshold=2.4,
                log_prob_threshold=-1.0,
                no_speech_threshold=0.6,
                vad_filter=True,
                vad_parameters={"min_silence_duration_ms": 300},
                without_timestamps=True,
            )
            return " ".join(s.text.strip() for s in segments).strip()

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
    if settings.stt_backend == "whisper":
        if importlib.util.find_spec("faster_whisper") is None:
            return PocketSphinxTranscriber()  # the small English fallback; the note says so
        lang = language if language in ("sv", "da", "en") else "en"
        return WhisperTranscriber(
            settings.whisper_models.get(lang, ""), lang, settings.models_folder
        )
    return PocketSphinxTranscriber()


def backend_note(transcriber: Transcriber | None, language: str) -> str | None:
    """One line for the push-to-talk panel when the recogniser does not fit the call."""
    if transcriber is None:
        return None
    if transcriber.english_only:
        if language != "en":
            return (
                POCKETSPHINX_NOTE
                + " This call is not in English: type, or choose Whisper in Settings → Audio."
            )
        return POCKETSPHINX_NOTE
    spec = getattr(transcriber, "spec", None)
    if spec is not None and spec.name == "whisper-base" and language in ("sv", "da"):
        return (
            "Whisper base often mishears Swedish and Danish: choose Whisper small or larger "
            "in Settings → Audio."
        )
    return None
