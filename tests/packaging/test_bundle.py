"""The Linux bundle (issue 17): packaging/build.py builds it once, into a temporary folder, and the
bundled program then runs with no Python of ours anywhere near it: PATH only /usr/bin:/bin, a fresh
HOME, no PYTHONPATH or VIRTUAL_ENV. It prints its version, writes the demo group, exports an agenda to
PDF (its fonts embedded, Welsh letters intact), and opens its window offscreen and closes it; the
archive's install.sh and uninstall.sh are run in a fake HOME.

Slow (the build takes about 40 s on two cores), but run by default: `.ci/run` runs plain pytest.
"""

import shutil
import subprocess
import sys
import tarfile
import tempfile
import time
import uuid
from pathlib import Path

import pytest

from compactdesk import __version__

ROOT = Path(__file__).resolve().parents[2]

pytestmark = [
    pytest.mark.slow,
    pytest.mark.skipif(not sys.platform.startswith("linux"), reason="builds and runs the Linux bundle"),
]

@pytest.fixture(scope="module")
def built(tmp_path_factory) -> tuple[Path, Path]:
    """(the one-folder bundle, the .tar.gz), built once by the one command."""
    pytest.importorskip("PyInstaller", reason="pip install -e '.[test]' (or '.[packaging]') brings PyInstaller")
    out = tmp_path_factory.mktemp("build")
    started = time.monotonic()
    subprocess.run([sys.executable, str(ROOT / "packaging" / "build.py"), "--dist", str(out / "dist"),
                    "--work", str(out / "work")], check=True, cwd=ROOT, timeout=600)
    print(f"\nbuild: {time.monotonic() - started:.1f} s")
    bundle = out / "dist" / "CompactDesk"
    archives = list((out / "dist").glob(f"CompactDesk-{__version__}-linux-*.tar.gz"))
    assert (bundle / "CompactDesk").is_file() and len(archives) == 1
    size = sum(path.stat().st_size for path in bundle.rglob("*") if path.is_file() and not path.is_symlink())
    print(f"bundle: {size / 2**20:.0f} MiB, archive: {archives[0].stat().st_size / 2**20:.0f} MiB")
    return bundle, archives[0]


def bare_env(home: Path, **extra: str) -> dict[str, str]:
    """No venv, no Python of ours: what a double-click on a machine without Python would have."""
    home.mkdir(parents=True, exist_ok=True)
    return {"PATH": "/usr/bin:/bin", "HOME": str(home), "QT_QPA_PLATFORM": "offscreen", **extra}


def run(program: Path, *args, env: dict[str, str], timeout: float = 60) -> subprocess.CompletedProcess:
    return subprocess.run([str(program), *map(str, args)], env=env, capture_output=True, text=True,
                          encoding="utf-8", timeout=timeout, cwd=env["HOME"])


def errors_logged(home: Path) -> str:
    log = home / ".local" / "state" / "CompactDesk" / "log" / "compactdesk.log"
    return log.read_text(encoding="utf-8") if log.is_file() else ""


def test_bundle_holds_what_it_needs_and_not_the_rest(built):
    bundle, _ = built
    inside = bundle / "_internal"
    for name in ("DejaVuSans.ttf", "DejaVuSans-Bold.ttf", "Symbola.ttf"):
        assert (inside / "resources" / "fonts" / name).is_file()
    assert list((inside / "resources" / "licences").glob("*.txt"))
    assert (inside / "compactdesk" / "guide" / "index.html").is_file()
    assert (inside / "compactdesk" / "guide" / "index.cy.html").is_file()  # the guide in Welsh, with its pictures
    assert len(list((inside / "compactdesk" / "guide" / "images" / "cy").glob("*.png"))) >= 15
    assert (inside / "compactdesk" / "store" / "migrations" / "env.py").is_file()
    assert list((inside / "compactdesk" / "store" / "migrations" / "versions").glob("*.py"))
    assert [path.name for path in (inside / "qtawesome" / "fonts").iterdir()] and all(
        path.name.startswith("materialdesignicons6-webfont") for path in (inside / "qtawesome" / "fonts").iterdir())
    assert (inside / "holidays" / "locale").is_dir()
    qt = {path.name.split(".")[0] for path in (inside / "PySide6").glob("Qt*.so")}
    assert {"QtCore", "QtGui", "QtWidgets"} <= qt <= {"QtCore", "QtGui", "QtWidgets", "QtNetwork"}
    assert not (inside / "PySide6" / "Qt" / "translations").exists()
    # Ours, built from resources/i18n at bundling (Qt's own, above, are left out), and the sources for corrections.
    assert {path.name for path in (inside / "compactdesk" / "translations").glob("*.qm")} == {
        "compactdesk_cy.qm", "qtbase_cy.qm"}
    assert (inside / "resources" / "i18n" / "GLOSSARY.md").is_file()
    for unwanted in ("pip", "setuptools", "pytest", "hypothesis", "tkinter", "PyQt5"):
        assert not (inside / unwanted).exists(), unwanted


