"""The records an import matches its rows to: what the group's file holds, and what earlier rows added.

Rows are matched, not duplicated: people by name (case and spacing ignored, accents kept; see domain/names.py),
then by email; organisations by exact name, a near name only as the user answered its question; seats by title;
terms by seat, person and start (a term without a start, by seat and person); targets by title; feedback by issue,
officer and the day it was raised. Everything new is written through the services (members, seats, actions,
feedback), so their every rule applies. A refused row's additions are taken back: the caller rolls back its
savepoint, and rewind() forgets them here. What may be a record by another name (a person written like one held but
for an accent, an organisation written like one an earlier row adds) is added and said, never merged; a person
matched by name but held with another email or organisation is matched and said.
"""

import datetime as dt
from collections.abc import Callable, Mapping
from dataclasses import dataclass, field
from functools import cached_property

from sqlalchemy import select
from sqlalchemy.orm import Session

from compactdesk.domain.enums import Sector
from compactdesk.domain.errors import ValidationError
from compactdesk.domain.names import NearNames, alike_key, email_key, likeness, name_key, turned_round
from compactdesk.domain.sector_words import sector_named
from compactdesk.domain.text import shown
from compactdesk.domain.word_lists import all_of, one_of
from compactdesk.i18n import translate
from compactdesk.services import members
from compactdesk.services.compact import standards
from compactdesk.store.models import Feedback, Organisation, Person, Seat, SeatTerm, Target, TargetProgress

NOT_ANSWERED = object()


@dataclass
class Held:
    """One record rows can name: its id, its name as held, and the row of this file that added it (None: held)."""

    ident: int
    name: str
    row: int | None = None
    email: str = ""
    extra: dict = field(default_factory=dict)


@dataclass
class RowWork:
    """What one row did: the records it added and those it found already there, in words."""

    added: list[str] = field(default_factory=list)
    matched: list[str] = field(default_factory=list)
    filled: list[str] = field(default_factory=list)  # a person's empty details filled in, or how they were matched
    warnings: list[str] = field(default_factory=list)  # what may be another record, or not the one matched
    chosen: list[str] = field(default_factory=list)  # an organisation held, as the user chose for the name typed

    def found(self, held: Held) -> None:
        if held.row is None:
            self.matched.append(held.name)
        else:
            self.matched.append(translate("Import", "{name} (added from row {row})").format(
                name=held.name, row=held.row))


