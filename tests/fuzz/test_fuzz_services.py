"""Every public service function, fed whatever a person could type, paste or send: it either does the work or
refuses with a ValidationError that says why. Nothing else escapes, the store stays whole, and text read back
is the cleaned text.

Each parameter's strategy is found from its name and type; a parameter nothing recognises leaves its function
without a target, and test_every_service_function_has_a_fuzz_target fails and names it. A file's name is drawn inside
a folder of the run's own (fuzz_imports.PATHS), or is one of a few places nothing can be written: a fuzz run never
writes in the working folder.
"""
import dataclasses
import datetime as dt
import errno
import importlib
import inspect
import os
import pkgutil
import types
import typing
from dataclasses import dataclass
from enum import Enum
from pathlib import Path

import pytest
from fuzz_imports import OS_ERRORS, PATHS, answers, matchings, sheets, tied
from fuzz_inputs import (
    DATES,
    IDS,
    KEPT_DAYS,
    MOMENTS,
    NUMBER_STRINGS,
    NUMBERS,
    SHORT_TEXT,
    TEXT,
    TODAYS,
    YEARS,
    count_example,
    fuzz_settings,
    unclean,
)
from hypothesis import given
from hypothesis import strategies as st
from sqlalchemy import Integer, String, Text, text
from sqlalchemy import inspect as orm_inspect

import compactdesk.services as services_package
from compactdesk.domain import enums
from compactdesk.domain.errors import ValidationError
from compactdesk.domain.import_fields import Matching
from compactdesk.domain.rules import Standards
from compactdesk.domain.scope import Scope
from compactdesk.domain.text import clean
from compactdesk.services.action_list import ANY, OPEN, TargetFilter
from compactdesk.services.feedback_list import FeedbackFilter
from compactdesk.services.importing import Answers
from compactdesk.services.setup import FirstMeeting, GroupSetup, SeatLine
from compactdesk.services.spreadsheet import Sheet
from compactdesk.store import models

