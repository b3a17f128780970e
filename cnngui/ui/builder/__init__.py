"""The model builder, split by role: the table model (table), undo commands (commands),
the settings form and in-place editor (settings), and the widget that holds them (widget).
"""

from cnngui.ui.builder.commands import SpecEdit
from cnngui.ui.builder.settings import SettingsDelegate, SettingsForm
from cnngui.ui.builder.table import COLUMNS, LayerTableModel, new_layer, short_error
from cnngui.ui.builder.widget import BuilderWidget

__all__ = [
    "COLUMNS",
    "BuilderWidget",
    "LayerTableModel",
    "SettingsDelegate",
    "SettingsForm",
    "SpecEdit",
    "new_layer",
    "short_error",
]
