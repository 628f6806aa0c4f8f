"""The annual review's account of what is behind the compact (issue 21): the framework's inputs (posts,
budgets and funding agreements in force in the year), who led the compact and who championed it in each
department (the year's changes, each with its day), and each step in the making of a code.

A change is reported in the year its day falls in, so the review of a year in which a lead officer changed
three times lists all three, in order."""

from compactdesk.documents.model import BulletList, Cell, Column, Heading, Paragraph, Style, Table
from compactdesk.domain.dates import uk_date
from compactdesk.domain.text import one_line
from compactdesk.i18n import translate
from compactdesk.services.review import YearFigures
from compactdesk.services.review_detail import YearRecords


def _nobody() -> str:
    return translate("Papers", "nobody")


def inputs_section(f: YearFigures) -> list:
    """The monitoring framework's inputs: the resources the compact's work ran on in the year."""
    blocks: list = [Heading(translate("Papers", "Resources behind the compact"), 2)]
    inputs = f.inputs
    if inputs is None or not inputs.lines:
        return blocks + [Paragraph.of(translate(
            "Papers", "No posts, budgets or funding agreements were recorded for the year. Add them under "
                      "Monitoring & review, Resources."), Style.NOTE)]
    if inputs.posts:
        blocks.append(Paragraph.of(translate("Papers", "{posts}; their time on the compact comes to {share}.").format(
            posts=inputs.posts_text, share=inputs.post_share_text)))
    if inputs.funders:
        blocks.append(Heading(translate("Papers", "Committed by each funder"), 3))  # kept with its list
        blocks.append(BulletList(tuple(translate("Papers", "{funder}: {amount}").format(
            funder=total.funder, amount=total.text) for total in inputs.funders)))
    blocks.append(Table(
        (Column(translate("Papers", "Resource"), 2.4), Column(translate("Papers", "Funder"), 1.8),
         Column(translate("Papers", "Amount"), 1.4), Column(translate("Papers", "Time on the compact"), 1.4),
         Column(translate("Papers", "When"), 1.8)),
        tuple((Cell(line.title + "\n" + line.kind_label + (f"\n{line.holder}" if line.holder else "")),
               Cell(line.funder or translate("Papers", "Not recorded")), Cell(line.amount), Cell(line.share),
               Cell(line.dates)) for line in inputs.lines)))
    return blocks


def leads_section(f: YearFigures, r: YearRecords, champion: str) -> list:
    """The compact's lead councillor and lead officer at the year's end, and every change of lead and of a
    department's champion in the year, in order."""
    blocks: list = [Heading(translate("Papers", "Who led the compact"), 2)]
    for lead in f.leads:
        if lead.person:
            words = translate("Papers", "{role}: {name}{organisation}, since {day}.").format(
                role=lead.role.label(), name=lead.person,
                organisation=f" ({lead.organisation})" if lead.organisation else "",
                day=uk_date(lead.since) if lead.since else translate("Papers", "before the history began"))
        else:
            words = translate("Papers", "{role}: nobody recorded at the year's end.").format(role=lead.role.label())
        blocks.append(Paragraph.of(words))
    if r.lead_changes:
        blocks.append(Heading(translate("Papers", "Changes of lead in the year"), 3))
        blocks.append(Table(
            (Column(translate("Papers", "Day"), 1.5), Column(translate("Papers", "Role"), 1.4),
             Column(translate("Papers", "Before"), 1.7), Column(translate("Papers", "After"), 1.7),
             Column(translate("Papers", "Note"), 2.4)),
            tuple((Cell(uk_date(change.on)), Cell(change.role.label()), Cell(change.from_person or _nobody()),
                   Cell(change.to_person or _nobody()), Cell(one_line(change.note)))
                  for change in r.lead_changes)))
    blocks.append(Heading(translate("Papers", "Changes of {champion} in the year").format(champion=champion), 3))
    if not r.champion_changes:
        blocks.append(Paragraph.of(translate("Papers", "No department's {champion} changed in the year.").format(
            champion=champion), Style.NOTE))
        return blocks
    blocks.append(Table(
        (Column(translate("Papers", "Department"), 2.2), Column(translate("Papers", "Day"), 1.5),
         Column(translate("Papers", "Before"), 1.6), Column(translate("Papers", "After"), 1.6),
         Column(translate("Papers", "Note"), 2.0)),
        tuple((Cell(translate("Papers", "{department}, {body}").format(department=change.department,
                                                                       body=change.body)),
               Cell(uk_date(change.on)), Cell(change.from_person or _nobody()), Cell(change.to_person or _nobody()),
               Cell(one_line(change.note))) for change in r.champion_changes)))
    return blocks


def code_steps_section(r: YearRecords) -> list:
    """Each step taken in the making of a code in the year (a draft, a questionnaire, a meeting, adoption),
    code by code and in order."""
    if not r.code_steps:
        return []
    return [
        Heading(translate("Papers", "Steps in the year"), 3),
        Table((Column(translate("Papers", "Code"), 2.2), Column(translate("Papers", "Day"), 1.5),
               Column(translate("Papers", "Status"), 1.5), Column(translate("Papers", "What happened"), 3.0)),
              tuple((Cell(step.code_name), Cell(uk_date(step.on)), Cell(step.status.label()),
                     Cell(one_line(step.note))) for step in r.code_steps)),
    ]
