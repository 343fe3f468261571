"""Measured text flow for the deck: sections of paragraphs poured into columns and slides.

Every paragraph is measured with the bundled font before it is placed, so a column never holds
more than fits; what does not fit continues in the next column or on a follow-up slide.
"""

from __future__ import annotations

from dataclasses import dataclass, replace

from rollout.layout import palette
from rollout.layout.textfit import bind_short_words, line_height, text_width, wrap

BODY_SIZE = 14.0
HEADING_SIZE = 15.0
SMALL_SIZE = 12.0
BULLET_INDENT = 16.0
SAFETY = 0.96  # measure narrower than the frame: renderers' line breaking differs slightly
MIN_SPLIT_LINES = 2


@dataclass(frozen=True)
class Para:
    """One paragraph: text, size, weight, an optional bullet and an optional link target."""

    def linked(self) -> str | None:
        """The part of the text that carries the link: its linked end, all of it, or none."""
        if not self.url:
            return None
        if self.link_text is None:
            return self.text
        return self.link_text if self.text.endswith(self.link_text) else None

    text: str
    size: float = BODY_SIZE
    bold: bool = False
    bullet: str | None = None
    indent: bool = False
    color: str = palette.TITLE_TEXT
    url: str | None = None
    link_text: str | None = None  # the linked end of the text (None: all of it)
    space_before: float = 3.0

    @property
    def left(self) -> float:
        """Left indent in points."""
        return BULLET_INDENT if self.bullet or self.indent else 0.0


@dataclass(frozen=True)
class Section:
    """A heading (optional) and its paragraphs, kept together where possible."""

    heading: str | None
    paras: tuple[Para, ...]


Column = tuple[Para, ...]
Sheet = tuple[Column, ...]


def lines_of(para: Para, width: float) -> tuple[str, ...]:
    """The lines a paragraph takes in a frame of the given inner width."""
    return wrap(bind_short_words(para.text), max(1.0, (width - para.left) * SAFETY), para.size, para.bold)


def height_of(para: Para, width: float) -> float:
    """Height of a paragraph with its space before."""
    return len(lines_of(para, width)) * line_height(para.size) + para.space_before


def column_height(column: Column, width: float) -> float:
    """Height of a column's paragraphs."""
    return sum(height_of(para, width) for para in column)


def heading(text: str, size: float = HEADING_SIZE) -> Para:
    """A section heading."""
    return Para(text, size, True, color=palette.HEADING_TEXT, space_before=8.0)


def flow(
    sections: list[Section], width: float, height: float, columns: int, continued: str, smaller: float = 0.0
) -> list[Sheet]:
    """Pour sections into sheets of equal columns; a split section repeats its heading + continued.

    smaller sets the headings and the body text that many points smaller (the body never under
    SMALL_SIZE).
    """
    if smaller:
        sections = [
            Section(s.heading, tuple(replace(p, size=max(SMALL_SIZE, p.size - smaller)) for p in s.paras))
            for s in sections
        ]
    pourer = _Pourer(width, height, columns)
    for section in sections:
        paras = list(section.paras)
        title = section.heading
        first = True
        while paras:
            head = heading(title if first else f"{title} ({continued})", HEADING_SIZE - smaller) if title else None
            left = pourer.pour(head, paras)
            # Only once part of the section is placed does the rest continue it; a section that
            # merely moved on to the next column starts there with its own heading.
            first = first and left is paras
            paras = left
    return pourer.finish()


THIN = 0.25  # a last sheet holding less than this share of one column is worth saving


def flow_fewest(sections: list[Section], width: float, height: float, columns: int, continued: str) -> list[Sheet]:
    """Like flow, but a last sheet of only a few lines is saved if a point or two smaller text saves it.

    No continuation slide of two bullets; the body is never set under SMALL_SIZE.
    """
    sheets = flow(sections, width, height, columns, continued)
    last = sum(column_height(column, width) for column in sheets[-1])
    if len(sheets) > 1 and last < THIN * height:
        for smaller in (1.0, 2.0):
            fewer = flow(sections, width, height, columns, continued, smaller)
            if len(fewer) < len(sheets):
                return fewer
    return sheets


