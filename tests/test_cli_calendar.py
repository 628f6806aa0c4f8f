"""`compactdesk calendar GROUP_FILE --out FILE.ics [--lang en|cy|both]`: the demo group's calendar, read back with
vobject (icalendar wrote it)."""

import datetime as dt

import vobject

from compactdesk import cli, i18n

TODAY = "24/11/2026"


def events(path) -> dict:
    calendar = vobject.readOne(path.read_text(encoding="utf-8"))
    return {event.uid.value: event for event in calendar.contents.get("vevent", [])}, calendar


def test_writes_the_meetings_and_deadlines_and_says_how_many(demo_path, tmp_path, capsys):
    out = tmp_path / "Dyfnant calendar.ics"
    assert cli.main(["calendar", str(demo_path), "--out", str(out), "--today", TODAY, "--lang", "en"]) == 0
    found, calendar = events(out)
    assert capsys.readouterr().out.strip() == f"Wrote {len(found)} events to {out}"
    assert len(found) > 10
    kinds = {uid.split("-")[0] for uid in found}
    assert {"meeting", "feedback", "target", "consultation"} <= kinds
    meetings = [event for uid, event in found.items() if uid.startswith("meeting-")]
    assert all(isinstance(event.dtstart.value, dt.datetime) and event.dtstart.value.tzinfo for event in meetings)
    assert all(not isinstance(event.dtstart.value, dt.datetime) for uid, event in found.items()
               if not uid.startswith("meeting-"))
    assert calendar.x_wr_calname.value == "Dyfnant Compact Liaison Group"
    # Again: the same events under the same UIDs, so a calendar updates them rather than adding them twice.
    again = tmp_path / "again.ics"
    assert cli.main(["calendar", str(demo_path), "--out", str(again), "--today", TODAY]) == 0
    assert set(events(again)[0]) == set(found)


def test_in_welsh_and_in_both(demo_path, tmp_path, capsys):
    try:
        for language in ("cy", "both"):
            assert cli.main(["calendar", str(demo_path), "--out", str(tmp_path / f"{language}.ics"), "--today", TODAY,
                             "--lang", language]) == 0
    finally:
        i18n.set_interface(i18n.ENGLISH)
    welsh, welsh_calendar = events(tmp_path / "cy.ics")
    both, both_calendar = events(tmp_path / "both.ics")
    assert welsh_calendar.x_wr_calname.value == "Grŵp Cyswllt Compact Sir Ddyfnant"
    assert both_calendar.x_wr_calname.value == "Grŵp Cyswllt Compact Sir Ddyfnant / Dyfnant Compact Liaison Group"
    described = "\n".join(event.description.value for uid, event in welsh.items() if uid.startswith("meeting-"))
    assert "Croeso ac ymddiheuriadau" in described and "Welcome and apologies" not in described
    described = "\n".join(event.description.value for uid, event in both.items() if uid.startswith("meeting-"))
    assert described.index("Croeso ac ymddiheuriadau") < described.index("Welcome and apologies")
    assert set(welsh) == set(both)  # the language changes the words, never the UIDs


def test_one_meeting(demo_path, tmp_path, capsys):
    everything = tmp_path / "all.ics"
    assert cli.main(["calendar", str(demo_path), "--out", str(everything), "--today", TODAY]) == 0
    meeting = min(uid for uid in events(everything)[0] if uid.startswith("meeting-"))
    number = meeting.split("@")[0].split("-")[1]
    capsys.readouterr()
    one = tmp_path / "one.ics"
    assert cli.main(["calendar", str(demo_path), "--out", str(one), "--meeting", number]) == 0
    assert capsys.readouterr().out.strip() == f"Wrote 1 event to {one}"
    assert list(events(one)[0]) == [meeting]


def test_mistakes_are_messages_not_tracebacks(demo_path, tmp_path, capsys):
    assert cli.main(["calendar", str(demo_path), "--out", str(tmp_path / "gone" / "x.ics")]) == cli.EXIT_USAGE
    assert "does not exist" in capsys.readouterr().err
    assert cli.main(["calendar", str(demo_path), "--out", str(tmp_path / "x.ics"), "--meeting", "9999"]) == \
        cli.EXIT_USAGE
    error = capsys.readouterr().err
    assert error.startswith("compactdesk: ") and "Traceback" not in error
    not_a_group = tmp_path / "notes.cdstore"
    not_a_group.write_text("hello")
    assert cli.main(["calendar", str(not_a_group), "--out", str(tmp_path / "x.ics")]) == cli.EXIT_USAGE
    assert not (tmp_path / "x.ics").exists()
