"""Issue date and expiration date, read by the role a date plays.

Only a full calendar date counts: "this 16 day of December" (no year) and "January [__],
2023" are read but give null. "The fifth anniversary of the Issue Date" or "sixty (60) months
from the date of this Warrant" is computed where the anchor date itself is stated (evidence:
both spans). Where the expiry is "the later of" two events, one of them unknown, no single
date is given; "the earlier of" a stated date and an event gives that date (it expires then at
the latest), as CONTRACT v2 has it.
"""

from __future__ import annotations

import datetime as dt
import re

from warrant_terms.extract.blanks import is_blank
from warrant_terms.extract.candidate import Candidate, Flag
from warrant_terms.extract.context import Context
from warrant_terms.extract.dates import DateMatch, add_period, find_anniversary_phrases, find_dates
from warrant_terms.extract.recognizer import Chosen, Recognizer
from warrant_terms.extract.relative import ITEM_MARK, anchor_class
from warrant_terms.extract.rulebook import patterns
from warrant_terms.schema import EarlierOf, RelativeDate

P = patterns("dates")
EVENTS = patterns("relative")


def dates_in(ctx: Context, start: int, end: int) -> list[DateMatch]:
    if ctx.start <= start and end <= ctx.end:
        return ctx.dates_in(start, end)
    return [DateMatch(d.start + start, d.end + start, d.value, d.raw, d.complete)
            for d in find_dates(ctx.text[start:end])]


def _date_candidate(ctx: Context, d: DateMatch, field: str, score: float, rule: str,
                    why: str) -> Candidate:
    if not d.complete:
        return ctx.candidate(field, None, [(d.start, d.end)], score, rule,
                             f"{why}, but the date is incomplete: {d.raw!r}", flags=[Flag.INCOMPLETE])
    return ctx.candidate(field, d.value, [(d.start, d.end)], score, rule, why)


def _first_date(ctx: Context, start: int, end: int, field: str, score: float, rule: str,
                why: str) -> Candidate | None:
    for d in dates_in(ctx, start, end)[:1]:
        if d.start - start > P.window("first_date_gap"):
            return None
        return _date_candidate(ctx, d, field, score, rule, why)
    return None


def _belongs_elsewhere(ctx: Context, d: DateMatch, lead_start: int) -> bool:
    """"that certain Loan Agreement dated as of …", "… dated as of X (the “Old Warrant”)":
    the date of another document."""
    # within the date's own sentence: "… that certain proposed merger … . This Warrant is being
    # issued effective as of September 26, 2007" dates this warrant
    floor = max(ctx.start, lead_start - P.window("other_agreement"), ctx.sentence_at(d.start)[0])
    lead = ctx.text[floor:lead_start]
    # "WARRANT AGREEMENT ------ AGREEMENT made as of November 18, 1996, between …": the
    # document's own first word, under its title
    own = P.regex("own_agreement_opening").search(lead)
    if (P.regex("other_agreement").search(lead) and own is None) or _under_exhibit_caption(ctx, lead_start):
        return True
    after = P.regex("other_term_after").match(ctx.text, d.end, min(ctx.end, d.end + 80))
    if after is None:
        return False
    term = after.group("term").lower()
    return not any(t.lower() == term for t in P.terms("issue_terms"))


def _date_of_term_named(ctx: Context, start: int, end: int) -> DateMatch | None:
    """ "“Subscription Period” means the period from Admission until 5.00 p.m. on the Final
    Subscription Date", with "“Final Subscription Date” means 30 September 2016": the date that
    defines the term a definition ends on."""
    for m in P.regex("ends_on_term").finditer(ctx.text, start, end):
        for d in ctx.terms.get(m.group("term").lower(), [])[:1]:
            if d.kind != "means":
                continue
            found = dates_in(ctx, d.end, min(d.sentence_end, d.end + P.window("defined_after")))
            if found and found[0].start - d.end <= P.window("means_date_gap") and found[0].complete:
                return found[0]
    return None


