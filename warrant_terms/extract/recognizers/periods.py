"""When a warrant may first be exercised, and its expiry where it is stated relative to an
event ("five years after the completion of the initial Business Combination"). A calendar
expiry stays in `expiration_date`; `expiration_term` records the rule."""

from __future__ import annotations

import datetime as dt
import re

from warrant_terms.extract.candidate import Candidate
from warrant_terms.extract.context import Context
from warrant_terms.extract.dates import find_anniversary_phrases, find_dates
from warrant_terms.extract.recognizer import Chosen, Recognizer
from warrant_terms.extract.relative import ITEM_MARK, Relative, anchor_class, relative_in
from warrant_terms.extract.rulebook import patterns
from warrant_terms.schema import EarlierOf, LaterOf, RelativeDate

P = patterns("relative")
Q = patterns("dates")

EXERCISABLE_SCORE = 0.85
IMMEDIATE_SCORE = 0.8
EXPIRY_DEFINED_SCORE = 0.9
EXPIRY_SENTENCE_SCORE = 0.8
CLAUSE_REACH = 1200
MAX_WINDOWS = 40
IMMEDIATE_LEAD = 300
IMMEDIATE_TAIL = 30
ISSUE_WORDS = ("date hereof", "date of this warrant", "issue date", "date of issuance", "issuance date")


def _has_relative(rel: Relative) -> bool:
    value = rel.value
    if isinstance(value, RelativeDate):
        return True
    items = value.earlier_of if isinstance(value, EarlierOf) else value.later_of if isinstance(value, LaterOf) else []
    return any(isinstance(i, RelativeDate) for i in items)


