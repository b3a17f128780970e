"""The HTML report: summary table, curves, test accuracy, confusion matrix — no Qt, no network."""

from __future__ import annotations

import base64
import io
import math
import re
import xml.etree.ElementTree as ET

import numpy as np
import pytest

from cnngui.core.errors import UserError
from cnngui.core.model.presets import get_preset
from cnngui.core.project import Project, RunRecord
from cnngui.core.project.report import (
    confusion_table,
    digits_png,
    export_report,
    render_report,
    svg_chart,
)
from cnngui.core.training import EpochMetrics, Evaluation, TrainingConfig


def _run(label: str, epochs: int, accuracy: float) -> RunRecord:
    history = [
        EpochMetrics(e, 1 / e, 0.8 + e / 100, 1.1 / e, 0.79 + e / 100, 1e-3, 1.0, 500.0)
        for e in range(1, epochs + 1)
    ]
    confusion = (np.eye(10, dtype=int) * 90 + 1).tolist()
    return RunRecord(label, TrainingConfig(epochs=epochs), history, test_accuracy=accuracy,
                     test_loss=0.2, confusion=confusion, device="CPU — no GPU found")  # fmt: skip


@pytest.fixture
def project() -> Project:
    p = Project(get_preset("lenet-5"))
    p.runs = [_run("run 1 <b>bold</b>", 3, 0.9712), _run("run 2", 5, 0.9855)]
    return p


def test_report_holds_table_curves_accuracy_and_confusion(project, tmp_path):
    path = export_report(tmp_path / "report", project)
    assert path.name == "report.html"
    text = path.read_text()
    assert "98.55%" in text  # the last run's test accuracy
    assert "Conv2D" in text and "Total" in text
    assert text.count("<svg") == 2 and text.count("<polyline") == 8  # 2 runs × 2 lines × 2
    for svg in re.findall(r"<svg.*?</svg>", text, flags=re.S):
        ET.fromstring(svg)  # well-formed
    assert '<table class="cm">' in text and text.count("<td style=") == 100
    assert "<b>bold</b>" not in text and "&lt;b&gt;bold&lt;/b&gt;" in text  # escaped
    assert "http://" not in text.replace('xmlns="http://www.w3.org/2000/svg"', "")  # offline


def test_evaluation_overrides_and_examples(project):
    ev = Evaluation(0.5, 1.0, np.full((3, 3), 2), np.zeros(1), np.zeros(1), np.zeros(0))
    digit = np.zeros((28, 28), np.float32)
    digit[5:20, 12:15] = 1
    text = render_report(
        project, evaluation=ev, class_names=["a", "b", "c"], examples=[(digit, 1, 7)]
    )
    assert "50.00%" in text and "<th>c</th>" in text and "1→7" in text
    uri = re.search(r"src='data:image/png;base64,([^']+)'", text).group(1)
    from PIL import Image

    image = Image.open(io.BytesIO(base64.b64decode(uri)))
    assert image.size == (60, 60)  # one 28×28 tile with a 1-px border, doubled


def test_untrained_project_still_reports():
    text = render_report(Project(get_preset("mlp")))
    assert "Not trained yet" in text and "No training runs yet" in text


def test_chart_copes_with_missing_and_odd_values():
    svg = svg_chart([("a", [1, 2, 3], [None, math.nan, 0.5], "#000", False)], "t", "y")
    ET.fromstring(svg)
    assert "<circle" in svg  # a single point is still visible
    empty = svg_chart([], "t", "y")
    assert "no data yet" in empty
    ET.fromstring(empty)


def test_confusion_table_rejects_nonsense():
    assert "No confusion matrix" in confusion_table([[1, 2, 3]])
    assert digits_png([]) == ""


def test_export_errors(project, tmp_path):
    with pytest.raises(UserError, match="no such folder"):
        export_report(tmp_path / "missing" / "r.html", project)