# Pure helpers that take an object a service built (a row, a check, an SQL expression), never what a person typed
# alone; what they show is fuzzed through the service that builds the object, and what a person types with it
# (a list's search) through the functions named.
ALLOWED = {
    # The one search's two engines (issue 22): search.search picks one by the session's engine and is fuzzed here on
    # a file; tests/services/test_search.py's hypothesis tests fuzz it on both engines, any text typed.
    **{f"search_server.{name}": "a server's half of search.search, for a PostgreSQL session only (services/search.py "
                                "chooses it); fuzzed through search.search on both engines by tests/services/"
                                "test_search.py" for name in ("common", "marked", "query", "rows", "searching")},
    **{f"search_sqlite.{name}": "a file's half of search.search (services/search.py chooses it); fuzzed through "
                                "search.search" for name in ("common", "rows")},
    "whole_files.temporary_beside": "takes a path save_template or a paper's export has checked, and raises the disk's "
                                    "OSError for its caller to word; fuzzed through import_template.save_template",
    "whole_files.put_in_place": "takes what temporary_beside made and bytes a service built; fuzzed through "
                                "import_template.save_template",
    "file_writing.write_whole": "takes a path check_target has passed and bytes a service built; fuzzed through "
                                "import_template.save_template",
    "sheet_out.workbook_bytes": "takes a table's headings and typed rows as the window shows them; any text and "
                                "value in them is fuzzed by tests/services/test_sheet_out.py's hypothesis tests",
    "sheet_out.write_sheet": "takes what workbook_bytes takes and a path; fuzzed by tests/services/test_sheet_out.py",
    "mail_files.draft": "takes Addressees built by check_address (fuzzed) and files a paper's export wrote; any "
                        "subject, text and name is fuzzed by tests/services/test_drafts.py's hypothesis tests",
    "mail_files.write_draft": "takes an EmailMessage that draft built; fuzzed by tests/services/test_drafts.py",
    "drafts.letters_by_officer": "takes the files an export of the chase letters wrote; tested with those files, "
                                 "reordered, cut short and doubled, in tests/services/test_drafts.py",
    "drafts.draft_to": "takes Recipients built by members_to_send or officers_to_chase and DraftWords built by "
                       "agenda_words, minutes_words or chase_words, all fuzzed; the typed words by test_drafts.py",
    "champion_history.appoint": "takes the Department and Person champions.py fetched from the ids typed; fuzzed "
                                "through champions.add_department, update_department, set_champion, clear_champion",
    "champion_history.correct": "takes a ChampionChange and a Person champions.py fetched; fuzzed through "
                                "champions.update_champion_change",
    "champion_history.remove": "takes a ChampionChange champions.py fetched; fuzzed through "
                               "champions.remove_champion_change",
    "champion_history.follow_history": "takes a Department a service changed; fuzzed through the champions services",
    "champion_history.let_go": "takes a Person a service fetched; fuzzed through champions.delete_department",
    "code_steps.add_step": "takes the CodeOfPractice codes.py fetched; fuzzed through codes.add_code, update_code",
    "code_steps.follow_history": "takes a CodeOfPractice a service changed; fuzzed through code_steps.record_step, "
                                 "update_step, remove_step",
    "code_steps.latest_step": "takes a CodeOfPractice a service fetched; fuzzed through code_steps.code_history",
    "champion_history.champions_elsewhere": "takes the ids of a Person and a Department a service fetched; fuzzed "
                                             "through champions.delete_department and clear_champion",
    "funding.amount_text": "words for an amount and a percentage as add_notice stored them (checked there); fuzzed "
                           "through funding.add_notice and notice_rows",
    "funding.outcome_text": "words for an outcome, its day and note as add_notice stored them (cleaned there); "
                            "fuzzed through funding.add_notice and notice_rows",
    "resources.amount_text": "words for pence as add_commitment stored them (checked there); fuzzed through "
                             "resources.add_commitment and commitment_rows",
    "resources.share_text": "words for a share add_commitment checked (0 to 100); fuzzed through add_commitment",
    "resources.post_share_text": "words for the posts' shares year_inputs added up; fuzzed through year_inputs",
    "resources.when_text": "words for a state commitment_state gave with the days it gave it for; fuzzed through "
                           "resources.commitment_rows",
    "resources.renewed": "takes the Commitment records year_inputs read; fuzzed through year_inputs",
    "resources.commitment_state": "takes days and months add_commitment checked; fuzzed through commitment_rows",
    "resources.reminder_day": "takes an end day and months add_commitment checked (0 to 24; the form's box "
                              "the same); fuzzed through commitment_rows and calendar.calendar_ics",
    "make_up.balance_warnings": "takes a Balance seats.balance built; fuzzed through seats.balance",
    "make_up.describe_make_up": "takes a MakeUp make_up.make_up built; fuzzed through make_up.set_make_up",
    "review_inputs.leads_sentence": "takes LeadNow rows leads.leads_now built; fuzzed through review.measure_texts",
    "review_inputs.resources_sentence": "takes the YearInputs resources.year_inputs built; fuzzed through "
                                        "review.measure_texts",
    "compact.label_in_language": "takes a label as held (cleaned by update_compact); fuzzed through "
                                 "compact.group_label, compact.champion_label and papers.group_name",
    "actions.status_of": "takes a Target row; its dates are fuzzed through add_target/update_target and target_rows",
    "codes.review_text": "takes a CodeRow built by code_rows, which is fuzzed",
    "codes.why_text": "takes a CodeRow built by code_rows, which is fuzzed",
    "feedback.where_it_stands": "takes a FeedbackRow built by feedback_rows, which is fuzzed",
    "feedback.due_date": "takes a Feedback row and stored standards; fuzzed through request_feedback and feedback_rows",
    "consultations.feedback_brief": "takes a ConsultationCheck built by consultation_rows, which is fuzzed",
    "consultations.feedback_text": "takes a ConsultationCheck built by consultation_rows, which is fuzzed",
    "meetings.attendance_summary": "takes RosterRows built by attendance_roster, which is fuzzed",
    "review.figure_sentences": "takes YearFigures built by year_figures, which is fuzzed",
    "review.attendance_figures": "takes the seats filled at each meeting, as review.year_figures and "
                                 "monitoring_figures.year_figures find them; both are fuzzed",
    "disputes.patterns_text": "takes DisputePatterns built by dispute_patterns, which is fuzzed",
    "action_list.narrowed_out": "takes a TargetRow built by target_rows_of, which is fuzzed; the filter and search "
                                "it holds the row to are fuzzed through target_ids, search_words and search_text",
    "feedback_list.narrowed_out": "takes a FeedbackRow built by feedback_rows_of, which is fuzzed; the filter and "
                                  "search it holds the row to are fuzzed through feedback_ids, search_words and "
                                  "search_text",
    "feedback.make_row": "takes a row of row_query's columns; fuzzed through feedback_rows, "
                         "feedback_list.feedback_rows_of and feedback_list.feedback_rows_where",
    "actions.make_row": "takes a row of row_columns; fuzzed through target_rows and action_list.target_rows_of",
    "narrowed.feedback_row": "takes a row of feedback_query; fuzzed through meeting_records.raised_from_item and "
                             "matters_arising_rows, attention.attention and monitoring_figures.year_figures",
    # Helpers that take SQL expressions a service wrote, never a value: their SQL runs in the services named.
    "feedback.next_meeting_sql": "takes the raised_on column; its SQL runs in due_sql, so in feedback_rows and "
                                 "feedback_list.feedback_ids",
    "actions.row_columns": "takes an alias of TargetProgress; its columns are read by target_rows and "
                           "action_list.target_rows_of",
    "actions.with_names": "takes an SQL query; run by target_rows, target_detail and action_list.target_rows_of and "
                          "target_search_texts",
    "common.fetch_row": "takes an SQL query a service wrote; run by actions.target_detail, meeting_rows.meeting_row, "
                        "members.organisation_row and seats.term_view",
    "narrowed.feedback_query": "takes SQL conditions, columns and an order; run by meeting_records.raised_from_item "
                               "and matters_arising_rows, and through feedback_rows_where",
    "narrowed.feedback_rows_where": "takes SQL conditions; run by attention.attention (the overdue feedback) and "
                                    "monitoring_figures.year_figures (a year's feedback)",
    "narrowed.unindexed": "takes an SQL column; run by meeting_records.matters_arising_rows",
    "sql_text.casefold_sql": "takes an SQL expression; run by action_list.target_ids and feedback_list.feedback_ids "
                             "sorted by a text column",
    # The import's writers take the Records and a row's values read from a Sheet, both made inside plan_import.
    **{f"import_rows.write_{kind}": "takes the Records plan_import and run_import build and a row's values they read "
                                    "from the sheet (dates already days, sectors Sectors); fuzzed through both"
       for kind in ("person", "organisation", "seat", "target", "feedback")},
}

