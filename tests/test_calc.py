"""Exercise and adjustment on the seed warrant (Juniper EX-4.2) and on hand-made terms."""

from __future__ import annotations

import datetime as dt
import json
from decimal import Decimal

import pytest
from shared_files import seed_gold_path

from warrant_terms.calc import (
    CalcError,
    CalcTerms,
    Issuance,
    Split,
    apply_events,
    average_close,
    cash_exercise,
    exercise,
    net_exercise,
    parse_event,
    read_price_csv,
)
from warrant_terms.schema.models import Warrant

SEED_KINDS = frozenset(
    {
        "split_combination",
        "stock_dividend",
        "distribution",
        "reorganization",
        "price_based_weighted_average",
    }
)


def seed_warrant() -> Warrant:
    """The seed's gold values, plus what Section 16 and the Section 4 preamble say."""
    gold = json.loads(seed_gold_path().read_text(encoding="utf-8"))["warrants"][0]
    terms = {name: {"value": value} for name, value in gold.items()}
    terms["fractional_cash_basis"] = {"value": "exercise_price"}  # Section 16
    terms["preserves_aggregate_price"] = {"value": True}  # Section 4 preamble
    return Warrant.model_validate(terms)


@pytest.fixture
def seed() -> Warrant:
    return seed_warrant()


def plain(**kw: object) -> CalcTerms:
    base: dict[str, object] = {
        "exercise_price": Decimal("2.40"),
        "shares": 83333,
        "cashless_exercise": True,
        "anti_dilution": SEED_KINDS,
    }
    return CalcTerms(**(base | kw))  # type: ignore[arg-type]


# --- exercise ------------------------------------------------------------------------


def test_seed_fixture_matches_gold(seed: Warrant) -> None:
    assert seed.shares.value == 83333
    assert seed.exercise_price.value == Decimal("2.40")
    assert seed.cashless_exercise.value is True
    assert set(seed.anti_dilution.value or []) == SEED_KINDS


def test_seed_net_exercise_worked_example(seed: Warrant) -> None:
    r = net_exercise(seed, Decimal("10.00"))
    # X = 83,333 x (10.00 - 2.40) / 10.00 = 63,333.08
    assert r.exact_shares == Decimal("63333.08")
    assert r.shares_issued == 63333
    assert r.fractional_share == Decimal("0.08")
    # Section 16: fraction x the then effective Stock Purchase Price = 0.08 x 2.40 = 0.192
    assert r.fraction_basis == "exercise_price"
    assert r.cash_for_fraction == Decimal("0.19")
    assert r.aggregate_price == Decimal("199999.20")
    assert r.cash_paid_by_holder == 0
    assert r.shares_remaining == 0
    assert r.notes == []


def test_net_exercise_accepts_a_record_round_trip(seed: Warrant) -> None:
    again = Warrant.model_validate_json(seed.model_dump_json())
    assert net_exercise(again, "10.00") == net_exercise(seed, "10.00")


def test_fraction_at_fair_market_value() -> None:
    t = plain(fractional_shares="cash", fractional_cash_basis="fair_market_value")
    assert net_exercise(t, "10.00").cash_for_fraction == Decimal("0.80")


def test_cash_policy_without_basis_uses_fmv_and_says_so() -> None:
    r = net_exercise(plain(fractional_shares="cash"), "10.00")
    assert r.cash_for_fraction == Decimal("0.80")
    assert r.fraction_basis == "fair_market_value"
    assert any("fair market value is used" in n for n in r.notes)


@pytest.mark.parametrize(
    ("policy", "issued"),
    [("round_down", 2), ("round_up", 3), ("round_nearest", 3), ("cash", 2), (None, 2)],
)
def test_fraction_policies_on_a_half_share(policy: str | None, issued: int) -> None:
    # 10 x (4 - 3) / 4 = 2.5 shares
    t = plain(exercise_price=Decimal(3), shares=10, fractional_shares=policy)
    r = net_exercise(t, "4")
    assert r.exact_shares == Decimal("2.5")
    assert r.shares_issued == issued
    expected_cash = Decimal("2.00") if policy == "cash" else Decimal("0.00")
    assert r.cash_for_fraction == expected_cash
    assert r.fraction_policy == (policy or "round_down")


