"""The big answer, readable from two metres: colour, a symbol, words, and the person.

Never colour alone: each result has its own symbol and headline. It stays until the next scan.

Painted without style sheets once built: the panel draws its own background and the labels take
their colour from their palette (a style sheet set at each result re-polished every label, about
a millisecond of the scan). Its minimum size is fixed: the attention band and a long note use the
panel's room and never change the window's minimum size (which pushed the window past a 768-pixel
screen and sent the window manager new size hints at each attention scan).
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QLocale, QSize, Qt
from PySide6.QtGui import QColor, QPainter, QPaintEvent, QPalette
from PySide6.QtWidgets import QFrame, QLabel, QVBoxLayout, QWidget

from mornings_desktop.services.checkin import ScanResult
from mornings_desktop.services.workspace import Workspace
from mornings_desktop.wording import checkin_results, labels
from mornings_desktop.wording.tr import Words

CTX = "CheckinResult"

# result -> (background, symbol); the words are in mornings_desktop.wording.checkin_results
STYLES: dict[str, tuple[str, str]] = {
    "admitted": ("#1b7f3b", "✔"),
    # admitted, but read the band first (a note, a VIP, a speaker): its own colour and symbol
    "attention": ("#0b5e55", "✔ ★"),
    "already": ("#a35a00", "↻"),
    "wrong_event": ("#6a2c91", "⚠"),
    "cancelled": ("#7a1f1f", "⊘"),
    "unknown": ("#34495e", "?"),
    "invalid": ("#b71c1c", "✖"),
    "error": ("#b71c1c", "⚠"),
    "undone": ("#455a64", "↶"),
    "ready": ("#eceff1", "▣"),
    # while someone types: neutral, never the last person's result
    "search": ("#eceff1", "⌨"),
    "no_match": ("#fff8e1", "∅"),
    "tickets_only": ("#fff8e1", "▣"),  # a name typed at the kiosk: show the ticket
}
NEUTRAL = ("ready", "search", "no_match", "tickets_only")  # dark text on a light background
LONG_HEADLINE = ("no_match", "tickets_only")  # the symbol and empty lines give it their room


def words() -> Words:
    """The interface's language (set by i18n.install_translations) and Qt's translator."""
    return Words(QLocale().name()[:2] or "en", QCoreApplication.translate)


def headline(result: str, *, kiosk: bool = False) -> str:
    return checkin_results.headline(words(), result, kiosk=kiosk)


def category_labels(ws: Workspace, language: str) -> dict[str, str]:
    """Category key -> the label staff read, in the interface's language."""
    return labels.category_labels(ws, language)


def details(
    r: ScanResult, category_names: dict[str, str] | None = None, *, kiosk: bool = False
) -> str:
    """The second line: what staff need to act on, in words (`kiosk`: what a visitor can do)."""
    return checkin_results.details(words(), r, category_names, kiosk=kiosk)


