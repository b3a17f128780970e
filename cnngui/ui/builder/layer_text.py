"""The builder's texts and row marks: a layer's arithmetic, the totals, red error rows.

Split from ``widget`` to keep modules small; every text is translated (context "Widget").
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QRect, Qt
from PySide6.QtWidgets import QTableView

from cnngui.core.model.shapes import fmt_bytes, fmt_int, fmt_shape
from cnngui.ui.builder.table import COL_MACS, COL_PARAMS, COL_SHAPE, short_error
from cnngui.ui.i18n import core_text, translate


def math_html(info: Any) -> str:
    """Input → output, the shape and parameter arithmetic and the MACs of one layer."""
    return translate(
        "Widget",
        "<b>Input</b> {shape} → <b>output</b> {shape2}<br><b>Shape:</b> "
        "{v2}<br><b>Parameters:</b> {v3}<br><b>MACs:</b> {macs} multiply-adds "
        "per image",
    ).format(
        shape=fmt_shape(info.input_shape),
        shape2=fmt_shape(info.output_shape),
        v2=core_text(info.shape_math) or translate("Widget", "same as input"),
        v3=core_text(info.params_math) or "0",
        macs=fmt_int(info.macs),
    )


def totals_html(analysis: Any) -> str:
    """The network's totals line under the table."""
    return translate(
        "Widget",
        "<b>Total parameters:</b> {total_params} (trainable "
        "{trainable_params}, non-trainable {non_trainable_params}) · "
        "<b>size</b> {size_bytes} bytes ({bytes}) · <b>total MACs</b> "
        "{total_macs}",
    ).format(
        total_params=fmt_int(analysis.total_params),
        trainable_params=fmt_int(analysis.trainable_params),
        non_trainable_params=fmt_int(analysis.non_trainable_params),
        size_bytes=fmt_int(analysis.size_bytes),
        bytes=fmt_bytes(analysis.size_bytes),
        total_macs=fmt_int(analysis.total_macs),
    )


def mark_error_rows(table: QTableView, analysis: Any) -> None:
    """An invalid layer's message spans the shape, parameter and MAC cells of its row."""
    height = table.verticalHeader().defaultSectionSize()
    for info in analysis.layers:
        row = info.index
        span = 3 if info.error else 1
        if table.columnSpan(row, COL_SHAPE) != span:
            table.setSpan(row, COL_SHAPE, 1, span)
        if info.error:
            width = sum(table.columnWidth(c) for c in (COL_SHAPE, COL_PARAMS, COL_MACS))
            text_height = (
                table.fontMetrics()
                .boundingRect(
                    QRect(0, 0, max(width - 8, 50), 1000),
                    int(Qt.TextFlag.TextWordWrap),
                    short_error(info.error),
                )
                .height()
            )
            table.setRowHeight(row, max(height, text_height + 8))
        elif table.rowHeight(row) != height:
            table.setRowHeight(row, height)