def test_round_up_does_not_add_a_share_to_a_whole_result() -> None:
    r = net_exercise(plain(shares=1000, fractional_shares="round_up"), "10")
    assert (r.exact_shares, r.shares_issued) == (Decimal(760), 760)


def test_partial_net_exercise(seed: Warrant) -> None:
    r = net_exercise(seed, "10.00", shares=1000)
    assert (r.shares_exercised, r.shares_issued, r.shares_remaining) == (1000, 760, 82333)
    assert r.cash_for_fraction == 0


def test_cash_exercise_all_and_part(seed: Warrant) -> None:
    full = cash_exercise(seed)
    assert (full.shares_issued, full.cash_paid_by_holder) == (83333, Decimal("199999.20"))
    part = exercise(seed, "cash", shares=10000)
    assert (part.shares_issued, part.aggregate_price, part.shares_remaining) == (
        10000,
        Decimal("24000.00"),
        73333,
    )


@pytest.mark.parametrize(
    ("terms", "fmv", "message"),
    [
        (plain(cashless_exercise=False), "10", "denies a cashless"),
        (plain(cashless_exercise=None), "10", "does not state a cashless"),
        (plain(), "2.40", "at or below the exercise price"),
        (plain(), "1.00", "at or below the exercise price"),
        (plain(), None, "needs the fair market value"),
        (plain(), "-5", "must be positive"),
        (plain(exercise_price=None), "10", "exercise price is not stated"),
    ],
)
def test_net_exercise_refuses(terms: CalcTerms, fmv: str | None, message: str) -> None:
    with pytest.raises(CalcError, match=message):
        net_exercise(terms, fmv)


def test_cannot_exercise_more_than_the_warrant(seed: Warrant) -> None:
    with pytest.raises(CalcError, match="covers 83,333 shares"):
        net_exercise(seed, "10", shares=83334)


# --- fair market value ---------------------------------------------------------------


def _series(closes: list[str]) -> list[tuple[dt.date, Decimal]]:
    start = dt.date(2024, 3, 1)
    return [(start + dt.timedelta(days=i), Decimal(c)) for i, c in enumerate(closes)]


def test_ten_day_average_before_the_election_date() -> None:
    series = _series([str(n) for n in range(1, 16)])  # closes 1..15 on Mar 1..15
    fmv = average_close(series, 10, before=dt.date(2024, 3, 13))
    assert fmv.value == Decimal("7.5000")  # mean of 3..12
    assert (fmv.first_date, fmv.last_date) == (dt.date(2024, 3, 3), dt.date(2024, 3, 12))


def test_average_rounds_to_four_places() -> None:
    assert average_close(_series(["1", "1", "2"]), 3).value == Decimal("1.3333")


def test_average_needs_enough_closes() -> None:
    with pytest.raises(CalcError, match="need 10 closes"):
        average_close(_series(["1", "2"]), 10)


def test_price_csv_with_header_and_blank_lines() -> None:
    points = read_price_csv("date,close\n2024-01-02,10.50\n\n2024-01-03,11.50\n")
    assert average_close(points, 2).value == Decimal("11.0000")


@pytest.mark.parametrize(
    ("text", "message"),
    [
        ("2024-01-02,10\nnot-a-date,11\n", "line 2: 'not-a-date' is not a date"),
        ("2024-01-02,-3\n", "must be positive"),
        ("2024-01-02\n", "expected 'date,close'"),
        ("date,close\n", "holds no 'date,close' rows"),
    ],
)
def test_bad_price_csv(text: str, message: str) -> None:
    with pytest.raises(CalcError, match=message):
        read_price_csv(text)


