"""The timeline: one lane per room, sessions as blocks that the mouse moves (drag the body) or
resizes (drag the right edge), snapped to 5 minutes. A finished drag asks the screen to move the
session (through the service, as an undoable command); the view itself never writes."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QPointF, QRectF, Qt
from PySide6.QtGui import QBrush, QColor, QFont, QFontMetricsF, QMouseEvent, QPainter, QPen
from PySide6.QtWidgets import (
    QGraphicsRectItem,
    QGraphicsScene,
    QGraphicsSimpleTextItem,
    QGraphicsView,
    QWidget,
)

from mornings_desktop.services.agenda_rows import SessionRow
from mornings_desktop.ui.labels import isolate, time_range

PX_PER_MIN = 4.0
LANE_H = 64.0
HEADER_H = 24.0
LABEL_W = 110.0
SNAP_MIN = 5
EDGE_PX = 7.0
KIND_COLOURS = {
    "welcome": "#d8e8f5",
    "keynote": "#f6dcc2",
    "talk": "#fbeeb8",
    "panel": "#e3d7f3",
    "break": "#dfeedd",
    "networking": "#d5f0ec",
    "closing": "#eadfd6",
}
MoveHandler = Callable[[str, str, int], None]


def _hhmm(minutes: int) -> str:
    return f"{minutes // 60:02d}:{minutes % 60:02d}"


def _minutes(hhmm: str) -> int:
    hour, minute = hhmm.split(":")
    return int(hour) * 60 + int(minute)


class SessionBlock(QGraphicsRectItem):
    def __init__(self, session: SessionRow, rect: QRectF, flagged: str) -> None:
        super().__init__(rect)
        self.session = session
        self.setBrush(QBrush(QColor(KIND_COLOURS.get(session.kind, "#eeeeee"))))
        self.setPen(QPen(QColor("#b00020" if flagged else "#666666"), 2.5 if flagged else 1.0))
        self.setToolTip(f"{time_range(session.start, session.end)}  {isolate(session.title)}")
        label = QGraphicsSimpleTextItem(self)
        label.setFont(QFont(label.font().family(), 8))
        self.label = label
        self._flagged = flagged
        self.setData(0, session.id)
        self.place_label(rect)

    def place_label(self, rect: QRectF) -> None:
        """Time and title inside the block, elided to its width (never spilling on a neighbour)."""
        metrics = QFontMetricsF(self.label.font())
        width = max(rect.width() - 6, 0)
        head = f"{self._flagged} {self.session.start}" if self._flagged else self.session.start
        lines = [metrics.elidedText(head, Qt.TextElideMode.ElideRight, width)]
        words = self.session.title or "…"
        lines.append(metrics.elidedText(words, Qt.TextElideMode.ElideRight, width))
        self.label.setText("\n".join(lines))
        self.label.setPos(rect.x() + 3, rect.y() + 3)


class TimelineView(QGraphicsView):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setScene(QGraphicsScene(self))
        self.setRenderHint(QPainter.RenderHint.Antialiasing)
        self.setAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop)
        # Time runs left to right in every language (Arabic too): the scene is laid out that way,
        # so the view (scroll bar, start position) must not be mirrored.
        self.setLayoutDirection(Qt.LayoutDirection.LeftToRight)
        self.setMouseTracking(True)
        self.on_move: MoveHandler | None = None
        self.on_select: Callable[[str], None] | None = None
        self._origin = 8 * 60
        self._lanes: dict[str, int] = {}
        self.blocks: dict[str, SessionBlock] = {}
        self._drag: tuple[SessionBlock, str, float, QRectF] | None = None  # block, mode, x0, rect0
        self._selected = ""

    def set_sessions(
        self, sessions: list[SessionRow], opens: str, closes: str, flags: dict[str, str]
    ) -> None:
        scene = self.scene()
        scene.clear()
        self.blocks.clear()
        self._drag = None
        starts = [_minutes(s.start) for s in sessions] + [_minutes(opens)]
        ends = [_minutes(s.end) for s in sessions] + [_minutes(closes)]
        self._origin = (min(starts) // 30) * 30
        last = -(-max(ends) // 30) * 30
        rooms: list[str] = []
        for s in sessions:
            if s.room not in rooms:
                rooms.append(s.room)
        rooms = rooms or [""]
        self._lanes = {room: i for i, room in enumerate(rooms)}
        width = LABEL_W + (last - self._origin) * PX_PER_MIN
        height = HEADER_H + len(rooms) * LANE_H
        grid = QPen(QColor("#cccccc"))
        for m in range(self._origin, last + 1, 15):
            x = self._x(m)
            scene.addLine(x, HEADER_H - (6 if m % 30 else 0), x, height, grid)
            if m % 30 == 0:
                scene.addSimpleText(_hhmm(m)).setPos(x + 2, 2)
        hours = QBrush(QColor(0, 0, 0, 18))
        scene.addRect(
            QRectF(LABEL_W, HEADER_H, self._x(_minutes(opens)) - LABEL_W, height - HEADER_H),
            QPen(Qt.PenStyle.NoPen),
            hours,
        )
        scene.addRect(
            QRectF(
                self._x(_minutes(closes)),
                HEADER_H,
                width - self._x(_minutes(closes)),
                height - HEADER_H,
            ),
            QPen(Qt.PenStyle.NoPen),
            hours,
        )
        for room, lane in self._lanes.items():
            text = scene.addSimpleText(room or "—")
            text.setPos(4, HEADER_H + lane * LANE_H + LANE_H / 2 - 8)
            scene.addLine(
                0, HEADER_H + (lane + 1) * LANE_H, width, HEADER_H + (lane + 1) * LANE_H, grid
            )
        for s in sessions:
            block = SessionBlock(s, self._rect(s), flags.get(s.id, ""))
            scene.addItem(block)
            self.blocks[s.id] = block
        scene.setSceneRect(QRectF(0, 0, width + 20, height + 4))
        self.select(self._selected)

    def _x(self, minutes: int) -> float:
        return LABEL_W + (minutes - self._origin) * PX_PER_MIN

    def _rect(self, s: SessionRow) -> QRectF:
        lane = self._lanes.get(s.room, 0)
        return QRectF(
            self._x(_minutes(s.start)),
            HEADER_H + lane * LANE_H + 4,
            max(s.duration_min * PX_PER_MIN, 4.0),
            LANE_H - 8,
        )

    def select(self, session_id: str) -> None:
        self._selected = session_id
        for sid, block in self.blocks.items():
            block.setOpacity(1.0 if not session_id or sid == session_id else 0.75)
            block.setZValue(1 if sid == session_id else 0)
        if session_id in self.blocks:
            self.ensureVisible(self.blocks[session_id])

    def block_centre(self, session_id: str) -> QPointF:
        """Where a session's block is, in viewport coordinates (for tests and accessibility)."""
        return QPointF(self.mapFromScene(self.blocks[session_id].rect().center()))

    def block_right_edge(self, session_id: str) -> QPointF:
        rect = self.blocks[session_id].rect()
        return QPointF(self.mapFromScene(QPointF(rect.right() - 2, rect.center().y())))

    # -- mouse ----------------------------------------------------------------------------------
    def _block_at(self, event: QMouseEvent) -> SessionBlock | None:
        for item in self.items(event.position().toPoint()):
            while item is not None and not isinstance(item, SessionBlock):
                item = item.parentItem()
            if isinstance(item, SessionBlock):
                return item
        return None

    def mousePressEvent(self, event: QMouseEvent) -> None:
        block = self._block_at(event)
        if block is None or event.button() != Qt.MouseButton.LeftButton:
            super().mousePressEvent(event)
            return
        x = self.mapToScene(event.position().toPoint()).x()
        mode = "resize" if block.rect().right() - x <= EDGE_PX else "move"
        self._drag = (block, mode, x, QRectF(block.rect()))
        if self.on_select is not None:
            self.on_select(block.session.id)
        event.accept()

    def mouseMoveEvent(self, event: QMouseEvent) -> None:
        if self._drag is None:
            block = self._block_at(event)
            x = self.mapToScene(event.position().toPoint()).x()
            near_edge = block is not None and block.rect().right() - x <= EDGE_PX
            self.viewport().setCursor(
                Qt.CursorShape.SizeHorCursor if near_edge else Qt.CursorShape.ArrowCursor
            )
            super().mouseMoveEvent(event)
            return
        block, mode, x0, rect0 = self._drag
        delta = self._snap((self.mapToScene(event.position().toPoint()).x() - x0) / PX_PER_MIN)
        rect = QRectF(rect0)
        if mode == "move":
            rect.translate(delta * PX_PER_MIN, 0)
        else:
            rect.setWidth(max(SNAP_MIN * PX_PER_MIN, rect0.width() + delta * PX_PER_MIN))
        block.setRect(rect)
        block.place_label(rect)
        event.accept()

    def mouseReleaseEvent(self, event: QMouseEvent) -> None:
        if self._drag is None:
            super().mouseReleaseEvent(event)
            return
        block, _mode, _x0, rect0 = self._drag
        self._drag = None
        rect = block.rect()
        if rect == rect0 or self.on_move is None:
            return
        start = self._origin + round((rect.x() - LABEL_W) / PX_PER_MIN)
        minutes = round(rect.width() / PX_PER_MIN)
        self.on_move(block.session.id, _hhmm(start), minutes)
        event.accept()

    @staticmethod
    def _snap(minutes: float) -> int:
        return int(round(minutes / SNAP_MIN) * SNAP_MIN)
