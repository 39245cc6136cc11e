"""The weekly rota in local time zones (midnight, daylight saving), manual shifts, and rota parsing."""

from __future__ import annotations

from datetime import UTC, datetime, time, timedelta

import pytest

from bot.domain.clock import MovableClock
from bot.domain.help.rota import (
    ManualShift,
    Rota,
    RotaChange,
    RotaEntry,
    RotaError,
    RotaErrorCode,
    duty_intervals,
    end_shift,
    next_changes,
    on_duty,
    on_duty_at,
    scheduled_shift_end,
    start_shift,
)
from bot.domain.help.rota_parse import (
    RotaParseError,
    parse_days,
    parse_rota_text,
    parse_rota_toml,
    parse_time,
)

PARIS = "Europe/Paris"
ALICE, BOB, CHLOE = 111, 222, 333


def utc(year: int, month: int, day: int, hour: int = 0, minute: int = 0) -> datetime:
    return datetime(year, month, day, hour, minute, tzinfo=UTC)


# --- time zones, midnight, daylight saving -----------------------------------------------------------


def test_a_paris_day_shift_in_winter() -> None:
    rota = parse_rota_text(f"{ALICE} mon 09:00-17:00 {PARIS}")
    assert on_duty_at(rota, utc(2026, 1, 5, 7, 59)) == set()
    assert on_duty_at(rota, utc(2026, 1, 5, 8, 0)) == {ALICE}  # 09:00 CET
    assert on_duty_at(rota, utc(2026, 1, 5, 15, 59)) == {ALICE}
    assert on_duty_at(rota, utc(2026, 1, 5, 16, 0)) == set()  # the end is exclusive
    assert on_duty_at(rota, utc(2026, 1, 6, 8, 0)) == set()  # Tuesday


def test_a_night_shift_crosses_midnight_into_the_next_day() -> None:
    rota = parse_rota_text(f"{BOB} fri 22:00-06:00 {PARIS}")
    assert on_duty_at(rota, utc(2026, 1, 9, 20, 59)) == set()  # Friday 21:59 Paris
    assert on_duty_at(rota, utc(2026, 1, 9, 21, 0)) == {BOB}  # Friday 22:00 Paris
    assert on_duty_at(rota, utc(2026, 1, 10, 2, 0)) == {BOB}  # Saturday 03:00 Paris
    assert on_duty_at(rota, utc(2026, 1, 10, 5, 0)) == set()  # Saturday 06:00 Paris
    assert on_duty_at(rota, utc(2026, 1, 10, 21, 30)) == set()  # Saturday night is not Friday night


def test_the_same_wall_time_moves_in_utc_across_the_spring_dst_week() -> None:
    rota = parse_rota_text(f"{ALICE} daily 09:00-17:00 {PARIS}")
    # Friday 27 March 2026: CET (UTC+1); Monday 30 March: CEST (UTC+2).
    assert on_duty_at(rota, utc(2026, 3, 27, 8, 0)) == {ALICE}
    assert on_duty_at(rota, utc(2026, 3, 27, 7, 30)) == set()
    assert on_duty_at(rota, utc(2026, 3, 30, 7, 0)) == {ALICE}
    assert on_duty_at(rota, utc(2026, 3, 30, 15, 30)) == set()  # 17:30 CEST
    changes = next_changes(rota, utc(2026, 3, 27, 0, 0), utc(2026, 3, 31, 0, 0))
    starts = [c.at for c in changes if c.starts]
    assert starts == [utc(2026, 3, 27, 8), utc(2026, 3, 28, 8), utc(2026, 3, 29, 7), utc(2026, 3, 30, 7)]


def test_a_night_shift_over_the_spring_forward_night_is_an_hour_shorter() -> None:
    rota = parse_rota_text(f"{BOB} sat 22:00-06:00 {PARIS}")
    (interval,) = duty_intervals(rota, utc(2026, 3, 28), utc(2026, 3, 30))[BOB]
    assert interval == (utc(2026, 3, 28, 21, 0), utc(2026, 3, 29, 4, 0))
    assert interval[1] - interval[0] == timedelta(hours=7)


def test_a_night_shift_over_the_autumn_back_night_is_an_hour_longer() -> None:
    rota = parse_rota_text(f"{BOB} sat 22:00-06:00 {PARIS}")
    (interval,) = duty_intervals(rota, utc(2026, 10, 24), utc(2026, 10, 26))[BOB]
    assert interval == (utc(2026, 10, 24, 20, 0), utc(2026, 10, 25, 5, 0))
    assert interval[1] - interval[0] == timedelta(hours=9)


