"""Builds CompactDesk for the platform it runs on, in one command (with the venv's python):

    python packaging/build.py        # Linux: dist/CompactDesk/ and dist/CompactDesk-<version>-linux-<arch>.tar.gz
                                     # Windows: dist\\CompactDesk\\, then the installer if Inno Setup's iscc is found
                                     # macOS: dist/CompactDesk.app (untested)

Options: --dist DIR and --work DIR (default dist/ and build/ in the checkout), --no-archive (Linux: the
bundle only, no .tar.gz), --no-installer (Windows: skip iscc). See packaging/README.md.
"""

import argparse
import os
import platform
import shutil
import subprocess
import sys
import tarfile
import time
from pathlib import Path

HERE = Path(__file__).resolve().parent
ROOT = HERE.parent
NAME = "CompactDesk"
ISCC_PLACES = [
    Path(os.environ.get("ProgramFiles(x86)", r"C:\Program Files (x86)")) / "Inno Setup 6" / "ISCC.exe",
    Path(os.environ.get("ProgramFiles", r"C:\Program Files")) / "Inno Setup 6" / "ISCC.exe",
    Path(os.environ.get("LOCALAPPDATA", r"C:\Users\Default\AppData\Local")) / "Programs" / "Inno Setup 6" / "ISCC.exe",
]


def version() -> str:
    sys.path.insert(0, str(ROOT))
    from compactdesk import __version__

    return __version__


def pyinstaller(dist: Path, work: Path) -> Path:
    """Runs PyInstaller on packaging/compactdesk.spec; returns the one-folder bundle."""
    subprocess.run([sys.executable, "-m", "PyInstaller", "--noconfirm", "--log-level", "WARN",
                    "--distpath", str(dist), "--workpath", str(work), str(HERE / "compactdesk.spec")],
                   check=True, cwd=ROOT)
    bundle = dist / NAME
    print(f"Bundle: {bundle} ({folder_size(bundle) / 2**20:.0f} MiB)")
    return bundle


def folder_size(folder: Path) -> int:
    return sum(path.stat().st_size for path in folder.rglob("*") if path.is_file() and not path.is_symlink())


def linux_archive(bundle: Path, dist: Path, version: str) -> Path:
    """CompactDesk-<version>-linux-<arch>.tar.gz: CompactDesk-<version>/ holding app/ (the bundle),
    install.sh, uninstall.sh, compactdesk.xml (the MIME type) and icons/hicolor/."""
    top = f"{NAME}-{version}"
    archive = dist / f"{top}-linux-{platform.machine()}.tar.gz"
    stage = dist / f"{top}-stage"
    shutil.rmtree(stage, ignore_errors=True)
    (stage / top).mkdir(parents=True)
    folder = stage / top
    for script in ("install.sh", "uninstall.sh"):
        shutil.copy2(HERE / "linux" / script, folder / script)
        (folder / script).chmod(0o755)
    shutil.copy2(HERE / "linux" / "compactdesk.xml", folder / "compactdesk.xml")
    shutil.copy2(HERE / "linux" / "README.txt", folder / "README.txt")
    icons = ROOT / "resources" / "icons"
    if (icons / "hicolor").is_dir():
        shutil.copytree(icons / "hicolor", folder / "icons" / "hicolor")
    if (icons / "compactdesk.svg").is_file():
        (folder / "icons" / "hicolor" / "scalable" / "apps").mkdir(parents=True, exist_ok=True)
        shutil.copy2(icons / "compactdesk.svg", folder / "icons" / "hicolor" / "scalable" / "apps")
    bundle.rename(folder / "app")  # moved in and back, not copied: its links to Qt's libraries stay links
    try:
        if shutil.which("tar") and shutil.which("gzip"):  # GNU tar and gzip: several times faster than tarfile
            subprocess.run(["tar", "-czf", str(archive), "-C", str(stage), top], check=True)
        else:
            with tarfile.open(archive, "w:gz") as tar:
                tar.add(folder, arcname=top)
    finally:
        (folder / "app").rename(bundle)
    shutil.rmtree(stage)
    print(f"Archive: {archive} ({archive.stat().st_size / 2**20:.0f} MiB)")
    return archive


def windows_installer(dist: Path, version: str) -> Path | None:
    """Runs Inno Setup's compiler on packaging/windows/compactdesk.iss, if it is installed."""
    iscc = shutil.which("iscc") or next((str(place) for place in ISCC_PLACES if place.is_file()), None)
    if iscc is None:
        print("Inno Setup's iscc was not found (install Inno Setup 6, or put ISCC.exe on PATH): "
              "the bundle is built, the installer is not.")
        return None
    subprocess.run([iscc, f"/DAppVersion={version}", f"/DSourceDir={dist / NAME}", f"/DRoot={ROOT}",
                    f"/O{dist}", str(HERE / "windows" / "compactdesk.iss")], check=True)
    installer = dist / f"{NAME}-{version}-setup.exe"
    print(f"Installer: {installer}")
    return installer


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description="Build CompactDesk's bundle and its installer for this platform.")
    parser.add_argument("--dist", type=Path, default=ROOT / "dist")
    parser.add_argument("--work", type=Path, default=ROOT / "build")
    parser.add_argument("--no-archive", action="store_true", help="Linux: build the bundle only")
    parser.add_argument("--no-installer", action="store_true", help="Windows: do not run iscc")
    args = parser.parse_args(argv)
    started = time.monotonic()
    ver = version()
    dist, work = args.dist.resolve(), args.work.resolve()
    bundle = pyinstaller(dist, work)
    if sys.platform.startswith("linux") and not args.no_archive:
        linux_archive(bundle, dist, ver)
    elif sys.platform == "win32" and not args.no_installer:
        windows_installer(dist, ver)
    elif sys.platform == "darwin":
        print(f"App: {dist / (NAME + '.app')} (the macOS build is untested)")
    print(f"Done in {time.monotonic() - started:.0f} s")
    return 0


if __name__ == "__main__":
    sys.exit(main())
