"""PDF pages that end between table rows and between lines, never through them.

Qt's own printing (QTextDocument.print_) moves a table row to the next page only when none of
its cells' first lines fits on the page, so a row whose text runs past the bottom is split over
two pages. Here each report is laid out once as one long page; the places where a page may end
are read from that layout (above a table row, above a line of a paragraph), and every page is
painted as a slice of it. A table's header row is painted again at the top of a page the table
continues on, a heading stays with what follows it, and only a row taller than a whole page is
cut, between its lines.

Words are never broken: the document wraps at word boundaries only, so a table column is never
narrower than its longest word. A run of characters too long for any column (a pasted link) is
given break opportunities first, by `breakable`.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING, NamedTuple

from trainer.core.errors import KnownError
from trainer.paths import private_umask

if TYPE_CHECKING:
    from PySide6.QtGui import QPainter, QPdfWriter, QTextDocument

# Longer than any word a column must hold whole (Swedish and Danish compounds included): only
# such runs get break opportunities, after URL punctuation or every SLICE characters.
LONG_RUN = 32
SLICE = 16
ZWSP = "\u200b"
_LONG = re.compile(rf"\S{{{LONG_RUN + 1},}}")
_PUNCT = re.compile(r"([/_\-.=&?,;:@])(?=\S)")


def breakable(text: str) -> str:
    """`text` with zero-width break opportunities inside runs no column could hold."""

    def split(match: re.Match[str]) -> str:
        run = _PUNCT.sub(lambda m: m.group(1) + ZWSP, match.group(0))
        parts = []
        for piece in run.split(ZWSP):
            parts.extend(piece[i : i + SLICE] for i in range(0, len(piece), SLICE))
        return ZWSP.join(parts)

    return _LONG.sub(split, text)


@dataclass(frozen=True)
class Cut:
    """A place where a page may end (at `end`) and the next one begin (at `start`).

    In a table the two differ by the border line between the rows, which both pages show.
    `header` is the table's header strip to repeat above `start`; `fine` marks a cut inside a
    row taller than a page; `allowed` is False where a heading or header would be left alone.
    """

    start: float
    end: float
    allowed: bool = True
    fine: bool = False
    header: tuple[float, float] | None = None


@dataclass(frozen=True)
class Page:
    """One page: the layout from `start` to `end`, under the repeated `header` strip if any."""

    start: float
    end: float
    header: tuple[float, float] | None = None


def paginate(cuts: list[Cut], total: float, height: float) -> list[Page]:
    """Fill each page as far as the last cut that fits; a cut through text only when none does."""
    ordered = sorted(cuts, key=lambda c: c.start)
    pages: list[Page] = []
    top, header = 0.0, None
    while True:
        room = height - (header[1] - header[0] if header else 0.0)
        if total - top <= room:
            pages.append(Page(top, total, header))
            return pages
        limit = top + room
        fits = [c for c in ordered if c.start > top + 1e-6 and c.end <= limit]
        best = (
            [c for c in fits if c.allowed and not c.fine] or [c for c in fits if not c.fine] or fits
        )
        if best:
            cut = best[-1]
            pages.append(Page(top, cut.end, header))
            top, header = cut.start, cut.header
        else:  # one line taller than a page: nothing to do but cut through it
            pages.append(Page(top, limit, header))
            top, header = limit, None


@dataclass
class _Row:
    top: float
    bottom: float
    lines: list[tuple[float, float]]
    heading: bool  # one cell across the whole table (a section heading)


def cuts_of(doc: QTextDocument) -> list[Cut]:
    """Every place the laid-out `doc` may end a page, read from its blocks and tables."""
    from PySide6.QtGui import QTextCursor

    layout = doc.documentLayout()
    # The document's parts in order: a paragraph's lines (and whether it is a heading), or a
    # table's rows, gathered from the blocks in its cells.
    parts: list[tuple[list[tuple[float, float]], bool] | tuple[object, dict[int, _Row]]] = []
    tables: dict[int, dict[int, _Row]] = {}
    block = doc.begin()
    while block.isValid():
        rect, text_layout = layout.blockBoundingRect(block), block.layout()
        lines = [
            (rect.top() + line.y(), rect.top() + line.y() + line.height())
            for line in (text_layout.lineAt(i) for i in range(text_layout.lineCount()))
        ]
        cursor = QTextCursor(block)
        table = cursor.currentTable()
        if table is None:
            parts.append((lines, block.blockFormat().headingLevel() > 0))
        else:
            key = table.firstPosition()
            if key not in tables:
                tables[key] = {}
                parts.append((table, tables[key]))
            cell = table.cellAt(cursor)
            row = tables[key].setdefault(cell.row(), _Row(rect.top(), rect.bottom(), [], False))
            row.top, row.bottom = min(row.top, rect.top()), max(row.bottom, rect.bottom())
            row.lines.extend(lines)
            row.heading = row.heading or cell.columnSpan() == table.columns() > 1
        block = block.next()
    cuts: list[Cut] = []
    after_heading = False  # a cut above the next part would leave a heading at a page's foot
    for first, second in parts:
        if isinstance(second, dict):
            cuts.extend(_row_cuts(first, second, dpi_scale(doc), glued=after_heading))
            after_heading = False
        else:
            cuts.extend(
                Cut(top, top, allowed=not (after_heading and i == 0))
                for i, (top, _bottom) in enumerate(first)
            )
            after_heading = second if first else after_heading
    return cuts


def dpi_scale(doc: QTextDocument) -> float:
    """Layout units per CSS pixel: Qt scales table paddings and borders to the paint device."""
    device = doc.documentLayout().paintDevice()
    return device.logicalDpiY() / 96.0 if device is not None else 1.0


def _row_cuts(table, rows: dict[int, _Row], scale: float, glued: bool) -> list[Cut]:
    """Cuts above each row (none inside the header, none under a section heading row), and
    between the lines of each row for the case of a row taller than a page."""
    fmt = table.format()
    pad, border, spacing = fmt.cellPadding(), fmt.border(), fmt.cellSpacing()
    css_gap = 2 * pad + spacing + (border if fmt.borderCollapse() else 2 * border)
    numbers = sorted(rows)
    gaps = [rows[b].top - rows[a].bottom for a, b in zip(numbers, numbers[1:], strict=False)]
    if css_gap > 0 and gaps:
        scale = sorted(gaps)[len(gaps) // 2] / css_gap  # measured from the layout, not assumed
    edge = (pad + border) * scale  # from a row's text to the outside of its border
    header_rows = min(fmt.headerRowCount(), len(numbers))
    header = None
    if header_rows and len(numbers) > header_rows:
        header = (rows[numbers[0]].top - edge, rows[numbers[header_rows - 1]].bottom + edge)
    cuts: list[Cut] = []
    for i, number in enumerate(numbers):
        row = rows[number]
        start = row.top - edge
        end = rows[numbers[i - 1]].bottom + edge if i else start
        allowed = (i == 0 and not glued) or (i > header_rows and not rows[numbers[i - 1]].heading)
        repeat = header if header and i > header_rows else None
        if repeat and fmt.borderCollapse():
            start += border * scale  # the header strip already ends with this line
        cuts.append(Cut(start, end, allowed=allowed, header=repeat))
        for top, _bottom in sorted(set(row.lines)):
            if top > row.top and not any(a < top < b for a, b in row.lines):
                cuts.append(Cut(top, top, fine=True, header=repeat))
    return cuts


FOOTER_MM = 8.0  # the band under each page's text: the call it belongs to and the page number


class Document(NamedTuple):
    """One call's pages: its HTML, the name in its footer, and how its pages are numbered
    ("sida {n} av {total}": in the call's language, like the rest of its pages)."""

    footer: str
    html: str
    page: str = "{n} / {total}"


def write(path: Path, documents: list[Document], title: str) -> None:
    """Write `documents` (each from a new page) as one A4 PDF titled `title`."""
    from PySide6.QtCore import QMarginsF
    from PySide6.QtGui import QPageLayout, QPageSize, QPainter, QPdfWriter

    writer = QPdfWriter(str(path))
    writer.setPageSize(QPageSize(QPageSize.PageSizeId.A4))
    writer.setPageMargins(QMarginsF(15, 12, 15, 12), QPageLayout.Unit.Millimeter)
    writer.setResolution(150)
    writer.setTitle(title)
    writer.setCreator("trainer")
    footer = FOOTER_MM / 25.4 * writer.resolution()
    height = writer.height() - footer
    laid = []
    for document in documents:
        doc = lay_out(document.html, writer)
        laid.append((document, doc, paginate(cuts_of(doc), doc.size().height(), height)))
    total = sum(len(pages) for _, _, pages in laid)
    try:  # created here, the user's only, so a folder that is not writable is a clear line
        with private_umask(), open(path, "wb"):
            pass
    except OSError as exc:
        raise KnownError(f"{path}: cannot write the PDF ({exc.strerror or exc})") from None
    painter = QPainter()
    if not painter.begin(writer):
        raise KnownError(f"{path}: cannot write the PDF; check that the folder is writable")
    number = 0
    try:
        for document, doc, pages in laid:
            for page in pages:
                if number:
                    writer.newPage()
                number += 1
                _paint_page(painter, doc, page)
                label = document.page.format(n=number, total=total)
                _paint_footer(painter, writer, document.footer, label, footer)
    finally:
        painter.end()


def lay_out(html: str, writer: QPdfWriter) -> QTextDocument:
    """`html` laid out once, at the page's width and the PDF's resolution, wrapping at words."""
    from PySide6.QtGui import QTextDocument, QTextOption

    doc = QTextDocument()
    doc.documentLayout().setPaintDevice(writer)
    option = QTextOption(doc.defaultTextOption())
    option.setWrapMode(QTextOption.WrapMode.WordWrap)
    doc.setDefaultTextOption(option)
    doc.setHtml(html)
    doc.setTextWidth(writer.width())
    return doc


def _paint_page(painter: QPainter, doc: QTextDocument, page: Page) -> None:
    """One slice of the long layout, under the repeated header strip if the page has one."""
    from PySide6.QtCore import QRectF

    width = doc.textWidth()
    painter.save()
    offset = 0.0
    if page.header:
        top, bottom = page.header
        painter.translate(0, -top)
        doc.drawContents(painter, QRectF(0, top, width, bottom - top))
        painter.translate(0, top)
        offset = bottom - top
    painter.translate(0, offset - page.start)
    doc.drawContents(painter, QRectF(0, page.start, width, page.end - page.start))
    painter.restore()


def _paint_footer(
    painter: QPainter, writer: QPdfWriter, name: str, number: str, band: float
) -> None:
    from PySide6.QtCore import QRectF, Qt
    from PySide6.QtGui import QColor, QFont

    painter.save()
    painter.setFont(QFont("DejaVu Sans", 7))
    painter.setPen(QColor("#6b7280"))
    box = QRectF(0, writer.height() - band * 0.6, writer.width(), band * 0.6)
    painter.drawText(box, int(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignBottom), name)
    painter.drawText(box, int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignBottom), number)
    painter.restore()
