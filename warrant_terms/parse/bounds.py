"""Size checks made on a document's source before it is parsed, where they are cheap.

Each runs at C speed over the source (`str.count`), so a document far past a limit is refused
in milliseconds and in the memory its source already takes, not after the line pipeline has
built half a kilobyte of objects per line. HTML's text size is only known while parsing:
`htmltext` checks it as paragraphs are gathered.
"""

from __future__ import annotations

from warrant_terms.parse.result import Limits, TooLarge

_SPACES = " \t\r\n\f\v"


def line_count(text: str) -> int:
    """Lines as the line pipeline splits them (CRLF, CR, LF, form feed).

    >>> line_count("a\\r\\nb\\rc\\nd\\fe"), line_count("a\\nb\\n")
    (5, 2)
    """
    breaks = text.count("\n") + text.count("\r") - text.count("\r\n") + text.count("\f")
    return breaks + (not text.endswith(("\n", "\r", "\f")))


def check_plain(text: str, limits: Limits) -> None:
    """Raise `TooLarge` when plain text or Markdown `text` is past the line or text limit.

    Its non-space characters stand for the clean text: the line pipeline only drops white
    space, layout tags and page furniture, a few percent of a real exhibit.
    """
    lines = line_count(text)
    if lines > limits.max_lines:
        raise TooLarge(
            f"The document has {lines:,} lines, more than the {limits.max_lines:,} this tool "
            "reads; a warrant is far shorter."
        )
    chars = len(text) - sum(text.count(c) for c in _SPACES)
    if chars > limits.max_text_chars:
        raise TooLarge(text_too_long(chars, limits, "at least "))


def check_html(html: str, limits: Limits) -> None:
    """Raise `TooLarge` when `html` has more tags than a tree is built for."""
    tags = html.count("<")
    if tags > limits.max_html_tags:
        raise TooLarge(
            f"The document has {tags:,} tags, more than the {limits.max_html_tags:,} this tool "
            "reads; a warrant is far shorter."
        )


def text_too_long(chars: int, limits: Limits, qualifier: str = "") -> str:
    return (
        f"The document's text is {qualifier}{chars:,} characters long, more than the "
        f"{limits.max_text_chars:,} this tool extracts from; a warrant is far shorter."
    )
