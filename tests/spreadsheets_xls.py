"""Writes a small Excel 97-2003 workbook (.xls) for tests, as no library in the venv does.

Two formats in one: the BIFF8 record stream Excel keeps a workbook in ([MS-XLS]), inside the OLE compound file that
holds its "Workbook" stream ([MS-CFB], version 3, 512-byte sectors). Only what a list needs: text (in the shared
string table), numbers, dates (as Excel's day numbers with a date format), booleans, merged cells and hidden sheets.
Used through spreadsheets.write_sheet(path.xls, ...).
"""

import datetime as dt
import struct
from pathlib import Path

_SECTOR = 512
_FREE, _END, _FAT_SECTOR, _NO_STREAM = 0xFFFFFFFF, 0xFFFFFFFE, 0xFFFFFFFD, 0xFFFFFFFF
_MINI_STREAM_CUTOFF = 4096
_EXCEL_EPOCH = dt.datetime(1899, 12, 30)
# Cell formats, by index into the XF records below: General, a date (built-in format 14) and a date and time (22).
_GENERAL, _DATE, _DATE_TIME = 0, 1, 2


def write_xls(path: Path, sheets: dict, merged: dict, hidden=(), *, password: bool = False) -> Path:
    """`password`: mark the workbook as encrypted with a password (a FILEPASS record; the cells stay plain, which
    no reader gets as far as noticing)."""
    strings: dict[str, int] = {}
    bodies = [_sheet_records(rows, merged.get(name, ()), strings) for name, rows in sheets.items()]
    globals_ = _globals(sheets, hidden, strings, [0] * len(bodies), password)
    # The sheets' stream positions are known once the globals' length is: it does not depend on them.
    positions, offset = [], len(globals_)
    for body in bodies:
        positions.append(offset)
        offset += len(body)
    stream = _globals(sheets, hidden, strings, positions, password) + b"".join(bodies)
    # A stream shorter than the cutoff would live in the mini stream; padding past the last EOF keeps this simple.
    stream = stream.ljust(_MINI_STREAM_CUTOFF, b"\0")
    Path(path).write_bytes(_compound_file(stream))
    return Path(path)


def _record(kind: int, data: bytes = b"") -> bytes:
    assert len(data) <= 8224, "a record this long needs CONTINUE records; keep test tables small"
    return struct.pack("<HH", kind, len(data)) + data


def _bof(sheet_kind: int) -> bytes:
    return _record(0x0809, struct.pack("<HHHHII", 0x0600, sheet_kind, 0x0DBB, 0x07CC, 0x00000041, 0x00000006))


def _unicode(text: str, length_bytes: int) -> bytes:
    encoded = text.encode("utf-16-le")
    count = len(encoded) // 2
    return (struct.pack("<B" if length_bytes == 1 else "<H", count) + b"\x01" + encoded)


def _globals(sheets: dict, hidden, strings: dict[str, int], positions: list[int], password: bool) -> bytes:
    out = [_bof(0x0005)]
    if password:
        # FILEPASS with RC4 encryption (wEncryptionType 1, version 1.1): its salt and verifier, here zeros.
        out.append(_record(0x002F, struct.pack("<HHH", 1, 1, 1) + bytes(48)))
    out.append(_record(0x0042, struct.pack("<H", 1200)))  # CODEPAGE: UTF-16
    # XF records: font index, format index, then attributes left at zero.
    for format_index in (0, 14, 22):
        out.append(_record(0x00E0, struct.pack("<HH", 0, format_index) + bytes(16)))
    for (name, _), position in zip(sheets.items(), positions, strict=True):
        state = 1 if name in hidden else 0
        out.append(_record(0x0085, struct.pack("<IBB", position, state, 0) + _unicode(name, 1)))
    ordered = sorted(strings, key=strings.get)
    table = struct.pack("<II", len(ordered), len(ordered)) + b"".join(_unicode(s, 2) for s in ordered)
    out.append(_record(0x00FC, table))
    out.append(_record(0x000A))
    return b"".join(out)


