"""File → Settings: which prospect engine, where the LLM lives, exam mode and mute.

"Test connection" asks the server for its models off the GUI thread and answers in one line;
entering a server's URL offers the models it lists in the Model box.
"""

from __future__ import annotations

import os

import shiboken6
from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, Signal, Slot
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QDoubleSpinBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from trainer.core.errors import KnownError
from trainer.settings import Settings, save_settings
from trainer.ui.review.roles import choose as choose_role
from trainer.ui.style import GREEN, MUTED, RED
from trainer.workers.tasks import run_task

ENGINES = [
    (
        "auto",
        QT_TRANSLATE_NOOP(
            "SettingsDialog", "Automatic (LLM when a server or key is set, else offline)"
        ),
    ),
    (
        "scripted",
        QT_TRANSLATE_NOOP("SettingsDialog", "Offline scripted (no network, deterministic)"),
    ),
    ("llm", QT_TRANSLATE_NOOP("SettingsDialog", "LLM (OpenAI or a compatible server)")),
]
ROLES = [
    ("trainee", QT_TRANSLATE_NOOP("SettingsDialog", "Trainee: practise and read the feedback")),
    (
        "trainer",
        QT_TRANSLATE_NOOP(
            "SettingsDialog", "Trainer: comment, override, mark reviewed and delete calls"
        ),
    ),
]
# Each language named in itself, so whoever needs it can find it whatever is shown now.
LANGUAGES = [
    ("system", QT_TRANSLATE_NOOP("SettingsDialog", "System")),
    ("en", "English"),
    ("sv", "Svenska"),
    ("da", "Dansk"),
]


def on_team_server(settings: Settings) -> bool:
    """Whether the app's database is a team's server (which then decides the role)."""
    from sqlalchemy.engine import make_url
    from sqlalchemy.exc import ArgumentError

    url = os.environ.get("TRAINER_DATABASE_URL") or settings.database_url
    try:
        return bool(url) and make_url(url).get_backend_name() == "postgresql"
    except ArgumentError:
        return False


def test_connection(settings: Settings) -> str:
    """Blocking: reach the server, check the model is served; returns one line, raises KnownError."""
    from trainer.engines.llm_client import describe, make_client, request_failures, server_of

    client = make_client(settings)
    server = server_of(client)
    try:
        models = [m.id for m in client.models.list()]
    except request_failures() as exc:
        raise describe(exc, server, settings.llm_model) from None
    finally:
        client.close()
    if models and settings.llm_model not in models:
        shown = ", ".join(models[:5]) + (" …" if len(models) > 5 else "")
        raise KnownError(
            QCoreApplication.translate(
                "SettingsDialog",
                "Connected to {server}, but it does not list the model {model} (it has: {models}).",
            ).format(server=server, model=repr(settings.llm_model), models=shown)
        )
    return QCoreApplication.translate(
        "SettingsDialog", "Connected to {server}; model {model} is available."
    ).format(server=server, model=repr(settings.llm_model))


def served_models(settings: Settings) -> list[str]:
    """Blocking: the models the server lists (GET /v1/models); raises KnownError."""
    from trainer.engines.llm_client import describe, make_client, request_failures, server_of

    client = make_client(settings)
    try:
        return sorted(m.id for m in client.models.list())
    except request_failures() as exc:
        raise describe(exc, server_of(client), settings.llm_model) from None
    finally:
        client.close()