def _under_exhibit_caption(ctx: Context, pos: int) -> bool:
    """"Exhibit A to Warrant Agency Agreement / Dated May 1, 2000": the line under a caption
    naming the agreement this form is attached to dates that agreement."""
    lo = max(ctx.start, pos - P.window("other_agreement"))
    return P.regex("exhibit_caption_before").search(ctx.text, lo, pos) is not None


def _label_dates(ctx: Context, key: str, field: str, score: float, rule: str) -> list[Candidate]:
    # "Effective Date | March 9, 2022" above "Issue Date | March 14, 2022": a label that may
    # name another date gives way to one that names the date of issue
    weak = {t.lower() for t in P.terms("weak_labels")}
    for lv in sorted(ctx.labelled(key), key=lambda lv: " ".join(lv.label.lower().split()) in weak):
        text = ctx.text[lv.start : lv.end]
        found = dates_in(ctx, lv.start, lv.end)
        lead = P.regex("label_as_of").match(ctx.text, lv.start, lv.end)  # "Dated: As of July 1, 1996"
        if found and found[0].start - (lead.end() if lead else lv.start) <= 3:
            return [_date_candidate(ctx, found[0], field, score, rule, f"labelled {lv.label}")]
        if is_blank(text.split(",")[0]):
            return [ctx.candidate(field, None, [(lv.start, lv.end)], score, rule,
                                  f"{lv.label} left blank", flags=[Flag.BLANK])]
    return []