# Search keys: what a list's search box and its rows are matched by, casefolded; never shown, never stored. They are
# fuzzed like the rest, but their answers are held to being casefolded, not printable: a row's key is made from text
# read from the store, which holds no control character (domain/text.py takes them out on the way in), and one
# typed into the search box can only fail to match. Cleaning 20,000 rows' keys again would cost the speed they are
# made for.
SEARCH_KEYS = {"action_list.search_text", "feedback_list.search_text", "sql_text.fold", "sql_text.fold_each",
               "sql_text.search_words"}

ENUM_TYPES = [value for value in vars(enums).values()
              if isinstance(value, type) and issubclass(value, Enum) and value.__module__ == enums.__name__
              and list(value)]
MODEL_TYPES = [value for value in vars(models).values()
               if isinstance(value, type) and hasattr(value, "__table__")]
# The models a service looks up by one whole-number id (fetch's "record number"); the make-up's rows are keyed by
# their sector, and no service fetches one by a number.
ID_MODELS = [model for model in MODEL_TYPES if len(model.__table__.primary_key.columns) == 1
             and isinstance(next(iter(model.__table__.primary_key.columns)).type, Integer)]
STANDARDS = st.builds(Standards, **{field.name: (st.booleans() if field.type in (bool, "bool") else NUMBERS)
                                    for field in dataclasses.fields(Standards)})
# Words a developer passes (what the error calls the input), not a person.
DEVELOPER_WORDS = st.sampled_from(["the date", "date", "next", "last", "field"])
USE_DEFAULT = object()


def service_modules() -> list[types.ModuleType]:
    return [importlib.import_module(f"{services_package.__name__}.{info.name}")
            for info in pkgutil.iter_modules(services_package.__path__)]


def public_functions(module) -> dict[str, typing.Callable]:
    short = module.__name__.rsplit(".", 1)[-1]
    return {f"{short}.{name}": function for name, function in inspect.getmembers(module, inspect.isfunction)
            if function.__module__ == module.__name__ and not name.startswith("_")}


def _parts(annotation) -> list:
    if typing.get_origin(annotation) in (typing.Union, types.UnionType):
        return list(typing.get_args(annotation))
    return [annotation]


def _enum_of(parts) -> type[Enum] | None:
    return next((part for part in parts if isinstance(part, type) and issubclass(part, Enum)), None)


@dataclass(frozen=True)
class Kit:
    """The strategies one example draws from: wild (anything at all), or tame (every value plausible but the text,
    which still carries controls, surrogates, RTL and emoji) so the work is done often enough to check its result."""
    text: st.SearchStrategy
    dates: st.SearchStrategy
    moments: st.SearchStrategy
    ids: st.SearchStrategy
    numbers: st.SearchStrategy
    number_strings: st.SearchStrategy
    years: st.SearchStrategy
    wild_enums: bool


WILD = Kit(TEXT, DATES, MOMENTS, IDS, NUMBERS, NUMBER_STRINGS, YEARS, True)
TAME = Kit(SHORT_TEXT, st.one_of(KEPT_DAYS, KEPT_DAYS.map(dt.date.isoformat)),
           st.datetimes(dt.datetime(1900, 1, 1), dt.datetime(2199, 12, 31)), st.integers(1, 8), st.integers(0, 40),
           st.integers(0, 40).map(str), st.integers(1990, 2100), False)


# What a person's choices build and a service takes whole: a page's filter, a paper's scope, the set-up assistant's
# pages (every field drawn as a parameter of its name and type would be).
BUILT = (TargetFilter, FeedbackFilter, Scope, SeatLine, FirstMeeting, GroupSetup)


def _from_a_box(kind: type, name: str, kit: Kit):
    """The values of a field a page fills from a box of its own items, never typed; None for any other field."""
    if kind is TargetFilter and name == "status":
        return st.sampled_from([ANY, OPEN, *(status.value for status in enums.TargetStatus)])
    if kind is TargetFilter and name in ("partner", "code"):
        return kit.ids  # an organisation's or a code's id (ANY and None, "none named", are drawn below)
    return None


