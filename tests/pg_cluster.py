"""A throw-away PostgreSQL cluster for the tests and the benchmarks: initdb and pg_ctl from the
machine's PostgreSQL (Debian's packages; .ci/run installs them when missing), in a temporary folder,
on a free port of 127.0.0.1, stopped and removed afterwards.

PostgreSQL refuses to run as root, and CI runs as root: the cluster then runs as the `postgres`
system user (the Debian package makes it), through runuser. COMPACTDESK_TEST_POSTGRES=<url> uses a
server of your own instead (a superuser's address: the tests make and drop databases).
"""

import glob
import os
import shutil
import socket
import subprocess
import tempfile
from dataclasses import dataclass
from pathlib import Path

USER = "compactdesk"
# Speed over safety: the cluster lives for one run and holds nothing worth keeping.
_FAST = ("-c fsync=off -c synchronous_commit=off -c full_page_writes=off -c max_connections=200 "
         "-c shared_buffers=64MB")


class NoPostgres(RuntimeError):
    pass


def bin_folder() -> Path:
    """The folder of initdb and pg_ctl: pg_config's word, else the newest /usr/lib/postgresql/N/bin."""
    pg_config = shutil.which("pg_config")
    if pg_config:
        found = Path(subprocess.run([pg_config, "--bindir"], capture_output=True, text=True).stdout.strip())
        if (found / "initdb").exists():
            return found
    folders = sorted(glob.glob("/usr/lib/postgresql/*/bin"), key=lambda p: int(Path(p).parent.name))
    if folders and Path(folders[-1], "initdb").exists():
        return Path(folders[-1])
    if shutil.which("initdb"):
        return Path(shutil.which("initdb")).parent
    raise NoPostgres("PostgreSQL's initdb was not found: install Debian's package postgresql "
                     "(.ci/run does), or set COMPACTDESK_TEST_POSTGRES to a server's address.")


def _free_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return probe.getsockname()[1]


@dataclass
class Cluster:
    url: str  # postgresql://compactdesk@127.0.0.1:PORT/postgres, a superuser
    folder: Path | None = None
    _as: tuple[str, ...] = ()
    _bin: Path | None = None

    def database_url(self, name: str) -> str:
        return self.url.rsplit("/", 1)[0] + "/" + name

    def stop(self) -> None:
        if self.folder is None:
            return
        subprocess.run([*self._as, str(self._bin / "pg_ctl"), "-D", str(self.folder / "data"), "-m", "immediate",
                        "-w", "stop"], capture_output=True)
        shutil.rmtree(self.folder, ignore_errors=True)
        self.folder = None


def start() -> Cluster:
    """A running cluster (or the one COMPACTDESK_TEST_POSTGRES names)."""
    given = os.environ.get("COMPACTDESK_TEST_POSTGRES")
    if given:
        return Cluster(given)
    binaries = bin_folder()
    folder = Path(tempfile.mkdtemp(prefix="compactdesk-pg-"))
    run_as: tuple[str, ...] = ()
    if os.geteuid() == 0:
        run_as = ("runuser", "-u", "postgres", "--")
        os.chmod(folder, 0o755)
        shutil.chown(folder, "postgres", "postgres")
    port = _free_port()
    data = folder / "data"
    subprocess.run([*run_as, str(binaries / "initdb"), "-D", str(data), "-U", USER, "--auth=trust", "-E", "UTF8",
                    "--locale=C.UTF-8", "--no-sync"], check=True, capture_output=True)
    options = f"-p {port} -k {folder} -c listen_addresses=127.0.0.1 {_FAST}"
    started = subprocess.run([*run_as, str(binaries / "pg_ctl"), "-D", str(data), "-o", options, "-l",
                              str(folder / "log"), "-w", "-t", "60", "start"], capture_output=True, text=True)
    if started.returncode:
        log = (folder / "log").read_text(errors="replace") if (folder / "log").exists() else ""
        shutil.rmtree(folder, ignore_errors=True)
        raise NoPostgres(f"the test cluster did not start: {started.stderr}\n{log}")
    return Cluster(f"postgresql://{USER}@127.0.0.1:{port}/postgres", folder, run_as, binaries)