class IssueDate(Recognizer):
    name = "issue_date"
    fields = ("issue_date",)
    patterns = "dates"

    def propose(self, ctx: Context, chosen: Chosen) -> list[Candidate]:
        cands = _label_dates(ctx, "issue_date", "issue_date", P.score("issue_label"), "issue_date.label")
        hs, he = ctx.head()
        for m in P.regex("issue_label_bare").finditer(ctx.text, hs, he):
            c = _first_date(ctx, m.end(), min(ctx.end, m.end() + P.window("bare_label_date")), "issue_date",
                            P.score("issue_label_bare"), "issue_date.label", "labelled as the date of issue")
            if c and c.spans[0].start - m.end() <= 2:
                cands.append(c)
                break
        step = P.score("issue_defined_rank_step")
        for rank, term in enumerate(P.terms("issue_terms")[: P.window("issue_defined_kinds")]):
            for d in ctx.terms.get(term.lower(), [])[:1]:
                if ctx.in_form(d.start):
                    continue
                lo = max(d.sentence_start, d.start - P.window("defined_before"))
                near = dates_in(ctx, lo, min(d.sentence_end, d.end + P.window("defined_after")))
                if near:
                    x = min(near, key=lambda x: abs(x.start - d.start))
                    # "beginning on the date of this Warrant (the “Issuance Date”) and ending …
                    # on December 7, 2002": a date after the period's end word is its end.
                    ends = x.start > d.end and P.regex("expire_words").search(ctx.text, d.end, x.start)
                    if x.complete and not ends and not _belongs_elsewhere(ctx, x, x.start):
                        cands.append(ctx.candidate("issue_date", x.value, [(x.start, x.end)],
                                                   P.score("issue_defined") - step * rank,
                                                   "issue_date.defined_term", f"defines the {term}"))
        for dated in P.regex("dated").finditer(ctx.text, hs, he):
            c = _first_date(ctx, dated.end(), min(ctx.end, dated.end() + P.window("dated_date")), "issue_date",
                            P.score("issue_dated"), "issue_date.dated_as_of", "the instrument is dated")
            if c is None or c.spans[0].start - dated.end() > 8:
                continue
            found = DateMatch(c.spans[0].start, c.spans[0].end, c.value, "", c.value is not None)
            if not _belongs_elsewhere(ctx, found, dated.start()):
                cands.append(c)
                break
        cands.extend(self._date_line(ctx, hs, he))
        # "at any time from May 1, 2000 (the date of issuance of this Warrant)": the parenthesis
        # after a date names it the date of issue
        for m in P.regex("named_issue_after").finditer(ctx.text, ctx.start, ctx.body_end):
            before = dates_in(ctx, max(ctx.start, m.start() - P.window("named_issue_gap")), m.start())
            if before and before[-1].complete and m.start() - before[-1].end <= 2:
                cands.append(_date_candidate(ctx, before[-1], "issue_date", P.score("issue_defined"),
                                             "issue_date.named_after", "named the date of issue"))
                break
        # "at any time on or after the date hereof, October 26, 2005 (the “Initial Exercise Date”)";
        # "WARRANT INDENTURE / Providing for the Issue of up to 5,031,250 Share Purchase Warrants /
        # April 20, 2007": the date right after the words that name the date of issue
        for key, rule, why in (("date_hereof_appositive", "issue_date.date_hereof", "the date hereof, stated"),
                               ("indenture_cover", "issue_date.indenture_cover", "the date on the indenture's cover")):
            c = next((c for m in P.regex(key).finditer(ctx.text, hs, he)
                      if (c := _first_date(ctx, m.end(), min(ctx.end, m.end() + 20), "issue_date", P.score("issue_dated"),
                                           rule, why)) is not None and c.spans[0].start == m.end()), None)
            if c is not None:
                cands.append(c)
        if P.regex("start_is_date_hereof").search(ctx.text, ctx.start, ctx.body_end):
            # "Initial Exercise Date: May 3, 2019" on the cover, and "at any time on or after the
            # date hereof (the “Initial Exercise Date”)": the cover's date is the date of issue.
            cands.extend(_label_dates(ctx, "exercise_start", "issue_date", P.score("issue_start_label"),
                                      "issue_date.exercise_start_label"))
        w = P.regex("witness").search(ctx.text, ctx.start, ctx.body_end)
        if w:
            stop = min(ctx.body_end, w.end() + P.window("witness"))
            c = _first_date(ctx, w.end(), stop, "issue_date", P.score("issue_witness"), "issue_date.witness",
                            "executed on")
            if c is None:
                # "IN WITNESS WHEREOF, the Company has caused this Warrant to be signed by its
                # President and attested by its Secretary, and its corporate seal to be hereunto
                # affixed, this 12th day of September, 1988.": however long the clause runs.
                sentence_end = ctx.sentence_at(w.start())[1]
                for signed in dates_in(ctx, w.end(), min(stop, sentence_end))[:1]:
                    c = _date_candidate(ctx, signed, "issue_date", P.score("issue_witness"),
                                        "issue_date.witness", "executed on")
            # "IN WITNESS WHEREOF, the Company has caused this Warrant to be signed … \n\nDated as
            # of February 21, 1996": the dated line under the attestation clause.
            under = None if c else P.regex("dated").search(ctx.text, w.end(), stop)
            if under is not None:
                c = _first_date(ctx, under.end(), min(stop, under.end() + P.window("dated_date")), "issue_date",
                                P.score("issue_witness"), "issue_date.witness", "dated under the attestation")
            if c:
                cands.append(c)
        return cands

    def _date_line(self, ctx: Context, hs: int, he: int) -> list[Candidate]:
        """A date alone on a line of the title block ("November 15, 2000" under the title)."""
        stop = ctx.grant[0] if ctx.grant else he
        # The grant may open with the title block's last line ("Warrant No. VMSI - 1  1,750,000
        # November 2, 2001" run into "MOLECULAR DIAGNOSTICS, INC. … hereby certifies"): a date
        # there still counts where only such a line stands before it.
        for d in dates_in(ctx, hs, min(ctx.end, stop + P.window("grant_first_line_chars"))):
            line_start = ctx.text.rfind("\n", hs, d.start) + 1
            line_end = ctx.text.find("\n", d.end, stop)
            line_end = stop if line_end < 0 else line_end
            before, after = ctx.text[line_start : d.start], ctx.text[d.end : line_end]
            # "January 8, 2004" alone, or run into the grant that follows it on one line.
            # "December 7, 1999    Warrant to Purchase": the date column beside the title.
            alone = len(after.strip()) <= 2 or (ctx.grant is not None and 0 <= ctx.grant[0] - d.end <= 3) \
                or P.regex("date_line_title_after").match(after) is not None
            if P.regex("date_line").match(before) and alone and d.complete \
                    and not _under_exhibit_caption(ctx, line_start):
                return [_date_candidate(ctx, d, "issue_date", P.score("issue_date_line"),
                                        "issue_date.date_line", "the date line of the title block")]
        # The same block with its lines run together ("… WARRANT TO PURCHASE COMMON STOCK June
        # 12, 2000 ADAYTUM SOFTWARE, INC., … hereby certifies"): the date between the title and
        # the certificate's first words.
        for d in dates_in(ctx, hs, he):
            if d.complete and P.regex("date_after_title").search(ctx.text, max(hs, d.start - 80), d.start) \
                    and P.regex("certifies_after_date").match(ctx.text, d.end, min(ctx.end, d.end + 300)):
                return [_date_candidate(ctx, d, "issue_date", P.score("issue_date_line"),
                                        "issue_date.date_line", "the date between the title and the certificate")]
        return []


