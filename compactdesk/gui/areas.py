"""The areas of the window: their names, titles, icons, which records each shows, and
the page class that shows them, imported and built only when the area is first shown.

Building all ten pages (and importing their dialogs) took most of the start, so the
sidebar is made from this table and a page is made on its first visit. `shows` names
the store's tables whose rows a page displays: after an edit, only the pages showing a
table the edit touched reload (issue 15; as Anki's OpChanges does).
"""

import importlib
from dataclasses import dataclass

from PySide6.QtCore import QCoreApplication

from compactdesk.i18n import QT_TRANSLATE_NOOP

# Every table of the store; a page that shows (almost) everything names this. Written out, not read from
# store.models, so building the sidebar loads no SQLAlchemy; a test checks it against the models.
EVERYTHING = frozenset({
    "store_identity", "compact", "compact_status_change", "compact_partner", "organisation", "organisation_tag",
    "person", "seat", "seat_term", "meeting", "agenda_item", "agenda_paper", "attendance", "code_of_practice",
    "code_review", "target", "target_progress", "feedback", "consultation", "funding_notice", "dispute_stage",
    "dispute", "dispute_step", "sign_up", "department", "indicator", "indicator_rating", "health_check",
    "relationship_rating", "review_year", "code_status_change", "champion_change", "compact_lead", "commitment",
    "intended_seats"})
# Names of people and organisations appear on almost every page.
_NAMES = frozenset({"person", "organisation", "organisation_tag"})


@dataclass(frozen=True)
class Area:
    name: str  # as the settings, the dashboard and show_record call it
    module: str
    page_class: str  # also the context of its title's translation, as the page's own self.tr uses
    title_text: str
    icon: str  # a Material Design icon, by its QtAwesome name (gui/look.py draws it)
    shows: frozenset[str]

    def title(self) -> str:
        return QCoreApplication.translate(self.page_class, self.title_text)

    def page_type(self) -> type:
        return getattr(importlib.import_module(self.module), self.page_class)


AREAS: tuple[Area, ...] = (
    Area("dashboard", "compactdesk.gui.pages.dashboard", "DashboardPage",
         QT_TRANSLATE_NOOP("DashboardPage", "Dashboard"), "mdi6.view-dashboard-outline",
         # What needs chasing comes from nearly every kind of record, but not the monitoring framework's ratings.
         EVERYTHING - {"indicator", "indicator_rating", "health_check", "relationship_rating", "review_year",
                       "store_identity"}),
    Area("meetings", "compactdesk.gui.pages.meetings", "MeetingsPage",
         QT_TRANSLATE_NOOP("MeetingsPage", "Meetings"), "mdi6.calendar-month-outline",
         _NAMES | {"compact", "meeting", "agenda_item", "agenda_paper", "attendance", "seat", "seat_term", "target",
                   "target_progress", "feedback"}),
    Area("actions", "compactdesk.gui.pages.actions", "ActionPlanPage",
         QT_TRANSLATE_NOOP("ActionPlanPage", "Action plan"), "mdi6.clipboard-check-outline",
         _NAMES | {"compact", "target", "target_progress", "code_of_practice", "meeting", "agenda_item"}),
    Area("feedback", "compactdesk.gui.pages.feedback", "FeedbackPage",
         QT_TRANSLATE_NOOP("FeedbackPage", "Feedback owed"), "mdi6.message-reply-text-outline",
         _NAMES | {"compact", "feedback", "meeting", "agenda_item"}),
    Area("people", "compactdesk.gui.pages.people", "PeoplePage",
         QT_TRANSLATE_NOOP("PeoplePage", "People & seats"), "mdi6.account-group-outline",
         _NAMES | {"compact", "seat", "seat_term", "sign_up", "department", "intended_seats"}),
    Area("compact", "compactdesk.gui.pages.compact", "CompactPage",
         QT_TRANSLATE_NOOP("CompactPage", "Compact"), "mdi6.handshake-outline",
         _NAMES | {"compact", "compact_status_change", "compact_partner", "compact_lead"}),
    Area("standards", "compactdesk.gui.pages.standards", "StandardsPage",
         QT_TRANSLATE_NOOP("StandardsPage", "Codes & standards"), "mdi6.scale-balance",
         _NAMES | {"compact", "code_of_practice", "code_review", "consultation", "funding_notice", "target",
                   "code_status_change"}),
    Area("disputes", "compactdesk.gui.pages.disputes", "DisputesPage",
         QT_TRANSLATE_NOOP("DisputesPage", "Disputes"), "mdi6.comment-alert-outline",
         _NAMES | {"compact", "dispute", "dispute_step", "dispute_stage"}),
    Area("signup", "compactdesk.gui.pages.signup", "SignUpPage",
         QT_TRANSLATE_NOOP("SignUpPage", "Sign-up & champions"), "mdi6.draw-pen",
         _NAMES | {"compact", "sign_up", "department", "compact_partner", "champion_change"}),
    Area("monitoring", "compactdesk.gui.pages.monitoring", "MonitoringPage",
         QT_TRANSLATE_NOOP("MonitoringPage", "Monitoring & review"), "mdi6.chart-box-outline",
         EVERYTHING - {"store_identity", "agenda_paper"}),  # its figures count nearly every kind of record
)


def area_named(name: str) -> Area:
    return next(area for area in AREAS if area.name == name)


def affected(area: Area, tables: frozenset[str] | None) -> bool:
    """Whether a change to these tables (None: any, or not known) alters what the area shows."""
    return tables is None or bool(area.shows & tables)
