"""Version-2 records built by hand from two real exhibits, for the calc, export, OCF and review
tests while the extractor does not yet fill the version-2 fields.

Every value is what the clause quoted beside it says, and every evidence span is the exact
text at those offsets of `warrant-terms text` on the document
(`test_v2_records.py` checks that against ../shared/corpus-found when it is there; the
records themselves need no file, so the tests that use them run in a bare clone too).

- SPAC: the Hudson Executive Investment Corp. warrant agreement of June 8, 2020
  (f001_hudson-executive-investment-corp.txt): Public Warrants and Private Placement Warrants.
- Pre-funded: the Akoustis Technologies pre-funded warrant of May 24, 2024
  (r001_akoustis-technologies_pre-funded.html): a 9.99% blocker that cannot pass 9.99%.
"""

from __future__ import annotations

import datetime as dt
from decimal import Decimal
from typing import Any

from warrant_terms.evaluate.shared import shared_root
from warrant_terms.schema import (
    BeneficialOwnershipLimit,
    Evidence,
    LaterOf,
    Record,
    Redemption,
    RelativeDate,
    Source,
    Warrant,
)

SHARED = shared_root()
SPAC_PATH = SHARED / "corpus-found" / "f001_hudson-executive-investment-corp.txt"
PREFUNDED_PATH = SHARED / "corpus-found" / "r001_akoustis-technologies_pre-funded.html"


def ev(start: int, text: str, page: int = 1) -> Evidence:
    return Evidence(start=start, end=start + len(text), page=page, text=text)


def term(
    value: Any, *spans: Evidence, confidence: float = 0.95, rule: str = "hand"
) -> dict[str, Any]:
    """One field as a record holds it (validated into its typed `Term` by `Warrant`)."""
    return {"value": value, "evidence": list(spans), "confidence": confidence, "rule": rule}


# --- the SPAC warrant agreement ---------------------------------------------------------

ISSUER = ev(155, "Hudson Executive Investment Corp.")
DELAWARE = ev(190, "a Delaware corporation")
AGENT = ev(236, "Continental Stock Transfer & Trust Company")
DATED = ev(111, "dated as of June 8, 2020")
CLASS_A = ev(586, "Class A common stock")
PUBLIC = ev(990, "Public Warrants ”")
PRIVATE = ev(1575, "Private Placement Warrants ”")
SPONSOR = ev(1168, "HEC Sponsor LLC")
ONE_SHARE = ev(
    3256,
    "each whole Warrant entitles the holder thereof to purchase one share of Common Stock "
    "for $11.50 per whole share",
)
PRICE = ev(13865, "at the price of $11.50 per share")
START_BC = ev(
    14686,
    "commencing on the later of: (i) the date that is thirty (30) days after the first date "
    "on which the Company completes a merger",
)
START_IPO = ev(
    15000, "and (ii) the date that is twelve (12) months from the date of the closing of the Offering"
)
EXPIRY = ev(
    15175,
    "the date that is five (5) years after the date on which the Company completes its initial "
    "Business Combination",
)
REDEMPTION_PRICE = ev(48884, "at the price of $0.01 per Warrant")
TRIGGER = ev(49016, "at least $18.00 per share")
WINDOW = ev(49103, "on each of twenty (20) trading days within the thirty (30) trading-day period")
NOTICE = ev(50053, "not less than thirty (30) days prior to the Redemption Date")
NOT_REDEEMABLE = ev(10977, "shall not be redeemable by the Company")
PRIVATE_CASHLESS = ev(10700, "may be exercised for cash or on a cashless basis")
PUBLIC_CASHLESS = ev(
    50518, "for cash (or on a “cashless basis” in accordance with subsection 3.3.1(b)"
)
ROUND_DOWN = ev(10181, "round down to the nearest whole number")
NEW_YORK = ev(60227, "laws of the State of New York")

BUSINESS_COMBINATION = RelativeDate(
    amount=30,
    unit="days",
    anchor="business_combination",
    anchor_text="the first date on which the Company completes a merger, capital stock "
    "exchange, asset acquisition, stock purchase, reorganization or similar business combination",
)
TWELVE_MONTHS = RelativeDate(
    amount=12, unit="months", anchor="ipo_closing", anchor_text="the closing of the Offering"
)
FIVE_YEARS = RelativeDate(
    amount=5,
    unit="years",
    anchor="business_combination",
    anchor_text="the date on which the Company completes its initial Business Combination",
)
SPAC_REDEMPTION = Redemption(
    trigger_price=Decimal("18.00"),
    trading_days=20,
    window_days=30,
    redemption_price=Decimal("0.01"),
    notice_days=30,
)


