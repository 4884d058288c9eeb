"""Length of the last lunar month before Tết (tháng Chạp đủ 30 ngày hay thiếu 29 ngày).

The ``holidays`` package names the day two days before Tết "29 Tết"; in a year whose tháng Chạp has only
29 days that day is the 28th (2025, 2026). The new moon that opens tháng Chạp is computed with the usual
Vietnamese-calendar algorithm (Hồ Ngọc Đức, after Meeus "Astronomical Algorithms"), in UTC+7.
"""

from __future__ import annotations

import datetime as dt
import math

_JD_ORDINAL = 1721424.5  # Julian day number of 0001-01-01 00:00 minus one day, as used by date.toordinal()
_SYNODIC = 29.530588853


def _julian_day(day: dt.date) -> int:
    return int(day.toordinal() + _JD_ORDINAL + 0.5)


def _new_moon_day(k: int, tz_hours: float = 7.0) -> int:
    """Julian day number (local time) of the k-th new moon after 1/1/1900."""
    t = k / 1236.85
    t2, t3 = t * t, t * t * t
    dr = math.pi / 180
    jd1 = 2415020.75933 + 29.53058868 * k + 0.0001178 * t2 - 0.000000155 * t3
    jd1 += 0.00033 * math.sin((166.56 + 132.87 * t - 0.009173 * t2) * dr)
    m = 359.2242 + 29.10535608 * k - 0.0000333 * t2 - 0.00000347 * t3
    mpr = 306.0253 + 385.81691806 * k + 0.0107306 * t2 + 0.00001236 * t3
    f = 21.2964 + 390.67050646 * k - 0.0016528 * t2 - 0.00000239 * t3
    c1 = (0.1734 - 0.000393 * t) * math.sin(m * dr) + 0.0021 * math.sin(2 * dr * m)
    c1 += -0.4068 * math.sin(mpr * dr) + 0.0161 * math.sin(dr * 2 * mpr) - 0.0004 * math.sin(dr * 3 * mpr)
    c1 += 0.0104 * math.sin(dr * 2 * f) - 0.0051 * math.sin(dr * (m + mpr))
    c1 += -0.0074 * math.sin(dr * (m - mpr)) + 0.0004 * math.sin(dr * (2 * f + m))
    c1 += -0.0004 * math.sin(dr * (2 * f - m)) - 0.0006 * math.sin(dr * (2 * f + mpr))
    c1 += 0.0010 * math.sin(dr * (2 * f - mpr)) + 0.0005 * math.sin(dr * (2 * mpr + m))
    delta_t = (
        0.001 + 0.000839 * t + 0.0002261 * t2 - 0.00000845 * t3 - 0.000000081 * t * t3
        if t < -11
        else -0.000278 + 0.000265 * t + 0.000262 * t2
    )
    return int(jd1 + c1 - delta_t + 0.5 + tz_hours / 24)


def last_month_length(lunar_new_year: dt.date) -> int:
    """Days of tháng Chạp ending the day before ``lunar_new_year`` (29 or 30)."""
    jd = _julian_day(lunar_new_year)
    k = int((jd - 2415021.076998695) / _SYNODIC + 0.5)
    if _new_moon_day(k) > jd:  # the rounding picked the next lunation
        k -= 1
    return jd - _new_moon_day(k - 1)