# --- adjustments ---------------------------------------------------------------------


def test_seed_two_for_one_split(seed: Warrant) -> None:
    r = apply_events(seed, ["split:2:1"])
    assert (r.shares, r.exercise_price) == (166666, Decimal("1.2000"))
    (step,) = r.steps
    assert step.status == "applied"
    assert step.inputs["CP1"] == "2.40" and step.inputs["S1"] == 83333
    assert r.aggregate_price == r.start_aggregate_price == Decimal("199999.20")


def test_split_without_aggregate_rule_scales_shares() -> None:
    r = apply_events(plain(), [Split(2, 1)])
    assert (r.shares, r.exercise_price) == (166666, Decimal("1.2000"))
    assert "S1 x ratio" in (r.steps[0].formula or "")


def test_reverse_split(seed: Warrant) -> None:
    r = apply_events(seed, ["reverse-split:1:10"])
    assert (r.shares, r.exercise_price) == (8333, Decimal("24.0000"))


def test_stock_dividend(seed: Warrant) -> None:
    r = apply_events(seed, ["stock-dividend:0.05"])
    # 2.40 / 1.05 = 2.285714...; shares 83,333 x 1.05 = 87,499.65
    assert (r.shares, r.exercise_price) == (87499, Decimal("2.2857"))


def test_seed_broad_based_weighted_average_by_hand(seed: Warrant) -> None:
    # 8,000,000 common + 2,000,000 on options, warrants and convertibles (deemed
    # outstanding under 4.4) = A 10,000,000; 1,000,000 new shares at $1.50.
    # Section 4.4: (A x CP1 + consideration) / (A + C)
    #   = (10,000,000 x 2.40 + 1,500,000) / 11,000,000 = 2.318181...
    # Same as CP1 x (A + B)/(A + C) with B = 1,500,000 / 2.40 = 625,000.
    # Shares (Section 4 preamble) = 2.40 x 83,333 / 2.318181... = 86,274.16 -> 86,274
    r = apply_events(
        seed, ["issue:shares=1000000,price=1.50,outstanding=8000000,deemed=2000000,basis=broad"]
    )
    (step,) = r.steps
    assert step.status == "applied"
    assert step.anti_dilution_kind == "price_based_weighted_average"
    assert (step.inputs["A"], step.inputs["B"], step.inputs["C"]) == (
        10_000_000,
        "625000",
        1_000_000,
    )
    assert str(step.inputs["A_counts"]).startswith("broad-based")
    assert r.exercise_price == Decimal("2.3182")
    assert r.shares == 86274


def test_narrow_based_counts_outstanding_only(seed: Warrant) -> None:
    # (8,000,000 x 2.40 + 1,500,000) / 9,000,000 = 2.30; 199,999.20 / 2.30 = 86,956.17
    r = apply_events(
        seed, ["issue:shares=1000000,price=1.50,outstanding=8000000,deemed=2000000,basis=narrow"]
    )
    assert (r.exercise_price, r.shares) == (Decimal("2.3000"), 86956)
    assert r.steps[0].inputs["A"] == 8_000_000


def test_full_ratchet_where_granted() -> None:
    t = plain(anti_dilution=frozenset({"price_based_full_ratchet"}), preserves_aggregate_price=True)
    r = apply_events(t, ["issue:shares=10,price=1.50,outstanding=100"])
    assert (r.exercise_price, r.shares) == (Decimal("1.5000"), 133332)
    assert r.steps[0].anti_dilution_kind == "price_based_full_ratchet"


def test_full_ratchet_not_granted_by_the_seed(seed: Warrant) -> None:
    r = apply_events(seed, ["issue:shares=10,price=1.50,outstanding=100,method=full_ratchet"])
    assert r.steps[0].status == "not_applicable"
    assert (r.exercise_price, r.shares) == (Decimal("2.40"), 83333)


