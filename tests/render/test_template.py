"""Templates that just work: .pptx and .potx, any 16:9 size, any layouts; the rest refused in a sentence."""

from __future__ import annotations

import io
import zipfile
from pathlib import Path

import pytest
from pptx import Presentation
from pptx.presentation import Presentation as PresentationType
from pptx.util import Emu, Inches

from rollout.errors import BuildError
from rollout.layout.swimlane import layout_process
from rollout.process.load import load_process
from rollout.render.deck import deck_pptx
from rollout.render.template import open_template, scale_element
from tests.conftest import FIXTURES

PROCESS = load_process(FIXTURES / "valid" / "minimal.yaml").process
LIBREOFFICE = FIXTURES / "templates" / "libreoffice.pptx"
WIDE = (Emu(12_192_000), Emu(6_858_000))


def saved(prs: PresentationType, path: Path) -> Path:
    prs.save(str(path))
    return path


def python_pptx(size: tuple[int, int] = WIDE, keep: set[str] | None = None) -> PresentationType:
    """python-pptx's own template at a slide size, with only the layouts named in keep."""
    prs = Presentation()
    prs.slide_width, prs.slide_height = Emu(size[0]), Emu(size[1])
    for layout in list(prs.slide_layouts):
        if keep is not None and layout.name not in keep:
            prs.slide_layouts.remove(layout)
    return prs


def as_potx(pptx: Path, path: Path) -> Path:
    """The same file declared as a PowerPoint template, as PowerPoint saves a .potx."""
    source, out = zipfile.ZipFile(pptx), io.BytesIO()
    with zipfile.ZipFile(out, "w") as target:
        for info in {info.filename: info for info in source.infolist()}.values():
            data = source.read(info)
            if info.filename == "[Content_Types].xml":
                data = data.replace(b"presentationml.presentation.main+xml", b"presentationml.template.main+xml")
            target.writestr(info, data)
    path.write_bytes(out.getvalue())
    return path


def deck_on(template: Path) -> PresentationType:
    return Presentation(io.BytesIO(deck_pptx(PROCESS, layout_process(PROCESS), template)))


def assert_usable(prs: PresentationType, at_least: int = 10) -> None:
    """What a user would notice: the deck's slide size, a real title on every slide, no empty placeholder."""
    assert (prs.slide_width, prs.slide_height) == WIDE
    assert len(prs.slides) >= at_least
    for number, slide in enumerate(prs.slides, start=1):
        title = slide.shapes.title
        assert title is not None, f"slide {number} has no title placeholder"
        assert title.text_frame.text.strip(), f"slide {number} has an empty title"
        empty = [shape.name for shape in slide.placeholders if shape.has_text_frame and not shape.text_frame.text]
        assert not empty, f"slide {number} has empty placeholders {empty}"
        for shape in slide.shapes:
            assert shape.left + shape.width <= WIDE[0] + 12_700, f"slide {number}: {shape.name} off the slide"
            assert shape.top + shape.height <= WIDE[1] + 12_700, f"slide {number}: {shape.name} off the slide"


def test_a_python_pptx_template(tmp_path: Path) -> None:
    assert_usable(deck_on(saved(python_pptx(), tmp_path / "t.pptx")))


def test_a_potx_template(tmp_path: Path) -> None:
    assert_usable(deck_on(as_potx(saved(python_pptx(), tmp_path / "t.pptx"), tmp_path / "t.potx")))


def test_a_libreoffice_template_with_a_blank_layout_first() -> None:
    prs = deck_on(LIBREOFFICE)
    assert_usable(prs)
    assert prs.slides[0].slide_layout.name == "Title Slide"
    assert prs.slides[1].slide_layout.name == "Title Only"


