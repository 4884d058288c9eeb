"""Accessible charts drawn on the server (biểu đồ): SVG from a release's figures, no JavaScript, nothing
fetched from another server.

The SVG is an image with a name: ``role="img"``, ``aria-labelledby`` pointing at its ``<title>`` (the
release's title) and ``<desc>`` (what it shows: the series, the rows, the highest and lowest value). Axis
labels name the rows' column and the unit; every colour has at least 3:1 contrast on white (WCAG 2.1
1.4.11) and text 4.5:1; series differ by marker shape as well as colour, and the data table beside the
chart (in the page) carries every figure.
"""

from __future__ import annotations

import math

from django.utils.html import escape
from django.utils.safestring import SafeString, mark_safe
from django.utils.translation import gettext as _

from .figures import Figures

WIDTH, PLOT_HEIGHT = 720, 256
LEFT, RIGHT, TOP, BOTTOM = 78, 20, 48, 96
# Dark enough for 3:1 (graphics) on white and told apart by shape too: ■ ● ▲ ◆ …
COLOURS = ("#1f4e8c", "#a8431a", "#2e6b30", "#6b3fa0", "#7a5c00", "#4d4d4d")
TEXT = "#1a1a1a"
GRID = "#767676"  # 4.5:1 on white


def number_text(value: float | None) -> str:
    """Vietnamese number formatting: 1.234.567,8 (dot for thousands, comma for decimals)."""
    if value is None:
        return "—"
    if float(value).is_integer():
        return f"{int(value):,}".replace(",", ".")
    whole, _dot, fraction = f"{value:,.2f}".rstrip("0").partition(".")
    return whole.replace(",", ".") + ("," + fraction if fraction else "")


def nice_ticks(low: float, high: float, count: int = 5) -> list[float]:
    """Round tick values covering [low, high] (0 included)."""
    low, high = min(low, 0.0), max(high, 0.0)
    if high == low:
        high = low + 1
    raw = (high - low) / count
    magnitude = 10 ** math.floor(math.log10(raw))
    step = next(m * magnitude for m in (1, 2, 2.5, 5, 10) if m * magnitude >= raw)
    start = math.floor(low / step) * step
    ticks = []
    value = start
    while value < high + step * 0.999:
        ticks.append(round(value, 10))
        value += step
    return ticks


def _short(text: str, limit: int = 16) -> str:
    return text if len(text) <= limit else text[: limit - 1] + "…"


def _marker(kind: int, x: float, y: float, colour: str) -> str:
    shape = kind % 4
    if shape == 0:
        return f'<rect x="{x - 4:.1f}" y="{y - 4:.1f}" width="8" height="8" fill="{colour}"/>'
    if shape == 1:
        return f'<circle cx="{x:.1f}" cy="{y:.1f}" r="4.5" fill="{colour}"/>'
    if shape == 2:
        return f'<path d="M{x:.1f} {y - 5.5:.1f} L{x + 5:.1f} {y + 4:.1f} L{x - 5:.1f} {y + 4:.1f} Z" fill="{colour}"/>'
    return f'<path d="M{x:.1f} {y - 5.5:.1f} L{x + 5.5:.1f} {y:.1f} L{x:.1f} {y + 5.5:.1f} L{x - 5.5:.1f} {y:.1f} Z" fill="{colour}"/>'


def describe(figures: Figures, unit: str = "") -> str:
    """The chart's description (``<desc>``): what is drawn, and the extremes of each series."""
    suffix = f" {unit}" if unit else ""
    parts = [
        _("Biểu đồ %(rows)s %(label)s, %(count)s chuỗi số liệu: %(series)s.")
        % {
            "rows": len(figures.rows),
            "label": figures.label_column.lower() or _("mục"),
            "count": len(figures.series),
            "series": ", ".join(figures.series),
        }
    ]
    for index, name in enumerate(figures.series, start=1):
        points = [(row[0], row[index]) for row in figures.rows if row[index] is not None]
        if not points:
            continue
        high = max(points, key=lambda p: p[1])
        low = min(points, key=lambda p: p[1])
        parts.append(
            _("%(name)s: cao nhất %(high)s %(high_value)s%(unit)s, thấp nhất %(low)s %(low_value)s%(unit)s.")
            % {
                "name": name,
                "high": high[0],
                "high_value": number_text(high[1]),
                "low": low[0],
                "low_value": number_text(low[1]),
                "unit": suffix,
            }
        )
    parts.append(_("Số liệu đầy đủ ở bảng bên cạnh."))
    return " ".join(parts)


