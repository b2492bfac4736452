"""Each recognizer as a table: (text, field, expected value, expected evidence).

The texts are short instruments written for these tests, one per family of wordings the
recognizers cover (grant families, cover labels, relative dates, blockers, redemption …). A
row fails when the value is wrong or when its first evidence span is not the words named.
"""

from __future__ import annotations

import datetime as dt
import json
from decimal import Decimal
from typing import Any

import pytest

from warrant_terms.extract import InstrumentCandidates, extract_candidates
from warrant_terms.extract.instrument import title_blocks
from warrant_terms.extract.layout import labelled_values
from warrant_terms.extract.recognizer import ordered, registry
from warrant_terms.parse import Document, load_bytes

LEGEND = (
    "THIS WARRANT AND THE SECURITIES ISSUABLE UPON EXERCISE HEREOF HAVE NOT BEEN REGISTERED "
    "UNDER THE SECURITIES ACT OF 1933.\n\n"
)
MECHANICS = (
    "\n\n1. Exercise. The Holder may exercise this Warrant by delivering a Notice of Exercise "
    "and paying the Exercise Price by wire transfer.\n\n2. Governing Law. This Warrant shall be "
    "governed by the laws of the State of New York.\n"
)


def _doc(text: str, name: str = "table.txt") -> Document:
    """`text` read as a file called `name` (its extension picks the reader: text, HTML, …)."""
    (doc,) = load_bytes(text.encode("utf-8"), name)
    assert isinstance(doc, Document)
    return doc


def _plain(value: Any) -> Any:
    dump = getattr(value, "model_dump", None)
    if callable(dump):
        return json.loads(json.dumps(dump(mode="json")))
    if isinstance(value, list):
        return [_plain(v) for v in value]
    return value


def _by_kind(found: list[InstrumentCandidates], field: str) -> dict[str | None, Any]:
    """The value chosen for `field` in each kind of warrant the document sets out (None where
    nothing was chosen)."""
    return {ic.ctx.kind: (chosen.value if (chosen := ic.chosen[field]) is not None else None) for ic in found}


# A UK-style instrument whose terms stand in "the Schedule" after the signatures, unnumbered.
PARTICULARS = (
    "WARRANT INSTRUMENT\n\nTHIS WARRANT INSTRUMENT is made by Fenwick Biosciences plc, a public limited company "
    "incorporated under the laws of England and Wales (the \"Company\"), in favour of the person named as "
    "Warrantholder in the Particulars set out in the Schedule (the \"Warrantholder\").\n\n2. GRANT\n\nThe Company "
    "grants to the Warrantholder the right to subscribe for the number of Ordinary Shares stated in the "
    "Particulars at the Exercise Price." + MECHANICS + "\nEXECUTED as a deed by FENWICK BIOSCIENCES PLC\n\n"
    "Director: ____________________\n\nTHE SCHEDULE\nPARTICULARS\n\n1. Warrantholder | Harrowgate Growth Fund II, "
    "L.P., of 12 Orchard Street, Boston\n\n2. Date of issue | 9 June 2021\n\n3. Number of Ordinary Shares | "
    "300,000\n\n4. Exercise Price | 40 pence per Ordinary Share\n"
)
# A 1990s agreement flattened into one paragraph, its parties named by unquoted role words.
HEREIN_CALLED = (
    "EXHIBIT 4.2 WARRANT AGREEMENT ----------------- AGREEMENT made as of March 4, 1997, between Calloway Oil "
    "Corporation, a Delaware corporation, herein called the Company, and Gulfport Transfer Inc, a Texas corporation, "
    "herein called the Warrant Agent. WHEREAS, the Company has determined to issue Stock Purchase Warrants, "
    "hereinafter called Warrants, entitling the holders thereof to purchase 900,000 shares of Common Stock."
    + MECHANICS
)
# A shelf registration's form of warrant agreement: cover, choices in brackets, contents.
SHELF_FORM = (
    "EXHIBIT 4.3\n[FORM OF WARRANT AGREEMENT]\nTHE HARBORVIEW REALTY TRUST\nAND\n"
    "______________________________, AS WARRANT AGENT\n[COMMON SHARE][PREFERRED SHARE] [DEPOSITARY SHARE]\n"
    "WARRANT AGREEMENT\nDATED AS OF ______________, ____\nTABLE OF CONTENTS\n"
    "SECTION 1. APPOINTMENT OF WARRANT AGENT. . . . . . . . . . . . 1\nSECTION 2. FORM OF WARRANT. . . . . . . . . . 1\n"
    "SECTION 5. EXERCISE OF WARRANTS . . . . . . . . . . . 3\nSECTION 7. MUTILATED OR MISSING WARRANTS. . . . . . 4\n"
)
# Texts that more than one row reads, each for another field.
CERTIFIES_ENTITLED = (
    LEGEND + "WARRANT TO PURCHASE COMMON STOCK\n\nThis certifies that, for value received, "
    "Birchwood Capital Partners, L.P. (the \"Holder\") is entitled to purchase from Alder "
    "Systems, Inc., a Delaware corporation (the \"Company\"), 12,500 shares of Common Stock "
    "at a price of $3.25 per share (the \"Exercise Price\")." + MECHANICS
)

COVER_LABEL_BLOCK = (
    "WARRANT TO PURCHASE STOCK\n\nCompany: Halden Robotics, Inc., a Delaware corporation\n"
    "Number of Shares: 15,000\nClass of Stock: Series B Preferred\nWarrant Price: $1.40 per "
    "share\nIssue Date: March 3, 2015\nExpiration Date: March 3, 2025\n\nTHIS WARRANT "
    "CERTIFIES THAT, for value received, Longview Bank (\"Holder\") is entitled to purchase "
    "the number of fully paid shares set forth above." + MECHANICS
)

FLATTENED_TITLE = (
    LEGEND + "Date of Issuance: May 2, 2001 WARRANT TO PURCHASE UP TO 80,000 SHARES OF COMMON "
    "STOCK OF MARLOW DEVICES, INC. THIS CERTIFIES THAT Orrin Ventures Inc., a Delaware "
    "corporation (\"Purchaser\"), is entitled to purchase under this Warrant up to Eighty "
    "Thousand (80,000) shares of Common Stock at $2.10 per share." + MECHANICS
)

TABLE_CELLS = (
    "PLAIN ENGLISH WARRANT AGREEMENT\n\nThis is a WARRANT AGREEMENT dated March 4, 2014 by "
    "and between Fenwick Optics, Inc., a Delaware corporation, and Ridgeline Capital LLC.\n"
    "WARRANT INFORMATION | | |\nWarrant Number 22-W-01 | Number of Shares 61,250, subject to "
    "adjustment | Price Per Share $0.8800, subject to adjustment | Type of Stock Series C "
    "Preferred Stock |\n\nThe Holder is entitled to purchase the Shares at the Price Per "
    "Share." + MECHANICS
)

PLAIN_ENGLISH_KEYS = (
    "PLAIN ENGLISH WARRANT AGREEMENT\n\nThe words \"We\" or \"Us\" refer to the warrant "
    "holder, which is RIDGELINE CAPITAL LLC. The words \"You\" or \"Your\" refer to the "
    "issuer, which is FENWICK OPTICS, INC., and not to any individual.\nWe may purchase "
    "61,250 shares of Series C Preferred Stock at $0.88 per share." + MECHANICS
)


EXERCISE_UNTIL_AN_ANNIVERSARY = (
    "WARRANT\n\nDate of Issuance: April 17, 1998\n\nTamarack Corp. (the \"Corporation\") certifies that "
    "Everard Pomfrey (the \"Holder\") is entitled to purchase 400,000 shares of Common Stock at $3.25 "
    "per share.\n\n1. Period of Exercise. The Holder may exercise this Warrant at any time after the "
    "date hereof and until 5:00 p.m., Minneapolis time, on the third anniversary of the Date of "
    "Issuance. Thereafter this Warrant shall be void." + MECHANICS
)

AUSTRALIAN_DEED_POLL = (
    "Form of Warrant (Option Deed Poll)\n\nOPTION DEED POLL\n\nThis deed poll is made by\n\nKalbarri Graphite Limited (ACN 634 118 205), a "
    "public company limited by shares incorporated in Western Australia, of Level 4, 16 Ord Street, "
    "West Perth WA 6005 (Company)\n\nin favour of the Optionholder from time to time.\n\n2.1 The Company "
    "grants and will issue 4,000,000 Options to Warrigal Capital Pty Ltd. Each Option entitles the "
    "Optionholder to subscribe for one Share at A$0.35." + MECHANICS
)


# (id, text, field, value, evidence text of the first span)
# A bank's own stock purchase warrant: the bank is "the Bank", a word lenders' warrants use for
# the holder; the holder's name is left blank.
BANK_ISSUES_ITS_OWN_WARRANT = (
    "STOCK PURCHASE WARRANT\n\nThis is to certify that, for value received, (\u201cHolder\u201d), or his "
    "successor, is entitled to purchase 5,000 shares of the $5.00 par value Common Stock of Pelican Bank "
    "of Lafayette, a commercial bank organized under the laws of the state of Louisiana (the \u201cBank\u201d), "
    "at a price of $12.00 per share." + MECHANICS
)

# An underwriter's unit purchase option: its count is of units, in capitals, in the title.
UNIT_PURCHASE_OPTION = (
    "UNIT PURCHASE OPTION\n\nFOR THE PURCHASE OF\n\n350,000 UNITS\n\nOF\n\nMARLOW HARBOR ACQUISITION "
    "CORP.\n\n1. Purchase Option. THIS CERTIFIES THAT, in consideration of $100 duly paid by Tideline "
    "Securities, Inc. (\u201cHolder\u201d), Holder is entitled to purchase units of Marlow Harbor "
    "Acquisition Corp. (\u201cCompany\u201d), each unit consisting of one share of common stock and one "
    "warrant." + MECHANICS
)

# A Singapore deed poll with a two-column cover table, rendered from Markdown: each row's cells
# are joined into one short line.
SINGAPORE_DEED_POLL = (
    "## WARRANT TO SUBSCRIBE FOR ORDINARY SHARES\n\n| | |\n|---|---|\n| **Warrant No.** | JB-W-002 |\n"
    "| **Number of Warrant Shares** | 840,000 Ordinary Shares |\n| **Exercise Price** | US$0.60 per "
    "Warrant Share |\n\nThis warrant (this **\"Warrant\"**) is issued by deed poll by **SERANGOON "
    "FRESH FOODS LIMITED**, a public company incorporated in the Republic of Singapore (the "
    "**\"Company\"**), in favour of **JURONG BAY CREDIT PARTNERS PTE. LTD.**, a company incorporated in "
    "the Republic of Singapore (the **\"Warrantholder\"**)." + MECHANICS
)

# An Israeli company's warrant priced in shekels.
ISRAELI_WARRANT = (
    "WARRANT TO PURCHASE ORDINARY SHARES\n\nThis certifies that Carmel Ventures L.P. (the \"Holder\") "
    "is entitled to purchase from Galilee Sensors Ltd., an Israeli company (the \"Company\"), 300,000 "
    "Ordinary Shares, par value NIS 0.01 each, at an exercise price of NIS 7.85 per share." + MECHANICS
)

# A venture lender's warrant whose Markdown cover table has one-word labels.
LENDER_COVER_TABLE = (
    "# WARRANT TO PURCHASE STOCK\n\n| **Term** | **Detail** |\n|---|---|\n| Company | Pinyon Therapeutics, "
    "Inc., a Delaware corporation |\n| Holder | Ketterley Growth Lending Fund III, L.P. |\n| Class of Stock | "
    "Series C Preferred Stock |\n| Warrant Price | $2.10 per Share |\n| Issue Date | May 2, 2018 |\n\n"
    "THIS WARRANT CERTIFIES THAT, for good and valuable consideration, the Holder is entitled to purchase "
    "from the Company the number of shares of the above class of stock set forth above at the Warrant "
    "Price." + MECHANICS
)

# A warrant for American Depositary Shares of an Irish plc, its count in a mixed-case title.
ADS_WARRANT = (
    "Warrant to Purchase\n900,000 shares Warrant Number No. 2\n\nWarrant to Purchase American Depositary "
    "Shares\nof\nLiffey Biologics plc\n\nTHIS CERTIFIES that Whistling Pine Holdings, LLC or any "
    "subsequent holder hereof (\u201cHolder\u201d) has the right to purchase from Liffey Biologics plc, a "
    "public limited company incorporated under the laws of Ireland (the \u201cCompany\u201d), up to "
    "900,000 American Depositary Shares at $9.00 per share." + MECHANICS
)

# The face of a SPAC warrant certificate issued under a warrant agreement.
SPAC_CERTIFICATE_FACE = (
    "[FACE OF CERTIFICATE]\n\nTHIS WARRANT WILL BE VOID IF NOT EXERCISED PRIOR TO\n5:00 P.M. NEW YORK CITY "
    "TIME, MARCH 1, 2016\n\nWARRANTS\n\nTAMARIND ACQUISITION CORP.\n\nThis Warrant Certificate certifies "
    "that Cede & Co., or registered assigns, is the registered holder of 4,000,000 warrants, each "
    "entitling the holder to purchase one ordinary share, during the period set forth in the Warrant "
    "Agreement dated March 1, 2011, as amended (the \u201cWarrant Agreement\u201d), at $8.00 per share."
    + MECHANICS
)

# A Canadian underwriters' compensation warrant certificate, its terms in one long sentence.
COMPENSATION_WARRANTS = (
    "COMPENSATION WARRANTS TO PURCHASE SHARES OF TAGISH GOLD LTD.\n\nTHIS CERTIFIES that, for value "
    "received, Muskeg Securities Inc. (the \"UNDERWRITER\") is the registered holder of 120,000 compensation "
    "warrants (the \"COMPENSATION WARRANTS\") and each Compensation Warrant will entitle the Underwriter, "
    "subject to the terms and conditions set forth in this certificate or by a replacement certificate "
    "(in either case, this \"COMPENSATION WARRANT CERTIFICATE\"), to acquire from Tagish Gold Ltd. (the "
    "\"CORPORATION\") one fully paid and non-assessable common share of the Corporation at any time up to "
    "5:00 p.m. (Toronto time) on May 14, 2006 on payment of Cdn$2.40 per Share (the \"EXERCISE PRICE\")."
    + MECHANICS
)

# European terms and conditions of a warrant issue: a title, then a definitions table whose
# cells a text rendering joins ("“Company”Nordvik …"); no grant sentence in the opening.
TERMS_AND_CONDITIONS = (
    "Exhibit 4.1\nTERMS AND CONDITIONS FOR WARRANTS 2021/2024 IN NORDVIK BIOTECH AB\n\u00a7 1 "
    "Definitions\nThe following terms shall have the following meaning when used herein:\n|\n"
    "\u201cBusiness Day\u201da day on which banks are open for business in Sweden;\n|\n"
    "\u201cCompany\u201dNordvik Biotech AB, a Swedish public limited liability company, reg. no. "
    "556000-0000;\n|\n\u201cExercise Period\u201dthe period during which a Warrant may be exercised "
    "in accordance with Section 3;\n|\n\u201cSubscription Price\u201dthe price at which a new Share "
    "may be subscribed for;\n"
)


# A lender's cover table whose row of labels and row of values a text rendering joined into
# one line each, with a pipe between the rows.
LABEL_ROW_OVER_VALUE_ROW = (
    "WARRANT TO PURCHASE STOCK\nCompany: Number of Shares: Class of Stock: Initial Exercise Price: "
    "Issue Date: Expiration: |\nTallis Diagnostics, Inc., a Delaware corporation 48,000 Series C "
    "Preferred Stock, $0.001 par value per share $2.40 per share March 3, 2021 March 3, 2031 |\n"
    "THIS WARRANT CERTIFIES THAT, for good and valuable consideration, Harbor Venture Lending, LLC "
    "(\u201cHolder\u201d) is entitled to purchase the number of shares of the Class of Stock of the Company "
    "at the initial exercise price per Share, all as set forth above." + MECHANICS
)
# The same kind of table in Markdown: the labels head the columns.
COLUMN_HEADED_TABLE = (
    "LENDER WARRANT TO SUBSCRIBE FOR COMMON SHARES\n\n| Warrant No. | Registered Holder | Number of "
    "Warrant Shares |\n|---|---|---|\n| GW-12 | Tamsin Growth Credit Fund LP | 210,000 |\n\n| Exercise "
    "Price per Common Share | Issue Date | Expiration Date |\n|---|---|---|\n| US$1.85 | May 2, 2018 | "
    "May 2, 2025 |\n\nGREYWATER MARINE LTD. (the \u201cCompany\u201d) hereby certifies that the Registered "
    "Holder is entitled to subscribe for the Warrant Shares at the Exercise Price." + MECHANICS
)

# An Australian option deed: a details table names the parties and their short forms.
OPTION_DEED = (
    "Exhibit 4.9\n\n# Option Deed\n\n**Wandoo Lithium Limited**\nACN 611 222 333\n\n## Details\n\n| | |\n"
    "|---|---|\n| **Date** | 4 May 2023 |\n| Name | Wandoo Lithium Limited |\n| ACN | 611 222 333 |\n"
    "| Short form name | **Company** |\n| Name | Tuart Street Capital Pty Ltd as trustee for the Tuart "
    "Trust |\n| ACN | 622 333 444 |\n| Short form name | **Optionholder** |\n\n## Agreed terms\n\n"
    "**Exercise Price** means $0.21 per Option.\n\n**Option** means an option to subscribe for one Share on "
    "the terms of this deed.\n\n**Expiry Date** means 5.00pm on the date which is 24 "
    "months after the Issue Date.\n\n1. Issue. The Company issues to the Optionholder on the Issue Date "
    "6,000,000 Options on the terms of this deed.\n\n2. Exercise. An Option may be exercised by giving an Exercise Notice "
    "to the Company with payment of the Exercise Price for each Option exercised.\n"
)

# An English plc's warrant instrument: warrants constituted by deed poll, a subscription period.
WARRANT_INSTRUMENT = (
    "WARRANT INSTRUMENT\n\nTHIS INSTRUMENT is made by Harrowgate Analytics plc (the \"Company\").\n\n1. "
    "Definitions\n\"Subscription Period\" means the period commencing on the date falling nine months "
    "after the date of this Instrument and ending at 5.00 p.m. (London time) on the fourth anniversary of "
    "the date of this Instrument.\n\n2. The Company hereby constitutes 1,250,000 Warrants. Each Warrant "
    "shall confer on the Warrantholder the right to subscribe in cash for one Ordinary Share at the "
    "Subscription Price at any time during the Subscription Period.\n\n3. The Subscription Rights may be "
    "exercised only by payment of the Subscription Price in cash in full. No Warrantholder shall have any "
    "right to exercise Subscription Rights on a net or cashless basis.\n\n4. This Instrument is governed "
    "by the laws of England and Wales.\n"
)

# A lender's warrant whose price is "the lesser of" two amounts, one never stated.
LESSER_OF_PRICE = (
    "LENDER STOCK PURCHASE WARRANT\n\nBRAZOS MESA ENERGY CORPORATION, a corporation organized under the laws "
    "of the State of Oklahoma (the \"Issuer\"), hereby certifies that SABINE PASS MEZZANINE FUND, L.P. (the "
    "\"Lender\") is entitled to buy from the Issuer up to seven hundred fifty thousand (750,000) shares of "
    "the Issuer's Common Stock at the Purchase Price.\n\n\"Purchase Price\" means the lesser of (a) "
    "$3.10 and (b) 110% of the Market Price as of the Closing Date. For the avoidance of doubt, the "
    "Closing Price of the Common Stock on the last trading day before the commitment letter was $2.64, and "
    "such closing price shall not be used in determining the Purchase Price.\n\nNo adjustment of the "
    "Purchase Price shall be required unless it would change the price by at least one cent ($0.01)."
    + MECHANICS
)

# An agreement that states its warrants' count and buyer only in a recital.
SOLD_TO_BUYER = (
    "WARRANT AGREEMENT\n\nWARRANT AGREEMENT, dated as of March 1, 1999, between HALCYON BOATWORKS, INC., a "
    "Delaware corporation (the \"Company\"), and KESTREL SECURITIES LTD., a Delaware corporation "
    "(\"Kestrel\").\nThe Company proposes to sell to Kestrel and/or its designees warrants (the "
    "\"Warrants\") to purchase an aggregate of 80,000 shares of the Company's common stock in connection "
    "with a public offering.\n1. Each Warrant entitles the holder to purchase one share at $7.20." + MECHANICS
)

# A lender's warrant agreement: the recital issues warrants to a party by its short name, the
# warrants' defined term after the party.
ISSUE_WARRANTS_TO_TERM = (
    "WARRANT AGREEMENT\n\nWARRANT AGREEMENT, dated as of June 2, 1997 between OSPREY OUTDOOR GROUP, INC., a "
    "Delaware corporation (the \"Company\"), and HALVERSON PARTNERS, a Delaware general partnership "
    "(\"Halverson\").\nWHEREAS, the Company proposes to issue warrants to Halverson (\"Warrants\") to "
    "purchase up to 2,000,000 shares (the \"Shares\") of Common Stock, par value $.01 per share, at the "
    "exercise price of $.50 per share; and\nWHEREAS, Halverson has agreed to guarantee the Company's loan."
    + MECHANICS
)

# A Canadian certificate: the holder named with a street address (its number like a year), a class
# letter in quotes, the expiry "at any time up to 5:00 p.m. … on" a period after the closing date.
ADDRESSED_HOLDER = (
    "WARRANTS TO PURCHASE CLASS \u201cA\u201d SUBORDINATE SHARES\n\nOF\n\nNORTHFIELD BOTANICALS INC.\n\n"
    "DATE: March 3, 2016 (the \u201cClosing Date\u201d)\n\nTHIS CERTIFIES that, for value received, Margaret "
    "Okafor, 2031 Lakeview Blvd. W., Toronto, Ontario M8V 2Z6 (the \u201cHolder\u201d), is the registered "
    "holder of 2,500,000 warrants (the \u201cWarrants\u201d) each of which entitles the Holder to purchase "
    "from Northfield Botanicals Inc. (the \u201cCompany\u201d) one fully paid and non-assessable Class "
    "\u201cA\u201d Common Voting Share of the Company at any time up to 5:00 p.m. (Toronto time) on the day "
    "which is three (3) years from the Closing Date (the \u201cExpiry Date\u201d) on payment of $0.10 per "
    "Share." + MECHANICS
)

# A pre-IPO warrant: exercisable from an anniversary of the IPO (the "Initial Exercise Date"), which
# the document does not date, expiring a period after it; the holder named before "and, together
# with any transferee … Warrant Shares (as defined below) (the "Warrantholder")".
PRE_IPO_WARRANT = (
    "Warrant No. S-4\nWARRANT TO PURCHASE SHARES OF COMMON STOCK OF BRAMBLE STAFFING, INC.\nThis Warrant "
    "effective as of March 3, 1998 (this \"Warrant\") certifies that, for good and valuable consideration, "
    "Bramble Staffing, Inc., a Delaware corporation (the \"Company\"), grants to Lorena P. Quist and, together "
    "with any transferee of this Warrant or Warrant Shares (as defined below) (the \"Warrantholder\"), the "
    "right to subscribe for and purchase from the Company 8,000 shares (the \"Warrant Shares\") of the "
    "Company's common stock, during the period from and after 9:00 a.m., Dallas, Texas time on the first "
    "anniversary of the date that the Company consummates the initial public offering of its securities (the "
    "\"Initial Exercise Date\") and to and including 5:00 p.m. Dallas, Texas time on the date that is four "
    "years after the Initial Exercise Date (the \"Expiration Date\") at a purchase price of $6.00 per share."
    + MECHANICS
)

# An Australian options deed poll: the issuer with its ACN, the price in cents, the currency
# defined for "$ or cents".
OPTIONS_DEED_POLL = (
    "OPTIONS DEED POLL\n\nThis DEED POLL is made on 3 March 2014 by WANDOO COPPER LIMITED ACN 142 377 905, a "
    "public company limited by shares registered in Western Australia, of Level 2, 40 Hay Street, Perth WA "
    "6000 (Company), in favour of each person registered as the holder of an Option (Optionholder).\n\n"
    "Exercise Price means 15 cents per Option.\n\nIn this deed poll (a) headings are for convenience only; and "
    "(b) $ or cents means the lawful currency of the Commonwealth of Australia.\n\nEach Option entitles the "
    "Optionholder to subscribe for one Share on payment of the Exercise Price." + MECHANICS
)

# A typewritten 1980s certificate: the holder with his town and state; a half or more rounds up;
# the date at the end of a long attestation clause.
TYPEWRITTEN_CERTIFICATE = (
    "WARRANT\n\nTHIS CERTIFIES THAT, for value received, HOLLIS R. BRANNAN, of Enid, Oklahoma (the \"Holder\"), "
    "is entitled to purchase from RED FORK PETROLEUM, INC., an Oklahoma corporation, 90,000 shares of its "
    "common stock at $.75 per share.\n\n3. FRACTIONAL SHARES. No fractional shares shall be issued upon the "
    "exercise of this Warrant. A fraction of one-half (1/2) or more shall be rounded up to one full share and "
    "a fraction of less than one-half (1/2) shall be disregarded, and no payment in cash shall be made in "
    "respect of any fraction.\n\nIN WITNESS WHEREOF, the Company has caused this Warrant to be signed by its "
    "President and attested by its Secretary, and its corporate seal to be hereunto affixed, this 9th day of "
    "March, 1987.\n\nRED FORK PETROLEUM, INC."
)

# An English warrant instrument by deed poll: its date in "made by way of deed poll on", a
# definitions table, "Each Warrant shall confer on the Warrantholder the right to subscribe",
# and the warrants "issued on the Date of Grant to" a party known by its initials.
WARRANT_INSTRUMENT_DEED_POLL = (
    "HOLLINGBOURNE BIOSCIENCES PLC\n\nINSTRUMENT CONSTITUTING WARRANTS TO SUBSCRIBE FOR ORDINARY SHARES\n\n"
    "THIS INSTRUMENT is made by way of deed poll on 14 March 2017\n\nBY: HOLLINGBOURNE BIOSCIENCES PLC, a "
    "public limited company incorporated in England and Wales (the \"Company\").\n\n(A) The Company and "
    "Ashdown Research Partners Limited (\"ARP\") have entered into a licence agreement.\n\n| Term | Meaning |\n\n"
    "| \"Date of Grant\" | the date of this Instrument |\n\n| \"Subscription Period\" | the period commencing "
    "on the Date of Grant and ending at 5.00 p.m. on the fifth anniversary of the Date of Grant |\n\n| "
    "\"Subscription Price\" | 40 pence per Ordinary Share |\n\n2.1 The Company hereby constitutes 600,000 "
    "Warrants. Each Warrant shall confer on the Warrantholder the right to subscribe for one Ordinary Share at "
    "the Subscription Price.\n\n2.2 The Warrants are issued on the Date of Grant to ARP credited as fully paid."
    + MECHANICS
)

# A warrant agreement for warrants sold in units with notes: its title names the notes.
NOTE_WARRANT_AGREEMENT = (
    "KESTREL TOWERS HOLDINGS, INC.\n\nand\n\nHARBOR TRUST COMPANY, as Warrant Agent\n\nNOTE WARRANT AGREEMENT\n\n"
    "Dated as of May 1, 2003\n\n90,000 Warrants to Purchase 208,386 Shares of Common Stock\n\nNOTE WARRANT "
    "AGREEMENT, dated as of May 1, 2003, between KESTREL TOWERS HOLDINGS, INC., a Delaware corporation (the "
    "\"Company\"), and HARBOR TRUST COMPANY, as warrant agent (the \"Warrant Agent\").\n\nWHEREAS, the Company "
    "proposes to issue 90,000 units, each consisting of $1,000 principal amount of its 12% Senior Notes due "
    "2010 and one warrant (each, a \"Warrant\") to purchase 2.3154 shares of common stock of the Company;\n\n"
    "\"Exercisability Date\" means the first anniversary of the Issue Date.\n\n\"Issue Date\" means May 1, 2003."
    "\n\nThe registered holder of a Warrant Certificate (a \"Holder\") may exercise the Warrants at any time on "
    "or after the Exercisability Date by delivering a notice of exercise and payment of the Exercise Price."
    + MECHANICS
)

# A note purchaser's warrant agreement between the company, never given a term, and a blank holder.
BETWEEN_COMPANY_AND_BLANK = (
    "SERIES C WARRANT AGREEMENT\n\nThis Warrant Agreement (this \u201cAgreement\u201d) is dated as of June 1, "
    "2016 (the \u201cIssue Date\u201d) and entered into by and between Halvorsen Nutrition, Inc., a company "
    "organized under the laws of State of Delaware and _____________ (together with its successors and "
    "assigns, the \u201cWarrant Holder\u201d).\n\n1. The Warrant Holder may purchase up to 25,000 shares of "
    "Common Stock at $4.40 per share." + MECHANICS
)

# A 1990s underwriter's warrant agreement: the holder "hereinafter referred to variously as the
# "Holder" or the "Underwriter""; the public warrants of the offering only mentioned.
UNDERWRITERS_AGREEMENT_VARIOUSLY = (
    "UNDERWRITER'S WARRANT AGREEMENT\n\nUNDERWRITER'S WARRANT AGREEMENT dated as of May 10, 1994 among HARTLEY "
    "GAMES, INC., a Nevada corporation (the \"Company\") and KESWICK SECURITIES CORPORATION, a Delaware "
    "corporation (hereinafter referred to variously as the \"Holder\" or the \"Underwriter\").\n\nWHEREAS, the "
    "Underwriter has agreed to underwrite the Company's public offering of 1,000,000 shares of Common Stock and "
    "1,000,000 Redeemable Common Stock Purchase Warrants (the \"Public Warrants\");\n\n1. Grant. The Holder is "
    "hereby granted the right to purchase up to an aggregate 100,000 Shares at $9.00 per Share." + MECHANICS
)

# A placement agent's warrant agreement: the agent "agrees to purchase" the warrants.
AGREES_TO_PURCHASE_WARRANTS = (
    "WARRANT AGREEMENT\n\nTHIS WARRANT AGREEMENT, dated as of May 29, 1996, is made by and between BRISTLECONE "
    "DENTAL SERVICES, Inc., a Colorado corporation (the \"Company\"), and HALLORAN & ASSOCIATES, INC. "
    "(\"Halloran\"). The Company agrees to issue and sell, and Halloran agrees to purchase, for the price of "
    "$100, warrants to purchase up to an aggregate of 114,000 shares of the Company's common stock at $6.00 per "
    "share." + MECHANICS
)

# A venture warrant's head: the labels of its two dates, then the two dates in the same order.
VENTURE_HEAD_ONE_LINE = (
    "THIS WARRANT AND THE SHARES ISSUABLE HEREUNDER HAVE NOT BEEN REGISTERED UNDER THE SECURITIES ACT OF "
    "1933.\n\nDate of Issuance Void after\nDecember 24, 2014 December 24, 2024\n\nHARLAN ROBOTICS, INC.\n\nWARRANT TO PURCHASE SHARES OF SERIES E PREFERRED STOCK\n\n"
    "For good and valuable consideration, Harlan Robotics, Inc., a Delaware corporation (the \"Company\"), "
    "hereby grants to Coral Bay Bank (the \"Holder\") the right to purchase 40,000 shares of Series E "
    "Preferred Stock at $1.54 per share." + MECHANICS
)
VENTURE_HEAD_STACKED = (
    "THIS WARRANT AND THE SHARES ISSUABLE HEREUNDER HAVE NOT BEEN REGISTERED UNDER THE SECURITIES ACT OF "
    "1933.\n\nDate of Issuance\n\n   Void after\n\nJuly 19, 2010\n\nJuly 19, 2017\n\nHARLAN ROBOTICS, INC.\n\nWARRANT TO PURCHASE SHARES OF SERIES E PREFERRED STOCK\n\n"
    "For good and valuable consideration, Harlan Robotics, Inc., a Delaware corporation (the \"Company\"), "
    "hereby grants to Coral Bay Bank (the \"Holder\") the right to purchase 40,000 shares of Series E "
    "Preferred Stock at $1.54 per share." + MECHANICS
)


# An underwriter's warrant agreement: the recital counts the shares; the certificate's grant leaves them blank.
UNDERWRITER_RECITAL = (
    "UNDERWRITER'S WARRANT AGREEMENT\n\nAGREEMENT dated as of June 4, 1998 between TALLGRASS OUTFITTERS, INC., "
    "a Colorado corporation (the \"Company\"), and Brenner Hale & Co. (the \"Underwriter\").\nWHEREAS, the "
    "Company proposes to issue warrants to the Underwriter to purchase up to an aggregate of 62,500 shares of "
    "Common Stock (the \"Underwriter's Warrants\").\nNOW, THEREFORE, the parties agree as follows.\n"
    "FORM OF WARRANT CERTIFICATE\nBrenner Hale & Co. is hereby granted the right to purchase, at any time until "
    "June 4, 2003, ______ shares of Common Stock of the Company at $6.00 per share." + MECHANICS
)

# A Canadian warrant indenture whose subtitle, run into one line, names the warrants it provides for.
INDENTURE_SUBTITLE = (
    "NORTHFALL RESOURCES LTD. - AND - PRAIRIE TRUST COMPANY OF CANADA WARRANT INDENTURE Providing for the issue "
    "of up to 3,200,000 Common Share Purchase Warrants May 2, 2011\n\nWHEREAS the Company proposes to create "
    "and issue the Warrants, each Warrant entitling the holder to purchase one share at $0.85; and the "
    "Company appoints the Trustee as warrant agent." + MECHANICS
)

# A Canadian-listed issuer's certificate: its class is "Subordinate Voting Shares" (the restricted
# class of every dual-class Canadian issuer, e.g. the multi-state cannabis operators), its cover
# block states the first exercise day as a calendar date, and the agent who led the offering is no
# warrant agent.
SUBORDINATE_VOTING = (
    "NORTHERN ARC BRANDS, INC.\nSUBORDINATE VOTING SHARE PURCHASE WARRANTS\n\nIssue Date: May 3, 2020\n"
    "First Exercise Date: September 4, 2020\n\nTHIS IS TO CERTIFY THAT, for value received, Larchmont Ridge "
    "Partners Ltd. (the \"Holder\") is the registered holder of 640,000 subordinate voting share purchase "
    "warrants (the \"Warrants\") of Northern Arc Brands, Inc. (the \"Corporation\"), each of which entitles the "
    "Holder to purchase one (1) fully paid and non-assessable Subordinate Voting Share of the Corporation at "
    "C$1.10 per share at any time during the Exercise Period. The offering of units was led by Harbourview "
    "Securities Inc. (the \"Agent\").\n\"Exercise Period\" means the period beginning on the First Exercise Date "
    "and ending on May 3, 2023." + MECHANICS
)

# A warrant certificate under a warrant agreement: each warrant buys one share, the buying verb
# interrupted by the issuer, its terms and the expiry ("at any time before 5:00 p.m. … on …").
EACH_WARRANT_BEFORE = (
    "WARRANTS TO PURCHASE COMMON STOCK OF HALYARD TANKERS LIMITED\n\nEach Warrant entitles the holder and its "
    "registered assigns (collectively, the \u201cRegistered Holder\u201d) to purchase from Halyard Tankers Limited, a "
    "Marshall Islands corporation (the \u201cCompany\u201d), subject to the terms and conditions hereof, at any time "
    "before 5:00 p.m., New York time, on March 3, 2024, one fully paid and non-assessable share of Common Stock of "
    "the Company at the Exercise Price. The initial Exercise Price shall be $14.75." + MECHANICS
)

# A de novo bank's organizer warrant: the issuer's descriptor follows its defined term, and the
# bank it is the holding company for is no holder.
ORGANIZER_WARRANT = (
    "TIDEWATER HARBOR BANCSHARES, INC.\nORGANIZER WARRANT AGREEMENT\n\nWarrant Holder:\n\nNo. of Shares:\n\n"
    "Tidewater Harbor Bancshares, Inc. (the \u201cCompany\u201d), a North Carolina corporation and the holding "
    "company for Tidewater Harbor National Bank (the \u201cBank\u201d), hereby grants to the person identified above (the "
    "\u201cWarrant Holder\u201d) warrants to purchase the number of shares of common stock of the Company set forth "
    "above at $10.00 per share." + MECHANICS
)

# A merger's warrant form: the agreement its title names after "pursuant to" is another document.
MERGER_WARRANT = (
    "FORM OF ADDITIONAL MERGER WARRANT ISSUED PURSUANT TO THE MERGER AGREEMENT\n\nWARRANT\n\nOriginal Issue "
    "Date: May 4, 2017\n\nFOR VALUE RECEIVED, 2210 Harbor Capital Corp., a Delaware corporation (the "
    "\u201cCompany\u201d), hereby certifies that ____________, or its registered assigns (\u201cHolder\u201d), is "
    "entitled to purchase from the Company [ ] shares of the Company\u2019s common stock at a purchase price per "
    "share of $11.50." + MECHANICS
)

# A 1990s preferred-stock warrant: issued "on" a date defined as the Warrant Issue Date, its count
# in words then digits before "fully paid" in a later section.
ISSUED_ON_WARRANT_ISSUE_DATE = (
    "WARRANT TO PURCHASE PREFERRED STOCK\nof\nPELLWORTH.COM\nVoid after June 1, 2003\nThis Warrant is issued to "
    "Granary Media Company, Inc. (\"Holder\") by Pellworth.com, a California corporation (the \"Company\"), on "
    "June 1, 1999 (the \"Warrant Issue Date\").\n1. Purchase Shares. Subject to the terms hereof, the Holder is "
    "entitled to purchase from the Company up to Four Hundred Twelve Thousand (412,000) fully paid and "
    "nonassessable shares of Series C Preferred Stock of the Company." + MECHANICS
)

# An LLC's warrant for its "Common Equity Interests", its holder followed by "its successor or
# permitted assigns".
EQUITY_INTERESTS = (
    "WARRANT\n\nHalden Wafer Holdings, LLC, a Delaware limited liability company (the \u201cCompany\u201d), hereby "
    "certifies that Osan Microsystems Inc., its successor or permitted assigns (the \u201cHolder\u201d), is entitled "
    "to purchase from the Company 2,400,000 fully paid and non-assessable Common Equity Interests in the Company at "
    "a purchase price per interest equal to $1.10." + MECHANICS
)

# An option to buy units, each unit holding a warrant that is issued under another agreement.
OPTION_UNITS_WITH_AGENT_WARRANTS = (
    "UNIT PURCHASE OPTION\n\nFOR THE PURCHASE OF\n\n90,000 UNITS\n\nOF\n\nHARLAN DENTAL LABS, INC.\n\n1. PURCHASE OPTION.\n\n"
    "THIS CERTIFIES THAT, in consideration of $100.00 duly paid by THORN, TENCH & CO., INC. (\"Holder\"), to HARLAN "
    "DENTAL LABS, INC., a Florida corporation (the \"Company\"), Holder is entitled, at any time during the period "
    "commencing on the first anniversary of the Effective Date and ending on the fifth anniversary of the Effective "
    "Date, to purchase up to Ninety Thousand (90,000) units of the Company (the \"Units\"), each Unit consisting of "
    "one share of common stock and one Redeemable Common Stock Purchase Warrant (the \"Warrants\"), at $7.20 per "
    "Unit.\n\nThe Warrants included in the Units issuable upon exercise of this Purchase Option (the \"Option "
    "Warrants\") shall be identical to the Warrants sold in the Public Offering and shall be issued under the Warrant "
    "Agreement dated as of May 2, 1996 (the \"Warrant Agreement\") between the Company and Coral Registrar & "
    "Transfer Co., as warrant agent, except that each Option Warrant shall entitle its holder to purchase one share "
    "of Common Stock at $6.60 per share." + MECHANICS
)


# A price the next financing sets, with a floor and a fallback: no price is stated.
NEXT_FINANCING_PRICE = (
    "WARRANT\n\nTHIS CERTIFIES THAT Coral Partners, L.P. (the \"Holder\") is entitled to purchase from Harlan "
    "Medical, Inc. (the \"Company\") 125,000 shares of Common Stock at the Exercise Price during the Exercise "
    "Period.\n\n1. Definitions.\n\n(c) \"Exercise Price\" means the lesser of (i) Two Dollars ($2.00) per share and "
    "(ii) eighty percent (80%) of the Next Financing Price; provided, however, that in no event shall the "
    "Exercise Price be less than One Dollar and Ten Cents ($1.10) per share (the \"Floor Price\"). If the Next "
    "Financing has not closed on or before the Maturity Date, the Exercise Price shall be Two Dollars ($2.00) "
    "per share." + MECHANICS
)


# A form flattened onto one line: its title block runs into the grant, a bracketed holder before a placeholder.
FLATTENED_FORM_WITH_BRACKETS = (
    "EX-4.3 FORM OF WARRANT THIS WARRANT HAS NOT BEEN REGISTERED UNDER THE SECURITIES ACT OF 1933. HARLAN PHARMACEUTICALS, INC. COMMON STOCK PURCHASE WARRANT No. [____] Dated: As of June __, 2007 Warrant to Purchase "
    "[_____] Shares of Common Stock HARLAN PHARMACEUTICALS, INC., a Delaware corporation (the \"Company\"), for "
    "value received, hereby certifies that [Coral Point Finance, LLC, a Delaware limited liability company] "
    "[INSERT HOLDER ADDRESS] or its registered assigns (the \"Holder\"), is entitled to purchase from the Company "
    "[________] shares of common stock at a purchase price of $0.001 per share." + MECHANICS
)


# An expiry on the earlier of an anniversary and an event, with no mark before its first item.
EARLIER_OF_ANNIVERSARY_OR_EVENT = (
    "WARRANT\n\nIssue Date: March 1, 2018\n\nThis certifies that Coral Investment Ltd (the \"Holder\") may purchase from "
    "Harlan Holdings Limited, "
    "a Cayman Islands exempted company (the \"Company\"), 6,000,000 Class A Ordinary Shares at US$1.95 per share, at "
    "any time from the Issue Date until 5:00 p.m. (New York time) on the earlier of the fifth "
    "anniversary of the Issue Date and the date of a Change of Control (such period, the \"Exercise Period\")."
    + MECHANICS
)


ROWS: list[tuple[str, str, str, Any, str | None]] = [
    ("option-defined-as-an-option-for-one-share", OPTION_DEED, "shares_per_warrant", "1", None),
    ("option-deed-shares-are-options-times-one", OPTION_DEED, "shares", 6000000, "6,000,000"),
    ("option-deed-counts-the-options-it-issues", OPTION_DEED, "warrant_count", 6000000, "6,000,000"),
    (
        "class-the-warrant-buys-not-the-class-its-unit-holds",
        "WARRANT AGREEMENT\n\nWARRANT AGREEMENT, dated as of May 2, 1991, between Harbourline Financial "
        "Corporation, a Delaware corporation (the \"Company\"), and Keystone Registrar Company (the \"Warrant "
        "Agent\").\nWHEREAS, the Company proposes to issue up to 400,000 Units, each Unit consisting of one share "
        "of Cumulative Preferred Stock, Series B, of the Company and one Warrant (the \"Warrant\") entitling the "
        "holder thereof to purchase one-half of one share of Common Stock of the Company;" + MECHANICS,
        "security", "Common Stock", "Common Stock",
    ),
    (
        "holder-described-as-established-under-an-act",
        "WARRANT TO PURCHASE COMMON STOCK\n\nRIVERTON BANCSHARES, INC. (the \"Company\") certifies that, for value "
        "received, the REGIONAL LENDING SUPPORT TRUST, a body corporate established under the Regional Credit "
        "Support Act of 2010 (the \"Trust\"), or its permitted assigns (the \"Warrantholder\"), is entitled to "
        "purchase from the Company 120,000 shares of Common Stock at $6.10 per share." + MECHANICS,
        "holder", "REGIONAL LENDING SUPPORT TRUST", "REGIONAL LENDING SUPPORT TRUST",
    ),
    (
        "instrument-naming-itself-beats-a-header-and-the-securities-it-sells",
        "WARRANTS\nREPRESENTATIVE'S WARRANT\nDated: May 1, 1997\nTHIS CERTIFIES THAT Ventana Ridge Securities Corp. "
        "(the \"Holder\") is entitled to purchase from ARBOR LANE HOMES, INC., a Delaware corporation (the "
        "\"Company\"), up to 90,000 shares of the Company's common stock and/or 90,000 redeemable common stock "
        "purchase warrants (the \"Redeemable Warrants\") at any time during the four-year period commencing one "
        "year from the effective date of the Registration Statement. This Representative's Warrant (the "
        "\"Representative's Warrant\") is issued pursuant to an Underwriting Agreement." + MECHANICS,
        "instrument_name", "Representative's Warrant", None,
    ),
    ("count-after-buy-from-the-issuer", LESSER_OF_PRICE, "shares", 750000, "seven hundred fifty thousand"),
    ("another-price-stated-and-an-adjustment-threshold-are-no-exercise-price", LESSER_OF_PRICE,
     "exercise_price", None, None),
    (
        "series-designation-above-the-issuer-is-no-part-of-its-name",
        "QUARRYLINE DATA SYSTEMS, INC.\n\nCOMMON STOCK PURCHASE WARRANT \u2013 CLASS C-2\n\nQuarryline Data Systems, "
        "Inc., a Delaware corporation (the \u201cCompany\u201d), hereby grants to Joan Ames (the \u201cHolder\u201d) the "
        "right to purchase from the Company 5,000 shares of Common Stock at $4.00 per share." + MECHANICS,
        "issuer", "Quarryline Data Systems, Inc.", "Quarryline Data Systems, Inc.",
    ),
    (
        "title-gives-the-whole-name-a-line-break-cut",
        "CEDAR BLUFF OIL CORP. WARRANT\nEXHIBIT 10.2\nTHESE SECURITIES HAVE NOT BEEN REGISTERED UNDER THE "
        "SECURITIES ACT OF 1933.\nCEDAR\n\nBLUFF OIL CORP., a Delaware corporation (the \u201cCompany\u201d), hereby "
        "certifies that Harlan Pike (the \u201cHolder\u201d) is entitled to purchase from the Company up to 90,000 "
        "shares of common stock at $0.25 per share." + MECHANICS,
        "issuer", "CEDAR BLUFF OIL CORP.", "CEDAR BLUFF OIL CORP.",
    ),
    (
        "incorporated-under-the-laws-of-the-republic-of-the-marshall-islands",
        "WARRANT\n\nIONIAN CREST SHIPPING INC., a corporation incorporated under the laws of the Republic of the "
        "Marshall Islands (the \"Company\"), hereby certifies that Nereid Holdings S.A., a soci\u00e9t\u00e9 anonyme "
        "organized under the laws of the Grand Duchy of Luxembourg (the \"Warrantholder\"), is entitled to "
        "purchase 100,000 common shares at US$4.75 per share." + MECHANICS,
        "issuer_jurisdiction", "Marshall Islands", "Marshall Islands",
    ),
    ("warrants-constituted-by-an-instrument-are-counted", WARRANT_INSTRUMENT, "warrant_count", 1250000, "1,250,000"),
    ("no-warrantholder-has-any-right-to-a-cashless-exercise", WARRANT_INSTRUMENT, "cashless_exercise", False, None),
    ("subscription-period-starts-after-a-period", WARRANT_INSTRUMENT, "exercisable_from",
     {"amount": 9, "unit": "months", "anchor": "issue_date", "anchor_text": "date of this Instrument"}, None),
    (
        "buyer-defined-by-its-own-short-name",
        SOLD_TO_BUYER,
        "holder", "KESTREL SECURITIES LTD.", "KESTREL SECURITIES LTD.",
    ),
    (
        "a-grant-stating-the-count-beats-a-bare-issued-to-sentence",
        "WARRANT\n\nThis Warrant is issued to Wexford Dining Partners, Inc. pursuant to the Stock Purchase "
        "Agreement.\n1. Purchase of Shares. Subject to the terms hereof, the holder of this Warrant is entitled, "
        "upon surrender of this Warrant at the principal office of the Company, to purchase 2,118,400 shares of "
        "Series C Convertible Preferred Stock of the Company." + MECHANICS,
        "shares", 2118400, "2,118,400",
    ),
    (
        "count-then-its-defined-term-then-the-class",
        "WARRANT\n\nFOR VALUE RECEIVED, Marian Ostrow (\u201cWarrantholder\u201d) is entitled to purchase from "
        "Halvard Media Corp. (the \u201cCompany\u201d) at $14.20 per share up to 61,250 (\u201cWarrant Shares\u201d) of "
        "Class B Common Stock of the Company." + MECHANICS,
        "shares", 61250, "61,250",
    ),
    (
        "count-in-parentheses-after-words-the-reader-cannot-parse",
        "WARRANT\n\nThis certifies that Dunmore Research Foundation (\u201cHolder\u201d) is entitled to subscribe for and "
        "purchase from Pellucid Assays, Inc. (the \u201cCompany\u201d) Fourty Thousand (40,000) shares of the Company\u2019s "
        "Common Stock, which represents 0.2% of the outstanding shares." + MECHANICS,
        "shares", 40000, "40,000",
    ),
    ("expires-at-any-time-before-a-stated-day", EACH_WARRANT_BEFORE, "expiration_date", dt.date(2024, 3, 3),
     "March 3, 2024"),
    ("one-share-per-warrant-after-a-long-interruption", EACH_WARRANT_BEFORE, "shares_per_warrant", "1", "one"),
    (
        "expires-on-an-anniversary-of-a-stated-date",
        "WARRANT\n\nFOR VALUE RECEIVED, Corvid Life Sciences, Inc. (the \u201cCompany\u201d) certifies that Alder "
        "Capital, Inc. is entitled to purchase from the Company, up to and including 5:00 p.m. on the date that is "
        "the fifth (5th) anniversary of March 2, 2009, 40,000 shares of Common Stock at $1.25 per share." + MECHANICS,
        "expiration_date", dt.date(2014, 3, 2), "the fifth (5th) anniversary of ",
    ),
    ("descriptor-after-the-issuers-defined-term", ORGANIZER_WARRANT, "issuer_jurisdiction", "North Carolina",
     "North Carolina"),
    ("the-bank-the-issuer-holds-is-no-holder", ORGANIZER_WARRANT, "holder", None, None),
    ("a-name-that-opens-with-digits-after-value-received", MERGER_WARRANT, "issuer", "2210 Harbor Capital Corp.",
     "2210 Harbor Capital Corp."),
    ("issued-on-a-date-defined-as-the-warrant-issue-date", ISSUED_ON_WARRANT_ISSUE_DATE, "issue_date",
     dt.date(1999, 6, 1), "June 1, 1999"),
    ("words-then-digits-then-fully-paid-make-the-grant-state-its-count", ISSUED_ON_WARRANT_ISSUE_DATE, "shares",
     412000, "Four Hundred Twelve Thousand"),
    (
        "a-date-alone-in-the-last-cell-of-a-title-row",
        "WARRANT\n\nWarrant No. CS- _____ | Shares | May 3, 2006\n\n1. Issuance. For value received, this Warrant "
        "is issued to ______________ by Ashcombe Technologies Inc., a Nevada corporation (the \u201cCompany\u201d).\n"
        "2. The holder of this Warrant is entitled to purchase from the Company ________ shares of common stock at "
        "a price per share of $0.85." + MECHANICS,
        "issue_date", dt.date(2006, 5, 3), "May 3, 2006",
    ),
    (
        "label-then-bare-pipe-lines-then-its-value",
        "WARRANT TO PURCHASE COMMON STOCK\n\n|\n\nHolder:\n\n|\n\nFernhill Medical Capital, LLC\n\n|\n\n|\n\n"
        "Number of Shares:\n\n|\n\n64,000 |\n\n|\n\nTHIS CERTIFIES THAT the Holder is entitled to purchase from "
        "Ostby Devices, Inc. (the \"Company\") the Number of Shares of Common Stock at $2.40 per share." + MECHANICS,
        "holder", "Fernhill Medical Capital, LLC", "Fernhill Medical Capital, LLC",
    ),
    (
        "a-labelled-jurisdiction-of-organization",
        "WARRANT TO PURCHASE COMMON STOCK\n\nName of Corporation: Tallowmere Bancorp, Inc.\n\nJurisdiction of "
        "Organization: Commonwealth of Virginia\n\nNumber of shares: 220,000\n\nInitial Exercise Price: $4.10\n\n"
        "The Corporation certifies that the Warrantholder is entitled to purchase the number of shares of Common "
        "Stock set forth in the Schedule at the Initial Exercise Price." + MECHANICS,
        "issuer_jurisdiction", "Virginia", "Virginia",
    ),
    (
        "a-grant-with-its-count-in-figures-beats-one-that-refers-to-the-number",
        "WARRANT AGREEMENT\n\nTHIS WARRANT AGREEMENT is made between Quarry Lane Software, Inc. (the \"Company\") and "
        "Brightwater Advisors, Inc. (the \"Holder\").\nARTICLE I\nGRANT OF WARRANT\nSubject to the terms of this "
        "Warrant, the Holder is entitled to purchase 340,000 shares of Common Stock at a price per share equal to "
        "the Exercise Price.\nARTICLE II\nThis Warrant shall entitle the Holder, subject to the provisions of this "
        "Warrant, to purchase from the Company up to the number of shares of Common Stock provided for in this "
        "Warrant." + MECHANICS,
        "shares", 340000, "340,000",
    ),
    (
        "a-holder-defined-as-the-initial-holder",
        "WARRANT AGREEMENT dated as of May 2, 1997, between KESTREL POINT, L.L.C., a Delaware limited liability "
        "company (hereinafter referred to as the \"Initial Holder\") and ARDMORE IMAGING, INC., a Florida "
        "corporation (the \"Company\").\n\nThe Initial Holder is hereby granted the right to purchase up to an "
        "aggregate of 300,000 shares of Common Stock at $2.00 per share." + MECHANICS,
        "holder", "KESTREL POINT, L.L.C.", "KESTREL POINT, L.L.C.",
    ),
    (
        "holders-listed-on-an-exhibit-are-no-named-holder",
        "STOCK WARRANT AGREEMENT\n\nThis Stock Warrant Agreement is executed as of May 3, 2008 by Larkspur Bank, "
        "N.A., a national banking association (\u201cBank\u201d), in favor of the persons listed on Exhibit A (each, an "
        "\u201cInitial Holder\u201d).\n1. Grant. Each Warrant entitles the holder to purchase one share of common stock "
        "of the Bank at $10.00 per share." + MECHANICS,
        "holder", None, None,
    ),
    (
        "exercisable-as-of-the-date-hereof",
        "WARRANT\n\nSubject to the terms of this Warrant, Hollis Partners, Inc. (the \"Holder\") is entitled to purchase "
        "200,000 shares of Common Stock of Fenwick Labs, Inc. (the \"Company\") at $3.00 per share.\n2.1 Vesting. "
        "This Warrant shall be fully vested and exercisable as of the date hereof." + MECHANICS,
        "exercisable_from", None, "date hereof",
    ),
    (
        "on-and-after-the-date-of-issuance-after-value-received",
        "WARRANT TO PURCHASE COMMON SHARES\n\n1. Issuance of Warrant. FOR VALUE RECEIVED, on and after the date of "
        "issuance of this Warrant, Marlow Energy Fund LP (the \"Holder\") is entitled to purchase from Tarn Solar "
        "Corp. (the \"Company\") 75,000 Common Shares at $4.20 per share." + MECHANICS,
        "exercisable_from", None, "date of issuance",
    ),
    (
        "exercise-words-after-the-start",
        "WARRANT\n\nCoral Bay Bank (the \"Holder\") is entitled to purchase from Drummond Devices, Inc. (the "
        "\"Company\") 40,000 shares of Series B-1 Preferred Stock at $1.54 per share.\n1.1 Method of Exercise. Holder "
        "may at any time and from time to time on or after the Issue Date exercise this Warrant, in whole or in "
        "part, by delivering a Notice of Exercise." + MECHANICS,
        "exercisable_from", None, "Issue Date",
    ),
    (
        "exercise-words-after-the-start-and-the-end",
        "WARRANT\n\nCoral Bay Bank (the \"Holder\") is entitled to purchase from Drummond Devices, Inc. (the "
        "\"Company\") 40,000 shares of Series B-1 Preferred Stock at $1.54 per share.\n1.1 Method of Exercise. The "
        "Holder may at any time and from time to time on and after the Issue Date and until 5:00 p.m. Pacific "
        "time on the Expiration Date exercise this Warrant, in whole or in part." + MECHANICS,
        "exercisable_from", None, "Issue Date",
    ),
    (
        "a-period-commencing-with-the-date-hereof",
        "WARRANT\n\nCoral Bay Bank (the \"Holder\") is entitled to purchase from Drummond Devices, Inc. (the "
        "\"Company\") 40,000 shares of Common Stock at $1.54 per share.\n(b) This Warrant may be exercised by the "
        "Holder at any time during the period commencing with the date hereof and ending upon the fifth "
        "anniversary hereof." + MECHANICS,
        "exercisable_from", None, "date hereof",
    ),
    (
        "exercisable-after-the-execution-and-delivery-of-this-warrant",
        "WARRANT\n\nCoral Bay Bank (the \"Holder\") is entitled to purchase from Drummond Devices, Inc. (the "
        "\"Company\") 40,000 shares of Common Stock at $1.54 per share.\n(a) The right to purchase the Shares "
        "represented by this Warrant is exercisable, in whole or in part, at any time or from time to time "
        "after the execution and delivery of this Warrant by the Company on the Issue Date, but in no event "
        "later than the Expiration Time." + MECHANICS,
        "exercisable_from", None, "execution and delivery of this Warrant",
    ),
    (
        "entitled-to-purchase-from-and-after-the-issue-date",
        "WARRANT\n\nDRUMMOND DEVICES, INC. (the \"Company\") hereby certifies that Coral Bay Bank (the "
        "\"Holder\") is entitled, subject to the terms set forth below, to purchase from the Company from and "
        "after the Issue Date of this Warrant and "
        "at any time before 6:00 p.m. on the seventh anniversary of the Issue Date, 40,000 shares of Common Stock "
        "at $1.54 per share." + MECHANICS,
        "exercisable_from", None, "Issue Date",
    ),
    (
        "the-term-commences-on-the-issue-date",
        "WARRANT\n\nCoral Bay Bank (the \"Holder\") is entitled to purchase from Drummond Devices, Inc. (the "
        "\"Company\") 40,000 shares of Common Stock at $1.54 per share.\nSection 1. Term. The term of this Warrant "
        "shall commence on the issue date indicated above and shall expire on the third anniversary thereof."
        + MECHANICS,
        "exercisable_from", None, "issue date",
    ),
    (
        "the-right-to-exercise-begins-on-the-issue-date",
        "WARRANT\n\nCoral Bay Bank (the \"Holder\") is entitled to purchase from Drummond Devices, Inc. (the "
        "\"Company\") 40,000 shares of Common Stock at $1.54 per share.\n2. Exercise Period. The right to exercise "
        "this Warrant, in whole or in part, begins on the Issue Date. The right to exercise this Warrant expires "
        "on the fifth anniversary of the Issue Date." + MECHANICS,
        "exercisable_from", None, "Issue Date",
    ),
    (
        "exercisable-upon-execution",
        "WARRANT\n\nCoral Bay Bank (the \"Holder\") is entitled to purchase from Drummond Devices, Inc. (the "
        "\"Company\") 40,000 shares of Common Stock at $1.54 per share. This Warrant shall be exercisable upon "
        "execution and at any time prior to 5:00 p.m. on August 14, 2011." + MECHANICS,
        "exercisable_from", None, "exercisable upon execution",
    ),
    (
        "a-delayed-blocker-increase-is-no-expiry",
        "PRE-FUNDED COMMON STOCK PURCHASE WARRANT\n\nTHIS PRE-FUNDED WARRANT certifies that Delmont Fund LP (the "
        "\"Holder\") is entitled to purchase from Orrin Therapeutics, Inc. (the \"Company\") up to 500,000 shares of "
        "Common Stock at $0.0001 per share until this Warrant is exercised in full.\n2(e) Upon notice to the "
        "Company, the Holder may increase the Beneficial Ownership Limitation, provided that any increase shall "
        "not be effective until the sixty-first (61st) day after such notice is delivered, and this right shall "
        "terminate upon exercise in full." + MECHANICS,
        "expiration_term", None, None,
    ),
    (
        "a-raise-in-the-sentence-that-defines-the-blocker",
        "PRE-FUNDED WARRANT\n\nThis Warrant certifies that Pellham Fund LP (the \"Holder\") is entitled to purchase from "
        "Quince Bio, Inc. (the \"Company\") up to 300,000 shares of Common Stock at $0.0001 per share.\n\"Maximum "
        "Percentage\" means 9.99% of the number of shares of Common Stock outstanding immediately after giving "
        "effect to the issuance of shares upon exercise of this Warrant; provided that the Holder, upon notice to "
        "the Company, may increase or decrease the Maximum Percentage to any other percentage not in excess of "
        "19.99%. The Company shall not effect any exercise that would result in the Holder beneficially owning more "
        "than the Maximum Percentage." + MECHANICS,
        "beneficial_ownership_limit", {"percent": "9.99", "max_percent": "19.99"}, None,
    ),
    (
        "a-raise-capped-in-no-event-to-a-percentage-in-excess-of",
        "WARRANT\n\nThis Warrant certifies that Ridley Partners (the \"Holder\") is entitled to purchase from Calder "
        "Devices, Inc. (the \"Company\") 150,000 shares of Common Stock at $0.62 per share.\n(d) Limitation on "
        "Exercise. The Holder shall not be entitled to exercise this Warrant to the extent that such exercise would "
        "result in the Holder beneficially owning in excess of 4.99% of the Common Stock then outstanding. The "
        "Holder may waive or increase the foregoing limitation upon not less than sixty-one (61) days' notice, but "
        "in no event to a percentage in excess of 9.99% of the Common Stock then outstanding." + MECHANICS,
        "beneficial_ownership_limit", {"percent": "4.99", "max_percent": "9.99"}, None,
    ),
    ("holder-then-its-successor-or-permitted-assigns", EQUITY_INTERESTS, "holder", "Osan Microsystems Inc.",
     "Osan Microsystems Inc."),
    ("common-equity-interests-are-a-class", EQUITY_INTERESTS, "security", "Common Equity Interests",
     "Common Equity Interests"),
    ("a-count-of-common-equity-interests", EQUITY_INTERESTS, "shares", 2400000, "2,400,000"),
    (
        "an-individual-resident-of-a-city-with-a-blank-name",
        "WARRANTS to Purchase Common Stock of Calloway Networks, Inc.\n\nThis Common Stock Purchase Warrant (the "
        "\"Warrant\") certifies that for value received, ____________________, an individual and resident of Lima, "
        "Peru (the \"Holder\") is entitled to purchase from Calloway Networks, Inc. (the \"Company\") up to "
        "_____________ shares of Common Stock at $2.25 per share." + MECHANICS,
        "holder", None, None,
    ),
    (
        "an-individual-named-before-their-residence",
        "WARRANT\n\nThis Warrant certifies that for value received, Marisol Quintero, an individual and resident of "
        "Lima, Peru (the \"Holder\") is entitled to purchase from Calloway Networks, Inc. (the \"Company\") up to "
        "40,000 shares of Common Stock at $2.25 per share." + MECHANICS,
        "holder", "Marisol Quintero", "Marisol Quintero",
    ),
    (
        "conversion-of-this-warrant-is-a-cashless-right",
        "WARRANT TO PURCHASE COMMON SHARES\n\n1. Issuance of Warrant. FOR VALUE RECEIVED, Bracken Solar Fund LP (the "
        "\"Holder\") is entitled to purchase from Tarn Energy Corp. (the \"Company\") 90,000 Common Shares at the "
        "Warrant Price upon exercise of this Warrant pursuant to Section 6 hereof or conversion of this Warrant "
        "pursuant to Section 7 hereof." + MECHANICS,
        "cashless_exercise", True, "conversion of this Warrant",
    ),
    (
        "a-count-then-as-such-number-may-be-adjusted-then-shares",
        "WARRANT AGREEMENT dated as of June 2, 1997 between Larchmont Telecom, Inc., a Florida corporation (the "
        "\"Company\"), and Beckett Lowe & Co., Inc. (the \"Representative\").\nWHEREAS, the Company proposes to issue "
        "to the Representative warrants (the \"Warrants\") to purchase up to 90,000 (as such number may be adjusted "
        "from time to time pursuant to Article 8) shares of Common Stock of the Company." + MECHANICS,
        "shares", 90000, "90,000",
    ),
    (
        "one-share-par-value-then-for-a-price",
        "WARRANT AGREEMENT\n\nWHEREAS, Tallis Harbor Corp. (the \"Company\") issued 2,000,000 Class B Warrants, each "
        "Class B Warrant evidencing the right of the holder thereof to purchase one share, par value $0.001, of the "
        "Company\u2019s common stock (\u201cCommon Stock\u201d) for $5.00, subject to adjustment; and WHEREAS, the Company "
        "desires the Warrant Agent to act on behalf of the Company in connection with the Class B Warrants." + MECHANICS,
        "exercise_price", "5.00", "$5.00",
    ),
    (
        "the-countersigning-warrant-agent-under-its-name",
        "WARRANTS TO PURCHASE COMMON STOCK OF HALYARD TANKERS LIMITED\n\nEach Warrant entitles the registered holder "
        "to purchase from Halyard Tankers Limited (the \u201cCompany\u201d) one share of Common Stock at the Exercise "
        "Price of $14.75.\n\nThis certificate is not valid unless countersigned by the Warrant Agent.\n\n"
        "COUNTERSIGNED AND REGISTERED:\n\n| | | LODESTAR TRANSFER COMPANY\n\n| | | WARRANT AGENT\n\n| BY |" + MECHANICS,
        "warrant_agent", "LODESTAR TRANSFER COMPANY", "LODESTAR TRANSFER COMPANY",
    ),
    (
        "issued-then-a-date-in-the-title-block",
        "PERFORMANCE WARRANT TO PURCHASE\n1,200,000 SHARES OF COMMON STOCK\nof\nBrindle Media, Inc.\na Delaware "
        "corporation\nIssued\nMarch 3, 2000\nTHIS CERTIFIES THAT, for value received, Halcott Online, Inc. (the "
        "\"Warrantholder\") is entitled to purchase up to 1,200,000 shares of common stock of Brindle Media, Inc. (the "
        "\"Company\") at a purchase price of $4.00 per share." + MECHANICS,
        "issue_date", dt.date(2000, 3, 3), "March 3, 2000",
    ),
    ("subordinate-voting-shares-are-a-class", SUBORDINATE_VOTING, "security", "Subordinate Voting Shares",
     "Subordinate Voting Share"),
    ("one-subordinate-voting-share-per-warrant", SUBORDINATE_VOTING, "shares_per_warrant", "1", "one (1)"),
    ("the-agent-who-led-the-offering-is-no-warrant-agent", SUBORDINATE_VOTING, "warrant_agent", None, None),
    ("a-start-stated-as-a-calendar-date-is-no-relative-start", SUBORDINATE_VOTING, "exercisable_from", None, None),
    ("an-indentures-subtitle-names-the-class", INDENTURE_SUBTITLE, "security", "Common Shares", "Common Share"),
    ("count-in-a-recital-to-sell-to-a-named-buyer", SOLD_TO_BUYER, "shares", 80000, "80,000"),
    ("issue-date-of-labels-then-values-on-one-line", VENTURE_HEAD_ONE_LINE, "issue_date", dt.date(2014, 12, 24),
     "December 24, 2014"),
    ("void-after-of-labels-then-values-on-one-line", VENTURE_HEAD_ONE_LINE, "expiration_date",
     dt.date(2024, 12, 24), "December 24, 2024"),
    ("issue-date-of-labels-then-values-one-to-a-line", VENTURE_HEAD_STACKED, "issue_date", dt.date(2010, 7, 19),
     "July 19, 2010"),
    ("void-after-of-labels-then-values-one-to-a-line", VENTURE_HEAD_STACKED, "expiration_date",
     dt.date(2017, 7, 19), "July 19, 2017"),
    (
        # a blank-check company's business combination ("merger, capital stock exchange, asset
        # acquisition …") names no class of stock
        "a-capital-stock-exchange-is-no-class",
        "WARRANT\n\nThe Warrant entitles the holder thereof to purchase from Harlan Maritime Acquisition Corp. "
        "(the \"Company\"), commencing on the later of (i) the consummation by the Company of a merger, capital "
        "stock exchange, asset acquisition or other similar business combination or (ii) February 17, 2006, "
        "such number of shares of Common Stock of the Company at the price of $5.00 per share." + MECHANICS,
        "security", "Common Stock", "Common Stock",
    ),
    (
        "an-issue-date-defined-as-the-original-issuance-date",
        "WARRANT\n\nFor value, HARBOR CAPITAL, LLC (the \"Holder\") is entitled, at any time from and after "
        "September 23, 2005 (the \"Original Issuance Date\") and before 5:00 p.m. on September 22, 2010, to "
        "purchase from Harlan Air, Inc. 150,000 shares of Common Stock at $1.00 per share." + MECHANICS,
        "issue_date", dt.date(2005, 9, 23), "September 23, 2005",
    ),
    (
        "a-warrant-issued-this-day",
        "STOCK PURCHASE WARRANT\n\nThis Warrant is issued this 14th day of January, 1999, by HARLAN RESTAURANT "
        "GROUP, INC. (the \"Company\"), to CORAL CAPITAL CORPORATION (\"Holder\"). The Holder is entitled to "
        "purchase 150,000 shares of Common Stock of the Company at $1.00 per share." + MECHANICS,
        "issue_date", dt.date(1999, 1, 14), "this 14th day of January, 1999",
    ),
    (
        "a-count-of-american-depositary-shares",
        "WARRANT TO PURCHASE AMERICAN DEPOSITARY SHARES\n\nHARLAN THERAPEUTICS PLC hereby certifies that "
        "Coral Fund LP is entitled to purchase up to 640,000 American Depositary Shares (the \u201cADSs\u201d), "
        "each representing one ordinary share, at US$3.10 per ADS." + MECHANICS,
        "shares", 640000, "640,000",
    ),
    *[
        (f"a-share-count-label-of-the-family:{label}",
         f"WARRANT TO PURCHASE {noun}\n\n{label}: 320,000\n\nHARLAN THERAPEUTICS PLC hereby certifies that "
         "Coral Fund LP is entitled to purchase the number of securities stated above at US$3.10 each." + MECHANICS,
         "shares", 320000, "320,000")
        for label, noun in [
            ("Warrant ADSs", "AMERICAN DEPOSITARY SHARES"),
            ("Number of Initial Warrant Shares", "COMMON STOCK"),
            ("No. of Shares of Class A Common Stock", "CLASS A COMMON STOCK"),
            ("Number of Shares of Non-Voting Common Stock Issuable", "NON-VOTING COMMON STOCK"),
        ]
    ],
    *[
        (f"a-date-between-a-run-together-title-and-the-certificate:{head[:24]}",
         f"THE SECURITIES EVIDENCED BY THIS CERTIFICATE HAVE NOT BEEN REGISTERED UNDER THE ACT. {head} "
         "June 12, 2000 HARLAN SOFTWARE, INC., a Delaware corporation (the \"COMPANY\"), for value received, "
         "hereby certifies that Coral Consulting LLP, or its registered assigns (the \"HOLDER\") is entitled "
         "to purchase from the Company 136,500 shares of the Company's common stock at $5.00 per share."
         + MECHANICS,
         "issue_date", dt.date(2000, 6, 12), "June 12, 2000")
        for head in ("HARLAN SOFTWARE, INC. WARRANT TO PURCHASE COMMON STOCK", "Warrant No. W-__")
    ],
    (
        "incorporated-by-reference-is-no-company-name",
        "NON-TRANSFERABLE WARRANT CERTIFICATE\nTHE TERMS AND CONDITIONS OF THE OFFERING ARE SET FORTH IN THE "
        "PROSPECTUS SUPPLEMENT DATED JUNE 2, 2009 (THE \u201cPROSPECTUS SUPPLEMENT\u201d) AND ARE INCORPORATED "
        "HEREIN BY REFERENCE.\nTHIS CERTIFIES THAT the registered owner whose "
        "name is inscribed hereon is the owner of the number of warrants set forth above, each entitling the "
        "holder to purchase one share of common stock at $2.50 per share." + MECHANICS,
        "issuer", None, None,
    ),
    (
        "an-optionholder-label",
        "OPTION DEED\n\nCompany: Wandoo Lithium Limited (ACN 611 222 333)\nOptionholder: Tuart Street Capital "
        "Pty Ltd (ACN 622 333 444)\nNumber of Options: 6,000,000\n\n1. Issue. The Company issues to the "
        "Optionholder 6,000,000 Options, each to subscribe for one Share at $0.21." + MECHANICS,
        "holder", "Tuart Street Capital Pty Ltd", "Tuart Street Capital Pty Ltd",
    ),
    *[
        (f"a-count-of-warrants-in-words-only:{field}",
         "WARRANT CERTIFICATE\n\nTHIS CERTIFIES THAT, for value received, HARLAN CANYON PARTNERS, LTD., or "
         "registered assigns (the \"Registered Holder\"), is the registered owner of Two Hundred Fifty Thousand "
         "Warrants (the \"Warrants\"), each of which entitles the Registered Holder to purchase from HARLAN MESA "
         "ENERGY CORP. (the \"Company\") one fully paid and nonassessable share of the Company's Common Stock "
         "at Twenty-Five Cents ($.25) per share." + MECHANICS,
         field, 250000, "Two Hundred Fifty Thousand")
        for field in ("warrant_count", "shares")
    ],
    (
        "an-additional-whole-share-for-a-fraction-rounds-up",
        "WARRANT CERTIFICATE\n\nThe holder is entitled to purchase 200,000 shares of Common Stock of Harlan Mesa "
        "Energy Corp. at $.25 per share.\n\n7. FRACTIONAL SHARES. No fractional shares of Common Stock shall be "
        "issued upon the exercise of any Warrant. If the Registered Holder would otherwise be entitled to a "
        "fraction of a share, the Company shall, in lieu of the fractional share, issue one additional whole "
        "share of Common Stock, without further payment, for each such fraction." + MECHANICS,
        "fractional_shares", "round_up", "one additional whole share",
    ),
    (
        "another-instruments-expiry-is-not-this-ones",
        "WARRANT AGREEMENT\n\nEach Warrant entitles the holder to purchase one Ordinary Share of Harlan Photonics "
        "N.V. at US$4.60 during the period of five years after the Effectiveness Date.\n\n6.4 Placement Agent. "
        "Coral Lane Securities LLC acted as placement agent and received warrants to purchase up to 260,000 "
        "Ordinary Shares at US$5.0625 per share expiring November 8, 2026, which are issued under a separate "
        "instrument and are not Warrants under this Agreement." + MECHANICS,
        "expiration_date", None, None,
    ),
    (
        "an-expiring-date-far-below-the-title-is-not-the-titles",
        "WARRANT AGREEMENT\n\n" + "The Company has outstanding notes and other obligations of various kinds. " * 70
        + "\n\nCoral Lane Securities LLC received warrants to purchase 260,000 Ordinary Shares expiring November "
        "8, 2026, which are issued under a separate instrument and are not Warrants under this Agreement.\n\nThis "
        "Warrant Certificate certifies that Jones LLC is entitled to purchase 10,000 shares of Common Stock of "
        "Harlan Corp. at $1.00 per share." + MECHANICS,
        "expiration_date", None, None,
    ),
    (
        "holders-each-an-individual",
        "WARRANT FOR ISSUANCE OF COMMON STOCK\n\nFor value received, HARLAN HEALTH SOLUTIONS, INC., a Delaware "
        "corporation (the Company) hereby certifies that, Ann Coral, M.D. and Ben Coral, M.D., each an individual "
        "with a primary residence in Florida, or permitted assigns (the Holder), is entitled to purchase from the "
        "Company 95,098 shares of common stock at $0.01 per share." + MECHANICS,
        "holder", "Ann Coral, M.D. and Ben Coral, M.D.", "Ann Coral, M.D. and Ben Coral, M.D.",
    ),
    *[
        (f"a-holder-under-two-names:{name}",
         f"WARRANT TO PURCHASE SERIES E PREFERRED STOCK\n\nThis Warrant is issued, for good and valuable "
         f"consideration, to {name}, a Delaware corporation (the \"Warrantholder\"), by Harlan Business, Inc., a "
         "California corporation (the \"Company\"). The Warrantholder is entitled to purchase 25,000 shares of "
         "Series E Preferred Stock at $4.00 per share." + MECHANICS,
         "holder", name, name)
        for name in ("LINC Coral Management, a division of Harlan Leasing, Inc.",
                     "EF Coral, division of Benchmark Harlan, LLC", "D\u2019Coral Realty LLC d/b/a Content Harlan")
    ],
    (
        "a-deadline-inside-an-early-end-is-no-expiry-term",
        "WARRANT AGREEMENT\n\n3.2 Duration of Warrants. Each Warrant entitles the holder to purchase one share of "
        "Class A Common Stock of Harlan Peak Acquisition Corp. at $11.50, commencing thirty (30) days after the "
        "completion of its initial Business Combination, and terminating at 5:00 p.m., New York City time, on "
        "the earliest to occur of (x) the date that is five (5) years after the date on which the Company "
        "completes its initial Business Combination, (y) the liquidation of the Company if the Company fails to "
        "complete a Business Combination within eighteen (18) months from the closing of the IPO, and (z) the "
        "Redemption Date (the \u201cExpiration Date\u201d)." + MECHANICS,
        "expiration_term", {"amount": 5, "unit": "years", "anchor": "business_combination",
                            "anchor_text": "date on which the Company completes its initial Business Combination"},
        None,
    ),
    (
        "an-agent-whose-name-holds-and",
        "WARRANTS\n\nThis certifies that Jones LLC, or registered assigns, is the registered holder of 2,000 "
        "Warrants to purchase shares of Class A Common Stock of Harlan Aviation Holdings Inc., a Delaware "
        "corporation (the \u201cCompany\u201d). Each Warrant entitles the holder upon exercise at any time prior to "
        "5:00 p.m., New York City Time, on February 28, 2011 to receive from the Company one share of Common "
        "Stock at the initial exercise price of $10.00 per share, subject to adjustment as provided in the "
        "Warrant Agreement dated as of February 28, 2006, by and between the Company and Registrar and Transfer "
        "Company, as Warrant Agent (the \u201cWarrant Agreement\u201d)." + MECHANICS,
        "warrant_agent", "Registrar and Transfer Company", "Registrar and Transfer Company",
    ),
    (
        "a-company-after-a-par-value-in-a-legend",
        "WARRANT AGREEMENT\n\nNEITHER THE WARRANTS REPRESENTED BY THIS WARRANT CERTIFICATE NOR THE SHARES OF COMMON "
        "STOCK, PAR VALUE $.001 PER SHARE, OF HARLAN HOLDINGS, INC. FOR WHICH THE WARRANT IS EXERCISABLE HAVE BEEN "
        "REGISTERED UNDER THE SECURITIES ACT OF 1933.\n\nThe holder of this Warrant Certificate is entitled to "
        "purchase 166,400 shares of common stock at $4.50 per share." + MECHANICS,
        "issuer", "HARLAN HOLDINGS, INC.", "HARLAN HOLDINGS, INC.",
    ),
    (
        "a-holder-defined-in-a-table-cell",
        "Warrant for the Purchase of Shares of Common Stock\n\nName of Registered Holder: | Coral International "
        "LLC | | (the \u201cInitial Holder\u201d) |\n\nThis certifies that, for value received, the Initial Holder "
        "(or any registered assignee of the Initial Holder) (each of the Initial Holder and any such registered "
        "assignee being hereinafter referred to as the \u201cHolder\u201d) is entitled to purchase from Harlan.com, "
        "inc. 500,000 shares of Common Stock at $4.00 per share." + MECHANICS,
        "holder", "Coral International LLC", "Coral International LLC",
    ),
    (
        "a-share-count-in-a-cell-of-the-title-row",
        "Warrant for the Purchase of Shares of Common Stock\n\nName of Registered Holder: | Coral International "
        "LLC | No. W-5 | 500,000 Shares of Common Stock | This certifies that, for value received, the Holder is "
        "entitled to purchase from Harlan.com, inc. the number of shares of Common Stock stated above at $4.00 "
        "per share." + MECHANICS,
        "shares", 500000, "500,000",
    ),
    *[
        (f"a-count-stated-outside-the-grant:{n}",
         "WARRANT\n\nHARLAN MUSIC GROUP, INC. hereby grants to Coral Investor LLC the right to purchase shares of "
         f"its Common Stock at $2.00 per share on the terms below.\n\n{sentence}" + MECHANICS,
         "shares", n, f"{n:,}")
        for n, sentence in [
            (150000, ("The total number of shares of Common Stock, par value $.001 per share, of the Company "
                      "(Common Stock) exercisable by the Investor under this Warrant is 150,000 (the Warrant Shares).")),
            (7000000, "Warrant Shares: This Warrant shall be exercisable for 7,000,000 shares of Voting Common Stock."),
        ]
    ],
    (
        "outstanding-warrants-expiring-are-another-instrument",
        "PLACEMENT AGENT COMMON STOCK PURCHASE WARRANT\n\nThe Holder is entitled to purchase from Harlan "
        "Technologies, Inc. up to 184,000 shares of Common Stock at $1.375 per share until the date that is five "
        "(5) years from the commencement of sales of the Offering.\n\nd) No Price-Based Adjustment. The Exercise "
        "Price shall not be adjusted by reason of any issuance of Common Stock at a lower price, including under "
        "the Company\u2019s outstanding Series 2016 warrants to purchase 1,450,000 shares at $2.50 per share "
        "expiring September 30, 2021." + MECHANICS,
        "expiration_date", None, None,
    ),
    (
        "a-class-with-a-dividend-rate-after-its-series",
        "WARRANT\n\nThis certifies that Coral Partners is entitled to purchase from Harlan Chips Corporation 40,000 "
        "fully paid and non-assessable shares of the Series A 10% Convertible Redeemable Preferred Stock, $1.00 "
        "par value per share, of the Company at $5.00 per share." + MECHANICS,
        "security", "Series A 10% Convertible Redeemable Preferred Stock",
        "Series A 10% Convertible Redeemable Preferred Stock",
    ),
    *[
        (f"a-company-named-over-its-kind-of-entity-{i}",
         f"CLASS C WARRANT\n\nto purchase 40,000 Shares of Preferred Stock\n\ndated as of May 3, 2009\n\n{name}\n"
         f"{descriptor}\n\nIssue Date: May 3, 2009\n\nThe Holder may purchase the Shares at $4.00 per share."
         + MECHANICS,
         "issuer", name, name)
        for i, (name, descriptor) in enumerate([
            ("Harlan Coast Bancorp", "an Oregon Corporation"),
            ("Quarry Ridge Resource Corporation", "(a Nevada corporation)"),
        ])
    ],
    (
        "a-descriptor-after-a-comma-in-running-words-names-no-issuer",
        "WARRANT\n\nThis Warrant is issued to Harlan Coast Partners, a Delaware limited liability company, "
        "which may purchase 40,000 shares of Common Stock at $4.00 per share." + MECHANICS,
        "issuer", None, None,
    ),
    (
        "the-issuers-descriptor-where-its-name-comes-again",
        ("WARRANT\n\nRight to Purchase Shares of Common Stock\nof Harlan Wireless, Inc.\n\nThis Warrant and any "
        "shares acquired upon the exercise of this Warrant have not been registered under the Securities Act "
        "of 1933, as amended, and may not be sold or transferred in the absence of such registration.\n\n"
        "No. W-3\n\nHarlan Wireless, Inc. Common Stock Purchase Warrant\n\nHarlan Wireless, Inc., a "
        "California corporation (together with any corporation that shall succeed"),
        "issuer_jurisdiction", "California", "California",
    ),
    *[
        (f"warrants-one-is-entitled-to-each-for-one-share-of-a-series-{field}",
         "WARRANT TO PURCHASE SERIES II PREFERRED SHARES\n\nThis certifies that, for value received, Harlan "
         "Leasing, Inc. (the \"Holder\") is entitled to ONE HUNDRED THIRTY THOUSAND AND FORTY-TWO (130,042) "
         "warrants, each such warrant entitling the Holder to purchase one (1) Series II Preferred Share of "
         "Corvane Transport Inc. at a price of $16.00 per share." + MECHANICS,
         field, value, text)
        for field, value, text in [
            ("warrant_count", 130042, "ONE HUNDRED THIRTY THOUSAND AND FORTY-TWO (130,042)"),
            ("shares_per_warrant", Decimal(1), "one (1)"),
            ("shares", 130042, "ONE HUNDRED THIRTY THOUSAND AND FORTY-TWO (130,042)"),
        ]
    ],
    (
        "the-count-in-the-definition-of-the-shares",
        "FORM OF WARRANT TO PURCHASE SHARES OF COMMON STOCK\n\nThis certifies that Coral Partners is entitled "
        "to subscribe for and purchase shares of the fully paid Common Stock of Harlan Chips Corporation.\n\n"
        "1. DEFINITIONS.\n\n(e) SHARES. \"Shares\" means the shares of Common Stock subject to this Warrant, "
        "in the initial aggregate amount of 50,098, which amount is subject to adjustment." + MECHANICS,
        "shares", 50098, "50,098",
    ),
    (
        "the-count-after-the-exercise-period-interrupts-the-grant",
        "CONDITIONAL WARRANT AGREEMENT\n\nSection 1. Conditional Grant. (a) The Purchaser is hereby granted "
        "the right to purchase, subject to the terms and conditions of this Agreement, including, without "
        "limitation, the conditions precedent set forth in Section 1(b) below, at any time and from time to "
        "time, during the period from the Issue Date (as defined in Section 1(b) below) until 5:30 p.m., New "
        "York time, on the first Business Day (as defined in this Section 1(a)) on or after the fifth "
        "anniversary of the Issue Date (the \"Exercise Period\"), 2,525,114 shares (the \"Warrant Shares\") "
        "of Common Stock of Harlan Finance Inc. at $4.00 per share." + MECHANICS,
        "shares", 2525114, "2,525,114",
    ),
    (
        "the-registered-holder-of-warrants-named-in-brackets-to-subscribe",
        "COMMON STOCK PURCHASE WARRANT AGREEMENT\n\nHARLAN RADIO CORP., a Delaware corporation (the "
        "\"Company\"), hereby certifies that, for value received, CORAL & CO. INC. or its registered "
        "transferees, successors or assigns (each, a \"holder\"), is the registered holder of warrants (the "
        "\"Warrants\") to subscribe for and purchase 50,000 shares of Common Stock of the Company, at a "
        "purchase price per share of $5.00." + MECHANICS,
        "shares", 50000, "50,000",
    ),
    (
        "the-company-agrees-to-sell-the-shares",
        "WARRANT TO PURCHASE COMMON STOCK\n\nFOR VALUE RECEIVED, HARLAN OPTIONS GROUP, INC., a Nevada "
        "corporation (the \"Company\"), hereby agrees to sell upon the terms hereinafter set forth, at any "
        "time commencing on the date hereof, to CORAL SUPPORT SERVICES INC., or registered assigns (the "
        "\"Holder\"), FOUR HUNDRED THIRTY-EIGHT THOUSAND AND NINETY-FIVE (438,095) fully paid shares of the "
        "Company's Common Stock (the \"Warrant Stock\"), at a purchase price per share of $2.00." + MECHANICS,
        "shares", 438095, "FOUR HUNDRED THIRTY-EIGHT THOUSAND AND NINETY-FIVE",
    ),
    *[
        (f"the-addressee-of-a-letter-selling-warrants-{i}",
         f"WARRANT AGREEMENT\n\n{date}\n{name}\n000 Main Street, Houston, Texas\n\n{greeting}:\n\nHarlan "
         "Heritage Corporation, a Texas corporation (the \"Company\"), agrees to issue and sell to you warrants "
         "(the \"Warrants\") to purchase 65,000 shares of common stock of the Company." + MECHANICS,
         "holder", name, name)
        for i, (date, name, greeting) in enumerate([
            ("October __, 1998", "Coral Securities Group, Inc.", "Gentlemen"),
            ("____________, 1998", "Coral & Reed, Incorporated", "Ladies and Gentlemen"),
        ])
    ],
    (
        "the-warrant-agent-named-after-its-term",
        "WARRANT CERTIFICATE\n\nEach Warrant entitles the holder thereof to purchase from Harlan Paper Inc. one "
        "share of Common Stock at the price of $7.50 per share, upon surrender of this Warrant Certificate at "
        "the office of the Warrant Agent, Coral Stock Transfer & Trust Company, but only subject to the "
        "conditions set forth herein." + MECHANICS,
        "warrant_agent", "Coral Stock Transfer & Trust Company", "Coral Stock Transfer & Trust Company",
    ),
    (
        "each-warrant-entitles-from-the-later-of-a-business-combination-and-a-date",
        "WARRANT CERTIFICATE\n\nEach Warrant entitles the holder thereof to purchase from the Company, "
        "commencing on the later of (i) the Company\u2019s consummation of a merger, capital stock exchange, "
        "asset acquisition or other similar business combination and (ii) June 19, 2008 and terminating at "
        "5:00 p.m. New York City time on June 18, 2011, one share of Common Stock of Harlan Paper Inc. at "
        "the price of $7.50 per share." + MECHANICS,
        "exercisable_from",
        {"later_of": [
            {"amount": 0, "unit": "days", "anchor": "business_combination",
             "anchor_text": "consummation of a merger, capital stock exchange, asset acquisition or other "
                            "similar business combination"},
            "2008-06-19",
        ]},
        None,
    ),
    (
        "the-one-other-party-to-a-warrant-agreement-holds-it",
        "WARRANT AGREEMENT\n\nThis WARRANT AGREEMENT (this \"Agreement\") is dated as of August 31, 1996, and is "
        "entered into by and among HARLAN GAMES, LTD., a Nevada corporation (the \"Company\"), and Coral Paradise "
        "Partnership, an Illinois general partnership (the \"Partnership\").\n\nThe Company shall issue to the "
        "Partnership a warrant to purchase 60,000 shares of Common Stock at $2.00 per share." + MECHANICS,
        "holder", "Coral Paradise Partnership", "Coral Paradise Partnership",
    ),
    *[
        (f"no-one-other-party-holds-an-agreement-{i}",
         "WARRANT AGREEMENT\n\nTHIS WARRANT AGREEMENT dated as of March 28, 1997 by and among HARLAN PHARM "
         f"CORPORATION, a Delaware corporation (the \"Company\"), and {party}.\n\nThe Company shall issue "
         "warrants to purchase 60,000 shares of Common Stock at $2.00 per share." + MECHANICS,
         "holder", None, None)
        for i, party in enumerate([
            ("THE PURCHASERS EXECUTING A COUNTERPART SIGNATURE PAGE HERETO (individually, a \"PURCHASER\" and, "
             "collectively, the \"PURCHASERS\")"),
            "Coral Stock Transfer & Trust Company, a New York corporation, as agent in the capacity set forth herein",
            "Coral Trust Company, N.A. (the \"Warrant Agent\")",
        ])
    ],
    (
        "the-title-company-again-a-party-under-its-short-name-issues",
        "HARLAN GAMES, LTD.\n\nWARRANT AGREEMENT\n\nThis WARRANT AGREEMENT is entered into by and among HARLAN "
        "GAMES, LTD., a Nevada corporation (\"Harlan\"), and Coral Paradise Partnership, an Illinois general "
        "partnership (the \"Partnership\").\n\nHarlan shall issue to the Partnership a warrant to purchase "
        "60,000 shares of Common Stock at $2.00 per share." + MECHANICS,
        "issuer", "HARLAN GAMES, LTD.", None,
    ),
    (
        "a-count-and-class-before-the-company-in-a-title-line",
        "CONVERSION WARRANT\n\nNo. 1 August 27, 1997\n\nTo Purchase 42,500 Shares of Common Stock of Harlan "
        "Metals, Inc. (the \"Company\")\n\nThis certifies that Coral Trust (the \"Warrantholder\") is entitled "
        "to purchase 42,500 shares of Common Stock at $5.00 per share." + MECHANICS,
        "issuer", "Harlan Metals, Inc.", "Harlan Metals, Inc.",
    ),
    (
        "a-short-word-in-capitals-opening-a-name-in-mixed-case",
        "WARRANT TO PURCHASE UNITS\n\nTHIS IS TO CERTIFY THAT, for value received, Coral Reed (the "
        "\"Warrantholder\"), is entitled to purchase from TO Harlan Pharmaceuticals LLC, a Delaware limited "
        "liability (the \u201cCompany\u201d), up to 5,594 Class A Units at $45.32 per Unit." + MECHANICS,
        "issuer", "TO Harlan Pharmaceuticals LLC", "TO Harlan Pharmaceuticals LLC",
    ),
    (
        "a-descriptor-missing-its-last-word-still-says-where",
        "WARRANT TO PURCHASE UNITS\n\nTHIS IS TO CERTIFY THAT, for value received, Coral Reed (the "
        "\"Warrantholder\"), is entitled to purchase from Harlan Pharmaceuticals LLC, a Delaware limited "
        "liability (the \u201cCompany\u201d), up to 5,594 Class A Units at $45.32 per Unit." + MECHANICS,
        "issuer_jurisdiction", "Delaware", "Delaware",
    ),
    *[
        (f"a-recital-count-after-an-interruption-{i}",
         "WARRANT AGREEMENT\n\nThis Warrant Agreement is entered into by and among Harlan Security, Inc., a "
         "Delaware corporation (the \"Company\"), and Coral Capital, Inc. (the \"Consultant\").\n\nWHEREAS, "
         f"{recital}." + MECHANICS,
         "shares", n, f"{n:,}")
        for i, (recital, n) in enumerate([
            (("the Company has agreed to sell to the Consultant, at a price of $0.01 per warrant, warrants (the "
              "\"Warrants\") to purchase, at a price of $______ per share, up to an aggregate of 140,000 shares of "
              "Common Stock"), 140000),
            (("the Company has agreed to grant to the Consultant common stock purchase warrants in substantially "
              "the form attached hereto as Exhibit A (the \"Warrants\") to acquire up to an aggregate of 600,000 "
              "shares of the Company's Common Stock"), 600000),
        ])
    ],
    (
        "a-labelled-count-up-to-an-aggregate-of",
        "WARRANT TO PURCHASE COMMON STOCK\n\nCompany: Harlan Labs, Inc., a Delaware corporation\nNumber of "
        "Shares: Up to an aggregate of 375,000 shares, as determined in accordance with Exhibit A\nExercise "
        "Price: $0.01 per Share\n\nThis Warrant certifies that Coral FW Investor, LLC or its registered and "
        "permitted assigns (\"Holder\") is entitled to purchase the Shares." + MECHANICS,
        "shares", 375000, "375,000",
    ),
    (
        "a-holder-or-its-registered-and-permitted-assigns",
        "WARRANT TO PURCHASE COMMON STOCK\n\nCompany: Harlan Labs, Inc., a Delaware corporation\nNumber of "
        "Shares: 375,000\nExercise Price: $0.01 per Share\n\nThis Warrant certifies that Coral FW Investor, "
        "LLC or its registered and permitted assigns (\"Holder\") is entitled to purchase the Shares." + MECHANICS,
        "holder", "Coral FW Investor, LLC", "Coral FW Investor, LLC",
    ),
    (
        "a-count-of-shares-in-capitals-on-its-title-line",
        "WARRANT\n\n(HARLAN CHEM, INC.)\n\n37,500 SHARES COMMON STOCK JUNE 30, 2003\n\nTHIS CERTIFIES THAT, for "
        "value received, Coral Family Limited Partnership (\"Warrant Holder\") has the right to purchase from "
        "HARLAN CHEM, INC. (the \"Company\") up to the number of shares of the Common Stock of the Company set "
        "forth above at US $0.29 per share." + MECHANICS,
        "shares", 37500, "37,500",
    ),
    *[
        (f"another-instruments-term-issued-under-a-separate-form-{field}",
         "PRE-FUNDED COMMON STOCK PURCHASE WARRANT\n\nTHIS PRE-FUNDED WARRANT certifies that Coral Fund, L.P. (the "
         "\"Holder\") is entitled, at any time on or after the date of issuance hereof until this Warrant is "
         "exercised in full, to purchase from Harlan Biologics, Inc. 1,345,000 shares of Common Stock at $0.0001 "
         "per share (the \"Exercise Price\"), as of August 14, 2023 (the \"Issue Date\").\n\nThe accompanying "
         "common stock purchase warrants (the \u201cCommon Warrants\u201d), which entitle the purchasers to buy up "
         "to 3,445,000 shares of Common Stock at an exercise price of $2.56 per share until the fifth anniversary "
         "of their date of issuance, are issued "
         "under a separate form of warrant." + MECHANICS,
         field, None, None)
        for field in ("expiration_date", "expiration_term")
    ],
    (
        "no-cash-purchase-of-the-warrant-at-a-black-scholes-value",
        "COMMON STOCK PURCHASE WARRANT\n\nThis Warrant certifies that Coral Fund, L.P. (the \"Holder\") is "
        "entitled to purchase from Harlan Biologics, Inc. 100,000 shares of Common Stock at $2.00 per share."
        "\n\nd) Fundamental Transaction. For the avoidance of doubt, the Holder shall not be entitled to require "
        "the Company or any successor entity to purchase this Warrant for cash in connection with a Fundamental "
        "Transaction, whether at a Black Scholes value or otherwise." + MECHANICS,
        "fundamental_transaction_cash_value", None, None,
    ),
    (
        "exercisable-from-a-time-of-day-on-the-issue-date",
        "WARRANT\n\nThis certifies that Coral Partners (the \"Holder\") is entitled to purchase from Harlan "
        "Industries, Inc. (the \"Company\"), at any time on or after 9:00 A.M., Eastern time, on the Issue "
        "Date (as defined below) of this Warrant, and before 5:00 P.M., Eastern time, on the Expiration Date, "
        "10,000 shares of Common Stock at $3.00 per share." + MECHANICS,
        "exercisable_from", None, "Issue Date",
    ),
    (
        "the-warrants-entitle-from-the-later-of-two-periods",
        "WARRANT CERTIFICATE\n\nThe Warrants entitle the holder thereof to purchase from the Company, commencing "
        "on the later of (a) 12 months from the closing of the Company\u2019s initial public offering, and (b) "
        "thirty days after the Company\u2019s completion of an initial Business Combination, such number of "
        "Shares of Harlan Acquisition Corp. II at the Warrant Price." + MECHANICS,
        "exercisable_from",
        {"later_of": [
            {"amount": 12, "unit": "months", "anchor": "ipo_closing",
             "anchor_text": "closing of the Company\u2019s initial public offering"},
            {"amount": 30, "unit": "days", "anchor": "business_combination",
             "anchor_text": "Company\u2019s completion of an initial Business Combination"},
        ]},
        None,
    ),
    (
        "an-agents-suffix-in-a-paragraph-of-its-own-on-the-cover",
        "FORM OF WARRANT AGREEMENT\n\nBETWEEN\n\nHARLAN ASSET CORPORATION\n\nAND\n\nCORAL SECURITIES TRANSFER & "
        "TRUST\n\nINCORPORATED\n\nDATED AS OF APRIL ___, 1998\n\nThe Company hereby appoints the Warrant Agent to "
        "act as agent for the Company.\n\nEach Warrant shall entitle the holder to purchase one share of Common "
        "Stock at $10.00 per share." + MECHANICS,
        "warrant_agent", "CORAL SECURITIES TRANSFER & TRUST INCORPORATED", None,
    ),
    (
        "an-option-itself-not-subject-to-redemption-though-its-units-warrants-are",
        "UNIT PURCHASE OPTION\n\nThis certifies that Coral Ferris & Co., Inc. (the \"Holder\") is entitled to "
        "purchase from Harlan Systems, Inc. up to 120,000 Units at $6.15 per Unit, each Unit consisting of one "
        "share of Common Stock and one Class A Warrant.\n\n6.1 The Class A Warrants are redeemable by the Company "
        "at $.05 per Class A Warrant on thirty (30) days' written notice if the closing bid price has equalled "
        "or exceeded $9.00 per share for twenty (20) consecutive trading days.\n\n6.2 This Purchase Option "
        "itself is not subject to redemption by the Company." + MECHANICS,
        "redemption", [], None,
    ),
    (
        "the-warrant-of-a-unit-an-option-buys-gives-the-option-no-ratio",
        "UNIT PURCHASE OPTION\n\nThis certifies that Coral Ferris & Co., Inc. (the \"Holder\") is entitled to "
        "purchase from Harlan Systems, Inc. up to 120,000 units (the \"Units\") at $6.15 per Unit, each Unit "
        "consisting of one share of Common Stock and one Redeemable Class A Common Stock Purchase Warrant "
        "(\"Class A Warrant\"), each Class A Warrant entitling its holder to purchase one share of Common "
        "Stock." + MECHANICS,
        "shares_per_warrant", None, None,
    ),
    (
        "a-ratchet-for-a-period-then-a-weighted-average-is-both",
        "WARRANT\n\nThis certifies that Coral Fund (the \"Holder\") is entitled to purchase from Harlan Ltd. "
        "1,000,000 Ordinary Shares at $1.85 per share.\n\nb) Subsequent Equity Sales. If the Company issues "
        "Ordinary Shares at a price per share less than the Exercise Price then in effect (a \"Dilutive "
        "Issuance\"), then the Exercise Price shall be reduced as follows:\n\n(i) if the Dilutive Issuance "
        "occurs during the Full Ratchet Period, the Exercise Price shall be reduced to equal the Base Share "
        "Price; and\n\n(ii) if the Dilutive Issuance occurs after the end of the Full Ratchet Period, the "
        "Exercise Price shall be reduced to the price determined by multiplying the Exercise Price in effect "
        "immediately prior to the Dilutive Issuance by a fraction, (A) the numerator of which is the sum of (1) "
        "the number of Ordinary Shares outstanding immediately prior to the Dilutive Issuance and (2) the "
        "number of Ordinary Shares which the aggregate consideration received would purchase at the Exercise "
        "Price then in effect, and (B) the denominator of which is the number of Ordinary Shares outstanding "
        "immediately after the Dilutive Issuance." + MECHANICS,
        "anti_dilution", ["price_based_weighted_average", "price_based_full_ratchet"], None,
    ),
    (
        "a-share-defined-as-a-class-a-share-is-of-that-class",
        "WARRANT AGREEMENT\n\nWHEREAS, Harlan Acquisition Corp. sold 20,000,000 units (the \u201cUnits\u201d), each "
        "Unit comprising one Class A ordinary share of the Company, par value $0.0001 per share (the \u201cOrdinary "
        "Shares\u201d), and one-half of one Warrant.\n\nEach whole Warrant shall entitle its registered holder to "
        "purchase from the Company one Ordinary Share at the price of $11.50 per whole share." + MECHANICS,
        "security", "Class A Ordinary Shares", "Class A ordinary share",
    ),
    *[
        (f"an-expiry-in-the-grants-own-window-{i}",
         "WARRANT\n\nTHIS CERTIFIES THAT Coral Partners, or its registered assigns (the \"Holder\"), is entitled to "
         f"purchase from Harlan Learning, Inc. at the exercise price of $3.00 per share {window}, 10,000 shares "
         "of the Company's common stock." + MECHANICS,
         "expiration_term", {"amount": 3, "unit": "years", "anchor": "issue_date", "anchor_text": anchor}, None)
        for i, (window, anchor) in enumerate([
            (("at any time from and after the date hereof to and including the third anniversary of the date of "
              "this Warrant"), "date of this Warrant"),
            (("at any time or from time to time prior to 5:00 P.M., New York City time, on the third anniversary "
              "of the date hereof"), "date hereof"),
            ("at any time or from time to time for three years from the date hereof", "date hereof"),
        ])
    ],
    (
        "a-holder-the-term-shall-initially-refer-to",
        "WARRANT\n\nThe term \"Holder\" shall initially refer to Coral Growth II, L.P., a Delaware limited "
        "partnership, which is the initial holder of this Warrant.\n\nThe Holder is entitled to purchase from Harlan "
        "Software, Inc. 450,000 shares of Common Stock at $0.46 per share." + MECHANICS,
        "holder", "Coral Growth II, L.P.", "Coral Growth II, L.P.",
    ),
    (
        "a-term-of-years-written-year-s",
        "WARRANT\n\nThis certifies that Coral Partners (\"HOLDER\") is entitled, at any time on or after the date "
        "hereof and prior to the date four year(s) from date hereof (the \"EXPIRATION TIME\"), to acquire from "
        "Harlan Ware, Inc. 10,000 shares of Common Stock at $1.99 per share." + MECHANICS,
        "expiration_term", {"amount": 4, "unit": "years", "anchor": "issue_date", "anchor_text": "date hereof"}, None,
    ),
    (
        "a-company-name-with-a-slash",
        "FORM OF WARRANT\n\nNo. W-____ HARLAN DENTAL/MEDICAL SYSTEMS, INC.\n\nWARRANT CERTIFICATE\n\nEach Warrant "
        "shall entitle the Holder to purchase one share of Common Stock of the Company at $5.812 per share." + MECHANICS,
        "issuer", "HARLAN DENTAL/MEDICAL SYSTEMS, INC.", "HARLAN DENTAL/MEDICAL SYSTEMS, INC.",
    ),
    (
        "a-company-name-opening-with-initials",
        "SERIES W WARRANT AGREEMENT\n\nSERIES W WARRANT AGREEMENT, dated as of September 17, 1999, among U.S.I. "
        "HARLAN CORPORATION (together with its successors and assigns, the \"Company\"), a Delaware corporation, "
        "and Coral Fund (the \"Purchaser\"). Each Series W Warrant represents the right to purchase one share of "
        "Series W Preferred Stock at $10.00 per share." + MECHANICS,
        "issuer", "U.S.I. HARLAN CORPORATION", "U.S.I. HARLAN CORPORATION",
    ),
    *[
        (f"the-terms-in-the-schedule-the-head-refers-to-{field}",
         "WARRANT TO PURCHASE COMMON STOCK\n\n| Number of Shares of Common Stock | See Schedule A |\n\n| Initial "
         "Exercise Price | See Schedule A |\n\nHARLAN VALLEY BANCORP, INC. (the \"Company\") certifies that Coral "
         "Fund (the \"Warrantholder\") is entitled to purchase from the Company the Initial Warrant Shares at the "
         "Initial Exercise Price, each as stated in Schedule A." + MECHANICS + "".join(
             f"\n\n{n}. Covenant {n}. The Company shall keep its books and records in good order and shall "
             "deliver to the Warrantholder such information as it may reasonably request from time to time."
             for n in range(3, 40)) + "\n\nSCHEDULE A\n\n| Number of "
         "Initial Warrant Shares | 234,450 |\n\n| Initial Exercise Price | $6.27 |\n\nFORM OF NOTICE OF EXERCISE"
         "\n\nNumber of Shares of Common Stock: ____________\n",
         field, value, text)
        for field, value, text in [("shares", 234450, "234,450"), ("exercise_price", "6.27", "$6.27")]
    ],
    (
        "an-earlier-of-a-date-and-a-change-of-control-keeps-both",
        "WARRANT\n\nThis Warrant certifies that Coral Partners (the \"Holder\") may purchase from Harlan Labs, "
        "Inc. 10,000 shares of Common Stock at $2.00 per share until the earlier of (a) the fifth (5th) "
        "anniversary of the Issue Date and (b) the consummation of a Change of Control (as defined in Section "
        "1.5) (the \"Expiration Date\")." + MECHANICS,
        "expiration_term",
        {"earlier_of": [
            {"amount": 5, "unit": "years", "anchor": "issue_date", "anchor_text": "Issue Date"},
            {"amount": 0, "unit": "days", "anchor": "other", "anchor_text": "consummation of a Change of Control"},
        ]},
        None,
    ),
    (
        "the-warrant-shares-shall-mean-a-count-in-words-and-figures",
        "WARRANT TO PURCHASE COMMON STOCK\n\nHarlan Care, Inc. (the \u201cCompany\u201d) certifies that Coral "
        "Partners IV, L.P. (the \u201cHolder\u201d) is entitled to purchase the Warrant Shares from the Company at "
        "the Warrant Price.\n\n1. Definitions. The \u201cWarrant Shares\u201d shall mean Eighty Thousand Five "
        "Hundred (80,500) shares of the common stock of the Company. The \u201cWarrant Price\u201d shall mean $4.75 "
        "per Warrant Share." + MECHANICS,
        "shares", 80500, "Eighty Thousand Five Hundred",
    ),
    (
        "issued-effective-as-of-after-a-sentence-ending-in-corp",
        "WARRANT TO PURCHASE COMMON STOCK\n\nHarlan Care, Inc. (the \u201cCompany\u201d) certifies that Coral "
        "Partners (the \u201cHolder\u201d) is entitled to purchase 80,500 shares of Common Stock at $4.75 per share. "
        "This Warrant is issued to the Holder for services rendered in connection with that certain proposed "
        "merger with Coral Acquisition Corp. This Warrant is being issued effective as of September 26, 2007 "
        "(the \u201cIssue Date\u201d)." + MECHANICS,
        "issue_date", dt.date(2007, 9, 26), "September 26, 2007",
    ),
    (
        "an-anniversary-between-a-start-date-and-the-expiration-term",
        "WARRANT TO PURCHASE COMMON STOCK\n\nHarlan Care, Inc. (the \u201cCompany\u201d) certifies that Coral "
        "Partners (the \u201cHolder\u201d) is entitled to purchase 80,500 shares of Common Stock at $4.75 per share."
        "\n\n2.1 Time of Exercise. This Warrant may be exercised at any time on or after April 1, 2008; provided, "
        "however, that this Warrant shall expire and be null and void if not exercised in the manner herein "
        "provided by 5:00 p.m., local Nashville, Tennessee, time, on the tenth anniversary of the Issue Date (the "
        "\u201cExpiration Date\u201d)." + MECHANICS,
        "expiration_term", {"amount": 10, "unit": "years", "anchor": "issue_date", "anchor_text": "Issue Date"}, None,
    ),
    *[
        (f"the-count-the-warrant-states-{i}",
         "COMMON STOCK PURCHASE WARRANT\n\nFOR VALUE RECEIVED, Coral Capital Corporation (the \"Purchaser\") is "
         "entitled to purchase from Harlan Media Group, Inc. (the \"Company\") at a price per share equal to "
         f"$0.0575 that number of shares of Common Stock indicated below. {sentence}" + MECHANICS,
         "shares", n, f"{n:,}")
        for i, (sentence, n) in enumerate([
            ("The number of Warrant Shares for which this Warrant is exercisable is equal to 150,000.", 150000),
            ("This Warrant allows the Holder to purchase 450,000 shares of Common Stock, subject to adjustment.",
             450000),
        ])
    ],
    *[
        (f"a-certificate-counting-warrants-each-entitling-to-one-share-{field}",
         "| WARRANT\n\nCERTIFICATE NO. 01\n\n| 1,583,333 WARRANTS entitling the holder to acquire, subject to "
         "adjustment, one Common Share for each Warrant represented hereby. | HARLAN GOLD CORP.\n\n(b) \"Company\" "
         "means Harlan Gold Corp. unless and until a successor corporation shall have become such.\n\n(e) "
         "\"Exercise Price\" means the price of $0.10 per share." + MECHANICS,
         field, value, text)
        for field, value, text in [
            ("warrant_count", 1583333, "1,583,333"),
            ("shares_per_warrant", Decimal(1), "one"),
            ("issuer", "Harlan Gold Corp.", "Harlan Gold Corp."),
        ]
    ],
    (
        "a-holder-that-is-the-issuers-subsidiary",
        "WARRANT AGREEMENT\n\nWARRANT AGREEMENT, dated as of October 19, 2007, between Harlan Coal Corp., a Florida "
        "corporation (the \"COMPANY\"), and HCC Corp., an Alabama corporation and a wholly owned subsidiary of the "
        "Company (the \"INITIAL HOLDER\").\n\nEach Warrant entitles its holder to purchase one share of Common "
        "Stock at $4.00 per share." + MECHANICS,
        "holder", "HCC Corp.", "HCC Corp.",
    ),
    (
        "the-date-after-a-bracketed-certificate-number-before-an-acknowledgment",
        "WARRANT\n\nWarrant No. WR-[__] April 17, 2007 Warrant to Purchase ______ Shares of Common Stock of Harlan "
        "Century Corp., a Delaware corporation (the \u201cCompany\u201d), hereby acknowledges that Coral Fund (the "
        "\u201cInitial Warrant Holder\u201d) is entitled to purchase from the Company the above number of shares at "
        "$5.00 per share." + MECHANICS,
        "issue_date", dt.date(2007, 4, 17), "April 17, 2007",
    ),
    (
        "the-date-in-the-cell-after-the-certificate-number",
        "WARRANT\n\nNo. 1 | July 27, 2004, as amended | THIS CERTIFIES THAT, for $1,000,000 received, Coral Realty "
        "L.P. (\"Coral\") is entitled to purchase from Harlan Centers, Inc. 10,000 shares of Common Stock at $2.00 "
        "per share." + MECHANICS,
        "issue_date", dt.date(2004, 7, 27), "July 27, 2004",
    ),
    (
        "issued-as-of-this-ordinal-day",
        "WARRANT\n\nThis Warrant is issued to Coral Partners (\"Warrantholder\") by Harlan Salsa Holding Co., a "
        "Delaware corporation (the \"Company\"), as of this 12th day of January, 1996, in connection with the sale "
        "of Series D Preferred Stock. The Warrantholder may purchase 4,729,470 shares of Series D Preferred Stock "
        "at $1.50 per share." + MECHANICS,
        "issue_date", dt.date(1996, 1, 12), "this 12th day of January, 1996",
    ),
    (
        "exercisable-for-three-years-from-the-date-hereof-starts-at-once",
        "WARRANT\n\nThis certifies that Coral Partners (the \"Holder\") is entitled to purchase from Harlan Labs, "
        "Inc. 10,000 shares of Common Stock at $2.00 per share at any time or from time to time for three years "
        "from the date hereof." + MECHANICS,
        "exercisable_from", None, "date hereof",
    ),
    (
        "exercisable-on-or-after-the-issue-date-but-in-no-event-later-than",
        "WARRANT\n\nHarlan Valley Bancorp, Inc. (the \"Corporation\") certifies that Coral Fund (the "
        "\"Warrantholder\") may purchase 508,475 shares of Common Stock at $4.72 per share.\n\n3. EXERCISE OF "
        "WARRANT; TERM. (A) The Warrantholder may exercise the right to purchase the Shares, in whole or in part, "
        "at any time on or after the Issue Date, but in no event later than 5:00 p.m., New York City time, on the "
        "tenth anniversary of the Issue Date (the \"Expiration Time\")." + MECHANICS,
        "exercisable_from", None, "Issue Date",
    ),
    (
        "the-first-party-of-an-agreement-among-a-bancorp-and-a-blank-holder",
        "WARRANT AGREEMENT\n\nThis WARRANT AGREEMENT, dated as of December __, 1997, is made and entered into by and "
        "among HARLAN BANCORP, a California corporation (\"Bancorp\"), and ____________________(the "
        "\"Warrantholder\"), with reference to the following facts:\n\nWHEREAS, Bancorp has agreed to issue to "
        "Warrantholder warrants to purchase __________ shares of Common Stock of Bancorp at $10.00 per share;" + MECHANICS,
        "issuer", "HARLAN BANCORP", "HARLAN BANCORP",
    ),
    (
        "a-company-glued-to-the-word-before-it",
        "WARRANT CERTIFICATE\n\nTHIS IS TO CERTIFY THAT, FOR VALUE RECEIVED,\u25cf (the \"Holder\") is entitled to "
        "subscribe for and acquire one (1) common share in the capital ofHARLAN URANIUM CORPORATION(the "
        "\"Company\") for each warrant represented hereby, at a price of $1.00 per share." + MECHANICS,
        "issuer", "HARLAN URANIUM CORPORATION", "HARLAN URANIUM CORPORATION",
    ),
    (
        "a-holder-left-as-a-bullet",
        "WARRANT CERTIFICATE\n\nTHIS IS TO CERTIFY THAT, FOR VALUE RECEIVED,\u25cf (the \"Holder\") is entitled to "
        "acquire one (1) common share of Harlan Uranium Corporation for each warrant represented hereby, at a "
        "price of $1.00 per share." + MECHANICS,
        "holder", None, None,
    ),
    (
        "a-company-a-corporation-under-the-laws-of-a-province",
        "FORM OF WARRANT\n\nHARLAN RESOURCES, INC., a corporation under the laws of the Province of British "
        "Columbia (the \u201cCompany\u201d), hereby certifies that Coral Fund (the \u201cHolder\u201d) is entitled to "
        "purchase from the Company 10,000 shares of common stock at $1.61 per share." + MECHANICS,
        "issuer", "HARLAN RESOURCES, INC.", "HARLAN RESOURCES, INC.",
    ),
    *[
        (f"the-agent-after-the-company-on-a-cover-in-capitals-{i}",
         f"WARRANT AGREEMENT\n\nbetween\n\n{company} and CORAL STOCK TRANSFER & TRUST COMPANY, as Warrant Agent\n\n"
         "Dated as of June 1, 1999\n\nEach Warrant entitles the holder to purchase one share of Common Stock at "
         "$10.00 per share." + MECHANICS,
         "warrant_agent", "CORAL STOCK TRANSFER & TRUST COMPANY", "CORAL STOCK TRANSFER & TRUST COMPANY")
        for i, company in enumerate(["HARLAN ENERGY CORPORATION", "HARLAN TELECOMMUNICATIONS LIMITED"])
    ],
    (
        "a-code-before-the-company-in-the-title-is-no-part-of-its-name",
        "REDEEMABLE WARRANT CERTIFICATE TO PURCHASE COMMON STOCK OF NUMBER WARRANTS TRW HARLAN RESTAURANTS, INC. "
        "CUSIP 874835 11 9 THIS IS TO CERTIFY THAT Coral Partners is the owner of the number of warrants set forth "
        "above. Each Warrant entitles the owner hereof to purchase one share of common stock of Harlan "
        "Restaurants, Inc., a Delaware corporation (the \"Company\"), at $5.00 per share." + MECHANICS,
        "issuer", "Harlan Restaurants, Inc.", "Harlan Restaurants, Inc.",
    ),
    (
        "exercisable-at-any-time-or-from-time-to-time-comma-before-a-date",
        "COMMON STOCK PURCHASE WARRANT\n\nHarlan Automation Systems, Inc. (the \"Company\") hereby certifies that "
        "Coral Capital Corporation (the \"Holder\") is entitled to purchase from the Company at any time, or from "
        "time to time, before 5:00 p.m., Eastern time, on December 29, 2004, 25,000 shares of Common Stock at "
        "$11.70 per share." + MECHANICS,
        "expiration_date", dt.date(2004, 12, 29), "December 29, 2004",
    ),
    (
        "each-warrant-for-one-quarter-share",
        "WARRANT CERTIFICATE\n\nTHIS CERTIFIES THAT Coral Partners is the owner of the number of Warrants set forth "
        "above, each of which entitles the owner to purchase, at any time prior to the Expiration Date, one-quarter "
        "share of Common Stock of Harlan Community Bancorp, Inc. at $9.00 per share." + MECHANICS,
        "shares_per_warrant", Decimal("0.25"), "one-quarter",
    ),
    (
        "one-share-for-each-warrant-after-an-interruption",
        "WARRANT CERTIFICATE\n\nTHIS IS TO CERTIFY THAT Coral Fund (the \"Holder\") is entitled to subscribe for "
        "and acquire, upon and subject to the terms and conditions hereinafter set forth, one (1) common share (a "
        "\"Common Share\") in the capital of Harlan Uranium Corporation for each warrant represented hereby, at "
        "$1.00 per share." + MECHANICS,
        "shares_per_warrant", Decimal(1), "one",
    ),
    (
        "a-date-line-under-a-rule-of-dashes",
        "Harlan Finance, Inc.\n\n----------------------------\nSTOCK PURCHASE WARRANT\n----------------------------\n"
        "March 30, 1999\n\n1. Grant. Harlan Finance, Inc., a Delaware corporation (the \"Company\"), for value "
        "received hereby grants to Coral Reed (\"Holder\") the right to purchase 250,000 shares of the Company's "
        "common stock at $2.00 per share." + MECHANICS,
        "issue_date", dt.date(1999, 3, 30), "March 30, 1999",
    ),
    (
        "a-count-before-a-per-share-warrant-price-is-no-ratio",
        "STOCK PURCHASE WARRANT\n\nTHIS STOCK PURCHASE WARRANT CERTIFIES THAT Coral Steel, Inc. (the \"Holder\") is "
        "entitled to purchase from Harlan Corporation (the \"Company\") up to 1,000,000 shares (the \"Warrant "
        "Shares\") of common stock of the Company at the price of $10.51 per share (the \"Per Share Warrant "
        "Price\")." + MECHANICS,
        "shares", 1000000, "1,000,000",
    ),
    (
        "a-count-in-figures-then-in-words-in-brackets",
        "WARRANT\n\nFor value received, Coral & Co Securities is hereby granted the right to purchase from Harlan "
        "Staff, Inc., at any time until November 29, 2002, up to 50,000 (fifty thousand) paid and non-assessable "
        "shares of the Company's Common Stock at $2.00 per share." + MECHANICS,
        "shares", 50000, "50,000",
    ),
    *[
        (f"the-count-a-warrant-states-in-a-definition-or-a-section-{i}",
         "WARRANT\n\nThis certifies that Coral Partners (the \"Holder\") is entitled to purchase from Harlan "
         f"Corp. the Exercise Shares at the Exercise Price.\n\n{sentence}" + MECHANICS,
         "shares", n, f"{n:,}")
        for i, (sentence, n) in enumerate([
            ("\u201cExercise Shares\u201d means 647,482 Common Shares, subject to adjustment.", 647482),
            (("2.1 Number of Shares. This Warrant shall ---------------------- be exercisable for 135,110 shares "
              "of Common Stock."), 135110),
        ])
    ],
    *[
        (f"a-count-of-warrants-{i}",
         f"WARRANT\n\n{lead}\n\nCOMMON STOCK PURCHASE WARRANT OF HARLAN SOLUTION PARTNERS, INC.\n\n{grant}" + MECHANICS,
         "warrant_count", n, f"{n:,}")
        for i, (lead, grant, n) in enumerate([
            ("#W-2007-0010 2,000,000 Warrants Void after 5:00 p.m., Eastern Standard Time on May 22, 2009",
             ("Coral Partners (the \"Holder\") is the owner of the number of common stock purchase warrants "
              "(\"Warrants\") specified above, each of which entitles the Holder to purchase one share of Common "
              "Stock at $0.50 per share."), 2000000),
            ("No. W-1",
             ("Harlan Solution Partners, Inc., for $1,500, hereby grants, issues and sells to CORAL REED 30,000 "
              "warrants (the \"Warrants\"), each entitling the Holder to purchase one (1) full share of Common "
              "Stock at $3.00 per share."), 30000),
        ])
    ],
    *[
        (f"the-cover-initial-exercise-date-defined-as-the-date-hereof-is-the-issue-date-{i}",
         "COMMON STOCK PURCHASE WARRANT\n\nHARLAN SOLUTION PARTNERS, INC.\n\nWarrant Shares: 250,000\n\n"
         f"Initial Exercise Date: {cover}\n\nTHIS COMMON STOCK PURCHASE WARRANT (the \u201cWarrant\u201d) certifies "
         "that, for value received, Coral Partners or its assigns (the \u201cHolder\u201d) is entitled, upon the "
         f"terms and subject to the limitations on exercise set forth herein, at any time on or after {start} "
         "(the \u201cInitial Exercise Date\u201d) and on or prior to 5:00 p.m. (New York City time) on March 9, 2026 "
         "(the \u201cTermination Date\u201d) but not thereafter, to subscribe for and purchase from Harlan Solution "
         "Partners, Inc., a Nevada corporation (the \u201cCompany\u201d), up to 250,000 shares of Common Stock."
         + MECHANICS,
         "issue_date", value, evidence)
        for i, (cover, start, value, evidence) in enumerate([
            ("March 9, 2021", "the date hereof", dt.date(2021, 3, 9), "March 9, 2021"),
            ("June 1, 2020", "the date of this Warrant", dt.date(2020, 6, 1), "June 1, 2020"),
            # a later start of exercise is no date of issue
            ("September 9, 2021", "September 9, 2021", None, None),
        ])
    ],
    *[
        (f"a-street-address-under-a-blank-name-is-no-holder-{i}",
         "WARRANT CERTIFICATE\n\nHARLAN MINES LTD.\n\n(Incorporated under the laws of British Columbia)\n\n"
         f"THIS IS TO CERTIFY THAT:\n{name}\n{address}\n(the \"Holder\") is entitled to acquire, upon exercise "
         "of two Warrants represented hereby, one fully paid common share of Harlan Mines Ltd. at $0.40 per share."
         + MECHANICS,
         "holder", value, value)
        for i, (name, address, value) in enumerate([
            ("[name]", "402 Hornby Street, Vancouver, BC, V6C 3J1, Canada", None),
            ("[Name of Holder]", "1055 West Georgia Street, Suite 2100, Vancouver, British Columbia", None),
            # a company named after its street, with no town after it, is a name
            ("", "100 Park Avenue LLC", "100 Park Avenue LLC"),
        ])
    ],
    *[
        (f"a-resale-hold-period-is-no-expiry-{i}",
         f"{legend}\n\nWARRANT CERTIFICATE\n\nHARLAN MINES LTD.\n\nTHIS IS TO CERTIFY THAT Coral Partners "
         "(the \"Holder\") is entitled to acquire, upon exercise of this Warrant, one common share of Harlan Mines "
         "Ltd. at $0.40 per share." + MECHANICS,
         "expiration_date", None, None)
        for i, legend in enumerate([
            ("THE SECURITIES REPRESENTED BY THIS CERTIFICATE ARE SUBJECT TO A HOLD PERIOD AND MAY NOT BE TRADED IN "
             "BRITISH COLUMBIA UNTIL NOVEMBER 26, 2003 EXCEPT AS PERMITTED BY THE SECURITIES ACT (BRITISH COLUMBIA)."),
            ("THESE WARRANTS ARE SUBJECT TO A HOLD PERIOD AND MUST NOT BE TRANSFERRED OR EXERCISED BEFORE JULY 4, "
             "2022 EXCEPT AS PERMITTED BY SECURITIES LEGISLATION."),
        ])
    ],
    *[
        (f"a-brand-in-lower-case-before-its-suffix-is-the-issuer-{i}",
         f"WARRANT AGREEMENT\n\nTHIS WARRANT AGREEMENT, dated as of March 1, 2021, is by and between {name}, "
         "a Cayman Islands exempted company (the \u201cCompany\u201d), and Continental Stock Transfer & Trust "
         "Company, as warrant agent (the \u201cWarrant Agent\u201d).\n\nWHEREAS, each whole Warrant entitles "
         "the holder thereof to purchase one Ordinary Share for $11.50 per share." + MECHANICS,
         "issuer", name, name)
        for i, name in enumerate(["bleuacacia ltd", "bluebird bio, Inc."])
    ],
    (
        "a-count-of-another-kind-recited-in-a-public-warrant-agreement-is-not-its-count",
        "PUBLIC WARRANT AGREEMENT\n\nTHIS PUBLIC WARRANT AGREEMENT is by and between Harlan Acquisition Corp. "
        "(the \u201cCompany\u201d) and Continental Stock Transfer & Trust Company (the \u201cWarrant Agent\u201d)."
        "\n\nWHEREAS, the Company entered into a Private Placement Warrants Purchase Agreement with Harlan Sponsor "
        "LLC, pursuant to which the Sponsor will purchase an aggregate of 6,000,000 warrants simultaneously with "
        "the closing of the Offering (the \u201cPrivate Placement Warrants\u201d) at a price of $1.00 per "
        "Private Placement Warrant;\n\nWHEREAS, each whole Warrant entitles the holder thereof to purchase one "
        "share of Class A Common Stock for $11.50 per share;" + MECHANICS,
        "warrant_count", None, None,
    ),
    (
        "a-units-part-with-another-part-before-the-verb-gives-no-ratio",
        "WARRANT AGREEMENT\n\nTHIS WARRANT AGREEMENT is by and between Harlan Acquisition Corporation (the "
        "\u201cCompany\u201d) and Vstock Transfer, LLC, as warrant agent (the \u201cWarrant Agent\u201d).\n\n"
        "WHEREAS, the Company intends to effect an initial public offering of units, each such unit comprised of "
        "(i) one ordinary share of the Company (\u201cOrdinary Shares\u201d); (ii) one redeemable Warrant (as "
        "defined below) and one right to receive 1/10th of one ordinary share; and\n\nWHEREAS, each Warrant "
        "entitles the holder thereof to purchase one-half of one Ordinary Share for $10.00 per whole share, subject "
        "to adjustment as described herein;" + MECHANICS,
        "shares_per_warrant", "0.5", "one-half of one",
    ),
    *[
        (f"a-warrant-agents-name-runs-onto-its-place-on-the-cover-{i}",
         f"WARRANT INDENTURE\n\nProviding for the Issue of Warrants\n\nBetween\n\nHARLAN MINES LTD.\n\n- and -\n\n{agent}"
         "\n\nDated as of November 1, 2000\n\nEach Warrant entitles the holder to purchase one Common Share at $0.40."
         + MECHANICS,
         "warrant_agent", " ".join(agent.split()), agent.replace("\n", "\n\n"))
        for i, agent in enumerate(["MONTREAL TRUST COMPANY\nOF CANADA", "COMPUTERSHARE TRUST COMPANY\nOF CANADA"])
    ],
    *[
        (f"an-effective-date-of-the-registration-is-no-issue-date-{i}",
         "UNDERWRITER'S WARRANT\n\nTHIS CERTIFIES THAT Coral Securities LLC (the \"Holder\") is entitled to purchase "
         f"from Harlan Learning, Inc. 50,000 shares of Common Stock at $6.00 per share, at any time until {window}."
         + MECHANICS,
         "expiration_term", {"amount": 5, "unit": "years", "anchor": "registration_effective", "anchor_text": anchor},
         None)
        for i, (window, anchor) in enumerate([
            ("5:30 p.m. on the date five years from the Effective Date of the registration statement on Form SB-2",
             "Effective Date"),
            ("the date that is five (5) years following the Effective Date, in accordance with FINRA Rule 5110(g)(8)(A)",
             "Effective Date"),
        ])
    ],
    *[
        (f"a-title-names-its-kind-beside-a-bare-defined-term-{i}",
         f"{head}\n\nTHIS IS TO CERTIFY THAT, for value received, Coral Securities Inc. (the \u201cWarrant Holder\u201d) "
         "is entitled to purchase 1,320,000 common shares of Harlan Mines Ltd. at a price of US$0.50 (the "
         "\u201cWarrant\u201d)." + MECHANICS,
         "instrument_name", name, None)
        for i, (head, name) in enumerate([
            ("Exhibit 4.6\n|Number \u25cf\n|Warrant \u25cf\nAGENT\u2019S WARRANT\nTO PURCHASE COMMON SHARES OF\nHARLAN MINES LTD.",
             "Agent\u2019s Warrant"),
            ("Series C Warrant No. _______ ____________, 2005 HARLAN MINES LTD. COMMON STOCK PURCHASE WARRANT",
             "Series C Warrant"),
        ])
    ],
    *[
        (f"a-schedule-after-the-signatures-holds-the-terms-its-items-are-sent-to-{i}",
         "WARRANT\nto purchase\n312,500\nShares of Common Stock\nof\nHARLAN VALLEY BANCORP, INC.\n\n1. Definitions. "
         "\"Exercise Price\" means the amount set forth in Item 2 of Schedule A hereto. The Company's name and "
         "jurisdiction of organization is set forth in Item 1 of Schedule A hereto.\n\n2. Number of Shares. This "
         "certifies that, for value received, the United States Department of the Treasury or its permitted assigns "
         "(the \"Warrantholder\") is entitled to purchase 312,500 fully paid shares of Common Stock at a purchase "
         "price per share equal to the Exercise Price." + MECHANICS * 40 + "\nIN WITNESS WHEREOF, the Company has caused "
         "this Warrant to be duly executed.\n\nHARLAN VALLEY BANCORP, INC.\n\nBy: ________\n\n"
         "SCHEDULE A\n\n+------+-------------------------------+------------------+\n"
         "| Item | Term | |\n| 1 | Name: | Harlan Valley Bancorp, Inc. |\n"
         "| | Jurisdiction of organization: | Pennsylvania |\n| 2 | Exercise Price: | $14.40 |\n"
         "| 6 | Number of shares of Common Stock: | 312,500 |\n",
         field, value, evidence)
        for i, (field, value, evidence) in enumerate([
            ("exercise_price", "14.40", "$14.40"), ("issuer_jurisdiction", "Pennsylvania", "Pennsylvania")])
    ],
    (
        "a-long-dilutive-issue-clause-then-its-formula-is-a-weighted-average",
        "WARRANT\n\nThis certifies that the United States Department of the Treasury (the \"Warrantholder\") is "
        "entitled to purchase from Harlan Valley Bancorp, Inc. 312,500 shares of Common Stock at $14.40 per share."
        "\n\n(B) Certain Issuances of Common Shares or Convertible Securities. Until the earlier of (i) the date on "
        "which the Original Warrantholder no longer holds this Warrant or any portion thereof and (ii) the third "
        "anniversary of the Issue Date, if the Company shall issue shares of Common Stock (or rights or warrants or "
        "other securities exercisable or convertible into or exchangeable (collectively, a \"conversion\") for "
        "shares of Common Stock) (collectively, \"convertible securities\") (other than in Permitted Transactions "
        "(as defined below) or a transaction to which subsection (A) of this Section 13 is applicable) without "
        "consideration or at a consideration per share (or having a conversion price per share) that is less than "
        "90% of the Market Price on the last trading day preceding the date of the agreement on pricing such shares "
        "then, in such event the number of Shares shall be increased by multiplying it by a fraction the "
        "denominator of which shall be the sum of (I) the number of shares of Common Stock outstanding on such "
        "date and (II) the number of shares of Common Stock which the aggregate consideration receivable by the "
        "Company would purchase at the Market Price on such day." + MECHANICS,
        "anti_dilution", ["price_based_weighted_average"], None,
    ),
    (
        "a-cover-cell-defines-the-initial-exercise-date-as-a-period",
        "SERIES A COMMON STOCK PURCHASE WARRANT\n\nHARLAN THERAPEUTICS, INC.\n\n| Term | |\n| --- | --- |\n"
        "| Warrant Shares | 2,400,000 |\n| Initial Exercise Date | the date that is six (6) months after the Issue "
        "Date |\n\nTHIS SERIES A COMMON STOCK PURCHASE WARRANT certifies that, for value received, Coral Fund, Ltd. "
        "(the \"Holder\") is entitled, at any time on or after the Initial Exercise Date and on or prior to the "
        "Termination Date, to purchase from Harlan Therapeutics, Inc. up to 2,400,000 shares of Common Stock at "
        "$1.85 per share." + MECHANICS,
        "exercisable_from", {"amount": 6, "unit": "months", "anchor": "issue_date", "anchor_text": "Issue Date"},
        None,
    ),
    (
        "an-issue-date-label-beats-an-effective-date-label",
        "REPRESENTATIVE'S WARRANT\n\nSUMMARY OF TERMS\n\nHolder | Coral Securities, LLC\n\nEffective Date | March 9, "
        "2022\n\nIssue Date | March 14, 2022\n\nTHIS PURCHASE WARRANT CERTIFIES THAT Coral Securities, LLC is entitled "
        "to purchase from Harlan Robotics, Inc. up to 86,250 shares of Common Stock at $6.25 per share." + MECHANICS,
        "issue_date", dt.date(2022, 3, 14), "March 14, 2022",
    ),
    *[
        (f"a-warrant-indentures-cover-line-gives-its-agent-and-date-{i}",
         f"HARLAN MINING CORP. {dash} and {dash} CORAL CORPORATE TRUST COMPANY WARRANT INDENTURE Providing for the "
         "Issue of up to 5,031,250 Share Purchase Warrants April 20, 2007\n\nTABLE OF CONTENTS\n\n"
         "Each Warrant entitles the holder to purchase one Common Share at Cdn$1.25." + MECHANICS,
         field, value, evidence)
        for i, (dash, field, value, evidence) in enumerate([
            ("\u2014", "warrant_agent", "CORAL CORPORATE TRUST COMPANY", "CORAL CORPORATE TRUST COMPANY"),
            ("\u2013", "issue_date", dt.date(2007, 4, 20), "April 20, 2007"),
        ])
    ],
    *[
        (f"an-extended-term-runs-to-its-new-date-{i}",
         "WARRANT AGREEMENT\n\nTHIS WARRANT AGREEMENT is made by and between Harlan Restaurants, Inc. (the \"Company\") "
         "and Coral Stock Transfer & Trust Company, as warrant agent (the \"Warrant Agent\").\n\nWHEREAS, the Company "
         f"reduced the exercise price of the warrants to $4.52 per share and {extended} (the \"Warrants\"), each "
         "Warrant entitling the holder to purchase one share of Common Stock;" + MECHANICS,
         "expiration_date", value, evidence)
        for i, (extended, value, evidence) in enumerate([
            ("extended the warrant term one year to September 26, 2001", dt.date(2001, 9, 26), "September 26, 2001"),
            ("extended the Expiration Date of the warrants to June 30, 2012", dt.date(2012, 6, 30), "June 30, 2012"),
        ])
    ],
    *[
        (f"a-date-beside-the-date-hereof-is-the-issue-date-{i}",
         "COMMON STOCK PURCHASE WARRANT NO. 1\nTo Purchase Shares of Common Stock of\nHARLAN OIL AND GAS, INC.\n\n"
         "This COMMON STOCK PURCHASE WARRANT (this \"Warrant\") certifies that, for value received, CORAL GROWTH FUND, "
         f"L.P. (the \"Holder\"), is entitled, at any time on or after {hereof} (the \"Initial Exercise Date\") and on "
         "or prior to the fifth anniversary of the Initial Exercise Date, to purchase from Harlan Oil and Gas, Inc. up "
         "to 500,000 shares of Common Stock." + MECHANICS,
         "issue_date", value, evidence)
        for i, (hereof, value, evidence) in enumerate([
            ("the date hereof, October 26, 2005", dt.date(2005, 10, 26), "October 26, 2005"),
            ("the date of this Warrant (March 3, 2010)", dt.date(2010, 3, 3), "March 3, 2010"),
        ])
    ],
    *[
        (f"a-company-existing-under-a-provinces-business-corporations-act-{i}",
         f"WARRANTS TO PURCHASE COMMON SHARES\nOF\nHARLAN SILVER CORP.\n({phrase} (\u201cOBCA\u201d).\n\nTHIS CERTIFIES THAT, "
         "for value received, Coral Capital Inc. (the \u201cHolder\u201d) is entitled to purchase, at the Exercise "
         "Price, one Common Share in the capital stock of Harlan Silver Corp. (the \u201cCompany\u201d)." + MECHANICS,
         "issuer_jurisdiction", place, place)
        for i, (phrase, place) in enumerate([
            ("a company existing under the Ontario Business Corporations Act", "Ontario"),
            ("a corporation continued under the Alberta Business Corporations Act", "Alberta"),
        ])
    ],
    (
        "the-last-party-of-a-list-joined-by-and-is-the-company",
        "THE ATTACHED WARRANT IS ISSUED IN ACCORDANCE WITH A SETTLEMENT AGREEMENT DATED JULY 17, 1993 BY AND BETWEEN "
        "JOHN A. SMITH, HARLAN INTERESTS, INC. AND MARY JONES, AND CORAL SYSTEMS, INC., PETER BROWN, ANNE WHITE AND "
        "HARLAN COMPLETE COMPLIANCE CORPORATION (THE \"COMPANY\").\n\nWARRANT\n\nTHIS CERTIFIES THAT Coral Bank, as "
        "escrow agent (the \"Holder\"), is entitled to purchase 11,061 shares of Common Stock of the Company at $2.00 "
        "per share." + MECHANICS,
        "issuer", "HARLAN COMPLETE COMPLIANCE CORPORATION", "HARLAN COMPLETE COMPLIANCE CORPORATION",
    ),
    (
        "a-town-with-an-abbreviated-word-after-an-agents-name",
        "WARRANT AGREEMENT\n\nTHIS WARRANT AGREEMENT is made between Harlan Medical, Inc. (the \"Company\"), and Coral "
        "Bank Minnesota, National Association, South St. Paul, Minnesota (the \"Warrant Agent\").\n\nEach Warrant "
        "entitles the holder to purchase one share of Common Stock at $4.00." + MECHANICS,
        "warrant_agent", "Coral Bank Minnesota, National Association", "Coral Bank Minnesota, National Association",
    ),
    (
        "an-anniversary-of-the-date-on-the-cover-page-is-of-the-issue-date",
        "WARRANT TO PURCHASE\nCOMMON STOCK OF\nHARLAN RECOVERY, INC.\n\nDated: As of July 1, 1996\n\nTHIS CERTIFIES THAT "
        "Coral Partners (the \"Holder\") is entitled to purchase 10,000 shares of Common Stock of Harlan Recovery, Inc. at "
        "$1.00 per share. Void after 5:00 P.M., Dallas, Texas time, on the second (2nd) anniversary of the date set "
        "forth on the cover page of this Warrant." + MECHANICS,
        "expiration_date", dt.date(1998, 7, 1), None,
    ),
    *[
        (f"a-date-beside-the-title-in-a-two-column-cover-{i}",
         f"HARLAN ENVIRONMENTAL CORPORATION\n\nWARRANT CERTIFICATE\n\n{cover}\n\nTHIS CERTIFIES that, for value "
         "received, Coral Capital Corporation (the \"Holder\") is the registered owner of 12,500 warrants of HARLAN "
         "ENVIRONMENTAL CORPORATION." + MECHANICS,
         "issue_date", value, evidence)
        for i, (cover, value, evidence) in enumerate([
            ("Warrants to Subscribe April 4, 1995\nfor 12,500 shares of\nCommon Stock", dt.date(1995, 4, 4),
             "April 4, 1995"),
            ("To Subscribe for and Purchase July 18, 1995\n150,000 Shares of Common Stock", dt.date(1995, 7, 18),
             "July 18, 1995"),
            ("500,000 Shares of January 11, 1999\nCommon Stock", dt.date(1999, 1, 11), "January 11, 1999"),
        ])
    ],
    (
        "a-dated-label-as-of-a-date",
        "WARRANT TO PURCHASE\nCOMMON STOCK OF\nHARLAN RECOVERY, INC.\n\nDated: As of July 1, 1996\n\nTHIS CERTIFIES THAT "
        "Coral Partners (the \"Holder\") is entitled to purchase 10,000 shares of Common Stock of Harlan Recovery, Inc. "
        "at $1.00 per share." + MECHANICS,
        "issue_date", dt.date(1996, 7, 1), "July 1, 1996",
    ),
    (
        "an-exchange-rate-and-a-convenience-translation-are-no-price",
        "WARRANT\n\nTHIS IS TO CERTIFY THAT Coral Point Partners, L.P. (the \"Holder\") is entitled to purchase from "
        "Harlan Photonics Ltd. up to 350,000 Ordinary Shares of the Company, par value NIS 0.01 each, at a price per "
        "share equal to NIS 11.90 (approximately US$3.47 based on the representative rate of exchange of NIS 3.429 per "
        "US$1.00 last published by the Bank of Israel, which U.S. dollar amount is stated for convenience only) (as "
        "adjusted from time to time, the \"Exercise Price\")." + MECHANICS,
        "exercise_price", "11.90", "NIS 11.90",
    ),
    *[
        (f"an-office-address-after-an-agents-name-{i}",
         "WARRANT AGREEMENT\n\nThis Warrant Agreement is by and between Harlan Bio, Inc., a Delaware corporation (the "
         f"\u201cCompany\u201d), and Coral Transfer, LLC, {address} (the \u201cWarrant Agent\u201d).\n\nEach Warrant "
         "entitles the holder to purchase one share of Common Stock at $4.00." + MECHANICS,
         "warrant_agent", "Coral Transfer, LLC", "Coral Transfer, LLC")
        for i, address in enumerate(["with offices at 18 Lafayette Place, Woodmere, New York",
                                     "having its principal office at 1 State Street, Boston, Massachusetts"])
    ],
    (
        "a-bracketed-instructions-tail-is-no-holder",
        "HARLAN TECHNOLOGY LIMITED\nWARRANT TO SUBSCRIBE FOR SERIES B-1 PREFERRED SHARES\nDate: May 3, 2012\nTHIS "
        "CERTIFIES THAT, for value received, [Name of Holder as set forth in Annex A] , or its assigns (the "
        "\u201cHolder\u201d), is entitled to subscribe for Series B-1 Preferred Shares of Harlan Technology Limited at "
        "the Exercise Price Per Share." + MECHANICS,
        "holder", None, None,
    ),
    (
        "no-adjustment-to-the-price-by-reason-of-a-distribution",
        "WARRANT\n\nThis certifies that Coral Partners (the \"Holder\") is entitled to purchase from Harlan Route, Inc. "
        "1,500,000 shares of Common Stock at $0.001 per share.\n\n6.1 Splits. If the Company subdivides its outstanding "
        "shares of Common Stock into a greater number of shares, the Warrant Price shall be proportionately reduced."
        "\n\n6.4 No Other Adjustments. No adjustment to the Warrant Price or the number of Warrant Shares shall be "
        "made by reason of (a) any cash dividend or any distribution of cash, evidences of indebtedness, assets or "
        "other property, or (b) any other event not expressly described in Section 6.1." + MECHANICS,
        "anti_dilution", ["split_combination"], None,
    ),
    (
        "each-warrant-conferring-the-right-to-subscribe-for-one-share",
        "INSTRUMENT\nconstituting\n2,750,000 warrants to subscribe for\nOrdinary Shares of \u00a30.01 each\nin the capital of\n"
        "Harlan Therapeutics plc\n\n2.1 The Company hereby constitutes 2,750,000 (two million seven hundred and fifty "
        "thousand) Warrants, each Warrant conferring the right (but not the obligation) to subscribe in cash for one "
        "Ordinary Share at the Subscription Price, subject to adjustment in accordance with clause 6." + MECHANICS,
        "shares_per_warrant", "1", "one",
    ),
    *[
        (f"a-period-commencing-from-an-event-ends-the-warrant-{i}",
         "WARRANT\n\nTHIS CERTIFIES THAT Coral Partners (the \"Holder\") is entitled to purchase one share of Common "
         f"Stock of Harlan Acquisitions, Inc. at the price of $.75 per share {period}." + MECHANICS,
         "expiration_term", value, None)
        for i, (period, value) in enumerate([
            ("for an eighteen month period commencing immediately from the effective date of this offering",
             {"amount": 18, "unit": "months", "anchor": "registration_effective",
              "anchor_text": "effective date of this offering"}),
            ("for a period of five years commencing on the date hereof",
             {"amount": 5, "unit": "years", "anchor": "issue_date", "anchor_text": "date hereof"}),
        ])
    ],
    *[
        (f"a-date-after-another-agreements-defined-name-is-not-the-issue-date-{i}",
         f"THIS WARRANT IS HELD IN ESCROW UNDER A {legend} BETWEEN THE HOLDERS AND THE COMPANY.\n\nWARRANT\n\n"
         "This certifies that Pine Ridge Bank (the \"Holder\") is entitled to purchase from Ardent Fuels Inc. "
         "(the \"Company\") at any time after the date hereof until 5:00 P.M. on April 6, 2000, 11,000 Common "
         "Shares at a Purchase Price of $1.50 per share." + MECHANICS,
         "issue_date", None, None)
        for i, legend in enumerate([
            'STIPULATION OF SETTLEMENT (THE "SETTLEMENT AGREEMENT"), DATED JULY 17, 1993',
            'LITIGATION ESCROW AGREEMENT (THE "ESCROW AGREEMENT"), DATED AS OF JULY 17, 1993,',
        ])
    ],
    *[
        (f"a-warrant-issued-and-delivered-to-a-party-is-the-grant-{i}",
         "WARRANT AGREEMENT\n\nTHIS WARRANT AGREEMENT is made as of May 2, 2003 between Tallis Analytics, Inc., an "
         "Oregon corporation (the \"Company\"), and Brookline Capital Partners, L.P. (the \"Lender\").\n\n"
         f"1. GRANT. The Company {verb} the Lender at the closing, a warrant (the \"Warrant\") to purchase "
         "750,000 shares of Common Stock at $0.85 per share." + MECHANICS,
         "shares", 750000, "750,000")
        for i, verb in enumerate(["shall issue and deliver to", "will grant and deliver to"])
    ],
    *[
        (f"a-count-of-warrants-entitling-the-holder-to-one-share-{i}",
         "WARRANT CERTIFICATE\nHARROWGATE MINERALS LTD.\n(Existing under the laws of the Province of Ontario)\n\n"
         f"CERTIFICATE NO. W-14\n\n{grant}" + MECHANICS,
         "shares_per_warrant", value, cited)
        for i, (grant, value, cited) in enumerate([
            (("1,250,000 COMMON SHARE PURCHASE WARRANTS entitling the holder to acquire, subject to adjustment, "
              "one (1) Common Share for eac"), "1", "one (1)"),
            (("500,000 Warrants entitling the holder to purchase, at any time before March 1, 2009, an aggregate "
              "of 250,000 Common Shares at $0.40 per share."), None, None),
        ])
    ],
    (
        "an-agreements-own-warrants-not-the-separately-governed-kind-it-defines",
        "WARRANT AGREEMENT\n\nWARRANT AGREEMENT, dated as of May 4, 1998, between Halvard Systems, Inc., a Utah "
        "corporation (the \"Company\"), and Fidelity Registrar Company, as warrant agent (the \"Warrant Agent\")."
        "\n\nWHEREAS, the Company is offering units, each consisting of one share of Common Stock and one "
        "Redeemable Warrant (the \"Warrants\"), and is issuing on the date hereof 960,000 Warrants;\n\nWHEREAS, "
        "the Company is also issuing to the underwriter warrants to purchase 96,000 Units (the \"Underwriter's "
        "Warrants\"), which are governed by a separate agreement and are not Warrants under this Agreement;"
        + MECHANICS,
        "instrument_name", "Warrants", None,
    ),
    (
        "a-warrant-agreement-issuing-its-warrants-on-the-date-hereof-counts-them",
        "WARRANT AGREEMENT\n\nWARRANT AGREEMENT, dated as of May 4, 1998, between Halvard Systems, Inc., a Utah "
        "corporation (the \"Company\"), and Fidelity Registrar Company, as warrant agent (the \"Warrant Agent\")."
        "\n\nWHEREAS, the Company has sold 960,000 units to the underwriters, each consisting of one share of "
        "Common Stock and one Redeemable Warrant, and accordingly is issuing on the date hereof 960,000 Warrants;"
        + MECHANICS,
        "warrant_count", 960000, "960,000",
    ),
    *[
        (f"an-amount-naming-a-preferred-series-or-the-warrants-own-price-is-no-exercise-price-{i}",
         "WARRANT AGREEMENT\n\nWARRANT AGREEMENT, dated as of March 2, 1991, between Lakeshore Bancorp, Inc., a "
         f"Delaware corporation (the \"Company\"), and Tri-State Registrar (the \"Warrant Agent\").\n\n{recital}"
         + MECHANICS,
         "exercise_price", None, None)
        for i, recital in enumerate([
            ("WHEREAS, the Company proposes to issue and sell up to 300,000 Units, each Unit consisting of one share "
             "of $1.125 Cumulative Convertible Preferred Stock, Series C, of the Company, par value $.01 per share, and "
             "one Warrant (the \"Warrant\") entitling the holder thereof to purchase one share of Common Stock;"),
            ("WHEREAS, the Company proposes to sell Common Stock Purchase Warrants, as hereinafter described (the "
             "\"Warrants\"), for $0.01, to purchase up to an aggregate of 400,000 shares of Common Stock, par value "
             "$0.001 per share, each Warrant entitling the holder thereof to purchase one Warrant Share."),
        ])
    ],
    *[
        (f"a-date-named-the-date-of-issue-by-the-parenthesis-after-it-{i}",
         "WARRANT\n\nTHIS CERTIFIES THAT, for good and valuable consideration, Marion Tate (the \"Investor\") is "
         "entitled to subscribe for and purchase from Alder Creek Software, Inc., a Delaware corporation, at any "
         f"time from June 3, 2001 {named} up to and including June 2, 2004 (the third anniversary of the date of "
         "issuance of this Warrant), 5,000 shares of Common Stock at $4.00 per share." + MECHANICS,
         field, value, None)
        for i, (named, field, value) in enumerate([
            ("(the date of issuance of this Warrant)", "issue_date", dt.date(2001, 6, 3)),
            ("(being the Issue Date)", "issue_date", dt.date(2001, 6, 3)),
            ("(the date of issuance of this Warrant)", "expiration_date", dt.date(2004, 6, 2)),
        ])
    ],
    *[
        (f"a-holders-name-ends-before-its-designees-or-assigns-{i}",
         "WARRANT\n\nFOR VALUE RECEIVED, Larch Therapeutics, Inc., a Delaware corporation (the \"Company\"), hereby "
         f"certifies that {holder} is entitled to purchase from the Company 12,000 shares of Series A Preferred Stock "
         "at $2.38 per share." + MECHANICS,
         "holder", "HARBOR POINT CAPITAL, INC.", "HARBOR POINT CAPITAL, INC.")
        for i, holder in enumerate([
            "HARBOR POINT CAPITAL, INC., its designees or its permitted assigns",
            "HARBOR POINT CAPITAL, INC., its successors and assigns,",
        ])
    ],
    (
        "the-right-to-purchase-that-shall-commence-after-a-period",
        "WARRANT TO PURCHASE SHARES OF COMMON STOCK OF BRISK GRID POWER, INC.\n\nFOR VALUE RECEIVED, Brisk Grid "
        "Power, Inc., a Delaware corporation (the \"Issuer\"), hereby certifies that Northland Securities Inc. is "
        "entitled to subscribe for and purchase 400,000 shares of common stock at $1.10 per share.\n\n1. Term. The "
        "right to subscribe for and purchase shares of Warrant Stock represented hereby shall commence on the six "
        "month anniversary of the date hereof and shall expire five years after the date hereof." + MECHANICS,
        "exercisable_from", {"amount": 6, "unit": "months", "anchor": "issue_date", "anchor_text": "date hereof"},
        None,
    ),
    (
        "a-rule-the-holders-are-defined-by-is-no-holder",
        "REPRESENTATIVE'S WARRANT AGREEMENT\n\nTHIS REPRESENTATIVE'S WARRANT AGREEMENT, dated as of June 2, 1997, "
        "is by and between Corbel Air, Inc. (the \"Company\"), and BAYSIDE SECURITIES CORPORATION (the "
        "\"Representative\").\n\nWHEREAS, the Company proposes to sell to the Representative and/or persons related "
        "to the Representative as those persons are defined in Rule 2710 of the NASD Conduct Rules (the \"Holder\" "
        "or \"Holders\"), 100,000 warrants to purchase 100,000 shares of the Company's Common Stock at $6.60 per "
        "share." + MECHANICS,
        "holder", "BAYSIDE SECURITIES CORPORATION", None,
    ),
    (
        "the-holders-descriptor-is-not-the-issuers-before-its-own-term",
        "WARRANT TO PURCHASE COMMON SHARES\n\nTHIS WARRANT CERTIFIES THAT, for value received, ALDER RIDGE CLINIC "
        "FOUNDATION, a Minnesota charitable corporation (the Holder) is entitled to subscribe for and purchase from "
        "TALLGRASS DIAGNOSTICS INC., a corporation with its principal office at 200 Granville Street, Vancouver, "
        "B.C. (the Company) 150,000 common shares at $1.25 per share." + MECHANICS,
        "issuer_jurisdiction", None, None,
    ),
    *[
        (f"an-issuers-name-printed-beside-its-name-in-chinese-or-japanese-{i}",
         f"WARRANT\n\nLotus Harbour Holdings Ltd. {native}, a company organized and existing under the laws of the "
         "Cayman Islands (the \"Company\"), for value received hereby promises to issue to Lexmoor Capital Inc. (the "
         "\"Holder\") up to 500,000 Ordinary Shares at US$2.00 per share upon exercise of this Warrant." + MECHANICS,
         "issuer", "Lotus Harbour Holdings Ltd.", "Lotus Harbour Holdings Ltd.")
        for i, native in enumerate(["\u84ee \u6e2f \u63a7 \u80a1 \u6709 \u9650 \u516c \u53f8", "\u30ed\u30fc\u30bf\u30b9\u682a\u5f0f\u4f1a\u793e"])
    ],
    *[
        (f"a-company-incorporated-with-limited-liability-in-a-place-{i}",
         f"WARRANT AGREEMENT\n\nWARRANT AGREEMENT, dated as of April 13, 2007, between Jadeport Holdings Co., Ltd., "
         f"{descriptor} (the \u201cCompany\u201d), and Harbour Trust Company Limited, as warrant agent (the \u201cWarrant "
         "Agent\u201d).\n\nWHEREAS, the Company proposes to issue 1,000 Warrants, each entitling the holder to purchase "
         "one Ordinary Share at US$5.00." + MECHANICS,
         "issuer_jurisdiction", place, place)
        for i, (descriptor, place) in enumerate([
            ("a company incorporated with limited liability in the Cayman Islands", "Cayman Islands"),
            ("a business company incorporated with limited liability under the laws of the British Virgin Islands",
             "British Virgin Islands"),
        ])
    ],
    *[
        (f"a-warrant-to-purchase-american-depositary-shares-states-its-ratio-{i}",
         "WARRANT AGENT AGREEMENT\n\nWARRANT AGENT AGREEMENT, dated as of March 1, 2022, between Kelpie Bio plc, a "
         "company incorporated in Scotland (the \u201cCompany\u201d), and Northgate Trust Company, N.A. (the \u201cWarrant "
         "Agent\u201d).\n\nWHEREAS, the Company is engaged in a public offering of up to 8,000,000 Warrants, with each "
         f"Warrant representing the right of the holder thereof to purchase {ads} for $4.25 per ADS;" + MECHANICS,
         "shares_per_warrant", value, None)
        for i, (ads, value) in enumerate([("two ADSs (each, a \u201cWarrant ADS\u201d)", "2"),
                                          ("one American Depositary Share", "1")])
    ],
    (
        "a-capital-the-in-mid-sentence-is-the-names-own-first-word",
        "WARRANT AGENT AGREEMENT\n\nWARRANT AGENT AGREEMENT dated as of May 1, 2016 between Kestrel Biotech Ltd., a "
        "company incorporated under the laws of the State of Israel (the \u201cCompany\u201d), and The Harbour Bank of "
        "New York (the \u201cWarrant Agent\u201d).\n\nWHEREAS, each Warrant represents the right to purchase one ADS "
        "for $3.00 per ADS;" + MECHANICS,
        "warrant_agent", "The Harbour Bank of New York", "The Harbour Bank of New York",
    ),
    *[
        (f"a-bank-that-issues-its-warrants-is-the-issuer-not-the-holder-{field}",
         "WARRANT AGREEMENT\n\nAGREEMENT, dated as of June 1, 1992, between HARBORSIDE SAVINGS BANK,\nFEDERAL SAVINGS "
         "BANK, a federally chartered stock savings bank (the \"Bank\"), and Pacific Registrar Company, as Warrant "
         "Agent (the \"Warrant Agent\").\n\nWHEREAS, the Bank proposes to issue its warrant certificates evidencing "
         "warrants (the \"Warrants\") to acquire shares of its common stock (the \"Bank Common Stock\"), each "
         "Warrant entitling the owner of record thereof to acquire one share of Bank Common Stock." + MECHANICS,
         field, value, None)
        for field, value in [("issuer", "HARBORSIDE SAVINGS BANK, FEDERAL SAVINGS BANK"), ("holder", None)]
    ],
    *[
        (f"a-title-blocks-as-of-date-is-the-issue-date-{i}",
         f"WARRANT CERTIFICATE\n\n{line}\n\nTHIS IS TO CERTIFY THAT, for value received, Pell Harbor LLC is the "
         "registered owner of 10,000 warrants of Dunmore Inc., a Nevada corporation, each Warrant entitling the owner "
         "thereof to purchase one share of Common Stock at $2.00 per share." + MECHANICS,
         "issue_date", dt.date(2000, 1, 20), "January 20, 2000")
        for i, line in enumerate(["Henderson, Nevada Warrant Certificate No. W-12 As of January 20, 2000",
                                  "Warrant Certificate No. W-12                          As of January 20, 2000"])
    ],
    *[
        (f"warrants-to-purchase-shares-in-the-aggregate-give-the-ratio-{i}",
         "WARRANT AGREEMENT\n\nThis WARRANT AGREEMENT dated as of October 10, 2000 is between Ridgeline Credit, Inc., "
         "a California corporation (the \"Company\"), and Western Stock Transfer Corporation (the \"Warrant Agent\").\n"
         f"\nIn settlement of the Action the Company has agreed to issue {grant}." + MECHANICS,
         "shares_per_warrant", value, None)
        for i, (grant, value) in enumerate([
            (("TWO MILLION (2,000,000) common stock purchase warrants (the \"Warrants\") to purchase in the aggregate "
              "2,000,000 shares of its Common Stock"), "1"),
            ("1,000,000 warrants (the \"Warrants\") to purchase an aggregate of 500,000 shares of its Common Stock",
             "0.5"),
            ("1,000,000 warrants (the \"Warrants\") to purchase up to 1,000,000 shares of its Common Stock", None),
        ])
    ],
    (
        "a-price-reset-to-a-lower-financing-price-is-a-full-ratchet",
        "WARRANT\n\nTHIS CERTIFIES THAT Tamarack Partners LP is entitled to purchase from Quillon Devices, Inc., a "
        "Delaware corporation, 125,000 shares of Common Stock at an Exercise Price of $1.20 per share." + MECHANICS
        + "\n3. PRICE RESET.\n\n3.1 Reset. If the Company consummates a Qualified Financing and the Qualified "
        "Financing Price is less than the Exercise Price in effect immediately prior to its closing, then the "
        "Exercise Price shall be reduced to an amount equal to the Qualified Financing Price.\n",
        "anti_dilution", ["price_based_full_ratchet"], None,
    ),
    *[
        (f"fractions-that-may-be-issued-are-neither-paid-nor-rounded-{i}",
         "WARRANT\n\nTHIS CERTIFIES THAT Alder Lending LLC is entitled to purchase from Redwing Hollow LLC, a Delaware "
         "limited liability company, 35,000 Class B Units at a Unit Purchase Price of $4.00 per Unit." + MECHANICS
         + f"\nSection 2.6 Fractional Units. {clause}\n",
         "fractional_shares", value, None)
        for i, (clause, value) in enumerate([
            (("Fractional Class B Units may be issued upon exercise of this Warrant, and the Company shall not be "
             "required to make any cash payment in respect of a fractional Class B Unit."), None),
            (("No fractional units or scrip representing fractional units shall be issued upon exercise; in lieu "
             "thereof the Company shall pay cash equal to such fraction multiplied by the Fair Market Value."), "cash"),
        ])
    ],
    *[
        (f"an-underwriters-unit-warrant-agreement-{field}",
         "UNDERWRITER'S UNIT WARRANT AGREEMENT\ndated as of 1999 between\nCorvid Online, Inc., a Delaware\ncorporation "
         "(the \"Company\"), and\nHALSTEAD SECURITIES CORPORATION,\na New York corporation (the\n\"Underwriter\")."
         "\n\nThe Company proposes to issue to the Underwriter and its designees, warrants "
         "(the \"Underwriter's Unit Warrants\") to purchase units (the \"Units\"), each Unit consisting of one share "
         "of Common Stock and one Common Stock Purchase Warrant exercisable to purchase one additional share of "
         "Common Stock at $7.00 per share, at a price of $7.80 per Unit, up to a maximum of 120,000 Units."
         + MECHANICS,
         field, value, None)
        for field, value in [("holder", "HALSTEAD SECURITIES CORPORATION"), ("security", "Units"),
                             ("exercise_price", "7.80")]
    ],
    (
        "a-holders-capacity-is-no-part-of-its-name",
        "CLASS A COMMON STOCK PURCHASE WARRANT\n\nTHIS COMMON STOCK PURCHASE WARRANT certifies that, for value "
        "received, Granite Peak Capital Management, L.P. as investment manager on behalf of certain funds and accounts "
        "within the Deep Value, Global Credit and Special Situations strategies "
        "or its assigns (the \"Holder\") is entitled to subscribe for and purchase from Lanewood Holdings, "
        "Inc., a Delaware corporation (the \"Company\"), up to 400,000 shares of Class A common stock at $10.00 per "
        "share." + MECHANICS,
        "holder", "Granite Peak Capital Management, L.P.", None,
    ),
    (
        "a-later-of-start-ends-where-the-lettered-termination-begins",
        "WARRANT AGREEMENT\n\nTHIS WARRANT AGREEMENT, dated as of March 1, 2022, is by and between Larkspur "
        "Acquisition Corp., a Cayman Islands exempted company (the \u201cCompany\u201d), and VStock Transfer, LLC, as "
        "warrant agent (the \u201cWarrant Agent\u201d).\n\n3.2 Duration of Warrants. A Warrant may be exercised only "
        "during the period (A) commencing on the later of: (i) the date that is thirty (30) days after the date on "
        "which the Company completes its initial Business Combination, and (ii) the date that is twelve (12) months "
        "from the date of the closing of the Offering, and (B) terminating at the earlier to occur of (x) the date "
        "that is five (5) years after the date on which the Company completes its initial Business Combination and "
        "(y) the Redemption Date (the \u201cExpiration Date\u201d)." + MECHANICS,
        "exercisable_from", {"later_of": [
            {"amount": 30, "unit": "days", "anchor": "business_combination",
             "anchor_text": "date on which the Company completes its initial Business Combination"},
            {"amount": 12, "unit": "months", "anchor": "ipo_closing",
             "anchor_text": "date of the closing of the Offering"}]}, None,
    ),
    *[
        (f"two-agents-on-the-cover-collectively-the-warrant-agent-{i}",
         f"WARRANT AGREEMENT\n\nDated as of July 26, 2016\n\n{cover}\n\nFor 810,811 Series A Warrants\n\nThis WARRANT "
         "AGREEMENT governs warrants of Ardmore Coal, Inc., a Delaware corporation (the \"Company\"), each Warrant "
         "entitling the holder to purchase one share of Common Stock at $40.00 per share." + MECHANICS,
         "warrant_agent", "COASTLINE INC. and COASTLINE TRUST COMPANY, N.A.", None)
        for i, cover in enumerate([
            ("between\nARDMORE COAL, INC.\nand\nCOASTLINE INC.\nand\nCOASTLINE TRUST COMPANY, N.A.\nCollectively, as "
            "Warrant Agent"),
            ("between ARDMORE COAL, INC. and COASTLINE INC. and COASTLINE TRUST COMPANY, N.A., Collectively as Warrant "
            "Agent"),
        ])
    ],
    (
        "a-cover-count-of-a-series-of-warrants",
        "WARRANT AGREEMENT\n\nDated as of July 26, 2016 between ARDMORE COAL, INC. and COASTLINE TRUST COMPANY, N.A., "
        "as Warrant Agent\n\nFor 810,811 Series A Warrants\n\nThis WARRANT AGREEMENT governs warrants of Ardmore Coal, "
        "Inc., a Delaware corporation (the \"Company\"), each Warrant entitling the holder to purchase one share of "
        "Common Stock at $40.00 per share." + MECHANICS,
        "warrant_count", 810811, "810,811",
    ),
    *[
        (f"a-flattened-indenture-cover-with-rules-between-its-blocks-{field}",
         "1 KESTREL MINES INC. - AND - PRAIRIE TRUST COMPANY OF CANADA --------------------------------- WARRANT "
         "INDENTURE Providing for the issue of up to 2,500,000 Common Share Purchase Warrants "
         "--------------------------------- April 25, 1996 TABLE OF CONTENTS Page\n\nTHIS WARRANT INDENTURE is made "
         "between the parties named above. WHEREAS the Corporation proposes to issue up to 2,500,000 Warrants, "
         "each Warrant entitling the holder thereof to purchase one Common Share at $1.10 at any time on or before "
         "April 25, 1998;" + MECHANICS,
         field, value, None)
        for field, value in [("issue_date", dt.date(1996, 4, 25)), ("warrant_agent", "PRAIRIE TRUST COMPANY OF CANADA")]
    ],
    (
        "the-tsx-venture-legends-hold-period-is-no-expiry",
        "WITHOUT PRIOR WRITTEN APPROVAL OF TSX VENTURE EXCHANGE AND COMPLIANCE WITH ALL APPLICABLE SECURITIES "
        "LEGISLATION, THE SECURITIES REPRESENTED BY THIS CERTIFICATE AND ANY SECURITIES ISSUED UPON EXERCISE THEREOF "
        "MAY NOT BE SOLD, TRANSFERRED, HYPOTHECATED OR "
        "OTHERWISE TRADED ON OR THROUGH THE FACILITIES OF TSX VENTURE EXCHANGE OR OTHERWISE IN CANADA OR TO OR FOR "
        "THE BENEFIT OF A CANADIAN RESIDENT UNTIL MARCH 22, 2015.\n\nBROKER WARRANT CERTIFICATE\n\nTHIS CERTIFIES "
        "THAT Maple Leaf Securities Inc. is entitled to purchase one common share of Birchwood Gold Corp. for each "
        "Broker Warrant at Cdn$0.30 per share." + MECHANICS,
        "expiration_date", None, None,
    ),
    *[
        (f"a-unit-purchase-options-units-warrants-agent-is-not-its-own-{field}",
         "UNIT PURCHASE OPTION\n\nFOR THE PURCHASE OF\n\nFIFTY THOUSAND (50,000) UNITS\n\nTHIS CERTIFIES THAT, in "
         "consideration of $100.00 paid by HARBORVIEW SECURITIES, INC. (\"Holder\"), Holder is entitled, at any time "
         "after March 12, 1997 and before March 12, 2001, to purchase up to Fifty Thousand (50,000) units (the "
         "\"Units\") of Tallis Optics, Inc., a Delaware corporation (the \"Company\"), each Unit consisting of one "
         "share of Common Stock and one Redeemable Class A Warrant (the \"Warrants\"), at $7.80 per Unit. The Warrants "
         "are identical to the Company's public warrants, which are issued under the Warrant Agreement dated as of "
         "March 12, 1996 (the \"Warrant Agreement\") between the Company and Continental Stock Transfer & Trust "
         "Company, as warrant agent (the \"Warrant Agent\")." + MECHANICS,
         field, value, None)
        for field, value in [("warrant_agent", None), ("shares", 50000)]
    ],
    (
        "a-lettered-title-line-below-a-form-of-warrant-heading-names-it",
        "FORM OF WARRANT\n\nTHIS WARRANT HAS NOT BEEN REGISTERED UNDER THE SECURITIES ACT OF 1933.\n\nWARRANT C TO "
        "PURCHASE\nSHARES OF CLASS A COMMON STOCK\nOF\nLARCHMONT MEDIA, INC.\n\nFOR VALUE RECEIVED, Larchmont Media, "
        "Inc., a Delaware corporation (the \"Issuer\"), hereby certifies that Tor Capital Ltd. is entitled to "
        "purchase 500,000 shares of Class A Common Stock at $2.00 per share." + MECHANICS,
        "instrument_name", "Warrant C", "WARRANT C",
    ),
    (
        "a-date-of-a-placement-agent-agreement-is-not-the-issue-date",
        "PREFERRED STOCK WARRANT\n\nEdgewater Therapeutics, Inc. (the \u201cCompany\u201d), for value received, hereby "
        "certifies that Maxwell Partners LLC (the \u201cRegistered Holder\u201d) is entitled to purchase from the Company "
        "at any time on or before five (5) years from the Final Closing Date, as defined in the Placement Agent "
        "Agreement, dated March 18, 2013, by and between the Company and the Registered Holder, up to 20,000 shares "
        "of Series C Preferred Stock at $4.235 per share." + MECHANICS,
        "issue_date", None, None,
    ),
    (
        "a-recital-count-to-purchase-initially-in-the-aggregate-subject-to",
        "WARRANT AGREEMENT\n\nTHIS WARRANT AGREEMENT dated as of January 29, 1999 is entered into by and between "
        "Keystone Courier & Logistics, Inc., a Delaware corporation (the \"Company\"), and Bramwell Capital Funding "
        "LLC (the \"Purchaser\").\n\nWHEREAS, the Company has agreed to issue and sell to the Purchaser on the date "
        "hereof, certain common stock purchase warrants, as hereinafter described (the \"Warrants\") to purchase "
        "initially in the aggregate, subject to the terms of Section 9 hereof, 212,500 shares of Common Stock, par "
        "value $.001 per share, of the Company (the \"Common Stock\");" + MECHANICS,
        "shares", 212500, "212,500",
    ),
    (
        "a-class-the-defined-term-means-names-the-security",
        "WARRANT\n\nRidgefield Holdings, Inc. (the \"Company\") hereby certifies that, for value received, Lakeshore "
        "BIDCO Corporation, or assigns, is entitled to purchase from the Company at any time before June 30, 2003, "
        "92,595 fully paid and non-assessable shares of Common Stock of the Company, at the price per share of $.01."
        "\n\nAs used herein the following terms have the following meanings:\n(a) The term \"Company\" includes any "
        "successor corporation.\n(b) The term \"Common Stock\" means the Class A Common Stock, $.01 par value, of the "
        "Company." + MECHANICS,
        "security", "Class A Common Stock", None,
    ),
    *[
        (f"a-cover-label-naming-the-event-exercise-waits-for-{i}",
         "SERIES B COMMON STOCK PURCHASE WARRANT\n\nKESTREL THERAPEUTICS, INC.\n\nWarrant Shares: 1,200,000\n"
         f"Initial Exercise Date: {event}\n\nTHIS SERIES B COMMON STOCK PURCHASE WARRANT certifies that Aldine Fund "
         "LP is entitled, at any time on or after the Initial Exercise Date, to purchase from Kestrel Therapeutics, "
         "Inc., a Delaware corporation, up to 1,200,000 shares of Common Stock at $1.10 per share. \"Stockholder "
         "Approval Date\" means the date on which Stockholder Approval is obtained and deemed effective." + MECHANICS,
         "exercisable_from", {"amount": 0, "unit": "days", "anchor": anchor, "anchor_text": text}, text)
        for i, (event, anchor, text) in enumerate([
            ("the Stockholder Approval Date (as defined below)", "stockholder_approval", "the Stockholder Approval Date"),
            ("the date of Stockholder Approval", "stockholder_approval", "the date of Stockholder Approval"),
        ])
    ],
    (
        "a-listing-rules-option-reorganises-and-adjusts-for-pro-rata-issues",
        "OPTION DEED POLL\n\nThis deed poll is made by Tarrawong Minerals Limited (the \"Company\") in favour of "
        "Brolga Nominees Pty Ltd (the \"Optionholder\"), which may subscribe for 2,000,000 Shares at A$0.25 per "
        "Share.\n\n4.2 Bonus issues. If the Company makes a bonus issue of Shares to holders of Shares, the number of "
        "Shares over which each Option is exercisable will be increased accordingly.\n\n4.3 Pro rata issues. If the Company makes a pro rata issue of Shares (other than a bonus issue) "
        "to holders of Shares, the Exercise Price of each Option will be reduced according to the formula in "
        "Listing Rule 6.22.2.\n\n4.4 Reorganisation of capital. If there is any reorganisation (including a "
        "consolidation, sub-division, reduction or return) of the issued capital of the Company, the rights of "
        "the Optionholder will be changed to the extent necessary to comply with the Listing Rules." + MECHANICS,
        "anti_dilution", ["split_combination", "stock_dividend", "distribution", "reorganization"], None,
    ),
    (
        "shares-issued-as-a-dividend-are-a-stock-dividend",
        "WARRANT\n\nThis certifies that Coral Partners (the \"Holder\") is entitled to purchase from Harlan Route, Inc. "
        "1,500,000 shares of Common Stock at $0.50 per share.\n\n4.1 Adjustments. In the event that the Company "
        "shall (a) issue additional shares of the Common Stock as a dividend or other distribution on outstanding "
        "Common Stock, or (b) subdivide its outstanding shares of Common Stock, then the Exercise Price shall be "
        "adjusted by multiplying it by a fraction." + MECHANICS,
        "anti_dilution", ["split_combination", "stock_dividend"], None,
    ),
    (
        "a-partnership-distribution-payable-in-units-is-a-stock-dividend",
        "WARRANT TO PURCHASE COMMON UNITS\n\nThis certifies that Coral Partners (the \"Holder\") is entitled to "
        "purchase from Harlan Midstream Partners, L.P. 500,000 Common Units at $21.00 per Common Unit.\n\n5.2 "
        "Distributions of Common Units. If the Partnership makes a distribution to all holders of Common Units "
        "payable in additional Common Units, the Exercise Price shall be multiplied by a fraction, the numerator "
        "of which is the number of Common Units outstanding immediately before the distribution." + MECHANICS,
        "anti_dilution", ["stock_dividend"], None,
    ),
    (
        "a-warrant-that-becomes-exercisable-on-an-anniversary",
        "WARRANT\n\nThis certifies that Coral Partners (the \"Holder\") is entitled to purchase from Harlan Route, Inc. "
        "1,500,000 shares of Common Stock at $0.50 per share.\n\n1.1 First Exercise Date. This Warrant shall become "
        "exercisable on the first anniversary of the Original Issue Date (the \"First Exercise Date\") and shall "
        "expire on the fifth anniversary of the Original Issue Date." + MECHANICS,
        "exercisable_from", {"amount": 1, "unit": "years", "anchor": "issue_date", "anchor_text": "Original Issue Date"},
        None,
    ),
    (
        "a-cover-label-states-the-first-exercise-as-a-period",
        "COMMON STOCK PURCHASE WARRANT\n\nCompany: Harlan Route, Inc.\nHolder: Coral Partners\nNumber of Shares: "
        "1,500,000\nExercise Price: $0.50\nIssue Date: March 3, 2016\nInitial Exercise Date: The date that is six (6) "
        "months after the Issue Date\n\nThis certifies that the Holder is entitled to purchase from the Company the "
        "Number of Shares at the Exercise Price." + MECHANICS,
        "exercisable_from", {"amount": 6, "unit": "months", "anchor": "issue_date", "anchor_text": "Issue Date"},
        None,
    ),
    (
        "a-commencement-date-which-is-a-period-after-the-effective-date",
        "UNDERWRITER'S WARRANT\n\nTHIS PURCHASE WARRANT CERTIFIES THAT, in consideration of funds duly paid by or on "
        "behalf of Thorn Securities, LLC (\"Holder\"), Holder is entitled, at any time or from time to time from "
        "[__________] (the \"Commencement Date\"), which is the date that is one hundred eighty (180) days following "
        "the effective date of the Registration Statement, and at or before 5:00 p.m., Eastern time, [__________], "
        "but not thereafter, to subscribe for, purchase and receive, in whole or in part, up to 75,000 shares of "
        "common stock of Bluewater Robotics, Inc. (the \"Company\")." + MECHANICS,
        "exercisable_from", {"amount": 180, "unit": "days", "anchor": "registration_effective",
                             "anchor_text": "effective date of the Registration Statement"},
        None,
    ),
    (
        "an-agent-with-an-address-after-the-issuers-address",
        "WARRANT AGREEMENT\n\nTHIS WARRANT AGREEMENT is made as of February 1, 2008 between Harlan Route "
        "Acquisition Corp., a Delaware corporation, with offices at 9 West 57th Street, New York, New York 10019 "
        "(the \u201cCompany\u201d), and Coral Stock Transfer and Trust Company, with offices at 17 Battery Place, "
        "New York, New York 10004 (the \u201cWarrant Agent\u201d).\n\nEach Warrant entitles the holder to purchase "
        "one share of Common Stock at $7.50." + MECHANICS,
        "warrant_agent", "Coral Stock Transfer and Trust Company", "Coral Stock Transfer and Trust Company",
    ),
    (
        "the-first-party-of-a-warrant-indentures-title-line-issues",
        "Warrant Indenture between Harlan Sands Inc. and Coral Trust Company of Canada dated December 5, 2007\n"
        "This agreement sets out the terms for issuing up to 6,325,000 warrants, each allowing the holder to buy "
        "one common share at a set price.\n\nARTICLE 1 INTERPRETATION\n1.1 Definitions\nARTICLE 2 ISSUE OF "
        "WARRANTS\n2.1 Issue of Warrants\nARTICLE 3 EXERCISE OF WARRANTS\n\nEach Warrant entitles the holder to "
        "purchase one Common Share at a price of $1.25." + MECHANICS,
        "issuer", "Harlan Sands Inc.", "Harlan Sands Inc.",
    ),
    (
        "the-trust-company-of-a-warrant-agreements-title-line-is-its-agent",
        "Warrant Agreement between Harlan Sands Inc. and Coral Stock Transfer Company (July 21, 2020)\n\n"
        "Each Warrant entitles the holder to purchase one Common Share at $11.50." + MECHANICS,
        "warrant_agent", "Coral Stock Transfer Company", "Coral Stock Transfer Company",
    ),
    (
        "an-agent-defined-without-quotes-with-its-country-in-brackets",
        "WARRANT INDENTURE\n\nTHIS WARRANT INDENTURE made as of November 10, 2020.\n\nBETWEEN:\n\nHARLAN SANDS "
        "INC., a corporation existing under the laws of Canada\n\n(the Corporation)\n\nAND:\n\nCORAL TRUST COMPANY "
        "(CANADA), a trust company existing under the laws of Canada\n\n(the Warrant Agent)\n\nEach Warrant entitles "
        "the holder to purchase one Common Share at $1.25." + MECHANICS,
        "warrant_agent", "CORAL TRUST COMPANY (CANADA)", "CORAL TRUST COMPANY (CANADA)",
    ),
    (
        "an-issuer-after-a-flattened-title-with-its-suite-address",
        "WARRANT CERTIFICATE NO. 14 WARRANT CERTIFICATE HARLAN SANDS INC. Suite 1500 - 885 West Georgia Street "
        "Vancouver, British Columbia, V6C 3E8 (the \"ISSUER\") THIS CERTIFIES that, for value received, Coral "
        "Partners (hereinafter referred to as the \"Holder\") is the registered holder of 100,000 Warrants, each "
        "entitling the Holder to purchase one Common Share at $0.40." + MECHANICS,
        "issuer", "HARLAN SANDS INC.", "HARLAN SANDS INC.",
    ),
    (
        "a-company-whose-stock-is-bought-ends-before-a-relative-clause",
        "WARRANT\n\nThis certifies that Coral Partners, or its assigns, is entitled to purchase that number of shares "
        "of Convertible Common Stock of HARLAN CONSOLIDATED MINING COMPANY which, at the time of exercise, will "
        "represent 68% of the outstanding shares, at $0.50 per share." + MECHANICS,
        "issuer", "HARLAN CONSOLIDATED MINING COMPANY", "HARLAN CONSOLIDATED MINING COMPANY",
    ),
    (
        "a-cover-label-purchase-price-of-common-stock",
        "WARRANT CERTIFICATE\n\nRepresenting Common Stock Purchase Warrant\n\nHARLAN ENERGY, INC.\n\nPurchase Price of "
        "Common Stock:\n\n$0.45 per share (subject to adjustment)\n\nTHIS WARRANT CERTIFICATE CERTIFIES that, for value "
        "received, Coral Partners is entitled to purchase 100,000 shares of Common Stock at the Purchase Price."
        + MECHANICS,
        "exercise_price", Decimal("0.45"), "$0.45",
    ),
    (
        "the-exercise-price-stated-per-warrant-of-a-unit-purchase-warrant",
        "UNIT PURCHASE WARRANT\n\n1. Number and Price of Units, each Unit consisting of one share of Common Stock and "
        "one-half Warrant to purchase one share of common stock at an exercise price of $0.30 (collectively, the "
        "\"Unit\"). Subject to the terms hereof, Coral Partners (the \"Holder\") is entitled to purchase from Harlan "
        "Claims, Inc. (the \"Company\"), for $100.00, an aggregate of 1,616,250 Units, upon payment therefore of the "
        "exercise price $0.16 per Warrant (the \"Basic Exercise Price\")." + MECHANICS,
        "exercise_price", Decimal("0.16"), "$0.16",
    ),
    (
        "the-company-executing-a-warrant-instrument-by-its-current-name",
        "DATED 23 September 2024\namended and restated warrant instrument\nHarlan Corporation\nTABLE OF CONTENTS\n1. | "
        "DEFINITIONS | 1 |\n2. | CONSTITUTION OF WARRANTS | 6 |\nTHIS AMENDED AND RESTATED WARRANT INSTRUMENT (this "
        "\u201cInstrument\u201d) IS EXECUTED ON 23 SEPTEMBER 2024 BY HARLAN CORPORATION (F/K/A CORAL ACQUISITION "
        "LIMITED), a company incorporated in the British Virgin Islands. Each Warrant entitles the holder to subscribe "
        "for one Ordinary Share at $11.50." + MECHANICS,
        "issuer", "Harlan Corporation", "HARLAN CORPORATION",
    ),
    (
        "a-form-of-instrument-executed-by-a-company-in-favour-of-another",
        "Form of Warrant Instrument to be executed by Harlan plc in favor of Coral Holding Corporation.\nDATED 2006\n"
        "WARRANT INSTRUMENT\ncreating 28,370,000 Warrants 2011\n\nEach Warrant entitles the holder to subscribe for one "
        "Ordinary Share at 10p." + MECHANICS,
        "issuer", "Harlan plc", "Harlan plc",
    ),
    (
        "a-title-glued-to-the-issuers-name",
        "WARRANTCERTIFICATE HARLANEXPLORATION LTD. (Acorporation subsisting under the laws of the Province of "
        "Alberta)\n\nTHE PURCHASE WARRANTS REPRESENTED BY THIS CERTIFICATE WILL BE VOID AND OF NO VALUE UNLESS "
        "EXERCISED.\n\nThis certifies that Coral Partners is the registered holder of 100,000 purchase warrants, each "
        "entitling the holder to purchase one common share at Cdn$1.25." + MECHANICS,
        "issuer", "HARLANEXPLORATION LTD.", "HARLANEXPLORATION LTD.",
    ),
    (
        "no-holder-shall-be-entitled-to-exercise-on-a-cashless-basis",
        ("WARRANT\n\nThis certifies that Coral Partners (the \"Holder\") is entitled to purchase from Harlan Route, Inc. "
        "1,500,000 shares of Common Stock at $0.50 per share.\n\n3.3 (b) No Cashless Exercise. The Warrants may be "
        "exercised only for cash. No Holder shall be entitled to exercise any Warrant on a \"cashless basis,\" by "
        "means of a \"net exercise,\" or otherwise than by payment in full of the Exercise Price in cash.\n\n"
        "4. Governing Law. This Warrant shall be governed by the laws of the State of New York."),
        "cashless_exercise", False, "Cashless Exercise",
    ),
    (
        "fractional-warrants-in-a-distribution-are-not-the-share-fraction-clause",
        "WARRANT AGREEMENT\n\nWHEREAS, the Company is issuing an aggregate of 4,213,512 Subscription Warrants, no "
        "fractional Subscription Warrants being issued and the number distributed to each holder having been rounded "
        "down to the nearest whole Subscription Warrant;\n\nWHEREAS, each Subscription Warrant entitles the holder to "
        "purchase one share of Common Stock at $8.50.\n\nNOW, THEREFORE, in consideration of the mutual agreements herein "
        "contained, the Company and the Warrant Agent agree as follows:\n\n1. Appointment. The Company hereby appoints "
        "the Warrant Agent to act as agent for the Company for the Subscription Warrants, and the Warrant Agent hereby "
        "accepts such appointment and agrees to perform the same in accordance with the terms and conditions set forth "
        "in this Agreement.\n\n3.5 Fractional Shares. If the Holder would be entitled to a "
        "fractional interest in a share, the Company shall round the number of shares to be issued to the nearest "
        "whole number of shares, and no cash shall be paid in lieu of any fractional interest." + MECHANICS,
        "fractional_shares", "round_nearest", None,
    ),
    (
        "an-issuer-after-a-preamble-heading-run-into-the-title",
        "Void after June 28, 2004 Right to Purchase Shares of Common Stock (subject to adjustment) No. 1 PREAMBLE "
        "HARLAN DIAGNOSTICS, INC., a Delaware corporation (the \"Company\"), hereby certifies that, for value "
        "received, Coral Partners is entitled to purchase 100,000 shares of Common Stock at $1.00 per share."
        + MECHANICS,
        "issuer", "HARLAN DIAGNOSTICS, INC.", "HARLAN DIAGNOSTICS, INC.",
    ),
    (
        "a-host-title-line-names-issuer-and-agent-after-a-dash",
        "Warrant Agreement - Harlan Companies Inc. and Coral Chase Bank EXECUTION COPY ====== HARLAN COMPANIES "
        "INC. and CORAL CHASE BANK, Warrant Agent ---------- WARRANT AGREEMENT dated as of July 9, 2003 ======\n\n"
        "Each Warrant entitles the holder to purchase one share of Common Stock at $10.00." + MECHANICS,
        "warrant_agent", "Coral Chase Bank", "CORAL CHASE BANK",
    ),
    (
        "a-cover-issuer-whose-name-has-a-suffix-word-inside",
        "HARLAN BANK SYSTEM, INC.\nand\nCORAL TRUST COMPANY OF NEW YORK\nas Warrant Agent\n\nWARRANT AGREEMENT\n"
        "Dated as of October 2, 1995\n\nEach Warrant entitles the holder to purchase one share of Common Stock at "
        "$10.00." + MECHANICS,
        "issuer", "HARLAN BANK SYSTEM, INC.", "HARLAN BANK SYSTEM, INC.",
    ),
    (
        "exercisable-twelve-months-after-its-issuance",
        "WARRANT\n\nThis certifies that Coral Partners is entitled to purchase from Harlan Route, Inc. 100,000 shares "
        "of Common Stock at $1.00 per share. This Warrant is exercisable beginning 12 months after its issuance and "
        "for a period of five years thereafter." + MECHANICS,
        "exercisable_from", {"amount": 12, "unit": "months", "anchor": "issue_date", "anchor_text": "its issuance"},
        None,
    ),
    (
        "a-title-count-of-common-stock-purchase-warrants",
        "VOID AFTER 5:00 P.M. ON MAY 13, 2008\n\nHARLAN ROUTE, INC.\nWARRANT CERTIFICATE\n\n1,000,000 COMMON STOCK "
        "PURCHASE WARRANTS\n\nTHIS IS TO CERTIFY THAT, for value received, Coral Continental LLC (the "
        "\"Warrantholder\") is the registered owner of such number of Common Stock Purchase Warrants as is set forth "
        "above, each entitling the holder to purchase one share of Common Stock at $1.25." + MECHANICS,
        "warrant_count", 1000000, "1,000,000",
    ),
    (
        "a-flattened-title-count-before-the-certificate-number",
        "THIS WARRANT HAS NOT BEEN REGISTERED UNDER THE SECURITIES ACT. 37,402 Warrants No. 001 HARLAN DELIVERY "
        "SYSTEMS, INC. COMMON STOCK WARRANT CERTIFICATE THIS CERTIFIES that, for value received, Coral Securities Inc. "
        "(the \"Warrant Holder\") is the owner of the number of warrants (the \"Warrants\") set forth above, each to "
        "purchase from Harlan Delivery Systems, Inc. one share of Common Stock at $5.00." + MECHANICS,
        "warrant_count", 37402, "37,402",
    ),
    (
        "a-title-name-with-two-suffix-words",
        "HARLAN HOLDINGS CORP. WARRANT TO PURCHASE 30,700,000 SHARES OF COMMON STOCK\n\nTHE SECURITIES REPRESENTED BY "
        "THIS WARRANT HAVE NOT BEEN REGISTERED.\n\nThis certifies that Coral Partners is entitled to purchase "
        "30,700,000 shares of Common Stock at $1.00 per share." + MECHANICS,
        "issuer", "HARLAN HOLDINGS CORP.", "HARLAN HOLDINGS CORP.",
    ),
    (
        "the-right-to-purchase-at-any-time-prior-to-a-date",
        "WARRANT TO PURCHASE COMMON STOCK OF\nHARLAN FINANCIAL, INC.\nHARLAN FINANCIAL, INC., a Florida corporation "
        "(hereinafter called the \"Company\"), for value received hereby certifies that Coral, Inc. (\"Purchaser\") "
        "has the right at any time, and from time to time, prior to December 23, 2003, as set forth in Section 2.1 "
        "hereof, to purchase 495,868 shares of Common Stock at $0.25 per share." + MECHANICS,
        "expiration_date", dt.date(2003, 12, 23), "December 23, 2003",
    ),
    (
        "a-date-a-financing-must-close-by-is-no-expiry",
        "WARRANT\n\n(a) If the Company closes a Next Round Financing, the Holder shall have the right to purchase New "
        "Stock; or (b) if the Company does not close a Next Round Financing on or before September 30, 2001, the "
        "Holder of this Warrant shall have the right to purchase up to 100,000 shares of Common Stock of Harlan "
        "Route, Inc. at $1.00 per share.\n\nThis Warrant may be exercised at any time during the period ending on "
        "September 7, 2005." + MECHANICS,
        "expiration_date", dt.date(2005, 9, 7), "September 7, 2005",
    ),
    (
        "an-issuer-duly-organized-and-validly-existing",
        "WARRANT\nto purchase shares of Common Stock\n\nThis WARRANT (this \u201cWarrant\u201d) of\nHarlan Restaurants, Inc., "
        "a corporation duly organized and validly existing\nunder the laws of the State of Texas (the "
        "\u201cCompany\u201d), is being issued to Coral Partners, which is entitled to purchase 100,000 shares of Common "
        "Stock at $1.00 per share." + MECHANICS,
        "issuer", "Harlan Restaurants, Inc.", "Harlan Restaurants, Inc.",
    ),
    (
        "the-depository-in-a-global-certificates-legend-is-no-issuer",
        "UNLESS THIS CERTIFICATE IS PRESENTED BY AN AUTHORIZED REPRESENTATIVE OF THE DEPOSITORY TRUST COMPANY, A NEW "
        "YORK CORPORATION (\"DTC\"), TO THE ISSUER OR ITS AGENT FOR REGISTRATION OF TRANSFER, ANY CERTIFICATE ISSUED IS "
        "REGISTERED IN THE NAME OF CEDE & CO.\n\nGLOBAL WARRANT CERTIFICATE\n\nThis certifies that Cede & Co. is the "
        "registered holder of the number of Warrants set forth on Schedule A, each entitling the holder to purchase "
        "one share of Common Stock at $11.50." + MECHANICS,
        "issuer", None, None,
    ),
    (
        "a-share-formula-which-equates-to-a-count",
        "WARRANT\n\nHarlan Pharmaceuticals, Inc. (the \"Company\") hereby certifies that Coral Fund (the \"Holder\") may "
        "purchase shares of Common Stock at $2.50 per share. Unless indicated otherwise, the aggregate number of "
        "Exercise Shares that Holder may purchase by exercising this warrant is equal to the quotient of (A) 20% of "
        "the shortfall purchased by the Holder pursuant to Section 2.1(b) of the Purchase Agreement, divided by (B) "
        "the Per Share Price, which equates to Thirty Four Thousand, Five Hundred and Ten (34,510)." + MECHANICS,
        "shares", 34510, "Thirty Four Thousand, Five Hundred and Ten",
    ),
    (
        "a-price-before-the-term-naming-the-whole-grant",
        "BROKER'S WARRANT\n\nTHIS IS TO CERTIFY THAT, for value received, Coral Securities Ltd. (the \u201cWarrant "
        "Holder\u201d) is entitled to purchase 850,000 common shares in the capital of Harlan Resources Corp. (the "
        "\u201cCompany\u201d) for a period of two years at a price of US$0.35 (the \u201cWarrant\u201d) upon the "
        "terms and conditions set out on the reverse hereof." + MECHANICS,
        "exercise_price", Decimal("0.35"), "US$0.35",
    ),
    (
        "a-depositary-share-ratio-is-no-count",
        "WARRANT\n\nTHIS WARRANT TO PURCHASE ORDINARY SHARES REPRESENTED BY AMERICAN DEPOSITARY SHARES (the "
        "\u201cWarrant\u201d) certifies that Coral Fund LP (the \u201cHolder\u201d) is entitled to subscribe for and "
        "purchase from Harlan Therapeutics Limited (the \u201cCompany\u201d) the Company\u2019s ordinary shares "
        "(\u201cOrdinary Shares\u201d), represented by American Depositary Shares (\u201cADSs\u201d), with each "
        "American Depositary Share representing fifteen (15) Ordinary Shares, in the amounts set forth in "
        "Section 2." + MECHANICS,
        "shares", None, None,
    ),
    (
        "a-date-beside-the-issuers-name-and-certificate-number",
        "THIS WARRANT HAS NOT BEEN REGISTERED UNDER THE SECURITIES ACT OF 1933.\n\n-----------------------------\n"
        "June 3, 1997 HARLAN SYSTEMS INC. No. 97-4\n-----------------------------\n\nCommon Share Purchase "
        "Warrant\n\nHARLAN SYSTEMS INC., an Ontario corporation (the \"Company\"), hereby certifies that CORAL "
        "PARTNERS LP (\"Purchaser\") is entitled to purchase from the Company at any time beginning on the date "
        "hereof and ending eighteen (18) months after the date hereof, 400,000 common shares of the Company at "
        "Cdn. $0.60 per share." + MECHANICS,
        "issue_date", dt.date(1997, 6, 3), "June 3, 1997",
    ),
    (
        "a-cover-agent-with-its-capacity-in-brackets",
        "                WARRANT AGREEMENT\n\n                     BETWEEN\n\n                HARLAN PAPER INC.\n\n"
        "                       AND\n\n          CORAL TRUST COMPANY OF CANADA (AS WARRANT AGENT)\n\nPROVIDING FOR THE ISSUE OF 2,500,000 COMMON SHARE PURCHASE WARRANTS\n\nDATED AS OF MAY 1, 2003\n\n"
        "1. INTERPRETATION\n\n1.1 Definitions. In this Indenture, \"Warrants\" means the common share purchase "
        "warrants issued hereunder, each entitling the holder to purchase one Common Share at a price of Cdn$4.00."
        + MECHANICS,
        "warrant_agent", "CORAL TRUST COMPANY OF CANADA", "CORAL TRUST COMPANY OF CANADA",
    ),
    (
        "a-deeds-maker-before-its-address",
        "WARRANT INSTRUMENT\n\nrelating to warrants to subscribe for Ordinary Shares\n\nTHIS INSTRUMENT is executed on 4 "
        "March 1997 by HARLAN RESOURCES plc of 14 Grafton Street, Dublin 2, Ireland\n\nWHEREAS:\n\nA. The Company has "
        "by resolution of its Directors determined to create and issue warrants to subscribe in cash at 12p per "
        "share for Ordinary Shares of the Company." + MECHANICS,
        "issuer", "HARLAN RESOURCES plc", "HARLAN RESOURCES plc",
    ),
    (
        "warrants-granted-in-the-agreements-first-section-are-counted",
        "THIS WARRANT AGREEMENT is entered into as of May 2, 2001 by and between Coral Leasing Corporation, a "
        "California corporation (\"Coral\"), and Harlan Airlines, Inc., a Delaware corporation (the \"Company\"). "
        "The Company agrees to grant Coral warrants (the \"Warrants\") to purchase 400,000 shares of the Company's "
        "common stock on the terms stated herein.\n\n1. ISSUANCE OF WARRANTS. Coral is hereby granted 400,000 "
        "Warrants, which Warrants will be exercisable as of the date hereof through the Expiration Date." + MECHANICS,
        "warrant_count", 400000, "400,000",
    ),
    (
        "warrants-sold-in-units-counted-before-each-warrant-entitling",
        "WARRANT AGREEMENT dated as of June 1, 1998 between Harlan Holdings, Inc. (the \"Company\") and Coral Bank, "
        "National Association, as Warrant Agent (the \"Warrant Agent\").\n\nWHEREAS, the Company proposes to issue "
        "common stock purchase warrants (the \"Warrants\") in connection with an offering of $30,000,000 principal "
        "amount of its 13% Senior Notes due 2008 and 30,000 Warrants, each Warrant entitling the holder thereof to "
        "purchase 2.5 shares of Common Stock." + MECHANICS,
        "warrant_count", 30000, "30,000",
    ),
    (
        "what-the-holder-pays-for-each-warrant-is-no-exercise-price",
        "WARRANT AGREEMENT\n\nThe Company agrees to grant Coral Leasing Corporation warrants (the \"Warrants\") to "
        "purchase 400,000 shares of the Company's common stock on the terms stated herein. Coral is hereby granted "
        "400,000 Warrants, exercisable through the Expiration Date, at a purchase price of $.02 for the warrant on "
        "each share." + MECHANICS,
        "exercise_price", None, None,
    ),
    (
        "the-sum-paid-for-the-warrants-is-no-exercise-price",
        "WARRANT AGREEMENT\n\nThe Company agrees to grant Coral Leasing Corporation warrants (the \"Warrants\") to "
        "purchase 400,000 shares of the Company's common stock on the terms stated herein. The Company will deliver "
        "the warrant certificates promptly upon payment of the $8,000.00 purchase price." + MECHANICS,
        "exercise_price", None, None,
    ),
    (
        "the-same-period-after-whichever-of-two-events-is-later",
        "WARRANT\n\nFor VALUE RECEIVED, Coral Partners, LLC (the \"Warrantholder\") is entitled to purchase from "
        "Harlan Re Ltd., a Bermuda exempted company (the \"Company\"), at any time ending not later than 5:00 P.M., "
        "Eastern time, on the date that is the fifth anniversary of either the Date of Issuance set forth above or, "
        "if later than the Date of Issuance, the date of the final closing of the Private Placement (the "
        "\"Expiration Date\"), 500,000 common shares." + MECHANICS,
        "expiration_term", {"later_of": [
            {"amount": 5, "unit": "years", "anchor": "issue_date", "anchor_text": "the Date of Issuance set forth above"},
            {"amount": 5, "unit": "years", "anchor": "other",
             "anchor_text": "the date of the final closing of the Private Placement"}]}, None,
    ),
    (
        "exercise-commencing-upon-an-event-after-the-companys-name",
        "WARRANT\n\nFor VALUE RECEIVED, Coral Partners, LLC (the \"Warrantholder\") is entitled to purchase from "
        "Harlan Re Ltd., a Bermuda exempted company (the \"Company\"), at any time commencing upon the earlier of (i) "
        "the consummation of the IPO and (ii) January 4, 2016, and ending on June 30, 2020, 500,000 common shares."
        + MECHANICS,
        "exercisable_from", {"earlier_of": [
            {"amount": 0, "unit": "days", "anchor": "ipo_closing", "anchor_text": "consummation of the IPO"},
            "2016-01-04"]}, None,
    ),
    (
        "a-full-stop-typed-for-the-comma-before-the-year",
        "WARRANT CERTIFICATE\n\nThis certifies that Coral Fund LP, or registered assigns, is the registered holder of "
        "25,000 Warrants. Each Warrant entitles the holder thereof to purchase from Harlan Holdings, Inc. one share "
        "of Common Stock at the exercise price of $0.50 per share. This Warrant Certificate shall terminate and "
        "become void as of the close of business on March 15. 2011 (the Expiration Date)." + MECHANICS,
        "expiration_date", dt.date(2011, 3, 15), "March 15. 2011",
    ),
    (
        "an-agent-named-with-its-role-and-an-unquoted-term-that-includes-successors",
        "WARRANT CERTIFICATE\n\nThis certifies that Coral Fund LP, or registered assigns, is the registered holder of "
        "25,000 Warrants. Each Warrant entitles the holder thereof to purchase from Harlan Holdings, Inc. (the "
        "Company) one share of Common Stock at the exercise price of $0.50 per share. This Warrant Certificate is "
        "issued under the Warrant Agreement, dated as of May 2, 2005, between the Company and Coral Credit Corp., "
        "warrant agent (the Warrant Agent, which term includes any successor Warrant Agent under the Warrant "
        "Agreement)." + MECHANICS,
        "warrant_agent", "Coral Credit Corp.", "Coral Credit Corp.",
    ),
    (
        "an-agents-quoted-term-closed-after-its-comma-and-including-successors",
        "WARRANT AGREEMENT\n\nThis Warrant Agreement, dated as of May 2, 2005, is between Harlan Holdings, Inc., a "
        "Delaware corporation (the \u201cCompany\u201d), and Coral Trust Company, N.A., a national banking association "
        "(the \u201cWarrant Agent,\u201d which term includes any successor Warrant Agent hereunder). Each Warrant "
        "entitles the holder thereof to purchase one share of Common Stock at $0.50 per share." + MECHANICS,
        "warrant_agent", "Coral Trust Company, N.A.", "Coral Trust Company, N.A.",
    ),
    (
        "a-whole-name-after-another-fields-blank-on-a-flattened-face",
        "FORM OF SERIES B WARRANT No. WB-___ For the Purchase of _________ shares of Series B Convertible Preferred "
        "Stock HARLAN BIOSCIENCES HOLDINGS, INC. (A DELAWARE CORPORATION) WARRANT TO PURCHASE SHARES OF SERIES B "
        "CONVERTIBLE PREFERRED STOCK VOID AFTER 5:00 P.M., EASTERN STANDARD TIME, ON _________________ HARLAN "
        "BIOSCIENCES HOLDINGS, INC., a Delaware corporation (the \"Company\"), for value received, hereby certifies "
        "that _______________ (the \"Holder\") is entitled to purchase from the Company ______ shares of Series B "
        "Convertible Preferred Stock at a purchase price per share equal to $.05 per share." + MECHANICS,
        "issuer", "HARLAN BIOSCIENCES HOLDINGS, INC.", None,
    ),
    (
        "a-partys-term-whose-closing-quote-was-dropped",
        "WARRANT CERTIFICATE AND AGREEMENT\n\nThis WARRANT AGREEMENT (this \u201cAgreement), dated as of March 1, 2019 "
        "(the \u201cIssue Date), is among HARLAN PARTNERS, LLC, a Delaware limited liability company (the "
        "\u201cCompany), and each holder listed on Schedule A hereto (each, a \u201cHolder\u201d).\n\nRECITALS\n\n"
        "WHEREAS Harlan Therapeutics, Inc. (the \u201cBorrower\u201d) and each Holder have entered into a Credit "
        "Agreement, and the Company has agreed to issue to each Holder a warrant to purchase the number of common "
        "units set forth opposite its name on Schedule A at $1.25 per unit." + MECHANICS,
        "issuer", "HARLAN PARTNERS, LLC", "HARLAN PARTNERS, LLC",
    ),
    (
        "another-warrants-definition-stating-figures-is-no-grant",
        "COMMON STOCK PURCHASE WARRANT\n\nTHIS CERTIFIES THAT, for value received, CORAL HEALTHCARE PARTNERS, L.P., or "
        "its registered assigns (the \"Holder\"), is entitled, upon the terms set forth below, to purchase from "
        "HARLAN THERAPEUTICS, INC., a Delaware corporation (the \"Company\"), at any time during the Exercise Period, "
        "up to Two Hundred Forty Thousand fully paid and nonassessable shares of the Company's Common Stock, at a "
        "price per share equal to the Exercise Price.\n\n1. Definitions.\n\n(a) \"Exercise Price\" means $1.87 per "
        "share.\n\n(b) \"Placement Agent Warrants\" means the warrants issued to Thorn Securities, LLC as compensation "
        "for its services as placement agent, entitling their holders to purchase up to 55,000 shares of Common "
        "Stock at an exercise price of $1.95 per share." + MECHANICS,
        "shares", 240000, "Two Hundred Forty Thousand",
    ),
    (
        "a-later-of-item-after-its-condition",
        "WARRANT TO PURCHASE SERIES C PREFERRED STOCK\n\nThis certifies that Coral Bank (the \"Holder\") may purchase "
        "from Harlan Orbital, Inc., a Delaware corporation (the \"Company\"), 120,000 shares of Series C Preferred "
        "Stock at $2.80 per share.\n\n1.5 Term. This Warrant is exercisable during the period commencing on the Issue "
        "Date and ending at 5:00 p.m. on the later of (a) the tenth (10th) anniversary of the Issue Date and (b) if "
        "the IPO occurs on or before the tenth (10th) anniversary of the Issue Date, the fifth (5th) anniversary of "
        "the closing of the IPO (such later date, the \"Expiration Date\")." + MECHANICS,
        "expiration_term", {"later_of": [
            {"amount": 10, "unit": "years", "anchor": "issue_date", "anchor_text": "Issue Date"},
            {"amount": 5, "unit": "years", "anchor": "ipo_closing", "anchor_text": "closing of the IPO"}]}, None,
    ),
    (
        "the-expiry-of-the-only-other-outstanding-warrant-is-not-this-ones",
        "WARRANT TO PURCHASE SERIES C PREFERRED STOCK\n\nThis certifies that Coral Bank (the \"Holder\") may purchase "
        "from Harlan Orbital, Inc., a Delaware corporation (the \"Company\"), 120,000 shares of Series C Preferred "
        "Stock at $2.80 per share until the Expiration Date set out in Section 1.5.\n\n4. Representations. The only "
        "other outstanding warrant to purchase capital stock of the Company is a warrant issued on May 3, 2019 to "
        "Thorn Ridge Bank to purchase 60,975 shares of Series B Preferred Stock at an exercise price of $1.64 per "
        "share, which expires May 3, 2029." + MECHANICS,
        "expiration_date", None, None,
    ),
    ("an-options-units-warrant-is-bought-per-share-by-the-unit-not-by-the-option", OPTION_UNITS_WITH_AGENT_WARRANTS,
     "shares_per_warrant", None, None),
    ("the-agent-of-the-units-warrants-whose-name-ends-in-co", OPTION_UNITS_WITH_AGENT_WARRANTS, "warrant_agent", None, None),
    (
        "an-act-in-markdown-emphasis-with-its-province",
        "WARRANT INDENTURE\n\nBETWEEN:\n\nHARLAN CREST ENERGY LTD., a corporation existing under the *Business "
        "Corporations Act* (Alberta)\n\n(the \"Corporation\")\n\nAND:\n\nCORAL TRUST COMPANY OF CANADA, a trust company "
        "existing under the laws of Canada\n\n(the \"Warrant Agent\")\n\nWHEREAS the Corporation proposes to issue "
        "Warrants, each entitling the holder to acquire one Common Share at $0.70." + MECHANICS,
        "issuer_jurisdiction", "Alberta", "Alberta",
    ),
    (
        "warrants-created-by-the-indenture-are-counted-beside-their-shares",
        "WARRANT INDENTURE\n\nTHIS INDENTURE is made as of May 2, 2023 between HARLAN CREST ENERGY LTD. (the "
        "\"Corporation\") and CORAL TRUST COMPANY OF CANADA (the \"Warrant Agent\").\n\nWHEREAS the Corporation "
        "proposes to issue Warrants as part of Units.\n\nARTICLE 2 ISSUE OF WARRANTS\n\n2.1 Creation and Issue. A total of "
        "8,400,000 Warrants (subject to adjustment as herein provided) entitling the holders thereof to acquire in "
        "the aggregate up to 8,400,000 Warrant Shares are hereby created and authorized to be issued, each Warrant "
        "entitling its holder to acquire one Common Share at $0.70." + MECHANICS,
        "warrant_count", 8400000, "8,400,000",
    ),
    ("a-price-set-by-the-next-financing-with-a-floor-and-a-fallback-is-not-stated", NEXT_FINANCING_PRICE,
     "exercise_price", None, None),
    ("the-currency-of-a-price-formula-that-states-no-price", NEXT_FINANCING_PRICE, "currency", "USD", "Dollars"),
    (
        "a-notice-subsection-under-the-adjustment-section-adjusts-nothing",
        ("WARRANT\n\nTHIS CERTIFIES THAT Coral Partners, L.P. (the \"Holder\") is entitled to purchase from Harlan "
        "Medical, Inc. (the \"Company\") 125,000 shares of Common Stock at $1.50 per share.\n\n5. Adjustments.\n\n5.1 "
        "Stock Dividends, Subdivisions and Combinations. If the Company shall pay a dividend in shares of Common "
        "Stock, subdivide its outstanding shares of Common Stock or combine its outstanding shares of Common Stock "
        "into a smaller number of shares, then the Exercise Price shall be adjusted proportionately.\n\n5.4 Notice of "
        "Certain Events. If the Company proposes to pay any cash dividend on its Common Stock, or to make any "
        "distribution of evidences of indebtedness or assets to the holders of Common Stock, the Company shall give "
        "the Holder at least ten (10) days' prior written notice of the record date therefor. No adjustment to the "
        "Exercise Price shall be made on account of any such cash dividend or distribution.\n\n6. Transfer. This "
        "Warrant may be transferred only in compliance with the Securities Act.\n\n7. Governing Law. This Warrant "
        "shall be governed by the laws of the State of Utah."),
        "anti_dilution", ["split_combination", "stock_dividend"], None,
    ),
    (
        "no-paying-the-price-by-withholding-shares-or-otherwise-on-a-cashless-basis",
        "WARRANT\n\nThis certifies that Coral Bancorp (the \"Warrantholder\") is entitled to purchase from Harlan "
        "Financial Corp. (the \"Corporation\") 2,500 shares of Series A Preferred Stock at $1,000.00 per share.\n\n3. "
        "Exercise. The Exercise Price shall be payable in cash only; the Warrantholder shall not be entitled to pay "
        "the Exercise Price by the withholding of Warrant Shares, by the surrender of shares of Series A Preferred "
        "Stock or Common Stock, or otherwise on a net or cashless basis." + MECHANICS,
        "cashless_exercise", False, None,
    ),
    (
        "a-sum-paid-for-shares-and-another-warrant-is-no-warrant-count",
        "WARRANT\n\nThis certifies that Coral Bancorp (the \"Warrantholder\") is entitled to purchase from Harlan "
        "Financial Corp. (the \"Corporation\") 2,500 shares of Series A Preferred Stock at $1,000.00 per share.\n\n1. "
        "Definitions. \"Purchase Agreement\" means the agreement under which the Warrantholder purchased 10,000 "
        "shares of Series A Preferred Stock for an aggregate purchase price of $10,000,000 and a separate warrant "
        "to purchase 175,000 shares of Common Stock at an exercise price of $12.60 per share." + MECHANICS,
        "shares_per_warrant", None, None,
    ),
    *[(f"a-corporation-organized-under-a-states-statutes-{i}",
       f"WARRANT\n\nFor value received, HARLAN VALLEY MEDICAL, INC., a corporation organized under {law} (the "
       "\"Company\"), certifies that Coral Fund, L.P. (the \"Holder\") is entitled to buy from the Company 625,000 "
       "shares of the Company's common stock at $1.92 per share." + MECHANICS,
       "issuer_jurisdiction", state, state)
      for i, (law, state) in enumerate([("Chapter 302A of the Minnesota Statutes", "Minnesota"),
                                        ("Chapter 78 of the Nevada Revised Statutes", "Nevada")])],
    (
        "options-counted-in-digits-then-words",
        "OPTION DEED\n\nHarlan Creek Minerals Limited (ACN 123 456 789) (Company) and Coral Capital Pty Ltd "
        "(Optionholder).\n\nIn consideration of the Optionholder entering into the Facility Agreement, the Company "
        "issues to the Optionholder on the Issue Date 12,000,000 (twelve million) Options on the terms of this deed, "
        "each Option entitling the Optionholder to subscribe for one Share at A$0.065." + MECHANICS,
        "warrant_count", 12000000, "12,000,000",
    ),
    (
        "another-instruments-expiry-in-a-definition-is-no-title",
        "OPTION DEED\n\n1. Definitions\n\nExpiry Date means 5.00pm (Sydney time) on 30 June 2024.\n\nLead Manager "
        "Options means the 8,000,000 options over Shares, exercisable at A$0.08 each and expiring on 30 June 2025, "
        "issued to Thorn Row Securities Pty Ltd. The Lead Manager Options are not Options for the purposes of this "
        "deed.\n\n2. Issue\n\nThe Company issues to Coral Capital Pty Ltd (Optionholder) 12,000,000 Options, each "
        "Option entitling the Optionholder to subscribe for one Share at A$0.065 at any time before the Expiry Date."
        + MECHANICS,
        "expiration_date", dt.date(2024, 6, 30), None,
    ),
    (
        "a-year-before-the-issuers-name-in-a-flattened-title-block",
        "[SPECIMEN WARRANT CERTIFICATE] No. | CUSIP No. | THIS WARRANT WILL BE VOID IF NOT EXERCISED PRIOR TO 5:00 P.M. "
        "NEW YORK CITY TIME, [five years from the date of the consummation of the Public Offering] , 2014 HARLAN "
        "ACQUISITION CORP. Warrant Certificate evidencing Warrants to Purchase Common Stock. THIS CERTIFIES THAT, for "
        "value received [], or its registered assigns, is the registered holder of a Warrant or Warrants, each "
        "entitling the holder to purchase one share of Common Stock at $5.00 per share." + MECHANICS,
        "issuer", "HARLAN ACQUISITION CORP.", "HARLAN ACQUISITION CORP.",
    ),
    ("an-issuer-run-into-the-class-its-title-counts", FLATTENED_FORM_WITH_BRACKETS,
     "issuer", "HARLAN PHARMACEUTICALS, INC.", None),
    ("a-bracketed-holder-before-a-placeholder-for-its-address", FLATTENED_FORM_WITH_BRACKETS,
     "holder", "Coral Point Finance, LLC", "Coral Point Finance, LLC"),
    *[(f"an-exercise-ratio-on-the-face-{i}",
       "Form of Warrant Certificate\nHARLAN HERO LIMITED\n(Incorporated under the laws of the Cayman Islands)\nWARRANT "
       f"CERTIFICATE\nNumber of Warrants: 25,000\nExercise Ratio: {ratio} Class A Ordinary Share(s) for each Warrant\nTHIS "
       "IS TO CERTIFY that Coral Fund LP is the registered holder of the number of Warrants specified above, each of "
       "which entitles the holder to subscribe for [\u2022] Class A Ordinary Shares in the Company at US$11.50 per "
       "share." + MECHANICS,
       "shares_per_warrant", Decimal(value), ratio)
      for i, (ratio, value) in enumerate([("0.307212", "0.307212"), ("2", "2")])],
    (
        "the-a-of-class-a-is-no-ratio",
        "WARRANT CERTIFICATE\n\nTHIS IS TO CERTIFY that Coral Fund LP is the registered holder of 25,000 Warrants, each "
        "of which entitles the holder to subscribe for [\u2022] Class A Ordinary Shares in Harlan Hero Limited as "
        "calculated under the Warrant Instrument." + MECHANICS,
        "shares_per_warrant", None, None,
    ),
    (
        "what-the-warrants-buy-not-what-was-sold-beside-them",
        "WARRANT AGENCY AGREEMENT, dated as of May 1, 2018, between Harlan Therapeutics, Inc. (the \"Company\") and "
        "Coral Transfer LLC (the \"Warrant Agent\").\n\nWHEREAS, pursuant to a registered offering by the Company of "
        "shares of Series A convertible preferred stock (the \"Preferred Stock\") that are convertible into shares of "
        "common stock (the \"Common Stock\"), and Warrants, the Company wishes to issue Warrants entitling the "
        "respective holders of the Warrants (the \"Holders\", which term shall include a Holder's transferees) to "
        "purchase an aggregate of up to 1,000,000 shares of Common Stock at $1.25 per share." + MECHANICS,
        "security", "Common Stock", None,
    ),
    ("an-earlier-of-whose-first-item-has-no-mark", EARLIER_OF_ANNIVERSARY_OR_EVENT, "expiration_term",
     {"earlier_of": [{"amount": 5, "unit": "years", "anchor": "issue_date", "anchor_text": "Issue Date"},
                     {"amount": 0, "unit": "days", "anchor": "other", "anchor_text": "a Change of Control"}]}, None),
    ("an-earlier-of-an-anniversary-and-an-event-states-no-date", EARLIER_OF_ANNIVERSARY_OR_EVENT,
     "expiration_date", None, None),
    (
        "an-earlier-of-item-that-defines-a-term-before-the-next-item",
        "WARRANT TO PURCHASE SERIES A PREFERRED STOCK\n\nThis certifies that Coral Partners (the \"Holder\") is entitled "
        "to purchase from Harlan World, Inc. (the \"Company\") 40,000 shares of Series A Preferred Stock at $1.25 per "
        "share at any time before 5:00 p.m. on the earlier of (i) the closing of the initial public offering of the "
        "Company's Common Stock (the \"Initial Public Offering\") or (ii) March 18, 2008, such earlier day being "
        "referred to herein as the \"Expiration Date\"." + MECHANICS,
        "expiration_term", {"earlier_of": [
            {"amount": 0, "unit": "days", "anchor": "ipo_closing",
             "anchor_text": "closing of the initial public offering of the Company's Common Stock"}, "2008-03-18"]}, None,
    ),
    (
        "the-date-under-an-exhibit-caption-dates-the-agreement-the-form-is-attached-to",
        "Exhibit B to Unit Warrant Agreement\nDated as of March 3, 2004\n\nFORM OF WARRANT CERTIFICATE\n\n"
        "This certifies that ____________ or registered assigns is the registered holder of the number of "
        "warrants set forth above, issued by Halloway Ridge Mining Corp., a Nevada corporation (the "
        "\"Company\"), each entitling the holder to purchase one share of Common Stock at $2.15 per "
        "share." + MECHANICS,
        "issue_date", None, None,
    ),
    (
        "an-earlier-of-names-an-event-by-its-defined-term",
        "STOCK PURCHASE WARRANT\n\nKESTREL FIELD SYSTEMS, INC., a California corporation (the \"Company\"), "
        "hereby certifies that Dunmore Growth Partners L.P. is entitled to purchase from the Company 50,000 "
        "shares of Common Stock at $1.25 per share. If the Company closes a sale of its equity securities "
        "raising at least $3,000,000 (the \"Qualified Financing\"), the price shall be reset. This Warrant may "
        "be exercised during the period beginning on the earlier of (i) the closing date of the Qualified "
        "Financing and (ii) June 30, 2008 and ending on June 30, 2012." + MECHANICS,
        "exercisable_from", {"earlier_of": [
            {"amount": 0, "unit": "days", "anchor": "other", "anchor_text": "closing date of the Qualified Financing"},
            "2008-06-30"]}, "closing date of the Qualified Financing",
    ),
    (
        "a-count-stated-as-the-shares-issuable-on-full-exercise",
        "WARRANT TO PURCHASE SHARES\n\nThis certifies that Almanor Court LLC (the \"Holder\") is entitled to "
        "purchase from RILEY MOTE SYSTEMS CORPORATION, a Delaware corporation (the \"Company\"), shares of Common "
        "Stock of the Company on the terms set forth herein.\n\n1.1 Exercise Price. The per share exercise price "
        "of this Warrant shall be $0.85.\n\n1.2 Number of Shares. The number of shares issuable upon full exercise "
        "of this Warrant shall be 60,000 (the \"Warrant Shares\"), as adjusted hereunder." + MECHANICS,
        "shares", 60000, "60,000",
    ),
    (
        "an-exercise-start-given-as-a-bar-before-a-period",
        "WARRANT\n\nHARTWELL PINES, INC., a Nevada corporation (the \"Company\"), hereby certifies that Sable "
        "Advisory LLC is entitled to purchase from the Company 40,000 shares of Common Stock at $0.30 per share."
        "\n\n1. Term. (a) This Warrant may not be exercised, in whole or in part, prior to the date that is ninety "
        "(90) days after the date hereof. (b) Thereafter it may be exercised until the second anniversary of the "
        "date hereof." + MECHANICS,
        "exercisable_from", {"amount": 90, "unit": "days", "anchor": "issue_date", "anchor_text": "date hereof"},
        "the date that is ninety (90) days after the date hereof",
    ),
    (
        "an-expiry-after-an-initial-exercise-date-the-cover-names-the-issue-date",
        "COMMON STOCK PURCHASE WARRANT\n\n| Issue Date | June 3, 2024 |\n| Initial Exercise Date | The Issue Date "
        "|\n| Termination Date | The date that is two (2) years after the Initial Exercise Date |\n\nTHIS WARRANT "
        "certifies that Ridgeway Partners LP is entitled, at any time on or after the Initial Exercise Date and on "
        "or before the Termination Date, to purchase from Cobalt Fen Inc., a Delaware corporation (the "
        "\"Company\"), up to 75,000 shares of Common Stock at $1.10 per share." + MECHANICS,
        "expiration_date", dt.date(2026, 6, 3), "The date that is two (2) years after the Initial Exercise Date",
    ),
    (
        "a-count-of-warrants-heading-a-flattened-grant",
        "Exhibit 4.2\n\nBRANTLEY MESA PETROLEUM COMPANY\n\nWARRANT AGREEMENT\n\nDATED: MAY 1, 1993\n\n"
        "2,610 Warrants to Purchase Common Shares, $.01 Par Value\nBRANTLEY MESA PETROLEUM COMPANY, a Texas "
        "Corporation, (hereinafter referred to as the \"Company\") hereby certifies that Dale Ivers, its successors "
        "and assigns, is entitled to purchase from the Company at any time before 5:00 P.M. Houston local time on "
        "May 1, 1998, one fully-paid and non-assessable share of the Common Stock of the Company for each Warrant "
        "indicated on the face hereof at the purchase price of $7.50 per share." + MECHANICS,
        "shares", 2610, "2,610",
    ),
    (
        "a-name-in-capitals-after-words-in-mixed-case-ends-where-they-end",
        "Exhibit 4.2\n\nBRANTLEY MESA PETROLEUM COMPANY\n\nWARRANT AGREEMENT\n\nDATED: MAY 1, 1993\n\n"
        "2,610 Warrants to Purchase Common Shares, $.01 Par Value\nBRANTLEY MESA PETROLEUM COMPANY, a Texas "
        "Corporation, (hereinafter referred to as the \"Company\") hereby certifies that Dale Ivers is entitled "
        "to purchase from the Company 2,610 shares of Common Stock at $7.50 per share." + MECHANICS,
        "issuer", "BRANTLEY MESA PETROLEUM COMPANY", None,
    ),
    (
        "an-agreement-whose-cover-names-a-trust-company-counts-no-holders-shares",
        "WARRANT AGREEMENT\n\nbetween\n\nHALYARD BULK CARRIERS LIMITED\n\nand\n\nMERIDIAN TRUST COMPANY, N.A.\n\n"
        "Dated as of March 2, 2007\n\nWarrants to Purchase 4,100,000 Shares of Common Stock\n\nWHEREAS, the "
        "Company proposes to issue warrants, each entitling the holder to purchase one share of Common Stock at "
        "$9.00 per share." + MECHANICS,
        "shares", None, None,
    ),
    (
        "exercisable-from-an-anniversary-after-a-long-entitlement",
        "WARRANT\n\nTo Subscribe for and Purchase Common Stock of Pelham Valley Bancorp, Inc.\n\nTHIS CERTIFIES "
        "THAT, for value received, Stanwick Securities Corp. (herein called the \"Purchaser\"), or its registered "
        "assigns, is entitled to subscribe for and purchase, from Pelham Valley Bancorp, Inc. (herein called the "
        "\"Company\"), a corporation organized and existing under the laws of the State of Ohio, at the price "
        "specified below (subject to adjustment as noted below) at any time from and after the first anniversary "
        "of the date on which the Company's Registration Statement on Form SB-2 is declared effective (the "
        "\"Effective Date\") to and including the fifth anniversary of the Effective Date, 80,000 shares of the "
        "Company's Common Stock." + MECHANICS,
        "exercisable_from", {"amount": 1, "unit": "years", "anchor": "registration_effective",
                             "anchor_text": "date on which the Company's Registration Statement on Form SB-2 is declared"},
        None,
    ),
    (
        "a-bar-on-exercise-until-an-event-is-no-expiry",
        "COMMON STOCK PURCHASE WARRANT\n\nTHIS CERTIFIES that Corwin & Lake, Inc. (the \"Holder\") is entitled to "
        "purchase from Harbor Grill Restaurants, Inc., a California corporation (the \"Corporation\"), up to "
        "40,000 shares of Common Stock at $2.75 per share, at or prior to the earlier of (i) 5:00 p.m. Pacific "
        "time on March 1, 2001 or (ii) the effective date of the registration statement for the Corporation's "
        "initial public offering (the \"Exercise Period\"). However, this Warrant shall not be exercisable until "
        "the earlier of (i) the closing of the Company's underwritten initial public offering or (ii) the closing "
        "of a sale of the Company." + MECHANICS,
        "expiration_term", {"earlier_of": [
            "2001-03-01",
            {"amount": 0, "unit": "days", "anchor": "registration_effective",
             "anchor_text": "effective date of the registration statement for the Corporation's initial public offering"}]},
        None,
    ),
    (
        "continued-under-a-provinces-business-corporations-act",
        "|No.: W-14\n|\n880 Burrard Street, Vancouver, BC V6Z 2H6\nContinued under the Business Corporations Act "
        "(British Columbia)\n|WARRANT CERTIFICATE\n|THIS CERTIFICATE ATTESTS THAT\n|\n[NAME OF HOLDER]\n|Is the "
        "registered holder of\n|[NUMBER] WARRANTS\n|\nTHIS CERTIFICATE ATTESTS THAT the registered holder of this "
        "Warrant Certificate has the right to purchase, until 5:00 p.m. (Toronto time) on the date which is two "
        "(2) years following the date hereof, the number of common shares (the \"Common Shares\") in the capital "
        "of Silverpeak Nickel Corp. (hereinafter the \"Corporation\"), pursuant to the number of warrants "
        "granted, at an exercise price of Cdn.$0.40." + MECHANICS,
        "issuer_jurisdiction", "British Columbia", "British Columbia",
    ),
    (
        "an-anniversary-of-a-registration-statements-effectiveness-is-no-dated-expiry",
        "REPRESENTATIVE'S WARRANT\nWarrant Shares: 150,000\nIssuance Date: June 4, 2020\n\nTHIS REPRESENTATIVE'S "
        "WARRANT (the \"Warrant\") certifies that Kestrel Partners LLC (the \"Holder\") is entitled, at any time on "
        "or after the date that is 180 days from the effective date of the Registration Statement and on or prior "
        "to the close of business on the five (5) year anniversary of the effective date of the Registration "
        "Statement (the \"Termination Date\"), to purchase from Norland Marine Corp., a Delaware corporation (the "
        "\"Company\"), up to 150,000 shares of Common Stock." + MECHANICS,
        "expiration_date", None, None,
    ),
    (
        "a-series-a-warrant-to-purchase-one-share-in-a-unit-with-a-one-in-brackets",
        "WARRANT AGENT AGREEMENT\n\nThis WARRANT AGENT AGREEMENT is made as of May 2, 2023 between Tallis Bio, Inc., "
        "a Delaware corporation (the \"Company\"), and Pier Transfer, LLC (the \"Warrant Agent\").\n\nWHEREAS, the "
        "Company is selling up to 2,000,000 units, each consisting of one (1) share of common stock (\"Common "
        "Stock\"), one (1) Series A warrant to purchase two shares of Common Stock at an exercise price of $1.10 "
        "(each, a \"Series A Warrant\") and one (1) Series B warrant to purchase one share of Common Stock at an "
        "exercise price of $1.10 (each, a \"Series B Warrant\"; the Series A Warrants and the Series B Warrants, "
        "together, the \"Warrants\")." + MECHANICS,
        "shares_per_warrant", "2", "two",
    ),
    (
        "an-option-for-units-does-not-take-its-units-warrants-redemption",
        "REPRESENTATIVE'S PURCHASE OPTION\n\nFOR THE PURCHASE OF 50,000 UNITS\n\nTHIS CERTIFIES that Ashby Lane "
        "Securities, Inc. (the \"Holder\") is entitled to purchase from Quill Harbor Software, Inc., a New York "
        "corporation (the \"Company\"), 50,000 Units, each Unit consisting of one share of Common Stock and one "
        "Redeemable Warrant, at $9.90 per Unit. The Redeemable Warrants included in the Units shall be subject "
        "to redemption by the Company at $.05 per Redeemable Warrant on thirty (30) days' written notice if the "
        "closing bid price of the Common Stock has equalled or exceeded $10.50 per share for twenty (20) "
        "consecutive trading days." + MECHANICS,
        "redemption", None, None,
    ),
    (
        "an-expiry-five-and-a-half-years-after-an-event-in-months",
        "COMMON STOCK PURCHASE WARRANT\n\nTHIS WARRANT certifies that Sandbar Fund Ltd. (the \"Holder\") may at any "
        "time on or after the date that is six (6) months after the Issue Date (the \"Initial Exercise Date\") and "
        "on or before the date that is five and one-half (5.5) years after the Initial Exercise Date (the "
        "\"Termination Date\") buy from Ferrow Labs, Inc., a Delaware corporation (the \"Company\"), up to 90,000 "
        "shares of Common Stock. The Holder may raise the Beneficial Ownership Limitation, and no increase takes "
        "effect until the sixty-first (61st) day after the notice reaches the Company." + MECHANICS,
        "expiration_term", {"amount": 66, "unit": "months", "anchor": "initial_exercise_date",
                            "anchor_text": "Initial Exercise Date"}, None,
    ),
    (
        "a-blocker-the-holder-may-never-raise-past-a-cap",
        "COMMON STOCK PURCHASE WARRANT\n\nTHIS WARRANT certifies that Sandbar Fund Ltd. is entitled to buy from "
        "Ferrow Labs, Inc., a Delaware corporation (the \"Company\"), up to 90,000 shares of Common Stock.\n\n2. "
        "Ownership Cap. The Company shall not effect any exercise to the extent the Holder would beneficially own "
        "more than the Beneficial Ownership Limitation. The \"Beneficial Ownership Limitation\" is 4.99% of the "
        "shares of Common Stock outstanding. The Holder may increase the Beneficial Ownership Limitation by "
        "notice to the Company, but it may never exceed 9.99% of the shares of Common Stock outstanding." + MECHANICS,
        "beneficial_ownership_limit", {"percent": "4.99", "max_percent": "9.99"}, None,
    ),
    (
        "a-number-of-units-label-counts-an-llcs-units",
        "UNIT PURCHASE WARRANT\n\n  Company:         Brackwater Logistics, LLC, a Delaware limited liability "
        "company\n  Holder:          Ridgeline Credit Partners, L.P.\n  Number of Units: 212,000 Class B Units\n"
        "  Exercise Price:  $1.15 per Class B Unit\n\nTHIS UNIT PURCHASE WARRANT certifies that the Holder named "
        "above is entitled to purchase from the Company named above the Number of Units stated above." + MECHANICS,
        "shares", 212000, "212,000",
    ),
    (
        "fractional-units-of-an-llc-paid-in-cash",
        "UNIT PURCHASE WARRANT\n\nTHIS WARRANT certifies that Ridgeline Credit Partners, L.P. is entitled to purchase "
        "from Brackwater Logistics, LLC, a Delaware limited liability company (the \"Company\"), 212,000 Class B "
        "Units at $1.15 per Class B Unit.\n\n2.5 Fractional Units. No fractional Warrant Unit shall be issued on "
        "exercise of this Warrant. In lieu of any fractional Warrant Unit, the Company shall pay the Holder in "
        "cash an amount equal to that fraction multiplied by the Fair Market Value of one Class B Unit." + MECHANICS,
        "fractional_shares", "cash", None,
    ),
    (
        "a-distribution-on-an-llcs-units-payable-in-units-is-a-unit-dividend",
        "UNIT PURCHASE WARRANT\n\nTHIS WARRANT certifies that Ridgeline Credit Partners, L.P. is entitled to purchase "
        "from Brackwater Logistics, LLC, a Delaware limited liability company (the \"Company\"), 212,000 Class B "
        "Units at $1.15 per Class B Unit.\n\n2. Adjustments.\n\n2.1 Unit Distributions. If the Company makes a "
        "distribution on the Class B Units payable in additional Class B Units, the number of Warrant Units "
        "purchasable hereunder shall be proportionately increased and the Exercise Price proportionately "
        "decreased." + MECHANICS,
        "anti_dilution", ["stock_dividend"], None,
    ),
    (
        "an-issue-below-the-price-per-common-share-with-a-parenthesis-is-a-ratchet",
        "WARRANT\n\nTHIS WARRANT certifies that Oren Capital Ltd. is entitled to purchase from Galil Optics Ltd., an "
        "Israeli company (the \"Company\"), 300,000 Ordinary Shares at US$2.10 per share.\n\n4. Price "
        "Protection. If during the twelve (12) months after the Issue Date the Company issues or sells any "
        "Ordinary Shares at a price per Ordinary Share (net of commissions and including the lowest exercise or "
        "conversion price of such securities) lower than the Exercise Price in effect immediately before such "
        "issuance, the Exercise Price shall be reduced, simultaneously with such issuance, to an amount equal to "
        "the price per Ordinary Share in such issuance." + MECHANICS,
        "anti_dilution", ["price_based_full_ratchet"], None,
    ),
    (
        "a-price-reduced-by-each-cash-dividend-is-a-distribution-adjustment",
        "WARRANT\n\nTHIS WARRANT certifies that Oren Capital Ltd. is entitled to purchase from Galil Optics Ltd., an "
        "Israeli company (the \"Company\"), 300,000 Ordinary Shares at US$2.10 per share.\n\n4. Cash Dividends. If "
        "the Company distributes a cash dividend to holders of Ordinary Shares, the Exercise Price shall be "
        "reduced by the gross amount of the dividend per Ordinary Share." + MECHANICS,
        "anti_dilution", ["distribution"], None,
    ),
    (
        "a-preferred-stocks-weighted-average-conversion-price-is-not-the-warrants",
        "WARRANT TO PURCHASE SERIES B PREFERRED STOCK\n\nTHIS WARRANT certifies that Lowell Bridge Capital LLC is "
        "entitled to purchase from Aster Diagnostics, Inc., a Delaware corporation (the \"Company\"), 80,000 "
        "shares of Series B Preferred Stock at $1.25 per share.\n\n3. Adjustments. (a) If the Company subdivides "
        "the Series B Preferred, the number of Warrant Shares shall be proportionately increased and the Exercise "
        "Price proportionately decreased. (b) The Exercise Price shall not be adjusted by reason of any issuance "
        "of securities at a price below the Exercise Price; the Series B Preferred carries the broad-based "
        "weighted average conversion price adjustment of the Restated Certificate, which applies to the "
        "Warrant Shares and not to this Warrant." + MECHANICS,
        "anti_dilution", ["split_combination"], None,
    ),
    (
        "a-certificate-certifying-that-a-bank-is-the-holder-of-n-warrants",
        "COMMON STOCK PURCHASE WARRANTS\nNo. W-3\nDate of Issuance: March 2, 2001\n\nThe Company certifies that "
        "Fulton Harbor Bank, National Association is the Holder of 9,120 warrants (the \"Warrants\") to purchase "
        "validly issued, fully paid and nonassessable shares of the common stock of Brightfield Data, Inc., a "
        "Delaware corporation (the \"Company\"), at $4.10 per share." + MECHANICS,
        "holder", "Fulton Harbor Bank, National Association", "Fulton Harbor Bank, National Association",
    ),
    (
        "a-regulation-s-warrant-is-named-by-its-regulation",
        "Exhibit 4.6 REGULATION S WARRANT CERTIFICATE THIS SECURITY IS A GLOBAL WARRANT WITHIN THE MEANING OF THE "
        "WARRANT AGREEMENT.\n\nThis certifies that Cede & Co. is the registered holder of 500,000 warrants, each "
        "entitling the holder to purchase one share of Common Stock of Lorimer Shipping Ltd., a Bermuda company "
        "(the \"Company\"), at $6.00 per share." + MECHANICS,
        "instrument_name", "Regulation S Warrant", None,
    ),
    (
        "an-insurers-abbreviated-name-does-not-end-a-sentence",
        "WARRANT CERTIFICATE\n\nTHIS WARRANT CERTIFICATE (this \"Warrant\") CERTIFIES that, for value received, "
        "NORTHERN PRAIRIE LIFE INS. CO., its registered assigns or the Holder hereof, is entitled to purchase from "
        "Halvorsen Realty, Inc., a Texas corporation (the \"Company\"), 85,000 shares of Common Stock at $5.10 per "
        "share." + MECHANICS,
        "holder", "NORTHERN PRAIRIE LIFE INS. CO.", "NORTHERN PRAIRIE LIFE INS. CO.",
    ),
    (
        "dated-with-a-colon-in-a-cover-cell",
        "No.\n\n1 | Warrant to Purchase |\n\nDated: March\n\n4, 2008 | 62,000 shares of Common Stock |\n\nWARRANT "
        "CERTIFICATE\n\nTHIS WARRANT CERTIFICATE (this \"Warrant\") CERTIFIES that, for value received, Dunmore Life "
        "Company is entitled to purchase from Halvorsen Realty, Inc., a Texas corporation (the \"Company\"), the "
        "number of shares stated above at $5.10 per share." + MECHANICS,
        "issue_date", dt.date(2008, 3, 4), None,
    ),
    (
        "an-expiry-counted-from-the-issuance-hereof",
        "COMMON STOCK PURCHASE WARRANT\n\nTARN ISLAND (BVI) LIMITED, a corporation organized under the laws of the "
        "British Virgin Islands (the \"Corporation\") hereby certifies that Maple Row Capital Ltd. is entitled to "
        "purchase 100,000 shares of Common Stock at $1.20 per share at any time before 5:00 p.m. on the third "
        "anniversary of the issuance hereof (the \"Expiration Date\")." + MECHANICS,
        "expiration_term", {"amount": 3, "unit": "years", "anchor": "issue_date", "anchor_text": "issuance hereof"},
        None,
    ),
    (
        "a-name-before-its-country-code-across-a-paragraph-break",
        "COMMON STOCK PURCHASE WARRANT\n\nWarrant No.: 1\n\nTARNWICK\n\n(BVI) LIMITED, a corporation organized under the laws of the British Virgin Islands (the "
        "\"Corporation\") hereby certifies that Maple Row Capital Ltd. is entitled to purchase 50,000 shares of "
        "Common Stock at $1.20 per share." + MECHANICS,
        "issuer", "TARNWICK (BVI) LIMITED", None,
    ),
    (
        "an-opening-cut-before-the-grants-verb-still-names-its-holder",
        ("EXHIBIT 4.3\n\nWARRANT\nto Purchase Common Stock of\nKESTON FINANCIAL INC.\nWarrant No. 1\nOriginal Issue "
        "Date: May 2, 2004\n\nTHIS IS TO CERTIFY THAT HARLOW CREDIT OPPORTUNITY FUND II, L.P., or registered assigns, "
        "is entit"),
        "holder", "HARLOW CREDIT OPPORTUNITY FUND II, L.P.", "HARLOW CREDIT OPPORTUNITY FUND II, L.P.",
    ),
    (
        "the-company-whose-shares-are-bought-named-before-the-price",
        "STOCK PURCHASE WARRANT\n\nApril 2, 2008 THIS WARRANT CERTIFIES THAT, for value received, Pacific Crest "
        "Relations LLC (\"Holder\") is entitled to purchase up to 90,000 fully-paid and non-assessable shares of "
        "the Common Stock, par value $.001 per share (the \"Shares\") of Shanxi Tianlong at a price of $2.10 per "
        "Share." + MECHANICS,
        "issuer", "Shanxi Tianlong", "Shanxi Tianlong",
    ),
    (
        "a-term-counted-from-the-commencement-of-sales-has-no-listed-event",
        "PLACEMENT AGENT WARRANT\n\nTHIS WARRANT certifies that Wexley & Co. is entitled to purchase from Ardent "
        "Microfluidics, Inc., a Delaware corporation (the \"Company\"), up to 40,000 shares of Common Stock at "
        "$2.50 per share at any time on or before the date that is five (5) years following the commencement of "
        "sales in the Offering (the \"Termination Date\")." + MECHANICS,
        "expiration_term", {"amount": 5, "unit": "years", "anchor": "other", "anchor_text": "commencement of sales"},
        None,
    ),
    (
        "a-redemption-of-another-class-named-in-a-single-classs-certificate",
        "CLASS A REDEEMABLE COMMON STOCK PURCHASE WARRANT\n\nTHIS CERTIFIES THAT ____________ is the registered holder "
        "of Class A Warrants (the \"Class A Warrants\"), each entitling the holder to purchase one share of Common "
        "Stock of Harrow Ridge, Inc., a Delaware corporation (the \"Company\"), at $5.00.\n\nREDEMPTION. This Class A "
        "Warrant may be redeemed at a redemption price of $.05 per Class A Warrant, upon thirty (30) days' notice, "
        "if the closing bid price of the Common Stock has exceeded $7.00 per share for twenty (20) consecutive "
        "trading days. (The Class B Warrants are separately redeemable at $.05 per Class B Warrant if the closing "
        "bid price has exceeded $9.50 per share for twenty (20) consecutive trading days.)" + MECHANICS,
        "redemption", [{"trigger_price": "7.00", "trading_days": 20, "window_days": 20, "redemption_price": "0.05",
                        "notice_days": None}], None,
    ),
    (
        "a-holders-rights-as-a-stockholder-are-no-distribution-adjustment",
        "WARRANT CERTIFICATE\n\nTHIS CERTIFIES THAT Dunmore Partners is entitled to purchase from Harrow Ridge, Inc., "
        "a Delaware corporation (the \"Company\"), 10,000 shares of Common Stock at $5.00 per share.\n\nThe number "
        "of shares and the price shall be adjusted if the Company subdivides its Common Stock. Prior to the "
        "exercise of this Warrant, the Registered Holder shall not be entitled to any rights of a stockholder of "
        "the Company, including, without limitation, the right to vote or to receive dividends or other "
        "distributions, and the Company shall adjust nothing on that account." + MECHANICS,
        "anti_dilution", ["split_combination"], None,
    ),
    (
        "a-holder-whose-address-is-care-of-another-over-lines",
        "SPECIAL WARRANT CERTIFICATE\n\nTHIS IS TO CERTIFY THAT, for value received,\n\nLAKESHORE RESOURCE INCOME FUND "
        "c/o Pallant Asset Management Ltd.\n\n220 Bay Street, Suite 1100, Toronto, Ontario M5J 2W4\n\n(the "
        "\"Holder\") is the registered holder of 400,000 special warrants of Bramble Lake Mines Inc. (the "
        "\"Corporation\"), each entitling the Holder to acquire one common share." + MECHANICS,
        "holder", "LAKESHORE RESOURCE INCOME FUND", "LAKESHORE RESOURCE INCOME FUND",
    ),
    (
        "a-date-after-the-parties-as-of",
        "Issue Date: , 2019 | of _____ shares of | |\n\nTHIS WARRANT TO PURCHASE SERIES B PREFERRED STOCK (this "
        "\"Warrant\") is issued to [_________] (the \"Holder\") by Pelarin Bio, Inc. (the \"Company\"), as of May 3, "
        "2019 pursuant to the terms of the Series B Preferred Stock Purchase Agreement, dated May 3, 2019." + MECHANICS,
        "issue_date", dt.date(2019, 5, 3), "May 3, 2019",
    ),
    (
        "a-count-of-exercise-shares",
        "WARRANT TO PURCHASE COMMON STOCK\n\nTHIS CERTIFIES THAT, for value received, Harlow Advisory LLC (the "
        "\"Holder\") is entitled to subscribe for and purchase from Ridgeway Biosciences, Inc., a Delaware "
        "corporation (the \"Company\"), 120,000 Exercise Shares at the Exercise Price." + MECHANICS,
        "shares", 120000, "120,000",
    ),
    (
        "a-trust-named-in-capitals-after-the-and-its-assignee-in-brackets",
        "WARRANT TO PURCHASE COMMON STOCK\n\nTHIS CERTIFIES THAT, for value received, the HARLAN MERCER FAMILY TRUST "
        "(and/or its assignee) is entitled to subscribe for and purchase 50,000 shares of common stock of Valeport "
        "Holdings Corp., a British Columbia corporation (the \"Company\"), at $2.00 per share." + MECHANICS,
        "holder", "HARLAN MERCER FAMILY TRUST", "HARLAN MERCER FAMILY TRUST",
    ),
    (
        "a-holder-named-only-by-a-term-the-schedule-defines-is-no-name",
        "WARRANT TO PURCHASE COMMON STOCK\n\n1. Definitions. \"Original Warrantholder\" means the person named in "
        "Item 5 of Schedule A.\n\n2. Number of Shares. This certifies that, for value received, the Original "
        "Warrantholder or its permitted assigns (the \"Warrantholder\") is entitled to acquire from Kettle Ridge "
        "Bancorp, Inc., a Pennsylvania corporation (the \"Company\"), the number of shares of Common Stock set "
        "forth in Item 2 of Schedule A." + MECHANICS,
        "holder", None, None,
    ),
    (
        "the-issuers-subsidiary-bank-is-no-holder",
        "ORGANIZER WARRANT AGREEMENT\n\nTHIS AGREEMENT (this \u201cAgreement\u201d) is made and entered into as of this "
        "day of , , by and between Pine Hollow Bancshares, Inc., a Georgia corporation (the \u201cCompany\u201d), and"
        + "\u00a0" * 14 + "(the \u201cWarrant Holder\u201d).\n \nWHEREAS, the Warrant Holder has served as an organizer in "
        "the formation of the Company and the formation and establishment of Pine Hollow Community Bank (the "
        "\u201cBank\u201d), the wholly-owned subsidiary of the Company; and\n\nWHEREAS, the Company desires to grant "
        "the Warrant Holder the right to purchase shares of Common Stock at $10.00 per share." + MECHANICS,
        "holder", None, None,
    ),
    (
        "two-agents-a-company-and-its-subsidiary-collectively-the-warrant-agent",
        "WARRANT AGENCY AGREEMENT\n\nThis WARRANT AGENCY AGREEMENT (this \"Agreement\") is dated May 4, 2016, between "
        "Lumen Arc, Inc., a Delaware corporation (the \"Company\"), and Harbor Registry Inc., a Delaware corporation "
        "(\"Harbor\"), and its wholly-owned subsidiary, Harbor Registry Trust Company, N.A., a federally chartered "
        "trust company, collectively as the \"Warrant Agent\".\n\nWHEREAS, the Company proposes to issue up to "
        "2,000,000 warrants, each entitling the holder to purchase one share of Common Stock at $3.00." + MECHANICS,
        "warrant_agent", "Harbor Registry Inc. and Harbor Registry Trust Company, N.A.", None,
    ),
    (
        "a-cover-counting-the-warrants-of-the-company",
        "WARRANT AGREEMENT\n\nDated as of July 30, 1999 150,000 Warrants of The Marlow Group\n\n----------\n\n"
        "THIS WARRANT AGREEMENT, dated as of July 30, 1999, is made by and between The Marlow Group, a Luxembourg "
        "societe anonyme (the \"Company\"), and Halden Bank, a national banking association (the "
        "\"Warrantholder\").\n\nWHEREAS, the Company has agreed to issue Warrants to the Warrantholder, each "
        "entitling the holder to purchase one common share at $6.00." + MECHANICS,
        "warrant_count", 150000, "150,000",
    ),
    (
        "a-trust-named-by-the-date-of-its-deed",
        "COMMON STOCK PURCHASE WARRANT\n\nTHIS COMMON STOCK PURCHASE WARRANT certifies that, for value received, "
        "The Halverson Family Trust u/a/d March 3, 1998 (the \"Holder\") is entitled to subscribe for and purchase "
        "from Brightwater Optics, Inc., a Nevada corporation (the \"Company\"), up to 80,000 shares of Common "
        "Stock at an exercise price of $1.25 per share." + MECHANICS,
        "holder", "The Halverson Family Trust u/a/d March 3, 1998", None,
    ),
    (
        "a-company-placed-by-its-official-seat",
        "ORDINARY SHARES PURCHASE WARRANT\n\nTHIS ORDINARY SHARES PURCHASE WARRANT certifies that, for value "
        "received, Dunmore Capital LLC (the \"Holder\") is entitled to subscribe for and purchase from Veldhoven "
        "Therapeutics N.V., a public company with limited liability (naamloze vennootschap), having its official "
        "seat in Utrecht, the Netherlands (the \"Company\"), up to 90,000 ordinary shares at $3.10 per share."
        + MECHANICS,
        "issuer_jurisdiction", "Netherlands", "Netherlands",
    ),
    (
        "a-company-placed-by-its-statutory-seat",
        "WARRANT\n\nThis Warrant certifies that Arlon Partners LP (the \"Holder\") may purchase from Meuse "
        "Biologics SA, a limited liability company (société anonyme) with its statutory seat in Brussels, Belgium "
        "(the \"Company\"), 40,000 ordinary shares at EUR 2.00 per share." + MECHANICS,
        "issuer_jurisdiction", "Belgium", "Belgium",
    ),
    (
        # a web host's caption and the EDGAR header line ("EX-4.2 2 ex4-2.htm") sit over many
        # exhibits: the filer's description, not the instrument's own title
        "a-host-caption-over-the-exhibit-is-not-its-title",
        "Form of Preferred Unit Warrant\n\nContract Categories: Business Finance - Warrant Agreements\n"
        "EX-4.3 3 d81234dex43.htm\n\nExhibit 4.3\n\nCALDER MIDSTREAM PARTNERS LP\n\nWARRANT TO PURCHASE "
        "COMMON UNITS\n\nCalder Midstream Partners LP, a Delaware limited partnership (the \"Partnership\"), "
        "certifies that Orrin Credit Fund LLC (the \"Holder\") is entitled to purchase 60,000 Common Units at "
        "$7.50 per unit." + MECHANICS,
        "instrument_name", "Warrant", None,
    ),
    (
        "a-host-caption-is-no-source-of-the-class",
        "Warrant to Purchase 2,500,000 senior preferred units to Tamsin Credit Partners, LP, dated as of May 1, 2019"
        "\n\nEX-4.2 9 d55501dex42.htm EXHIBIT 4.2\n\nExhibit 4.2\n\nWARRANT CERTIFICATE AND AGREEMENT\n\nThis "
        "WARRANT AGREEMENT, dated as of May 1, 2019, is among HOLLOWAY PARTNERS, LLC, a Delaware limited liability "
        "company (the \"Company\"), and each holder listed on Schedule A hereto (each, a \"Holder\"), who may "
        "purchase from the Company the interests described in Section 2 at the Exercise Price." + MECHANICS,
        "security", None, None,
    ),
    (
        "agents-named-together-as-the-warrant-agent-are-no-holder",
        "WARRANT AGREEMENT\n\nTHIS WARRANT AGREEMENT is dated June 2, 2016, between Orbis Solar, Inc., a Delaware "
        "corporation (the \"Company\"), and Keystone Registry Inc., a Delaware corporation (\"Keystone\"), and its "
        "wholly-owned subsidiary, Keystone Trust Company, N.A., a federally chartered trust company, collectively as "
        "the \"Warrant Agent\".\n\nWHEREAS, the Company proposes to issue warrants to acquire up to 2,000,000 "
        "shares of Common Stock at $3.15 per share." + MECHANICS,
        "holder", None, None,
    ),
    (
        "such-date-is-the-date-named-before-it",
        "COMMON STOCK PURCHASE WARRANT\n\nHALSEY DEVICES, INC., a Nevada corporation (the \"Company\"), hereby "
        "certifies that Granary Fund, Ltd. (the \"Holder\") is entitled to purchase from the Company from and after "
        "the Original Issue Date of this Warrant and at any time before 5:00 p.m., New York time, through four (4) "
        "years after such date (the \"Expiration Date\"), up to 75,000 shares of Common Stock at $1.40 per share."
        + MECHANICS,
        "expiration_term", {"amount": 4, "unit": "years", "anchor": "issue_date", "anchor_text": "such date"}, None,
    ),
    (
        "the-particulars-in-the-one-schedule-name-the-holder",
        PARTICULARS, "holder", "Harrowgate Growth Fund II, L.P.", "Harrowgate Growth Fund II, L.P.",
    ),
    (
        "a-fraction-of-an-ads-is-rounded-down",
        "WARRANT\n\nThis Warrant certifies that Ostrava Partners LP (the \"Holder\") may purchase from Pellworth "
        "plc (the \"Company\") 500,000 ADSs at US$2.10 per ADS.\n\n4. FRACTIONS\n\nNo fraction of an ADS shall be "
        "delivered on exercise. The number of Warrant ADSs to be delivered shall be rounded down to the nearest "
        "whole Warrant ADS." + MECHANICS,
        "fractional_shares", "round_down", "rounded down",
    ),
    (
        "another-partys-class-is-not-the-warrants",
        "WARRANT AGREEMENT\n\nTHIS WARRANT AGREEMENT is entered into as of March 1, 2000 among Pinecrest Energy "
        "Company, a Delaware corporation (the \"Company\"), Morland Resources Plc, a public limited company formed "
        "under the laws of England and Wales (\"Morland\"), and the Warrant Holders.\n\nThe Company has offered "
        "to acquire all of the outstanding ordinary shares of Morland, and each Morland warrant shall be exchanged "
        "for a warrant of the Company on the terms set out in the Schedule." + MECHANICS,
        "security", None, None,
    ),
    (
        "a-party-herein-called-by-its-role-unquoted",
        HEREIN_CALLED, "warrant_agent", "Gulfport Transfer Inc", "Gulfport Transfer Inc",
    ),
    ("an-agreement-made-as-of-under-its-title", HEREIN_CALLED, "issue_date", dt.date(1997, 3, 4), "March 4, 1997"),
    ("a-cover-name-with-its-own-article", SHELF_FORM, "issuer", "THE HARBORVIEW REALTY TRUST", "THE HARBORVIEW REALTY TRUST"),
    ("a-forms-choice-among-classes-names-none", SHELF_FORM, "security", None, None),
    *[(f"a-federally-chartered-issuer-{i}",
       f"STOCK WARRANT AGREEMENT\n\nThis Stock Warrant Agreement is executed as of May 2, 2008 by Redfern Bank, {kind} "
       "(\"Bank\"), in favor of Calder Partners LP (the \"Holder\"), who may purchase 10,000 shares of common "
       "stock of the Bank at $10.00 per share." + MECHANICS,
       "issuer_jurisdiction", "United States", None)
      for i, kind in enumerate(["a national banking association", "a federally chartered stock savings bank"])],
    (
        "an-agreement-made-and-entered-as-of",
        "WARRANT AGREEMENT\n\nThis Warrant Agreement is made and entered as of the 3rd day of June, 2007 (the "
        "\"Agreement Date\") by and between Lakemont Medical, Inc., a Minnesota corporation (\"Company\") and "
        "Prairie Growth Fund, LLC (the \"Warrantee\"), who may purchase 20,000 shares of Common Stock at $1.10."
        + MECHANICS,
        "issue_date", dt.date(2007, 6, 3), "the 3rd day of June, 2007",
    ),
    (
        "a-warrant-for-one-unit-in-words",
        "COMPENSATION WARRANT CERTIFICATE\n\nThis certifies that Harrow Securities Inc. (the \"Holder\") is the "
        "holder of 80,000 compensation warrants (collectively the \"Compensation Warrants\"), each of which entitles "
        "the Holder to subscribe for and purchase one unit (collectively the \"Units\" and each a \"Unit\") of "
        "Brenton Growth Ltd. (the \"Company\") at $1.00 per Unit. Each Unit consists of one common share and one "
        "common share purchase warrant." + MECHANICS,
        "security", "Units", "unit",
    ),
    (
        "a-special-warrant-for-a-unit-after-an-aside",
        "SPECIAL WARRANT CERTIFICATE\n\nTHIS IS TO CERTIFY THAT Wexley Capital Corp. (the \"Holder\") is the "
        "registered holder of 500,000 special warrants (the \"Special Warrants\") of Lodestar Copper Corp. (the "
        "\"Corporation\"), each of which entitles the Holder to acquire, without payment of any additional "
        "consideration and subject to adjustment as provided in the Indenture, one unit of the Corporation (a "
        "\"Unit\"), each Unit consisting of one common share and one-half of one common share purchase warrant."
        + MECHANICS,
        "security", "Units", "one unit",
    ),
    (
        "counted-warrants-to-purchase-counted-units",
        "REPRESENTATIVE'S WARRANT AGREEMENT\n\nAGREEMENT dated as of May 5, 1998 between Tallis Foods, Inc., a "
        "Delaware corporation (the \"Company\"), and Ridgeway Securities, Inc. (the \"Representative\"). The Company "
        "agrees to issue to the Representative 140,000 warrants (\"Representative's Warrants\") to purchase 140,000 "
        "Units, each Unit comprised of one share of Common Stock and one Warrant to purchase one share of Common "
        "Stock." + MECHANICS,
        "security", "Units", "Units",
    ),
    (
        "a-face-titled-warrant-to-purchase-units",
        ("Form of 1995 Unit Purchase Warrant\n----------------------------------\nOn March 17, 1998, Procyon, Inc. "
        "completed a merger with Halcott Pharmaceuticals, Inc., and each outstanding warrant to purchase Halcott "
        "common stock held by investors has been assumed by Procyon. Each such warrant shall be exercisable for "
        "that number of shares of Procyon common stock equal to the product of the shares issuable immediately "
        "prior to the merger multiplied by 0.10865.\n\nWarrant to Purchase\n\n[ ] Units Halcott Pharmaceuticals, Inc.\n\nDated: November 27, 1995\n\n"
        "THIS CERTIFIES THAT Lyle Granger (the \"Holder\") is entitled to purchase from HALCOTT PHARMACEUTICALS, "
        "INC., a Delaware corporation (the \"Company\"), at any time before 5:00 p.m. on November 27, 2000, the"),
        "security", "Units", "Units",
    ),
    (
        "an-over-allotment-of-units-before-the-grant-is-no-face-title",
        "WARRANT AGREEMENT\n\nWHEREAS, the Company has granted to the Underwriters an option to purchase up to an "
        "additional 150,000 Units to cover over-allotments; and the Company proposes to issue warrants, each "
        "entitling the holder to purchase one share of Common Stock of Tarrant Labs, Inc. at $6.60." + MECHANICS,
        "security", "Common Stock", "Common Stock",
    ),
    (
        "an-exercise-period-ending-on-a-defined-date",
        "WARRANT INSTRUMENT\n\nThis Instrument is made by Pellbrook Mining plc (the \"Company\") in favour of the "
        "Warrantholders, who may subscribe for Ordinary Shares at 45p per share.\n\n1. DEFINITIONS\n\n\"Final "
        "Subscription Date\" means 31 March 2017;\n\n\"Subscription Period\" means the period from Admission until "
        "5.00 p.m. on the Final Subscription Date, during which Subscription Rights may be exercised;" + MECHANICS,
        "expiration_date", dt.date(2017, 3, 31), "31 March 2017",
    ),
    (
        "an-initial-exercise-date-that-is-the-issue-date-dates-the-expiry",
        "COMMON STOCK PURCHASE WARRANT\n\nIssue Date: March 2, 2019\n\nTHIS WARRANT certifies that Orland Fund LP (the "
        "\"Holder\") is entitled, at any time on or after the Issue Date set forth above (the \"Initial Exercise "
        "Date\") and on or prior to the close of business on the five (5) year anniversary of the Initial Exercise "
        "Date (the \"Termination Date\"), to purchase from Tessaly Vision, Inc. (the \"Company\") up to 40,000 shares "
        "of Common Stock at $2.00 per share." + MECHANICS,
        "expiration_date", dt.date(2024, 3, 2), None,
    ),
    (
        "an-initial-exercise-date-months-after-issue-dates-the-expiry",
        "SERIES A COMMON STOCK PURCHASE WARRANT\n\nIssue Date: June 2, 2016\n\nTHIS WARRANT certifies that Orland Fund "
        "LP (the \"Holder\") is entitled, at any time on or after the date that is six (6) months after the Issue Date "
        "(the \"Initial Exercise Date\") and on or prior to the fifth (5th) anniversary of the Initial Exercise Date "
        "(the \"Termination Date\"), to purchase from Kettle Biomedical, Inc. (the \"Company\") up to 40,000 shares of "
        "Common Stock at $2.00 per share." + MECHANICS,
        "expiration_date", dt.date(2021, 12, 2), None,
    ),
    (
        "a-lender-named-with-its-capacity",
        "WARRANT AGREEMENT\n\nTo Purchase Shares of the Common Stock of\n\nDated as of February 28, 2019\n\nWHEREAS, "
        "Perrin Therapeutics, Inc., a Delaware corporation (the \"Company\"), has entered into a Loan and Security "
        "Agreement with Harbor Capital, Inc., a Maryland corporation, in its capacity as administrative and "
        "collateral agent, Harbor Capital Lending, LLC, as a lender (the \"Warrantholder\"), and the other lenders "
        "party thereto; and the Company has agreed to issue to the Warrantholder this Warrant Agreement, evidencing "
        "the right to purchase 75,000 shares of Common Stock at $4.00 per share." + MECHANICS,
        "holder", "Harbor Capital Lending, LLC", "Harbor Capital Lending, LLC",
    ),
    (
        "half-years-written-as-a-fraction-on-a-page-without-quotes",
        "WARRANT\n\nTHIS CERTIFIES that Delmar Partners LP (the Holder) has the right to purchase from HOLLIS "
        "PHARMACEUTICALS, INC., a Delaware corporation (the Company), up to 60,000 shares of Common Stock at any time "
        "beginning on September 23, 2003 (the Issue Date) and ending at 5:00 p.m., pacific time, on the date that "
        "is five and one-half (5-1/2) years after the Issue Date (the Expiration Date), at $2.10 per share." + MECHANICS,
        "expiration_term", {"amount": 66, "unit": "months", "anchor": "issue_date", "anchor_text": "Issue Date"}, None,
    ),
    (
        "a-trust-company-authorized-in-all-provinces-is-named-by-its-own-words",
        "SPECIAL WARRANT INDENTURE\n\nTHIS SPECIAL WARRANT INDENTURE made as of the 21st day of January, 2000\n\n"
        "BETWEEN:\n\nHALVERN TECHNOLOGY LTD., a corporation incorporated under the laws of the Province of Alberta,\n"
        "(hereinafter called the \"Corporation\"),\n\n- and -\n\nTHE PRAIRIE TRUST COMPANY OF CANADA, a trust company "
        "duly authorized to carry on business in the Province of Alberta and all Provinces of Canada,\n(hereinafter "
        "called the \"Trustee\"),\n\nWHEREAS the Corporation proposes to issue 1,800,000 Special Warrants, each "
        "exchangeable for one Common Share." + MECHANICS,
        "warrant_agent", "THE PRAIRIE TRUST COMPANY OF CANADA", None,
    ),
    (
        "a-body-corporate-and-politic-is-the-holder",
        "WARRANT\n\nTHIS WARRANT CERTIFIES THAT, in consideration of the license, THE BOARD OF REGENTS OF HALLORAN "
        "STATE UNIVERSITY, a body corporate and politic of the State of Ohio (together with any permitted assignee, "
        "\"Holder\"), is entitled to purchase 84,210 shares of Series Seed Preferred Stock of Tamsin Lattice, Inc. (the "
        "\"Company\") at $0.9512 per share." + MECHANICS,
        "holder", "THE BOARD OF REGENTS OF HALLORAN STATE UNIVERSITY", None,
    ),
    (
        "there-is-no-right-to-exercise-on-a-cashless-basis",
        ("WARRANT CERTIFICATE\n\nThe holder of this certificate, Corvid Partners Ltd. (the \"Holder\"), is entitled to "
        "purchase 100,000 Common Shares of Thornfield Ridge Resources Ltd. (the \"Corporation\") at C$0.65 per share."
        "\n\n3. Exercise. The Holder may exercise by delivering the Warrant Certificate and a certified cheque or wire "
        "transfer for the aggregate Exercise Price. There is no right to exercise any Warrant on a net or cashless "
        "basis.\n\n4. Governing Law. This certificate is governed by the laws of the Province of Alberta.\n"),
        "cashless_exercise", False, None,
    ),
    (
        "a-section-headed-no-price-based-adjustment-adjusts-nothing",
        "WARRANT\n\nTHIS WARRANT CERTIFIES THAT Lantern University (\"Holder\") is entitled to purchase 50,000 shares of "
        "Series Seed Preferred Stock of Calder Lattice, Inc. (the \"Company\") at $0.95 per share.\n\n2. ADJUSTMENTS"
        "\n\n2.1 Stock Splits. If the Company subdivides the outstanding Shares by split-up, the number of Shares "
        "shall be proportionately increased and the Warrant Price proportionately decreased.\n\n2.4 No Price-Based "
        "Adjustment to Warrant Price. The conversion price of the Series Seed Preferred Stock is subject to "
        "broad-based weighted average adjustment under the Company's Certificate of Incorporation, but no such "
        "adjustment shall adjust the Warrant Price or the number of Shares purchasable under this Warrant." + MECHANICS,
        "anti_dilution", ["split_combination"], None,
    ),
    (
        "a-holders-blank-dropped-before-by",
        "COMMON STOCK PURCHASE WARRANT\n\n1. Issuance. This Common Stock Purchase Warrant (this \"Warrant\") is issued "
        "to by Harrow Medical, Inc., a Delaware corporation (hereinafter called the \"Company\") on December 1, 2003, "
        "and entitles its holder to purchase 10,000 shares of Common Stock at $1.00 per share." + MECHANICS,
        "holder", None, None,
    ),
    (
        "what-each-unit-consists-of-is-no-count",
        "UNDERWRITER'S UNIT WARRANT AGREEMENT\n\nWHEREAS, the Company has agreed to issue to Carrow Securities, LP (the "
        "\"Representative\") a warrant to purchase up to an aggregate of ________ Units (the \"Representative's "
        "Units\") at $_______ per Unit, each consisting of five shares of Common Stock of Halden Systems, Inc. and "
        "five warrants." + MECHANICS,
        "shares", None, None,
    ),
    (
        "a-footnote-mark-after-a-blank-count-is-no-count",
        "FORM OF CLASS B WARRANT TO PURCHASE SHARES OF COMMON STOCK OF TALLIS HOLDING CO.\n\n1. Purchase of Shares. Subject to the terms and conditions set forth in this agreement (this "
        "\"Agreement\" or the \"Warrant\"), the Holder is entitled, upon surrender of this Warrant at the principal "
        "office of the Company, to purchase from the Company, at the Exercise Price set forth below, up to an "
        "aggregate of [·](2) fully paid and nonassessable shares of Class A Common Stock." + MECHANICS,
        "shares", None, None,
    ),
    (
        "a-notes-conversion-right-is-not-the-warrants",
        ("WARRANT CERTIFICATE\n\nThis certifies that Dale Harmon (the \"Holder\") may purchase 200,000 shares of Common "
        "Stock of Bonfield Trace, Inc. at $.375 per share. The Holder has lent the Company $150,000 under a promissory "
        "note (the \"Note\"). The Note is convertible, at the Holder's option, into Common Stock at $.25 per share; "
        "that conversion right is not part of this Warrant and is not affected by it.\n\n1. Exercise. The Holder may "
        "exercise this Warrant by surrender of this Certificate with payment in full of the Purchase Price in cash "
        "or by certified check.\n\n2. Governing Law. This Warrant is governed by the laws of the State of Utah.\n"),
        "cashless_exercise", False, None,
    ),
    (
        "an-anniversary-in-a-condition-is-no-expiry",
        "WARRANT TO PURCHASE SERIES B PREFERRED STOCK\n\nIssue Date: March 22, 2017\n\nTHIS WARRANT CERTIFIES THAT "
        "Pinewood Lending, LLC (\"Holder\") is entitled to purchase 180,000 shares of Series B Preferred Stock of "
        "Alder Grove Therapeutics, Inc. (the \"Company\") at $1.25 per share.\n\n2.5 Next Round Election. If the "
        "initial closing of the Next Round occurs on or before the first anniversary of the Issue Date, Holder may "
        "elect, by written notice delivered to the Company within thirty (30) days after the Company notifies Holder "
        "of that closing, that this Warrant shall be exercisable for Next Round Stock instead." + MECHANICS,
        "expiration_date", None, None,
    ),
    (
        "earlier-warrants-not-amended-by-this-one-date-nothing",
        "PLACEMENT AGENT WARRANT\n\nThis Placement Agent Warrant certifies that Dana Pruitt (the \"Holder\") is entitled "
        "to purchase 91,000 shares of Common Stock of Quarry Biometrics, Inc. at $4.00 per share.\n\n(e) Prior "
        "Warrants. The Holder acknowledges that the placement agent warrants issued in the Company's August 2021 "
        "offering, exercisable at $5.3125 per share until August 17, 2026, remain outstanding in accordance with "
        "their terms and are not amended by this Placement Agent Warrant." + MECHANICS,
        "expiration_date", None, None,
    ),
    (
        "an-earliest-of-the-following-listed-under-a-colon",
        "WARRANT TO PURCHASE SERIES B PREFERRED STOCK\n\nTHIS WARRANT CERTIFIES THAT Pinewood Lending, LLC (\"Holder\") "
        "is entitled to purchase 180,000 shares of Series B Preferred Stock of Alder Grove Therapeutics, Inc. (the "
        "\"Company\") at $1.25 per share.\n\n5.1 Term. This Warrant is exercisable at any time on or before 5:00 p.m., "
        "Pacific time, on the earliest to occur of the following (the \"Expiration Date\"), and shall be void "
        "thereafter:\n\n(i) the seventh (7th) anniversary of the Issue Date; and\n\n(ii) the closing of the IPO.\n"
        + MECHANICS,
        "expiration_term", {"earlier_of": [
            {"amount": 7, "unit": "years", "anchor": "issue_date", "anchor_text": "Issue Date"},
            {"amount": 0, "unit": "days", "anchor": "ipo_closing", "anchor_text": "closing of the IPO"}]}, None,
    ),
    (
        "an-earliest-of-with-an-item-left-blank-is-no-term",
        "WARRANT\n\nThis certifies that Ledger Fund LP (the \"Holder\") may purchase 50,000 shares of Series C Preferred "
        "Stock of Calder Bio, Inc. (the \"Company\") at $2.00 per share.\n\nSection 8. TERMINATION. This warrant shall "
        "terminate upon the earliest to occur of the following (the \"Expiration Date\"): (a) [ ] or (b) a Sale of "
        "the Company (as defined below)." + MECHANICS,
        "expiration_term", None, None,
    ),
    (
        "a-preferred-class-that-names-its-series-after-itself",
        "WARRANT TO PURCHASE PREFERRED STOCK\n\nThis certifies that the United States Department of the Treasury (the "
        "\"Holder\") is entitled to purchase 2,500 Shares of Fixed Rate Cumulative Perpetual Preferred Stock, Series B "
        "of Harbor Lane Bancorp, an Oregon corporation (the \"Company\"), at $0.01 per share." + MECHANICS,
        "security", "Series B Preferred Stock", "Preferred Stock, Series B",
    ),
    (
        "a-decimal-part-of-a-share-for-each-warrant",
        "WARRANT CERTIFICATE FOR PURCHASE OF STOCK\n\nTHIS CERTIFIES THAT, for value received, Dora Lakes is the "
        "registered holder of 4,000 Warrants (the \"Warrant\") to purchase .25 of a fully paid and non-assessable "
        "share of Common Stock of Calloway Bankshares, Inc., a Georgia corporation (the \"Company\"), for each Warrant "
        "evidenced by this Warrant Certificate, at $10.00 per whole share." + MECHANICS,
        "shares_per_warrant", "0.25", ".25",
    ),
    (
        "the-person-named-immediately-below",
        "COMMON STOCK PURCHASE WARRANT\n\nTHIS CERTIFIES THAT, for value received, the person named immediately below,"
        "\nR K HOLDINGS, INC.\nor the registered assigns of such person (the \"Registered Holder\"), is entitled to "
        "purchase from HARTWELL FINANCIAL SERVICES, INC., a Florida corporation (the \"Company\"), 400,000 shares of "
        "the Company's common stock at $2.00 per share." + MECHANICS,
        "holder", "R K HOLDINGS, INC.", "R K HOLDINGS, INC.",
    ),
    (
        "each-special-warrant-exchangeable-for-one-share",
        "SPECIAL WARRANT INDENTURE\n\nWHEREAS the Corporation proposes to issue and sell on the date of Closing "
        "hereof 1,800,000 Special Warrants of Halvern Technology Ltd., and proposes that each Special Warrant shall "
        "be exchangeable for one Common Share, subject to adjustment as set out below;" + MECHANICS,
        "shares_per_warrant", "1", "one",
    ),
    (
        "a-price-step-date-is-no-expiry",
        "WARRANT CERTIFICATE\n\n(e) \"Exercise Price\" means C$2.60 per Common Share if a Warrant is exercised "
        "at or before 4:30 p.m. (Toronto time) on June 18, 1997, and C$2.85 per Common Share if a Warrant is "
        "exercised after that time.\n\nThe holder of this certificate is entitled to purchase one Common Share of "
        "Harlan Gold Mines Limited for each Warrant at any time after the Issue Date and before 4:30 p.m. "
        "(Toronto time) on December 18, 1997, at a price of C$2.60 per Common Share if exercised on or before "
        "June 18, 1997 and C$2.85 per Common Share if exercised thereafter." + MECHANICS,
        "expiration_date", dt.date(1997, 12, 18), "December 18, 1997",
    ),
    (
        "a-condition-on-the-issue-date-is-no-expiry",
        "WARRANT\n\nThe holder is entitled to purchase 750,000 shares of Common Stock of Harlan Pharmaceuticals, "
        "Inc. at $2.00 per share at any time during the period commencing on (a) May 1, 1999 (in the event "
        "that this Warrant is issued to Seller on or before December 31, 1998) or (b) the six (6) month "
        "anniversary of its issue." + MECHANICS,
        "expiration_date", None, None,
    ),
    (
        "a-date-defining-another-term-is-not-the-termination-dates",
        "COMMON STOCK PURCHASE WARRANT\n\nTHIS COMMON STOCK PURCHASE WARRANT (the \u201cWarrant\u201d) certifies "
        "that Coral Bay Securities, Inc. (the \u201cHolder\u201d) is entitled, at any time on or after March 3, "
        "2020 (the \u201cInitial Exercise Date\u201d) and on or prior to the close of business on the four-year "
        "anniversary of the Initial Exercise Date (the \u201cTermination Date\u201d) but not thereafter, to "
        "purchase from Harlan Systems, Inc. 100,000 shares of Common Stock at $1.00 per share." + MECHANICS,
        "expiration_date", dt.date(2024, 3, 3), None,
    ),
    (
        "a-cap-on-holdings-is-no-percentage-count",
        "THIS SECURITY WAS SOLD IN A PRIVATE PLACEMENT.\n\nRight to Purchase 750,000 Shares of Class A Common "
        "Stock of Harlan Pharmaceuticals, Inc.\n\nCLASS A COMMON STOCK PURCHASE WARRANT\n\nHarlan "
        "Pharmaceuticals, Inc. hereby certifies that Coral Bay Bank is entitled to purchase from the Company "
        "the Warrant Shares at $2.00 per share during the Initial Exercise Period, which "
        "shall be extended if the exercise of this Warrant in full would cause the holder to own in excess of "
        "19.98% of the outstanding Class A Common Stock." + MECHANICS,
        "shares", 750000, None,
    ),
    (
        "warrant-to-purchase-n-shares-in-mixed-case-on-the-title-block",
        "THIS WARRANT HAS NOT BEEN REGISTERED UNDER THE SECURITIES ACT OF 1933.\n\nWARRANT to purchase 1,500,000 "
        "shares of Common Stock of HARLAN GAMING, INC. a Nevada corporation\n\nHarlan Gaming, Inc. hereby "
        "certifies that Coral Bay Bank is entitled to purchase from the Company the Warrant Shares at $0.25 per "
        "share." + MECHANICS,
        "shares", 1500000, "1,500,000",
    ),
    (
        "right-to-purchase-on-the-title-block",
        "THIS SECURITY WAS SOLD IN A PRIVATE PLACEMENT.\n\nRight to Purchase 750,000 Shares of Class A Common "
        "Stock of Harlan Pharmaceuticals, Inc.\n\nCLASS A COMMON STOCK PURCHASE WARRANT\n\nHarlan "
        "Pharmaceuticals, Inc. hereby certifies that Coral Bay Bank is entitled to purchase from the Company the "
        "Warrant Shares at $2.00 per share." + MECHANICS,
        "shares", 750000, "750,000",
    ),
    (
        "a-recital-of-warrants-as-hereinafter-described",
        "REPRESENTATIVES' WARRANT AGREEMENT\n\nAgreement dated as of June 5, 1996 between Harlan Data Corp. (the "
        "\"Company\") and Pelham Cross & Co. and Dunmore Securities (the \"Representatives\"). The Company "
        "proposes to issue to the Representatives warrants as hereinafter described (the \"Representatives' "
        "Warrants\") to purchase up to an aggregate of 100,000 shares of the Company's Common Stock." + MECHANICS,
        "shares", 100000, "100,000",
    ),
    (
        "a-recital-of-warrants-representing-the-right-to-purchase",
        "WARRANT AGREEMENT\n\nB. Pursuant to the Purchase Agreement, the Company has agreed to issue and deliver "
        "Warrants (as hereinafter defined) to MPI, representing the right to purchase in the aggregate up to "
        "500,000 shares of the Class A Common Stock of the Company, on the terms set forth herein." + MECHANICS,
        "shares", 500000, "500,000",
    ),
    (
        "a-holder-known-by-a-short-name-referred-to-as-the-holder",
        "UNDERWRITER'S WARRANT AGREEMENT dated as of May 14, 1997 by and between HARLAN SPRING WATER COMPANY, "
        "INC., a Hawaii corporation (the \"Company\"), and PELHAM CROSS & COMPANY, INC. (\"Pelham Cross\") "
        "(Pelham Cross is hereinafter referred to variously as the \"Holder\" or the \"Underwriter\").\n\n"
        "WHEREAS, the Company proposes to issue to the Holder warrants to purchase up to 100,000 shares of "
        "Common Stock at $6.60 per share." + MECHANICS,
        "holder", "PELHAM CROSS & COMPANY, INC.", "PELHAM CROSS & COMPANY, INC.",
    ),
    (
        "a-name-opening-with-a-letter-and-a-hyphen-is-no-article",
        "WARRANT AGREEMENT\n\nThis Warrant Agreement is executed as of January 30, 2015, by Harlan Realty "
        "Investors, Inc., a Georgia corporation (\u201cCompany\u201d), in favor of A-III Investment Partners LLC, "
        "a Delaware limited liability company (the \u201cInitial Holder\u201d). The Initial Holder is entitled "
        "to purchase 150,000 shares of Common Stock at $1.00 per share." + MECHANICS,
        "holder", "A-III Investment Partners LLC", "A-III Investment Partners LLC",
    ),
    (
        "and-to-its-respective-transferees-follows-the-name",
        "WARRANT\n\nThis Warrant is issued to School Services LLC, and to its respective transferees, by Harlan "
        "Schools, Inc., which is entitled to purchase 150,000 shares of Common Stock at $1.00 per share."
        + MECHANICS,
        "holder", "School Services LLC", "School Services LLC",
    ),
    (
        "the-second-party-after-the-first-partys-address",
        "WARRANT AGREEMENT\n\nThis WARRANT AGREEMENT is entered into by and between Harlan Wind Tower, Inc., a "
        "Nevada Corporation (herein referred to as the \u201cCompany\u201d) with a business address of 1997 "
        "Annapolis Exchange Parkway, Suite 300, Annapolis, Maryland 21401, and Paradigm Concepts, Inc., a "
        "California Corporation, with a business address of 2173 Salk Avenue, Suite 250, Carlsbad, CA 92009 "
        "(herein referred to as the \u201cWarrant Holder\u201d). The Warrant Holder is entitled to purchase "
        "150,000 shares of Common Stock at $1.00 per share." + MECHANICS,
        "holder", "Paradigm Concepts, Inc.", "Paradigm Concepts, Inc.",
    ),
    (
        # the underwriters' warrants of 1990s offerings: the warrant is the party its title names
        "the-representative-of-a-representatives-warrant-agreement",
        "REPRESENTATIVE'S WARRANT AGREEMENT dated as of July 30, 1997 between TARPON KEY SERVICES, INC., a "
        "Florida corporation (the \"Company\"), and BARLOW KINGSLEY SECURITIES, INC. (the \"Representative\")."
        "\n\nWHEREAS, the Company proposes to issue to the Representative warrants to purchase up to 110,000 "
        "Units at $9.90 per Unit." + MECHANICS,
        "holder", "BARLOW KINGSLEY SECURITIES, INC.", "BARLOW KINGSLEY SECURITIES, INC.",
    ),
    (
        "a-party-defined-by-its-short-name-or-as-holder",
        "COMMON STOCK PURCHASE WARRANT AGREEMENT\n\nThis COMMON STOCK PURCHASE WARRANT AGREEMENT is entered into "
        "as of August 1, 2002, by and between HARLAN RADIO CORP., a Delaware corporation (the \"Company\"), and "
        "FURTHER BAY ASSET MANAGEMENT, L.P., a New York partnership (\"Further Bay\" or \"Holder\"). The Holder "
        "is entitled to purchase 150,000 shares of Common Stock at $1.00 per share." + MECHANICS,
        "holder", "FURTHER BAY ASSET MANAGEMENT, L.P.", "FURTHER BAY ASSET MANAGEMENT, L.P.",
    ),
    (
        "or-its-his-or-her-assigns-follow-the-name",
        "WARRANT\n\nTHIS CERTIFIES THAT, for value received, Tanew Holdings Inc. or its, his or her assigns, is "
        "entitled to purchase from Harlan Maritime Inc. 150,000 common shares at $1.00 per share." + MECHANICS,
        "holder", "Tanew Holdings Inc.", "Tanew Holdings Inc.",
    ),
    (
        # an address tail ("of 129,000 …") never runs across the operative "FOR VALUE RECEIVED"
        "a-holder-after-for-value-received-below-a-title-count",
        "COMMON STOCK WARRANT CERTIFICATE\n\nHARLAN AVIATION COMPANY\n\nFor the Purchase of 129,000 Shares of "
        "Common Stock of Harlan Aviation Company At $.001 Per Share FOR VALUE RECEIVED, Citicorp USA, Inc., a "
        "Delaware corporation, or its registered assign(s) (the holder hereof at the applicable time being "
        "referred to as the \"Holder\"), is entitled to purchase from the Company 129,000 shares of Common "
        "Stock at $.001 per share." + MECHANICS,
        "holder", "Citicorp USA, Inc.", "Citicorp USA, Inc.",
    ),
    (
        "a-square-bracket-typed-for-the-defined-terms-parenthesis",
        "COMMON STOCK PURCHASE WARRANT\n\nThis Common Stock Purchase Warrant certifies that Dominion Fund III "
        "[the \"Purchaser\") or registered assigns, is entitled to purchase from Harlan Robotics, Inc. 150,000 "
        "shares of Common Stock at $1.00 per share." + MECHANICS,
        "holder", "Dominion Fund III", "Dominion Fund III",
    ),
    (
        "a-sociedad-anonima-is-a-descriptor",
        "WARRANT\n\nTHIS CERTIFIES THAT, for value received, MH ANDES S.A., a sociedad anonima organized under "
        "the laws of Argentina, or its registered assigns, is entitled to purchase from Harlan Robotics, Inc. "
        "150,000 shares of Common Stock at $1.00 per share." + MECHANICS,
        "holder", "MH ANDES S.A.", "MH ANDES S.A.",
    ),
    (
        "a-trust-established-under-an-agreement",
        "WARRANT\n\nTHIS CERTIFIES THAT, for value received, Harold B. Lindqvist Irrevocable Trust, established "
        "under agreement dated January 1, 2002 (\"Holder\"), is entitled to purchase from Harlan Robotics, Inc. "
        "150,000 shares of Common Stock at $1.00 per share." + MECHANICS,
        "holder", "Harold B. Lindqvist Irrevocable Trust", "Harold B. Lindqvist Irrevocable Trust",
    ),
    (
        # "LLC" after a state is the entity's type, as "corporation" is (not a name's last word)
        "a-state-llc-is-a-descriptor",
        "WARRANT\n\nThis Warrant is made between: (1) HARLAN MOTORS CORP, a California corporation (the "
        "\u201cCompany\u201d); and (2) MERIDIAN GLOBAL SECURITIES, LLC, a California LLC (the \u201cHolder\u201d). "
        "The Holder is entitled to purchase 150,000 shares of Common Stock of the Company at $1.00 per share."
        + MECHANICS,
        "holder", "MERIDIAN GLOBAL SECURITIES, LLC", "MERIDIAN GLOBAL SECURITIES, LLC",
    ),
    (
        "a-holder-given-the-warrant-after-the-issuers-address",
        "Warrant for Common Stock\n\nThis Warrant for Common Stock (this \u201cWarrant\u201d) is given by "
        "Quarrystone Payments Inc. (\u201cCompany\u201d), a Delaware corporation with offices at 12 Main St., "
        "Boston, MA 02110, to Harlan Capital Partners II, LP (\u201cHolder\u201d). The Holder is entitled to "
        "purchase 150,000 shares of Common Stock of the Company at $1.00 per share." + MECHANICS,
        "holder", "Harlan Capital Partners II, LP", "Harlan Capital Partners II, LP",
    ),
    (
        "expiry-term-from-the-execution-of-this-warrant",
        "WARRANT\n\nThe Holder may purchase from Marlow Hemp Corp. (the \"Company\") up to 60,000 shares of Common "
        "Stock at $1.10 per share at any time on or before the date that is five (5) years from the execution of this "
        "Warrant (the \"Expiration Date\")." + MECHANICS,
        "expiration_term", {"amount": 5, "unit": "years", "anchor": "issue_date",
                            "anchor_text": "execution of this Warrant"}, None,
    ),
    (
        "class-with-a-dividend-rate-and-cumulative",
        "WARRANT\n\nThe Company grants to Halden Capital LLC (the \"Registered Holder\") the right to purchase from "
        "the Company up to 40,000 shares of the Company's 12% Series B Cumulative Redeemable Preferred Stock, par "
        "value $.01 per share (the \"Preferred Stock\"), at an exercise price of $25.00 per share." + MECHANICS,
        "security", "12% Series B Cumulative Redeemable Preferred Stock",
        "12% Series B Cumulative Redeemable Preferred Stock",
    ),
    (
        # The start is "the Initial Exercise Date", which the opening never ties to an event.
        "no-exercisable-from-an-undefined-initial-exercise-date",
        "COMMON STOCK PURCHASE WARRANT\n\nTHIS COMMON STOCK PURCHASE WARRANT certifies that, for value received, "
        "Orlan Fund LP (the \"Holder\") is entitled, upon the terms set forth below, at any time on or after the "
        "Initial Exercise Date and on or prior to the close of business on the Termination Date, to subscribe for "
        "and purchase from Veridian Fuel Cells, Inc. (the \"Company\") up to 80,000 shares of Common Stock."
        + MECHANICS,
        "exercisable_from", None, None,
    ),
    ("holder-referred-to-variously-as", UNDERWRITERS_AGREEMENT_VARIOUSLY, "holder",
     "KESWICK SECURITIES CORPORATION", "KESWICK SECURITIES CORPORATION"),
    ("instrument-name-of-an-agreement-titled-by-its-kind", UNDERWRITERS_AGREEMENT_VARIOUSLY, "instrument_name",
     "Underwriter's Warrant", "UNDERWRITER'S WARRANT AGREEMENT"),
    ("holder-the-party-that-agrees-to-purchase-the-warrants", AGREES_TO_PURCHASE_WARRANTS, "holder",
     "HALLORAN & ASSOCIATES, INC.", "HALLORAN & ASSOCIATES, INC."),
    (
        "count-words-digits-then-a-comma",
        "WARRANT\n\nThe Holder is entitled to purchase from Ridgeline Management, Inc., a Utah corporation (the "
        "\"Company\"), up to Two Hundred Fifty Thousand (250,000), fully paid and nonassessable shares of common "
        "stock of the Company at Two Dollars & Fifty Cents ($2.50) per share." + MECHANICS,
        "shares", 250000, "Two Hundred Fifty Thousand",
    ),
    (
        "price-dollars-ampersand-cents",
        "WARRANT\n\nThe Holder is entitled to purchase from Ridgeline Management, Inc., a Utah corporation (the "
        "\"Company\"), up to Two Hundred Fifty Thousand (250,000), fully paid and nonassessable shares of common "
        "stock of the Company at Two Dollars & Fifty Cents ($2.50) per share." + MECHANICS,
        "exercise_price", Decimal("2.50"), "Two Dollars & Fifty Cents",
    ),
    (
        # The title line in capitals run into the sentence that names the company again; the holder
        # with its town and state, after "hereby agrees that, for value received,".
        "issuer-named-twice-title-and-sentence",
        "WARRANT\n\nPINE HOLLOW BREWING CO.\nPine Hollow Brewing Co., a Minnesota corporation (the \u201cCompany\u201d), "
        "hereby agrees that, for value received, Larchmont Capital, LLC, Duluth, Minnesota, or its assigns, is "
        "entitled to purchase from the Company 50,000 shares of the common stock of the Company at $1.58 per "
        "share." + MECHANICS,
        "issuer", "Pine Hollow Brewing Co.", "Pine Hollow Brewing Co.",
    ),
    (
        "holder-without-its-town-after-hereby-agrees-that",
        "WARRANT\n\nPINE HOLLOW BREWING CO.\nPine Hollow Brewing Co., a Minnesota corporation (the \u201cCompany\u201d), "
        "hereby agrees that, for value received, Larchmont Capital, LLC, Duluth, Minnesota, or its assigns, is "
        "entitled to purchase from the Company 50,000 shares of the common stock of the Company at $1.58 per "
        "share." + MECHANICS,
        "holder", "Larchmont Capital, LLC", "Larchmont Capital, LLC",
    ),
    ("no-holder-where-the-second-party-is-blank", BETWEEN_COMPANY_AND_BLANK, "holder", None, None),
    ("issuer-the-party-before-the-holder", BETWEEN_COMPANY_AND_BLANK, "issuer", "Halvorsen Nutrition, Inc.",
     "Halvorsen Nutrition, Inc."),
    (
        "holder-named-after-the-company-and-its-descriptor",
        "WARRANT AGREEMENT\n\nThis Warrant Agreement is entered into by and between Halvorsen Nutrition, Inc., a "
        "company organized under the laws of State of Delaware and Marisol Quent (the \u201cWarrant "
        "Holder\u201d).\n\n1. The Warrant Holder may purchase up to 25,000 shares of Common Stock at $4.40 per "
        "share." + MECHANICS,
        "holder", "Marisol Quent", "Marisol Quent",
    ),
    (
        "class-of-shares-before-a-warrant-agreement-title",
        "Kestrel Wireless Holdings, Inc.\n\nWarrants to Purchase\n\n1,200,000 Shares of Class C Common Stock "
        "WARRANT AGREEMENT\n\nDated as of February 2, 2001 Harbor Bank, N.A. as Warrant Agent\n\nEach Warrant "
        "entitles the holder to purchase one share." + MECHANICS,
        "security", "Class C Common Stock", "Class C Common Stock",
    ),
    (
        "issuer-after-the-warrant-series-in-capitals",
        "EXHIBIT 10.5 SERIES B WARRANT KESTREL HYDRO, INC. and HARBOR REGISTRAR COMPANY as Warrant Agent ------ "
        "Warrants to Purchase up to 500,000 Shares of Common Stock ------ WARRANT AGREEMENT Dated as of November "
        "6, 1997\n\nEach Warrant entitles the holder to purchase one share." + MECHANICS,
        "issuer", "KESTREL HYDRO, INC.", "KESTREL HYDRO, INC.",
    ),
    (
        # "C $4.20": a Canadian sign spaced from its dollar sign; "exercisable into one … share",
        # the grant that follows buying something else.
        "currency-c-space-dollar",
        "WARRANT CERTIFICATE\n\nSubject to the conditions set forth herein, each Warrant is exercisable into one "
        "fully paid and non-assessable common share in the capital of the Corporation (the \u201cCommon "
        "Shares\u201d) at the price of C $3.10 per Common Share (the \u201cSubscription Price\u201d).\n\nThe "
        "Holder is entitled to purchase at any time until 4:00 p.m. (Calgary time) on June 6, 2013 the Common "
        "Shares of Prairie Fox Energy Ltd." + MECHANICS,
        "currency", "CAD", "C $",
    ),
    (
        "per-warrant-exercisable-into-one-share",
        "WARRANT CERTIFICATE\n\nSubject to the conditions set forth herein, each Warrant is exercisable into one "
        "fully paid and non-assessable common share in the capital of the Corporation (the \u201cCommon "
        "Shares\u201d) at the price of C $3.10 per Common Share (the \u201cSubscription Price\u201d).\n\nThe "
        "Holder is entitled to purchase at any time until 4:00 p.m. (Calgary time) on June 6, 2013 the Common "
        "Shares of Prairie Fox Energy Ltd." + MECHANICS,
        "shares_per_warrant", "1", "one",
    ),
    (
        "holder-before-and-each-permitted-transferee",
        "COMMON STOCK PURCHASE WARRANT\n\nTHIS COMMON STOCK PURCHASE WARRANT (the \"Warrant\") certifies that, "
        "for value received, Dorian Vale and each permitted transferee of this Warrant (the \"Holder\"), is "
        "entitled to purchase from Marl Basin Services, Inc. (the \"Company\") 40,000 shares of Common Stock "
        "at $1.10 per share." + MECHANICS,
        "holder", "Dorian Vale", "Dorian Vale",
    ),
    (
        "holder-before-or-any-person-to-whom-it-is-transferred",
        "WARRANT\n\nTHIS CERTIFIES THAT, QUARRY LANE, LLC, or any person or entity to whom the interest in this "
        "Warrant is lawfully transferred (\"Holder\") is entitled to purchase from Fenwick Solar, Inc. (the "
        "\"Company\") 150,000 shares of Common Stock at $0.80 per share." + MECHANICS,
        "holder", "QUARRY LANE, LLC", "QUARRY LANE, LLC",
    ),
    (
        "warrant-agent-before-its-attention-line",
        "WARRANT CERTIFICATE\n\nThe Warrants may be exercised upon presentation and surrender to FIRST PRAIRIE "
        "BANK, NATIONAL ASSOCIATION, ATTN: Corporate Trust Department, Fifth Street and Nicollet Ave., "
        "Minneapolis, Minnesota 55479 (the \"Warrant Agent\"), or its successor." + MECHANICS,
        "warrant_agent", "FIRST PRAIRIE BANK, NATIONAL ASSOCIATION", "FIRST PRAIRIE BANK, NATIONAL ASSOCIATION",
    ),
    (
        "warrant-agent-a-bank-on-the-cover-over-warrant-agent",
        "WARRANT AGREEMENT\n\nbetween\n\nMERIDIAN FIBER SERVICES, INC.\n\nand\n\nTHE BANK OF HARWICH,\n\nWarrant "
        "Agent\n\nDated as of July 10, 1997\n\nThe Company proposes to issue 120,000 Warrants, each entitling the "
        "holder to purchase one share of Common Stock." + MECHANICS,
        "warrant_agent", "THE BANK OF HARWICH", "THE BANK OF HARWICH",
    ),
    (
        "issuer-on-a-cover-run-into-one-line",
        "SPECIAL WARRANT INDENTURE Providing for the Issue of Special Warrants BETWEEN LARCHWOOD SOFTWARE, INC. - "
        "and - NORTHERN TRUST COMPANY OF CANADA Dated as of May 3, 2002\n\nEach Special Warrant entitles the "
        "holder to acquire one common share of the Corporation." + MECHANICS,
        "issuer", "LARCHWOOD SOFTWARE, INC.", "LARCHWOOD SOFTWARE, INC.",
    ),
    (
        "warrant-agent-on-a-cover-run-into-one-line",
        "SPECIAL WARRANT INDENTURE Providing for the Issue of Special Warrants BETWEEN LARCHWOOD SOFTWARE, INC. - "
        "and - NORTHERN TRUST COMPANY OF CANADA Dated as of May 3, 2002\n\nEach Special Warrant entitles the "
        "holder to acquire one common share of the Corporation." + MECHANICS,
        "warrant_agent", "NORTHERN TRUST COMPANY OF CANADA", "NORTHERN TRUST COMPANY OF CANADA",
    ),
    ("exercisable-from-a-date-defined-as-an-anniversary", NOTE_WARRANT_AGREEMENT, "exercisable_from",
     {"amount": 1, "unit": "years", "anchor": "issue_date", "anchor_text": "Issue Date"}, None),
    ("no-holder-named-warrant-certificate", NOTE_WARRANT_AGREEMENT, "holder", None, None),
    ("issue-date-made-by-way-of-deed-poll", WARRANT_INSTRUMENT_DEED_POLL, "issue_date", dt.date(2017, 3, 14),
     "14 March 2017"),
    ("count-constituted-with-a-conferred-right", WARRANT_INSTRUMENT_DEED_POLL, "shares", 600000, "600,000"),
    ("holder-issued-the-warrants-by-its-initials", WARRANT_INSTRUMENT_DEED_POLL, "holder",
     "Ashdown Research Partners Limited", "Ashdown Research Partners Limited"),
    ("exercisable-from-the-start-of-a-subscription-period", WARRANT_INSTRUMENT_DEED_POLL, "exercisable_from",
     None, "Date of Grant"),
    ("issuer-without-its-acn", OPTIONS_DEED_POLL, "issuer", "WANDOO COPPER LIMITED", "WANDOO COPPER LIMITED"),
    ("currency-defined-for-dollars-or-cents", OPTIONS_DEED_POLL, "currency", "AUD",
     "lawful currency of the Commonwealth of Australia"),
    ("holder-without-town-and-state", TYPEWRITTEN_CERTIFICATE, "holder", "HOLLIS R. BRANNAN", "HOLLIS R. BRANNAN"),
    ("fraction-a-half-or-more-rounds-up", TYPEWRITTEN_CERTIFICATE, "fractional_shares", "round_nearest",
     "one-half (1/2) or more shall be rounded up"),
    ("issue-date-at-the-end-of-a-long-attestation", TYPEWRITTEN_CERTIFICATE, "issue_date", dt.date(1987, 3, 9),
     "this 9th day of March, 1987"),
    (
        "count-of-common-units",
        "WARRANT\n\nFOR CASH CONSIDERATION OF $500, HARTWELL MIDSTREAM PARTNERS LP, a Delaware limited "
        "partnership (the \u201cPartnership\u201d), hereby certifies that Calder Services, Ltd. (the "
        "\u201cHolder\u201d) is entitled to purchase from the Partnership 900,000 duly authorized, validly "
        "issued, fully paid and nonassessable Common Units at a purchase price per Common Unit of $2.10."
        + MECHANICS,
        "shares", 900000, "900,000",
    ),
    (
        # A cover table's cell "Issue Date as of: September 2, 2009", its label wrapped in the cell.
        "issue-date-label-as-of-wrapped-in-a-cell",
        "COMMON STOCK PURCHASE WARRANT\n\nNo. 2010-B-007 | Issue\n\nDate as of: June 14, 2010 | HARLOW "
        "CONSULTING, INC., a Florida corporation (the \u201cCompany\u201d), hereby certifies that Dunmore "
        "Partners, LLC (the \u201cHolder\u201d) is entitled to purchase 100,000 shares of Common Stock at "
        "$0.25 per share." + MECHANICS,
        "issue_date", dt.date(2010, 6, 14), "June 14, 2010",
    ),
    ("holder-before-and-together-with-any-transferee", PRE_IPO_WARRANT, "holder", "Lorena P. Quist",
     "Lorena P. Quist"),
    # The sentence that defines the anchor dates the warrant, not the anchor: no calendar expiry.
    ("no-expiry-date-from-an-undated-initial-exercise-date", PRE_IPO_WARRANT, "expiration_date", None, None),
    ("exercisable-from-an-anniversary-of-the-ipo-in-the-grant", PRE_IPO_WARRANT, "exercisable_from",
     {"amount": 1, "unit": "years", "anchor": "ipo_closing",
      "anchor_text": "date that the Company consummates the initial public offering of its securities"}, None),
    (
        # "… (1,750,000) of duly authorized, validly issued … shares"; the date on the warrant-number
        # line that the grant runs into.
        "count-before-of-duly-authorized-shares",
        "WARRANT\nTO PURCHASE COMMON STOCK\nOF\nHALBERD DIAGNOSTICS, INC.\nWarrant No. HD - 1 640,000 May 9, 2002\n"
        "HALBERD DIAGNOSTICS, INC., a Delaware corporation (the \"Company\"), for value received, hereby "
        "certifies that KESTREL INSTRUMENTS, INC. or its registered assigns, is entitled to purchase from the "
        "Company SIX HUNDRED FORTY THOUSAND (640,000) of duly authorized, validly issued, fully paid and "
        "non-assessable shares of Common Stock at the purchase price of US$1.15 per share." + MECHANICS,
        "shares", 640000, "SIX HUNDRED FORTY THOUSAND",
    ),
    (
        "issue-date-on-the-warrant-number-line-run-into-the-grant",
        "WARRANT\nTO PURCHASE COMMON STOCK\nOF\nHALBERD DIAGNOSTICS, INC.\nWarrant No. HD - 1 640,000 May 9, 2002\n"
        "HALBERD DIAGNOSTICS, INC., a Delaware corporation (the \"Company\"), for value received, hereby "
        "certifies that KESTREL INSTRUMENTS, INC. or its registered assigns, is entitled to purchase from the "
        "Company 640,000 shares of Common Stock at the purchase price of US$1.15 per share." + MECHANICS,
        "issue_date", dt.date(2002, 5, 9), "May 9, 2002",
    ),
    (
        # "…, AT 5:00 P.M, MINNEAPOLIS TIME, …" is a time, not an address after a name; the holder is blank.
        "no-holder-from-a-void-after-legend-before-a-blank",
        "WARRANT To Subscribe for and Purchase Common Stock of Larchmont Medical, Inc. VOID AFTER 5:00 P.M., "
        "ST. PAUL, MINNESOTA TIME, ON MAY 1, 2009, OR IF NOT A BUSINESS DAY, AS DEFINED HEREIN, AT 5:00 P.M, "
        "ST. PAUL TIME, ON THE IMMEDIATELY PRECEDING BUSINESS DAY This certifies that, for valuable "
        "consideration, receipt of which is hereby acknowledged, , and permitted successors and assigns "
        "(\"Holder\") is entitled to purchase from Larchmont Medical, Inc. a Minnesota corporation (the "
        "\"Company\"), up to 50,000 shares of Common Stock at $0.94 per share." + MECHANICS,
        "holder", None, None,
    ),
    ("holder-before-a-street-address", ADDRESSED_HOLDER, "holder", "Margaret Okafor", "Margaret Okafor"),
    ("class-letter-in-quotes", ADDRESSED_HOLDER, "security", "Class \u201cA\u201d Common Voting Shares",
     "Class \u201cA\u201d Common Voting Share"),
    ("per-warrant-a-quoted-class-letter", ADDRESSED_HOLDER, "shares_per_warrant", "1", "one"),
    ("expiry-up-to-a-time-on-a-period-after-closing", ADDRESSED_HOLDER, "expiration_date", dt.date(2019, 3, 3),
     "the day which is three (3) years from the Closing Date"),
    (
        "expiry-up-to-a-time-on-a-date",
        "WARRANT CERTIFICATE\n\nThe holder is entitled to purchase 400,000 common shares of Harrowgate Gold "
        "Corp. at any time up to 4:30 p.m. (Vancouver time) on June 30, 2014 at a price of $0.25 per share."
        + MECHANICS,
        "expiration_date", dt.date(2014, 6, 30), "June 30, 2014",
    ),
    ("holder-issued-warrants-by-its-short-name", ISSUE_WARRANTS_TO_TERM, "holder", "HALVERSON PARTNERS",
     "HALVERSON PARTNERS"),
    ("count-in-a-recital-after-the-buyer-and-the-warrants-term", ISSUE_WARRANTS_TO_TERM, "shares", 2000000,
     "2,000,000"),
    (
        # A line break after "non-" left a space inside "non- assessable".
        "count-before-non-space-assessable-shares",
        "WARRANT AGREEMENT\n\nThe Company hereby grants to the Warrantholder the right to subscribe to and "
        "purchase, from the Company, 1,250,000 fully paid and non- assessable shares of the Company's Common "
        "Stock at a purchase price of $1.40 per share." + MECHANICS,
        "shares", 1250000, "1,250,000",
    ),
    ("count-in-a-recital-where-the-grant-leaves-it-blank", UNDERWRITER_RECITAL, "shares", 62500, "62,500"),
    (
        "issuer-is-the-party-whose-stock-is-bought",
        "STOCK WARRANT AGREEMENT\n\nThis Stock Warrant Agreement is executed as of this 2nd day of June, 2007 by "
        "Cedar Plains Bank, N.A., a national banking association (\u201cBank\u201d), in favor of the persons listed "
        "on Exhibit A (each, an \u201cInitial Holder\u201d).\nWHEREAS, the Bank desires to issue to each organizer "
        "warrants to purchase shares of common stock of the Bank (each, a \u201cWarrant\u201d) in the amounts set "
        "forth herein.\n1. Grant. Each Warrant entitles the holder to purchase one share at $10.00 per share." + MECHANICS,
        "issuer", "Cedar Plains Bank, N.A.", "Cedar Plains Bank, N.A.",
    ),
    (
        "party-whose-stock-is-bought-is-not-the-holder",
        "STOCK WARRANT AGREEMENT\n\nThis Stock Warrant Agreement is executed as of this 2nd day of June, 2007 by "
        "Cedar Plains Bank, N.A., a national banking association (\u201cBank\u201d), in favor of the persons listed "
        "on Exhibit A (each, an \u201cInitial Holder\u201d).\nWHEREAS, the Bank desires to issue to each organizer "
        "warrants to purchase shares of common stock of the Bank (each, a \u201cWarrant\u201d) in the amounts set "
        "forth herein.\n1. Grant. Each Warrant entitles the holder to purchase one share at $10.00 per share." + MECHANICS,
        "holder", None, None,
    ),
    (
        "warrant-price-in-a-units-recital-after-for",
        "WARRANT AGREEMENT\n\nTHIS WARRANT AGREEMENT is between Tern Harbor Acquisition Corp., a Delaware "
        "corporation (\u201cCompany\u201d), and Ledger Stock Transfer Company (\u201cWarrant Agent\u201d).\n"
        "WHEREAS, the Company is engaged in a public offering of units, each unit comprised of one share of "
        "common stock and one half of one warrant to purchase one share of Common Stock for $11.50 per "
        "whole share, subject to adjustment as described herein;" + MECHANICS,
        "exercise_price", "11.50", "$11.50",
    ),
    (
        "rounded-down-to-the-next-whole-share",
        "WARRANT\n\nThis certifies that Pellham Leasing LLC (the \"Holder\") is entitled to purchase 30,000 shares of "
        "Common Stock of Orrin Systems, Inc. at $1.40 per share.\n\n2.4 Fractional Shares. No fractional share shall be issued upon "
        "any exercise of this Warrant. Any fraction of a share resulting from an exercise shall be "
        "disregarded, and the number of Warrant Shares issued shall be rounded down to the next whole share." + MECHANICS,
        "fractional_shares", "round_down", None,
    ),
    (
        "earlier-of-a-date-and-an-event-expires-on-the-date",
        "WARRANT\n\nThis certifies that Pellham Leasing LLC (the \"Holder\") is entitled to purchase 30,000 shares of "
        "Common Stock of Orrin Systems, Inc. at $1.40 per share.\n\n1.3 Expiration Date. This Warrant shall expire and cease to be "
        "exercisable at the earlier of (a) 5:00 p.m., Pacific Time, on March 2, 2028, and (b) the "
        "consummation of a Change of Control." + MECHANICS,
        "expiration_date", dt.date(2028, 3, 2), "March 2, 2028",
    ),
    (
        "later-of-a-date-and-an-event-gives-no-date",
        "WARRANT\n\nThis certifies that Pellham Leasing LLC (the \"Holder\") is entitled to purchase 30,000 shares of "
        "Common Stock of Orrin Systems, Inc. at $1.40 per share.\n\n1.3 Expiration Date. This Warrant shall expire and cease to be "
        "exercisable at the later of (a) 5:00 p.m., Pacific Time, on March 2, 2028, and (b) the "
        "ninetieth day after the Company's initial public offering." + MECHANICS,
        "expiration_date", None, None,
    ),
    ("option-deed-issuer-by-short-form-name", OPTION_DEED, "issuer", "Wandoo Lithium Limited", "Wandoo Lithium Limited"),
    ("option-deed-holder-by-short-form-name", OPTION_DEED, "holder", "Tuart Street Capital Pty Ltd",
     "Tuart Street Capital Pty Ltd"),
    (
        "price-stated-after-a-heading-naming-it",
        "WARRANT AGREEMENT\n\nThis Warrant Agreement is made between Ostrava Acquisition Corp., a Delaware "
        "corporation (the \"Company\"), and Beacon Registrar Trust Company, as warrant agent (the \"Warrant "
        "Agent\").\n\n2.5 Private Placement Warrants. Each Private Placement Warrant entitles its Registered "
        "Holder to purchase one share of Class A Common Stock at the Warrant Price.\n\n3.1 Warrant Price. "
        "Each whole Warrant shall entitle the Registered Holder thereof to "
        "purchase from the Company the number of shares of Class A Common Stock stated therein, at the "
        "price of $11.50 per whole share, subject to the adjustments provided in Article 4. The term "
        "\"Warrant Price\" as used in this Agreement shall mean the price per share at which Class A Common "
        "Stock may be purchased at the time a Warrant is exercised.\n\n4.4 Raising of Capital. If the "
        "Company issues shares at an issue price of less than $9.20 per share (the \"Newly Issued Price\"), "
        "then the Warrant Price shall be adjusted to be equal to 115% of the Newly Issued Price." + MECHANICS,
        "exercise_price", "11.50", "$11.50",
    ),
    ("label-row-over-value-row-price", LABEL_ROW_OVER_VALUE_ROW, "exercise_price", "2.40", "$2.40"),
    ("label-row-over-value-row-count", LABEL_ROW_OVER_VALUE_ROW, "shares", 48000, "48,000"),
    ("label-row-over-value-row-issue", LABEL_ROW_OVER_VALUE_ROW, "issue_date", dt.date(2021, 3, 3), "March 3, 2021"),
    ("label-row-over-value-row-expiry", LABEL_ROW_OVER_VALUE_ROW, "expiration_date", dt.date(2031, 3, 3), "March 3, 2031"),
    ("column-headed-table-holder", COLUMN_HEADED_TABLE, "holder", "Tamsin Growth Credit Fund LP",
     "Tamsin Growth Credit Fund LP"),
    ("column-headed-table-count", COLUMN_HEADED_TABLE, "shares", 210000, "210,000"),
    ("column-headed-table-expiry", COLUMN_HEADED_TABLE, "expiration_date", dt.date(2025, 5, 2), "May 2, 2025"),
    (
        "labelled-count-after-up-to",
        "WARRANT CERTIFICATE\n\nWarrant Shares Issuable:\n\nUp to 640,000 shares of Warrant Securities calculated "
        "in accordance with this Warrant Certificate.\n\nFOR VALUE RECEIVED, TELLURIDE BIO INC., a Delaware "
        "corporation (the \u201cIssuer\u201d), hereby certifies that Ardent Credit Fund II, LP (the "
        "\u201cHolder\u201d) is entitled to purchase from the Issuer that number of Warrant Securities calculated "
        "in accordance with Section 2." + MECHANICS,
        "shares", 640000, "640,000",
    ),
    (
        "count-in-a-capitals-title-with-lower-case-to",
        "EXHIBIT 10.4\n\nWARRANT to Purchase 75,000 shares of Common Stock of\n\nHALBERD ENERGY CORPORATION\n\n"
        "THIS IS TO CERTIFY THAT CRESTLINE CAPITAL CORPORATION, or registered assigns, is entitled, at any "
        "time prior to the Expiration Date, to purchase from the Company the shares of Common Stock set forth "
        "above." + MECHANICS,
        "shares", 75000, "75,000",
    ),
    (
        "payment-of-an-amount-defined-as-the-price",
        "CLASS A WARRANT\n\nTHIS CERTIFIES THAT the registered holder is the owner of the Warrants specified "
        "above. Each Warrant entitles the Registered Holder to purchase one share of Common Stock of Mirelle "
        "Foods, Inc. (the \"Company\") at any time prior to the Expiration Date upon surrender of this Warrant "
        "Certificate, accompanied by payment of $7.25 (the \"Purchase Price\") in lawful money of the United "
        "States." + MECHANICS,
        "exercise_price", "7.25", "$7.25",
    ),
    (
        "bracketed-place-inside-a-name",
        "COMMON SHARE PURCHASE WARRANT\nWarrant\nNo. 007\nThis\ncertifies that, for value received,\nLongreach\n"
        "(Cayman) Ltd.\nor its\npermitted assigns, is entitled to purchase from Pelican Re Holdings Limited "
        "(the \"Company\") 25,000 Common Shares at $12.00 per share." + MECHANICS,
        "holder", "Longreach (Cayman) Ltd.", "Longreach (Cayman) Ltd.",
    ),
    (
        "capital-the-opening-a-name-in-mid-sentence",
        "WARRANT\n\nTHIS CERTIFIES THAT the registered holder hereof (the \"Holder\") is entitled to purchase "
        "from The Harbor Bancorp, a Nevada corporation (the \"Company\"), one share of common stock for "
        "each Warrant at $9.50 per share." + MECHANICS,
        "issuer", "The Harbor Bancorp", "The Harbor Bancorp",
    ),
    (
        "heading-before-the-issuer-is-no-part-of-its-name",
        "STOCK WARRANT\n\n1.     General Terms. Pinecrest Financial, Inc., a Georgia corporation (the "
        "\u201cCompany\u201d), hereby certifies that Dana Ruiz (the \u201cWarrant Holder\u201d) is entitled to "
        "purchase 500 shares of Common Stock at $10.00 per share." + MECHANICS,
        "issuer", "Pinecrest Financial, Inc.", "Pinecrest Financial, Inc.",
    ),
    (
        "recital-about-another-agreement-ends-at-its-semicolon",
        "WARRANT AGREEMENT\n\nTHIS WARRANT AGREEMENT is by and between Corvane Inc., a Cayman Islands exempted "
        "company (the \u201cCompany\u201d), and the undersigned warrantholder.\nWHEREAS, Warrantholder entered into "
        "a subscription agreement with the Company, pursuant to which Warrantholder agreed to subscribe for "
        "and purchase from the Company Class B ordinary shares for a purchase price of $10.00 per share;\n"
        "WHEREAS, each Warrant will entitle the holder thereof to purchase one Class A ordinary share for "
        "$0.01 per share, subject to adjustment as described herein;" + MECHANICS,
        "exercise_price", "0.01", "$0.01",
    ),
    (
        "names-cut-off-by-inferred-paragraph-breaks",
        "WARRANT\nTo Purchase Common Stock\n| Date of Issuance: May 1, 2007 | QTX\n\nCORPORATION, a "
        "Nevada corporation (the \u201cCompany\u201d), hereby certifies that, for good and valuable "
        "consideration, the receipt of which is acknowledged, MARLOWE TRADING LIMITED\n\n(the \u201cHolder\u201d), "
        "is entitled to purchase from the Company 200,000 shares of Common Stock." + MECHANICS,
        "holder", "MARLOWE TRADING LIMITED", "MARLOWE TRADING LIMITED",
    ),
    (
        "issuer-cut-off-by-an-inferred-paragraph-break",
        "WARRANT\nTo Purchase Common Stock\n| Date of Issuance: May 1, 2007 | QTX\n\nCORPORATION, a "
        "Nevada corporation (the \u201cCompany\u201d), hereby certifies that, for good and valuable "
        "consideration, the receipt of which is acknowledged, MARLOWE TRADING LIMITED\n\n(the \u201cHolder\u201d), "
        "is entitled to purchase from the Company 200,000 shares of Common Stock." + MECHANICS,
        "issuer", "QTX CORPORATION", None,
    ),
    (
        "company-in-a-definitions-table",
        TERMS_AND_CONDITIONS,
        "issuer", "Nordvik Biotech AB", "Nordvik Biotech AB",
    ),
    (
        "company-means-an-entity",
        "WARRANT\n\nThis certifies that Ortolan Partners II, L.P. (the \"Holder\") is entitled to "
        "purchase 60,000 Warrant Shares at the Exercise Price.\n\n1. Definitions.\n\"Company\" means "
        "Halvard Instruments, Inc., a Delaware corporation, and its successors.\n\"Exercise Price\" "
        "means $2.10 per share." + MECHANICS,
        "issuer", "Halvard Instruments, Inc.", "Halvard Instruments, Inc.",
    ),
    (
        "holder-means-no-entity",
        "WARRANT\n\nThis certifies that the Holder is entitled to purchase 60,000 shares of Common Stock "
        "of Halvard Instruments, Inc. at $2.10 per share.\n\n1. Definitions.\n\"Holder\" means the "
        "Company's registered holder of this Warrant from time to time." + MECHANICS,
        "holder", None, None,
    ),
    (
        "certifies-entitled",
        CERTIFIES_ENTITLED,
        "holder", "Birchwood Capital Partners, L.P.", "Birchwood Capital Partners, L.P.",
    ),
    (
        "issuer-descriptor",
        CERTIFIES_ENTITLED,
        "issuer_jurisdiction", "Delaware", "Delaware",
    ),
    (
        "passive-grant",
        LEGEND + "STOCK PURCHASE WARRANT\n\nSubject to the terms hereof, Kestrel Fund LLC (the "
        "\"Holder\") is hereby granted the right to purchase 40,000 shares of Common Stock of "
        "Quarry Labs Corp., a Nevada corporation (the \"Company\"), at $0.75 per share." + MECHANICS,
        "shares", 40000, "40,000",
    ),
    (
        "right-and-warrant",
        "WARRANT\n\nFor value received, Pell Instruments Inc. (the \"Company\") grants to Marta "
        "Ruiz (the \"Holder\") the right and warrant to purchase 7,000 shares of its Common Stock "
        "at an exercise price of $1.10 per share." + MECHANICS,
        "exercise_price", "1.10", "$1.10",
    ),
    (
        "registered-holder-of-warrants",
        "WARRANT CERTIFICATE\n\nThis certifies that Cede & Co. is the registered holder of 2,500 "
        "Warrants, each entitling the holder to purchase one Common Share of Northgate Minerals "
        "Ltd. (the \"Corporation\") at Cdn$0.40 per share." + MECHANICS,
        "warrant_count", 2500, "2,500",
    ),
    (
        "per-warrant-half",
        "WARRANT CERTIFICATE\n\nThis certifies that Cede & Co. is the registered holder of 2,500 "
        "Warrants, each Warrant entitling the holder to purchase one-half of one Common Share of "
        "Northgate Minerals Ltd. (the \"Corporation\") at Cdn$0.40 per share." + MECHANICS,
        "shares_per_warrant", "0.5", "one-half of one",
    ),
    (
        # A unit's "one Warrant … entitling the holder thereof to purchase one-half of one share".
        "per-warrant-one-warrant-in-a-unit",
        "WARRANT AGREEMENT\n\nThe Company proposes to sell 600,000 Units, each Unit consisting of one share "
        "of Preferred Stock of Tallgrass Financial Corporation, par value $.01 per share (the \"Preferred "
        "Stock\"), and one Warrant (the \"Warrant\") entitling the holder thereof to purchase one-half of one "
        "share of Common Stock at $4.25 per whole share." + MECHANICS,
        "shares_per_warrant", "0.5", "one-half of one",
    ),
    (
        # "… one half of one warrant to purchase one share of Common Stock for $11.50 per whole share".
        "per-warrant-half-a-warrant-to-purchase-one-share",
        "WARRANT AGREEMENT\n\nWHEREAS, the Sponsor has agreed to purchase 400,000 units, each unit comprised "
        "of one share of common stock and one half of one warrant to purchase one share of Common Stock for "
        "$11.50 per whole share, subject to adjustment as described herein." + MECHANICS,
        "shares_per_warrant", "1", "one",
    ),
    (
        # The ratio after the share's descriptions ("par value $0.01 per share") and the issuer.
        "per-warrant-one-share-for-each-warrant-after-a-price-with-a-point",
        "WARRANT CERTIFICATE\n\nTHIS CERTIFIES that CEDE & CO. is the registered holder of Warrants expiring "
        "June 3, 2011 to purchase one fully paid and non-assessable share of Common Stock, par value $0.01 "
        "per share (\"Shares\"), of Kestrel Shipping Limited, a Marshall Islands corporation (the "
        "\"Corporation\"), for each Warrant evidenced by this Warrant Certificate." + MECHANICS,
        "shares_per_warrant", "1", "one",
    ),
    (
        # "is entitled to purchase from <issuer>, at the purchase price of …, one share … for each Warrant".
        "per-warrant-one-share-for-each-warrant-after-the-seller",
        "WARRANT CERTIFICATE\n\nTHIS CERTIFIES THAT, for value received, the registered holder hereof is "
        "entitled to purchase from Westmark Bancorp, a Nevada corporation (the \"Company\"), at the purchase "
        "price of $9.50 (the \"Warrant Price\"), one share of Company common stock, $0.01 par value, for each "
        "Warrant comprising the aggregate number of Warrants set forth above." + MECHANICS,
        "shares_per_warrant", "1", "one",
    ),
    (
        "cover-label-block",
        COVER_LABEL_BLOCK,
        "security", "Series B Preferred Stock", "Series B Preferred",
    ),
    (
        "cover-label-price",
        COVER_LABEL_BLOCK,
        "expiration_date", dt.date(2025, 3, 3), "March 3, 2025",
    ),
    (
        "lesser-of-is-null",
        "WARRANT TO PURCHASE COMMON STOCK\n\nThis certifies that Harbor Bank (\"Holder\") is "
        "entitled to purchase 1,000 shares of Common Stock of Vellum Corp., a Delaware "
        "corporation (the \"Company\"). The Warrant Price shall equal the lesser of (i) the price "
        "per share in the IPO and (ii) $14.00 per Share." + MECHANICS,
        "exercise_price", None, None,
    ),
    (
        "anniversary-of-date-hereof",
        "WARRANT\n\nDated: June 1, 2010\n\nThis certifies that Ellis Partners LP (the \"Holder\") "
        "is entitled to purchase 900 shares of Common Stock of Tarn Holdings, Inc. (the "
        "\"Company\") at $2.00 per share. This Warrant shall expire on the fifth anniversary of "
        "the date hereof." + MECHANICS,
        "expiration_date", dt.date(2015, 6, 1), "the fifth anniversary of the date hereof",
    ),
    (
        "months-from-date-of-this-warrant",
        "WARRANT\n\nDated: June 1, 2010\n\nThis certifies that Ellis Partners LP (the \"Holder\") "
        "is entitled to purchase 900 shares of Common Stock of Tarn Holdings, Inc. (the "
        "\"Company\") at $2.00 per share. This Warrant shall expire at 5:00 p.m. on the date "
        "which is sixty (60) months from the date of this Warrant." + MECHANICS,
        "expiration_term",
        {"amount": 60, "unit": "months", "anchor": "issue_date", "anchor_text": "date of this Warrant"},
        "the date which is sixty (60) months from the date of this Warrant",
    ),
    (
        "spac-later-of",
        "WARRANT AGREEMENT\n\nThis Warrant Agreement is made between Osprey Acquisition Corp., a "
        "Delaware corporation (the \"Company\"), and Beacon Transfer Company, as warrant agent "
        "(the \"Warrant Agent\"). Each whole Warrant entitles the holder to purchase one share of "
        "Class A Common Stock at $11.50 per share. A Warrant may be exercised only during the "
        "period commencing on the later of (i) thirty (30) days after the completion of the "
        "Company's initial Business Combination and (ii) twelve (12) months from the closing of "
        "the Offering." + MECHANICS,
        "exercisable_from",
        {"later_of": [
            {"amount": 30, "unit": "days", "anchor": "business_combination",
             "anchor_text": "completion of the Company's initial Business Combination"},
            {"amount": 12, "unit": "months", "anchor": "ipo_closing", "anchor_text": "closing of the Offering"},
        ]},
        "thirty (30) days after the completion of the Company's initial Business Combination",
    ),
    (
        "spac-agent",
        "WARRANT AGREEMENT\n\nThis Warrant Agreement is made between Osprey Acquisition Corp., a "
        "Delaware corporation (the \"Company\"), and Beacon Transfer Company, as warrant agent "
        "(the \"Warrant Agent\"). Each whole Warrant entitles the holder to purchase one share of "
        "Class A Common Stock at $11.50 per share." + MECHANICS,
        "warrant_agent", "Beacon Transfer Company", "Beacon Transfer Company",
    ),
    (
        "spac-redemption",
        "WARRANT AGREEMENT\n\nThis Warrant Agreement is made between Osprey Acquisition Corp., a "
        "Delaware corporation (the \"Company\"), and Beacon Transfer Company, as warrant agent "
        "(the \"Warrant Agent\"). Each whole Warrant entitles the holder to purchase one share of "
        "Class A Common Stock at $11.50 per share.\n\n6. Redemption. The Company may redeem the "
        "Warrants at a price of $0.01 per Warrant, provided that the closing price of the Class A "
        "Common Stock equals or exceeds $18.00 per share on each of twenty (20) trading days "
        "within a thirty (30) trading-day period. The Company shall give not less than thirty "
        "(30) days' prior written notice of redemption." + MECHANICS,
        "redemption",
        [{"trigger_price": "18.00", "trading_days": 20, "window_days": 30, "redemption_price": "0.01",
          "notice_days": 30}],
        "$0.01 per Warrant",
    ),
    (
        "blocker-raisable",
        "COMMON STOCK PURCHASE WARRANT\n\nThis certifies that Quill Fund LP (the \"Holder\") is "
        "entitled to purchase 50,000 shares of Common Stock of Sorrel Bio, Inc. (the \"Company\") "
        "at $0.90 per share.\n\n2. Limitation. The Company shall not effect any exercise to the "
        "extent the Holder would beneficially own in excess of 4.99% of the Common Stock (the "
        "\"Beneficial Ownership Limitation\"). The Holder may increase the Beneficial Ownership "
        "Limitation on 61 days' notice, provided that it in no event exceeds 9.99%." + MECHANICS,
        "beneficial_ownership_limit", {"percent": "4.99", "max_percent": "9.99"}, "4.99%",
    ),
    (
        "cashless-denied",
        "WARRANT\n\nThis certifies that Quill Fund LP (the \"Holder\") is entitled to purchase "
        "50,000 shares of Common Stock of Sorrel Bio, Inc. (the \"Company\") at $0.90 per share. "
        "The Holder shall not be entitled to exercise this Warrant on a cashless basis." + MECHANICS,
        "cashless_exercise", False, "cashless basis",
    ),
    (
        "governed-by-state-law",
        (
            "WARRANT\n\nThis certifies that Quill Fund LP (the \"Holder\") is entitled to purchase "
            "50,000 shares of Common Stock of Sorrel Bio, Inc. (the \"Company\") at $0.90 per "
            "share. The Holder may exercise by paying the Exercise Price. This Warrant is governed "
            "by Oregon law."
        ),
        "governing_law", "Oregon", "Oregon",
    ),
    (
        "in-favour-of",
        "Form of Warrant Instrument to be executed by Ardmore plc in favour of Castlegate "
        "Holdings Limited.\n\nWARRANT INSTRUMENT\n\nThe Warrants are hereby constituted by "
        "Ardmore plc (the \"Company\"), each entitling the Warrantholder to subscribe for one "
        "Ordinary Share at the Subscription Price of 40 pence." + MECHANICS,
        "holder", "Castlegate Holdings Limited", "Castlegate Holdings Limited",
    ),
    (
        "hk-limited",
        "WARRANT\n\nThis certifies that AQC, LLC (the \"Holder\") is entitled to purchase from China "
        "Motion Telecom (HK) Limited, a company organized under the laws of Hong Kong (the "
        "\"Company\"), 1,000 Common Shares at $1.00 per share." + MECHANICS,
        "issuer", "China Motion Telecom (HK) Limited", "China Motion Telecom (HK) Limited",
    ),
    (
        "incorporated-suffix",
        "WARRANT\n\nHomeseekers.com, Incorporated, a Nevada corporation (the \"Company\"), hereby "
        "certifies that eBay Inc. is entitled to purchase 1,000 shares of Common Stock at $1.00 "
        "per share." + MECHANICS,
        "issuer", "Homeseekers.com, Incorporated", "Homeseekers.com, Incorporated",
    ),
    (
        "formerly-known-as",
        "WARRANT\n\nThink Partnership Inc. (formerly known as CGI Holding Corporation), a Nevada "
        "corporation (the \"Company\"), hereby certifies that the holder (the \"Holder\") is "
        "entitled to purchase 1,000 shares of Common Stock at $1.00 per share." + MECHANICS,
        "issuer", "Think Partnership Inc.", "Think Partnership Inc.",
    ),
    (
        "name-after-line-break",
        "WARRANT\n\nAcme Corp., a Delaware corporation (the \"Company\"), hereby certifies that, for "
        "value received,\nSF Capital Partners Ltd. (the \"Holder\") is entitled to purchase 1,000 "
        "shares of Common Stock at $1.00 per share." + MECHANICS,
        "holder", "SF Capital Partners Ltd.", "SF Capital Partners Ltd.",
    ),
    (
        "price-without-leading-zero",
        "WARRANT\n\nThis certifies that Jones LLC (the \"Holder\") is entitled to purchase from Acme "
        "Corp. (the \"Company\") 1,000 shares of Common Stock at an exercise price of $.10 per "
        "share." + MECHANICS,
        "exercise_price", "0.10", "$.10",
    ),
    (
        "series-a-2-is-not-a-count",
        "SERIES A-2 WARRANT\n\nThis certifies that Jones LLC (the \"Holder\") is entitled to purchase "
        "from Acme Corp. (the \"Company\") shares of Series A-2 Preferred Stock at an exercise "
        "price of $1.10 per share." + MECHANICS,
        "shares", None, None,
    ),
    (
        "placement-agent-is-not-the-issuer",
        "WARRANT\n\nThis certifies that Roth Capital Partners, LLC, as placement agent (the "
        "\"Placement Agent\"), is entitled to purchase from Acme Corp. (the \"Company\") 1,000 "
        "shares of Common Stock at $1.00 per share." + MECHANICS,
        "issuer", "Acme Corp.", "Acme Corp.",
    ),
    (
        "flattened-title-then-certifies",
        FLATTENED_TITLE,
        "issuer", "MARLOW DEVICES, INC.", "MARLOW DEVICES, INC.",
    ),
    (
        "holder-descriptor-is-not-the-issuers",
        FLATTENED_TITLE,
        "issuer_jurisdiction", None, None,
    ),
    (
        "table-cells-label-then-value",
        TABLE_CELLS,
        "shares", 61250, "61,250",
    ),
    (
        "table-cells-price",
        TABLE_CELLS,
        "exercise_price", "0.8800", "$0.8800",
    ),
    (
        "plain-english-key-to-the-holder",
        PLAIN_ENGLISH_KEYS,
        "holder", "RIDGELINE CAPITAL LLC", "RIDGELINE CAPITAL LLC",
    ),
    (
        "plain-english-key-to-the-issuer",
        PLAIN_ENGLISH_KEYS,
        "issuer", "FENWICK OPTICS, INC.", "FENWICK OPTICS, INC.",
    ),
    (
        "title-class-takes-the-series-below",
        "BRANWELL THERAPEUTICS, INC.\nWARRANT TO PURCHASE PREFERRED STOCK\n\nFor value received, "
        "Crescent Lending LLC and its assigns are entitled to purchase from Branwell "
        "Therapeutics, Inc., a Delaware corporation (the \"Company\"):\n\nShares of Series D "
        "Preferred Stock: | 25,000 |\nExercise Price: | $2.00 |\n\nThe Company may issue any "
        "series of preferred stock." + MECHANICS,
        "security", "Series D Preferred Stock", "Series D Preferred Stock",
    ),
    (
        "term-label-counts-from-a-labelled-date",
        "BRANWELL THERAPEUTICS, INC.\nWARRANT TO PURCHASE PREFERRED STOCK\n\nFor value received, "
        "Crescent Lending LLC and its assigns are entitled to purchase from Branwell "
        "Therapeutics, Inc., a Delaware corporation (the \"Company\"):\n\nShares of Series D "
        "Preferred Stock: | 25,000 |\nExercise Price: | $2.00 |\nTerm of Warrant: | Seven years "
        "from the Warrant Date |\nWarrant Date: | April 15, 2012 |" + MECHANICS,
        "expiration_date", dt.date(2019, 4, 15), "Seven years from the Warrant Date",
    ),
    (
        "exercise-price-beats-unit-price",
        "WARRANT AGREEMENT\n\nWHEREAS, the Sponsor will purchase 500,000 private units at a "
        "purchase price of $10.00 per Private Unit, each Private Unit consisting of one share "
        "and one warrant to purchase one share of Class A common stock of Norcastle Acquisition "
        "Corp. (the \"Company\") at an exercise price of $11.50 per share (each, a \"Private "
        "Warrant\");" + MECHANICS,
        "exercise_price", "11.50", "$11.50",
    ),
    (
        "count-before-qualifiers-with-commas",
        "WARRANT\n\nThis certifies that Juno Partners (\"Holder\") is entitled to purchase from "
        "Brackett Systems, Inc. (the \"Company\") 35,000 fully\npaid, validly issued and "
        "nonassessable shares of Common Stock at $1.75 per share." + MECHANICS,
        "shares", 35000, "35,000",
    ),
    (
        "class-in-the-warrants-own-title",
        "UNLESS PERMITTED UNDER SECURITIES LEGISLATION, THE HOLDER OF THIS SECURITY MUST NOT "
        "TRADE THE SECURITY BEFORE A DATE.\nCOMMON SHARE PURCHASE WARRANT\nTHIS COMMON SHARE "
        "PURCHASE WARRANT (this \"Warrant\") certifies that, for value received, ________ (the "
        "\"Holder\") is entitled to subscribe for and purchase from Arbor Minerals Inc., an "
        "Alberta corporation (the \"Company\"), up to the number of Warrant Shares set out above."
        + MECHANICS,
        "security", "Common Shares", "COMMON SHARE",
    ),
    (
        "shares-term-is-not-the-class",
        "WARRANT\n\nThis certifies that Juno Partners (\"Holder\") is entitled to purchase from "
        "Brackett Systems, Inc. (the \"Company\") 35,000 shares (the \"Common Shares\") of the "
        "Common Stock, $.01 par value, of the Company at $1.75 per share." + MECHANICS,
        "security", "Common Stock", "Common Stock",
    ),
    (
        "blank-unit-count",
        "Warrant to Purchase\n[ ] Units\nHarlan Pharmaceuticals, Inc.\nForm of Unit Purchase "
        "Warrant\nTHIS CERTIFIES THAT [ ] (the \"Holder\") is entitled to purchase from HARLAN "
        "PHARMACEUTICALS, INC., a Delaware corporation, the Units at $6.00 per Unit." + MECHANICS,
        "security", "Units", "Units",
    ),
    (
        "offshore-jurisdiction",
        "WARRANT\n\nFor value received, Palmetto Holdings Ltd., an exempted company organized "
        "under the laws of the Turks and Caicos Islands, BWI (the \"Company\"), hereby certifies "
        "that Jaylen Osei is entitled to purchase 24 ordinary shares at US$1.00 per share."
        + MECHANICS,
        "issuer_jurisdiction", "Turks and Caicos Islands", "Turks and Caicos Islands",
    ),
    (
        "exercisable-from-an-event-defined-as-a-period",
        "WARRANT\n\nGrant Date: May 1, 2021\n\nThis certifies that Ana Lima (the \"Holder\") is "
        "entitled to purchase 3,000 shares of Common Stock of Quill Labs, Inc. (the \"Company\") "
        "at $0.50 per share. This Warrant becomes exercisable on the date that is nine (9) months "
        "after the Grant Date (the \"Vesting Date\"). The Holder may exercise this Warrant at any "
        "time from the Vesting Date until the Expiration Date." + MECHANICS,
        "exercisable_from", {"amount": 9, "unit": "months", "anchor": "issue_date", "anchor_text": "Grant Date"},
        "the date that is nine (9) months after the Grant Date",
    ),
    (
        "company-after-the-count-and-class",
        "WARRANT\n\nThis certifies that Ana Lima (the \"Holder\") is entitled to purchase 3,000 "
        "shares of Common Stock of Quill Labs, Inc. (the \"Company\") at $0.50 per share."
        + MECHANICS,
        "issuer", "Quill Labs, Inc.", "Quill Labs, Inc.",
    ),
    (
        "expiry-after-and-before",
        "WARRANT\n\nIssue Date: May 1, 2021\n\nQuill Labs, Inc. (the \"Company\") certifies that "
        "Ana Lima (the \"Holder\") is entitled to purchase, at any time on or after the Issue Date "
        "and before 5:00 p.m., Eastern time, on the fourth anniversary of the Issue Date (the "
        "\"Expiration Date\"), 3,000 shares of Common Stock at $0.50 per share." + MECHANICS,
        "expiration_date", dt.date(2025, 5, 1), None,
    ),
    (
        "filing-exhibit-label-is-not-an-attachment",
        "Form of Warrant Certificate\n\nEX-10.2 3 exhibit10-2.htm EXHIBIT 10.2 Tarnwood "
        "Corporation: Exhibit 10.2 - Filed by a filing agent\n\n" + LEGEND + "TARNWOOD "
        "CORPORATION\n(A Nevada Corporation)\n\nWARRANT CERTIFICATE\n\nThis certifies that "
        "the holder is entitled to purchase 5,000 Common Shares of Tarnwood Corporation at "
        "US$1.50 per share." + MECHANICS,
        "issuer_jurisdiction", "Nevada", "Nevada",
    ),
    (
        "price-in-pence-offered-in-a-recital",
        "WARRANT INSTRUMENT\n\nTHIS INSTRUMENT is executed by Harwick Minerals plc.\n\nWHEREAS "
        "the Company has determined to issue warrants to subscribe in cash at 12p per share for "
        "Ordinary Shares of 1p each in the capital of the Company." + MECHANICS,
        "exercise_price", "0.12", "12p",
    ),
    (
        "pence-price-is-in-pounds",
        "WARRANT CERTIFICATE\n\nThis certifies that the registered holder may purchase shares of "
        "Common Stock of Harwick Minerals Ltd. (the \"Company\") at the exercise price per share "
        "of British Pound 70p (the \"Exercise Price\")." + MECHANICS,
        "currency", "GBP", "p",
    ),
    (
        "nominal-value-of-each-share-is-no-price",
        "INSTRUMENT relating to a warrant\n\nWHEREAS the Company has determined to issue a "
        "warrant entitling the holder to subscribe for 500,000 ordinary shares of £1 each in the "
        "capital of the Company at US$[   ] per share." + MECHANICS,
        "exercise_price", None, None,
    ),
    (
        "exclamation-mark-inside-a-company-name",
        "WARRANT TO PURCHASE 5,000 SHARES OF COMMON STOCK OF ORCHARD LABS, INC. THIS CERTIFIES THAT "
        "Yum! Brands, a Delaware corporation (\"Purchaser\"), is entitled to purchase 5,000 shares of "
        "Common Stock at $2.00 per share." + MECHANICS,
        "issuer", "ORCHARD LABS, INC.", "ORCHARD LABS, INC.",
    ),
    (
        "a-name-that-is-only-a-suffix-is-no-name",
        "WARRANT\n\nThis certifies that in consideration of value received by Orchard Labs, Inc., a "
        "Delaware corporation (the \"Company\"), receipt of which is hereby acknowledged, [Holder] (the "
        "\"Holder\") is entitled to purchase 1,000 shares of Common Stock at $1.00 per share." + MECHANICS,
        "holder", None, None,
    ),
    (
        "issued-on-in-a-cover-cell",
        "WARRANT TO PURCHASE STOCK\n\nWarrant No.: C-4 | Issued on March 3, 2016 |\nVoid after March 3, "
        "2026 |\n\nThis certifies that Harbor Lending LLC (the \"Holder\") is entitled to purchase "
        "from Orchard Labs, Inc. (the \"Company\") 1,000 shares of Common Stock at $1.00 per share."
        + MECHANICS,
        "issue_date", dt.date(2016, 3, 3), None,
    ),
    (
        "plc-company-with-a-parenthesis",
        "WARRANT AGENT AGREEMENT\n\nWARRANT AGENT AGREEMENT dated as of May 2, 2022 between Loch "
        "Gene (Holdings) plc, a company incorporated in Scotland, under the law of the United Kingdom "
        "(the \"Company\"), and Computershare Inc. (the \"Warrant Agent\").\n\nWHEREAS, the Company "
        "is offering up to 2,000,000 Warrants (the \"Warrants\"), with each Warrant representing the "
        "right of the holder thereof to purchase two ADSs for $3.10 per ADS." + MECHANICS,
        "issuer", "Loch Gene (Holdings) plc", "Loch Gene (Holdings) plc",
    ),
    (
        "price-per-ads",
        "WARRANT AGENT AGREEMENT\n\nWARRANT AGENT AGREEMENT dated as of May 2, 2022 between Loch "
        "Gene (Holdings) plc, a company incorporated in Scotland (the \"Company\"), and Computershare "
        "Inc. (the \"Warrant Agent\").\n\nWHEREAS, the Company is offering up to 2,000,000 Warrants "
        "(the \"Warrants\"), with each Warrant representing the right of the holder thereof to "
        "purchase two ADSs for $3.10 per ADS." + MECHANICS,
        "exercise_price", "3.10", "$3.10",
    ),
    (
        "price-of-a-warrant-is-not-its-exercise-price",
        "WARRANT AGREEMENT\n\nThis Warrant Agreement is made as of June 1, 2021 between Kestrel "
        "Acquisition Corp. (the \"Company\") and Continental Stock Transfer & Trust Company (the "
        "\"Warrant Agent\").\n\nWHEREAS, the Sponsor will purchase 4,000,000 warrants (the "
        "\"Private Placement Warrants\") at a purchase price of $1.50 per Private Placement Warrant; "
        "each whole Warrant entitles the holder thereof to purchase one share of Common Stock." + MECHANICS,
        "exercise_price", None, None,
    ),
    (
        "a-price-range-is-no-price",
        "WARRANT\n\nThis certifies that Jones LLC (the \"Holder\") is entitled to purchase from Acme "
        "Corp. (the \"Company\") shares of Common Stock equal to $100,000 divided by the price of the "
        "next private offering (anticipated to be at the price of $4.00 to $5.00 per share)." + MECHANICS,
        "exercise_price", None, None,
    ),
    (
        "price-in-sixteenths",
        "WARRANT\n\nWarrant Price: $12 1/16 per share\n\nThis certifies that Jones LLC (the \"Holder\") "
        "is entitled to purchase from Acme Corp. (the \"Company\") 5,000 shares of Common Stock."
        + MECHANICS,
        "exercise_price", "12.0625", "$12 1/16",
    ),
    (
        "anniversary-after-the-issue-date",
        "WARRANT TO PURCHASE STOCK\n\nCompany: | Orchard Labs, Inc. |\nNumber of Shares: | 3,000 |\n"
        "Issue Date: | October 12, 2007 |\nExpiration Date: | The 7th anniversary after the Issue Date |"
        "\n\nTHIS WARRANT CERTIFIES THAT SILICON VALLEY BANK (\"Holder\") is entitled to purchase the "
        "Shares at $1.00 per share." + MECHANICS,
        "expiration_date", dt.date(2014, 10, 12), None,
    ),
    (
        "holder-after-receipt-acknowledged",
        "WARRANT TO PURCHASE STOCK\n\nTHIS WARRANT CERTIFIES THAT, for good and valuable consideration, "
        "the receipt of which is hereby acknowledged, HARBOR BANK - CALIFORNIA or its assignee "
        "(\"Holder\") is entitled to purchase 1,000 shares of Common Stock of Orchard Labs, Inc. (the "
        "\"Company\") at $1.00 per share." + MECHANICS,
        "holder", "HARBOR BANK - CALIFORNIA", "HARBOR BANK - CALIFORNIA",
    ),
    (
        "a-label-under-a-label-is-not-its-value",
        "WARRANT\n\nHolder:\n\nNumber of Underwriter Warrants:\n\nDate of Issuance: August 1, 2019\n\n"
        "This Warrant certifies that the holder named above is entitled to purchase from Acme Corp. "
        "(the \"Company\") shares of Common Stock at $1.00 per share." + MECHANICS,
        "holder", None, None,
    ),
    (
        "jurisdiction-before-the-issuers-term-when-the-name-came-from-the-title",
        "ORCHARD LABS, INC.\n\nCOMMON STOCK PURCHASE WARRANT\n\nTHIS COMMON STOCK PURCHASE WARRANT "
        "certifies that Jones LLC (the \"Holder\") is entitled to subscribe for and purchase from "
        "orchard labs, Inc., a Delaware corporation (the \"Company\"), up to 1,000 shares of Common "
        "Stock at $1.00 per share." + MECHANICS,
        "issuer_jurisdiction", "Delaware", "Delaware",
    ),
    (
        "for-the-benefit-of-is-not-a-name",
        "Form of Warrant\n\nTHE ACQUIRER AGREES FOR THE BENEFIT OF ORCHARD BIO LTD. (THE \u201cCOMPANY\u201d) "
        "THAT IT WILL NOT TRANSFER THIS SECURITY.\n\nThis certifies that Jones LLC (the \"Holder\") is "
        "entitled to purchase 1,000 Ordinary Shares of the Company at $1.00 per share." + MECHANICS,
        "issuer", "ORCHARD BIO LTD.", "ORCHARD BIO LTD.",
    ),
    (
        "date-on-the-warrant-number-line",
        LEGEND + "Warrant No. ______ August 23, 1999 ----------------------- COMMON STOCK PURCHASE "
        "WARRANT\n\nThis certifies that Jones LLC (the \"Holder\") is entitled to purchase from Acme "
        "Corp. (the \"Company\") 1,000 shares of Common Stock at $1.00 per share." + MECHANICS,
        "issue_date", dt.date(1999, 8, 23), "August 23, 1999",
    ),
    (
        "a-memorandums-date-is-not-the-warrants",
        "EXHIBIT D TO THE PRIVATE PLACEMENT MEMORANDUM DATED SEPTEMBER 8, 1999\n\nSTOCK WARRANT "
        "AGREEMENT\n\nThis certifies that the undersigned (the \"Holder\") is entitled to purchase from "
        "Acme Corp. (the \"Company\") ____ shares of Common Stock at $1.00 per share." + MECHANICS,
        "issue_date", None, None,
    ),
    (
        "a-formula-is-not-a-price",
        "WARRANT TO PURCHASE STOCK\n\nNumber of Shares: [$400,000/Warrant Price]\n\nThis certifies "
        "that Harbor Lending LLC (the \"Holder\") is entitled to purchase from Acme Corp. (the "
        "\"Company\") the Shares at the Warrant Price." + MECHANICS,
        "exercise_price", None, None,
    ),
    (
        "a-warrant-agreement-is-named-by-the-kind-it-defines",
        "WARRANT AGREEMENT\n\nThis Warrant Agreement is made as of June 1, 2021 between Kestrel "
        "Acquisition Corp. (the \"Company\") and Continental Stock Transfer & Trust Company (the "
        "\"Warrant Agent\").\n\nWHEREAS, the Company has determined to issue up to 8,000,000 warrants "
        "to public investors (the \"Public Warrants\"), each whole Warrant entitling the holder thereof "
        "to purchase one share of Common Stock at $11.50 per share." + MECHANICS,
        "instrument_name", "Public Warrants", "Public Warrants",
    ),
    (
        "expiry-in-a-recital-that-says-entitle",
        "WARRANT INDENTURE\n\nTHIS WARRANT INDENTURE is made as of May 9, 2002 between Northern Mines "
        "Ltd. (the \"Corporation\") and Computershare Trust Company of Canada (the \"Warrant "
        "Trustee\").\n\nWHEREAS each whole Warrant will entitle the holder thereof to purchase one (1) "
        "Common Share at a price of U.S. $0.90 per share at any time on or before 5:00 p.m. (Toronto "
        "time) on November 14, 2003, all upon the terms and conditions herein set forth." + MECHANICS,
        "expiration_date", dt.date(2003, 11, 14), "November 14, 2003",
    ),
    (
        "fractions-of-an-ordinary-share-rounded-down",
        "WARRANT INSTRUMENT\n\nThis certifies that Jones LLP (the \"Warrantholder\") may subscribe for "
        "1,000 Ordinary Shares of Orchard Photonics plc (the \"Company\") at 85 pence per share.\n\n"
        "6. Fractions. Fractions of an Ordinary Share shall not be allotted on any exercise. Any "
        "entitlement to a fraction shall be rounded down to the nearest whole Ordinary Share."
        + MECHANICS,
        "fractional_shares", "round_down", "rounded down",
    ),
    (
        "dated-line-under-the-attestation",
        "REPRESENTATIVE'S WARRANT\n\nThis certifies that Jones Securities, Inc. (the \"Holder\") is "
        "entitled to purchase from Acme Corp. (the \"Company\") 1,000 shares of Common Stock at $6.30 "
        "per share." + MECHANICS + "\nIN WITNESS WHEREOF, the Company has caused this Representative's "
        "Warrant to be signed by its duly authorized officer and its corporate seal to be affixed "
        "hereto.\n\nDated as of February 21, 1996\n\nACME CORP.\n\nBy: ____________\n",
        "issue_date", dt.date(1996, 2, 21), "February 21, 1996",
    ),
    (
        "redemption-trigger-has-equalled-or-exceeded",
        "CLASS A REDEEMABLE WARRANT CERTIFICATE\n\nThis certifies that Jones LLC is the registered holder "
        "of 12,500 Class A Warrants, each entitling the holder to purchase one share of Common Stock of "
        "Acme Corp. (the \"Company\") at $6.00 per share.\n\n2. Redemption. On not less than thirty (30) "
        "days' prior written notice to the Registered Holders, the Company may redeem all of the "
        "outstanding Class A Warrants at a redemption price of $.05 per Class A Warrant, provided that "
        "the closing bid price of the Common Stock, as reported by the Nasdaq SmallCap Market, has "
        "equalled or exceeded $9.00 per share for any twenty (20) trading days within a period of thirty "
        "(30) consecutive trading days." + MECHANICS,
        "redemption",
        [{"trigger_price": "9.00", "trading_days": 20, "window_days": 30, "redemption_price": "0.05",
          "notice_days": 30}], None,
    ),
    (
        "redemption-price-in-words-and-a-run-of-consecutive-days",
        "WARRANT CERTIFICATE\n\nThis certifies that Jones LLC is the registered owner of 50,000 Warrants, "
        "each entitling the holder to purchase one share of Common Stock of Acme Energy Corp. at $.25 per "
        "share.\n\n8. REDEMPTION. The Warrants may be redeemed by the Company, in whole but not in part, at a "
        "price of One Cent ($.01) per Warrant, upon not less than thirty (30) days' prior written notice, at "
        "any time after the closing bid price of the Common Stock shall have equalled or exceeded One Dollar "
        "($1.00) per share for a period of twenty (20) consecutive trading days." + MECHANICS,
        "redemption",
        [{"trigger_price": "1.00", "trading_days": 20, "window_days": 20, "redemption_price": "0.01",
          "notice_days": 30}], None,
    ),
    (
        "a-rights-offerings-bound-is-not-the-warrants-term",
        "WARRANT CERTIFICATE\n\nThis certifies that Jones LLC is the registered holder of 1,000 Warrants, "
        "each entitling the holder to purchase one Common Share of Kootenay Minerals Ltd. (the "
        "\"Corporation\") at $0.45 until November 14, 2021.\n\n4. Rights Offering. If the Corporation "
        "fixes a record date for the issue of rights to all Shareholders entitling them, for a period "
        "expiring not more than forty-five (45) days after the record date, to subscribe for Common "
        "Shares, the Exercise Price shall be adjusted." + MECHANICS,
        "expiration_term", None, None,
    ),
    (
        "a-name-ending-in-group-letters-is-read-whole",
        "SHARE PURCHASE WARRANT CERTIFICATE\n\nFROM: ---- STOCKGROUP INFORMATION SYSTEMS INC. ----\n\n"
        "TO: -- [WARRANT HOLDER] ----\n\nThe holder of this certificate may purchase Common Shares at "
        "$0.20 per share." + MECHANICS,
        "issuer", "STOCKGROUP INFORMATION SYSTEMS INC.", "STOCKGROUP INFORMATION SYSTEMS INC.",
    ),
    (
        "the-trustee-on-an-indenture-cover-is-not-the-issuer",
        ("WARRANT INDENTURE\n\nExhibit 4.5 and COMPUTERSHARE TRUST COMPANY OF CANADA\n\nNovember 17, "
         "2005\n\nTABLE OF CONTENTS\n\nARTICLE 2 Issue of Warrants | 6\n\n2.1 | Issue of Warrants | 6\n"),
        "issuer", None, None,
    ),
    (
        "llc-class-units",
        "UNIT PURCHASE WARRANT\n\nFOR VALUE RECEIVED, Harbor Holdings, LLC, a Delaware limited liability "
        "company (the \"Company\"), hereby grants to Jones Partners, L.P. (the \"Holder\") the right to "
        "receive 40,000 Class A Units at a price per Class A Unit of $1.00." + MECHANICS,
        "security", "Class A Units", "Class A Units",
    ),
    (
        "partnership-interests",
        "WARRANT\n\nThis certifies that Jones LLC (the \"Holder\") is entitled to purchase from Harbor "
        "Realty Partners, L.P. (the \"Partnership\") 2,000 Limited Partnership Interests at $10.00 per "
        "interest." + MECHANICS,
        "security", "Limited Partnership Interests", "Limited Partnership Interests",
    ),
    (
        # Stock and warrant certificates name the holder as the "Registered Owner".
        "registered-owner-label",
        "WARRANT TO PURCHASE COMMON STOCK\n\nWarrant No.: W-7\n\nRegistered Owner: Harbor Master Fund, "
        "Ltd.\n\nNumber of Shares of Common Stock: 693,144\n\nAcme Corp. (the \"Company\") hereby "
        "certifies that the registered holder hereof is entitled to purchase the shares at $1.00 per "
        "share." + MECHANICS,
        "holder", "Harbor Master Fund, Ltd.", "Harbor Master Fund, Ltd.",
    ),
    (
        "cashless-denied-by-no-right",
        "WARRANT CERTIFICATE\n\nThis certifies that Jones LLC (the \"Warrantholder\") may purchase 1,000 "
        "Common Shares of Orca Minerals Ltd. (the \"Company\") at $0.50 per share.\n\n2.2 The Warrants may "
        "be exercised only by payment of the Exercise Price. The Warrantholder has no right to receive "
        "Common Shares on a net or cashless basis." + MECHANICS,
        "cashless_exercise", False, None,
    ),
    (
        "holder-followed-by-of-and-an-address",
        "WARRANT CERTIFICATE\n\nTHIS IS TO CERTIFY THAT KINGSCLERE RESOURCE FUND LTD., of Suite 2100, "
        "1055 West Georgia Street, Vancouver, British Columbia (the \"Warrantholder\") is entitled to "
        "purchase 125,000 Common Shares of Orca Minerals Ltd. (the \"Company\") at $0.50 per share."
        + MECHANICS,
        "holder", "KINGSCLERE RESOURCE FUND LTD.", "KINGSCLERE RESOURCE FUND LTD.",
    ),
    (
        "another-agreements-name-before-the-issuer",
        "WARRANT TO PURCHASE STOCK\n\nFOR THE AGREED VALUE, including the extension of credit under the "
        "Loan Agreement, Halloway Quantum Devices, Inc. (the \u201cCompany\u201d) hereby grants to Bramble "
        "Credit LP (the \u201cHolder\u201d) the right to purchase 96,153 shares of Common Stock at $1.04 per "
        "share." + MECHANICS,
        "issuer", "Halloway Quantum Devices, Inc.", "Halloway Quantum Devices, Inc.",
    ),
    (
        "a-holder-named-by-another-defined-term",
        "COMMON STOCK PURCHASE WARRANT\n\nAltamira Sensor Corp., a Utah corporation (the \"Company\"), in "
        "consideration of the services to be provided by Lucian Threlkeld-Mbeki (the \"Advisor\"), "
        "hereby grants to the Advisor (the Advisor, together with its permitted assigns, the "
        "\"Holder\") the right to purchase 60,000 shares of Common Stock at $0.80 per share." + MECHANICS,
        "holder", "Lucian Threlkeld-Mbeki", "Lucian Threlkeld-Mbeki",
    ),
    (
        "price-per-ordinary-share-of-us-dollars",
        "WARRANT\n\nThis certifies that Jones LP (the \"Holder\") is entitled to purchase from the Company "
        "318,000 Ordinary Shares, nominal value NIS 0.01 each, at an exercise price per Ordinary Share "
        "of US$4.15 (the \"Exercise Price\")." + MECHANICS,
        "exercise_price", "4.15", "US$4.15",
    ),
    (
        "an-offerings-size-is-not-the-warrants-count",
        "PLACEMENT AGENT'S WARRANT\n\nPursuant to the Placement Agreement between Brightmoss Corp., a "
        "Nevada corporation (the \u201cCompany\u201d), and Carraway Lane Securities, LLC (\u201cCarraway\u201d), "
        "in connection with the Company\u2019s registered direct offering of 2,850,000 shares of common "
        "stock at $4.40 per share, Carraway Lane Securities, LLC or its permitted designees (each, a "
        "\u201cHolder\u201d) is entitled to subscribe for, purchase and receive up to 142,500 shares of "
        "common stock of the Company at $5.50 per share." + MECHANICS,
        "shares", 142500, "142,500",
    ),
    (
        "holder-or-its-permitted-designees",
        "PLACEMENT AGENT'S WARRANT\n\nCarraway Lane Securities, LLC or its permitted designees (each, a "
        "\u201cHolder\u201d) is entitled to purchase from Brightmoss Corp. (the \u201cCompany\u201d) up to 142,500 "
        "shares of common stock at $5.50 per share." + MECHANICS,
        "holder", "Carraway Lane Securities, LLC", "Carraway Lane Securities, LLC",
    ),
    (
        "expiry-term-after-a-time-of-day",
        "WARRANT\n\nIssue Date: June 1, 1999\n\nThis certifies that Jones LP (the \"Holder\") is entitled to "
        "purchase from Acme Ltd. (the \"Company\") 318,000 Ordinary Shares at $4.15 per share.\n\n1.1 This "
        "Warrant may be exercised at any time during the period commencing on the Issue Date and ending "
        "at 5:00 p.m. Israel time on the seventh anniversary of the Issue Date (the \"Exercise Period\")."
        + MECHANICS,
        "expiration_term", {"amount": 7, "unit": "years", "anchor": "issue_date", "anchor_text": "Issue Date"},
        None,
    ),
    (
        "two-warrants-for-one-share",
        "WARRANT CERTIFICATE\n\nTHIS IS TO CERTIFY THAT Jones Fund Ltd. (the \"Warrantholder\") is the "
        "registered holder of Two Hundred and Fifty Thousand (250,000) share purchase warrants (the "
        "\"Warrants\") of Nahanni Lithium Corp. (the \"Company\"). Two (2) Warrants entitle the "
        "Warrantholder to purchase one (1) fully paid and non-assessable common share of the Company at "
        "a price of $0.60 per share." + MECHANICS,
        "shares_per_warrant", "0.5",
        ("Two (2) Warrants entitle the Warrantholder to purchase one (1) fully paid and non-assessable "
         "common share"),
    ),
    (
        "organized-under-the-general-corporation-law",
        "WARRANT\n\nFor value received, RAVENMOOR HOLDINGS, INC., a corporation organized under the General "
        "Corporation Law of the State of Delaware (the \"Issuer\"), grants to Castellane Partners, L.P. "
        "(the \"Holder\") the right to purchase 212,500 shares of Common Stock at $1.00 per share."
        + MECHANICS,
        "issuer_jurisdiction", "Delaware", "Delaware",
    ),
    (
        "exercisable-after-the-date-hereof-and-until-an-anniversary",
        EXERCISE_UNTIL_AN_ANNIVERSARY,
        "exercisable_from", None, "date hereof",
    ),
    (
        "deed-poll-party-defined-without-quotes-with-a-company-number",
        AUSTRALIAN_DEED_POLL,
        "issuer", "Kalbarri Graphite Limited", "Kalbarri Graphite Limited",
    ),
    (
        "an-australian-state",
        AUSTRALIAN_DEED_POLL,
        "issuer_jurisdiction", "Western Australia", "Western Australia",
    ),
    (
        "exercisable-from-the-later-of-an-ordinal-day-and-an-anniversary",
        "WARRANT AGREEMENT\n\nThis Warrant Agreement is made as of May 3, 2022 between Corvid Point "
        "Acquisition Corp. (the \u201cCompany\u201d) and Ironbridge Transfer & Trust Company (the \u201cWarrant "
        "Agent\u201d).\n\n3.1 Each whole Warrant shall entitle its registered holder to purchase one ordinary "
        "share at the price of $11.50 per whole share.\n\n3.2 A Warrant may be exercised only during the "
        "period beginning on the later of (i) the thirtieth (30th) day following the consummation by the "
        "Company of a Business Combination and (ii) the first anniversary of the closing of the Offering, "
        "and ending at 5:00 p.m., New York City time, on the fifth anniversary of the Business Combination."
        + MECHANICS,
        "exercisable_from",
        {"later_of": [{"amount": 30, "unit": "days", "anchor": "business_combination",
                       "anchor_text": "consummation by the Company of a Business Combination"},
                      {"amount": 1, "unit": "years", "anchor": "ipo_closing",
                       "anchor_text": "closing of the Offering"}]},
        None,
    ),
    (
        "date-in-the-cover-cell-beside-the-warrant-number",
        LEGEND + "COMMON STOCK WARRANT\n\nWarrant No. ___ | December 9, 2003 | WARRANT TO PURCHASE\n\n"
        "This certifies that as of the date written above (the \u201cWarrant Issue Date\u201d), for value "
        "received, Jones LLC (\u201cHolder\u201d) is entitled to purchase from Restore Labs, Inc. (the "
        "\u201cCompany\u201d) 10,000 shares of Common Stock at $1.00 per share." + MECHANICS,
        "issue_date", dt.date(2003, 12, 9), "December 9, 2003",
    ),
    (
        "a-blank-number-of-warrants-label-takes-no-zip-code",
        "WARRANT CERTIFICATE\n\nNumber of Warrants:\n\nWarrant Certificate No. This is to certify that, for "
        "value received, Harbor Ventures, LLC, 201 Spear Street, San Francisco, California 94105 (the "
        "\"Holder\"), shall have the right to purchase Common Shares of Sphere Co. (the \"Company\") at "
        "$1.00 per share." + MECHANICS,
        "warrant_count", None, None,
    ),
    (
        "expiry-date-defined-as-a-period-after-an-event",
        "WARRANT CERTIFICATE\n\nThis certifies that Jones Fund Ltd. (the \"Warrantholder\") is the registered "
        "holder of 10,000 Warrants of Nahanni Lithium Corp. (the \"Company\"), each entitling it to purchase "
        "one Common Share at $0.60 before the Expiry Time.\n\n1. Interpretation\n\n(a) \"Closing Date\" "
        "means March 3, 2000;\n\n(b) \"Expiry Date\" means the date that is twenty-four (24) months after "
        "the Closing Date, being March 3, 2002." + MECHANICS,
        "expiration_term", {"amount": 24, "unit": "months", "anchor": "issue_date", "anchor_text": "Closing Date"},
        None,
    ),
    (
        "automatic-conversion-upon-expiration",
        "WARRANT TO PURCHASE STOCK\n\nThis certifies that Bramble Credit LP (the \"Holder\") is entitled to "
        "purchase from Halloway Devices, Inc. (the \"Company\") 96,153 shares of Common Stock at $1.04 per "
        "share until the Final Exercise Date.\n\n1.5 Automatic Conversion upon Expiration. If, on the Final "
        "Exercise Date, the Fair Market Value of one Share is greater than the Per Share Exercise Price, "
        "this Warrant shall, to the extent not previously exercised, automatically be deemed on and as of "
        "that date to be converted in full under Section 1.2, without any action by Holder." + MECHANICS,
        "automatic_exercise", True, None,
    ),
    (
        "fractions-rounded-up-or-down-to-the-nearest-without-cash",
        "PLACEMENT AGENT'S WARRANT\n\nCarraway Securities, LLC (the \"Holder\") is entitled to purchase from "
        "Brightmoss Corp. (the \"Company\") up to 142,500 shares of common stock at $5.50 per share.\n\n3.5 "
        "Elimination of Fractional Interests. The Company shall not be required to issue certificates "
        "representing fractions of Shares on the exercise of this Purchase Warrant, nor shall it be required "
        "to issue scrip or pay cash in lieu of any fractional interests, it being the intent of the parties "
        "that all fractional interests shall be eliminated by rounding any fraction up or down to the "
        "nearest whole number of Shares." + MECHANICS,
        "fractional_shares", "round_nearest", None,
    ),
    (
        "governed-by-the-law-in-force-in",
        "Form of Warrant (Option Deed Poll)\n\nThis deed poll is made by Kalbarri Graphite Limited (Company). "
        "Each Option entitles the Optionholder to subscribe for one Share at A$0.35." + "\n\n1. Exercise. The "
        "Optionholder may exercise an Option by notice and payment of the Exercise Price.\n\n7. Governing "
        "law. This deed poll is governed by the law in force in Western Australia.\n",
        "governing_law", "Western Australia", "Western Australia",
    ),
    (
        "expiration-term-in-an-exercise-until-sentence",
        EXERCISE_UNTIL_AN_ANNIVERSARY,
        "expiration_term", {"amount": 3, "unit": "years", "anchor": "issue_date", "anchor_text": "Date of Issuance"},
        None,
    ),
    (
        "blocker-raised-in-the-next-sentence",
        "WARRANT\n\nThis certifies that Jones LP (the \"Holder\") is entitled to purchase from Acme Corp. (the "
        "\"Company\") 100,000 shares of Common Stock at $1.00 per share.\n\n2.5 Limitation. The Holder shall "
        "not exercise this Warrant to the extent that the Holder would beneficially own more than 4.99% of "
        "the total number of issued and outstanding shares of Common Stock. Upon not less than sixty-one "
        "(61) days' prior written notice to the Company, the Holder may increase the percentage in the "
        "preceding sentence to any percentage not in excess of 9.99%." + MECHANICS,
        "beneficial_ownership_limit", {"percent": "4.99", "max_percent": "9.99"}, None,
    ),
    (
        "a-party-named-by-its-role-before-and",
        "WARRANT\n\nFOR VALUE RECEIVED, and in consideration of the Office Lease (the \"Lease\") between "
        "Landlord and SABLEWOOD INTERACTIVE, INC., a California corporation (the \"Company\"), the Company "
        "hereby grants to Oakhurst Park Associates, LLC (the \"Holder\") the right to purchase 20,000 "
        "shares of Common Stock at $4.00 per share." + MECHANICS,
        "issuer", "SABLEWOOD INTERACTIVE, INC.", "SABLEWOOD INTERACTIVE, INC.",
    ),
    (
        "expiry-in-no-event-later-than-an-anniversary",
        "WARRANT TO PURCHASE COMMON STOCK\n\nIssue Date: January 23, 2009\n\nThe right to purchase the Shares "
        "represented by this Warrant of Acme Bancorp (the \"Company\") is exercisable at any time after the "
        "date hereof, but in no event later than 5:00 p.m., New York City time, on the tenth anniversary of "
        "the Issue Date (the \"Expiration Time\"), at $15.00 per share.\n\n4. Adjustments. Until the earlier "
        "of (i) the date on which the Original Warrantholder no longer holds this Warrant and (ii) the third "
        "anniversary of the Issue Date, if the Company shall issue shares below market, the price shall be "
        "reduced." + MECHANICS,
        "expiration_date", dt.date(2019, 1, 23), None,
    ),
    (
        "trustee-after-the-corporation-and",
        "WARRANT CERTIFICATE\n\nThis certificate is issued under a warrant indenture dated as of March 23, "
        "2021 (the \"Warrant Indenture\") between the Corporation and Bayview Share Trust Company of "
        "Canada, a trust company existing under the laws of Canada (the \"Warrant Trustee\"), as warrant "
        "agent and trustee for the Warrantholders. The private placement was led by Georgian Bay Capital "
        "Markets Inc. (the \"Agent\").\n\nThis certifies that Margaret Sutcliffe is the registered holder of "
        "25,000 Warrants, each entitling the holder to purchase one Common Share of Muskoka Royalties Inc. "
        "(the \"Corporation\") at C$0.85." + MECHANICS,
        "warrant_agent", "Bayview Share Trust Company of Canada", "Bayview Share Trust Company of Canada",
    ),
    (
        "ownership-limit-worded-would-own",
        "SPONSOR WARRANT\n\nThis certifies that Coralline Partners Ltd. (the \"Warrantholder\") is entitled to "
        "purchase from Coralline Reinsurance Holdings Ltd. (the \"Company\") 500,000 Common Shares at "
        "$10.00 per share.\n\n4. Limitation. The Warrantholder may not exercise this Sponsor Warrant to the "
        "extent that, immediately after such exercise, the Warrantholder and its affiliates would own, "
        "directly, indirectly or constructively, Common Shares representing more than 9.5% of the total "
        "voting power of the Company." + MECHANICS,
        "beneficial_ownership_limit", {"percent": "9.5", "max_percent": None}, None,
    ),
    (
        "automatic-exercise-of-what-is-not-previously-exercised",
        "BROKER WARRANT\n\nThis certifies that Dalton Securities LLC (the \"Holder\") is entitled to purchase "
        "from Tallgrass Brewing Co. (the \"Company\") 40,000 shares of Common Stock at $6.00 per share until "
        "the Expiration Date.\n\n1.2 Automatic Exercise. If, at 5:00 p.m. on the Expiration Date, the Fair "
        "Market Value of one share exceeds the Exercise Price, this Broker Warrant, to the extent not "
        "previously exercised, shall be deemed automatically exercised in full by net exercise, without "
        "any action by the Holder." + MECHANICS,
        "automatic_exercise", True, None,
    ),
    (
        "net-exercise-by-having-the-company-withhold-shares",
        "WARRANT TO PURCHASE COMMON STOCK\n\nThis certifies that the United States Department of the Treasury "
        "(the \"Warrantholder\") is entitled to purchase from Brevard Financial Corporation (the \"Company\") "
        "250,000 shares of Common Stock at $12.00 per share.\n\n3. Exercise. This Warrant may be exercised "
        "by surrender of this Warrant and payment of the Exercise Price (i) by having the Company withhold, "
        "from the shares of Common Stock that would otherwise be delivered upon such exercise, shares "
        "equal in value to the aggregate Exercise Price, or (ii) with the consent of both parties, in cash."
        + MECHANICS,
        "cashless_exercise", True, None,
    ),
    (
        "date-beside-the-title",
        LEGEND + "December 7, 1999    Warrant to Purchase 12,500 Shares\n\nTHIS IS TO CERTIFY that Jones "
        "LLC (the \"Holder\") is entitled to purchase up to 12,500 shares of Common Stock of Acme Corp. "
        "(the \"Company\"). The \"Exercise Period\" is the period beginning on the date of this Warrant "
        "(the \"Issuance Date\") and ending on December 7, 2002." + MECHANICS,
        "issue_date", dt.date(1999, 12, 7), "December 7, 1999",
    ),
    (
        "a-series-letter-standing-before-the-word-warrant",
        "THIS WARRANT HAS NOT BEEN REGISTERED UNDER THE SECURITIES ACT OF 1933.\n\nHALVERSON OPTICS, INC.\n\n"
        "C WARRANT\n\nWARRANT TO PURCHASE SHARES OF COMMON STOCK\n\nThis is to certify that Dunmore "
        "Partners LP is entitled to purchase from Halverson Optics, Inc. 20,000 shares of Common Stock "
        "at $2.10 per share." + MECHANICS,
        "instrument_name", "C Warrant", "C WARRANT",
    ),
    (
        "a-series-letter-after-the-title-in-quotes",
        "HALVERSON OPTICS, INC.\n\nCOMMON STOCK PURCHASE WARRANT \u201cD\u201d\n\nThis certifies that "
        "Dunmore Partners LP is entitled to purchase from Halverson Optics, Inc. 20,000 shares of Common "
        "Stock at $2.10 per share." + MECHANICS,
        "instrument_name", "Warrant D", None,
    ),
    (
        "a-plural-role-word-without-apostrophe-qualifies-the-title",
        "AGENTS WARRANT CERTIFICATE\n\nThis certifies that Pinecrest Securities Ltd. has the right to "
        "subscribe for 75,000 common shares of Tamarack Minerals Corp. at C$0.40 per share." + MECHANICS,
        "instrument_name", "Agents Warrant", "AGENTS WARRANT CERTIFICATE",
    ),
    (
        # certificate numbers and exhibit letters beside the title are not series letters
        "a-certificate-number-before-the-title-is-no-series",
        "No. W-1 Warrant to Subscribe for Common Stock\n\nThis certifies that Dunmore Partners LP is "
        "entitled to purchase from Halverson Optics, Inc. 20,000 shares of Common Stock at $2.10 per "
        "share." + MECHANICS,
        "instrument_name", "Warrant", None,
    ),
    (
        "a-numbered-title-line-is-no-series",
        "N-2 WARRANT TO PURCHASE SHARES OF COMMON STOCK OF HALVERSON OPTICS, INC.\n\nThis certifies "
        "that Dunmore Partners LP is entitled to purchase from Halverson Optics, Inc. 20,000 shares of "
        "Common Stock at $2.10 per share." + MECHANICS,
        "instrument_name", "Warrant", None,
    ),
    (
        "an-exhibit-letter-before-the-title-is-no-series",
        "Attachment C Warrant\n\nThis certifies that Dunmore Partners LP is entitled to purchase from "
        "Halverson Optics, Inc. 20,000 shares of Common Stock at $2.10 per share." + MECHANICS,
        "instrument_name", "Warrant", None,
    ),
    (
        # the series of the stock bought is not the warrant's: checked against the security read
        "the-series-of-the-preferred-stock-bought-is-not-the-warrants",
        "SERIES C PREFERRED STOCK PURCHASE WARRANT\n\nThis certifies that Dunmore Partners LP is "
        "entitled to purchase from Halverson Optics, Inc. 20,000 shares of Series C Preferred Stock at "
        "$2.10 per share." + MECHANICS,
        "instrument_name", "Warrant", None,
    ),
    (
        "the-class-of-the-common-stock-bought-is-not-the-warrants",
        "CLASS A COMMON STOCK WARRANT\n\nThis certifies that Dunmore Partners LP is entitled to "
        "purchase from Halverson Optics, Inc. 20,000 shares of Class A Common Stock at $2.10 per "
        "share." + MECHANICS,
        "instrument_name", "Warrant", None,
    ),
    (
        "a-series-warrant-for-common-stock-keeps-its-series",
        "SERIES A COMMON STOCK PURCHASE WARRANT\n\nThis certifies that Dunmore Partners LP is "
        "entitled to purchase from Halverson Optics, Inc. 20,000 shares of Common Stock at $2.10 per "
        "share." + MECHANICS,
        "instrument_name", "Series A Warrant", None,
    ),
    (
        "common-naming-the-stock-is-no-qualifier",
        "Stock or Common Stock STOCK PURCHASE WARRANT\n\nThis certifies that Dunmore Partners LP is "
        "entitled to purchase from Halverson Optics, Inc. 20,000 shares of Common Stock at $2.10 per "
        "share." + MECHANICS,
        "instrument_name", "Warrant", None,
    ),
    (
        "options-constituted-by-a-deed-poll",
        "OPTIONS DEED POLL\n\nThis deed poll is made by Kestrel Lithium Limited. Each Option entitles "
        "the Optionholder to subscribe for one Share at an exercise price of A$0.25." + MECHANICS,
        "instrument_name", "Options", "OPTIONS DEED POLL",
    ),
    (
        "a-canadian-special-warrant",
        "SPECIAL WARRANT INDENTURE\n\nEach Special Warrant entitles the holder to acquire one common "
        "share of Tamarack Minerals Corp. without further payment." + MECHANICS,
        "instrument_name", "Special Warrant", None,
    ),
    (
        "each-of-which-represents-the-right-to-purchase-one-share",
        "WARRANT AGREEMENT\n\nThis Warrant Agreement is made between Osprey Dental Group, Inc. (the "
        "\"Company\") and Harbor Stock Transfer (the \"Warrant Agent\").\n\nThe Company has outstanding "
        "500,000 Redeemable Warrants (the \"Warrants\"), each of which represents the right to purchase "
        "one share of the Company's common stock at $5.00." + MECHANICS,
        "shares_per_warrant", "1", "one",
    ),
    (
        "a-warrant-named-by-its-price-entitles-one-share",
        "$5.50 WARRANT AGREEMENT\n\nOsprey Dental Group, Inc. (\"Company\") and Harbor Stock Transfer "
        "(\"Warrant Agent\") agree as follows. Each unit consists of one share and one $5.50 Warrant. "
        "Each $5.50 Warrant entitles the registered holder thereof to purchase one share of Common "
        "Stock at the price of $5.50 per share." + MECHANICS,
        "shares_per_warrant", "1", "one",
    ),
    (
        "a-party-hereinafter-referred-to-as-its-term",
        "WARRANTS\n\nFOR VALUE RECEIVED, Quillon Assay Systems, Inc., a Nevada corporation, 12 Market "
        "Street, Reno, Nevada 89501, hereinafter referred to as the \"Company\", grants to Ellis Ward, "
        "hereinafter referred to as \"Optionee\", the right to purchase 40,000 shares of common stock "
        "of the Company at $0.75 per share. The Warrants will expire on May 1, 2012." + MECHANICS,
        "issuer", "Quillon Assay Systems, Inc.", "Quillon Assay Systems, Inc.",
    ),
    (
        "a-party-whose-address-ends-with-a-full-stop-before-its-term",
        "WARRANT AGREEMENT\n\nThis Warrant Agreement made as of March 3, 2008 between Zhenhai Lighting "
        "Ltd., a Delaware corporation, with offices at Room 5, Block C, Harbour Plaza Tower, 88 Jintian "
        "Road, Futian District, Shenzhen, Guangdong Province, P.R. China.\n\n(the \u201cCompany\u201d), and Harbor Stock Transfer (the \u201cWarrant "
        "Agent\u201d). Each Warrant entitles its holder to purchase one share of Common Stock at $6.00."
        + MECHANICS,
        "issuer", "Zhenhai Lighting Ltd.", "Zhenhai Lighting Ltd.",
    ),
    (
        "a-paragraph-break-inside-the-agents-descriptor",
        "WARRANT AGREEMENT\n\nThis Warrant Agreement is made between Osprey Dental Group, Inc. (the "
        "\u201cCompany\u201d), and Harbor Stock Transfer & Trust Company, a\n\nNew York corporation, with "
        "offices at 10 Wall Street, New York\n\n(the \u201cWarrant Agent\u201d). Each Warrant entitles its "
        "holder to purchase one share of Common Stock at $6.00." + MECHANICS,
        "warrant_agent", "Harbor Stock Transfer & Trust Company", "Harbor Stock Transfer & Trust Company",
    ),
    (
        "a-holder-defined-without-quotes-together-with-its-assignees",
        "WARRANT TO PURCHASE STOCK\n\nCompany: | OSPREY DENTAL GROUP, INC. |\nNumber of Shares: | 120,000 |"
        "\n\nWHEREAS, the Company previously issued a warrant to purchase stock to BRACKEN VENTURE "
        "LENDING II, L.P. (together with its successors and assignees, Holder) on May 1, 2009.\n\nTHIS "
        "WARRANT CERTIFIES THAT Holder is entitled to purchase the number of shares set forth above."
        + MECHANICS,
        "holder", "BRACKEN VENTURE LENDING II, L.P.", "BRACKEN VENTURE LENDING II, L.P.",
    ),
    (
        "this-warrant-is-issued-to-a-holder-by-the-company",
        "PREFERRED STOCK PURCHASE WARRANT\n\n1. ISSUANCE. This Preferred Stock Purchase Warrant (the "
        "\"WARRANT\") is issued to BRACKEN VENTURE LENDING II, L.P. by OSPREY DENTAL GROUP, INC., a "
        "Delaware corporation (the \"COMPANY\").\n\n2. PURCHASE PRICE. (a) The registered holder of this "
        "Warrant (the \"HOLDER\") is entitled to purchase from the Company 50,000 shares of Series B "
        "Preferred Stock at $1.25 per share." + MECHANICS,
        "holder", "BRACKEN VENTURE LENDING II, L.P.", "BRACKEN VENTURE LENDING II, L.P.",
    ),
    ("the-company-whose-stock-the-grant-buys", BANK_ISSUES_ITS_OWN_WARRANT,
     "issuer", "Pelican Bank of Lafayette", "Pelican Bank of Lafayette"),
    ("organized-under-the-laws-of-the-state-in-lower-case", BANK_ISSUES_ITS_OWN_WARRANT,
     "issuer_jurisdiction", "Louisiana", "Louisiana"),
    ("the-issuer-is-never-its-own-holder", BANK_ISSUES_ITS_OWN_WARRANT, "holder", None, None),
    ("a-unit-purchase-option-is-named-purchase-option", UNIT_PURCHASE_OPTION,
     "instrument_name", "Purchase Option", "UNIT PURCHASE OPTION"),
    ("units-counted-in-capitals-in-the-title", UNIT_PURCHASE_OPTION, "shares", 350000, "350,000"),
    ("a-cover-table-row-whose-cells-were-joined", SINGAPORE_DEED_POLL, "shares", 840000, "840,000"),
    ("the-holder-or-any-subsequent-holder", ADS_WARRANT,
     "holder", "Whistling Pine Holdings, LLC", "Whistling Pine Holdings, LLC"),
    ("a-count-in-a-mixed-case-title", ADS_WARRANT, "shares", 900000, "900,000"),
    (
        "a-holder-for-the-benefit-of-lenders",
        "STOCK PURCHASE WARRANT\n\nFor value received, Kestrel.com, Inc., a Delaware corporation "
        "(\"Kestrel\"), hereby grants to Rhine Bank AG, New York Branch, for the benefit of the lenders "
        "party to the Credit Agreement (as hereinafter defined), or its registered assigns (the "
        "\"Registered Holder\"), the right to purchase from Kestrel 450,000 shares of Warrant Stock at "
        "$31.25 per share." + MECHANICS,
        "holder", "Rhine Bank AG, New York Branch", "Rhine Bank AG, New York Branch",
    ),
    (
        "a-role-defined-without-quotes-ends-the-party-before-it",
        "COMMON STOCK WARRANT AGREEMENT\n\nTHIS COMMON STOCK WARRANT AGREEMENT is entered into by and "
        "between CORVID FUEL SYSTEMS, INC., a Delaware corporation (Company), and HERON CAPITAL MEZZANINE "
        "PARTNERS, LLC, a Delaware limited liability company (Warrant Holder). The Company grants the "
        "Warrant Holder the right to purchase 500,000 shares of Common Stock at $2.00 per share." + MECHANICS,
        "holder", "HERON CAPITAL MEZZANINE PARTNERS, LLC", "HERON CAPITAL MEZZANINE PARTNERS, LLC",
    ),
    (
        "the-operative-sentence-names-the-instrument-it-defines",
        "Exhibit 4.7 Warrant\n\nWarrant Shares: 250,000\n\nTHIS\n\nUNDERWRITER COMMON SHARE PURCHASE WARRANT "
        "(the \u201cWarrant\u201d) certifies that, for value received, Pemberton Capital Inc. is entitled to "
        "purchase from Kettle River Metals Ltd. 250,000 Common Shares at US$0.45 per share." + MECHANICS,
        "instrument_name", "Underwriter Warrant", "UNDERWRITER COMMON SHARE PURCHASE WARRANT",
    ),
    (
        "the-trust-company-on-a-warrant-agreements-cover-is-its-agent",
        "WARRANT AGREEMENT between KORINTHOS SHIPPING LIMITED and HALYARD TRUST COMPANY, N.A. Dated as of "
        "June 2, 2007 Warrants to Purchase 4,000,000 Shares of Common Stock\n\nARTICLE 1 DEFINITIONS\n\n"
        "Each Warrant entitles the holder to purchase one share of Common Stock at $9.00." + MECHANICS,
        "warrant_agent", "HALYARD TRUST COMPANY, N.A.", "HALYARD TRUST COMPANY, N.A.",
    ),
    (
        "warrants-each-to-purchase-one-share",
        "WARRANT AGREEMENT\n\nA. The Company proposes to issue Warrants, as hereinafter described (the "
        "\"Warrants\"), each to purchase at the Warrant Price (as defined below) one share of Class A "
        "Common Stock of Brightwell Media, Inc. (the \"Company\")." + MECHANICS,
        "shares_per_warrant", "1", "one",
    ),
    (
        "one-share-for-each-warrant-represented-hereby",
        "SHARE PURCHASE WARRANT CERTIFICATE\n\nTHIS IS TO CERTIFY THAT Lena Hart (the \u201cHolder\u201d) is "
        "entitled to purchase one fully paid and non-assessable common share (the \u201cShares\u201d) of "
        "Cariboo Extracts Corporation (the \u201cCorporation\u201d) for each share purchase warrant (the "
        "\u201cWarrant\u201d) represented hereby at C$0.65 per Share." + MECHANICS,
        "shares_per_warrant", "1", "one",
    ),
    (
        "an-agent-hereinafter-called-after-a-constituted-partnership",
        "WARRANT INDENTURE\n\nBETWEEN\n\nNORTHERN SPRUCE MINERALS CORP.\n\n(hereinafter called the "
        "\"CORPORATION\")\n\nAND\n\nHALLORAN WEBB LLP, a partnership constituted under the laws of the "
        "Province of Ontario\n\n(hereinafter called the \"WARRANT AGENT\")\n\nEach Warrant entitles the holder "
        "to purchase one Common Share at Cdn$0.75." + MECHANICS,
        "warrant_agent", "HALLORAN WEBB LLP", "HALLORAN WEBB LLP",
    ),
    (
        "an-agent-after-a-party-ending-in-a-company-suffix-and",
        "WARRANT AGREEMENT\n\nDated as of May 1, 1999 between ZEELAND TELECOM HOLDINGS N.V. and HARBOR "
        "TRUST COMPANY OF NEW YORK as Warrant Agent\n\nEach Warrant entitles the holder to purchase 5.5 "
        "Ordinary Shares at $0.01." + MECHANICS,
        "warrant_agent", "HARBOR TRUST COMPANY OF NEW YORK", "HARBOR TRUST COMPANY OF NEW YORK",
    ),
    ("a-price-on-payment-of-an-amount-per-share", COMPENSATION_WARRANTS, "exercise_price", "2.40", "Cdn$2.40"),
    ("one-share-after-a-long-interruption-before-to-acquire", COMPENSATION_WARRANTS,
     "shares_per_warrant", "1", "one"),
    ("compensation-warrants-defined-in-capitals", COMPENSATION_WARRANTS,
     "instrument_name", "COMPENSATION WARRANTS", "COMPENSATION WARRANTS"),
    (
        "the-place-where-the-holder-is-organized-is-not-the-issuers",
        "WARRANT\n\nThe corporation whose name appears at the head of this Warrant (the \"Company\") hereby "
        "certifies that FELSENBURG ANALYTIK GMBH, a limited liability company organized under the laws of "
        "the Federal Republic of Germany, or its permitted assigns (the \"Holder\"), is entitled to "
        "purchase from the Company 500,000 shares of Common Stock at $3.00 per share." + MECHANICS,
        "issuer_jurisdiction", None, None,
    ),
    (
        "registered-in-england-ampersand-wales",
        "WARRANT INSTRUMENT\n\nTHIS INSTRUMENT is made by HALLAM BIOLOGICS PLC, a public limited company "
        "incorporated and registered in England & Wales under company number 01234567 (the \u201cCompany"
        "\u201d).\n\nThe Company constitutes warrants to subscribe for 50,000 Ordinary Shares at 40 pence "
        "per share." + MECHANICS,
        "issuer_jurisdiction", "England and Wales", "England",
    ),
    ("void-if-not-exercised-prior-to", SPAC_CERTIFICATE_FACE, "expiration_date", dt.date(2016, 3, 1),
     "MARCH 1, 2016"),
    ("the-warrant-agreement-date-is-not-the-certificates", SPAC_CERTIFICATE_FACE, "issue_date", None, None),
    (
        "an-aggregate-amount-is-not-a-price-per-share",
        "WARRANT\n\nThis certifies that Odin Partners is entitled to purchase from Tallis Telecom Ltd. "
        "Ordinary Shares.\n\n1. This Warrant may be exercised to purchase that number of the Company's "
        "Ordinary Shares having an aggregate exercise price in an amount equivalent to two hundred "
        "thousand United States dollars (US$200,000), at an exercise price per Ordinary Share calculated "
        "as set forth in Section 2." + MECHANICS,
        "exercise_price", None, None,
    ),
    (
        "an-ordinal-of-the-month-without-day",
        "NON-TRANSFERABLE SHARE PURCHASE WARRANT\n\nThis certifies that Lena Hart is entitled to "
        "purchase 100,000 common shares of Skeena Capital Corp. at US$0.50 per share.\n\nIN WITNESS "
        "WHEREOF SKEENA CAPITAL CORP. has caused this Warrant to be executed under its corporate seal as "
        "of the 9th of May, 2003." + MECHANICS,
        "issue_date", dt.date(2003, 5, 9), "the 9th of May, 2003",
    ),
    (
        "a-date-on-the-number-line-beside-void-after",
        "HALDEN ARTS, INC.\n\nFORM OF\n\nWARRANT TO PURCHASE SERIES A PREFERRED STOCK\n\nNo. ________ "
        "June 4, 2002\nVoid After June 4, 2012\n\nTHIS CERTIFIES THAT, for value received, Osgood Partners "
        "is entitled to subscribe for and purchase from Halden Arts, Inc. 10,000 shares of Series A "
        "Preferred Stock." + MECHANICS,
        "issue_date", dt.date(2002, 6, 4), "June 4, 2002",
    ),
    (
        "a-name-after-the-securities-a-title-names",
        "WARRANT TO PURCHASE AMERICAN DEPOSITARY SHARES REPRESENTED BY AMERICAN DEPOSITARY RECEIPTS "
        "SHANNON GENOMICS PLC\n\nThis certifies that Perch Capital LP is entitled to purchase up to "
        "500,000 American Depositary Shares at $4.00 per share." + MECHANICS,
        "issuer", "SHANNON GENOMICS PLC", "SHANNON GENOMICS PLC",
    ),
    (
        "a-page-number-before-a-name-in-capitals",
        "1 KILDARE MINES INC. - AND - HARBOUR TRUST COMPANY OF CANADA\n\nWARRANT INDENTURE\n\nProviding "
        "for the issue of Common Share Purchase Warrants\n\nEach Warrant entitles the holder to purchase "
        "one Common Share at Cdn$1.10." + MECHANICS,
        "issuer", "KILDARE MINES INC.", "KILDARE MINES INC.",
    ),
    (
        "a-name-in-capitals-ends-where-the-capitals-end",
        "WARRANT TO PURCHASE CLASS A CUMULATIVE PREFERRED STOCK, SERIES 2001-B OF HOLLIS LODGING COMPANY "
        "Certificate No. W-2\n\nThis certifies that Fenwick Partners is entitled to purchase 50,000 "
        "shares of Preferred Stock at $20.00 per share." + MECHANICS,
        "issuer", "HOLLIS LODGING COMPANY", "HOLLIS LODGING COMPANY",
    ),
    (
        "the-seller-named-by-its-short-name-before-a-count",
        "STOCK PURCHASE WARRANT\n\nFor value received, Kestrel.com, Inc., a Delaware corporation "
        "(\"Kestrel\"), hereby grants to Rhine Bank AG, or its registered assigns (the \"Registered "
        "Holder\"), the right to purchase from Kestrel 450,000 shares of Warrant Stock at a price of "
        "$31.25 per share." + MECHANICS,
        "issuer", "Kestrel.com, Inc.", "Kestrel.com, Inc.",
    ),
    ("a-one-word-label-among-joined-table-rows", LENDER_COVER_TABLE,
     "holder", "Ketterley Growth Lending Fund III, L.P.", "Ketterley Growth Lending Fund III, L.P."),
    ("a-one-word-company-label-among-joined-table-rows", LENDER_COVER_TABLE,
     "issuer", "Pinyon Therapeutics, Inc.", "Pinyon Therapeutics, Inc."),
    ("a-private-limited-name-ending-pte-ltd", SINGAPORE_DEED_POLL,
     "holder", "JURONG BAY CREDIT PARTNERS PTE. LTD.", "JURONG BAY CREDIT PARTNERS PTE. LTD."),
    ("a-price-in-new-israeli-shekels", ISRAELI_WARRANT, "exercise_price", "7.85", "NIS 7.85"),
    ("the-currency-of-a-price-in-shekels", ISRAELI_WARRANT, "currency", "ILS", "NIS"),
    (
        "a-price-in-hong-kong-dollars",
        "WARRANT CERTIFICATE\n\nThis certifies that Lantau Partners Limited is entitled to subscribe for "
        "200,000 ordinary shares of Kowloon Bay Logistics Limited at HK$2.45 per share." + MECHANICS,
        "currency", "HKD", "HK$",
    ),
    (
        "units-bought-from-the-company-up-to-a-count",
        "UNIT WARRANT\n\nThis certifies that, for value received, Mara Lindqvist, the registered holder "
        "hereof (\"Holder\"), is entitled to purchase from Corvane Pharmaceuticals, a Delaware "
        "corporation (the \"Corporation\"), at any time during the period specified in Section 1(a) "
        "hereof, up to 40,000 units (the \"Units\"), each Unit consisting of one share of common stock "
        "and one warrant to purchase one share of Common Stock." + MECHANICS,
        "shares", 40000, "40,000",
    ),
]

# A SPAC warrant agreement of 2006-2008 that sets out each kind of warrant in its own recital
# clause, with its own count and price, and no grouping sentence before the opening ends.
KINDS_IN_RECITALS = (
    "WARRANT AGREEMENT\n\nThis Warrant Agreement (the \u201cAgreement\u201d) is made as of May 2, 2007, "
    "between Larkspur Acquisition Corp., a Delaware corporation (the \u201cCompany\u201d), and "
    "Continental Stock Transfer & Trust Company (the \u201cWarrant Agent\u201d).\n\nWHEREAS, the Company "
    "has determined to issue and deliver up to (i) 6,000,000 Warrants (the \u201cPublic\nWarrants\u201d) "
    "to the public investors, each of such Public Warrants evidencing the right of the holder "
    "thereof to purchase one share of Common Stock for $6.00 per share, and (ii) 300,000 Warrants "
    "to Brightwater Securities, Inc. (\u201cBrightwater\u201d) as representative of the underwriters "
    "(the \u201cUnderwriter\u2019s Warrants\u201d), each of such Underwriter\u2019s Warrants evidencing "
    "the right of the holder thereof to purchase one share of Common Stock for $7.20 per share;"
    "\n\nWHEREAS, the Company shall sell 900,000 Warrants in a private placement (the \u201cInsider "
    "Warrants\u201d), each of such Insider Warrants evidencing the right of the holder thereof to "
    "purchase one share of Common Stock for $6.00 per share (the Public Warrants, the "
    "Underwriter\u2019s Warrants and the Insider Warrants are collectively referred to"
)


# A 2021 SPAC warrant agreement cut before its grouping sentence: each kind in its own recital.
KINDS_EACH_IN_A_RECITAL = (
    "WARRANT AGREEMENT\n\nTHIS WARRANT AGREEMENT, dated as of June 30, 2021, is by and between Larkspur "
    "Partnering Corporation, a Cayman Islands exempted company (the \u201cCompany\u201d), and Continental "
    "Stock Transfer & Trust Company, a New York corporation, as warrant agent (the \u201cWarrant Agent\u201d)"
    ".\n\nWHEREAS, the Company is engaged in an initial public offering of units and, in "
    "connection therewith, has determined to issue and deliver up to 8,333,333 warrants to public "
    "investors in the Offering (the \u201cPublic Warrants\u201d);\n\nWHEREAS, on June 30, 2021, the Company "
    "entered into a Private Placement Warrants Purchase Agreement with Larkspur Sponsor LP (the "
    "\u201cSponsor\u201d), pursuant to which the Sponsor will purchase 5,000,000 private placement warrants "
    "simultaneously with the closing of the Offering (the \u201cPrivate Placement Warrants\u201d) at a "
    "purchase price of $1.50 per Private Placement Warrant;\n\nWHEREAS, each whole Public Warrant "
    "entitles its holder to purchase one Class A ordinary share at $11.50 per share;"
)


@pytest.mark.parametrize("agent", [
    "as warrant agent (the \u201cWarrant Agent\u201d)",
    # the comma inside the quotes, as drafters often put it
    ("as warrant agent (in such capacity, the \u201cWarrant Agent,\u201d and also referred to herein as the "
     "\u201cTransfer Agent\u201d)"),
])
def test_kinds_each_defined_in_a_recital_of_a_warrant_agreement(agent: str) -> None:
    text = KINDS_EACH_IN_A_RECITAL.replace("as warrant agent (the \u201cWarrant Agent\u201d)", agent)
    assert agent in text
    found = extract_candidates(_doc(text))
    names = [(ic.ctx.kind or "").replace("\n", " ") for ic in found]
    assert names == ["Public Warrants", "Private Placement Warrants"]
    private = found[1].chosen
    assert private["warrant_count"] is not None and private["warrant_count"].value == 5000000
    assert private["exercise_price"] is None or private["exercise_price"].value != Decimal("1.50")


def test_an_agreement_issuing_founders_warrants_before_public_ones_names_the_public_first() -> None:
    text = (
        "WARRANT AGREEMENT\n\nThis Warrant Agreement is made as of July 20, 2006, by and between Larkspur "
        "Acquisition Holdings, Inc. (the \u201cCompany\u201d) and Continental Stock Transfer & Trust Company "
        "(the \u201cWarrant Agent\u201d).\n\nWHEREAS, the Company has engaged in a private offering of units "
        "to its founders and has determined to issue and deliver an aggregate of 9,375,000 warrants (the "
        "\u201cFounders\u2019 Warrants\u201d) to be included in units issued to the Founders; and\n\nWHEREAS, "
        "the Company may issue and deliver up to 41,250,000 warrants to the public investors (\u201cPublic "
        "Warrants\u201d), each of such Public Warrants evidencing the right of the holder thereof to purchase "
        "one share of Common Stock for $6.00, subject to adjustment; and\n\nWHEREAS, the Public Warrants "
        "will be registered."
    )
    found = extract_candidates(_doc(text))
    names = [(ic.ctx.kind or "").replace("\u2019", "'") for ic in found]
    assert names == ["Public Warrants", "Founders' Warrants"]
    assert found[1].chosen["warrant_count"] is not None and found[1].chosen["warrant_count"].value == 9375000


def test_kinds_set_out_in_recitals_each_with_their_own_count_and_price() -> None:
    found = extract_candidates(_doc(KINDS_IN_RECITALS))
    by_name = {(ic.ctx.kind or "").replace("\n", " "): ic.chosen for ic in found}
    assert next(iter(by_name)) == "Public Warrants"
    price = {k: v["exercise_price"].value if v["exercise_price"] else None for k, v in by_name.items()}
    count = {k: v["warrant_count"].value if v["warrant_count"] else None for k, v in by_name.items()}
    assert price == {"Public Warrants": Decimal("6.00"), "Underwriter\u2019s Warrants": Decimal("7.20"),
                     "Insider Warrants": Decimal("6.00")}
    assert count == {"Public Warrants": None, "Underwriter\u2019s Warrants": 300000, "Insider Warrants": 900000}


# A 2008 SPAC agreement: kinds bought as units of one share and one warrant, one defined in the
# grouping sentence itself, one named "Initial Sponsor Warrants".
KINDS_IN_UNITS = (
    "WARRANT AGREEMENT\n\nThis Warrant Agreement is made as of February 1, 2008 between Larkspur Partners "
    "Acquisition Corp., a Delaware corporation (the \u201cCompany\u201d), and Coral Stock Transfer Company "
    "(the \u201cWarrant Agent\u201d).\n\nWHEREAS, the Company has issued and sold to Larkspur Holdings, LLC "
    "(the \u201cSponsor\u201d) an aggregate of 5,750,000 units (the \u201cSponsor Units\u201d), each unit "
    "consisting of one share of common stock (the \u201cCommon Stock\u201d) and one warrant entitling the "
    "holder thereof to purchase one share of Common Stock for $7.50 (such warrants, the \u201c{sponsor}\u201d);"
    "\n\nWHEREAS, the Company will engage in a public offering of up to 20,000,000 units, each unit "
    "consisting of one share of Common Stock and one warrant entitling the holder thereof to purchase one "
    "share of Common Stock for $7.50 (the \u201cPublic Warrants\u201d);\n\nWHEREAS, the Company intends to "
    "engage in a private offering of 6,000,000 warrants to certain affiliates of the Company (the "
    "\u201cPrivate Investors\u201d) for $1.00 per warrant with each warrant evidencing the right of the holder "
    "thereof to purchase one share of Common Stock for $7.50 (the \u201cPrivate Placement\nWarrants\u201d and, "
    "together with the {sponsor} and the Public Warrants, the \u201cWarrants\u201d);" + MECHANICS
)


# A bank lender's form: the terms in a schedule whose labels name the section that uses them.
LENDER_SCHEDULE = (
    "WARRANT TO PURCHASE STOCK\nThis WARRANT TO PURCHASE STOCK (as amended and in effect from time to time, this "
    "\u201cWarrant\u201d) is issued as of the issue date set forth on Schedule I hereto (the \u201cIssue Date\u201d) by "
    "the company set forth on Schedule I hereto (the \u201cCompany\u201d) to CORAL RIVER BANK, A DIVISION OF HARLAN "
    "BANK & TRUST COMPANY, in connection with that certain Loan and Security Agreement of even date herewith "
    "between them. The parties agree as follows:\nSCHEDULE I. WARRANT PROVISIONS.\n|\n|\nWarrant Section |\n"
    "Warrant Provision |\nRecitals \u2013 \u201cIssue Date\u201d |\nAugust 6, 2024. |\nRecitals \u2013 \u201cCompany\u201d "
    "|\nHARLAN THERAPEUTICS, INC., a Delaware corporation |\n1.1 \u2013 \u201cClass\u201d |\nCommon Stock, $0.0001 par "
    "value per share. |\n1.1 \u2013 \u201cExercise Price\u201d |\n$2.55 per Share. |\n1.2 \u2013 \u201cInitial Shares\u201d "
    "|\n73,649. |\n1.3(a) \u2013 \u201cTranche A Additional Shares Pool\u201d |\n49,099. |" + MECHANICS
)


def test_a_schedule_labelled_by_section_and_a_holder_the_warrant_is_issued_to() -> None:
    chosen = extract_candidates(_doc(LENDER_SCHEDULE))[0].chosen
    got = {f: _plain(chosen[f].value) if chosen[f] else None
           for f in ("issuer", "issuer_jurisdiction", "holder", "security", "shares", "exercise_price", "issue_date")}
    assert got == {"issuer": "HARLAN THERAPEUTICS, INC.", "issuer_jurisdiction": "Delaware",
                   "holder": "CORAL RIVER BANK, A DIVISION OF HARLAN BANK & TRUST COMPANY",
                   "security": "Common Stock", "shares": 73649, "exercise_price": Decimal("2.55"),
                   "issue_date": dt.date(2024, 8, 6)}


def test_an_agents_capacity_line_over_the_title_is_not_the_title() -> None:
    html = (
        "<html><body><p>Exhibit 4.1</p><p>HARLAN LAKE INDUSTRIES, INC.</p><p>and</p><p>CORAL STOCK TRANSFER &amp; "
        "TRUST COMPANY,<br>as Warrant Agent</p><p>WARRANT AGREEMENT</p><p>Subscription Warrants to Purchase Common "
        "Stock</p><p>This WARRANT AGREEMENT is made by and between Harlan Lake Industries, Inc. (the "
        "\u201cCompany\u201d) and Coral Stock Transfer &amp; Trust Company (the \u201cWarrant Agent\u201d). The Company is "
        "issuing 4,213,512 warrants (the \u201cSubscription Warrants\u201d), each entitling the holder to purchase one "
        "share of Common Stock at $8.50.</p><p>1. Exercise. The Holder may exercise a Subscription Warrant by paying "
        "the Exercise Price by wire transfer.</p></body></html>"
    )
    doc = _doc(html, "agreement.htm")
    found = extract_candidates(doc)[0]
    assert found.ctx.title is not None and "Agent" not in doc.text[found.ctx.title[0] : found.ctx.title[1]]
    chosen = found.chosen["instrument_name"]
    assert chosen is not None and chosen.value == "Subscription Warrants"


def test_tranches_in_a_table_under_a_title_naming_them_each_read_their_column_and_earlier_of_date() -> None:
    text = (
        "# HARLAN THERAPEUTICS, INC.\n\n# COMMON STOCK PURCHASE WARRANTS\n## (Tranche A Warrant and Tranche B "
        "Warrant)\n\nIssue Date: July 22, 2019\n\nThis instrument sets out the terms of two separate warrants issued "
        "by Harlan Therapeutics, Inc. (the \"Company\") to Coral Life Sciences Fund, L.P. (the \"Holder\"): the "
        "Tranche A Warrant and the Tranche B Warrant (each, a \"Warrant\" and together, the \"Warrants\").\n\n"
        "| Term | Tranche A Warrant | Tranche B Warrant |\n|---|---|---|\n| Number of Warrant Shares | 2,500,000 | "
        "2,500,000 |\n| Exercise Price per Share | $3.40 | $5.10 |\n| Termination Date | 5:00 p.m. on the earlier of "
        "(i) the sixtieth (60th) day following the Topline Data Announcement and (ii) March 31, 2021 | 5:00 p.m. on "
        "the earlier of (i) the ninetieth (90th) day following the NDA Acceptance Announcement and (ii) September "
        "30, 2022 |\n\nTHIS CERTIFIES THAT the Holder is entitled to purchase from the Company, under each Warrant, "
        "the Number of Warrant Shares at the Exercise Price." + MECHANICS
    )
    found = extract_candidates(_doc(text))
    assert [ic.ctx.kind for ic in found] == ["Tranche A Warrant", "Tranche B Warrant"]
    got = [(_plain(ic.chosen["exercise_price"].value), _plain(ic.chosen["expiration_date"].value))
           for ic in found if ic.chosen["exercise_price"] and ic.chosen["expiration_date"]]
    assert got == [(Decimal("3.40"), dt.date(2021, 3, 31)), (Decimal("5.10"), dt.date(2022, 9, 30))]


def test_a_counted_kind_of_any_name_named_again_in_the_grouping_is_an_instrument() -> None:
    text = (
        "WARRANT AGREEMENT\n\nAgreement made as of June 2, 2008 between Harlan Acquisition Corp., a Delaware "
        "corporation (\u201cCompany\u201d), and Coral Stock Transfer & Trust Company (\u201cWarrant Agent\u201d).\n\n"
        "WHEREAS, the Company has sold units to its initial stockholders and has issued and delivered an aggregate "
        "of 1,760,937 warrants (the \u201cInitial Warrants\u201d) to be included in the Units issued to the Founders; "
        "and\n\nWHEREAS, the Company is engaged in a public offering of Units and has determined to issue and deliver "
        "up to (i) 7,043,750 warrants (\u201cPublic Warrants\u201d) to the public investors, and (ii) 475,000 warrants "
        "to Thorn Capital, Inc. (\u201cRepresentative\u2019s Warrants\u201d and, together with the Public Warrants and "
        "Initial Warrants, the \u201cWarrants\u201d), each of such Warrants evidencing the right of the holder thereof "
        "to purchase one share of Common Stock for $6.00." + MECHANICS
    )
    found = extract_candidates(_doc(text))
    count = _by_kind(found, "warrant_count")
    assert count == {"Public Warrants": None, "Initial Warrants": 1760937, "Representative\u2019s Warrants": 475000}


def test_kinds_not_redeemable_until_transferred_leave_the_public_kind_redeemable() -> None:
    text = (
        KINDS_IN_RECITALS + " the \u201cWarrants\u201d.\n\n6.1 Redemption. Not less than all of the outstanding "
        "Warrants may be redeemed, at the option of the Company, at the price of $.01 per Warrant, provided that the "
        "last sales price of the Common Stock has been at least $11.50 per share on each of 20 trading days within "
        "a 30 trading day period.\n\n6.4 Outstanding Warrants Only. The Underwriter\u2019s Warrants and the Insider "
        "Warrants shall not be redeemable by the Company so long as they are held by their initial holders; to the "
        "extent any of them is transferred, it shall thereupon be redeemable to the same extent as the Public "
        "Warrants." + MECHANICS
    )
    found = extract_candidates(_doc(text))
    calls = {(ic.ctx.kind or "").replace("\n", " "): _plain(ic.chosen["redemption"].value) if ic.chosen["redemption"]
             else None for ic in found}
    assert calls["Underwriter\u2019s Warrants"] == [] and calls["Insider Warrants"] == []
    assert calls["Public Warrants"] and calls["Public Warrants"][0]["trigger_price"] == "11.50"


FORWARD_PURCHASE_KIND = (
    "WARRANT AGREEMENT\n\nThis agreement is made as of March 22, 2022 between Harlan Tern Acquisition Corp., a Delaware "
    "corporation (the \u201cCompany\u201d), and Coral Stock Transfer & Trust Company, a New York corporation, as "
    "warrant agent (the \u201cWarrant Agent\u201d).\n\nWHEREAS, the Company is issuing 10,000,000 warrants as part "
    "of the units of its initial public offering (the \u201cPublic Warrants\u201d);\n\nWHEREAS, Harlan Tern Sponsor LLC "
    "(the \u201cSponsor\u201d) has agreed to purchase 5,000,000 warrants (the \u201cPrivate Placement "
    "Warrants\u201d);\n\nWHEREAS, pursuant to a Forward Purchase Agreement, dated March 17, 2022 (the \u201cForward "
    "Purchase Agreement\u201d), Coral Bourne Fund, L.P., a Cayman Islands exempted limited partnership (the "
    "\u201cForward Purchaser\u201d), has committed to purchase units in a private placement to close concurrently "
    "with the consummation of the Company\u2019s initial Business Combination (as defined below) (the \u201cForward "
    "Closing\u201d), and the Company shall issue to the Forward Purchaser at the Forward Closing two million "
    "(2,000,000) warrants (the \u201cForward Purchase Warrants\u201d);\n\nWHEREAS, the Public Warrants, the Private "
    "Placement Warrants and the Forward Purchase Warrants are referred to collectively herein as the "
    "\u201cWarrants,\u201d and each whole Warrant entitles the registered holder thereof to purchase one share of "
    "Class A Common Stock at a price of $11.50 per share.\n\n2.6 Forward Purchase Warrants. The Forward Purchase "
    "Warrants shall be identical to the Public Warrants, except that a Forward Purchase Warrant may be exercised "
    "only by payment of the Warrant Price in cash and shall not be exercised on a cashless basis.\n\n3.3 Cashless "
    "Exercise. The Company may require holders of Public Warrants to exercise such Warrants on a \u201ccashless "
    "basis\u201d, and the Private Placement Warrants may be exercised on a \u201ccashless basis\u201d at the holder\u2019s "
    "option." + MECHANICS
)


def test_a_kind_counted_in_words_and_digits_bought_by_a_party_before_an_event_term() -> None:
    found = {ic.ctx.kind: ic for ic in extract_candidates(_doc(FORWARD_PURCHASE_KIND))}
    forward = found["Forward Purchase Warrants"]
    assert forward.chosen["warrant_count"].value == 2000000
    # "(the “Forward Closing”)" names an event, not the party that buys the kind
    assert forward.chosen["holder"].value == "Coral Bourne Fund, L.P."


def test_cashless_exercise_denied_for_one_kind_only() -> None:
    found = {ic.ctx.kind: ic.chosen["cashless_exercise"].value for ic in extract_candidates(_doc(FORWARD_PURCHASE_KIND))}
    assert found == {"Public Warrants": True, "Private Placement Warrants": True, "Forward Purchase Warrants": False}


@pytest.mark.parametrize("title", ["SERIES A AND SERIES B COMMON STOCK PURCHASE WARRANTS",
                                   "SERIES A COMMON STOCK PURCHASE WARRANT AND SERIES B COMMON STOCK PURCHASE WARRANT"])
def test_each_series_reads_its_own_column_of_a_face_table_whose_cells_hold_prose(title: str) -> None:
    cell = "<td>{}</td>"
    rows = [
        ("Term", "Series A Warrant", "Series B Warrant"),
        ("Warrant Shares (initial number, subject to adjustment)", "1,200,000", "600,000"),
        ("Exercise Price per Warrant Share", "$1.48", "$1.35"),
        ("Initial Exercise Date", "The Issue Date (March 2, 2020)", "The Stockholder Approval Date"),
        ("Termination Date", ("5:00 p.m. (New York City time) on September 2, 2025, being the date that is five and "
         "one-half years after the Initial Exercise Date"), ("5:00 p.m. (New York City time) on the date that is "
         "eighteen (18) months after the Initial Exercise Date")),
    ]
    table = "".join("<tr>" + "".join(cell.format(c) for c in row) + "</tr>" for row in rows)
    html = (
        f"<html><body><p>{title}</p>"
        "<p>Issue Date: March 2, 2020</p><table>" + table + "</table>"
        "<p>THIS CERTIFICATE evidences two separate warrants issued by Harlan Neuro, Inc., a Delaware corporation "
        "(the \u201cCompany\u201d): a Series A Common Stock Purchase Warrant (the \u201cSeries A Warrant\u201d) and a "
        "Series B Common Stock Purchase Warrant (the \u201cSeries B Warrant\u201d). Each of the Series A Warrant and "
        "the Series B Warrant entitles Coral Fund, L.P. (the \u201cHolder\u201d) to purchase from the Company up to "
        "the number of shares of Common Stock shown for that series in the table above at the Exercise Price shown "
        "for that series.</p><p>Each provision of this Certificate applies to the Series A Warrant and to the "
        "Series B Warrant separately, and the exercise of the Series A Warrant shall not affect the Series B "
        "Warrant.</p><p>\u201cStockholder Approval\u201d means the approval of the Company\u2019s stockholders of "
        "the issuance of the shares issuable upon exercise of the Series B Warrants. The Company has agreed to hold "
        "a meeting of stockholders to obtain Stockholder Approval no later than May 31, 2020 and at least once in "
        "every ninety (90) day period thereafter.</p>" + "".join(f"<p>{p}</p>" for p in MECHANICS.split("\n\n") if p)
        + "</body></html>"
    )
    doc = _doc(html, "series.htm")
    found = {ic.ctx.kind: ic.chosen for ic in extract_candidates(doc)}
    a, b = found["Series A Warrant"], found["Series B Warrant"]
    assert (a["shares"].value, b["shares"].value) == (1200000, 600000)
    assert a["expiration_date"].value == dt.date(2025, 9, 2)
    # the Series B Warrant runs eighteen months from a stockholders' vote: no calendar date, not
    # the Series A column's date, nor the date the company must hold the meeting by
    assert b["expiration_date"] is None or b["expiration_date"].value is None
    assert _plain(b["expiration_term"].value)["amount"] == 18


def _form(roman: str, title: str, name: str, face: str, body: str) -> str:
    return (
        f"({roman})\n\nTHIS SECURITY HAS NOT BEEN REGISTERED UNDER THE SECURITIES ACT OF 1933.\n\n{title}\nTO PURCHASE "
        f"SHARES OF COMMON STOCK\n\nHARLAN BIO, INC.\n\n{face}\n\nTHIS {title} TO PURCHASE SHARES OF COMMON STOCK (this "
        f"\u201c{name}\u201d) certifies that, for value received, Coral Fund, L.P. or its assigns (the \u201cHolder\u201d) "
        f"is entitled to subscribe for and purchase from Harlan Bio, Inc., a Delaware corporation (the "
        f"\u201cCompany\u201d), the shares of Common Stock stated on the face of this {name}.\n\n{body}\n\n1. Exercise. The "
        f"Holder may exercise this {name} by delivering a Notice of Exercise and paying the Exercise Price.\n\n"
    )


TWO_COMPLETE_FORMS = (
    "Exhibit 4.1 contains two separate instruments: (I) the Common Warrant and (II) the Pre-Funded Warrant.\n\n"
    + _form("I", "COMMON WARRANT", "Common Warrant",
            "Certificate No.: CW-7 | Warrant Shares: 2,000,000\n\nIssue Date: May 1, 2023 | Exercise Price: $1.77 per share",
            "This Common Warrant is held through the Warrant Agency Agreement between the Company and Coral Transfer "
            "LLC, as warrant agent (the \u201cWarrant Agent\u201d). As to any fraction of a share, the Company shall pay "
            "a cash adjustment equal to the fraction multiplied by the Exercise Price.")
    + _form("II", "PRE-FUNDED WARRANT", "Pre-Funded Warrant",
            "Certificate No.: PFW-7 | Warrant Shares: 500,000\n\nIssue Date: May 1, 2023 | Exercise Price: $0.001 per share",
            "Coral Transfer LLC acts solely as transfer agent and not as warrant agent for this Pre-Funded Warrant. "
            "Upon a Fundamental Transaction the Holder shall receive, for each Pre-Funded Warrant Share that would "
            "have been issuable upon exercise, the securities it would have been entitled to receive had it been the "
            "holder of one share of Common Stock. As to any fraction of a share, the Company shall round "
            "up to the next whole share.")
    + "2. Governing Law. This warrant shall be governed by the laws of the State of New York.\n"
)


def test_each_complete_form_of_an_exhibit_is_read_on_its_own() -> None:
    found = {ic.ctx.kind: ic.chosen for ic in extract_candidates(_doc(TWO_COMPLETE_FORMS))}
    common, pre = found["Common Warrant"], found["Pre-Funded Warrant"]
    assert (common["shares"].value, pre["shares"].value) == (2000000, 500000)
    assert (str(common["exercise_price"].value), str(pre["exercise_price"].value)) == ("1.77", "0.001")
    assert (common["fractional_shares"].value, pre["fractional_shares"].value) == ("cash", "round_up")
    assert common["warrant_agent"].value == "Coral Transfer LLC"
    assert pre["warrant_agent"] is None or pre["warrant_agent"].value is None
    # "for each Pre-Funded Warrant Share … one share of Common Stock" is no ratio of warrants
    assert pre["shares_per_warrant"] is None or pre["shares_per_warrant"].value is None


CLASS_A_AND_B_PARTS = (
    "WARRANT AGREEMENT dated as of March 3, 1997 between HARLAN GRILL GROUP, INC., a Colorado corporation (the "
    "\"Company\"), and CORAL STOCK TRANSFER COMPANY, as warrant agent (the \"Warrant Agent\").\n\nWHEREAS, the Company "
    "proposes to offer to the public up to 800,000 units, each Unit consisting of one share of Common Stock, one "
    "Class A Redeemable Common Stock Purchase Warrant (a \"Class A Warrant\") and one Class B Redeemable Common "
    "Stock Purchase Warrant (a \"Class B Warrant\" and, together with the Class A Warrants, the \"Warrants\");\n\n"
    "1. Definitions.\n\n(a) \"Effective Date\" shall mean February 24, 1997, the date on which the Registration "
    "Statement was declared effective.\n\n(b) \"Expiration Date\" shall mean, (i) with respect to the Class A "
    "Warrants, 5:00 p.m. on the date that is three (3) years after the Effective Date, and (ii) with respect to the "
    "Class B Warrants, 5:00 p.m. on the date that is five (5) years after the Effective Date.\n\n(c) \"Initial "
    "Warrant Exercise Date\" shall mean, (i) with respect to the Class A Warrants, the date that is ninety (90) days "
    "after the Effective Date, and (ii) with respect to the Class B Warrants, the first anniversary of the "
    "Effective Date.\n\n2. Warrants.\n\n(a) Each Class A Warrant shall initially entitle the Registered Holder to "
    "purchase one share of Common Stock at $6.00, and each Class B Warrant shall initially entitle the Registered "
    "Holder to purchase one share of Common Stock at $8.50.\n\n(b) Each Class A Warrant may be exercised at any time "
    "on or after the Initial Warrant Exercise Date applicable to the Class A Warrants, and each Class B Warrant "
    "may be exercised at any time on or after the Initial Warrant Exercise Date applicable to the Class B "
    "Warrants, but not after the Expiration Date applicable to its class.\n\n8. Redemption.\n\n(a) Class A "
    "Warrants. The Company may redeem all of the outstanding Class A Warrants at a Redemption Price of $.05 per "
    "Class A Warrant, provided that the closing bid price of the Common Stock has equalled or exceeded $9.00 per "
    "share for twenty (20) consecutive trading days.\n\n(b) Class B Warrants. The Company may redeem all of the "
    "outstanding Class B Warrants at a Redemption Price of $.10 per Class B Warrant, provided that the closing bid "
    "price of the Common Stock has equalled or exceeded $12.75 per share for any twenty (20) trading days within a "
    "period of thirty (30) consecutive trading days.\n\n(c) Notice. In the event the Company shall elect to redeem a "
    "class of Warrants, the Company shall give notice of redemption to the Registered Holders of all outstanding "
    "Warrants of that class by first class mail, postage prepaid, not less than thirty (30) days prior to the "
    "date fixed for redemption." + MECHANICS
)


def test_each_class_reads_its_own_part_of_a_shared_definition_and_its_own_redemption() -> None:
    found = {ic.ctx.kind: ic.chosen for ic in extract_candidates(_doc(CLASS_A_AND_B_PARTS))}
    a, b = found["Class A Warrant"], found["Class B Warrant"]
    # three and five years after the Effective Date the document states, not after its own date
    assert (a["expiration_date"].value, b["expiration_date"].value) == (dt.date(2000, 2, 24), dt.date(2002, 2, 24))
    assert (_plain(a["expiration_term"].value)["amount"], _plain(b["expiration_term"].value)["amount"]) == (3, 5)
    assert (_plain(a["exercisable_from"].value)["amount"], _plain(b["exercisable_from"].value)["amount"]) == (90, 1)
    assert [(r.trigger_price, r.notice_days) for r in a["redemption"].value] == [(Decimal("9.00"), 30)]
    assert [(r.trigger_price, r.notice_days) for r in b["redemption"].value] == [(Decimal("12.75"), 30)]


def test_a_schedule_of_kinds_whose_rows_are_numbered_before_their_labels() -> None:
    text = (
        "WARRANT AGREEMENT\n\nThis agreement is made between Harlan Acquisition Corp., a Cayman Islands exempted "
        "company (the \u201cCompany\u201d), and Coral Stock Transfer & Trust Company, as warrant agent (the "
        "\u201cWarrant Agent\u201d). The Company is issuing warrants as part of its units (the \u201cPublic "
        "Warrants\u201d) and has sold 4,000,000 warrants to its sponsor (the \u201cPrivate Placement Warrants\u201d); "
        "the Public Warrants and the Private Placement Warrants are collectively the \u201cWarrants\u201d, whose terms "
        "are set out in Schedule I." + MECHANICS + "\nSCHEDULE I - SUMMARY OF TERMS\n\n"
        "| Term | Item | Public Warrants | Private Placement Warrants |\n|---|---|---|---|\n"
        "| 2 | Shares per whole Warrant | One Class A Ordinary Share | Two Class A Ordinary Shares |\n"
        "| 3 | Warrant Price | $11.50 per Class A Ordinary Share | $12.00 per Class A Ordinary Share |\n"
    )
    found = {ic.ctx.kind: ic.chosen for ic in extract_candidates(_doc(text))}
    assert {k: (str(c["shares_per_warrant"].value), str(c["exercise_price"].value)) for k, c in found.items()} == {
        "Public Warrants": ("1", "11.50"), "Private Placement Warrants": ("2", "12.00")}


def test_kinds_a_grouping_names_where_the_opening_cut_off_their_definitions() -> None:
    text = (
        "WHEREAS, following the consummation of the Offering, the Company may issue additional warrants (the "
        "\u201cPost-IPO Warrants\u201d and, together with the Public Warrants, the Private Placement Warrants and the "
        "Working Capital Warrants, the \u201cWarrants\u201d) in connection with a Business Combination;\n\nWHEREAS, "
        "the Company desires the Warrant Agent to act on behalf of the Company in connection with the issuance, "
        "transfer and exercise of the Warrants, each whole Warrant entitling its holder to purchase one Class A "
        "ordinary share at $11.50;\n\n1. Appointment of Warrant Agent. The Company hereby appoints the Warrant Agent "
        "to act as agent for the Company for the Warrants." + MECHANICS
    )
    kinds = [ic.ctx.kind for ic in extract_candidates(_doc(text))]
    assert sorted(k or "" for k in kinds) == sorted(
        ["Public Warrants", "Private Placement Warrants", "Working Capital Warrants", "Post-IPO Warrants"])


def test_kinds_a_warrant_agreement_defines_in_its_recitals_are_each_an_instrument() -> None:
    text = (
        "WARRANT AGREEMENT\n\nAGREEMENT, dated as of March 4, 1997, between LINDEN COVE FOODS, INC., a New York "
        "corporation (the \"Company\"), and HARBOR REGISTRAR & TRUST COMPANY, as Warrant Agent (the \"Warrant "
        "Agent\").\n\nWHEREAS, in connection with (i) the public offering of up to 900,000 shares of Common Stock "
        "of the Company (\"Common Stock\") and one redeemable warrant entitling the holder to purchase one share of "
        "Common Stock (\"Redeemable Warrants\"); (ii) the over-allotment option to purchase up to 135,000 shares of "
        "Common Stock and/or 270,000 Redeemable Warrants (the \"Over-allotment Option\"); and (iii) the sale to "
        "Bayside Securities, Inc. of warrants (the \"Representative's Warrants\") to purchase up to 90,000 shares of "
        "Common Stock and/or 180,000 Redeemable Warrants (the Redeemable Warrants issuable upon the exercise of the "
        "Representative's Warrants are referred to as the \"Option Warrants\"), the Company will issue up to "
        "2,070,000 Redeemable Warrants and may issue up to 180,000 Option Warrants (subject to increase as provided "
        "in the Representative's Warrant Agreement); and\n\nWHEREAS, the Company desires to provide for the "
        "issuance of certificates representing the Redeemable Warrants and the Option Warrants (collectively, the "
        "\"Warrants\")." + MECHANICS
    )
    found = extract_candidates(_doc(text))
    # the Representative's Warrants are sold under their own agreement: not set out here; the
    # over-allotment option's 270,000 is no count of the Redeemable Warrants
    count = _by_kind(found, "warrant_count")
    assert count == {"Redeemable Warrants": None, "Option Warrants": None}


def test_a_kind_excluded_from_one_redemption_section_keeps_the_other() -> None:
    text = (
        "WARRANT AGREEMENT\n\nThis Warrant Agreement is made as of May 3, 2021 between Tern Island Acquisition "
        "Corp., a Cayman Islands exempted company (the \"Company\"), and Keel Registrar Company, as warrant agent "
        "(the \"Warrant Agent\").\n\nWHEREAS, the Company will issue up to 10,000,000 warrants to public investors "
        "(the \"Public Warrants\"); and\n\nWHEREAS, the Sponsor will purchase 5,000,000 warrants (the \"Private "
        "Placement Warrants\").\n\n1. Warrants.\n\n1.1 Private Placement Warrants. The Private Placement Warrants "
        "shall be identical to the Public Warrants, except that they shall not be redeemable by the Company under "
        "Section 3.1 (but may be redeemed under Section 3.2).\n\n2. Exercise.\n\n2.1 Price. Each Warrant entitles "
        "the holder to purchase one Ordinary Share at $11.50 per share.\n\n3. Redemption.\n\n3.1 Redemption at "
        "$18.00. The Company may redeem the outstanding Warrants at a price of $0.01 per Warrant, provided that the "
        "last reported sales price of the Ordinary Shares has been at least $18.00 per share on each of twenty (20) "
        "trading days within a thirty (30) trading-day period.\n\n3.2 Redemption at $10.00. The Company may redeem "
        "the outstanding Warrants at a price of $0.10 per Warrant, provided that the Reference Value equals or "
        "exceeds $10.00 per share; the number of shares a holder receives on a cashless exercise depends on the "
        "volume weighted average price for the ten (10) trading days after notice. \"Reference Value\" means the "
        "last reported sales price of the Ordinary Shares for any twenty (20) trading days within the thirty (30) "
        "trading-day period ending before notice of redemption is sent." + MECHANICS
    )
    found = {ic.ctx.kind: ic.chosen["redemption"] for ic in extract_candidates(_doc(text))}
    ten = {"trigger_price": "10.00", "trading_days": 20, "window_days": 30, "redemption_price": "0.10",
           "notice_days": None}
    eighteen = {**ten, "trigger_price": "18.00", "redemption_price": "0.01"}
    public, private = found["Public Warrants"], found["Private Placement Warrants"]
    assert public is not None and private is not None
    assert sorted(_plain(public.value), key=str) == sorted([eighteen, ten], key=str)
    assert _plain(private.value) == [ten]


def test_the_underwriter_of_an_over_allotment_option_buys_no_public_warrants() -> None:
    text = (
        "WARRANT AGREEMENT\n\nThis Agreement made as of March 1, 2007 between Harbor Table Acquisition Corp., a "
        "Delaware corporation (\u201cCompany\u201d), and Keel Registrar Company (\u201cWarrant Agent\u201d).\n\n"
        "WHEREAS, the Company has determined to issue and deliver (i) up to 5,750,000 Warrants, including "
        "750,000 Warrants that may be issued to Linden Row Capital, LLC (the \u201cUnderwriter\u201d) upon exercise "
        "of its over-allotment option (\u201cPublic Warrants\u201d) to the public investors, and (ii) 900,000 "
        "Warrants in a private placement to Harbor Table Sponsor LLC (the \u201cSponsor\u201d) (\u201cInsider "
        "Warrants\u201d, and together with the Public Warrants, the \u201cWarrants\u201d), each Warrant evidencing the "
        "right of the holder thereof to purchase one share of Common Stock for $5.00." + MECHANICS
    )
    holders = _by_kind(extract_candidates(_doc(text)), "holder")
    assert holders == {"Public Warrants": None, "Insider Warrants": "Harbor Table Sponsor LLC"}


def test_a_restated_spac_agreement_reads_its_terms_past_a_liquidation_item_and_an_inclusive_redemption() -> None:
    text = (
        "AMENDED AND RESTATED WARRANT AGREEMENT\n\nThis Agreement is made as of June 1, 2021 between Wren Cove "
        "Acquisition Corp., a Delaware corporation (the \"Company\"), and Keel Registrar Company, as warrant "
        "agent (the \"Warrant Agent\").\n\nA. On October 2, 2020 (the \"Closing Date\"), the Company consummated its "
        "initial public offering of units, each consisting of one share of Class A Common Stock and one-third of "
        "one warrant (the \"Public Warrants\"), pursuant to a registration statement declared effective by the "
        "Commission, and sold 5,000,000 warrants to Wren Cove Sponsor LLC (the \"Private Placement Warrants\" and, "
        "together with the Public Warrants, the \"Warrants\").\n\n"
        "3.2 Duration. A Warrant may be exercised only during the period (A) commencing on the later of (i) the "
        "date that is thirty (30) days after the first date on which the Company completes its initial Business "
        "Combination and (ii) the date that is twelve (12) months from the Closing Date, and (B) terminating at "
        "the earliest to occur of (x) the date that is five (5) years after the date on which the Company "
        "completes its initial Business Combination, (y) the liquidation of the Company if no Business "
        "Combination is completed by October 2, 2022, and (z) the Redemption Date (the \"Expiration Date\").\n\n"
        "6.1 Redemption. Not less than all of the outstanding Warrants (including the Private Placement Warrants) "
        "may be redeemed at a price of $0.01 per Warrant, provided that the last reported sale price of the "
        "Class A Common Stock has been at least $18.00 per share for any twenty (20) trading days within a "
        "thirty (30) trading-day period." + MECHANICS
    )
    found = {ic.ctx.kind: ic.chosen for ic in extract_candidates(_doc(text))}
    public = found["Public Warrants"]
    assert public["expiration_date"] is None or public["expiration_date"].value is None
    start = public["exercisable_from"]
    assert start is not None and [i["anchor"] for i in _plain(start.value)["later_of"]] == ["business_combination",
                                                                                          "ipo_closing"]
    redemption = public["redemption"]
    assert redemption is not None and [r["trigger_price"] for r in _plain(redemption.value)] == ["18.00"]


@pytest.mark.parametrize("title", ["WARRANT MODIFICATION AGREEMENT", "WARRANT EXTENSION AGREEMENT"])
def test_an_agreement_modifying_or_extending_a_warrant_is_titled_as_another_document(title: str) -> None:
    blocks = title_blocks(f"Exhibit 4.7\n{title}\nThis {title.title()} is entered into as of May 2, 2017.")
    assert blocks and not blocks[0].positive


def test_a_kind_excepted_from_a_cashless_denial_keeps_its_own_cashless_right() -> None:
    text = (
        "WARRANT AGREEMENT\n\nThis Agreement is made as of February 19, 2008 between Hartline Acquisition Corp., a "
        "Delaware corporation (the \"Company\"), and Keel Registrar Company (the \"Warrant Agent\").\n\nWHEREAS, the "
        "Company is issuing up to 9,000,000 warrants to the public (the \"Public Warrants\") and 2,000,000 warrants "
        "to its Sponsor (the \"Insider Warrants\" and, together with the Public Warrants, the \"Warrants\"), each "
        "Warrant entitling the holder to purchase one share of Common Stock at $7.50.\n\n2.5 Insider Warrants. The "
        "Insider Warrants shall be identical to the Public Warrants, except that so long as they are held by the "
        "Sponsor they may be exercised for cash or, at the option of the holder, on a cashless basis.\n\n3.3 "
        "Exercise. A Warrant may be exercised by paying the Warrant Price in cash. Except as provided in Section 2.5 "
        "for the Insider Warrants, no Warrant may be exercised on a cashless basis." + MECHANICS
    )
    cashless = _by_kind(extract_candidates(_doc(text)), "cashless_exercise")
    assert cashless == {"Public Warrants": False, "Insider Warrants": True}


@pytest.mark.parametrize("term", ["Expiration Date", "Initial Exercise Date", "Exercise Price", "Warrant Shares"])
def test_a_page_without_quotes_still_defines_the_warrants_own_terms(term: str) -> None:
    """A host that dropped every quote leaves "(the Expiration Date)": still the term's definition;
    a bare parenthesis of other words defines nothing."""
    from warrant_terms.extract.defined_terms import find_defined_terms

    text = f"The Holder may purchase the shares on or before March 23, 2009 (the {term}) at the stated price."
    found = find_defined_terms(text)
    assert [d.term for d in found.get(term.lower(), [])] == [term]
    assert "due diligence" not in find_defined_terms("All shares (the due diligence) are issued.")


def test_a_long_name_before_its_own_term_is_no_third_kind() -> None:
    text = (
        "SERIES A AND SERIES B COMMON STOCK PURCHASE WARRANTS\n\nTHIS INSTRUMENT sets out the terms of two series of "
        "warrants issued by HARLOW BIOSCIENCES, INC., a Nevada corporation (the \"Company\"), to Alder Fund, Ltd. "
        "(together with its permitted assigns, the \"Holder\"): a Series A Common Stock Purchase Warrant (the "
        "\"Series A Warrant\") and a Series B Common Stock Purchase Warrant (the \"Series B Warrant\" and, together "
        "with the Series A Warrant, the \"Warrants\").\n\nFOR VALUE RECEIVED, the Holder is entitled to subscribe for and "
        "purchase from the Company up to 100,000 shares of Common Stock under the Series A Warrant at $2.15 and up to "
        "50,000 shares under the Series B Warrant at $2.40." + MECHANICS
    )
    found = extract_candidates(_doc(text))
    assert list(_by_kind(found, "instrument_name").values()) == ["Series A Warrant", "Series B Warrant"]


def test_an_indenture_issuing_two_counted_kinds_sets_out_both() -> None:
    text = (
        "WARRANT INDENTURE\n\nTHIS WARRANT INDENTURE dated as of August 4, 1998 is made between HALDANE MEDIA INC., a "
        "company incorporated under the laws of the Province of Ontario (hereinafter called the \"Corporation\"), and "
        "NORTHERN TRUST COMPANY OF CANADA (hereinafter called the \"Agent\").\n\nWHEREAS the Corporation proposes to "
        "create and issue up to 2,500,000 Primary Warrants and 150,000 Secondary Warrants to be constituted and "
        "issued in the manner herein set forth;\n\nWHEREAS the Agent has agreed to act as warrant agent." + MECHANICS
    )
    found = extract_candidates(_doc(text))
    assert list(_by_kind(found, "instrument_name").values()) == ["Primary Warrants", "Secondary Warrants"]


@pytest.mark.parametrize(("listed", "names"), [
    ("Series D, E and F Warrants", ["Series D Warrants", "Series E Warrants", "Series F Warrants"]),
    ("CLASS A AND B WARRANTS", ["Class A Warrants", "Class B Warrants"]),
])
def test_a_title_listing_series_by_their_letters_sets_out_each(listed: str, names: list[str]) -> None:
    text = (
        "WARRANT AGREEMENT\n\nrelating to the issuance of " + listed + " of Harlow Mining Corp.\n\nTHIS WARRANT "
        "AGREEMENT is entered into as of May 2, 2001 between Harlow Mining Corp., a Nevada corporation (the "
        "\"Company\"), and the persons named on the signature page as Warrant Holders. The particulars of each "
        "series are set out in the Schedule." + MECHANICS
    )
    found = extract_candidates(_doc(text))
    assert list(_by_kind(found, "instrument_name").values()) == names
    assert set(_by_kind(found, "issuer").values()) == {"Harlow Mining Corp."}


def test_series_listed_by_letters_in_running_words_are_not_the_documents_kinds() -> None:
    text = (
        "SERIES A COMMON STOCK PURCHASE WARRANT\n\nThis Series A Warrant is one of the Series A and B Warrants "
        "issued under the Securities Purchase Agreement dated May 2, 2001 among Harlow Mining Corp. and the "
        "purchasers named there, and certifies that Oriel Fund LP (the \"Holder\") is entitled to purchase from "
        "Harlow Mining Corp., a Nevada corporation (the \"Company\"), 50,000 shares of Common Stock at $1.00."
        + MECHANICS
    )
    assert [ic.ctx.kind for ic in extract_candidates(_doc(text))] == [None]


@pytest.mark.parametrize("sponsor", ["Founders\u2019 Warrants", "Initial Sponsor Warrants"])
def test_kinds_bought_as_units_or_defined_in_the_grouping_are_each_counted(sponsor: str) -> None:
    found = extract_candidates(_doc(KINDS_IN_UNITS.format(sponsor=sponsor)))
    count = {(ic.ctx.kind or "").replace("\n", " "): ic.chosen["warrant_count"].value if ic.chosen["warrant_count"]
             else None for ic in found}
    # the public units are "up to" a number: a ceiling, no count
    assert count == {"Public Warrants": None, "Private Placement Warrants": 6000000, sponsor: 5750000}


def test_a_kind_defined_bare_is_the_same_kind_written_with_a_possessive() -> None:
    text = (
        "WARRANT AGREEMENT dated as of February 3, 1997 between Harlan Route, Inc., a Delaware corporation (the "
        "\"Company\") and Coral Stock Transfer & Trust Company (the \"Warrant Agent\").\n\nWHEREAS, the Company "
        "proposes to issue and sell to the public up to 600,000 units (\"Units\"), each Unit consisting of two (2) "
        "shares of Common Stock and one Redeemable Class A Common Stock Purchase Warrant (the \"Public "
        "Warrants\");\n\nWHEREAS, the Company also proposes to issue and sell to Thorn Securities, LLC (the "
        "\"Underwriter\") an option to purchase 60,000 Units, each Unit consisting of two (2) shares of Common "
        "Stock and one Common Stock Purchase Warrant (the \"Underwriter Warrants\");\n\nWHEREAS, the Public "
        "Warrants and Underwriter's Warrants (together referred to as the \"Warrants\") shall be evidenced by "
        "certificates, each Warrant entitling the holder thereof to purchase one share of Common Stock at $7.00."
        + MECHANICS
    )
    found = extract_candidates(_doc(text))
    count = _by_kind(found, "warrant_count")
    assert count == {"Public Warrants": None, "Underwriter Warrants": 60000}


def test_a_year_or_a_certificate_number_before_a_kinds_name_is_no_count() -> None:
    text = (
        "SERIES A AND SERIES B COMMON STOCK PURCHASE WARRANT CERTIFICATE\n\nSERIES A WARRANT\nCertificate No.: "
        "SA-017\nIssue Date: October 17, 2023\n\nSERIES B WARRANT\nCertificate No.: SB-017\nIssue Date: "
        "October 17, 2023\n\nTHIS CERTIFICATE evidences two separate warrants issued by Harlan Route, Inc. (the "
        "\"Company\") to Coral Partners (the \"Holder\"): a warrant to purchase 3,125,000 shares of Common Stock "
        "(the \"Series A Warrant\") and a warrant to purchase 1,562,500 shares of Common Stock (the \"Series B "
        "Warrant\"), each at $1.00 per share." + MECHANICS
    )
    found = extract_candidates(_doc(text))
    assert [ic.ctx.kind for ic in found] == ["Series A Warrant", "Series B Warrant"]
    assert [ic.chosen["warrant_count"] for ic in found] == [None, None]


KINDS_AND_CASE_PRICES = (
    "WARRANT AGREEMENT\n\nAgreement made as of May 1, 2006 between Harlan Acquisition Corp., a Delaware "
    "corporation (\u201cCompany\u201d), and Coral Stock Transfer & Trust Company (\u201cWarrant Agent\u201d).\n\n"
    "WHEREAS, the Company is engaged in a public offering (\u201cPublic Offering\u201d) of Units (\u201cUnits\u201d) "
    "and, in connection therewith, has determined to issue and deliver (i) up to 7,666,666 Warrants, including "
    "1,000,000 Warrants that may be issued to Coral Growth Financial, LLC (the \u201cUnderwriter\u201d) upon "
    "exercise of its over-allotment option (\u201cPublic Warrants\u201d) to the public investors, (ii) 210,000 "
    "Warrants to the Underwriter or its designees (\u201cUnderwriter\u2019s Warrants\u201d) and (iii) in a "
    "concurrent private placement 1,500,000 Warrants to existing stockholders of the Company (\u201cInsider "
    "Warrants\u201d, and together with the Underwriter\u2019s Warrants and the Public Warrants, the "
    "\u201cWarrants\u201d), each Warrant evidencing the right of the holder thereof to purchase one share of "
    "Common Stock for $4.50 in the case of the Public Warrants and the Insider Warrants, and $6.00 in the case "
    "of the Underwriter\u2019s Warrants." + MECHANICS
)


def test_a_kinds_count_is_the_one_just_before_its_own_definition() -> None:
    # "(ii) 210,000 Warrants … (“Underwriter’s Warrants”) and (iii) … 1,500,000 Warrants …
    # (“Insider Warrants”": another kind's definition between a count and a kind ends the reach.
    found = extract_candidates(_doc(KINDS_AND_CASE_PRICES))
    count = _by_kind(found, "warrant_count")
    assert count == {"Public Warrants": None, "Underwriter\u2019s Warrants": 210000, "Insider Warrants": 1500000}


def test_a_price_stated_in_the_case_of_the_kinds_it_names() -> None:
    # "… for $4.50 in the case of the Public Warrants and the Insider Warrants, and $6.00 in the
    # case of the Underwriter's Warrants": each kind its own price.
    found = extract_candidates(_doc(KINDS_AND_CASE_PRICES))
    price = _by_kind(found, "exercise_price")
    assert price == {"Public Warrants": Decimal("4.50"), "Underwriter\u2019s Warrants": Decimal("6.00"),
                     "Insider Warrants": Decimal("4.50")}


def test_class_a_and_class_b_kinds_in_capitals_each_an_instrument() -> None:
    text = (
        "WARRANT AGREEMENT\n\nTHIS WARRANT AGREEMENT is dated as of May 1, 2004, by and between Osprey "
        "Dental Group, Inc., a Delaware corporation (the \"Company\"), and Harbor Stock Transfer, as "
        "warrant agent (the \"WARRANT AGENT\").\n\nA. The Company has outstanding 400,000 of its Class A "
        "Redeemable Warrants (the \"CLASS A WARRANTS\"), and 400,000 of its Class B Redeemable Warrants "
        "(the \"CLASS B WARRANTS,\" referred to collectively with Class A Warrants as the \"WARRANTS\"), "
        "each of which represents the right to purchase one share of the Company's common stock.\n\n1.2 "
        "The certificates representing the Class A Warrants shall be as set forth in Exhibit A and those "
        "representing the Class B Warrants as set forth in Exhibit B."
    )
    found = extract_candidates(_doc(text))
    assert [(ic.ctx.kind or "").lower() for ic in found] == ["class a warrants", "class b warrants"]


@pytest.mark.parametrize("verb", ["is exercisable to purchase", "will become exercisable to purchase",
                                  "entitles the holder to purchase"])
def test_kinds_each_given_the_right_to_purchase_in_one_sentence_are_each_an_instrument(verb: str) -> None:
    # A unit offering's warrant agreement with no grouping "Warrants" term: "Each Class A Warrant
    # and each Class B Warrant is exercisable to purchase one share".
    text = (
        "WARRANT AGREEMENT\n\nThis Agreement is between Fernhill Farms Inc., a Nevada corporation (the "
        "\u201cCompany\u201d), and Harbor Stock Transfer, Inc. (the \u201cWarrant Agent\u201d).\n\nThe Company "
        "proposes to sell up to 900,000 Units, each consisting of one share of common stock, one redeemable "
        "Class A Warrant (each a \u201cClass A Warrant,\u201d collectively, the \u201cClass A Warrants\u201d) and "
        "one redeemable Class B Warrant (each a \u201cClass B Warrant,\u201d collectively, the \u201cClass B "
        f"Warrants\u201d). Each Class A Warrant and each Class B Warrant {verb} one share of common stock on "
        "the terms of this Agreement.\n\nThe Company wishes the Warrant Agent to act for it in the issue "
        "of the Class A Warrants and the Class B Warrants."
    )
    found = extract_candidates(_doc(text))
    assert [ic.ctx.kind for ic in found] == ["Class A Warrant", "Class B Warrant"]
    assert all(ic.chosen["issuer"] is not None and ic.chosen["issuer"].value == "Fernhill Farms Inc."
               for ic in found)


# A 2005-2007 blank-check agreement: its kinds are named for who holds them (IPO, the underwriter,
# the officers and directors), each with its own right to purchase; the underwriter's warrants
# go to a party the agreement never defines; a full stop in the agent's address splits the
# sentence that defines the agent.
KINDS_BY_HOLDER = (
    "WARRANT AGREEMENT\n\nAgreement made as of April ___, 2006 between Harrow Specialty Holdings, Inc., a "
    "Delaware corporation, with offices at 10 Main St., Hartford, CT 06103 (\"Company\"), and Keystone "
    "Registrar LLC, a New Jersey limited liability company, with an office at 480 Washington Blvd., Jersey "
    "City, NJ 07310. Jersey City, NJ 07310 (\"Warrant Agent\").\n\nWHEREAS, the Company has determined to "
    "issue and deliver up to (i) 8,000,000 warrants (\"IPO Warrants\") to the public investors, with each "
    "IPO Warrant evidencing the right of the holder thereof to purchase one share of Common Stock for "
    "$6.00 and (ii) 400,000 warrants to Lantern Capital Markets LLC or its designees (\"Underwriter's "
    "Warrants\"), with each such Underwriter's Warrant evidencing the right of the holder thereof to "
    "purchase one share of Common Stock for $7.50; and\n\nWHEREAS, the Company has also determined to "
    "issue up to 2,000,000 warrants to its officers and directors (\"D&O Warrants\"), with each D&O Warrant "
    "evidencing the right of the holder thereof to purchase one share of Common Stock for $6.00."
)


def test_kinds_named_for_their_holders_each_an_instrument_with_its_buyer() -> None:
    found = extract_candidates(_doc(KINDS_BY_HOLDER))
    assert [ic.ctx.kind for ic in found] == ["IPO Warrants", "Underwriter's Warrants", "D&O Warrants"]
    holders = [ic.chosen["holder"].value if ic.chosen["holder"] else None for ic in found]
    assert holders == [None, "Lantern Capital Markets LLC", None]
    prices = [ic.chosen["exercise_price"].value for ic in found]  # type: ignore[union-attr]
    assert prices == [Decimal("6.00"), Decimal("7.50"), Decimal("6.00")]
    agent = found[0].chosen["warrant_agent"]
    assert agent is not None and agent.value == "Keystone Registrar LLC"


def test_two_forms_in_one_exhibit_each_naming_itself_are_each_an_instrument() -> None:
    # A registered direct's exhibit with the Series A form, then the Series B form, and a
    # schedule of each series' own price: each series reads its own column.
    form = (
        "THIS SERIES {s} COMMON STOCK PURCHASE WARRANT (the \"Series {s} Warrant\") CERTIFIES that, for value "
        "received, _____________ (the \"Holder\") is entitled to subscribe for and purchase from Larkmoor "
        "Diagnostics, Inc., a Delaware corporation (the \"Company\"), up to ______ shares of Common Stock.\n\n"
        "Section 2. Exercise. a) This Series {s} Warrant may be exercised by delivery of a Notice of Exercise. "
        + "The Holder shall not be required to deliver the original of this Series {s} Warrant. " * 8
        + "b) The exercise price under this Series {s} Warrant shall be {p} (the \"Exercise Price\").\n\n"
    )
    text = (
        "FORMS OF SERIES A AND SERIES B COMMON STOCK PURCHASE WARRANTS\n\n| Term | Series A Warrant | Series B "
        "Warrant |\n\n| Exercise Price | $1.20 | $1.35 |\n\nPART I\n\n" + form.format(s="A", p="$1.20")
        + "PART II\n\n" + form.format(s="B", p="$1.35") + MECHANICS
    )
    found = extract_candidates(_doc(text))
    assert [ic.ctx.kind for ic in found] == ["Series A Warrant", "Series B Warrant"]
    prices = [ic.chosen["exercise_price"].value for ic in found]  # type: ignore[union-attr]
    assert prices == [Decimal("1.20"), Decimal("1.35")]


def test_two_forms_each_naming_itself_read_their_own_grant_and_price() -> None:
    # A private placement's pre-funded and common warrants as two parts of one exhibit, each
    # naming itself "(this “…”)" or "(the “…”)" and stating its own count and price.
    form = (
        "THIS {title} (this \"{name}\") certifies that, for value received, Corbel Point Master Fund, "
        "Ltd. (the \"Holder\") is entitled to subscribe for and purchase from Thistledown Biosciences, "
        "Inc., a Delaware corporation (the \"Company\"), up to {n} shares of Common Stock.\n\n"
        "Section 2. Exercise. a) The Holder may exercise this {name} by a Notice of Exercise. "
        + "The Holder need not deliver the original of this {name}. " * 6
        + "b) The exercise price per share under this {name} shall be {p} (the \"Exercise Price\").\n\n"
    )
    text = (
        "PART I\n\n" + form.format(title="PRE-FUNDED COMMON STOCK PURCHASE WARRANT", name="Pre-Funded Warrant",
                                    n="1,846,154", p="$0.0001")
        + "PART II\n\n" + form.format(title="COMMON STOCK PURCHASE WARRANT", name="Common Warrant",
                                       n="2,996,154", p="$3.12")
        + MECHANICS
    )
    found = extract_candidates(_doc(text))
    assert [ic.ctx.kind for ic in found] == ["Pre-Funded Warrant", "Common Warrant"]
    assert [ic.chosen["shares"].value for ic in found] == [1846154, 2996154]  # type: ignore[union-attr]
    prices = [ic.chosen["exercise_price"].value for ic in found]  # type: ignore[union-attr]
    assert prices == [Decimal("0.0001"), Decimal("3.12")]


# Kinds of any name, each defined where a grouping defines the Warrants as them.
KINDS_OF_ANY_NAME = (
    "WARRANT AGREEMENT\n\nThis WARRANT AGREEMENT is dated as of May 17, 2002 and entered into by and "
    "among Harlan Credit Holdings Corp., a Delaware corporation (\"Parent\"), and the Purchasers party "
    "hereto. WHEREAS, pursuant to the Securities Purchase Agreement dated as of May 17, 2002, Parent "
    "proposes to issue to the Purchasers certain warrants (the \"Common Warrants\"), to purchase an "
    "aggregate of 1,000,000 shares of Class A Common Stock of Parent and certain contingent warrants (the "
    "\"Contingent Warrants\" and together with its Common Warrants, the \"Warrants\"), to purchase up to "
    "an aggregate of 100,575 shares of Class A Common Stock. Parent will issue certificates evidencing "
    "the Common Warrants and the Contingent Warrants."
)
UNIT_AND_AGENT_WARRANTS = (
    "WARRANT AGREEMENT (\"Agreement\"), dated as of October 27, 1997, by and between Meridian Andes "
    "Communications Corporation, a Texas corporation (the \"Company\"), and Harbor Stock Transfer Co., as "
    "warrant agent (the \"Warrant Agent\").\n\nWHEREAS, the Company has entered into a purchase agreement "
    "dated October 21, 1997 with Calloway Securities LLC (the \"Initial Purchaser\") in which the Company "
    "has agreed to sell to the Initial Purchaser 150,000 units consisting of $150,000,000 of 14% Senior "
    "Notes due 2007 and 5,250,000 Warrants (the \"Unit Warrants\"), each representing the right to "
    "purchase one share of Common Stock;\n\nWHEREAS, pursuant to a letter agreement dated September 22, "
    "1997 by and between the Company and the Initial Purchaser (the \"Engagement Letter\"), the Company "
    "has agreed to issue Warrants to the Initial Purchaser (the \"Calloway Warrants\" and, together with "
    "the Unit Warrants, the \"Warrants\") to purchase 2,250,000 shares of Common Stock."
)


def test_kinds_of_any_name_defined_in_the_grouping_are_instruments_with_their_counts() -> None:
    found = extract_candidates(_doc(KINDS_OF_ANY_NAME))
    assert [ic.ctx.kind for ic in found] == ["Common Warrants", "Contingent Warrants"]
    assert [ic.chosen["shares"].value for ic in found] == [1000000, 100575]  # type: ignore[union-attr]


def test_a_kind_for_a_party_known_by_its_role_is_that_partys() -> None:
    found = extract_candidates(_doc(UNIT_AND_AGENT_WARRANTS))
    assert [ic.ctx.kind for ic in found] == ["Unit Warrants", "Calloway Warrants"]
    buyer = found[1].chosen["holder"]
    # the letter is a document, not a party; the Initial Purchaser is the party defined as such
    assert buyer is not None and buyer.value == "Calloway Securities LLC"


def test_kinds_of_any_name_merely_listed_in_a_grouping_are_not_instruments() -> None:
    # defined in passing, not in a warrant agreement's recitals (where each would be an
    # instrument: test_kinds_a_warrant_agreement_defines_in_its_recitals_are_each_an_instrument)
    text = (
        "AGREEMENT, dated 1996 between Room Haven, Inc. (the \"Company\"), and Harbor Stock Transfer Co., as "
        "Warrant Agent (the \"Warrant Agent\"). In connection with the offering to the public of "
        "one redeemable warrant entitling the holder to purchase one share of Common Stock (\"Redeemable "
        "Warrants\") and the sale to the Representative of warrants (the \"Underwriter's Warrants\") to "
        "purchase up to 110,000 shares (the Redeemable Warrants issuable upon the exercise of the "
        "Underwriter's Warrants are referred to as the \"Common Stock Warrants\"), the Company will issue "
        "Redeemable Warrants. The Company desires to provide for the issuance of certificates "
        "representing the Redeemable Warrants and the Common Stock Warrants (collectively, the "
        "\"Warrants\")." + MECHANICS
    )
    found = extract_candidates(_doc(text))
    assert len(found) == 1


def test_a_collective_kind_of_two_defined_kinds_is_not_a_third_instrument() -> None:
    text = (
        "WARRANT AGREEMENT\n\nThis Warrant Agreement is made as of May 1, 2008 between Zhenhai Growth "
        "Ltd. (\u201cCompany\u201d) and Harbor Stock Transfer & Trust Company (the \u201cWarrant "
        "Agent\u201d).\n\nWHEREAS, the Company has determined to issue and deliver up to: (i) 5,000,000 "
        "Class A Public Warrants (the \u201cClass A Public Warrants\u201d) (which includes 600,000 Class A "
        "Public Warrants which are part of the over-allotment option), each of such Class A Public "
        "Warrants evidencing the right of the holder thereof to purchase one ordinary share for $6.00; "
        "(ii) 5,000,000 Class B Public Warrants (the \u201cClass B Public Warrants\u201d and together with "
        "the Class A Public Warrants, the \u201cPublic Warrants\u201d), each two Class B Public Warrants "
        "converting into one Class A Public Warrant."
    )
    found = extract_candidates(_doc(text))
    assert [ic.ctx.kind for ic in found] == ["Class A Public Warrants", "Class B Public Warrants"]
    # "which includes 600,000 …" counts a part of the issue, not the issue.
    assert found[0].chosen["warrant_count"] is None


# A SPAC agreement that groups its kinds in a "means" definition and calls, not redeems.
KINDS_IN_A_MEANS_DEFINITION = (
    "WARRANT AGREEMENT\n\nTHIS WARRANT AGREEMENT is entered into as of June 1, 2023, between Osprey "
    "Ridge Acquisition Corp., a Delaware corporation (the \"Company\"), and Harbor Stock Transfer Co., "
    "in its capacity as warrant agent (the \"Warrant Agent\").\n\nA. The Company has consummated its "
    "initial public offering (the \"IPO\") of 20,000,000 units. The 10,000,000 whole warrants included "
    "in the units are referred to herein as the \"Public Warrants.\"\n\nB. Simultaneously with the "
    "closing of the IPO, Osprey Ridge Sponsor LLC, a Delaware limited liability company (the "
    "\"Sponsor\"), has purchased an aggregate of 5,000,000 warrants (the \"Sponsor Warrants\").\n\n1.1 "
    "\"Warrants\" means the Public Warrants and the Sponsor Warrants, collectively. Each whole Warrant "
    "entitles the Registered Holder thereof to subscribe for one share of Class A Common Stock at "
    "$11.50 per share.\n\n2.5 The Sponsor Warrants shall be identical to the Public Warrants, except "
    "that they shall not be subject to the Call Right in Article 6.\n\n6.1 Call Right. The outstanding "
    "Public Warrants may be called by the Company at a call price of $0.01 per Public Warrant, provided "
    "that the Reference Value has equaled or exceeded $16.50 per share on each of ten (10) Trading Days "
    "within any period of twenty (20) consecutive Trading Days.\n\n6.2 Notice of the call shall be "
    "mailed by the Company not less than thirty (30) days before the Call Date."
)


def test_kinds_grouped_in_a_means_definition_each_with_count_buyer_and_call() -> None:
    found = extract_candidates(_doc(KINDS_IN_A_MEANS_DEFINITION))
    assert [ic.ctx.kind for ic in found] == ["Public Warrants", "Sponsor Warrants"]
    public, sponsor = (ic.chosen for ic in found)
    assert public["warrant_count"] is not None and public["warrant_count"].value == 10000000
    assert sponsor["holder"] is not None and sponsor["holder"].value == "Osprey Ridge Sponsor LLC"
    assert public["redemption"] is not None
    (right,) = public["redemption"].value
    assert (right.trigger_price, right.trading_days, right.window_days, right.redemption_price,
            right.notice_days) == (Decimal("16.50"), 10, 20, Decimal("0.01"), 30)
    assert sponsor["redemption"] is not None and sponsor["redemption"].value == []


def test_kinds_named_together_as_the_subject_of_no_redemption_are_each_not_redeemable() -> None:
    text = (
        "WARRANT AGREEMENT\n\nWHEREAS, Harlan Peak Acquisition Corp. (the \u201cCompany\u201d) is issuing "
        "7,666,666 warrants (the \u201cPublic Warrants\u201d), 5,400,000 warrants to Harlan Peak Sponsor, LLC (the "
        "\u201cPrivate Placement Warrants\u201d) and may issue warrants on conversion of working capital loans "
        "(the \u201cWorking Capital Warrants\u201d and, together with the Public Warrants and the Private Placement "
        "Warrants, the \u201cWarrants\u201d), each Warrant entitling its holder to purchase one share of Class A "
        "Common Stock at $11.50.\n\n2.4 Private Placement Warrants and Working Capital Warrants. The Private "
        "Placement Warrants and the Working Capital Warrants shall be identical to the Public Warrants, except "
        "that so long as they are held by the Sponsor (a) they may be exercised on a cashless basis and (b) they "
        "shall not be redeemable by the Company under Section 6.\n\n6.1 Redemption. Not less than all of the "
        "outstanding Warrants may be redeemed at the price of $0.01 per Warrant, provided that the last reported "
        "sale price of the Class A Common Stock has been at least $18.00 per share on each of twenty (20) trading "
        "days within a thirty (30) trading-day period, upon not less than thirty (30) days\u2019 prior written "
        "notice." + MECHANICS
    )
    found = {ic.ctx.kind: ic.chosen["redemption"] for ic in extract_candidates(_doc(text))}
    assert set(found) == {"Public Warrants", "Private Placement Warrants", "Working Capital Warrants"}
    public = found["Public Warrants"]
    assert public is not None and len(public.value) == 1
    for kind in ("Private Placement Warrants", "Working Capital Warrants"):
        chosen = found[kind]
        assert chosen is not None and chosen.value == [], kind


def test_one_certificate_titled_for_two_series_sets_out_both() -> None:
    text = (
        "SERIES A AND SERIES B COMMON STOCK PURCHASE WARRANT\n\nTHIS SERIES A AND SERIES B COMMON STOCK "
        "PURCHASE WARRANT certifies that Coral Point Fund, LP is entitled to purchase from Harlan Therapeutics, "
        "Inc. (a) up to 2,325,582 shares of Common Stock until the Series A Termination Date, and (b) up to "
        "2,325,582 shares of Common Stock until the Series B Termination Date, at $1.93 per share. The right to "
        "purchase the first is referred to as the \u201cSeries A Warrant\u201d and the right to purchase the "
        "second as the \u201cSeries B Warrant\u201d; each is a separate warrant evidenced by this single "
        "certificate." + MECHANICS
    )
    found = extract_candidates(_doc(text))
    assert [ic.ctx.kind for ic in found] == ["Series A Warrant", "Series B Warrant"]


@pytest.mark.parametrize(("listing", "kinds"), [
    (("Series A Warrants, Series B Warrants and Series C Warrants of the Company (being referred to herein as "
      "the \"Warrants\")"), ["Series A Warrants", "Series B Warrants", "Series C Warrants"]),
    ("Class A Warrants and Class B Warrants (collectively, the \u201cWarrants\u201d)",
     ["Class A Warrants", "Class B Warrants"]),
    # a biotech's milestone tranches, "the" before each
    ("the Tranche A Warrant and the Tranche B Warrant (each, a \"Warrant\" and together, the \"Warrants\")",
     ["Tranche A Warrant", "Tranche B Warrant"]),
])
def test_series_listed_without_quotes_in_the_clause_defining_the_warrants_are_its_kinds(
        listing: str, kinds: list[str]) -> None:
    # The grouping defines the Warrants as the listed series even where none is quoted: a
    # 1990s agreement's recital wording as common as the quoted one.
    text = (
        "WARRANT AGREEMENT\n\nTHIS WARRANT AGREEMENT, dated as of October 1, 1997, by and between HARLAN "
        "CROSS, INC., a Florida corporation (the \"Company\"), and CORAL HARBOR, L.L.C. (the \"Investor\").\n\n"
        f"WHEREAS, the Company is issuing and selling to the Investor {listing}, such Warrants entitling the "
        "holders thereof to purchase shares of Common Stock of the Company." + MECHANICS
    )
    found = extract_candidates(_doc(text))
    assert [ic.ctx.kind for ic in found] == kinds
    for ic in found:
        issuer = ic.chosen["issuer"]
        assert issuer is not None and issuer.value == "HARLAN CROSS, INC."


def test_a_price_reduced_after_an_interruption_to_the_new_issue_price_is_a_full_ratchet() -> None:
    text = (
        "WARRANT TO PURCHASE SERIES A PREFERRED SHARES\n\nThis certifies that Lotus Harbour Fund L.P. is "
        "entitled to purchase from Kowloon Orchid Holdings Limited 200,000 Series A Preferred Shares at "
        "US$0.50 per share.\n\n6.4 Price protection. If the Company issues any new series of preferred "
        "shares at a price per share lower than the Exercise Price then in effect, the Exercise Price "
        "shall be reduced, with effect from the date of that issue, to the price per share at which "
        "those shares are issued." + MECHANICS
    )
    chosen = extract_candidates(_doc(text))[0].chosen["anti_dilution"]
    assert chosen is not None and "price_based_full_ratchet" in chosen.value


def test_a_value_cell_opening_with_a_labels_word_is_no_label() -> None:
    text = ("Term | Public Warrants | Private Placement Warrants\n\nIssued to | Purchasers of Units in the IPO | "
            "Harlan Peak Sponsor, LLC\n\nNumber | Up to 7,666,666 (one-third of one per Unit) | 5,400,000\n")
    assert [v.label for v in labelled_values(text, 0, len(text)) if v.key == "holder"] == []


def test_an_html_cover_table_of_label_rows_over_value_rows_is_read_by_column() -> None:
    html = (
        "<p>WARRANT TO PURCHASE STOCK</p><p>THIS WARRANT CERTIFIES THAT the Holder named below is "
        "entitled to purchase from the Company named below the shares of the class set out below at "
        "the Exercise Price set out below.</p><table>"
        "<tr><td>Company</td><td>Holder</td><td>Class of Stock</td><td>Issue Date</td></tr>"
        "<tr><td>Harlan Robotics, Inc., a Delaware corporation</td><td>Coral Growth Fund II, L.P.</td>"
        "<td>Series B Preferred Stock</td><td>March 8, 2021</td></tr>"
        "<tr><td>Exercise Price</td><td>Number of Shares</td></tr>"
        "<tr><td>$1.25 per share</td><td>80,000</td></tr></table>"
        f"<p>{MECHANICS}</p>"
    )
    doc = _doc(html, "cover.htm")
    chosen = extract_candidates(doc)[0].chosen
    fields = ("issuer", "issuer_jurisdiction", "holder", "security", "shares", "exercise_price")
    got = {k: None if (c := chosen.get(k)) is None else _plain(c.value) for k in fields}
    assert got == {"issuer": "Harlan Robotics, Inc.", "issuer_jurisdiction": "Delaware",
                   "holder": "Coral Growth Fund II, L.P.", "security": "Series B Preferred Stock",
                   "shares": 80000, "exercise_price": Decimal("1.25")}


@pytest.mark.parametrize(("text", "field", "value", "evidence"), [r[1:] for r in ROWS],
                         ids=[r[0] for r in ROWS])
def test_recognizer_table(text: str, field: str, value: Any, evidence: str | None) -> None:
    found = extract_candidates(_doc(text))
    assert found, "not read as a warrant"
    chosen = found[0].chosen.get(field)
    got = None if chosen is None else chosen.value
    expected = value
    if isinstance(value, str) and isinstance(got, Decimal):
        expected = Decimal(value)
    assert _plain(got) == _plain(expected), (field, _plain(got))
    if evidence is not None:
        assert chosen is not None
        doc_text = found[0].ctx.text
        first = chosen.spans[0]
        assert doc_text[first.start : first.end] == evidence


def test_every_registered_recognizer_runs_in_dependency_order() -> None:
    names = [r.name for r in ordered()]
    assert sorted(names) == sorted(registry())
    produced: set[str] = set()
    for r in ordered():
        assert set(r.requires) <= produced, r.name
        produced.update(r.fields)


def test_every_warrant_field_has_one_recognizer() -> None:
    from warrant_terms.schema import FIELD_NAMES

    proposed = [f for r in ordered() for f in r.fields]
    assert sorted(proposed) == sorted(FIELD_NAMES)


DETECTION = [
    # An underwriter's option for units is a warrant, under its cover's parties.
    ("an-underwriters-unit-option-agreement",
     ("HALDEN SYSTEMS, INC.\nAND\nCARROW SECURITIES, LP\nUNDERWRITER'S UNIT OPTION AGREEMENT\nDated as of ________, 2003\n"
      "WHEREAS, the Company has agreed to issue to the Representative an option to purchase up to an aggregate of "
      "________ Units, each consisting of five shares of Common Stock and five warrants."), True),
    # An opening of legends only: one speaks of the warrants this very certificate represents.
    ("legends-of-the-warrants-represented-hereby",
     ("EX-4.2 9 ex4-2.htm\n\nTHE SECURITIES REPRESENTED HEREBY HAVE NOT BEEN REGISTERED UNDER THE UNITED STATES "
      "SECURITIES ACT OF 1933, AS AMENDED, AND MAY NOT BE OFFERED OR SOLD EXCEPT IN COMPLIANCE THEREWITH.\n\nTHE "
      "WARRANTS REPRESENTED HEREBY MAY NOT BE EXERCISED IN THE UNITED STATES OR BY OR ON BEHALF OF A U.S. PERSON "
      "UNLESS AN EXEMPTION FROM REGISTRATION IS AVAILABLE."), True),
    # The same legend run in a purchase agreement's exhibit list names no certificate of its own.
    ("a-legend-quoted-in-a-purchase-agreement",
     ("SECURITIES PURCHASE AGREEMENT\n\nThis Securities Purchase Agreement is dated as of May 1, 2021 between "
      "Harlan Gold Corp. and the purchasers identified on the signature pages hereto. The Warrants shall bear a "
      "legend in the form: THE WARRANTS REPRESENTED HEREBY MAY NOT BE EXERCISED IN THE UNITED STATES."), False),
    # A warrant agreement cut inside its table of contents.
    ("a-table-of-contents-of-warrant-headings",
     ("|\n\nARTICLE 1 DEFINITIONS | 1 | 1.1 | Definitions | 1 | 1.2 | Currency | 4 |\n\nARTICLE 2 ISSUE AND FORM OF "
      "WARRANTS | 5 | 2.1 | Issue and Form of Warrants | 5 | 2.2 | Warrantholder not a Shareholder | 7 | 2.3 | "
      "Exchange of Warrant Certificates | 8 |\n\nARTICLE 3 EXERCISE OF WARRANTS | 10 | 3.1 | Method of Exercise of "
      "Warrants | 10 | 3.2 | Expiration of Warrants | 13 |"), True),
    # A contents list of a purchase agreement that sells warrants is no warrant.
    ("a-table-of-contents-of-a-purchase-agreement",
     ("SECURITIES PURCHASE AGREEMENT\n\nTABLE OF CONTENTS\n\nARTICLE I. PURCHASE AND SALE | 1 | 1.1 | Closing | 1 | "
      "1.2 | Issuance of Warrants | 2 |\n\nARTICLE II. REPRESENTATIONS | 3 | 2.1 | Exercise of Warrants | 4 | 2.2 | "
      "Transfer of Warrants | 5 |"), False),
    # A page from inside a warrant: no title or grant, but it calls itself "this Warrant" and
    # sets out its own exercise.
    ("a-page-from-inside-a-warrant",
     ("Page 31 of 44\n2.\nTransfers. This Warrant may not be assigned by the Warrantholder.\n3.\nExercise of Warrant. "
     "The Warrantholder may exercise this Warrant in whole or in part at any time prior to its expiration upon "
     "surrender of this Warrant, together with the exercise form and payment of the aggregate Warrant Price for "
     "the Warrant Shares then being purchased. The Warrant Shares shall be deemed issued when this Warrant has "
     "been surrendered."), True),
    # An agreement that assigns or amends a warrant agreement sets out no warrant of its own.
    *[(f"an-agreement-assigning-or-amending-a-warrant-agreement-{i}",
       (f"{title}\n\nThis {title} (this \"Agreement\") is entered into as of October 28, 2021, by and among Harlan "
        "Acquisition Corp. (\"SPAC\"), Harlan Holdings Ltd (\"Holdings\") and Coral Stock Transfer & Trust Company "
        "(the \"Warrant Agent\").\n\nWHEREAS, pursuant to the Existing Warrant Agreement, SPAC issued 14,375,000 "
        "warrants, each whole warrant entitling the holder thereof to purchase one share of Class A Common Stock "
        "at a price of $11.50 per share;\n\nWHEREAS, upon the Merger the Warrants will be exercisable for Holdings "
        "Ordinary Shares;\n\n1.1 Assignment. SPAC hereby assigns to Holdings all of its rights under the Existing "
        "Warrant Agreement, and Holdings hereby assumes them.\n\n2.1 Amendment. Section 9.2 of the Existing Warrant "
        "Agreement is hereby amended."), False)
      for i, title in enumerate(["ASSIGNMENT, ASSUMPTION AND AMENDMENT AGREEMENT", "WARRANT ASSUMPTION AGREEMENT"])],
    # A deed's cover runs its blank date field into the title when its lines are unwrapped.
    *[(f"a-deed-cover-with-a-blank-date-before-its-title-{i}",
       (f"{cover}\nWarrant\nInstrument\nissued by\nHarlan Minerals Limited\n\nThis INSTRUMENT is made as a deed on "
        "2023 by HARLAN MINERALS LIMITED, a company incorporated under the laws of England and Wales with company "
        "number 01234567 (the \u201cCompany\u201d).\n\nBACKGROUND\nThe Company wishes to grant the Subscriber (as "
        "defined below) the Warrants (as defined below) to subscribe for Ordinary Shares on the terms of this "
        "Instrument.\n\nThis Instrument witnesses as follows:\n\n1. Definitions"), True)
      for i, cover in enumerate(["Dated ____________________", "Dated: __________ 2023", "No. ______"])],
    # A host's list of sample contracts shows the openings of several agreements, none in full.
    ("a-host-list-of-sample-warrant-agreements",
     ("Warrant Agreement Sample Contracts\n\nHarlan Acquisition Corp IIWARRANT AGREEMENT HARLAN ACQUISITION CORP II "
      "and CORAL STOCK TRANSFER & TRUST COMPANY Dated [\u25cf], 2021 (March 2nd, 2021)\n\nTHIS WARRANT AGREEMENT (this "
      "\u201cAgreement\u201d), dated [\u25cf], 2021, is by and between Harlan Acquisition Corp II, a Cayman Islands "
      "exempted company (the \u201cCompany\u201d), and Coral Stock Transfer & Trust Company, a New York corporation, as "
      "warrant agent (the \u201cWarrant Agent\u201d).\n\nFusion Harbor Corp. IIWARRANT AGREEMENT (March 2nd, 2021)\n\n"
      "THIS WARRANT AGREEMENT (this \u201cAgreement\u201d), dated as of February 25, 2021, is by and between Fusion "
      "Harbor Corp. II, a Delaware corporation (the \u201cCompany\u201d), and Coral Stock Transfer & Trust Company, as "
      "warrant agent (the \u201cWarrant Agent\u201d)."), False),
    # A filer's "Note to Reader" before a warrant indenture is no promissory note's title.
    ("a-note-to-reader-before-a-warrant-indenture",
     ("Note to Reader\n\nHarlan Sands Inc.\n\nWarrant Indenture\n\nPlease be advised that the attached warrant "
      "indenture dated November 10, 2020 supersedes the warrant indenture filed on November 11, 2020.\n\nHARLAN "
      "SANDS INC.\n\nWARRANT INDENTURE\n\nProviding for the issue of\n\nup to 1,772,982 Warrants\n\nNovember 10, "
      "2020\n\nTABLE OF CONTENTS\n\nARTICLE 1 INTERPRETATION\nARTICLE 2 ISSUE OF WARRANTS\nARTICLE 3 EXERCISE OF "
      "WARRANTS"), True),
    # A news release announcing a unit financing describes the warrants it will issue; it is none.
    *[(f"a-news-release-announcing-a-unit-financing-{i}",
       (f"{dateline} Harlan Minerals Ltd. (TSX VENTURE:HML) (the \"Company\") {verb} a private placement of "
        "up to 8,000,000 units at $0.25 per unit. Each unit will consist of one common share and one common share "
        "purchase warrant (a \"Warrant\"), each Warrant entitling the holder thereof to purchase one common share "
        "at $0.40 for a period of 24 months following the closing."), False)
      for i, (dateline, verb) in enumerate([
          ("VANCOUVER, BRITISH COLUMBIA--(Marketwired - March 3, 2014) -", "announces"),
          ("Vancouver, British Columbia, March 3, 2014 -", "is pleased to announce"),
      ])],
    # A board's written consent approving a warrant "in substantially the form attached" is no warrant.
    *[(f"a-boards-written-consent-approving-a-warrant-{i}",
       (f"{head}\n\nThe undersigned, being all of the members of the board of directors of Harlan Labs, Inc. (the "
        "\u201cCorporation\u201d), do hereby adopt the following resolutions:\n\nIssuance of Warrant\n\nWHEREAS, the Board "
        "deems it in the best interests of the Corporation to issue to Coral Foundation a warrant to purchase 10,000 "
        "shares of the Corporation's common stock, in substantially the form attached hereto as Exhibit A (the "
        "\u201cWarrant\u201d).\n\nNOW, THEREFORE, BE IT RESOLVED: That the form, terms and provisions of the Warrant are "
        "hereby approved."), False)
      for i, head in enumerate(["UNANIMOUS WRITTEN CONSENT\nOF\nTHE BOARD OF DIRECTORS\nOF\nHARLAN LABS, INC.",
                                "RESOLUTIONS OF THE BOARD OF DIRECTORS OF HARLAN LABS, INC."])],
    # A title run into the legend on one flattened line ends where the legend begins.
    ("a-certificate-title-run-into-its-legend",
     ("1 Exhibit 4.13 WARRANT CERTIFICATE FACE THIS SECURITY (OR ITS PREDECESSOR) HAS NOT BEEN REGISTERED UNDER "
      "THE U.S. SECURITIES ACT OF 1933, AS AMENDED, AND MAY NOT BE OFFERED OR SOLD EXCEPT TO HARLAN WARRANT CO. (THE "
      "\"ISSUER\") OR TO A QUALIFIED INSTITUTIONAL BUYER."), True),
    # An agreement restating warrants after a merger says which were "outstanding and unexercised":
    # no note to financial statements.
    ("warrants-outstanding-and-unexercised-in-a-restated-agreement",
     ("AMENDED AND RESTATED WARRANT AGREEMENT\n\nTHIS AMENDED AND RESTATED WARRANT AGREEMENT is entered into by "
      "and between Harlan Spark, Inc. (the \u201cCompany\u201d) and Coral Transfer Corporation (the \u201cWarrant "
      "Agent\u201d).\n\nWHEREAS, at the effective time of the Merger, the public warrants outstanding and "
      "unexercised immediately prior to the effective time were converted into 13,800,000 warrants to "
      "purchase an aggregate of 960,395 shares of Common Stock of the Company at $11.50 per share;"), True),
    # A legend that says the security was sold without registration, a title and a grant to
    # exchange the warrant for shares: a venture lender's warrant.
    ("a-security-sold-without-registration-exchanged-for-shares",
     ("WARRANT\n\nTHIS WARRANT IS ISSUED PURSUANT TO A WARRANT PURCHASE AGREEMENT. THIS SECURITY WAS SOLD IN A "
      "PRIVATE TRANSACTION, WITHOUT REGISTRATION UNDER THE SECURITIES ACT OF 1933.\n\nThe Company does hereby "
      "certify that the Holder is entitled to exchange this Warrant in Harlan Software, Inc. for Four Hundred "
      "Fifty Thousand (450,000) shares of its Common Stock."), True),
    # A holder's letter enclosing its notice of exercise restates the warrant's terms but sets
    # none out: "Dear Mr. Orme:" is a letter's salutation like "Dear Sir".
    ("a-holders-letter-to-a-named-officer-about-its-exercise",
     ("Re: Exercise of Series B Common Stock Purchase Warrant No. SB-11\n\nDear Mr. Orme:\n\nCoral Bay "
      "Partners, Ltd. (the \"Holder\") encloses its Notice of Exercise under the Warrant.\n\nThe Holder relies "
      "on these provisions of the Warrant: (a) the Warrant entitles the Holder to purchase up to 800,000 "
      "Warrant Shares at an Exercise Price of $1.20 per share; (b) the Exercise Price is payable in cash."), False),
    # A certificate cut before its terms: "void if not exercised" is the void-after legend's
    # other wording, and with the warrant's grant it makes a warrant.
    ("void-if-not-exercised-and-a-grant",
     ("THIS WARRANT WILL BE VOID IF NOT EXERCISED PRIOR TO 5:00 P.M. NEW YORK CITY TIME, JUNE 18, 2011\n\n"
      "Each Warrant entitles the holder thereof to purchase from Harlan Paper Inc. one share of Common "
      "Stock at the price of $7.50 per share, upon surrender of this Warrant Certificate."), True),
    # A filer's caption naming the report the exhibit is filed with ("Form 10-K 2001, Amendment
    # No. 1", "Form 8-K 2004 … File No. 0-12345") is not the exhibit's own title: like a
    # Registrant caption, every EDGAR exhibit may carry one.
    *[(f"a-filing-caption-above-the-title:{caption}",
       (f"Exhibit 4.4\n{caption}\nHarlan Corporate Resources, Inc.\nFile No. 1-16025\n\nTHIS COMMON STOCK "
        "PURCHASE WARRANT HAS NOT BEEN REGISTERED UNDER THE SECURITIES ACT OF 1933.\n\nHARLAN CORPORATE "
        "RESOURCES, INC.\n\nCOMMON STOCK PURCHASE WARRANT\n\nTHIS IS TO CERTIFY that Coral Capital LLC (the "
        "\"Holder\") is entitled to purchase from HARLAN CORPORATE RESOURCES, INC., a Delaware corporation (the "
        "\"Company\"), at the price of $0.01 per share, 120,000 shares of Common Stock."), True)
      for caption in ("Form 10-K 2001, Amendment No. 1", "FORM 8-K 2004")],
    # A rights offering's paperwork about warrant or rights certificates sets none out.
    *[(f"offering-paperwork-about-warrant-certificates:{title.splitlines()[0]}",
       (f"{title}\nThe following instructions relate to the issuance by Harlan Energy Inc. (the "
        "\u201cCompany\u201d) of non-transferable warrants (the \u201cWarrants\u201d) entitling "
        "stockholders of record to subscribe for an aggregate of 35,683,688 shares of the Company\u2019s "
        "common stock. Warrants not exercised prior to the Expiration Date will expire. To exercise your "
        "Warrants, complete your Warrant Certificate and send it with payment in full of the aggregate "
        "subscription price to the Subscription Agent."), False)
      for title in ("INSTRUCTIONS AS\nTO USE OF HARLAN ENERGY INC.\nWARRANT CERTIFICATES",
                    "FORM OF INSTRUCTIONS FOR USE OF HARLAN ENERGY INC. WARRANT CERTIFICATES",
                    "NOTICE OF GUARANTEED DELIVERY\nFOR WARRANT CERTIFICATES\nISSUED BY HARLAN ENERGY INC.")],
    # The label of an attachment ("EXHIBIT A TO SECURITIES PURCHASE AGREEMENT") names the
    # document it is attached to: the warrant's own title follows it.
    *[(f"an-attachment-label-above-the-title:{label.splitlines()[0]}",
       (f"{label}\nTHE SECURITIES REPRESENTED BY THIS CERTIFICATE HAVE NOT BEEN REGISTERED UNDER THE "
        "SECURITIES ACT OF 1933.\nCOMMON STOCK PURCHASE WARRANT\nHARLAN COMMUNICATIONS CORP., a Texas "
        "corporation (the \"Company\"), hereby certifies that, for value received, [NAME OF BUYER] or "
        "registered assigns (the \"Holder\"), is entitled to purchase from the Company at any time after "
        "the date hereof fully paid and nonassessable shares of Common Stock at a purchase price per share "
        "equal to the Purchase Price."), True)
      for label in ("EXHIBIT A TO SECURITIES PURCHASE AGREEMENT", "ANNEX II\nTO\nNOTE PURCHASE AGREEMENT",
                    "Schedule 2 to the Loan and Security Agreement")],
    # A filer's caption naming the exhibit ("… by and between the Registrant and …") is not the
    # document's own title.
    ("a-filers-caption-above-the-title",
     ("Exhibit 10(t)(4) Amendment to Common Stock Warrant Agreement dated January 31,\n2002 by and between the "
      "Registrant and Harlan Retail Funding, LLC.\nNEITHER THIS WARRANT NOR THE SHARES OF STOCK ISSUABLE UPON "
      "EXERCISE HEREOF HAVE BEEN REGISTERED UNDER THE SECURITIES ACT OF 1933.\nSTOCK PURCHASE WARRANT\nTo "
      "Subscribe for and Purchase Common Stock of\nHARLAN CLOTHING STORES, INC.\nTHIS CERTIFIES that, for "
      "value received, Harlan Retail Funding, LLC (the \"Holder\"), is entitled to purchase from the Company "
      "23,000 shares of Common Stock at $1.00 per share."), True),
    # "THIS WARRANT IS SUBJECT TO THE TERMS … OF A CERTAIN SUBSCRIPTION AGREEMENT": a legend in capitals.
    ("a-legend-naming-a-subscription-agreement-is-no-title",
     ("NEITHER THIS WARRANT NOR THE SHARES OF COMMON STOCK ISSUABLE UPON EXERCISE OF THIS WARRANT HAVE BEEN "
      "REGISTERED UNDER THE SECURITIES ACT OF 1933.\nTHIS WARRANT IS SUBJECT TO THE TERMS AND CONDITIONS OF A "
      "CERTAIN\nSUBSCRIPTION AGREEMENT OF EVEN DATE (THE \"SUBSCRIPTION AGREEMENT\").\nNo. W-136 November 29, "
      "1999\nHARLAN STAFF, INC.\nCOMMON STOCK PURCHASE WARRANT\nFor good and valuable consideration, Pelham "
      "Securities is hereby granted the right to purchase, at any time from the date hereof until 5:00 P.M. on "
      "November 29, 2002, up to 50,000 shares of the Company's Common Stock."), True),
    ("a-warrant-issued-this-day-by-the-company-to-its-lender",
     ("AMENDED AND RESTATED\nSTOCK PURCHASE WARRANT\n\nThis Warrant is issued this 14th day of January, 1999, "
      "by HARLAN RESTAURANT GROUP, INC., a Texas corporation (the \"Company\"), to CORAL CAPITAL CORPORATION, a "
      "Tennessee corporation (hereinafter referred to as \"Holder\").\n\nRECITALS:\n\nWHEREAS, Holder made a "
      "term loan to the Company in the original principal amount of $2,000,000."), True),
    # "(Subject to Adjustment)" is a standard line on a warrant's cover; run into the title below
    # it, the title is still a title.
    ("a-title-after-subject-to-adjustment",
     ("THIS WARRANT AND THE COMMON STOCK PURCHASABLE HEREUNDER HAVE NOT BEEN REGISTERED UNDER THE "
      "SECURITIES ACT OF 1933.\nRight to Purchase Shares of Common Stock\n(Subject to Adjustment)\n"
      "Warrant for Common Stock\nMarch 2, 2018 | 150,000 Shares of Common Stock |\nThis Warrant for Common "
      "Stock (this \u201cWarrant\u201d) is given by Quarrystone Payments Inc. (\u201cCompany\u201d), a Delaware "
      "corporation with offices at 12 Main St., Boston, MA 02110, to Harlan Capital Partners II, LP "
      "(\u201cHolder\u201d)."), True),
    # An issuer's offer to amend outstanding warrants describes them; it sets none out.
    ("an-offer-to-amend-and-exercise-warrants",
     ("OFFER TO AMEND AND EXERCISE\n\nWARRANTS TO PURCHASE COMMON STOCK\n\nHARLAN ROBOTICS HOLDINGS, INC."
      "\n\nOCTOBER 23, 2014\n\nTHE OFFER TO AMEND AND EXERCISE WILL EXPIRE AT 5:00 P.M. ON NOVEMBER 20, 2014."
      "\n\nThe Company is offering to amend warrants to purchase an aggregate of 30,300,000 shares of "
      "common stock at an exercise price of $2.00 per share (the \u201cOriginal Warrants\u201d). Each "
      "Original Warrant may be exercised by delivery of an election to exercise and the exercise price."),
     False),
    # "NEITHER THIS WARRANT NOR SUCH SHARES HAVE BEEN REGISTERED"; "is entitled to, and … hereby grants
    # the Holder the right to, purchase": commas inside the grant's verbs.
    ("a-neither-nor-legend-and-a-grant-with-commas",
     ("Warrantto Purchase Common Stock\nExhibit 4.1\nNEITHER THIS WARRANT NOR SUCH SHARES HAVE BEEN REGISTERED UNDER THE "
      "SECURITIES ACT OF 1933, AS AMENDED.\nDated as of March 1, 2016\nWarrant to Purchase Common Stock\nThis "
      "Warrant to Purchase Common Stock "
      "(the \u201cWarrant\u201d) certifies that, for good and valuable consideration, Harlan Ridge, L.P. (the "
      "\u201cHolder\u201d), is entitled to, and Quarrystone Payments Corporation, a Delaware corporation (the "
      "\u201cCompany\u201d), hereby grants the Holder the right to, purchase, as of the date hereof, up to "
      "150,000 shares of Common Stock at $2.10 per share.\n1. Term; Exercise; Payment.\n(a) Term. This Warrant "
      "shall be exercisable by the Holder as of the date hereof until July 26, 2021 (the \u201cTerm\u201d).\n(b) "
      "Exercise. This Warrant may be exercised from time to time by the Holder on any Business Day during the "
      "Term for no less than twenty percent (20%) of the Warrant Shares."), True),
    ("a-note-warrant-agreement", NOTE_WARRANT_AGREEMENT, True),
    ("supplemental-warrant-indenture-changing-the-agent",
     ("SUPPLEMENTAL WARRANT INDENTURE\n\nTHIS AGREEMENT made as of the 6th day of June, 2024.\n\nAMONG: "
      "QUARTZ RIDGE MINING CORP., a company incorporated under the laws of the State of Nevada (hereinafter "
      "referred to as the \u201cCompany\u201d)\n\nAND: NORTHERN TRUST AGENCY ULC (hereinafter referred to as "
      "the \u201cResigning Warrant Agent\u201d)\n\nWHEREAS the Company and the Resigning Warrant Agent are "
      "parties to a warrant indenture providing for the issuance of up to 20,000,000 common stock purchase "
      "warrants of the Company;"), False),
    ("option-deed-of-an-australian-issuer", OPTION_DEED, True),
    ("a-warrant-issued-pursuant-to-a-merger-agreement", MERGER_WARRANT, True),
    # Clause libraries (pages of sample clauses drawn from many filed agreements) quote grants
    # without setting out any one instrument.
    ("a-clause-librarys-sample-clauses-are-no-warrant",
     ("Lender Warrant Sample Clauses\n\nA Lender Warrant clause sets out the warrant a borrower issues to its "
      "lender.\nPOPULAR SAMPLE Copied 3 times\nLender Warrant. (a) In consideration for the Term Loan, the "
      "Company hereby grants to the Lender a warrant to purchase 250,000 shares of Common Stock at an exercise "
      "price of $1.25 per share, exercisable at any time before the Expiration Date by delivery of a Notice of "
      "Exercise."), False),
    ("an-xbrl-rendered-note-on-public-warrants-is-no-warrant",
     ("Warrants |\n3 Months Ended |\n---|---|\nJun. 30, 2024 | |\nEquity [Abstract] | |\nWarrants |\n"
      "Note H \u2013 Warrants\nPublic Warrants\nEach public warrant entitles the registered holder to purchase one "
      "share of common stock at a price of $11.50 per share, subject to adjustment. The warrants will expire "
      "on March 4, 2027, at 5:00 p.m., New York City time, or earlier upon redemption or liquidation. A warrant "
      "holder may exercise its warrants only for a whole number of shares of common stock.\nThe Company may "
      "call the public warrants for redemption at a price of $0.01 per warrant upon not less than 30 days\u2019 "
      "prior written notice if the closing price of the common stock equals or exceeds $18.00 per share for "
      "any 20 trading days within a 30-trading day period. If the Company calls the public warrants for "
      "redemption, management may require all holders that wish to exercise the public warrants to do so on a "
      "\u201ccashless basis.\u201d The exercise price and number of shares of common stock issuable on exercise "
      "of the warrants may be adjusted in certain circumstances, including a stock dividend. A holder exercises "
      "by delivering a notice of exercise to the warrant agent."), False),
    # Schedule TO offers for warrants (the exchange offers of many de-SPACs, third-party offers
    # for public warrants) are titled by the warrants they buy, and set none out.
    ("an-offer-to-purchase-public-warrants-is-no-warrant",
     ("LARCH CAPITAL PARTNERS, LP\n\nOFFER TO PURCHASE\n\nUP TO 9,200,000 PUBLIC WARRANTS TO PURCHASE SHARES OF "
      "CLASS A COMMON STOCK OF TERN ACQUISITION CORP.\n\nAT A PURCHASE PRICE OF $0.75 IN CASH PER PUBLIC WARRANT"
      "\n\nLarch Capital Partners, LP (the \u201cOfferor\u201d) hereby offers to purchase up to 9,200,000 outstanding "
      "warrants (the \u201cPublic Warrants\u201d), each exercisable for one share of Class A Common Stock at $11.50, "
      "upon the terms in this Offer to Purchase and the related Letter of Transmittal."), False),
    ("employee-share-option-deed-is-no-warrant",
     ("EMPLOYEE SHARE OPTION DEED\n\nThe Company grants to the Employee options under the Employee Incentive "
      "Plan as remuneration for services. Exercise Price means $0.30 per Option."), False),
    ("terms-and-conditions-of-a-warrant-issue", TERMS_AND_CONDITIONS, True),
    ("stockholder-rights-agreement",
     ("RIGHTS AGREEMENT\n\nRIGHTS AGREEMENT, dated as of May 1, 2003, between Harlan Gear, Inc. (the "
      "\"Company\") and Ridgeway Trust Company (the \"Rights Agent\").\n\n(b) In case the Company shall fix "
      "a record date for the issuance of rights, options or warrants to all holders of Preferred Stock "
      "entitling them to subscribe for or purchase Preferred Stock at a price less than the current "
      "market price, the Purchase Price shall be adjusted.\n\n(c) The registered holder of any Right "
      "Certificate may exercise the Rights evidenced thereby upon surrender of the Right Certificate, "
      "with the form of election to purchase duly executed, together with payment of the aggregate "
      "Purchase Price, at any time prior to the Expiration Date. No fractional shares shall be issued; "
      "in lieu thereof the Company shall pay cash."), False),
    ("convertible-note-with-a-rate-and-four-descriptors",
     ("NEITHER THIS NOTE NOR THE SECURITIES INTO WHICH THIS NOTE IS CONVERTIBLE HAVE BEEN REGISTERED "
      "UNDER THE SECURITIES ACT OF 1933, AS AMENDED, AND MAY NOT BE OFFERED OR SOLD EXCEPT PURSUANT TO "
      "AN EFFECTIVE REGISTRATION STATEMENT OR AN AVAILABLE EXEMPTION FROM REGISTRATION.\n\n10% ORIGINAL ISSUE DISCOUNT SENIOR SECURED CONVERTIBLE "
      "PROMISSORY NOTE\n\n\"Warrant\" means the Common Stock Purchase Warrant issued to the Holder "
      "concurrently with this Note, entitling the Holder to purchase 100,000 shares of Common Stock at "
      "$1.00 per share. The Purchase Price of this Note is $500,000."), False),
    ("unit-purchase-option-of-an-underwriter",
     ("THE REGISTERED HOLDER OF THIS PURCHASE OPTION AGREES THAT IT WILL NOT SELL THIS PURCHASE OPTION."
      "\n\nUNIT PURCHASE OPTION\n\nFOR THE PURCHASE OF\n\n350,000 UNITS\n\nOF\n\nMARLOW HARBOR "
      "ACQUISITION CORP.\n\n1. Purchase Option. THIS CERTIFIES THAT, in consideration of $100 paid by "
      "Tideline Securities, Inc. (\u201cHolder\u201d), Holder is entitled to purchase up to 350,000 units."),
     True),
    ("registered-holder-cells-of-a-spac-certificate",
     ("| |No. of Warrants MARLOW HARBOR ACQUISITION CORPORATION\n\n| This is to certify that | | |\n\n"
      "| | Is/are the registered holder of | | | Warrant to subscribe for Common Stock having a par value "
      "of $0.0001 in MARLOW HARBOR ACQUISITION CORPORATION subject to the Warrant Agreement. The exercise "
      "price of the Warrants is $5.00 subject to adjustment as described in the Warrant Agreement, and "
      "the Warrants expire on April 25, 2010.\n\nTHIS SECURITY WAS ORIGINALLY ISSUED IN A TRANSACTION EXEMPT "
      "FROM REGISTRATION UNDER THE UNITED STATES SECURITIES ACT OF 1933, AS AMENDED. THIS SECURITY MAY NOT "
      "BE OFFERED, SOLD OR OTHERWISE TRANSFERRED IN THE ABSENCE OF REGISTRATION OR AN APPLICABLE "
      "EXEMPTION THEREFROM."),
     True),
    ("canadian-void-legend",
     ("THE WARRANTS REPRESENTED BY THIS CERTIFICATE WILL BE VOID AND OF NO VALUE UNLESS EXERCISED "
     "ON OR BEFORE 4:00 P.M. ON MAY 1, 2023.\n\nWARRANT CERTIFICATE\n\nCertificate No. 001\n\nTHIS "
     "CERTIFIES THAT the registered holder hereof"), True),
    ("warrant-indenture",
     ("WARRANT INDENTURE\n\nBETWEEN\n\nNORTHERN LIGHTS MINING CORP.\n\nAND\n\nCOMPUTERSHARE TRUST "
     "COMPANY OF CANADA\n\nProviding for the Issue of Warrants\n\nDated as of June 1, 2021"), True),
    ("deed-poll",
     ("THIS DEED POLL is made on 1 May 2010 by OMEGA PLC (the Company) constituting warrants to "
     "subscribe for ordinary shares in the capital of the Company."), True),
    ("title-and-cover-block-only",
     ("COMMON STOCK PURCHASE WARRANT\n\nWarrant No. W-12\n\nNumber of Shares: 25,000\n\nExercise "
     "Price: $2.15\n\nIssue Date: May 1, 2019\n\nExpiration Date: May 1, 2024"), True),
    ("stock-option-agreement",
     ("STOCK OPTION AGREEMENT\n\nThe Company hereby grants to the Optionee an option to purchase "
     "10,000 shares of Common Stock at $1.00 per share."), False),
    ("securities-purchase-agreement",
     ("SECURITIES PURCHASE AGREEMENT\n\nThis Securities Purchase Agreement is dated as of May 1, 2020. "
     "The Company shall issue Warrants to purchase 1,000,000 shares. Each Warrant entitles the "
     "holder to purchase one share at $1.00."), False),
    ("prospectus-description",
     ("Description of Warrants\n\nEach warrant entitles the registered holder to purchase one share "
     "of our common stock at a price of $11.50 per share. We may redeem the warrants. Our "
     "warrants will expire five years after our initial business combination."), False),
    ("stock-certificate",
     ("THE SHARES REPRESENTED BY THIS CERTIFICATE HAVE NOT BEEN REGISTERED.\n\nCOMMON STOCK\n\nThis "
     "certifies that John Smith is the owner of 100 fully paid shares of Common Stock of Acme "
     "Inc."), False),
    ("warrant-agreement-cut-after-its-recitals",
     ("WHEREAS, the Company desires the Warrant Agent to act on behalf of the Company in connection "
      "with the issuance, registration, transfer, exchange, redemption and exercise of the Warrants;\n\n"
      "WHEREAS, the Company desires to provide for the form and provisions of the Warrants, the terms "
      "upon which they shall be issued and exercised, and the respective rights of the Company, the "
      "Warrant Agent, and the holders of the Warrants;\n\nNOW, THEREFORE, the parties agree as "
      "follows:\n\n1. Appointment of Warrant Agent. The Company hereby appoints the Warrant Agent to "
      "act as agent for the Company for the Warrants."), True),
    ("notice-of-redemption-to-warrant-holders",
     ("NOTICE OF REDEMPTION OF PUBLIC WARRANTS\n\nQUILLMARK HOLDINGS INC.\n\nAugust 21, 2023\n\nDear Public "
      "Warrant Holder,\n\nQuillmark Holdings Inc. (the \u201cCompany\u201d) hereby gives notice that it will "
      "redeem all of its outstanding public warrants (the \u201cPublic Warrants\u201d) issued under the "
      "Warrant Agreement between the Company and Ironbridge Transfer & Trust Company, as warrant agent, "
      "for a redemption price of $0.01 per Public Warrant. Each Public Warrant entitles the holder to "
      "purchase one share of Common Stock at an exercise price of $11.50 per share in cash. Holders may "
      "exercise their Public Warrants by delivering a notice of exercise to the Warrant Agent."), False),
    ("financial-note-titled-as-a-warrant",
     ("| Warrants to Purchase Common Stock\n\n|6 Months Ended Jun. 30, 2019\n\n|Notes To Financial "
      "Statements Abstract |Note 8 – Warrants to Purchase Common Stock. On December 27, 2018, the "
      "Company issued a warrant (the \u201cWarrant\u201d) to purchase 3,703,703 shares of Common Stock. "
      "The Warrant is exercisable for five years at an exercise price of $0.54 per share."), False),
    ("form-of-warrant-over-a-security-legend",
     ("Form of Warrant\nExhibit 4.27\nForm of Warrant\nTHIS SECURITY AND THE ORDINARY SHARES ISSUABLE "
      "UPON EXERCISE OF THIS SECURITY HAVE NOT BEEN REGISTERED UNDER THE UNITED STATES SECURITIES ACT "
      "OF 1933, AS AMENDED (THE \u201cSECURITIES ACT\u201d), AND MAY NOT BE OFFERED, SOLD, PLEDGED OR "
      "OTHERWISE TRANSFERRED EXCEPT IN ACCORDANCE WITH THE FOLLOWING SENTENCE. BY ITS ACQUISITION "
      "HEREOF OR OF A BENEFICIAL INTEREST HEREIN, THE ACQUIRER AGREES FOR THE BENEFIT OF ORCHARD BIO "
      "LTD. (THE \u201cCOMPANY\u201d) THAT IT WILL NOT OFFER, SELL, PLEDGE OR OTHERWISE TRANSFER THIS "
      "SECURITY OR ANY BENEFICIAL INTEREST HEREIN, EXCEPT TO THE COMPANY OR ANY SUBSIDIARY THEREOF."),
     True),
]


@pytest.mark.parametrize(("text", "warrant"), [r[1:] for r in DETECTION], ids=[r[0] for r in DETECTION])
def test_detection_table(text: str, warrant: bool) -> None:
    assert bool(extract_candidates(_doc(text))) is warrant


def test_labels_of_words_sharing_words_between_typed_values_are_not_guessed() -> None:
    """"Company Holder Shares" over "Acme Robotics Corp. Beta Fund LP 100,000": nothing tells
    where the company's name ends and the holder's begins, so neither is read from the table."""
    from warrant_terms.extract.layout import labelled_values

    text = "Company Holder Number of Shares Issue Date\nAcme Robotics Corp. Beta Fund LP 100,000 May 1, 2020\n"
    found = {lv.key: text[lv.start : lv.end] for lv in labelled_values(text, 0, len(text))}
    assert found == {"shares": "100,000", "issue_date": "May 1, 2020"}


def test_each_kind_reads_its_own_column_of_a_schedule_of_series_terms() -> None:
    text = (
        "SERIES A AND SERIES B COMMON STOCK PURCHASE WARRANT CERTIFICATE\n\nTHIS CERTIFICATE evidences two "
        "separate warrants issued by Wrenfield Therapeutics, Inc., a Delaware corporation (the \"Company\"): "
        "a Series A Common Stock Purchase Warrant (the \"Series A Warrant\") and a Series B Common Stock "
        "Purchase Warrant (the \"Series B Warrant\" and, together with the Series A Warrant, the "
        "\"Warrants\"). The Holder is entitled to purchase the Warrant Shares "
        "of each series at its Exercise Price, each as set out in the Schedule of Series Terms."
        + MECHANICS
        + "\nSCHEDULE OF SERIES TERMS\n\n| Term | Series A Warrant | Series B Warrant |\n|---|---|---|\n"
        "| Warrant Shares | 2,000,000 | 1,000,000 |\n| Exercise Price | $0.80 per share | $1.05 per share |\n"
    )
    found = extract_candidates(_doc(text))
    assert [(ic.ctx.kind or "").lower() for ic in found] == ["series a warrant", "series b warrant"]
    got = [(_plain(ic.chosen["exercise_price"].value), ic.chosen["shares"].value) for ic in found]
    assert got == [(Decimal("0.80"), 2000000), (Decimal("1.05"), 1000000)]


def test_a_schedule_in_markdown_is_read_by_its_cells_even_where_they_wrap() -> None:
    """A pre-funded and a common warrant in one certificate, their terms in a Markdown table whose
    cells hold several amounts or wrap onto a second row: the columns, not the kinds of the
    values, say which value is whose."""
    text = (
        "COMBINED WARRANT CERTIFICATE\n\nThis Certificate evidences two warrants issued by Larkfield "
        "Biologics, Inc. (the \"Company\") to Ashgrove Partners LP (the \"Holder\"): (i) a Pre-Funded Common "
        "Stock Purchase Warrant (the \"Pre-Funded Warrant\") and (ii) a Common Stock Purchase Warrant (the "
        "\"Common Warrant\" and, together with the Pre-Funded Warrant, the \"Warrants\"). Each Warrant entitles "
        "the Holder to purchase shares of Common Stock on the terms below. The Pre-Funded Warrant and the Common "
        "Warrant may be exercised separately."
        + MECHANICS
        + "\n\n| Term | Pre-Funded Warrant | Common Warrant |\n|---|---|---|\n"
        "| Warrant Shares | up to 400,000 shares of Common Stock | up to 800,000 shares of Common Stock |\n"
        "| Exercise Price | $0.001 (the rest of the $2.10 per | $1.95 |\n"
        "|  | share price was prepaid) |  |\n"
    )
    found = extract_candidates(_doc(text))
    assert [(ic.ctx.kind or "").lower() for ic in found] == ["pre-funded warrant", "common warrant"]
    got = [(_plain(ic.chosen["exercise_price"].value), ic.chosen["shares"].value) for ic in found]
    assert got == [(Decimal("0.001"), 400000), (Decimal("1.95"), 800000)]


def test_placement_warrants_defined_without_the_are_a_kind_of_their_own() -> None:
    text = (
        "WARRANT AGREEMENT\n\nTHIS WARRANT AGREEMENT is between Tern Harbor Acquisition Corp., a Delaware "
        "corporation (\u201cCompany\u201d), and Ledger Stock Transfer Company (\u201cWarrant Agent\u201d).\n"
        "WHEREAS, the Company will issue and deliver up to an aggregate of 112,500 warrants "
        "(\u201cPlacement Warrants\u201d) upon consummation of a private placement;\nWHEREAS, the Company "
        "will issue and deliver up to 2,500,000 warrants (\u201cPublic Warrants\u201d) to the public investors;"
        "\nWHEREAS, each Warrant entitles the holder to purchase one share of Common Stock for $11.50 per "
        "share;" + MECHANICS
    )
    found = extract_candidates(_doc(text))
    assert sorted((ic.ctx.kind or "").lower() for ic in found) == ["placement warrants", "public warrants"]


def test_a_kinds_ratio_is_not_read_from_a_sentence_naming_another_kind() -> None:
    """ "each Public Warrant entitles the holder … one-half of one Ordinary Share" gives the Public
    Warrants' ratio, not the Private Placement Warrants' (whose own terms the text does not state)."""
    text = (
        "WARRANT AGREEMENT\n\nTHIS WARRANT AGREEMENT is by and between Harlan Acquisition Corporation (the "
        "\u201cCompany\u201d) and Vstock Transfer, LLC, as warrant agent (the \u201cWarrant Agent\u201d).\n\n"
        "WHEREAS, the Company will issue up to 10,000,000 warrants to public investors in the Offering (the "
        "\u201cPublic Warrants\u201d); and\n\nWHEREAS, each Public Warrant entitles the holder thereof to purchase "
        "one-half of one Ordinary Share for $10.00 per whole share; and\n\nWHEREAS, the Sponsor agreed to purchase "
        "300,000 units, each comprised of one Ordinary Share and one warrant (the \u201cPrivate Placement "
        "Warrants\u201d);\n\nWHEREAS, the Public Warrants and the Private Placement Warrants (together, the "
        "\u201cWarrants\u201d) are issued under this Agreement;" + MECHANICS
    )
    doc = _doc(text)
    found = extract_candidates(doc)
    ratios = {ic.ctx.kind: ic.chosen["shares_per_warrant"] for ic in found}
    public, private = ratios["Public Warrants"], ratios["Private Placement Warrants"]
    assert public is not None and public.value == Decimal("0.5")
    assert private is None or private.value is None


@pytest.mark.parametrize(("buyers", "holder"), [
    (("Harlan Holdings Ltd. (\u201cHarlan\u201d), Coral Equities II, LLC (\u201cCoral\u201d) and Ann B. Reed (each a "
      "\u201cFounder\u201d and collectively, the \u201cFounders\u201d)"), None),
    ("Tollgate Harbor Sponsor LLC (the \u201cSponsor\u201d)", "Tollgate Harbor Sponsor LLC"),
    # persons listed under a plural role
    ("Ann B. Reed, Carl D. Moss and Dana E. Pike (the \u201cInsiders\u201d)", None),
])
def test_a_kind_bought_by_several_parties_has_no_one_holder(buyers: str, holder: str | None) -> None:
    text = (
        "WARRANT AGREEMENT\n\nTHIS WARRANT AGREEMENT is by and between Harlan Acquisition Corp. (the \u201cCompany\u201d) "
        "and Continental Stock Transfer & Trust Company (the \u201cWarrant Agent\u201d).\n\nWHEREAS, the Company will "
        "issue up to 10,000,000 warrants to public investors (the \u201cPublic Warrants\u201d); and\n\nWHEREAS, the "
        f"Company has sold units to {buyers} and has determined to issue an aggregate of 9,375,000 warrants (the "
        "\u201cFounders\u2019 Warrants\u201d) to be included in those units; and\n\nWHEREAS, the Public Warrants and the "
        "Founders\u2019 Warrants (together, the \u201cWarrants\u201d) each entitle the holder to purchase one share of "
        "Common Stock for $6.00;" + MECHANICS
    )
    doc = _doc(text)
    founders = next(ic for ic in extract_candidates(doc) if ic.ctx.kind and ic.ctx.kind.startswith("Founders"))
    chosen = founders.chosen["holder"]
    assert (None if chosen is None else chosen.value) == holder


def test_classes_listed_bare_under_a_group_name_are_each_an_instrument_with_its_own_price() -> None:
    """ "thirty Class A …, thirty Class B … and thirty Class C redeemable common stock purchase
    warrants (the Class A, Class B and Class C common stock purchase warrants being referred to
    herein as the "Unit Warrants")", then "each Class B Unit Warrant entitles … at the price of
    $.875": three instruments, each named as the text names it, each with its own price."""
    text = (
        "WARRANT AGREEMENT\n\nWARRANT AGREEMENT dated as of October 16, 1989, between Harlan Acquisitions, Inc., a "
        "Nevada corporation (hereinafter called the \"Company\"), and Coral Stock Transfer & Trust Company, as "
        "warrant agent (hereinafter called the \"Warrant Agent\").\n\nWHEREAS, the Company has proposed to issue and "
        "sell to the public 40,000 Units, each Unit consisting of six shares of its common stock (the \"Common "
        "Stock\"), thirty Class A redeemable common stock purchase warrants, thirty Class B redeemable common stock "
        "purchase warrants and thirty Class C redeemable common stock purchase warrants (the Class A, Class B and "
        "Class C common stock purchase warrants being referred to herein as the \"Unit Warrants\");\n\n"
        + "".join(f"WHEREAS, each Class {c} Unit Warrant entitles the holder to purchase one share of Common Stock at "
                  f"the price of ${p} per share for a two year period;\n\n" for c, p in (("A", ".75"), ("B", ".875"),
                                                                                        ("C", "1.00")))
        + MECHANICS
    )
    doc = _doc(text)
    found = extract_candidates(doc)
    got = [(ic.chosen["instrument_name"].value, ic.chosen["exercise_price"].value)  # type: ignore[union-attr]
           for ic in found]
    assert got == [("Class A Unit Warrant", Decimal("0.75")), ("Class B Unit Warrant", Decimal("0.875")),
                   ("Class C Unit Warrant", Decimal("1.00"))]


def test_a_grants_item_for_each_kind_is_that_kinds_count() -> None:
    """ "… (i) under the Series A Warrant, up to … (2,400,000) shares …, and (ii) under the Series B
    Warrant, up to … (1,200,000) shares": each kind takes its own item's count."""
    text = (
        "SERIES A AND SERIES B COMMON STOCK PURCHASE WARRANTS\n\nHARLAN THERAPEUTICS, INC.\n\nTHIS SERIES A COMMON "
        "STOCK PURCHASE WARRANT (the \"Series A Warrant\") AND THIS SERIES B COMMON STOCK PURCHASE WARRANT (the "
        "\"Series B Warrant\" and, each of the Series A Warrant and the Series B Warrant, a \"Warrant\") CERTIFY "
        "that, for value received, Coral Fund, Ltd. (the \"Holder\") is entitled to subscribe for and purchase from "
        "Harlan Therapeutics, Inc. (i) under the Series A Warrant, up to two million four hundred thousand "
        "(2,400,000) shares of Common Stock, and (ii) under the Series B Warrant, up to one million two hundred "
        "thousand (1,200,000) shares of Common Stock, at $1.85 per share." + MECHANICS
    )
    doc = _doc(text)
    counts = {ic.ctx.kind: ic.chosen["shares"].value for ic in extract_candidates(doc)}  # type: ignore[union-attr]
    assert counts == {"Series A Warrant": 2400000, "Series B Warrant": 1200000}


@pytest.mark.parametrize("title", ["Series [A] [B] Warrant To Purchase Common Stock",
                                   "SERIES [A]/[B] COMMON STOCK PURCHASE WARRANT"])
def test_one_form_for_two_series_in_brackets_is_two_instruments(title: str) -> None:
    text = (
        f"HARLAN PHARMA, INC.\n\n{title}\n\nHarlan Pharma, Inc., a Delaware corporation (the \u201cCompany\u201d), "
        "hereby certifies that [HOLDER] (the \u201cHolder\u201d) is entitled to purchase from the Company, at the "
        "Exercise Price then in effect, [INSERT IN SERIES A WARRANT: ______ shares of Common Stock] [INSERT IN "
        "SERIES B WARRANT: a number of shares of Common Stock equal to the Maximum Eligibility Number]." + MECHANICS
    )
    doc = _doc(text)
    found = extract_candidates(doc)
    assert [ic.ctx.kind for ic in found] == ["Series A Warrant", "Series B Warrant"]
    assert all(ic.chosen["issuer"].value == "Harlan Pharma, Inc." for ic in found)  # type: ignore[union-attr]


def test_a_kinds_own_defined_price_and_expiry_terms() -> None:
    """ ""Class B Exercise Price" means $.25 …", ""Class B Expiration Date" means … thirty-six (36)
    months after the Effective Date": the Class B Warrants' own terms, not the Class A ones."""
    text = (
        "WARRANT AGREEMENT\n\nCLASS A AND CLASS B\nCOMMON STOCK PURCHASE WARRANTS\n\nTHIS WARRANT AGREEMENT is made "
        "between Harlan Biomedical, Inc. (the \"Company\") and Coral Stock Transfer Company, as warrant agent (the "
        "\"Warrant Agent\").\n\nThe Company proposes to sell Units, each Unit consisting of one share of Common Stock, one "
        "Class A Common Stock Purchase Warrant (the \"Class A Warrants\") and one Class B Common Stock Purchase Warrant "
        "(the \"Class B Warrants\").\n\n1. Definitions.\n\n(a) \"Class A Exercise Price\" means $.15 per share of Common "
        "Stock.\n\n(b) \"Class B Exercise Price\" means $.25 per share of Common Stock.\n\n(c) \"Class A Expiration "
        "Date\" means 5:00 P.M. on the date eighteen (18) months after the Effective Date.\n\n(d) \"Class B Expiration "
        "Date\" means 5:00 P.M. on the date thirty-six (36) months after the Effective Date.\n\n2. Warrants.\n\n(a) Each "
        "Class A Warrant shall entitle the Registered Holder to purchase one share of Common Stock at the Class A "
        "Exercise Price until the Class A Expiration Date.\n\n(b) Each Class B Warrant shall entitle the Registered "
        "Holder to purchase one share of Common Stock at the Class B Exercise Price until the Class B Expiration Date."
        + MECHANICS
    )
    doc = _doc(text)
    got = {ic.ctx.kind: (ic.chosen["exercise_price"].value,  # type: ignore[union-attr]
                         ic.chosen["expiration_term"].value.amount)  # type: ignore[union-attr]
           for ic in extract_candidates(doc)}
    assert got == {"Class A Warrants": (Decimal("0.15"), 18), "Class B Warrants": (Decimal("0.25"), 36)}


def test_a_kind_defined_further_on_in_a_cut_opening_is_an_instrument() -> None:
    """ "… one-third of one Public Warrant (as defined below)": the Public Warrants are defined past
    the cut of an opening; with the Private Placement Warrants defined before, two instruments."""
    text = (
        "WARRANT AGREEMENT\n\nTHIS WARRANT AGREEMENT is by and between Harlan Acquisition Corp., a Delaware corporation "
        "(the \u201cCompany\u201d), and Coral Stock Transfer & Trust Company, LLC, as warrant agent (the \u201cWarrant "
        "Agent\u201d).\n\nWHEREAS, the Company entered into a Sponsor Warrants Purchase Agreement with Harlan Sponsor, "
        "LLC (the \u201cSponsor\u201d), pursuant to which the Sponsor agreed to purchase an aggregate of 4,000,000 warrants "
        "(the \u201cPrivate Placement Warrants\u201d) at a purchase price of $1.50 per Private Placement Warrant; and\n\n"
        "WHEREAS, the Company is engaged in an initial public offering of units, each unit comprised of one share of "
        "Common Stock and one-third of one Public Warrant (as defined below), and has determined to issue up to "
        "7,666,666 warrants"
    )
    doc = _doc(text)
    found = extract_candidates(doc)
    assert [ic.ctx.kind for ic in found] == ["Public Warrants", "Private Placement Warrants"]
    assert found[1].chosen["holder"].value == "Harlan Sponsor, LLC"  # type: ignore[union-attr]


def test_classes_each_counted_before_the_noun_they_share_are_each_an_instrument_with_its_count() -> None:
    found = extract_candidates(_doc(
        "WARRANT AGREEMENT\n\nTHIS WARRANT AGREEMENT is dated as of March 3, 1997, between Orchard Valley "
        "Foods, Inc., a Nevada corporation (the \"Company\"), and Interstate Transfer Company (the \"Warrant "
        "Agent\").\n\nWHEREAS, the Company proposes to issue to the holders of its Common Stock 750,000 Class A "
        "and 500,000 Class B Redeemable Common Stock Purchase Warrants (the \"Warrants\");\n\n1. Each Warrant "
        "entitles the registered holder to purchase one share of Common Stock." + MECHANICS))
    got = [(ic.chosen["instrument_name"], ic.chosen["warrant_count"]) for ic in found]
    assert [(n.value if n else None, c.value if c else None) for n, c in got] == [
        ("Class A Warrants", 750000), ("Class B Warrants", 500000)]


@pytest.mark.parametrize(("shares_label", "price_label"), [
    ("Warrant Shares (at issuance)", "Exercise Price per Warrant Share"),
    ("Number of Warrant Shares on the Issue Date", "Initial Purchase Price per Underlying Share"),
])
def test_cover_labels_qualified_by_when_or_per_what_name_each_kinds_column(shares_label: str, price_label: str) -> None:
    text = (
        "SERIES A AND SERIES B COMMON STOCK PURCHASE WARRANTS\n\nSeries A Warrant | Series B Warrant\n\n"
        f"{shares_label} | 2,000,000 | 1,000,000\n\n{price_label} | $0.80 | $1.05\n\n"
        "THIS CERTIFICATE evidences two separate warrants issued by Wrenfield Therapeutics, Inc., a Delaware "
        "corporation (the \"Company\"): a Series A Common Stock Purchase Warrant (the \"Series A Warrant\") and a "
        "Series B Common Stock Purchase Warrant (the \"Series B Warrant\" and, together with the Series A Warrant, "
        "the \"Warrants\"). The Holder is entitled to purchase the Warrant Shares of each series at its Exercise "
        "Price." + MECHANICS
    )
    found = extract_candidates(_doc(text))
    got = [(_plain(ic.chosen["exercise_price"].value), ic.chosen["shares"].value) for ic in found]
    assert got == [(Decimal("0.80"), 2000000), (Decimal("1.05"), 1000000)]


@pytest.mark.parametrize(("recital", "count"), [
    ("WHEREAS the Corporation proposes to issue up to 12,500,000 Warrants;", None),
    # the ceiling is the shares', not the warrants': the warrants are counted
    ("WHEREAS the Corporation proposes to issue 12,500,000 Warrants to purchase up to 12,500,000 Common Shares;",
     12500000),
])
def test_a_title_count_the_recitals_call_a_ceiling_counts_no_warrants(recital: str, count: int | None) -> None:
    found = extract_candidates(_doc(
        "WARRANT INDENTURE\n\nProviding for the Issue of 12,500,000 Share Purchase Warrants\n\nTHIS WARRANT "
        "INDENTURE made as of May 9, 2002 between Northfield Gold Ltd., a corporation incorporated under the "
        "laws of Canada (the \"Corporation\"), and Western Trust Company of Canada (the \"Warrant Trustee\").\n\n"
        f"{recital} AND WHEREAS each Warrant will entitle the holder thereof to purchase one Common Share at "
        "$0.90 per share at any time on or before November 14, 2003;" + MECHANICS))
    chosen = found[0].chosen["warrant_count"]
    assert (chosen.value if chosen else None) == count


def test_kinds_defined_with_their_counts_and_quoted_again_in_the_grouping_are_each_an_instrument() -> None:
    found = extract_candidates(_doc(
        "REPRESENTATIVE'S WARRANT AGREEMENT\n\nTHIS REPRESENTATIVE'S WARRANT AGREEMENT, dated as of June 2, 1997, is "
        "by and between Corbel Air, Inc. (the \"Company\"), and BAYSIDE SECURITIES CORPORATION (the "
        "\"Representative\").\n\nWHEREAS, the Company proposes to sell to the Representative 80,000 warrants "
        "(\"Common Stock Representative Warrants\") to purchase 80,000 shares of the Company's Common Stock and "
        "80,000 warrants (\"Warrant Representative Warrants\") to purchase 80,000 Common Stock Purchase Warrants "
        "(\"Underlying Warrants\") exercisable to purchase 80,000 shares of the Company's Common Stock. The \"Common "
        "Stock Representative Warrants\" and the \"Warrant Representative Warrants\" are collectively referred to as "
        "the \"Warrants\". The \"Shares\" and the \"Underlying Warrants\" are collectively referred to as the "
        "\"Warrant Securities\"." + MECHANICS))
    assert [(ic.ctx.kind, ic.chosen["warrant_count"].value if ic.chosen["warrant_count"] else None)
            for ic in found] == [("Common Stock Representative Warrants", 80000),
                                 ("Warrant Representative Warrants", 80000)]


KEY_TERMS_DEED = (
    "# Option Deed\n\n**Date:** 3 March 2021\n\n| Name | Wirra Creek Resources Limited |\n| --- | --- |\n"
    "| Incorporated in | Australia |\n| Short form name | **Company** |\n\n| Name | Tallowood Capital Pty Ltd |\n"
    "| --- | --- |\n| Short form name | **Optionholder** |\n\nThe Company has agreed to issue the Options to the "
    "Optionholder on the terms of this deed.\n\n## Schedule 1 - Key Terms\n\n| Item | Term |\n| --- | --- |\n"
    "| 1. Number of Options | 4,500,000 |\n| 2. Entitlement | One (1) Share for each Option exercised |\n"
    "| 3. Exercise Price | A$0.09 per Option |\n| 4. Issue Date | 10 March 2021 |\n"
    "| 5. Expiry Date | 10 March 2024 |\n\n**2.1 Issue.** The Company grants to the Optionholder the right to "
    "subscribe for Shares on the exercise of the Options.\n\n**3.1 Exercise.** The Optionholder may exercise the "
    "Options by delivering an Exercise Notice and paying the Exercise Price.\n\n**11.1 Governing law.** This deed "
    "is governed by the laws in force in New South Wales.\n"
)


@pytest.mark.parametrize(("field", "value"), [
    ("warrant_count", 4500000),
    ("issue_date", dt.date(2021, 3, 10)),
    ("issuer_jurisdiction", "Australia"),
    ("governing_law", "New South Wales"),
])
def test_an_option_deeds_numbered_key_terms_and_party_table(field: str, value: Any) -> None:
    found = extract_candidates(_doc(KEY_TERMS_DEED))
    chosen = found[0].chosen[field]
    assert chosen is not None and _plain(chosen.value) == _plain(value)


def test_an_underwriters_unit_warrant_title_names_its_holder_with_confidence() -> None:
    """The title names the party the warrant is for ("UNDERWRITER'S UNIT WARRANT AGREEMENT"): its
    holder is the party defined as the Underwriter, read as surely as a holder's own term."""
    row = next(r for r in ROWS if r[0] == "an-underwriters-unit-warrant-agreement-holder")
    chosen = extract_candidates(_doc(row[1]))[0].chosen["holder"]
    assert chosen is not None and chosen.value == "HALSTEAD SECURITIES CORPORATION" and chosen.score >= 0.9