def test_issue_at_or_above_price_and_exempt_issue(seed: Warrant) -> None:
    r = apply_events(
        seed,
        [
            "issue:shares=10,price=2.40,outstanding=100",
            "issue:shares=10,price=1.00,outstanding=100,exempt=yes",
        ],
    )
    assert [s.status for s in r.steps] == ["no_adjustment", "exempt"]
    assert (r.exercise_price, r.shares) == (Decimal("2.40"), 83333)


def test_only_granted_kinds_apply() -> None:
    t = plain(anti_dilution=frozenset({"stock_dividend"}))
    r = apply_events(t, ["split:2:1", "stock-dividend:0.10"])
    assert [s.status for s in r.steps] == ["not_applicable", "applied"]
    assert "grants no split_combination" in r.steps[0].note
    assert r.exercise_price == Decimal("2.1818")


def test_unstated_anti_dilution_applies_nothing() -> None:
    r = apply_events(plain(anti_dilution=None), ["split:2:1"])
    assert r.steps[0].status == "not_applicable"
    assert r.notes and "not stated" in r.notes[0]


def test_price_adjustment_without_aggregate_rule_keeps_shares() -> None:
    r = apply_events(plain(), ["issue:shares=1000000,price=1.50,outstanding=10000000"])
    assert r.exercise_price == Decimal("2.3182") and r.shares == 83333
    assert "share count unchanged" in r.steps[0].note


def test_price_that_rounds_to_zero_is_an_error() -> None:
    t = plain(exercise_price=Decimal("0.01"))
    with pytest.raises(CalcError, match="would take the price to 0.0000"):
        apply_events(t, ["issue:shares=1000,price=0,outstanding=1"])


def test_combination_to_whole_shares_is_exact() -> None:
    # 22 shares, 1-for-22: exactly one share (a rounded 1/22 ratio would floor to 0)
    r = apply_events(plain(exercise_price=Decimal("0.01"), shares=22), ["reverse-split:1:22"])
    assert (r.shares, r.exercise_price) == (1, Decimal("0.2200"))


def test_both_price_based_kinds_need_a_method() -> None:
    kinds = frozenset({"price_based_weighted_average", "price_based_full_ratchet"})
    with pytest.raises(CalcError, match="method=weighted_average or method=full_ratchet"):
        apply_events(plain(anti_dilution=kinds), ["issue:shares=1,price=1,outstanding=9"])


def test_steps_chain_in_order(seed: Warrant) -> None:
    r = apply_events(seed, ["split:2:1", "issue:shares=1000000,price=0.60,outstanding=10000000"])
    first, second = r.steps
    assert second.price_before == first.price_after == Decimal("1.2000")
    assert second.shares_before == first.shares_after == 166666
    # (10,000,000 x 1.20 + 600,000) / 11,000,000 = 1.145454... -> 1.1455
    assert r.exercise_price == Decimal("1.1455")


@pytest.mark.parametrize(
    ("text", "message"),
    [
        ("merger:1:1", "unknown event"),
        ("split:2", "NEW:OLD"),
        ("split:1:2", "write reverse-split:1:2"),
        ("reverse-split:10:1", "reverse-split:1:10"),
        ("split:3:3", "changes nothing"),
        ("split:x:1", "whole number"),
        ("stock-dividend:-0.05", "must be positive"),
        ("issue:shares=10,price=1", "lacks outstanding"),
        ("issue:shares=10,price=1,outstanding=5,basis=wide", "basis must be broad or narrow"),
        ("issue:shares=10,price=1,outstanding=5,colour=red", "is not one of"),
    ],
)
def test_bad_events(text: str, message: str) -> None:
    with pytest.raises(CalcError, match=message):
        parse_event(text)


def test_issue_event_spelling_round_trips() -> None:
    event = parse_event("issue:shares=5,price=1.5,outstanding=100,deemed=20,basis=narrow")
    assert event == Issuance(5, Decimal("1.5"), 100, 20, "narrow")
    assert parse_event(event.label) == event
