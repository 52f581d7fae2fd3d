"""Draw icon.png (128x128): a report page with text lines and a check mark, on a dark red tile.

Pure Python (zlib + struct), supersampled for smooth edges: python scripts/make_icon.py
"""

import struct
import zlib
from pathlib import Path

SIZE = 128
SS = 4  # samples per pixel along each axis
RED = (153, 0, 0)
PAGE = (250, 250, 250)
LINE = (170, 170, 178)
GREEN = (46, 160, 67)
WHITE = (255, 255, 255)
FOLD = (205, 205, 212)


def rounded_rect(x, y, x0, y0, x1, y1, r):
    if not (x0 <= x <= x1 and y0 <= y <= y1):
        return False
    cx = min(max(x, x0 + r), x1 - r)
    cy = min(max(y, y0 + r), y1 - r)
    return (x - cx) ** 2 + (y - cy) ** 2 <= r * r


def near_segment(x, y, ax, ay, bx, by, width):
    dx, dy = bx - ax, by - ay
    t = max(0.0, min(1.0, ((x - ax) * dx + (y - ay) * dy) / (dx * dx + dy * dy)))
    px, py = ax + t * dx, ay + t * dy
    return (x - px) ** 2 + (y - py) ** 2 <= (width / 2) ** 2


def color_at(x, y):
    """Colour of the point (x, y) in icon coordinates, or None for transparent."""
    if not rounded_rect(x, y, 2, 2, 126, 126, 22):
        return None
    # the check badge sits on top of the page
    if (x - 92) ** 2 + (y - 92) ** 2 <= 26**2:
        if near_segment(x, y, 79, 93, 88, 103, 7) or near_segment(x, y, 88, 103, 106, 82, 7):
            return WHITE
        return GREEN
    if (x - 92) ** 2 + (y - 92) ** 2 <= 30**2:
        return RED
    if rounded_rect(x, y, 26, 16, 92, 112, 6):
        # folded corner
        if x > 76 and y < 32:
            return RED if (x - 76) > (y - 16) else FOLD
        for row, length in ((34, 44), (46, 52), (58, 38), (70, 50), (82, 30)):
            if row - 3 <= y <= row + 3 and 36 <= x <= 36 + length:
                return LINE
        return PAGE
    return RED


def render():
    rows = []
    for py in range(SIZE):
        row = bytearray([0])  # PNG filter type: none
        for px in range(SIZE):
            acc = [0, 0, 0, 0]
            for sy in range(SS):
                for sx in range(SS):
                    c = color_at(px + (sx + 0.5) / SS, py + (sy + 0.5) / SS)
                    if c is not None:
                        acc[0] += c[0]
                        acc[1] += c[1]
                        acc[2] += c[2]
                        acc[3] += 1
            n = acc[3]
            if n == 0:
                row += bytes(4)
            else:
                row += bytes((acc[0] // n, acc[1] // n, acc[2] // n, round(255 * n / SS / SS)))
        rows.append(bytes(row))
    return b"".join(rows)


def png(width, height, raw):
    def chunk(kind, data):
        body = kind + data
        return struct.pack(">I", len(data)) + body + struct.pack(">I", zlib.crc32(body) & 0xFFFFFFFF)

    header = struct.pack(">IIBBBBB", width, height, 8, 6, 0, 0, 0)
    return b"\x89PNG\r\n\x1a\n" + chunk(b"IHDR", header) + chunk(b"IDAT", zlib.compress(raw, 9)) + chunk(b"IEND", b"")


if __name__ == "__main__":
    out = Path(__file__).resolve().parent.parent / "icon.png"
    out.write_bytes(png(SIZE, SIZE, render()))
    print(f"wrote {out}")
