"""Webcam scanning: camera picker, live preview, frames decoded off the UI thread.

Frames arrive from a QVideoSink; at most `DECODE_EVERY_MS` apart one is converted to greyscale and
decoded by zxing-cpp in a worker thread (`decode_frame`), and a code read goes down the same path
as the scanner's (`CheckinScreen.handle_scan`). The same code held in front of the camera is
reported once, until another code (or nothing for `REPEAT_AFTER_S`) has been seen.
Without a camera, or without permission, the panel says so and the desk works with the scanner.
"""

from __future__ import annotations

import time
from typing import Any

import zxingcpp
from PySide6.QtCore import QObject, QRunnable, Qt, QThreadPool, Signal
from PySide6.QtGui import QImage, QPixmap
from PySide6.QtWidgets import QComboBox, QHBoxLayout, QLabel, QVBoxLayout, QWidget

DECODE_EVERY_MS = 150
REPEAT_AFTER_S = 3.0


def decode_frame(image: QImage) -> list[str]:
    """The texts of the QR codes (and other barcodes) zxing-cpp finds in `image` (any format).

    The image is converted to 8-bit greyscale first (what the decoder needs, and a quarter of the
    bytes); rotated, blurred or small codes are left to zxing-cpp's `try_harder`.
    """
    if image.isNull():
        return []
    grey = image.convertToFormat(QImage.Format.Format_Grayscale8)
    width, height, stride = grey.width(), grey.height(), grey.bytesPerLine()
    data = bytes(grey.constBits())[: stride * height]
    if stride != width:  # rows are padded to 4 bytes: keep the pixels only
        data = b"".join(data[y * stride : y * stride + width] for y in range(height))
    pixels = memoryview(data).cast("B", (height, width))
    results = zxingcpp.read_barcodes(pixels, try_rotate=True, try_downscale=True)
    return [r.text for r in results if r.valid and r.text]


class RepeatFilter:
    """Lets a code through once while it stays in front of the camera."""

    def __init__(self, repeat_after_s: float = REPEAT_AFTER_S) -> None:
        self.repeat_after_s = repeat_after_s
        self._last: str | None = None
        self._seen_at = 0.0

    def accept(self, code: str, now: float | None = None) -> bool:
        now = time.monotonic() if now is None else now
        if code == self._last and now - self._seen_at < self.repeat_after_s:
            self._seen_at = now
            return False
        self._last = code
        self._seen_at = now
        return True


class _DecodeSignals(QObject):
    done = Signal(list)


class _DecodeJob(QRunnable):
    def __init__(self, image: QImage, signals: _DecodeSignals) -> None:
        super().__init__()
        self.image = image
        self.signals = signals

    def run(self) -> None:
        try:
            codes = decode_frame(self.image)
        except Exception:  # a bad frame must never stop the camera
            codes = []
        self.signals.done.emit(codes)


class CameraScanner(QWidget):
    code_read = Signal(str)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.message = ""
        self.preview = QLabel()
        self.preview.setMinimumSize(320, 240)
        self.preview.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.picker = QComboBox()
        self.picker.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.repeat = RepeatFilter()
        self._pool = QThreadPool(self)
        self._pool.setMaxThreadCount(1)
        self._busy = False
        self._last_decode = 0.0
        self._signals = _DecodeSignals(self)
        self._signals.done.connect(self._decoded)
        self._camera: Any = None
        self._session: Any = None
        self._sink: Any = None
        top = QHBoxLayout()
        top.addWidget(QLabel(self.tr("Camera:")))
        top.addWidget(self.picker, 1)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(self.preview)
        self._devices: list[Any] = []
        try:
            from PySide6.QtMultimedia import QMediaDevices

            self._devices = list(QMediaDevices.videoInputs())
        except ImportError:
            self._devices = []
        for device in self._devices:
            self.picker.addItem(device.description())
        self.picker.currentIndexChanged.connect(lambda _i: self.start())
        if not self._devices:
            self.message = self.tr("No camera found: use the USB scanner or type the code.")
            self.preview.setText(self.message)

    def start(self) -> None:
        self.stop()
        if not self._devices or not self._permitted():
            return
        from PySide6.QtMultimedia import QCamera, QMediaCaptureSession, QVideoSink

        device = self._devices[max(0, self.picker.currentIndex())]
        self._camera = QCamera(device)
        self._sink = QVideoSink(self)
        self._session = QMediaCaptureSession(self)
        self._session.setCamera(self._camera)
        self._session.setVideoSink(self._sink)
        self._sink.videoFrameChanged.connect(self._frame)
        self._camera.errorOccurred.connect(self._camera_error)
        self._camera.start()

    def _permitted(self) -> bool:
        """Camera permission (macOS, Windows privacy settings): ask once, else say so."""
        from PySide6.QtCore import QCameraPermission, QCoreApplication

        app = QCoreApplication.instance()
        if app is None:
            return False
        status = app.checkPermission(QCameraPermission())
        if status == Qt.PermissionStatus.Granted:
            return True
        if status == Qt.PermissionStatus.Undetermined:
            app.requestPermission(QCameraPermission(), self, lambda _p: self.start())
            return False
        self.message = self.tr("No permission to use the camera: use the USB scanner.")
        self.preview.setText(self.message)
        return False

    def stop(self) -> None:
        if self._camera is not None:
            self._camera.stop()
            self._camera = None

    def _camera_error(self, _error: Any, text: str) -> None:
        self.message = self.tr("Camera unavailable ({problem}): use the USB scanner.").format(
            problem=text
        )
        self.preview.setText(self.message)

    def _frame(self, frame: Any) -> None:
        image = frame.toImage()
        if image.isNull():
            return
        self.preview.setPixmap(
            QPixmap.fromImage(image).scaled(self.preview.size(), Qt.AspectRatioMode.KeepAspectRatio)
        )
        self.feed(image)

    def feed(self, image: QImage) -> None:
        """Hand a frame to the decoder if it is idle and enough time has passed (throttle)."""
        now = time.monotonic()
        if self._busy or (now - self._last_decode) * 1000 < DECODE_EVERY_MS:
            return
        self._busy = True
        self._last_decode = now
        self._pool.start(_DecodeJob(image.copy(), self._signals))

    def _decoded(self, codes: list[str]) -> None:
        self._busy = False
        for code in codes[:1]:
            if self.repeat.accept(code):
                self.code_read.emit(code)

    def wait_idle(self) -> None:
        self._pool.waitForDone()


def toggle_camera(screen: Any, on: bool) -> None:
    """The desk's Camera button: start a scanner under the input (its codes go through the desk's
    one scan path, in order) or stop and remove it."""
    if on and screen.camera is None:
        screen.camera = CameraScanner(screen)
        screen.camera.code_read.connect(lambda code: screen.handle_scan(code, "camera"))
        screen.camera_holder.addWidget(screen.camera)
        screen.camera.start()
    elif not on and screen.camera is not None:
        screen.camera.stop()
        screen.camera.setParent(None)
        screen.camera.deleteLater()
        screen.camera = None
