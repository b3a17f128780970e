"""An HTML report of a project: the network table, the training curves, test accuracy and the
confusion matrix — one self-contained file a student can hand in or a teacher can open.

Curves are inline SVG drawn here from the numbers (no Qt, no plotting library), so the
report looks the same everywhere and can be produced headless; misclassified digits, when
given, are one inline PNG made with Pillow.
"""

from __future__ import annotations

import base64
import html
import io
import math
from collections.abc import Sequence
from datetime import datetime
from pathlib import Path
from typing import TYPE_CHECKING, Any

import numpy as np

from cnngui.core.atomic import atomic_write_text
from cnngui.core.errors import UserError, brief
from cnngui.core.model.shapes import analyze, fmt_bytes, fmt_int, fmt_shape
from cnngui.core.phrases import phrase

if TYPE_CHECKING:
    from cnngui.core.project import Project, RunRecord
    from cnngui.core.training import Evaluation

COLORS = ("#1f77b4", "#d62728", "#2ca02c", "#9467bd", "#ff7f0e", "#8c564b", "#e377c2", "#17becf")
_CSS = """
body{font-family:system-ui,sans-serif;max-width:62em;margin:2em auto;padding:0 1em;color:#222}
h1{margin-bottom:.2em} .meta{color:#666;margin-top:0}
table{border-collapse:collapse;margin:.8em 0} td,th{border:1px solid #ccc;padding:3px 8px}
th{background:#f0f0f0} td.n{text-align:right;font-variant-numeric:tabular-nums}
.cm td{width:2.6em;text-align:center;font-size:90%} .cm th{font-size:90%}
.big{font-size:140%;font-weight:bold} .charts{display:flex;flex-wrap:wrap;gap:1em}
.warn{color:#a15c00}
"""


def _esc(value: Any) -> str:
    return html.escape(str(value), quote=True)


def _num(value: float | None, digits: int = 4) -> str:
    if value is None or not math.isfinite(value):
        return "—"
    return f"{value:.{digits}f}"


# ---------------------------------------------------------------------------- pieces


def summary_table(spec: Any) -> str:
    """The layer table: shapes, parameters and MACs, like ``model.summary()``."""
    analysis = analyze(spec)
    rows = [
        "<tr><th>#</th><th>Layer</th><th>Settings</th><th>Output shape</th>"
        "<th>Parameters</th><th>MACs</th></tr>",
        f"<tr><td></td><td>Input</td><td></td><td>{fmt_shape(spec.input_shape)}</td>"
        "<td class=n>0</td><td class=n>0</td></tr>",
    ]
    for info in analysis.layers:
        shape = _esc(info.error) if info.error else fmt_shape(info.output_shape)
        rows.append(
            f"<tr><td class=n>{info.index}</td><td>{_esc(info.type)}</td>"
            f"<td>{_esc(info.layer.describe())}</td><td>{shape}</td>"
            f"<td class=n>{fmt_int(info.params)}</td><td class=n>{fmt_int(info.macs)}</td></tr>"
        )
    rows.append(
        f"<tr><th colspan=4>Total ({fmt_int(analysis.trainable_params)} trainable, "
        f"{fmt_int(analysis.non_trainable_params)} not; {fmt_bytes(analysis.size_bytes)})</th>"
        f"<th class=n>{fmt_int(analysis.total_params)}</th>"
        f"<th class=n>{fmt_int(analysis.total_macs)}</th></tr>"
    )
    notes = "".join(f"<p class=warn>{_esc(e)}</p>" for e in analysis.errors + analysis.warnings)
    return "<table>" + "".join(rows) + "</table>" + notes