class _Pourer:
    """Fills columns one after another, starting a new sheet when the last column is full."""

    def __init__(self, width: float, height: float, columns: int) -> None:
        self.width, self.height, self.columns = width, height, columns
        self.sheets: list[Sheet] = []
        self.done: list[Column] = []
        self.current: list[Para] = []
        self.used = 0.0

    def pour(self, head: Para | None, paras: list[Para]) -> list[Para]:
        """Place the heading with as many paragraphs as fit; return those left over."""
        head_h = height_of(head, self.width) if head else 0.0
        room = self.height - self.used - head_h
        first = paras[0]
        if not self._takes(first, room):
            if self.current:
                self._next_column()
                return paras
            room = self.height - head_h  # an empty column: split whatever the first paragraph is
        limit = _list_break(paras, self.width, room)
        if limit == 0:
            if self.current:
                self._next_column()
                return paras
            limit = len(paras)
        if head:
            self._place(head)
        placed = 0
        for para in paras[:limit]:
            need = height_of(para, self.width)
            if need <= room + 0.01:
                self._place(para)
                room -= need
                placed += 1
                continue
            fit, rest = split(para, self.width, room)
            if fit is not None:
                self._place(fit)
                self._next_column()
                return [rest, *paras[placed + 1 :]]
            if placed == 0 and not self.current[1 if head else 0 :]:
                self._place(para)  # nothing splits off (room for under two lines): place it, never loop
                placed = 1
            break
        left = paras[placed:]
        if left:
            self._next_column()
        return left

    def _takes(self, para: Para, room: float) -> bool:
        if height_of(para, self.width) <= room + 0.01:
            return True
        return split(para, self.width, room)[0] is not None

    def _place(self, para: Para) -> None:
        self.current.append(para)
        self.used += height_of(para, self.width)

    def _next_column(self) -> None:
        self.done.append(tuple(self.current))
        self.current, self.used = [], 0.0
        if len(self.done) == self.columns:
            self.sheets.append(tuple(self.done))
            self.done = []

    def finish(self) -> list[Sheet]:
        if self.current:
            self.done.append(tuple(self.current))
        if self.done:
            self.done += [()] * (self.columns - len(self.done))
            self.sheets.append(tuple(self.done))
        return self.sheets or [((),) * self.columns]


def _list_break(paras: list[Para], width: float, room: float) -> int:
    """How many paragraphs may go before a column break: a list does not leave a lone item.

    When the break would fall between two items of a list, at least two of its items stand on
    each side: the break moves to just before the list if only one item would go before it, or
    one item earlier if only one would be left after it (the list goes on whole if it has three).
    Otherwise all of them may go (the break falls where they stop fitting).
    """
    whole, used = 0, 0.0
    for para in paras:
        used += height_of(para, width)
        if used > room + 0.01:
            break
        whole += 1
    between_items = 0 < whole < len(paras) and paras[whole - 1].bullet and paras[whole].bullet
    if not between_items or split(paras[whole], width, room - (used - height_of(paras[whole], width)))[0]:
        return len(paras)
    before = _run(paras[whole - 1 :: -1])
    after = _run(paras[whole:])
    if before == 1 or (after == 1 and before == 2):
        return whole - before  # 0: nothing goes here, the section starts in the next column
    return whole - 1 if after == 1 else len(paras)


def _run(paras: list[Para]) -> int:
    """How many list items stand one after another at the start of paras."""
    count = 0
    for para in paras:
        if not para.bullet:
            break
        count += 1
    return count