def test_a_start_inside_the_spring_gap_begins_after_the_gap() -> None:
    rota = Rota((RotaEntry(ALICE, 6, time(2, 30), time(8, 0), PARIS),))
    (interval,) = duty_intervals(rota, utc(2026, 3, 29), utc(2026, 3, 30))[ALICE]
    assert interval[0] == utc(2026, 3, 29, 1, 30)  # shown as 03:30 CEST on the wall clock
    assert interval[1] == utc(2026, 3, 29, 6, 0)


def test_two_zones_with_different_dst_dates() -> None:
    # The United States moves its clocks on 8 March 2026, Europe on 29 March.
    rota = parse_rota_text(f"{ALICE} wed 09:00-10:00 {PARIS}\n{BOB} wed 09:00-10:00 America/New_York")
    assert on_duty_at(rota, utc(2026, 3, 4, 14, 30)) == {BOB}  # 09:30 EST
    assert on_duty_at(rota, utc(2026, 3, 11, 13, 30)) == {BOB}  # 09:30 EDT
    assert on_duty_at(rota, utc(2026, 3, 11, 8, 30)) == {ALICE}  # 09:30 CET
    assert on_duty_at(rota, utc(2026, 4, 1, 7, 30)) == {ALICE}  # 09:30 CEST


def test_an_end_of_24_00_and_equal_times_make_whole_days() -> None:
    rota = parse_rota_text(f"{ALICE} sun 00:00-24:00 {PARIS}\n{BOB} mon 06:00-06:00 {PARIS}")
    assert on_duty_at(rota, utc(2026, 1, 11, 22, 59)) == {ALICE}  # Sunday 23:59 Paris
    assert on_duty_at(rota, utc(2026, 1, 11, 23, 0)) == set()  # Monday 00:00 Paris
    assert on_duty_at(rota, utc(2026, 1, 13, 4, 59)) == {BOB}  # Tuesday 05:59 Paris
    assert on_duty_at(rota, utc(2026, 1, 13, 5, 0)) == set()


# --- scheduling the shift jobs -----------------------------------------------------------------------


def test_next_changes_merge_back_to_back_shifts_and_order_ends_before_starts() -> None:
    rota = parse_rota_text(
        f"""
        # Monday cover
        {ALICE} mon 09:00-12:00 {PARIS}
        {ALICE} mon 12:00-17:00 {PARIS}   # back to back: one duty
        {BOB}   mon 17:00-22:00 {PARIS}   # hand-over at 17:00
        """
    )
    changes = next_changes(rota, utc(2026, 1, 5, 0), utc(2026, 1, 6, 0))
    assert changes == [
        RotaChange(utc(2026, 1, 5, 8), ALICE, True),
        RotaChange(utc(2026, 1, 5, 16), ALICE, False),
        RotaChange(utc(2026, 1, 5, 16), BOB, True),
        RotaChange(utc(2026, 1, 5, 21), BOB, False),
    ]


def test_next_changes_window_excludes_after_and_includes_until() -> None:
    rota = parse_rota_text(f"{ALICE} mon 09:00-17:00 {PARIS}")
    start, end = utc(2026, 1, 5, 8), utc(2026, 1, 5, 16)
    assert next_changes(rota, start, end) == [RotaChange(end, ALICE, False)]
    assert next_changes(rota, start - timedelta(seconds=1), start) == [RotaChange(start, ALICE, True)]
    weeks = next_changes(rota, utc(2026, 1, 1), utc(2026, 1, 29))
    assert len(weeks) == 8  # four Mondays, a start and an end each


def test_scheduled_shift_end() -> None:
    rota = parse_rota_text(f"{BOB} fri 22:00-06:00 {PARIS}")
    assert scheduled_shift_end(rota, BOB, utc(2026, 1, 10, 1, 0)) == utc(2026, 1, 10, 5, 0)
    assert scheduled_shift_end(rota, BOB, utc(2026, 1, 10, 12, 0)) is None
    assert scheduled_shift_end(rota, ALICE, utc(2026, 1, 10, 1, 0)) is None


# --- manual shifts ---------------------------------------------------------------------------------


