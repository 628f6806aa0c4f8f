"""Where a person is mentioned in the store's free text, for the secretary to confirm before an erase.

A person is found by their full name, by a title and their surname ("Ms Kowalczyk", "Y Cynghorydd Owen"), by
their surname alone or by their first name alone: whole words, in any case, in every text column of every table
(Python's Unicode rules decide, not SQLite's lower(), which folds ASCII only). Each mention has an id that names its
place and span, so an erase replaces exactly the spans the secretary ticked (services/personal.py).
"""

import functools
import re
import unicodedata
from dataclasses import dataclass
from enum import StrEnum

from sqlalchemy import Enum, String, Text, text
from sqlalchemy.orm import Session

from compactdesk.domain.dates import uk_date
from compactdesk.i18n import translate
from compactdesk.services.common import fetch
from compactdesk.store.engine import quoted
from compactdesk.store.models import (
    AgendaItem,
    AgendaPaper,
    Base,
    ChampionChange,
    CodeOfPractice,
    CodeReview,
    CodeStatusChange,
    Commitment,
    CompactLead,
    CompactStatusChange,
    Consultation,
    Department,
    Dispute,
    DisputeStage,
    DisputeStep,
    Feedback,
    FundingNotice,
    HealthCheck,
    Indicator,
    IndicatorRating,
    Meeting,
    Organisation,
    Person,
    RelationshipRating,
    Seat,
    SignUp,
    Target,
    TargetProgress,
    key_column,
)

__all__ = ["Mention", "MentionKind", "find_mentions"]

# Titles written before a surname, longest first; each may end with a full stop ("Mr." as well as "Mr").
TITLES = sorted([
    "Mr", "Mrs", "Ms", "Miss", "Mx", "Dr", "Cllr", "Councillor", "Prof", "Professor", "Rev", "Revd", "Reverend",
    "Sir", "Dame", "Lord", "Lady", "Insp", "Inspector", "Chief Inspector", "Ch Insp", "Sgt", "Sergeant", "PC", "PCSO",
    "Supt", "Superintendent", "Chief Superintendent", "Ch Supt",
    # Welsh: councillor, reverend, professor, dame, sir, lord.
    "Y Cynghorydd", "Cynghorydd", "Cyng", "Y Parchedig", "Parchedig", "Parch", "Yr Athro", "Athro", "Y Fonesig",
    "Y Foneddiges", "Syr", "Yr Arglwydd", "Arglwydd",
], key=len, reverse=True)
# Words that belong to the surname after them: Dafydd ap Gwyn is Mr ap Gwyn, not Mr Gwyn.
PARTICLES = {"ap", "ab", "ferch", "verch", "van", "von", "der", "den", "de", "da", "di", "du", "le", "la", "del",
             "della", "dos", "das", "st", "st."}
# Letters after a name are not part of it: "Rhodri Owen OBE" is Rhodri Owen.
POST_NOMINALS = {"OBE", "MBE", "CBE", "BEM", "JP", "DL", "MP", "MS", "AM", "MSP", "KC", "QC", "PhD"}
_TITLE = "(?:" + "|".join(r"\s+".join(re.escape(word) for word in title.split()) for title in TITLES) + r")\.?"
# Whole words, not inside another word ("Ann" is not in "Annual"); a part of a hyphenated word is listed
# ("Kowalczyk-led", and "Kowalczyk-Nowak", someone else, for the secretary to untick).
_BEFORE = r"(?<!\w)"
_AFTER = r"(?!\w)"
EXCERPT_SIDE = 40


class MentionKind(StrEnum):
    FULL_NAME = "full_name"
    TITLE_SURNAME = "title_surname"
    SURNAME = "surname"
    FIRST_NAME = "first_name"

    def label(self) -> str:
        return {MentionKind.FULL_NAME: translate("Mentions", "full name"),
                MentionKind.TITLE_SURNAME: translate("Mentions", "title and surname"),
                MentionKind.SURNAME: translate("Mentions", "surname"),
                MentionKind.FIRST_NAME: translate("Mentions", "first name")}[self]


@dataclass(frozen=True)
class Mention:
    """One mention of a person in one text value: where it is, what was found and the words around it."""
    id: str  # table/rowid/column/start/end: what erase_person's replace_ids names
    table: str
    rowid: int
    column: str
    start: int
    end: int
    text: str  # as written, e.g. "Ms Kowalczyk"
    kind: MentionKind
    place: str  # e.g. "Liaison meeting, Tuesday 3 March 2026 — item 5: Highways (minutes)"
    excerpt: str  # the words around it, on one line
    excerpt_start: int  # where the mention is in the excerpt
    excerpt_end: int
    # Ticked in the erase dialog unless it is surely someone else: a word of another person's own name, or an
    # ordinary word ("will", "may") written in small letters.
    suggested: bool = True


