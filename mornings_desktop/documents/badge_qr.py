"""A ticket's QR code on a badge: encoded by zxing-cpp, drawn as vector squares with its quiet zone."""

from __future__ import annotations

import re
from functools import lru_cache

import zxingcpp
from reportlab.pdfgen.canvas import Canvas

from mornings_desktop.documents.badge_layout import Rect

QUIET_MODULES = 4


@lru_cache(maxsize=8192)
def qr_matrix(code: str) -> tuple[bytes, ...]:
    """The QR code of a ticket code as rows of bytes (1 = dark module), without quiet zone.

    Encoded by zxing-cpp (error correction M; alphanumeric codes give version 1, 21 x 21): its
    C++ encoder is several times faster than a pure-Python one, and encoding is most of a badge's
    cost. The quiet zone is added when drawing.
    """
    symbol = zxingcpp.create_barcode(code, zxingcpp.BarcodeFormat.QRCode, ec_level="M")
    image = memoryview(symbol.to_image(scale=1, add_quiet_zones=False))  # type: ignore[arg-type]
    rows, cols = image.shape or (0, 0)
    data = image.tobytes()
    dark = data.translate(_DARK)
    return tuple(dark[r * cols : (r + 1) * cols] for r in range(rows))


_DARK = bytes(1 if value < 128 else 0 for value in range(256))
_RUN = re.compile(rb"\x01+")


@lru_cache(maxsize=8192)
def qr_operators(code: str) -> tuple[int, str]:
    """The side in modules and the PDF operators filling the dark modules of `code`'s QR code,
    in module units (one module = 1, origin at the symbol's bottom-left corner).

    One `re` per horizontal run of dark modules, written directly: reportlab's path API formats
    every coordinate in Python and makes the QR code most of a badge's cost.
    """
    matrix = qr_matrix(code)
    n = len(matrix)
    ops: list[str] = []
    for r, row in enumerate(matrix):
        y = n - r - 1
        for run in _RUN.finditer(row):
            ops.append(f"{run.start()} {y} {run.end() - run.start()} 1 re")
    ops.append("f")
    return n, "\n".join(ops)


def draw_qr(c: Canvas, code: str, box: Rect) -> None:
    """The QR code of `code` as filled squares in `box`, white quiet zone included in the box."""
    n, ops = qr_operators(code)
    module = box.width / (n + 2 * QUIET_MODULES)
    c.setFillColorRGB(1, 1, 1)
    c.rect(box.x, box.y, box.width, box.width, stroke=0, fill=1)
    c.saveState()
    c.translate(box.x + QUIET_MODULES * module, box.y + QUIET_MODULES * module)
    c.scale(module, module)
    c.setFillColorRGB(0, 0, 0)
    c.addLiteral(ops)
    c.restoreState()
    c.setFillColorRGB(0, 0, 0)
