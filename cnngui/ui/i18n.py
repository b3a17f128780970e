"""Languages of the window: Qt's translation system, the Korean catalogue and its font.

Every user-visible string in ``cnngui/ui`` goes through :func:`translate` (a thin name
for ``QCoreApplication.translate`` that ``pyside6-lupdate`` extracts), or
``QT_TRANSLATE_NOOP`` for module-level tables translated where they are shown.
``tools/update_translations.py`` regenerates ``resources/i18n/cnngui_ko.ts`` and
compiles it to ``cnngui_ko.qm``.

The language is chosen once, before the window is built: the setting ``view/language``
("en", "ko" or "" for the system's) wins over ``QLocale.system()``. Changing it takes
effect at the next start (the window's texts are set when its widgets are built).

The machine may have no Korean font: a subset of NanumGothic (SIL OFL 1.1, renamed
"cnngui Hangul" as the licence asks of modified fonts) ships in ``resources/fonts`` and
is registered as a fallback family of the application font.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QCoreApplication, QLocale, QSettings, QTranslator
from PySide6.QtGui import QFont, QFontDatabase

from cnngui.core.phrases import render
from cnngui.core.resources import resources_dir

# checkout, installed wheel (cnngui.resources) or frozen app: the project's one lookup
RESOURCES = resources_dir()
I18N_DIR = RESOURCES / "i18n"
FONT_FILE = RESOURCES / "fonts" / "cnngui-hangul.ttf"
SETTING_KEY = "view/language"
# language code → its name in its own language (what View ▸ Language lists)
LANGUAGES = {"en": "English", "ko": "한국어"}

_installed: list[Any] = []  # keeps the translator alive as long as the app
_state: dict[str, Any] = {"language": "en", "family": None}


def translate(context: str, text: str, disambiguation: str | None = None, n: int = -1) -> str:
    """``QCoreApplication.translate``: the form ``pyside6-lupdate`` extracts (literal args)."""
    return QCoreApplication.translate(context, text, disambiguation, n)


def core_text(value: Any) -> str:
    """A sentence from ``cnngui.core`` (a phrase, or an exception raised with one) in the
    window's language; plain strings pass through unchanged (context ``"Core"``)."""
    return render(value, lambda template: QCoreApplication.translate("Core", template))


def available_languages() -> dict[str, str]:
    """Codes of the languages the window can show, with their own names."""
    return {
        code: name
        for code, name in LANGUAGES.items()
        if code == "en" or (I18N_DIR / f"cnngui_{code}.qm").is_file()
    }


def current_language() -> str:
    """The language :func:`install_translator` chose ("en" until it is called)."""
    return str(_state["language"])


def choose_language(language: str | None = None, settings: QSettings | None = None) -> str:
    """The explicit ``language``, else the ``view/language`` setting, else the system's."""
    if not language and settings is not None:
        language = str(settings.value(SETTING_KEY, "") or "")
    if not language:
        language = QLocale.system().name().split("_")[0]
    language = language.lower().split("_")[0].split("-")[0]
    return language if language in available_languages() else "en"


def register_font() -> str | None:
    """Register the bundled Hangul font once; its family name, or None when it is missing."""
    if _state["family"] is None and FONT_FILE.is_file():
        font_id = QFontDatabase.addApplicationFont(str(FONT_FILE))
        families = QFontDatabase.applicationFontFamilies(font_id) if font_id >= 0 else []
        _state["family"] = families[0] if families else ""
    return _state["family"] or None


def hangul_font(point_size: float | None = None) -> QFont:
    """A font that draws Hangul: the bundled one (registered on first use)."""
    family = register_font()
    font = QFont(family) if family else QFont()
    if point_size:
        font.setPointSizeF(point_size)
    return font


def install_translator(
    app: Any, language: str | None = None, settings: QSettings | None = None
) -> str:
    """Load the catalogue for ``language`` (None: setting, then system locale); return it.

    Call it after the QApplication exists and before any window is built. Korean also
    registers the bundled Hangul font and makes it a fallback of the application font,
    so Hangul renders on machines without a CJK font.
    """
    chosen = choose_language(language, settings)
    for old in _installed:
        app.removeTranslator(old)
    _installed.clear()
    if chosen != "en":
        translator = QTranslator(app)
        if translator.load(str(I18N_DIR / f"cnngui_{chosen}.qm")):
            app.installTranslator(translator)
            _installed.append(translator)
        else:
            chosen = "en"
    if chosen == "ko":
        family = register_font()
        if family:
            font = app.font()
            families = [f for f in font.families() if f != family] or [font.family()]
            font.setFamilies([*families, family])
            app.setFont(font)
    _state["language"] = chosen
    return chosen


def save_language(settings: QSettings, language: str) -> None:
    """Remember View ▸ Language's choice ("" = follow the system); used at the next start."""
    settings.setValue(SETTING_KEY, language)


def add_language_menu(parent: Any, settings: QSettings, notify: Any = None) -> Any:
    """Add View ▸ Language to the QMenu ``parent``: system / English / 한국어.

    The choice is saved under ``view/language`` and applies at the next start (the
    window's texts are set as its widgets are built); ``notify(text)`` — e.g. the
    status bar's ``showMessage`` — is told so. Returns the submenu.
    """
    from PySide6.QtGui import QActionGroup

    menu = parent.addMenu(translate("I18n", "&Language"))
    menu.setToolTip(translate("I18n", "The language changes at the next start of cnngui."))
    group = QActionGroup(menu)
    saved = str(settings.value(SETTING_KEY, "") or "")
    choices = [("", translate("I18n", "Follow the system"))]
    choices += list(available_languages().items())
    for code, name in choices:
        action = menu.addAction(name)
        action.setCheckable(True)
        action.setChecked(code == saved)
        action.setData(code)
        action.setToolTip(translate("I18n", "The language changes at the next start of cnngui."))
        group.addAction(action)

        def chosen(_checked: bool = False, code: str = code) -> None:
            save_language(settings, code)
            if notify is not None:
                notify(translate("I18n", "The language changes at the next start of cnngui."))

        action.triggered.connect(chosen)
    return menu
