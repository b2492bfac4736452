"""Property tests: what must hold for every input, not just the worked examples."""

from __future__ import annotations

from decimal import Decimal

from hypothesis import assume, given
from hypothesis import strategies as st

from warrant_terms.calc import CalcTerms, Event, Split, StockDividend, apply_events, net_shares
from warrant_terms.calc.rounding import PRICE_PLACES, calc_context
from warrant_terms.schema.models import AntiDilutionKind

HALF_TICK = Decimal(1).scaleb(-PRICE_PLACES) / 2  # the most one price rounding can move
ALL_KINDS: frozenset[AntiDilutionKind] = frozenset(
    {"split_combination", "stock_dividend", "price_based_weighted_average"}
)

prices = st.decimals(min_value=Decimal("0.01"), max_value=Decimal(500), places=2)
share_counts = st.integers(min_value=1, max_value=10**8)
ratios = st.integers(min_value=1, max_value=50)


def terms(price: Decimal, shares: int, keep: bool) -> CalcTerms:
    return CalcTerms(
        exercise_price=price,
        shares=shares,
        anti_dilution=ALL_KINDS,
        preserves_aggregate_price=keep,
    )


@given(prices, share_counts, ratios, ratios, st.booleans())
def test_splits_preserve_aggregate_price(
    price: Decimal, shares: int, new: int, old: int, keep: bool
) -> None:
    assume(new != old)
    r = apply_events(terms(price, shares, keep), [Split(new, old)])
    assert r.shares is not None
    before = price * shares
    after = r.exercise_price * r.shares
    # rounding down loses under one share at the new price; rounding the price moves
    # the product by at most half a tick per share
    with calc_context():
        slack = r.exercise_price + HALF_TICK * r.shares
        assert abs(after - before) <= slack
        assert r.shares == (shares * new) // old


@given(prices, share_counts, ratios, ratios, st.booleans())
def test_split_then_inverse_returns_the_start(
    price: Decimal, shares: int, new: int, old: int, keep: bool
) -> None:
    assume(new != old)
    r = apply_events(terms(price, shares, keep), [Split(new, old), Split(old, new)])
    assert r.shares is not None
    with calc_context():
        price_slack = HALF_TICK * new / old + HALF_TICK
        assert abs(r.exercise_price - price) <= price_slack
        # one floor per step: at most a share lost each time, scaled back
        assert 0 <= shares - r.shares <= 1 + old // new


@given(prices, share_counts, st.integers(min_value=1, max_value=100), st.booleans())
def test_stock_dividend_then_reverse_split_returns_the_start(
    price: Decimal, shares: int, pct: int, keep: bool
) -> None:
    events: list[Event] = [StockDividend(Decimal(pct) / 100), Split(100, 100 + pct)]
    r = apply_events(terms(price, shares, keep), events)
    assert r.shares is not None
    with calc_context():
        assert abs(r.exercise_price - price) <= HALF_TICK * (100 + pct) / 100 + HALF_TICK
    assert 0 <= shares - r.shares <= 2


@given(
    st.integers(min_value=1, max_value=10**7),
    prices,
    st.decimals(min_value=Decimal("0.01"), max_value=Decimal(1000), places=2),
    st.decimals(min_value=Decimal("0.01"), max_value=Decimal(1000), places=2),
)
def test_net_shares_bounded_and_rise_with_fmv(
    y: int, price: Decimal, fmv_a: Decimal, fmv_b: Decimal
) -> None:
    low, high = sorted((fmv_a, fmv_b))
    assume(low > price)
    x_low, x_high = net_shares(y, low, price), net_shares(y, high, price)
    assert 0 < x_low <= x_high < y


@given(
    prices,
    st.integers(min_value=1, max_value=10**7),
    st.integers(min_value=1, max_value=10**7),
    st.integers(min_value=0, max_value=10**7),
    st.decimals(min_value=Decimal("0.01"), max_value=Decimal(500), places=2),
)
def test_weighted_average_lies_between_issue_price_and_old_price(
    price: Decimal, outstanding: int, issued: int, deemed: int, issue_price: Decimal
) -> None:
    spec = f"issue:shares={issued},price={issue_price},outstanding={outstanding},deemed={deemed}"
    broad = apply_events(terms(price, 1000, True), [spec + ",basis=broad"])
    narrow = apply_events(terms(price, 1000, True), [spec + ",basis=narrow"])
    if issue_price >= price:
        assert broad.exercise_price == narrow.exercise_price == price
        return
    with calc_context():
        assert issue_price - HALF_TICK <= narrow.exercise_price <= broad.exercise_price
        assert broad.exercise_price <= price + HALF_TICK
    # the holder never gets fewer shares when the price falls
    assert broad.shares is not None and broad.shares >= 1000
