"""Every string of the program has a French translation, with the same placeholders, and the
translation files list every string the code has (so `scripts/i18n.py update` was run)."""

from __future__ import annotations

import importlib.util
import re
import subprocess
import xml.etree.ElementTree as ET
from pathlib import Path
from types import ModuleType

import pytest

ROOT = Path(__file__).resolve().parents[2]


def load_i18n() -> ModuleType:
    spec = importlib.util.spec_from_file_location("i18n_script", ROOT / "scripts" / "i18n.py")
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


i18n = load_i18n()
FRENCH = sorted((i18n.TS_DIR / "fr").glob("*.ts"))
ARABIC = sorted((i18n.TS_DIR / "ar").glob("*.ts"))
ENGLISH = sorted((i18n.TS_DIR / "en").glob("*.ts"))  # the plural forms only
PLACEHOLDER = re.compile(r"\{[a-z_]+\}|%\d")


def test_there_are_french_files() -> None:
    assert FRENCH, "resources/translations/fr/*.ts"


@pytest.mark.parametrize("ts", FRENCH, ids=lambda p: p.name)
def test_every_string_has_a_french_translation(ts: Path) -> None:
    missing = i18n.unfinished(ts)
    assert not missing, f"{ts.name}: no French for {missing}; fill them (scripts/i18n.py check)"


def test_every_string_has_an_arabic_translation() -> None:
    """Arabic is complete too (the same check as `scripts/i18n.py check ar`; it only parses XML)."""
    assert ARABIC, "resources/translations/ar/*.ts"
    missing = [(ts.name, *m) for ts in ARABIC for m in i18n.unfinished(ts)]
    assert not missing, f"no Arabic for {missing[:5]}; fill them (scripts/i18n.py check ar)"


@pytest.mark.parametrize("ts", FRENCH + ARABIC + ENGLISH, ids=lambda p: f"{p.parent.name}/{p.name}")
def test_translations_keep_the_placeholders(ts: Path) -> None:
    for context, message in i18n.messages(ts):
        source = message.findtext("source") or ""
        node = message.find("translation")
        forms = [f.text or "" for f in node.iter("numerusform")] if node is not None else []
        translations = forms or [message.findtext("translation") or ""]
        for translation in translations:
            # Plural forms may spell the number out (singular) instead of using %n.
            found = sorted(p for p in PLACEHOLDER.findall(translation) if p != "%n" or not forms)
            wanted = sorted(p for p in PLACEHOLDER.findall(source) if p != "%n" or not forms)
            assert found == wanted, (ts.parent.name, ts.name, context, source)


def _plural_messages(ts: Path) -> dict[tuple[str, str], list[str]]:
    """(context, source) -> the forms of each plural message of `ts`."""
    return {
        (context or "", message.findtext("source") or ""): [
            f.text or "" for f in message.iter("numerusform")
        ]
        for context, message in i18n.messages(ts)
        if message.get("numerus") == "yes"
    }


def test_every_plural_message_has_its_english_forms(tmp_path: Path) -> None:
    """English is the source language, but "%n badge(s)" is not English: every plural message of
    the code has an English form for one and one for more (`en/*.ts`, plural messages only), and
    `scripts/i18n.py build` (the Makefile's `translations`) compiles them."""
    assert "en" in i18n.LANGUAGES
    fresh = tmp_path / "plurals.ts"
    modules = [str(m) for m in i18n.modules()]
    subprocess.run(
        [i18n.tool("lupdate"), "-silent", "-locations", "none", "-pluralonly", *modules,
         "-ts", str(fresh)],
        check=True,
    )  # fmt: skip
    wanted = set(_plural_messages(fresh))
    assert wanted, "the code has plural messages"
    english: dict[tuple[str, str], list[str]] = {}
    for ts in ENGLISH:
        assert ET.parse(ts).getroot().get("language") == "en", ts.name
        english |= _plural_messages(ts)
    assert not wanted - set(english), f"no English forms for {sorted(wanted - set(english))}"
    for key, forms in english.items():
        assert len(forms) == 2 and all(f.strip() for f in forms), key
        assert not any("(s)" in f for f in forms), key


# Qt's plural forms per language: English and French two (one, more), Arabic six (zero, one,
# two, 3–10, 11–99, 100 and up: "شخصان" for two, never "2 أشخاص").
FORMS = {"en": 2, "fr": 2, "ar": 6}
BRACKETED = re.compile(r"\w\((?:s|es|ات|ين|ون)\)|\(e\)s\b")  # not "arrivé(e)"


@pytest.mark.parametrize("ts", FRENCH + ARABIC + ENGLISH, ids=lambda p: f"{p.parent.name}/{p.name}")
def test_plural_messages_have_every_form_of_their_language(ts: Path) -> None:
    language = ts.parent.name
    assert ET.parse(ts).getroot().get("language") == language, "lrelease takes the rules from it"
    for key, forms in _plural_messages(ts).items():
        assert len(forms) == FORMS[language], (language, key, forms)
        assert all(form.strip() for form in forms), (language, key)


