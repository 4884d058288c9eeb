"""The chart is an accessible SVG drawn on the server: a named image (role="img", <title>, <desc>), axis
labels, every value reachable, colours with enough contrast, no script and nothing from another server."""

import re
import xml.etree.ElementTree as ET

import pytest

from cong.statistics.chart import COLOURS, GRID, TEXT, nice_ticks, number_text, render_svg
from cong.statistics.figures import Figures

SVG = "{http://www.w3.org/2000/svg}"
FIGURES = Figures(columns=["Huyện", "Nam", "Nữ"], rows=[["Hòa Sơn", 61240, 60850], ["Tân Lập", 48310, None]])


def luminance(colour: str) -> float:
    channels = [int(colour[i : i + 2], 16) / 255 for i in (1, 3, 5)]
    linear = [c / 12.92 if c <= 0.03928 else ((c + 0.055) / 1.055) ** 2.4 for c in channels]
    return 0.2126 * linear[0] + 0.7152 * linear[1] + 0.0722 * linear[2]


def contrast_on_white(colour: str) -> float:
    return 1.05 / (luminance(colour) + 0.05)


@pytest.mark.parametrize("kind", ["bar", "line"])
def test_the_chart_is_a_named_image_with_its_values(kind):
    svg = str(render_svg(FIGURES, title="Dân số <năm 2025>", kind=kind, unit="người", ident="c1"))
    root = ET.fromstring(svg)  # well-formed XML; the title's "<" is escaped
    assert root.get("role") == "img" and root.get("aria-labelledby") == "c1-title c1-desc"
    assert root.find(f"{SVG}title").text == "Dân số <năm 2025>"
    desc = root.find(f"{SVG}desc").text
    assert "Nam: cao nhất Hòa Sơn 61.240 người, thấp nhất Tân Lập 48.310 người" in desc
    assert "Nữ: cao nhất Hòa Sơn 60.850 người" in desc
    texts = [t.text for t in root.iter(f"{SVG}text")]
    assert "người" in texts and "Huyện" in texts  # axis labels
    assert "Hòa Sơn" in texts and "Tân Lập" in texts and "Nam" in texts and "Nữ" in texts  # rows, legend
    assert (
        "<script" not in svg
        and "href" not in svg
        and "http://" not in svg.replace("http://www.w3.org/2000/svg", "")
    )
    if kind == "bar":
        bars = [r for r in root.iter(f"{SVG}rect") if r.get("fill") in COLOURS and float(r.get("height")) > 8]
        assert len(bars) == 3  # the missing figure draws no bar
        heights = sorted(float(b.get("height")) for b in bars)
        assert heights[-1] / heights[0] == pytest.approx(61240 / 48310, rel=0.01)  # drawn to scale
    else:
        assert len(list(root.iter(f"{SVG}polyline"))) == 1  # Nữ has one point only: a marker, no line


def test_colours_have_enough_contrast():
    assert all(contrast_on_white(c) >= 3 for c in COLOURS)  # WCAG 1.4.11 graphics
    assert contrast_on_white(TEXT) >= 4.5 and contrast_on_white(GRID) >= 4.5


def test_ticks_and_vietnamese_numbers():
    assert nice_ticks(0, 61240) == [0, 20000, 40000, 60000, 80000]
    assert nice_ticks(-3, 7)[0] <= -3 and nice_ticks(-3, 7)[-1] >= 7
    assert number_text(1234567.8) == "1.234.567,8" and number_text(5) == "5" and number_text(None) == "—"


def test_an_empty_table_draws_nothing():
    assert str(render_svg(Figures(), title="x")) == ""
    assert not re.search("NaN|inf", str(render_svg(Figures(["A", "B"], [["x", 0]]), title="0")))
