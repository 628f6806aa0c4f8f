"""The fixed vocabularies of the domain, stored by value, shown by label()."""

from enum import StrEnum

from compactdesk.i18n import QT_TRANSLATE_NOOP, translate


class _Labelled(StrEnum):
    # Each subclass gives its English labels, marked for lupdate; translate() is
    # applied at display time so a change of language needs no restart.
    @classmethod
    def _label_table(cls) -> dict[str, str]:
        raise NotImplementedError

    def label(self) -> str:
        return translate("Enum", self._label_table()[self.value])


class Sector(_Labelled):
    COUNCIL = "council"
    HEALTH = "health"
    POLICE = "police"
    FIRE = "fire"
    EDUCATION = "education"
    OTHER_PUBLIC = "other_public"
    VCS = "vcs"

    @classmethod
    def _label_table(cls):
        return {
            "council": QT_TRANSLATE_NOOP("Enum", "Council"),
            "health": QT_TRANSLATE_NOOP("Enum", "Health"),
            "police": QT_TRANSLATE_NOOP("Enum", "Police"),
            "fire": QT_TRANSLATE_NOOP("Enum", "Fire and rescue"),
            "education": QT_TRANSLATE_NOOP("Enum", "Education"),
            "other_public": QT_TRANSLATE_NOOP("Enum", "Other public body"),
            "vcs": QT_TRANSLATE_NOOP("Enum", "Voluntary and community sector"),
        }

    @property
    def is_public(self) -> bool:
        return self is not Sector.VCS


class OrgTag(_Labelled):
    SMALL = "small"
    BME = "bme"
    RURAL = "rural"
    VOLUNTEER_ONLY = "volunteer_only"
    UNFUNDED = "unfunded"

    @classmethod
    def _label_table(cls):
        return {
            "small": QT_TRANSLATE_NOOP("Enum", "Small"),
            "bme": QT_TRANSLATE_NOOP("Enum", "BME"),
            "rural": QT_TRANSLATE_NOOP("Enum", "Rural"),
            "volunteer_only": QT_TRANSLATE_NOOP("Enum", "Volunteer-only"),
            "unfunded": QT_TRANSLATE_NOOP("Enum", "Unfunded"),
        }


class SeatFill(_Labelled):
    ELECTED = "elected"
    SELECTED = "selected"
    RESERVED = "reserved"
    NOMINATED = "nominated"

    @classmethod
    def _label_table(cls):
        return {
            "elected": QT_TRANSLATE_NOOP("Enum", "Elected"),
            "selected": QT_TRANSLATE_NOOP("Enum", "Selected"),
            "reserved": QT_TRANSLATE_NOOP("Enum", "Reserved"),
            "nominated": QT_TRANSLATE_NOOP("Enum", "Nominated"),
        }


class CompactStatus(_Labelled):
    JUST_STARTING = "just_starting"
    IN_DRAFT = "in_draft"
    AGREED = "agreed"
    SIGNED = "signed"
    IMPLEMENTED = "implemented"
    IN_DIFFICULTY = "in_difficulty"
    UNDER_REVIEW = "under_review"
    STALLED = "stalled"
    AGREED_NOT_SIGNED = "agreed_not_signed"
    DORMANT = "dormant"
    REPLACED = "replaced"
    WOUND_UP = "wound_up"

    @classmethod
    def _label_table(cls):
        return {
            "just_starting": QT_TRANSLATE_NOOP("Enum", "Just starting"),
            "in_draft": QT_TRANSLATE_NOOP("Enum", "In draft"),
            "agreed": QT_TRANSLATE_NOOP("Enum", "Agreed"),
            "signed": QT_TRANSLATE_NOOP("Enum", "Signed and launched"),
            "implemented": QT_TRANSLATE_NOOP("Enum", "Being implemented"),
            "in_difficulty": QT_TRANSLATE_NOOP("Enum", "Running into difficulties"),
            "under_review": QT_TRANSLATE_NOOP("Enum", "Being reviewed or relaunched"),
            "stalled": QT_TRANSLATE_NOOP("Enum", "Stalled"),
            "agreed_not_signed": QT_TRANSLATE_NOOP("Enum", "Agreed but never signed"),
            "dormant": QT_TRANSLATE_NOOP("Enum", "Dormant"),
            "replaced": QT_TRANSLATE_NOOP("Enum", "Replaced"),
            "wound_up": QT_TRANSLATE_NOOP("Enum", "Wound up"),
        }