def _built(kind: type, kit: Kit):
    """One of BUILT from its fields: each drawn as a parameter of its name and type would be (any text for a name),
    or from its page's box, or left as it defaults (no narrowing)."""
    hints = typing.get_type_hints(kind)
    fields = {}
    for field in dataclasses.fields(kind):
        parts = _parts(hints[field.name])
        strategy = _from_a_box(kind, field.name, kit)
        if strategy is None:
            strategy = _base(field.name, parts, kit)
        if strategy is None or strategy is USE_DEFAULT:
            return None
        if type(None) in parts:
            strategy = st.one_of(st.none(), strategy)
        if field.default is not dataclasses.MISSING:
            strategy = st.one_of(st.just(field.default), strategy)
        fields[field.name] = strategy
    return st.builds(kind, **fields)


def _base(name: str, parts: list, kit: Kit):
    """The strategy for one parameter, None when nothing fits."""
    plain = [part for part in parts if part is not type(None)]
    kind = _enum_of(plain)
    if len(plain) == 1 and plain[0] in BUILT:
        return _built(plain[0], kit)
    if plain and typing.get_origin(plain[0]) is list and typing.get_args(plain[0])[0] in BUILT:  # the assistant's grid
        return st.lists(_built(typing.get_args(plain[0])[0], kit), max_size=4)
    if plain and plain[0] == list[str]:  # names typed one to a line
        return st.lists(kit.text, max_size=5)
    if Sheet in plain:
        return sheets(tame=not kit.wild_enums)
    if Matching in plain:  # made from the sheet drawn with it: see fuzz_imports.tied
        return matchings(tame=not kit.wild_enums)
    if name == "answers" or Answers in plain:
        return answers(kit.ids)
    if name in ("path", "file", "folder") and (str in plain or Path in plain):
        return PATHS  # never the working folder: a fuzz run writes only in a folder of its own
    if name == "error":
        return OS_ERRORS
    if name == "taken":  # seat titles named so far, casefolded
        return st.sets(kit.text.map(str.casefold), max_size=4)
    if dt.time in plain:
        return st.times()
    if name == "today":
        return TODAYS
    if name in ("what", "field", "default", "later_what", "earlier_what"):
        return DEVELOPER_WORDS
    if name in ("kinds",):
        return USE_DEFAULT
    if name == "model":  # the models a service looks up by one id
        return st.sampled_from(ID_MODELS)
    if name == "enum":
        return st.sampled_from(ENUM_TYPES)
    if name in ("rules", "standards"):
        return STANDARDS if kit.wild_enums else st.builds(Standards)
    if name.endswith("_ids"):
        return st.lists(kit.ids, max_size=6)
    if name == "ids":  # the rows a long list paints: now and then more than one query's share of bound values
        return st.one_of(st.lists(kit.ids, max_size=6), st.lists(kit.ids, min_size=501, max_size=1200))
    if name == "texts":
        return st.lists(kit.text, max_size=6)
    if name.endswith("_id") or name == "ident":
        return kit.ids
    if name == "tags":
        tags = st.sampled_from(list(enums.OrgTag))
        return st.lists(st.one_of(tags, kit.text) if kit.wild_enums else tags, max_size=4)
    if name == "content":
        return st.binary(max_size=2000)
    if name == "which":
        return st.one_of(kit.ids, st.sampled_from(["next", "last", "", "3"]), kit.text)
    if name in ("amount", "share_percent", "percent", "amount_pence"):  # money and shares, typed or counted
        return st.one_of(st.none(), kit.numbers, kit.number_strings, kit.text)
    if name in ("on", "vacancy_on") and not plain:  # a day a form sends, or none
        return st.one_of(st.none(), kit.dates)
    if name == "seats":  # a make-up: seats for each sector, or none (the usual parity)
        sectors = st.sampled_from(list(enums.Sector))
        keys = st.one_of(sectors, sectors.map(str), kit.text) if kit.wild_enums else sectors
        return st.one_of(st.none(), st.dictionaries(keys, st.one_of(kit.numbers, kit.number_strings), max_size=8))
    if kind is not None:
        members = st.sampled_from(list(kind))
        return st.one_of(members, members.map(str), TEXT) if str in plain and kit.wild_enums else members
    if bool in plain:
        return st.booleans()
    if dt.datetime in plain:
        return kit.moments
    if dt.date in plain:
        # A date a person types (a str is allowed) may be anything; a bare date comes from the store or the clock.
        return kit.dates if str in plain else KEPT_DAYS
    if name == "year" or name.endswith("_year"):
        return st.one_of(kit.years, kit.number_strings) if not plain else kit.years
    if int in plain:
        return st.one_of(kit.numbers, kit.number_strings) if str in plain else kit.numbers
    if name in ("value", "rating"):  # unannotated checks of typed numbers: they get whatever a form sends
        return st.one_of(kit.numbers, kit.number_strings, kit.dates)
    if str in plain:
        return kit.text
    if name == "session":
        return USE_DEFAULT
    return None


