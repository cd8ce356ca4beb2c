"""Import caps: a small zip that unpacks to gigabytes, too many files, too many or too long turns.

Each is refused with one line before anything is stored, and memory stays flat while reading.
"""

from __future__ import annotations

import struct
import tracemalloc
import zipfile
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from tests.support.bundles import record, row_counts, write_bundle
from trainer.cli import main as cli
from trainer.exchange import bundle
from trainer.exchange.records import MAX_TURN_CHARS, MAX_TURNS
from trainer.paths import audio_dir
from trainer.store import Store

FUZZ = settings(
    max_examples=12,
    derandomize=True,
    deadline=None,
    suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow],
)
UID = "0f275cbb-6089-4cfc-9b4a-1758bedad7a5"


def bomb(path: Path, members: int, size: int, declared: int | None) -> Path:
    """A valid session with `members` audio files of `size` zero bytes (they compress about
    1000:1); with `declared`, every audio member's sizes in the zip lie and say that."""
    write_bundle(path, [record(UID)])
    # Rewrite with the audio listed in the manifest and streamed in (never held in memory).
    import hashlib
    import json

    zeros = bytes(1024 * 1024)
    entries = []
    with zipfile.ZipFile(path) as zin:
        session = zin.read(f"sessions/{UID}.json")
    with zipfile.ZipFile(path, "w", compression=zipfile.ZIP_DEFLATED) as zf:
        zf.writestr(f"sessions/{UID}.json", session)
        for n in range(members):
            member = f"audio/{UID}/{n:04d}-trainee.ogg"
            digest = hashlib.sha256()
            with zf.open(member, "w") as out:
                left = size
                while left:
                    chunk = zeros[: min(left, len(zeros))]
                    out.write(chunk)
                    digest.update(chunk)
                    left -= len(chunk)
            entries.append({"file": member, "sha256": digest.hexdigest()})
        manifest = {
            "format": "trainer.bundle",
            "version": 1,
            "sessions": [
                {
                    "uid": UID,
                    "file": f"sessions/{UID}.json",
                    "sha256": hashlib.sha256(session).hexdigest(),
                    "audio": entries,
                }
            ],
        }
        zf.writestr("manifest.json", json.dumps(manifest))
    if declared is not None:
        lie_about_sizes(path, declared)
    return path


def lie_about_sizes(path: Path, size: int) -> None:
    """Patch every audio member's uncompressed size, in its local header and central directory."""
    data = bytearray(path.read_bytes())
    end = data.rfind(b"PK\x05\x06")
    count = struct.unpack_from("<H", data, end + 10)[0]
    at = struct.unpack_from("<I", data, end + 16)[0]
    for _ in range(count):
        assert data[at : at + 4] == b"PK\x01\x02"
        name_len, extra_len, comment_len = struct.unpack_from("<HHH", data, at + 28)
        name = bytes(data[at + 46 : at + 46 + name_len])
        local = struct.unpack_from("<I", data, at + 42)[0]
        if name.startswith(b"audio/"):
            struct.pack_into("<I", data, at + 24, size)
            struct.pack_into("<I", data, local + 22, size)
        at += 46 + name_len + extra_len + comment_len
    path.write_bytes(bytes(data))


def refused(store: Store, path: Path, match: str) -> str:
    before = row_counts(store)
    tracemalloc.start()
    try:
        with pytest.raises(bundle.BundleError) as err:
            bundle.import_bundle(store, path)
        peak = tracemalloc.get_traced_memory()[1]
    finally:
        tracemalloc.stop()
    message = str(err.value)
    assert match in message and "\n" not in message, message
    assert row_counts(store) == before
    assert not list(audio_dir().iterdir()), "nothing may be left in the audio folder"
    assert peak < 24 * 1024 * 1024, f"reading used {peak} bytes of memory"
    return message


def test_four_huge_members_are_refused_quickly_and_with_flat_memory(tmp_path):
    """The reported bundle: four audio files of far over the cap, a tiny zip."""
    path = bomb(tmp_path / "bomb.zip", 4, bundle.MAX_AUDIO_BYTES + 1024 * 1024, None)
    assert path.stat().st_size < 2 * 1024 * 1024
    with Store() as store:
        refused(store, path, "unpacks to more than")