class MeetingKind(_Labelled):
    LIAISON = "liaison"
    PRE_MEETING = "pre_meeting"
    ANNUAL_REVIEW = "annual_review"
    SPECIAL = "special"

    @classmethod
    def _label_table(cls):
        return {
            "liaison": QT_TRANSLATE_NOOP("Enum", "Liaison meeting"),
            "pre_meeting": QT_TRANSLATE_NOOP("Enum", "Pre-meeting"),
            "annual_review": QT_TRANSLATE_NOOP("Enum", "Annual review event"),
            "special": QT_TRANSLATE_NOOP("Enum", "Special meeting"),
        }


class MeetingStatus(_Labelled):
    PLANNED = "planned"
    AGENDA_ISSUED = "agenda_issued"
    HELD = "held"
    MINUTES_DRAFTED = "minutes_drafted"
    MINUTES_APPROVED = "minutes_approved"

    @classmethod
    def _label_table(cls):
        return {
            "planned": QT_TRANSLATE_NOOP("Enum", "Planned"),
            "agenda_issued": QT_TRANSLATE_NOOP("Enum", "Agenda issued"),
            "held": QT_TRANSLATE_NOOP("Enum", "Held"),
            "minutes_drafted": QT_TRANSLATE_NOOP("Enum", "Minutes drafted"),
            "minutes_approved": QT_TRANSLATE_NOOP("Enum", "Minutes approved"),
        }

    @property
    def step(self) -> int:
        return list(MeetingStatus).index(self)


class StandingItem(_Labelled):
    WELCOME = "welcome"
    DECLARATIONS = "declarations"
    LAST_MINUTES = "last_minutes"
    MATTERS_ARISING = "matters_arising"
    OFFICER_FEEDBACK = "officer_feedback"
    ACTION_PLAN = "action_plan"
    AOB = "aob"
    NEXT_MEETING = "next_meeting"

    @classmethod
    def _label_table(cls):
        return {
            "welcome": QT_TRANSLATE_NOOP("Enum", "Welcome and apologies"),
            "declarations": QT_TRANSLATE_NOOP("Enum", "Declarations of interest"),
            "last_minutes": QT_TRANSLATE_NOOP("Enum", "Minutes of the last meeting"),
            "matters_arising": QT_TRANSLATE_NOOP("Enum", "Matters arising"),
            "officer_feedback": QT_TRANSLATE_NOOP("Enum", "Feedback from officers"),
            "action_plan": QT_TRANSLATE_NOOP("Enum", "Action plan progress"),
            "aob": QT_TRANSLATE_NOOP("Enum", "Any other business"),
            "next_meeting": QT_TRANSLATE_NOOP("Enum", "Date of the next meeting"),
        }


class Attendance(_Labelled):
    PRESENT = "present"
    APOLOGIES = "apologies"
    ABSENT = "absent"
    SUBSTITUTE = "substitute"

    @classmethod
    def _label_table(cls):
        return {
            "present": QT_TRANSLATE_NOOP("Enum", "Present"),
            "apologies": QT_TRANSLATE_NOOP("Enum", "Apologies"),
            "absent": QT_TRANSLATE_NOOP("Enum", "Absent"),
            "substitute": QT_TRANSLATE_NOOP("Enum", "Substitute"),
        }


class TargetStatus(_Labelled):
    NOT_STARTED = "not_started"
    ON_TRACK = "on_track"
    DUE_SOON = "due_soon"
    OVERDUE = "overdue"
    DONE = "done"
    DROPPED = "dropped"

    @classmethod
    def _label_table(cls):
        return {
            "not_started": QT_TRANSLATE_NOOP("Enum", "Not started"),
            "on_track": QT_TRANSLATE_NOOP("Enum", "On track"),
            "due_soon": QT_TRANSLATE_NOOP("Enum", "Due soon"),
            "overdue": QT_TRANSLATE_NOOP("Enum", "Overdue"),
            "done": QT_TRANSLATE_NOOP("Enum", "Done"),
            "dropped": QT_TRANSLATE_NOOP("Enum", "Dropped"),
        }


class FeedbackAsk(_Labelled):
    WRITTEN_REPLY = "written_reply"
    ATTEND_NEXT_MEETING = "attend_next_meeting"

    @classmethod
    def _label_table(cls):
        return {
            "written_reply": QT_TRANSLATE_NOOP("Enum", "A written reply"),
            "attend_next_meeting": QT_TRANSLATE_NOOP("Enum", "Attend the next meeting"),
        }


