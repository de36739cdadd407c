"""The desk quick sheet: one A4 page, in French, in big type, to tape next to the scanner.

It says how to scan, what each result looks like on the screen (the same colour, symbol and words
as the check-in screen: see wording/checkin_results.py and its French translation) and what to do,
how to find someone by name, register a walk-in, undo a check-in, and what to do when the screen
is red. `mornings quick-sheet -o FILE.pdf` writes it; docs/guide/fiche-accueil.pdf is a copy.
"""

from __future__ import annotations

import os
import tempfile
from dataclasses import dataclass
from pathlib import Path

from reportlab.lib.colors import HexColor, white
from reportlab.lib.pagesizes import A4
from reportlab.lib.utils import simpleSplit
from reportlab.pdfgen.canvas import Canvas

from mornings_desktop.documents.badge_layout import BOLD, REGULAR, register_fonts

TITLE = "Accueil des Matinales — fiche du poste"


@dataclass(frozen=True)
class ResultLine:
    colour: str  # the check-in screen's background for this result
    symbol: str
    word: str  # the headline the check-in screen shows, in French
    todo: str


# Colours, symbols and words as on the check-in screen (wording/checkin_results.py, French .ts).
RESULTS: tuple[ResultLine, ...] = (
    ResultLine("#1b7f3b", "✔", "Admis", "Bienvenue ! Laissez entrer, remettez le badge."),
    ResultLine(
        "#a35a00",
        "↻",
        "Déjà entré",
        "Déjà arrivé(e) : l’écran dit à quelle heure et à quel poste. "
        "Ne pas admettre une seconde fois.",
    ),
    ResultLine(
        "#6a2c91",
        "⚠",
        "Pas pour cette Matinale",
        "Billet d’une autre Matinale (date à l’écran). Cherchez la personne par son nom.",
    ),
    ResultLine(
        "#7a1f1f",
        "⊘",
        "Annulée",
        "Inscription annulée : orientez la personne vers un organisateur.",
    ),
    ResultLine(
        "#34495e",
        "?",
        "Billet inconnu",
        "Aucun billet ne correspond : cherchez par le nom, sinon inscription sur place.",
    ),
    ResultLine(
        "#b71c1c",
        "✖",
        "Code non reconnu",
        "Code mal lu ou remplacé : rescannez (billet à plat, écran plus lumineux), "
        "sinon cherchez par le nom.",
    ),
    ResultLine(
        "#b71c1c",
        "⚠",
        "NON ENREGISTRÉ",
        "L’arrivée n’a PAS été enregistrée (disque plein, clé retirée…). "
        "Notez le nom sur papier et prévenez un organisateur.",
    ),
)

# (heading, lines); "«…»" quotes the exact labels of the screen.
SECTIONS: tuple[tuple[str, tuple[str, ...]], ...] = (
    (
        "Chercher par le nom",
        (
            "Tapez quelques lettres du nom ou de l’organisation : la liste apparaît.",
            "↑ / ↓ pour choisir la personne, Entrée pour l’admettre. Échap efface.",
        ),
    ),
    (
        "Personne non inscrite : sur place — Ctrl+N",
        (
            "Ctrl+N (bouton « Sur place… ») : le nom tapé est repris.",
            "Complétez organisation et catégorie, puis « Inscrire et admettre ».",
        ),
    ),
    (
        "Erreur ? Annuler — Ctrl+Z",
        (
            "Ctrl+Z annule la dernière arrivée de ce poste (« Arrivée annulée »).",
            "Ctrl+H : historique de la personne choisie, pour annuler une arrivée précise.",
            "Ctrl+E : signalements (VIP, à encaisser…) et remarque de la personne affichée.",
        ),
    ),
    (
        "Quand l’écran est rouge",
        (
            "1. Lisez la phrase sous le nom : elle dit quoi faire.",
            "2. Cherchez la personne par son nom.",
            "3. Sinon, faites-la patienter sur le côté et appelez un organisateur : "
            "la file continue, scannez le suivant.",
        ),
    ),
)

SCAN_LINES = (
    "Le curseur reste dans le grand champ « Scannez un billet, ou tapez un nom pour chercher ».",
    "Scannez le QR code du billet (papier ou téléphone) : la réponse s’affiche en grand, "
    "avec un son. Rien d’autre à faire.",
)

FOOTER = "Mode borne : Ctrl+Échap puis le code PIN pour en sortir.  ·  Accueil : Ctrl+4"


class SheetTooLong(ValueError):
    """The text no longer fits on one page (a bug in the content, caught by the tests)."""


def render(path: Path) -> Path:
    """Write the quick sheet to `path` (atomically); returns the path."""
    register_fonts()
    path = Path(path)
    path.parent.mkdir(parents=True, exist_ok=True)
    fd, tmp = tempfile.mkstemp(prefix=".quick-sheet-", suffix=".pdf", dir=path.parent)
    os.close(fd)
    try:
        canvas = Canvas(tmp, pagesize=A4, invariant=True, initialFontName=REGULAR)
        canvas.setTitle(TITLE)
        canvas.setAuthor("Mornings Desktop")
        _draw(canvas)
        canvas.save()
        os.replace(tmp, path)
    except BaseException:
        Path(tmp).unlink(missing_ok=True)
        raise
    return path


def _draw(c: Canvas) -> None:
    width, height = A4
    margin = 30.0
    text_width = width - 2 * margin
    y = height - margin

    def lines(text: str, font: str, size: float, indent: float = 0.0) -> None:
        nonlocal y
        for line in simpleSplit(text, font, size, text_width - indent):
            y -= size * 1.25
            c.setFont(font, size)
            c.drawString(margin + indent, y, line)

    def heading(text: str) -> None:
        nonlocal y
        y -= 7
        lines(text, BOLD, 17)
        y -= 2

    c.setFillColor(HexColor("#1b3a5c"))
    lines(TITLE, BOLD, 24)
    c.setFillColor(HexColor("#000000"))
    y -= 4
    heading("Scanner un billet")
    for text in SCAN_LINES:
        lines(text, REGULAR, 13)

    heading("Ce que dit l’écran, et quoi faire")
    box_w = 205.0
    for r in RESULTS:
        todo = simpleSplit(r.todo, REGULAR, 12, text_width - box_w - 10)
        words = simpleSplit(r.word, BOLD, 15, box_w - 38)
        row_h = max(30.0, len(todo) * 15.0 + 6, len(words) * 18.0 + 8)
        top = y - 4
        c.setFillColor(HexColor(r.colour))
        c.roundRect(margin, top - row_h, box_w, row_h, 6, stroke=0, fill=1)
        c.setFillColor(white)
        c.setFont(BOLD, 15)
        c.drawString(margin + 8, top - row_h / 2 - 5, r.symbol)
        wy = top - (row_h - len(words) * 18.0) / 2 - 14
        for word in words:
            c.drawString(margin + 30, wy, word)
            wy -= 18.0
        c.setFillColor(HexColor("#000000"))
        c.setFont(REGULAR, 12)
        ty = top - (row_h - len(todo) * 15.0) / 2 - 11
        for line in todo:
            c.drawString(margin + box_w + 10, ty, line)
            ty -= 15.0
        y = top - row_h

    for title, texts in SECTIONS:
        heading(title)
        for text in texts:
            lines(text, REGULAR, 13)

    y -= 8
    c.setFillColor(HexColor("#555555"))
    lines(FOOTER, REGULAR, 11)
    if y < margin:
        raise SheetTooLong(f"the quick sheet overflows the page by {margin - y:.0f} points")
    c.showPage()
