"""What the instrument is called, how many warrants it counts, and how many shares one
warrant buys.

The name is the document's own: a kind it defines ("Private Placement Warrants"), its
defined term ("the “Series A Warrant”") or its title ("PRE-FUNDED COMMON STOCK PURCHASE
WARRANT" → "Pre-Funded Warrant"); the words that name the security are dropped and the
qualifiers kept.
"""

from __future__ import annotations

import itertools
import re
from decimal import Decimal
from functools import cache

from warrant_terms.extract.candidate import Candidate, Flag
from warrant_terms.extract.context import Context
from warrant_terms.extract.kinds import (
    KIND_DEFINED,
    kind_pattern,
    kind_rank,
    letter_in_series_list,
    listed_label,
)
from warrant_terms.extract.numbers import find_number_phrases
from warrant_terms.extract.recognizer import Chosen, Recognizer
from warrant_terms.extract.rulebook import patterns

P = patterns("instrument_terms")
_FRACTIONS = {
    "one half": Decimal("0.5"), "half": Decimal("0.5"), "one quarter": Decimal("0.25"),
    "one fourth": Decimal("0.25"), "three quarters": Decimal("0.75"),
}
_WORDS = {"one": 1, "a": 1, "two": 2, "three": 3, "four": 4, "five": 5, "ten": 10}


@cache
def _qualifier_regexes() -> list[re.Pattern[str]]:
    """One regex per qualifier, longest first; "Series", "Class" and "Tranche" take their
    letter ("Series A-1")."""
    out = []
    for q in sorted(P.terms("qualifiers"), key=len, reverse=True):
        body = re.escape(q).replace(r"\ ", r"\s+").replace("'", "['’]")
        if q in ("Series", "Class", "Tranche"):
            body += r"\s+[A-Z0-9][A-Z0-9\-]{0,3}"
        # "Stock or Common Stock PURCHASE WARRANT": a word that names the stock is no qualifier.
        out.append(re.compile(rf"(?<![A-Za-z]){body}(?![A-Za-z])(?!\s+(?:stock|shares?)\b)", re.IGNORECASE))
    return out


def _title_name(words: str, security: str | None = None) -> str:
    """ "SERIES A COMMON STOCK PURCHASE" + "WARRANT" → "Series A Warrant".

    >>> _title_name("PRE-FUNDED COMMON STOCK PURCHASE WARRANT")
    'Pre-Funded Warrant'
    >>> _title_name("FORM OF REPRESENTATIVE'S WARRANT"), _title_name("WARRANT TO PURCHASE STOCK")
    ("Representative's Warrant", 'Warrant')
    >>> _title_name("Number ● | Warrant ● AGENT’S WARRANT")
    'Agent’s Warrant'
    >>> _title_name("B WARRANT"), _title_name("COMMON STOCK PURCHASE WARRANT “B”")
    ('B Warrant', 'Warrant B')
    >>> _title_name("UNIT PURCHASE OPTION FOR THE PURCHASE OF 500,000 UNITS")
    'Purchase Option'
    """
    # "Number ● | Warrant ● AGENT’S WARRANT": a title block run together with a certificate's
    # cells names the instrument where a qualifier stands before the word
    first: str | None = None
    for m in re.finditer(r"\bWARRANTS?\b", words, re.IGNORECASE):
        name = _title_name_at(words, m, security)
        if name.split()[:-1]:
            return name
        first = first or name
    return first or _title_name_at(words, None, security)


