"""What validate accepts, build builds: links that are safe to click in a deck, text that shows something."""

from __future__ import annotations

import io
import zipfile
from pathlib import Path

import pytest

from rollout.errors import RolloutError
from rollout.layout.swimlane import layout_process
from rollout.process.blank import is_blank
from rollout.process.links import link_problem
from rollout.process.load import load_process, load_text
from rollout.render.deck import deck_pptx
from rollout.render.deck_base import link_para
from tests.conftest import FIXTURES
from tests.test_build import rollout

MINIMAL = (FIXTURES / "valid" / "minimal.yaml").read_text(encoding="utf-8")
LINKED = MINIMAL.replace(
    "    deliverables: [Suunnitelma]\n",
    "    deliverables: [Suunnitelma]\n    links:\n      - title: Ohje\n        url: URL\n",
    1,
)


def issues(text: str, tmp_path: Path) -> list[str]:
    path = tmp_path / "p.yaml"
    path.write_text(text, encoding="utf-8")
    with pytest.raises(RolloutError) as caught:
        load_process(path, "p.yaml")
    return [issue.format() for issue in caught.value.issues]


@pytest.mark.parametrize(
    ("url", "reason"),
    [
        ('"http://[::1/x"', "'http://[::1/x' cannot be read as a web address (invalid IPv6 URL)"),
        ('"javascript:alert(1)"', "'javascript:' addresses cannot be links in a deck"),
        ('"file:///etc/passwd"', "'file:' addresses cannot be links in a deck"),
        ("'\\\\host\\share\\x.exe'", "'\\\\host\\share\\x.exe' is a network path"),
        ('"https://www.omaolo.fi/ohje sivu"', "contains a space"),
        ('"https://omaolo.fi@example.com/"', "has a user name or password before '@'"),
        ('"www.omaolo.fi"', "'www.omaolo.fi' is not a whole web address: start it with https://"),
        ('"https:///ohje"', "names no site after 'https://'"),
        ('"https://exa..mple.fi/"', "'exa..mple.fi' in 'https://exa..mple.fi/' is not a site's name"),
        ('"https://www.omaolo.fi:99999/"', "(port out of range 0-65535)"),
        ('"mailto:tuki"', "'tuki' in 'mailto:tuki' is not an e-mail address"),
        ('"https://www.omaolo.fi/\\u200bohje"', "contains the invisible character U+200B"),
    ],
)
def test_a_link_that_is_not_safe_to_click_is_a_located_error(url: str, reason: str, tmp_path: Path) -> None:
    found = issues(LINKED.replace("URL", url), tmp_path)
    assert len(found) == 1, found
    assert found[0].startswith("p.yaml:34:14: error: step 'suunnitelma': link 1 'Ohje': url: ")
    assert reason in found[0]
    assert found[0].endswith("[bad-link]")


@pytest.mark.parametrize(
    "url",
    [
        "https://www.omaolo.fi/",
        "http://example.fi/a?b=c#d",
        "HTTPS://Innokyla.fi/fi/toimintamalli/omaolo",
        "https://fi.wikipedia.org/wiki/Päijät-Häme",
        "https://[2001:db8::1]:8443/x",
        "https://127.0.0.1/ohje",
        "mailto:tuki@example.fi",
        "mailto:a@example.fi,b@example.fi?subject=Omaolo",
    ],
)
def test_ordinary_web_and_mail_addresses_are_links(url: str) -> None:
    assert link_problem(url) is None
    loaded = load_text(LINKED.replace("URL", f'"{url}"'), "p.yaml")
    assert loaded.process.steps[0].links[0].url == url


def test_validate_exits_1_for_the_links_of_the_report(tmp_path: Path) -> None:
    (tmp_path / "processes").mkdir()
    (tmp_path / "processes" / "p.yaml").write_text(LINKED.replace("URL", '"http://[::1/x"'), encoding="utf-8")
    done = rollout(tmp_path, "validate", "--strict")
    assert done.returncode == 1
    assert done.stderr.startswith("processes/p.yaml:34:14: error: step 'suunnitelma': link 1 'Ohje': url: ")
    built = rollout(tmp_path, "build")
    assert built.returncode == 1
    assert "Traceback" not in built.stderr
    assert not (tmp_path / "exports").exists()


def hyperlinks(deck: bytes) -> list[str]:
    """Every address a deck's slides link to."""
    with zipfile.ZipFile(io.BytesIO(deck)) as archive:
        rels = [archive.read(name).decode() for name in archive.namelist() if name.endswith(".xml.rels")]
    return sorted(
        {part.split('"')[0] for rel in rels for part in rel.split('Target="')[1:] if 'TargetMode="External"' in rel}
    )


