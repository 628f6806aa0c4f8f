"""The records the program itself puts in every group's file (the national codes, the dispute stages, the
framework's questions) in the language spoken (issue 19): the program's Welsh while the file holds them as
seeded, the group's words once renamed, the English held whatever is shown, and a bilingual paper's two halves
in step."""

import datetime as dt
from contextlib import contextmanager

from hypothesis import HealthCheck, given, settings, strategies as st
from sqlalchemy import select

from compactdesk import i18n
from compactdesk.documents.bilingual import in_languages
from compactdesk.documents.model import BILINGUAL, Both, Heading, Table
from compactdesk.documents.papers.action_plan import build_action_plan
from compactdesk.documents.papers.annual_review import build_annual_review
from compactdesk.domain import seeded_words
from compactdesk.domain.enums import CodeStatus, Sector
from compactdesk.domain.seeded_words import shown
from compactdesk.services import action_list, actions, codes, disputes, members, monitoring, review_detail, search
from compactdesk.store.models import CodeOfPractice, DisputeStage, Indicator

TODAY = dt.date(2026, 12, 6)
FUNDING, VOLUNTEERING, COMMUNITY = "Funding and procurement", "Volunteering", "Community groups"
INFORMAL, MEDIATION = "Informal discussion", "Mediation"
RESOURCES = ("Are resources committed to developing and running the compact, in cash or in kind, in proportion to "
             "each partner's size?")
WELSH = {FUNDING: "Cyllido a chaffael", VOLUNTEERING: "Gwirfoddoli", COMMUNITY: "Grwpiau cymunedol",
         INFORMAL: "Trafodaeth anffurfiol", MEDIATION: "Cyfryngu",
         RESOURCES: "A oes adnoddau wedi'u neilltuo i ddatblygu a rhedeg y compact?"}


@contextmanager
def welsh_catalogue(words=WELSH):
    """The seeded words' Welsh (context "Seeded") in place of whatever catalogue is installed, put back after."""
    held = i18n._catalogues.get(i18n.WELSH), i18n._comparisons.get(i18n.WELSH)
    i18n.install_catalogue(i18n.WELSH, lambda context, text, disambiguation, n:
                           words.get(text, "") if context == "Seeded" else "")
    try:
        yield
    finally:
        i18n.install_catalogue(i18n.WELSH, *held)


def welsh(store, fn, *args, **kwargs):
    with welsh_catalogue(), i18n.speaking(i18n.WELSH):
        return store.run(fn, *args, **kwargs)


def english(store, fn, *args, **kwargs):
    with welsh_catalogue(), i18n.speaking(i18n.ENGLISH):
        return store.run(fn, *args, **kwargs)


def code_id(store, name):
    return store.run(lambda s: s.scalars(select(CodeOfPractice.id).where(CodeOfPractice.name == name)).one())


def stage_id(store, name):
    return store.run(lambda s: s.scalars(select(DisputeStage.id).where(DisputeStage.name == name)).one())


def test_the_table_is_every_text_a_new_file_is_seeded_with(store):
    held = store.run(lambda s: (
        [code.name for code in s.scalars(select(CodeOfPractice).order_by(CodeOfPractice.position))],
        [stage.name for stage in s.scalars(select(DisputeStage).order_by(DisputeStage.position))],
        [indicator.question for indicator in s.scalars(select(Indicator).order_by(Indicator.position))]))
    assert held == (list(seeded_words.CODES), list(seeded_words.DISPUTE_STAGES), list(seeded_words.INDICATORS))


def test_a_national_code_is_in_the_programs_welsh_in_welsh_and_held_in_english(store):
    rows = {row.held_name: row for row in welsh(store, codes.code_rows, TODAY)}
    assert rows[FUNDING].name == "Cyllido a chaffael" and rows[VOLUNTEERING].name == "Gwirfoddoli"
    # No Welsh in the catalogue: the English as held, never an empty name.
    assert rows["Consultation and policy appraisal"].name == "Consultation and policy appraisal"
    assert [row.name for row in english(store, codes.code_rows, TODAY)] == list(seeded_words.CODES)
    detail = welsh(store, codes.code_detail, code_id(store, FUNDING), TODAY)
    assert (detail.row.name, detail.row.held_name) == ("Cyllido a chaffael", FUNDING)


