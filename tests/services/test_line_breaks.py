"""Minutes typed (or pasted from Word) with line breaks by other names keep them, in the record and on the paper
(issue 21): the one cleaner, domain/text.py, makes them line breaks."""

import datetime as dt
import io

from docx import Document as WordDocument


def test_minutes_typed_with_word_line_breaks_print_on_their_own_lines(store, tmp_path):
    from compactdesk.documents.export import ExportRequest, Paper, export
    from compactdesk.services import compact, meetings

    today = dt.date(2026, 11, 24)

    def build(session):
        compact.set_up_compact(session, "Dyfnant Compact", today=today)
        meeting = meetings.create_meeting(session, "liaison", "2026-11-10 10:00", venue="Neuadd y Sir")
        item = meetings.add_item(session, meeting.id, "Welcome")
        meetings.write_minutes(session, item.id, "Present: Llŷr\x0bApologies: Siân\u2028Notes: none")
        return meeting.id

    meeting_id = store.run(build)
    out = export(store, ExportRequest(Paper.MINUTES, tmp_path / "minutes.docx", today, meeting=meeting_id))[0]
    lines = "\n".join(paragraph.text for paragraph in WordDocument(io.BytesIO(out.read_bytes())).paragraphs)
    assert "LlŷrApologies" not in lines and "SiânNotes" not in lines
    assert "Present: Llŷr\nApologies: Siân\nNotes: none" in lines
