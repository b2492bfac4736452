"""Redemption by the company: one object per right to redeem ("$0.01 per Warrant … if the
last reported sales price … has been at least $18.00 … on each of twenty (20) trading days
within a thirty (30) trading-day period", "not less than 30 days' prior written notice"), or
`[]` where the company cannot redeem this kind of warrant."""

from __future__ import annotations

import re
from decimal import Decimal, InvalidOperation

from warrant_terms.extract.candidate import Candidate
from warrant_terms.extract.context import Context
from warrant_terms.extract.kinds import KIND_MENTION, kind_pattern, kinds_named
from warrant_terms.extract.numbers import find_number_phrases
from warrant_terms.extract.recognizer import Chosen, Recognizer
from warrant_terms.extract.rulebook import patterns
from warrant_terms.schema import Redemption

P = patterns("redemption")
_VERB = re.compile(r"\b(?:shall|will|are|is|may)\b")  # where a sentence's subject ends


def _dec(text: str) -> Decimal | None:
    try:
        return Decimal(text)
    except InvalidOperation:
        return None


def _int(text: str | None) -> int | None:
    if not text:
        return None
    digits = re.search(r"\d+", text)
    if digits:
        return int(digits.group())
    phrases = find_number_phrases(text)
    return phrases[0].value if phrases else None