def test_the_code_form_saves_what_is_held_so_the_welsh_is_never_saved_as_the_english(store):
    ident = code_id(store, FUNDING)
    row = welsh(store, codes.code_detail, ident, TODAY).row
    # What the form saves: the name as held (row.held_name), the rest as changed.
    welsh(store, codes.update_code, ident, name=row.held_name, status=CodeStatus.ADOPTED, adopted_on="2026-01-01")
    assert store.run(lambda s: s.get(CodeOfPractice, ident).name) == FUNDING
    assert welsh(store, codes.code_detail, ident, TODAY).row.name == "Cyllido a chaffael"


def test_a_renamed_code_is_the_groups_own_words_in_both_languages(store):
    ident = code_id(store, VOLUNTEERING)
    store.run(codes.update_code, ident, name="Volunteering and time banks", status=CodeStatus.PROPOSED)
    assert welsh(store, codes.code_detail, ident, TODAY).row.name == "Volunteering and time banks"
    assert english(store, codes.code_detail, ident, TODAY).row.name == "Volunteering and time banks"


def test_a_message_about_a_national_code_names_it_as_the_window_shows_it(store):
    ident = code_id(store, FUNDING)
    with welsh_catalogue(), i18n.speaking(i18n.WELSH):
        try:
            store.run(codes.record_review, ident, TODAY)
        except Exception as error:  # noqa: BLE001 - the ValidationError's words are what is checked
            assert "Cyllido a chaffael" in str(error)
        else:
            raise AssertionError("a proposed code has no review to record")


def _dispute(store):
    council = store.run(members.add_organisation, "Dyfnant County Council", Sector.COUNCIL).id
    cvc = store.run(members.add_organisation, "Dyfnant CVC", Sector.VCS).id
    dispute = store.run(disputes.add_dispute, "Grant cut without notice", cvc, council, dt.date(2026, 3, 1),
                        stage_id=stage_id(store, INFORMAL)).id
    store.run(disputes.add_step, dispute, stage_id(store, MEDIATION), dt.date(2026, 4, 1))
    return dispute


def test_dispute_stages_in_welsh_on_the_route_the_dispute_and_the_patterns(store):
    dispute = _dispute(store)
    stages = welsh(store, disputes.stage_rows)
    assert [stage.name for stage in stages][:3] == ["Trafodaeth anffurfiol", "Raised at the liaison group", "Cyfryngu"]
    assert [stage.held_name for stage in stages] == list(seeded_words.DISPUTE_STAGES)
    detail = welsh(store, disputes.dispute_detail, dispute, TODAY)
    assert detail.row.stage == "Cyfryngu"
    assert [step.stage for step in detail.steps] == ["Trafodaeth anffurfiol", "Cyfryngu"]
    assert "Cyfryngu 1" in disputes.patterns_text(welsh(store, disputes.dispute_patterns, TODAY))
    assert english(store, disputes.dispute_detail, dispute, TODAY).row.stage == MEDIATION
    store.run(disputes.rename_stage, stage_id(store, MEDIATION), "Mediation by the CVC")
    assert welsh(store, disputes.dispute_detail, dispute, TODAY).row.stage == "Mediation by the CVC"


def test_framework_questions_in_welsh_and_the_edit_form_has_the_english(store):
    items = welsh(store, monitoring.list_indicators)
    resources = next(item for item in items if item.held_question == RESOURCES)
    assert resources.question == WELSH[RESOURCES]
    assert welsh(store, monitoring.indicator_detail, resources.indicator_id).held_question == RESOURCES
    rows = welsh(store, monitoring.indicator_rows, 2026)
    assert WELSH[RESOURCES] in [row.question for row in rows]
    assert RESOURCES in [row.question for row in english(store, monitoring.indicator_rows, 2026)]
    store.run(monitoring.update_indicator, resources.indicator_id, group=resources.group,
              question="Are resources committed to the compact?")
    assert welsh(store, monitoring.indicator_detail, resources.indicator_id).question == \
        "Are resources committed to the compact?"


def test_the_years_records_for_the_annual_review_are_in_welsh(store):
    _dispute(store)
    records = welsh(store, review_detail.year_records, 2026, TODAY)
    assert {line.name for line in records.codes} >= {"Cyllido a chaffael", "Gwirfoddoli"}
    assert [line.stage for line in records.disputes] == ["Cyfryngu"]
    assert WELSH[RESOURCES] in [line.question for line in records.indicators]
    assert FUNDING in {line.name for line in english(store, review_detail.year_records, 2026, TODAY).codes}


