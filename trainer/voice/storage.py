"""Audio kept for review: each turn's sound, compressed, beside the session.

Files are `audio_dir()/<session_id>/<index:04d>-<speaker>.ogg` (OGG Vorbis through soundfile);
deleting the session removes the folder. Writing happens off the GUI thread.
"""

from __future__ import annotations

from pathlib import Path

import numpy as np

from trainer.core.errors import KnownError
from trainer.paths import audio_dir

MAX_RATE = 48000


def turn_audio_path(session_id: int, index: int, speaker: str) -> Path:
    return audio_dir() / str(session_id) / f"{index:04d}-{speaker}.ogg"


def save_turn_audio(
    session_id: int, index: int, speaker: str, samples: np.ndarray, rate: int
) -> Path | None:
    """Write one turn's audio as OGG Vorbis; None when there is nothing to keep."""
    import soundfile

    if samples is None or len(samples) == 0 or rate <= 0:
        return None
    path = turn_audio_path(session_id, index, speaker)
    path.parent.mkdir(parents=True, exist_ok=True)
    data = np.clip(np.asarray(samples, dtype=np.float32), -1.0, 1.0)
    tmp = path.with_suffix(".ogg.part")
    try:
        soundfile.write(str(tmp), data, int(rate), format="OGG", subtype="VORBIS")
        tmp.replace(path)
    except (OSError, RuntimeError, soundfile.LibsndfileError) as exc:
        tmp.unlink(missing_ok=True)
        raise KnownError(f"{path}: could not keep the turn's audio ({exc})") from None
    return path


def load_turn_audio(session_id: int, index: int, speaker: str) -> tuple[np.ndarray, int] | None:
    """Samples and rate of a kept turn, or None when it was not kept."""
    import soundfile

    path = turn_audio_path(session_id, index, speaker)
    if not path.exists():
        return None
    data, rate = soundfile.read(str(path), dtype="float32", always_2d=True)
    return data.mean(axis=1), int(rate)


def session_audio_files(session_id: int) -> list[Path]:
    folder = audio_dir() / str(session_id)
    return sorted(folder.glob("*.ogg")) if folder.is_dir() else []
