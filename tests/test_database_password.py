"""The team database's password lives in the keyring, like the API key: never in the settings
file, the logs or a message."""

from __future__ import annotations

import io
import logging

import keyring
import pytest
from keyring.backend import KeyringBackend

from trainer import settings as app_settings
from trainer.cli import main
from trainer.settings import Settings, load_settings, save_settings, stored_database_url
from trainer.store import Store, StoreError

SECRET = "s3cret-Pa55"
URL = f"postgresql+psycopg://anna:{SECRET}@db.example.org:5432/team"


class MemoryKeyring(KeyringBackend):
    """A keyring of this process only, standing in for the desktop's."""

    priority = 1

    def __init__(self) -> None:
        super().__init__()
        self.items: dict[tuple[str, str], str] = {}

    def get_password(self, service: str, username: str) -> str | None:
        return self.items.get((service, username))

    def set_password(self, service: str, username: str, password: str) -> None:
        self.items[(service, username)] = password

    def delete_password(self, service: str, username: str) -> None:
        self.items.pop((service, username), None)


@pytest.fixture
def ring(monkeypatch):
    before = keyring.get_keyring()
    memory = MemoryKeyring()
    keyring.set_keyring(memory)
    monkeypatch.delenv("TRAINER_NO_KEYRING")
    yield memory
    keyring.set_keyring(before)


def _files_text(folder) -> str:
    return "".join(p.read_text(errors="replace") for p in folder.rglob("*") if p.is_file())


def test_a_url_with_a_password_is_stored_without_it(ring, isolated_env):
    save_settings(Settings(database_url=URL))
    assert SECRET not in _files_text(isolated_env)
    assert load_settings().database_url == "postgresql+psycopg://anna@db.example.org:5432/team"
    assert SECRET in ring.items.values()
    assert stored_database_url() == URL  # what the Store connects with


def test_without_a_keyring_the_password_is_dropped_not_written(isolated_env, caplog):
    with caplog.at_level(logging.WARNING):
        save_settings(Settings(database_url=URL))
    assert SECRET not in _files_text(isolated_env)
    assert "no keyring" in caplog.text and SECRET not in caplog.text
    assert stored_database_url() == "postgresql+psycopg://anna@db.example.org:5432/team"


def test_the_environment_wins_over_the_settings(ring, monkeypatch, tmp_path):
    save_settings(Settings(database_url=URL))
    monkeypatch.setenv("TRAINER_DATABASE_URL", f"sqlite:///{tmp_path / 'x.db'}")
    assert stored_database_url() is None


def test_messages_never_show_the_password():
    with pytest.raises(StoreError) as caught:
        Store(f"postgresql+psycopg://anna:{SECRET}@127.0.0.1:9/team?connect_timeout=2")
    assert SECRET not in str(caught.value) and "anna:***@" in str(caught.value)


def test_joining_keeps_the_password_in_the_keyring(ring, pg_database, monkeypatch, capsys):
    bare, _ = app_settings.split_database_password(pg_database)
    monkeypatch.setattr("sys.stdin", io.StringIO("the-password\n"))
    assert main(["team", "join", bare]) == 0
    assert "joined" in capsys.readouterr().out
    assert "the-password" in ring.items.values()
    assert load_settings().database_url == bare
    with Store() as store:  # no TRAINER_DATABASE_URL: the settings' server, keyring password
        assert store.url.password == "the-password" and store.role == "owner"
