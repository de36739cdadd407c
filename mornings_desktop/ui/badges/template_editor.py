"""The template editor: the organiser's own badge stock, saved as JSON in their data folder.

Every length in millimetres. The dialog refuses to save a template whose badges do not fit on the
page (or overlap), saying which dimension is wrong, and keeps the dialog open to fix it.
"""

from __future__ import annotations

import re
from dataclasses import replace
from pathlib import Path

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QColor
from PySide6.QtWidgets import (
    QCheckBox,
    QColorDialog,
    QDialog,
    QDialogButtonBox,
    QDoubleSpinBox,
    QFileDialog,
    QFormLayout,
    QGridLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from mornings_desktop.documents.badge_catalogue import save_user_template
from mornings_desktop.documents.badge_templates import (
    DEFAULT_FONTS,
    FIELDS,
    MM,
    BadgeTemplate,
    check_fits,
)
from mornings_desktop.errors import UserError
from mornings_desktop.services.badges import DEFAULT_PALETTE
from mornings_desktop.ui.dialogs import translate_error
from mornings_desktop.ui.folders import in_documents


def ask_colour(parent: QWidget | None, current: str, title: str) -> str | None:
    """Qt's colour dialog; the colour as #RRGGBB, or None if cancelled (tests replace this)."""
    colour = QColorDialog.getColor(QColor(current), parent, title)
    return colour.name().upper() if colour.isValid() else None


def ask_logo(parent: QWidget | None) -> str | None:
    path, _ = QFileDialog.getOpenFileName(
        parent,
        QCoreApplication.translate("TemplateEditor", "Logo"),
        in_documents(),
        "Images (*.png *.jpg *.jpeg)",
    )
    return path or None


def _slug(text: str) -> str:
    slug = re.sub(r"[^a-z0-9]+", "-", text.lower()).strip("-")
    return slug[:60] or "my-badges"


def _mm_box(value: float, maximum: float = 1000.0) -> QDoubleSpinBox:
    box = QDoubleSpinBox()
    box.setRange(0.0, maximum)
    box.setDecimals(2)
    box.setSingleStep(0.5)
    box.setSuffix(" mm")
    box.setValue(value)
    return box


class TemplateEditor(QDialog):
    def __init__(
        self,
        template: BadgeTemplate | None,
        folder: Path,
        categories: dict[str, str],
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Badge template"))
        self.folder = folder
        self.saved_id: str | None = None
        self.base = template
        t = template or _blank()
        self.name = QLineEdit(t.name_fr if template else "")
        self.name.setPlaceholderText(self.tr("For example: Badges 90 × 55 mm, 10 per sheet"))
        self.page_w, self.page_h = _mm_box(t.page_width / MM), _mm_box(t.page_height / MM)
        self.badge_w, self.badge_h = _mm_box(t.badge_width / MM), _mm_box(t.badge_height / MM)
        self.columns, self.rows = QSpinBox(), QSpinBox()
        for count_box, value in ((self.columns, t.columns), (self.rows, t.rows)):
            count_box.setRange(1, 20)
            count_box.setValue(value)
        self.left, self.top = _mm_box(t.left / MM), _mm_box(t.top / MM)
        self.pitch_x, self.pitch_y = _mm_box(t.pitch_x / MM), _mm_box(t.pitch_y / MM)
        self.padding = _mm_box(t.padding / MM, 30)
        self.cut_marks = QCheckBox(self.tr("Cut marks"))
        self.cut_marks.setChecked(t.cut_marks)
        self.fields: dict[str, QCheckBox] = {}
        field_names = {
            "last_name": self.tr("Last name"),
            "organisation": self.tr("Organisation"),
            "job_title": self.tr("Job title"),
            "qr": self.tr("Ticket QR code"),
            "category": self.tr("Category band"),
            "flags": self.tr("Flags printed on badges (VIP…), in the band"),
            "morning": self.tr("Morning's title and date"),
            "logo": self.tr("Logo"),
        }
        for key in FIELDS:
            self.fields[key] = QCheckBox(field_names[key])
            self.fields[key].setChecked(t.show(key))
        self.fonts: dict[str, QDoubleSpinBox] = {}
        font_names = {
            "first_name": self.tr("First name"),
            "last_name": self.tr("Last name"),
            "organisation": self.tr("Organisation"),
            "job_title": self.tr("Job title"),
            "category": self.tr("Category"),
            "morning": self.tr("Morning"),
            "minimum": self.tr("Smallest size for long names"),
        }
        for key in DEFAULT_FONTS:
            box = QDoubleSpinBox()
            box.setRange(3, 200)
            box.setSuffix(" pt")
            box.setValue(t.fonts.get(key, DEFAULT_FONTS[key]))
            self.fonts[key] = box
        self.colours: dict[str, str] = dict(t.colours)
        self.colour_buttons: dict[str, QPushButton] = {}
        self.logo = QLineEdit("" if t.logo in (None, "default") else str(t.logo))
        self.logo.setPlaceholderText(self.tr("The association's logo"))
        logo_button = QPushButton(self.tr("Choose…"))
        logo_button.clicked.connect(self._choose_logo)
        self.error = QLabel()
        self.error.setWordWrap(True)
        self.error.setStyleSheet("color: #b00020;")
        self.error.hide()

        geometry = QFormLayout()
        geometry.addRow(self.tr("&Name:"), self.name)
        geometry.addRow(self.tr("Page width:"), self.page_w)
        geometry.addRow(self.tr("Page height:"), self.page_h)
        geometry.addRow(self.tr("Badge width:"), self.badge_w)
        geometry.addRow(self.tr("Badge height:"), self.badge_h)
        geometry.addRow(self.tr("Columns:"), self.columns)
        geometry.addRow(self.tr("Rows:"), self.rows)
        geometry.addRow(self.tr("First badge from the left:"), self.left)
        geometry.addRow(self.tr("First badge from the top:"), self.top)
        geometry.addRow(self.tr("Horizontal pitch:"), self.pitch_x)
        geometry.addRow(self.tr("Vertical pitch:"), self.pitch_y)
        geometry.addRow(self.tr("Inner margin:"), self.padding)
        geometry.addRow("", self.cut_marks)
        content = QGroupBox(self.tr("On the badge"))
        content_layout = QVBoxLayout(content)
        for check in self.fields.values():
            content_layout.addWidget(check)
        logo_row = QHBoxLayout()
        logo_row.addWidget(self.logo, 1)
        logo_row.addWidget(logo_button)
        content_layout.addLayout(logo_row)
        fonts = QGroupBox(self.tr("Font sizes"))
        fonts_layout = QFormLayout(fonts)
        for key, font_box in self.fonts.items():
            fonts_layout.addRow(font_names[key] + ":", font_box)
        colours = QGroupBox(self.tr("Colours per category"))
        colours_layout = QGridLayout(colours)
        for i, (key, label) in enumerate(categories.items()):
            button = QPushButton()
            button.clicked.connect(lambda _c=False, k=key, lbl=label: self._choose_colour(k, lbl))
            self.colour_buttons[key] = button
            colours_layout.addWidget(QLabel(label), i, 0)
            colours_layout.addWidget(button, i, 1)
            self._paint(key)
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel
        )
        self.buttons.accepted.connect(self.save)
        self.buttons.rejected.connect(self.reject)
        columns = QHBoxLayout()
        columns.addLayout(geometry)
        right = QVBoxLayout()
        right.addWidget(content)
        right.addWidget(fonts)
        columns.addLayout(right)
        columns.addWidget(colours)
        layout = QVBoxLayout(self)
        layout.addLayout(columns)
        layout.addWidget(self.error)
        layout.addWidget(self.buttons)

    def _paint(self, key: str) -> None:
        colour = self.colours.get(key) or DEFAULT_PALETTE.get(key, ("", "", "#555555"))[2]
        button = self.colour_buttons[key]
        button.setText(colour + ("" if key in self.colours else " " + self.tr("(default)")))
        text = "#000000" if QColor(colour).lightness() > 140 else "#FFFFFF"
        button.setStyleSheet(f"background: {colour}; color: {text};")

    def _choose_colour(self, key: str, label: str) -> None:
        current = self.colours.get(key) or DEFAULT_PALETTE.get(key, ("", "", "#555555"))[2]
        chosen = ask_colour(self, current, label)
        if chosen:
            self.colours[key] = chosen
            self._paint(key)

    def _choose_logo(self) -> None:
        path = ask_logo(self)
        if path:
            self.logo.setText(path)

    def template(self) -> BadgeTemplate:
        """The template as typed (not yet checked)."""
        name = " ".join(self.name.text().split())
        base = self.base if self.base is not None and self.base.source == "user" else None
        template_id = base.id if base is not None else _slug(name)
        logo = self.logo.text().strip() or "default"
        return replace(
            _blank(),
            id=template_id,
            name_fr=name or template_id,
            name_en=name or template_id,
            name_ar=name or template_id,
            page_width=self.page_w.value() * MM,
            page_height=self.page_h.value() * MM,
            badge_width=self.badge_w.value() * MM,
            badge_height=self.badge_h.value() * MM,
            columns=self.columns.value(),
            rows=self.rows.value(),
            left=self.left.value() * MM,
            top=self.top.value() * MM,
            pitch_x=self.pitch_x.value() * MM,
            pitch_y=self.pitch_y.value() * MM,
            padding=self.padding.value() * MM,
            cut_marks=self.cut_marks.isChecked(),
            continuous=self.base.continuous if self.base else False,
            fonts={k: box.value() for k, box in self.fonts.items()},
            fields={k: box.isChecked() for k, box in self.fields.items()},
            colours=dict(self.colours),
            logo=logo if self.fields["logo"].isChecked() else None,
            source="user",
        )

    def save(self) -> None:
        if not " ".join(self.name.text().split()):
            self._show(self.tr("The template needs a name."))
            self.name.setFocus()
            return
        template = self.template()
        try:
            check_fits(template)
            if template.logo not in (None, "default") and not Path(str(template.logo)).is_file():
                self._show(
                    self.tr("The logo file {file} does not exist.").format(file=template.logo)
                )
                return
            save_user_template(template, self.folder)
        except UserError as exc:
            self._show(translate_error(exc))
            return
        except OSError as exc:
            self._show(str(exc))
            return
        self.saved_id = template.id
        self.accept()

    def _show(self, text: str) -> None:
        self.error.setText("⚠ " + text)
        self.error.show()


def _blank() -> BadgeTemplate:
    """A starting point: A4 with 2 x 5 badges of 90 x 55 mm."""
    return BadgeTemplate(
        id="my-badges",
        name_fr="",
        name_en="",
        unit="mm",
        page_width=210 * MM,
        page_height=297 * MM,
        badge_width=90 * MM,
        badge_height=55 * MM,
        columns=2,
        rows=5,
        left=15 * MM,
        top=11 * MM,
        pitch_x=90 * MM,
        pitch_y=55 * MM,
        cut_marks=True,
        source="user",
    )
