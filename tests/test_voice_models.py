"""Fetching speech models: a real HTTP server on loopback serving a small file, whole, cut off
mid-file, with a wrong checksum, and not there at all (connection refused)."""

from __future__ import annotations

import hashlib
import http.server
import socket
import threading
from pathlib import Path

import pytest

from trainer.voice import models
from trainer.voice.models import ModelError, ModelFile, ModelSpec, ensure, locate

PAYLOAD = bytes(range(256)) * 4096  # 1 MiB
SHA = hashlib.sha256(PAYLOAD).hexdigest()


class _Handler(http.server.BaseHTTPRequestHandler):
    mode = "good"

    def log_message(self, *args) -> None:  # keep the test output clean
        pass

    def do_GET(self) -> None:  # noqa: N802 (http.server name)
        mode = self.server.mode  # type: ignore[attr-defined]
        self.server.requests.append(self.path)  # type: ignore[attr-defined]
        if self.path.endswith("missing.bin"):
            self.send_error(404)
            return
        self.send_response(200)
        self.send_header("Content-Length", str(len(PAYLOAD)))
        if mode == "announced":
            self.send_header("X-Linked-Etag", f'"{SHA}"')
        if self.path.endswith("small.json"):  # a small file: the hub gives its git blob id
            blob = hashlib.sha1(b"blob %d\0" % len(PAYLOAD) + PAYLOAD).hexdigest()
            self.send_header("ETag", f'"{blob}"')
        self.end_headers()
        if mode == "cut":
            self.wfile.write(PAYLOAD[: len(PAYLOAD) // 3])
            self.wfile.flush()
            self.connection.shutdown(socket.SHUT_RDWR)  # the connection dies mid-file
            return
        self.wfile.write(PAYLOAD)


@pytest.fixture
def server():
    httpd = http.server.ThreadingHTTPServer(("127.0.0.1", 0), _Handler)
    httpd.mode = "good"
    httpd.requests = []
    thread = threading.Thread(target=httpd.serve_forever, args=(0.05,), daemon=True)
    thread.start()
    httpd.base = f"http://127.0.0.1:{httpd.server_address[1]}"
    yield httpd
    httpd.shutdown()
    httpd.server_close()


def _spec(base: str, sha: str = SHA, name: str = "model.bin") -> ModelSpec:
    return ModelSpec(
        "test-model",
        "whisper",
        ("en",),
        "Test",
        "for tests",
        1,
        (ModelFile(name, f"{base}/{name}", sha),),
    )


def _leftovers(folder: Path) -> list[str]:
    return sorted(p.name for p in folder.rglob("*") if p.is_file())


def test_a_model_is_fetched_checked_and_then_used_without_network(server):
    seen: list[tuple[int, int]] = []
    folder = ensure(_spec(server.base), progress=lambda done, total: seen.append((done, total)))
    assert (folder / "model.bin").read_bytes() == PAYLOAD
    assert folder == models.models_dir() / "test-model"
    assert seen[-1] == (len(PAYLOAD), len(PAYLOAD)) and len(seen) > 1
    assert _leftovers(folder) == ["model.bin"]
    # Kept: the next time needs no server at all.
    assert ensure(_spec("http://127.0.0.1:9")) == folder and len(server.requests) == 1


def test_a_download_cut_off_mid_file_leaves_nothing(server):
    server.mode = "cut"
    with pytest.raises(ModelError) as err:
        ensure(_spec(server.base))
    message = str(err.value)
    assert "\n" not in message and "broke off" in message and "try again" in message
    assert _leftovers(models.models_dir()) == []
    assert locate(_spec(server.base)) is None


def test_a_wrong_checksum_keeps_nothing(server):
    with pytest.raises(ModelError) as err:
        ensure(_spec(server.base, sha="0" * 64))
    assert "checksum" in str(err.value) and "\n" not in str(err.value)
    assert _leftovers(models.models_dir()) == []


def test_no_network_is_one_clear_line():
    with socket.socket() as s:  # a port nothing listens on
        s.bind(("127.0.0.1", 0))
        port = s.getsockname()[1]
    with pytest.raises(ModelError) as err:
        ensure(_spec(f"http://127.0.0.1:{port}"))
    message = str(err.value)
    assert "\n" not in message and "no network" in message and "folder" in message
    assert _leftovers(models.models_dir()) == []


def test_the_hubs_announced_checksums_are_checked(server):
    server.mode = "announced"
    assert (ensure(_spec(server.base, sha="")) / "model.bin").read_bytes() == PAYLOAD
    small = ModelSpec(
        "small",
        "piper",
        ("en",),
        "Small",
        "",
        1,
        (ModelFile("small.json", f"{server.base}/small.json"),),
    )
    assert (ensure(small) / "small.json").read_bytes() == PAYLOAD
    server.mode = "good"  # no checksum at all: refused, not trusted
    models.remove(_spec(server.base))
    with pytest.raises(ModelError, match="no checksum"):
        ensure(_spec(server.base, sha=""))
    assert _leftovers(models.models_dir() / "test-model") == []


def test_http_error_and_a_local_folder_without_the_model(server, tmp_path):
    with pytest.raises(ModelError, match="HTTP 404"):
        ensure(_spec(server.base, name="missing.bin"))
    # Not in the user's folder: fetched into the data folder as usual.
    assert ensure(_spec(server.base), local_folder=tmp_path) == models.models_dir() / "test-model"


def test_a_local_folder_is_used_as_it_is(server, tmp_path):
    (tmp_path / "test-model").mkdir()
    (tmp_path / "test-model" / "model.bin").write_bytes(b"mine")
    assert ensure(_spec(server.base), local_folder=tmp_path) == tmp_path / "test-model"
    assert server.requests == []