def svg_chart(
    series: Sequence[tuple[str, Sequence[float], Sequence[float | None], str, bool]],
    title: str,
    y_label: str,
    y_range: tuple[float, float] | None = None,
    width: int = 460,
    height: int = 280,
) -> str:
    """A line chart as inline SVG: ``series`` are (label, x, y, colour, dashed)."""
    left, right, top, bottom = 56, 12, 28, 40
    pts = [
        (float(x), float(y))
        for _, xs, ys, _, _ in series
        for x, y in zip(xs, ys)
        if y is not None and math.isfinite(y)
    ]
    out = [
        f'<svg xmlns="http://www.w3.org/2000/svg" width="{width}" height="{height}" '
        f'viewBox="0 0 {width} {height}" role="img" aria-label="{_esc(title)}">',
        f'<rect width="{width}" height="{height}" fill="white"/>',
        f'<text x="{width / 2}" y="18" text-anchor="middle" font-size="14" '
        f'font-family="sans-serif">{_esc(title)}</text>',
    ]
    if not pts:
        out.append(
            f'<text x="{width / 2}" y="{height / 2}" text-anchor="middle" fill="#888" '
            f'font-family="sans-serif">no data yet</text></svg>'
        )
        return "".join(out)
    x0, x1 = min(p[0] for p in pts), max(p[0] for p in pts)
    if y_range:
        y0, y1 = y_range
    else:
        y0, y1 = min(p[1] for p in pts), max(p[1] for p in pts)
        pad = (y1 - y0) * 0.05 or 0.5
        y0, y1 = max(0.0, y0 - pad) if y0 >= 0 else y0 - pad, y1 + pad
    x1 = x1 if x1 > x0 else x0 + 1
    y1 = y1 if y1 > y0 else y0 + 1
    pw, ph = width - left - right, height - top - bottom

    def sx(x: float) -> float:
        return left + (x - x0) / (x1 - x0) * pw

    def sy(y: float) -> float:
        return top + (1 - (min(max(y, y0), y1) - y0) / (y1 - y0)) * ph

    out.append(f'<rect x="{left}" y="{top}" width="{pw}" height="{ph}" fill="none" stroke="#999"/>')
    for i in range(5):
        yv = y0 + (y1 - y0) * i / 4
        out.append(
            f'<line x1="{left}" x2="{left + pw}" y1="{sy(yv):.1f}" y2="{sy(yv):.1f}" '
            f'stroke="#eee"/><text x="{left - 4}" y="{sy(yv) + 4:.1f}" text-anchor="end" '
            f'font-size="10" font-family="sans-serif">{yv:.3g}</text>'
        )
    ticks = sorted({round(x0 + (x1 - x0) * i / 4) for i in range(5)})
    for xv in ticks:
        out.append(
            f'<text x="{sx(xv):.1f}" y="{top + ph + 14}" text-anchor="middle" font-size="10" '
            f'font-family="sans-serif">{xv:g}</text>'
        )
    out.append(
        f'<text x="{left + pw / 2}" y="{height - 6}" text-anchor="middle" font-size="11" '
        f'font-family="sans-serif">epoch</text><text x="12" y="{top + ph / 2}" '
        f'transform="rotate(-90 12 {top + ph / 2})" text-anchor="middle" font-size="11" '
        f'font-family="sans-serif">{_esc(y_label)}</text>'
    )
    for label, xs, ys, color, dashed in series:
        coords = [
            f"{sx(float(x)):.1f},{sy(float(y)):.1f}"
            for x, y in zip(xs, ys)
            if y is not None and math.isfinite(y)
        ]
        if not coords:
            continue
        dash = ' stroke-dasharray="5 4"' if dashed else ""
        out.append(
            f'<polyline points="{" ".join(coords)}" fill="none" stroke="{color}" '
            f'stroke-width="2"{dash}><title>{_esc(label)}</title></polyline>'
        )
        if len(coords) == 1:
            cx, cy = coords[0].split(",")
            out.append(f'<circle cx="{cx}" cy="{cy}" r="3" fill="{color}"/>')
    out.append("</svg>")
    return "".join(out)


