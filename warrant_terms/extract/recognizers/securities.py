"""The class of security the warrant is exercisable for, and how many shares.

A count is a number (words and/or digits) followed by "shares" (or the class) in the grant, a
label ("Number of Shares: 62,500") or the title ("WARRANT TO PURCHASE 83,333 SHARES"). "One
share for each Warrant" is a ratio, "2.5% of the Fully Diluted Capitalization" a percentage:
neither is the count.
"""

from __future__ import annotations

import re

from warrant_terms.extract.blanks import BLANK_LAST, is_blank
from warrant_terms.extract.candidate import Candidate, Flag
from warrant_terms.extract.context import Context
from warrant_terms.extract.defined_terms import normalize_term
from warrant_terms.extract.kinds import kind_pattern, quoted_kind
from warrant_terms.extract.layout import in_short_paragraphs
from warrant_terms.extract.numbers import find_number_phrases
from warrant_terms.extract.recognizer import Chosen, Recognizer
from warrant_terms.extract.recognizers.parties import unit_warrants_agent
from warrant_terms.extract.rulebook import patterns

P = patterns("securities")
_SMALL_WORDS = {"of", "and", "the"}


def title_case(name: str) -> str:
    """Title Case, with a class of shares named in the plural ("Common Share" → "Common Shares").

    >>> title_case("COMMON SHARE")
    'Common Shares'
    >>> title_case("series B preferred stock")
    'Series B Preferred Stock'
    >>> title_case("CLASS “B” COMMON SHARES")
    'Class “B” Common Shares'
    """
    name = re.sub(r"\b(Shares?|Units?)$", lambda m: m.group(1).rstrip("sS") + "s", name.strip(),
                  flags=re.IGNORECASE)
    words = re.sub(r"\s+", " ", name.strip()).split(" ")
    out = []
    for i, w in enumerate(words):
        letter = w.strip("“”\"'")  # 'Class “B” Common Non-Voting Shares'
        if len(w) <= 3 and any(c.isdigit() for c in w) or (len(letter) == 1 and letter.isalpha()):
            out.append(w.upper())
        elif i and w.lower() in _SMALL_WORDS:
            out.append(w.lower())
        else:
            out.append(w[:1].upper() + w[1:].lower())
    return " ".join(out)


def _classes(ctx: Context, start: int, end: int) -> list[re.Match[str]]:
    """Class names in a stretch, leaving out a warrant's own title ("Series A Common Stock
    Purchase Warrant" names the warrant, not the class)."""
    after = P.regex("warrant_title_after")
    shares_term = P.regex("shares_term_after")  # 'shares (the "Common Shares") of the Common Stock'
    # "… 2,000,040 Shares of Class C Common Stock WARRANT AGREEMENT": shares of a class are of it,
    # whatever title follows on the same run of text.
    shares_of = P.regex("shares_of_before")
    return [m for m in P.regex("class").finditer(ctx.text, start, end)
            if (not after.match(ctx.text, m.end())
                or shares_of.search(ctx.text, max(start, m.start() - P.window("shares_of_look")), m.start()))
            and not shares_term.match(ctx.text, m.end()) and not _of_another_party(ctx, m.end())
            and not _bracketed_choice(ctx, m.start(), m.end())]


def _bracketed_choice(ctx: Context, s: int, e: int) -> bool:
    """ "[COMMON SHARE][PREFERRED SHARE] [DEPOSITARY SHARE]": a form's choice among classes, left
    to whoever fills it in, names none of them."""
    if ctx.text[s - 1 : s] != "[":
        return False  # the choice's class opens its bracket
    line_start = ctx.text.rfind("\n", 0, s) + 1
    line_end = ctx.text.find("\n", e)
    return any(m.start() <= s and e <= m.end()
               for m in P.regex("bracketed_choice").finditer(ctx.text, line_start, line_end if line_end >= 0 else len(ctx.text)))


def _series_after(ctx: Context, cand: Candidate) -> Candidate:
    """ "Fixed Rate Cumulative Perpetual Preferred Stock, Series B": the series the class names
    after itself, in the normal form "Series B Preferred Stock"."""
    if not isinstance(cand.value, str) or not cand.spans or not P.regex("preferred_noun_end").search(cand.value):
        return cand
    sp = cand.spans[-1]
    m = P.regex("series_after").match(ctx.text, sp.end)
    if m is None:
        return cand
    return cand.model_copy(update={
        "value": f"Series {m.group('series')} Preferred Stock",
        "spans": [*cand.spans[:-1], cand.spans[-1].model_copy(update={"end": m.end()})]})