def _title_name_at(words: str, m: re.Match[str] | None, security: str | None) -> str:
    option = re.search(r"\bPURCHASE\s+OPTIONS?\b", words, re.IGNORECASE) if m is None else None
    if option is not None:
        # "UNIT PURCHASE OPTION": the underwriter's warrant for units, by its own name.
        m = option
    if m is None:
        # "OPTIONS DEED POLL": the options a deed poll constitutes (Australian listed options).
        return "Options" if P.regex("options_deed").search(words) else "Warrant"
    noun = ("Purchase Option", "Purchase Options") if option is not None else ("Warrant", "Warrants")
    plural = m.group().upper().endswith("S")
    raw = words[: m.start()]
    lead = len(raw) - len(raw.lstrip())
    before = P.regex("security_words").sub("", raw.strip()).strip()
    if option is not None:
        before = re.sub(r"\bUNITS?\s*$", "", before, flags=re.IGNORECASE).strip()  # what it buys
    found: list[tuple[int, int, str]] = []
    for rx in _qualifier_regexes():
        for hit in rx.finditer(before):
            if not any(hit.start() < e and s < hit.end() for s, e, _ in found):
                found.append((hit.start(), hit.end(), hit.group()))
                break
    # A series letter standing alone beside the word: "B WARRANT", "WARRANT “B”", "WARRANT A-1";
    # but not a certificate's number or an exhibit's letter ("No. W-1 Warrant", "N-2 WARRANT",
    # "Attachment C Warrant").
    letter = _LETTER_BEFORE.search(before)
    if letter and not any(s <= letter.start() < e for s, e, _ in found) and (
            letter.start() > 0 or letter.group(1) not in ("A", "I")) and not (
            any(c.isdigit() for c in letter.group(1)) and not found) and not (
            P.regex("numbered_by").search(before, 0, letter.start())):
        found.append((letter.start(), letter.end(), letter.group(1)))
    # "SERIES C PREFERRED STOCK PURCHASE WARRANT" for Series C Preferred Stock: the series is
    # the stock's, not the warrant's.
    if security:
        owned = security.lower().split()
        found = [f for f in found if not (
            f[2].split()[0].lower() in ("series", "class")
            and P.regex("stock_after").match(raw, lead + f[1]) is not None
            and " ".join(f[2].lower().split()) in " ".join(owned))]
    parts = [_qualifier_case(text) for _, _, text in sorted(found)]
    name = " ".join([*parts, noun[1] if plural else noun[0]])
    after = _LETTER_AFTER.match(words, m.end())
    return f"{name} {after.group(1)}" if after and not parts else name


_LETTER_BEFORE = re.compile(r"(?<![\w\-'’])([A-Z](?:-?\d)?)\s*$")
_LETTER_AFTER = re.compile(r"\s+[“\"]?([A-Z](?:-?\d)?)[”\"]?(?![\w\-])")


def _qualifier_case(text: str) -> str:
    out = []
    for w in re.split(r"\s+", text.strip()):
        if len(w) <= 3 and (any(c.isdigit() for c in w) or w.isupper() and len(w) == 1):
            out.append(w.upper())
        elif w.upper() == "PIPE":
            out.append("PIPE")
        else:
            out.append("-".join(p[:1].upper() + p[1:].lower() for p in w.split("-")))
    return " ".join(out)


def _defined_names(ctx: Context, start: int, end: int) -> list[re.Match[str]]:
    skip = {t.lower() for t in P.terms("not_instrument")}
    return [m for m in P.regex("defined_warrant").finditer(ctx.text, start, end)
            if m.group("term").lower() not in skip and not _other_instrument(ctx, m.end())]


def _other_instrument(ctx: Context, at: int) -> bool:
    """ "(the “Representative's Warrants”), which … are governed solely by a separate …
    Agreement … and are not Warrants under this Agreement": a term for another instrument."""
    stop = min(ctx.sentence_at(at)[1], at + P.window("other_instrument_reach"))
    return P.regex("other_instrument").search(ctx.text, at, stop) is not None


def _names_itself(ctx: Context, m: re.Match[str]) -> bool:
    words = r"\s+".join(re.escape(w) for w in m.group("term").split())
    return re.search(rf"\b(?i:this)\s+{words}\s*$", ctx.text[max(0, m.start() - 120) : m.start()]) is not None


