"""Clause-level fields read from cue rules (`patterns/cues.json`) in the right sections:
cashless exercise, anti-dilution kinds, fractional shares (and what a fraction is paid at),
whether adjustments keep the aggregate price, and governing law."""

from __future__ import annotations

import re

from warrant_terms.extract.candidate import Candidate
from warrant_terms.extract.context import Context
from warrant_terms.extract.jurisdiction import governing_law_in
from warrant_terms.extract.kinds import kind_pattern, kinds_named
from warrant_terms.extract.negation import negated
from warrant_terms.extract.recognizer import Chosen, Recognizer
from warrant_terms.extract.rulebook import patterns
from warrant_terms.extract.rules import Cue
from warrant_terms.parse.sections import heading_like

P = patterns("clauses")
ANTI_DILUTION_ORDER = (
    "split_combination",
    "stock_dividend",
    "distribution",
    "reorganization",
    "price_based_weighted_average",
    "price_based_full_ratchet",
)


def _another_kinds_right(ctx: Context, s: int, pos: int) -> bool:
    """Whether the words before `pos` give the right to another kind: "The Insider Warrants
    shall be identical to the Public Warrants, except that … (a) they may be exercised … on a
    cashless basis" is the Insider Warrants' right, not the Public Warrants'."""
    assert ctx.kind is not None
    m = P.regex("identical_subject").match(ctx.text, s, pos)
    if m is None:
        return False
    subject = kinds_named(ctx.text, m.start(), m.end())
    own = re.compile(kind_pattern(ctx.kind), re.IGNORECASE)
    return bool(subject) and not any(own.search(k) for k in subject)


def _sentence_cues(ctx: Context, label: str, start: int, end: int) -> list[tuple[Cue, tuple[int, int]]]:
    return [(c, ctx.sentence_at(c.start)) for c in ctx.cues_in(label, start, end)]


class CashlessExercise(Recognizer):
    name = "cashless_exercise"
    fields = ("cashless_exercise",)
    patterns = "clauses"
    per_kind = True

    def propose(self, ctx: Context, chosen: Chosen) -> list[Candidate]:
        cands: list[Candidate] = []
        denied: tuple[int, int] | None = None
        cues = _sentence_cues(ctx, "CASHLESS", ctx.start, ctx.end)
        if ctx.kind is not None:
            # "a Forward Purchase Warrant may be exercised only by payment of the Warrant Price in
            # cash …, and shall not be exercised on a cashless basis": denied for the kind it names
            named = re.compile(kind_pattern(ctx.kind), re.IGNORECASE)
            reach = P.window("kind_denial_reach")
            for cue, (s, e) in cues:
                # the kind nearest before the denial is its subject: not "identical to the Public
                # Warrants, except that a Forward Purchase Warrant … shall not be exercised on a cashless basis"
                before = kinds_named(ctx.text, max(s, cue.start - reach), cue.start)
                # "Except as provided in Section 2.5 for the Insider Warrants, no Warrant may be
                # exercised on a cashless basis": the kind named is the exception, not the subject
                excepted = P.regex("except_for_kind").search(ctx.text, s, cue.start) is not None
                if before and named.search(before[-1]) and not excepted and negated(
                        ctx.text, (s, e), cue.start, "cashless"):
                    return [ctx.candidate("cashless_exercise", False, [(cue.start, cue.end)],
                                          P.score("cashless_denied_for_kind"), "cashless.denied",
                                          f"cashless exercise excluded for the {ctx.kind}")]
        for cue, (s, e) in cues:
            if ctx.kind is not None and _another_kinds_right(ctx, s, cue.start):
                continue  # "The Insider Warrants shall be identical to the Public Warrants, except that … on a cashless basis"
            if negated(ctx.text, (s, e), cue.start, "cashless"):
                denied = denied or (cue.start, cue.end)
                continue
            if P.regex("another_conversion").search(ctx.text, s, e):
                continue  # "The Note is convertible … into Common Stock …; that conversion right is not part of this Warrant"
            score = cue.score - (P.score("cashless_in_form") if ctx.in_form(cue.start) else 0.0)
            cands.append(ctx.candidate("cashless_exercise", True, [(cue.start, cue.end)], score,
                                       cue.rule, "grants exercise without cash payment"))
        if cands:
            return cands
        if denied is not None:
            return [ctx.candidate("cashless_exercise", False, [denied], P.score("cashless_denied"),
                                  "cashless.denied", "cashless exercise expressly excluded")]
        # No cashless right: the evidence is the clause that makes the holder pay.
        m = P.regex("payment_required").search(ctx.text, ctx.start, ctx.end)
        if m:
            return [ctx.candidate("cashless_exercise", False, [(m.start(), m.end())],
                                  P.score("cashless_payment_required"), "cashless.payment_required",
                                  "exercise requires payment; no cashless, net-issuance or "
                                  "conversion right found")]
        return []


