"""The handover: every paper of every year and a CSV of every kind of record."""

import csv
import time

import pytest
from readback import pdf_text
from sqlalchemy import select, text

from compactdesk.documents import handover
from compactdesk.documents.export import Cancelled
from compactdesk.documents.files import ExportError
from compactdesk.documents.handover import README, export_everything
from compactdesk.domain.enums import MeetingStatus
from compactdesk.services.review import review_years
from compactdesk.store import open_store
from compactdesk.store.models import AgendaPaper, Meeting
from compactdesk.store.search_index import index_tables_among


@pytest.fixture
def demo(demo_path):
    store = open_store(demo_path)
    yield store
    store.close()


def _tables(store) -> list[str]:
    """The tables of records: not Alembic's, nor the search index's (derived from the records)."""
    with store.session() as session:
        found = session.execute(text(
            "SELECT name, sql FROM sqlite_master WHERE type='table' AND name NOT LIKE 'sqlite_%' "
            "AND name != 'alembic_version'")).all()
    index = index_tables_among(found)
    assert index, "the demo has its search index, which is not handed over"
    return [name for name, _ in found if name not in index]


def _count(store, table: str) -> int:
    with store.session() as session:
        return session.scalar(text(f'SELECT count(*) FROM "{table}"'))


def _read_csv(path):
    raw = path.read_bytes()
    assert raw.startswith(b"\xef\xbb\xbf")  # the byte order mark Excel needs to read UTF-8
    with open(path, encoding="utf-8-sig", newline="") as stream:
        return list(csv.reader(stream))


def _files(folder) -> set[str]:
    return {path.relative_to(folder).as_posix() for path in folder.rglob("*") if path.is_file()}


def test_handover_of_the_demo_store(demo, tmp_path, today):
    folder = tmp_path / "handover"
    started = time.perf_counter()
    report = export_everything(demo, folder, today)
    print(f"handover of the demo store: {time.perf_counter() - started:.2f}s, {len(report.written)} files")
    assert report.skipped == []
    written = {path.as_posix() for path in report.written}
    assert written == _files(folder)  # nothing else left, no temporary files

    # every table, every row; the binary content of attached papers is not in the CSV
    assert not [path for path in written if "/data/search_" in path]  # the search index is no record
    for table in _tables(demo):
        rows = _read_csv(folder / "data" / f"{table}.csv")
        assert len(rows) - 1 == _count(demo, table), table
        assert "content" not in rows[0]
    people = _read_csv(folder / "data" / "person.csv")
    names = {row[people[0].index("name")] for row in people[1:]}
    assert {"Cllr Gwenllïan Parry", "Llŷr Evans", "Gruffydd Ŵyn Rowlands", "Łucja Kowalczyk"} <= names
    meetings = _read_csv(folder / "data" / "meeting.csv")
    starts = meetings[1][meetings[0].index("starts_at")]
    assert starts[:4].isdigit() and starts[4] == "-" and starts[7] == "-"  # ISO dates

    # attached papers as files, byte for byte, named in the CSV
    papers = _read_csv(folder / "data" / "agenda_paper.csv")
    with demo.session() as session:
        stored = {paper.id: paper.content for paper in session.scalars(select(AgendaPaper))}
        held = {m.id: m for m in session.scalars(select(Meeting))}
        years = review_years(session, today)
    assert stored
    for row in papers[1:]:
        ident, relative = int(row[0]), row[papers[0].index("file")]
        assert (folder / relative).read_bytes() == stored[ident]

    # every meeting its agenda, every held one its minutes; every review year in both formats
    for meeting in held.values():
        year, day = meeting.starts_at.year, meeting.starts_at.date().isoformat()
        assert any(name.startswith(f"papers/{year}/{day} Agenda") for name in written), meeting.id
        if meeting.status.step >= MeetingStatus.HELD.step:
            assert any(name.startswith(f"papers/{year}/{day} Minutes") for name in written), meeting.id
    for year in years:
        assert f"papers/{year}/{year} Annual review.pdf" in written
        assert f"papers/{year}/{year} Annual review.docx" in written
    assert (folder / f"papers/{years[0]}/{years[0]} Annual review.pdf").read_bytes().startswith(b"%PDF")

    # the whole record, not what the next meeting needs
    log = pdf_text(folder / f"papers/{today.isoformat()} Feedback log.pdf")
    assert "Everything: every item asked of officers, answered or not." in log
    plan = pdf_text(folder / f"papers/{today.isoformat()} Action plan.pdf")
    assert "Everything: every target, open, done or dropped." in plan

    readme = (folder / README).read_text(encoding="utf-8-sig")
    assert today.isoformat() in readme
    for name in written - {README}:
        assert name in readme


def test_a_second_run_into_the_same_folder(demo, tmp_path, today):
    folder = tmp_path / "handover"
    first = export_everything(demo, folder, today)
    (folder / "papers" / "2019").mkdir()
    stale = folder / "papers" / "2019" / "2019-01-01 Agenda.pdf"
    stale.write_bytes(b"%PDF old")
    readme = folder / README
    readme.write_text(readme.read_text(encoding="utf-8-sig") + "papers/2019/2019-01-01 Agenda.pdf\n",
                      encoding="utf-8-sig")
    second = export_everything(demo, folder, today)
    assert second.written == first.written
    assert not stale.exists()  # an earlier handover's paper for something gone is cleared
    assert {path.as_posix() for path in second.written} == _files(folder)