class InstrumentName(Recognizer):
    name = "instrument_name"
    fields = ("instrument_name",)
    requires = ("security",)
    patterns = "instrument_terms"
    per_kind = True

    def propose(self, ctx: Context, chosen: Chosen) -> list[Candidate]:
        if ctx.kind is not None:
            m = re.search(re.escape(ctx.kind), ctx.text[ctx.start : ctx.end])
            # "each Class A Unit Warrant entitles …" for the kind listed as "Class A … (the "Unit Warrants")"
            m = m or re.search(kind_pattern(ctx.kind), ctx.text[ctx.start : ctx.end], re.IGNORECASE)
            if m:
                s = ctx.start + m.start()
                return [ctx.candidate("instrument_name", m.group(), [(s, ctx.start + m.end())],
                                      P.score("kind"), "instrument_name.kind", "a kind the document defines")]
            series = listed_label(ctx.kind)
            bare = re.compile(series, re.IGNORECASE).search(ctx.text, ctx.start, ctx.end) if series else None
            if bare is not None:
                # "1,110,000 Series A and 1,110,000 Series B … Warrants": the series named bare
                return [ctx.candidate("instrument_name", ctx.kind, [(bare.start(), bare.end())], P.score("kind"),
                                      "instrument_name.kind", "a series the document lists")]
            letter = letter_in_series_list(ctx.text, ctx.kind, ctx.start, ctx.end)
            if letter is not None:
                # "Series D, E, F, G and H Warrants": the series named by its letter alone
                return [ctx.candidate("instrument_name", ctx.kind, [letter], P.score("kind"),
                                      "instrument_name.kind", "a series the document lists by its letter")]
        cands: list[Candidate] = []
        hs, he = ctx.head(chars=P.window("head"))
        title_value = None
        if ctx.title is not None:
            ts, te = ctx.title
            security = chosen.get("security")
            title_value = _title_name(ctx.text[ts:te], str(security.value) if security and security.value else None)
            cands.append(ctx.candidate("instrument_name", title_value, [(ts, te)], P.score("title"),
                                       "instrument_name.title", "named in the title"))
        if ctx.title is not None and title_value is not None and not title_value.split()[:-1]:
            # "Series C Warrant No. ____ … COMMON STOCK PURCHASE WARRANT": the certificate's number
            # line names the series the bare title does not
            # "FORM OF WARRANT" above the legend, then "WARRANT B TO PURCHASE SHARES …": the lettered
            # title line names it
            label = P.regex("series_number_label").search(ctx.text, hs, ctx.title[1]) or P.regex(
                "lettered_title_line").search(ctx.text, ctx.title[1], ctx.grant[0] if ctx.grant else he)
            if label is not None:
                title_value = _title_name(label.group("name"))
                cands.append(ctx.candidate("instrument_name", title_value, [(label.start("name"), label.end("name"))],
                                           P.score("title") + 0.01, "instrument_name.number_label",
                                           "the certificate's number line"))
        title_words = ctx.text[ctx.title[0] : ctx.title[1]].lower() if ctx.title else ""
        # A warrant agreement's title names no instrument: the kind it defines is it ("WARRANT
        # AGREEMENT … 8,333,333 warrants … (the “Public Warrants”)"), the public kind before
        # the founders' or the sponsor's where it defines several.
        agreement = P.regex("agreement_title").search(ctx.text[ctx.title[0] : ctx.title[1]]) \
            if ctx.title else None
        named = _defined_names(ctx, hs, he)
        reach = min(ctx.end, hs + P.window("head"))
        named += [m for m in _defined_names(ctx, he, reach) if _names_itself(ctx, m)] if reach > he else []
        if agreement is not None:
            named = sorted(named, key=lambda m: kind_rank(m.group("term"))[0])
        else:
            # "This Underwriter's Warrant (the "Underwriter's Warrant")": the instrument naming
            # itself, before "127,000 redeemable … warrants (the "Redeemable Warrants")" it sells.
            named = sorted(named, key=lambda m: not _names_itself(ctx, m))
        for m in named[:1]:
            term = m.group("term")
            qualifiers = term.split()[:-1]
            qualified = title_value is not None and title_value.split()[:-1] and not qualifiers
            # "the Broker Warrants" named beside a title that does not name them: another
            # instrument, mentioned.
            # An agreement whose title names its own kind ("UNDERWRITER'S WARRANT AGREEMENT") merely
            # mentions the "Public Warrants" of the offering too.
            own_kind = agreement is not None and title_value is not None and bool(title_value.split()[:-1])
            foreign = bool(title_words) and (agreement is None or own_kind) and not _names_itself(ctx, m) and any(
                q.lower() not in title_words for q in qualifiers)
            score = P.score("defined") - (0.1 if qualified else 0.0) - (0.25 if foreign else 0.0)
            cands.append(ctx.candidate("instrument_name", term, [(m.start("term"), m.end("term"))], score,
                                       "instrument_name.defined_term", "the instrument's defined term"))
            # "THIS UNDERWRITER COMMON SHARE PURCHASE WARRANT (the “Warrant”) certifies …": the
            # words the operative sentence names itself by qualify a bare defined term.
            own = P.regex("self_named").search(ctx.text, max(hs, m.start() - 120), m.end())
            if own is not None and not qualifiers:
                named_as = _title_name(own.group("words"))
                if named_as.split()[:-1]:
                    cands.append(ctx.candidate("instrument_name", named_as, [(own.start("words"), own.end("words"))],
                                               P.score("defined") + 0.02, "instrument_name.self_named",
                                               "the words the sentence names the instrument by"))
        if not cands:
            m = re.search(r"\bwarrants?\b", ctx.text[hs:he], re.IGNORECASE)
            if m:
                s = hs + m.start()
                cands.append(ctx.candidate("instrument_name", "Warrant", [(s, hs + m.end())],
                                           P.score("default"), "instrument_name.default", "a warrant"))
        return cands


