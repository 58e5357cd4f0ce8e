"""The chart of output per month by type: one drawing, rendered as SVG (admin) or PNG (DOCX).

The shapes are laid out once and drawn by two small renderers, so the admin and the document
show the same chart; Pillow draws the PNG, which spares a plotting library.
"""

import io
from xml.sax.saxutils import escape

from PIL import Image, ImageDraw, ImageFont

COLOURS = ["#b5121b", "#1f5fa8", "#2e7d32", "#b26a00", "#6a1b9a", "#00838f"]
WIDTH, HEIGHT = 760, 360
LEFT, RIGHT, TOP, BOTTOM = 56, 200, 24, 48


def layout(months, series):
    """Shapes of a stacked bar chart: months along the bottom, one colour per series, a legend."""
    shapes = []
    totals = [sum(values[i] for _name, values in series) for i in range(len(months))]
    top_value = max([*totals, 1])
    step = _nice_step(top_value)
    scale_top = step * -(-top_value // step)
    plot_width, plot_height = WIDTH - LEFT - RIGHT, HEIGHT - TOP - BOTTOM
    for tick in range(0, scale_top + 1, step):
        y = TOP + plot_height - plot_height * tick / scale_top
        shapes.append(("line", (LEFT, y, LEFT + plot_width, y), "#d0d0d0"))
        shapes.append(("text", (LEFT - 8, y + 4), str(tick), "end"))
    slot = plot_width / max(len(months), 1)
    bar = min(slot * 0.6, 48)
    for index, label in enumerate(months):
        x = LEFT + slot * index + (slot - bar) / 2
        base = TOP + plot_height
        for (_name, values), colour in zip(series, COLOURS * 4, strict=False):
            height = plot_height * values[index] / scale_top
            if height:
                shapes.append(("rect", (x, base - height, bar, height), colour))
                base -= height
        shapes.append(("text", (x + bar / 2, TOP + plot_height + 18), label, "middle"))
        if totals[index]:
            shapes.append(("text", (x + bar / 2, base - 6), str(totals[index]), "middle"))
    shapes.append(("line", (LEFT, TOP + plot_height, LEFT + plot_width, TOP + plot_height), "#333333"))
    for index, ((name, _values), colour) in enumerate(zip(series, COLOURS * 4, strict=False)):
        y = TOP + 10 + index * 24
        shapes.append(("rect", (WIDTH - RIGHT + 20, y - 10, 14, 14), colour))
        shapes.append(("text", (WIDTH - RIGHT + 42, y + 2), name, "start"))
    return shapes


def _nice_step(top):
    for step in (1, 2, 5, 10, 20, 50, 100, 200, 500, 1000, 2000, 5000):
        if top / step <= 6:
            return step
    return 10000


def svg(months, series, title=""):
    """The chart as an SVG document (text escaped), with a title for screen readers."""
    parts = [
        f'<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 {WIDTH} {HEIGHT}" width="100%" role="img" '
        f'aria-label="{escape(title, {chr(34): "&quot;"})}" font-family="sans-serif" font-size="12">',
        f"<title>{escape(title)}</title>",
    ]
    for kind, geometry, *rest in layout(months, series):
        if kind == "line":
            x1, y1, x2, y2 = geometry
            parts.append(f'<line x1="{x1:.1f}" y1="{y1:.1f}" x2="{x2:.1f}" y2="{y2:.1f}" stroke="{rest[0]}"/>')
        elif kind == "rect":
            x, y, w, h = geometry
            parts.append(f'<rect x="{x:.1f}" y="{y:.1f}" width="{w:.1f}" height="{h:.1f}" fill="{rest[0]}"/>')
        else:
            x, y = geometry
            parts.append(f'<text x="{x:.1f}" y="{y:.1f}" text-anchor="{rest[1]}">{escape(rest[0])}</text>')
    parts.append("</svg>")
    return "".join(parts)


def png(months, series, scale=2):
    """The chart as PNG bytes, drawn at `scale` times the SVG's size for print."""
    image = Image.new("RGB", (WIDTH * scale, HEIGHT * scale), "white")
    draw = ImageDraw.Draw(image)
    font = _font(12 * scale)
    anchors = {"start": "ls", "middle": "ms", "end": "rs"}
    for kind, geometry, *rest in layout(months, series):
        if kind == "line":
            draw.line([value * scale for value in geometry], fill=rest[0], width=scale)
        elif kind == "rect":
            x, y, w, h = (value * scale for value in geometry)
            draw.rectangle([x, y, x + w, y + h], fill=rest[0])
        else:
            x, y = geometry
            draw.text((x * scale, y * scale), rest[0], fill="#222222", font=font, anchor=anchors[rest[1]])
    buffer = io.BytesIO()
    image.save(buffer, format="PNG")
    return buffer.getvalue()


def _font(size):
    """DejaVu Sans (Debian's fonts-dejavu-core, which has Vietnamese letters), else Pillow's own."""
    try:
        return ImageFont.truetype("DejaVuSans.ttf", size)
    except OSError:
        return ImageFont.load_default(size)