def strategies(function, kit: Kit = WILD) -> tuple[dict, list[str]]:
    """(parameter -> strategy, parameters nothing fits). The session is left out: the store gives it."""
    hints = typing.get_type_hints(function)
    found, missing = {}, []
    for parameter in inspect.signature(function).parameters.values():
        if parameter.name == "session":
            continue
        parts = _parts(hints.get(parameter.name, type(None)))
        strategy = _base(parameter.name, parts, kit)
        if strategy is None:
            missing.append(parameter.name)
            continue
        if strategy is USE_DEFAULT:
            continue
        optional = type(None) in parts or parameter.default is None
        found[parameter.name] = st.one_of(st.none(), strategy) if optional else strategy
    return found, missing


def takes_session(function) -> bool:
    return "session" in inspect.signature(function).parameters


def targets() -> dict[str, typing.Callable]:
    """Every public service function that can be fuzzed, by "module.name"."""
    found = {}
    for module in service_modules():
        for name, function in public_functions(module).items():
            if name not in ALLOWED and not strategies(function)[1]:
                found[name] = function
    return found


TARGETS = targets()


def integrity(store) -> str:
    with store.engine.connect() as connection:
        return ", ".join(row[0] for row in connection.execute(text("PRAGMA integrity_check")))


def _strings(value, depth: int = 0):
    """Every str inside a service's answer: rows, dataclasses, lists, dicts."""
    if depth > 3 or value is None:
        return
    if isinstance(value, str):
        yield value
    elif hasattr(type(value), "__table__"):
        for column in type(value).__table__.columns:
            if isinstance(column.type, (String, Text)):
                yield from _strings(getattr(value, column.key, None), depth + 1)
    elif dataclasses.is_dataclass(value) and not isinstance(value, type):
        for field in dataclasses.fields(value):
            yield from _strings(getattr(value, field.name), depth + 1)
    elif isinstance(value, dict):
        for key, item in value.items():
            yield from _strings(key, depth + 1)
            yield from _strings(item, depth + 1)
    elif isinstance(value, (list, tuple, set, frozenset)):
        for item in list(value)[:200]:
            yield from _strings(item, depth + 1)


def _read_back(store, row, typed: dict) -> None:
    """The row as a fresh transaction finds it: clean text, and a typed field stored as its cleaned self."""
    key = orm_inspect(row).identity
    if key is None:  # deleted, or never stored
        return
    with store.session() as session:
        stored = session.get(type(row), key)
        if stored is None:
            return
        for column in type(row).__table__.columns:
            value = getattr(stored, column.key, None)
            if not isinstance(value, str):
                continue
            assert unclean(value) is None, f"{column.key} read back with {unclean(value)}: {value[:80]!r}"
            if isinstance(typed.get(column.key), str) and clean(typed[column.key]):  # empty may fall back
                wanted = {clean(typed[column.key]), clean(typed[column.key], multiline=True)}
                assert value in wanted, f"{column.key} read back as {value[:80]!r}, not the cleaned text"


def call(store, function, arguments: dict):
    if not takes_session(function):
        return function(**arguments)
    result, change = store.run_recorded(function, **arguments)
    return result, change


def fuzz_one(store, name: str, function, arguments: dict, undo: bool) -> None:
    try:
        answer = call(store, function, arguments)
    except ValidationError as refused:
        count_example(name, "refused")
        assert str(refused).strip(), f"{name} refused {arguments!r:.200} with an empty message"
        # The message is shown in a dialog: what it quotes back must be printable too.
        assert unclean(str(refused)) is None, f"{name}'s message has {unclean(str(refused))}: {str(refused)[:120]!r}"
    else:
        count_example(name, "done")
        result = answer[0] if takes_session(function) else answer
        for value in _strings(result):
            if name in SEARCH_KEYS:
                assert value == value.casefold(), f"{name} answered with a key not casefolded: {value[:80]!r}"
            else:
                assert unclean(value) is None, f"{name} answered with {unclean(value)}: {value[:80]!r}"
        if hasattr(type(result), "__table__"):
            _read_back(store, result, arguments)
        if undo and takes_session(function):
            store.apply(answer[1])  # the GUI's undo: takes the call back whole
    assert integrity(store) == "ok"


def store_text_problems(store) -> list[str]:
    """Every stored text value with a control character or a lone surrogate, table by table."""
    problems = []
    with store.session() as session:
        for model in MODEL_TYPES:
            columns = [c for c in model.__table__.columns if isinstance(c.type, (String, Text))]
            for column in columns:
                for (value,) in session.execute(
                        text(f'SELECT "{column.name}" FROM "{model.__table__.name}"')):
                    if isinstance(value, str) and unclean(value):
                        problems.append(f"{model.__table__.name}.{column.name}: {unclean(value)}")
    return problems


