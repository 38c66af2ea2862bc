"""SM-2 as pure functions: the table of docs/api.md, and hypothesis properties."""

from __future__ import annotations

from datetime import date, timedelta

from hypothesis import given
from hypothesis import strategies as st

from pyscape_server.progress import srs
from pyscape_server.progress.srs import Rating, Schedule
from pyscape_server.progress.xp import level_for, xp_for_level

TODAY = date(2024, 1, 7)
ratings = st.sampled_from(list(Rating))
days = st.integers(min_value=0, max_value=3650).map(lambda n: TODAY + timedelta(days=n))


def after(*given_ratings: Rating, today: date = TODAY) -> Schedule:
    state = srs.first_solve(today)
    for rating in given_ratings:
        state = srs.rate(state, rating, today)
    return state


def test_two_goods_give_3_then_8_days():
    first = after(Rating.GOOD)
    assert (first.interval_days, first.next_review_date) == (3, TODAY + timedelta(days=3))
    second = srs.rate(first, Rating.GOOD, TODAY)
    assert second.interval_days == 8  # 3 x 2.5 = 7.5, rounded up
    assert second.next_review_date == TODAY + timedelta(days=8)
    assert second.ease_factor == 2.5


def test_the_table_first_and_later():
    assert (after(Rating.AGAIN).interval_days, after(Rating.AGAIN).ease_factor) == (1, 2.3)
    assert (after(Rating.HARD).interval_days, after(Rating.HARD).ease_factor) == (1, 2.35)
    good_then_hard = after(Rating.GOOD, Rating.HARD)
    assert good_then_hard.interval_days == 4  # 3 x 1.2 = 3.6 -> 4
    assert good_then_hard.ease_factor == 2.35
    good_then_again = after(Rating.GOOD, Rating.AGAIN)
    assert (good_then_again.interval_days, good_then_again.ease_factor) == (1, 2.3)
    mastered = after(Rating.GOOD, Rating.MASTERED)
    assert mastered.is_mastered and mastered.next_review_date is None
    assert after(Rating.MASTERED).is_mastered


def test_float_noise_does_not_add_a_day():
    state = Schedule(interval_days=5, ratings=1)
    assert srs.rate(state, Rating.HARD, TODAY).interval_days == 6  # 5 x 1.2 is 6.000000000000001


def test_a_new_solve_is_due_tomorrow():
    assert srs.first_solve(TODAY).next_review_date == TODAY + timedelta(days=1)
    assert srs.first_solve(TODAY).ease_factor == 2.5


@given(st.lists(st.tuples(ratings, days), max_size=40))
def test_ease_never_below_the_floor(history):
    state = srs.first_solve(TODAY)
    for rating, day in history:
        state = srs.rate(state, rating, day)
        assert state.ease_factor >= srs.MIN_EASE
        assert state.ease_factor <= srs.START_EASE


@given(st.lists(ratings, max_size=40), days)
def test_good_never_shrinks_the_interval(history, day):
    state = after(*history)
    rated = srs.rate(state, Rating.GOOD, day)
    assert rated.interval_days >= state.interval_days
    assert rated.next_review_date == day + timedelta(days=rated.interval_days)
    assert not rated.is_mastered


@given(st.lists(ratings, max_size=40), days)
def test_every_rating_but_mastered_schedules_a_whole_day_ahead(history, day):
    state = after(*history)
    for rating in (Rating.AGAIN, Rating.HARD, Rating.GOOD):
        rated = srs.rate(state, rating, day)
        assert 1 <= rated.interval_days <= srs.MAX_INTERVAL_DAYS
        assert rated.next_review_date > day
        assert rated.ratings == state.ratings + 1


@given(st.lists(ratings, max_size=40), days)
def test_mastered_leaves_the_rotation(history, day):
    state = srs.rate(after(*history), Rating.MASTERED, day)
    assert state.is_mastered and state.next_review_date is None


@given(st.integers(min_value=0, max_value=10**9))
def test_levels(xp):
    level = level_for(xp)
    assert xp_for_level(level) <= xp < xp_for_level(level + 1)


def test_level_thresholds():
    assert [level_for(x) for x in (0, 499, 500, 1499, 1500, 3000)] == [1, 1, 2, 2, 3, 4]
