"""Help → Guide: a short guide inside the app (scores, keys, where data lives), from the README.

Each paragraph is one translatable text (its HTML tags kept by the translation), so the guide
reads in the interface's language; the paths in it are filled in when it is shown.
"""

from __future__ import annotations

from html import escape

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, Qt
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QTextBrowser, QVBoxLayout, QWidget

KEYS = [
    ("Ctrl+Enter", QT_TRANSLATE_NOOP("Guide", "Start the call (again)")),
    ("Enter", QT_TRANSLATE_NOOP("Guide", "Send your line")),
    ("Shift+Enter", QT_TRANSLATE_NOOP("Guide", "A new line in your text")),
    (
        QT_TRANSLATE_NOOP("Guide", "Space (held)"),
        QT_TRANSLATE_NOOP(
            "Guide", "Talk, when the text box is not focused; let go and your words are sent"
        ),
    ),
    ("Ctrl+H", QT_TRANSLATE_NOOP("Guide", "Hang up: the call is saved and scored")),
    (
        "Ctrl+P",
        QT_TRANSLATE_NOOP("Guide", "Pause a coached call (the prospect stops, the clock too)"),
    ),
    ("Ctrl+I", QT_TRANSLATE_NOOP("Guide", "Hint: three lines you could say next")),
    ("Ctrl+Z", QT_TRANSLATE_NOOP("Guide", "Rewind: take back your last line and the reply")),
    ("Ctrl+D", QT_TRANSLATE_NOOP("Guide", "Start the drill offered after a coached call")),
    ("Del", QT_TRANSLATE_NOOP("Guide", "Delete the selected sessions (in the Review list)")),
    ("Ctrl+Q", QT_TRANSLATE_NOOP("Guide", "Quit (during a call it asks first)")),
]
SETTINGS_KEY = QT_TRANSLATE_NOOP("Guide", "Settings")

A_CALL = QT_TRANSLATE_NOOP(
    "Guide",
    "<h3>A call</h3>\n"
    "<p>In <b>Practice</b>, type your name under <i>Trainee</i>, pick a <i>Persona</i> (the card "
    "says whom you call and your brief; <i>Outbound</i>: you call them, <i>Inbound</i>: they call "
    "you) and press <b>Call</b>. The prospect answers first. Type and press Enter, or hold Space "
    "to speak. The patience meter shows how the prospect feels and why it moved (<i>Exam "
    "mode</i> hides it). <b>Hang up</b> ends the call at any time; every turn is saved as soon as "
    "it is said.</p>",
)
SCORES = QT_TRANSLATE_NOOP(
    "Guide",
    "<h3>What the scores mean</h3>\n<ul>\n"
    "<li><b>Needs</b> (0 to 100): did you find out what the prospect needs? Open questions about "
    "their situation, follow-ups on what they just said, hidden needs uncovered, no pitch before "
    'discovery, digging behind a "no", and a concrete next step at a set time.</li>\n'
    "<li><b>Time</b> (0 to 100): did you respect their time? The reason for the call early and "
    'briefly, acknowledging the interruption, no "have you heard of us?", no brochure or '
    "buzzwords, shortening or offering a call-back when they are busy, your share of the "
    "talking.</li>\n"
    "<li><b>Overall</b> combines the two. Green is good (60 and up), amber fair (30 and up), red "
    "poor.</li>\n"
    "<li>Each criterion shows its points and the turns (#1 is the first) that earned or lost "
    "them; click one to jump to its turn. <i>n/a</i>: the call gave no occasion for it. Under the "
    "criteria are the three things to change on the next call.</li>\n"
    "<li>The scorer is the same every time: the same call always gets the same score.</li>\n"
    "</ul>",
)
ROLES = QT_TRANSLATE_NOOP(
    "Guide",
    "<h3>Trainer and trainee</h3>\n"
    "<p>In <b>Review</b> a <b>trainer</b> comments on calls, overrides a criterion with a reason "
    "(the automatic score stays beside the trainer's), marks calls reviewed and deletes them. A "
    "<b>trainee</b> reads their calls and the feedback on them, and changes none of it. The top "
    "of the Review tab says which you are. On a team's database the server decides and enforces "
    "it; on this computer's own database the Review tab asks once, and <i>Settings → Role</i> "
    "changes it.</p>",
)
KEYS_TITLE = QT_TRANSLATE_NOOP("Guide", "<h3>Keys</h3>")
DATA = QT_TRANSLATE_NOOP(
    "Guide",
    "<h3>Where your data lives</h3>\n<ul>\n"
    "<li>Everything stays on this computer, in {folder}, unless you point the app at an LLM "
    "server.</li>\n"
    "{database}"
    "<li>Kept audio of each turn: {audio} in that folder (deleting a session deletes it).</li>\n"
    "<li>Settings (the API key goes to the system keyring when there is one), and the window's "
    "size and splitters: files in the same folder.</li>\n"
    "<li>The environment variable {variable} moves all of it elsewhere.</li>\n"
    "</ul>",
)
AUDIO_FOLDER = QT_TRANSLATE_NOOP("Guide", "audio/<session>/")
DATABASE = QT_TRANSLATE_NOOP("Guide", "<li>The calls, scores and feedback: {database}</li>\n")


def _tr(text: str) -> str:
    return QCoreApplication.translate("Guide", text)


def _code(text: str) -> str:
    return f"<code>{escape(text)}</code>"


def guide_html(data_folder: str, database: str = "", settings_key: str = "") -> str:
    """The guide's text. It says where this installation keeps its data, so it is built when
    shown."""
    keys = [(_tr(k), _tr(v)) for k, v in KEYS]
    if settings_key:
        keys.append((settings_key, _tr(SETTINGS_KEY)))
    rows = "".join(
        f"<tr><td style='padding:2px 12px 2px 0'><b>{escape(k)}</b></td><td>{escape(v)}</td></tr>"
        for k, v in keys
    )
    database_line = _tr(DATABASE).format(database=_code(database)) if database else ""
    data = _tr(DATA).format(
        folder=_code(data_folder),
        database=database_line,
        audio=_code(_tr(AUDIO_FOLDER)),
        variable=_code("TRAINER_DATA_DIR"),
    )
    return "\n".join(
        [
            _tr(A_CALL),
            _tr(SCORES),
            _tr(ROLES),
            _tr(KEYS_TITLE),
            f"<table cellspacing='0'>{rows}</table>",
            data,
        ]
    )


class GuideDialog(QDialog):
    """A non-modal window with the guide, so it can stay open beside a call."""

    def __init__(
        self,
        data_folder: str,
        database: str = "",
        settings_key: str = "",
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Trainer guide"))
        self.resize(620, 560)
        self.text = QTextBrowser()
        self.text.setOpenExternalLinks(False)
        self.text.setHtml(guide_html(data_folder, database, settings_key))
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.close)
        layout = QVBoxLayout(self)
        layout.addWidget(self.text, 1)
        layout.addWidget(buttons)
        self.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
