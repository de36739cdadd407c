"""The attendance workbook read back with openpyxl, every figure checked against the database."""

from __future__ import annotations

import sqlite3
import uuid
from collections import Counter
from datetime import date, datetime, time
from pathlib import Path
from zoneinfo import ZoneInfo

import openpyxl
import pytest

from mornings_desktop.errors import UserError, ValidationError
from mornings_desktop.services import (
    atomic_write,
    attendance_report,
    exports,
    mornings,
    registrations,
)
from mornings_desktop.services.workspace import Workspace
from mornings_desktop.timeutil import from_iso, local_to_iso
from mornings_desktop.wording.labels import label

DAY = date(2026, 12, 10)
TZ = "Africa/Casablanca"
# Local wall-clock arrivals given to the first registrations (sorted by name): 3 slots, one empty.
ARRIVALS = [
    time(8, 2),
    time(8, 5),
    time(8, 9, 59),
    time(8, 10),
    time(8, 31),
    time(8, 39),
    time(8, 40),
]
EXPECTED_BINS = [(8, 0, 3), (8, 10, 1), (8, 20, 0), (8, 30, 2), (8, 40, 1)]


def checkin(
    ws: Workspace, morning_id: str, registration_id: str, at: time, method: str = "scanner"
) -> str:
    checkin_id = str(uuid.uuid4())
    ws.record(
        "checkin.created",
        {
            "id": checkin_id,
            "registration_id": registration_id,
            "morning_id": morning_id,
            "at": local_to_iso(DAY, at, TZ),
            "method": method,
        },
    )
    return checkin_id


@pytest.fixture
def scene(ws: Workspace, demo_morning: str) -> dict[str, object]:
    """The demo Morning with arrivals, a reverted admission, a cancellation and a walk-in."""
    regs = registrations.list_registrations(ws, demo_morning)
    for reg, at in zip(regs, ARRIVALS, strict=False):
        checkin(ws, demo_morning, reg.id, at)
    # A second admission of the first person later: the arrival stays the earliest.
    checkin(ws, demo_morning, regs[0].id, time(9, 30), method="search")
    reverted = checkin(ws, demo_morning, regs[10].id, time(8, 15))
    ws.record(
        "checkin.reverted",
        {
            "checkin_id": reverted,
            "registration_id": regs[10].id,
            "reason": "wrong",
            "at": local_to_iso(DAY, time(8, 16), TZ),
        },
    )
    registrations.cancel(ws, regs[11].id)
    with ws.transaction() as tx:
        person = registrations.add_person(
            tx, {"first_name": "Zoé", "last_name": "Zniber", "organisation": "Walk Inc"}
        )
        walk_in = registrations.add_registration(
            ws, tx, demo_morning, person, category="guest", source="desk", walk_in=True
        )
    checkin(ws, demo_morning, walk_in, time(8, 45), method="walk-in")
    return {
        "morning": demo_morning,
        "reverted": regs[10].id,
        "cancelled": regs[11].id,
        "walk_in": walk_in,
    }


@pytest.fixture
def out(tmp_path: Path) -> Path:
    """An empty folder for the exported files (tmp_path also holds the database)."""
    folder = tmp_path / "out"
    folder.mkdir()
    return folder


def db_rows(ws: Workspace, sql: str, *params: object) -> list[tuple[object, ...]]:
    with sqlite3.connect(ws.path) as con:
        return con.execute(sql, params).fetchall()


def table_dump(ws: Workspace) -> list[tuple[object, ...]]:
    return db_rows(ws, "SELECT count(*) FROM operations") + db_rows(
        ws, "SELECT id, status, checked_in_at FROM registrations ORDER BY id"
    )


def sheet_rows(ws: openpyxl.worksheet.worksheet.Worksheet) -> list[tuple[object, ...]]:
    return list(ws.iter_rows(values_only=True))


def find_row(rows: list[tuple[object, ...]], label: str) -> int:
    """1-based row number of the first row whose first cell is `label`."""
    for index, row in enumerate(rows, start=1):
        if row and row[0] == label:
            return index
    raise AssertionError(f"no row {label!r}")


