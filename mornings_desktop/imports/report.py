"""What an import tells the person: one `RowIssue` per skipped or warned-about row, and the
`ImportReport` the command line prints and the window shows (with the encoding a CSV was read in,
and whether it was guessed, so the window can show a preview)."""

from __future__ import annotations

from dataclasses import asdict, dataclass, field


@dataclass(frozen=True)
class RowIssue:
    """A row skipped or warned about. `message` is English with `{}` params, for translation."""

    line: int
    code: str  # blank, totals, no_name, too_long, control_characters, invalid_email,
    # invalid_phone, same_name, duplicate, unknown_flag, unknown_category
    message: str
    params: dict[str, str] = field(default_factory=dict)

    @property
    def text(self) -> str:
        return self.message.format(**self.params)

    def to_json(self) -> dict[str, object]:
        return {"line": self.line, "code": self.code, "message": self.text}


@dataclass
class ImportReport:
    file: str
    kind: str
    dry_run: bool
    rows: int = 0
    created: int = 0  # new registrations
    updated: int = 0  # registrations (or their person) changed by this file
    unchanged: int = 0
    new_people: int = 0
    matched_in_directory: int = 0  # rows whose person was already in the directory
    duplicates_in_file: int = 0
    skipped: list[RowIssue] = field(default_factory=list)
    warnings: list[RowIssue] = field(default_factory=list)
    mapping: dict[str, object] = field(default_factory=dict)
    notes: list[str] = field(default_factory=list)
    encoding: str | None = None  # a CSV's text encoding (Python's name), None for workbooks
    encoding_guessed: bool = False  # True when no BOM and no valid UTF-8 told it: show a preview
    delimiter: str | None = None  # a CSV's separator
    sheet: str | None = None  # the workbook's sheet read
    sheets: list[str] = field(default_factory=list)  # all the workbook's sheets, in order
    unreadable_sheets: dict[str, str] = field(default_factory=dict)  # sheet -> why not read
    mapping_source: str = "guessed"  # guessed, remembered (confirmed before) or given

    def to_json(self) -> dict[str, object]:
        data = asdict(self)
        data["skipped"] = [i.to_json() for i in self.skipped]
        data["warnings"] = [i.to_json() for i in self.warnings]
        return data
