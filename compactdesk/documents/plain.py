"""A paper as plain text, for the body of an email: a chase letter put in the message rather than attached."""

import datetime as dt

from sqlalchemy.orm import Session

from compactdesk import i18n
from compactdesk.documents.model import BarChart, BulletList, Document, Fields, Heading, Lines, PageBreak, Paragraph, \
    Table
from compactdesk.documents.papers.chase_letters import chase_letters
from compactdesk.documents.text import printable
from compactdesk.services.drafts import BOTH, DIVIDER
from compactdesk.services.papers import owed_by_officer

__all__ = ["chase_letter_texts", "plain_text"]


def _block(block) -> str:
    if isinstance(block, Heading):
        # As written: a title holds the group's own words, never put in capitals ("MONITORING AND ...").
        return block.text
    if isinstance(block, Paragraph):
        return "".join(span.text for span in block.spans)
    if isinstance(block, Lines):
        return "\n".join(block.lines)
    if isinstance(block, Fields):
        return "\n".join(f"{label}: {value}" for label, value in block.pairs)
    if isinstance(block, BulletList):
        return "\n".join(f"• {item}" for item in block.items)
    if isinstance(block, Table):
        # A mail program shows no table: each row is a line of its own, the first cell leading, the others labelled.
        rows = []
        for row in block.rows:
            first, *rest = row
            details = "; ".join(f"{column.title}: {cell.text}" for column, cell in zip(block.columns[1:], rest)
                                if cell.text.strip())
            rows.append(f"• {first.text}" + (f" ({details})" if details else ""))
        return "\n".join(rows)
    if isinstance(block, BarChart):
        return block.description or block.title
    if isinstance(block, PageBreak):
        return ""
    return str(block)


def plain_text(document: Document) -> str:
    """The paper's words in reading order, a blank line between blocks."""
    parts = [_block(block) for section in document.sections for block in section.blocks]
    return printable("\n\n".join(part for part in parts if part.strip()))


def chase_letter_texts(session: Session, today: dt.date, language: str) -> dict[int, str]:
    """Each chased officer's letter as text, by their person id: in the language asked ("both": the Welsh letter,
    then the English)."""
    owing = owed_by_officer(session, today, overdue_only=True)

    def letters(spoken: str) -> list[str]:
        with i18n.speaking(spoken):
            return [plain_text(document) for _, document in chase_letters(session, today)]

    if language == BOTH:
        texts = [welsh if welsh == english else welsh + DIVIDER + english
                 for welsh, english in zip(letters(i18n.WELSH), letters(i18n.ENGLISH))]
    else:
        texts = letters(language)
    return {officer.person_id: text for officer, text in zip(owing, texts)}
