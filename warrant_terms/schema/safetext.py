"""Text that can always be written out, though file names are bytes.

On POSIX a file name is any bytes. Python hands a name that is not UTF-8 over as a `str` with
lone surrogates (PEP 383, "surrogateescape"): it round-trips to the file system, but JSON,
SQLite text, HTML and a UTF-8 terminal cannot encode it. Paths stay in that form while they
are used to open files; where one is written out, `printable` spells each byte that is not
UTF-8 as `\\xNN` (what `bytes.decode(errors="backslashreplace")` shows) and leaves the rest.
"""

from __future__ import annotations

from typing import Annotated

from pydantic import AfterValidator


def printable(text: str) -> str:
    """`text` with every undecodable byte escaped, so that it encodes as UTF-8.

    >>> printable("bad\\udcff.txt")
    'bad\\\\xff.txt'
    >>> printable("caf\\u00e9.txt")
    'café.txt'
    """
    try:
        text.encode("utf-8")
    except UnicodeEncodeError:
        pass
    else:
        return text
    try:
        raw = text.encode("utf-8", "surrogateescape")
    except UnicodeEncodeError:  # a surrogate that no file name decodes to ("\ud800")
        return text.encode("utf-8", "backslashreplace").decode("utf-8")
    return raw.decode("utf-8", "backslashreplace")


# A string field of a record that may hold a path or a file name.
SafeStr = Annotated[str, AfterValidator(printable)]