def _sheet_records(rows, merged, strings: dict[str, int]) -> bytes:
    width = max([len(row) for row in rows] + [1])
    out = [_bof(0x0010), _record(0x0200, struct.pack("<IIHHH", 0, len(rows), 0, width, 0))]
    covered = {(r, c) for (r0, c0), (r1, c1) in merged for r in range(r0, r1 + 1) for c in range(c0, c1 + 1)
               if (r, c) != (r0, c0)}
    for r, row in enumerate(rows):
        for c, value in enumerate(row):
            if value is None or value == "" or (r, c) in covered:
                continue
            if isinstance(value, bool):
                out.append(_record(0x0205, struct.pack("<HHHBB", r, c, _GENERAL, int(value), 0)))
            elif isinstance(value, dt.datetime):
                days = (value - _EXCEL_EPOCH) / dt.timedelta(days=1)
                out.append(_record(0x0203, struct.pack("<HHHd", r, c, _DATE_TIME, days)))
            elif isinstance(value, dt.date):
                days = (value - _EXCEL_EPOCH.date()).days
                out.append(_record(0x0203, struct.pack("<HHHd", r, c, _DATE, float(days))))
            elif isinstance(value, int | float):
                out.append(_record(0x0203, struct.pack("<HHHd", r, c, _GENERAL, float(value))))
            else:
                index = strings.setdefault(str(value), len(strings))
                out.append(_record(0x00FD, struct.pack("<HHHI", r, c, _GENERAL, index)))
    if merged:
        refs = b"".join(struct.pack("<HHHH", r0, r1, c0, c1) for (r0, c0), (r1, c1) in merged)
        out.append(_record(0x00E5, struct.pack("<H", len(merged)) + refs))
    out.append(_record(0x000A))
    return b"".join(out)


def _compound_file(stream: bytes) -> bytes:
    """Sector 0 the FAT, sector 1 the directory, then the Workbook stream."""
    stream_sectors = -(-len(stream) // _SECTOR)
    assert 2 + stream_sectors <= _SECTOR // 4, "one FAT sector maps 128 sectors; keep test tables small"
    fat = [_FAT_SECTOR, _END] + [2 + i + 1 for i in range(stream_sectors - 1)] + [_END]
    fat += [_FREE] * (_SECTOR // 4 - len(fat))
    header = struct.pack(
        "<8s16sHHHHH6sIIIIIIIII", bytes.fromhex("d0cf11e0a1b11ae1"), bytes(16), 0x003E, 0x0003, 0xFFFE, 9, 6,
        bytes(6), 0, 1, 1, 0, _MINI_STREAM_CUTOFF, _END, 0, _END, 0,
    ) + struct.pack("<I", 0) + struct.pack("<108I", *([_FREE] * 108))
    directory = (_entry("Root Entry", 5, child=1, start=_END, size=0) + _entry("Workbook", 2, start=2, size=len(stream))
                 + _entry("", 0) + _entry("", 0))
    body = stream.ljust(stream_sectors * _SECTOR, b"\0")
    return header + struct.pack(f"<{_SECTOR // 4}I", *fat) + directory + body


def _entry(name: str, kind: int, *, child: int = _NO_STREAM, start: int = 0, size: int = 0) -> bytes:
    if kind == 0:
        return bytes(64) + struct.pack("<HBB", 0, 0, 0) + struct.pack("<III", _NO_STREAM, _NO_STREAM, _NO_STREAM) \
            + bytes(16 + 4 + 16) + struct.pack("<IQ", 0, 0)
    encoded = (name + "\0").encode("utf-16-le")
    return (encoded.ljust(64, b"\0") + struct.pack("<HBB", len(encoded), kind, 1)
            + struct.pack("<III", _NO_STREAM, _NO_STREAM, child) + bytes(16 + 4 + 16) + struct.pack("<IQ", start, size))