def _period_after_date(ctx: Context, lo: int, x: DateMatch) -> list[Candidate]:
    """The expiry a period after a stated date: both the period and the date are evidence."""
    periods = [a for a in find_anniversary_phrases(ctx.text[lo : x.end]) if x.start < lo + a.end <= x.end]
    if not periods or x.value is None:
        return []
    a = periods[-1]
    value = add_period(x.value, a.amount, a.unit)
    if value is None:
        return []
    return [ctx.candidate("expiration_date", value, [(lo + a.start, x.start), (x.start, x.end)],
                          P.score("expiry_words"), "expiration.period_after_date",
                          f"{a.amount} {a.unit} after a stated date", flags=[Flag.COMPUTED])]


def _in_early_end_item(ctx: Context, s: int, pos: int) -> bool:
    """Whether the date at `pos` belongs to an item that ends the warrant early: "(y) the
    liquidation of the Company … if no Business Combination is completed by September 25, 2022"."""
    marks = list(ITEM_MARK.finditer(ctx.text, s, pos))
    return bool(marks) and EVENTS.regex("early_end_item").match(ctx.text, marks[-1].end(), pos) is not None


def _either_of(ctx: Context, s: int, pos: int) -> bool:
    """Whether the date at `pos` is one side of "the earlier (later) of" in its sentence."""
    return P.regex("either_of").search(ctx.text, s, pos) is not None