def test_no_count_is_worded_with_a_bracketed_plural() -> None:
    """ "{n} demande(s)", "{n} طلب(ات)": a count says its noun as the language does, through a
    plural message (`tr("%n …", "", n)`), never with the plural in brackets. The English source
    may say "(s)" only in a plural message, which English's forms then replace."""
    found = []
    for ts in FRENCH + ARABIC + ENGLISH:
        for context, message in i18n.messages(ts):
            node = message.find("translation")
            texts = [f.text or "" for f in node.iter("numerusform")] if node is not None else []
            texts = texts or [message.findtext("translation") or ""]
            found += [(ts.name, context, t) for t in texts if BRACKETED.search(t)]
            source = message.findtext("source") or ""
            if BRACKETED.search(source) and message.get("numerus") != "yes":
                found.append((ts.name, context, source))
    assert not found, f"plurals in brackets: {sorted(set(found))}"


def test_the_check_finds_a_missing_translation(tmp_path: Path) -> None:
    """The check itself can fail: an unfinished message is reported."""
    ts = tmp_path / "x.ts"
    ts.write_text(
        '<?xml version="1.0" encoding="utf-8"?><!DOCTYPE TS><TS version="2.1" language="fr">'
        "<context><name>errors</name>"
        "<message><source>Done</source><translation>Fait</translation></message>"
        '<message><source>New</source><translation type="unfinished"></translation></message>'
        "</context></TS>",
        encoding="utf-8",
    )
    assert i18n.unfinished(ts) == [("errors", "New")]


def sources(ts: Path) -> set[tuple[str, str]]:
    root = ET.parse(ts).getroot()
    return {
        (c.findtext("name") or "", m.findtext("source") or "")
        for c in root.iter("context")
        for m in c.iter("message")
        if (m.find("translation") is None or m.find("translation").get("type") != "vanished")  # type: ignore[union-attr]
    }


def test_translation_files_are_up_to_date(tmp_path: Path) -> None:
    """Every string in the code is in the .ts files (run `scripts/i18n.py update` after adding)."""
    fresh = tmp_path / "fresh.ts"
    modules = [str(m) for m in i18n.modules()]
    subprocess.run(
        [i18n.tool("lupdate"), "-silent", "-locations", "none", *modules, "-ts", str(fresh)],
        check=True,
    )
    committed: set[tuple[str, str]] = set()
    for ts in FRENCH:
        committed |= sources(ts)
    missing = sources(fresh) - committed
    assert not missing, f"not in resources/translations/fr: {sorted(missing)[:5]}; run update"


# Contexts lupdate makes when it cannot tell which class asks: `parent.tr(…)` (filed under
# "parent") or a module-level `tr()` helper (filed under no context). At run time Qt asks with the
# asking object's class name, so these words were never shown translated (the Sync screen's
# bundle dialogs, the badge print dialog, the export's save dialog).
NOWHERE = {"", "parent", "self", "widget", "dialog"}


@pytest.mark.parametrize("ts", FRENCH, ids=lambda p: p.name)
def test_every_context_is_one_the_program_asks_for(ts: Path) -> None:
    contexts = {c.findtext("name") or "" for c in ET.parse(ts).getroot().iter("context")}
    assert not contexts & NOWHERE, f"{ts.name}: words filed under {contexts & NOWHERE}"


def _contexts_the_program_asks_for() -> set[str]:
    """Its class names (a `self.tr` asks with them) and the contexts it names in the text
    (`translate("errors", …)`, `QT_TRANSLATE_NOOP("areas", …)`, `CTX = "CheckinResult"`)."""
    code = "\n".join(p.read_text("utf-8") for p in i18n.modules())
    named = re.findall(r"(?:translate|QT_TRANSLATE_NOOP|say)\(\s*\"([^\"]+)\"", code)
    constants = re.findall(r"^\s*CTX\w*\s*=\s*\"([^\"]+)\"", code, re.M)
    return set(re.findall(r"^\s*class (\w+)", code, re.M)) | set(named) | set(constants)


def test_every_context_names_a_class_or_a_named_context() -> None:
    """`screen.tr(…)` is filed by lupdate under "screen" (the variable's name) and asked for by
    Qt under "CheckinScreen": the kiosk's PIN prompt stayed English. Any such context is caught
    here, not only the names NOWHERE lists."""
    asked = _contexts_the_program_asks_for()
    stray = {
        (ts.name, c.findtext("name") or "")
        for ts in FRENCH + ARABIC + ENGLISH
        for c in ET.parse(ts).getroot().iter("context")
        if (c.findtext("name") or "") not in asked
    }
    assert not stray, f"words filed under contexts the program never asks for: {sorted(stray)}"


def test_dialog_titles_outside_classes_are_translated(qapp: object) -> None:
    from PySide6.QtCore import QCoreApplication, QTranslator

    translator = QTranslator()
    assert translator.load(str(i18n.TS_DIR / "build" / "fr" / "mornings_fr.qm"))
    QCoreApplication.installTranslator(translator)
    try:
        for context, text, french in (
            ("badges", "Print badges", "Imprimer les badges"),
            ("ExportsScreen", "Export to", "Exporter vers"),
            ("SyncFiles", "Export a bundle", None),
        ):
            shown = QCoreApplication.translate(context, text)
            assert shown != text and (french is None or shown == french), (context, text)
    finally:
        QCoreApplication.removeTranslator(translator)
