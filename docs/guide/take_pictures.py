"""Takes the user guide's pictures: the demo group's pages at 1366×768, into compactdesk/guide/images/.

One command, from the project's folder, with no display needed:

    .venv/bin/python docs/guide/take_pictures.py
    .venv/bin/python docs/guide/take_pictures.py --cy     # the Welsh guide's, into images/cy/
    .venv/bin/python docs/guide/take_pictures.py --only connect,restore    # only these pictures written

Each page is shown in a real window (Qt's offscreen platform unless QT_QPA_PLATFORM says
otherwise) on a fresh copy of the demo group as it stands on 24 November 2026, grabbed,
cropped to the part the guide talks about where that helps, and saved as a small PNG
(256 colours, no dithering: a screen of text and flat colour keeps its look). The guide
(compactdesk/guide/index.html) names each picture; keep the names. With --cy the same pictures are taken with
the interface in Welsh, for the Welsh guide (index.cy.html); build the translations first
(`.venv/bin/python packaging/translations.py build`) so that the program has its Welsh to load.

The set-up assistant's seats page and the import window are filled from the messy 16-member list the tests read
(tests/spreadsheets.py), so the pictures show what a real spreadsheet brings in.
"""

import datetime as dt
import os
import re
import sys
import tempfile
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from PIL import Image  # noqa: E402
from PySide6.QtCore import QEventLoop, QRect, QSettings, QTimer  # noqa: E402
from PySide6.QtGui import QImage  # noqa: E402
from PySide6.QtWidgets import QApplication, QTabWidget, QWidget  # noqa: E402

ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT))
sys.path.insert(1, str(ROOT / "tests"))  # the messy 16-member list the tests read (tests/spreadsheets.py)
from spreadsheets import members_to_check, messy_members  # noqa: E402

GUIDE = ROOT / "compactdesk" / "guide" / "index.html"
IMAGES = GUIDE.parent / "images"
WELSH = "--cy" in sys.argv[1:]
if WELSH:  # the same names, in a folder of their own, and the Welsh page's sizes kept true
    GUIDE = GUIDE.with_name("index.cy.html")
    IMAGES = IMAGES / "cy"
TODAY = dt.date(2026, 11, 24)
SIZE = (1366, 768)
DOCUMENTS = "Dogfennau" if WELSH else "Documents"  # shown instead of the temporary folder, as Windows names it
ONLY = next((set(arg.split("=", 1)[1].split(",")) for arg in sys.argv[1:] if arg.startswith("--only=")), None)
if "--only" in sys.argv[1:-1]:
    ONLY = set(sys.argv[sys.argv.index("--only") + 1].split(","))
LIMIT = 150_000  # bytes a picture may take; more is said, so the crop can be tightened


def settle(ms: int = 400) -> None:
    """Lets the window lay out, load and paint (pages fill their tables after they are shown)."""
    loop = QEventLoop()
    QTimer.singleShot(ms, loop.quit)
    loop.exec()


def save(widget: QWidget, name: str, crop: tuple[float, float, float, float] | None = None,
         area: QRect | None = None) -> Path:
    """Grabs `widget` (or only `area` of it, in its own coordinates); `crop` is (left, top, right, bottom) as
    fractions of what was grabbed. Returns the PNG written."""
    path = IMAGES / f"{name}.png"
    if ONLY is not None and name not in ONLY:
        return path  # --only: the others are left as they are
    grabbed = widget.grab(area) if area is not None else widget.grab()
    image: QImage = grabbed.toImage().convertToFormat(QImage.Format.Format_RGB888)
    picture = Image.frombytes("RGB", (image.width(), image.height()), bytes(image.constBits()),
                              "raw", "RGB", image.bytesPerLine())
    if crop is not None:
        left, top, right, bottom = crop
        width, height = picture.size
        picture = picture.crop((round(left * width), round(top * height), round(right * width),
                                round(bottom * height)))
    small = picture.quantize(colors=256, method=Image.Quantize.MEDIANCUT, dither=Image.Dither.NONE)
    small.save(path, optimize=True)
    size = path.stat().st_size
    print(f"saved {path.relative_to(ROOT)} ({picture.width}×{picture.height}, {size // 1024} KB)"
          + ("  — larger than it should be: crop it more" if size > LIMIT else ""))
    _size_in_guide(name, picture.width, picture.height)
    return path