def test_attendance_workbook_matches_the_database(
    ws: Workspace, scene: dict[str, object], out: Path
) -> None:
    morning_id = str(scene["morning"])
    before = table_dump(ws)
    target = out / "présences.xlsx"
    result = exports.export_attendance(ws, morning_id, target)
    assert table_dump(ws) == before  # nothing changed in the database

    db = db_rows(
        ws,
        "SELECT r.code, r.checked_in_at, r.category, p.organisation, r.walk_in, r.checkin_method, p.email "
        "FROM registrations r JOIN people p ON p.id = r.person_id "
        "WHERE r.morning_id = ? AND r.status != 'cancelled'",
        morning_id,
    )
    assert result.rows == len(db)
    wb = openpyxl.load_workbook(target)
    assert wb.sheetnames == ["Présences", "Synthèse", "Programme", "Absents", "Prévision - réel"]

    # --- Attendance: one row per registration, real local date-times
    sheet = wb["Présences"]
    header = [c.value for c in sheet[1]]
    assert header[:8] == [
        "Nom",
        "Prénom",
        "Société",
        "Fonction",
        "Catégorie",
        "Adresse e-mail",
        "Téléphone",
        "Code billet",
    ]
    assert sheet.freeze_panes == "A2"
    assert sheet.auto_filter.ref == f"A1:R{len(db) + 1}"  # …, Signalements, Remarque
    col = {name: i for i, name in enumerate(header)}
    by_code = {row[col["Code billet"]]: row for row in sheet.iter_rows(min_row=2, values_only=True)}
    assert set(by_code) == {code for code, *_ in db}
    zone = ZoneInfo(TZ)
    arrivals_seen = []
    for code, checked_in_at, category, organisation, walk_in, method, email in db:
        row = by_code[code]
        assert row[col["Catégorie"]] == label("category", category, "fr")  # a label, not the key
        assert (row[col["Société"]] or "") == (organisation or "")
        assert (row[col["Adresse e-mail"]] or None) == email
        assert row[col["Inscrit sur place"]] == ("oui" if walk_in else "non")
        if checked_in_at is None:
            assert row[col["Présent"]] == "non"
            assert row[col["Heure d'arrivée"]] is None
            assert row[col["Poste d'accueil"]] is None
        else:
            local = (
                from_iso(str(checked_in_at)).astimezone(zone).replace(tzinfo=None, microsecond=0)
            )
            assert row[col["Présent"]] == "oui"
            assert row[col["Heure d'arrivée"]] == local
            assert row[col["Poste d'accueil"]] == "Accueil 1"
            assert row[col["Mode d'enregistrement"]] == label("method", method, "fr")
            arrivals_seen.append(local.time())
    # the venue's wall clock (UTC+1 in December), not UTC, and the earliest of two admissions
    assert sorted(arrivals_seen) == sorted([*ARRIVALS, time(8, 45)])
    cell = next(c for c in sheet["L"][1:] if c.value is not None)
    assert cell.is_date and cell.number_format == "dd/mm/yyyy hh:mm"
    assert sheet["I2"].is_date  # registered at

    # --- Summary
    summary = wb["Synthèse"]
    rows = sheet_rows(summary)
    figures = {row[0]: row[1] for row in rows if row and isinstance(row[0], str)}
    present = sum(1 for r in db if r[1] is not None)
    pre = [r for r in db if not r[4]]
    pre_present = sum(1 for r in pre if r[1] is not None)
    assert figures["Inscrits"] == len(db)
    assert figures["Présents"] == present == len(ARRIVALS) + 1
    assert figures["Inscrits sur place"] == 1
    assert figures["Inscrits à l'avance"] == len(pre)
    assert figures["Taux de présence (inscrits à l'avance)"] == pytest.approx(
        pre_present / len(pre)
    )
    rate_row = find_row(rows, "Taux de présence (inscrits à l'avance)")
    assert summary.cell(rate_row, 2).number_format == "0.0%"

    # by category: every category of the database with its counts and rate
    start = find_row(rows, "Par catégorie") + 2
    expected = Counter(label("category", r[2], "fr") for r in db)
    expected_present = Counter(label("category", r[2], "fr") for r in db if r[1] is not None)
    got = {}
    for row in rows[start - 1 :]:
        if row[0] is None:
            break
        got[row[0]] = (row[1], row[2], row[3])
    assert got == {
        k: (n, expected_present[k], pytest.approx(expected_present[k] / n))
        for k, n in expected.items()
    }

    # by organisation: the 20 largest, counts exact
    start = find_row(rows, "Par société (20 premières)") + 2
    orgs = Counter(r[3] for r in db if r[3])
    orgs_present = Counter(r[3] for r in db if r[3] and r[1] is not None)
    listed = []
    for row in rows[start - 1 :]:
        if row[0] is None:
            break
        listed.append(row)
        assert row[1] == orgs[row[0]] and row[2] == orgs_present[row[0]]
    assert len(listed) == min(20, len(orgs))
    assert [r[1] for r in listed] == sorted(orgs.values(), reverse=True)[: len(listed)]

    # arrivals per 10 minutes and the chart's data range
    header_row = find_row(rows, "Tranche")
    bins = rows[header_row : header_row + len(EXPECTED_BINS) + 1]
    walk_in_bin = (8, 40)
    expected_bins = [(h, m, n + (1 if (h, m) == walk_in_bin else 0)) for h, m, n in EXPECTED_BINS]
    assert [(r[0].hour, r[0].minute, r[1]) for r in bins[: len(expected_bins)]] == expected_bins
    assert all(r[0].date() == DAY for r in bins[: len(expected_bins)])
    assert summary.cell(header_row + 1, 1).number_format == "hh:mm"
    assert len(summary._charts) == 1
    chart = summary._charts[0]
    last = header_row + len(expected_bins)
    series = chart.series[0]
    assert series.val.numRef.f == f"'Synthèse'!$B${header_row + 1}:$B${last}"
    assert series.cat.numRef.f == f"'Synthèse'!$A${header_row + 1}:$A${last}"
    assert series.tx.strRef.f == f"'Synthèse'!B{header_row}"
    assert sum(summary.cell(r, 2).value for r in range(header_row + 1, last + 1)) == present

    # --- No-shows: exactly the registered people without an admission (cancelled left out)
    no_shows = wb["Absents"]
    codes = {row[7] for row in no_shows.iter_rows(min_row=2, values_only=True)}
    assert codes == {code for code, checked, *_ in db if checked is None}
    reverted_code = db_rows(ws, "SELECT code FROM registrations WHERE id = ?", scene["reverted"])[
        0
    ][0]
    cancelled_code = db_rows(ws, "SELECT code FROM registrations WHERE id = ?", scene["cancelled"])[
        0
    ][0]
    assert reverted_code in codes and cancelled_code not in codes and cancelled_code not in by_code
    assert no_shows.auto_filter.ref == f"A1:I{len(codes) + 1}"