class AnswerHow(_Labelled):
    IN_WRITING = "in_writing"
    AT_MEETING = "at_meeting"
    OTHER = "other"

    @classmethod
    def _label_table(cls):
        return {
            "in_writing": QT_TRANSLATE_NOOP("Enum", "In writing"),
            "at_meeting": QT_TRANSLATE_NOOP("Enum", "In person at a meeting"),
            "other": QT_TRANSLATE_NOOP("Enum", "Another way"),
        }


class FeedbackState(_Labelled):
    OPEN = "open"
    OVERDUE = "overdue"
    ANSWERED_ON_TIME = "answered_on_time"
    ANSWERED_LATE = "answered_late"

    @classmethod
    def _label_table(cls):
        return {
            "open": QT_TRANSLATE_NOOP("Enum", "Not yet due"),
            "overdue": QT_TRANSLATE_NOOP("Enum", "Overdue"),
            "answered_on_time": QT_TRANSLATE_NOOP("Enum", "Answered on time"),
            "answered_late": QT_TRANSLATE_NOOP("Enum", "Answered late"),
        }


class TermState(_Labelled):
    VACANT = "vacant"
    FILLED = "filled"
    ENDING_SOON = "ending_soon"

    @classmethod
    def _label_table(cls):
        return {
            "vacant": QT_TRANSLATE_NOOP("Enum", "Vacant"),
            "filled": QT_TRANSLATE_NOOP("Enum", "Filled"),
            "ending_soon": QT_TRANSLATE_NOOP("Enum", "Term ending soon"),
        }


class CodeStatus(_Labelled):
    """Where a code of practice stands; a code only has a review date once adopted."""

    PROPOSED = "proposed"
    IN_DRAFT = "in_draft"
    ACCEPTED_IN_PRINCIPLE = "accepted_in_principle"
    ADOPTED = "adopted"
    UNDER_REVIEW = "under_review"

    @classmethod
    def _label_table(cls):
        return {
            "proposed": QT_TRANSLATE_NOOP("Enum", "Proposed"),
            "in_draft": QT_TRANSLATE_NOOP("Enum", "In draft"),
            "accepted_in_principle": QT_TRANSLATE_NOOP("Enum", "Accepted in principle"),
            "adopted": QT_TRANSLATE_NOOP("Enum", "Adopted"),
            "under_review": QT_TRANSLATE_NOOP("Enum", "Under review"),
        }

    @property
    def in_force(self) -> bool:
        return self in (CodeStatus.ADOPTED, CodeStatus.UNDER_REVIEW)


class FundingChange(_Labelled):
    REDUCE = "reduce"
    END = "end"

    @classmethod
    def _label_table(cls):
        return {
            "reduce": QT_TRANSLATE_NOOP("Enum", "Funding reduced"),
            "end": QT_TRANSLATE_NOOP("Enum", "Funding ended"),
        }


class FundingOutcome(_Labelled):
    """What came of a funding notice (revision 0008): the change can be softened, dropped or undone after notice."""

    WENT_AHEAD = "went_ahead"
    REDUCED = "reduced"  # went ahead, but smaller than notified
    WITHDRAWN = "withdrawn"  # taken back before it took effect
    REVERSED = "reversed"  # took effect, then was undone

    @classmethod
    def _label_table(cls):
        return {
            "went_ahead": QT_TRANSLATE_NOOP("Enum", "Went ahead"),
            "reduced": QT_TRANSLATE_NOOP("Enum", "Went ahead, reduced"),
            "withdrawn": QT_TRANSLATE_NOOP("Enum", "Withdrawn"),
            "reversed": QT_TRANSLATE_NOOP("Enum", "Reversed"),
        }

    @property
    def funding_kept(self) -> bool:
        """Whether the organisation kept its funding in the end."""
        return self in (FundingOutcome.WITHDRAWN, FundingOutcome.REVERSED)


class CommitmentKind(_Labelled):
    """A resource the compact's work depends on (revision 0008)."""

    POST = "post"  # a paid post, all or part of whose time is the compact's
    BUDGET = "budget"
    AGREEMENT = "agreement"  # a funding agreement for the compact's work

    @classmethod
    def _label_table(cls):
        return {
            "post": QT_TRANSLATE_NOOP("Enum", "Post"),
            "budget": QT_TRANSLATE_NOOP("Enum", "Budget"),
            "agreement": QT_TRANSLATE_NOOP("Enum", "Funding agreement"),
        }


class LeadRole(_Labelled):
    """The compact's own leads on the public side (revision 0008), each with a dated history."""

    COUNCILLOR = "lead_councillor"  # the portfolio holder
    OFFICER = "lead_officer"

    @classmethod
    def _label_table(cls):
        return {
            "lead_councillor": QT_TRANSLATE_NOOP("Enum", "Lead councillor"),
            "lead_officer": QT_TRANSLATE_NOOP("Enum", "Lead officer"),
        }