class SettingsDialog(QDialog):
    """Edits a copy of the settings; `saved(Settings)` is emitted after they are written."""

    saved = Signal(object)

    def __init__(self, settings: Settings, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Settings"))
        self.setMinimumWidth(560)
        self._settings = settings
        self._test_seq = 0
        layout = QVBoxLayout(self)
        layout.setContentsMargins(18, 16, 18, 14)
        layout.setSpacing(12)
        form = QFormLayout()
        form.setHorizontalSpacing(14)
        form.setVerticalSpacing(9)

        self.engine = QComboBox()
        for key, label in ENGINES:
            self.engine.addItem(self.tr(label), key)
        self.engine.setCurrentIndex(max(0, self.engine.findData(settings.engine)))
        form.addRow(self.tr("Prospect engine"), self.engine)

        self.base_url = QLineEdit(settings.llm_base_url)
        self.base_url.setPlaceholderText(
            self.tr("empty = OpenAI; e.g. http://localhost:11434/v1 (Ollama)")
        )
        form.addRow(self.tr("Base URL"), self.base_url)
        # Editable: any model name may be typed; the server's own list is offered once known.
        self.model = QComboBox()
        self.model.setEditable(True)
        self.model.setEditText(settings.llm_model)
        self.model.lineEdit().setPlaceholderText("gpt-4o-mini, llama3.2, …")
        self.base_url.editingFinished.connect(self.fetch_models)
        form.addRow(self.tr("Model"), self.model)
        self.api_key = QLineEdit(settings.llm_api_key)
        self.api_key.setEchoMode(QLineEdit.EchoMode.Password)
        self.api_key.setPlaceholderText(self.tr("not needed for local servers"))
        form.addRow(self.tr("API key"), self.api_key)
        self.timeout = QDoubleSpinBox()
        self.timeout.setRange(5, 600)
        self.timeout.setSuffix(self.tr(" s"))
        self.timeout.setDecimals(0)
        self.timeout.setValue(settings.llm_timeout_seconds)
        form.addRow(self.tr("Reply timeout"), self.timeout)

        test_row = QHBoxLayout()
        self.test_button = QPushButton(self.tr("Test connection"))
        self.test_button.clicked.connect(self.test)
        test_row.addWidget(self.test_button)
        test_row.addStretch(1)
        form.addRow("", test_row)
        # Below the form, across the dialog: a form row cuts a wrapped label to one line.
        self.test_result = QLabel()
        self.test_result.setWordWrap(True)

        layout.addLayout(form)
        layout.addWidget(self.test_result)

        practice = QFormLayout()
        practice.setHorizontalSpacing(14)
        practice.setVerticalSpacing(9)
        self.exam_mode = QCheckBox(self.tr("Exam mode: hide the patience meter during calls"))
        self.exam_mode.setChecked(settings.exam_mode)
        practice.addRow(self.tr("Practice"), self.exam_mode)
        self.mute = QCheckBox(self.tr("Mute: text only, the prospect does not speak"))
        self.mute.setChecked(settings.mute)
        practice.addRow(self.tr("Voice"), self.mute)
        self.language = QComboBox()
        for key, label in LANGUAGES:
            self.language.addItem(self.tr(label) if key == "system" else label, key)
        self.language.setCurrentIndex(max(0, self.language.findData(settings.interface_language)))
        practice.addRow(self.tr("Interface language"), self.language)
        self.language_note = QLabel(
            self.tr("A new interface language applies when you restart the app.")
        )
        self.language_note.setStyleSheet(f"color: {MUTED};")
        self.language_note.setWordWrap(True)
        self.language_note.hide()
        self.language.currentIndexChanged.connect(
            lambda: self.language_note.setVisible(
                self.language.currentData() != settings.interface_language
            )
        )
        practice.addRow("", self.language_note)
        self.role = QComboBox()
        self.role.setObjectName("RoleChoice")
        if settings.role not in ("trainee", "trainer"):
            self.role.addItem(self.tr("Not chosen yet (calls are shown read-only)"), "")
        for key, label in ROLES:
            self.role.addItem(self.tr(label), key)
        self.role.setCurrentIndex(max(0, self.role.findData(settings.role)))
        practice.addRow(self.tr("Role"), self.role)
        self.role_note = QLabel()
        self.role_note.setStyleSheet(f"color: {MUTED};")
        self.role_note.setWordWrap(True)
        if on_team_server(settings):
            self.role.setEnabled(False)
            self.role_note.setText(
                self.tr(
                    "Your team's database server decides who you are and enforces it; this "
                    "choice is for this computer's own database."
                )
            )
        else:
            self.role_note.setText(
                self.tr(
                    "Who uses this computer's own database. It decides what the Review tab "
                    "offers; it is a choice, not a lock."
                )
            )
        practice.addRow("", self.role_note)
        layout.addLayout(practice)

        note = QLabel(
            self.tr(
                "The API key is kept in the system keyring when one is available. "
                "OPENAI_BASE_URL, OPENAI_API_KEY and TRAINER_LLM_MODEL override these fields."
            )
        )
        note.setWordWrap(True)
        note.setStyleSheet(f"color: {MUTED};")
        layout.addWidget(note)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel
        )
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)

    def current(self) -> Settings:
        """The settings as edited (not yet saved)."""
        return self._settings.model_copy(
            update={
                "engine": self.engine.currentData(),
                "llm_base_url": self.base_url.text().strip(),
                "llm_model": self.model.currentText().strip() or self._settings.llm_model,
                "llm_api_key": self.api_key.text().strip(),
                "llm_timeout_seconds": float(self.timeout.value()),
                "exam_mode": self.exam_mode.isChecked(),
                "mute": self.mute.isChecked(),
                "interface_language": self.language.currentData(),
                "role": self.role.currentData(),
            }
        )

    @Slot()
    def fetch_models(self) -> None:
        """A server URL was entered: offer the models it lists in the Model box."""
        settings = self.current()
        if not settings.llm_base_url:
            return
        self._models_seq = getattr(self, "_models_seq", 0) + 1
        seq = self._models_seq
        run_task(
            lambda: served_models(settings),
            lambda models: self._offer_models(seq, models),
            lambda exc: None,  # Test connection explains what is wrong with the server
            context=self,
        )

    def _offer_models(self, seq: int, models: list[str]) -> None:
        if not shiboken6.isValid(self) or seq != self._models_seq or not models:
            return
        typed = self.model.currentText().strip()
        self.model.blockSignals(True)
        self.model.clear()
        self.model.addItems(models)
        self.model.setEditText(typed)
        self.model.blockSignals(False)
        if typed in models:
            return
        shown = ", ".join(models[:5]) + (" …" if len(models) > 5 else "")
        self.test_result.setStyleSheet(f"color: {RED};")
        if not typed or typed == Settings().llm_model:
            self.model.setEditText(models[0])
            self.test_result.setText(
                self.tr(
                    "This server does not serve {model}; Model is set to {first}, the first it "
                    "lists ({models}). Pick another in Model if you like."
                ).format(
                    model=typed or self.tr("a default model"), first=repr(models[0]), models=shown
                )
            )
        else:
            self.test_result.setText(
                self.tr(
                    "This server does not list {model}; it has: {models}. Pick one in Model."
                ).format(model=repr(typed), models=shown)
            )

    @Slot()
    def test(self) -> None:
        self._test_seq += 1
        seq, settings = self._test_seq, self.current()
        self.test_button.setEnabled(False)
        self.test_result.setStyleSheet(f"color: {MUTED};")
        self.test_result.setText(self.tr("Testing…"))
        run_task(
            lambda: test_connection(settings),
            lambda line: self._tested(seq, line, True),
            lambda exc: self._tested(seq, self._explain(exc), False),
            context=self,
        )

    def _explain(self, exc: BaseException) -> str:
        if isinstance(exc, KnownError):
            return str(exc)
        return self.tr("The test failed ({error}).").format(
            error=f"{exc.__class__.__name__}: {exc}"
        )

    def _tested(self, seq: int, line: str, ok: bool) -> None:
        if not shiboken6.isValid(self) or seq != self._test_seq:
            return
        self.test_button.setEnabled(True)
        self.test_result.setStyleSheet(f"color: {GREEN if ok else RED};")
        self.test_result.setText(line)

    def accept(self) -> None:
        settings = self.current()
        try:
            save_settings(settings)
            if settings.role and settings.role != self._settings.role and self.role.isEnabled():
                choose_role(settings.role)  # the open Review tabs follow at once
        except OSError as exc:
            self.test_result.setStyleSheet(f"color: {RED};")
            self.test_result.setText(
                self.tr("Could not save the settings: {error}").format(error=exc)
            )
            return
        self._settings = settings
        self.saved.emit(settings)
        super().accept()
