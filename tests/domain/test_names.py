"""Names as spreadsheets write them: "Surname, First" turned round, the same name told from a near one."""

import pytest
from hypothesis import example, given, settings
from hypothesis import strategies as st

from compactdesk.domain.names import likeness, name_key, near_names, turned_round


@pytest.mark.parametrize("written, meant", [
    ("Jones, Ann", "Ann Jones"),
    ("  Jones ,   Ann  ", "Ann Jones"),
    ("Evans, Dr Llŷr", "Dr Llŷr Evans"),
    ("ap Gwilym, Dafydd", "Dafydd ap Gwilym"),
    ("Lloyd George, Megan", "Megan Lloyd George"),
    ("O'Connor, Liam", "Liam O'Connor"),
    ("Ann Jones", "Ann Jones"),
    ("Ann Jones, MBE", "Ann Jones, MBE"),  # letters after a name, not a first name
    ("Tom Price, Jr.", "Tom Price, Jr."),
    ("Jones, Ann, Mrs", "Jones, Ann, Mrs"),  # two commas: not guessed at
    ("Jones,", "Jones,"),
    ("Flat 3, 12 High Street", "Flat 3, 12 High Street"),
    ("The Dyfnant County Voluntary Council, Cardiff", "The Dyfnant County Voluntary Council, Cardiff"),
])
def test_surname_first_is_turned_round(written, meant):
    assert turned_round(written) == meant


def test_the_same_name_ignores_case_and_spacing_but_not_accents():
    assert name_key("  ANN   jones ") == name_key("Ann Jones")
    assert name_key("Llŷr Evans") == name_key("LLŶR EVANS")
    assert name_key("Llŷr Evans") != name_key("Llyr Evans")  # ŷ is a letter of its own in Welsh
    assert name_key("Gwŵyr") != name_key("Gwwyr")
    assert name_key("Łucja") != name_key("Lucja")
    assert name_key("w\u0302") == name_key("ŵ")  # the same letter however it was typed


@pytest.mark.parametrize("typed, held", [
    ("Dyfnant CVC", "Dyfnant County Voluntary Council"),
    ("Dyfnant C.V.C.", "Dyfnant County Voluntary Council"),
    ("Dyfnant CVS", "Dyfnant Council for Voluntary Service"),
    ("DCVC", "Dyfnant County Voluntary Council"),
    ("Citizens Advice Dyfnant", "Dyfnant Citizens Advice"),
    ("Dyfnant Volunteer Center", "Dyfnant Volunteer Centre"),
    ("Cyngor Sir Dyfnat", "Cyngor Sir Dyfnant"),
    ("Dyfnant Carers Centre", "Dyfnant Carers' Centre"),
    ("Menter Iaith Dyfnant", "Menter Iaith Dyfnânt"),
    ("Dyfnant Arts & Crafts", "Dyfnant Arts and Crafts"),
    # A word added or left out, or a word that says nothing of which body it is (issue 18's review).
    ("Dyfnant CVC Ltd", "Dyfnant CVC"),
    ("The Dyfnant CVC", "Dyfnant CVC"),
    ("Dyfnant CVC Cyf", "Dyfnant CVC"),
    ("Dyfnant CVC Limited", "Dyfnant County Voluntary Council"),
    ("Powys Council", "Powys County Council"),
    ("Age Cymru Powys", "Age Cymru"),
    ("Dyfnant Youth Forum CIO", "Dyfnant Youth Forum"),
    ("St Davids Hospice Ltd", "St David's Hospice"),
])
def test_near_names_are_alike_both_ways(typed, held):
    assert likeness(typed, held) > 0 and likeness(held, typed) > 0


@pytest.mark.parametrize("typed, held", [
    ("Dyfnant Youth Forum", "Dyfnant CVC"),
    ("Dyfnant Youth Forum", "Dyfnant County Voluntary Council"),
    ("Dyfnant CVS", "Dyfnant CVC"),  # initials a letter apart are two bodies
    ("Dyfnant Mind", "Dyfnant Mid"),
    ("Heddlu Dyfnant", "Dyfnant Police"),
    ("Llanfair Community Council", "Llanfair Town Council"),
    ("Dyfnant Youth Forum", "Dyfnant Youth Service"),
    ("", "Dyfnant CVC"),
    ("Dyfnant Youth Forum CIO", "Dyfnant CVC"),
    ("Dyfnant Youth Forum Ltd", "Dyfnant CVC Ltd"),  # sharing only the legal form
    ("Powys County Council", "Powys Teaching Health Board"),  # sharing only the place
    ("Dyfnant", "Dyfnant Youth Forum"),  # one word is not enough to be a body
    ("The Dyfnant", "Dyfnant Youth Forum"),
    ("Age Cymru", "Age Cymru Powys Ceredigion and Gwynedd"),  # more added than shared
    ("Ltd", "Dyfnant CVC Ltd"),
    # a word that tells the sector: the council and the council for voluntary service, side by side in most compacts
    ("Dyfnant County Council", "Dyfnant County Voluntary Council"),
    ("Powys Council", "Powys Council for Voluntary Service"),
    ("Cyngor Sir Dyfnant", "Cyngor Gwirfoddol Sir Dyfnant"),
])
def test_different_bodies_are_not_alike(typed, held):
    assert likeness(typed, held) == 0 and likeness(held, typed) == 0


def test_a_word_more_is_less_alike_than_a_legal_form_or_the_initials():
    assert likeness("Dyfnant CVC Ltd", "Dyfnant CVC") > likeness("Powys Council", "Powys County Council") > 0
    assert likeness("Age Cymru Powys", "Age Cymru") > likeness("Age Cymru Powys Ceredigion", "Age Cymru") > 0
    held = [(1, "Dyfnant CVC"), (2, "Powys County Council"), (3, "Age Cymru"), (4, "St David's Hospice")]
    assert near_names("Dyfnant CVC Ltd", held) == ((1, "Dyfnant CVC"),)
    assert near_names("Dyfnant Youth Forum CIO", held) == ()
    assert near_names("Powys Teaching Health Board", held) == ()


def test_near_names_best_first_and_never_the_name_itself():
    held = [(1, "Dyfnant CVC"), (2, "Dyfnant County Voluntary Council"), (3, "Dyfnant Youth Forum"),
            (4, "Dyfnant C.V.C."), (5, "Dyfnant Council for Voluntary Service")]
    assert near_names("dyfnant cvc", held) == ((4, "Dyfnant C.V.C."), (2, "Dyfnant County Voluntary Council"))
    assert near_names("Dyfnant Youth Forum", held) == ()
    assert near_names("x" * 100_000, held) == ()


names = st.text(st.characters(codec="utf-8", exclude_categories=("Cs",)), max_size=80)


@settings(max_examples=300, deadline=None)
@given(names, names)
@example(":,:", "")  # found by hypothesis: turned round, a comma between two marks
def test_any_names_are_compared_without_a_crash(a, b):
    assert 0 <= likeness(a, b) <= 1
    assert likeness(a, b) == likeness(b, a) or min(likeness(a, b), likeness(b, a)) > 0
    tidy, turned = " ".join(a.split()), turned_round(a)
    if turned != tidy:  # turned round: the same letters, less the comma
        assert sorted(turned.replace(" ", "")) == sorted(tidy.replace(" ", "").replace(",", ""))
        assert tidy.count(",") == 1 and "," not in turned
