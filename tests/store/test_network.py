"""A group's file on a network share is recognised (issue 22): by the mount that holds it on Linux, by a UNC path or
a mapped network drive on Windows; and the command line says so on stderr when it opens one."""

import os
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from compactdesk.cli import main
from compactdesk.store import network
from compactdesk.store.network import holding_mount, mounts, network_share, network_warning


def _escaped(text: str) -> str:
    """A path as the kernel writes it in mountinfo: a space, tab, newline or backslash as an octal escape."""
    return "".join(f"\\{ord(char):03o}" if char in " \t\n\\" else char for char in text)


def _line(number: int, point: str, kind: str, source: str, optional: str = "shared:1") -> str:
    fields = [str(number), "1", f"0:{number}", "/", _escaped(point), "rw,relatime", *optional.split(), "-", kind,
              _escaped(source), "rw"]
    return " ".join(fields)


def _table(*rows: tuple[str, str, str]) -> str:
    lines = [_line(20, "/", "ext4", "/dev/sda1")]
    lines += [_line(number, point, kind, source) for number, (point, kind, source) in enumerate(rows, start=21)]
    return "\n".join(lines) + "\n"


@pytest.fixture
def place(tmp_path) -> Path:
    """A real folder, its symbolic links resolved, to mount fake file systems on."""
    return Path(os.path.realpath(tmp_path))


def test_a_file_on_a_local_disk_is_not_a_share(place):
    table = _table((f"{place}/usb", "vfat", "/dev/sdb1"), (f"{place}/ram", "tmpfs", "tmpfs"))
    for path in (place / "group.cdstore", place / "usb" / "group.cdstore", place / "ram" / "group.cdstore"):
        assert network_share(path, windows=False, mountinfo=lambda: table) is None
        assert network_warning(path, windows=False, mountinfo=lambda: table) is None


@pytest.mark.parametrize("kind, source", [
    ("cifs", "//fs01/office"), ("smb3", "//fs01/office"), ("nfs", "fs01:/export/office"),
    ("nfs4", "fs01:/office"), ("fuse.sshfs", "anna@fs01:/srv/office"), ("fuse.rclone", "onedrive:"),
    ("9p", "office"), ("ceph", "10.0.0.1:/"), ("glusterfs", "fs01:/vol"), ("davfs", "https://dav.example/office"),
])
def test_a_file_on_a_network_file_system_is_a_share(place, kind, source):
    table = _table((f"{place}/office", kind, source))
    where = network_share(place / "office" / "Group.cdstore", windows=False, mountinfo=lambda: table)
    assert where == f"{kind}, {source} at {place}/office"


def test_the_innermost_mount_decides(place):
    """A local disk mounted inside a network share is local; a share mounted inside a local disk is a share;
    a name that merely starts like a mount point is not inside it."""
    table = _table((f"{place}/office", "cifs", "//fs01/office"), (f"{place}/office/cache", "ext4", "/dev/sdc1"),
                   (f"{place}/home", "ext4", "/dev/sda2"), (f"{place}/home/anna/nfs", "nfs4", "fs02:/anna"),
                   (f"{place}/off", "nfs", "fs03:/off"))
    assert network_share(place / "office" / "a.cdstore", windows=False, mountinfo=lambda: table)
    assert network_share(place / "office" / "cache" / "a.cdstore", windows=False, mountinfo=lambda: table) is None
    assert network_share(place / "home" / "anna" / "a.cdstore", windows=False, mountinfo=lambda: table) is None
    assert "fs02:/anna" in network_share(place / "home" / "anna" / "nfs" / "a.cdstore", windows=False,
                                         mountinfo=lambda: table)
    assert network_share(place / "offline" / "a.cdstore", windows=False, mountinfo=lambda: table) is None
    assert network_share(place / "off", windows=False, mountinfo=lambda: table)  # the mount point itself


def test_the_latest_mount_on_a_point_hides_the_earlier(place):
    # autofs stands on the point until the share is mounted over it; a later local mount hides a share.
    automounted = _table((f"{place}/office", "autofs", "systemd-1"), (f"{place}/office", "nfs", "fs01:/office"))
    assert network_share(place / "office" / "a.cdstore", windows=False, mountinfo=lambda: automounted)
    hidden = _table((f"{place}/office", "nfs", "fs01:/office"), (f"{place}/office", "tmpfs", "tmpfs"))
    assert network_share(place / "office" / "a.cdstore", windows=False, mountinfo=lambda: hidden) is None