def _count(text: str) -> int | None:
    phrases = find_number_phrases(text)
    if not phrases:
        return None
    return phrases[-1].value if phrases[-1].kind == "digits" else phrases[0].value


class WarrantCount(Recognizer):
    name = "warrant_count"
    fields = ("warrant_count",)
    patterns = "instrument_terms"
    per_kind = True

    def propose(self, ctx: Context, chosen: Chosen) -> list[Candidate]:
        for lv in ctx.labelled("warrant_count"):
            value = ctx.text[lv.start : lv.end].lstrip(" |*\t")
            if not value[:1].isdigit() and not find_number_phrases(value[:20]):
                continue  # "Number of Warrants:" left blank, the next line read as its value
            n = _count(ctx.text[lv.start : lv.end])
            if n:
                return [ctx.candidate("warrant_count", n, [(lv.start, lv.end)], P.score("count_label"),
                                      "warrant_count.label", f"labelled {lv.label}")]
        ceiling = P.regex("ceiling")
        if ctx.kind is not None:
            kind = kind_pattern(ctx.kind)
            rx = re.compile(
                # the gap defines no other kind of warrant: "(ii) 210,000 Warrants to the Underwriter
                # (“Underwriter’s Warrants”) and (iii) … 1,500,000 Warrants … (“Insider Warrants”"
                # "two million (2,000,000) warrants (the “Forward Purchase Warrants”)"
                rf"(?<![\w\-/#])(?!(?:19|20)\d\d\b)(?P<n>\d[\d,]{{2,}})\)?\s+(?:(?i:{kind})\b|(?:(?i:whole|redeemable)\s+)?(?i:warrants?)\b"
                rf"(?:[^.;()]|\.(?!\s+[A-Z])|\((?![^();]{{0,40}}[“\"][^”\"]{{0,30}}(?i:warrants?)[”\"])[^();]{{0,40}}\)){{0,320}}"
                rf"(?:\((?:the\s+)?|\b(?:referred\s+to\s+(?:herein\s+)?as|called)\s+(?:the\s+)?)"
                rf"[“\"]\s{{0,2}}{kind}\s{{0,2}}[,.]?\s{{0,2}}[”\"])"
            )
            # "3,593,750 units (the “Sponsor Units”), each consisting of one share … and one warrant
            # … (such warrants, the “Initial Sponsor Warrants”)": a warrant a unit, as many as the units
            units = re.compile(P.regex("units_one_warrant_each").pattern
                               + rf"[“\"]\s{{0,2}}{kind}\s{{0,2}}[,.]?\s{{0,2}}[”\"]", re.IGNORECASE)
            for m in units.finditer(ctx.text, ctx.start, ctx.end):
                if ceiling.search(ctx.text, max(ctx.start, m.start() - 40), m.start()) or ceiling.search(m.group("clause")):
                    continue
                n = _count(m.group("n"))
                if n:
                    return [ctx.candidate("warrant_count", n, [(m.start("n"), m.end("n"))], P.score("count_kind"),
                                          "warrant_count.units", f"a warrant in each of the units that make up the {ctx.kind}")]
            label = listed_label(ctx.kind)
            listed = re.compile(rf"(?<![\w\-/#])(?!(?:19|20)\d\d\b)(?P<n>\d[\d,]{{2,}})\s+(?i:{label})") if label else None
            matches = [*rx.finditer(ctx.text, ctx.start, ctx.end),
                       *(listed.finditer(ctx.text, ctx.start, ctx.end) if listed else ())]
            for m in matches:
                lead = ctx.text[max(ctx.start, m.start() - 40) : m.start()]
                # "the over-allotment option to purchase up to 165,000 shares … and/or 330,000
                # Redeemable Warrants": the option's count, not the kind's
                if ceiling.search(lead) or P.regex("option_count_lead").search(
                        ctx.text, max(ctx.start, m.start() - 160), m.start()):
                    continue
                n = _count(m.group("n"))
                if n:
                    return [ctx.candidate("warrant_count", n, [(m.start("n"), m.end("n"))],
                                          P.score("count_kind"), "warrant_count.kind",
                                          f"the number of {ctx.kind}")]
            return []
        hs, he = ctx.head(chars=P.window("head"))
        for m in P.regex("count_of").finditer(ctx.text, hs, he):
            lead = ctx.text[max(hs, m.start() - 40) : m.start("n")]
            if ceiling.search(lead) or _other_kind_counted(ctx, m.end()) or _ceiling_elsewhere(ctx, m.group("n")):
                continue
            n = _count(m.group("n"))
            if n:
                return [ctx.candidate("warrant_count", n, [(m.start("n"), m.end("n"))], P.score("count"),
                                      "warrant_count.represents", "the warrants the certificate represents")]
        # "1,583,333 WARRANTS entitling the holder to acquire … one Common Share for each Warrant";
        # "#W-2007-0010 2,000,000 Warrants Void after …": the count in the title block
        # (the grant of a flattened certificate may open with that title line: "4,230 Warrants to
        # Purchase Common Shares, $.01 Par Value / XXXXXX OIL AND GAS COMPANY … hereby certifies")
        title_end = he
        if ctx.grant:
            line_end = ctx.text.find("\n", ctx.grant[0], ctx.grant[1])
            title_end = line_end if line_end >= 0 else ctx.grant[1]
        block = P.regex("count_entitling").search(ctx.text, hs, he) or P.regex("count_title").search(
            ctx.text, hs, title_end)
        n = _count(block.group("n")) if block is not None else None
        if block is not None and n and not ceiling.search(ctx.text, max(hs, block.start() - 40), block.start()):
            return [ctx.candidate("warrant_count", n, [(block.start("n"), block.end("n"))], P.score("count"),
                                  "warrant_count.represents", "the warrants the certificate represents")]
        # "1. ISSUANCE OF WARRANTS. ILFC is hereby granted 1,000,000 Warrants"; "2.1 A total of
        # 10,350,000 Warrants … are hereby created and authorized to be issued": the operative grant
        # or creation of the warrants may stand past the head, in the agreement's first sections
        for key in ("count_hereby_granted", "count_hereby_created"):
            granted = P.regex(key).search(ctx.text, hs, min(ctx.body_end, he + P.window("created_reach")))
            if granted is not None and (n := _count(granted.group("n"))) and not _ceiling_elsewhere(ctx, granted.group("n")):
                return [ctx.candidate("warrant_count", n, [(granted.start("n"), granted.end("n"))], P.score("count"),
                                      "warrant_count.represents", "the warrants the agreement grants or creates")]
        return []


