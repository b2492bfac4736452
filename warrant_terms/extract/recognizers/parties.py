"""Issuer, holder and the issuer's jurisdiction of incorporation.

A party is read where the document names it: the words before its defined term ("Juniper
Networks, Inc., a California corporation (the "Company")"), a label ("Company: …"), the grant
("to purchase from …", "certifies that …", "in favour of …") or the title block. A party
defined as a placement agent, underwriter or warrant agent is never the issuer.
"""

from __future__ import annotations

import re

from warrant_terms.extract.candidate import Candidate, Flag
from warrant_terms.extract.context import Context
from warrant_terms.extract.defined_terms import Definition
from warrant_terms.extract.jurisdiction import (
    Found,
    incorporation_in,
    incorporation_phrases,
    match_jurisdiction,
)
from warrant_terms.extract.kinds import quoted_kind
from warrant_terms.extract.names import Name, described_with_address, name_before, prefer_mixed_case
from warrant_terms.extract.recognizer import Chosen, Recognizer
from warrant_terms.extract.rulebook import patterns

P = patterns("parties")
_AGREEMENT_TITLE = patterns("instrument_terms").regex("agreement_title")


def _name_candidate(
    ctx: Context, field: str, name: Name, score: float, rule: str, why: str
) -> Candidate:
    if name.blank:
        return ctx.candidate(field, None, [(name.start, name.end)], score, rule,
                             f"the {why} is left blank", flags=[Flag.BLANK])
    value = prefer_mixed_case(name.value, ctx.text[ctx.start : ctx.end])
    if field == "issuer" and P.regex("entity_suffix").search(value) is None:
        score -= P.score("no_entity_suffix")
    return ctx.candidate(field, value, [(name.start, name.end)], score, rule, f"named as the {why}")


def title_parties(ctx: Context) -> tuple[Name, Name, bool] | None:
    """The parties a warrant agreement's title line names ("Warrant Indenture between Oilsands
    Quest Inc. and Computershare Trust Company of Canada dated December 5, 2007"): the first, the
    second, and whether the second is the agent (so called, or a trust or transfer company)."""
    hs, he = ctx.head(through_grant=False, chars=P.window("head"))
    m = P.regex("title_between").search(ctx.text, hs, he)
    if m is None:
        return None
    first, second = (Name(m.group(g).strip(" ,"), m.start(g), m.start(g) + len(m.group(g).rstrip(" ,")))
                     for g in ("first", "second"))
    if not P.regex("entity_suffix").search(first.value):
        return None
    return first, second, m.group("as_agent") is not None or bool(P.regex("agent_like_name").search(second.value))


_CLAUSE_GOES_ON = re.compile(r"(?:,|\b(?:an?|the|and|of|at|with|between))\s*\n\s*$", re.IGNORECASE)


def _segment_start(ctx: Context, sentence_start: int, paren: int) -> int | None:
    """Where the words naming a party before its defined term may begin. Where the defined
    term opens its own paragraph ("Itamar Medical Ltd.\n\n(the “Company”)"), the name is the
    short paragraph before it."""
    floor = max(ctx.start, paren - P.window("segment"))
    seg_start = _clause_start(ctx, max(sentence_start, floor), floor)
    address_tail = P.regex("address_tail").match(ctx.text[seg_start:paren]) is not None
    if ctx.text[seg_start:paren].strip() and not address_tail:
        return seg_start
    ps, pe = ctx.sentence_at(max(ctx.start, seg_start - 2))
    if address_tail:
        # "… Services LLC, a New Jersey limited liability company, with an office at 000 Main
        # St., Newark, NJ 07102. Newark, NJ 07102 ("Warrant Agent")": a full stop inside the
        # address split the sentence; the descriptor before it still ends the name.
        back = max(ps, floor)
        return back if described_with_address(ctx.text, back, paren) else seg_start
    if pe - ps <= P.window("name_line"):
        return _clause_start(ctx, ps, floor)
    # "… between China Resources Ltd., a Delaware corporation, with offices at … P.R. China.
    # (the “Company”)": the sentence split at the address's last full stop; the party's
    # descriptor, ahead of its address, still tells where its name ends.
    back = max(ps, floor)
    if described_with_address(ctx.text, back, paren):
        return back
    # "… receipt of which is acknowledged, DYNA PORTER INTERNATIONAL LIMITED\n\n(the “Holder”)":
    # a company's name closing the sentence before, cut off by a paragraph break.
    tail = max(back, paren - P.window("name_line"))
    name = name_before(ctx.text, tail, paren)
    if name is not None and not name.blank and P.regex("entity_suffix").search(name.value):
        return tail
    return None


def _clause_start(ctx: Context, start: int, floor: int) -> int:
    """`start`, moved back over paragraph breaks inside a clause ("… Trust Company, a\n\nNew
    York corporation, …"): they end no sentence."""
    while start > floor and _CLAUSE_GOES_ON.search(ctx.text, max(floor, start - 40), start):
        start = max(floor, ctx.sentence_at(start - 2)[0])
    return start


def _opening(ctx: Context, d: Definition) -> int:
    """Where the words defining a party's term open: its parenthesis (or "hereinafter
    referred to as"); -1 where none is found."""
    if d.opens is not None:
        return d.opens
    lo = max(d.sentence_start, d.start - P.window("paren_look"))
    # '… Dominion Fund III [the "Purchaser")': a square bracket typed for the round one
    return max(ctx.text.rfind("(", lo, d.start), ctx.text.rfind("[", lo, d.start))


def _party_segment(ctx: Context, d: Definition) -> tuple[int, int] | None:
    """(start, paren) of the words that may name the party a parenthetical term defines: the
    term's opening parenthesis and where the party's name may begin before it."""
    paren = _opening(ctx, d)
    if paren < 0:
        return None
    seg_start = _segment_start(ctx, d.sentence_start, paren)
    return None if seg_start is None else (seg_start, paren)


def _defined_score(rank: int) -> float:
    """A party's defined term, the `rank`-th of the terms looked for (the likelier first)."""
    return P.score("defined_term") - P.score("defined_term_rank_step") * rank