@pytest.mark.parametrize("name", sorted(TARGETS))
def test_any_input_is_done_or_refused_with_a_message(fuzz_store, name):
    function = TARGETS[name]
    # Half the examples wild, half tame: refusals are checked, and so is what gets stored.
    arguments = st.one_of(st.fixed_dictionaries(strategies(function, WILD)[0]),
                          st.fixed_dictionaries(strategies(function, TAME)[0])).map(tied)

    @fuzz_settings()
    @given(arguments=arguments, undo=st.booleans())
    def run(arguments, undo):
        fuzz_one(fuzz_store, name, function, arguments, undo)

    run()
    assert store_text_problems(fuzz_store) == []


def test_every_service_function_has_a_fuzz_target():
    unreached = []
    for module in service_modules():
        for name, function in public_functions(module).items():
            if name in ALLOWED:
                continue
            missing = strategies(function)[1]
            if missing or name not in TARGETS:
                unreached.append(f"{name}({', '.join(missing)})")
    assert unreached == [], "no fuzz strategy for these parameters; teach _base() or add to ALLOWED with a reason"
    everything = {name for module in service_modules() for name in public_functions(module)}
    assert sorted(set(ALLOWED) - everything) == [], "ALLOWED names a function that is gone"
    assert len(TARGETS) > 150


# -- the bugs the fuzzing found, each pinned -----------------------------------------------------------------------

BEYOND_SQLITE = [2**63, -2**63 - 1, 2**70, -2**70]


@pytest.mark.parametrize("ident", BEYOND_SQLITE)
def test_ids_beyond_64_bits_are_not_in_the_store(fuzz_store, ident):
    from compactdesk.services import actions, champions, meetings, members, personal, seats
    from compactdesk.store.models import Person

    for service, args in [(members.organisation_row, (ident,)), (seats.term_view, (ident,)),
                          (champions.department_row, (ident,)), (personal.erase_person, (ident,)),
                          (actions.complete_target, (ident, "2026-01-01"))]:
        with pytest.raises(ValidationError, match="no longer in this group's records|no person"):
            fuzz_store.run(service, *args)
    with fuzz_store.session() as session:
        from compactdesk.services.common import fetch
        with pytest.raises(ValidationError, match="no longer in this group's records"):
            fetch(session, Person, ident, "person")
    assert fuzz_store.run(meetings.paper_rows, ident) == []
    assert fuzz_store.run(meetings.remove_attendance, 1, ident) is None
    assert fuzz_store.run(personal.neutral_name, ident)
    assert all(choice.organisation_id is None for choice in fuzz_store.run(champions.champion_choices, ident))
    assert integrity(fuzz_store) == "ok"


@pytest.mark.parametrize("ident", BEYOND_SQLITE)
def test_the_lists_find_no_row_for_ids_beyond_64_bits(fuzz_store, ident, today):
    from compactdesk.services import action_list, feedback_list

    assert [row.target_id for row in fuzz_store.run(action_list.target_rows_of, today, [ident, 1])] == [1]
    assert [row.feedback_id for row in fuzz_store.run(feedback_list.feedback_rows_of, today, [ident, 1])] == [1]
    for narrowed in (TargetFilter(partner=ident), TargetFilter(code=ident)):
        assert fuzz_store.run(action_list.target_ids, today, narrowed) == []
        assert fuzz_store.run(action_list.target_search_texts, today, narrowed) == {}


@pytest.mark.parametrize("name", ["\ud800", "Llŷr\udfff Evans"])
def test_a_feedback_filter_naming_a_lone_surrogate_lets_nothing_through(fuzz_store, name, today):
    from compactdesk.services import feedback_list
    from compactdesk.services.feedback_list import Showing

    row = fuzz_store.run(feedback_list.feedback_rows_of, today, [1])[0]
    for narrowed, part in ((FeedbackFilter(Showing.ALL, officer=name), "officer"),
                           (FeedbackFilter(Showing.ALL, department=name), "department")):
        assert fuzz_store.run(feedback_list.feedback_ids, today, narrowed) == []
        assert fuzz_store.run(feedback_list.feedback_search_texts, today, narrowed) == {}
        assert fuzz_store.run(feedback_list.feedback_rows_where, today, narrowed) == []
        assert part in feedback_list.narrowed_out(row, narrowed)  # as the page's own check finds it


@pytest.mark.parametrize("year", [0, -1, 1899, 2200, 2**31, 2**63, 10**100])
def test_years_outside_the_store_are_refused_naming_the_range(fuzz_store, year, today):
    from compactdesk.services import disputes, review, review_detail

    for service, args in [(disputes.dispute_counts, (year,)), (review.year_figures, (year, today)),
                          (review.measure_texts, (year, today)), (review_detail.year_records, (year, today)),
                          (review.consultations_closed, (year, today)), (review.notices_given, (year, today))]:
        with pytest.raises(ValidationError, match="between 1900 and 2199") as refused:
            fuzz_store.run(service, *args)
        assert refused.value.field == "year"
    with pytest.raises(ValidationError, match="between 1900 and 2199"):
        review.as_of(year, today)


