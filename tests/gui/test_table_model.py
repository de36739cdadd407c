"""Every table model on the column-spec base passes pytest-qt's model tester, with rows in it."""

from __future__ import annotations

from collections.abc import Callable

import pytest
from PySide6.QtCore import QCoreApplication, Qt

from mornings_desktop.services import agenda, badges, categories, mornings, people, registrations
from mornings_desktop.services import speakers as speaker_service
from mornings_desktop.services.review import DuplicateAdmission, Scan
from mornings_desktop.services.search import PeopleIndex, fold
from mornings_desktop.services.workspace import Workspace
from mornings_desktop.ui.agenda.model import SessionsModel
from mornings_desktop.ui.agenda.speakers_panel import SpeakersModel
from mornings_desktop.ui.badges.model import BadgeSelectionModel
from mornings_desktop.ui.checkin.hits_model import HitsModel
from mornings_desktop.ui.mornings.model import MorningsModel
from mornings_desktop.ui.people.model import DirectoryModel, RegistrationsModel
from mornings_desktop.ui.sync.desks_model import DesksModel
from mornings_desktop.ui.sync.review_model import DuplicatesModel
from mornings_desktop.ui.table_model import ColumnTableModel

Build = Callable[[Workspace, str], ColumnTableModel]  # type: ignore[type-arg]


def _registrations(ws: Workspace, morning: str) -> ColumnTableModel:  # type: ignore[type-arg]
    model = RegistrationsModel()
    rows = registrations.list_registrations(ws, morning)
    model.set_rows(rows, categories.list_categories(ws), PeopleIndex.build(ws, morning))
    model.sort(model.CATEGORY, Qt.SortOrder.DescendingOrder)
    return model


def _directory(ws: Workspace, _morning: str) -> ColumnTableModel:  # type: ignore[type-arg]
    model = DirectoryModel()
    model.set_rows(people.list_people(ws))
    return model


def _mornings(ws: Workspace, morning: str) -> ColumnTableModel:  # type: ignore[type-arg]
    model = MorningsModel()
    model.set_rows(mornings.list_mornings(ws))
    model.set_current(morning)
    return model


def _sessions(ws: Workspace, morning: str) -> ColumnTableModel:  # type: ignore[type-arg]
    model = SessionsModel()
    rows = agenda.list_sessions(ws, morning)
    model.set_rows(rows, {rows[0].id: "⚠"})
    return model


def _speakers(ws: Workspace, _morning: str) -> ColumnTableModel:  # type: ignore[type-arg]
    model = SpeakersModel()
    model.set_rows(speaker_service.list_speakers(ws))
    return model


def _badges(ws: Workspace, morning: str) -> ColumnTableModel:  # type: ignore[type-arg]
    model = BadgeSelectionModel()
    rows = badges.select_registrations(ws, morning)
    badges.record_prints(ws, [rows[0].id], "a6-single")
    model.set_rows(rows, badges.print_counts(ws), {"member": "Membre"})
    return model


def _hits(ws: Workspace, morning: str) -> ColumnTableModel:  # type: ignore[type-arg]
    model = HitsModel()
    rows = registrations.list_registrations(ws, morning)
    model.set_hits(PeopleIndex.build(ws, morning).search(rows[0].last_name[:3]))
    return model


def _duplicates(_ws: Workspace, morning: str) -> ColumnTableModel:  # type: ignore[type-arg]
    model = DuplicatesModel()
    scans = tuple(
        Scan(f"c{i}", "d", "Accueil 1", "2026-12-10T08:0{i}:00Z", f"09:0{i}:00", "scanner", i == 0)
        for i in range(2)
    )
    model.set_items([DuplicateAdmission("r1", morning, "", "CODE", scans)])
    return model


def _desks(_ws: Workspace, _morning: str) -> ColumnTableModel:  # type: ignore[type-arg]
    from mornings_desktop.sync.desk_overview import DeskLine

    model = DesksModel()
    model.set_items(
        [
            DeskLine("Bureau", "organiser", "2026-12-10T07:00:00.000000Z", 1.0, False, False,
                     None, False, 0),
            DeskLine("Accueil 2", "door", None, 7200.0, True, True, None, False, 0),
            DeskLine("Entrée B", "door", "2026-12-10T08:00:00Z", None, False, False,
                     "2026-12-10T08:30:00Z", True, 3),
        ]
    )  # fmt: skip
    return model


MODELS: dict[str, Build] = {
    "registrations": _registrations,
    "directory": _directory,
    "mornings": _mornings,
    "sessions": _sessions,
    "speakers": _speakers,
    "badges": _badges,
    "hits": _hits,
    "duplicates": _duplicates,
    "desks": _desks,
}


@pytest.mark.parametrize("name", sorted(MODELS))
def test_model_passes_the_model_tester(qtmodeltester, ws, demo_morning, name: str) -> None:  # type: ignore[no-untyped-def]
    model = MODELS[name](ws, demo_morning)
    assert model.rowCount() > 0 and model.columnCount() == len(model.columns)
    qtmodeltester.check(model)


@pytest.mark.parametrize("name", sorted(MODELS))
def test_headers_are_translated_in_the_models_context(ws, demo_morning, name: str) -> None:  # type: ignore[no-untyped-def]
    model = MODELS[name](ws, demo_morning)
    for section, column in enumerate(model.columns):
        shown = model.headerData(section, Qt.Orientation.Horizontal)
        assert shown == QCoreApplication.translate(type(model).__name__, column.header)
    assert model.headerData(len(model.columns), Qt.Orientation.Horizontal) is None


def test_every_table_model_is_covered() -> None:
    """A new model on the base must be added to MODELS (so the model tester runs on it)."""
    import importlib
    import pkgutil

    import mornings_desktop.ui as ui

    for info in pkgutil.walk_packages(ui.__path__, ui.__name__ + "."):
        importlib.import_module(info.name)
    covered = {
        RegistrationsModel,
        DirectoryModel,
        MorningsModel,
        SessionsModel,
        SpeakersModel,
        BadgeSelectionModel,
        HitsModel,
        DuplicatesModel,
        DesksModel,
    }

    def subclasses(cls: type) -> set[type]:
        found = set(cls.__subclasses__())
        return found.union(*(subclasses(c) for c in found)) if found else found

    assert {
        c for c in subclasses(ColumnTableModel) if c.__module__.startswith(ui.__name__)
    } == covered


def test_registrations_sort_by_column_spec(ws, demo_morning) -> None:  # type: ignore[no-untyped-def]
    model = RegistrationsModel()
    rows = registrations.list_registrations(ws, demo_morning)
    model.set_rows(rows, categories.list_categories(ws))
    model.sort(model.ORGANISATION, Qt.SortOrder.AscendingOrder)
    shown = [model.index(r, model.ORGANISATION).data() for r in range(model.rowCount())]
    assert shown == sorted(shown, key=fold) and len(set(shown)) > 1
    assert model.index(0, 0).data(RegistrationsModel.IdRole) == model.registration(0).id
