"""Is a clause negated? Triggers with direction and scope, as data (`patterns/negation.json`),
in the way medspacy's ConText rules hold them: "shall not be entitled to exercise … on a
cashless basis" negates the cashless right; "No adjustment shall be made for cash dividends"
the dividend adjustment."""

from __future__ import annotations

from warrant_terms.extract.rulebook import RegexRule, patterns

P = patterns("negation")


def negated(text: str, sentence: tuple[int, int], target: int, family: str,
            scope: int | None = None) -> RegexRule | None:
    """The rule that negates the target at `target` in `sentence`, or None.

    Generic triggers ("no", "not", "other than") negate what they precede within the forward
    scope; a family's triggers ("shall not be entitled to … cashless") are read over the whole
    sentence.

    >>> t = "The Holder shall not be entitled to exercise this Warrant on a cashless basis."
    >>> negated(t, (0, len(t)), t.index("cashless"), "cashless").id
    'negation.cashless_denied'
    >>> t = "The Holder may elect a cashless exercise."
    >>> negated(t, (0, len(t)), t.index("cashless"), "cashless") is None
    True
    """
    s, e = sentence
    reach = scope if scope is not None else P.window("forward_scope")
    lead = text[max(s, target - reach) : target]
    for rule, rx in P.rules("generic"):
        if rx.search(lead):
            return rule
    for rule, rx in P.rules(family) if family in P.data.rules else ():
        if rx.search(text, s, e):
            return rule
    return None
