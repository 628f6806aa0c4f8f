"""What a person (or a paste, or a bad file) can put in front of CompactDesk: the strategies the fuzz tests share.

Imported as a plain module: pytest puts tests/fuzz on sys.path for the tests in it, and bench/fuzz.py runs them.
"""

import datetime as dt
import os
import re

from hypothesis import HealthCheck, settings
from hypothesis import strategies as st

from compactdesk.services.common import EARLIEST_DAY, LATEST_DAY

# Kept small by default so the whole fuzz folder stays a minute or so of the suite; bench/fuzz.py raises it.
EXAMPLES = int(os.environ.get("CD_FUZZ_EXAMPLES", "30"))
# bench/fuzz.py counts the examples really run through this file (one line per example, the test's name).
COUNT_FILE = os.environ.get("CD_FUZZ_COUNT_FILE")


def fuzz_settings(scale: float = 1.0):
    return settings(max_examples=max(1, int(EXAMPLES * scale)), deadline=None, database=None,
                    suppress_health_check=[HealthCheck.too_slow, HealthCheck.function_scoped_fixture,
                                           HealthCheck.data_too_large, HealthCheck.large_base_example,
                                           HealthCheck.filter_too_much])


def count_example(name: str, outcome: str) -> None:
    """One line per example run: the area, and "done" or "refused" (a ValidationError or ExportError)."""
    if COUNT_FILE:
        with open(COUNT_FILE, "a", encoding="utf-8") as handle:
            handle.write(f"{name}\t{outcome}\n")


# --- text -------------------------------------------------------------------------------------------------------

# Every code point, lone surrogates and control characters included (st.characters leaves out Cs unless asked).
ANY_CHAR = st.characters(codec=None, exclude_categories=())
ODD_TEXT = st.sampled_from([
    "", " ", "\t\n\r", "\x00", "\x00\x07\x1b[31mred\x1b[0m", "\x7f\x85\x9f", "\ufffe\uffff",
    "\ud800", "a\udfffb", "\udbff\udc00",  # lone surrogates, and a pair that is not one character
    "Ynys Môn, Gwynedd: ŵ ŷ â ê î ô û Ŵ Ŷ", "w\u0302 y\u0302",  # Welsh, and the same letters composed by hand
    "\u202eRTL override\u202c", "\u200f\u05e9\u05dc\u05d5\u05dd \u05e2\u05d5\u05dc\u05dd",  # Hebrew with RLM
    "\u0645\u0631\u062d\u0628\u0627 \u0628\u0627\u0644\u0639\u0627\u0644\u0645 123",  # Arabic and digits
    "🚌🎉👍🏽 👩‍👩‍👧‍👦 🏴󠁧󠁢󠁷󠁬󠁳󠁿", "e\u0301\u0301\u0301\u0301", "Z̤͔ͧ̑̓ä͖̭̈̇lͮ̒ͫǧ̗͚̚o̙̔ͮ̇͐̇",  # emoji, stacked marks
    "\ufeff\u200b\u2028\u2029", "<b>&amp;</b> {0} {name} %s %n", "' OR 1=1; DROP TABLE person; --",
    "漢字かな交じり文", "x" * 301, "line one\nline two\n\n\nline five",
])
BIDI = st.text(st.sampled_from("\u05d0\u05d1\u05d2\u0627\u0628\u062a\u200e\u200f\u202a\u202b\u202c\u202d\u202e"
                               "ŵŷâ abc 123\n"), max_size=80)
SHORT_TEXT = st.one_of(st.text(ANY_CHAR, max_size=60), ODD_TEXT, BIDI)
# A megabyte, made by repeating a short random text so examples stay fast.
BIG_TEXT = st.tuples(st.text(ANY_CHAR, min_size=1, max_size=12), st.sampled_from([1_000_000, 200_001, 199_999])) \
    .map(lambda pair: (pair[0] * (pair[1] // len(pair[0]) + 1))[:pair[1]])
# One draw in fifteen is big: enough to meet every limit, few enough that a run stays short.
TEXT = st.integers(0, 14).flatmap(lambda k: BIG_TEXT if k == 0 else SHORT_TEXT)

_CONTROL = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\x7f-\x9f\ufffe\uffff]")
_SURROGATE = re.compile("[\ud800-\udfff]")


def unclean(text: str) -> str | None:
    """What is wrong with text read back from the store, or None when it is clean."""
    if _SURROGATE.search(text):
        return "a lone surrogate"
    if _CONTROL.search(text):
        return "a control character"
    return None


# --- dates ------------------------------------------------------------------------------------------------------

EDGE_DAYS = [dt.date(1, 1, 1), dt.date(9999, 12, 31), EARLIEST_DAY, LATEST_DAY, dt.date(1899, 12, 31),
             dt.date(2200, 1, 1), dt.date(2024, 2, 29), dt.date(2000, 2, 29), dt.date(2196, 2, 29),
             dt.date(1904, 2, 29)]
DAYS = st.one_of(st.dates(), st.sampled_from(EDGE_DAYS))
KEPT_DAYS = st.one_of(st.dates(EARLIEST_DAY, LATEST_DAY), st.sampled_from(
    [EARLIEST_DAY, LATEST_DAY, dt.date(2024, 2, 29), dt.date(2196, 2, 29)]))
DATE_STRINGS = st.one_of(
    st.sampled_from(["29/02/2025", "29/02/2024", "31/04/2026", "", " ", "0/0/0", "00/00/0000", "32/01/2026",
                     "2026-13-01", "2026-02-30", "01/01/0001", "31/12/9999", "1/1/1900", "31/12/2199",
                     "1/1/2200", "yesterday", "next Tuesday", "12/12", "9" * 40, "-1/-1/-1", "٢٠٢٦/٠١/٠١",
                     "２０２６-０１-０１", "29 February 2024", "\x00", "\ud800"]),
    DAYS.map(lambda day: day.strftime("%d/%m/%Y")),
    DAYS.map(lambda day: day.isoformat()),
    SHORT_TEXT,
)
DATES = st.one_of(DAYS, DATE_STRINGS, st.datetimes())
MOMENTS = st.one_of(st.datetimes(), DATE_STRINGS, st.sampled_from(
    ["2026-12-01 10:00", "01/12/2026 10:00", "29/02/2025 25:61", "2026-12-01T24:00"]))
# The day a run looks from: a computer's clock, so within the years the store keeps.
TODAYS = KEPT_DAYS

# --- numbers ----------------------------------------------------------------------------------------------------

HUGE = [0, -1, -5, 2**31, -2**31, 2**63 - 1, 2**63, -2**63, -2**63 - 1, 2**64, 2**70, -2**70, 10**9, 10**100]
NUMBERS = st.one_of(st.integers(-5, 40), st.sampled_from(HUGE), st.integers())
# Ids: small ones name rows the demo store has; the rest must be refused cleanly.
IDS = st.one_of(st.integers(1, 30), st.sampled_from(HUGE), st.integers())
NUMBER_STRINGS = st.one_of(NUMBERS.map(str), st.sampled_from(["", " 12 ", "1e3", "12.5", "twelve", "٣", "0x10"]),
                           SHORT_TEXT)
YEARS = st.one_of(st.integers(1890, 2210), st.sampled_from([1, 9999, 1900, 2199, 1899, 2200]), NUMBERS)
