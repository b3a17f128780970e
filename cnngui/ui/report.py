"""File ▸ Export report: one self-contained HTML page with the network, its runs and results."""

from __future__ import annotations

import html
from datetime import datetime
from typing import Any

from cnngui.core.shapes import Analysis, fmt_bytes, fmt_int, fmt_shape


def _table(headers: list[str], rows: list[list[str]]) -> str:
    head = "".join(f"<th>{html.escape(h)}</th>" for h in headers)
    body = "".join(
        "<tr>" + "".join(f"<td>{html.escape(str(c))}</td>" for c in row) + "</tr>" for row in rows
    )
    return f"<table><tr>{head}</tr>{body}</table>"


def build_report(analysis: Analysis, runs: list[Any], device: str | None) -> str:
    """HTML of the network table and every run (RunRecord-like: label, history, results)."""
    spec = analysis.spec
    layer_rows = [
        [
            str(info.index),
            info.type,
            info.layer.describe(),
            info.error or fmt_shape(info.output_shape),
            fmt_int(info.params),
            fmt_int(info.macs),
        ]
        for info in analysis.layers
    ]
    parts = [
        "<!doctype html><html><head><meta charset='utf-8'>",
        f"<title>cnngui report — {html.escape(spec.name)}</title>",
        "<style>body{font-family:sans-serif;max-width:60em;margin:2em auto}"
        "table{border-collapse:collapse;margin:1em 0}td,th{border:1px solid #bbb;"
        "padding:3px 8px;text-align:right}th{background:#eee}</style></head><body>",
        f"<h1>Network “{html.escape(spec.name)}”</h1>",
        f"<p>Input {fmt_shape(tuple(spec.input_shape))}. Report made "
        f"{datetime.now():%Y-%m-%d %H:%M} on {html.escape(device or 'an unknown device')}.</p>",
        _table(["#", "layer", "settings", "output shape", "parameters", "MACs"], layer_rows),
        f"<p>Total parameters {fmt_int(analysis.total_params)} (trainable "
        f"{fmt_int(analysis.trainable_params)}, non-trainable "
        f"{fmt_int(analysis.non_trainable_params)}), size {fmt_bytes(analysis.size_bytes)}, "
        f"{fmt_int(analysis.total_macs)} MACs per image.</p>",
        "<h2>Training runs</h2>",
    ]
    if not runs:
        parts.append("<p>No training runs yet.</p>")
    for run in runs:
        parts.append(f"<h3>{html.escape(run.label)}</h3>")
        parts.append(f"<p>{html.escape(run.message)}</p>")
        rows = [
            [
                str(m.epoch),
                f"{m.loss:.4f}",
                f"{m.accuracy:.2%}",
                "—" if m.val_loss is None else f"{m.val_loss:.4f}",
                "—" if m.val_accuracy is None else f"{m.val_accuracy:.2%}",
                f"{m.seconds:.1f} s",
            ]
            for m in run.history
        ]
        parts.append(
            _table(["epoch", "loss", "accuracy", "val. loss", "val. accuracy", "time"], rows)
        )
        if getattr(run, "confusion", None):
            n = len(run.confusion)
            parts.append("<p>Confusion matrix (rows: true digit, columns: predicted):</p>")
            parts.append(
                _table(
                    ["", *[str(i) for i in range(n)]],
                    [[str(i), *[str(v) for v in row]] for i, row in enumerate(run.confusion)],
                )
            )
    parts.append("</body></html>")
    return "\n".join(parts)
