"""The records the program itself puts in every group's file, in the language spoken.

A new file starts with the national Compact's five codes of practice, the usual stages of a dispute and the
Home Office framework's questions (store/migrations: 0001, 0003). They are the program's words, not the
group's, so a Welsh window or paper shows the program's Welsh for each while the file still holds the English
as seeded; once the group renames one, it is the group's own words and shown as typed. The file always holds
the English: sorting by it (or by position) keeps the two halves of a bilingual paper in step, and a form that
edits one shows and saves what is held.
"""

from compactdesk.i18n import ENGLISH, QT_TRANSLATE_NOOP, language, translate

# The national Compact's codes of practice, as 0001_first_schema.NATIONAL_CODES seeds them.
CODES = (
    QT_TRANSLATE_NOOP("Seeded", "Funding and procurement"),
    QT_TRANSLATE_NOOP("Seeded", "Consultation and policy appraisal"),
    QT_TRANSLATE_NOOP("Seeded", "Volunteering"),
    QT_TRANSLATE_NOOP("Seeded", "Black and minority ethnic voluntary and community organisations"),
    QT_TRANSLATE_NOOP("Seeded", "Community groups"),
)

# The usual route of a dispute, as 0003_the_compact_itself.DISPUTE_STAGES seeds it.
DISPUTE_STAGES = (
    QT_TRANSLATE_NOOP("Seeded", "Informal discussion"),
    QT_TRANSLATE_NOOP("Seeded", "Raised at the liaison group"),
    QT_TRANSLATE_NOOP("Seeded", "Mediation"),
    QT_TRANSLATE_NOOP("Seeded", "Councillor's call-in"),
    QT_TRANSLATE_NOOP("Seeded", "Arbitration"),
    QT_TRANSLATE_NOOP("Seeded", "Outcome"),
)

# The Home Office framework's questions, as 0003_the_compact_itself.FRAMEWORK seeds them.
INDICATORS = (
    QT_TRANSLATE_NOOP("Seeded", "Where did the compact start from: was there a compact, a liaison group, codes of "
                                "practice or an action plan?"),
    QT_TRANSLATE_NOOP("Seeded", "How did the two sectors rate their relationship at the start?"),
    QT_TRANSLATE_NOOP("Seeded", "Are resources committed to developing and running the compact, in cash or in kind, "
                                "in proportion to each partner's size?"),
    QT_TRANSLATE_NOOP("Seeded", "Are there champions in every sector and department, supported with time and money?"),
    QT_TRANSLATE_NOOP("Seeded", "Is there a dedicated post or budget, and are small groups reimbursed for the cost of "
                                "taking part?"),
    QT_TRANSLATE_NOOP("Seeded", "Is there political ownership: do senior officers and councillors take part, with "
                                "commitment from the top?"),
    QT_TRANSLATE_NOOP("Seeded", "Is information about the compact spread widely and regularly, and part of staff "
                                "induction in both sectors?"),
    QT_TRANSLATE_NOOP("Seeded", "Have the codes of practice been agreed by all parties, and are they used day to "
                                "day?"),
    QT_TRANSLATE_NOOP("Seeded", "Is there an action plan with clear targets and responsibilities, reviewed at least "
                                "every year or two?"),
    QT_TRANSLATE_NOOP("Seeded", "Is there a disputes procedure that people know and use, with a way to appeal?"),
    QT_TRANSLATE_NOOP("Seeded", "Are the measures of the compact's success agreed with all who have a stake in it?"),
    QT_TRANSLATE_NOOP("Seeded", "Who has signed up to the compact, small, BME, rural and volunteer-only groups "
                                "included?"),
    QT_TRANSLATE_NOOP("Seeded", "Do organisations, staff and councillors know what the compact is and where to "
                                "find it?"),
    QT_TRANSLATE_NOOP("Seeded", "Have the actions in the action plan taken place?"),
    QT_TRANSLATE_NOOP("Seeded", "Are funding decisions made in line with the codes, with organisations told in good "
                                "time?"),
    QT_TRANSLATE_NOOP("Seeded", "How often do consultation periods, or feedback to those who responded, fall short "
                                "of the standard?"),
    QT_TRANSLATE_NOOP("Seeded", "Are disputes resolved through the compact, to the satisfaction of all parties?"),
    QT_TRANSLATE_NOOP("Seeded", "Are BME and small community groups as involved as larger organisations?"),
    QT_TRANSLATE_NOOP("Seeded", "Is representation balanced, and do all parties keep taking part?"),
    QT_TRANSLATE_NOOP("Seeded", "Do all parties keep the undertakings of the compact, the voluntary sector "
                                "included?"),
    QT_TRANSLATE_NOOP("Seeded", "Do all parties 'compact-proof' new policies and plans?"),
    QT_TRANSLATE_NOOP("Seeded", "Has trust between the sectors grown, with fewer crises and disputes?"),
    QT_TRANSLATE_NOOP("Seeded", "Has the number of responses to consultations changed?"),
    QT_TRANSLATE_NOOP("Seeded", "Are there examples where the compact plainly made a difference?"),
)

SEEDED = frozenset(CODES + DISPUTE_STAGES + INDICATORS)


def is_seeded(text: str | None) -> bool:
    """Whether a record still holds the program's English words, exactly as seeded (not renamed)."""
    return text in SEEDED


def shown(text: str | None) -> str:
    """A code's name, a dispute stage's or a framework question as the language spoken shows it: the program's
    translation while the file holds the seeded English, else the text as held."""
    if text in SEEDED and language() != ENGLISH:
        return translate("Seeded", text)
    return text or ""