def adjustment_context(ctx: Context, s: int, e: int, cue_start: int) -> bool:
    """A cue counts only where the text adjusts something, outside notice-only clauses: its
    sentence, its section or a parent heading must speak of adjusting."""
    if ctx.in_form(cue_start):
        return False
    if P.regex("stockholder_rights").search(ctx.text, s, e):
        return False  # "… shall not be entitled to any rights of a stockholder, … to receive dividends or other distributions"
    heading = ctx.heading_of(cue_start)
    own = heading.split(" / ")[0]
    if P.regex("no_adjustment_heading").search(own):
        return False  # "2.4 No Price-Based Adjustment to Warrant Price": what is not adjusted
    if heading and P.regex("notice_heading").search(own) and "adjust" not in own:
        return False  # "5.4 Notice of Certain Events" under "5. Adjustments": notice only
    if "adjust" in heading or P.regex("adjust_words").search(ctx.text, s, e):
        return True
    if heading and P.regex("adjust_heading").search(heading.split(" / ")[0]):
        return True  # a section headed "Pro Rata Distributions" is an adjustment clause
    sec = ctx.section_of(cue_start)
    if sec is not None and sec.kind == "section" and sec.end - sec.start < P.window("adjust_section_max"):
        return bool(P.regex("adjust_words").search(ctx.text, sec.start, sec.end))
    return False