def _defined_party(ctx: Context, terms: list[str], field: str) -> list[Candidate]:
    """The names before a party's defined term: "… Inc., a Delaware corporation (the
    "Company")"."""
    out: list[Candidate] = []
    for rank, term in enumerate(terms):
        for d in ctx.terms.get(term.lower(), [])[:3]:
            if ctx.in_form(d.start):
                continue
            if d.kind == "means":
                out.extend(_meant_party(ctx, d, field, rank))
                continue
            segment = _party_segment(ctx, d)
            if segment is None:
                continue
            seg_start, paren = segment
            if P.regex("each_party").search(ctx.text, max(seg_start, d.start - 30), d.start) and \
                    P.regex("listed_parties").search(ctx.text, seg_start, paren):
                continue  # "the persons listed on Exhibit A (each, an “Initial Holder”)": several, unnamed
            subject = P.regex("subject_named_as").search(ctx.text, seg_start, paren)
            if subject is not None:
                # "… & COMPANY, INC. ("Xxxxxx Xxxxxxx") (Xxxxxx Xxxxxxx is hereinafter referred to
                # variously as the "Holder" …)": the party its short name stands for.
                short = Name(subject.group("name"), subject.start("name"), subject.end("name"))
                out.append(_name_candidate(ctx, field, _through_term(ctx, short), _defined_score(rank),
                                           f"{field}.defined_term", term))
                continue
            name = name_before(ctx.text, seg_start, paren)
            lookback = max(ctx.start, seg_start - P.window("broken_sentence_lookback"))
            if (seg_start == d.sentence_start and (name is None or name.start == d.sentence_start)) or (
                    name is None and P.regex("care_of").search(ctx.text, lookback, paren)):
                # (or a name whose address, sent "c/o" another, runs over lines before its term)
                # "GT\n\nBiopharma, Inc. (the “Company”)", "TXP\n\nCORPORATION, a Nevada
                # corporation (the “Company”)", "… DYNA PORTER LIMITED\n\n(the “Holder”)": a name
                # that a paragraph break, wrongly inferred from short lines, cut off its sentence.
                again = name_before(ctx.text, lookback, paren)
                if again is not None and (name is None or again.end == name.end):
                    name = again
            if name is None:
                continue
            if field == "holder" and (P.regex("issuer_affiliate_before").search(
                    ctx.text, max(seg_start, name.start - 60), name.start) or P.regex("issuer_affiliate_after").match(
                    ctx.text, d.end)):
                # "… a South Carolina corporation and the holding company for Coastal Carolina National
                # Bank (the “Bank”)"; "… First Commerce Community Bank (the “Bank”), the wholly-owned
                # subsidiary of the Company"
                continue
            name = _through_term(ctx, name)
            out.append(_name_candidate(ctx, field, name, _defined_score(rank), f"{field}.defined_term", term))
    return out


def _meant_party(ctx: Context, d: Definition, field: str, rank: int) -> list[Candidate]:
    """"“Company” means Spotify Technology S.A., a Luxembourg société anonyme …" (or the same in
    a definitions table): an entity's name opening the definition. "“Holder” means the
    registered holder …" names no one."""
    if d.value_start is None:
        return []
    line_end = ctx.text.find("\n", d.value_start)
    end = min(d.sentence_end, line_end if line_end >= 0 else len(ctx.text))
    name = name_before(ctx.text, d.value_start, end, anchored=True)
    if name is None or name.blank or not P.regex("entity_suffix").search(name.value):
        return []
    if not name.value[:1].isupper() or P.regex("generic_lead").match(name.value):
        return []  # "the Company's transfer agent"
    return [_name_candidate(ctx, field, name, _defined_score(rank), f"{field}.defined_term", d.term)]


def _through_term(ctx: Context, name: Name) -> Name:
    """"… services to be provided by Lucian Mbeki (the "Advisor") … hereby grants to the Advisor
    (the Advisor, together with its assigns, the "Holder")": a name that is itself another
    defined term stands for the party named where that term is defined."""
    for d in ctx.terms.get(name.value.lower(), [])[:1]:
        if d.kind != "parenthetical" or d.start >= name.start:
            continue
        segment = _party_segment(ctx, d)
        named = name_before(ctx.text, *segment) if segment is not None else None
        if named is not None and not named.blank and named.value.lower() != name.value.lower():
            return named
    return name


def _short_form_party(ctx: Context, terms: list[str], field: str) -> list[Candidate]:
    """An Australian deed's details table: "Name | Coolabah Rare Earths Limited", then (after
    its ACN and address) "Short form name | Company": the party whose short form is the role."""
    roles = {t.lower() for t in terms}
    hs, he = ctx.head(through_grant=False)
    for m in P.regex("short_form_name").finditer(ctx.text, hs, max(he, hs + P.window("segment"))):
        if m.group("role").strip().lower() not in roles:
            continue
        rows = list(P.regex("name_row").finditer(ctx.text, max(hs, m.start() - P.window("segment")), m.start()))
        if not rows:
            continue
        row = rows[-1]
        name = name_before(ctx.text, row.start("name"), row.end("name"), anchored=True)
        if name is not None and not name.blank:
            return [_name_candidate(ctx, field, name, P.score("label"), f"{field}.label", "Short form name")]
    return []


def _labelled(ctx: Context, field: str) -> list[Candidate]:
    """"Company: Ferncliff Robotics, Inc., a Delaware corporation" in a cover block."""
    for lv in ctx.labelled(field):
        name = name_before(ctx.text, lv.start, lv.end, anchored=True)
        if name is not None:
            return [_name_candidate(ctx, field, name, P.score("label"), f"{field}.label", lv.label)]
    return []


def _after(ctx: Context, rx: re.Pattern[str], start: int, end: int) -> Name | None:
    m = rx.search(ctx.text, start, end)
    if m is None:
        return None
    return name_before(ctx.text, m.end(), min(end, m.end() + P.window("name_chars")), anchored=True)


def _agents(ctx: Context) -> set[str]:
    """Names the document defines as agents, underwriters or counsel (never the issuer)."""
    out: set[str] = set()
    for term in P.terms("not_issuer_terms"):
        for d in ctx.terms.get(term.lower(), [])[:2]:
            segment = _party_segment(ctx, d)
            name = name_before(ctx.text, *segment) if segment is not None else None
            if name is not None and not name.blank:
                out.add(_fold(name.value))
    return out


