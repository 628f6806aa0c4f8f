"""One search across everything (issue 16): the group's full-text indexes (revisions 0006 and 0007) asked
what a person typed, the hits grouped by kind, each with the words around the match. A group's file asks
SQLite's FTS5 (services/search_sqlite.py), a group on a server PostgreSQL's own full-text search
(services/search_server.py): the same words found, weighed alike, and shown alike.

What is typed is never either engine's syntax: each word is only a word, and the last is matched as a
prefix, as the person is still typing it. Within a kind, hits come best first (bm25 on a file, ts_rank on
a server), a title's words weighing more than a note's; where what was typed is in more than RANKED rows
of one index, those come newest first (see search_sqlite.common), and the kind's indexes then take turns
(see _in_order).
"""

import datetime as dt
import html
from dataclasses import dataclass
from enum import StrEnum

from sqlalchemy.orm import Session

from compactdesk.domain.dates import uk_long_date
from compactdesk.domain.enums import MeetingKind, StandingItem
from compactdesk.domain.own_words import item_title
from compactdesk.domain.seeded_words import shown
from compactdesk.i18n import QT_TRANSLATE_NOOP, translate
from compactdesk.services import search_server, search_sqlite
from compactdesk.services.search_sqlite import match_query
from compactdesk.services.search_typed import END as _END
from compactdesk.services.search_typed import START as _START

__all__ = ["MAX_PER_KIND", "RANKED", "Group", "Hit", "Kind", "match_query", "search"]
MAX_PER_KIND = 50
RANKED = 500  # more matches than this in one index are listed newest first, not ranked


class Kind(StrEnum):
    MEETINGS = "meetings"
    TARGETS = "targets"
    FEEDBACK = "feedback"
    PEOPLE = "people"
    ORGANISATIONS = "organisations"
    CODES = "codes"
    CONSULTATIONS = "consultations"
    DISPUTES = "disputes"

    def label(self) -> str:
        return translate("Search", _LABELS[self])


_LABELS = {
    Kind.MEETINGS: QT_TRANSLATE_NOOP("Search", "Meetings"),
    Kind.TARGETS: QT_TRANSLATE_NOOP("Search", "Action plan targets"),
    Kind.FEEDBACK: QT_TRANSLATE_NOOP("Search", "Feedback"),
    Kind.PEOPLE: QT_TRANSLATE_NOOP("Search", "People"),
    Kind.ORGANISATIONS: QT_TRANSLATE_NOOP("Search", "Organisations"),
    Kind.CODES: QT_TRANSLATE_NOOP("Search", "Codes of practice"),
    Kind.CONSULTATIONS: QT_TRANSLATE_NOOP("Search", "Consultations"),
    Kind.DISPUTES: QT_TRANSLATE_NOOP("Search", "Disputes"),
}


@dataclass(frozen=True)
class Hit:
    kind: Kind
    record_id: int  # of the record `area` opens: a meeting for an agenda item, a target for a progress note
    area: str  # as MainWindow.show_record takes it: "meetings", "people/organisations", …
    title: str
    snippet: tuple[tuple[str, bool], ...]  # the words around the match, as (text, matched) pieces
    rank: float  # bm25, or -ts_rank on a server: lower is better

    def snippet_text(self, before: str = "", after: str = "") -> str:
        """The snippet as plain text, each matched piece between `before` and `after`."""
        return "".join(f"{before}{piece}{after}" if matched else piece for piece, matched in self.snippet)

    def repeats_title(self) -> bool:
        """Whether the words around the match are the title itself (a match in a short title): shown once."""
        return self.snippet_text().strip("… ") == self.title.strip()

    def snippet_html(self) -> str:
        """The snippet as HTML with the matched words in bold; everything stored is escaped."""
        return "".join(f"<b>{html.escape(piece)}</b>" if matched else html.escape(piece)
                       for piece, matched in self.snippet)


@dataclass(frozen=True)
class Group:
    kind: Kind
    hits: tuple[Hit, ...]
    more: bool  # more were found than are listed

    def label(self) -> str:
        return self.kind.label()


@dataclass(frozen=True)
class _Source:
    """One index, and how its hits are shown: `columns` (the id of the record to open, then what its
    title is made of) read through `joins` from the hits, `hit`, whose rowid is the indexed row's id."""
    kind: Kind
    index: str
    weights: tuple[float, ...]  # bm25's, one a column in the index's order (a server's: store/pg_search.py)
    columns: str
    joins: str
    area: str


