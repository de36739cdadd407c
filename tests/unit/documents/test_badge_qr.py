"""The QR code's stencil mask is the zxing-cpp symbol module for module."""

from __future__ import annotations

import re

import pytest

from mornings_desktop.documents import badge_qr


@pytest.mark.parametrize("code", ["K7Q2M9XW4TRB3P", "A", "HTTPS://EXAMPLE.ORG/T/" + "Z" * 60])
def test_mask_is_the_matrix(code: str) -> None:
    matrix = badge_qr.qr_matrix(code)
    n, ops = badge_qr.qr_image_mask(code)
    assert n == len(matrix)
    found = re.fullmatch(
        rf"q {n} 0 0 {n} 0 0 cm BI /W {n} /H {n} /IM true /F /AHx ID ([0-9a-f]+)> EI Q", ops
    )
    assert found is not None
    width = -(-n // 8)
    raw = bytes.fromhex(found.group(1))
    assert len(raw) == n * width
    for r, row in enumerate(matrix):
        bits = format(int.from_bytes(raw[r * width : (r + 1) * width], "big"), f"0{width * 8}b")
        assert bytes(1 if b == "0" else 0 for b in bits[:n]) == row  # 0 samples are painted