class ResultPanel(QFrame):
    def __init__(
        self, parent: QWidget | None = None, *, scale: float = 1.0, kiosk: bool = False
    ) -> None:
        super().__init__(parent)
        self.setObjectName("resultPanel")
        self.kiosk = kiosk  # visitors read it: no name search, no walk-in (checkin_results)
        self.result: str = "ready"
        self.attention = False  # an admission painted "admitted — attention"
        self.category_labels: dict[str, str] = {}  # filled by the screen; keys shown otherwise
        self.flag_labels: dict[str, str] = {}  # the organiser's (flag_list); else built-in ones
        self.symbol = QLabel()
        self.title = QLabel()
        self.name = QLabel()
        self.info = QLabel()
        self.detail = QLabel()
        # What staff must read before letting an "attention" admission in: big, dark on yellow.
        self.flag = QLabel()
        self.flag.setObjectName("resultFlag")
        self.note = QLabel()  # the badge: printed or not, and any printing problem (never red)
        self.note.setObjectName("resultNote")
        for label, size, bold in (
            (self.symbol, 64, True),
            (self.title, 34, True),
            (self.name, 30, True),
            (self.info, 18, False),
            (self.detail, 16, False),
            (self.flag, 18, True),  # flags and a note on a 680-pixel window: 3 lines fit
            (self.note, 13, False),
        ):
            label.setAlignment(Qt.AlignmentFlag.AlignCenter)
            label.setWordWrap(True)
            font = label.font()
            font.setPointSize(int(size * scale))
            font.setBold(bold)
            label.setFont(font)
        layout = QVBoxLayout(self)
        for label in (
            self.symbol,
            self.title,
            self.name,
            self.info,
            self.detail,
            self.flag,
            self.note,
        ):
            layout.addWidget(label)
        # The band's own look never changes: dark on yellow, framed.
        self.flag.setStyleSheet(
            "background: #ffd54f; color: #1a1a1a; border: 3px solid #1a1a1a;"
            " border-radius: 6px; padding: 6px;"
        )
        self.flag.setVisible(False)
        self._background = QColor(STYLES["ready"][0])
        self._foreground = ""
        self.setAccessibleName(QCoreApplication.translate("CheckinResult", "Check-in result"))
        self._compact = False
        self.show_ready()
        self._minimum = layout.minimumSize()  # one line each, no band: what the window keeps
        # While people found are listed the big symbol and the lines a search leaves empty step
        # aside for the list (a 768-pixel screen showed two rows and a half of it); the minimum
        # only ever gets smaller.
        self._spare = (self.symbol, self.name, self.info, self.note)
        self._spare_room = sum(w.sizeHint().height() + layout.spacing() for w in self._spare)

    def minimumSizeHint(self) -> QSize:
        """Fixed (see the module's text): a result's words never resize the window."""
        if not hasattr(self, "_minimum"):
            return super().minimumSizeHint()
        if self._compact:
            return QSize(self._minimum.width(), self._minimum.height() - self._spare_room)
        return QSize(self._minimum)

    def set_compact(self, compact: bool) -> None:
        """People found are listed under the panel (`compact`): the headline and how many were
        found only, and a smaller minimum."""
        if compact == self._compact:
            return
        self._compact = compact
        for widget in self._spare:
            widget.setVisible(not compact)
        self.updateGeometry()

    def paintEvent(self, event: QPaintEvent) -> None:
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        painter.setPen(Qt.PenStyle.NoPen)
        painter.setBrush(self._background)
        painter.drawRoundedRect(self.rect(), 12, 12)
        painter.end()

    def _paint(self, result: str, style: str = "") -> None:
        """Show `result` (kept in `self.result`) in the colours of `style` (default: the same)."""
        style = style or result
        bg, symbol = STYLES.get(style, STYLES["unknown"])
        fg = "#263238" if style in NEUTRAL else "#ffffff"
        self.result = result
        self.attention = style == "attention"
        if QColor(bg) != self._background:
            self._background = QColor(bg)
            self.update()
        if fg != self._foreground:  # only between a light and a dark background
            self._foreground = fg
            for label in (self.symbol, self.title, self.name, self.info, self.detail, self.note):
                palette = label.palette()
                palette.setColor(QPalette.ColorRole.WindowText, QColor(fg))
                label.setPalette(palette)
        if not self.flag.isHidden():  # a call on a hidden widget still costs ~0.1 ms
            self.flag.setText("")
            self.flag.setVisible(False)
        # The symbol steps aside for the band (`show_result`), for the list (`set_compact`) and
        # for "no result"'s two-line headline (it was cut at both ends in a 680-pixel window).
        # "No result" leaves the info and note lines empty: their room goes to the headline too.
        shown = not self._compact and style not in LONG_HEADLINE
        for label in (self.symbol, self.info, self.note):
            if label.isHidden() == shown:  # only a change costs a call
                label.setVisible(shown)
        self.symbol.setText(symbol)
        self.title.setText(headline(style, kiosk=self.kiosk))

    def show_ready(self) -> None:
        self._paint("ready")
        for label in (self.name, self.info, self.detail, self.note):
            label.setText("")

    def show_searching(self, found: int = 0) -> None:
        """Someone is typing: neutral, with how many people the search found."""
        self._paint("search")
        for label in (self.name, self.info, self.detail, self.note):
            label.setText("")
        if found == 1:  # what Enter does: one person found is admitted
            self.detail.setText(
                QCoreApplication.translate("CheckinResult", "1 person found: Enter to admit.")
            )
        elif found:  # several: Enter (or an arrow) chooses first, the next Enter admits
            self.detail.setText(
                QCoreApplication.translate(
                    "CheckinResult",
                    "%n people found: Enter or ↑ ↓ to choose, then Enter to admit.",
                    "",
                    found,
                )
            )
        self._describe()

    def show_no_match(self, typed: str) -> None:
        """A name with no match: say so; Ctrl+N opens the walk-in form with the typed name."""
        self._paint("no_match")
        self.name.setText(f"« \u2068{typed}\u2069 »")  # isolated: a Latin name in Arabic
        for label in (self.info, self.note):
            label.setText("")
        self.detail.setText(
            QCoreApplication.translate(
                "CheckinResult",
                "No one of this Morning matches. Check the spelling, or press Ctrl+N to register "
                "a walk-in with this name.",
            )
        )
        self._describe()

    def show_tickets_only(self) -> None:
        """A name typed at the kiosk: one sentence, show the ticket or ask the staff (the kiosk
        finds no one by name, and says nothing of the people registered)."""
        self._paint("tickets_only")
        for label in (self.name, self.info, self.detail, self.note):
            label.setText("")
        self._describe()

    def show_result(self, r: ScanResult) -> None:
        self._paint(r.result, "attention" if r.needs_attention else "")
        self.name.setText(r.name or r.code)
        category = self.category_labels.get(r.category, r.category)
        regular = checkin_results.attendance(words(), r.mornings_attended) if r.ok else ""
        # In Arabic a French organisation first would turn the whole line left to right.
        organisation = words().isolate(r.organisation)
        self.info.setText(" · ".join(p for p in (organisation, category, regular) if p))
        self.detail.setText(details(r, self.category_labels, kiosk=self.kiosk))
        if r.needs_attention:
            self.flag.setText(
                checkin_results.attention(words(), r, self.category_labels, self.flag_labels)
            )
            self.flag.setVisible(True)
            # Flags and a note need the room (a 680-pixel window cut the band in half): the big
            # symbol steps aside; the headline says "attention" and the band has its own ⚑.
            self.symbol.setVisible(False)
        self.note.setText("")
        self._describe()

    def show_note(self, text: str) -> None:
        """A line under the result (the badge's status); the result itself does not change."""
        self.note.setText(text)
        self._describe()

    def _describe(self) -> None:
        self.setAccessibleDescription(
            " ".join(
                p
                for p in (
                    f"{self.title.text()}: {self.name.text()}.",
                    self.detail.text(),
                    self.flag.text(),
                    self.note.text(),
                )
                if p
            )
        )

    def show_undone(self, name: str, when: str) -> None:
        self._paint("undone")
        self.name.setText(name)
        self.info.setText("")
        self.note.setText("")
        self.detail.setText(
            QCoreApplication.translate(
                "CheckinResult", "The check-in of {time} no longer counts."
            ).format(time=when[11:16])
        )

    def text(self) -> str:
        """Everything the panel says, for tests and screen readers."""
        return " | ".join(
            label.text()
            for label in (self.title, self.name, self.info, self.detail, self.flag, self.note)
            if label.text()
        )