def test_programme_sheet_lists_the_agenda_with_speakers(
    ws: Workspace, demo_morning: str, out: Path
) -> None:
    target = out / "p.xlsx"
    exports.export_attendance(ws, demo_morning, target)
    rows = sheet_rows(openpyxl.load_workbook(target)["Programme"])
    sessions = db_rows(
        ws,
        "SELECT id, title, starts_at, duration_min FROM agenda_sessions WHERE morning_id = ? ORDER BY starts_at",
        demo_morning,
    )
    assert rows[0] == ("Début", "Fin", "Type", "Intitulé", "Intervenants", "Salle")
    assert [r[3] for r in rows[1:]] == [s[1] for s in sessions]
    for row, (session_id, _title, starts_at, minutes) in zip(rows[1:], sessions, strict=True):
        local = from_iso(starts_at).astimezone(ZoneInfo(TZ)).replace(tzinfo=None)
        assert row[0] == local and (row[1] - row[0]).total_seconds() == minutes * 60
        names = db_rows(
            ws,
            "SELECT s.name FROM session_speakers ss JOIN speakers s ON s.id = ss.speaker_id WHERE ss.session_id = ?",
            session_id,
        )
        for (name,) in names:
            assert name in (row[4] or "")
        assert bool(names) == bool(row[4])


def test_english_workbook(ws: Workspace, scene: dict[str, object], out: Path) -> None:
    target = out / "attendance.xlsx"
    exports.export_attendance(ws, str(scene["morning"]), target, language="en")
    wb = openpyxl.load_workbook(target)
    assert wb.sheetnames == ["Attendance", "Summary", "Programme", "No-shows", "Forecast - actual"]
    assert [c.value for c in wb["Attendance"][1]][:3] == ["Last name", "First name", "Organisation"]
    assert {r[10] for r in wb["Attendance"].iter_rows(min_row=2, values_only=True)} == {"yes", "no"}
    with pytest.raises(ValidationError):
        exports.export_attendance(ws, str(scene["morning"]), out / "x.xlsx", language="de")


