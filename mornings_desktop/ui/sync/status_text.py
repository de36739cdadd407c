"""The words of the Sync screen's Status box: this desk, its role, the hub's state as the
background sync last saw it, the clock, copies, and the desk's figures (`status_read.DeskStatus`)."""

from __future__ import annotations

from datetime import UTC, datetime

from PySide6.QtCore import QCoreApplication

from mornings_desktop.timeutil import from_iso
from mornings_desktop.ui.dialogs import translate_error
from mornings_desktop.ui.labels import isolate, language
from mornings_desktop.ui.sync import status_read
from mornings_desktop.ui.sync.controller import SyncController
from mornings_desktop.wording.tr import Words


def status_text(c: SyncController, desk: status_read.DeskStatus, desk_name: str) -> str:
    """The Status box's lines, one per fact."""
    st = desk.status
    role = (
        QCoreApplication.translate("SyncStatus", "door desk")
        if desk.door
        else QCoreApplication.translate("SyncStatus", "organiser desk")
    )
    # In Arabic the name keeps its own order, in the direction of its first letter (FSI):
    # "Accueil 1 (entrée B)" and "الباب A" alike; no marks in French or English.
    name = isolate(desk_name)
    lines = [
        QCoreApplication.translate("SyncStatus", "This desk: %1 (%2)")
        .replace("%1", name)
        .replace("%2", role)
    ]
    if not st.hub_url:
        lines.append(
            QCoreApplication.translate(
                "SyncStatus", "No hub set up: this desk works alone (bundles still work)."
            )
        )
    elif c.running and c.join_line:  # a join: the current Mornings ready, the history coming
        lines.append("⟳ " + c.join_line)
    elif c.running and c.received:
        text = QCoreApplication.translate(
            "SyncStatus", "Syncing with the hub… %1 operations received"
        )
        lines.append("⟳ " + text.replace("%1", f"{c.received:,}".replace(",", "\u202f")))
    elif c.running:
        lines.append("⟳ " + QCoreApplication.translate("SyncStatus", "Syncing with the hub…"))
    elif c.reachable is True:
        lines.append("✔ " + QCoreApplication.translate("SyncStatus", "Hub reachable."))
    elif c.reachable is False:  # the reason is the whole sentence (not always "unreachable")
        lines.append(
            "✖ "
            + sentence(c.reason)
            + " "
            + QCoreApplication.translate("SyncStatus", "Next try in %1 s.").replace(
                "%1", str(c.next_in_s)
            )
        )
    elif st.last_error:
        lines.append("✖ " + st.last_error)
    if desk.clock_off and st.clock_offset_s is not None:
        lines.append("⚠ " + clock_sentence(st.clock_offset_s, desk.clock_off))
    elif desk.clock_gap:  # on time: said all the same, with the offset (issue 14)
        lines.append(
            QCoreApplication.translate("SyncStatus", "Clock: on time (off by %1)").replace(
                "%1", isolate(desk.clock_gap)
            )
        )
    else:
        lines.append(
            QCoreApplication.translate("SyncStatus", "Clock: not yet compared with the hub's")
        )
    if st.copies:
        lines.append(
            "⚠ "
            + QCoreApplication.translate(
                "SyncStatus",
                "Two databases write as the same desk (%1): a copied database. Nothing is "
                "lost; keep one, or join the other laptop as a desk of its own.",
            ).replace("%1", str(len(st.copies)))
        )
    lines += ["⚠ " + translate_error(notice) for notice in desk.notices]
    lines.append(
        QCoreApplication.translate("SyncStatus", "Operations waiting to be sent: %1").replace(
            "%1", str(st.waiting)
        )
    )
    if st.held_waiting:
        lines.append(
            QCoreApplication.translate(
                "SyncStatus", "Operations held, waiting to be retried: %1"
            ).replace("%1", str(st.held_waiting))
        )
    refused = QCoreApplication.translate("SyncStatus", "Operations refused: %1")
    lines.append(("⚠ " if st.refused else "") + refused.replace("%1", str(st.refused)))
    lines.append(
        QCoreApplication.translate("SyncStatus", "Last push: %1").replace(
            "%1", moment(st.last_push)
        )
    )
    lines.append(
        QCoreApplication.translate("SyncStatus", "Last pull: %1").replace(
            "%1", moment(st.last_pull)
        )
    )
    return "\n".join(lines)


def moment(iso: str | None, now: datetime | None = None) -> str:
    """A stored UTC moment in this computer's time, as people read it: "16:01" today, "3
    décembre 2026 à 16:01" another day; each part set apart in Arabic. "—" for none."""
    if not iso:
        return "—"
    try:
        local = from_iso(iso).astimezone()
    except ValueError:
        return isolate(iso)
    words = Words(language())
    clock = words.isolate(local.strftime("%H:%M"))
    if local.date() == (now or datetime.now(UTC)).astimezone().date():
        return clock
    day = words.isolate(words.long_date(local.date().isoformat()))
    return (
        QCoreApplication.translate("SyncStatus", "%1 at %2").replace("%1", day).replace("%2", clock)
    )


def sentence(text: str) -> str:
    """`text` ended as a sentence, so that the next one does not run into it."""
    text = text.strip()
    return text if not text or text.endswith((".", "!", "?", "…", "؟")) else text + "."


def clock_sentence(offset_s: float, spelled: str) -> str:
    """This computer's clock, `spelled` ("2 h 05 min") ahead of or behind the hub's."""
    if offset_s > 0:
        text = QCoreApplication.translate(
            "SyncStatus",
            "This computer's clock is %1 ahead of the hub's: set the right date and time "
            "(admissions are stamped with it).",
        )
    else:
        text = QCoreApplication.translate(
            "SyncStatus",
            "This computer's clock is %1 behind the hub's: set the right date and time "
            "(admissions are stamped with it).",
        )
    return text.replace("%1", isolate(spelled))  # "2 h 05 min" keeps its order in Arabic