def _size_in_guide(name: str, width: int, height: int) -> None:
    """The guide's <img> gives each picture's size, so the page does not jump as pictures load: kept true."""
    if not GUIDE.is_file():
        return
    html = GUIDE.read_text(encoding="utf-8")
    folder = "images/cy/" if WELSH else "images/"
    pattern = rf'(src="{re.escape(folder + name)}\.png"\s+)width="\d+" height="\d+"'
    changed = re.sub(pattern, rf'\g<1>width="{width}" height="{height}"', html)
    if changed != html:
        GUIDE.write_text(changed, encoding="utf-8")


def _tabs(page: QWidget) -> QTabWidget | None:
    tabs = getattr(page, "tabs", None)
    if isinstance(tabs, QTabWidget):
        return tabs
    found = page.findChildren(QTabWidget)
    return found[0] if found else None


def main() -> int:
    app = QApplication.instance() or QApplication(sys.argv[:1])
    app.setApplicationName("CompactDesk")
    folder = Path(tempfile.mkdtemp(prefix="compactdesk-guide-"))
    QSettings.setDefaultFormat(QSettings.Format.IniFormat)
    QSettings.setPath(QSettings.Format.IniFormat, QSettings.Scope.UserScope, str(folder / "settings"))

    from compactdesk.demo import write_demo
    from compactdesk.gui.app import install_translator
    from compactdesk.gui.dialogs.backups import RestoreDialog
    from compactdesk.gui.main_window import MainWindow
    from compactdesk.gui.settings import Settings
    from compactdesk.services import meetings
    from compactdesk.store import create_store, open_store
    from compactdesk.store.backup import DAILY, ON_DEMAND, make_backup

    if WELSH and not (ROOT / "compactdesk" / "translations" / "compactdesk_cy.qm").is_file():
        print("The Welsh is not built: run .venv/bin/python packaging/translations.py build first.")
        return 1
    install_translator("cy" if WELSH else "en")
    IMAGES.mkdir(parents=True, exist_ok=True)

    # The first start: a new group with nothing in it yet.
    empty = create_store(folder / "Our liaison group.cdstore")
    window = MainWindow(empty, today=lambda: TODAY, settings=Settings())
    window.resize(*SIZE)
    window.show()
    settle(800)
    save(window, "first-run", (0, 0, 1, 0.55))
    sheet = messy_members().write(folder / "members.xlsx")
    _setup_seats(window, sheet)
    window.close()
    empty.close()

    demo = write_demo(folder / "Dyfnant demo.cdstore", TODAY)
    for day, kind in ((dt.datetime(2026, 11, 20, 9, 12), DAILY), (dt.datetime(2026, 11, 23, 17, 5), ON_DEMAND),
                      (dt.datetime(2026, 11, 24, 9, 3), DAILY)):
        make_backup(demo, kind, now=day, prune=False)
    store = open_store(demo, daily_backup=False)
    window = MainWindow(store, today=lambda: TODAY, demo=True, settings=Settings())
    window.resize(*SIZE)
    window.show()
    settle(1200)
    with store.session() as session:
        held = meetings.last_meeting(session, TODAY).id
        upcoming = meetings.next_meeting(session, TODAY).id

    window.store_label.setText(str(Path(DOCUMENTS) / "Dyfnant demo.cdstore"))  # not the temporary folder
    # (picture, area, tab, record to show, the whole window or only the page)
    shots = [
        ("dashboard", "dashboard", None, None, "window"),
        ("meeting-agenda", "meetings", 0, upcoming, "window"),
        ("meeting-attendance", "meetings", 1, held, "page"),
        ("meeting-minutes", "meetings", 2, held, "page"),
        ("action-plan", "actions", None, None, "window"),
        ("feedback-owed", "feedback", None, None, "page"),
        ("seats", "people", 0, None, "page"),
        ("consultations", "standards", 1, None, "page"),
        ("resources", "monitoring", 3, None, "page"),
        ("annual-review", "monitoring", 4, None, "page"),
    ]
    for name, area, tab, record, part in shots:
        page = window.show_area(area)
        settle(300)
        if record is not None:
            page.show_record(record)
        tabs = _tabs(page)
        if tab is not None and tabs is not None:
            tabs.setCurrentIndex(tab)
        table = getattr(page, "table", None)
        if record is None and table is not None and table.model() is not None and table.model().rowCount():
            table.selectRow(0)
        settle(600)
        save(window if part == "window" else window.stack, name)

    # Search everything: the results under the toolbar's box, the right-hand part of the window.
    window.show_area("dashboard")
    window.everything.start()
    window.everything.box.setText("community transport")
    window.everything.run()
    settle(600)
    save(window, "search", (0.45, 0, 1, 0.55))
    window.everything.close()

    # A date typed day first, the day it was read as in words under it, and the warning for a bank holiday.
    from compactdesk.gui.dialogs.meeting import MeetingDialog

    meeting = MeetingDialog(window.bench, window)
    meeting.ui.startsOn.box.setText("26/12/2026")
    meeting.show()
    settle(600)
    save(meeting, "typed-date", (0, 0, 1, 0.4))
    meeting.close()

    dialog = RestoreDialog(store.path, window)
    dialog.ui.folder.setText(dialog.tr("Backups are kept in {folder}").format(
        folder=Path(DOCUMENTS) / "Dyfnant demo backups"))  # not the temporary folder
    dialog.resize(900, 300)
    dialog.show()
    settle(600)
    save(dialog, "restore")
    dialog.close()

    _connect_dialog(window)
    _histories_and_make_up(window)
    _issue_and_email(window, upcoming)
    _import_preview(window, folder)
    window.close()
    store.close()
    return 0