class IndicatorGroup(_Labelled):
    """The five parts of the Home Office monitoring framework (seed 002, Appendix Four)."""

    BASELINE = "baseline"
    INPUTS = "inputs"
    PROCESS = "process"
    OUTPUTS = "outputs"
    OUTCOMES = "outcomes"

    @classmethod
    def _label_table(cls):
        return {
            "baseline": QT_TRANSLATE_NOOP("Enum", "Baseline"),
            "inputs": QT_TRANSLATE_NOOP("Enum", "Inputs"),
            "process": QT_TRANSLATE_NOOP("Enum", "Process"),
            "outputs": QT_TRANSLATE_NOOP("Enum", "Outputs"),
            "outcomes": QT_TRANSLATE_NOOP("Enum", "Outcomes"),
        }


class Measure(_Labelled):
    """A figure CompactDesk works out for a year from its own records, shown beside an indicator."""

    TARGETS = "targets"
    FEEDBACK = "feedback"
    ATTENDANCE = "attendance"
    CONSULTATIONS = "consultations"
    CONSULTATION_RESPONSES = "consultation_responses"
    FUNDING_NOTICES = "funding_notices"
    DISPUTES = "disputes"
    SIGN_UP = "sign_up"
    CODES = "codes"
    CHAMPIONS = "champions"
    RELATIONSHIP = "relationship"
    RESOURCES = "resources"  # revision 0008: posts, budgets and funding agreements in force in the year
    LEADS = "leads"  # revision 0008: the compact's lead councillor and lead officer

    @classmethod
    def _label_table(cls):
        return {
            "targets": QT_TRANSLATE_NOOP("Enum", "Action-plan targets done and overdue"),
            "feedback": QT_TRANSLATE_NOOP("Enum", "Feedback answered on time"),
            "attendance": QT_TRANSLATE_NOOP("Enum", "Attendance of statutory partners"),
            "consultations": QT_TRANSLATE_NOOP("Enum", "Consultations meeting the standard"),
            "consultation_responses": QT_TRANSLATE_NOOP("Enum", "Responses to consultations"),
            "funding_notices": QT_TRANSLATE_NOOP("Enum", "Funding notices meeting the standard"),
            "disputes": QT_TRANSLATE_NOOP("Enum", "Disputes opened and resolved"),
            "sign_up": QT_TRANSLATE_NOOP("Enum", "Organisations signed up"),
            "codes": QT_TRANSLATE_NOOP("Enum", "Codes of practice adopted"),
            "champions": QT_TRANSLATE_NOOP("Enum", "Departments with a champion"),
            "relationship": QT_TRANSLATE_NOOP("Enum", "Relationship rating"),
            "resources": QT_TRANSLATE_NOOP("Enum", "Posts, budgets and funding committed"),
            "leads": QT_TRANSLATE_NOOP("Enum", "The compact's lead councillor and lead officer"),
        }


class HealthArea(_Labelled):
    """The five areas of the Local Partnerships Taskforce checklist (seed 004), used as an annual health-check."""

    UNDERSTANDING = "understanding"
    JOINING_UP = "joining_up"
    ORGANISING = "organising"
    SHARING = "sharing"
    FUNDING = "funding"

    @classmethod
    def _label_table(cls):
        return {
            "understanding": QT_TRANSLATE_NOOP("Enum", "Improving understanding"),
            "joining_up": QT_TRANSLATE_NOOP("Enum", "Joining up policy"),
            "organising": QT_TRANSLATE_NOOP("Enum", "Organising ourselves"),
            "sharing": QT_TRANSLATE_NOOP("Enum", "Sharing good practice"),
            "funding": QT_TRANSLATE_NOOP("Enum", "Funding it better"),
        }

    def aim(self) -> str:
        return translate("Enum", {
            "understanding": QT_TRANSLATE_NOOP(
                "Enum", "Better understanding in both sectors of each other's needs and circumstances."),
            "joining_up": QT_TRANSLATE_NOOP(
                "Enum", "Joined-up policy-making: engaging early and allowing time for a real response."),
            "organising": QT_TRANSLATE_NOOP(
                "Enum", "Coordination and fair representation of both sectors at every level."),
            "sharing": QT_TRANSLATE_NOOP(
                "Enum", "Drawing out and sharing the lessons of working in partnership."),
            "funding": QT_TRANSLATE_NOOP(
                "Enum", "Stable, proportionate funding: longer agreements, fair notice, overheads met."),
        }[self.value])