def _of_another_party(ctx: Context, pos: int) -> bool:
    """ "… to acquire all of the outstanding ordinary shares of Alliance", Alliance defined as
    another party: that party's class, not the issuer's."""
    m = P.regex("class_of_party").match(ctx.text, pos)
    if m is None:
        return False
    name = normalize_term(m.group("name"))
    return name in ctx.terms and name not in P.terms("issuer_terms")


def _class_from_definition(ctx: Context, m: re.Match[str]) -> tuple[str, int, int]:
    """`Common Stock` defined as "Class A common stock … (“Common Stock”)" reads as the class."""
    word = m.group()
    d = ctx.definition(word, word + "s" if not word.endswith("s") else word[:-1])  # "one Ordinary Share"
    if d is not None and not (m.start() - 5 < d.start <= m.end() + 5):
        window_start = max(d.sentence_start, d.start - 250)
        inner = [x for x in P.regex("class").finditer(ctx.text, window_start, d.start) if x.end() <= d.start]
        if d.kind == "means":
            # "The term "Common Stock" means the Class A Common Stock, $.01 par value, …": the class
            # it means follows the term
            meant = P.regex("class").search(ctx.text, d.end, min(d.sentence_end, d.end + P.window("means_class_reach")))
            inner = [meant] if meant is not None else []
        if inner:
            richer = inner[-1]
            # "one Class A ordinary share … (the “Ordinary Shares”)": singular or plural alike
            at = richer.group().lower().rfind(word.lower().rstrip("s"))
            if len(richer.group()) > len(word) and at > 0:
                return title_case(richer.group()[:at] + word), richer.start(), richer.end()
            if len(richer.group()) > len(word) and word.lower() in richer.group().lower():
                return title_case(richer.group()), richer.start(), richer.end()
    return title_case(word), m.start(), m.end()


def _series_of(ctx: Context, value: str, s: int, e: int) -> tuple[str, int, int]:
    """A title's bare class ("WARRANT TO PURCHASE PREFERRED STOCK") takes its series when the
    opening names one series of that class ("Shares of Series C Preferred Stock: …") and no other."""
    if P.regex("series_prefix").match(value):
        return value, s, e
    _, he = ctx.head(chars=P.window("head"))
    he = min(ctx.body_end, he + P.window("series_after_head"))
    refined = [m for m in _classes(ctx, e, he)
               if P.regex("series_prefix").match(m.group()) and title_case(m.group()).lower().endswith(" " + value.lower())]
    if refined and len({title_case(m.group()) for m in refined}) == 1:
        return title_case(refined[0].group()), refined[0].start(), refined[0].end()
    return value, s, e