def test_version_demo_and_agenda_pdf(built, tmp_path):
    bundle, _ = built
    home = tmp_path / "home"
    env = bare_env(home)
    program = bundle / "CompactDesk"

    version = run(program, "--version", env=env)
    assert version.returncode == 0, version.stderr
    assert version.stdout.strip() == f"CompactDesk {__version__}"

    store = home / "Dyfnant demo.cdstore"
    demo = run(program, "demo", store, "--today", "24/11/2026", env=env)
    assert demo.returncode == 0, demo.stderr
    assert store.is_file() and "Wrote the demo group" in demo.stdout

    # Meeting 2 of the demo has Llŷr Evans presenting.
    pdf = home / "agenda.pdf"
    export = run(program, "export", "agenda", store, "--meeting", "2", "--out", pdf, env=env)
    assert export.returncode == 0, export.stderr + export.stdout
    from pypdf import PdfReader

    reader = PdfReader(pdf)
    text = "".join(page.extract_text() for page in reader.pages)
    assert "Llŷr" in text and "Dyfnant" in text
    embedded = set()
    for page in reader.pages:
        for font in page["/Resources"]["/Font"].values():
            font = font.get_object()
            descriptor = font.get("/FontDescriptor")
            if descriptor is not None and "/FontFile2" in descriptor.get_object():
                embedded.add(str(font["/BaseFont"]).split("+")[-1])
    assert "DejaVuSans" in embedded, embedded
    if Path("/usr/bin/pdffonts").is_file():
        fonts = subprocess.run(["/usr/bin/pdffonts", str(pdf)], capture_output=True, text=True, check=True).stdout
        rows = [line.split() for line in fonts.splitlines()[2:]]
        assert rows and all(row[-5] == "yes" for row in rows), fonts  # the "emb" column
    assert not errors_logged(home)


def test_the_bundle_imports_spreadsheets_of_every_kind(built, tmp_path):
    """python-calamine (a compiled reader) and the .ods and .csv paths travel in the bundle: a messy member list in
    each format comes in through the bundled command line, and again adds nothing; a template is written."""
    from spreadsheets import messy_members

    bundle, _ = built
    home = tmp_path / "home"
    env = bare_env(home)
    program = bundle / "CompactDesk"
    store = home / "group.cdstore"
    assert run(program, "demo", store, "--today", "24/11/2026", env=env).returncode == 0
    for suffix in (".xlsx", ".ods", ".csv"):
        sheet = messy_members().write(home / f"members{suffix}")
        first = run(program, "import", "seats", sheet, store, "--today", "24/11/2026", env=env)
        assert first.returncode in (0, 1) and "Refused" in first.stdout, first.stderr + first.stdout
        again = run(program, "import", "seats", sheet, store, "--today", "24/11/2026", env=env)
        assert "Imported 0 rows" in again.stdout, again.stdout + again.stderr
    assert not errors_logged(home)


