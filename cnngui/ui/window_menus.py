"""The window's menus, and Undo with a scope: the last stroke while the drawing has the
focus, the builder's last edit otherwise (the Edit menu says which)."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QObject, Qt
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QApplication, QWidget

from cnngui.ui.i18n import core_text, translate

if TYPE_CHECKING:
    from cnngui.ui.main_window import MainWindow


class WindowMenus(QObject):
    """Builds the menus of one window (``window.menus``) and keeps Undo's text right."""

    def __init__(self, window: MainWindow) -> None:
        super().__init__(window)
        self.w = window

    def _action(
        self, menu: Any, text: str, slot: Any, shortcut: Any = None, tip: str = ""
    ) -> QAction:
        action = QAction(text, self.w)  # the window's: its shortcuts work in every panel
        if shortcut is not None:
            action.setShortcut(QKeySequence(shortcut))
        action.setToolTip(tip or text.replace("&", "").rstrip("…"))
        action.setStatusTip(tip)
        action.triggered.connect(slot)
        menu.addAction(action)
        return action

    def build(self) -> None:
        """Fill the menu bar the window made at start-up (so its layout never jumps)."""
        file = self.w._menus["file"]
        file.setToolTipsVisible(True)
        s = QKeySequence.StandardKey
        a = self.w.menu_actions
        a["new"] = self._action(
            file,
            translate("WindowMenus", "&New"),
            self.w.files.new_project,
            s.New,
            translate("WindowMenus", "Start an empty network."),
        )
        a["open"] = self._action(
            file,
            translate("WindowMenus", "&Open…"),
            self.w.files.open_dialog,
            s.Open,
            translate("WindowMenus", "Open a project (.cnnproj) or a spec (.json)."),
        )
        self.w.recent_menu = file.addMenu(translate("WindowMenus", "Open &recent"))
        a["save"] = self._action(
            file,
            translate("WindowMenus", "&Save"),
            self.w.files.save,
            s.Save,
            translate("WindowMenus", "Save the project."),
        )
        a["save_as"] = self._action(
            file,
            translate("WindowMenus", "Save &as…"),
            self.w.files.save_as,
            s.SaveAs,
            translate("WindowMenus", "Save the project under a new name."),
        )
        file.addSeparator()
        a["import"] = self._action(
            file,
            translate("WindowMenus", "&Import Keras model…"),
            self.w.files.import_keras_dialog,
            None,
            translate(
                "WindowMenus",
                "Open a .keras or .h5 model file as an editable network with its weights.",
            ),
        )
        a["export_model"] = self._action(
            file,
            translate("WindowMenus", "Export &trained model…"),
            self.w.files.export_model_dialog,
            None,
            translate(
                "WindowMenus",
                "Save the trained network as a .keras file that Keras and `cnngui predict` read.",
            ),
        )
        a["export_script"] = self._action(
            file,
            translate("WindowMenus", "Export &Python script…"),
            self.w.files.export_script_dialog,
            None,
            translate(
                "WindowMenus", "Write a readable Keras script that builds and trains this network."
            ),
        )
        a["export_report"] = self._action(
            file,
            translate("WindowMenus", "Export r&eport…"),
            self.w.files.export_report_dialog,
            None,
            translate(
                "WindowMenus",
                "Write an HTML page with the network, its training runs and test results.",
            ),
        )
        self.w.classroom.menu_actions(file, self._action)
        file.addSeparator()
        a["quit"] = self._action(
            file,
            translate("WindowMenus", "&Quit"),
            self.w.close,
            s.Quit,
            translate("WindowMenus", "Close the window."),
        )

        edit = self.w._menus["edit"]
        # Undo has a scope: the last stroke while the drawing has the focus, the builder's
        # last edit otherwise; the menu says which (see update_undo_text)
        undo = self._action(
            edit,
            translate("WindowMenus", "&Undo"),
            self.undo,
            s.Undo,
            translate("WindowMenus", "Undo the last stroke or edit."),
        )
        redo = self.w.undo_stack.createRedoAction(self.w, translate("WindowMenus", "&Redo"))
        redo.setShortcut(QKeySequence(s.Redo))
        edit.addAction(redo)
        a["undo"], a["redo"] = undo, redo
        edit.aboutToShow.connect(self.update_undo_text)
        self.w.undo_stack.indexChanged.connect(lambda _i: self.update_undo_text())
        QApplication.instance().focusChanged.connect(self._focus_changed)

        view = self.w._menus["view"]
        for key in ("draw", "builder", "training", "features", "evaluation"):
            view.addAction(self.w.docks[key].toggleViewAction())
        self._panels_end = view.addSeparator()
        self._action(
            view,
            translate("WindowMenus", "Reset &layout"),
            self.w.reset_layout,
            None,
            translate("WindowMenus", "Put every panel back."),
        )
        view.addSeparator()
        from cnngui.ui.i18n import add_language_menu

        add_language_menu(view, self.w.settings, self.w.statusBar().showMessage)
        self._feed_menu = view.addMenu(translate("WindowMenus", "&Feed an imported network"))
        self._feed_menu.setToolTip(
            translate(
                "WindowMenus",
                "How the drawing is given to an imported network: pixels 0–1 or 0–255, "
                "white on black or inverted (cnngui picks the best on import).",
            )
        )
        self._feed_menu.aboutToShow.connect(self._fill_feed_menu)
        layout = self.w.layout_
        present = self._action(
            view,
            translate("WindowMenus", "&Presentation mode"),
            layout.set_presenting,
            Qt.Key.Key_F11,
            translate(
                "WindowMenus", "Full screen with large text, for a projector (F11 again to leave)."
            ),
        )
        present.setCheckable(True)
        a["presentation"] = present
        a["zoom_in"] = self._action(
            view,
            translate("WindowMenus", "Zoom &in"),
            layout.zoom_in,
            s.ZoomIn,
            translate("WindowMenus", "Larger text and plots (Ctrl+=)."),
        )
        a["zoom_in"].setShortcuts([QKeySequence(s.ZoomIn), QKeySequence("Ctrl+=")])
        a["zoom_out"] = self._action(
            view,
            translate("WindowMenus", "Zoom &out"),
            layout.zoom_out,
            s.ZoomOut,
            translate("WindowMenus", "Smaller text and plots (Ctrl+−)."),
        )
        a["zoom_reset"] = self._action(
            view,
            translate("WindowMenus", "&Actual size"),
            layout.reset_zoom,
            "Ctrl+0",
            translate("WindowMenus", "Text and plots at their usual size."),
        )

        help_menu = self.w._menus["help"]
        self._action(
            help_menu,
            translate("WindowMenus", "&Guide"),
            self.w.show_guide,
            s.HelpContents,
            translate("WindowMenus", "What each panel shows."),
        )
        self._action(
            help_menu,
            translate("WindowMenus", "&About cnngui"),
            self.w.show_about,
            None,
            translate("WindowMenus", "Versions and device."),
        )

    def _fill_feed_menu(self) -> None:
        """The four ways to feed pixels; the active imported network's one is ticked."""
        from cnngui.core.inference.loader import CONVENTIONS

        menu = self._feed_menu
        menu.clear()
        active = self.w.workspace.active if self.w.workspace is not None else None
        feed = active.feed if active is not None else None
        if feed is None:
            note = menu.addAction(
                translate("WindowMenus", "(only for a network imported from a Keras file)")
            )
            note.setEnabled(False)
            return
        for convention in CONVENTIONS:
            action = menu.addAction(core_text(convention.describe()))
            action.setCheckable(True)
            same = (convention.scale, convention.inverted) == (
                feed.convention.scale,
                feed.convention.inverted,
            )
            action.setChecked(same)
            action.triggered.connect(
                lambda _checked=False, c=convention: self.w.workspace.set_convention(c)
            )

    def add_panel_toggles(self, keys: tuple[str, ...]) -> None:
        """View-menu entries for panels made after the menus (Look inside, classroom)."""
        view = self.w._menus["view"]
        for key in keys:
            view.insertAction(self._panels_end, self.w.docks[key].toggleViewAction())

    def drawing_has_focus(self) -> bool:
        focus = QApplication.focusWidget()
        return (
            focus is not None
            and isinstance(self.w.draw, QWidget)
            and (focus is self.w.draw or self.w.draw.isAncestorOf(focus))
        )

    def undo(self) -> None:
        """Ctrl+Z: a stroke in the drawing when it has the focus, else the builder's edit."""
        if self.drawing_has_focus():
            self.w.draw.undo_stroke()
        elif self.w.undo_stack.canUndo():
            self.w.undo_stack.undo()

    def _focus_changed(self, _old: Any, _new: Any) -> None:
        # a bound slot: Qt disconnects it when the window goes
        self.update_undo_text()

    def update_undo_text(self) -> None:
        action = self.w.menu_actions.get("undo")
        if action is None or self.w.undo_stack is None:
            return
        try:
            if self.drawing_has_focus():
                action.setText(translate("WindowMenus", "&Undo stroke"))
                action.setEnabled(True)
            else:
                what = self.w.undo_stack.undoText()
                action.setText(
                    translate("WindowMenus", "&Undo {what}").format(what=what)
                    if what
                    else translate("WindowMenus", "&Undo")
                )
                action.setEnabled(self.w.undo_stack.canUndo())
        except RuntimeError:  # the window is being destroyed
            return
