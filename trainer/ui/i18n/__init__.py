"""The interface's translations: Qt's own .qm files for Swedish and Danish, chosen at start.

The app's words are translated with Qt's tools (`self.tr`, lupdate, lrelease) so a Swedish or
Danish trainee sees one language throughout; the score card's words are not here but in the
scoring texts, in the language of the call it describes.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QCoreApplication, QLibraryInfo, QLocale, QTranslator

I18N_DIR = Path(__file__).resolve().parent
LANGUAGES = ("en", "sv", "da")  # English is the source text: it needs no file

# Kept here: a QTranslator that Python collects stops translating.
_installed: list[QTranslator] = []


def interface_locale(choice: str = "system") -> QLocale:
    """The locale the interface speaks: the setting's language, or the system's."""
    if choice in LANGUAGES:
        return QLocale(choice)
    return QLocale.system()


def interface_language(choice: str = "system") -> str:
    """sv, da or en: the first of the locale's preferred languages that the app speaks."""
    for name in interface_locale(choice).uiLanguages():
        code = name.replace("_", "-").split("-")[0].lower()
        if code in LANGUAGES:
            return code
    return "en"


def install_translators(app: QCoreApplication, choice: str = "system") -> str:
    """Install the app's translation and Qt's own (standard buttons) for `choice`; returns the
    language used. Calling it again replaces what an earlier call installed."""
    for translator in _installed:
        app.removeTranslator(translator)
    _installed.clear()
    code = interface_language(choice)
    QLocale.setDefault(QLocale(code) if choice in LANGUAGES else QLocale.system())
    if code == "en":
        return code
    qt_dir = QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)
    for name, folder in ((f"trainer_{code}", str(I18N_DIR)), (f"qtbase_{code}", qt_dir)):
        translator = QTranslator(app)
        if translator.load(name, folder):
            app.installTranslator(translator)
            _installed.append(translator)
    return code