def _setup_seats(window, sheet: Path) -> None:
    """The set-up assistant (as it opens on a new file) at its seats page, the grid filled from the member list."""
    wizard = window.first_run.set_up()
    wizard.welcome.name.setText("Grŵp Cyswllt Compact Dyfnant" if WELSH else "Dyfnant Compact Liaison Group")
    wizard.welcome.area.setText("Dyfnant")
    settle(300)
    while wizard.currentPage() is not wizard.seats_page:
        wizard.next()
        settle(200)
    wizard.seats_page.import_file(str(sheet))
    settle(600)
    save(wizard, "setup-seats")
    wizard.reject()


def _connect_dialog(window) -> None:
    """File ▸ Connect to a shared server… once "Show the groups" has listed what the login may open. The list is
    what the dialog shows for a server holding three groups (no server is needed to take the picture), the password
    remembered in the keyring."""
    from compactdesk.gui.connect_dialog import ConnectDialog
    from compactdesk.store import credentials
    from compactdesk.store.address import ServerAddress
    from compactdesk.store.server import Group

    address = ServerAddress.parse("postgresql://anna@cvs-server/compacts")
    names = (("Compact Dyfnant", "Compact Iechyd Dyfnant", "Compact Glan-y-môr") if WELSH
             else ("Dyfnant Compact", "Dyfnant Health Compact", "Glan-y-môr Compact"))
    groups = [Group(schema, name) for schema, name in zip(("group_dyfnant", "group_dyfnant_health", "group_glan_y_mor"),
                                                          names)]
    dialog = ConnectDialog(window.settings, window, address=address.text())
    dialog.remember.setChecked(True)
    dialog._listed_groups(address, groups, None, credentials.KEYRING)
    dialog.resize(600, 400)
    dialog.show()
    settle(600)
    save(dialog, "connect")
    dialog.reject()


