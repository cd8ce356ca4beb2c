"""Settings: stored in the data folder, overridden (not overwritten) by the environment."""

from __future__ import annotations

import json

from trainer.settings import Settings, load_settings, save_role, save_settings


def test_settings_round_trip_in_the_data_folder(isolated_env):
    save_settings(Settings(llm_model="llama3.2", exam_mode=True))
    loaded = load_settings()
    assert loaded.llm_model == "llama3.2" and loaded.exam_mode
    assert (isolated_env / "settings.json").exists()


def test_environment_overrides_without_being_saved(isolated_env, monkeypatch):
    save_settings(Settings(llm_base_url="http://stored:1/v1", llm_model="stored-model"))
    monkeypatch.setenv("OPENAI_BASE_URL", "http://env:2/v1")
    monkeypatch.setenv("TRAINER_LLM_MODEL", "env-model")
    monkeypatch.setenv("OPENAI_API_KEY", "sk-env")
    settings = load_settings()
    assert settings.llm_base_url == "http://env:2/v1" and settings.llm_model == "env-model"
    assert settings.effective_engine() == "llm"
    save_settings(settings.model_copy(update={"exam_mode": True}))
    stored = json.loads((isolated_env / "settings.json").read_text(encoding="utf-8"))
    assert stored["llm_base_url"] == "http://stored:1/v1"
    assert stored["llm_model"] == "stored-model"
    assert stored.get("llm_api_key", "") == ""
    assert stored["exam_mode"] is True


def test_a_value_the_user_changed_is_saved_even_with_the_variable_set(isolated_env, monkeypatch):
    monkeypatch.setenv("TRAINER_LLM_MODEL", "env-model")
    save_settings(load_settings().model_copy(update={"llm_model": "picked-in-dialog"}))
    stored = json.loads((isolated_env / "settings.json").read_text(encoding="utf-8"))
    assert stored["llm_model"] == "picked-in-dialog"


def test_unreadable_settings_file_falls_back_to_defaults(isolated_env):
    (isolated_env / "settings.json").write_text("{not json", encoding="utf-8")
    assert load_settings() == Settings()


def test_the_role_is_read_without_asking_the_keyring(isolated_env, monkeypatch):
    """The Review tab reads the role on the GUI thread: the keyring (slow) stays out of it."""
    import keyring

    from trainer.ui.review.roles import chosen_role

    asked: list[str] = []
    monkeypatch.delenv("TRAINER_NO_KEYRING", raising=False)
    monkeypatch.setattr(keyring, "get_password", lambda *a: asked.append(a[1]) or "")
    save_role("trainer")
    assert chosen_role() == "trainer" and asked == []
    load_settings()
    assert asked == ["llm_api_key"]