def curves(runs: Sequence[RunRecord]) -> str:
    """Loss and accuracy per epoch for every run: training solid, validation dashed."""
    loss, acc = [], []
    for i, run in enumerate(runs):
        color = COLORS[i % len(COLORS)]
        epochs = [m.epoch for m in run.history]
        loss.append((f"{run.label} — training", epochs, [m.loss for m in run.history], color, 0))
        loss.append(
            (f"{run.label} — validation", epochs, [m.val_loss for m in run.history], color, 1)
        )
        acc.append((f"{run.label} — training", epochs, [m.accuracy for m in run.history], color, 0))
        acc.append(
            (f"{run.label} — validation", epochs, [m.val_accuracy for m in run.history], color, 1)
        )
    legend = "".join(
        f'<li><span style="color:{COLORS[i % len(COLORS)]}">■</span> {_esc(run.label)}</li>'
        for i, run in enumerate(runs)
    )
    return (
        '<div class="charts">'
        + svg_chart(loss, "Loss (lower is better)", "loss")
        + svg_chart(acc, "Accuracy", "accuracy", (0.0, 1.0))
        + f"</div><p>Solid: training; dashed: validation.</p><ul>{legend}</ul>"
    )


def confusion_table(confusion: Any, class_names: Sequence[str] | None = None) -> str:
    """Rows are the true classes, columns the predicted ones; colour shows each row's share."""
    cm = np.asarray(confusion, dtype=np.int64)
    if cm.ndim != 2 or cm.shape[0] != cm.shape[1] or cm.size == 0:
        return "<p>No confusion matrix.</p>"
    n = cm.shape[0]
    names = list(class_names or [str(i) for i in range(n)])[:n]
    names += [str(i) for i in range(len(names), n)]
    head = "".join(f"<th>{_esc(c)}</th>" for c in names)
    rows = [f"<tr><th>true ↓ / predicted →</th>{head}</tr>"]
    for r in range(n):
        total = max(int(cm[r].sum()), 1)
        cells = []
        for c in range(n):
            share = cm[r, c] / total
            if r == c:
                bg = f"rgba(44,160,44,{0.15 + 0.85 * share:.2f})"
            else:
                bg = f"rgba(214,39,40,{min(1.0, share * 8):.2f})" if cm[r, c] else "white"
            cells.append(f'<td style="background:{bg}">{int(cm[r, c])}</td>')
        rows.append(f"<tr><th>{_esc(names[r])}</th>{''.join(cells)}</tr>")
    return '<table class="cm">' + "".join(rows) + "</table>"


def digits_png(images: Sequence[np.ndarray], columns: int = 10, scale: int = 2) -> str:
    """A data URI of a PNG grid of 28×28 images (ink = 1), e.g. the misclassified digits."""
    from PIL import Image

    if not len(images):
        return ""
    tiles = [np.clip(np.asarray(im, dtype=np.float32).reshape(28, 28), 0, 1) for im in images]
    rows = math.ceil(len(tiles) / columns)
    grid = np.ones((rows * 30, min(columns, len(tiles)) * 30), dtype=np.float32)
    for i, tile in enumerate(tiles):
        r, c = divmod(i, columns)
        grid[r * 30 + 1 : r * 30 + 29, c * 30 + 1 : c * 30 + 29] = 1 - tile
    img = Image.fromarray((grid * 255).astype(np.uint8), "L")
    img = img.resize((img.width * scale, img.height * scale), Image.NEAREST)
    buf = io.BytesIO()
    img.save(buf, "PNG")
    return "data:image/png;base64," + base64.b64encode(buf.getvalue()).decode("ascii")


# ---------------------------------------------------------------------------- report