def test_a_morning_with_nobody_registered_gives_a_valid_workbook_of_zeros(
    ws: Workspace, out: Path
) -> None:
    morning_id = mornings.create(ws, mornings.MorningInput(title="Vide", date="2026-12-17"))
    target = out / "vide.xlsx"
    assert exports.export_attendance(ws, morning_id, target).rows == 0
    wb = openpyxl.load_workbook(target)
    assert sheet_rows(wb["Présences"])[1:] == []
    rows = sheet_rows(wb["Synthèse"])
    figures = {row[0]: row[1] for row in rows if row and isinstance(row[0], str)}
    assert figures["Inscrits"] == 0 and figures["Présents"] == 0
    assert figures["Taux de présence (inscrits à l'avance)"] == 0
    assert "Personne n'est inscrit à cette matinale." in figures
    assert "Aucune arrivée enregistrée." in figures
    assert wb["Synthèse"]._charts == []
    assert sheet_rows(wb["Absents"])[1:] == []
    csv_target = out / "vide.csv"
    exports.export_attendance(ws, morning_id, csv_target)
    assert csv_target.read_bytes().count(b"\r\n") == 1


@pytest.mark.parametrize("char", list('<>:"|?*'))
def test_forbidden_file_name_characters(
    ws: Workspace, demo_morning: str, out: Path, char: str
) -> None:
    before = table_dump(ws)
    with pytest.raises(ValidationError, match="Windows"):
        exports.export_attendance(ws, demo_morning, out / f"a{char}b.xlsx")
    assert list(out.glob("*.xlsx")) == [] and list(out.glob(".~*")) == []
    assert table_dump(ws) == before


def test_bad_targets_are_refused_with_a_clear_message(
    ws: Workspace, demo_morning: str, out: Path
) -> None:
    folder = out / "déjà.xlsx"
    folder.mkdir()
    with pytest.raises(UserError, match="is a folder"):
        exports.export_attendance(ws, demo_morning, folder)
    assert folder.is_dir() and list(folder.iterdir()) == []
    with pytest.raises(UserError, match="does not exist"):
        exports.export_attendance(ws, demo_morning, out / "nope" / "a.xlsx")
    with pytest.raises(ValidationError, match="Unknown file type"):
        exports.export_attendance(ws, demo_morning, out / "a.pdf")
    with pytest.raises(ValidationError, match="file name"):
        exports.export_attendance(ws, demo_morning, out / "CON.xlsx")
    assert sorted(p.name for p in out.iterdir()) == ["déjà.xlsx"]


@pytest.mark.skipif(
    hasattr(__import__("os"), "geteuid") and __import__("os").geteuid() == 0,
    reason="root ignores folder permissions",
)
def test_read_only_folder(ws: Workspace, demo_morning: str, out: Path) -> None:
    folder = out / "ro"
    folder.mkdir()
    folder.chmod(0o555)
    try:
        with pytest.raises(UserError, match="Cannot write in the folder"):
            exports.export_attendance(ws, demo_morning, folder / "a.xlsx")
        assert list(folder.iterdir()) == []
    finally:
        folder.chmod(0o755)