@pytest.mark.parametrize("keep", [None, {"Blank"}, {"Title Slide"}])
def test_the_overview_deck_uses_the_template_as_well(keep: set[str] | None, tmp_path: Path) -> None:
    from rollout.render.overview import overview_pptx

    template = LIBREOFFICE if keep is None else saved(python_pptx(keep=keep), tmp_path / "t.pptx")
    prs = Presentation(io.BytesIO(overview_pptx(PROCESS, layout_process(PROCESS), template)))
    assert_usable(prs, at_least=5)


def test_a_libreoffice_potx(tmp_path: Path) -> None:
    assert_usable(deck_on(as_potx(LIBREOFFICE, tmp_path / "lo.potx")))


def test_the_older_powerpoint_16_9_size_is_scaled_with_its_layouts(tmp_path: Path) -> None:
    small = python_pptx((Inches(10), Inches(5.625)))
    title = small.slide_layouts[0].placeholders[0]
    before = (title.left, title.width)
    prs = deck_on(saved(small, tmp_path / "old.pptx"))
    assert_usable(prs)
    scaled = prs.slide_layouts[0].placeholders[0]
    assert (scaled.left, scaled.width) == (round(before[0] * 4 / 3), round(before[1] * 4 / 3))


def test_a_template_with_only_a_blank_layout_gets_real_titles(tmp_path: Path) -> None:
    prs = deck_on(saved(python_pptx(keep={"Blank"}), tmp_path / "blank.pptx"))
    assert_usable(prs)
    assert {slide.slide_layout.name for slide in prs.slides} == {"Blank"}


def test_a_template_with_only_a_title_slide_layout_leaves_no_empty_subtitle(tmp_path: Path) -> None:
    assert_usable(deck_on(saved(python_pptx(keep={"Title Slide"}), tmp_path / "title.pptx")))


@pytest.mark.parametrize(
    ("size", "words"),
    [
        ((Inches(10), Inches(7.5)), "are 4:3 (25.4 × 19.1 cm); a template must be 16:9: in PowerPoint choose Design"),
        ((Inches(10), Inches(6.25)), "are 1.60:1 (25.4 × 15.9 cm); a template must be 16:9"),
    ],
)
def test_a_template_of_another_shape_is_refused_in_a_sentence(
    size: tuple[int, int], words: str, tmp_path: Path
) -> None:
    path = saved(python_pptx(size), tmp_path / "t.pptx")
    with pytest.raises(BuildError) as caught:
        open_template(path)
    assert f"the slides of template {path} {words}" in str(caught.value)


def test_a_template_without_layouts_is_refused_in_a_sentence(tmp_path: Path) -> None:
    path = saved(python_pptx(keep=set()), tmp_path / "none.pptx")
    with pytest.raises(BuildError, match=r"has no slide layouts; in PowerPoint, add one under View → Slide Master"):
        open_template(path)


def test_a_file_that_is_not_a_template_is_refused(tmp_path: Path) -> None:
    (tmp_path / "t.pptx").write_text("not a presentation", encoding="utf-8")
    with pytest.raises(BuildError, match="is not a PowerPoint file"):
        open_template(tmp_path / "t.pptx")
    with pytest.raises(BuildError, match="not found"):
        open_template(tmp_path / "missing.pptx")


def test_scaling_moves_sizes_and_fonts_together() -> None:
    from lxml import etree

    xml = (
        '<p:sp xmlns:p="http://schemas.openxmlformats.org/presentationml/2006/main" '
        'xmlns:a="http://schemas.openxmlformats.org/drawingml/2006/main"><p:spPr><a:xfrm><a:off x="100" y="200"/>'
        '<a:ext cx="300" cy="400"/></a:xfrm></p:spPr><p:txBody><a:bodyPr lIns="10" tIns="20"/><a:p><a:r>'
        '<a:rPr sz="1800"/><a:t>x</a:t></a:r></a:p></p:txBody></p:sp>'
    )
    root = etree.fromstring(xml)
    scale_element(root, 2.0, 1.5)
    text = etree.tostring(root).decode()
    for part in ('x="200" y="300"', 'cx="600" cy="600"', 'lIns="20" tIns="30"', 'sz="2700"'):
        assert part in text
