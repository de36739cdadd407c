"""The Badges screen: template, whom to print, a true-scale preview, Save PDF and Print."""

from __future__ import annotations

from dataclasses import replace

from PySide6.QtCore import Qt
from PySide6.QtGui import QPixmap, QShowEvent
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QScrollArea,
    QSplitter,
    QVBoxLayout,
    QWidget,
)

from mornings_desktop.documents.badge_catalogue import Catalogue, load_catalogue
from mornings_desktop.documents.badge_data import RenderResult
from mornings_desktop.documents.badge_templates import BadgeTemplate
from mornings_desktop.errors import UserError
from mornings_desktop.services import badges
from mornings_desktop.services.changes import Changes, Kind
from mornings_desktop.services.registrations import RegistrationRow
from mornings_desktop.ui.badges import output, printing
from mornings_desktop.ui.badges.model import BadgeSelectionModel
from mornings_desktop.ui.badges.preview import Preview, preview_job
from mornings_desktop.ui.badges.printing import user_templates_dir
from mornings_desktop.ui.dialogs import show_error, translate_error
from mornings_desktop.ui.state import AppState
from mornings_desktop.ui.table_view import row_table, select_row

EVERYONE, CHECKED_IN, NOT_PRINTED, CATEGORY, PERSON = range(5)


def open_template_editor(screen: BadgesScreen, template: BadgeTemplate | None) -> str | None:
    """Show the template editor; returns the saved template's id or None (tests replace it)."""
    from mornings_desktop.ui.badges.template_editor import TemplateEditor

    editor = TemplateEditor(template, user_templates_dir(), screen.category_labels(), screen)
    return editor.saved_id if editor.exec() else None


def open_calibration(screen: BadgesScreen) -> None:
    """Show the calibration dialog (tests replace it)."""
    from mornings_desktop.ui.badges.calibration import CalibrationDialog

    CalibrationDialog(screen.state.settings, screen.template(), screen.state.jobs, screen).exec()


