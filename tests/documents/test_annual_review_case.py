"""Issue 21's must-show: the annual review of a year with a withdrawn funding notice, a change of champion and a
dispute through three stages, entered through the services as a secretary would enter the Thurrock case (seed
000: a cut to the CVS signalled, the CVS told it had six more months, a councillor's call-in that failed, a
consultation by the council, and by late 2010 no cuts), read back from the PDF and the Word file."""

import datetime as dt

import pytest
from readback import docx_text, pdf_text, squash

from compactdesk.documents.export import ExportRequest, Paper, export
from compactdesk.domain.enums import CodeStatus, CommitmentKind, FundingChange, FundingOutcome, LeadRole, Sector
from compactdesk.services import (
    champions,
    code_steps,
    codes,
    compact,
    disputes,
    funding,
    leads,
    members,
    resources,
)
from compactdesk.store import create_store

TODAY = dt.date(2026, 11, 24)


def _stage(session, name: str) -> int:
    return next(stage.stage_id for stage in disputes.stage_rows(session) if stage.name == name)


def _the_year_2010(session) -> None:
    compact.set_up_compact(session, "Thurrock Compact", "Thurrock")
    council = members.add_organisation(session, "Thurrock Council", Sector.COUNCIL).id
    cvs = members.add_organisation(session, "Thurrock CVS", Sector.VCS).id
    health = members.add_organisation(session, "NHS South West Essex", Sector.HEALTH).id
    first = members.add_person(session, "Siân Roberts", role="Head of policy", organisation_id=council).id
    second = members.add_person(session, "Łukasz Nowak", role="Partnership officer", organisation_id=council).id
    third = members.add_person(session, "Gwen Ashby", role="Policy officer", organisation_id=council).id
    councillor = members.add_person(session, "Cllr John Kent", role="Portfolio holder", organisation_id=council).id
    worker = members.add_person(session, "Rhian Ellis", role="Development worker", organisation_id=cvs).id

    # The cut signalled in 2009, the CVS told it had six more months; withdrawn in the autumn of 2010.
    funding.add_notice(session, cvs, council, "01/10/2009", "01/04/2010", FundingChange.END,
                       "The CVS was told it had six more months.", amount_pence="£45,000")
    notice = funding.add_notice(session, cvs, council, "15/03/2010", "01/06/2010", FundingChange.REDUCE,
                                "A second cut, to the infrastructure grant.", percent=20)
    funding.update_notice(session, notice.id, organisation_id=cvs, body_id=council, given_on="15/03/2010",
                          effective_on="01/06/2010", change=FundingChange.REDUCE,
                          notes="A second cut, to the infrastructure grant.", percent=20,
                          outcome=FundingOutcome.WITHDRAWN, outcome_on="20/05/2010",
                          outcome_note="No cuts after the council's consultation")

    # The dispute: raised at the group, a councillor's call-in that failed, then the council's consultation.
    dispute = disputes.add_dispute(session, "Cut to the CVS's core grant", cvs, council, "05/10/2009",
                                   stage_id=_stage(session, "Raised at the liaison group"),
                                   note="Taken to the liaison group")
    disputes.add_step(session, dispute.id, _stage(session, "Councillor's call-in"), "12/01/2010",
                      "The call-in failed")
    disputes.add_step(session, dispute.id, _stage(session, "Mediation"), "01/03/2010",
                      "The council consulted the sector")
    disputes.resolve(session, dispute.id, "10/11/2010", "No cuts to the CVS's funding")

    # The social services department's champion changed, and the lead officer three times in seven months.
    department = champions.add_department(session, council, "Social services", first, on="01/01/2009")
    champions.set_champion(session, department.id, second, "14/06/2010", "Siân moved to another department")
    leads.set_lead(session, LeadRole.COUNCILLOR, councillor, "01/05/2009", "After the election")
    # Seed 000: "the council's lead officer changed three times in seven months".
    for person, day in ((first, "01/02/2010"), (second, "01/05/2010"), (third, "01/09/2010")):
        leads.set_lead(session, LeadRole.OFFICER, person, day)

    code_id = next(row.code_id for row in codes.code_rows(session, TODAY)
                   if row.name == "Consultation and policy appraisal")
    code_steps.record_step(session, code_id, CodeStatus.IN_DRAFT, "04/02/2010", "Draft sent out with a questionnaire")
    code_steps.record_step(session, code_id, CodeStatus.IN_DRAFT, "18/03/2010", "Met BME groups; redrafted")
    code_steps.record_step(session, code_id, CodeStatus.ADOPTED, "07/10/2010", "Checked by the reading group")

    resources.add_commitment(session, CommitmentKind.POST, "Compact development worker", funder_id=health,
                             holder_id=worker, amount="£28,000", share_percent=100, starts_on="01/04/2010",
                             ends_on="31/03/2011")
    resources.add_commitment(session, CommitmentKind.BUDGET, "Compact budget", funder_id=council, amount="£10k",
                             starts_on="01/04/2010")


@pytest.fixture(scope="module")
def review_files(tmp_path_factory):
    folder = tmp_path_factory.mktemp("case")
    with create_store(folder / "thurrock.cdstore") as store:
        store.run(_the_year_2010)
        return {suffix: export(store, ExportRequest(Paper.ANNUAL_REVIEW, folder / f"2010{suffix}", TODAY,
                                                    year=2010))[0] for suffix in (".pdf", ".docx")}


@pytest.mark.parametrize("suffix", [".pdf", ".docx"])
def test_the_review_of_2010_tells_what_happened(review_files, suffix):
    path = review_files[suffix]
    words = squash(pdf_text(path) if suffix == ".pdf" else docx_text(path))

    # The withdrawn notice, with its percentage and what came of it. The 2009 notice has no outcome recorded, so
    # it is not among those settled in the year.
    assert "20%" in words and "Withdrawn on 20 May 2010" in words
    assert "settled in this one" not in words
    assert "No cuts after the council's consultation" in words

    # The dispute's route, stage by stage and in order, then its outcome.
    route = [words.index(stage) for stage in ("Raised at the liaison group", "Councillor's call-in", "Mediation")]
    assert route == sorted(route)
    assert "The call-in failed" in words and "The council consulted the sector" in words
    assert "No cuts to the CVS's funding" in words

    # The champion's change and every change of lead officer, in order.
    assert "Social services, Thurrock Council" in words and "Siân moved to another department" in words
    table = words[words.index("Changes of lead in the year"):]
    changes = [table.index(name) for name in ("Siân Roberts", "Łukasz Nowak", "Gwen Ashby")]
    assert changes == sorted(changes)
    assert "Lead councillor: Cllr John Kent (Thurrock Council)" in words
    assert "Lead officer: Gwen Ashby (Thurrock Council)" in words

    # The code's steps, each with its note; the resources as the framework's inputs.
    for note in ("Draft sent out with a questionnaire", "Met BME groups; redrafted", "Checked by the reading group"):
        assert note in words
    assert "Compact development worker" in words and "NHS South West Essex" in words
    assert "£28,000" in words and "£10,000" in words
    # The monitoring framework's inputs have figures of their own now.
    assert ("2 resources in the year (posts' time on the compact: one whole post): NHS South West Essex £28,000 a "
            "year; Thurrock Council £10,000 a year") in words
    assert "Lead councillor Cllr John Kent; Lead officer Gwen Ashby (3 changes in the year)" in words
