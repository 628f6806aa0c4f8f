"""`--lang en|cy|both` on the commands that write papers, and Welsh where the system speaks it (issue 19).
Run in the test's own process, with a few Welsh words installed in place of the built catalogue."""

import sys
from pathlib import Path

import pytest
from docx import Document as WordDocument
from pypdf import PdfReader

from compactdesk import catalogues, cli, cli_papers, i18n

sys.path.insert(0, str(Path(__file__).resolve().parent / "documents"))
from readback import pdf_text  # noqa: E402
from welsh_words import WORDS  # noqa: E402

TODAY = "24/11/2026"


@pytest.fixture
def welsh(monkeypatch):
    """The command line's catalogues are the test's few Welsh words; the interface is English again after."""
    before = i18n._catalogues.get(i18n.WELSH), i18n._comparisons.get(i18n.WELSH)
    monkeypatch.setattr(catalogues, "load_all", lambda: i18n.install_catalogue(
        i18n.WELSH, lambda context, text, disambiguation, n: {**WORDS, "Wrote {path}": "Ysgrifennwyd {path}"}
        .get(text, "")))
    for name in ("LANGUAGE", "LC_ALL", "LC_MESSAGES", "LANG"):
        monkeypatch.delenv(name, raising=False)
    yield
    i18n.install_catalogue(i18n.WELSH, *before)
    i18n.set_interface(i18n.ENGLISH)


def _language(path: Path) -> str:
    return str(PdfReader(path).trailer["/Root"]["/Lang"])


def test_lang_cy_and_both_write_the_paper_in_welsh_and_in_both(welsh, demo_path, tmp_path, capsys):
    for language in ("cy", "both", "en"):
        out = tmp_path / f"minutes-{language}.pdf"
        assert cli.main(["export", "minutes", str(demo_path), "--out", str(out), "--today", TODAY,
                         "--lang", language]) == 0
    welsh_text, both_text, english_text = (pdf_text(tmp_path / f"minutes-{language}.pdf")
                                           for language in ("cy", "both", "en"))
    assert "Cofnodion" in welsh_text and "Presenoldeb" in welsh_text and "Tudalen 1 o" in welsh_text
    assert "Cofnodion / Minutes" in both_text and "Presenoldeb / Attendance" in both_text
    assert "Cofnodion" not in english_text and "Attendance" in english_text
    assert [_language(tmp_path / f"minutes-{language}.pdf") for language in ("cy", "both", "en")] == \
        ["cy-GB", "cy-GB", "en-GB"]
    assert capsys.readouterr().out.count("Wrote ") == 3  # an English system: the command line speaks English


def test_a_welsh_system_gets_welsh_papers_and_a_welsh_command_line(welsh, demo_path, tmp_path, capsys,
                                                                   monkeypatch):
    monkeypatch.setenv("LANG", "cy_GB.UTF-8")
    out = tmp_path / "cofnodion.docx"
    assert cli.main(["export", "minutes", str(demo_path), "--out", str(out), "--today", TODAY]) == 0
    assert capsys.readouterr().out.startswith("Ysgrifennwyd ")
    word = WordDocument(out)
    assert word.core_properties.language == "cy-GB"
    assert word.paragraphs[0].text == "Cofnodion"
    # --lang still says otherwise.
    assert cli.main(["export", "agenda", str(demo_path), "--out", str(tmp_path / "a.pdf"), "--today", TODAY,
                     "--lang", "en"]) == 0
    assert _language(tmp_path / "a.pdf") == "en-GB"


@pytest.mark.parametrize(("environment", "expected"), [
    ({"LANG": "cy_GB.UTF-8"}, "cy"), ({"LANG": "en_GB.UTF-8"}, "en"), ({}, "en"),
    ({"LC_ALL": "cy_GB", "LANG": "en_GB.UTF-8"}, "cy"), ({"LC_MESSAGES": "en_GB", "LANG": "cy_GB"}, "en"),
    ({"LANG": "cs_CZ.UTF-8"}, "en"), ({"LANGUAGE": "cy:en", "LANG": "en_GB.UTF-8"}, "cy"), ({"LC_ALL": "C"}, "en"),
])
def test_the_system_language(monkeypatch, environment, expected):
    for name in ("LANGUAGE", "LC_ALL", "LC_MESSAGES", "LANG"):
        monkeypatch.delenv(name, raising=False)
    for name, value in environment.items():
        monkeypatch.setenv(name, value)
    assert cli_papers.system_language() == expected


def test_export_all_takes_lang(welsh, demo_path, tmp_path):
    folder = tmp_path / "handover"
    assert cli.main(["export-all", str(demo_path), str(folder), "--today", TODAY, "--lang", "both"]) == 0
    minutes = sorted(folder.glob("papers/*/* Cofnodion – Minutes.pdf"))
    assert minutes and _language(minutes[0]) == "cy-GB"
    assert "Cofnodion / Minutes" in pdf_text(minutes[0])


def test_a_language_not_offered_is_refused(welsh, demo_path, tmp_path, capsys):
    with pytest.raises(SystemExit) as stopped:
        cli.main(["export", "agenda", str(demo_path), "--out", str(tmp_path / "a.pdf"), "--lang", "fr"])
    assert stopped.value.code == 2
    assert "--lang" in capsys.readouterr().err


def test_a_welsh_system_gets_the_help_in_welsh(welsh, monkeypatch, capsys):
    monkeypatch.setenv("LANG", "cy_GB.UTF-8")
    monkeypatch.setattr(catalogues, "load_all", lambda: i18n.install_catalogue(
        i18n.WELSH, lambda context, text, disambiguation, n: "Y ffeil i'w hysgrifennu" if text == "the file to write"
        else ""))
    with pytest.raises(SystemExit):
        cli.main(["export", "--help"])
    assert "Y ffeil i'w hysgrifennu" in capsys.readouterr().out


def test_export_mark_issued_marks_the_next_meetings_agenda_once_written(demo_path, tmp_path, capsys):
    from compactdesk.domain.enums import MeetingStatus
    from compactdesk.services.meetings import next_meeting
    from compactdesk.store import open_store
    import datetime as dt

    today = dt.date(2026, 11, 24)
    with open_store(demo_path) as store:
        assert store.run(lambda session: next_meeting(session, today).status) is MeetingStatus.PLANNED
    blocked = tmp_path / "not a folder"
    blocked.write_text("x")
    assert cli.main(["export", "agenda", str(demo_path), "--out", str(blocked / "agenda.pdf"), "--today", TODAY,
                     "--mark-issued", "--lang", "en"]) != 0  # not written: not marked
    with open_store(demo_path) as store:
        assert store.run(lambda session: next_meeting(session, today).status) is MeetingStatus.PLANNED
    assert cli.main(["export", "minutes", str(demo_path), "--out", str(tmp_path / "m.pdf"), "--today", TODAY,
                     "--mark-issued", "--lang", "en"]) != 0
    assert "--mark-issued goes with the agenda" in capsys.readouterr().err
    assert not (tmp_path / "m.pdf").exists()
    out = tmp_path / "agenda.pdf"
    assert cli.main(["export", "agenda", str(demo_path), "--out", str(out), "--today", TODAY, "--mark-issued",
                     "--lang", "en"]) == 0
    assert out.is_file()
    assert "Marked the agenda for Tuesday 15 December 2026 as issued" in capsys.readouterr().out
    with open_store(demo_path) as store:
        assert store.run(lambda session: next_meeting(session, today).status) is MeetingStatus.AGENDA_ISSUED
