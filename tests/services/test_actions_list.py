"""The action plan as the page asks for it (services/action_list.py): narrowed, sorted and
counted in SQL, it lists exactly what filtering and sorting target_rows in Python would."""

import datetime as dt
import random

import pytest
from sqlalchemy import insert

from compactdesk.domain.enums import Sector, TargetStatus
from compactdesk.domain.rules import Standards, target_closed, target_urgency
from compactdesk.services import actions, compact
from compactdesk.services.action_list import (
    ANY,
    OPEN,
    TargetFilter,
    TargetOrder,
    narrowed_out,
    search_text,
    target_counts,
    target_filter_choices,
    target_ids,
    target_rows_of,
    target_search_texts,
)
from compactdesk.store.models import CodeOfPractice, Organisation, Person, Target, TargetProgress
from both_engines import module_group

TODAY = dt.date(2026, 12, 6)
PARTNERS = ["Cyngor Sir Powys", "cyngor sir powys", "Łódź Twinning Association", "Ŵyr Community Hub", "Zeta Trust"]
LEADS = ["Llŷr Evans", "LLŶR EVANS", "Łucja Kowalczyk", "Aled Thomas"]
TITLES = ["Three-year funding", "three-year FUNDING", "Welsh language code", "Łódź exchange", "Compact review"]
NOTES = ["Begun with the council", "Welsh translation sent", "Straße signs", "Cyfarfod â'r bwrdd\nsecond line"]


def _fill(store, count: int = 300, seed: int = 15) -> None:
    rng = random.Random(seed)
    with store.session() as session:
        session.execute(insert(Organisation), [{"id": i + 1, "name": name, "sector": Sector.COUNCIL}
                                               for i, name in enumerate(PARTNERS)])
        session.execute(insert(Person), [{"id": i + 1, "name": name} for i, name in enumerate(LEADS)])
        codes = [code.id for code in session.query(CodeOfPractice)]
        targets, notes = [], []
        for ident in range(1, count + 1):
            start = TODAY - dt.timedelta(days=rng.randint(-30, 600)) if rng.random() < 0.8 else None
            deadline = TODAY + dt.timedelta(days=rng.randint(-200, 120)) if rng.random() < 0.85 else None
            if start and deadline and deadline < start:
                start, deadline = deadline, start
            targets.append({"id": ident, "title": f"{rng.choice(TITLES)} {ident}",
                            "code_id": rng.choice([None, *codes]), "partner_id": rng.choice([None, 1, 2, 3, 4, 5]),
                            "lead_id": rng.choice([None, 1, 2, 3, 4]), "start_on": start, "deadline": deadline,
                            "completed_on": TODAY - dt.timedelta(days=rng.randint(-20, 100)) if rng.random() < 0.2
                            else None,
                            "dropped_on": TODAY - dt.timedelta(days=rng.randint(-20, 100)) if rng.random() < 0.1
                            else None})
            for _ in range(rng.choice([0, 0, 1, 2, 3])):
                notes.append({"target_id": ident, "on": TODAY + dt.timedelta(days=rng.randint(-300, 20)),
                              "note": rng.choice(NOTES)})
        session.execute(insert(Target), targets)
        session.execute(insert(TargetProgress), notes)


@pytest.fixture(scope="module", params=["file", "server"])
def filled(request, tmp_path_factory):
    """Three hundred targets, in a file and in a group on the server: the two engines must list them alike
    (SQLite sorts a missing value first, PostgreSQL last, unless the query says)."""
    with module_group(request, tmp_path_factory, "actions_list") as store:
        store.run(compact.set_up_compact, "Dyfnant Compact", today=TODAY)
        store.run(compact.set_standards, Standards(due_soon_days=45))
        _fill(store)
        yield store


def _date_key(day):
    return day is None, day or dt.date.max


def _kept(row, narrowed: TargetFilter) -> bool:
    status = narrowed.status
    return (status == ANY or (not target_closed(row.status) if status == OPEN else row.status.value == status)) \
        and narrowed.partner in (ANY, row.partner_id) and narrowed.code in (ANY, row.code_id) \
        and (not narrowed.overdue_only or row.status is TargetStatus.OVERDUE)


def _reference(rows, narrowed: TargetFilter, order: TargetOrder, descending: bool) -> list[int]:
    """What the page did before: every row in Python, filtered and stably sorted on each column's key."""
    key = {
        TargetOrder.TITLE: lambda r: r.title.casefold(),
        TargetOrder.CODE: lambda r: r.code.casefold(),
        TargetOrder.PARTNER: lambda r: r.partner.casefold(),
        TargetOrder.LEAD: lambda r: r.lead.casefold(),
        TargetOrder.DEADLINE: lambda r: (_date_key(r.deadline), r.target_id),
        TargetOrder.STATUS: lambda r: (target_urgency(r.status), _date_key(r.deadline), r.target_id),
        TargetOrder.PROGRESS: lambda r: (r.last_progress_on or dt.date.min, r.target_id),
    }[order]
    return [row.target_id for row in sorted((r for r in rows if _kept(r, narrowed)), key=key, reverse=descending)]