class BadgesScreen(QWidget):
    def __init__(self, state: AppState, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.state = state
        self.catalogue = Catalogue([], [])
        self._previews_asked = 0  # the latest preview asked of a job (older ones are dropped)
        self.last_result: RenderResult | None = None

        heading = QLabel(self.tr("Badges"))
        heading.setStyleSheet("font-size: 20pt; font-weight: bold;")
        self.template_box = QComboBox()
        self.template_box.setAccessibleName(self.tr("Badge template"))
        self.edit_template_button = QPushButton(self.tr("&Edit template…"))
        self.new_template_button = QPushButton(self.tr("&New template…"))
        self.calibrate_button = QPushButton(self.tr("Ca&librate printer…"))
        self.selection_box = QComboBox()
        self.selection_box.addItems(
            [
                self.tr("Everyone"),
                self.tr("Checked in only"),
                self.tr("Not yet printed"),
                self.tr("One category"),
                self.tr("The selected person"),
            ]
        )
        self.category_box = QComboBox()
        self.category_box.setAccessibleName(self.tr("Category"))
        self.double_sided = QCheckBox(self.tr("&Double-sided (mirrored backs)"))
        self.double_sided.setChecked(bool(state.settings.get(printing.DOUBLE_SIDED)))
        self.count_label = QLabel()
        self.warning_label = QLabel()
        self.warning_label.setWordWrap(True)
        self.warning_label.setStyleSheet("color: #8a4b00;")
        self.save_button = QPushButton(self.tr("&Save PDF…"))
        self.print_button = QPushButton(self.tr("&Print…"))
        self.print_button.setDefault(True)

        self.model = BadgeSelectionModel(self)
        self.table = row_table(self.model, BadgeSelectionModel.NAME)
        self.table.setAccessibleName(self.tr("People on the badges"))

        self.preview = QLabel()
        self.preview.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.preview.setAccessibleName(self.tr("Preview of the first page at true scale"))
        self.preview_area = QScrollArea()
        # A page, not a line of text: it opens on its left edge in Arabic too (right to left it
        # opened on the right edge, the first column of badges out of sight).
        self.preview_area.setLayoutDirection(Qt.LayoutDirection.LeftToRight)
        self.preview_area.setWidget(self.preview)
        self.preview_area.setWidgetResizable(True)
        self.preview_caption = QLabel()

        form = QFormLayout()
        template_row = QHBoxLayout()
        template_row.addWidget(self.template_box, 1)
        template_row.addWidget(self.edit_template_button)
        template_row.addWidget(self.new_template_button)
        template_label = QLabel(self.tr("&Template:"))
        template_label.setBuddy(self.template_box)
        form.addRow(template_label, template_row)
        selection_row = QHBoxLayout()
        selection_row.addWidget(self.selection_box, 1)
        selection_row.addWidget(self.category_box, 1)
        whom_label = QLabel(self.tr("&Whom:"))
        whom_label.setBuddy(self.selection_box)
        form.addRow(whom_label, selection_row)
        form.addRow("", self.double_sided)

        buttons = QHBoxLayout()
        buttons.addWidget(self.count_label, 1)
        buttons.addWidget(self.calibrate_button)
        buttons.addWidget(self.save_button)
        buttons.addWidget(self.print_button)

        left = QWidget()
        left_layout = QVBoxLayout(left)
        left_layout.setContentsMargins(0, 0, 0, 0)
        left_layout.addLayout(form)
        left_layout.addWidget(self.table, 1)
        right = QWidget()
        right_layout = QVBoxLayout(right)
        right_layout.setContentsMargins(0, 0, 0, 0)
        right_layout.addWidget(self.preview_caption)
        right_layout.addWidget(self.preview_area, 1)
        splitter = QSplitter()
        splitter.addWidget(left)
        splitter.addWidget(right)
        splitter.setStretchFactor(1, 1)
        splitter.setSizes([520, 880])

        layout = QVBoxLayout(self)
        layout.addWidget(heading)
        layout.addWidget(splitter, 1)
        layout.addWidget(self.warning_label)
        layout.addLayout(buttons)

        self.template_box.currentIndexChanged.connect(lambda _i: self._template_changed())
        self.selection_box.currentIndexChanged.connect(lambda _i: self.refresh())
        self.category_box.currentIndexChanged.connect(lambda _i: self.refresh())
        self.double_sided.toggled.connect(self._double_sided_changed)
        self.table.selectionModel().currentRowChanged.connect(lambda *_: self._person_changed())
        self.edit_template_button.clicked.connect(lambda: self.edit_template(new=False))
        self.new_template_button.clicked.connect(lambda: self.edit_template(new=True))
        self.calibrate_button.clicked.connect(lambda: open_calibration(self))
        self.save_button.clicked.connect(self.save_pdf)
        self.print_button.clicked.connect(self.print_badges)
        state.current_morning_changed.connect(lambda _m: self.refresh_when_seen())
        state.data_changed.connect(self._on_data_changed)
        self._stale = True
        self.reload_templates()

    # The check-in desk commits a scan every few seconds: a hidden Badges screen only notes that
    # it is out of date and catches up when shown, so scans never wait for a preview.
    def refresh_when_seen(self) -> None:
        if self.isVisible():
            self.refresh()
        else:
            self._stale = True

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        if self._stale:
            self.refresh()

    # -- data ------------------------------------------------------------------------------------
    def category_labels(self) -> dict[str, str]:
        styles = badges.category_styles(self.state.workspace, self.state.settings.language)
        return {key: style.label for key, style in styles.items()}

    def reload_templates(self, select: str | None = None) -> None:
        self.catalogue = load_catalogue(user_templates_dir())
        wanted = (
            select
            or self.template_box.currentData()
            or str(self.state.settings.get(printing.LAST_TEMPLATE))
        )
        language = self.state.settings.language
        self.template_box.blockSignals(True)
        self.template_box.clear()
        for t in self.catalogue.templates:
            mine = self.tr(" (mine)") if t.source == "user" else ""
            self.template_box.addItem(t.name(language) + mine, t.id)
        index = self.template_box.findData(wanted)
        self.template_box.setCurrentIndex(max(index, 0))
        self.template_box.blockSignals(False)
        self.edit_template_button.setEnabled(self.template().source == "user")

    def template(self) -> BadgeTemplate:
        return self.catalogue.get(str(self.template_box.currentData()))

    def _template_changed(self) -> None:
        self.state.settings.set(printing.LAST_TEMPLATE, str(self.template_box.currentData()))
        self.edit_template_button.setEnabled(self.template().source == "user")
        self.refresh()

    def _double_sided_changed(self, on: bool) -> None:
        self.state.settings.set(printing.DOUBLE_SIDED, on)
        self.refresh()

    def _on_data_changed(self, changes: Changes) -> None:
        if changes.any_of(
            Kind.REGISTRATIONS, Kind.PEOPLE, Kind.CHECKINS, Kind.BADGES, Kind.CATEGORIES
        ):
            self.refresh_when_seen()

    def _person_changed(self) -> None:
        if self.selection_box.currentIndex() == PERSON:
            self._update_count_and_preview()

    def _selection_args(self) -> dict[str, str | None]:
        mode = self.selection_box.currentIndex()
        only = {CHECKED_IN: "checked-in", NOT_PRINTED: "not-printed"}.get(mode)
        category = str(self.category_box.currentData() or "") if mode == CATEGORY else None
        return {"only": only, "category": category or None}

    def listed_rows(self) -> list[RegistrationRow]:
        morning_id = self.state.current_morning_id
        if not morning_id:
            return []
        return badges.select_registrations(
            self.state.workspace, morning_id, **self._selection_args()
        )

    def selected_rows(self) -> list[RegistrationRow]:
        """The registrations whose badges Save and Print produce."""
        if self.selection_box.currentIndex() == PERSON:
            row = self.table.currentIndex().row()
            return [self.model.registration(row)] if row >= 0 else []
        return [self.model.registration(i) for i in range(self.model.rowCount())]

    def refresh(self) -> None:
        self._stale = False
        morning_id = self.state.current_morning_id
        labels = self.category_labels()
        current_category = self.category_box.currentData()
        self.category_box.blockSignals(True)
        self.category_box.clear()
        for key, label in labels.items():
            self.category_box.addItem(label, key)
        self.category_box.setCurrentIndex(max(0, self.category_box.findData(current_category)))
        self.category_box.blockSignals(False)
        self.category_box.setEnabled(self.selection_box.currentIndex() == CATEGORY)
        keep = self.table.currentIndex().data(BadgeSelectionModel.IdRole)
        try:
            rows = self.listed_rows() if morning_id else []
        except UserError as exc:
            show_error(self, exc)
            rows = []
        ids = [r.id for r in rows]
        logs = badges.print_logs(self.state.workspace, ids) if rows else {}
        printed = {rid: len(entries) for rid, entries in logs.items()}
        if morning_id:
            from mornings_desktop.services import mornings

            self.model.timezone = mornings.get(self.state.workspace, morning_id).timezone
        self.model.set_rows(rows, printed, labels, logs)
        if keep:
            row = self.model.row_of(keep)
            if row >= 0:
                select_row(self.table, row)
        problems = [translate_error(e) for e in self.catalogue.errors]
        self.warning_label.setText("\n".join(f"⚠ {p}" for p in problems))
        self.warning_label.setVisible(bool(problems))
        self._update_count_and_preview()

    def _update_count_and_preview(self) -> None:
        rows = self.selected_rows()
        template = self.template()
        pages = -(-len(rows) // template.per_page) * (2 if self.double_sided.isChecked() else 1)
        self.count_label.setText(
            self.tr("%n badge(s)", "", len(rows)) + " · " + self.tr("%n page(s)", "", pages)
        )
        has = bool(rows)
        self.save_button.setEnabled(has)
        self.print_button.setEnabled(has)
        self.render_preview(rows[: template.per_page])

    def render_preview(self, rows: list[RegistrationRow]) -> None:
        """Page 1 at the screen's real size: 10 cm of badge measure 10 cm on the monitor.

        Made by a job and kept in memory (no file of people's names in a temporary folder); the
        page shown stays until the new one is ready, and a preview overtaken by a newer one is
        dropped."""
        self._previews_asked += 1
        asked = self._previews_asked
        template = self.template()
        morning_id = self.state.current_morning_id
        if not rows or not morning_id:
            self.preview.setPixmap(QPixmap())
            self.preview.setText(self.tr("No badge in this selection."))
            self.preview_caption.setText("")
            return
        job = preview_job(
            self.state.workspace, morning_id, rows, template,
            language=self.state.settings.language, dpi=self.screen_dpi(), asked=asked,
        )  # fmt: skip
        self.state.jobs.run(job, on_done=self._preview_ready, parent_widget=self, show_dialog=False)

    def _preview_ready(self, preview: Preview) -> None:
        if preview.asked != self._previews_asked:
            return  # the selection or the template changed meanwhile
        if preview.problem is not None or preview.result is None:
            self.preview.setPixmap(QPixmap())
            self.preview.setText(translate_error(preview.problem) if preview.problem else "")
            return
        self._show_warnings(preview.result)
        template = preview.template
        self.preview.setText("")
        self.preview.setPixmap(QPixmap.fromImage(preview.image))
        self.preview_caption.setText(
            self.tr("Page 1 at true scale ({w} × {h} mm)").format(
                w=f"{template.page_width / 72 * 25.4:.0f}",
                h=f"{template.page_height / 72 * 25.4:.0f}",
            )
        )

    def screen_dpi(self) -> float:
        screen = self.screen()
        dpi = screen.physicalDotsPerInch() if screen is not None else 0.0
        return dpi if 50 <= dpi <= 400 else float(self.logicalDpiX())

    # -- actions ---------------------------------------------------------------------------------
    def save_pdf(self) -> None:
        output.save_pdf(self)

    def print_badges(self) -> None:
        output.print_badges(self)

    def _show_warnings(self, result: RenderResult) -> None:
        output.show_warnings(self, result)

    def edit_template(self, new: bool) -> None:
        current = self.template()
        # A new template starts from the chosen one's geometry, under a name of its own.
        start = (
            replace(current, source="builtin", name_fr="", name_en="", name_ar="")
            if new
            else current
        )
        saved = open_template_editor(self, start)
        if saved:
            self.reload_templates(select=saved)
            self.refresh()