def _fold(name: str) -> str:
    return re.sub(r"[^a-z0-9]", "", name.lower())


def _wide_head(ctx: Context) -> tuple[int, int]:
    """The head through the grant, and at least the parties' window: recitals that say whose
    stock is bought, or to whom the warrants are sold, may follow a short grant."""
    hs, he = ctx.head()
    return hs, min(ctx.end, max(he, hs + P.window("head")))


def _words(name: str) -> str:
    return " ".join(re.sub(r"[^a-z0-9 ]", " ", name.lower()).split())


def _which_is(ctx: Context, field: str) -> list[Candidate]:
    """Plain-English warrants key their pronouns to the parties: "The words “We” … refer to
    the warrant holder, which is TRIPLEPOINT CAPITAL LLC"."""
    hs, he = ctx.head(chars=P.window("head"))
    name = _after(ctx, P.regex(f"{field}_which_is"), hs, he)
    if name is None or name.blank:
        return []
    return [_name_candidate(ctx, field, name, P.score("which_is"), f"{field}.which_is",
                            f"the key names the {field}")]


_CONNECTIVES = frozenset({"and", "of", "the", "to", "for", "no", "by", "from", "between", "exhibit"})


def _whole_name_in_title(ctx: Context, cands: list[Candidate]) -> list[Candidate]:
    """"PETRO RIVER OIL CORP. WARRANT" over "PETRO\nRIVER OIL CORP., a Delaware corporation (the
    “Company”)", the name broken where a line break was read as a paragraph's: the title's
    name that ends with the defined party's name, a word or two longer, is the whole name."""
    out: list[Candidate] = []
    titles = [c for c in cands if c.rule == "issuer.title_block" and c.value]
    for c in cands:
        if c.rule != "issuer.defined_term" or not c.value or not c.spans:
            continue
        before = ctx.text[max(0, c.spans[0].start - 20) : c.spans[0].start].split()
        if before and before[-1].islower():
            continue  # "… of TAM Restaurants, Inc., a Delaware corporation": running words cut no name
        short = _words(str(c.value))
        for t in titles:
            whole = _words(str(t.value))
            extra = whole[: -len(short)] if whole.endswith(" " + short) else ""
            words = extra.split()
            if 1 <= len(words) <= 2 and all(w.isalpha() and w not in _CONNECTIVES for w in words):
                out.append(t.model_copy(update={"score": c.score + 0.01}))
    return out


def _title_party(ctx: Context, cands: list[Candidate]) -> list[Candidate]:
    """The company the title names, again a party below under a short name of its own: "FUNDEX
    GAMES, LTD. / WARRANT AGREEMENT … by and among FUNDEX GAMES, LTD., a Nevada corporation
    ("Fundex"), and Toy Paradise Partnership, … (the "Partnership")" is Fundex's warrant, not
    the party a role word ("Partnership") names."""
    _, he = ctx.head(chars=P.window("head"))
    for c in cands:
        if c.rule not in _TITLE_RULES or not c.value or not c.spans:
            continue
        for m in _spelled(str(c.value)).finditer(ctx.text, c.spans[0].end, he):
            if P.regex("party_term_after").match(ctx.text, m.end()):
                return [c.model_copy(update={"rule": "issuer.title_party", "score": P.score("title_party")})]
    return []


_TITLE_RULES = ("issuer.title_block", "issuer.title_of", "issuer.name_over_entity_line")


def _spelled(name: str) -> re.Pattern[str]:
    """The name wherever it is written again, in any case and line breaking."""
    return re.compile(r"\s+".join(map(re.escape, name.split())), re.IGNORECASE)


