"""The colour each state is printed on; the words always say the same."""

from compactdesk.documents.model import Tone
from compactdesk.domain.enums import FeedbackState, TargetStatus

_TARGET = {TargetStatus.DONE: Tone.GOOD, TargetStatus.ON_TRACK: Tone.PLAIN, TargetStatus.NOT_STARTED: Tone.PLAIN,
           TargetStatus.DUE_SOON: Tone.WARN, TargetStatus.OVERDUE: Tone.BAD, TargetStatus.DROPPED: Tone.MUTED}
_FEEDBACK = {FeedbackState.OPEN: Tone.PLAIN, FeedbackState.OVERDUE: Tone.BAD,
             FeedbackState.ANSWERED_ON_TIME: Tone.GOOD, FeedbackState.ANSWERED_LATE: Tone.WARN}


def target_tone(status: TargetStatus) -> Tone:
    return _TARGET[status]


def feedback_tone(state: FeedbackState) -> Tone:
    return _FEEDBACK[state]