def test_escaped_spaces_tabs_and_backslashes_in_a_mount_point(place):
    point = f"{place}/Office share\\2026\tcopy"
    table = _table((point, "cifs", "//fs01/Office share"))
    assert "\\040" in table and "\\134" in table and "\\011" in table  # written as the kernel writes them
    where = network_share(f"{point}/Grŵp y Compact.cdstore", windows=False, mountinfo=lambda: table)
    assert where == f"cifs, //fs01/Office share at {point}"
    assert network_share(f"{place}/Office share/x.cdstore", windows=False, mountinfo=lambda: table) is None


def test_optional_fields_and_no_optional_fields(place):
    table = "\n".join([_line(20, "/", "ext4", "/dev/sda1", optional=""),
                       _line(21, f"{place}/a", "cifs", "//fs/a", optional="shared:3 master:1 propagate_from:2"),
                       _line(22, f"{place}/b", "nfs", "fs:/b", optional="")])
    assert network_share(place / "a" / "x", windows=False, mountinfo=lambda: table) == f"cifs, //fs/a at {place}/a"
    assert network_share(place / "b" / "x", windows=False, mountinfo=lambda: table) == f"nfs, fs:/b at {place}/b"


def test_a_symbolic_link_to_a_share_is_followed(place):
    (place / "office").mkdir()
    (place / "desktop").mkdir()
    (place / "desktop" / "Office").symlink_to(place / "office")
    table = _table((f"{place}/office", "cifs", "//fs01/office"))
    assert network_share(place / "desktop" / "Office" / "a.cdstore", windows=False, mountinfo=lambda: table)
    # and a link on a share to a local folder is local
    (place / "office" / "local").symlink_to(place / "desktop")
    assert network_share(place / "office" / "local" / "a.cdstore", windows=False, mountinfo=lambda: table) is None


def test_a_relative_path_is_read_from_the_current_folder(place, monkeypatch):
    monkeypatch.chdir(place)
    table = _table((str(place), "nfs", "fs:/x"))
    assert network_share("Group.cdstore", windows=False, mountinfo=lambda: table) == f"nfs, fs:/x at {place}"


def test_gnome_places_are_shares_only_for_network_places(place):
    gvfs = f"{place}/run/user/1000/gvfs"
    table = _table((gvfs, "fuse.gvfsd-fuse", "gvfsd-fuse"))
    assert network_share(f"{gvfs}/smb-share:server=fs01,share=office/a.cdstore", windows=False, mountinfo=lambda: table)
    assert network_share(f"{gvfs}/sftp:host=fs01/home/a.cdstore", windows=False, mountinfo=lambda: table)
    assert network_share(f"{gvfs}/mtp:host=Phone/Card/a.cdstore", windows=False, mountinfo=lambda: table) is None
    assert network_share(gvfs, windows=False, mountinfo=lambda: table) is None


def test_an_unreadable_or_strange_mount_table_means_local(place, monkeypatch):
    for text in ("", "\n\n", "garbage", "1 2 3 4 5 6 -", "1 2 3 4 /x 6 7 8", "- - - - - - - - - -"):
        assert network_share(place / "a", windows=False, mountinfo=lambda text=text: text) is None
    monkeypatch.setattr(network, "MOUNTINFO", str(place / "no such file"))
    assert network.read_mountinfo() == ""
    assert network_share(place / "a", windows=False) is None


def test_the_real_reader_reads_the_system_table(place, monkeypatch):
    """The default reader: the file the kernel writes, in the file system's own bytes."""
    fake = place / "mountinfo"
    fake.write_bytes(_table((f"{place}/Swyddfa ŵ", "cifs", "//fs01/swyddfa")).encode())
    monkeypatch.setattr(network, "MOUNTINFO", str(fake))
    assert network_share(place / "Swyddfa ŵ" / "a.cdstore", windows=False) == \
        f"cifs, //fs01/swyddfa at {place}/Swyddfa ŵ"