class Issuer(Recognizer):
    name = "issuer"
    fields = ("issuer",)
    patterns = "parties"

    def propose(self, ctx: Context, chosen: Chosen) -> list[Candidate]:
        terms = P.terms("issuer_terms")
        if P.regex("bank_is_issuer").search(ctx.text, ctx.start, ctx.body_end):
            # "GLENDALE FEDERAL BANK, FEDERAL SAVINGS BANK, a federally chartered stock savings bank
            # (the "Bank") … the Bank proposes to issue … its warrant certificates": a bank issues
            terms = terms[:1] + P.terms("issuing_bank_terms") + terms[1:]
        cands = _defined_party(ctx, terms, "issuer")
        cands.extend(_labelled(ctx, "issuer"))
        cands.extend(_short_form_party(ctx, terms, "issuer"))
        if ctx.grant:
            gs, ge = ctx.grant
            name = _after(ctx, P.regex("grant_from"), gs, ge)
            if name and not name.blank:
                name = _through_term(ctx, name)  # "from Amazon": the party defined as "Amazon"
                cands.append(_name_candidate(ctx, "issuer", name, P.score("grant_from"),
                                             "issuer.grant_from", "seller in the grant"))
            name = _after(ctx, P.regex("stock_of"), gs, ge)
            # (a name without a company suffix where the price follows it: "… shares of the Common
            # Stock, par value $.0001 per share (the “Shares”) of China Shenghuo at a price of $3.50")
            if name and not name.blank and (P.regex("entity_suffix").search(name.value) or (
                    P.regex("price_after_name").match(ctx.text, name.end) and len(name.value.split()) >= 2
                    and all(w[:1].isupper() for w in name.value.split()))):
                # "… to purchase shares of the Common Stock of Alliance Bank of Baton Rouge, a
                # commercial bank …": whose stock it is.
                cands.append(_name_candidate(ctx, "issuer", name, P.score("stock_of"),
                                             "issuer.stock_of", "company whose stock is bought"))
            m = P.regex("issued_to").search(ctx.text, gs, ge)
            if m:
                name = _after(ctx, P.regex("issued_by"), m.end(), ge)
                if name and not name.blank:
                    cands.append(_name_candidate(ctx, "issuer", name, P.score("grant_from"),
                                                 "issuer.issued_by", "issuer"))
        hs, he = ctx.head(chars=P.window("head"))
        name = _after(ctx, P.regex("instrument_executed_by"), hs, he)
        if name is not None and not name.blank and P.regex("entity_suffix").search(name.value):
            # "THIS … WARRANT INSTRUMENT … IS EXECUTED ON 23 SEPTEMBER 2024 BY ACUREN CORPORATION": a deed's maker
            cands.append(_name_candidate(ctx, "issuer", name, P.score("grant_from"), "issuer.executed_by",
                                         "company executing the instrument"))
        cands.extend(self._title(ctx))
        cands.extend(_which_is(ctx, "issuer"))
        cands.extend(self._stock_of_term(ctx))
        if not cands:
            cands.extend(self._first_party(ctx))
        titled = title_parties(ctx)
        if titled is not None:
            cands.append(_name_candidate(ctx, "issuer", titled[0], P.score("title_between"), "issuer.title_between",
                                         "agreement's first party in its title"))
        cands.extend(_whole_name_in_title(ctx, cands))
        cands.extend(_title_party(ctx, cands))
        agents = _agents(ctx)
        return [c for c in cands if c.value is not None and _fold(str(c.value)) not in agents]

    @staticmethod
    def _first_party(ctx: Context) -> list[Candidate]:
        """"This Warrant Agreement … is … entered into by and between Youngevity International,
        Inc., a company organized under the laws of State of Delaware and _____ (…, the “Warrant
        Holder”)": with no term for the company, the party before the holder issues."""
        hs, he = ctx.head()
        holder_terms = {t.lower() for t in P.terms("holder_terms")}
        for m in P.regex("between_parties").finditer(ctx.text, hs, he):
            s, e = ctx.sentence_at(m.start())
            held = [d for t in holder_terms for d in ctx.terms.get(t, []) if s <= d.start < e]
            if not held:
                continue
            name = name_before(ctx.text, m.end(), min(d.start for d in held), anchored=True)
            if name is not None and not name.blank and P.regex("entity_suffix").search(name.value):
                return [_name_candidate(ctx, "issuer", name, P.score("first_party"), "issuer.first_party",
                                        "the agreement's party before the holder")]
        return []

    @staticmethod
    def _stock_of_term(ctx: Context) -> list[Candidate]:
        """"… by Heritage Bank, N.A., a national banking association (“Bank”) … warrants to
        purchase shares of common stock of the Bank": the party whose stock the warrants buy
        issues them, whatever its role word (a lender's warrant calls its holder "Bank" too)."""
        hs, he = _wide_head(ctx)
        seen: set[str] = set()
        for m in P.regex("stock_of_term").finditer(ctx.text, hs, he):
            term = m.group("term")
            if term.lower() in seen or term.lower() not in ctx.terms:
                continue
            seen.add(term.lower())
            found = _defined_party(ctx, [term], "issuer")
            if found:
                return [c.model_copy(update={"rule": "issuer.stock_of_term", "score": P.score("defined_term")})
                        for c in found[:1]]
        return []

    def _title(self, ctx: Context) -> list[Candidate]:
        """The company named in the title block: "WARRANT TO PURCHASE COMMON STOCK OF ACME
        CORP." or a line of capitals ending in an entity suffix."""
        hs, he = ctx.head(through_grant=False, chars=P.window("head"))
        if ctx.title and ctx.title[1] > he:
            he = ctx.title[1]  # flattened text: the title ran into the grant's sentence
        out: list[Candidate] = []
        for m in P.regex("title_of").finditer(ctx.text, hs, he):
            if P.regex("class_after").match(ctx.text, m.end()):
                continue  # "Shares of Common Stock of …": the company follows the class
            name = name_before(ctx.text, m.end(), min(he, m.end() + 120), anchored=True)
            name = _capitals_only(name)
            if name and not name.blank and len(name.value.split()) > 1 and P.regex("entity_suffix").search(name.value) and all(
                w[:1].isupper() or w[:1].isdigit() or w.lower() in ("of", "and", "&", "the")
                for w in name.value.split()
            ):
                out.append(_name_candidate(ctx, "issuer", name, P.score("title_of"),
                                           "issuer.title_of", "company in the title"))
                break
        reject = P.regex("upper_name_reject")
        for m in P.regex("upper_name").finditer(ctx.text, hs, he):
            value, start = m.group(1).strip(" ,"), m.start(1)
            # "WARRANT TO PURCHASE AMERICAN DEPOSITARY SHARES REPRESENTED BY … RECEIPTS TRINITY
            # BIOTECH PLC": the title's words run into the name; the name follows the last of them.
            # "…$.001 PER SHARE, OF AIRTRAN HOLDINGS, INC.": leads in a row ("001 ", "PER SHARE, OF ").
            for _ in range(3):
                lead = P.regex("upper_name_lead").match(value)
                if lead is None or not 0 < lead.end() < len(value):
                    break
                value, start = value[lead.end() :].strip(" ,"), start + lead.end()
            year = _YEAR_LEAD.match(value)
            if year is not None and ctx.text[max(0, start - 3) : start].rstrip().endswith(","):
                # "VOID IF NOT EXERCISED PRIOR TO … [date], 2013 CR ACQUISITION CORP.": a date's year
                value, start = value[year.end() :], start + year.end()
            # "THE TOWN AND COUNTRY TRUST": a name's own leading article is no prose
            own_the = re.match(r"THE\s+(?=[A-Z0-9])", value)
            if len(value.split()) <= 8 and not reject.search(value[own_the.end() if own_the else 0 :]):
                name = Name(value, start, start + len(value))
                out.append(_name_candidate(ctx, "issuer", name, P.score("title_block"),
                                           "issuer.title_block", "company in the title"))
                break
        out.extend(_name_over_entity_line(ctx, hs, he))
        return out


_YEAR_LEAD = re.compile(r"(?:19|20)\d\d\s+(?=[A-Z])")
# Where a name in running words ends: a comma and a word in lower case (", but only …").
_WORDS_GO_ON = re.compile(r",\s+(?=[a-z])")
_LINE_END = re.compile(r"[ \t]*(?:\n|\Z)")


