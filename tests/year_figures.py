"""A year of review figures with every count the same, for the tests of the words that count them
(services' test_review_plurals.py, documents' test_annual_review_plurals.py).

Imported by its name (`from year_figures import figures`): tests/ is on the path, as the folder of the
top conftest.py.
"""

import datetime as dt

from compactdesk.services.review import (
    CodeFigures,
    ConsultationFigures,
    DisputeFigures,
    FeedbackFigures,
    FundingFigures,
    MeetingAttendance,
    SignUpFigures,
    TargetFigures,
    YearFigures,
)


def figures(n: int) -> YearFigures:
    """A year in which every count is n (targets: n done, so n came due)."""
    meetings = tuple(MeetingAttendance(i, dt.date(2026, 3, 1 + i), "Meeting", 2, 1, 2, 2) for i in range(n))
    return YearFigures(
        year=2026, as_of=dt.date(2026, 12, 31), meetings=meetings, by_sector=(),
        targets=TargetFigures(due=n, done=n, done_on_time=n, overdue=0, not_yet_due=0, dropped=0),
        feedback=FeedbackFigures(n, n, 0, 0, 0, 3.0),
        consultations=ConsultationFigures(closed=n, long_enough=n, short_with_reason=0, short_no_reason=0,
                                          feedback_on_time=n, feedback_late=0, feedback_not_yet_due=0,
                                          met_standard=n, responses=n),
        funding=FundingFigures(given=n, compliant=n), disputes=DisputeFigures(n, 0, n, 0, 0),
        codes=CodeFigures(in_force=n, total=n, adopted_in_year=0, reviewed_in_year=0, review_overdue=0),
        sign_up=SignUpFigures(n, n), champions=(n, n), relationship=(4,) * n)
