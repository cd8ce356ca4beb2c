"""Random and mutated bundles: an import either stores the whole bundle or nothing, and every
refusal is one line (a KnownError), never a traceback."""

from __future__ import annotations

import json
import zipfile

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from tests.support.bundles import record, row_counts, write_bundle
from tests.support.fuzz import FUZZ, json_values
from trainer.core.errors import KnownError
from trainer.exchange import bundle
from trainer.paths import audio_dir
from trainer.store import Store


def paths_of(value: object, prefix: tuple = ()) -> list[tuple]:
    """Every place in a JSON value that a mutation can replace or delete."""
    out = [prefix] if prefix else []
    if isinstance(value, dict):
        for k, v in value.items():
            out += paths_of(v, (*prefix, k))
    elif isinstance(value, list):
        for i, v in enumerate(value):
            out += paths_of(v, (*prefix, i))
    return out


def mutate(data: dict, path: tuple, action: str, value: object) -> dict:
    node = data
    for key in path[:-1]:
        node = node[key]
    if action == "delete":
        del node[path[-1]]
    else:
        node[path[-1]] = value
    return data


def three_records() -> list[dict]:
    records = [record(f"00000000-0000-4000-8000-00000000000{n}") for n in range(3)]
    for n, rec in enumerate(records):
        rec["feedback"]["comments"][0]["uid"] = f"c0000000-0000-4000-8000-00000000000{n}"
    return records


def check_import(store: Store, path, sessions: int | None) -> None:
    """All or nothing: refused with one line and nothing stored, or every listed session
    imported or skipped (`sessions`: how many the manifest lists, None if it was mutated)."""
    before = row_counts(store)
    try:
        result = bundle.import_bundle(store, path)
    except KnownError as exc:
        assert "\n" not in str(exc)
        assert row_counts(store) == before, "a refused bundle stored something"
    else:
        after = row_counts(store)
        assert after["sessions"] - before["sessions"] == len(result.imported)
        if sessions is not None:
            assert len(result.imported) + len(result.skipped) == sessions
    assert not [p for p in audio_dir().iterdir() if p.name.startswith(".import-")]


def test_mutated_session_records(tmp_path):
    store = Store()
    paths = paths_of(record())

    @FUZZ
    @given(
        which=st.integers(0, 2),
        path=st.sampled_from(paths),
        action=st.sampled_from(["replace", "delete"]),
        value=json_values,
    )
    def check(which, path, action, value):
        records = three_records()
        try:
            mutate(records[which], path, action, value)
        except (KeyError, IndexError, TypeError):
            return
        check_import(store, write_bundle(tmp_path / "m.zip", records), 3)

    try:
        check()
    finally:
        store.close()


def test_mutated_manifests(tmp_path):
    store = Store()

    @FUZZ
    @given(value=json_values, key=st.sampled_from(["format", "version", "sessions", "created_at"]))
    def check(value, key):
        base = write_bundle(tmp_path / "base.zip", three_records())
        with zipfile.ZipFile(base) as zf:
            manifest = json.loads(zf.read("manifest.json"))
        manifest[key] = value
        path = write_bundle(
            tmp_path / "m.zip", three_records(), manifest=json.dumps(manifest).encode()
        )
        check_import(store, path, None)

    try:
        check()
    finally:
        store.close()


def test_flipped_and_cut_bytes(tmp_path):
    base = write_bundle(tmp_path / "base.zip", three_records()).read_bytes()
    store = Store()

    @FUZZ
    @given(
        flips=st.lists(st.tuples(st.integers(0, len(base) - 1), st.integers(1, 255)), max_size=6),
        cut=st.integers(0, len(base)),
    )
    def check(flips, cut):
        data = bytearray(base[: max(cut, 1)] if cut < len(base) // 4 else base)
        for at, bits in flips:
            if at < len(data):
                data[at] ^= bits
        path = tmp_path / "f.zip"
        path.write_bytes(bytes(data))
        check_import(store, path, 3)

    try:
        check()
    finally:
        store.close()


def test_random_json_as_a_session(tmp_path):
    store = Store()

    @FUZZ
    @given(value=json_values)
    def check(value):
        path = write_bundle(tmp_path / "r.zip", [json.dumps(value).encode()])
        check_import(store, path, 1)

    try:
        check()
    finally:
        store.close()