def _text_columns() -> list[tuple[str, list[str]]]:
    """(table, its free-text columns) for every table of the store."""
    found = []
    for table in Base.metadata.sorted_tables:
        columns = [column.name for column in table.columns
                   if isinstance(column.type, String | Text) and not isinstance(column.type, Enum)]
        if columns:
            found.append((table.name, columns))
    return found


def _phrase(words: list[str]) -> str:
    return r"\s+".join(re.escape(word) for word in words)


def _name_words(name: str) -> tuple[list[str], bool]:
    """The words of a name without a title before it or letters after it ("Dr Ann Smith OBE": Ann, Smith), and
    whether a title was taken off (then a name left with one word, "Ms Jones", is a surname)."""
    titled = False
    while (shorter := re.sub(rf"^{_TITLE}\s+(?=\S)", "", name, flags=re.IGNORECASE)) != name:
        name, titled = shorter, True
    words = [word.strip(",") for word in name.split() if word.strip(",")]
    while len(words) > 1 and words[-1] in POST_NOMINALS:
        words.pop()
    return words, titled


@functools.lru_cache(maxsize=64)
def _matcher(name: str) -> re.Pattern | None:
    """One pattern for every way of writing the name; the group that matched says the kind."""
    name = unicodedata.normalize("NFC", " ".join(name.split()))
    words, titled = _name_words(name)
    if not name or not words:
        return None
    begins = len(words) - 1  # where the surname begins
    while begins > 1 and words[begins - 1].casefold() in PARTICLES:
        begins -= 1
    fulls = {_phrase(name.split())}
    if len(words) > 1:  # without the title or letters after, and without middle names
        fulls |= {_phrase(words), _phrase([words[0], *words[begins:]])}
    parts = [r"(?P<full>" + "|".join(sorted(fulls, key=len, reverse=True)) + ")"]
    surname = _phrase(words[begins:])
    first = words[0] if len(words) > 1 else None  # "Ms Jones" has no first name
    if (len(words) > 1 or titled) and len(" ".join(words[begins:]).strip(".")) > 1:
        parts += [rf"(?P<titled>{_TITLE}\s+{surname})", rf"(?P<surname>{surname})"]
    if first is not None and len(first.strip(".")) > 1 and first.casefold() != words[-1].casefold():
        parts.append(rf"(?P<first>{re.escape(first)})")
    return re.compile(_BEFORE + "(?:" + "|".join(parts) + ")" + _AFTER, re.IGNORECASE)


_KINDS = {"full": MentionKind.FULL_NAME, "titled": MentionKind.TITLE_SURNAME, "surname": MentionKind.SURNAME,
          "first": MentionKind.FIRST_NAME}


def _matches_in(value: str, name: str) -> list[tuple[int, int, MentionKind]]:
    """(start, end, kind) of every mention of `name` in `value`, left to right, none overlapping."""
    pattern = _matcher(name)
    if pattern is None or not value:
        return []
    return [(match.start(), match.end(), _KINDS[match.lastgroup]) for match in pattern.finditer(value)]


def _excerpt(value: str, start: int, end: int) -> tuple[str, int, int]:
    """The mention with about EXCERPT_SIDE characters either side, cut at a space, on one line; and where the
    mention is in it (start, end)."""
    left, right = max(0, start - EXCERPT_SIDE), min(len(value), end + EXCERPT_SIDE)
    if left > 0:
        space = value.find(" ", left, start)
        left = space + 1 if space >= 0 else left
    if right < len(value):
        space = value.rfind(" ", end, right)
        right = space if space >= 0 else right

    def flat(part: str) -> str:
        return re.sub(r"\s+", " ", part)

    before = ("…" if left > 0 else "") + flat(value[left:start]).lstrip()
    shown = flat(value[start:end])
    after = flat(value[end:right]).rstrip() + ("…" if right < len(value) else "")
    return before + shown + after, len(before), len(before) + len(shown)


def _short(title: str, limit: int = 60) -> str:
    title = " ".join(title.split())
    return title if len(title) <= limit else title[:limit - 1].rstrip() + "…"


