"""The one exception the calculation engine raises on bad input."""

from __future__ import annotations


class CalcError(ValueError):
    """A calculation cannot be made from these terms or inputs.

    The message is written for the person at the command line: it names the input and
    says what would fix it. The CLI prints it as ``error: <message>`` and exits 2.
    """
