"""A ticket's QR code on a badge: encoded by zxing-cpp, drawn with its quiet zone as a 1-bit
stencil image (one inline image mask per code, a module a pixel, scaled to the box)."""

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


_BITS = bytes.maketrans(b"\x00\x01", b"10")  # a stencil mask paints its 0 samples


@lru_cache(maxsize=8192)
def qr_image_mask(code: str) -> tuple[int, str]:
    """The side in modules and the PDF operators painting `code`'s QR code as an inline stencil
    mask (1 bit a module, rows padded to a byte, hex-encoded) over the square [0, n] x [0, n].

    About a hundred times cheaper to write than one `re` per run of dark modules (issue 18: QR
    drawing was a quarter of badge rendering), and the same symbol module for module.
    """
    matrix = qr_matrix(code)
    n = len(matrix)
    pad = b"1" * (-n % 8)
    width = (n + len(pad)) // 8
    data = "".join(
        int(row.translate(_BITS) + pad, 2).to_bytes(width, "big").hex() for row in matrix
    )
    return n, f"q {n} 0 0 {n} 0 0 cm BI /W {n} /H {n} /IM true /F /AHx ID {data}> EI Q"


def draw_qr(c: Canvas, code: str, box: Rect) -> None:
    """The QR code of `code` in `box`, white quiet zone included in the box."""
    n, ops = qr_image_mask(code)
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