def test_manual_and_scheduled_duty_combine() -> None:
    clock = MovableClock(utc(2026, 1, 5, 10, 0))  # Monday 11:00 Paris
    rota = parse_rota_text(f"{ALICE} mon 09:00-17:00 {PARIS}")
    shifts: list[ManualShift] = []
    assert on_duty(shifts, rota, clock.now()) == {ALICE}
    shifts.append(start_shift(BOB, trained=True, now=clock.now(), manual_shifts=shifts, rota=rota))
    assert on_duty(shifts, rota, clock.now()) == {ALICE, BOB}
    clock.advance(timedelta(hours=8))  # after Alice's shift; Bob's manual shift has no end
    assert on_duty(shifts, rota, clock.now()) == {BOB}
    ended = end_shift(BOB, now=clock.now(), manual_shifts=shifts, rota=rota)
    assert ended.off is None
    assert [s.ended_at for s in ended.closed] == [clock.now()]
    shifts = list(ended.closed)
    assert on_duty(shifts, rota, clock.now()) == set()


def test_ending_a_scheduled_shift_early_lasts_until_its_scheduled_end() -> None:
    clock = MovableClock(utc(2026, 1, 5, 10, 0))
    rota = parse_rota_text(f"{ALICE} mon,tue 09:00-17:00 {PARIS}")
    ended = end_shift(ALICE, now=clock.now(), manual_shifts=[], rota=rota)
    assert ended.off == ManualShift(ALICE, clock.now(), utc(2026, 1, 5, 16, 0), on_duty=False)
    shifts = [ended.off]
    assert on_duty(shifts, rota, clock.now()) == set()
    clock.set(utc(2026, 1, 6, 8, 0))  # Tuesday's shift starts as planned
    assert on_duty(shifts, rota, clock.now()) == {ALICE}


def test_starting_again_after_ending_early() -> None:
    clock = MovableClock(utc(2026, 1, 5, 10, 0))
    rota = parse_rota_text(f"{ALICE} mon 09:00-17:00 {PARIS}")
    ended = end_shift(ALICE, now=clock.now(), manual_shifts=[], rota=rota)
    assert ended.off is not None
    shifts = [ended.off]
    clock.advance(timedelta(minutes=30))
    shifts.append(start_shift(ALICE, trained=True, now=clock.now(), manual_shifts=shifts, rota=rota))
    assert on_duty(shifts, rota, clock.now()) == {ALICE}


@pytest.mark.parametrize(
    ("action", "code"),
    [
        ("untrained", RotaErrorCode.NOT_TRAINED),
        ("start_scheduled", RotaErrorCode.ALREADY_ON),
        ("start_twice", RotaErrorCode.ALREADY_ON),
        ("end_off", RotaErrorCode.NOT_ON),
    ],
)
def test_shift_errors(action: str, code: RotaErrorCode) -> None:
    now = utc(2026, 1, 5, 10, 0)
    rota = parse_rota_text(f"{ALICE} mon 09:00-17:00 {PARIS}")
    with pytest.raises(RotaError) as caught:
        if action == "untrained":
            start_shift(BOB, trained=False, now=now, manual_shifts=[], rota=rota)
        elif action == "start_scheduled":
            start_shift(ALICE, trained=True, now=now, manual_shifts=[], rota=rota)
        elif action == "start_twice":
            first = start_shift(BOB, trained=True, now=now, manual_shifts=[], rota=rota)
            start_shift(BOB, trained=True, now=now, manual_shifts=[first], rota=rota)
        else:
            end_shift(CHLOE, now=now, manual_shifts=[], rota=rota)
    assert caught.value.code is code
    assert caught.value.key == code.value


# --- parsing ---------------------------------------------------------------------------------------


def test_parse_toml_with_a_default_zone_and_an_override() -> None:
    rota = parse_rota_toml(
        f"""
        timezone = "{PARIS}"

        [[shift]]
        moderator = {ALICE}
        days = ["lundi", "tue"]
        start = "09:00"
        end = "17:00"

        [[shift]]
        moderator = "{BOB}"
        day = "weekend"
        start = "22:00"
        end = "06:00"
        timezone = "America/Montreal"
        """,
        source="rota.toml",
    )
    assert {(e.moderator_id, e.weekday, e.tz) for e in rota.entries} == {
        (ALICE, 0, PARIS),
        (ALICE, 1, PARIS),
        (BOB, 5, "America/Montreal"),
        (BOB, 6, "America/Montreal"),
    }
    assert rota.moderators == {ALICE, BOB}
    assert all(e.crosses_midnight for e in rota.entries if e.moderator_id == BOB)


