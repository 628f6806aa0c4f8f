"""The Thurrock case of seed 000, entered through the services as a secretary would: a cut to the CVS
signalled, the CVS told it had six more months, a councillor's call-in that failed, a consultation by the
council, and by late 2010 no cuts; with a change of champion, three lead officers in seven months, a code's
steps and the resources behind the compact."""

import datetime as dt

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

TODAY = dt.date(2026, 11, 24)


def _stage(session, name: str) -> int:
    return next(stage.stage_id for stage in disputes.stage_rows(session) if stage.name == name)


def the_year_2010(session) -> None:
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
                       "The CVS was told it had six more months.", amount_pence="£45,000",
                       outcome=FundingOutcome.REVERSED, outcome_on="10/11/2010",
                       outcome_note="By late 2010 there were no cuts")
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