class Security(Recognizer):
    name = "security"
    fields = ("security",)
    patterns = "securities"

    def propose(self, ctx: Context, chosen: Chosen) -> list[Candidate]:
        cands: list[Candidate] = []
        # In the title ("For the Purchase of 110,000 Units"), or where the grant gives the right
        # to units; an offering of units in a recital is not the warrant's security.
        units = None
        if ctx.title:
            units = P.regex("units_grant").search(ctx.text, ctx.title[0], min(ctx.end, ctx.title[1] + P.window("after_title")))
        if units is None and ctx.grant:
            units = P.regex("units_grant_right").search(ctx.text, *ctx.grant)
            # A title run into the grant's sentence ("Warrant to Purchase [ ] Units … THIS
            # CERTIFIES THAT …"), before the grant's own words.
            title_run = ctx.sentence_at(ctx.grant[0])[0]
            if units is None and title_run < ctx.grant[0]:
                units = P.regex("units_grant").search(ctx.text, title_run, ctx.grant[0])
            if units is None:
                # "Warrant to Purchase / [ ] Units / … / Dated: November 27, 1995 / THIS CERTIFIES
                # THAT …": the face's own title, just over the grant
                face = P.regex("units_grant").search(
                    ctx.text, max(ctx.start, ctx.grant[0] - P.window("face_title_chars")), ctx.grant[0])
                units = face if face is not None and in_short_paragraphs(
                    ctx.text, face.start(), face.end(), P.window("face_title_block")) else None
        if units is None:
            # "… to issue to the Underwriter … warrants (the "Underwriter's Unit Warrants") to purchase
            # units (the "Units"), each Unit consisting of …"
            units = P.regex("units_defined_right").search(ctx.text, *ctx.head())
        if units is not None:
            # "For the Purchase of 110,000 Units, Each Unit Consisting of …": it buys units.
            group = "units2" if "units2" in units.re.groupindex and units.group("units2") else "units"
            return [ctx.candidate("security", "Units", [(units.start(group), units.end(group))],
                                  P.score("class_units"), "security.units", "the warrant buys units")]
        if ctx.grant:
            found = _classes(ctx, *ctx.grant)
            # "each Unit consisting of one share of … Preferred Stock … and one Warrant entitling
            # the holder thereof to purchase one-half of one share of Common Stock": what the
            # warrant buys, not what the unit holds beside it.
            # "… a registered offering of shares of Series A convertible preferred stock … the Company
            # wishes to issue Warrants … entitling the holders … to purchase … shares of Common Stock":
            # what the warrants buy, not what was sold beside them.
            bought = P.regex("warrant_buys").search(ctx.text, *ctx.grant)
            if bought is not None:
                found = [m for m in found if m.start() >= bought.end()] or found
            if found:
                value, s, e = _class_from_definition(ctx, found[0])
                cands.append(ctx.candidate("security", value, [(s, e)], P.score("class_grant"),
                                           "security.grant", "class named in the grant"))
        for lv in ctx.labelled("security"):
            m = P.regex("class").match(ctx.text, lv.start, lv.end)
            if m:
                value, s, e = _class_from_definition(ctx, m)
            else:
                bare = P.regex("class_bare").match(ctx.text, lv.start, lv.end)
                if bare is None:
                    continue
                # "Class of Stock: Series B Preferred" names the class without its noun.
                s, e = bare.start() + len(bare.group()) - len(bare.group().lstrip()), bare.end()
                value = title_case(f"{ctx.text[s:e]} Stock")
            cands.append(ctx.candidate("security", value, [(s, e)], P.score("class_label"),
                                       "security.label", "class named in the cover block"))
            break
        hs, he = ctx.head(through_grant=False, chars=P.window("head"))
        found = []
        if ctx.title and ctx.title[0] < he:
            # The title's class before a legend's ("THE ORDINARY SHARES ISSUABLE …" above it)
            found = _classes(ctx, ctx.title[0], min(he, ctx.title[1] + P.window("after_title")))
        found = found or _classes(ctx, hs, he)
        if found:
            value, s, e = _class_from_definition(ctx, found[0])
            value, s, e = _series_of(ctx, value, s, e)
            cands.append(ctx.candidate("security", value, [(s, e)], P.score("class_title"),
                                       "security.title", "class named in the title block"))
        counts: dict[str, list[re.Match[str]]] = {}
        for m in _classes(ctx, ctx.start, ctx.body_end):
            counts.setdefault(title_case(m.group()), []).append(m)
        if counts:
            _, ms = max(counts.items(), key=lambda kv: len(kv[1]))
            v, s, e = _class_from_definition(ctx, ms[0])
            cands.append(ctx.candidate("security", v, [(s, e)], P.score("class_most_frequent"),
                                       "security.most_frequent", f"most frequent class ({len(ms)} mentions)"))
        if not cands:
            cands.extend(self._warrant_title(ctx, hs, max(he, ctx.title[1] if ctx.title else he)))
        return [_series_after(ctx, c) for c in cands]

    def _warrant_title(self, ctx: Context, hs: int, he: int) -> list[Candidate]:
        """"COMMON SHARE PURCHASE WARRANT": the class in the warrant's own title (a short line
        outside the legend), when it carries no series or class letter (those may name the
        warrant's series rather than the class)."""
        after = P.regex("warrant_title_after")
        for m in P.regex("class").finditer(ctx.text, hs, he):
            line_start = ctx.text.rfind("\n", 0, m.start()) + 1
            line_end = ctx.text.find("\n", m.end())
            line = ctx.text[line_start : line_end if line_end >= 0 else len(ctx.text)]
            section = ctx.section_of(m.start())
            in_title = ctx.title is not None and ctx.title[0] <= m.start() < ctx.title[1]
            # "WARRANT INDENTURE Providing for the issue of up to 4,849,900 Common Share Purchase
            # Warrants": an indenture's subtitle names its warrants, however long the line.
            subtitle = P.regex("issue_of_before").search(ctx.text, line_start, m.start()) is not None
            if (section is not None and section.kind == "legend") or (
                    not in_title and not subtitle and len(line.split()) > P.window("title_line_words")):
                continue
            if not after.match(ctx.text, m.end()):
                continue
            start = m.start()
            letter = P.regex("series_letter").match(m.group())
            if letter is not None:
                if not P.regex("letters_listed_before").search(ctx.text, line_start, m.start()):
                    continue
                # "2,047,938 Class "A" and 2,529,161 Class "B" Common Share Purchase Warrants":
                # letters listed side by side name classes of warrants; the shares come after.
                start += letter.end()
            value = title_case(ctx.text[start : m.end()])
            if value.endswith(" Share"):
                value += "s"
            return [ctx.candidate("security", value, [(start, m.end())], P.score("class_warrant_title"),
                                  "security.warrant_title", "class in the warrant's title")]
        return []