class Records:
    """What rows are matched to. Each table is read from the group's file when a row first needs it, and once: a
    file of feedback never reads the seats, and a file of sixteen members does not read ten years of feedback."""

    def __init__(self, session: Session, answers: Mapping[str, int | None]):
        """`answers`: name_key of an organisation's name as typed -> the organisation held it means (its id), or
        None for a new one."""
        self.session = session
        self.answers = answers
        # name_key of a name typed that is near names held -> [the name as first typed, the candidates, the rows]
        self.asked: dict[str, list] = {}
        self.row = 0
        self._undo: list[Callable[[], None]] = []
        self._near_added = NearNames(())  # the organisations this file adds, to say when two rows name one alike
        self._people: dict[str, list[Held]] | None = None  # see people
        self._people_by_email: dict[str, Held] = {}
        self._everyone: list[Held] = []  # every person held or added, in order, for people_alike
        # The records the services will fetch again, row after row (an officer owing many items, a target just
        # added and its progress): kept here, the session's identity map holds them and fetch() asks nothing.
        self._kept: dict[tuple[type, int], object] = {}
        self._progress: dict[int, set[str]] = {}  # target id -> name_key of each progress note held or added
        # (officer, day raised) -> the items held or added, of the officers whose items held have been read
        self.feedback: dict[tuple[int, dt.date], list[Held]] = {}
        self._feedback_of: set[int] = set()

    @cached_property
    def organisations(self) -> dict[str, Held]:
        organisations: dict[str, Held] = {}
        for held in self.organisation_ids.values():
            organisations.setdefault(name_key(held.name), held)
        return organisations

    @cached_property
    def organisation_ids(self) -> dict[int, Held]:
        return {ident: Held(ident, name, extra={"sector": sector}) for ident, name, sector in self.session.execute(
            select(Organisation.id, Organisation.name, Organisation.sector).order_by(Organisation.id))}

    @cached_property
    def _near_held(self) -> NearNames:
        return NearNames((held.ident, held.name) for held in self.organisation_ids.values() if held.row is None)

    def _read_people(self) -> None:
        if self._people is None:
            self._people, self._people_by_email = {}, {}
            for ident, name, email, org_id in self.session.execute(
                    select(Person.id, Person.name, Person.email, Person.organisation_id).order_by(Person.id)):
                self._add_person(Held(ident, name, email=email, extra={"organisation_id": org_id}), undoable=False)

    @property
    def people(self) -> dict[str, list[Held]]:
        """name_key of a person's name (and of it turned round) -> the people held or added by that name."""
        self._read_people()
        return self._people

    @property
    def people_by_email(self) -> dict[str, Held]:
        self._read_people()
        return self._people_by_email

    @cached_property
    def people_alike(self) -> dict[str, Held]:
        """alike_key of a person's name -> the first person held or added by a name so written. Worked out when a
        row first adds someone: a file of people all held never folds the accents of every name held."""
        self._read_people()
        alike: dict[str, Held] = {}
        self.__dict__["people_alike"] = alike
        for held in self._everyone:
            if alike_key(held.name) not in alike:
                if held.row is None:
                    alike[alike_key(held.name)] = held
                else:  # added by a row, perhaps of a batch yet to be taken back
                    self.remember(alike, alike_key(held.name), held)
        return alike

    @cached_property
    def seats(self) -> dict[str, Held]:
        seats: dict[str, Held] = {}
        for ident, title in self.session.execute(select(Seat.id, Seat.title).order_by(Seat.id)):
            seats.setdefault(name_key(title), Held(ident, title))
        return seats

    @cached_property
    def terms(self) -> dict[tuple[int, int, dt.date], dt.date | None]:
        """(seat, person, start) -> the term's end, of each term held or added."""
        return {(seat, person, start): end for seat, person, start, end in self.session.execute(
            select(SeatTerm.seat_id, SeatTerm.person_id, SeatTerm.start_on, SeatTerm.end_on))}

    def term_held(self, seat: int, person: int, today: dt.date) -> dt.date | None:
        """The start of the person's term in the seat that has not ended by `today`, held or added, if any."""
        return max((start for (seat_id, person_id, start), end in self.terms.items()
                    if seat_id == seat and person_id == person and (end is None or end >= today)), default=None)

    @cached_property
    def targets(self) -> dict[str, Held]:
        targets: dict[str, Held] = {}
        for ident, title, completed in self.session.execute(
                select(Target.id, Target.title, Target.completed_on).order_by(Target.id)):
            targets.setdefault(name_key(title), Held(ident, title, extra={"completed_on": completed}))
        return targets

    def progress_of(self, target: Held) -> set[str]:
        """name_key of each progress note on the target, held or added by this file (a target this file adds has
        none held, so its notes are not looked for)."""
        if target.ident not in self._progress:
            self._progress[target.ident] = set() if target.row is not None else {
                name_key(note) for note in self.session.scalars(
                    select(TargetProgress.note).where(TargetProgress.target_id == target.ident))}
        return self._progress[target.ident]

    def feedback_item(self, issue: str, officer: Held, raised_on: dt.date) -> Held | None:
        """The item owed by the officer, raised that day, on that issue (case and spacing ignored), held or added
        by this file. An officer's items held are read when a row first names them (an officer this file adds
        owes none held), and an issue's words compared only with the items of that officer and day."""
        if officer.ident not in self._feedback_of:
            self._feedback_of.add(officer.ident)
            if officer.row is None:
                for ident, held_issue, raised, answered in self.session.execute(
                        select(Feedback.id, Feedback.issue, Feedback.raised_on, Feedback.answered_on)
                        .where(Feedback.officer_id == officer.ident).order_by(Feedback.id)):
                    self.feedback.setdefault((officer.ident, raised), []).append(
                        Held(ident, held_issue, extra={"answered_on": answered}))
        key = name_key(issue)
        return next((item for item in self.feedback.get((officer.ident, raised_on), ())
                     if name_key(item.name) == key), None)

    def add_feedback_item(self, officer: Held, raised_on: dt.date, item: Held) -> None:
        found = self.feedback.setdefault((officer.ident, raised_on), [])
        found.append(item)
        self._undo.append(lambda: found.remove(item))

    @cached_property
    def feedback_by_next_meeting(self) -> bool:
        """The compact's rule for feedback not given a due date, read once rather than for every item."""
        return standards(self.session).feedback_by_next_meeting

    def keep(self, record) -> None:
        """Holds a record the services will fetch again (see _kept); let go if its row is refused."""
        key = (type(record), record.id)
        self._kept[key] = record
        self._undo.append(lambda: self._kept.pop(key, None))

    def keep_loaded(self, model: type, ident: int) -> None:
        """Fetches a record once and keeps it, so the services' many fetches of it ask the file nothing."""
        if (model, ident) not in self._kept:
            found = self.session.get(model, ident)
            if found is not None:
                self._kept[(model, ident)] = found

    # Rows are written in batches (see importing._write_rows): what a batch put in the tables above is taken back
    # whole (rewind) when one of its rows is refused, and the rows before that one are written again.
    def begin(self, row: int) -> None:
        self.row = row

    def checkpoint(self) -> int:
        return len(self._undo)

    def rewind(self, point: int) -> None:
        """Takes back everything put in the tables since checkpoint() gave `point`."""
        while len(self._undo) > point:
            self._undo.pop()()

    def settle(self) -> None:
        """What is done is kept: nothing before now will be taken back."""
        self._undo = []

    def remember(self, table: dict, key, value) -> None:
        missing = object()
        before = table.get(key, missing)
        table[key] = value
        self._undo.append(lambda: table.pop(key, None) if before is missing else table.__setitem__(key, before))

    def remember_in(self, found: set, key) -> None:
        if key not in found:
            found.add(key)
            self._undo.append(lambda: found.discard(key))

    def change(self, held: Held, key: str, value) -> None:
        before = held.extra.get(key)
        held.extra[key] = value
        self._undo.append(lambda: held.extra.__setitem__(key, before))

    def _add_person(self, held: Held, *, undoable: bool = True) -> None:
        """Called while the people held are read (not undoable), and for each person a row adds."""
        people, by_email = self._people, self._people_by_email
        # Held as "Jones, Ann" (typed so into a form), the person is found by the file's "Ann Jones" too.
        for key in dict.fromkeys((name_key(held.name), name_key(turned_round(held.name)))):
            found = people.setdefault(key, [])
            found.append(held)
            if undoable:
                self._undo.append(lambda found=found: found.remove(held))
        self._everyone.append(held)
        if undoable:
            self._undo.append(self._everyone.pop)
            if "people_alike" in self.__dict__ and alike_key(held.name) not in self.people_alike:
                self.remember(self.people_alike, alike_key(held.name), held)
        if held.email and email_key(held.email) not in by_email:
            if undoable:
                self.remember(by_email, email_key(held.email), held)
            else:
                by_email[email_key(held.email)] = held

    # Organisations
    def organisation(self, typed: str, work: RowWork, *, sector: Sector | None = None, notes: str = "",
                     guess_sector: bool = True) -> Held:
        """The organisation `typed` names: held by that name, added by an earlier row, the one the user chose
        for a near name, or a new one. Raises ValidationError for a near name nobody has chosen for."""
        key = name_key(typed)
        held = self.organisations.get(key)
        # A near name is a question in every row that names it, whatever the answer, so the questions stay put
        # while the user answers them.
        candidates = self._near(typed, key) if held is None or key in self.asked else ()
        if held is not None:
            work.found(held)
            return held
        if candidates:
            answer = self.answers.get(key, NOT_ANSWERED)
            if answer is NOT_ANSWERED:
                raise ValidationError(translate(
                    "Import", "'{typed}' is not held by that name; it may be {held}. Choose in the import window, "
                              "or write the name as held.",
                ).format(typed=shown(typed, 80), held=one_of(name for _, name in candidates[:2])), "organisation")
            if answer is not None:
                held = self.organisation_ids.get(answer)
                if held is None:
                    raise ValidationError(translate(
                        "Import", "The organisation chosen for '{typed}' is no longer in the group's file. "
                                  "Choose again in the import window.").format(typed=shown(typed, 80)),
                        "organisation")
                self.remember(self.organisations, key, held)
                # The row says what the file wrote, so a wrong choice can be seen in the note and the result.
                chosen = translate("Import", "{name} (the file says “{typed}”, taken as chosen)").format(
                    name=held.name, typed=shown(typed, 80))
                work.matched.append(chosen)
                work.chosen.append(chosen)
                return held
        chosen = sector or (sector_named(typed) if guess_sector else None) or Sector.VCS
        made = members.add_organisation(self.session, typed, chosen, notes=notes)
        self.keep(made)
        held = Held(made.id, made.name, row=self.row, extra={"sector": chosen})
        for ident, name in self._near_added.of(made.name, limit=1):
            work.warnings.append(translate(
                "Import", "{name} is written like {other}, which row {row} adds: if they are one organisation, write "
                          "its name the same way in both rows").format(
                name=made.name, other=name, row=self.organisation_ids[ident].row))
        self._near_added.add(made.id, made.name)
        self._undo.append(lambda: self._near_added.remove(made.id))
        self.remember(self.organisations, key, held)
        self.remember(self.organisation_ids, made.id, held)
        work.added.append(translate("Import", "{name} (new organisation, {sector})").format(
            name=made.name, sector=chosen.label()))
        return held

    def _near(self, typed: str, key: str) -> tuple[tuple[int, str], ...]:
        """The organisations held whose names are near `typed` (not those this file adds: they have no id to
        choose), noting the row that asked."""
        if key not in self.asked:
            self.asked[key] = [typed, self._near_held.of(typed), []]
        _, candidates, rows = self.asked[key]
        if candidates and self.row not in rows:
            rows.append(self.row)
        return candidates

    def sector_of(self, typed: str) -> Sector | None:
        """The sector of the organisation `typed` names, when held or added (by that exact name), else the one
        its name gives away."""
        held = self.organisations.get(name_key(typed))
        return held.extra.get("sector") if held is not None else sector_named(typed)

    # People
    def person(self, name: str, work: RowWork, *, email: str = "", organisation: str = "", role: str = "",
               department: str = "", phone: str = "", address: str = "", champion: bool = False,
               notes: str = "") -> Held:
        """The person `name` names (matched by name, else by email), or a new one; a matched person's empty
        email, phone or role is filled from the row."""
        key = name_key(name)
        found = self.people.get(key, [])
        held = None
        if found:
            held = (next((p for p in found if email and email_key(p.email) == email_key(email)), None)
                    or found[0])
        elif email and (by_email := self.people_by_email.get(email_key(email))) is not None:
            held = by_email
            work.filled.append(translate("Import", "matched by email address to {name}").format(name=held.name))
        if held is not None:
            work.found(held)
            self._differs(held, work, email=email, organisation=organisation)
            self._fill(held, work, email=email, phone=phone, role=role)
            return held
        organisation_id = self.organisation(organisation, work).ident if organisation else None
        made = members.add_person(self.session, name, role=role, organisation_id=organisation_id,
                                  department=department, email=email, phone=phone, address=address,
                                  is_champion=champion, notes=notes)
        self.keep(made)
        held = Held(made.id, made.name, row=self.row, email=made.email, extra={"organisation_id": organisation_id})
        if (alike := self.people_alike.get(alike_key(made.name))) is not None:
            where = (translate("Import", "held") if alike.row is None
                     else translate("Import", "added by row {row}").format(row=alike.row))
            work.warnings.append(translate(
                "Import", "{name} is written like {other} ({where}): if they are one person, write the name the same "
                          "way").format(name=made.name, other=alike.name, where=where))
        self._add_person(held)
        work.added.append(translate("Import", "{name} (new person)").format(name=made.name))
        return held

    def _differs(self, held: Held, work: RowWork, *, email: str, organisation: str) -> None:
        """Warns when the person matched by name is held with another email or organisation: two people may share
        a name. An organisation written nearly as the one held (see domain/names.py) is taken as that one."""
        if email and held.email and email_key(email) != email_key(held.email):
            work.warnings.append(translate(
                "Import", "{name} is held with another email, {email}; check it is the same person").format(
                name=held.name, email=shown(held.email, 80)))
        org_id = held.extra.get("organisation_id")
        if not organisation or org_id is None or (their := self.organisation_ids.get(org_id)) is None:
            return
        if self.answers.get(name_key(organisation), NOT_ANSWERED) == org_id or likeness(organisation, their.name):
            return
        if name_key(organisation) != name_key(their.name):
            work.warnings.append(translate(
                "Import", "{name} is held with another organisation, {organisation}; check it is the same person")
                .format(name=held.name, organisation=their.name))

    def _fill(self, held: Held, work: RowWork, **given: str) -> None:
        if not any(given.values()):  # nothing to fill in with: the person held need not be read
            return
        detail = members.person_detail(self.session, held.ident)
        fill = {key: value for key, value in given.items() if value and not getattr(detail, key)}
        if not fill:
            return
        fields = {"name": detail.name, "role": detail.role, "organisation_id": detail.organisation_id,
                  "department": detail.department, "email": detail.email, "phone": detail.phone,
                  "address": detail.address, "is_champion": detail.is_champion, "notes": detail.notes} | fill
        members.update_person(self.session, held.ident, **fields)
        if "email" in fill and email_key(fill["email"]) not in self.people_by_email:
            self.remember(self.people_by_email, email_key(fill["email"]), held)
        names = {"email": translate("Import", "email address"), "phone": translate("Import", "phone number"),
                 "role": translate("Import", "role")}
        work.filled.append(translate("Import", "{person}'s empty {what} filled in from the file").format(
            person=held.name, what=all_of(names[key] for key in fill)))

