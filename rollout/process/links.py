"""Which web addresses may be links in a deck: https, http or mailto, to a host that can be read, nothing hidden.

A deck is mailed around an organisation, so a link in it must open what it says: a web page or
an e-mail to someone. Scripts (`javascript:`), files on the reader's own machine (`file:`),
Windows network paths and addresses that hide their real site are refused at validation, with
the reason; the deck renderer asks the same question before it makes anything clickable.
"""

from __future__ import annotations

import ipaddress
import re
import unicodedata
from urllib.parse import SplitResult, urlsplit

SCHEMES = ("https", "http", "mailto")
_LABEL = re.compile(r"^(?!-)[^\W_](?:[\w-]{0,61}[^\W_])?$")  # a host name's part: letters, digits, inner '-'
_EXAMPLE = "https://www.omaolo.fi"


def link_problem(url: str) -> str | None:
    """Why an address cannot be a link in a deck, in words for the one who wrote it; None when it can."""
    shape = _characters_problem(url)
    if shape:
        return shape
    try:
        parts = urlsplit(url)
        port = parts.port if parts.scheme in ("http", "https") else None
    except ValueError as exc:
        return f"'{url}' cannot be read as a web address ({_plain(exc)}); write it as {_EXAMPLE}/…"
    if not parts.scheme:
        return f"'{url}' is not a whole web address: start it with https://, for example {_EXAMPLE}"
    if parts.scheme not in SCHEMES:
        return (
            f"'{parts.scheme}:' addresses cannot be links in a deck, which is shared with people on other "
            "machines: use an https:// (or http://) web address, or mailto: for e-mail"
        )
    if parts.scheme == "mailto":
        return _mail_problem(url, parts)
    return _web_problem(url, parts, port)


def _characters_problem(url: str) -> str | None:
    """Spaces, invisible characters and backslashes, which make an address other than it looks."""
    if url.startswith("\\\\"):
        return (
            f"'{url}' is a network path, which opens only inside one organisation's network: link a web "
            f"page instead, for example {_EXAMPLE}/…"
        )
    for char in url:
        if char.isspace():
            return f"'{url.strip()}' contains a space; a web address has none: write a space inside it as %20"
        if unicodedata.category(char) in ("Cc", "Cf"):
            return f"'{url}' contains the invisible character U+{ord(char):04X}; remove it"
        if char == "\\":
            return f"'{url}' contains a backslash '\\'; web addresses use '/'"
    return None


def _web_problem(url: str, parts: SplitResult, port: int | None) -> str | None:
    """An http(s) address needs a site that can be read, with no user name or password before it."""
    if parts.username is not None or parts.password is not None:
        return (
            f"'{url}' has a user name or password before '@', which hides the site the link really opens; leave it out"
        )
    host = parts.hostname or ""
    if not host:
        return f"'{url}' names no site after '{parts.scheme}://': write it as {_EXAMPLE}/…"
    if not _valid_host(host, bracketed=parts.netloc.startswith("[")):
        return f"'{host}' in '{url}' is not a site's name: write it as {_EXAMPLE}/…"
    return None


def _mail_problem(url: str, parts: SplitResult) -> str | None:
    """A mailto: address needs at least one recipient like name@example.fi."""
    recipients = [part for part in parts.path.split(",") if part]
    if not recipients:
        return f"'{url}' names no one to write to: write it as mailto:etunimi.sukunimi@example.fi"
    for recipient in recipients:
        local, at, domain = recipient.rpartition("@")
        if not at or not local or not _valid_host(domain, bracketed=False):
            return f"'{recipient}' in '{url}' is not an e-mail address: write it as mailto:etunimi.sukunimi@example.fi"
    return None


def _valid_host(host: str, bracketed: bool) -> bool:
    """An IP address (an IPv6 one in brackets), or a name of dot-separated parts of letters, digits and '-'."""
    try:
        address = ipaddress.ip_address(host)
    except ValueError:
        address = None
    if address is not None or bracketed:
        return address is not None and (address.version == 6) == bracketed
    name = host.removesuffix(".")
    return 0 < len(name) <= 253 and all(_LABEL.match(label) for label in name.split("."))


def _plain(exc: ValueError) -> str:
    """Python's reason, as a phrase."""
    text = str(exc)
    return text[:1].lower() + text[1:]