def test_the_bundle_writes_a_calendar(built, tmp_path):
    """icalendar travels in the bundle: the bundled command line writes the demo group's calendar, read back here
    with another library (vobject), the meeting at its time in Europe/London."""
    import vobject

    bundle, _ = built
    home = tmp_path / "home"
    env = bare_env(home)
    program = bundle / "CompactDesk"
    store = home / "group.cdstore"
    assert run(program, "demo", store, "--today", "24/11/2026", env=env).returncode == 0
    out = home / "calendar.ics"
    written = run(program, "calendar", store, "--out", out, "--today", "24/11/2026", "--lang", "cy", env=env)
    assert written.returncode == 0 and "events to" in written.stdout, written.stderr + written.stdout
    calendar = vobject.readOne(out.read_text(encoding="utf-8"))
    meetings = [event for event in calendar.vevent_list if event.uid.value.startswith("meeting-")]
    december = next(event.dtstart.value for event in meetings if event.dtstart.value.date().isoformat() == "2026-12-15")
    assert (december.hour, december.utcoffset().total_seconds()) == (10, 0)  # 10:00 GMT
    assert any("Cyfarfod" in event.summary.value for event in meetings)
    assert not errors_logged(home)


def test_the_bundle_moves_a_group_to_a_server_and_reads_it_there(built, tmp_path, pg_cluster):
    """psycopg (with its libpq) and the migrations travel in the bundle: the bundled command line moves the demo
    group to the test's PostgreSQL server, checked, and reads the dashboard's list from it there."""
    import psycopg

    bundle, _ = built
    home = tmp_path / "home"
    env = bare_env(home)
    program = bundle / "CompactDesk"
    store = home / "group.cdstore"
    assert run(program, "demo", store, "--today", "24/11/2026", env=env).returncode == 0
    database = "bundle_" + uuid.uuid4().hex[:8]
    with psycopg.connect(pg_cluster.url, autocommit=True) as connection:
        connection.execute(f"CREATE DATABASE {database}")
    try:
        address = pg_cluster.database_url(database) + "?group=group_dyfnant"
        moved = run(program, "move", store, address, env=env, timeout=120)
        assert moved.returncode == 0 and "checked" in moved.stdout, moved.stderr + moved.stdout
        read = run(program, "attention", address, "--today", "24/11/2026", env=env)
        assert read.returncode == 0 and "Dyfnant" in read.stdout, read.stderr + read.stdout
    finally:
        with psycopg.connect(pg_cluster.url, autocommit=True) as connection:
            connection.execute(f"DROP DATABASE IF EXISTS {database} WITH (FORCE)")
    assert not errors_logged(home)


def test_window_opens_offscreen_and_closes(built, tmp_path):
    bundle, _ = built
    home = tmp_path / "home"
    env = bare_env(home, COMPACTDESK_QUIT_AFTER_PAINT="1")
    started = time.monotonic()
    window = subprocess.Popen([str(bundle / "CompactDesk"), "--demo"], env=env, cwd=home, text=True,
                              stdout=subprocess.PIPE, stderr=subprocess.PIPE, encoding="utf-8")
    seen = {}
    for line in window.stdout:
        seen[line.strip()] = time.monotonic() - started
    _, stderr = window.communicate(timeout=60)
    closed = time.monotonic() - started
    assert window.returncode == 0, stderr
    assert "painted" in seen and "ready" in seen, (seen, stderr)
    print(f"\nlaunch to window painted: {seen['painted']:.2f} s, to the demo store open: {seen['ready']:.2f} s, "
          f"closed: {closed:.2f} s")
    assert seen["painted"] < 20
    assert not errors_logged(home), errors_logged(home)


