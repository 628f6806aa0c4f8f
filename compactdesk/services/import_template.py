"""File ▸ Import ▸ Save a template: an .xlsx with the headers the importer recognises, and how to fill it in."""

import io
from pathlib import Path

from compactdesk.domain.enums import SeatFill, Sector
from compactdesk.domain.errors import ValidationError
from compactdesk.domain.import_fields import ImportKind, template_fields
from compactdesk.i18n import QT_TRANSLATE_NOOP, translate
from compactdesk.services.file_refusals import is_folder, quoted, usable_path
from compactdesk.services.file_writing import check_target, write_whole

_HELP_SHEET = QT_TRANSLATE_NOOP("Import", "How to fill it in")
# Excel's limit on a sheet's name, and the characters it refuses in one.
_SHEET_NAME_LIMIT = 31
_NOT_IN_SHEET_NAMES = str.maketrans({char: " " for char in "[]:*?/\\"})
_REQUIRED_FILL = "FFF2CC"  # a pale yellow marks the columns that must be filled, as forms commonly do
_TEXT_COLUMNS = {"phone"}  # kept as text, so Excel does not turn 01234 567890 into 1234567890
_DATE_COLUMNS = {"start_on", "end_on", "deadline", "progress_on", "completed_on", "raised_on", "due_on",
                 "answered_on"}
_FORMATTED_ROWS = 500


def save_template(kind: ImportKind, path: str | Path) -> Path:
    """Writes the template for `kind` to `path` (".xlsx" is added when it has another ending) and returns where."""
    kind = ImportKind(kind)
    path = usable_path(path)
    if not path.name or path.name == ".." or is_folder(path):  # never "Documents.xlsx" beside the folder chosen
        raise ValidationError(translate("Import", "{path} is a folder. Give a file name inside it.").format(
            path=quoted(path)), "file")
    if path.suffix.lower() != ".xlsx":
        path = path.with_name(path.name + ".xlsx")
    buffer = io.BytesIO()
    _workbook(kind).save(buffer)
    _write_atomic(path, buffer.getvalue())
    return path


def _workbook(kind: ImportKind):
    from openpyxl import Workbook
    from openpyxl.styles import Alignment, Font, PatternFill
    from openpyxl.utils import get_column_letter

    fields = template_fields(kind)
    workbook = Workbook()
    sheet = workbook.active
    sheet.title = _sheet_name(kind.label())
    bold = Font(bold=True)
    needed = PatternFill("solid", fgColor=_REQUIRED_FILL)
    for column, field in enumerate(fields, start=1):
        cell = sheet.cell(1, column, field.label)
        cell.font = bold
        if field.required:
            cell.fill = needed
        letter = get_column_letter(column)
        # Wide enough for the header and for what usually goes under it.
        sheet.column_dimensions[letter].width = max(len(field.label) + 4, 14 if field.key in _DATE_COLUMNS else 18)
        if field.key in _TEXT_COLUMNS or field.key in _DATE_COLUMNS:
            number_format = "@" if field.key in _TEXT_COLUMNS else "DD/MM/YYYY"
            for row in range(2, _FORMATTED_ROWS + 2):
                sheet.cell(row, column).number_format = number_format
    sheet.freeze_panes = "A2"
    _add_choices(sheet, fields)

    help_sheet = workbook.create_sheet(_sheet_name(translate("Import", _HELP_SHEET)))
    title = help_sheet.cell(1, 1, translate("Import", "How to fill in this template: {kind}").format(
        kind=kind.label()))
    title.font = Font(bold=True, size=14)
    lines = (
        translate("Import", "Type one record on each row of the sheet '{sheet}', under the headers. Keep the "
                            "headers as they are: CompactDesk finds the columns by them.").format(sheet=sheet.title),
        translate("Import", "Columns marked 'Needed' (shaded yellow) must be filled on every row; leave any other "
                            "column empty when you do not know it."),
        translate("Import", "Dates can be typed as 15/01/2027 or 15 Jan 2027. Names can be written Ann Jones or "
                            "Jones, Ann."),
        translate("Import", "Then choose File ▸ Import… in CompactDesk and choose this file. Nothing is added "
                            "until you have checked the preview and accepted it."),
    )
    for row, line in enumerate(lines, start=2):
        help_sheet.cell(row, 1, line).alignment = Alignment(wrap_text=True, vertical="top")
        help_sheet.merge_cells(start_row=row, start_column=1, end_row=row, end_column=3)
        help_sheet.row_dimensions[row].height = 32
    header_row = len(lines) + 3
    headers = (translate("Import", "Column"), translate("Import", "Needed"), translate("Import", "What goes in it"))
    for column, text in enumerate(headers, start=1):
        help_sheet.cell(header_row, column, text).font = bold
    for row, field in enumerate(fields, start=header_row + 1):
        help_sheet.cell(row, 1, field.label)
        help_sheet.cell(row, 2, translate("Import", "Needed") if field.required else translate("Import", "If known"))
        help_sheet.cell(row, 3, field.hint).alignment = Alignment(wrap_text=True, vertical="top")
    help_sheet.column_dimensions["A"].width = max(len(headers[0]), *(len(f.label) for f in fields)) + 4
    help_sheet.column_dimensions["B"].width = max(len(headers[1]), len(translate("Import", "If known"))) + 4
    help_sheet.column_dimensions["C"].width = 70
    workbook.active = 0
    return workbook


def _choices(key: str) -> list[str]:
    if key == "sector":
        return [sector.label() for sector in Sector]
    if key == "fill":
        return [fill.label() for fill in SeatFill]
    if key == "champion":
        return [translate("Import", "yes"), translate("Import", "no")]
    return []


def _add_choices(sheet, fields) -> None:
    """A drop-down of the usual words in the columns that take one of a few. Other words are allowed (the importer
    reads "VCS" or "Cyngor" too), so Excel only mentions the list rather than refusing what is typed."""
    from openpyxl.utils import get_column_letter
    from openpyxl.worksheet.datavalidation import DataValidation

    for column, field in enumerate(fields, start=1):
        choices = _choices(field.key)
        listed = ",".join(choices)
        # Excel keeps a list typed into the rule as one formula of at most 255 characters, commas between.
        if not choices or any("," in choice or '"' in choice for choice in choices) or len(listed) > 250:
            continue
        rule = DataValidation(type="list", formula1=f'"{listed}"', allow_blank=True, errorStyle="information",
                              showErrorMessage=False)
        letter = get_column_letter(column)
        rule.add(f"{letter}2:{letter}{_FORMATTED_ROWS + 1}")
        sheet.add_data_validation(rule)


def _sheet_name(text: str) -> str:
    return " ".join(text.translate(_NOT_IN_SHEET_NAMES).split())[:_SHEET_NAME_LIMIT].strip() or "Sheet1"


def _write_atomic(path: Path, data: bytes) -> None:
    """Written beside `path` and then renamed over it, so a failure never leaves half a template or spoils an old
    one."""
    check_target(path)
    write_whole(path, data, held_open=translate(
        "Import", "{name} could not be replaced: it may be open in Excel or another program, or be read-only. "
                  "Close it and save the template again, or give another name.").format(name=quoted(path.name)))