def test_a_folder_name_that_is_not_utf8_is_found(place, monkeypatch):
    """A Linux folder's name is bytes: one written in Latin-1 long ago is read back as the path that names it."""
    folder = os.fsencode(place) + b"/Caf\xe9"
    fake = place / "mountinfo"
    fake.write_bytes(b"20 1 8:1 / / rw - ext4 /dev/sda1 rw\n21 20 0:50 / " + folder.replace(b" ", b"\\040")
                     + b" rw - nfs fs:/caf\xe9 rw\n")
    monkeypatch.setattr(network, "MOUNTINFO", str(fake))
    assert network_share(folder + b"/a.cdstore", windows=False) == f"nfs, fs:/caf\udce9 at {os.fsdecode(folder)}"
    assert network_share(os.fsdecode(folder) + "/a.cdstore", windows=False)


def test_this_machine_can_be_asked_without_fault(tmp_path):
    # Whatever this machine's disks are, the answer is words or None, quickly and without an error.
    for path in (tmp_path / "a.cdstore", Path("/"), Path("relative.cdstore"), Path("/proc/self/mountinfo")):
        assert network_share(path) is None or isinstance(network_share(path), str)
    assert network_share(Path("/proc") / "x") is None  # proc is local


# -- Windows ---------------------------------------------------------------------------------------------------------

def _drives(remote: str = "", fixed: str = "C"):
    asked = []

    def drive_type(root: str) -> int:
        asked.append(root)
        letter = root[0]
        return 4 if letter in remote else 3 if letter in fixed else 1

    return drive_type, asked


@pytest.mark.parametrize("path, share", [
    (r"\\fs01\office\Compact\Group.cdstore", r"\\fs01\office"),
    (r"\\fs01.council.local\Compact$\Group.cdstore", r"\\fs01.council.local\Compact$"),
    (r"\\?\UNC\fs01\office\Group.cdstore", r"\\fs01\office"),
    (r"\\?\unc\fs01\office\Group.cdstore", r"\\fs01\office"),
    (r"\\.\UNC\fs01\office\Group.cdstore", r"\\fs01\office"),
    ("//fs01/office/Group.cdstore", r"\\fs01\office"),
    (r"\\fs01\office", r"\\fs01\office"),
    (r"\\fs01", r"\\fs01"),
])
def test_a_unc_path_is_a_share(path, share):
    drive_type, asked = _drives()
    assert network_share(path, windows=True, drive_type=drive_type) == share
    assert asked == []  # a UNC path needs no question


def test_a_mapped_network_drive_is_a_share_and_a_local_drive_is_not():
    drive_type, asked = _drives(remote="ZH", fixed="CD")
    assert network_share(r"Z:\Compact\Group.cdstore", windows=True, drive_type=drive_type) == "Z:"
    assert network_share(r"h:\Group.cdstore", windows=True, drive_type=drive_type) == "H:"
    assert network_share(r"\\?\Z:\Group.cdstore", windows=True, drive_type=drive_type) == "Z:"
    assert network_share("Z:Group.cdstore", windows=True, drive_type=drive_type) == "Z:"  # on Z:'s current folder
    assert network_share(r"C:\Users\Anna\Documents\Group.cdstore", windows=True, drive_type=drive_type) is None
    assert network_share(r"E:\Group.cdstore", windows=True, drive_type=drive_type) is None  # removable: local
    assert asked == ["Z:\\", "H:\\", "Z:\\", "Z:\\", "C:\\", "E:\\"]
    assert "(Z:)" in network_warning(r"Z:\Group.cdstore", windows=True, drive_type=drive_type)


def test_a_windows_device_path_to_a_local_drive_or_volume_is_local():
    drive_type, _ = _drives(remote="Z")
    for path in (r"\\?\C:\Group.cdstore", r"\\.\C:\Group.cdstore", r"\\?\Volume{0b1c}\Group.cdstore", "\\\\?\\"):
        assert network_share(path, windows=True, drive_type=drive_type) is None


def test_a_drive_that_cannot_be_asked_about_is_local():
    def broken(root: str) -> int:
        raise OSError("no such drive")

    assert network_share(r"Z:\Group.cdstore", windows=True, drive_type=broken) is None
    assert network.windows_drive_type("Z:\\") == 0  # there is no GetDriveTypeW here: unknown, so local


# -- What is said ---------------------------------------------------------------------------------------------------

