"""The main window: the Practice and Review tabs, menus, and a status bar fed by `messages`."""

from __future__ import annotations

from PySide6.QtCore import QByteArray, QCoreApplication, QSettings, Qt, QTimer, Slot
from PySide6.QtGui import QAction, QCloseEvent, QKeySequence
from PySide6.QtWidgets import QLabel, QMainWindow, QMessageBox, QSplitter, QTabWidget, QWidget

from trainer import __version__
from trainer.core.errors import KnownError
from trainer.core.persona import PersonaCatalog
from trainer.paths import data_dir
from trainer.settings import Settings
from trainer.ui import messages
from trainer.ui.audio_settings import AudioSettingsDialog
from trainer.ui.call_view import CallView
from trainer.ui.guide import GuideDialog
from trainer.ui.settings_dialog import SettingsDialog
from trainer.ui.style import AMBER, MUTED, RED
from trainer.ui.voice_panel import VoicePanel
from trainer.workers.tasks import wait_for_tasks

LEVEL_COLOURS = {"info": MUTED, "warning": AMBER, "error": RED}
LAYOUT_FILE = "window.ini"  # in the data folder: window size and splitter positions


def layout_settings() -> QSettings | None:
    """Where the window's size and splitters are remembered (None: no usable data folder)."""
    try:
        folder = data_dir()
    except KnownError:
        return None
    return QSettings(str(folder / LAYOUT_FILE), QSettings.Format.IniFormat)


def _sizes(value: object) -> list[int]:
    """Splitter sizes read back from the layout file ("270,400,430"); [] when unreadable."""
    try:
        return [int(v) for v in str(value or "").split(",") if v.strip()]
    except ValueError:
        return []