def _name_over_entity_line(ctx: Context, hs: int, he: int) -> list[Candidate]:
    """A title block that names the company and then says what it is, on its own line or in
    brackets: "West Coast Bancorp / an Oregon Corporation", "THE NEPTUNE SOCIETY, INC. / (a
    Florida corporation)". The descriptor vouches for the name, whatever its case or suffix.
    A descriptor after a comma in running words ("… to Acme LLC, a Delaware limited liability
    company, …") belongs to a sentence, not to the title block."""
    for m in P.regex("entity_line").finditer(ctx.text, hs, he):
        if match_jurisdiction(m.group("adj")) is None:
            continue
        line_end = _LINE_END.match(ctx.text, m.end()) is not None
        if ctx.text[max(hs, m.start() - 3) : m.start()].rstrip(" \t").endswith(",") and not line_end:
            continue
        name = name_before(ctx.text, max(hs, m.start() - P.window("entity_line_name")), m.start())
        if name is None or name.blank or P.regex("entity_line_name_reject").search(name.value):
            continue
        return [_name_candidate(ctx, "issuer", name, P.score("title_block"),
                                "issuer.name_over_entity_line", "company over its kind of entity")]
    return []


def _capitals_only(name: Name | None) -> Name | None:
    """A name in capitals in a title ends where the capitals end, once they hold its suffix:
    "… OF BOYKIN LODGING COMPANY Certificate No. W-1 February 1, 1999" names BOYKIN LODGING
    COMPANY."""
    if name is None or name.blank or not name.value.split()[0].isupper():
        return name
    words = list(re.finditer(r"\S+", name.value))
    cut = next((w.start() for w in words if any(c.islower() for c in w.group())), None)
    if cut is None:
        return name
    value = name.value[:cut].rstrip(" ,")
    if not P.regex("entity_suffix").search(value):
        return name  # "MPX Bioceutical Corporation": capitals that start a name, not all of it
    return Name(value, name.start, name.start + len(value))


_DEFINED_PARTY = re.compile(r"\((?:the\s+|each\s+)?[“\"]\s{0,2}(?P<term>[A-Z][^”\"]{1,50}?)\s{0,2},?\s{0,2}[”\"]\s*\)")


def _kind_buyer(ctx: Context) -> list[Candidate]:
    """The party that buys a kind of warrant, named in the sentence that defines the kind:
    "… with Tollgate Harbor Sponsor LLC (the “Sponsor”), under which the Sponsor will purchase
    an aggregate of 6,000,000 warrants … (the “Private Placement Warrants”)"."""
    assert ctx.kind is not None
    kind = quoted_kind(ctx.kind)
    m = kind.search(ctx.text, ctx.start, ctx.end)
    if m is None:
        return []
    s, _ = ctx.sentence_at(m.start())
    s = max(s, m.start() - P.window("kind_sentence"))
    semicolon = ctx.text.rfind(";", s, m.start())
    whereas = ctx.text.rfind("WHEREAS", s, m.start())
    s = max(s, semicolon + 1, whereas + len("WHEREAS") if whereas >= 0 else s)
    skip = {t.lower() for t in P.terms("not_buyer_terms")}
    # "(the “Engagement Letter”)", "(the “Warrants”)": a document or a security, not a party.
    not_party = tuple(P.terms("not_party_endings"))
    parties = [d for d in _DEFINED_PARTY.finditer(ctx.text, s, m.start())
               if not d.group("term").lower().endswith(not_party)
               and d.group("term").lower() not in skip]
    if parties and (P.regex("collective_parties").search(ctx.text, parties[-1].start(), m.start())
                    # "… from A, B, … and C (the “Insiders”) to purchase … (“Insider Warrants”)"
                    or P.regex("plural_role_term").fullmatch(parties[-1].group("term").strip())):
        # "… Xxxxxx Equities II, LLC (“Xxxxxx Equities”), Xxxxxxx X. Xxxxx … (each a “Founder” and
        # collectively, the “Founders”) … (the “Founders’ Warrants”)": several buyers, no one holder
        return []
    for d in reversed(parties):
        option = P.regex("allotment_option").search(ctx.text, d.end(), m.start())
        if option is not None and not ctx.text[option.end() : m.start()].strip(" \n(“”\"'"):
            # "… including 1,000,000 Warrants that may be issued to X (the “Underwriter”) upon
            # exercise of its over-allotment option (“Public Warrants”) to the public investors":
            # the underwriter's option, not the kind's buyer; the kind has no one holder
            return [ctx.candidate("holder", None, [(option.start(), option.end())], P.score("kind_buyer"),
                                  "holder.kind_buyer", f"the {ctx.kind} go to the public; the option is the underwriter's")]
        name = name_before(ctx.text, max(s, d.start() - P.window("segment")), d.start())
        if name is not None and not name.blank:
            return [_name_candidate(ctx, "holder", _through_term(ctx, name), P.score("kind_buyer"),
                                    "holder.kind_buyer", f"buyer of the {ctx.kind}")]
    # "(ii) 750,000 warrants to CRT Capital Group LLC or its designees (“Underwriter's
    # Warrants”)": the buyer named, undefined, just before the kind's defined term.
    sold = list(P.regex("kind_sold_to").finditer(ctx.text, max(s, m.start() - P.window("segment")), m.start()))
    if sold:
        name = name_before(ctx.text, sold[-1].end(), m.start(), anchored=True)
        if name is not None and not name.blank and P.regex("kind_buyer_tail").fullmatch(
                ctx.text, name.end, m.start()):
            return [_name_candidate(ctx, "holder", _through_term(ctx, name), P.score("kind_buyer"),
                                    "holder.kind_sold_to", f"buyer of the {ctx.kind}")]
    return []


def _named_buyer(ctx: Context) -> list[Candidate]:
    """"… between AMERICAN MARINE RECREATION, INC. (the "Company"), and PRIME CHARTER LTD., a
    Delaware corporation ("Prime Charter"). The Company proposes to sell to Prime Charter …
    warrants": a party defined by its own short name, to whom the warrants are sold."""
    hs, he = _wide_head(ctx)
    for m in P.regex("sold_to_term").finditer(ctx.text, hs, he):
        # Each wording of the pattern names the buyer in a group of its own (term, term2, …).
        term = next(v for v in m.groupdict().values() if v)
        defs = ctx.terms.get(term.lower(), [])
        if not defs or defs[0].start > m.start() or term.lower() in {t.lower() for t in P.terms("not_buyer_terms")}:
            continue
        found = _defined_party(ctx, [term], "holder")
        if found:
            return [c.model_copy(update={"rule": "holder.sold_to", "score": P.score("kind_buyer")})
                    for c in found[:1]]
    return []