class AntiDilution(Recognizer):
    name = "anti_dilution"
    fields = ("anti_dilution",)
    patterns = "clauses"

    def propose(self, ctx: Context, chosen: Chosen) -> list[Candidate]:
        found: dict[str, list[tuple[int, int]]] = {}
        bs, be = ctx.body()
        for entry in P.terms("anti_dilution_labels"):
            label, kind = entry.split(":")
            for cue, (s, e) in _sentence_cues(ctx, label, bs, be):
                if negated(ctx.text, (s, e), cue.start, "adjustment", scope=P.window("ad_lead")):
                    continue
                if kind == "distribution" and not P.regex("strong_distribution").search(
                    ctx.text, cue.start, cue.end
                ) and not self._what(ctx, s, e, cue.start):
                    continue
                if adjustment_context(ctx, s, e, cue.start):
                    found.setdefault(kind, []).append((cue.start, cue.end))
        for m in P.regex("stock_dividend_payable").finditer(ctx.text, bs, be):
            s, e = ctx.sentence_at(m.start())
            if "stock_dividend" not in found and adjustment_context(ctx, s, e, m.start()) and not negated(
                ctx.text, (s, e), m.start(), "adjustment", scope=P.window("ad_lead")
            ):
                found["stock_dividend"] = [(m.start(), m.end())]
        self._price_based(ctx, bs, be, found)
        kinds = [k for k in ANTI_DILUTION_ORDER if k in found]
        if not kinds:
            return []  # no adjustment clause found: null, since there is nothing to cite
        spans = [found[k][0] for k in kinds]
        return [ctx.candidate("anti_dilution", kinds, spans, P.score("anti_dilution"),
                              "anti_dilution.cues", "adjustment clauses: " + ", ".join(kinds))]

    @staticmethod
    def _what(ctx: Context, s: int, e: int, pos: int) -> bool:
        """What is distributed (cash, property, indebtedness, rights): in the cue's sentence or,
        for a heading ("4.3 Other distributions."), in its section."""
        if P.regex("distribution_what").search(ctx.text, s, e):
            return True
        sec = ctx.section_of(pos)
        if sec is None or e - s > P.window("heading_sentence"):
            return False
        return P.regex("distribution_what").search(ctx.text, sec.start, min(sec.end, sec.start + P.window("section_what"))) is not None

    def _price_based(self, ctx: Context, bs: int, be: int, found: dict[str, list[tuple[int, int]]]) -> None:
        """A dilutive-issue sentence followed by a weighted-average or full-ratchet formula, or
        the named method anywhere in an adjustment clause."""
        weighted, ratchet = P.regex("weighted"), P.regex("ratchet")
        for s, e in ctx.sentences_in(bs, be):
            if e - s > P.window("sentence_max"):
                continue
            trigger = P.regex("dilutive_sentence").search(ctx.text, s, e)
            if not trigger or negated(ctx.text, (s, e), trigger.start(), "adjustment", scope=0):
                continue
            if P.regex("rights_to_all_holders").search(ctx.text, s, e):
                # Rights offered to all holders below market: a distribution, not a dilutive issue.
                found.setdefault("distribution", []).append((trigger.start(), trigger.end()))
                continue
            if not adjustment_context(ctx, s, e, trigger.start()):
                continue
            block_end = min(be, e + P.window("dilutive_block"))
            w = weighted.search(ctx.text, s, block_end)
            r = ratchet.search(ctx.text, s, block_end)
            # "(i) if … during the Full Ratchet Period, … reduced to equal the Base Share Price; and
            # (ii) if … after …, … multiplying … by a fraction": each method in an item of its own
            if w is not None and r is not None and P.regex("next_item").search(
                    ctx.text, min(w.end(), r.end()), max(w.start(), r.start())):
                found.setdefault("price_based_weighted_average", []).append(
                    (w.start(), min(w.end(), w.start() + P.window("weighted_span_max"))))
                found.setdefault("price_based_full_ratchet", []).append((r.start(), r.end()))
                continue
            if w and (not r or w.start() <= r.start() or "weighted" in w.group().lower()):
                found.setdefault("price_based_weighted_average", []).append(
                    (w.start(), min(w.end(), w.start() + P.window("weighted_span_max"))))
            if r and (not w or "ratchet" in r.group().lower() or r.start() < w.start()):
                found.setdefault("price_based_full_ratchet", []).append((r.start(), r.end()))
        not_average = P.regex("not_price_average")
        for cue in ctx.cues_in("AD_WEIGHTED", bs, be):
            if not_average.search(ctx.text[max(bs, cue.start - 8) : cue.start]) or not_average.search(
                ctx.text[cue.end : cue.end + 12]
            ):
                continue
            s, e = ctx.sentence_at(cue.start)
            if adjustment_context(ctx, s, e, cue.start):
                found.setdefault("price_based_weighted_average", []).append((cue.start, cue.end))
        for cue in ctx.cues_in("AD_RATCHET", bs, be):
            s, e = ctx.sentence_at(cue.start)
            if not negated(ctx.text, (s, e), cue.start, "adjustment", scope=40):
                found.setdefault("price_based_full_ratchet", []).append((cue.start, cue.end))


