"""Blanks: the one home of what a form leaves to be filled in ("$____", "[ ]", "[●]",
"[insert name of Holder]")."""

from __future__ import annotations

import re

BLANK = re.compile(
    r"_{2,}|\[\s*[_•●·.*\s\-]*\]|\[\s*(?:name|insert|holder|number|date|amount|●|•)[^\]]{0,200}\]|●",
    re.IGNORECASE,
)
# A blank where a value starts: "[___] shares", "$ [   ] per share".
BLANK_AT = re.compile(r"\s*(?:" + BLANK.pattern + r")", re.IGNORECASE)
# A blank where a value ends: "… and _____________ (the “Warrant Holder”)".
BLANK_LAST = re.compile(r"(?:" + BLANK.pattern + r")[\s,]*$", re.IGNORECASE)


def is_blank(text: str) -> bool:
    """Whether `text` holds a blank and no letter or digit outside it.

    >>> is_blank("[___]"), is_blank(" ______ "), is_blank("[●]"), is_blank("1,000")
    (True, True, True, False)
    """
    rest = BLANK.sub("", text)
    return bool(BLANK.search(text)) and not re.search(r"[A-Za-z0-9]", rest)