def render_report(
    project: Project,
    evaluation: Evaluation | None = None,
    class_names: Sequence[str] | None = None,
    examples: Sequence[tuple[np.ndarray, int, int]] = (),
    device: str | None = None,
    title: str | None = None,
) -> str:
    """The whole report as HTML text.

    ``evaluation`` (the latest test-set result) overrides what the last run recorded;
    ``examples`` are (image28, true, predicted) misclassified digits to show; ``title`` is
    the project's name (the network's name when not given).
    """
    from cnngui import __version__

    spec = project.spec
    runs = list(project.runs)
    last = runs[-1] if runs else None
    accuracy = evaluation.accuracy if evaluation is not None else None
    loss = evaluation.loss if evaluation is not None else None
    confusion = evaluation.confusion if evaluation is not None else None
    if evaluation is None and last is not None:
        accuracy, loss, confusion = last.test_accuracy, last.test_loss, last.confusion
    device = device or (last.device if last else None)
    now = datetime.now().strftime("%Y-%m-%d %H:%M")
    parts = [
        "<!doctype html><html lang=en><head><meta charset=utf-8>",
        f"<title>cnngui report — {_esc(title or spec.name)}</title><style>{_CSS}</style>"
        "</head><body>",
        f"<h1>{_esc(title or spec.name)}</h1><p class=meta>cnngui {__version__} report, {now}"
        + (f"; trained on {_esc(device)}" if device else "")
        + "</p>",
        "<h2>Test accuracy</h2>",
    ]
    if accuracy is not None and math.isfinite(accuracy):
        parts.append(
            f"<p class=big>{accuracy:.2%}</p><p>on the test images (loss {_num(loss)})"
            + (f", after {_esc(last.label)}" if last is not None and evaluation is None else "")
            + ".</p>"
        )
    else:
        parts.append("<p>Not trained yet.</p>")
    parts += ["<h2>Network</h2>", summary_table(spec)]
    parts.append("<h2>Training</h2>")
    if runs:
        parts.append(curves(runs))
        parts.append(_runs_table(runs))
    else:
        parts.append("<p>No training runs yet.</p>")
    parts.append("<h2>Confusion matrix</h2>")
    if confusion is not None:
        parts.append(
            "<p>Each row is a true class; each column what the network predicted. The "
            "diagonal holds the correct answers.</p>" + confusion_table(confusion, class_names)
        )
    else:
        parts.append("<p>Not available: train the network to see it.</p>")
    if examples:
        uri = digits_png([e[0] for e in examples])
        pairs = ", ".join(f"{t}→{p}" for _, t, p in examples)
        parts.append(
            f"<h2>Some mistakes</h2><p><img src='{uri}' alt='misclassified digits'></p>"
            f"<p>true→predicted, left to right: {_esc(pairs)}</p>"
        )
    parts.append("</body></html>\n")
    return "".join(parts)


def _runs_table(runs: Sequence[RunRecord]) -> str:
    rows = [
        "<table><tr><th>Run</th><th>Epochs</th><th>Optimizer</th><th>Learning rate</th>"
        "<th>Batch</th><th>Final val. accuracy</th><th>Test accuracy</th><th>Outcome</th></tr>"
    ]
    for run in runs:
        c = run.config
        val = next((m.val_accuracy for m in reversed(run.history) if m.val_accuracy), None)
        test = f"{run.test_accuracy:.2%}" if run.test_accuracy is not None else "—"
        rows.append(
            f"<tr><td>{_esc(run.label)}</td><td class=n>{len(run.history)}/{c.epochs}</td>"
            f"<td>{_esc(c.optimizer)}</td><td class=n>{c.learning_rate:g} ({_esc(c.schedule)})"
            f"</td><td class=n>{c.batch_size}</td><td class=n>"
            f"{'—' if val is None else f'{val:.2%}'}</td><td class=n>{test}</td>"
            f"<td>{_esc(run.reason)}</td></tr>"
        )
    return "".join(rows) + "</table>"


def export_report(path: str | Path, project: Project, **kwargs: Any) -> Path:
    """Write the report atomically (``.html`` is added when missing); UserError on failure."""
    p = Path(path)
    if p.suffix.lower() not in (".html", ".htm"):
        p = p.with_name(p.name + ".html")
    if not p.parent.is_dir():
        raise UserError(
            phrase(
                "{folder}: no such folder; choose another place for the report.", folder=p.parent
            )
        )
    text = render_report(project, **kwargs)
    try:
        atomic_write_text(p, text)
    except OSError as exc:
        raise UserError(
            phrase("{path}: the report could not be written ({reason}).", path=p, reason=brief(exc))
        ) from None
    return p
