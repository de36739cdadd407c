"""Sheet names, headers and words of the exported workbooks, one small table per language.

Workbooks leave the program and are read by partners who do not run it, so their words are fixed
here (French by default, English or Arabic on request; an Arabic workbook's sheets read right to
left) rather than following Qt's translator. The French
Attendance headers are also ones the registration importer recognises (`Prénom`, `Nom`, `Société`,
`Adresse e-mail`, `Téléphone`, `Fonction`, `Catégorie`, `Code billet`), so an exported workbook can be
imported back into the same Morning.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from mornings_desktop.wording.labels import label

if TYPE_CHECKING:
    from mornings_desktop.services.export_rows import AttendanceRow

LABELS: dict[str, dict[str, str]] = {
    "fr": {
        # sheets
        "sheet_attendance": "Présences",
        "sheet_summary": "Synthèse",
        "sheet_programme": "Programme",
        "sheet_no_shows": "Absents",
        "sheet_series": "Participation",
        "sheet_series_summary": "Synthèse par matinale",
        # attendance columns
        "first_name": "Prénom",
        "last_name": "Nom",
        "organisation": "Société",
        "job_title": "Fonction",
        "category": "Catégorie",
        "email": "Adresse e-mail",
        "phone": "Téléphone",
        "code": "Code billet",
        "registered_at": "Inscrit le",
        "source": "Source",
        "present": "Présent",
        "arrival": "Heure d'arrivée",
        "desk": "Poste d'accueil",
        "method": "Mode d'enregistrement",
        "badge_printed": "Badge imprimé",
        "walk_in": "Inscrit sur place",
        "flags": "Signalements",  # headers the importer reads back (imports/mapping.py)
        "note": "Remarque",
        "yes": "oui",
        "no": "non",
        # summary
        "morning": "Matinale",
        "date": "Date",
        "venue": "Lieu",
        "registered": "Inscrits",
        "present_count": "Présents",
        "walk_ins": "Inscrits sur place",
        "pre_registered": "Inscrits à l'avance",
        "pre_registered_present": "Inscrits à l'avance présents",
        "show_up_rate": "Taux de présence (inscrits à l'avance)",
        "rate": "Taux",
        "attendance_rate": "Taux de présence",
        "by_category": "Par catégorie",
        "by_organisation": "Par société (20 premières)",
        "arrivals": "Arrivées par tranche de 10 minutes",
        "slot": "Tranche",
        "arrivals_count": "Arrivées",
        "no_arrivals": "Aucune arrivée enregistrée.",
        "nobody": "Personne n'est inscrit à cette matinale.",
        # programme
        "start": "Début",
        "end": "Fin",
        "kind": "Type",
        "title": "Intitulé",
        "room": "Salle",
        "speakers": "Intervenants",
        "empty_programme": "Aucun programme pour cette matinale.",
        # series
        "name": "Nom complet",
        "attended": "Présences",
        "registrations": "Inscriptions",
        "status_present": "présent",
        "status_absent": "absent",
        "status_not_registered": "non inscrit",
        "first_timers": "Nouveaux venus",
        "returning": "Habitués",
        "returning_rate": "Taux de fidélité",
        "period": "Période",
        "period_open": "toutes les dates",
        "chart_attendance": "Inscrits et présents par matinale",
        "people_count": "Personnes",
        "chart_arrivals": "Arrivées par tranche de 10 minutes",
    },
    "en": {
        "sheet_attendance": "Attendance",
        "sheet_summary": "Summary",
        "sheet_programme": "Programme",
        "sheet_no_shows": "No-shows",
        "sheet_series": "Attendance history",
        "sheet_series_summary": "Per Morning",
        "first_name": "First name",
        "last_name": "Last name",
        "organisation": "Organisation",
        "job_title": "Job title",
        "category": "Category",
        "email": "E-mail",
        "phone": "Phone",
        "code": "Ticket code",
        "registered_at": "Registered at",
        "source": "Source",
        "present": "Present",
        "arrival": "Arrival",
        "desk": "Desk",
        "method": "Method",
        "badge_printed": "Badge printed",
        "walk_in": "Walk-in",
        "flags": "Flags",
        "note": "Note",
        "yes": "yes",
        "no": "no",
        "morning": "Morning",
        "date": "Date",
        "venue": "Venue",
        "registered": "Registered",
        "present_count": "Present",
        "walk_ins": "Walk-ins",
        "pre_registered": "Pre-registered",
        "pre_registered_present": "Pre-registered present",
        "show_up_rate": "Show-up rate (pre-registered)",
        "rate": "Rate",
        "attendance_rate": "Attendance rate",
        "by_category": "By category",
        "by_organisation": "By organisation (top 20)",
        "arrivals": "Arrivals per 10 minutes",
        "slot": "Slot",
        "arrivals_count": "Arrivals",
        "no_arrivals": "No arrival recorded.",
        "nobody": "Nobody is registered for this Morning.",
        "start": "Start",
        "end": "End",
        "kind": "Kind",
        "title": "Title",
        "room": "Room",
        "speakers": "Speakers",
        "empty_programme": "No programme for this Morning.",
        "name": "Full name",
        "attended": "Attended",
        "registrations": "Registrations",
        "status_present": "present",
        "status_absent": "absent",
        "status_not_registered": "not registered",
        "first_timers": "First-timers",
        "returning": "Returning",
        "returning_rate": "Returning rate",
        "period": "Period",
        "period_open": "all dates",
        "chart_attendance": "Registered and present per Morning",
        "people_count": "People",
        "chart_arrivals": "Arrivals per 10 minutes",
    },
    # Moroccan usage, as the window's Arabic says it (labels.py, resources/translations/ar).
    "ar": {
        "sheet_attendance": "الحضور",
        "sheet_summary": "ملخص",
        "sheet_programme": "البرنامج",
        "sheet_no_shows": "الغائبون",
        "sheet_series": "سجل الحضور",
        "sheet_series_summary": "حسب اللقاء",
        "first_name": "الاسم الشخصي",
        "last_name": "الاسم العائلي",
        "organisation": "المؤسسة",
        "job_title": "الوظيفة",
        "category": "الفئة",
        "email": "البريد الإلكتروني",
        "phone": "الهاتف",
        "code": "رمز التذكرة",
        "registered_at": "تاريخ التسجيل",
        "source": "المصدر",
        "present": "حاضر",
        "arrival": "وقت الوصول",
        "desk": "مكتب الاستقبال",
        "method": "طريقة التسجيل",
        "badge_printed": "الشارة مطبوعة",
        "walk_in": "في عين المكان",
        "flags": "التنبيهات",
        "note": "ملاحظة",
        "yes": "نعم",
        "no": "لا",
        "morning": "اللقاء الصباحي",
        "date": "التاريخ",
        "venue": "المكان",
        "registered": "المسجلون",
        "present_count": "الحاضرون",
        "walk_ins": "المسجلون في عين المكان",
        "pre_registered": "المسجلون مسبقًا",
        "pre_registered_present": "الحاضرون من المسجلين مسبقًا",
        "show_up_rate": "نسبة الحضور (المسجلون مسبقًا)",
        "rate": "النسبة",
        "attendance_rate": "نسبة الحضور",
        "by_category": "حسب الفئة",
        "by_organisation": "حسب المؤسسة (أول 20)",
        "arrivals": "الوصول في كل 10 دقائق",
        "slot": "الفترة",
        "arrivals_count": "الواصلون",
        "no_arrivals": "لم يُسجَّل أي وصول.",
        "nobody": "لا أحد مسجل في هذا اللقاء الصباحي.",
        "start": "البداية",
        "end": "النهاية",
        "kind": "النوع",
        "title": "العنوان",
        "room": "القاعة",
        "speakers": "المتدخلون",
        "empty_programme": "لا يوجد برنامج لهذا اللقاء الصباحي.",
        "name": "الاسم الكامل",
        "attended": "مرات الحضور",
        "registrations": "التسجيلات",
        "status_present": "حاضر",
        "status_absent": "غائب",
        "status_not_registered": "غير مسجل",
        "first_timers": "الحاضرون لأول مرة",
        "returning": "العائدون",
        "returning_rate": "نسبة العودة",
        "period": "الفترة",
        "period_open": "كل التواريخ",
        "chart_attendance": "المسجلون والحاضرون في كل لقاء",
        "people_count": "الأشخاص",
        "chart_arrivals": "الوصول في كل 10 دقائق",
    },
}
RIGHT_TO_LEFT = {"ar"}  # the languages whose sheets read from the right

# The Attendance sheet's columns, in order: (label key, width in characters).
ATTENDANCE_COLUMNS: list[tuple[str, int]] = [
    ("last_name", 22),
    ("first_name", 18),
    ("organisation", 28),
    ("job_title", 24),
    ("category", 12),
    ("email", 32),
    ("phone", 16),
    ("code", 17),
    ("registered_at", 17),
    ("source", 10),
    ("present", 9),
    ("arrival", 17),
    ("desk", 16),
    ("method", 12),
    ("badge_printed", 10),
    ("walk_in", 10),
    ("flags", 24),  # the organiser's labels (services/flag_list.py), in the export's language
    ("note", 30),
]

DATETIME_FORMAT = "dd/mm/yyyy hh:mm"
TIME_FORMAT = "hh:mm"
PERCENT_FORMAT = "0.0%"


def labels(language: str) -> dict[str, str]:
    return LABELS[language]


def yes_no(value: bool | None, language: str) -> str:
    if value is None:
        return ""
    return LABELS[language]["yes" if value else "no"]


def attendance_values(r: AttendanceRow, language: str) -> list[object]:
    """One Attendance row as cell values (datetimes stay datetimes), in ATTENDANCE_COLUMNS order.

    Empty text becomes None: a blank cell is then not written at all (smaller, faster files).
    """
    return [v if v != "" else None for v in _values(r, language)]


def _values(r: AttendanceRow, language: str) -> list[object]:
    return [
        r.last_name,
        r.first_name,
        r.organisation,
        r.job_title,
        r.category_label,
        r.email,
        r.phone,
        r.code,
        r.registered_at,
        label("source", r.source, language),
        yes_no(r.present, language),
        r.arrival,
        r.desk,
        label("method", r.method, language),
        yes_no(r.badge_printed, language),
        yes_no(r.walk_in, language),
        r.flags,
        r.note,
    ]
