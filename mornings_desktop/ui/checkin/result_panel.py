"""The big answer, readable from two metres: colour, a symbol, words, and the person.

Never colour alone: each result has its own symbol and headline. It stays until the next scan.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import QFrame, QLabel, QVBoxLayout, QWidget

from mornings_desktop.errors import QT_TRANSLATE_NOOP
from mornings_desktop.services import categories
from mornings_desktop.services.checkin import ScanResult
from mornings_desktop.services.workspace import Workspace

CTX = "CheckinResult"

# result -> (background, symbol, headline)
STYLES: dict[str, tuple[str, str, str]] = {
    "admitted": ("#1b7f3b", "✔", QT_TRANSLATE_NOOP("CheckinResult", "Admitted")),
    "already": ("#a35a00", "↻", QT_TRANSLATE_NOOP("CheckinResult", "Already checked in")),
    "wrong_event": ("#6a2c91", "⚠", QT_TRANSLATE_NOOP("CheckinResult", "Not for this Morning")),
    "cancelled": ("#7a1f1f", "⊘", QT_TRANSLATE_NOOP("CheckinResult", "Cancelled")),
    "unknown": ("#34495e", "?", QT_TRANSLATE_NOOP("CheckinResult", "Unknown ticket")),
    "invalid": ("#b71c1c", "✖", QT_TRANSLATE_NOOP("CheckinResult", "Invalid code")),
    "error": ("#b71c1c", "⚠", QT_TRANSLATE_NOOP("CheckinResult", "NOT SAVED")),
    "undone": ("#455a64", "↶", QT_TRANSLATE_NOOP("CheckinResult", "Check-in undone")),
    "ready": (
        "#eceff1",
        "▣",
        QT_TRANSLATE_NOOP("CheckinResult", "Ready: scan a ticket or type a name"),
    ),
    # while someone types: neutral, never the last person's result
    "search": ("#eceff1", "⌨", QT_TRANSLATE_NOOP("CheckinResult", "Searching…")),
    "no_match": (
        "#fff8e1",
        "∅",
        QT_TRANSLATE_NOOP("CheckinResult", "No result — Ctrl+N to register them on the spot"),
    ),
}
NEUTRAL = ("ready", "search", "no_match")  # dark text on a light background


def _tr(text: str) -> str:
    return QCoreApplication.translate(CTX, text)


def headline(result: str) -> str:
    return _tr(STYLES.get(result, STYLES["unknown"])[2])


def category_labels(ws: Workspace, language: str) -> dict[str, str]:
    """Category key -> the label staff read (French unless the interface is in English)."""
    english = language == "en"
    known = categories.default_infos() + categories.list_categories(ws, seed=False)
    return {c.key: (c.label_en if english else c.label_fr) or c.key for c in known}


def details(r: ScanResult, labels: dict[str, str] | None = None) -> str:
    """The second line: what staff need to act on, in words."""
    clock = r.at[11:16] if r.at else ""
    if r.result == "admitted":
        return QCoreApplication.translate("CheckinResult", "Welcome! Category: {category}.").format(
            category=(labels or {}).get(r.category, r.category)
        )
    if r.result == "already":
        return QCoreApplication.translate(
            "CheckinResult", "Arrived at {time} at desk {desk} — do not admit again."
        ).format(time=clock, desk=r.desk)
    if r.result == "wrong_event":
        return QCoreApplication.translate(
            "CheckinResult", "This ticket is for {title} on {date}."
        ).format(title=r.other_morning_title, date=r.other_morning_date)
    if r.result == "cancelled":
        return QCoreApplication.translate(
            "CheckinResult", "This registration was cancelled. Send the person to an organiser."
        )
    if r.result == "unknown" and r.reason == "not_synced":
        return QCoreApplication.translate(
            "CheckinResult",
            "A valid ticket of ours, not yet on this desk: sync, or find the person by name.",
        )
    if r.result == "unknown":
        return QCoreApplication.translate(
            "CheckinResult", "No ticket matches. Find the person by name, or register a walk-in."
        )
    if r.result == "invalid" and r.reason == "revoked":
        return QCoreApplication.translate(
            "CheckinResult",
            "This ticket was replaced by a newer one: ask for the new ticket, or search by name.",
        )
    if r.result == "invalid":
        return QCoreApplication.translate(
            "CheckinResult",
            "Not a valid ticket code (misread, altered, or another organisation's).",
        )
    if r.result == "error":
        return QCoreApplication.translate(
            "CheckinResult",
            "The check-in was NOT saved: {problem} The queue can go on; scan again once fixed.",
        ).format(problem=r.message.removeprefix("NOT SAVED — "))
    return r.message


class ResultPanel(QFrame):
    def __init__(self, parent: QWidget | None = None, *, scale: float = 1.0) -> None:
        super().__init__(parent)
        self.setObjectName("resultPanel")
        self.result: str = "ready"
        self.category_labels: dict[str, str] = {}  # filled by the screen; keys shown otherwise
        self.symbol = QLabel()
        self.title = QLabel()
        self.name = QLabel()
        self.info = QLabel()
        self.detail = QLabel()
        self.note = QLabel()  # the badge: printed or not, and any printing problem (never red)
        self.note.setObjectName("resultNote")
        for label, size, bold in (
            (self.symbol, 64, True),
            (self.title, 34, True),
            (self.name, 30, True),
            (self.info, 18, False),
            (self.detail, 16, False),
            (self.note, 13, False),
        ):
            label.setAlignment(Qt.AlignmentFlag.AlignCenter)
            label.setWordWrap(True)
            label.setStyleSheet(
                f"font-size: {int(size * scale)}pt; {'font-weight: bold;' if bold else ''}"
                " background: transparent;"
            )
        layout = QVBoxLayout(self)
        for label in (self.symbol, self.title, self.name, self.info, self.detail, self.note):
            layout.addWidget(label)
        self.setAccessibleName(QCoreApplication.translate("CheckinResult", "Check-in result"))
        self.show_ready()

    def _paint(self, result: str) -> None:
        bg, symbol, _ = STYLES.get(result, STYLES["unknown"])
        fg = "#263238" if result in NEUTRAL else "#ffffff"
        self.result = result
        self.setStyleSheet(
            f"#resultPanel {{ background: {bg}; border-radius: 12px; }}"
            f" #resultPanel QLabel {{ color: {fg}; }}"
        )
        self.symbol.setText(symbol)
        self.title.setText(headline(result))

    def show_ready(self) -> None:
        self._paint("ready")
        for label in (self.name, self.info, self.detail, self.note):
            label.setText("")

    def show_searching(self, found: int = 0) -> None:
        """Someone is typing: neutral, with how many people the search found."""
        self._paint("search")
        for label in (self.name, self.info, self.detail, self.note):
            label.setText("")
        if found:
            self.detail.setText(
                QCoreApplication.translate(
                    "CheckinResult", "%n person(s) found: ↑ ↓ to choose, Enter to admit.", "", found
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

    def show_result(self, r: ScanResult) -> None:
        self._paint(r.result)
        self.name.setText(r.name or r.code)
        category = self.category_labels.get(r.category, r.category)
        self.info.setText(" · ".join(p for p in (r.organisation, category) if p))
        self.detail.setText(details(r, self.category_labels))
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
            for label in (self.title, self.name, self.info, self.detail, self.note)
            if label.text()
        )