def test_the_warning_says_where_why_and_what_to_do(place):
    table = _table((f"{place}/office", "cifs", "//fs01/office"))
    words = network_warning(place / "office" / "Group.cdstore", windows=False, mountinfo=lambda: table)
    assert words.startswith(f"This group's file is on a network drive (cifs, //fs01/office at {place}/office).")
    assert "can lose or damage records" in words
    assert words.endswith("File ▸ Connect to a shared server…")
    assert network_warning(r"\\fs01\office\Group.cdstore", windows=True).startswith(
        r"This group's file is on a network drive (\\fs01\office).")


# -- Never an error --------------------------------------------------------------------------------------------------

@settings(max_examples=300, deadline=None)
@given(path=st.one_of(st.text(), st.binary()), table=st.text(), windows=st.booleans())
def test_any_path_and_any_table_give_words_or_none(path, table, windows):
    result = network_share(path, windows=windows, mountinfo=lambda: table, drive_type=lambda root: 4)
    assert result is None or (isinstance(result, str) and result)


@settings(max_examples=200, deadline=None)
@given(name=st.text(st.characters(blacklist_characters="/\x00", blacklist_categories=("Cs",)), min_size=1,
                    max_size=40).filter(lambda name: name not in (".", "..")))
def test_any_folder_name_is_found_as_the_kernel_writes_it(name):
    point = f"/srv/cdtest-none/{name}"
    table = mounts(_table((point, "nfs", "fs:/x")))
    assert holding_mount(f"{point}/Group.cdstore", table).point == point
    assert holding_mount(f"{point}x/Group.cdstore", table).kind == "ext4"


def test_a_server_address_is_not_a_file(place, monkeypatch):
    monkeypatch.chdir(place)  # where a relative path would be read from: a share
    table = _table((str(place), "nfs", "fs:/home"))
    for address in ("postgresql://anna@cvs-server/compacts", "postgresql+psycopg://srv:5432/db?sslmode=require"):
        assert network_share(address, windows=False, mountinfo=lambda: table) is None
    assert network_share("postgresql:/x", windows=False, mountinfo=lambda: table)  # a file's name, oddly chosen
    drive_type, _ = _drives(remote="C")
    assert network_share("C://Compact/Group.cdstore", windows=True, drive_type=drive_type) == "C:"


def test_not_a_path_at_all_is_local():
    for thing in (None, 42, object()):
        assert network_share(thing) is None


# -- The command line -------------------------------------------------------------------------------------------------

def test_the_command_line_warns_on_stderr_when_it_opens_a_file_on_a_share(demo_path, monkeypatch, capsys):
    folder = os.path.realpath(demo_path.parent)
    fake = demo_path.parent / "mountinfo"
    fake.write_text(_table((folder, "cifs", "//fs01/office")))
    monkeypatch.setattr(network, "MOUNTINFO", str(fake))
    assert main(["attention", str(demo_path), "--today", "24/11/2026"]) == 0
    out, err = capsys.readouterr()
    assert out.startswith("Dyfnant Compact: what needs attention")
    assert err.startswith(f"compactdesk: This group's file is on a network drive (cifs, //fs01/office at {folder}).")
    assert "File ▸ Connect to a shared server…" in err and "network drive" not in out


def test_the_command_line_says_nothing_of_a_local_file(demo_path, monkeypatch, capsys):
    fake = demo_path.parent / "mountinfo"
    fake.write_text(_table(("/srv/cdtest-none/office", "cifs", "//fs01/office")))
    monkeypatch.setattr(network, "MOUNTINFO", str(fake))
    assert main(["search", str(demo_path), "Youth"]) == 0
    out, err = capsys.readouterr()
    assert out and err == ""


def test_a_file_that_cannot_be_opened_gets_no_warning_only_its_error(tmp_path, monkeypatch, capsys):
    fake = tmp_path / "mountinfo"
    fake.write_text(_table((os.path.realpath(tmp_path), "cifs", "//fs01/office")))
    monkeypatch.setattr(network, "MOUNTINFO", str(fake))
    assert main(["attention", str(tmp_path / "missing.cdstore")]) != 0
    err = capsys.readouterr().err
    assert "network drive" not in err and err.startswith("compactdesk: ")