class Holder(Recognizer):
    name = "holder"
    fields = ("holder",)
    requires = ("issuer",)
    patterns = "parties"
    per_kind = True

    def propose(self, ctx: Context, chosen: Chosen) -> list[Candidate]:
        # A role word both sides use ("the Bank": a lender, or the bank that issues) never
        # makes the issuer its own holder.
        issuer = chosen.get("issuer")
        own = _fold(str(issuer.value)) if issuer is not None and issuer.value else None
        # "the Original Warrantholder or its permitted assigns (the “Warrantholder”)", where
        # "“Original Warrantholder” means the person named in Item 5 of Schedule A": a term, no name
        meant = {_fold(t) for t, ds in ctx.terms.items() if any(d.kind == "means" for d in ds)}
        return [c for c in self._propose(ctx, own)
                if c.value is None or (_fold(str(c.value)) != own and _fold(str(c.value)) not in meant)]

    def _propose(self, ctx: Context, own: str | None) -> list[Candidate]:
        if ctx.kind is not None:
            buyer = _kind_buyer(ctx)
            if buyer:
                return buyer
        cands = _defined_party(ctx, P.terms("holder_terms"), "holder")
        if not cands and ctx.title is not None and P.regex("role_warrant_title").search(ctx.text, *ctx.title):
            # "REPRESENTATIVE'S WARRANT AGREEMENT … between … and BARLOW KINGSLEY SECURITIES, INC.
            # (the "Representative")": the warrant belongs to the party its title names.
            cands = _defined_party(ctx, P.terms("role_holder_terms"), "holder")
        cands.extend(_labelled(ctx, "holder"))
        cands.extend(_short_form_party(ctx, P.terms("holder_terms"), "holder"))
        cands.extend(_named_buyer(ctx))
        hs, he = ctx.head(chars=P.window("head"))
        if ctx.grant:
            gs, ge = ctx.grant
            for rule, key in (("holder.issued_to", "issued_to"), ("holder.certifies_that", "certifies")):
                name = _after(ctx, P.regex(key), gs, ge)
                if name:
                    cands.append(_name_candidate(ctx, "holder", name, P.score("grant_from"), rule,
                                                 "holder in the grant"))
        else:
            # "THIS IS TO CERTIFY THAT BRASCAN REAL ESTATE FINANCE FUND I, L.P., or registered
            # assigns, is entit…": an opening cut before the grant's verb still names its holder
            name = _after(ctx, P.regex("certifies"), hs, he)
            if name and P.regex("or_assigns").match(ctx.text, name.end):
                cands.append(_name_candidate(ctx, "holder", name, P.score("grant_from"), "holder.certifies_that",
                                             "the holder the certificate names"))
        for rule, key in (("holder.in_favour_of", "in_favour_of"), ("holder.warrant_issued_to", "warrant_issued_to")):
            name = _after(ctx, P.regex(key), hs, he)
            if name:
                cands.append(_name_candidate(ctx, "holder", name, P.score("in_favour_of"), rule,
                                             "party the warrant is issued to"))
        cands.extend(_which_is(ctx, "holder"))
        cands.extend(_addressee(ctx))
        if not any(c.value for c in cands):
            cands.extend(_other_party(ctx, own))
        return cands


def _other_party(ctx: Context, issuer: str | None) -> list[Candidate]:
    """A warrant agreement between the issuer and one other party, with no agent and not
    several holders under one term, is that party's: "… by and among FUNDEX GAMES, LTD., a
    Nevada corporation ("Fundex"), and Toy Paradise Partnership, an Illinois general
    partnership (the "Partnership")"."""
    if issuer is None:
        return []
    hs, he = ctx.head(chars=P.window("head"))
    m = P.regex("between_parties").search(ctx.text, hs, he)
    if m is None:
        return []
    _, e = ctx.sentence_at(m.start())
    if P.regex("party_as_agent").search(ctx.text, m.end(), e):
        return []  # "…, American Stock Transfer & Trust Company, …, as agent in the capacity set forth herein"
    agents = {t.lower() for t in P.terms("not_holder_terms")}
    parties: list[Candidate] = []
    for term, defs in ctx.terms.items():
        d = defs[0]
        if d.kind != "parenthetical" or not m.end() <= d.start < e:
            continue
        opens = d.opens if d.opens is not None else max(m.end(), d.start - 30)
        if term in agents or P.regex("several_parties").search(ctx.text, opens, d.start):
            return []  # an agent is a party, or "(individually, a “PURCHASER” and, collectively, …)"
        found = _defined_party(ctx, [d.term], "holder")
        parties.extend(c for c in found[:1] if c.value and c.spans and c.spans[0].start >= m.end())
    others = [c for c in parties if _fold(str(c.value)) != issuer]
    if len(parties) != 2 or len(others) != 1:
        return []
    return [others[0].model_copy(update={"rule": "holder.other_party", "score": P.score("other_party")})]


def _addressee(ctx: Context) -> list[Candidate]:
    """A warrant agreement written as a letter is the addressee's: "October __, 1998 TEJAS
    SECURITIES GROUP, INC. … Gentlemen: Lincoln Heritage Corporation … hereby agrees to sell to
    you … warrants"."""
    hs, he = ctx.head(chars=P.window("head"))
    salutation = P.regex("salutation").search(ctx.text, hs, he)
    if salutation is None or not P.regex("to_you").search(
            ctx.text, salutation.end(), min(ctx.end, salutation.end() + P.window("letter_grant_chars"))):
        return []
    block = max(hs, salutation.start() - P.window("addressee_block"))
    m = P.regex("addressee_after_date").search(ctx.text, block, salutation.start())
    name = name_before(ctx.text, m.start("name"), m.end("name"), anchored=True) if m else None
    if name is None or name.blank:
        return []
    return [_name_candidate(ctx, "holder", name, P.score("addressee"), "holder.addressee",
                            "addressee of the letter that sells the warrants")]


