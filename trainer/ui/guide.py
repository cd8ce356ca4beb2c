"""Help → Guide: a short guide inside the app (scores, keys, where data lives), from the README."""

from __future__ import annotations

from html import escape

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QTextBrowser, QVBoxLayout, QWidget

KEYS = [
    ("Ctrl+Enter", "Start the call (again)"),
    ("Enter", "Send your line"),
    ("Shift+Enter", "A new line in your text"),
    ("Space (held)", "Talk, when the text box is not focused; let go and your words are sent"),
    ("Ctrl+H", "Hang up: the call is saved and scored"),
    ("Del", "Delete the selected sessions (in the Review list)"),
    ("Ctrl+Q", "Quit (during a call it asks first)"),
]


def guide_html(data_folder: str, database: str = "", settings_key: str = "") -> str:
    """The guide's text. It says where this installation keeps its data, so it is built when
    shown."""
    keys = KEYS + ([(settings_key, "Settings")] if settings_key else [])
    rows = "".join(
        f"<tr><td style='padding:2px 12px 2px 0'><b>{escape(k)}</b></td><td>{escape(v)}</td></tr>"
        for k, v in keys
    )
    database_line = (
        f"<li>The calls, scores and feedback: <code>{escape(database)}</code></li>"
        if database
        else ""
    )
    return f"""
<h3>A call</h3>
<p>In <b>Practice</b>, type your name under <i>Trainee</i>, pick a <i>Persona</i> (the card says
whom you call and your brief; <i>Outbound</i>: you call them, <i>Inbound</i>: they call you) and
press <b>Call</b>. The prospect answers first. Type and press Enter, or hold Space to speak. The
patience meter shows how the prospect feels and why it moved (<i>Exam mode</i> hides it).
<b>Hang up</b> ends the call at any time; every turn is saved as soon as it is said.</p>

<h3>What the scores mean</h3>
<ul>
<li><b>Needs</b> (0 to 100): did you find out what the prospect needs? Open questions about their
situation, follow-ups on what they just said, hidden needs uncovered, no pitch before discovery,
digging behind a "no", and a concrete next step at a set time.</li>
<li><b>Time</b> (0 to 100): did you respect their time? The reason for the call early and briefly,
acknowledging the interruption, no "have you heard of us?", no brochure or buzzwords, shortening
or offering a call-back when they are busy, your share of the talking.</li>
<li><b>Overall</b> combines the two. Green is good (60 and up), amber fair (30 and up), red poor.</li>
<li>Each criterion shows its points and the turns (#1 is the first) that earned or lost them;
click one to jump to its turn. <i>n/a</i>: the call gave no occasion for it. Under the criteria
are the three things to change on the next call.</li>
<li>The scorer is the same every time: the same call always gets the same score. In
<b>Review</b> a trainer can override a criterion with a reason; the automatic score stays beside
the trainer's.</li>
</ul>

<h3>Keys</h3>
<table cellspacing='0'>{rows}</table>

<h3>Where your data lives</h3>
<ul>
<li>Everything stays on this computer, in <code>{escape(data_folder)}</code>, unless you point
the app at an LLM server.</li>
{database_line}
<li>Kept audio of each turn: <code>audio/&lt;session&gt;/</code> in that folder (deleting a session
deletes it).</li>
<li>Settings (the API key goes to the system keyring when there is one), and the window's size and
splitters: files in the same folder.</li>
<li>The environment variable <code>TRAINER_DATA_DIR</code> moves all of it elsewhere.</li>
</ul>
"""


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
        self.setWindowTitle("Trainer guide")
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