FILTERS = [TargetFilter(), TargetFilter(status=OPEN), *[TargetFilter(status=s.value) for s in TargetStatus],
           TargetFilter(partner=None), TargetFilter(partner=2), TargetFilter(code=None, overdue_only=True),
           TargetFilter(status=OPEN, partner=1, code=1)]


@pytest.mark.parametrize("order", list(TargetOrder))
def test_the_ids_are_the_rows_python_would_keep_in_its_order(filled, order):
    for today in (TODAY, TODAY - dt.timedelta(days=90)):
        rows = filled.run(actions.target_rows, today)
        for narrowed in FILTERS:
            for descending in (False, True):
                assert filled.run(target_ids, today, narrowed, order, descending) == \
                    _reference(rows, narrowed, order, descending), (narrowed, descending)


def test_every_status_comes_up(filled):
    assert {row.status for row in filled.run(actions.target_rows, TODAY)} == set(TargetStatus)


def test_the_rows_of_some_are_target_rows_own(filled):
    rows = filled.run(actions.target_rows, TODAY)
    assert filled.run(target_ids, TODAY) == [row.target_id for row in rows]  # unasked: target_rows' order
    by_id = {row.target_id: row for row in rows}
    some = [row.target_id for row in rows[::5]]
    assert sorted(filled.run(target_rows_of, TODAY, some), key=lambda r: r.target_id) == \
        sorted((by_id[ident] for ident in some), key=lambda r: r.target_id)
    assert sorted(filled.run(target_rows_of, TODAY, list(range(1, 1200))), key=lambda r: r.target_id) == \
        sorted(rows, key=lambda r: r.target_id)


def test_the_counts_and_the_choices(filled):
    rows = filled.run(actions.target_rows, TODAY)
    counts = filled.run(target_counts, TODAY)
    assert (counts.total, counts.overdue) == (len(rows), sum(r.status is TargetStatus.OVERDUE for r in rows))
    choices = filled.run(target_filter_choices)
    assert {ident for ident, _ in choices.partners} == {r.partner_id for r in rows if r.partner_id}
    assert {ident for ident, _ in choices.codes} == {r.code_id for r in rows if r.code_id}
    assert [name.casefold() for _, name in choices.partners] == sorted(n.casefold() for _, n in choices.partners)
    assert choices.unnamed_partner and choices.unnamed_code


@pytest.mark.parametrize("words", ["funding", "FUNDING three-year", "łódź", "ŁÓDŹ", "strasse", "ŵyr", "powys 12",
                                   "second", "nothing-like-it"])
def test_the_search_texts_and_narrowed_out_agree(filled, words):
    rows = filled.run(actions.target_rows, TODAY)
    wanted = words.casefold().split()
    for narrowed in (TargetFilter(), TargetFilter(status=OPEN)):
        texts = filled.run(target_search_texts, TODAY, narrowed)
        assert set(texts) == set(filled.run(target_ids, TODAY, narrowed))
        for row in rows:
            out = narrowed_out(row, narrowed, words)
            assert ("status" in out) is not _kept(row, narrowed)
            if row.target_id in texts:
                assert texts[row.target_id] == search_text(row.title, row.code, row.partner, row.lead,
                                                           row.last_progress)
                assert ("search" in out) is not all(word in texts[row.target_id] for word in wanted)


def _detail_the_old_way(session, target_id, today):
    """target_detail as it was built: the target as an object, and what it names through it."""
    from compactdesk.services.origin import origin_text

    target = session.get(Target, target_id)
    return actions.TargetDetail(
        target.id, target.title, target.measure, target.code_id, target.code.name if target.code else "",
        target.partner_id, target.partner.name if target.partner else "", target.lead_id,
        target.lead.name if target.lead else "", target.start_on, target.deadline, target.completed_on,
        target.dropped_on, target.drop_reason, target.meeting_id, target.item_id,
        origin_text(session, target.meeting_id, target.item_id),
        actions.status_of(target, today, compact.standards(session).due_soon_days),
        tuple(actions.ProgressEntry(p.id, p.on, p.note)
              for p in sorted(target.progress, key=lambda p: (p.on, p.id), reverse=True)))


def test_target_detail_reads_what_it_read_before(filled):
    for target_id in range(1, 301, 7):
        assert filled.run(actions.target_detail, target_id, TODAY) == \
            filled.run(_detail_the_old_way, target_id, TODAY)
    with pytest.raises(Exception, match="no longer in this group's records"):
        filled.run(actions.target_detail, 99_999, TODAY)