def _meeting(meeting: Meeting) -> str:
    """E.g. "Liaison meeting 18 March 2025"."""
    return translate("Mentions", "{kind} {day}").format(kind=meeting.kind.label(),
                                                         day=uk_date(meeting.starts_at.date()))


def _record(session: Session, table: str, rowid: int) -> str:
    """The record a text value belongs to, in words a secretary knows it by."""
    def quoted(model, attribute="title"):
        row = session.get(model, rowid)
        return _short(getattr(row, attribute)) if row is not None else ""

    if table in ("agenda_item", "agenda_paper"):
        item = session.get(AgendaItem, rowid if table == "agenda_item" else session.get(AgendaPaper, rowid).item_id)
        return translate("Mentions", "{meeting}, item {number}: {title}").format(
            meeting=_meeting(session.get(Meeting, item.meeting_id)), number=item.position + 1,
            title=_short(item.title, 40))
    if table == "meeting":
        return _meeting(session.get(Meeting, rowid))
    if table == "target_progress":
        step = session.get(TargetProgress, rowid)
        return translate("Mentions", "Target “{title}”, progress of {day}").format(
            title=_short(session.get(Target, step.target_id).title), day=uk_date(step.on))
    if table == "dispute_step":
        step = session.get(DisputeStep, rowid)
        return translate("Mentions", "Dispute “{title}”, step of {day}").format(
            title=_short(session.get(Dispute, step.dispute_id).title), day=uk_date(step.on))
    if table == "code_review":
        review = session.get(CodeReview, rowid)
        return translate("Mentions", "Code of practice “{name}”, review of {day}").format(
            name=_short(session.get(CodeOfPractice, review.code_id).name), day=uk_date(review.on))
    if table == "department":
        department = session.get(Department, rowid)
        return translate("Mentions", "Department “{name}” of {organisation}").format(
            name=_short(department.name), organisation=session.get(Organisation, department.organisation_id).name)
    if table == "funding_notice":
        notice = session.get(FundingNotice, rowid)
        return translate("Mentions", "Funding notice of {day} to {organisation}").format(
            day=uk_date(notice.given_on), organisation=session.get(Organisation, notice.organisation_id).name)
    if table == "sign_up":
        sign_up = session.get(SignUp, rowid)
        return translate("Mentions", "Sign-up of {organisation} on {day}").format(
            organisation=session.get(Organisation, sign_up.organisation_id).name, day=uk_date(sign_up.signed_on))
    if table == "code_status_change":
        step = session.get(CodeStatusChange, rowid)
        return translate("Mentions", "Code of practice “{name}”, step of {day}").format(
            name=_short(session.get(CodeOfPractice, step.code_id).name), day=uk_date(step.on))
    if table == "champion_change":
        change = session.get(ChampionChange, rowid)
        department = session.get(Department, change.department_id)
        return translate("Mentions", "Department “{name}” of {organisation}, change of {day}").format(
            name=_short(department.name), organisation=session.get(Organisation, department.organisation_id).name,
            day=uk_date(change.on) if change.on else translate("Mentions", "before the history began"))
    if table == "compact_lead":
        lead = session.get(CompactLead, rowid)
        return translate("Mentions", "{role} from {day}").format(role=lead.role.label(), day=uk_date(lead.on))
    if table == "compact_status_change":
        return translate("Mentions", "The compact's status of {day}").format(
            day=uk_date(session.get(CompactStatusChange, rowid).on))
    if table == "indicator_rating":
        rating = session.get(IndicatorRating, rowid)
        return translate("Mentions", "Monitoring {year}: “{question}”").format(
            year=rating.year, question=_short(session.get(Indicator, rating.indicator_id).question))
    if table == "health_check":
        check = session.get(HealthCheck, rowid)
        return translate("Mentions", "Health-check {year}: {area}").format(year=check.year, area=check.area.label())
    if table == "relationship_rating":
        return translate("Mentions", "Relationship rating of {day}").format(
            day=uk_date(session.get(RelationshipRating, rowid).on))
    named = {
        "target": (translate("Mentions", "Target “{title}”"), Target, "title"),
        "feedback": (translate("Mentions", "Feedback owed: “{title}”"), Feedback, "issue"),
        "person": (translate("Mentions", "Person “{title}”"), Person, "name"),
        "organisation": (translate("Mentions", "Organisation “{title}”"), Organisation, "name"),
        "seat": (translate("Mentions", "Seat “{title}”"), Seat, "title"),
        "consultation": (translate("Mentions", "Consultation “{title}”"), Consultation, "title"),
        "dispute": (translate("Mentions", "Dispute “{title}”"), Dispute, "title"),
        "dispute_stage": (translate("Mentions", "Dispute stage “{title}”"), DisputeStage, "name"),
        "code_of_practice": (translate("Mentions", "Code of practice “{title}”"), CodeOfPractice, "name"),
        "commitment": (translate("Mentions", "Resource “{title}”"), Commitment, "title"),
        "indicator": (translate("Mentions", "Monitoring question “{title}”"), Indicator, "question"),
    }
    if table in named:
        words, model, attribute = named[table]
        return words.format(title=quoted(model, attribute))
    if table == "compact":
        return translate("Mentions", "The compact")
    if table == "review_year":
        return translate("Mentions", "Annual review {year}").format(year=rowid)
    return translate("Mentions", "{table} record {number}").format(table=table.replace("_", " "), number=rowid)


