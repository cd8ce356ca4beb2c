"""Start the desktop app: settings, personas, the store, the main window."""

from __future__ import annotations

import logging
import sys

import shiboken6
from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QApplication, QMessageBox

from trainer import __version__
from trainer.core.errors import KnownError
from trainer.core.persona import PersonaCatalog, load_catalog
from trainer.paths import persona_folders
from trainer.settings import load_settings
from trainer.ui import collector, messages, style
from trainer.ui.i18n import install_translators

log = logging.getLogger(__name__)


def persona_problems(catalog: PersonaCatalog) -> str | None:
    """One line about unusable persona files (the valid ones are still listed)."""
    if not catalog.errors:
        return None
    first = str(catalog.errors[0])
    more = len(catalog.errors) - 1
    tail = f" (and {more} more file{'s' if more > 1 else ''})" if more else ""
    return f"Skipped a persona file: {first}{tail}. Run `trainer personas check FILE` for details."


def make_application(argv: list[str] | None = None) -> QApplication:
    app = QApplication.instance() or QApplication(list(argv if argv is not None else sys.argv))
    app.setApplicationName("trainer")
    app.setApplicationDisplayName("Trainer")
    app.setApplicationVersion(__version__)
    app.setOrganizationName("trainer")
    app.setDesktopFileName("trainer")
    style.apply(app)
    collector.install(app)
    return app


def attach_review(window, review) -> None:
    """Put the Review workspace beside Practice and keep the two in step."""
    window.add_workspace(QCoreApplication.translate("MainWindow", "Review"), review)
    # A finished (and then scored) call shows up in the review list without a restart.
    window.call_view.call_ended.connect(review.reload)
    window.call_view.scored.connect(review.reload)

    def open_feedback(trainee: str, session_id: int) -> None:
        window.tabs.setCurrentWidget(review)
        review.show_feedback(trainee, session_id)

    window.call_view.feedback_requested.connect(open_feedback)
    view = window.call_view
    review.session_in_call = lambda: view.session_id if view.in_call() else None


def run(argv: list[str] | None = None) -> int:
    """Open the app; returns the exit code (1 when the store cannot be opened)."""
    app = make_application(argv)
    messages.bridge()  # created on the GUI thread, before anything else may send a message
    try:  # an unusable data folder is one line in a box, not a crash
        settings = load_settings()
        catalog = load_catalog(persona_folders())
    except KnownError as exc:
        install_translators(app)
        QMessageBox.critical(
            None, QCoreApplication.translate("app", "Trainer cannot open its data"), str(exc)
        )
        return 1
    install_translators(app, settings.interface_language)
    problem = persona_problems(catalog)
    if problem:
        messages.warning(problem)
    if not catalog.personas:
        messages.error(
            QCoreApplication.translate(
                "app", "No usable persona files were found; add one to the personas folder."
            )
        )
    from trainer.store import Store

    try:
        store = Store()
    except KnownError as exc:
        QMessageBox.critical(
            None, QCoreApplication.translate("app", "Trainer cannot open its data"), str(exc)
        )
        return 1
    from trainer.ui.main_window import MainWindow
    from trainer.ui.review import ReviewWorkspace

    window = MainWindow(store, catalog, settings)
    review = ReviewWorkspace(store)
    attach_review(window, review)
    window.show()
    try:
        return app.exec()
    finally:
        window.shutdown()
        # Delete the widgets here, on the GUI thread: left to Python's garbage collector they
        # could be destroyed on whichever thread happens to run it, which Qt does not survive.
        shiboken6.delete(window)
        store.close()