def count_at(ctx: Context, pos: int, limit: int, rule: str, score: float, why: str,
             grant: bool = False, units: bool = False) -> Candidate | None:
    """A share count starting at `pos` (words and/or digits), or a blank there. A number
    glued to letters or a hyphen ("Series A-2", "B2") names a class, not a count."""
    if pos > 0 and (ctx.text[pos - 1] in "-–)]" or ctx.text[pos - 1].isalnum()):
        return None  # "Series A-2", "B2", or a footnote mark after "(_____)1"
    if pos > 0 and ctx.text[pos - 1] == "(" and BLANK_LAST.search(ctx.text, max(0, pos - 13), pos - 1):
        return None  # "up to an aggregate of [·](2) fully paid … shares": a footnote mark after the blank
    if P.regex("not_count_before").search(ctx.text, max(0, pos - 60), pos):
        # "the Company's registered direct offering of 2,850,000 shares", "each ADS representing
        # ten (10) Ordinary Shares": not the warrant's count
        return None
    window = ctx.text[pos:limit]
    blank = P.regex("blank").match(window)
    if blank:
        return ctx.candidate("shares", None, [(pos, pos + len(blank.group()))], score, rule,
                             "share count left blank", flags=[Flag.BLANK])
    # "Number of Shares: Up to 1,150,000 shares": the count follows its ceiling words.
    lead = P.regex("count_lead").match(window) if rule == "shares.label" else None
    opening = P.window("count_start") + (lead.end() if lead else 0)
    phrases = [p for p in find_number_phrases(window) if p.start < opening]
    if not phrases:
        return None
    first = phrases[0]
    spans = [(pos + first.start, pos + first.end)]
    value = first.value
    follow = window[first.end :]
    digits = P.regex("digits_after").match(follow)
    flags: list[Flag] = []
    explanation = why
    if first.kind == "words" and digits:
        in_digits = int(digits.group(1).replace(",", "").strip())
        ds = pos + first.end + digits.start(1)
        spans.append((ds, ds + len(digits.group(1))))
        if in_digits != value:
            explanation += f"; words say {value}, digits say {in_digits}"
            flags.append(Flag.WORDS_DIGITS_MISMATCH)
            score -= P.score("words_digits_mismatch")
            value = in_digits
        else:
            score += P.score("words_digits_agree")
        follow = follow[digits.end() :]
    if units and re.match(r"\s*Units\b", follow, re.IGNORECASE):
        return ctx.candidate("shares", value, spans, score, rule, explanation + " (units)", flags=flags)
    if P.regex("not_shares_after").match(follow) or value <= 1:
        return None  # "one share" is what one warrant or unit buys, not a warrant's count
    clause = P.regex("clause_split").split(follow[: P.window("per_warrant_clause")], maxsplit=1)[0]
    look = max(ctx.start, pos - P.window("each_warrant_look"))
    if P.regex("per_warrant").search(clause) or (grant and P.regex("each_warrant").search(ctx.text, look, pos)):
        return None  # "one share … for each Warrant" is a ratio, not the warrant's share count
    if not P.regex("shares_after").match(follow) and rule not in ("shares.label", "shares.stated"):
        return None
    return ctx.candidate("shares", value, spans, score, rule, explanation, flags=flags)


