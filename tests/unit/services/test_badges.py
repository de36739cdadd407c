"""Badge selection, the print log (grow-only facts) and printing at admission."""

from __future__ import annotations

import io
import itertools
import tempfile
import unicodedata
from pathlib import Path

import pytest
from pypdf import PdfReader

from mornings_desktop.documents.badge_catalogue import load_catalogue
from mornings_desktop.errors import NotFound, ValidationError
from mornings_desktop.ledger import fold
from mornings_desktop.ledger.operation import Op
from mornings_desktop.services import badge_prints, badges, checkin
from mornings_desktop.services.registrations import add_person, add_registration

CATALOGUE = load_catalogue()
A4 = CATALOGUE.get("a4-2x4-a7")


def test_selections(ws, demo_morning: str) -> None:  # type: ignore[no-untyped-def]
    everyone = badges.select_registrations(ws, demo_morning)
    assert len(everyone) >= 40
    ws.record("registration.cancelled", {"id": everyone[0].id, "reason": "test"})
    everyone = badges.select_registrations(ws, demo_morning)
    assert everyone[0].status != "cancelled" and all(r.status != "cancelled" for r in everyone)
    assert badges.select_registrations(ws, demo_morning, only="checked-in") == []
    checkin.scan(ws, demo_morning, everyone[1].code)
    assert [r.id for r in badges.select_registrations(ws, demo_morning, only="checked-in")] == [
        everyone[1].id
    ]
    speakers = badges.select_registrations(ws, demo_morning, category="speaker")
    assert speakers and all(r.category == "speaker" for r in speakers)
    one = badges.select_registrations(ws, demo_morning, registration_id=everyone[2].id)
    assert [r.id for r in one] == [everyone[2].id]
    assert len(badges.select_registrations(ws, demo_morning, only="not-printed")) == len(everyone)
    badges.record_prints(ws, [everyone[3].id, everyone[4].id], "a4-2x4-a7")
    left = badges.select_registrations(ws, demo_morning, only="not-printed")
    assert {r.id for r in left} == {r.id for r in everyone} - {everyone[3].id, everyone[4].id}
    with pytest.raises(ValidationError, match="Unknown selection"):
        badges.select_registrations(ws, demo_morning, only="tuesday")
    with pytest.raises(NotFound):
        badges.select_registrations(ws, demo_morning, registration_id="nobody")


def test_prints_are_counted_and_reprints_marked(ws, demo_morning: str) -> None:  # type: ignore[no-untyped-def]
    reg, other = (r.id for r in badges.select_registrations(ws, demo_morning)[:2])
    assert badges.print_counts(ws, [reg]) == {}
    assert badge_prints.print_count(ws, reg) == 0
    badges.record_prints(ws, [reg], "avery-l4785")
    assert badge_prints.print_count(ws, reg) == 1
    badges.record_prints(ws, [reg], "a6-single")
    badges.record_prints(ws, [reg, reg], "a6-single")
    assert badges.print_counts(ws, [reg]) == {reg: 4}
    assert (badge_prints.print_count(ws, reg), badge_prints.print_count(ws, other)) == (4, 0)
    log = badges.print_log(ws, reg)
    assert [e.reprint for e in log] == [False, True, True, True]
    assert {e.template for e in log} == {"avery-l4785", "a6-single"}


def test_print_facts_fold_in_any_order_and_only_once(ws) -> None:  # type: ignore[no-untyped-def]
    from mornings_desktop.store.schema_badges import BadgePrint

    ops = [
        Op(f"op{i}", "desk-b", i, f"0000000001{i:03d}-0000", "badge.printed",
           {"id": f"p{i}", "registration_id": "r1" if i % 2 else "r2", "at": f"2026-12-10T08:0{i}:00Z",
            "template": "a6-single", "reprint": i > 1})
        for i in range(1, 5)
    ]  # fmt: skip
    tables = []
    for order in list(itertools.permutations(ops))[:6]:
        with ws.db.write() as session:
            session.query(BadgePrint).delete()
            for op in [*order, *order]:  # each twice
                fold.apply(session, op)
            session.flush()
            tables.append(
                sorted(
                    (p.id, p.registration_id, p.at, p.reprint)
                    for p in session.query(BadgePrint).all()
                )
            )
            session.rollback()
    assert all(t == tables[0] for t in tables) and len(tables[0]) == 4