class ExercisableFrom(Recognizer):
    name = "exercisable_from"
    fields = ("exercisable_from",)
    requires = ("issue_date",)
    patterns = "relative"
    per_kind = True

    def propose(self, ctx: Context, chosen: Chosen) -> list[Candidate]:
        """A period after an event ("commencing on the later of …", "six (6) months after the
        date hereof"), else exercisable at any time on or after an event ("at any time from the
        Date of Issuance", "on or after the Initial Exercise Date")."""
        # "Initial Exercise Date: the Stockholder Approval Date (as defined below)": a cover label
        # naming the event exercise waits for (a calendar date or the issue date names none)
        label = next(iter(ctx.labelled("exercise_start")), None)
        # "Initial Exercise Date | The date that is six (6) months after the Issue Date": a period
        rel = relative_in(ctx.text, label.start, label.end, ctx.terms) if label is not None else None
        if rel is not None and _has_relative(rel):
            return [ctx.candidate("exercisable_from", rel.value, rel.spans, EXERCISABLE_SCORE,
                                  "exercisable_from.label_period", "the cover states the first exercise as a period")]
        words = P.regex("label_event").match(ctx.text, label.start, label.end) if label is not None else None
        if words is not None and not find_dates(words.group("event")):
            event = words.group("event")
            event_class = anchor_class(ctx.text, words.start("event"), event, ctx.terms)
            if event_class in P.terms("event_anchors"):
                value = RelativeDate(amount=0, unit="days", anchor=event_class, anchor_text=event)
                return [ctx.candidate("exercisable_from", value, [(words.start("event"), words.end("event"))],
                                      EXERCISABLE_SCORE, "exercisable_from.label_event",
                                      "the cover names the event exercise waits for")]
        windows: list[tuple[int, int]] = []
        if ctx.grant:
            windows.append(ctx.grant)
        bs, be = ctx.body()
        start_rx, imm_rx = P.regex("exercisable_start"), P.regex("immediate")
        for s, e in ctx.sentences_in(bs, be):
            if len(windows) > MAX_WINDOWS:
                break
            if (s, e) not in windows and (start_rx.search(ctx.text, s, e) or imm_rx.search(ctx.text, s, e)):
                windows.append((s, e))
        for s, e in windows:
            s, e = ctx.kind_part(s, e)  # "(i) with respect to the Class A Warrants, …, and (ii) …"
            m = start_rx.search(ctx.text, s, e)
            if m is not None:
                # The items of "begins on the later of: (a) … (b) …" may run past the sentence.
                rel = relative_in(ctx.text, m.end(), min(ctx.end, e + CLAUSE_REACH), ctx.terms)
                # "from and after the Issue Date … and at any time before … the seventh
                # anniversary of the Issue Date": a period past an expiry word is the expiry's.
                if rel is not None and _has_relative(rel) and rel.spans[0][0] - m.end() < 200 and not (
                        P.regex("expiry_between").search(ctx.text, m.end(), rel.spans[0][0])):
                    return [ctx.candidate("exercisable_from", rel.value, rel.spans, EXERCISABLE_SCORE,
                                          "exercisable_from.period", "exercise may first happen then")]
            in_grant = ctx.grant is not None and (s, e) == ctx.grant
            # The exercise words may follow: "Holder may at any time … on or after the Issue Date exercise this Warrant"
            imm = next((x for x in imm_rx.finditer(ctx.text, s, e) if in_grant or P.regex("exercise_window").search(
                ctx.text, max(s, x.start() - IMMEDIATE_LEAD), min(e, x.end() + IMMEDIATE_TAIL))
                # "… on and after the Issue Date and until 5:00 p.m. … on the Expiration Date
                # exercise this Warrant": the verb and its object, further on in the sentence
                or P.regex("exercise_verb").search(ctx.text, x.end(), min(e, x.end() + P.window("exercise_verb_reach")))), None)
            if imm is None:
                continue  # "if the Company shall at any time after the Date of Issuance subdivide …"
            inner = find_anniversary_phrases(ctx.text[imm.start() : imm.end()])
            if inner and P.regex("duration_before").search(
                    ctx.text, max(imm.start(), imm.start() + inner[0].start - 30), imm.start() + inner[0].start):
                inner = []  # "at any time … for three years from the date hereof": from the date hereof, for three years
            if inner:
                # "exercisable on the date that is nine (9) months after the Grant Date" is no
                # immediate start: the period stands between the words and the event.
                rel = relative_in(ctx.text, imm.start() + inner[0].start, e, ctx.terms)
                if rel is not None and _has_relative(rel):
                    return [ctx.candidate("exercisable_from", rel.value, rel.spans, EXERCISABLE_SCORE,
                                          "exercisable_from.period", "exercise may first happen then")]
            anchor = imm.group("anchor")
            if anchor:
                span = (imm.start("anchor"), imm.end("anchor"))
                period = defined_period(ctx, anchor)
                if period is not None:
                    # "from the Vesting Date", the "Vesting Date" being "six (6) months after the Grant Date"
                    return [ctx.candidate("exercisable_from", period.value, [span, *period.spans], EXERCISABLE_SCORE,
                                          "exercisable_from.period", "exercisable from an event defined as a period")]
                cls = self._anchor(ctx, span, anchor, chosen.get("issue_date"))
                if cls is None:
                    # "beginning on the First Exercise Date", defined as "July 15, 2019": a
                    # calendar start, which the contract leaves to the date, not a relative start.
                    return [ctx.candidate("exercisable_from", None, [span], IMMEDIATE_SCORE,
                                          "exercisable_from.calendar_start", "exercise starts on a calendar date")]
            else:
                cls, span, anchor = "issue_date", (imm.start(), imm.end()), "issuance"
            if cls == "issue_date":
                # "at any time on or after the date hereof": exercisable from issue, so no later start
                # to record (the field holds a start after issue, or an event's: README, Evaluation)
                return [ctx.candidate("exercisable_from", None, [span], IMMEDIATE_SCORE,
                                      "exercisable_from.from_issue", "exercisable from issue")]
            value = RelativeDate(amount=0, unit="days", anchor=cls, anchor_text=anchor)
            return [ctx.candidate("exercisable_from", value, [span], IMMEDIATE_SCORE,
                                  "exercisable_from.immediate", "exercisable from that event on")]
        return []

    @staticmethod
    def _anchor(ctx: Context, span: tuple[int, int], anchor: str, issue: Candidate | None) -> str | None:
        """The class of the event. An event that is the issue date (defined as "the date
        hereof", or stated with the issue date's own date) is the issue date: exercisable "on
        or after the Initial Exercise Date" is exercisable from issue. An event stated as
        another calendar date than the issue date's is no event at all (None)."""
        cls = anchor_class(ctx.text, span[0], anchor, ctx.terms)
        if cls not in ("issue_date", "other", "initial_exercise_date"):
            return cls
        when = stated_date(ctx, anchor, issue.value if issue is not None else None)
        if when is not None and issue is not None and issue.value is not None:
            return "issue_date" if when == issue.value else None
        key = re.sub(r"^the\s+", "", anchor.strip(), flags=re.IGNORECASE).lower()
        for d in ctx.terms.get(key, [])[:1]:
            words = ctx.text[d.sentence_start : d.sentence_end].lower()
            if any(w in words for w in ISSUE_WORDS):
                return "issue_date"
        # "exercisable on or after the Initial Exercise Date", that date never tied to an event
        # here: exercisable from itself says nothing.
        return None if cls == "initial_exercise_date" else cls


