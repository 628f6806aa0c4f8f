"""Every colour of our own (gui/colours.py) reads at 4.5:1 (WCAG AA for text) on what it is drawn on, in the
light Fusion palette and in the dark one, and the variant used follows the palette."""

import pytest
from PySide6.QtGui import QColor, QPalette
from PySide6.QtWidgets import QStyleFactory

from compactdesk.gui import colours
from compactdesk.gui.look import dark_palette

AA = 4.5
BACKGROUNDS = (QPalette.ColorRole.Base, QPalette.ColorRole.Window, QPalette.ColorRole.AlternateBase)


def palettes(qapp) -> dict[str, QPalette]:
    return {"light": QStyleFactory.create("Fusion").standardPalette(), "dark": dark_palette()}


def test_the_contrast_ratio_is_wcag_s():
    assert colours.contrast(QColor("#000000"), QColor("#ffffff")) == pytest.approx(21)
    assert colours.contrast(QColor("#777777"), QColor("#ffffff")) == pytest.approx(4.48, abs=0.01)
    assert colours.contrast(QColor("#a00000"), QColor("#ffffff")) == pytest.approx(
        colours.contrast(QColor("#ffffff"), QColor("#a00000")))


def test_the_palettes_are_one_light_one_dark(qapp):
    found = palettes(qapp)
    assert not colours.is_dark(found["light"])
    assert colours.is_dark(found["dark"])
    # The dark palette's own words and highlighted words read well too.
    dark = found["dark"]
    for background in BACKGROUNDS:
        assert colours.contrast(dark.color(QPalette.ColorRole.Text), dark.color(background)) >= 7
    assert colours.contrast(dark.color(QPalette.ColorRole.HighlightedText),
                            dark.color(QPalette.ColorRole.Highlight)) >= AA


@pytest.mark.parametrize("scheme", ["light", "dark"])
@pytest.mark.parametrize("tone", sorted(colours.TONES))
def test_each_tone_s_words_read_on_every_background_and_on_its_label(qapp, scheme, tone):
    palette = palettes(qapp)[scheme]
    words = colours.text(tone, palette)
    for background in BACKGROUNDS:
        ratio = colours.contrast(words, palette.color(background))
        assert ratio >= AA, f"{tone} on {background.name} ({scheme}): {ratio:.2f}:1"
    ratio = colours.contrast(words, colours.fill(tone, palette))
    assert ratio >= AA, f"{tone} on its own label ({scheme}): {ratio:.2f}:1"
    # A selected row shows the label on the highlight: the label's fill keeps its words readable there.
    assert colours.fill(tone, palette) != palette.color(QPalette.ColorRole.Highlight)


@pytest.mark.parametrize("scheme", ["light", "dark"])
def test_the_banner_s_words_read_on_it(qapp, scheme):
    palette = palettes(qapp)[scheme]
    variant = 1 if scheme == "dark" else 0
    ratio = colours.contrast(QColor(colours.BANNER.text[variant]), QColor(colours.BANNER.fill[variant]))
    assert ratio >= AA, f"banner ({scheme}): {ratio:.2f}:1"
    assert colours.BANNER.fill[variant] in colours.banner_style(palette)


def test_every_pair_of_colours_in_the_module_is_tested():
    """A colour added to colours.py as a Tone is in TONES (so the tests above see it), or is the banner's."""
    tones = [value for value in vars(colours).values() if isinstance(value, colours.Tone)]
    assert {tone.name for tone in tones} == set(colours.TONES) | {"banner"}


def test_the_variant_follows_the_palette_in_force(qapp):
    light = colours.text("urgent", palettes(qapp)["light"])
    dark = colours.text("urgent", palettes(qapp)["dark"])
    assert light != dark
    kept = qapp.palette()
    try:
        qapp.setPalette(dark_palette())
        assert colours.text("urgent") == dark
    finally:
        qapp.setPalette(kept)
    assert colours.text("urgent") == light


@pytest.mark.parametrize(("words", "background"), [
    ("WindowText", "Window"), ("Text", "Base"), ("Text", "AlternateBase"), ("ButtonText", "Button"),
    ("PlaceholderText", "Base"), ("ToolTipText", "ToolTipBase"), ("Link", "Base"), ("LinkVisited", "Base"),
    ("BrightText", "Window"), ("HighlightedText", "Highlight")])
def test_every_pair_of_words_and_background_in_our_dark_palette_reads_at_aa(qapp, words, background):
    """The dark palette is ours too (look.dark_palette, for styles that have none). Disabled words are left
    greyer on purpose, as WCAG allows for controls that cannot be used."""
    dark = dark_palette()
    roles = QPalette.ColorRole
    assert colours.contrast(dark.color(getattr(roles, words)), dark.color(getattr(roles, background))) >= AA
