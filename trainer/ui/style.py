"""The app's look: one stylesheet and the traffic-light colours the widgets share."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtGui import QFont, QIcon
from PySide6.QtWidgets import QApplication

GREEN, AMBER, RED = "#15803d", "#b45309", "#b91c1c"
GREEN_BG, AMBER_BG, RED_BG = "#dcfce7", "#fef3c7", "#fee2e2"
ACCENT = "#2563eb"
MUTED = "#6b7280"

ICON_PATH = Path(__file__).resolve().parents[2] / "assets" / "trainer.svg"
HERE = Path(__file__).resolve().parent


def _arrow(name: str) -> str:
    """A drop-down or spin arrow for the style sheet (Qt draws none once a box is styled)."""
    return (HERE / f"arrow-{name}.svg").as_posix()


def level_colour(value: int, good: int = 60, fair: int = 30) -> tuple[str, str]:
    """(foreground, background) for a 0..100 value: green when good, amber when fair, else red."""
    if value >= good:
        return GREEN, GREEN_BG
    if value >= fair:
        return AMBER, AMBER_BG
    return RED, RED_BG


STYLESHEET = f"""
QMainWindow, QDialog {{ background: #f4f5f7; }}
QWidget {{ color: #1f2937; }}
QTabWidget::pane {{ border: none; }}
QTabBar::tab {{ padding: 7px 18px; margin-right: 2px; border: none; background: transparent;
  color: {MUTED}; font-weight: 600; }}
QTabBar::tab:selected {{ color: #111827; border-bottom: 2px solid {ACCENT}; }}
QFrame#Card {{ background: white; border: 1px solid #e5e7eb; border-radius: 10px; }}
QLabel#Muted, QLabel[muted="true"] {{ color: {MUTED}; }}
QLabel#SectionTitle {{ color: {MUTED}; font-size: 8.5pt; font-weight: 700; letter-spacing: 1px; }}
QLabel#PersonaName {{ font-size: 15pt; font-weight: 700; }}
QLabel#Timer {{ font-size: 20pt; font-weight: 600; font-family: monospace; }}
QLabel#Pill {{ border-radius: 9px; padding: 2px 9px; font-size: 8.5pt; font-weight: 600; }}
QLabel#FeedbackHint {{ background: #eff6ff; border: 1px solid #bfdbfe; border-radius: 8px;
  padding: 7px 10px; }}
QLabel#RoleLine {{ color: #374151; font-weight: 600; padding: 2px 0 6px 0; }}
QLabel#RoleLine[undecided="true"] {{ background: #eff6ff; border: 1px solid #bfdbfe;
  border-radius: 8px; padding: 7px 10px; font-weight: 400; }}
QLabel#Outcome {{ font-size: 12pt; font-weight: 700; border-radius: 8px; padding: 8px 12px; }}
QPushButton {{ padding: 6px 14px; border-radius: 6px; border: 1px solid #d1d5db; background: white; }}
QPushButton:hover {{ background: #f3f4f6; }}
QPushButton:disabled {{ color: #9ca3af; background: #f9fafb; }}
QPushButton#Primary {{ background: {GREEN}; color: white; border: none; font-weight: 700; }}
QPushButton#Primary:hover {{ background: #166534; }}
QPushButton#Danger {{ background: {RED}; color: white; border: none; font-weight: 700; }}
QPushButton#Danger:hover {{ background: #991b1b; }}
QPushButton#Send {{ background: {ACCENT}; color: white; border: none; font-weight: 600; }}
QPushButton#Primary:disabled, QPushButton#Danger:disabled, QPushButton#Send:disabled {{
  background: #e5e7eb; color: #9ca3af; }}
QComboBox, QLineEdit, QPlainTextEdit, QAbstractSpinBox {{ border: 1px solid #d1d5db;
  border-radius: 6px; padding: 4px 6px; background: white; }}
QComboBox:focus, QLineEdit:focus, QPlainTextEdit:focus, QAbstractSpinBox:focus {{
  border: 1px solid {ACCENT}; }}
QComboBox:disabled, QLineEdit:disabled, QAbstractSpinBox:disabled {{ color: #9ca3af;
  background: #f9fafb; }}
QComboBox::drop-down, QDateEdit::drop-down {{ subcontrol-origin: padding;
  subcontrol-position: center right; width: 20px; border: none; background: transparent; }}
QComboBox::down-arrow, QDateEdit::down-arrow {{ image: url({_arrow("down")}); width: 10px;
  height: 10px; }}
QComboBox::down-arrow:disabled, QDateEdit::down-arrow:disabled {{
  image: url({_arrow("down-disabled")}); }}
QComboBox::down-arrow:on {{ top: 1px; }}
QSpinBox, QDoubleSpinBox {{ padding-right: 20px; }}
QSpinBox::up-button, QDoubleSpinBox::up-button, QSpinBox::down-button,
QDoubleSpinBox::down-button {{ subcontrol-origin: border; width: 18px; border: none;
  border-left: 1px solid #e5e7eb; background: transparent; }}
QSpinBox::up-button, QDoubleSpinBox::up-button {{ subcontrol-position: top right;
  border-top-right-radius: 6px; }}
QSpinBox::down-button, QDoubleSpinBox::down-button {{ subcontrol-position: bottom right;
  border-bottom-right-radius: 6px; }}
QSpinBox::up-button:hover, QSpinBox::down-button:hover, QDoubleSpinBox::up-button:hover,
QDoubleSpinBox::down-button:hover {{ background: #f3f4f6; }}
QSpinBox::up-arrow, QDoubleSpinBox::up-arrow {{ image: url({_arrow("up")}); width: 8px;
  height: 8px; }}
QSpinBox::down-arrow, QDoubleSpinBox::down-arrow {{ image: url({_arrow("down")}); width: 8px;
  height: 8px; }}
QSpinBox::up-arrow:disabled, QSpinBox::up-arrow:off, QDoubleSpinBox::up-arrow:disabled {{
  image: url({_arrow("up-disabled")}); }}
QSpinBox::down-arrow:disabled, QSpinBox::down-arrow:off, QDoubleSpinBox::down-arrow:disabled {{
  image: url({_arrow("down-disabled")}); }}
QComboBox QAbstractItemView {{ border: 1px solid #d1d5db; background: white;
  selection-background-color: #dbeafe; selection-color: #111827; }}
QScrollArea#Transcript {{ background: white; border: 1px solid #e5e7eb; border-radius: 10px; }}
QWidget#TranscriptBody {{ background: white; }}
QLabel#BubbleProspect {{ background: #f1f5f9; border-radius: 10px; padding: 8px 11px; }}
QLabel#BubbleTrainee {{ background: #dbeafe; border-radius: 10px; padding: 8px 11px; }}
QLabel#BubbleProspect[highlight="true"], QLabel#BubbleTrainee[highlight="true"] {{
  border: 2px solid #f59e0b; }}
QLabel#Speaker {{ color: {MUTED}; font-size: 8.5pt; font-weight: 600; }}
QFrame#Banner {{ border-radius: 8px; }}
QFrame#Banner[level="error"] {{ background: {RED_BG}; border: 1px solid #fca5a5; }}
QFrame#Banner[level="warning"] {{ background: {AMBER_BG}; border: 1px solid #fcd34d; }}
QFrame#Banner[level="info"] {{ background: #e0f2fe; border: 1px solid #7dd3fc; }}
QProgressBar {{ border: none; border-radius: 6px; background: #e5e7eb; height: 12px; }}
QStatusBar {{ color: {MUTED}; }}
"""


def apply(app: QApplication) -> None:
    """Install the stylesheet, a readable default font and the window icon."""
    font = QFont(app.font())
    if font.pointSizeF() < 10:
        font.setPointSizeF(10)
    app.setFont(font)
    app.setStyle("Fusion")
    app.setStyleSheet(STYLESHEET)
    if ICON_PATH.exists():
        app.setWindowIcon(QIcon(str(ICON_PATH)))


def repolish(widget) -> None:
    """Re-apply the stylesheet after a dynamic property used in it changed."""
    widget.style().unpolish(widget)
    widget.style().polish(widget)
    widget.update()