def _spac_common() -> dict[str, Any]:
    return {
        "issuer": term("Hudson Executive Investment Corp.", ISSUER),
        "issuer_jurisdiction": term("Delaware", DELAWARE, confidence=0.9),
        "security": term("Class A Common Stock", CLASS_A),
        "shares_per_warrant": term(Decimal(1), ONE_SHARE),
        "exercise_price": term(Decimal("11.50"), PRICE),
        "currency": term("USD", PRICE),
        "issue_date": term(dt.date(2020, 6, 8), DATED, confidence=0.7),
        "exercisable_from": term(
            LaterOf(later_of=[BUSINESS_COMBINATION, TWELVE_MONTHS]), START_BC, START_IPO
        ),
        "expiration_term": term(FIVE_YEARS, EXPIRY),
        "fractional_shares": term("round_down", ROUND_DOWN),
        "governing_law": term("New York", NEW_YORK),
        "warrant_agent": term("Continental Stock Transfer & Trust Company", AGENT),
    }


def spac_public() -> Warrant:
    return Warrant.model_validate({
        **_spac_common(),
        "instrument_name": term("Public Warrants", PUBLIC),
        "cashless_exercise": term(True, PUBLIC_CASHLESS),
        "redemption": term([SPAC_REDEMPTION], REDEMPTION_PRICE, TRIGGER, WINDOW, NOTICE),
    })


def spac_private() -> Warrant:
    return Warrant.model_validate({
        **_spac_common(),
        "instrument_name": term("Private Placement Warrants", PRIVATE),
        # low on purpose: the Sponsor buys them, the holder may be a Permitted Transferee
        "holder": term("HEC Sponsor LLC", SPONSOR, confidence=0.5),
        "cashless_exercise": term(True, PRIVATE_CASHLESS),
        "redemption": term([], NOT_REDEEMABLE),
    })


def spac_record(path: str = str(SPAC_PATH)) -> Record:
    return Record(
        source=Source(path=path, media_type="text/plain", pages=1, document="EX-4.1",
                      document_index=0, filename="d937996dex41.htm",
                      sha256="73b078553b782d7468985524dfc97f5806e62c520b0fadd2c44c694a850e44f2"),
        status="ok",
        warrants=[spac_public(), spac_private()],
    )


# --- the pre-funded warrant -------------------------------------------------------------

PF_TITLE = ev(13, "PRE-FUNDED COMMON STOCK PURCHASE WARRANT")
PF_ISSUER = ev(596, "Akoustis Technologies, Inc.")
PF_DELAWARE = ev(625, "a Delaware corporation")
PF_ISSUED = ev(139, "Issue Date: May 24, 2024")
PF_START = ev(406, "at any time on or after the date hereof (the “Initial Exercise Date”)")
PF_PRICE = ev(3669, "nominal exercise price of $0.001 per Warrant Share")
PF_CASHLESS = ev(4435, "Cashless Exercise")
PF_BLOCKER = ev(21663, "The “Beneficial Ownership Limitation” shall be 9.99%")
PF_CAP = ev(22016, "provided that the Beneficial Ownership Limitation in no event exceeds 9.99%")
PF_COMMON = ev(740, "Common Stock")


def prefunded_warrant() -> Warrant:
    return Warrant.model_validate({
        "instrument_name": term("Pre-Funded Warrant", PF_TITLE),
        "issuer": term("Akoustis Technologies, Inc.", PF_ISSUER),
        "issuer_jurisdiction": term("Delaware", PF_DELAWARE),
        "security": term("Common Stock", PF_COMMON),
        "exercise_price": term(Decimal("0.001"), PF_PRICE),
        "currency": term("USD", PF_PRICE),
        "issue_date": term(dt.date(2024, 5, 24), PF_ISSUED),
        "exercisable_from": term(
            RelativeDate(amount=0, unit="days", anchor="issue_date", anchor_text="the date hereof"),
            PF_START,
        ),
        "cashless_exercise": term(True, PF_CASHLESS),
        "beneficial_ownership_limit": term(
            BeneficialOwnershipLimit(percent=Decimal("9.99"), max_percent=Decimal("9.99")),
            PF_BLOCKER,
            PF_CAP,
            confidence=0.55,  # low on purpose: exports must highlight it
        ),
    })


def prefunded_record(path: str = str(PREFUNDED_PATH)) -> Record:
    w = prefunded_warrant()
    return Record(
        source=Source(path=path, media_type="text/html", pages=1, document="EX-4.1",
                      sha256="e7f09b3bb03f0d9c253775f60dd11fa47b1d12f848a9ed232674c8ed5725ed24"),
        status="ok",
        warrants=[w],
    )