def _ceiling_elsewhere(ctx: Context, count: str) -> bool:
    """ "WARRANT INDENTURE Providing for the Issue of 39,100,000 Share Purchase Warrants" where a
    recital says "proposes to issue up to 39,100,000 Warrants": the same count, a ceiling."""
    if not re.fullmatch(r"\d{1,3}(?:,\d{3})+", count.strip()):
        return False
    rx = re.compile(P.regex("ceiling_before_count").pattern + re.escape(count.strip())
                    + r"\s+(?:[\w\-]+\s+){0,4}?warrants?\b(?!\s+shares?\b)", re.IGNORECASE)  # not "Warrant Shares"
    return rx.search(ctx.text, ctx.start, ctx.end) is not None


def _names_other_kind(words: str, kind: str) -> bool:
    """ "each Public Warrant" names a kind of warrant, and not `kind`; "each whole Warrant" none."""
    named = [w for w in re.findall(r"\b[A-Z][\w\-’']*", words.split(None, 1)[-1])
             if w.rstrip("s") not in ("Warrant", "Option", "Such", "Whole")]
    return bool(named) and re.search(kind_pattern(kind), words, re.IGNORECASE) is None


def _other_kind_counted(ctx: Context, at: int) -> bool:
    """ "… the Sponsor will purchase an aggregate of 6,000,000 warrants … (the “Private Placement
    Warrants”)" in a Public Warrant Agreement: the count's clause defines a kind of warrant the
    instrument's title does not name."""
    if ctx.title is None:
        return False
    stop = min(ctx.end, at + P.window("other_kind_reach"))
    clause_end = _CLAUSE_END.search(ctx.text, at, stop)
    defined = KIND_DEFINED.search(ctx.text, at, clause_end.start() if clause_end else stop)
    if defined is None:
        return False
    # "Class A Warrants" under "CLASS A REDEEMABLE COMMON STOCK PURCHASE WARRANT CERTIFICATE"
    title = set(re.findall(r"[a-z0-9]+", ctx.text[ctx.title[0] : ctx.title[1]].lower()))
    words = set(re.findall(r"[a-z0-9]+", defined.group("kind").lower())) - {"warrant", "warrants"}
    return not words <= title


