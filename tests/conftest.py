"""Shared test set-up: a fresh data folder per test, no developer settings leaking in, Qt offscreen."""

from __future__ import annotations

import gc
import os

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
os.environ["TRAINER_NO_KEYRING"] = "1"

import pytest  # noqa: E402

pytest_plugins = ["tests.support.openai_server", "tests.support.postgres_server"]

LEAKY = ("OPENAI_", "TRAINER_")


@pytest.fixture(autouse=True)
def isolated_env(tmp_path, monkeypatch):
    """Each test gets its own TRAINER_DATA_DIR and none of the developer's OPENAI_/TRAINER_ vars."""
    for key in list(os.environ):
        if key.startswith(LEAKY) and key != "TRAINER_NO_KEYRING":
            monkeypatch.delenv(key, raising=False)
    data = tmp_path / "data"
    data.mkdir()
    monkeypatch.setenv("TRAINER_DATA_DIR", str(data))
    return data


@pytest.fixture(autouse=True)
def collect_on_main_thread(request):
    """As in the app: once Qt is up, cycles are collected on the main (GUI) thread only."""
    if {"qtbot", "qapp"} & set(request.fixturenames):
        from trainer.ui import collector

        collector.install(request.getfixturevalue("qapp"))
    yield
    if not gc.isenabled():
        from trainer.ui import collector

        collector.collect_due()


@pytest.fixture
def catalog():
    from trainer.core.persona import load_catalog
    from trainer.paths import persona_folders

    return load_catalog(persona_folders())