def test_the_deck_links_a_safe_address_and_never_an_unsafe_one() -> None:
    process = load_text(LINKED.replace("URL", "https://www.omaolo.fi/ohje"), "p.yaml").process
    assert "https://www.omaolo.fi/ohje" in hyperlinks(deck_pptx(process, layout_process(process)))
    # Defence in depth: an address that got past validation (a model built in code) is shown, not linked.
    step = process.steps[0]
    for bad in ("http://[::1/x", "javascript:alert(1)", "file:///etc/passwd", "\\\\host\\share\\x.exe"):
        links = [step.links[0].model_copy(update={"url": bad})]
        changed = process.model_copy(update={"steps": [step.model_copy(update={"links": links}), *process.steps[1:]]})
        assert hyperlinks(deck_pptx(changed, layout_process(changed))) == [], bad


def test_an_unsafe_address_is_shown_as_plain_text() -> None:
    para = link_para("Ohje", "javascript:alert(1)", None)
    assert para.url is None
    assert para.text == "Ohje (javascript:alert(1))"


BLANK = [
    ("title: Tee suunnitelma", 'title: "\\t"', "27:12", "step 'suunnitelma': title", "a tab"),
    ("title: Päätä", 'title: "\\u00ad"', "34:12", "step 'paatos': title", "a soft hyphen (\\u00ad)"),
    ("title: Toteuta", 'title: Toteuta\n    label: "\\u200b"', "43:12", "step 'toteuta': label", "a zero-width space"),
    ("name: Suunnittelu", 'name: "   "', "17:11", "phase 'suunnittelu': name", "spaces"),
    ("title: Pieni prosessi", 'title: "\\n"', "4:10", "process.title", "a line break"),
    ("name: Johto", 'name: "\\u00a0\\u2060\\ufeff"', "12:11", "role 'johto': name", "a no-break space, a word"),
    (
        "deliverables: [Päätös]",
        'deliverables: ["\\u200d"]',
        "39:20",
        "step 'paatos': deliverable 1",
        "a zero-width joiner",
    ),
]


@pytest.mark.parametrize(("old", "new", "where", "what", "holds"), BLANK)
def test_text_that_shows_nothing_is_a_located_error(
    old: str, new: str, where: str, what: str, holds: str, tmp_path: Path
) -> None:
    assert old in MINIMAL
    found = [line for line in issues(MINIMAL.replace(old, new, 1), tmp_path) if "[escape-read]" not in line]
    assert len(found) == 1, found
    assert found[0].startswith(f"p.yaml:{where}: error: {what}: the text is blank: it has only {holds}")
    assert found[0].endswith("; write the text to show [blank-text]")


def test_validate_strict_fails_on_a_blank_title(tmp_path: Path) -> None:
    (tmp_path / "processes").mkdir()
    (tmp_path / "processes" / "p.yaml").write_text(MINIMAL.replace("title: Päätä", 'title: "\\u00ad"'), "utf-8")
    done = rollout(tmp_path, "validate", "--strict")
    assert done.returncode == 1
    assert done.stderr.startswith("processes/p.yaml:34:12: error: step 'paatos': title: the text is blank")


@pytest.mark.parametrize("text", ["a", "\u00adx", " Ä ", "🚀", "שלום", "e\u0301", "\u200b.\u200b"])
def test_text_with_something_to_show_is_not_blank(text: str) -> None:
    assert not is_blank(text)


@pytest.mark.parametrize("text", ["", " \t\n", "\u00ad", "\u200b\u200c\u200d\u2060\ufeff", "\u3000\u2800", "\u0301"])
def test_invisible_text_is_blank(text: str) -> None:
    assert is_blank(text)


@pytest.mark.parametrize("code", ["ufffe", "uffff"])
def test_the_two_codes_xml_cannot_hold_are_a_located_error(code: str, tmp_path: Path) -> None:
    """Found by the property test: U+FFFF passed validation, then the BPMN and PowerPoint writers refused it."""
    found = issues(MINIMAL.replace("title: Päätä", f'title: "Pää\\{code}tä"'), tmp_path)
    assert found == [
        f"p.yaml:34:12: error: step 'paatos': title: contains U+{code[1:].upper()}, a code that is not a character, "
        "at position 4; remove it [control-character]"
    ]
