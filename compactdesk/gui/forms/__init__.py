"""Generated from ui/*.ui by compactdesk.gui.forms_build."""