def test_refuses_a_folder_with_other_files(demo, tmp_path, today):
    folder = tmp_path / "Documents"
    folder.mkdir()
    (folder / "letter.docx").write_bytes(b"mine")
    with pytest.raises(ExportError, match="already holds other files"):
        export_everything(demo, folder, today)
    assert _files(folder) == {"letter.docx"}


def test_a_cancelled_run_leaves_nothing(demo, tmp_path, today):
    folder = tmp_path / "handover"
    calls = []

    def progress(done, total, text):
        calls.append((done, total, text))
        if done == 40:
            raise Cancelled

    with pytest.raises(Cancelled):
        export_everything(demo, folder, today, progress)
    assert calls[-1][0] == 40
    assert list(folder.iterdir()) == []


def test_a_cancelled_rerun_keeps_the_earlier_handover(demo, tmp_path, today):
    folder = tmp_path / "handover"
    export_everything(demo, folder, today)
    before = {name: (folder / name).read_bytes() for name in _files(folder)}

    def progress(done, total, text):
        if done == total - 2:  # the last moment a run can stop
            raise Cancelled

    with pytest.raises(Cancelled):
        export_everything(demo, folder, today, progress)
    assert {name: (folder / name).read_bytes() for name in _files(folder)} == before


def test_one_bad_paper_is_reported_not_fatal(demo, tmp_path, today, monkeypatch):
    real = handover.export

    def flaky(store, request, progress=None):
        if request.paper.value == "minutes" and request.meeting == 2:
            raise RuntimeError("the layout broke")
        return real(store, request, progress)

    monkeypatch.setattr(handover, "export", flaky)
    report = export_everything(demo, tmp_path / "out", today)
    assert len(report.skipped) == 1
    assert "the layout broke" in report.skipped[0].reason
    assert report.skipped[0].what in (tmp_path / "out" / README).read_text(encoding="utf-8-sig")
    assert not (tmp_path / "out" / report.skipped[0].what).exists()
    assert len(report.written) > 50


def test_the_readme_speaks_the_papers_language_welsh_first_when_both(demo, tmp_path, today):
    """A handover made in Welsh and English (the window's Export everything takes the papers' language last
    chosen) says what it holds in Welsh first, then in English."""
    from compactdesk import catalogues, i18n

    catalogues.load_all()
    with i18n.speaking(i18n.WELSH):
        files_cy = i18n.translate("Handover", "Files:")
    assert files_cy != "Files:"
    export_everything(demo, tmp_path / "both", today, language="both")
    readme = (tmp_path / "both" / README).read_text(encoding="utf-8-sig")
    assert files_cy in readme and "Files:" in readme
    assert readme.index(files_cy) < readme.index("Files:")
    export_everything(demo, tmp_path / "cy", today, language="cy")
    welsh = (tmp_path / "cy" / README).read_text(encoding="utf-8-sig")
    assert files_cy in welsh and "Files:" not in welsh


def test_the_handover_tells_who_and_since_when(tmp_path):
    """Issue 21: the histories of the Thurrock case, oldest first with their days and notes, in histories.txt."""
    from thurrock_case import TODAY, the_year_2010

    from compactdesk.store import create_store

    with create_store(tmp_path / "thurrock.cdstore") as store:
        store.run(the_year_2010)
        export_everything(store, tmp_path / "out", TODAY, language="en")
    written = tmp_path / "out"
    text = (written / "histories.txt").read_text("utf-8-sig")
    assert "histories.txt — who and since when" in (written / "README.txt").read_text("utf-8-sig")
    officers = text[text.index("Lead officer:"):]
    assert [officers.index(f"from {day}") for day in ("1 February 2010", "1 May 2010", "1 September 2010")] == \
        sorted(officers.index(f"from {day}") for day in ("1 February 2010", "1 May 2010", "1 September 2010"))
    assert "  from 1 May 2009: Cllr John Kent — After the election" in text
    assert "Social services, Thurrock Council:\n  from 1 January 2009: Siân Roberts\n" \
           "  from 14 June 2010: Łukasz Nowak — Siân moved to another department" in text
    assert "  4 February 2010: In draft — Draft sent out with a questionnaire" in text
    assert "  7 October 2010: Adopted — Checked by the reading group" in text
    assert "Compact development worker: Post; NHS South West Essex; Rhian Ellis; £28,000 a year" in text
    assert "Agreed make-up: Equal seats" in text


def test_a_lead_change_planned_ahead_is_marked_planned_in_english_and_in_welsh(tmp_path):
    """A new portfolio holder after May's election, known in advance: the handover says it is planned."""
    from thurrock_case import TODAY, the_year_2010
    from welsh_catalogue import welsh_loaded

    from compactdesk.documents.handover_history import histories_text
    from compactdesk.domain.enums import LeadRole
    from compactdesk.services import leads, members
    from compactdesk.store import create_store

    with create_store(tmp_path / "thurrock.cdstore") as store:
        store.run(the_year_2010)
        person = store.run(members.add_person, "Cllr Ŵyn Lloyd", role="Portfolio holder")
        store.run(leads.set_lead, LeadRole.COUNCILLOR, person.id, "07/05/2027", "After the election")
        english = store.run(histories_text, TODAY, "en").decode("utf-8-sig")
        with welsh_loaded():
            welsh = store.run(histories_text, TODAY, "cy").decode("utf-8-sig")
    assert "  from 7 May 2027, planned: Cllr Ŵyn Lloyd — After the election" in english
    assert "  from 1 May 2009: Cllr John Kent — After the election" in english  # the one in force: not planned
    assert "  o 7 Mai 2027, wedi'i gynllunio: Cllr Ŵyn Lloyd — After the election" in welsh
