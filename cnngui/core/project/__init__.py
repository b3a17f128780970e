"""What the student is working on: the project file, autosave, the HTML report and the
generated Keras script. Above training and inference in the layers contract.

The names most callers need are importable from here.
"""

from cnngui.core.project.autosave import (
    Autosaver,
    Recovery,
    autosave_dir,
    discard,
    list_recoveries,
    restore,
)
from cnngui.core.project.file import (
    EXTENSION,
    LoadedProject,
    Project,
    ProjectError,
    load_project,
    read_json,
    save_project,
    weights_path_for,
)
from cnngui.core.project.runs import RunRecord, default_label
from cnngui.core.userdata import DATA_DIR_ENV, user_data_dir

__all__ = [
    "DATA_DIR_ENV",
    "EXTENSION",
    "Autosaver",
    "LoadedProject",
    "Project",
    "ProjectError",
    "Recovery",
    "RunRecord",
    "autosave_dir",
    "default_label",
    "discard",
    "list_recoveries",
    "load_project",
    "read_json",
    "restore",
    "save_project",
    "user_data_dir",
    "weights_path_for",
]