class Shares(Recognizer):
    name = "shares"
    fields = ("shares",)
    requires = ("warrant_count", "shares_per_warrant", "security", "warrant_agent")
    patterns = "securities"
    per_kind = True

    def propose(self, ctx: Context, chosen: Chosen) -> list[Candidate]:
        count, ratio = chosen.get("warrant_count"), chosen.get("shares_per_warrant")
        if count is not None and ratio is not None and count.value and ratio.value:
            total = count.value * ratio.value
            if total == int(total):
                # "6,000,000 Private Placement Warrants", "each … one share": 6,000,000 shares.
                spans = [(sp.start, sp.end) for c in (count, ratio) for sp in c.spans]
                return [ctx.candidate("shares", int(total), spans, P.score("shares_count_ratio"),
                                      "shares.count_times_ratio", "warrants × shares per warrant",
                                      flags=[Flag.COMPUTED])]
        units = chosen.buys_units()
        agent = ctx.definition(*P.terms("agent_terms"))
        # "Certificate No.: CW-2023-014 | Warrant Shares: 3,684,211": a face that states its own
        # count, though a warrant agent keeps the register
        face_count = any(not is_blank(ctx.text[lv.start : lv.end]) and not P.regex("count_lead").match(
            ctx.text, lv.start, lv.end) for lv in ctx.labelled("shares"))
        # "WARRANT AGREEMENT / between / QUINTANA MARITIME LIMITED / and / COMPUTERSHARE TRUST
        # COMPANY, N.A.": an agent the cover names, where no term defines it
        named = chosen.get("warrant_agent")
        where = (agent.start, agent.end) if agent is not None else (
            (named.spans[0].start, named.spans[0].end) if named is not None and named.value and named.spans
            and P.regex("agent_company").search(str(named.value)) else None)
        if where is not None and not face_count and not ctx.in_form(where[0]) and not unit_warrants_agent(
                ctx, units, where[0]):
            # A widely held issue under a warrant agent: a ceiling, not a holder's count.
            return [ctx.candidate("shares", None, [where], P.score("shares_agent"),
                                  "shares.agent_agreement", "warrants held through a warrant agent")]
        cands: list[Candidate] = []
        item = self._kind_item(ctx) if ctx.kind is not None and ctx.grant else None
        if item is not None:
            cands.append(item)
        elif ctx.kind is not None:
            cands.extend(self._kind_clause(ctx))
        if ctx.grant and item is None:
            cands.extend(self._grant(ctx, *ctx.grant, units=units))
        cands.extend(self._title_line(ctx))
        for lv in ctx.labelled("shares"):
            if is_blank(ctx.text[lv.start : lv.end]):
                cands.append(ctx.candidate("shares", None, [(lv.start, lv.end)], P.score("shares_label"),
                                           "shares.label", "share count left blank", flags=[Flag.BLANK]))
                break
            c = count_at(ctx, lv.start, lv.end, "shares.label", P.score("shares_label"), "labelled count")
            if c is not None:
                cands.append(c)
                break
        hs, he = ctx.head(chars=P.window("head"))
        if not any(c.value for c in cands):
            cands.extend(self._recital(ctx, hs, he))
        if not any(c.value for c in cands):
            cands.extend(self._stated(ctx))
        for m in P.regex("title_count").finditer(ctx.text, hs, he):
            c = count_at(ctx, m.end(), min(ctx.end, m.end() + P.window("count_clause")), "shares.title",
                         P.score("shares_title"), "count in the title", units=units)
            if c is not None:
                cands.append(c)
                break
        return cands

    def _stated(self, ctx: Context) -> list[Candidate]:
        """"The total number of shares … exercisable by Investor under this Warrant is 150,000",
        "This Warrant shall be exercisable for 7,000,000 shares": the count stated outside the
        grant, where the grant gives none."""
        bs, be = ctx.body()
        for m in P.regex("stated_count").finditer(ctx.text, bs, be):
            c = count_at(ctx, m.end(), min(be, m.end() + P.window("count_clause")), "shares.stated",
                         P.score("shares_stated"), "the count this Warrant states")
            if c is not None:
                return [c]
        return []

    @staticmethod
    def _kind_item(ctx: Context) -> Candidate | None:
        """ "… to subscribe for and purchase (i) under the Series A Warrant, up to 2,400,000 shares
        …, and (ii) under the Series B Warrant, up to 1,200,000 shares": the grant's item for this
        kind (the grant's other items are the other kinds')."""
        assert ctx.kind is not None and ctx.grant is not None
        item = re.compile(P.regex("kind_item_lead").pattern + kind_pattern(ctx.kind) + r"\s*,?\s*(?:up\s+to\s+)?",
                          re.IGNORECASE).search(ctx.text, *ctx.grant)
        if item is None:
            return None
        c = count_at(ctx, item.end(), min(ctx.grant[1], item.end() + P.window("count_clause")), "shares.kind_clause",
                     P.score("shares_grant"), "count in the grant's item for the kind", grant=True)
        return c if c is not None and c.value is not None else None

    def _kind_clause(self, ctx: Context) -> list[Candidate]:
        """"certain contingent warrants (the “Contingent Warrants” and together with its Common
        Warrants, the “Warrants”), to purchase up to an aggregate of 100,575 shares": the count
        that follows the kind's own definition is that kind's."""
        assert ctx.kind is not None
        own = quoted_kind(ctx.kind)
        m = own.search(ctx.text, ctx.start, ctx.end)
        if m is None:
            return []
        after = P.regex("kind_count_after").match(ctx.text, m.end())
        if after is None:
            return []
        c = count_at(ctx, after.end(), min(ctx.end, after.end() + P.window("count_clause")), "shares.kind_clause",
                     P.score("shares_grant"), "count in the clause defining the kind", grant=True)
        return [c] if c is not None and c.value is not None else []

    def _recital(self, ctx: Context, hs: int, he: int) -> list[Candidate]:
        """"The Company proposes to sell to Prime Charter … warrants … to purchase an aggregate of
        100,000 shares": an agreement that states its warrants' count only in a recital."""
        for m in P.regex("recital_count").finditer(ctx.text, hs, he):
            c = count_at(ctx, m.end(), min(ctx.end, m.end() + P.window("count_clause")), "shares.recital",
                         P.score("shares_recital"), "count in a recital", grant=True)
            if c is not None:
                return [c]
        return []

    def _title_line(self, ctx: Context) -> list[Candidate]:
        """ "No. WS-3 8,639 Shares": a count on a short line of the title block."""
        hs, he = ctx.head(through_grant=False, chars=P.window("head"))
        for m in P.regex("title_line_count").finditer(ctx.text, hs, he):
            c = count_at(ctx, m.start("n"), m.end(), "shares.title", P.score("shares_title"),
                         "count on the title block")
            if c is not None:
                return [c]
        return []

    def _grant(self, ctx: Context, gs: int, ge: int, units: bool = False) -> list[Candidate]:
        out: list[Candidate] = []
        look = P.window("grant_count_look")
        for m in P.regex("grant_verb").finditer(ctx.text, gs, ge):
            after = m.end()
            for n in find_number_phrases(ctx.text[after : min(ge, after + look)]):
                if P.regex("component_lead").search(ctx.text, max(after, after + n.start - 40), after + n.start):
                    continue  # "… ________ Units …, each consisting of five shares": what a unit holds
                c = count_at(ctx, after + n.start, min(ge, after + n.start + P.window("count_clause")),
                             "shares.grant", P.score("shares_grant"), "count in the grant", grant=True,
                             units=units)
                if c is not None:
                    return [c]
        for b in P.regex("up_to_blank").finditer(ctx.text, gs, ge):
            c = count_at(ctx, b.end(), ge, "shares.grant", P.score("shares_grant"), "", grant=True)
            if c is not None:
                return [c]
        # "… would cause the holder to own in excess of 19.98% of the … Common Stock": a cap on
        # holdings, not the count the warrant is for.
        cap = P.regex("percent_cap_before")
        percent = next((m for m in P.regex("percent_of").finditer(ctx.text, gs, ge)
                        if not cap.search(ctx.text, max(gs, m.start() - 40), m.start())), None)
        if percent:
            out.append(ctx.candidate("shares", None, [(percent.start(), percent.end())],
                                     P.score("shares_percentage"), "shares.percentage",
                                     "a percentage, not a count"))
        return out
