"""Translations: one `.ts` per source module, so parallel work never edits the same file.

    python scripts/i18n.py update   # refresh resources/translations/<lang>/<module>.ts from the code
    python scripts/i18n.py build    # compile every language into resources/translations/build/<lang>/
    python scripts/i18n.py check    # list strings without a French translation (exit 1 if any)

Source strings are English. A `.ts` holds the translations of one module (`ui.mornings.screen.ts`),
plus `errors` and other NOOP contexts of core modules, which lupdate finds through
QT_TRANSLATE_NOOP. Edit translations with Qt Linguist (`pyside6-linguist`) or any XML editor.

English has `.ts` files too, holding only the plural messages (`-pluralonly`): the source says
"%n badge(s)", the English forms say "1 badge" and "2 badges".
"""

from __future__ import annotations

import shutil
import subprocess
import sys
import xml.etree.ElementTree as ET
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
SRC = ROOT / "mornings_desktop"
TS_DIR = ROOT / "resources" / "translations"
BUILD = TS_DIR / "build"
LANGUAGES = ("fr", "ar", "en")
SOURCE_LANGUAGE = "en"  # its .ts files hold the plural forms only
MARKERS = ("tr(", "translate(", "QT_TRANSLATE_NOOP(", "QT_TR_NOOP(")


def tool(name: str) -> str:
    found = shutil.which(f"pyside6-{name}", path=str(Path(sys.executable).parent)) or shutil.which(
        f"pyside6-{name}"
    )
    if not found:
        raise SystemExit(f"pyside6-{name} not found: install PySide6-Essentials")
    return found


def modules() -> list[Path]:
    return sorted(
        p
        for p in SRC.rglob("*.py")
        if "migrations" not in p.parts and any(m in p.read_text("utf-8") for m in MARKERS)
    )


def ts_name(path: Path) -> str:
    return ".".join(path.relative_to(SRC).with_suffix("").parts) + ".ts"


def update() -> None:
    lupdate = tool("lupdate")
    for lang in LANGUAGES:
        folder = TS_DIR / lang
        folder.mkdir(parents=True, exist_ok=True)
        wanted = set()
        for module in modules():
            target = folder / ts_name(module)
            wanted.add(target.name)
            subprocess.run(
                [
                    lupdate,
                    "-silent",
                    "-locations",
                    "none",
                    "-no-obsolete",
                    "-target-language",
                    lang,
                    *(["-pluralonly"] if lang == SOURCE_LANGUAGE else []),
                    str(module),
                    "-ts",
                    str(target),
                ],
                check=True,
            )
            if not unfinished(target) and not list(messages(target)):
                target.unlink()
        for stale in folder.glob("*.ts"):
            if stale.name not in wanted:
                stale.unlink()


def messages(ts: Path):  # type: ignore[no-untyped-def]
    tree = ET.parse(ts)
    for context in tree.getroot().iter("context"):
        name = context.findtext("name")
        for message in context.iter("message"):
            yield name, message


def unfinished(ts: Path) -> list[tuple[str, str]]:
    missing = []
    for context, message in messages(ts):
        translation = message.find("translation")
        # A plural message keeps its forms in <numerusform> children, not in the text.
        forms = [] if translation is None else translation.findall("numerusform")
        empty = (
            any(not (form.text or "").strip() for form in forms)
            if forms
            else translation is None or not (translation.text or "").strip()
        )
        if (
            translation is None
            or translation.get("type") in ("unfinished", "vanished", "obsolete")
            or empty
        ):
            if translation is not None and translation.get("type") in ("vanished", "obsolete"):
                continue
            missing.append((context, message.findtext("source") or ""))
    return missing


def build() -> None:
    lrelease = tool("lrelease")
    for lang in LANGUAGES:
        files = sorted((TS_DIR / lang).glob("*.ts"))
        out = BUILD / lang
        if out.exists():
            shutil.rmtree(out)
        out.mkdir(parents=True, exist_ok=True)
        if files:
            subprocess.run(
                [lrelease, "-silent", *map(str, files), "-qm", str(out / f"mornings_{lang}.qm")],
                check=True,
            )


def use_checkout_translations(folder: Path) -> None:
    """Compile this checkout's .ts files into `folder` and make the program load them from there
    (the screenshot scripts: never whatever was built before)."""
    global BUILD
    BUILD = folder
    build()
    from mornings_desktop import i18n

    i18n.qm_dir = lambda: folder  # type: ignore[assignment]


def check(lang: str = "fr") -> int:
    missing = []
    for ts in sorted((TS_DIR / lang).glob("*.ts")):
        missing += [(ts.name, c, s) for c, s in unfinished(ts)]
    for name, context, source in missing:
        print(f"{name}: [{context}] {source!r}")
    print(f"{len(missing)} strings without a {lang} translation")
    return 1 if missing else 0


if __name__ == "__main__":
    command = sys.argv[1] if len(sys.argv) > 1 else "build"
    if command == "update":
        update()
    elif command == "build":
        build()
    elif command == "check":
        sys.exit(check(sys.argv[2] if len(sys.argv) > 2 else "fr"))
    else:
        raise SystemExit(__doc__)