def test_folder_refusing_the_temporary_file(
    ws: Workspace, demo_morning: str, out: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """What a read-only folder does when the permission check passed (network shares, root)."""

    def refuse(*_a: object, **_k: object) -> None:
        raise PermissionError(13, "Permission denied")

    monkeypatch.setattr(atomic_write.tempfile, "mkstemp", refuse)
    with pytest.raises(UserError, match="Cannot write in the folder"):
        exports.export_attendance(ws, demo_morning, out / "a.xlsx")
    assert list(out.glob("*.xlsx")) == []


def test_a_file_held_open_is_left_untouched(
    ws: Workspace, demo_morning: str, out: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Windows refuses to replace a workbook Excel has open: PermissionError on the rename."""
    target = out / "présences.xlsx"
    target.write_bytes(b"the previous export")
    before = table_dump(ws)

    def locked(_src: object, _dst: object) -> None:
        raise PermissionError(13, "The process cannot access the file")

    monkeypatch.setattr(atomic_write.os, "replace", locked)
    with pytest.raises(UserError, match="open in another program"):
        exports.export_attendance(ws, demo_morning, target)
    assert target.read_bytes() == b"the previous export"
    assert [p.name for p in out.iterdir()] == ["présences.xlsx"]  # no temporary file left
    assert table_dump(ws) == before


def test_a_failure_while_writing_leaves_no_partial_file(
    ws: Workspace, demo_morning: str, out: Path
) -> None:
    target = out / "a.xlsx"
    target.write_bytes(b"old")
    seen = []

    def cancel(done: int, total: int, text: str) -> None:
        seen.append((done, total))
        if done > 0:
            raise InterruptedError  # any exception, like the job runner's Cancelled

    regs = registrations.list_registrations(ws, demo_morning)
    with pytest.raises(InterruptedError):
        exports.export_attendance(ws, demo_morning, target, progress=cancel)
    assert target.read_bytes() == b"old"
    assert [p.name for p in out.iterdir()] == ["a.xlsx"]
    assert seen[-1][1] == 2 * len(regs)  # nobody checked in: every row is a no-show too


@pytest.mark.skipif(__import__("os").name != "posix", reason="POSIX file modes")
def test_written_file_is_readable_by_its_owner_only(
    ws: Workspace, demo_morning: str, out: Path
) -> None:
    target = out / "a.xlsx"
    exports.export_attendance(ws, demo_morning, target)
    # personal data: see tests/unit/store/test_private_files.py for every kind of file
    assert target.stat().st_mode & 0o777 == 0o600


def test_arrival_bins_cover_every_slot() -> None:
    day = datetime(2026, 12, 10)
    got = attendance_report.arrival_bins(
        [
            day.replace(hour=8, minute=59),
            day.replace(hour=8, minute=31),
            day.replace(hour=9, minute=0),
        ]
    )
    assert [(b.hour, b.minute, n) for b, n in got] == [
        (8, 30, 1),
        (8, 40, 0),
        (8, 50, 1),
        (9, 0, 1),
    ]
    assert attendance_report.arrival_bins([]) == []


def test_badge_printed_column_follows_the_print_log(
    ws: Workspace, demo_morning: str, out: Path
) -> None:
    """Blank ("unknown") while this database has no badge print log; yes/no once it has one."""
    with sqlite3.connect(ws.path) as con:
        had_log = bool(
            con.execute("SELECT 1 FROM sqlite_master WHERE name = 'badge_prints'").fetchone()
        )
    target = out / "a.xlsx"
    exports.export_attendance(ws, demo_morning, target)
    column = [
        r[14]
        for r in openpyxl.load_workbook(target)["Présences"].iter_rows(min_row=2, values_only=True)
    ]
    assert set(column) == ({"non"} if had_log else {None})

    # The badges area's table (its own migration creates it; the same columns here)
    regs = registrations.list_registrations(ws, demo_morning)
    with sqlite3.connect(ws.path) as con:
        con.execute(
            "CREATE TABLE IF NOT EXISTS badge_prints (id VARCHAR(36) PRIMARY KEY, "
            "registration_id VARCHAR(36), at VARCHAR(32), template VARCHAR(64), reprint BOOLEAN, "
            "desk_id VARCHAR(36), op_id VARCHAR(36))"
        )
        con.execute(
            "INSERT INTO badge_prints VALUES (?, ?, '2026-12-10T07:00:00.000000Z', 'a6-single', 0, ?, ?)",
            (str(uuid.uuid4()), regs[0].id, ws.desk_id, str(uuid.uuid4())),
        )
    exports.export_attendance(ws, demo_morning, target)
    rows = {
        r[7]: r[14]
        for r in openpyxl.load_workbook(target)["Présences"].iter_rows(min_row=2, values_only=True)
    }
    assert rows.pop(regs[0].code) == "oui"
    assert set(rows.values()) == {"non"}


def test_arabic_workbook(ws: Workspace, scene: dict[str, object], out: Path) -> None:
    """The workbook a partner reads in Arabic: Arabic sheets, headers and words, right to left."""
    from mornings_desktop.documents.export_labels import LABELS
    from mornings_desktop.documents.forecast_sheet import WORDS

    assert set(LABELS["ar"]) == set(LABELS["fr"]) and set(WORDS["ar"]) == set(WORDS["fr"])
    target = out / "attendance.xlsx"
    exports.export_attendance(ws, str(scene["morning"]), target, language="ar")
    wb = openpyxl.load_workbook(target)
    assert wb.sheetnames == ["الحضور", "ملخص", "البرنامج", "الغائبون", "التوقع - الواقع"]
    assert [c.value for c in wb["الحضور"][1]][:3] == ["الاسم العائلي", "الاسم الشخصي", "المؤسسة"]
    assert {r[10] for r in wb["الحضور"].iter_rows(min_row=2, values_only=True)} == {"نعم", "لا"}
    assert all(sheet.sheet_view.rightToLeft for sheet in wb.worksheets)
    series = out / "series.xlsx"
    exports.export_series(ws, series, language="ar")
    assert openpyxl.load_workbook(series).sheetnames[:2] == ["حسب اللقاء", "سجل الحضور"]
    csv_file = out / "attendance.csv"
    exports.export_attendance(ws, str(scene["morning"]), csv_file, language="ar")
    assert csv_file.read_text("utf-8-sig").startswith("الاسم العائلي;الاسم الشخصي;")
