"""The working-day calendar: chosen weekdays, minus Finnish public holidays and the organisation's breaks.

Plans count in working days. A calendar numbers every working day (its index), so a schedule is
integer arithmetic, and turns numbers back into dates. It reads no clock: the days it knows grow
a year at a time in either direction as they are asked for.
"""

from __future__ import annotations

import bisect
import datetime as dt
from collections.abc import Mapping

from rollout.locale import Language
from rollout.project.model import WEEKDAYS, Calendar

_HOLIDAY_LANGUAGE = {"fi": "fi", "sv": "sv_FI", "en": "en_US"}
_DAY = dt.timedelta(days=1)


class WorkCalendar:
    """Numbers working days: index(d) is the number of the first working day on or after d."""

    def __init__(self, settings: Calendar, language: Language, anchor: dt.date) -> None:
        self.settings = settings
        self.weekdays = frozenset(WEEKDAYS.index(day) for day in settings.working_days)
        self.holidays: Mapping[dt.date, str] = _public_holidays(language) if settings.public_holidays else {}
        self.days: list[dt.date] = []  # the working days known so far, in order
        self.base = 0  # the index of days[0]
        self.first = self.last = dt.date(anchor.year, 1, 1) - _DAY  # days[] covers first < d <= last
        self._grow_to(dt.date(anchor.year, 12, 31))

    def day_off(self, day: dt.date) -> str | None:
        """Why a day is not a working day (a holiday's or break's name, or 'weekend'), else None."""
        for pause in self.settings.breaks:
            if pause.start <= day <= pause.end:
                return pause.name
        if day in self.holidays:
            return self.holidays[day]
        return None if day.weekday() in self.weekdays else "weekend"

    def index(self, day: dt.date) -> int:
        """The number of the first working day on or after day."""
        self._grow_to(day)
        position = bisect.bisect_left(self.days, day)
        while position == len(self.days):  # no working day known after it yet
            self._grow_to(self.last + dt.timedelta(days=366))
            position = bisect.bisect_left(self.days, day)
        return self.base + position

    def index_on_or_before(self, day: dt.date) -> int:
        """The number of the last working day on or before day."""
        return self.index(day) - (0 if self.day_off(day) is None else 1)

    def date(self, index: int) -> dt.date:
        """The working day with this number."""
        while index < self.base:
            self._grow_to(self.first - dt.timedelta(days=366))
        while index >= self.base + len(self.days):
            self._grow_to(self.last + dt.timedelta(days=366))
        return self.days[index - self.base]

    def working_days_between(self, after: dt.date, until: dt.date) -> int:
        """How many working days lie after one date up to and including another."""
        return self.index(until + _DAY) - self.index(after + _DAY)

    def _grow_to(self, day: dt.date) -> None:
        """Know every working day up to (or back to) day, a whole year at a time."""
        if day > self.last:
            end = dt.date(day.year, 12, 31)
            self.days += self._working(self.last + _DAY, end)
            self.last = end
        elif day <= self.first:
            start = dt.date(day.year, 1, 1)
            earlier = self._working(start, self.first)
            self.days[:0] = earlier
            self.base -= len(earlier)
            self.first = start - _DAY

    def _working(self, start: dt.date, end: dt.date) -> list[dt.date]:
        """The working days from start to end, both included."""
        count = (end - start).days + 1
        return [day for day in (start + dt.timedelta(days=n) for n in range(count)) if self.day_off(day) is None]


def _public_holidays(language: Language) -> Mapping[dt.date, str]:
    """Finnish public holidays of any year, named in the language (the `holidays` package)."""
    import holidays  # about 0.2 s to import: only when a project is planned

    return holidays.country_holidays("FI", language=_HOLIDAY_LANGUAGE[language])