def defined_period(ctx: Context, anchor: str) -> Relative | None:
    """The period a defined event stands for: "on the date that is six (6) months after the
    Grant Date (the “Vesting Date”)" makes "the Vesting Date" six months after the grant."""
    key = re.sub(r"^the\s+", "", anchor.strip(), flags=re.IGNORECASE).lower()
    for d in ctx.terms.get(key, [])[:1]:
        if d.kind == "means":
            # "“Exercisability Date” means the first anniversary of the Issue Date"; "… shall mean,
            # (i) with respect to the Class A Warrants, the date that is ninety (90) days after …"
            vs, ve = ctx.kind_part(d.value_start or d.end, d.sentence_end)
            periods = find_anniversary_phrases(ctx.text[vs:ve])
            if periods and periods[0].start <= P.window("defined_period_gap"):
                rel = relative_in(ctx.text, vs + periods[0].start, ve, ctx.terms)
                if rel is not None and isinstance(rel.value, RelativeDate) and rel.value.amount > 0:
                    return rel
            continue
        lo = max(d.sentence_start, d.start - P.window("defined_period_look"))
        periods = find_anniversary_phrases(ctx.text[lo : d.start])
        if not periods or d.start - (lo + periods[-1].end) > P.window("defined_period_gap"):
            continue
        rel = relative_in(ctx.text, lo + periods[-1].start, d.start, ctx.terms)
        if rel is not None and isinstance(rel.value, RelativeDate) and rel.value.amount > 0:
            return rel
    for lv in ctx.labelled("exercise_start"):
        # "| Initial Exercise Date | the date that is six (6) months after the Issue Date |"
        if re.sub(r"\s+", " ", lv.label).lower() != key:
            continue
        periods = find_anniversary_phrases(ctx.text[lv.start : lv.end])
        if periods and periods[0].start <= P.window("defined_period_gap"):
            rel = relative_in(ctx.text, lv.start + periods[0].start, lv.end, ctx.terms)
            if rel is not None and isinstance(rel.value, RelativeDate) and rel.value.amount > 0:
                return rel
    return None


