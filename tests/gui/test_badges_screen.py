"""The Badges screen as an organiser uses it: choose, preview, save, print, calibrate, edit."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
import zxingcpp
from PySide6.QtCore import Qt
from PySide6.QtGui import QImage
from PySide6.QtPdf import QPdfDocument
from PySide6.QtPrintSupport import QPrinter

from mornings_desktop.documents.badge_catalogue import load_catalogue
from mornings_desktop.documents.badge_layout import Calibration, sheet_positions
from mornings_desktop.errors import UserError
from mornings_desktop.services import badges, checkin
from mornings_desktop.settings import PRINT_ON_CHECKIN
from mornings_desktop.ui.badges import output, printing
from mornings_desktop.ui.badges import screen as screen_module
from mornings_desktop.ui.badges.admission_print import print_badge_on_admission
from mornings_desktop.ui.badges.calibration import CalibrationDialog
from mornings_desktop.ui.badges.model import BadgeSelectionModel
from mornings_desktop.ui.badges.screen import CATEGORY, CHECKED_IN, PERSON, BadgesScreen
from mornings_desktop.ui.badges.template_editor import TemplateEditor

MM = 72 / 25.4


@pytest.fixture
def screen(qtbot, state, demo_morning):  # type: ignore[no-untyped-def]
    state.set_current_morning(demo_morning)
    widget = BadgesScreen(state)
    qtbot.addWidget(widget)
    widget.resize(1300, 850)
    widget.show()
    return widget


def pdf_printer(path: Path) -> QPrinter:
    printer = QPrinter(QPrinter.PrinterMode.HighResolution)
    printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
    printer.setOutputFileName(str(path))
    return printer


def qr_centres(pdf: Path, dpi: int = 150) -> list[tuple[str, float, float, float]]:
    """(code, centre x mm, centre y mm from the top-left, page width mm) of each QR on page 1."""
    doc = QPdfDocument()
    doc.load(str(pdf))
    size = doc.pagePointSize(0)
    image = doc.render(
        0, printing.QSize(round(size.width() / 72 * dpi), round(size.height() / 72 * dpi))
    )
    doc.close()
    out = []
    for b in zxingcpp.read_barcodes(image.convertToFormat(QImage.Format.Format_Grayscale8)):
        p = b.position
        cx = (p.top_left.x + p.bottom_right.x + p.top_right.x + p.bottom_left.x) / 4 / dpi * 25.4
        cy = (p.top_left.y + p.bottom_right.y + p.top_right.y + p.bottom_left.y) / 4 / dpi * 25.4
        out.append((b.text, cx, cy, size.width() / MM))
    return sorted(out)


def test_selection_model(qtmodeltester, ws, demo_morning) -> None:  # type: ignore[no-untyped-def]
    model = BadgeSelectionModel()
    rows = badges.select_registrations(ws, demo_morning)
    badges.record_prints(ws, [rows[0].id, rows[0].id, rows[1].id], "a6-single")
    logs = badges.print_logs(ws, [r.id for r in rows])
    model.set_rows(rows, badges.print_counts(ws), {"member": "Membre"}, logs)
    qtmodeltester.check(model)
    assert model.index(0, model.PRINTED).data() == "✓ 2 time(s)"
    assert model.index(1, model.PRINTED).data() == "✓ once"
    assert model.index(2, model.PRINTED).data() == "— not yet"
    # The print log of each registration, in the venue's time, as a tooltip.
    log = model.index(0, model.PRINTED).data(Qt.ItemDataRole.ToolTipRole).splitlines()
    assert len(log) == 2
    assert log[0].endswith("— printed (a6-single)") and log[1].endswith("— reprint (a6-single)")
    assert model.index(2, model.PRINTED).data(Qt.ItemDataRole.ToolTipRole) is None


def test_screen_lists_the_selection_and_previews_at_true_scale(screen, state, demo_morning) -> None:  # type: ignore[no-untyped-def]
    everyone = badges.select_registrations(state.workspace, demo_morning)
    assert screen.model.rowCount() == len(everyone)
    template = screen.template()
    pages = -(-len(everyone) // template.per_page)
    assert screen.count_label.text() == f"{len(everyone)} badge(s) · {pages} page(s)"
    pixmap = screen.preview.pixmap()
    dpi = screen.screen_dpi()
    assert pixmap.width() == round(template.page_width / 72 * dpi)
    assert pixmap.height() == round(template.page_height / 72 * dpi)
    # Checked in only: nobody yet, then the one admitted.
    screen.selection_box.setCurrentIndex(CHECKED_IN)
    assert screen.model.rowCount() == 0
    assert not screen.print_button.isEnabled()
    assert screen.preview.text() == "No badge in this selection."
    checkin.scan(state.workspace, demo_morning, everyone[3].code)
    assert screen.model.rowCount() == 1  # refreshed by data_changed
    screen.selection_box.setCurrentIndex(CATEGORY)
    assert screen.category_box.isEnabled()
    screen.category_box.setCurrentIndex(screen.category_box.findData("speaker"))
    assert {screen.model.registration(i).category for i in range(screen.model.rowCount())} == {
        "speaker"
    }
    screen.selection_box.setCurrentIndex(PERSON)
    screen.table.selectRow(2)
    assert [r.id for r in screen.selected_rows()] == [screen.model.registration(2).id]
    assert screen.count_label.text().startswith("1 badge(s)")


def test_save_pdf(screen, state, demo_morning, tmp_path, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    target = tmp_path / "badges.pdf"
    monkeypatch.setattr(printing, "ask_save_path", lambda parent, suggested: target)
    screen.template_box.setCurrentIndex(screen.template_box.findData("avery-l4785"))
    screen.double_sided.setChecked(True)
    qtbot_click(screen.save_button)
    assert target.exists()
    assert screen.last_result is not None and screen.last_result.path == target
    n = len(badges.select_registrations(state.workspace, demo_morning))
    assert screen.last_result.pages == 2 * -(-n // 10)
    # Saving is not printing: nothing logged, but the list says the PDF was saved.
    assert badges.print_counts(state.workspace) == {}
    shown = {
        screen.model.index(i, screen.model.PRINTED).data() for i in range(screen.model.rowCount())
    }
    assert "— not yet" not in shown and "▤ saved as PDF, not printed" in shown


def qtbot_click(button) -> None:  # type: ignore[no-untyped-def]
    assert button.isEnabled()
    button.click()


def test_no_printer_says_so_and_offers_to_save(screen, tmp_path, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    monkeypatch.setattr(printing, "available_printers", lambda: [])
    asked: list[str] = []

    def answer(parent, title, text):  # type: ignore[no-untyped-def]
        asked.append(text)
        return True

    monkeypatch.setattr(output, "ask_yes_no", answer)
    monkeypatch.setattr(printing, "ask_printer", lambda *a: pytest.fail("no printer to ask for"))
    monkeypatch.setattr(printing, "ask_save_path", lambda parent, suggested: tmp_path / "b.pdf")
    qtbot_click(screen.print_button)
    assert asked == ["No printer is installed on this computer. Save the badges as a PDF instead?"]
    assert (tmp_path / "b.pdf").exists()


def test_print_at_true_scale_with_the_printers_calibration(
    screen, state, demo_morning, tmp_path, monkeypatch
) -> None:  # type: ignore[no-untyped-def]
    """Printed through QtPdf onto a QPrinter (here writing a PDF): same paper size, every QR
    code where the template puts it, moved by the saved calibration, and the prints logged."""
    out = tmp_path / "printed.pdf"
    monkeypatch.setattr(printing, "available_printers", lambda: ["Desk printer"])
    monkeypatch.setattr(printing, "ask_printer", lambda parent, preferred: pdf_printer(out))
    # A PDF-writing printer has no name: its calibration is the "default" one.
    printing.save_calibration(state.settings, "", Calibration(offset_x_mm=3.0, offset_y_mm=2.0))
    screen.template_box.setCurrentIndex(screen.template_box.findData("avery-l4785"))
    screen.selection_box.setCurrentIndex(PERSON)
    screen.table.selectRow(0)
    person = screen.model.registration(0)
    reference = tmp_path / "reference.pdf"
    badges.generate(state.workspace, demo_morning, [person], screen.template(), reference)
    qtbot_click(screen.print_button)
    assert out.exists()
    ((code, x, y, page_w),) = qr_centres(out)
    ((ref_code, rx, ry, ref_w),) = qr_centres(reference)
    assert code == ref_code == person.code
    assert page_w == pytest.approx(210, abs=0.1) and ref_w == pytest.approx(210, abs=0.1)
    assert x - rx == pytest.approx(3.0, abs=0.4)
    assert y - ry == pytest.approx(2.0, abs=0.4)
    # The QR code sits on the first label's right half (18 mm in, 13 mm down, 80 x 50 mm).
    first = sheet_positions(screen.template())[0]
    assert first.x / MM < rx < first.right / MM
    assert [e.reprint for e in badges.print_log(state.workspace, person.id)] == [False]
    assert screen.model.index(0, BadgeSelectionModel.PRINTED).data() == "✓ once"


def test_print_pdf_keeps_every_page_at_100_percent(qapp, ws, demo_morning, tmp_path) -> None:  # type: ignore[no-untyped-def]
    template = load_catalogue().get("avery-5392")
    rows = badges.select_registrations(ws, demo_morning)[:6]
    source = badges.generate(ws, demo_morning, rows, template, tmp_path / "src.pdf").path
    printed = tmp_path / "printed.pdf"
    assert printing.print_pdf(source, pdf_printer(printed)) == 1
    got, want = qr_centres(printed), qr_centres(source)
    assert [g[0] for g in got] == [w[0] for w in want] and len(got) == 6
    for g, w in zip(got, want, strict=True):
        assert g[1] == pytest.approx(w[1], abs=0.3) and g[2] == pytest.approx(w[2], abs=0.3)
        assert g[3] == pytest.approx(8.5 * 25.4, abs=0.1)


def test_print_pdf_refuses_a_broken_file(qapp, tmp_path) -> None:  # type: ignore[no-untyped-def]
    broken = tmp_path / "broken.pdf"
    broken.write_bytes(b"%PDF-1.4 nothing")
    with pytest.raises(UserError, match="Cannot read the badge file"):
        printing.print_pdf(broken, pdf_printer(tmp_path / "x.pdf"))


def test_calibration_is_saved_per_printer(qtbot, state, monkeypatch, tmp_path) -> None:  # type: ignore[no-untyped-def]
    monkeypatch.setattr(printing, "available_printers", lambda: ["Zebra", "Brother QL-820"])
    template = load_catalogue().get("avery-l4785")
    dialog = CalibrationDialog(state.settings, template, state.jobs)
    qtbot.addWidget(dialog)
    dialog.printer_box.setCurrentText("Brother QL-820")
    dialog.offset_x.setValue(-1.5)
    dialog.offset_y.setValue(0.8)
    dialog.scale_x.setValue(99.5)
    dialog.save()
    assert printing.load_calibration(state.settings, "Brother QL-820") == Calibration(
        -1.5, 0.8, 0.995, 1.0
    )
    assert printing.load_calibration(state.settings, "Zebra") == Calibration()
    again = CalibrationDialog(state.settings, template, state.jobs)
    qtbot.addWidget(again)
    again.printer_box.setCurrentText("Brother QL-820")
    assert again.calibration() == Calibration(-1.5, 0.8, 0.995, 1.0)
    # The test page: rulers and crosshairs, with the calibration applied.
    monkeypatch.setattr(printing, "ask_save_path", lambda parent, suggested: tmp_path / "cal.pdf")
    again.save_test_page()
    doc = QPdfDocument()
    doc.load(str(tmp_path / "cal.pdf"))
    assert doc.pageCount() == 1
    text = doc.getAllText(0).text()
    doc.close()
    assert "20.0 / 20.0 mm" in text and "offset -1.5 / +0.8 mm" in text


def test_calibration_without_any_printer(qtbot, state, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    monkeypatch.setattr(printing, "available_printers", lambda: [])
    dialog = CalibrationDialog(state.settings, load_catalogue().get("a6-single"), state.jobs)
    qtbot.addWidget(dialog)
    assert not dialog.none_label.isHidden()
    assert not dialog.test_button.isEnabled()


def test_template_editor_refuses_badges_that_do_not_fit_then_saves(
    qtbot, data_dir, screen, monkeypatch
) -> None:  # type: ignore[no-untyped-def]
    folder = data_dir / "badge_templates"
    editor = TemplateEditor(None, folder, screen.category_labels())
    qtbot.addWidget(editor)
    editor.name.setText("Badges 90 × 60")
    editor.badge_w.setValue(90)
    editor.badge_h.setValue(60)
    editor.pitch_x.setValue(95)
    editor.pitch_y.setValue(60)
    editor.rows.setValue(5)  # 11 + 5 x 60 = 311 mm > 297
    editor.save()
    assert editor.result() == 0 and not editor.error.isHidden()
    assert "do not fit on the page" in editor.error.text()
    assert not folder.exists() or list(folder.iterdir()) == []
    editor.rows.setValue(4)
    monkeypatch.setattr(
        "mornings_desktop.ui.badges.template_editor.ask_colour", lambda *a: "#AA0000"
    )
    editor.colour_buttons["member"].click()
    editor.fields["job_title"].setChecked(False)
    editor.save()
    assert editor.saved_id == "badges-90-60"
    data = json.loads((folder / "badges-90-60.json").read_text(encoding="utf-8"))
    assert data["grid"] == {"columns": 2, "rows": 4} and data["colours"] == {"member": "#AA0000"}
    assert data["fields"]["job_title"] is False
    monkeypatch.setattr(screen_module, "open_template_editor", lambda s, t: "badges-90-60")
    screen.new_template_button.click()
    assert screen.template().id == "badges-90-60"
    assert screen.template_box.currentText().endswith("(mine)")
    assert screen.edit_template_button.isEnabled()


def test_print_on_admission_from_the_desk(state, demo_morning, monkeypatch, tmp_path) -> None:  # type: ignore[no-untyped-def]
    from concurrent.futures import ThreadPoolExecutor

    worker = ThreadPoolExecutor(max_workers=1)  # it runs on the desk's print worker, never the UI

    def print_badge(*args, **kwargs):  # type: ignore[no-untyped-def]
        return worker.submit(print_badge_on_admission, *args, **kwargs).result()

    reg = badges.select_registrations(state.workspace, demo_morning)[0]
    assert print_badge(state, reg.id).reason == "disabled"
    state.settings.set(PRINT_ON_CHECKIN, True)
    monkeypatch.setattr(printing, "available_printers", lambda: [])
    with pytest.raises(UserError, match="No badge printer is set"):
        print_badge(state, reg.id)
    monkeypatch.setattr(printing, "available_printers", lambda: ["Desk"])
    state.settings.set(printing.LAST_PRINTER, "Desk")
    sent: list[bytes] = []
    monkeypatch.setattr(printing, "print_pdf", lambda pdf, printer: sent.append(pdf) or 1)
    outcome = checkin.scan(state.workspace, demo_morning, reg.code)
    assert outcome.result == "admitted"
    done = print_badge(state, outcome.registration_id)
    assert done.printed and len(sent) == 1
    assert print_badge(state, reg.id).reason == "already-printed"
    assert print_badge(state, reg.id, reprint=True).printed
    worker.shutdown()
    assert [e.reprint for e in badges.print_log(state.workspace, reg.id)] == [False, True]


def test_area_is_registered() -> None:
    from mornings_desktop.ui.areas import discover

    area = next(a for a in discover() if a.key == "badges")
    assert (area.order, area.shortcut, area.needs_morning) == (50, "Ctrl+5", True)


def test_a_hidden_screen_does_no_work_until_shown(qtbot, state, demo_morning) -> None:  # type: ignore[no-untyped-def]
    """At the desk, scans commit while Badges is hidden: it must not rebuild its preview each time."""
    state.set_current_morning(demo_morning)
    hidden = BadgesScreen(state)
    qtbot.addWidget(hidden)
    assert hidden.model.rowCount() == 0 and hidden.preview.pixmap().isNull()
    reg = badges.select_registrations(state.workspace, demo_morning)[0]
    checkin.scan(state.workspace, demo_morning, reg.code)
    assert hidden.model.rowCount() == 0
    hidden.show()
    assert hidden.model.rowCount() == len(
        badges.select_registrations(state.workspace, demo_morning)
    )
    assert not hidden.preview.pixmap().isNull()


def test_the_preview_opens_on_the_pages_left_edge_right_to_left(screen, qtbot) -> None:  # type: ignore[no-untyped-def]
    """In Arabic the preview opened scrolled to the page's right edge: the first column of
    badges was hidden (and a single badge, top left, showed as a blank page)."""
    from PySide6.QtCore import QPoint
    from PySide6.QtGui import QPixmap

    screen.setLayoutDirection(Qt.LayoutDirection.RightToLeft)
    screen.resize(900, 600)
    screen.show()
    qtbot.waitExposed(screen)
    screen.preview.setPixmap(QPixmap(3000, 2000))
    qtbot.wait(50)
    left = screen.preview.mapTo(screen.preview_area.viewport(), QPoint(0, 0)).x()
    assert left == 0  # the page's left edge at the view's left edge


ARABIC_TEMPLATES = {
    "a4-2x4-a7": "ورقة A4 بـ 8 شارات A7 (2 × 4) للقص",
    "a6-single": "شارة واحدة في كل ورقة A6",
    "avery-5392": "ملصقات Avery 5392، 4 × 3 بوصة، 6 في كل ورقة US Letter",
    "avery-l4785": "ملصقات Avery L4785، 80 × 50 مم، 10 في كل ورقة A4",
    "brother-ql-62": "لفافة Brother QL متصلة 62 مم",
    "dymo-30856": "بطاقة شارة DYMO 30856، 62 × 106 مم",
}


def test_the_arabic_window_names_the_templates_in_arabic(qtbot, state, demo_morning) -> None:  # type: ignore[no-untyped-def]
    """Found in the Arabic window: the template picker spoke English. Each built-in template has
    an Arabic name (beginning with an Arabic word, so the line reads right to left); a person's
    own template keeps the name they gave it."""
    from mornings_desktop.settings import LANGUAGE

    state.settings.set(LANGUAGE, "ar")
    state.set_current_morning(demo_morning)
    screen = BadgesScreen(state)
    qtbot.addWidget(screen)
    shown = {
        screen.template_box.itemData(i): screen.template_box.itemText(i)
        for i in range(screen.template_box.count())
    }
    assert shown == ARABIC_TEMPLATES
    editor = TemplateEditor(None, printing.user_templates_dir(), {}, screen)
    qtbot.addWidget(editor)
    editor.name.setText("شاراتي")
    mine = editor.template()
    assert mine.name("ar") == mine.name("fr") == "شاراتي"