class IssuerJurisdiction(Recognizer):
    name = "issuer_jurisdiction"
    fields = ("issuer_jurisdiction",)
    requires = ("issuer",)
    patterns = "parties"

    def propose(self, ctx: Context, chosen: Chosen) -> list[Candidate]:
        cands: list[Candidate] = []
        for issuer in chosen.all("issuer"):
            if issuer.value is None or not issuer.spans:
                continue
            s = issuer.spans[0].end
            # The descriptor follows the name, up to its defined term: "…, a Delaware
            # corporation (the "Company")" or "(registered in England and Wales …)".
            term = re.search(r"[“\"]\s*(?:Company|Issuer|Corporation)\s*[”\"]", ctx.text[s : s + P.window("descriptor_chars")])
            close = s + term.start() if term else s + P.window("descriptor_chars") // 2
            if issuer.rule == "issuer.stock_of":
                # A name read inside the grant has its descriptor in that sentence ("… Common
                # Stock of Tarnwood Corporation at US$1.50 per share." names no place after it).
                close = min(close, ctx.sentence_at(s)[1])
            other = P.regex("next_party").search(ctx.text, s, close)
            if other is not None:
                close = other.start()  # "… OF ACME, INC. THIS CERTIFIES THAT Beta Inc., a Delaware corporation"
            found = incorporation_in(ctx.text, s, close)
            after = P.regex("descriptor_after_term").match(ctx.text, s + term.end()) if term else None
            if found is None and after is not None:
                # "Coastal Carolina Bancshares, Inc. (the “Company”), a South Carolina corporation"
                found = incorporation_in(ctx.text, after.start(), after.end() + P.window("descriptor_chars") // 2)
            charter = P.regex("federal_charter").search(ctx.text, s, close) if found is None else None
            if charter is not None:
                # "Heritage Bank, N.A., a national banking association": chartered under the
                # federal law of the United States, no state's
                found = Found("United States", charter.start(), charter.end())
            if found:
                rule = "jurisdiction.label" if issuer.rule == "issuer.label" else "jurisdiction.issuer_descriptor"
                cands.append(ctx.candidate("issuer_jurisdiction", found.name, [(found.start, found.end)],
                                           P.score("descriptor"), rule, "the issuer's descriptor"))
                break
        for lv in ctx.labelled("issuer_jurisdiction")[:1]:
            # "Corporation's Jurisdiction of Organization:   Commonwealth of Kentucky"
            hit = match_jurisdiction(ctx.text[lv.start : lv.end])
            if hit is not None:
                name, at, length = hit
                cands.append(ctx.candidate("issuer_jurisdiction", name, [(lv.start + at, lv.start + at + length)],
                                           P.score("descriptor"), "jurisdiction.label", "labelled jurisdiction"))
        if not cands:
            cands.extend(self._before_defined_term(ctx))
        hs, he = ctx.head(chars=P.window("head"))
        if not cands:
            cands.extend(self._at_another_mention(ctx, chosen.get("issuer"), hs, he))
        holder_terms = {t.lower() for t in P.terms("holder_terms")}
        for m in incorporation_phrases(ctx.text, hs, he):
            found = incorporation_in(ctx.text, m.start(), min(he + 200, m.end() + 150))
            term = _DEFINED_PARTY.search(ctx.text, m.end(), min(ctx.end, m.end() + P.window("name_chars")))
            if found and term is not None and term.group("term").lower() in holder_terms:
                continue  # "… DIAGNOSTIK GMBH, … organized under the laws of Germany, … (the "Holder")"
            if found:
                cands.append(ctx.candidate("issuer_jurisdiction", found.name, [(found.start, found.end)],
                                           P.score("organized_under"), "jurisdiction.organized_under",
                                           "organized under the laws of"))
                break
        return cands

    @staticmethod
    def _at_another_mention(ctx: Context, issuer: Candidate | None, hs: int, he: int) -> list[Candidate]:
        """The issuer named again with its descriptor, where the name was read elsewhere (the
        title) and the descriptor's sentence is cut or defines no term: "Right to Purchase
        Shares of Common Stock of Wireless, Inc. … Wireless, Inc., a California corporation
        (together with …"."""
        if issuer is None or not isinstance(issuer.value, str) or not issuer.value.strip():
            return []
        for m in _spelled(issuer.value).finditer(ctx.text, hs, he):
            lead = P.regex("descriptor_lead").match(ctx.text, m.end())
            if lead is None:
                continue
            found = incorporation_in(ctx.text, m.end(), lead.end() + P.window("descriptor_words"))
            if found is not None:
                return [ctx.candidate("issuer_jurisdiction", found.name, [(found.start, found.end)],
                                      P.score("descriptor") - P.score("defined_term_rank_step"),
                                      "jurisdiction.issuer_descriptor", "the descriptor after the issuer's name")]
        return []

    @staticmethod
    def _before_defined_term(ctx: Context) -> list[Candidate]:
        """The descriptor just before the issuer's defined term, where the issuer's name was
        read elsewhere (the title): "… from azitra, Inc., a Delaware corporation (the
        “Company”)"."""
        for term in P.terms("issuer_terms"):
            for d in ctx.terms.get(term.lower(), [])[:1]:
                if d.kind != "parenthetical" or ctx.in_form(d.start):
                    continue
                segment = _party_segment(ctx, d)
                if segment is None:
                    continue
                seg_start, paren = segment
                for m in P.regex("next_party").finditer(ctx.text, seg_start, paren):
                    seg_start = m.end()
                # "… MAYO FOUNDATION …, a Minnesota charitable corporation (the Holder) is entitled
                # … from GENOMEDX BIOSCIENCES INC., a corporation with … (the Company)": another
                # party's term ends the other party's words
                for m in P.regex("earlier_term_paren").finditer(ctx.text, seg_start, paren):
                    seg_start = m.end()
                # The descriptor nearest the term: "X, a Delaware corporation, and Y, a Nevada
                # corporation (the “Company”)" names Y's.
                found = last = incorporation_in(ctx.text, seg_start, paren)
                while last is not None:
                    found, last = last, incorporation_in(ctx.text, last.end, paren)
                if found:
                    return [ctx.candidate("issuer_jurisdiction", found.name, [(found.start, found.end)],
                                          P.score("descriptor") - P.score("defined_term_rank_step"),
                                          "jurisdiction.issuer_descriptor", "the descriptor before the issuer's term")]
        return []


def unit_warrants_agent(ctx: Context, units: bool, at: int) -> bool:
    """ "… each Unit consisting of one share and one Warrant … issued under the Warrant Agreement …
    (the "Warrant Agreement") between the Company and Continental …, as warrant agent": in an
    instrument that buys units, the agent of the units' warrants, not its own."""
    return units and P.regex("another_agreements_agent").search(
        ctx.text, ctx.sentence_at(at)[0], at) is not None


def _joint_agents(ctx: Context, m: re.Match[str], score: float, why: str) -> Candidate:
    """Two agents named together: the match's `first` and `second` names joined by "and"."""
    names = [re.sub(r"\s+", " ", m.group(g)).strip(" ,") for g in ("first", "second")]
    return _name_candidate(ctx, "warrant_agent", Name(" and ".join(names), m.start("first"), m.end("second")),
                           score, "warrant_agent.cover", why)


class WarrantAgent(Recognizer):
    name = "warrant_agent"
    fields = ("warrant_agent",)
    requires = ("security",)
    patterns = "parties"

    def propose(self, ctx: Context, chosen: Chosen) -> list[Candidate]:
        """"Continental Stock Transfer & Trust Company, a New York corporation, as warrant agent
        (the “Warrant Agent”)"."""
        cands: list[Candidate] = []
        units = chosen.buys_units()
        _, he = ctx.head(chars=P.window("head"))
        # "… and Computershare Inc., a Delaware corporation (“Computershare”), and its wholly-owned
        # subsidiary, Computershare Trust Company, N.A., …, collectively as the “Warrant Agent”"
        joint = P.regex("joint_agents_preamble").search(ctx.text, ctx.start, he)
        if joint is not None:
            return [_joint_agents(ctx, joint, P.score("agent_defined"), "two agents together")]
        for rank, term in enumerate(P.terms("agent_terms")):
            for d in ctx.terms.get(term.lower(), [])[:2]:
                if d.kind != "parenthetical" or ctx.in_form(d.start):
                    continue
                if unit_warrants_agent(ctx, units, d.start):
                    continue
                segment = _party_segment(ctx, d)
                if segment is None:
                    continue
                seg_start, paren = segment
                bare = not term.lower().startswith("warrant")  # "the Agent", "the Trustee"
                if bare and P.regex("other_agent_before").search(
                        ctx.text, max(ctx.start, seg_start - P.window("other_agent_look")), paren):
                    continue  # "The Offering was led by Bayfront … (the "Agent")": a placement agent
                cut = P.regex("as_agent").search(ctx.text, seg_start, paren)
                name = name_before(ctx.text, seg_start, cut.start() if cut else paren)
                if name is None or name.blank:
                    continue
                score = P.score("agent_defined") - P.score("defined_term_rank_step") * rank
                cands.append(_name_candidate(ctx, "warrant_agent", name, score,
                                             "warrant_agent.defined_term", term))
            if cands:
                return cands
        titled = title_parties(ctx)
        if titled is not None and titled[2]:
            return [_name_candidate(ctx, "warrant_agent", titled[1], P.score("agent_cover"), "warrant_agent.title_between",
                                    "agreement's other party in its title")]
        # "COMPUTERSHARE INC. / and / COMPUTERSHARE TRUST COMPANY, N.A. / Collectively, as Warrant Agent"
        joint = P.regex("cover_joint_agents").search(ctx.text, ctx.start, he)
        if joint is not None:
            return [_joint_agents(ctx, joint, P.score("agent_cover"), "the agreement's other parties, agents together")]
        # "… — and — PACIFIC CORPORATE TRUST COMPANY WARRANT INDENTURE": the parties may run into the title
        title = ctx.text[ctx.title[0] : ctx.title[1]] if ctx.title is not None else ""
        if _AGREEMENT_TITLE.search(title) or P.regex("agreement_title_end").search(title):
            # "WARRANT AGREEMENT between QUINTANA MARITIME LIMITED and COMPUTERSHARE TRUST
            # COMPANY, N.A.": a warrant agreement's other party on its cover is its agent.
            m = P.regex("cover_agent").search(ctx.text, ctx.start, he)
            if m is not None:
                group = "name" if m.group("name") is not None else "agent"  # "…\nTHE CHASE MANHATTAN BANK,\nWarrant Agent"
                name = name_before(ctx.text, m.start(group), m.end(group), anchored=True)
                if name is not None and not name.blank:
                    return [_name_candidate(ctx, "warrant_agent", name, P.score("agent_cover"),
                                            "warrant_agent.cover", "the agreement's other party")]
        for m in P.regex("as_agent").finditer(ctx.text, ctx.start, min(ctx.end, he + P.window("head"))):
            if unit_warrants_agent(ctx, units, m.start()):
                continue
            seg_start = max(ctx.start, m.start() - P.window("segment"))
            name = name_before(ctx.text, seg_start, m.start())
            if name is not None and not name.blank:
                cands.append(_name_candidate(ctx, "warrant_agent", name, P.score("agent_as"),
                                             "warrant_agent.as_agent", "warrant agent"))
                break
        if not cands:
            for m in P.regex("agent_appositive").finditer(ctx.text, ctx.start, min(ctx.end, he + P.window("head"))):
                # "… at the office or agency of the Warrant Agent, Continental Stock Transfer &
                # Trust Company, but only subject to …": the agent named after its term.
                stop = min(ctx.end, m.end() + P.window("name_chars"))
                lower = _WORDS_GO_ON.search(ctx.text, m.end(), stop)
                name = name_before(ctx.text, m.end(), lower.start() if lower else stop, anchored=True)
                if name is not None and not name.blank and P.regex("entity_suffix").search(name.value):
                    cands.append(_name_candidate(ctx, "warrant_agent", name, P.score("agent_as"),
                                                 "warrant_agent.appositive", "warrant agent named after its term"))
                    break
        return cands
