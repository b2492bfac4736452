"""Reading a party's name out of the words that introduce it.

"This certifies that VENTURE LENDING & LEASING, INC., a Maryland corporation, or assigns
(the "Holder")" → name "VENTURE LENDING & LEASING, INC.", descriptor "a Maryland corporation".
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from warrant_terms.extract.blanks import BLANK, BLANK_LAST
from warrant_terms.extract.jurisdiction import match_jurisdiction

_ANCHOR = re.compile(
    r"\b(?:certif(?:y|ies|ied)\s+that|hereby\s+certifies\s+that|is\s+issued\s+to|issued\s+to|"
    r"from|by|between|among|and|with|to|for\s+value\s+received|VALUE\s+RECEIVED|"
    r"holder\s+of\s+record|name\s+of|(?<![A-Za-z])that)[\s,:]+",
    re.IGNORECASE,
)
_ENTITY_WORDS = (
    r"(?:corporation|company|limited\s+liability\s+company|limited\s+partnership|partnership|"
    r"exempted\s+company|business\s+company|société\s+anonyme|societe\s+anonyme|trust|bank|"
    r"association|public\s+limited\s+company|limited\s+company|entity|statutory\s+trust|"
    r"banking\s+corporation|national\s+association|fund|corp\.?|individual|natural\s+person|"
    r"body\s+(?:corporate|politic)(?:\s+and\s+(?:corporate|politic))?|public\s+body|instrumentality|"
    r"sociedad\s+an[oó]nima|limited\s+liability)"  # "a Delaware limited liability (the “Company”)": a word dropped
)
# "AST TRUST COMPANY (CANADA), a trust company …": a country in brackets that ends a name
# (the patterns that use it ignore case)
_COUNTRY_IN_NAME = r"(?:Canada|U\.?S\.?A?\.?|Bermuda|Cayman|Singapore|Australia|Ireland|Europe|International)"
_STOP = re.compile(
    # A match never starts inside a run of white space (the run's first character starts it):
    # searching from every position of a long run would be quadratic.
    r"(?:(?<!\s)|(?=\S))(?:"
    # not "SILICON VALLEY BANK, A DIVISION OF FIRST-CITIZENS BANK & TRUST COMPANY": one party
    r",?\s+an?\s+(?!division\s+of\b)(?:[\w.’'()\-]+\s+){0,6}?" + _ENTITY_WORDS + r"\b"
    r"|,?\s*(?:\(\s*)?(?:and/or|or|and)\s+(?:to\s+)?(?:any\s+of\s+)?(?:the\s+)?(?:(?:its|his|her|their)(?:\s*,\s*|\s+or\s+|\s*))*"
    r"(?:respective\s+)?(?:(?:registered|permitted)\s+(?:and\s+)?)*(?:assigns?|assign\(s\)|assignees?|successors?|transferees?|"
    r"designees?|nominees?)"
    # "Oaktree Capital Management, L.P. as investment manager on behalf of certain funds …": a capacity
    r"|,?\s+as\s+(?:(?:investment|collateral|administrative)\s+)?(?:manager|agent|nominee|trustee|custodian|"
    r"general\s+partner|adviser|advisor)\s+(?:for|of|on\s+behalf\s+of|to)\b"
    # "ACUREN CORPORATION (F/K/A ADMIRAL ACQUISITION LIMITED)": the current name
    r"|\s*\(\s*(?:f/k/a|formerly\b)"
    # "FORTH VALLEY GROWTH FUND LP, c/o Forth Valley GP Limited": the address it is sent to
    r"|,?\s+(?:c/o|care\s+of)\s"
    # "… of CHIEF CONSOLIDATED MINING COMPANY which, at the time of exercise …": a relative clause
    r"|,?\s+(?-i:which|whose|who)\b"
    # "… to SILICON VALLEY BANK, in connection with that certain Loan and Security Agreement"
    r"|,?\s+(?:in\s+connection\s+with|pursuant\s+to|in\s+favou?r\s+of)\b"
    # "PARAMOUNT BIOCAPITAL, INC., its designees or its permitted assigns"
    r"|,\s*(?:its|his|her|their)\s+(?:(?:registered|permitted)\s+)?(?:designees?|nominees?|assigns|assignees?|"
    r"successors?|transferees?)\b"
    r"|,?\s*(?:or|and)\s+(?:any\s+)?(?:subsequent|future)\s+(?:holders?|owners?|transferees?)"
    r"|,?\s*(?:and|or)\s*,?\s+together\s+with\b"  # "grants to Sabrina A. Holt and, together with any transferee …"
    # "XXXXX XXXX and each permitted transferee of this Warrant"; "SMCDLB, LLC, or any person or
    # entity to whom the interest in this Warrant is lawfully transferred"
    r"|,?\s*(?:and|or)\s+(?:each|any|every)\s+(?:(?:permitted|subsequent|registered)\s+)?"
    r"(?:transferees?|assignees?|holders?|persons?|successors?)\b"
    r"|\s+\d{1,3}(?:,\d{3})+\b"  # "purchase from Amazon 750,000 shares": a count ends the name
    r"|\s+at\s+(?:(?:a|an|the)\s+(?:[\w\-]+\s+){0,2}price|[A-Z]{0,3}\$|\d)"  # "… of Acme Inc. at $1.00"
    r"|\s+of\s+\d{1,5}[A-Za-z]?,?\s+(?-i:[A-Z][A-Za-z]+\s+[A-Z])"  # "by MINMET plc of 12 Grafton Street": its address
    # "Haverford (Bermuda) Ltd.": a place or code in brackets before a suffix is in the name
    r"|\s*\((?!(?-i:[A-Z])[A-Za-z. ]{0,15}\)\s*(?:Ltd|Limited|Inc|Incorporated|LLC|L\.P|LP|Corp|"
    r"Corporation|Holdings|Pte|Pty|plc|S\.A|AG|GmbH|B\.V|N\.V|Co|Company)\b)"
    r"(?!" + _COUNTRY_IN_NAME + r"\)\s*,)"
    r"|,\s*\d"
    r"|,\s*each\s+(?:an?|of\s+whom)\s"  # "Jose Raffinan, M.D. and Maria Raffinan, M.D., each an individual"
    r"|\s*\[\s*(?:the\s+)?[\"“]"  # 'Dominion Fund III [the "Purchaser")': a bracket typed for "("
    r"|,\s*(?:with|having|whose|located|(?-i:incorporated)|organized|existing|formed|established|registered|the|"
    r"as\s+)\b"
    # a paragraph break, unless the next paragraph is only the name's suffix ("… TRANSFER & TRUST\n\nINCORPORATED")
    # or its place ("MONTREAL TRUST COMPANY\n\nOF CANADA")
    r"|\s*\n\s*\n(?!\s*(?-i:INCORPORATED|INC\.|LLC|L\.L\.C\.|N\.A\.|CORPORATION|LIMITED|LTD\.|OF\s+[A-Z]{3,}(?:\s+[A-Z]{3,})?)"
    r"[ \t]*(?:\n|$))"
    r"|,?\s+as\s+(?:joint\s+tenants|tenants\s+in\s+common|trustees?\b|custodian|nominee)"
    r"|\s+(?:with|having)\s+(?:its|a)\s+(?:principal|registered)"
    r"|\s+(?:is|are|shall|will|hereby|has)\s"
    r"|\s+(?:unless|until)\s"  # "“Company” means Amador Gold Corp. unless and until a successor …"
    r"|\s+(?:this\s+(?:is\s+to\s+)?certif|for\s+value\s+received)"  # the grant starts after a title
    r"|,?\s+(?:and\s+)?not\s+(?:to|any|an?)\b"
    r"|\s+(?-i:by)\s+(?=(?-i:[A-Z]))"  # "issued to LIGHTHOUSE CAPITAL … by NEUROMETRIX INC"
    r")",
    re.IGNORECASE,
)
_DATE_LIKE = re.compile(
    r"^(?:January|February|March|April|May|June|July|August|September|October|November|December)"
    r"\s+\d", re.IGNORECASE
)
_SMALL_CAPS = re.compile(r"(?<![A-Za-z'’])([A-Z]) ([A-Z]{2,})\b")  # not "WENDY'S RESTAURANTS"
_GENERIC = re.compile(
    # "… is issued to by TransMedics, Inc., a Delaware corporation": the holder's blank dropped
    r"^(?-i:by|from|of|for|with)\s|"
    r"^(?:the|this|such|each|any|a|an|said|holder|company|corporation|issuer|purchaser|"
    r"registered|undersigned|person|persons|you)(?![\w\-])",  # not "A-III Investment Partners LLC"
    re.IGNORECASE,
)
# "Rule 2710 of the NASD Conduct Rules (the "Holder" or "Holders")": a reference, no party.
_REFERENCE = re.compile(
    r"(?:Rule|Section|Regulation|Article|Item|Schedule|Exhibit|Annex|Form)\s+(?:\d[\w.\-()]*|[A-Z](?:-\d+)?|[IVX]+)(?![\w\-])")
_PLACE_NAMED = re.compile(
    r"(?:the\s+)?(?:Provinces?|States?|Territor(?:y|ies)|Commonwealth)\s+of\s+(?:the\s+)?(?P<place>.+)", re.IGNORECASE)
_PART_OF_DOCUMENT = re.compile(r"(?:the\s+)?(?:Schedule|Exhibit|Annex|Appendix|Particulars|Recitals?)", re.IGNORECASE)
_SECURITY_WORDS = re.compile(
    r"(?:(?:Warrant|Common|Preferred|Ordinary)\s+)?(?:Shares?|Stock|Securities|Units?|Warrants?|Certificates?)",
    re.IGNORECASE)


@dataclass(frozen=True)
class Name:
    value: str
    start: int
    end: int
    blank: bool = False


def clean_name(raw: str) -> str:
    """Undo small caps rendered as split letters ("C HEMO C ENTRYX , I NC ." → "CHEMOCENTRYX,
    INC.") and tidy white space and trailing punctuation.

    >>> clean_name("C HEMO C ENTRYX , I NC .")
    'CHEMO CENTRYX, INC.'
    >>> clean_name("Juniper Networks, Inc."), clean_name("WENDY'S RESTAURANTS, INC.")
    ('Juniper Networks, Inc.', "WENDY'S RESTAURANTS, INC.")
    >>> clean_name("U S WEST Internet Ventures, Inc.")
    'U S WEST Internet Ventures, Inc.'
    """
    name = raw
    # two split words at least: "U S WEST Internet Ventures" keeps its own spacing
    if len(_SMALL_CAPS.findall(name)) >= 2:
        name = _SMALL_CAPS.sub(r"\1\2", name)
        name = re.sub(r"\s+([,.])", r"\1", name)
    name = re.sub(r"\s+", " ", name).strip(" ,;:")
    name = re.sub(r"\s+,", ",", name)
    return name


# An address or descriptor tail stops where another party begins ("…, Maryland 21401, and
# Paradigm Concepts, Inc.") or the operative words do ("… of 129,000 Shares … FOR VALUE RECEIVED,").
_TEMPERED = r"(?:(?!certif|hereby|\bthat\b|\bfrom\b|\bby\b|\bamong\b|\bbetween\b|\breceived\b|[“\"(]|,\s+and\s+(?-i:[A-Z])).)"
_TAIL = tuple(
    re.compile(p + r"\s*$", re.IGNORECASE | re.DOTALL)
    for p in (
        (
            r"(?:,\s*(?:its|his|her|their)\s+successors?(?:\s+in\s+interest)?)?"  # "…, its successor or permitted assigns"
            r",?\s*(?:\(\s*)?(?:or|and)\s+(?:any\s+of\s+)?(?:(?:its|his|her|their)(?:\s*,\s*|\s+or\s+|\s*))*"
            r"(?:(?:registered|permitted)\s+(?:and\s+)?)*(?:assigns|assign\(s\)|assignees|successors|transferees|designees|nominees)"
            r"(?:\s+and\s+(?:permitted\s+)?assigns)?"
        ),
        r",?\s+an?\s+[^,()]{0,80}?\b" + _ENTITY_WORDS,
        # "NGAS RESOURCES, INC., a corporation under the laws of the Province of British Columbia"
        r",?\s+an?\s+[^,()]{0,40}?\b" + _ENTITY_WORDS + r"\s+(?:(?:duly\s+)?(?:organized|incorporated|existing|formed)\s+"
        r"(?:and\s+(?:validly\s+)?existing\s+)?)?"
        r"(?:under|pursuant\s+to)\s+the\s+laws\s+of\b" + _TEMPERED + "{0,120}",
        # a registration number: "(ACN 634 118 205)", "(Company No. 08123456)"
        (r",?\s*\((?:ACN|ABN|ARBN|CRN|NZBN|Company\s+No\.?|Company\s+Number|Registration\s+No\.?|"
         r"registered\s+(?:no\.?|number))[^()]{0,40}\)"),
        r",?\s+(?:ACN|ABN|ARBN)\s+\d{2,3}(?:\s?\d{3}){2,3}",  # "TARRAWONGA MINERALS LIMITED ACN 139 482 615"
        # "WILBURN E. HASKETT, of Ardmore, Oklahoma": a person's town and state
        r",\s*of\s+(?-i:[A-Z][a-z]+(?:\s+[A-Z][a-z]+){0,2}),\s+(?-i:[A-Z][a-z]+(?:\s+[A-Z][a-z]+)?)",
        r",?\s*(?:with|having)\s+(?:its|a|an)\s+(?:(?:principal|registered|head|chief|executive)\s+)*"
        r"(?:offices?|place|address|business)" + _TEMPERED + "{0,400}",
        r",?\s*(?:whose|located|residing|of|at)\s+(?:registered\s+|principal\s+)?"
        r"(?:office|address|\d)" + _TEMPERED + "{0,400}",
        r",?\s*(?:whose|located|residing)\b" + _TEMPERED + "{0,250}",
        r",?\s+(?:c/o|care\s+of)\s" + _TEMPERED + "{0,250}",  # "… FUND / c/o Pallister Point … Toronto, Ontario M5J 2T3"
        r",?\s+an?\s+(?:individual|natural\s+person)\b" + _TEMPERED + "{0,200}",  # "…, an individual and resident of Mexico City"
        r",?\s+as\s+(?:joint\s+tenants|tenants\s+(?:in\s+common|by\s+the\s+entirety)|trustees?|custodian|nominee)"
        r"\b" + _TEMPERED + "{0,120}",
        r",?\s*(?:\(\s*)?(?:formerly|previously)\s+(?:known\s+as|named|called)\b" + _TEMPERED + "{0,120}",
        # an address after the name, but not "3,000 shares" nor "FOR VALUE RECEIVED, 1347 Capital Corp."
        r"(?<!\d)(?<!received),\s*(?!(?:19|20)\d\d\b)\d{1,6}[A-Za-z]?\s+[A-Za-z]" + _TEMPERED + "{0,200}",
        # "…, an instrumentality established under the Community Bank Recapitalization Act of 2009"
        r",?\s+an?\s+(?:[\w\-]+\s+){0,3}?(?:established|created|chartered|constituted)\s+(?:under|by|pursuant)\b"
        + _TEMPERED + "{0,300}",
        r",?\s*(?:incorporated|organized|existing|formed|registered|continued)"
        r"(?:\s+and\s+existing)?\s+(?:under|in|pursuant|with|on|by)\b" + _TEMPERED + "{0,300}",
        r"\s*\((?!" + _COUNTRY_IN_NAME + r"\))[^()]{0,80}\)",
    )
)
# "00000", "60201", "1603": postcodes and street numbers end an address, not part of a name.
_ADDRESS_TOKEN = re.compile(r"^\d{3,}(?:-\d{4})?$")


def _name_word(word: str) -> bool:
    """A word that can be part of a name: capitalized, a number, or a lower-case brand with a
    capital or a dot inside ("eBay", "iGo", "xXxxxxxx.xxx")."""
    if not word:
        return False
    first = word[0]
    if first.isupper() or first.isdigit() or _SUFFIX_WORD.match(word):
        return True  # "plc", "Holdings plc"
    return first.isalpha() and (any(c.isupper() for c in word[1:]) or "." in word[1:-1])


# Parties named by their role in another agreement ("between Landlord and …").
_ROLE_WORDS = frozenset({"landlord", "tenant", "lender", "borrower", "lessor", "lessee", "licensor", "licensee",
                         "purchaser", "seller", "buyer", "investor", "investors", "sponsor", "parent"})
# "d/b/a": "D’Loren Realty LLC d/b/a Content Holdings" is one party under two names.
_CONNECTORS = frozenset({"of", "and", "&", "de", "du", "la", "der", "von", "van", "y", "the", "for", "et", "del",
                         "d/b/a", "dba", "d.b.a"})
# Suffixes written with their own period ("Inc.", "L.P."): a name ending in one keeps it.
# "(HK)" in "China Motion Telecom (HK) Limited"; but "(Company)", a role defined without quotes,
# ends the party before it.
_PAREN_CODE = re.compile(
    r"^\((?!(?:Company|Corporation|Issuer|Holder|Warrantholder|Lender|Purchaser|Investor|Subscriber|"
    r"Borrower|Bank|Grantee|Optionholder)\))[A-Z][A-Za-z.]{0,11}\)$"
)
_DOTTED_SUFFIX = re.compile(
    r"^(?:Inc|INC|Ltd|LTD|Corp|CORP|Co|CO|Pty|PTY|Pte|PTE|Bhd|BHD|Sdn|SDN|Ins|INS|Assn|ASSN|Intl|INTL|Mfg|MFG|Bros|BROS|Natl|NATL|(?:[A-Za-z]\.)+[A-Za-z])\.$"
)
_SUFFIX_WORD = re.compile(
    r"^(?:LLC|L\.L\.C|Inc|INC|Incorporated|INCORPORATED|Ltd|LTD|Limited|LIMITED|LP|L\.P|LLP|N\.A|PLC|plc|Corp|CORP|"
    r"Corporation|CORPORATION|Co|CO|AG|SA|S\.A|N\.V|B\.V|S\.p\.A)\.?,?$"
)
# Nouns that end many company names ("Trust Company", "Warrant Holder LLC") but, after "the",
# name a party by its role.
_NAME_NOUNS = frozenset({"company", "holder"})
_DETERMINERS = frozenset({"the", "this", "such", "said", "any", "each", "a", "an"})
_STOPWORDS = frozenset(
    ["that", "certifies", "certify", "from", "by", "to", "between", "among", "hereby", "received", "consideration", "issued", "whereas", "this", "warrant", "purchase", "holder", "company", "benefit", "behalf", "favor", "favour", "agrees", "agreement",
     # a title run into the name: "WARRANT CERTIFICATE BPI INDUSTRIES INC."
     "certificate", "indenture", "warrants", "preamble"]
)


_INITIALS = re.compile(r"(?:[A-Z]\.){2,}")  # "U.S.I. HOLDINGS CORPORATION": no heading's full stop


_ROMAN = re.compile(r"[IVX]{1,5}")  # "Fund III, L.P.": a fund's number, not a word


def _name_backward(text: str, start: int, end: int) -> tuple[int, int] | None:
    """The run of name words that ends at `end` (after trailing descriptors are removed)."""
    seg = text[start:end]
    changed = True
    while changed and seg:
        changed = False
        seg = seg.rstrip(" ,;:|\t")  # "Name of Registered Holder: | Highbridge LLC | | (the “Initial Holder”)"
        for tail in _TAIL:
            m = tail.search(seg)
            if m and m.start() > 0:
                seg = seg[: m.start()]
                changed = True
                break
    tokens = list(re.finditer(r"\S+", seg))
    first: int | None = None
    count = 0
    prev_bare = ""
    division_article = False  # the "a" of "…, a division of …" comes next
    own_article = False  # "THE" read as the first word of a name in capitals
    lower_brand = suffixed = False
    suffixes = 0  # company suffixes among the words read ("Inc.", "Company")
    capitals = 0  # words in capitals read so far ("XXXXXX OIL AND GAS"); negative once one is not
    for i in range(len(tokens) - 1, -1, -1):
        tok = tokens[i]
        word = tok.group()
        bare = word.strip(",.;:")
        before = tokens[i - 1].group().lower() if i > 0 else ""
        # "Transfer Company, LLC", "Trust Company": a capitalized stop word is part of the
        # name unless it is "the Company" itself or a company suffix follows it.
        in_name = bare[:1].isupper() and (
            _SUFFIX_WORD.match(prev_bare) is not None
            or (bare.lower() in _NAME_NOUNS and before not in _DETERMINERS and i > 0)
            # "from TO Pharmaceuticals LLC": a short word in capitals before a name in mixed case
            # is the name's own, where running words in lower case come before it
            or (bare.isupper() and len(bare) <= 3 and prev_bare[:1].isupper() and not prev_bare.isupper()
                and i > 0 and tokens[i - 1].group().islower())
        )
        if bare.lower() == "and" and i > 0 and first is not None and (
                _SUFFIX_WORD.match(tokens[i - 1].group()) is not None
                or "\n" in seg[tokens[i - 1].end() : tok.start()] and "\n" in seg[tok.end() : tokens[i + 1].start()]):
            break  # two parties: "between VERSATEL TELECOM N.V. and UNITED STATES TRUST COMPANY …"
        if bare.lower() == "and" and first is not None and suffixed and count - suffixes >= 2 and any(
                tokens[k].group().endswith(",") for k in range(max(0, i - 4), i)):
            break  # "… XXXXXXX XXXXXX, XXX XXXXXXX AND 3C1 COMPLETE COMPLIANCE CORPORATION": a list's last party
        if bare.lower() == "and" and i > 0 and first is not None and re.fullmatch(
                r"\d{4,6}(?:-\d{4})?,", tokens[i - 1].group()):
            break  # "… Annapolis, Maryland 21401, and Paradigm Concepts, Inc.": the first party's address ends
        if bare == "and" and i >= 2 and (tokens[i - 2].group().lower() == "as" or (
                i >= 3 and tokens[i - 3].group().lower() == "as" and tokens[i - 2].group().lower() == "the")
                or tokens[i - 1].group().strip(",").lower() in _ROLE_WORDS
                or (tokens[i - 2].group().lower() == "the" and tokens[i - 1].group()[:1].isupper())):
            # "X as the Corporation and ENDEAVOR TRUST CORPORATION", "between Landlord and
            # SABLEWOOD INTERACTIVE, INC.", "between the Corporation and Bayview Trust Company":
            # a party named by its role ends before "and"
            break
        if first is not None and word.endswith(",") and before == "the":
            break  # "… the closing of the IPO, Halyard Crest Sponsor LLC": a defined term, then the name
        if bare in ("The", "THE") and first is not None and i > 0 and tokens[i - 1].group().isalpha() \
                and tokens[i - 1].group().islower():
            # "(the “Company”), and The Bank of New York Mellon": a capital "The" in mid-sentence
            # is the name's own first word
            first = tok.start()
            break
        if bare == "THE" and first is not None and capitals >= 2 and (
                i == 0 or "\n" in seg[tokens[i - 1].end() : tok.start()] or not tokens[i - 1].group()[:1].isalpha()):
            # "- and -\n\nTHE PRAIRIE TRUST COMPANY OF CANADA, a trust company …": a name in
            # capitals on a line of its own keeps its article
            first = tok.start()
            own_article = True
            break
        code = _PAREN_CODE.match(word.rstrip(",;"))  # "(HK)" in "China Motion Telecom (HK) Limited"
        if (word.rstrip(",;").endswith((":", ")", "”", '"', "’")) and not code) or (
            bare.lower() in _STOPWORDS and not in_name
        ):
            break
        if first is not None and word.endswith(".") and len(bare) > 4 and not _SUFFIX_WORD.match(word) \
                and not _INITIALS.fullmatch(word):
            break  # "1. General Provisions. Trident Bancshares, Inc.": a heading's full stop
        if capitals >= 2 and bare[:1].isupper() and bare[1:].isalpha() and bare[1:].islower() \
                and bare.lower() not in _CONNECTORS:
            # "… Common Shares, $.01 Par Value XXXXXX OIL AND GAS COMPANY, a Delaware Corporation":
            # a name in capitals ends where the words in mixed case before it end
            break
        if code:
            first = tok.start()
            count += 1
            prev_bare = bare
            continue
        prev_bare = bare
        left = tokens[i - 1].group() if i > 0 else ""
        if _ADDRESS_TOKEN.match(bare) and first is not None and (
            re.fullmatch(r"[A-Z]{2},?", left) is not None or (left.endswith(",") and left.lower() != "received,")
        ):
            break  # a postcode or street number: the address ends here, the name follows it
        if i + 1 < len(tokens) and "\n\n" in seg[tok.end() : tokens[i + 1].start()] and first is not None \
                and not (bare.isupper() and bare.isalpha() and len(bare) <= 4 and bare.lower() not in _CONNECTORS) \
                and not (bare.isupper() and _PAREN_CODE.match(tokens[i + 1].group().rstrip(",;"))):
            # a name does not run across a paragraph break ("GT\n\nBiopharma" does: one word, and
            # so does "SOGUA\n\n(BVI) LIMITED": a name before its country's code)
            break
        if first is not None and bare.lower() == "division" and tokens[i + 1].group().lower() == "of" \
                and (left.lower() == "a" or left.endswith(",")):
            # "LINC Capital Management, a division of Scientific Leasing, Inc.": one party
            first = tok.start()
            count += 1
            division_article = left.lower() == "a"
            continue
        if division_article:
            division_article = False
            continue
        if (bare[:1] == "_" or bare.startswith("[_")) and suffixes and count >= 2:
            break  # "… ON _________ PREDIX PHARMACEUTICALS HOLDINGS, INC.": another field's blank before a whole name
        if count == 0:
            # "bleuacacia ltd", "bluebird bio, Inc.": a brand in lower case right before the suffix
            lower_brand = _lower_suffix(bare) or _SUFFIX_WORD.match(bare) is not None
            suffixed = lower_brand
        elif not (bare.isalpha() and bare.islower()):
            lower_brand = False
        if not bare or _name_word(bare) or bare.lower() in _CONNECTORS or bare[:1] in "_[" or (
                lower_brand and bare.isalpha() and bare.islower() and len(bare) >= 3 and count < 3
                and bare.lower() not in _STOPWORDS):
            first = tok.start()
            count += 1
            suffixes += _SUFFIX_WORD.match(bare) is not None or bare.lower() in _NAME_NOUNS
            if any(ch.islower() for ch in bare):
                capitals = -99  # a word in mixed case: not a name in capitals
            elif bare.isalpha() and len(bare) >= 2 and _SUFFIX_WORD.match(bare) is None \
                    and bare.lower() not in _CONNECTORS and not _ROMAN.fullmatch(bare):
                capitals += 1
            if count > 14:
                return None
            continue
        break
    if first is None:
        return None
    name = seg[first:]
    lead = re.match(r"(?:(?:of|and|&|the|for)\s+|[,.]\s*)+", name, re.IGNORECASE)
    keep_the = own_article or (_OWN_THE.match(name) is not None and re.search(r"[a-z],?\s+$", seg[:first]) is not None)
    if lead and not keep_the:
        first += lead.end()
    stripped = seg[first:].rstrip(" ,;:")
    if not stripped:
        return None
    return start + first, start + first + len(stripped)


# "Aethlon Capital, LLC, Minneapolis, Minnesota", "…, National Association, South St. Paul,
# Minnesota": a town and a state (checked against the jurisdictions) after the name.
_TOWN_AND_STATE = re.compile(
    r"(?<=[.\w]),\s+(?-i:[A-Z][a-z]+\.?(?:\s+[A-Z][a-z]+\.?){0,2}),\s+(?P<state>(?-i:[A-Z][a-z]+(?:\s+[A-Z][a-z]+)?))$")
# "purchase from The Bank Holdings, a Nevada corporation": a capital "The" in mid-sentence
# is the name's own first word (at a sentence's start it may be either).
_OWN_THE = re.compile(r"(?:The|THE)\s+(?=[A-Z0-9])")


_GLUED_OF = re.compile(r"(?:of|from|to|by)(?=[A-Z]{2})")
# "Common Stock of Quill Labs, Inc.", "42,500 Shares of Common Stock of Metal Management, Inc."
_CLASS_OF = re.compile(
    r"(?:(?:\d[\d,]*\s+)?(?:[A-Z][\w\-]*\s+){0,4}(?:Stock|Shares?|Units?|Warrants?|Securities)\s+of\s+(?:the\s+)?)+"
    r"(?=[A-Z0-9])"
    # "… Shares of Common Stock XANODYNE PHARMACEUTICALS, INC.": a class in mixed case run into
    # the company's name in capitals
    r"|(?-i:(?:[A-Z][a-z]+\s+){1,3}(?:Stock|Shares?|Units?)\s+)(?=(?-i:[A-Z0-9][A-Z0-9&\-]+\s))",
    re.IGNORECASE,
)


def _lower_suffix(word: str) -> bool:
    return word.islower() and any(_SUFFIX_WORD.match(w) for w in (word.capitalize(), word.upper()))


def _lower_case_company(words: list[str]) -> bool:
    """ "bleuacacia ltd", "bluebird bio, Inc.": a brand written in lower case is a name where a
    company suffix ends it."""
    last = words[-1]
    return 2 <= len(words) <= 4 and words[0].isalpha() and (_SUFFIX_WORD.match(last) is not None
                                                               or _lower_suffix(last))


def _make_name(text: str, s: int, e: int) -> Name | None:
    glued = _GLUED_OF.match(text, s, e)
    if glued is not None:
        s = glued.end()  # "in the capital ofWESTERN URANIUM CORPORATION": a space lost in the source
    while (lead := _CLASS_OF.match(text, s, e)) is not None and s < lead.end() < e:
        s = lead.end()  # "Common Stock of Quill Labs, Inc.": the company follows its class
    raw = text[s:e]
    e -= len(raw) - len(raw.rstrip())  # evidence ends on the name's last character
    raw = raw.rstrip()
    for gap in re.finditer(r"\s+", raw):
        said = raw[: gap.start()]
        if said.lower() == raw[gap.end() :].lower() and len(said.split()) >= 2:
            # "GRANITE CITY FOOD & BREWERY LTD.\nGranite City Food & Brewery Ltd., a Minnesota
            # corporation (the “Company”)": a title line run into the sentence that repeats it.
            s, raw = s + gap.end(), raw[gap.end() :]
            break
    town = _TOWN_AND_STATE.search(raw)
    if town is not None and _is_place(town.group("state")):
        # "Aethlon Capital, LLC, Minneapolis, Minnesota, or its assigns": the holder's town.
        e -= len(raw) - town.start()
        raw = raw[: town.start()]
    if BLANK.search(raw) or not re.search(r"[A-Za-z]", raw):
        return Name("", s, e, blank=True)
    value = clean_name(raw)
    own_the = _OWN_THE.match(value)
    bare = value[own_the.end():] if own_the else value
    if len(value) > 120 or len(value.split()) > 14 or _GENERIC.match(bare) or _DATE_LIKE.match(value):
        return None
    place = _PLACE_NAMED.fullmatch(value)
    if place is not None and _is_place(place.group("place")):
        return None  # "… duly authorized to carry on business in all Provinces of Canada (the “Trustee”)"
    if _REFERENCE.match(value) or _PART_OF_DOCUMENT.fullmatch(value):
        return None  # "… named as Warrantholder in the Particulars set out in the Schedule (the “Warrantholder”)"
    if _SECURITY_WORDS.fullmatch(value):
        return None  # "… any transferee of this Warrant or Warrant Shares (as defined below) (the “Holder”)"
    words = value.split()
    if not (_name_word(words[0]) or _lower_case_company(words)) or _ADDRESS_ONLY.match(value):
        return None
    if "]" in value and "[" not in value:
        return None  # "… as set forth in Annex A]": the tail of a bracketed instruction
    if all(_SUFFIX_WORD.match(w) for w in value.split()):
        return None  # "Inc." alone: the name before it was not read as one ("azitra, Inc.")
    return Name(value, s, e)


_DESCRIPTOR = re.compile(
    r",?\s+an?\s+(?:[\w.’'()\-]+\s+){0,6}?" + _ENTITY_WORDS + r"(?:\s+(?:company|corporation))?\b"
    # "US CAPITAL GLOBAL SECURITIES, LLC, a California LLC (the “Holder”)"
    r"|,\s+an?\s+(?-i:[A-Z][a-z]+)(?:\s+(?-i:[A-Z][a-z]+))?\s+(?-i:LLC|L\.L\.C\.)(?=\s*[(,]|\s*$)", re.IGNORECASE
)
_ADDRESS_AFTER = re.compile(
    r"\s*(?:,\s*)?(?:(?:with|having)\b|(?:whose|located|residing|resident|registered|incorporated|organi[sz]ed|existing|constituted|formed|established|formerly|previously|f/k/a|limited\s+by|duly|authori[sz]ed|licensed)\b|\d|\((?!the\b)|$)|"
    r"\s*,\s*(?:as\s+|or\s+|and\s+its\s+|its\s+)", re.IGNORECASE
)


# "2045 Lakeshore Blvd. W.", "402 Hornby Street": a street number, a few words, a street word.
_STREET = (r"\d{1,6}[A-Z]?\s+(?:[\w.’'\-]+\s+){1,4}?(?:Street|St|Avenue|Ave|Road|Rd|Boulevard|Blvd|Drive|Dr"
           r"|Lane|Ln|Way|Place|Pl|Court|Ct|Parkway|Pkwy|Highway|Hwy|Plaza|Square|Terrace|Circle)\b")
_OF_ADDRESS = re.compile(
    r",\s+(?:(?:of|at)\s+(?=(?:Suite|Unit|Floor|Level|Room|P\.?\s?O\.?\s+Box|\d(?!\d?(?::\d\d|\s*[ap]\.?\s?m\b))))"
    r"|(?:attn\.?|attention)\s*:"  # "NORWEST BANK MINNESOTA, N.A., ATTN: Corporate Trust Department, …"
    # "VStock Transfer, LLC, with offices at 18 Lafayette Place, Woodmere, New York"
    r"|(?:with|having)\s+(?:its\s+)?(?:principal\s+|registered\s+)?(?:offices?|place\s+of\s+business|address)\s+(?:at|in)\b"
    # "Anthony Durkacz, 2045 Lakeshore Blvd. W., Toronto (the “Holder”)": a street address
    r"|(?P<street>)(?=" + _STREET + "))"
    # "BPI INDUSTRIES INC. Suite 1500 - 885 West Georgia Street Vancouver … (the "ISSUER")"
    r"|(?:(?<=inc\.)|(?<=ltd\.)|(?<=corp\.)|(?<=llc)|(?<=limited)|(?<=corporation)|(?<=company)|(?<=plc))"
    r"\s+(?=(?:Suite|Unit|Floor|Level|Room)\s+\d{1,5}\b)",
    re.IGNORECASE)
# "[name]\n402 Hornby Street, Vancouver, BC (the "Holder")": an address under a blank name is
# no name ("100 Park Avenue LLC", with no town after its street, stays one).
_ADDRESS_ONLY = re.compile(_STREET + r"\.?,", re.IGNORECASE)


# "… in Building 3 of the Park, 2200 Marsh Creek Parkway, Santa Clara, California, the Company
# hereby grants to Landlord …": the sentence goes on after the street address, which ends no name.
_WORDS_GO_ON = re.compile(r"\b(?-i:[a-z]{3,})\b")
_FOR_BENEFIT = re.compile(r",\s+(?:as\s+\w+\s+)?for\s+the\s+(?:ratable\s+)?benefit\s+of\b", re.IGNORECASE)


# The capacity a party acts in, between its name and its term: "…, as a lender", "…, in its
# capacity as collateral agent".
_CAPACITY_TAIL = re.compile(
    r"(?<![\s,])(?:,\s*|\s+)(?:(?:solely\s+)?in\s+its\s+capacity\s+)?as\s+(?:an?\s+|the\s+)?(?:(?:administrative|collateral)\s+(?:and\s+collateral\s+)?)?"
    r"(?:lender|purchaser|investor|agent|holder|noteholder|subscriber|buyer|landlord|lessor)s?\s*,?\s*(?:\(\s*)?$",
    re.IGNORECASE)
_SUBSIDIARY_TAIL = re.compile(
    r",?\s+and\s+an?\s+(?:(?:wholly[\s\-]+owned|direct|indirect)\s+)*(?:subsidiary|affiliate)\s+of\b[^,()]{0,80}$",
    re.IGNORECASE)


def _before_descriptor(text: str, start: int, end: int) -> int:
    """Where the party's own words end: before its last descriptor ("…, a Cayman Islands
    exempted company, with executive offices at …") where an address or the like follows it,
    so that the backward reading does not walk through the address; or before an address
    that follows the name directly ("KINGSCLERE RESOURCE FUND LTD., of Suite 2100, 1055 West
    Georgia Street, Vancouver")."""
    subsidiary = _SUBSIDIARY_TAIL.search(text, start, end)
    if subsidiary is not None:
        end = subsidiary.start()  # "NCC Corp., an Alabama corporation and a wholly owned subsidiary of the Company"
    # The party's own address: the first after the last other party's term ("… Corp., with
    # offices at 9 West 57th Street … (the “Company”), and Continental …, with offices at …")
    for address in _OF_ADDRESS.finditer(text, start, end):
        if not re.search(r"[”\"]\s*\)", text[address.end() : end]) and not (
                address.group("street") is not None and _WORDS_GO_ON.search(text, address.end(), end)):
            end = address.start()
            break
    benefit = _FOR_BENEFIT.search(text, start, end)
    if benefit is not None:
        end = benefit.start()  # "Deutsche Bank AG, New York Branch, for the benefit of the lenders …"
    capacity = _CAPACITY_TAIL.search(text, start, end)
    if capacity is not None:
        end = capacity.start()  # "Hercules Capital, Inc., as a lender (the “Warrantholder”)"
    last = _last_descriptor(text, start, end)
    if last is None or not _ADDRESS_AFTER.match(text, last.end(), end):
        return end
    if re.search(r"[”\"]\s*\)", text[last.end() : end]):
        return end  # another party's defined term closes after it: not this party's descriptor
    return last.start()


def _last_descriptor(text: str, start: int, end: int) -> re.Match[str] | None:
    last = None
    for last in _DESCRIPTOR.finditer(text, start, end):
        pass
    return last


def _is_place(words: str) -> bool:
    """Whether `words` are wholly a jurisdiction's name ("Alberta", "Minnesota")."""
    place = match_jurisdiction(words)
    return place is not None and place[1] == 0 and place[2] == len(words)


# "… by and between Acme, Inc., a company organized under the laws of Delaware and Marisol Quent
# (the “Warrant Holder”)", "… is given by Acme Inc. (“Company”), a Delaware corporation with
# offices at …, to SaaS Capital Partners II, LP (“Holder”)": after the first party's descriptor,
# the second party closes the segment.
_OTHER_PARTY_LAST = re.compile(
    r"\b(?:and|to)\s+(?P<name>(?-i:[A-Z][\w.&'’\-]*)(?:\s+(?:(?:and|&)\s+)?(?-i:[A-Z][\w.&'’\-]*)){0,5}"
    r"(?:,\s+(?-i:Inc|Ltd|LLC|LP|L\.P|L\.L\.C|Corp|Co|Limited|PLC|N\.A)\.?)?),?\s*$")


def described_with_address(text: str, start: int, end: int) -> bool:
    """Whether `text[start:end]` holds a party's descriptor with an address after it ("…,
    a Delaware corporation, with offices at …")."""
    return _before_descriptor(text, start, end) < end


# A table cell's pointer to where the value is ("See Schedule A"), not a name.
_CROSS_REFERENCE = re.compile(
    r"(?:see|as\s+set\s+forth\s+in|set\s+forth\s+in|per|refer\s+to)\s+(?:the\s+)?"
    r"(?:Schedule|Annex|Exhibit|Appendix|Section|Table)\b", re.IGNORECASE)


# "Earthasia International Holdings Ltd. 泛 亞 環 境 國 際 控 股 有 限 公 司, a company …": the name
# in Chinese (or Japanese, Korean) printed beside the English one.
_CJK_TAIL = re.compile(r"[\s\u3000-\u303f\u3040-\u30ff\u3400-\u4dbf\u4e00-\u9fff\uac00-\ud7af\uff00-\uffef]+$")


def _before_cjk_name(text: str, start: int, end: int) -> int:
    tail = _CJK_TAIL.search(text, start, end)
    if tail is None or not tail.group().strip() or tail.start() == start:
        return end
    return tail.start()


_ADDRESS_PLACEHOLDER = re.compile(r"\s*\[\s*(?:insert\s+)?(?:[a-z]+\s+){0,2}address\s*\][\s,]*(?=\S*\s*\S)", re.IGNORECASE)


# A trust named by the date of its deed ("… Revocable Trust dated June 1, 2020", "… Trust
# u/a/d March 3, 1998"): the comma before the year ends no name.
_DATED_NAME = re.compile(
    r"\b(?:trust|trustee|estate)\b[^,\n]{0,40}?\b(?:dated|u/?a/?d|u/?t/?a|u/?a)\s+(?:(?:as\s+of|on)\s+)?"
    r"(?:January|February|March|April|May|June|July|August|September|October|November|December|"
    r"Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept?|Oct|Nov|Dec)\.?\s+\d{1,2}(?:st|nd|rd|th)?$",
    re.IGNORECASE)
_YEAR_AFTER = re.compile(r",\s*(?:1[89]|20)\d\d\b")


def name_before(text: str, start: int, end: int, anchored: bool = False) -> Name | None:
    """The party named in `text[start:end]`.

    Without `anchored`, the segment ends where the party's defined term begins ("… a Maryland
    corporation, or assigns (the "Holder")"): trailing descriptors are removed and the name is
    the run of name words before them. With `anchored`, the caller found the words that
    introduce the party ("issued to", "from"): the name starts at `start` and runs to the
    first descriptor.
    """
    if not anchored:
        # "[Silver Point Finance, LLC, a Delaware limited liability company] [INSERT HOLDER
        # ADDRESS] or its registered assigns": the address is left to fill in, not the name
        address = _ADDRESS_PLACEHOLDER.search(text, start, end)
        if address is not None:
            end = address.start()
            close = text.rfind("]", start, end)
            opened = text.rfind("[", start, close) if close >= 0 and not text[close + 1 : end].strip() else -1
            if opened >= 0:
                start, end = opened + 1, close  # the name and its descriptor in brackets
        blank = BLANK_LAST.search(text, start, end)
        if blank is not None:
            # "… by and between Acme, Inc., a company organized under … and _____________ (the
            # “Warrant Holder”)": the party's place is left blank; no earlier name fills it.
            return Name("", blank.start(), blank.start() + len(blank.group().rstrip(" \t\n,")), blank=True)
        last = _last_descriptor(text, start, end)
        other = _OTHER_PARTY_LAST.search(text, last.end(), end) if last is not None else None
        if other is not None and not _is_place(other.group("name")):
            # not "… in the Provinces of British Columbia and Alberta (the “Warrant Agent”)"
            return _make_name(text, other.start("name"), other.end("name"))
        span = _name_backward(text, start, _before_cjk_name(text, start, _before_descriptor(text, start, end)))
        if span and _CROSS_REFERENCE.match(text, span[0]):
            # "Expiration Time | See Schedule A" over "MILLBROOK VALLEY BANCORP, INC. (the …)"
            brk = re.search(r"\n\s*", text[span[0] : span[1]])
            if brk is None:
                return None
            span = (span[0] + brk.end(), span[1])
        return _make_name(text, *span) if span else None
    segment = text[start:end]
    lead = re.match(r"[\s,]*(?:for\s+value\s+received[\s,]+)?"
                    # "the person named immediately below, / W T INVESTMENTS, INC. / or the registered assigns …"
                    r"(?:the\s+(?:person|party|entity)\s+(?:named|identified|listed)\s+(?:immediately\s+)?(?:below|above)[\s,:]+)?"
                    r"(?:the\s+(?=[A-Z]{2,}\b))?", segment)
    name_start = start + (lead.end() if lead else 0)
    rest = text[name_start:end]
    stop = _STOP.search(rest)
    while stop is not None and _DATED_NAME.search(rest, 0, stop.start()) and (
            year := _YEAR_AFTER.match(rest, stop.start())) is not None:
        # "THE SMITH FAMILY TRUST DATED JULY 31, 2020": the trust's date is part of its name
        stop = _STOP.search(rest, year.end())
    raw = (rest[: stop.start()] if stop else rest).rstrip(" ,;:")
    sentence_end = next((m for m in re.finditer(r"\.\s+(?=[A-Z])", raw)
                         if not re.search(r"(?:^|\s)[A-Z]$", raw[: m.start()])), None)  # "Jonah R. Pellegrini"
    if sentence_end and not _DOTTED_SUFFIX.match(raw[: sentence_end.start() + 1].rsplit(None, 1)[-1]):
        raw = raw[: sentence_end.start()]  # "… in favour of X Limited. DATED 2006 …"
    if raw.endswith(".") and not _DOTTED_SUFFIX.match(raw.rsplit(None, 1)[-1]):
        raw = raw[:-1]
    if not raw.strip():
        return None
    return _make_name(text, name_start, name_start + len(raw))


def prefer_mixed_case(name: str, text: str) -> str:
    """An all-capitals name spelled in mixed case elsewhere in the text takes that spelling.

    Letters are compared with spaces and punctuation ignored, so that small caps split into
    letters ("CHEMO CENTRYX, INC.") still find "ChemoCentryx, Inc.".

    >>> prefer_mixed_case("CHEMO CENTRYX, INC.", "the Common Stock of ChemoCentryx, Inc., the")
    'ChemoCentryx, Inc.'
    """
    if not name.isupper() or len(name) < 4:
        return name
    letters = [re.escape(ch) for ch in name if ch.isalnum() or ch == "&"]
    pattern = re.compile(r"[\s,.]{0,3}".join(letters) + r"\.?", re.IGNORECASE)
    for m in pattern.finditer(text):
        spelled = m.group()
        if not spelled.isupper() and spelled[:1].isupper():
            return clean_name(spelled)
    return name