class RedemptionRights(Recognizer):
    name = "redemption"
    fields = ("redemption",)
    requires = ("security", "instrument_name")
    patterns = "redemption"
    per_kind = True

    def propose(self, ctx: Context, chosen: Chosen) -> list[Candidate]:
        bs, be = ctx.body()
        context = P.regex("context")
        sentences = [(s, e) for s, e in ctx.sentences_in(bs, be) if context.search(ctx.text, s, e)]
        sentences = sentences[: P.window("max_sentences")]
        if not sentences:
            return []
        excluded = None
        if ctx.kind is not None:
            excluded = self._excluded(ctx, sentences, ctx.kind)
            if excluded is None and ctx.kind_like is not None:
                # "… shall be identical to the Private Placement Warrants": as that kind.
                excluded = self._excluded(ctx, sentences, ctx.kind_like)
            if excluded is not None:
                span, section = excluded
                # "… shall not be redeemable by the Company under Section 6.1 (but may be redeemed
                # under Section 6.2 …)": the rights set out elsewhere are still the kind's
                sentences = [(s, e) for s, e in sentences if section is not None and not _in_section(ctx, s, section)]
                if not sentences:
                    return [ctx.candidate("redemption", [], [span], P.score("not_redeemable"),
                                          "redemption.not_redeemable", f"the {ctx.kind} cannot be redeemed")]
        else:
            itself = self._itself_excluded(ctx, sentences)
            if itself is not None:
                return [ctx.candidate("redemption", [], [itself], P.score("itself_not_redeemable"),
                                      "redemption.not_redeemable", "the instrument itself cannot be redeemed")]
        notice: tuple[int, int, int] | None = None
        for s, e in sentences:
            m = P.regex("notice").search(ctx.text, s, e)
            if m:
                n = _int(m.group("n") or m.group("m"))
                if n is not None:
                    notice = (n, m.start(), m.end())
                    break
        rights: list[Redemption] = []
        spans: list[tuple[int, int]] = []
        units = chosen.buys_units()
        named = chosen.get("instrument_name")
        own = ctx.kind or (str(named.value) if named is not None and named.value else None)
        for s, e in sentences:
            if _another_kinds(ctx, s, e, own):
                continue  # "(b) Class B Warrants. … redeem … the outstanding Class B Warrants at $.10" for the Class A Warrants
            if units and P.regex("unit_warrants_subject").search(ctx.text, s, e):
                continue  # an option for units: "The Redeemable Warrants included in the Units shall be subject to redemption …"
            price = next(
                (m for m in P.regex("price_per_warrant").finditer(ctx.text, s, e) if P.regex("near_redeem").search(
                    ctx.text, max(s, m.start() - P.window("redeem_before")), min(e, m.end() + P.window("redeem_after"))
                )),
                None,
            )
            if price is None:
                continue
            reach = min(be, e + P.window("trigger_reach"))
            trigger = P.regex("trigger").search(ctx.text, s, reach)
            # "the Reference Value equals or exceeds $10.00", the days in the definition of the
            # Reference Value, not another average's "ten (10) trading days" in the sentence
            days = (self._defined_days(ctx, trigger.group()) if trigger is not None else None) \
                or P.regex("days").search(ctx.text, s, reach)
            trading = _int(days.group("n")) if days else None
            window = _int(days.group("m")) if days else None
            if days is not None and window is None and days.group("consec"):
                window = trading  # "twenty (20) consecutive trading days": the window is the run
            right = Redemption(
                trigger_price=_dec(trigger.group("v")) if trigger else None,
                trading_days=trading,
                window_days=window,
                redemption_price=_dec(price.group("v")),
                notice_days=notice[0] if notice else None,
            )
            if right in rights:
                continue
            rights.append(right)
            spans.append((price.start(), price.end()))
            spans.extend((m.start(), m.end()) for m in (trigger, days) if m is not None)
        # A right read without its trigger, beside one with the same price and a trigger, is
        # the same right read twice.
        rights = [r for r in rights if r.trigger_price is not None or not any(
            o is not r and o.redemption_price == r.redemption_price and o.trigger_price is not None
            for o in rights)]
        if not rights:
            if excluded is not None:  # no right left outside the section the kind is excluded from
                return [ctx.candidate("redemption", [], [excluded[0]], P.score("not_redeemable"),
                                      "redemption.not_redeemable", f"the {ctx.kind} cannot be redeemed")]
            return []
        if notice is not None:
            spans.append((notice[1], notice[2]))
        return [ctx.candidate("redemption", rights, spans, P.score("redemption"),
                              "redemption.terms", "the company's right to redeem")]

    @staticmethod
    def _itself_excluded(ctx: Context, sentences: list[tuple[int, int]]) -> tuple[int, int] | None:
        """"This Purchase Option itself is not subject to redemption by the Company", where the
        redemption terms that follow are another security's (the Class A Warrants in its Units).
        Not "The Warrants shall not be redeemable until …": a delay is no exclusion."""
        for s, e in sentences:
            m = P.regex("not_redeemable").search(ctx.text, s, e)
            if m is None or P.regex("not_redeemable_condition").search(ctx.text, m.end(), e):
                continue
            subject = P.regex("itself_subject").search(ctx.text, s, m.start())
            if subject is not None and subject.start() - s <= P.window("subject_lead"):
                return (m.start(), m.end())
        return None

    @staticmethod
    def _defined_days(ctx: Context, trigger: str) -> re.Match[str] | None:
        """"… the Reference Value equals or exceeds $18.00", with "Reference Value" defined as
        the price "on each of twenty (20) Trading Days within a period of thirty (30)
        Trading Days": the days are in the definition."""
        for term in re.findall(r"[A-Z][a-z]+(?:\s+[A-Z][a-z]+){0,3}", trigger):
            for d in ctx.terms.get(term.lower(), [])[:1]:
                m = P.regex("days").search(ctx.text, d.sentence_start, d.sentence_end)
                if m is not None:
                    return m
        return None

    def _excluded(self, ctx: Context, sentences: list[tuple[int, int]], kind: str
                  ) -> tuple[tuple[int, int], str | None] | None:
        """"The Company shall have no right to redeem the Private Placement Warrants", "The
        Private Placement Warrants shall be identical to the Public Warrants, except that …
        they shall not be redeemable": the kind the no-redemption words speak of is the one
        named just after them, or else the subject of the sentence (the first kind named).
        With the span, the one section the words exclude it from ("… under Section 6.1"), if
        they name one."""
        kinds = KIND_MENTION
        own = kind.rstrip("s").lower()
        partial: tuple[tuple[int, int], str | None] | None = None
        for s, e in sentences:
            m = P.regex("not_redeemable").search(ctx.text, s, e)
            if m is None:
                continue
            stop = min(e, m.end() + P.window("kind_reach"))
            after = [k.group() for k in kinds.finditer(ctx.text, m.end(), stop)]
            # The subject may name several kinds: "The Private Placement Warrants and the Working
            # Capital Warrants shall be identical to the Public Warrants, except that … they shall
            # not be redeemable".
            verb = _VERB.search(ctx.text, s, m.start())
            subject = [k.group() for k in kinds.finditer(ctx.text, s, verb.start() if verb else m.start())]
            first = kinds.search(ctx.text, s, m.start())
            # "The Founder Warrants … shall not be redeemable …; … redeemable to the same extent as
            # the Public Warrants": a subject named before the words is theirs, not a kind after them
            named = subject or after or ([first.group()] if first is not None else [])
            if any(k.rstrip("s").lower().endswith(own) for k in named):
                under = P.regex("not_under_section").match(ctx.text, m.end(), e)
                if under is None:
                    return (m.start(), m.end()), None  # no right to redeem it at all
                partial = partial or ((m.start(), m.end()), under.group("sec"))
        return partial


def _in_section(ctx: Context, pos: int, label: str) -> bool:
    """Whether `pos` may lie in the numbered section `label`: in it, in one of its subsections,
    or where the document's sections are not told apart that finely (or not numbered)."""
    sec = ctx.section_of(pos)
    own = (sec.label or "").strip().rstrip(".") if sec is not None else ""
    return not own or own == label or own.startswith(label + ".") or label.startswith(own + ".")


def _another_kinds(ctx: Context, s: int, e: int, own: str | None) -> bool:
    """Whether the sentence names kinds of warrant, none of them this kind (`own`: the kind, or
    the name a single instrument gives itself, "Class A Warrants") or the kind it is identical to."""
    if own is None or len(own.split()) < 2:
        return False
    if P.regex("all_kinds_included").search(ctx.text, s, e):
        return False  # "the outstanding Warrants (including the Private Placement Warrants) may be redeemed"
    kinds = kinds_named(ctx.text, s, e)
    own_names = [re.compile(kind_pattern(k), re.IGNORECASE) for k in (own, ctx.kind_like) if k]
    return bool(kinds) and not any(rx.search(n) for n in kinds for rx in own_names)