class ExpirationDate(Recognizer):
    name = "expiration_date"
    fields = ("expiration_date",)
    requires = ("issue_date", "expiration_term", "exercisable_from")
    patterns = "dates"
    per_kind = True

    def propose(self, ctx: Context, chosen: Chosen) -> list[Candidate]:
        bs, be = ctx.body()
        cands: list[Candidate] = []
        # "Date of Issuance Void after December 24, 2014 December 24, 2024": the date a label
        # layout gives to the issue is not the one the warrant is void after.
        others = [(lv.start, lv.end) for lv in ctx.labels if lv.key == "issue_date"]
        for m in P.regex("void_after").finditer(ctx.text, bs, be):
            c = _first_date(ctx, m.end(), min(ctx.end, m.end() + P.window("label_date")), "expiration_date",
                            P.score("expiry_void_after"), "expiration.void_after", "void after")
            if c and not any(s <= c.spans[0].start < e for s, e in others):
                cands.append(c)
                break
        cands.extend(_label_dates(ctx, "expiration_date", "expiration_date", P.score("expiry_label"),
                                  "expiration.label"))
        hs, he = ctx.head(through_grant=False)
        # The title's "Expiring …", not a later clause's ("warrants … expiring November 8, 2026"
        # of another instrument) where the grant stands far down the document.
        he = min(he, hs + P.window("title_expiring_chars"))
        for m in P.regex("title_expiring").finditer(ctx.text, hs, he):
            ls, le = ctx.text.rfind("\n", 0, m.start()) + 1, ctx.text.find("\n", m.end())
            if (le if le >= 0 else len(ctx.text)) - ls > P.window("title_line_chars"):
                continue  # "Lead Manager Options means the 8,000,000 options … expiring on 30 June 2025": prose, no title
            c = _first_date(ctx, m.end(), min(ctx.end, m.end() + 40), "expiration_date",
                            P.score("expiry_title"), "expiration.title", "expiring on, in the title")
            if c and c.spans[0].start - m.end() <= 3:
                cands.append(c)
                break
        cands.extend(self._defined(ctx))
        cands.extend(self._expire_words(ctx, bs, be))
        cands.extend(self._computed(ctx, chosen.get("issue_date"), bs, be))
        cands.extend(self._from_term(ctx, chosen.get("issue_date"), chosen.get("expiration_term"),
                                     chosen.get("exercisable_from")))
        if not any(c.value is not None for c in cands):
            cands.extend(self._earlier_of_term(ctx, chosen.get("expiration_term")))
        # "Termination Date | … February 14, 2025, being … | … eighteen (18) months after the
        # Initial Exercise Date": the date in the Series A column is not the Series B Warrant's
        foreign = ctx.other_kinds_cells("expiration_date")
        return [c for c in cands if not any(s <= c.start < e for s, e in foreign)]

    @staticmethod
    def _earlier_of_term(ctx: Context, term: Candidate | None) -> list[Candidate]:
        """"Termination Date | … on the earlier of (i) the sixtieth (60th) day following the Topline
        Data Announcement and (ii) March 31, 2021": the stated date, as for an earlier-of sentence."""
        if term is None or not isinstance(term.value, EarlierOf):
            return []
        stated = [item for item in term.value.earlier_of if isinstance(item, dt.date)]
        if len(stated) != 1:
            return []
        for sp in term.spans:
            if any(d.value == stated[0] for d in find_dates(ctx.text[sp.start : sp.end])):
                return [ctx.candidate("expiration_date", stated[0], [(sp.start, sp.end)], P.score("expiry_earlier_of"),
                                      "expiration.earlier_of_date", "the stated date of an earlier-of expiry")]
        return []

    @staticmethod
    def _from_term(ctx: Context, issue: Candidate | None, term: Candidate | None,
                   start_term: Candidate | None = None) -> list[Candidate]:
        """"Termination Date: five (5) years following the Initial Exercise Date", with the
        Initial Exercise Date stated ("means July 11, 2023"), or itself a stated time after the
        issue ("six (6) months after the Issue Date"): the calendar date."""
        from warrant_terms.extract.recognizers.periods import stated_date

        if term is None or not isinstance(term.value, RelativeDate):
            return []
        rel = term.value
        issued = issue.value if issue is not None else None
        start = issued if rel.anchor == "issue_date" else stated_date(ctx, rel.anchor_text, issued)
        spans = [(sp.start, sp.end) for sp in term.spans]
        first = start_term.value if start_term is not None else None
        if start is None and rel.anchor == "initial_exercise_date" and isinstance(issued, dt.date) and \
                isinstance(first, RelativeDate) and first.anchor == "issue_date" and start_term is not None:
            start = add_period(issued, first.amount, first.unit)
            spans += [(sp.start, sp.end) for sp in start_term.spans]
        if start is None:
            return []
        value = add_period(start, rel.amount, rel.unit)
        if value is None:
            return []
        return [ctx.candidate("expiration_date", value, spans, P.score("expiry_from_term"),
                              "expiration.from_term", f"{rel.amount} {rel.unit} after {rel.anchor_text}",
                              flags=[Flag.COMPUTED])]

    def _defined(self, ctx: Context) -> list[Candidate]:
        out: list[Candidate] = []
        named = ctx.own_terms([t.lower() for t in P.terms("expiry_terms")])
        other = [t for t in ctx.terms if re.search(r"expir|terminat", t) and t not in named and len(t.split()) <= 4]
        step = P.score("expiry_defined_rank_step")
        for rank, term in enumerate(named + other):
            for d in ctx.terms.get(term, [])[:2]:
                if ctx.in_form(d.start):
                    continue
                lo = max(d.sentence_start, d.start - P.window("expiry_defined_before"))
                before = [x for x in dates_in(ctx, lo, d.start)]
                after = [x for x in dates_in(ctx, d.end, min(d.sentence_end, d.end + P.window("defined_after")))]
                pick = before[-1] if before else (after[0] if after and d.kind == "means" else None)
                if pick is None and d.kind == "means":
                    pick = _date_of_term_named(ctx, d.end, d.sentence_end)
                if pick is None:
                    continue
                if pick.end <= d.start and find_anniversary_phrases(ctx.text[pick.end : d.start]):
                    # "… on or after April 1, 2008; provided … shall expire … on the tenth
                    # anniversary of the Issue Date (the “Expiration Date”)": the period names it
                    continue
                if pick.end <= d.start and P.regex("other_definition").search(ctx.text, pick.end, d.start):
                    # "on or after March 3, 2020 (the “Initial Exercise Date”) and on or prior to
                    # … the four-year anniversary of the Initial Exercise Date (the “Termination
                    # Date”)": the date is the other term's.
                    continue
                s, _ = ctx.sentence_at(pick.start)
                if _either_of(ctx, max(s, lo), pick.start) or _in_early_end_item(ctx, s, pick.start):
                    continue
                out.append(_date_candidate(ctx, pick, "expiration_date",
                                           P.score("expiry_defined") - step * rank,
                                           "expiration.defined_term", f"defines the {term}"))
        return out

    def _expire_words(self, ctx: Context, bs: int, be: int) -> list[Candidate]:
        out: list[Candidate] = []
        lead_chars = P.window("expire_lead")
        for s, e in ctx.sentences_in(bs, be):
            if e - s > P.window("sentence_max") or not P.regex("exercise_context").search(ctx.text, s, e):
                continue
            if P.regex("other_instrument_sentence").search(ctx.text, s, e):
                continue  # "… warrants … expiring November 8, 2026, which are not Warrants under this Agreement"
            for x in dates_in(ctx, s, e):
                lo = max(s, x.start - lead_chars)
                lead = ctx.text[lo : x.start]
                if not P.regex("expire_words").search(lead):
                    continue
                if P.regex("period_of_date").search(lead[-25:]):
                    # "up to and including … the seventh (7th) anniversary of December 14, 2007":
                    # the date is the period's start, and the expiry the period after it.
                    if x.complete:
                        out.extend(_period_after_date(ctx, lo, x))
                    break
                if P.regex("not_expiry_lead").search(lead[-25:]):
                    continue
                if P.regex("resale_lead").search(lead):
                    continue  # "… MAY NOT BE TRADED IN BRITISH COLUMBIA UNTIL NOVEMBER 26, 2003": a hold period
                if P.regex("covenant_lead").search(ctx.text, s, x.start):
                    continue  # "The Company has agreed to hold a meeting … no later than October 31, 2019"
                if P.regex("conditional_lead").search(ctx.text, max(s, x.start - P.window("conditional_lead")), x.start):
                    # "$2.60 per share if exercised on or before June 18, 1997"; "(in the event
                    # that this Warrant is issued to Seller on or before December 31, 1998)"
                    continue
                # "… beginning the earlier of (x) … or (y) …, and ending on September 7, 2005":
                # only an earlier/later-of that governs this date (after the expiry words) counts.
                last = [m.start() for m in P.regex("expire_words").finditer(ctx.text, max(s, x.start - lead_chars), x.start)]
                either = P.regex("either_of").search(ctx.text, last[-1] if last else s, x.start)
                if either is not None:
                    # "the earlier of (a) January 9, 2027 and (b) a Change of Control": the
                    # warrant expires on that date at the latest, so the date stands (CONTRACT
                    # v2); "the later of" a date and an unknown event gives no date.
                    if x.complete and P.regex("earlier_word").match(either.group()):
                        out.append(ctx.candidate("expiration_date", x.value, [(x.start, x.end)],
                                                 P.score("expiry_earlier_of"), "expiration.earlier_of_date",
                                                 "the stated date of an earlier-of expiry"))
                    break
                if x.complete:
                    # "up to and including April 30, 2003 (the third anniversary of the date of
                    # issuance …)": the period explains the stated date, which beats its computation
                    explained = P.regex("period_appositive").match(ctx.text, x.end, e) is not None
                    out.append(ctx.candidate("expiration_date", x.value, [(x.start, x.end)],
                                             P.score("expiry_words_appositive" if explained else "expiry_words"),
                                             "expiration.expire_words", "exercisable until / expires on"))
                break
            if len(out) > P.window("max_expire_sentences"):
                break
        return out

    @staticmethod
    def _anchor_is_issue(ctx: Context, anchor: str, issue: Candidate) -> bool:
        """A defined anchor ("the Date of Issuance") is the stated issue date only where the
        issue date was read from that term or its label, or the term is defined with a date."""
        key = re.sub(r"\s+", " ", anchor).strip().lower()
        if issue.rule in ("issue_date.label", "issue_date.defined_term") and key in issue.explanation.lower():
            return True
        for d in ctx.terms.get(key, [])[:1]:
            stated = dates_in(ctx, d.sentence_start, d.sentence_end)
            if stated:
                # "“Effective Date” shall mean February 11, 1997": the issue date only if it is that date
                return any(x.value == issue.value for x in stated)
        return issue.rule == "issue_date.label"

    def _computed(self, ctx: Context, issue: Candidate | None, bs: int, be: int) -> list[Candidate]:
        """An anniversary (or a period after) the issue date, where the issue date is stated."""
        if issue is None or issue.value is None:
            return []
        anchors = [a.lower() for a in P.terms("issue_anchor")]
        for s, e in ctx.sentences_in(bs, be):
            if e - s > P.window("sentence_max") or not P.regex("period_context").search(ctx.text, s, e):
                continue
            if not P.regex("expire_words").search(ctx.text, s, e) or P.regex("either_of").search(ctx.text, s, e):
                continue
            if P.regex("other_instrument_sentence").search(ctx.text, s, e):
                continue  # "(the “Common Warrants”) … until the fifth anniversary …, are issued under a separate form"
            expire = [m.end() for m in P.regex("expire_words").finditer(ctx.text, s, e)]
            for a in find_anniversary_phrases(ctx.text[s:e]):
                anchor = re.sub(r"\s+", " ", a.anchor.lower())
                if not any(k in anchor for k in anchors):
                    continue
                if not any(0 <= s + a.start - x <= P.window("period_after_expire") for x in expire):
                    continue  # "commencing one year after …": not the expiry
                if P.regex("conditional_lead").search(ctx.text, max(s, s + a.start - P.window("conditional_lead")), s + a.start):
                    continue  # "If the initial closing of the Next Round occurs on or before the first anniversary …"
                if a.anchor[:1].isupper() and not self._anchor_is_issue(ctx, a.anchor, issue):
                    continue
                if anchor_class(ctx.text, s + a.anchor_start, a.anchor, ctx.terms) in EVENTS.terms("event_anchors"):
                    continue  # "the three (3) year anniversary of the effective date of the Registration Statement"
                value = add_period(issue.value, a.amount, a.unit)
                if value is None:
                    continue
                spans = [(s + a.start, s + a.end)] + [(sp.start, sp.end) for sp in issue.spans]
                return [ctx.candidate("expiration_date", value, spans, P.score("expiry_anniversary"),
                                      "expiration.anniversary_of_issue",
                                      f"{a.amount} {a.unit} after the issue date", flags=[Flag.COMPUTED])]
        return []