def split(para: Para, width: float, room: float) -> tuple[Para | None, Para]:
    """Split a paragraph at a word so that the head fills at most room; (None, para) if nothing fits.

    Either part keeps at least MIN_SPLIT_LINES lines (no orphan, no widow).
    """
    max_lines = int((room - para.space_before + 0.01) // line_height(para.size))
    # No widow: the part that continues elsewhere has at least MIN_SPLIT_LINES lines too.
    max_lines = min(max_lines, len(lines_of(para, width)) - MIN_SPLIT_LINES)
    words = para.text.split(" ")
    joiner = " " if len(words) > 1 else ""
    tokens = words if joiner else list(para.text)  # one giant word splits between characters
    if max_lines < MIN_SPLIT_LINES or len(tokens) < 2:
        return None, para
    low, high = 0, len(tokens) - 1
    while low < high:
        middle = (low + high + 1) // 2
        if len(lines_of(replace(para, text=joiner.join(tokens[:middle])), width)) <= max_lines:
            low = middle
        else:
            high = middle - 1
    if low == 0:
        return None, para
    head = replace(para, text=joiner.join(tokens[:low]))
    tail = replace(para, text=joiner.join(tokens[low:]), bullet=None, indent=para.left > 0, space_before=0.0)
    return head, tail


def fit_lines(
    text: str, width: float, height: float, sizes: tuple[float, ...], bold: bool
) -> tuple[float, tuple[str, ...]]:
    """The largest size at which text fits the box, with its lines; the smallest size when none does."""
    text = bind_short_words(text)
    for size in sizes:
        lines = wrap(text, width * SAFETY, size, bold)
        if len(lines) * line_height(size) <= height:
            return size, lines
    return sizes[-1], wrap(text, width * SAFETY, sizes[-1], bold)


def widest(texts: list[str], size: float, bold: bool = False) -> float:
    """Width of the widest of several one-line texts."""
    return max((text_width(text, size, bold) for text in texts), default=0.0)


def paginate(
    rows: list[tuple[float, bool]], room: float, repeated: dict[int, float] | None = None
) -> list[list[tuple[int, bool]]]:
    """Split table rows (height, is a group heading) into pages of at most room points.

    A heading never ends a page (it moves on with its first two rows), a page that continues a
    group starts with the group's heading again (marked True), and the rows are spread evenly over
    the fewest pages, so that no page is left with a single row. Only rows that cannot share a page
    (one taller than room, or a heading with its first row) make a page overfull. A heading may be
    taller when repeated (it says it continues): repeated gives that height by row index.
    """
    again = repeated or {}
    fewest = _pages_at(rows, room, again)

    # A balanced split may use no more pages, nor fill one fuller than room (or than the greedy
    # split must, where rows that cannot share a page exceed it).
    limit = max([room, *(_height(rows, page, again) for page in fewest)]) + 0.01

    def fits(pages: list[list[tuple[int, bool]]]) -> bool:
        return len(pages) <= len(fewest) and all(_height(rows, page, again) <= limit for page in pages)

    low, high = 0.0, room
    for _ in range(40):  # the page count falls as the capacity grows: bisect for the smallest
        middle = (low + high) / 2
        if fits(_pages_at(rows, middle, again)):
            high = middle
        else:
            low = middle
    balanced = _pages_at(rows, high, again)
    return balanced if len(balanced) == len(fewest) and fits(balanced) else fewest


def _height(rows: list[tuple[float, bool]], page: list[tuple[int, bool]], repeated: dict[int, float]) -> float:
    return sum(repeated.get(i, rows[i][0]) if again else rows[i][0] for i, again in page)


def _pages_at(
    rows: list[tuple[float, bool]], capacity: float, repeated: dict[int, float]
) -> list[list[tuple[int, bool]]]:
    """Fill pages greedily up to capacity (never leaving a page empty, never parting a heading from its first rows)."""
    pages: list[list[tuple[int, bool]]] = [[]]
    used = 0.0
    group: int | None = None
    kept = 0  # rows still to be kept on the page of the heading before them
    for index, (height, is_heading) in enumerate(rows):
        if is_heading:
            group = index
        need = height + (sum(h for h, _ in _first_rows(rows, index)) if is_heading else 0.0)
        if pages[-1] and not kept and used + need > capacity + 0.01:
            pages.append([])
            used = 0.0
            heading_again = repeated.get(group, rows[group][0]) if group is not None else 0.0
            if not is_heading and group is not None and heading_again + height <= capacity + 0.01:
                pages[-1].append((group, True))
                used += heading_again
        pages[-1].append((index, False))
        used += height
        kept = _kept_rows(rows, index, capacity - used) if is_heading else max(0, kept - 1)
    return pages


def _kept_rows(rows: list[tuple[float, bool]], heading: int, room: float) -> int:
    """How many of a heading's first rows stay on its page: those that fit, and at least one."""
    kept, used = 0, 0.0
    for height, _ in _first_rows(rows, heading):
        used += height
        if kept and used > room + 0.01:
            break
        kept += 1
    return kept


def _first_rows(rows: list[tuple[float, bool]], heading: int) -> list[tuple[float, bool]]:
    """The (up to two) rows that must follow a heading on its page."""
    following = []
    for row in rows[heading + 1 : heading + 3]:
        if row[1]:
            break
        following.append(row)
    return following