class FractionalShares(Recognizer):
    name = "fractional_shares"
    fields = ("fractional_shares",)
    patterns = "clauses"

    def propose(self, ctx: Context, chosen: Chosen) -> list[Candidate]:
        """Cash where a fraction is paid for (and no clause says no cash is paid); else the
        rounding the clause states: to the nearest share, up, or down."""
        for s, e in self._sentences(ctx):
            sec = ctx.section_of(s)
            clause_end = min(ctx.body_end, e + P.window("fraction_clause"),
                             sec.end if sec and sec.kind == "section" else ctx.end)
            cues = {label: ctx.cues_in(label, s, clause_end) for label in P.terms("fraction_labels")}
            direction = P.regex("nearest_direction")
            lead = P.window("nearest_lead")
            nearest = [c for c in cues["FRACTION_NEAREST"]
                       if not direction.search(ctx.text, max(s, c.start - lead), c.start)]
            # "rounded down to the next whole share": the stated direction beats "next whole"
            up = [c for c in cues["FRACTION_UP"]
                  if not P.regex("down_before").search(ctx.text, max(s, c.start - lead), c.start)]
            half = P.regex("half_rounds_up").search(ctx.text, s, clause_end)
            issued = P.regex("fractions_issued").search(ctx.text, s, e)
            if issued is not None and not P.regex("negation_before").search(ctx.text, s, issued.start()):
                return []  # "Fractional Class B Units may be issued upon exercise": neither paid nor rounded
            if cues["FRACTION_CASH"] and not cues["FRACTION_NO_CASH"]:
                pick, policy = cues["FRACTION_CASH"][0], "cash"
            elif half is not None and not nearest:
                # "a fraction of one-half (1/2) or more shall be rounded up to one full share and a
                # fraction of less than one-half shall be disregarded": to the nearest share.
                return [ctx.candidate("fractional_shares", "round_nearest", [(half.start(), half.end())],
                                      P.score("half_rounds_up"), "fraction.round_nearest",
                                      "a half or more rounds up")]
            elif nearest:
                pick, policy = nearest[0], "round_nearest"
            elif up:
                pick, policy = up[0], "round_up"
            elif cues["FRACTION_DOWN"] or cues["FRACTION_NO_CASH"] or cues["FRACTION_NEAREST"]:
                pick = (cues["FRACTION_DOWN"] or cues["FRACTION_NO_CASH"] or cues["FRACTION_NEAREST"])[0]
                policy = "round_down"
            else:
                continue
            bonus = P.score("fraction_heading_bonus") if heading_like(
                ctx.heading_of(s), *P.terms("fraction_headings")) else 0.0
            return [ctx.candidate("fractional_shares", policy, [(pick.start, pick.end)],
                                  pick.score + bonus, pick.rule, "fractional share clause")]
        return []

    def _sentences(self, ctx: Context) -> list[tuple[int, int]]:
        out = []
        for s, e in ctx.sentences_in(ctx.start, ctx.body_end):
            if (P.regex("fraction_sentence").search(ctx.text, s, e)
                    and P.regex("fraction_of_shares").search(ctx.text, s, e)
                    # "no fractional Subscription Warrants being issued in the distribution": the
                    # warrants', unless the sentence also speaks of fractional shares
                    and (not P.regex("fraction_of_warrants").search(ctx.text, s, e)
                         or P.regex("fraction_of_share_words").search(ctx.text, s, e))):
                out.append((s, e))
        return out


class FractionCashBasis(Recognizer):
    name = "fractional_cash_basis"
    fields = ("fractional_cash_basis",)
    requires = ("fractional_shares",)
    patterns = "clauses"

    def propose(self, ctx: Context, chosen: Chosen) -> list[Candidate]:
        policy = chosen.get("fractional_shares")
        if policy is None or policy.value != "cash" or not policy.spans:
            return []
        s, _ = ctx.sentence_at(policy.spans[0].start)
        end = min(ctx.body_end, s + P.window("fraction_basis"))
        for label, value in (("BASIS_PRICE", "exercise_price"), ("BASIS_FMV", "fair_market_value")):
            cues = ctx.cues_in(label, s, end)
            if cues:
                c = cues[0]
                return [ctx.candidate("fractional_cash_basis", value, [(c.start, c.end)], c.score,
                                      c.rule, "what the fraction is paid at")]
        return []


class AggregatePreserved(Recognizer):
    name = "preserves_aggregate_price"
    fields = ("preserves_aggregate_price",)
    patterns = "clauses"

    def propose(self, ctx: Context, chosen: Chosen) -> list[Candidate]:
        cues = ctx.cues_in("AGGREGATE", ctx.start, ctx.body_end)
        if cues:
            c = cues[0]
            return [ctx.candidate("preserves_aggregate_price", True, [(c.start, c.end)], c.score,
                                  c.rule, "share count follows the price")]
        rx = P.regex("aggregate_formula")
        for s, e in ctx.sentences_in(ctx.start, ctx.body_end):
            m = rx.search(ctx.text, s, e)
            if m:
                return [ctx.candidate("preserves_aggregate_price", True, [(m.start(), m.end())],
                                      P.score("aggregate_formula"), "aggregate.multiply_divide",
                                      "shares = old price × old shares / new price")]
        return []


class GoverningLaw(Recognizer):
    name = "governing_law"
    fields = ("governing_law",)
    patterns = "clauses"

    def propose(self, ctx: Context, chosen: Chosen) -> list[Candidate]:
        cands: list[Candidate] = []
        for s, e in ctx.sentences:
            if e - s > P.window("law_sentence_max"):
                continue
            for found in governing_law_in(ctx.text, s, e):
                score = P.score("governing_law")
                if heading_like(ctx.heading_of(s), *P.terms("law_headings")):
                    score += P.score("governing_law_heading")
                if ctx.in_form(s):
                    score -= P.score("governing_law_in_form")
                cands.append(ctx.candidate("governing_law", found.name, [(found.start, found.end)],
                                           score, "governing_law.laws_of", "governed by the laws of"))
                break
        return cands