def test_lying_sizes_do_not_get_past_the_cap(tmp_path):
    """Sizes that claim a few KB while the data unpacks to 80 MB: refused, nothing written."""
    path = bomb(tmp_path / "liar.zip", 2, bundle.MAX_AUDIO_BYTES + 1024 * 1024, 4096)
    with Store() as store:
        refused(store, path, "damaged bundle")


@FUZZ
@given(
    members=st.integers(1, 6),
    size_kb=st.integers(300, 1500),
    lie=st.sampled_from([None, 0, 1024, 10**6, 2**32 - 1]),
)
def test_zip_bombs_of_every_shape_are_refused(tmp_path_factory, monkeypatch, members, size_kb, lie):
    """With the caps scaled down: per-member and total caps, with declared sizes true or lying."""
    monkeypatch.setattr(bundle, "MAX_AUDIO_BYTES", 256 * 1024)
    monkeypatch.setattr(bundle, "MAX_TOTAL_BYTES", 1024 * 1024)
    path = bomb(tmp_path_factory.mktemp("b") / "b.zip", members, size_kb * 1024, lie)
    with Store() as store:
        refused(store, path, "")


def test_total_cap_counts_every_member(tmp_path, monkeypatch):
    """Members each under their own cap, together over the total: refused."""
    monkeypatch.setattr(bundle, "MAX_TOTAL_BYTES", 3 * 1024 * 1024)
    path = bomb(tmp_path / "many.zip", 4, 1024 * 1024, None)
    with Store() as store:
        refused(store, path, "the bundle")


def test_too_many_files_are_refused_before_reading(tmp_path):
    path = write_bundle(tmp_path / "files.zip", [record()])
    with zipfile.ZipFile(path, "a") as zf:
        for n in range(bundle.MAX_MEMBERS):
            zf.writestr(f"junk/{n}", b"")
    with Store() as store:
        message = refused(store, path, "files, at most")
    assert str(bundle.MAX_MEMBERS) in message


@FUZZ
@given(extra=st.integers(1, 300))
def test_calls_over_the_turn_limit_are_refused(tmp_path_factory, extra):
    turns = [{"speaker": "trainee", "text": "hi"}] * (MAX_TURNS + extra)
    rec = record()
    rec["transcript"]["turns"] = turns
    path = write_bundle(tmp_path_factory.mktemp("t") / "t.zip", [rec])
    with Store() as store:
        refused(store, path, f"at most {MAX_TURNS} turns")


@FUZZ
@given(extra=st.integers(1, 3000), index=st.integers(0, 4), char=st.sampled_from("aå 🙂\n"))
def test_turns_over_the_character_limit_are_refused(tmp_path_factory, extra, index, char):
    rec = record()
    rec["transcript"]["turns"] = [{"speaker": "trainee", "text": "hello"}] * 5
    rec["transcript"]["turns"][index] = {
        "speaker": "trainee",
        "text": char * (MAX_TURN_CHARS + extra),
    }
    path = write_bundle(tmp_path_factory.mktemp("c") / "c.zip", [rec])
    with Store() as store:
        refused(store, path, f"at most {MAX_TURN_CHARS}")


def test_a_call_at_the_limits_is_imported(tmp_path):
    rec = record()
    rec["transcript"]["turns"] = [
        {
            "speaker": "trainee" if i % 2 == 0 else "prospect",
            "text": "x" * (MAX_TURN_CHARS if i == 0 else 20),
        }
        for i in range(MAX_TURNS)
    ]
    path = write_bundle(tmp_path / "ok.zip", [rec])
    with Store() as store:
        result = bundle.import_bundle(store, path)
        assert len(result.imported) == 1
        assert store.session_info(result.session_ids[rec["uid"]]).turn_count == MAX_TURNS


def test_score_command_applies_the_same_limits(tmp_path, capsys):
    import json

    path = tmp_path / "long.json"
    path.write_text(json.dumps({"turns": [{"speaker": "trainee", "text": "hi"}] * (MAX_TURNS + 1)}))
    assert cli(["score", str(path)]) == 2
    err = capsys.readouterr().err
    assert err.count("\n") == 1 and f"at most {MAX_TURNS} turns" in err