def test_second_start_hands_off_to_the_first(built, tmp_path):
    """The single-window hand-off works in the bundle (QtNetwork's local socket): a second start while the
    first runs passes the word on and exits 0 without a window of its own."""
    bundle, _ = built
    home = tmp_path / "home"
    name = f"compactdesk-bundle-test-{uuid.uuid4().hex[:12]}"
    # A short TMPDIR of its own (a Unix socket's path is at most 107 bytes): the socket, and the demo folder
    # the first one leaves behind when it is stopped, go there.
    tmp = Path(tempfile.mkdtemp(prefix="cd-"))
    env = bare_env(home, COMPACTDESK_INSTANCE=name, TMPDIR=str(tmp))
    first = subprocess.Popen([str(bundle / "CompactDesk"), "--demo"], env=env, cwd=home,
                             stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    try:
        socket = tmp / name  # QLocalServer's socket, in QDir::tempPath()
        deadline = time.monotonic() + 30
        while not socket.exists() and first.poll() is None and time.monotonic() < deadline:
            time.sleep(0.1)
        assert socket.exists(), "the first CompactDesk never listened"
        second = run(bundle / "CompactDesk", env={**env, "COMPACTDESK_QUIT_AFTER_PAINT": "1"}, timeout=60)
        assert second.returncode == 0, second.stderr
        assert "painted" not in second.stdout  # no window of its own: it handed off
        assert first.poll() is None  # the first still runs
    finally:
        first.terminate()
        first.wait(timeout=30)
        shutil.rmtree(tmp, ignore_errors=True)
    assert not errors_logged(home), errors_logged(home)


def real_size(folder: Path) -> int:
    """Bytes in the folder's files, its links not followed."""
    return sum(path.lstat().st_size for path in folder.rglob("*") if path.is_file() and not path.is_symlink())


def test_install_and_uninstall_keep_the_records(built, tmp_path):
    bundle, archive = built
    unpacked = tmp_path / "unpacked"
    with tarfile.open(archive) as tar:
        tar.extractall(unpacked, filter="tar")
    (folder,) = unpacked.iterdir()
    home = tmp_path / "home"
    env = bare_env(home)
    share = home / ".local" / "share"
    records = share / "CompactDesk"
    records.mkdir(parents=True)
    (records / "compactdesk.cdstore").write_bytes(b"our group's records")
    (records / "compactdesk backups").mkdir()
    (records / "compactdesk backups" / "2026-11-24.cdstore").write_bytes(b"a backup")

    install = subprocess.run(["/bin/sh", str(folder / "install.sh")], env=env, capture_output=True, text=True,
                             timeout=120)
    assert install.returncode == 0, install.stderr
    app = home / ".local" / "opt" / "compactdesk"
    desktop = share / "applications" / "compactdesk.desktop"
    entry = desktop.read_text(encoding="utf-8")
    assert f'Exec="{app}/CompactDesk" %f' in entry
    assert "Icon=compactdesk" in entry and "MimeType=application/x-compactdesk;" in entry
    mime = (share / "mime" / "packages" / "compactdesk.xml").read_text(encoding="utf-8")
    assert 'type="application/x-compactdesk"' in mime and '"*.cdstore"' in mime
    if (ROOT / "resources" / "icons" / "hicolor").is_dir():
        assert (share / "icons" / "hicolor" / "256x256" / "apps" / "compactdesk.png").is_file()
    link = home / ".local" / "bin" / "compactdesk"
    assert link.is_symlink() and link.resolve() == (app / "CompactDesk").resolve()
    version = run(link, "--version", env=env)
    assert version.stdout.strip() == f"CompactDesk {__version__}", version.stderr
    assert app != records and not app.is_relative_to(records)
    # The bundle's links (to Qt's libraries) came through the archive and the copy as links, not copies.
    assert real_size(app) < real_size(bundle) * 1.02

    # Installing again (an upgrade) replaces the program and leaves the records alone.
    assert subprocess.run(["/bin/sh", str(folder / "install.sh")], env=env, capture_output=True,
                          timeout=120).returncode == 0

    uninstall = subprocess.run(["/bin/sh", str(app / "uninstall.sh")], env=env, capture_output=True, text=True,
                               timeout=60)
    assert uninstall.returncode == 0, uninstall.stderr
    assert not app.exists() and not desktop.exists() and not link.exists() and not link.is_symlink()
    assert not (share / "mime" / "packages" / "compactdesk.xml").exists()
    assert not list((share / "icons").rglob("compactdesk.*")) if (share / "icons").exists() else True
    assert (records / "compactdesk.cdstore").read_bytes() == b"our group's records"
    assert (records / "compactdesk backups" / "2026-11-24.cdstore").read_bytes() == b"a backup"
