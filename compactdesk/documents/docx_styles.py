"""The named styles of a Word paper (Normal, Heading 1-3, Note, Banner, Table Text, Chart Title):
people edit these files after we write them, so the look lives in the styles, not on each run."""

from docx.enum.style import WD_STYLE_TYPE
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Pt, RGBColor

# Word on Windows and Mac has Arial; LibreOffice maps it to the metric-twin
# Liberation Sans. Both cover Welsh and Polish letters.
FONT = "Arial"
BLACK = RGBColor(0, 0, 0)

HEADING_SCALE = {1: 1.6, 2: 1.3, 3: 1.1}
BANNER_SCALE = 1.2

# What may follow an element inside its parent, in schema order; python-docx
# has no API for these elements, so we must place them where Word expects.
_AFTER_PBDR = (
    "w:shd", "w:tabs", "w:suppressAutoHyphens", "w:kinsoku", "w:wordWrap", "w:overflowPunct",
    "w:topLinePunct", "w:autoSpaceDE", "w:autoSpaceDN", "w:bidi", "w:adjustRightInd", "w:snapToGrid",
    "w:spacing", "w:ind", "w:contextualSpacing", "w:mirrorIndents", "w:suppressOverlap", "w:jc",
    "w:textDirection", "w:textAlignment", "w:textboxTightWrap", "w:outlineLvl", "w:divId", "w:cnfStyle",
    "w:rPr", "w:sectPr", "w:pPrChange",
)  # fmt: skip
_AFTER_SZCS = ("w:highlight", "w:u", "w:effect", "w:bdr", "w:shd", "w:fitText", "w:vertAlign", "w:rtl",
               "w:cs", "w:em", "w:lang", "w:eastAsianLayout", "w:specVanish", "w:oMath")  # fmt: skip


def set_up_styles(word, body_size: float, language: str = "en-GB") -> None:
    """`language`: the paper's tag, cy-GB or en-GB, every style's (so the whole text's) language."""
    styles = word.styles
    defaults = styles.element.find(qn("w:docDefaults") + "/" + qn("w:rPrDefault") + "/" + qn("w:rPr"))
    if defaults is not None:  # anything not based on Normal still gets our font, size and language
        _plain_font(defaults, body_size)
        for tag_element in defaults.findall(qn("w:lang")):
            tag_element.set(qn("w:val"), language)

    normal = styles["Normal"]
    _style_font(normal, body_size, bold=None)
    form = normal.paragraph_format
    form.space_before, form.space_after = Pt(0), Pt(half(body_size * 0.5))
    form.line_spacing = 1.15  # Arial's single line is ≈1.15 × size: leading ≈ 1.3 × size
    form.widow_control = True
    normal.element.get_or_add_rPr().append(element("w:lang", val=language))

    for level, scale in HEADING_SCALE.items():
        heading = styles[f"Heading {level}"]
        _style_font(heading, body_size * scale, bold=True)
        form = heading.paragraph_format
        form.space_before = Pt(half(body_size * (0.5 if level == 1 else 1.0)))
        form.space_after = Pt(half(body_size * 0.5))
        form.keep_with_next = form.keep_together = True
        _style_font(styles[f"Heading {level} Char"], body_size * scale, bold=True)

    for name in ("Header", "Footer"):
        styles[name].paragraph_format.tab_stops.clear_all()  # the template's stops suit Letter paper
        _style_font(styles[name], margin_size(body_size), bold=None)

    note = _new_style(styles, "Note")
    note.font.italic = True

    banner = _new_style(styles, "Banner")
    banner.font.bold = True
    _set_size(banner.element.get_or_add_rPr(), half(body_size * BANNER_SCALE))
    form = banner.paragraph_format
    form.space_before, form.space_after = Pt(half(body_size * 0.5)), Pt(body_size)
    # Indent by the box's padding and line, so the box lines up with the text.
    form.left_indent = form.right_indent = Pt(8)
    form.keep_with_next = True
    box = element("w:pBdr")
    for side in ("top", "left", "bottom", "right"):
        box.append(element(f"w:{side}", val="single", sz="24", space="4", color="000000"))
    banner.element.get_or_add_pPr().insert_element_before(box, *_AFTER_PBDR)

    chart_title = _new_style(styles, "Chart Title")
    chart_title.font.bold = True
    form = chart_title.paragraph_format
    form.space_before = Pt(half(body_size * 0.3))
    form.keep_with_next = form.keep_together = True

    cell_text = _new_style(styles, "Table Text")
    form = cell_text.paragraph_format
    form.space_before = form.space_after = Pt(3)


def _new_style(styles, name: str):
    style = styles.add_style(name, WD_STYLE_TYPE.PARAGRAPH)
    style.base_style = styles["Normal"]
    style.quick_style = True
    return style


def _style_font(style, size: float, bold: bool | None) -> None:
    """Arial, black, the given size: the template's theme font and blue go."""
    font = style.font
    font.bold = bold
    font.italic = None if bold is None else False
    font.color.rgb = BLACK  # replaces the whole w:color, themeColor included
    _plain_font(style.element.get_or_add_rPr(), size)


def _plain_font(rpr, size: float) -> None:
    fonts = rpr.find(qn("w:rFonts"))
    if fonts is None:
        fonts = element("w:rFonts")
        rpr.insert(0, fonts)
    for key in list(fonts.attrib):
        if key.endswith(("Theme", "theme")):
            del fonts.attrib[key]  # a theme font overrides a named one
    for attribute in ("ascii", "hAnsi", "eastAsia", "cs"):
        fonts.set(qn(f"w:{attribute}"), FONT)
    _set_size(rpr, size)


def _set_size(rpr, size: float) -> None:
    half_points = str(round(size * 2))
    for tag in ("w:sz", "w:szCs"):  # szCs: Arabic, Hebrew and other complex scripts
        old = rpr.find(qn(tag))
        if old is not None:
            old.set(qn("w:val"), half_points)
        else:
            new = element(tag, val=half_points)
            if tag == "w:sz":
                rpr.insert_element_before(new, "w:szCs", *_AFTER_SZCS)
            else:
                rpr.insert_element_before(new, *_AFTER_SZCS)


def margin_size(body_size: float) -> float:
    """The header's and footer's size: a little under large print, never under 12 pt."""
    return max(12.0, half(body_size * 0.875))


def half(points: float) -> float:
    """Word stores sizes in half points."""
    return round(points * 2) / 2


def element(tag: str, **attributes: str):
    element = OxmlElement(tag)
    for name, value in attributes.items():
        element.set(qn(f"w:{name}"), value)
    return element