class MainWindow(QMainWindow):
    """Owns the store for the app's lifetime; the tabs borrow it."""

    def __init__(self, store, catalog: PersonaCatalog, settings: Settings) -> None:
        super().__init__()
        self.store = store
        self.catalog = catalog
        self.settings = settings
        self.setWindowTitle(self.tr("Trainer · cold-call practice"))
        self.resize(1100, 720)
        self.setMinimumSize(900, 600)

        self.tabs = QTabWidget()
        self.tabs.setDocumentMode(True)
        self.call_view = CallView(store, catalog, settings)
        self.voice_panel = VoicePanel(settings)
        self.voice_panel.attach(self.call_view)
        self.tabs.addTab(self.call_view, self.tr("Practice"))
        self.setCentralWidget(self.tabs)
        self._build_menus()

        self.status_label = QLabel()
        self.status_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.statusBar().addWidget(self.status_label, 1)
        self.location_label = QLabel(getattr(store, "location", "") or "")
        self.location_label.setStyleSheet(f"color: {MUTED};")
        self.location_label.setToolTip(self.tr("Where your calls are stored"))
        self.statusBar().addPermanentWidget(self.location_label)
        self._clear_timer = QTimer(self)
        self._clear_timer.setSingleShot(True)
        self._clear_timer.timeout.connect(self.status_label.clear)
        self._settings_dialog: SettingsDialog | None = None
        self._closed = False
        messages.bridge().connect_receiver(self.show_message)
        self._layout = layout_settings()
        # The Practice splitter has two arrangements: before the score card and beside it.
        self._practice_sizes: dict[str, list[int]] = {}
        self.call_view.splitter.splitterMoved.connect(self._practice_moved)
        self.call_view.scored.connect(lambda _payload: self._apply_practice_sizes("scored"))
        self.call_view.call_started.connect(lambda _sid: self._apply_practice_sizes("call"))
        self._restore_layout()

    def _build_menus(self) -> None:
        file_menu = self.menuBar().addMenu(self.tr("&File"))
        settings = QAction(self.tr("&Settings…"), self)
        settings.setShortcut(QKeySequence.StandardKey.Preferences)
        settings.triggered.connect(self.open_settings)
        file_menu.addAction(settings)
        audio = QAction(self.tr("&Audio…"), self)
        audio.triggered.connect(self.open_audio_settings)
        file_menu.addAction(audio)
        file_menu.addSeparator()
        quit_action = QAction(self.tr("&Quit"), self)
        quit_action.setShortcut(QKeySequence.StandardKey.Quit)
        quit_action.triggered.connect(self.close)
        file_menu.addAction(quit_action)
        help_menu = self.menuBar().addMenu(self.tr("&Help"))
        guide = QAction(self.tr("&Guide"), self)
        guide.setShortcut(QKeySequence.StandardKey.HelpContents)
        guide.triggered.connect(self.open_guide)
        help_menu.addAction(guide)
        self._settings_action = settings
        about = QAction(self.tr("&About"), self)
        about.triggered.connect(self.about)
        help_menu.addAction(about)

    # -- tabs ------------------------------------------------------------------------------
    def add_workspace(self, title: str, widget: QWidget) -> int:
        """Add a tab (the Review workspace); returns its index."""
        index = self.tabs.addTab(widget, title)
        self.restore_splitters(widget)
        return index

    # -- remembered layout -----------------------------------------------------------------
    def _restore_layout(self) -> None:
        store = self._layout
        if store is None:
            return
        geometry = store.value("window/geometry")
        if isinstance(geometry, QByteArray | bytes) and geometry:
            self.restoreGeometry(QByteArray(geometry))
        state = store.value("window/state")
        if isinstance(state, QByteArray | bytes) and state:
            self.restoreState(QByteArray(state))
        for key in ("call", "scored"):
            sizes = _sizes(store.value(f"practice/{key}"))
            if len(sizes) == self.call_view.splitter.count():
                self._practice_sizes[key] = sizes
        self._apply_practice_sizes("call")

    def restore_splitters(self, root: QWidget) -> None:
        """Put the named splitters under `root` back where they were left (widgets built later
        than the window, such as the Progress view, call this themselves)."""
        if self._layout is None:
            return
        for splitter in root.findChildren(QSplitter):
            state = self._layout.value(f"splitters/{splitter.objectName()}")
            if splitter.objectName() and isinstance(state, QByteArray | bytes) and state:
                splitter.restoreState(QByteArray(state))

    @Slot()
    def _practice_moved(self) -> None:
        key = "scored" if self.call_view.score_panel.isVisible() else "call"
        self._practice_sizes[key] = self.call_view.splitter.sizes()

    def _apply_practice_sizes(self, key: str) -> None:
        sizes = self._practice_sizes.get(key)
        if sizes:
            self.call_view.splitter.setSizes(sizes)

    def save_layout(self) -> None:
        """Remember the window's size and every named splitter (on close)."""
        store = self._layout
        if store is None:
            return
        store.setValue("window/geometry", self.saveGeometry())
        store.setValue("window/state", self.saveState())
        for key, sizes in self._practice_sizes.items():
            store.setValue(f"practice/{key}", ",".join(str(s) for s in sizes))
        for splitter in self.findChildren(QSplitter):
            if splitter.objectName():
                store.setValue(f"splitters/{splitter.objectName()}", splitter.saveState())
        store.sync()

    # -- messages --------------------------------------------------------------------------
    @Slot(str, str)
    def show_message(self, level: str, text: str) -> None:
        """One line in the status bar; info fades after a while, warnings and errors stay."""
        self.status_label.setStyleSheet(f"color: {LEVEL_COLOURS.get(level, MUTED)};")
        self.status_label.setText(text)
        self.status_label.setToolTip(text)
        if level == "info":
            self._clear_timer.start(8000)
        else:
            self._clear_timer.stop()

    # -- dialogs ---------------------------------------------------------------------------
    @Slot()
    def open_settings(self) -> SettingsDialog:
        dialog = SettingsDialog(self.settings, self)
        dialog.saved.connect(self.apply_settings)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        self._settings_dialog = dialog
        dialog.open()
        return dialog

    @Slot(object)
    def open_audio_settings(self) -> AudioSettingsDialog:
        dialog = AudioSettingsDialog(self.settings, self.catalog, self)
        dialog.saved.connect(self.apply_settings)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.open()
        return dialog

    def apply_settings(self, settings: Settings) -> None:
        self.settings = settings
        self.call_view.apply_settings(settings)
        self.voice_panel.apply_settings(settings)
        if settings.effective_engine() == "llm":
            messages.info(self.tr("Settings saved; new calls use the LLM engine."))
        else:
            messages.info(self.tr("Settings saved; new calls use the offline scripted engine."))

    @Slot()
    def open_guide(self) -> GuideDialog:
        """What the scores mean, the keys and where the data lives; it can stay open."""
        try:
            folder = str(data_dir())
        except KnownError as exc:
            folder = f"(unavailable: {exc})"
        key = self._settings_action.shortcut().toString(QKeySequence.SequenceFormat.NativeText)
        database = str(getattr(self.store, "location", "") or "")
        dialog = GuideDialog(folder, database, key, self)
        dialog.show()
        return dialog

    @Slot()
    def about(self) -> None:
        QMessageBox.about(
            self,
            self.tr("About Trainer"),
            f"<b>Trainer {__version__}</b>"
            + self.tr(
                "<p>Practise cold calls against a grumpy, busy prospect, then see a fair, "
                "explained score: did you ask about their needs, did you respect their time?</p>"
                "<p>Everything stays on this computer unless you point it at an LLM server.</p>"
            ),
        )

    # -- shutdown --------------------------------------------------------------------------
    def shutdown(self) -> None:
        """End a call in progress (it is saved), join reply threads and background jobs."""
        if self._closed:
            return
        self._closed = True
        self.save_layout()
        messages.bridge().disconnect_receiver(self.show_message)
        for index in range(self.tabs.count()):
            widget = self.tabs.widget(index)
            if widget is not self.call_view and hasattr(widget, "shutdown"):
                widget.shutdown()
        self.voice_panel.shutdown()
        self.call_view.shutdown()
        wait_for_tasks()
        # Deliver finished jobs' results while their widgets still exist.
        QCoreApplication.sendPostedEvents()

    def closeEvent(self, event: QCloseEvent) -> None:  # noqa: N802 (Qt name)
        if not self._closed and self.call_view.in_call() and not self.confirm_quit():
            event.ignore()
            return
        self.shutdown()
        super().closeEvent(event)

    def confirm_quit(self) -> bool:
        """Quitting mid-call asks first; the call is kept as not finished and scored."""
        answer = QMessageBox.question(
            self,
            self.tr("Quit during a call?"),
            self.tr(
                "A call is in progress. Quit anyway? The call so far is kept as "
                '"not finished" and scored as it stands.'
            ),
            QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
            QMessageBox.StandardButton.No,
        )
        return answer == QMessageBox.StandardButton.Yes
