"""The year's figures read as English for one of a thing as for two ("1 meeting", "2 meetings")."""

import pytest
from year_figures import figures

from compactdesk.domain.enums import Measure
from compactdesk.services.review import figure_sentences


@pytest.mark.parametrize(("n", "expected"), [
    (1, {Measure.ATTENDANCE: "Statutory partners 50% of their seats over 1 meeting",
         Measure.TARGETS: "1 of 1 target that fell due done (100%); 0 overdue; 0 due later in the year",
         Measure.CONSULTATIONS: "1 of 1 consultation met the standard; 0 short with no reason, 0 without feedback "
                                "in time",
         Measure.CONSULTATION_RESPONSES: "1 response to consultations closing in the year",
         Measure.FUNDING_NOTICES: "1 of 1 funding notice gave enough notice",
         Measure.CODES: "1 of 1 code in force; 0 adopted and 0 reviewed in the year",
         Measure.CHAMPIONS: "1 of 1 department with a champion",
         Measure.RELATIONSHIP: "4 of 5 on average (1 rating)"}),
    (2, {Measure.ATTENDANCE: "Statutory partners 50% of their seats over 2 meetings",
         Measure.TARGETS: "2 of 2 targets that fell due done (100%); 0 overdue; 0 due later in the year",
         Measure.CONSULTATIONS: "2 of 2 consultations met the standard; 0 short with no reason, 0 without feedback "
                                "in time",
         Measure.CONSULTATION_RESPONSES: "2 responses to consultations closing in the year",
         Measure.FUNDING_NOTICES: "2 of 2 funding notices gave enough notice",
         Measure.CODES: "2 of 2 codes in force; 0 adopted and 0 reviewed in the year",
         Measure.CHAMPIONS: "2 of 2 departments with a champion",
         Measure.RELATIONSHIP: "4 of 5 on average (2 ratings)"}),
])
def test_one_of_a_thing_is_singular_and_two_plural(n, expected):
    words = figure_sentences(figures(n))
    assert {measure: words[measure] for measure in expected} == expected