def test_edge_years_are_counted(fuzz_store, today):
    from compactdesk.services import disputes, review

    assert review.as_of(1900, today) == dt.date(1900, 12, 31)
    assert fuzz_store.run(disputes.dispute_counts, 2199) is not None
    assert fuzz_store.run(review.year_figures, 1900, today).as_of == dt.date(1900, 12, 31)


@pytest.mark.parametrize("days", [-1, 3651, 2**31, 10**9])
def test_a_due_soon_window_past_ten_years_is_refused(fuzz_store, days, today):
    from compactdesk.services import codes

    with pytest.raises(ValidationError, match="between 0 and 3650") as refused:
        fuzz_store.run(codes.reviews_due, today, days)
    assert refused.value.field == "within_days"
    assert isinstance(fuzz_store.run(codes.reviews_due, today, 3650), list)


@pytest.mark.parametrize("months", [-5, 0, 25, 10**9, 2**63])
def test_funding_notice_months_outside_the_setting_are_refused(months):
    from compactdesk.services import funding

    with pytest.raises(ValidationError, match="between 1 and 24") as refused:
        funding.notice_text(dt.date(2026, 1, 1), dt.date(2026, 6, 1), months)
    assert refused.value.field == "funding_notice_months"
    assert "3 months" in funding.notice_text(dt.date(2026, 1, 1), dt.date(2026, 6, 1), 3)


def test_a_papers_file_type_is_cleaned(fuzz_store):
    from compactdesk.services import meetings

    paper = fuzz_store.run(meetings.attach_paper, 1, "notes.txt", b"hi", added_on=dt.date(2026, 1, 1),
                           media_type="text/\x1fplain\ud800")
    with fuzz_store.session() as session:
        assert session.get(type(paper), paper.id).media_type == "text/plain\ufffd"
    blank = fuzz_store.run(meetings.attach_paper, 1, "notes.txt", b"hi", added_on=dt.date(2026, 1, 1),
                           media_type="\x1f\x1f")
    assert blank.media_type == "text/plain"  # nothing left: guessed from the name, as when none is given


@pytest.mark.parametrize("typed", ["\x1b[31m", "\ud800", "\x00\x07"])
def test_refusals_quote_what_was_typed_printably(fuzz_store, typed, today):
    from compactdesk.domain.dates import parse_date
    from compactdesk.domain.enums import Sector
    from compactdesk.services import meetings, papers
    from compactdesk.services.common import choice

    refusals = []
    for attempt in (lambda: parse_date(typed, "the date"), lambda: choice(Sector, typed, "sector", "sector"),
                    lambda: fuzz_store.run(papers.choose_meeting, typed, today, "next"),
                    lambda: fuzz_store.run(papers.owed_by_officer, today, officer=typed + "x"),
                    lambda: fuzz_store.run(meetings.create_meeting, "liaison", typed)):
        with pytest.raises(ValidationError) as refused:
            attempt()
        refusals.append(str(refused.value))
    with pytest.raises(ValidationError) as too_big:
        meetings.check_paper_size(typed + ".pdf", 2**31)
    refusals.append(str(too_big.value))
    assert [unclean(message) for message in refusals] == [None] * len(refusals)


# -- the import's files: names no disk takes, and what a disk can answer --------------------------------------------

NAMES_NO_DISK_TAKES = [("", "No file was chosen"), (" ", "No file was chosen"), (".", "is a folder"),
                       ("nul\x00byte.xlsx", "characters no disk allows"),
                       ("lone\ud800.csv", "characters no disk allows"),
                       ("x" * 300 + ".xlsx", "too long for the disk"), ("abcdefgh/" * 600 + "x.xlsx", "too long"),
                       ("no such folder/x.xlsx", "does not exist|There is no file"),
                       ("/proc/compactdesk-fuzz/x.xlsx", "does not exist|There is no file")]


@pytest.mark.parametrize("name, words", NAMES_NO_DISK_TAKES)
def test_a_file_name_no_disk_takes_is_refused_saying_what_to_do(fuzz_store, tmp_path, monkeypatch, today, name,
                                                                 words):
    from compactdesk.services import import_template, setup_sheet, spreadsheet

    here = tmp_path / "here"
    here.mkdir()
    monkeypatch.chdir(here)  # a name is taken from the working folder: nothing may be written in it
    for attempt in (lambda: spreadsheet.read_sheet(name), lambda: import_template.save_template("people", name),
                    lambda: fuzz_store.run(setup_sheet.seat_lines_from_file, name, today=today)):
        with pytest.raises(ValidationError, match=words) as refused:
            attempt()
        assert refused.value.field == "file"
        assert unclean(str(refused.value)) is None and len(str(refused.value)) < 400
    assert list(here.iterdir()) == []