def _field(column: str) -> str:
    words = {
        "minutes": translate("Mentions", "minutes"), "decisions": translate("Mentions", "decisions"),
        "description": translate("Mentions", "description"), "title": translate("Mentions", "title"),
        "presenter": translate("Mentions", "presenter"), "notes": translate("Mentions", "notes"),
        "note": translate("Mentions", "note"), "name": translate("Mentions", "name"),
        "summary": translate("Mentions", "summary"), "outcome": translate("Mentions", "outcome"),
        "evidence": translate("Mentions", "evidence"), "issue": translate("Mentions", "issue"),
        "detail": translate("Mentions", "detail"), "answer_summary": translate("Mentions", "answer"),
        "measure": translate("Mentions", "measure"), "drop_reason": translate("Mentions", "why dropped"),
        "venue": translate("Mentions", "venue"), "apologies_to": translate("Mentions", "apologies to"),
        "filename": translate("Mentions", "file name"), "priorities": translate("Mentions", "priorities"),
        "brief": translate("Mentions", "brief"), "vacancy_reason": translate("Mentions", "why vacant"),
        "outcome_note": translate("Mentions", "what happened"),
    }
    return words.get(column, column.replace("_", " "))


def _suggested(table: str, column: str, found: str, kind: MentionKind, name: str) -> bool:
    if kind is MentionKind.FULL_NAME:
        return True
    if table == "person" and column == "name":
        return False  # a word of another person's own name: a namesake or a relative, not them
    # "will" or "may" in small letters is a word, not Will or May (unless the name itself was typed so).
    return not (kind in (MentionKind.SURNAME, MentionKind.FIRST_NAME) and found.islower() and not name.islower())


def is_neutral(name: str) -> bool:
    """Whether a name is one an erase gives ("Former member", "Former member 2"): it names no one."""
    base = translate("Personal", "Former member")
    return re.fullmatch(re.escape(base) + r"(?: \d+)?", " ".join(name.split()), re.IGNORECASE) is not None


def find_mentions(session: Session, person_id: int) -> list[Mention]:
    """Every mention of the person's names in the store's free text, but for their own record: by full name,
    title and surname, surname or first name. A one-word name is looked for whole only."""
    person = fetch(session, Person, person_id, translate("Members", "person"))
    name = " ".join(person.name.split())
    if not name or is_neutral(name):
        return []
    found = []
    places: dict[tuple[str, int], str] = {}
    for table, columns in _text_columns():
        names = ", ".join(quoted(column) for column in columns)
        key = quoted(key_column(table))
        for row in session.execute(text(f"SELECT {key}, {names} FROM {quoted(table)} ORDER BY {key}")):
            rowid = row[0]
            if table == "person" and rowid == person.id:
                continue  # their own record is cleared by the erase
            for column, value in zip(columns, row[1:]):
                for start, end, kind in _matches_in(value or "", name):
                    if (table, rowid) not in places:
                        places[table, rowid] = _record(session, table, rowid)
                    written = value[start:end]
                    excerpt, excerpt_start, excerpt_end = _excerpt(value, start, end)
                    place = translate("Mentions", "{record} ({field})").format(record=places[table, rowid],
                                                                                field=_field(column))
                    found.append(Mention(
                        id=f"{table}/{rowid}/{column}/{start}/{end}", table=table, rowid=rowid, column=column,
                        start=start, end=end, text=written, kind=kind, place=place, excerpt=excerpt,
                        excerpt_start=excerpt_start, excerpt_end=excerpt_end,
                        suggested=_suggested(table, column, written, kind, name)))
    return found