_SOURCES = (
    _Source(Kind.MEETINGS, "search_agenda_item", (8, 2, 3, 1, 2, 8),
            "m.id, m.kind, m.starts_at, a.position, a.title, a.title_cy, a.standing",
            "JOIN agenda_item a ON a.id = hit.rowid JOIN meeting m ON m.id = a.meeting_id", "meetings"),
    _Source(Kind.MEETINGS, "search_meeting", (2, 1), "m.id, m.kind, m.starts_at, NULL, NULL, NULL, NULL",
            "JOIN meeting m ON m.id = hit.rowid", "meetings"),
    _Source(Kind.TARGETS, "search_target", (8, 2, 1), "t.id, t.title", "JOIN target t ON t.id = hit.rowid",
            "actions"),
    _Source(Kind.TARGETS, "search_target_progress", (1,), "t.id, t.title",
            "JOIN target_progress p ON p.id = hit.rowid JOIN target t ON t.id = p.target_id", "actions"),
    _Source(Kind.FEEDBACK, "search_feedback", (8, 2, 2, 1), "f.id, f.issue", "JOIN feedback f ON f.id = hit.rowid",
            "feedback"),
    _Source(Kind.PEOPLE, "search_person", (8, 3, 3, 2, 1), "p.id, p.name, p.role",
            "JOIN person p ON p.id = hit.rowid", "people/people"),
    _Source(Kind.ORGANISATIONS, "search_organisation", (8, 1), "o.id, o.name",
            "JOIN organisation o ON o.id = hit.rowid", "people/organisations"),
    _Source(Kind.CODES, "search_code_of_practice", (8, 1), "c.id, c.name",
            "JOIN code_of_practice c ON c.id = hit.rowid", "standards/codes"),
    _Source(Kind.CODES, "search_code_review", (1,), "c.id, c.name",
            "JOIN code_review r ON r.id = hit.rowid JOIN code_of_practice c ON c.id = r.code_id", "standards/codes"),
    _Source(Kind.CONSULTATIONS, "search_consultation", (8, 2, 1), "c.id, c.title",
            "JOIN consultation c ON c.id = hit.rowid", "standards/consultations"),
    _Source(Kind.DISPUTES, "search_dispute", (8, 2, 2), "d.id, d.title", "JOIN dispute d ON d.id = hit.rowid",
            "disputes"),
    _Source(Kind.DISPUTES, "search_dispute_step", (1,), "d.id, d.title",
            "JOIN dispute_step s ON s.id = hit.rowid JOIN dispute d ON d.id = s.dispute_id", "disputes"),
)


def _pieces(snippet: str) -> tuple[tuple[str, bool], ...]:
    pieces: list[tuple[str, bool]] = []
    rest = " ".join((snippet or "").split())  # one line: minutes keep their line breaks
    while rest:
        start = rest.find(_START)
        if start < 0:
            pieces.append((rest, False))
            break
        end = rest.find(_END, start)
        end = len(rest) if end < 0 else end
        if start:
            pieces.append((rest[:start], False))
        pieces.append((rest[start + 1:end], True))
        rest = rest[end + 1:]
    return tuple((piece.replace(_START, "").replace(_END, ""), matched) for piece, matched in pieces if piece)


def _meeting_title(kind: str, starts_at, position: int | None, item: str | None, item_cy: str | None = None,
                   standing: str | None = None) -> str:
    day = starts_at if isinstance(starts_at, dt.datetime) else dt.datetime.fromisoformat(str(starts_at))
    try:
        kind_label = MeetingKind(kind).label()
    except ValueError:  # a kind a newer version wrote
        kind_label = str(kind)
    meeting = translate("Search", "{kind}, {day}").format(kind=kind_label, day=uk_long_date(day.date()))
    if item is None:
        return meeting
    standing_item = StandingItem(standing) if standing in set(StandingItem) else None
    return translate("Search", "{meeting} — item {number}: {title}").format(
        meeting=meeting, number=(position or 0) + 1, title=item_title(item, item_cy, standing_item))


def _title(kind: Kind, parts: tuple) -> str:
    if kind is Kind.MEETINGS:
        return _meeting_title(*parts)
    if kind is Kind.PEOPLE and parts[1]:
        return translate("Search", "{name}, {role}").format(name=parts[0], role=parts[1])
    if kind is Kind.CODES:  # a national code titled in the program's words for it, as the page shows it
        return shown(parts[0])
    return str(parts[0])


def _hits(session: Session, engine, source: _Source, query, common: bool | None, limit: int) -> tuple[bool, list[Hit]]:
    """(whether they were ranked, the hits) for one index, in its order."""
    if common is None:  # the engine knows that no row matches
        return True, []
    rows = engine.rows(session, source, query, not common, limit)
    return not common, [Hit(source.kind, row[2], source.area, _title(source.kind, tuple(row[3:])),
                            _pieces(row[1]), row[0]) for row in rows]


def _in_order(lists: list[tuple[bool, list[Hit]]]) -> list[Hit]:
    """One kind's hits from each of its indexes, as one list.

    Where every index ranked its hits, they are merged by bm25, lower first: scores from two indexes of
    one kind are near enough alike to weigh a title against a note. Where one listed its hits newest first
    (a word too common to rank), those carry no score (0.0), and any fixed place for them would be wrong
    either way: ranked hits first would always push the common word's out of the few shown, and the other
    way round too. Then the indexes take turns instead, the first hit of each (in _SOURCES' order), then the
    second of each, and so on, each index's own order kept: the same order whichever index is the common one.
    """
    if all(ranked for ranked, _ in lists):
        return sorted((hit for _, hits in lists for hit in hits), key=lambda hit: hit.rank)
    longest = max((len(hits) for _, hits in lists), default=0)
    return [hits[place] for place in range(longest) for _, hits in lists if place < len(hits)]


def search(session: Session, typed: str, limit_per_kind: int = 5) -> list[Group]:
    """The records whose words match what was typed, grouped by kind (in a fixed order, kinds with
    no hit left out), at most `limit_per_kind` hits a kind, best first. [] when nothing was typed."""
    engine = search_server if session.connection().dialect.name == "postgresql" else search_sqlite
    query = engine.query(session, typed or "")
    if query is None:
        return []
    limit = max(1, min(limit_per_kind, MAX_PER_KIND))
    with engine.searching(session):
        common = engine.common(session, _SOURCES, query, RANKED)
        found = {kind: _in_order([_hits(session, engine, source, query, common[source.index],
                                        limit + 1)
                                  for source in _SOURCES if source.kind is kind]) for kind in Kind}
    groups = []
    for kind in Kind:
        kept, seen = [], set()
        for hit in found[kind]:
            key = (hit.area, hit.record_id, hit.title)
            if key in seen:
                continue
            seen.add(key)
            kept.append(hit)
        if kept:
            groups.append(Group(kind, tuple(kept[:limit]), len(kept) > limit))
    return groups
