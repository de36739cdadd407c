"""Fixtures of the mail window tests (ui/mail): a real SMTP server, a keyring in a file, the window in a
language (its .qm files compiled from this checkout), and a menu entry found by its data."""

from __future__ import annotations

from collections.abc import Callable, Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QLocale
from PySide6.QtWidgets import QApplication, QWidget

from mornings_desktop import i18n
from tests.unit.services.mail.smtp_server import MailServer
from tests.unit.test_translations import load_i18n


@pytest.fixture
def smtp(tmp_path: Path) -> Iterator[MailServer]:
    server = MailServer(tmp_path).start()
    yield server
    server.stop()


@pytest.fixture
def file_keyring(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Iterator[Path]:
    """The keyring is a JSON file (no OS keyring here); the environment has no password."""
    import keyring

    from mornings_desktop.services.mail.settings import PASSWORD_ENV
    from tests.sync.file_keyring import FileKeyring

    store = tmp_path / "keyring.json"
    monkeypatch.setenv("MORNINGS_TEST_KEYRING", str(store))
    monkeypatch.delenv(PASSWORD_ENV, raising=False)
    previous = keyring.get_keyring()
    keyring.set_keyring(FileKeyring())
    yield store
    keyring.set_keyring(previous)


@pytest.fixture
def speak(qapp, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Iterator[Callable[[str], None]]:  # type: ignore[no-untyped-def]
    """`speak("fr")` loads this checkout's French (or Arabic) catalogue into the window."""
    script = load_i18n()
    monkeypatch.setattr(script, "BUILD", tmp_path / "build")
    script.build()
    monkeypatch.setattr(i18n, "qm_dir", lambda: tmp_path / "build")
    installed: list[object] = []

    def install(language: str) -> None:
        installed.extend(i18n.install_translations(qapp, language))
        assert installed, f"the {language} .qm files loaded"

    yield install
    for translator in installed:
        QApplication.instance().removeTranslator(translator)  # type: ignore[arg-type]
    QLocale.setDefault(QLocale(QLocale.Language.English, QLocale.Country.UnitedStates))


def newest_window(kind: type[QWidget]) -> QWidget:
    """The most recently opened top-level window of `kind`."""
    found = [w for w in QApplication.topLevelWidgets() if isinstance(w, kind) and w.isVisible()]
    assert found, f"a {kind.__name__} is open"
    return found[-1]