@pytest.mark.parametrize(
    ("text", "where", "field"),
    [
        (
            f'timezone = "{PARIS}"\n[[shift]]\ndays = ["mon"]\nstart = "09:00"\nend = "10:00"',
            "shift #1",
            "moderator",
        ),
        (
            f'[[shift]]\nmoderator = {ALICE}\nday = "mon"\nstart = "9h"\nend = "10:00"\ntz = "{PARIS}"',
            "shift #1",
            "start",
        ),
        (
            f'[[shift]]\nmoderator = {ALICE}\nday = "mon"\nstart = "09:00"\nend = "25:00"\ntz = "{PARIS}"',
            "shift #1",
            "end",
        ),
        (
            f'[[shift]]\nmoderator = {ALICE}\nday = "funday"\nstart = "09:00"\nend = "10:00"\ntz = "{PARIS}"',
            "shift #1",
            "days",
        ),
        (
            f'[[shift]]\nmoderator = {ALICE}\nstart = "09:00"\nend = "10:00"\ntz = "{PARIS}"',
            "shift #1",
            "days",
        ),
        (
            f'[[shift]]\nmoderator = {ALICE}\nday = "mon"\nstart = "09:00"\nend = "10:00"',
            "shift #1",
            "timezone",
        ),
        (
            f'[[shift]]\nmoderator = {ALICE}\nday = "mon"\nstart = "09:00"\nend = "10:00"\n'
            'tz = "Mars/Olympus"',
            "shift #1",
            "timezone",
        ),
        (
            f'[[shift]]\nmoderator = -4\nday = "mon"\nstart = "09:00"\nend = "10:00"\ntz = "{PARIS}"',
            "shift #1",
            "moderator",
        ),
        (
            f'tz = "{PARIS}"\n[[shift]]\nmoderator = {ALICE}\nday = "mon"\nstart = "09:00"\nend = "10:00"\n'
            f'[[shift]]\nmoderator = {BOB}\nday = "mon"\nstart = "09:00"\nende = "10:00"',
            "shift #2",
            "ende",
        ),
        ('timezone = "Nowhere/City"', "top level", "timezone"),
        ("colour = 'blue'", "top level", "colour"),
        ("shift = [", "file", "toml"),
    ],
)
def test_toml_errors_name_the_source_the_shift_and_the_field(text: str, where: str, field: str) -> None:
    with pytest.raises(RotaParseError) as caught:
        parse_rota_toml(text, source="rota.toml")
    error = caught.value
    assert (error.source, error.where, error.field) == ("rota.toml", where, field)
    assert str(error).startswith(f"rota.toml: {where}: field '{field}': ")
    assert error.problem


@pytest.mark.parametrize(
    ("text", "where", "field"),
    [
        (f"{ALICE} mon 09:00-17:00", "line 1", "timezone"),
        (f"\n# comment\n{ALICE} mon 0900-1700 {PARIS}", "line 3", "hours"),
        (f"{ALICE} mon 09:00 {PARIS}", "line 1", "hours"),
        (f"alice mon 09:00-17:00 {PARIS}", "line 1", "moderator"),
        (f"{ALICE} someday 09:00-17:00 {PARIS}", "line 1", "days"),
        (f"{ALICE} 09:00-17:00", "line 1", "line"),
    ],
)
def test_text_errors_name_the_line_and_the_field(text: str, where: str, field: str) -> None:
    with pytest.raises(RotaParseError) as caught:
        parse_rota_text(text, source="/rota set")
    assert (caught.value.where, caught.value.field) == (where, field)
    assert str(caught.value).startswith(f"/rota set: {where}: field '{field}'")


def test_text_rota_uses_the_default_zone() -> None:
    rota = parse_rota_text(f"{ALICE} weekdays 09:00-17:00", default_tz=PARIS)
    assert [e.weekday for e in rota.entries] == [0, 1, 2, 3, 4]
    assert {e.tz for e in rota.entries} == {PARIS}


def test_small_parsers() -> None:
    assert parse_time("00:00") == time(0, 0)
    assert parse_time("24:00", allow_24=True) == time(0, 0)
    for bad in ("24:00", "7:00", "12:60", "noon", 900):
        with pytest.raises(ValueError):
            parse_time(bad)
    assert parse_days("sat, dimanche") == (5, 6)
    assert parse_days(["Mon", "mon", "FRIDAY"]) == (0, 4)
    bad_values: tuple[object, ...] = ("", [], "mon;tue", 3)
    for bad_days in bad_values:
        with pytest.raises(ValueError):
            parse_days(bad_days)


def test_rota_entry_validation() -> None:
    with pytest.raises(ValueError):
        RotaEntry(ALICE, 7, time(9), time(10), PARIS)
    with pytest.raises(ValueError, match="unknown time zone"):
        RotaEntry(ALICE, 0, time(9), time(10), "Not/AZone")