def _histories_and_make_up(window) -> None:
    """Issue 21's forms as the demo holds them: the Compact page's lead councillor and lead officer with their
    history; the community transport notice, withdrawn before it took effect, with what happened; and the
    group's make-up as agreed, beside the seats each sector has now."""
    from compactdesk.domain.enums import FundingOutcome
    from compactdesk.gui.dialogs.make_up import MakeUpDialog
    from compactdesk.gui.dialogs.standards import FundingNoticeDialog
    from compactdesk.store.models import FundingNotice

    page = window.show_area("compact")
    settle(600)
    # From the section's heading ("Lead councillor and lead officer") to the foot of the leads' history.
    from PySide6.QtWidgets import QLabel
    heading = next(label for label in page.findChildren(QLabel)
                   if label.text() == page.tr("Lead councillor and lead officer"))
    top = heading.mapTo(window.stack, heading.rect().topLeft()).y() - 8
    leads = page.leads.mapTo(window.stack, page.leads.rect().bottomRight())  # the left column only
    save(window.stack, "compact-leads", area=QRect(0, top, leads.x() + 18, leads.y() - top + 12))

    notice_id = window.bench.store.run(lambda session: session.query(FundingNotice.id).filter(
        FundingNotice.outcome == FundingOutcome.WITHDRAWN).order_by(FundingNotice.id).first()[0])
    dialog = FundingNoticeDialog(window.bench, window, notice_id=notice_id)
    dialog.resize(600, 720)  # wide enough for the organisation's whole name
    dialog.show()
    settle(600)
    save(dialog, "funding-outcome")
    dialog.reject()

    window.show_area("people")
    dialog = MakeUpDialog(window.bench, window)
    dialog.show()
    settle(600)
    save(dialog, "make-up")
    dialog.reject()


def _issue_and_email(window, meeting_id: int) -> None:
    """"Issue the agenda…" as the dashboard's button opens it for the next meeting (the agenda pack, as its items
    have papers; both boxes ticked), then the draft email window that follows once the pack is written. For the
    email, two members' addresses are taken away in this copy of the demo, where every member has one: one with
    none held (a postal address instead) and one with a typing mistake, so the picture shows the list of those
    to post or hand the papers to."""
    from compactdesk.documents.export import Paper
    from compactdesk.gui.dialogs.mail import MailDialog
    from compactdesk.services.issuing import agenda_issue
    from compactdesk.store.models import Person

    state = window.bench.read(agenda_issue, meeting_id)
    dialog = window.papers.dialog(Paper.PACK if state.pack else Paper.AGENDA, meeting_id, issuing=True)
    made = Path(DOCUMENTS) / Path(dialog.ui.fileName.text()).name  # not the temporary folder
    dialog.ui.fileName.setText(str(made))
    dialog.show()
    settle(600)
    save(dialog, "issue-agenda")
    language = dialog.language()
    dialog.reject()

    def without_addresses(session) -> None:
        for person in session.query(Person).filter(Person.name.in_(("Amira Hassan", "Catrin Rees"))):
            if person.name == "Amira Hassan":
                person.email, person.address = "", "12 Heol y Bont\nLlanfair\nLL77 7AB"
            else:
                person.email = "rees@example,org.uk"

    window.bench.store.run(without_addresses)
    mail = MailDialog(window.bench, window.settings, "agenda", meeting_id, language, [made], window)
    mail.resize(mail.sizeHint())
    mail.show()
    settle(600)
    save(mail, "email-draft")
    mail.reject()


def _import_preview(window, folder: Path) -> None:
    """File ▸ Import with the member list loaded: "Dyfnant CVC" in one row (a near name to confirm, as the CVC is
    held by its full name) and 31/02/2027, a day that does not exist, in another (a refused row)."""
    from compactdesk.gui.import_dialog import ImportDialog
    from compactdesk.services import members

    # Without the list's one emoji, which the offscreen platform's fonts draw as an empty box.
    path = members_to_check(folder / "members 2027.xlsx", emoji=False)
    window.bench.store.run(members.add_organisation, "Dyfnant County Voluntary Council", "vcs")
    dialog = ImportDialog(window.bench, folder, window, save_template=window.importing.save_template)
    dialog.resize(1120, 680)
    dialog.show()
    dialog.load(path)
    settle(800)
    save(dialog, "import-preview")
    dialog.reject()


if __name__ == "__main__":
    raise SystemExit(main())
