"""The webcam path: frames made from rendered tickets go through the decoder the camera uses."""

from __future__ import annotations

import pytest
import qrcode
from PySide6.QtCore import QPointF, QRectF, Qt
from PySide6.QtGui import QColor, QFont, QImage, QPainter, QTransform

from mornings_desktop.services import checkin, registrations
from mornings_desktop.ui.checkin.camera import RepeatFilter, decode_frame

pytestmark = pytest.mark.usefixtures("qapp")  # QPainter and fonts need the application


def ticket_image(code: str, *, size: int = 640) -> QImage:
    """A ticket as a camera would see it: a white card with a QR code (quiet zone) and text."""
    qr = qrcode.QRCode(border=4, error_correction=qrcode.constants.ERROR_CORRECT_M)
    qr.add_data(code, optimize=0)
    matrix = qr.get_matrix()
    image = QImage(size, int(size * 0.75), QImage.Format.Format_RGB32)
    image.fill(QColor("#d8d2c4"))  # a table under the ticket
    painter = QPainter(image)
    card = QRectF(40, 30, size - 80, size * 0.75 - 60)
    painter.fillRect(card, Qt.GlobalColor.white)
    module = (card.height() - 40) / len(matrix)
    for y, row in enumerate(matrix):
        for x, dark in enumerate(row):
            if dark:
                painter.fillRect(
                    QRectF(
                        card.left() + 20 + x * module, card.top() + 20 + y * module, module, module
                    ),
                    Qt.GlobalColor.black,
                )
    painter.setFont(QFont("DejaVu Sans", 14))
    painter.drawText(QPointF(card.left() + 40 + len(matrix) * module, card.top() + 60), "Matinale")
    painter.end()
    return image


def rotated(image: QImage, degrees: float) -> QImage:
    out = image.transformed(
        QTransform().rotate(degrees), Qt.TransformationMode.SmoothTransformation
    )
    background = QImage(out.size(), QImage.Format.Format_RGB32)
    background.fill(QColor("#d8d2c4"))
    painter = QPainter(background)
    painter.drawImage(0, 0, out)
    painter.end()
    return background


def blurred(image: QImage, factor: int = 3) -> QImage:
    """Out of focus: shrunk then enlarged smoothly."""
    small = image.scaled(
        image.width() // factor,
        image.height() // factor,
        Qt.AspectRatioMode.IgnoreAspectRatio,
        Qt.TransformationMode.SmoothTransformation,
    )
    return small.scaled(
        image.size(),
        Qt.AspectRatioMode.IgnoreAspectRatio,
        Qt.TransformationMode.SmoothTransformation,
    )


CODE = "52H4Q069HJEPRQ"


@pytest.mark.parametrize(
    "make",
    [
        lambda: ticket_image(CODE),
        lambda: rotated(ticket_image(CODE), 17),
        lambda: rotated(ticket_image(CODE), 90),
        lambda: rotated(ticket_image(CODE), -35),
        lambda: blurred(ticket_image(CODE), 3),
        lambda: blurred(rotated(ticket_image(CODE), 12), 2),
        lambda: ticket_image(CODE, size=320),
        lambda: ticket_image(CODE).convertToFormat(QImage.Format.Format_RGB888),  # odd row stride
    ],
    ids=["straight", "rot17", "rot90", "rot-35", "blur3", "rot12-blur2", "small", "rgb888"],
)
def test_decode_rendered_ticket(make) -> None:  # type: ignore[no-untyped-def]
    assert decode_frame(make()) == [CODE]


def test_blank_and_null_frames_decode_to_nothing() -> None:
    blank = QImage(320, 240, QImage.Format.Format_RGB32)
    blank.fill(Qt.GlobalColor.white)
    assert decode_frame(blank) == []
    assert decode_frame(QImage()) == []


def test_repeat_filter() -> None:
    f = RepeatFilter(repeat_after_s=3)
    assert f.accept("A", now=0)
    assert not f.accept("A", now=1)
    assert not f.accept("A", now=3.5)  # still held in front of the camera
    assert f.accept("B", now=4)
    assert f.accept("A", now=4.1)
    assert f.accept("A", now=8)


def test_camera_frames_take_the_scanner_path(qtbot, state, demo_morning) -> None:  # type: ignore[no-untyped-def]
    from mornings_desktop.ui.checkin.screen import CheckinScreen

    state.set_current_morning(demo_morning)
    screen = CheckinScreen(state)
    qtbot.addWidget(screen)
    screen.camera_button.setChecked(True)  # no camera here: the desk says so and keeps working
    assert screen.camera is not None
    row = next(
        r
        for r in registrations.list_registrations(state.workspace, demo_morning)
        if r.status != "cancelled"
    )
    frame = rotated(ticket_image(row.code), 20)
    with qtbot.waitSignal(screen.result_shown, timeout=5000) as blocker:
        screen.camera.feed(frame)
    assert blocker.args[0].result == "admitted"
    assert screen.panel.result == "admitted"
    # The same ticket still in front of the camera: decoded again, not admitted (nor shown) again.
    shown = []
    screen.result_shown.connect(shown.append)
    for _ in range(3):
        qtbot.wait(170)
        screen.camera.feed(frame)
        screen.camera.wait_idle()
        qtbot.wait(20)
    assert shown == []
    history = checkin.history(state.workspace, row.id)
    assert [h.method for h in history] == ["camera"]
    screen.camera_button.setChecked(False)