DISK_ANSWERS = [(errno.ENAMETOOLONG, "too long for the disk"), (errno.EINVAL, "does not allow"),
                (errno.ENOTDIR, "is a file, not a folder"), (errno.EISDIR, "is a folder"),
                (errno.ENOSPC, "disk is full"), (errno.EDQUOT, "disk is full"), (errno.EROFS, "can only be read"),
                (errno.EIO, "may be failing"), (errno.ENOTCONN, "cannot be reached"), (errno.ELOOP, "circle"),
                (errno.EBUSY, "in use"), (errno.EXDEV, r"\(Invalid cross-device link\)")]


@pytest.mark.parametrize("code, words", [*DISK_ANSWERS, (errno.EACCES, "could not be replaced"),
                                         (errno.EPERM, "could not be replaced")])
def test_a_template_the_disk_will_not_take_is_refused_in_the_persons_words(tmp_path, monkeypatch, code, words):
    from compactdesk.services import import_template, whole_files

    def refuse(*args):
        raise OSError(code, os.strerror(code))

    monkeypatch.setattr(whole_files.os, "replace", refuse)
    with pytest.raises(ValidationError, match=words) as refused:
        import_template.save_template("people", tmp_path / "people")
    assert refused.value.field == "file"
    assert list(tmp_path.iterdir()) == []  # the half-written copy is gone


@pytest.mark.parametrize("code, words", [(errno.ENOENT, r"cannot write in .*\. The folder may be read-only"),
                                         (errno.EROFS, r"cannot write in .* \(Read-only file system\)"),
                                         (errno.ENOSPC, "disk is full"), (errno.ENAMETOOLONG, "too long")])
def test_a_folder_that_will_not_take_a_template_is_refused_in_the_persons_words(tmp_path, monkeypatch, code, words):
    from compactdesk.services import import_template, whole_files

    def refuse(*args, **kwargs):
        raise OSError(code, os.strerror(code))

    monkeypatch.setattr(whole_files.tempfile, "mkstemp", refuse)
    with pytest.raises(ValidationError, match=words):
        import_template.save_template("people", tmp_path / "people")


@pytest.mark.parametrize("code, words", [*DISK_ANSWERS, (errno.EACCES, "could not open people.xlsx: it is not allowed"),
                                         (errno.ENOENT, "There is no file")])
def test_a_spreadsheet_the_disk_will_not_give_is_refused_in_the_persons_words(tmp_path, monkeypatch, code, words):
    from compactdesk.services import spreadsheet

    def refuse(self):
        raise OSError(code, os.strerror(code))

    monkeypatch.setattr(Path, "read_bytes", refuse)
    with pytest.raises(ValidationError, match=words) as refused:
        spreadsheet.read_sheet(tmp_path / "people.xlsx")
    assert refused.value.field == "file"


def test_a_sheets_text_is_cleaned_wherever_the_import_quotes_it(fuzz_store, today):
    from compactdesk.domain.import_fields import ImportKind, guess_matching
    from compactdesk.services import importing
    from compactdesk.services.import_values import cell_text

    assert cell_text("\x1b[31mAnn\x00 Jones\ud800") == "[31mAnn Jones\ufffd"
    sheet = Sheet("\x1f" * 1000 + "people.csv", "", (), (("Name",), ("",)))
    with pytest.raises(ValidationError, match="has no rows below its header row") as refused:
        fuzz_store.run(importing.run_import, sheet, ImportKind.PEOPLE, guess_matching(sheet.rows, "people"),
                       today=today)
    assert unclean(str(refused.value)) is None and "people.csv" in str(refused.value)


def test_the_fuzzed_file_names_stay_in_the_runs_own_folder():
    from fuzz_imports import FUZZ_FOLDER

    @fuzz_settings(scale=10)
    @given(path=PATHS)
    def run(path):
        try:
            where = Path(os.path.realpath(path))
        except ValueError:  # a NUL: no disk is asked at all
            return
        folder = FUZZ_FOLDER.resolve()
        # Its own folder, or the one above it named as a folder (".."), or places nothing can be written
        assert where.is_relative_to(folder) or where == folder.parent \
            or str(where).startswith(("/proc/", "/no-such-folder-compactdesk/")), where

    run()


def test_a_workbooks_odd_name_is_quoted_printably(tmp_path):
    from compactdesk.services import import_template, spreadsheet

    path = import_template.save_template("seats", tmp_path / "\x7f\x85\x9fseats\x1b")
    assert spreadsheet.read_sheet(path).file_name == "seats.xlsx"
    with pytest.raises(ValidationError, match="has no sheet called") as refused:
        spreadsheet.read_sheet(path, "0" * 500 + "\x1b")
    assert unclean(str(refused.value)) is None and len(str(refused.value)) < 400


@pytest.mark.parametrize("named", ["docs", "docs/.", "docs/sub/.."])
def test_a_template_saved_as_a_folder_is_refused_not_written_beside_it(tmp_path, named):
    from compactdesk.services import import_template

    (tmp_path / "docs" / "sub").mkdir(parents=True)
    with pytest.raises(ValidationError, match="is a folder. Give a file name inside it"):
        import_template.save_template("people", tmp_path / named)
    assert sorted(path.name for path in tmp_path.rglob("*")) == ["docs", "sub"]