def _texts(blocks, kind):
    return [block for block in blocks if isinstance(block, kind)]


def _plan_with_targets(store):
    for name, title in ((VOLUNTEERING, "Volunteer week"), (FUNDING, "Three-year grants"),
                        (COMMUNITY, "Small grants fair")):
        store.run(actions.add_target, title, code_id=code_id(store, name), deadline=dt.date(2027, 3, 1))


def test_the_action_plan_groups_by_the_welsh_code_names_and_a_bilingual_one_lines_its_halves_up(store):
    _plan_with_targets(store)
    with welsh_catalogue():
        plan = store.run(lambda s: in_languages(BILINGUAL, lambda: build_action_plan(s, TODAY)))
        only_welsh = store.run(lambda s: in_languages(i18n.WELSH, lambda: build_action_plan(s, TODAY)))
    headings = [block.text for block in _texts(plan.sections[0].blocks, Heading) if block.level == 2]
    # Welsh first in each; sorted by the English held, so both halves are in one order (Community, Funding,
    # Volunteering) whatever the Welsh names' order.
    assert [str(heading).split("\n")[0].split(" / ")[0] for heading in headings] == [
        "Grwpiau cymunedol", "Cyllido a chaffael", "Gwirfoddoli"]
    assert all(("Grwpiau" in str(h) and COMMUNITY in str(h)) or ("Cyllido" in str(h) and FUNDING in str(h))
               or ("Gwirfoddoli" in str(h) and VOLUNTEERING in str(h)) for h in headings)
    welsh_headings = [block.text for block in _texts(only_welsh.sections[0].blocks, Heading) if block.level == 2]
    assert welsh_headings == ["Grwpiau cymunedol", "Cyllido a chaffael", "Gwirfoddoli"]


def test_the_plans_search_and_filter_know_the_welsh_code_names(store):
    _plan_with_targets(store)
    texts = welsh(store, action_list.target_search_texts, TODAY)
    assert all("cyllido" in text for text in texts.values() if "three-year" in text)
    assert any("funding" in text and "cyllido" in text for text in texts.values())
    choices = welsh(store, action_list.target_filter_choices)
    assert "Gwirfoddoli" in [name for _, name in choices.codes]
    rows = welsh(store, action_list.target_rows_of, TODAY, list(texts))
    grants = next(row for row in rows if row.title == "Three-year grants")
    assert (grants.code, grants.code_held) == ("Cyllido a chaffael", FUNDING)
    narrowed = action_list.TargetFilter()
    with welsh_catalogue(), i18n.speaking(i18n.WELSH):
        assert action_list.narrowed_out(grants, narrowed, "cyllido") == set()
        assert action_list.narrowed_out(grants, narrowed, "funding") == set()


def test_a_bilingual_annual_review_has_the_welsh_question_first(store):
    store.run(monitoring.rate, next(item.indicator_id for item in store.run(monitoring.list_indicators)
                                    if item.question == RESOURCES), 2026, 3, "A post funded by both sectors.")
    with welsh_catalogue():
        paper = store.run(lambda s: in_languages(BILINGUAL, lambda: build_annual_review(s, 2026, TODAY)))
    cells = [cell.text for section in paper.sections for block in section.blocks if isinstance(block, Table)
             for row in block.rows for cell in row]
    both = [cell for cell in cells if isinstance(cell, Both) and RESOURCES in str(cell.english)]
    assert both and all(str(cell.welsh) == WELSH[RESOURCES] for cell in both)


def test_a_code_found_by_search_is_titled_as_the_window_shows_it(store):
    hits = welsh(store, search.search, "procurement")
    titles = [hit.title for group in hits for hit in group.hits]
    assert "Cyllido a chaffael" in titles


@settings(max_examples=200, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(st.text(max_size=80))
def test_any_text_the_group_wrote_is_shown_as_held_in_either_language(text):
    with welsh_catalogue({text: "cyfieithiad", **WELSH}), i18n.speaking(i18n.WELSH):
        assert shown(text) == (WELSH.get(text, text) if text in seeded_words.SEEDED else text)
        assert shown(None) == ""
    assert shown(text) == text