def stated_date(ctx: Context, anchor: str, issue: dt.date | None = None) -> dt.date | None:
    """The calendar date the document gives an event: a label ("Initial Exercise Date: June 3,
    2024") or the definition of the term ("“Initial Exercise Date” means July 11, 2023"). With
    `issue`, an event the label or definition names as the issue ("Initial Exercise Date | The
    Issue Date") is on the issue date."""
    key = re.sub(r"^the\s+", "", anchor.strip(), flags=re.IGNORECASE).lower()
    for lv in ctx.own_labels_first():
        if lv.label.strip().lower() == key:
            # "Initial Exercise Date | The Issue Date (August 14, 2019) | The Stockholder Approval
            # Date": the kind's own cell names an event, not the date in another kind's cell
            labelled = ctx.dates_in(lv.start, lv.end)
            return labelled[0].value if labelled else _the_issue(ctx.text[lv.start : lv.end], issue)
    for d in ctx.terms.get(key, [])[:1]:
        if d.kind == "means":
            meant = [x for x in ctx.dates_in(d.value_start or d.end, d.sentence_end) if x.value is not None]
            return meant[0].value if meant else _the_issue(ctx.text[d.value_start or d.end : d.sentence_end], issue)
        # "… on June 3, 2024 (the “Initial Exercise Date”)": the date the parenthesis closes. Not
        # "This Warrant effective as of February 12, 1997 … on the first anniversary of the IPO
        # (the “Initial Exercise Date”)": another date earlier in the sentence.
        opens = d.opens if d.opens is not None else d.start
        found = [x for x in ctx.dates_in(max(d.sentence_start, opens - _DATE_BEFORE_TERM), opens)
                 if x.value is not None]
        if found and _CLOSES_ON_TERM.fullmatch(ctx.text, found[-1].end, opens):
            return found[-1].value
        # "at any time on or after the Issue Date set forth above (the “Initial Exercise Date”)"
        named = _NAMES_THE_ISSUE.search(ctx.text, max(d.sentence_start, opens - _DATE_BEFORE_TERM), opens)
        if issue is not None and named is not None and not _PERIOD_BEFORE.search(
                ctx.text, max(d.sentence_start, named.start() - _DATE_BEFORE_TERM), named.start()):
            return issue  # not "the date that is six (6) months after the Issue Date (the “Initial Exercise Date”)"
    return None


def _the_issue(words: str, issue: dt.date | None) -> dt.date | None:
    """`issue` where `words` open by naming the date of issue ("The Issue Date", "means the date
    hereof"), else None."""
    opening = re.sub(r"^[\s|*:]*(?:the\s+)?", "", words.lower())[:40]
    return issue if issue is not None and any(opening.startswith(w) for w in ISSUE_WORDS) else None


_DATE_BEFORE_TERM = 60
_PERIOD_BEFORE = re.compile(r"\b(?:days?|months?|years?|anniversary)\b[^()]{0,30}$", re.IGNORECASE)
_NAMES_THE_ISSUE = re.compile(
    r"\b(?:" + "|".join(w.replace(" ", r"\s+") for w in ISSUE_WORDS) + r")"
    r"(?:\s+(?:set\s+forth|stated|specified|shown)\s+(?:above|below|on\s+the\s+(?:cover|face)(?:\s+page)?))?"
    r"[\s,]*(?:\((?:the\s+|an?\s+)?)?[“\"]?$", re.IGNORECASE)
_CLOSES_ON_TERM = re.compile(r"[\s,]*(?:\((?:the\s+|an?\s+)?)?[“\"]?")


_LIST_ITEM = re.compile(r"\s*" + ITEM_MARK.pattern + r"\s[^\n]{0,400}")


def _with_list_items(text: str, end: int) -> int:
    """Where a sentence that ends in a colon ends with the items it lists, each a paragraph of
    its own ("… on the earliest to occur of the following (the “Expiration Date”): / (i) the
    seventh (7th) anniversary of the Issue Date; and / (ii) the closing of the IPO.")."""
    if not text[max(0, end - 3) : end + 2].rstrip().endswith(":"):
        return end
    pos = end
    for _ in range(4):
        item = _LIST_ITEM.match(text, pos)
        if item is None:
            break
        pos = item.end()
    return pos


