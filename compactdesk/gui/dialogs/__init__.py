"""Dialogs that add or edit one record, each over a Designer form in ui/."""