_LABEL_LEAD = re.compile(r"[\s|:]*")
# What an option to buy units buys with each of its warrants: "one (1) Unit".
_UNIT_AFTER = re.compile(r"\s*(?:\(\s*\d+\s*\)\s*)?(?:[\w\-]+\s+){0,2}?Units?\b", re.IGNORECASE)

# A clause ends at a semicolon or a sentence's full stop, not at "Ltd. (the …)".
_CLAUSE_END = re.compile(r";\s|\.\s+(?=[A-Z][a-z])")


def _ratio(m: re.Match[str]) -> Decimal | None:
    if m.group("frac"):
        return _FRACTIONS.get(re.sub(r"[\s\-]+", " ", m.group("frac").lower()))
    if m.group("paren"):
        try:
            return Decimal(m.group("paren"))
        except ArithmeticError:
            return None
    if m.group("word"):
        return Decimal(_WORDS[m.group("word").lower()])
    if m.group("digits"):
        return Decimal(m.group("digits"))
    return None


class SharesPerWarrant(Recognizer):
    name = "shares_per_warrant"
    fields = ("shares_per_warrant",)
    requires = ("security",)
    patterns = "instrument_terms"
    per_kind = True

    def propose(self, ctx: Context, chosen: Chosen) -> list[Candidate]:
        """"Each whole Warrant entitles the holder … to purchase one share": 1; "each Warrant
        … one-half of one Common Share": 0.5."""
        for lv in ctx.labelled("shares_per_warrant"):
            # "Exercise Ratio: 0.307212 Class A Ordinary Share(s) for each Warrant", "Shares per
            # whole Warrant | One Class A Ordinary Share"
            lead = _LABEL_LEAD.match(ctx.text, lv.start, lv.end)
            stated = P.regex("ratio").match(ctx.text, lead.end() if lead else lv.start, lv.end)
            value = _ratio(stated) if stated is not None else None
            if stated is not None and value is not None and value > 0:
                value = value.to_integral_value() if value == value.to_integral_value() else value.normalize()
                return [ctx.candidate("shares_per_warrant", value,
                                      [(stated.start("n"), stated.end("n"))], P.score("per_warrant"),
                                      "shares_per_warrant.label", f"labelled {lv.label}")]
        reach = P.window("per_warrant_reach")
        verb, ratio = P.regex("per_warrant_verb"), P.regex("ratio")
        # An option to buy units ("UNIT PURCHASE OPTION"): the ratio of the units' own warrants
        # is not its own.
        security = chosen.get("security")
        title = ctx.text[ctx.title[0] : ctx.title[1]] if ctx.title else ""
        buys_units = security is not None and security.rule == "security.units" and bool(
            P.regex("option_title").search(title))
        # "22,305,496 WARRANTS entitling the holder to acquire … one (1) Common Share" read only where
        # no "each Warrant …" states the ratio: a count's digits are everywhere
        starts = itertools.chain(P.regex("per_warrant_start").finditer(ctx.text, ctx.start, ctx.body_end),
                                 P.regex("count_entitling_start").finditer(ctx.text, ctx.start, ctx.body_end))
        for start in starts:
            v = verb.search(ctx.text, start.start(), min(ctx.body_end, start.end() + reach))
            if v is None:
                continue
            if ctx.kind is not None and _names_other_kind(start.group(), ctx.kind):
                continue  # "each Public Warrant entitles …" read for the Private Placement Warrants
            # a unit's part whose own verb follows it ("… and one warrant to purchase one share for
            # $6.00") keeps its ratio; one with another part between it and the verb does not
            component = buys_units or (start.group()[:3].lower() == "one" and P.regex("next_component").search(
                ctx.text, start.end(), v.start()) is not None)
            if component and P.regex("unit_component_before").search(
                    ctx.text, ctx.sentence_at(start.start())[0], start.start()):
                # "… one Unit consisting of one share … and one Class A Warrant, each Class A
                # Warrant entitling its holder to purchase one share": the Unit's warrant, not this
                # one; "each such unit comprised of (i) one ordinary share …; (ii) one redeemable
                # Public Warrant … and one right to receive 1/10th of one ordinary share": a unit's
                # part, with another part's verb after it
                continue
            end = min(ctx.body_end, v.end() + reach)
            # "… will entitle the Underwriter, subject to the terms … (in either case, …), to
            # acquire … one fully paid … common share": the ratio follows the verb of buying.
            base = v.end()
            buy_rx = P.regex("per_warrant_buy")
            # "exercisable into one … share" or "to purchase one share" names the buying itself.
            direct = buy_rx.match(ctx.text, v.start()) or v.group().lower().startswith("exercisable")
            buy = buy_rx.search(ctx.text, base, end) if not direct else None
            gap = P.window("per_warrant_gap")
            if buy is not None and buy.start() - base > gap:
                base = buy.end()
            clause = _CLAUSE_END.split(ctx.text[base:end], maxsplit=1)[0]
            m = ratio.search(clause)
            if buy is not None:
                # "to purchase by cashless exercise from Genco … (the “Company”), subject to …,
                # at any time before 5:00 p.m. … on July 9, 2021, one fully paid … share":
                # the buying verb's usual interruptions stand between it and the ratio.
                gap = max(gap, buy.end() - base + P.window("per_warrant_buy_gap"))
            if m is None or m.start() > gap:
                continue
            value = _ratio(m)
            if value is None or value <= 0:
                continue
            if buys_units and not _UNIT_AFTER.match(clause, m.end("n")):
                continue  # "… except that each Option Warrant shall entitle its holder to purchase one share": the units' warrant
            s = base + m.start("n")
            return [ctx.candidate("shares_per_warrant", value, [(s, base + m.end("n"))],
                                  P.score("per_warrant"), "shares_per_warrant.each_warrant",
                                  "shares one warrant buys")]
        one = P.regex("one_for_each_warrant").search(ctx.text, ctx.start, ctx.body_end)
        if one is not None:
            # "… is entitled to purchase one fully paid … common share … for each share purchase
            # warrant represented hereby": 1; "… to purchase .25 of a fully paid … share … for
            # each Warrant": 0.25.
            group = "dec" if one.group("dec") else "n"
            value = Decimal(one.group("dec")) if one.group("dec") else Decimal(1)
            return [ctx.candidate("shares_per_warrant", value, [(one.start(group), one.end(group))],
                                  P.score("per_warrant"), "shares_per_warrant.one_for_each",
                                  "the share one warrant buys")]
        for m in P.regex("count_to_aggregate").finditer(ctx.text, ctx.start, ctx.body_end):
            # "THREE MILLION (3,000,000) common stock purchase warrants (the "Warrants") to purchase
            # in the aggregate 3,000,000 shares": the shares over the warrants.
            named = re.search(r"[“\"]([^”\"]{1,60}?[Ww]arrants?)\s*[”\"]", m.group())
            if ctx.kind is not None and named is not None and not re.fullmatch(
                    kind_pattern(ctx.kind), named.group(1).strip(), re.IGNORECASE):
                continue  # another kind's count and shares
            warrants, shares = (int(m.group(g).replace(",", "")) for g in ("w", "s"))
            value = Decimal(shares) / Decimal(warrants)
            value = value.to_integral_value() if value == value.to_integral_value() else value.normalize()
            if value <= 0 or -value.as_tuple().exponent > 4:  # type: ignore[operator]
                continue
            return [ctx.candidate("shares_per_warrant", value, [(m.start("w"), m.end("w")),
                                  (m.start("s"), m.end("s"))], P.score("per_warrant"),
                                  "shares_per_warrant.aggregate", "the shares the warrants buy in all, per warrant",
                                  flags=[Flag.COMPUTED])]
        for m in P.regex("warrants_per_share").finditer(ctx.text, ctx.start, ctx.body_end):
            # "Two (2) Warrants entitle the Warrantholder to purchase one (1) Common Share": 0.5.
            k = m.group("k") or m.group("k2")
            n = int(k) if k.isdigit() else _WORDS.get(k.lower())
            if not n or n < 2:
                continue
            value = Decimal(1) / Decimal(n)
            if value * n != 1 or -value.as_tuple().exponent > 4:  # type: ignore[operator]
                continue  # "three warrants for one share": no exact decimal
            return [ctx.candidate("shares_per_warrant", value, [(m.start(), m.end())], P.score("per_warrant"),
                                  "shares_per_warrant.warrants_per_share", "warrants needed for one share")]
        return []
