"""Filling combo boxes from the store and from the fixed vocabularies."""

from enum import Enum

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QComboBox


def fill_enum(combo: QComboBox, enum: type[Enum]) -> None:
    combo.clear()
    for member in enum:
        combo.addItem(member.label(), member.value)


def fill_pairs(combo: QComboBox, pairs, none_text: str | None = None) -> None:
    """(id, text) pairs; `none_text` adds a first choice meaning "none" (data None)."""
    combo.clear()
    if none_text is not None:
        combo.addItem(none_text, None)
    for ident, text in pairs:
        combo.addItem(text, ident)


def select_data(combo: QComboBox, value) -> None:
    index = combo.findData(value)
    combo.setCurrentIndex(max(index, 0))


def fill_choices(combo: QComboBox, choices, none_text: str) -> None:
    """The records a form may name (actions.Choice: a name with a note, "Rhodri Owen — Dyfnant County Council"),
    after a first choice meaning none; each entry's tooltip holds its whole text, for a long name."""
    fill_pairs(combo, ((choice.ident, f"{choice.name} — {choice.note}" if choice.note else choice.name)
                       for choice in choices), none_text)
    for index in range(combo.count()):
        combo.setItemData(index, combo.itemText(index), Qt.ItemDataRole.ToolTipRole)