def render_svg(
    figures: Figures, *, title: str, kind: str = "bar", unit: str = "", ident: str = "bieu-do"
) -> SafeString:
    """The chart of ``figures`` as inline SVG (``kind``: "bar" or "line")."""
    if not figures:
        return mark_safe("")
    values = [v for row in figures.rows for v in row[1:] if v is not None]
    ticks = nice_ticks(min(values), max(values))
    low, high = ticks[0], ticks[-1]
    count = len(figures.rows)
    rotate = count > 6  # long lists of rows: labels slanted, more room under the axis
    legend = len(figures.series) > 1
    plot_w, plot_h = WIDTH - LEFT - RIGHT, PLOT_HEIGHT
    height = TOP + plot_h + (BOTTOM if rotate else 58) + (22 if legend else 0)

    def y_of(value: float) -> float:
        return TOP + plot_h - (value - low) / (high - low) * plot_h

    out = [
        f'<svg xmlns="http://www.w3.org/2000/svg" class="chart" viewBox="0 0 {WIDTH} {height}" role="img" '
        f'aria-labelledby="{ident}-title {ident}-desc" font-family="sans-serif" font-size="13">',
        f'<title id="{ident}-title">{escape(title)}</title>',
        f'<desc id="{ident}-desc">{escape(describe(figures, unit))}</desc>',
        f'<rect x="0" y="0" width="{WIDTH}" height="{height}" fill="#ffffff"/>',
        f'<text x="{WIDTH / 2:.0f}" y="22" text-anchor="middle" font-size="15" font-weight="bold" fill="{TEXT}">'
        f"{escape(_short(title, 80))}</text>",
    ]
    for tick in ticks:  # horizontal grid and the y-axis values
        y = y_of(tick)
        out.append(
            f'<line x1="{LEFT}" x2="{LEFT + plot_w}" y1="{y:.1f}" y2="{y:.1f}" stroke="{GRID}" stroke-width="0.5"/>'
        )
        out.append(
            f'<text x="{LEFT - 6}" y="{y + 4:.1f}" text-anchor="end" fill="{TEXT}">{number_text(tick)}</text>'
        )
    zero = y_of(0.0)
    out.append(
        f'<line x1="{LEFT}" x2="{LEFT + plot_w}" y1="{zero:.1f}" y2="{zero:.1f}" stroke="{TEXT}" stroke-width="1.5"/>'
    )
    out.append(
        f'<line x1="{LEFT}" x2="{LEFT}" y1="{TOP}" y2="{TOP + plot_h}" stroke="{TEXT}" stroke-width="1.5"/>'
    )
    # Axis labels: the unit up the y axis, the rows' column under the x axis.
    y_label = escape(unit or _("Giá trị"))
    out.append(
        f'<text x="16" y="{TOP + plot_h / 2:.0f}" text-anchor="middle" fill="{TEXT}" '
        f'transform="rotate(-90 16 {TOP + plot_h / 2:.0f})">{y_label}</text>'
    )
    x_title_y = height - 8 - (22 if legend else 0) if rotate else TOP + plot_h + 42
    out.append(
        f'<text x="{LEFT + plot_w / 2:.0f}" y="{x_title_y:.0f}" text-anchor="middle" font-weight="bold" '
        f'fill="{TEXT}">{escape(figures.label_column)}</text>'
    )
    slot = plot_w / count
    for index, row in enumerate(figures.rows):
        x = LEFT + slot * (index + 0.5)
        base = TOP + plot_h + 16
        label = escape(_short(str(row[0]), 14 if rotate else max(4, int(slot / 7.5))))
        if rotate:
            out.append(
                f'<text x="{x:.1f}" y="{base:.1f}" text-anchor="end" fill="{TEXT}" '
                f'transform="rotate(-40 {x:.1f} {base:.1f})">{label}</text>'
            )
        else:
            out.append(f'<text x="{x:.1f}" y="{base:.1f}" text-anchor="middle" fill="{TEXT}">{label}</text>')
    series = figures.series
    if kind == "line":
        for s, _name in enumerate(series):
            colour = COLOURS[s % len(COLOURS)]
            points = [
                (LEFT + slot * (i + 0.5), y_of(row[s + 1]))
                for i, row in enumerate(figures.rows)
                if row[s + 1] is not None
            ]
            if len(points) > 1:
                path = " ".join(f"{x:.1f},{y:.1f}" for x, y in points)
                out.append(f'<polyline points="{path}" fill="none" stroke="{colour}" stroke-width="2.5"/>')
            out.extend(_marker(s, x, y, colour) for x, y in points)
    else:
        group = slot * 0.8
        width = group / len(series)
        for i, row in enumerate(figures.rows):
            for s in range(len(series)):
                value = row[s + 1]
                if value is None:
                    continue
                x = LEFT + slot * i + slot * 0.1 + width * s
                top, bottom = sorted((y_of(value), zero))
                colour = COLOURS[s % len(COLOURS)]
                out.append(
                    f'<rect x="{x:.1f}" y="{top:.1f}" width="{max(width - 2, 1):.1f}" height="{max(bottom - top, 0.5):.1f}" '
                    f'fill="{colour}"/>'
                )
                if len(series) > 1:
                    out.append(_marker(s, x + width / 2 - 1, top - 8, colour))
    if legend:
        x = LEFT
        y = height - 14
        for s, name in enumerate(series):
            colour = COLOURS[s % len(COLOURS)]
            out.append(_marker(s, x + 5, y - 4, colour))
            text = escape(_short(name, 22))
            out.append(f'<text x="{x + 14}" y="{y}" fill="{TEXT}">{text}</text>')
            x += 26 + 7.5 * len(_short(name, 22))
    out.append("</svg>")
    return mark_safe("\n".join(out))  # noqa: S308 - every text above is escaped