def test_generate_writes_one_whole_pdf_and_cancel_leaves_nothing(
    ws, demo_morning: str, tmp_path: Path
) -> None:  # type: ignore[no-untyped-def]
    rows = badges.select_registrations(ws, demo_morning)
    calls = []
    out = tmp_path / "out" / "badges.pdf"
    out.parent.mkdir()
    result = badges.generate(
        ws, demo_morning, rows, A4, out, progress=lambda d, t: calls.append((d, t))
    )
    assert calls[-1] == (len(rows), len(rows))
    reader = PdfReader(out)
    assert len(reader.pages) == result.pages == -(-len(rows) // 8)
    fonts = reader.pages[0]["/Resources"]["/Font"]
    names = [str(f.get_object()["/BaseFont"]) for f in fonts.values()]
    assert sum("DejaVuSans" in n for n in names) == 2  # regular and bold, embedded subsets
    box = reader.pages[0].mediabox
    assert (float(box.width), float(box.height)) == pytest.approx((595.28, 841.89), abs=0.01)

    class Stop(Exception):
        pass

    def cancel_after_two(done: int, total: int) -> None:
        if done >= 16:
            raise Stop()

    with pytest.raises(Stop):
        badges.generate(ws, demo_morning, rows, A4, tmp_path / "out" / "cancelled.pdf",
                        progress=cancel_after_two)  # fmt: skip
    assert sorted(p.name for p in out.parent.iterdir()) == ["badges.pdf"]


def test_empty_selection_is_a_clear_error_not_a_blank_pdf(ws, demo_morning, tmp_path) -> None:  # type: ignore[no-untyped-def]
    with pytest.raises(ValidationError, match="No badges to print"):
        badges.generate(ws, demo_morning, [], A4, tmp_path / "none.pdf")
    assert not (tmp_path / "none.pdf").exists()


def test_missing_logo_gives_badges_without_logo_and_a_warning(ws, demo_morning, tmp_path) -> None:  # type: ignore[no-untyped-def]
    rows = badges.select_registrations(ws, demo_morning)[:3]
    result = badges.generate(
        ws, demo_morning, rows, A4, tmp_path / "b.pdf", logo=tmp_path / "gone.png"
    )
    assert len(result.warnings) == 1 and "gone.png" in result.warnings[0]
    assert rows[0].last_name in PdfReader(result.path).pages[0].extract_text()
    assert b"/Subtype /Image" not in result.path.read_bytes()
    with_logo = badges.generate(ws, demo_morning, rows, A4, tmp_path / "c.pdf")
    assert with_logo.warnings == []
    assert b"/Subtype /Image" in with_logo.path.read_bytes()


def test_categories_use_the_database_then_the_default_palette(ws) -> None:  # type: ignore[no-untyped-def]
    styles = badges.category_styles(ws)
    assert styles["member"].label == "Membre" and styles["member"].colour.startswith("#")
    ws.record(
        "category.created",
        {"id": "member", "fields": {"label_fr": "Adhérent", "colour": "#123456"}},
    )
    ws.record("category.created", {"id": "jury", "fields": {"label_en": "Jury"}})
    styles = badges.category_styles(ws)
    assert (styles["member"].label, styles["member"].colour) == ("Adhérent", "#123456")
    assert (styles["jury"].label, styles["jury"].colour) == ("Jury", badges.FALLBACK_COLOUR)
    assert badges.category_styles(ws, "en")["guest"].label == "Guest"


def test_arabic_badges_name_categories_in_arabic(ws) -> None:  # type: ignore[no-untyped-def]
    from mornings_desktop.wording.labels import label

    # Before seeding (the built-in names) and after (the database holds the defaults' fr/en).
    assert badges.category_styles(ws, "ar")["guest"].label == label("category", "guest", "ar")
    from mornings_desktop.services import categories

    categories.ensure_defaults(ws)
    styles = badges.category_styles(ws, "ar")
    assert styles["member"].label == label("category", "member", "ar") != "Member"
    ws.record(
        "category.created",
        {"id": "member", "fields": {"label_fr": "Adhérent", "colour": "#123456"}},
    )
    # Renamed by the organiser: their name, as everywhere else in Arabic (wording.labels).
    assert badges.category_styles(ws, "ar")["member"].label == "Adhérent"


def test_print_on_admission_prints_once_and_reprints_on_request(
    ws, demo_morning: str, tmp_path: Path
) -> None:  # type: ignore[no-untyped-def]
    with ws.transaction() as tx:
        person = add_person(tx, {"first_name": "Walk", "last_name": "In"})
        reg = add_registration(ws, tx, demo_morning, person, walk_in=True)
    sent: list[bytes] = []
    kwargs = {"template": CATALOGUE.get("dymo-30856"), "send_to_printer": sent.append}
    assert badges.print_on_admission(ws, reg, enabled=False, **kwargs).reason == "disabled"
    assert sent == []
    done = badges.print_on_admission(ws, reg, enabled=True, **kwargs)
    assert done.printed and done.pdf is not None and sent == [done.pdf]
    assert "Walk" in PdfReader(io.BytesIO(done.pdf)).pages[0].extract_text()
    again = badges.print_on_admission(ws, reg, enabled=True, **kwargs)
    assert (again.printed, again.reason) == (False, "already-printed")
    reprinted = badges.print_on_admission(ws, reg, enabled=True, reprint=True, **kwargs)
    assert reprinted.printed and len(sent) == 2
    assert [e.reprint for e in badges.print_log(ws, reg)] == [False, True]


def test_a_printer_failure_logs_no_print(ws, demo_morning: str, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    reg = badges.select_registrations(ws, demo_morning)[0].id

    def jammed(_pdf: bytes) -> None:
        raise OSError("paper jam")

    with pytest.raises(OSError, match="paper jam"):
        badges.print_on_admission(ws, reg, enabled=True, template=A4, send_to_printer=jammed)
    assert badges.print_counts(ws, [reg]) == {}


def test_print_on_admission_reads_only_the_person_admitted(
    ws, demo_morning: str, tmp_path: Path, monkeypatch
) -> None:  # type: ignore[no-untyped-def]
    """At 20,000 registrations, reading the whole Morning for each badge made the print queue fall
    a second behind per person."""
    reg = badges.select_registrations(ws, demo_morning)[0].id
    read: list[int] = []
    real = badges._list_registrations

    def counted(*args, **kwargs):  # type: ignore[no-untyped-def]
        rows = real(*args, **kwargs)
        read.append(len(rows))
        return rows

    monkeypatch.setattr(badges, "_list_registrations", counted)
    done = badges.print_on_admission(
        ws, reg, enabled=True, template=CATALOGUE.get("dymo-30856"),
        send_to_printer=lambda _pdf: None,
    )  # fmt: skip
    assert done.printed and read == [1]


def test_print_on_admission_leaves_no_badge_file_behind(
    ws, demo_morning: str, tmp_path: Path, monkeypatch
) -> None:  # type: ignore[no-untyped-def]
    """The badge goes to the printer from memory: a `badge-<id>.pdf` per person admitted piled up
    in the temporary folder, names and ticket codes in them, never removed."""
    temp = tmp_path / "tmp"
    temp.mkdir()
    monkeypatch.setattr(tempfile, "tempdir", str(temp))
    reg = badges.select_registrations(ws, demo_morning)[0]
    sent: list[bytes] = []
    done = badges.print_on_admission(
        ws, reg.id, enabled=True, template=CATALOGUE.get("dymo-30856"), send_to_printer=sent.append
    )
    assert done.printed and sent == [done.pdf]
    assert reg.first_name in PdfReader(io.BytesIO(sent[0])).pages[0].extract_text()
    assert list(temp.iterdir()) == []


@pytest.mark.parametrize(
    ("language", "month"), [("fr", "décembre"), ("en", "December"), ("ar", "دجنبر")]
)
def test_the_badges_date_is_written_in_the_badges_language(
    ws, demo_morning: str, language: str, month: str
) -> None:  # type: ignore[no-untyped-def]
    """Badges made from the Arabic window said "December 10, 2026": the date is in the
    language of the badges (as the desk's footer and the other outputs write it), day first."""
    rows = badges.select_registrations(ws, demo_morning)[:1]
    pdf = badges.generate_in_memory(ws, demo_morning, rows, A4, language=language).pdf
    assert pdf is not None
    # Arabic is drawn shaped: NFKC maps the presentation forms back to the letters.
    text = unicodedata.normalize("NFKC", PdfReader(io.BytesIO(pdf)).pages[0].extract_text())
    line = next(line for line in text.splitlines() if "2026" in line)
    assert month in line and "10" in line, line
    assert language == "ar" or line == f"10 {month} 2026"