class ExpirationTerm(Recognizer):
    name = "expiration_term"
    fields = ("expiration_term",)
    patterns = "relative"
    per_kind = True

    def propose(self, ctx: Context, chosen: Chosen) -> list[Candidate]:
        bs, be = ctx.body()
        cands: list[Candidate] = []
        for lv in ctx.labelled("expiration_date"):
            # "Termination Date: the date that is eighteen (18) months following …"
            rel = relative_in(ctx.text, lv.start, lv.end, ctx.terms, drop_early_end=True)
            if rel is not None and _has_relative(rel):
                cands.append(ctx.candidate("expiration_term", rel.value, rel.spans, EXPIRY_DEFINED_SCORE,
                                           "expiration_term.label", f"labelled {lv.label}"))
                return cands
        expiry_terms = ctx.own_terms([t.lower() for t in Q.terms("expiry_terms")])
        for term in expiry_terms:
            for d in ctx.terms.get(term, [])[:2]:
                if ctx.in_form(d.start):
                    continue
                ks, ke = ctx.kind_part(d.sentence_start, _with_list_items(ctx.text, d.sentence_end))
                rel = self._in_sentence(ctx, ks, ke, d.start)
                if rel is None and d.kind == "means" and term.split()[-1] in ("date", "time"):
                    # "“Expiry Date” means the date that is twenty-four (24) months after the
                    # Closing Date": the definition itself is the term.
                    rel = relative_in(ctx.text, max(d.end, ks), ke, ctx.terms, drop_early_end=True)
                    rel = rel if rel is not None and _has_relative(rel) else None
                if rel is not None:
                    cands.append(ctx.candidate("expiration_term", rel.value, rel.spans, EXPIRY_DEFINED_SCORE,
                                               "expiration_term.defined_term", f"defines the {term}"))
                    return cands
        expire = P.regex("expiry_start")
        for s, e in ctx.sentences_in(bs, be):
            # "may exercise this Warrant … until … the third anniversary of …" ends it too, and so
            # does the grant's own window ("… to purchase … at any time prior to 5:00 P.M. … on the
            # third anniversary of the date hereof")
            if not P.regex("expiry_sentence").search(ctx.text, s, e) and not P.regex("exercise_until").match(
                    ctx.text, s, e) and not (ctx.grant and ctx.grant[0] < e and s < ctx.grant[1]):
                continue
            if P.regex("delay_until").search(ctx.text, s, e):
                continue  # "any such increase shall not be effective until the 61st day after such notice"
            if Q.regex("other_instrument_sentence").search(ctx.text, s, e):
                continue  # another instrument's term: "…, are issued under a separate form of warrant"
            rel = self._in_sentence(ctx, s, e, s, expire)
            if rel is not None:
                cands.append(ctx.candidate("expiration_term", rel.value, rel.spans, EXPIRY_SENTENCE_SCORE,
                                           "expiration_term.expire_words", "expires then"))
                break
        return cands

    def _in_sentence(self, ctx: Context, s: int, e: int, near: int,
                     expire: re.Pattern[str] | None = None) -> Relative | None:
        rx = expire or P.regex("expiry_start")
        for m in rx.finditer(ctx.text, s, e):
            if P.regex("start_bar_before").search(ctx.text, max(s, m.start() - 60), m.start()):
                continue  # "this Warrant shall not be exercisable until the earlier of …": its start
            rel = relative_in(ctx.text, m.end(), e, ctx.terms, drop_early_end=True)
            if rel is not None and _has_relative(rel) and rel.spans[0][0] - m.end() < 250:
                # "rights … for a period expiring not more than forty-five (45) days after the
                # record date": a bound on something else's term, not this warrant's.
                if P.regex("bound_before").search(ctx.text, max(s, rel.spans[0][0] - 30), rel.spans[0][0]):
                    continue
                return rel
        return None
