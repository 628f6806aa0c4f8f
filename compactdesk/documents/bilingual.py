"""A bilingual paper: the same paper built in Welsh and in English, merged into one, Welsh first.

Under the Welsh Language Standards Welsh must not be treated less favourably than English, so in every
element the Welsh comes first: a heading or a label reads "Cymraeg / English" (the Welsh line above the
English when they are long), a table's column headings carry both, and a cell or paragraph that differs
gives the Welsh, then the English. What is the same in both builds (the records people wrote: minutes,
notes, names, figures) appears once. Each differing text is a `Both`, so the Word renderer can mark the
English part en-GB in a paper tagged cy-GB.

The two builds come from the same records, so they must have the same shape; a difference is a fault in a
builder, refused with `BilingualMismatch` rather than merged into nonsense.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterator, Sequence
from contextlib import contextmanager
from contextvars import ContextVar
from typing import TypeVar

from compactdesk import i18n
from compactdesk.documents.model import (
    BILINGUAL,
    BarChart,
    Both,
    BulletList,
    Cell,
    ChartSeries,
    Column,
    Document,
    Fields,
    Heading,
    Lines,
    PageBreak,
    Paragraph,
    Section,
    Span,
    Table,
)

T = TypeVar("T")

# The most characters (Welsh and English together) that share a line as "Cymraeg / English"; longer, the
# English goes on the line below the Welsh.
HEADING_LINE = 60
LABEL_LINE = 36
STACKED = 0  # a table's columns are narrow: its headings and cells give the English below the Welsh
PARAGRAPH_LINE = 40
TITLE_SEPARATOR = " / "
ALIGN_LIMIT = 50
_ITEM_NUMBER = re.compile(r"^\d+[a-z]?\.\s+")


_rendering: ContextVar[str | None] = ContextVar("rendering", default=None)


@contextmanager
def rendering(language: str) -> Iterator[None]:
    """While a paper in `language` is laid out: the renderers' own words (page numbers, "no data") are in
    its language, in both for a bilingual paper (see `say`)."""
    token = _rendering.set(language)
    try:
        with i18n.speaking(i18n.WELSH if language == BILINGUAL else language):
            yield
    finally:
        _rendering.reset(token)


def say(words: Callable[[], str]) -> str:
    """`words()` in the language of the paper being laid out: Welsh then English for a bilingual one."""
    language = _rendering.get()
    return words() if language is None else in_languages(language, words, text)


def spoken(words: str) -> str:
    """A text made bilingual already (a pack's item title) as the language spoken now has it: its Welsh part
    in Welsh, its English part in English; any other text as it is."""
    if not isinstance(words, Both):
        return words
    return words.welsh if i18n.language() == i18n.WELSH else words.english


class BilingualMismatch(ValueError):
    """The Welsh and English builds of a paper differ in shape, so they cannot be put side by side."""


def in_languages(language: str, build: Callable[[], T], merge: Callable[[T, T], T] | None = None) -> T:
    """`build()` in `language` ("en" or "cy"), or for "both" built in Welsh and in English and merged
    (by `merge`, documents by default)."""
    return i18n.in_languages(language, build, merge or merge_documents)


def text(welsh: str, english: str, line: int = HEADING_LINE) -> str:
    """One text for both: once when the same, else the Welsh then the English, on one line when together
    they are at most `line` characters, else on two."""
    if welsh == english:
        return welsh
    if isinstance(welsh, Both) or isinstance(english, Both):
        raise BilingualMismatch(f"{welsh!r} and {english!r} are bilingual already")
    one_line = "\n" not in welsh and "\n" not in english and len(welsh.strip()) + len(english.strip()) <= line
    if not one_line:
        return _stacked(welsh, english)
    # Space around the words stays outside the pair, and so do an item's number and a label's colon:
    # "Penderfynwyd: " and "Decided: " make "Penderfynwyd / Decided: ", not "Penderfynwyd:  / Decided: ".
    lead = _common_edge(welsh, english, _number_start)
    tail = _common_edge(welsh, english, _label_end)
    core_w, core_e = welsh[len(lead):len(welsh) - len(tail)], english[len(lead):len(english) - len(tail)]
    return Both(lead + core_w, core_e + tail, TITLE_SEPARATOR)


def _stacked(welsh: str, english: str) -> str:
    """The English lines below the Welsh; lines the same in both at the start or the end (a name, a file's
    name: records) are said once, before or after them."""
    w_lines, e_lines = welsh.split("\n"), english.split("\n")
    shorter = min(len(w_lines), len(e_lines))
    head = 0
    while head < shorter - 1 and w_lines[head] == e_lines[head]:
        head += 1
    foot = 0
    while foot < shorter - head - 1 and w_lines[-1 - foot] == e_lines[-1 - foot]:
        foot += 1
    before = "".join(line + "\n" for line in w_lines[:head])
    after = "".join("\n" + line for line in w_lines[len(w_lines) - foot:])
    core_w = "\n".join(w_lines[head:len(w_lines) - foot])
    core_e = "\n".join(e_lines[head:len(e_lines) - foot])
    lead = _common_edge(core_w, core_e, _number_start)
    space = _common_edge(core_w, core_e, str.rstrip)  # said once, at the end of the English
    return Both(before + core_w[:len(core_w) - len(space)], core_e[len(lead):] + after, "\n")


def _number_start(words: str) -> str:
    # An item's number ("4. Materion sy'n codi", "4. Matters arising") is said once, before both.
    return _ITEM_NUMBER.sub("", words.lstrip(), count=1)


def _label_end(words: str) -> str:
    return words.rstrip().removesuffix(":").rstrip()


def _common_edge(first: str, second: str, strip) -> str:
    """What both texts start with (an item's number, space) or end with (space, a label's colon), as `strip`
    leaves it off; "" when the two differ there."""
    kept_first, kept_second = len(strip(first)), len(strip(second))
    if strip is _number_start:
        edge_first, edge_second = first[:len(first) - kept_first], second[:len(second) - kept_second]
    else:
        edge_first, edge_second = first[kept_first:], second[kept_second:]
    return edge_first if edge_first == edge_second else ""


def merge_documents(welsh: Document, english: Document) -> Document:
    """The two builds of a paper as one bilingual paper (see the module's docstring)."""
    where = english.title
    _same(len(welsh.sections), len(english.sections), where, "the number of sections")
    sections = tuple(_section(w, e, f"{where}, section {index}")
                     for index, (w, e) in enumerate(zip(welsh.sections, english.sections), start=1))
    return Document(text(welsh.title, english.title, line=10_000), text(welsh.group, english.group, line=10_000),
                    sections, text(welsh.header_note, english.header_note, line=HEADING_LINE), language=BILINGUAL)


def merge_named(welsh: Sequence[tuple[str, Document]], english: Sequence[tuple[str, Document]]
                ) -> list[tuple[str, Document]]:
    """Papers in several files (a letter to each officer), paired by the name each is for: the names are
    records, the same in both builds, though they may come in another alphabetical order."""
    names = [name for name, _ in welsh]
    others = [name for name, _ in english]
    if names != others:
        _same(sorted(names), sorted(others), "the files", "whom they are for")
        _same(len(set(others)), len(others), "the files", "whom they are for (a name twice, in another order)")
        by_name = dict(english)
        english = [(name, by_name[name]) for name in names]
    return [(name, merge_documents(w, e)) for (name, w), (_, e) in zip(welsh, english)]


def _section(welsh: Section, english: Section, where: str) -> Section:
    _same(welsh.own_numbers, english.own_numbers, where, "whether it numbers its own pages")
    _same(len(welsh.blocks), len(english.blocks), where, "the number of blocks")
    return Section(tuple(_block(w, e, f"{where}, block {index}")
                         for index, (w, e) in enumerate(zip(welsh.blocks, english.blocks), start=1)),
                   welsh.own_numbers)


def _block(welsh, english, where: str):
    _same(type(welsh).__name__, type(english).__name__, where, "the kind of block")
    match welsh:
        case Heading():
            _same(welsh.level, english.level, where, "the heading's level")
            return Heading(text(welsh.text, english.text), welsh.level)
        case Paragraph():
            return _paragraph(welsh, english, where)
        case Lines():
            _same(len(welsh.lines), len(english.lines), where, "the number of lines")
            return Lines(tuple(text(w, e, LABEL_LINE) for w, e in zip(welsh.lines, english.lines)), welsh.align_right)
        case Fields():
            _same(len(welsh.pairs), len(english.pairs), where, "the number of fields")
            return Fields(tuple((text(wl, el, LABEL_LINE), text(wv, ev, LABEL_LINE))
                                for (wl, wv), (el, ev) in zip(welsh.pairs, english.pairs)))
        case BulletList():
            _same(len(welsh.items), len(english.items), where, "the number of items")
            return BulletList(tuple(text(w, e, PARAGRAPH_LINE) for w, e in zip(welsh.items, english.items)))
        case Table():
            return _table(welsh, english, where)
        case BarChart():
            return _chart(welsh, english, where)
        case PageBreak():
            return welsh
    raise BilingualMismatch(f"{where}: a {type(welsh).__name__} cannot be made bilingual")


def _paragraph(welsh: Paragraph, english: Paragraph, where: str) -> Paragraph:
    _same(welsh.style, english.style, where, "the paragraph's style")
    _same(len(welsh.spans), len(english.spans), where, "the number of pieces of the paragraph")
    if welsh == english:
        return welsh
    pairs = list(zip(welsh.spans, english.spans))
    for w, e in pairs:
        _same((w.bold, w.italic), (e.bold, e.italic), where, "the paragraph's bold and italic")
    if any(w.text == e.text and w.text.strip() for w, e in pairs) or len(pairs) == 1:
        # A label and a record ("Decided: " and what was decided): the label in both, the record once.
        return Paragraph(tuple(Span(text(w.text, e.text, PARAGRAPH_LINE), w.bold, w.italic) for w, e in pairs),
                         welsh.style)
    # Sentences made of several pieces: the whole Welsh, then the whole English below it, each in its language.
    return Paragraph((*_marked(welsh.spans, i18n.WELSH), Span("\n"), *_marked(english.spans, i18n.ENGLISH)),
                     welsh.style)


def _marked(spans: tuple[Span, ...], language: str) -> tuple[Span, ...]:
    # A Both with one part empty is a text in one language: Word marks it so.
    return tuple(Span(Both(span.text, "", "") if language == i18n.WELSH else Both("", span.text, ""),
                      span.bold, span.italic) for span in spans)


def _table(welsh: Table, english: Table, where: str) -> Table:
    _same(len(welsh.columns), len(english.columns), where, "the number of columns")
    _same(len(welsh.rows), len(english.rows), where, "the number of rows")
    columns = []
    for w, e in zip(welsh.columns, english.columns):
        _same((w.width, w.right), (e.width, e.right), where, "the columns' widths")
        columns.append(Column(text(w.title, e.title, STACKED), w.width, w.right))
    rows = []
    for number, (w_row, e_row) in enumerate(zip(welsh.rows, _aligned(welsh.rows, english.rows)), start=1):
        cells = []
        for w, e in zip(w_row, e_row):
            _same((w.tone, w.bold), (e.tone, e.bold), f"{where}, row {number}", "a cell's colour or weight")
            cells.append(Cell(text(w.text, e.text, STACKED), w.tone, w.bold))
        rows.append(tuple(cells))
    return Table(tuple(columns), tuple(rows))


def _aligned(welsh: tuple, english: tuple) -> tuple:
    """The English rows in the Welsh rows' order. Rows sorted by name may come in another order in the
    English build (in Welsh "ll" is a letter after "l": Luned before Lloyd); each Welsh row takes the English
    row that shares the most cells with it in the same columns (the names, the figures), the one in the same
    place when it ties. A text in very many rows (a partner, "1") tells no row apart and is not looked at."""
    by_cell: dict[tuple[int, str], list[int]] = {}
    for index, row in enumerate(english):
        for column, cell in enumerate(row):
            if cell.text:
                by_cell.setdefault((column, cell.text), []).append(index)
    used: set[int] = set()
    order = []
    for index, row in enumerate(welsh):
        scores = {index: 0} if index < len(english) and index not in used else {}
        for column, cell in enumerate(row):
            found = by_cell.get((column, cell.text), ()) if cell.text else ()
            if len(found) > ALIGN_LIMIT:
                continue
            for candidate in found:
                if candidate not in used:
                    scores[candidate] = scores.get(candidate, 0) + 1
        if not scores:
            scores = {next(other for other in range(len(english)) if other not in used): 0}
        best = max(scores, key=lambda candidate: (scores[candidate], candidate == index))
        used.add(best)
        order.append(english[best])
    return tuple(order)


def _chart(welsh: BarChart, english: BarChart, where: str) -> BarChart:
    _same(len(welsh.series), len(english.series), where, "the chart's series")
    _same(len(welsh.categories), len(english.categories), where, "the chart's categories")
    _same((welsh.maximum, [s.values for s in welsh.series]), (english.maximum, [s.values for s in english.series]),
          where, "the chart's figures")
    # A chart writes its names on one line each: " / " between, never a line break.
    return BarChart(text(welsh.title, english.title), tuple(text(w, e, 10_000) for w, e in
                                                            zip(welsh.categories, english.categories)),
                    tuple(ChartSeries(text(w.name, e.name, 10_000), w.values)
                          for w, e in zip(welsh.series, english.series)),
                    text(welsh.unit, english.unit, LABEL_LINE), welsh.maximum,
                    text(welsh.description, english.description, PARAGRAPH_LINE))


def _same(welsh, english, where: str, what: str) -> None:
    if welsh != english:
        raise BilingualMismatch(f"The Welsh and English builds of {where} differ in {what} ({welsh!r} and "
                                f"{english!r}), so they cannot be put side by side.")


def merge_blocks(welsh: tuple, english: tuple, where: str = "the paper") -> tuple:
    """Two builds of a run of blocks (an agenda inside the agenda pack) as one."""
    return _section(Section(tuple(welsh)), Section(tuple(english)), where).blocks
