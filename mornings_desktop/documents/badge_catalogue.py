"""The badge templates a person can choose from: the built-in ones and the organiser's own, which
replace a built-in one of the same id; saving the organiser's templates, never half a file."""

from __future__ import annotations

import json
import os
import tempfile
from collections.abc import Iterable
from dataclasses import dataclass, field
from pathlib import Path

from mornings_desktop.documents.badge_templates import (
    BadgeTemplate,
    builtin_dir,
    check_fits,
    load_template,
)
from mornings_desktop.errors import QT_TRANSLATE_NOOP, ValidationError


@dataclass(frozen=True)
class Catalogue:
    templates: list[BadgeTemplate]
    problems: list[str]  # unreadable files, skipped with their reason
    errors: list[ValidationError] = field(default_factory=list)  # the same, to translate

    def get(self, template_id: str) -> BadgeTemplate:
        for t in self.templates:
            if t.id == template_id:
                return t
        raise ValidationError(
            QT_TRANSLATE_NOOP("errors", "No badge template {id}; known: {known}."),
            id=template_id,
            known=", ".join(t.id for t in self.templates),
        )


def load_catalogue(user_dir: Path | None = None, builtin: Path | None = None) -> Catalogue:
    """Every usable template: built-in first, then the user's (which replace same ids)."""
    found: dict[str, BadgeTemplate] = {}
    problems: list[str] = []
    errors: list[ValidationError] = []
    folders: Iterable[Path | None] = (builtin or builtin_dir(), user_dir)
    for folder in folders:
        if folder is None or not folder.is_dir():
            continue
        for file in sorted(folder.glob("*.json")):
            try:
                template = load_template(file)
            except ValidationError as exc:
                problems.append(str(exc))
                errors.append(exc)
                continue
            found[template.id] = template
    return Catalogue(list(found.values()), problems, errors)


def save_user_template(template: BadgeTemplate, user_dir: Path) -> Path:
    """Write `template` as `<id>.json` in the user's folder (checked first; never half a file)."""
    check_fits(template)
    user_dir.mkdir(parents=True, exist_ok=True)
    target = user_dir / f"{template.id}.json"
    text = json.dumps(template.to_json(), ensure_ascii=False, indent=2) + "\n"
    fd, tmp = tempfile.mkstemp(prefix=".tmp-", suffix=".json", dir=user_dir)
    try:
        with os.fdopen(fd, "w", encoding="utf-8") as handle:
            handle.write(text)
        os.replace(tmp, target)
    except BaseException:
        Path(tmp).unlink(missing_ok=True)
        raise
    return target
