"""Cover tables whose labels head the columns: a row of labels over a row of values.

"Corporation: Number of Shares: Class of Stock: Initial Exercise Price: Issue Date: Expiration:"
over "Sera Prognostics, Inc., a Delaware corporation [__] Common Stock, $0.0001 par value per
share $5.21 per share July 31, 2019 July 31, 2029". Text renderings of HTML and Markdown tables
join a row's cells into one line, so the values are told apart by their kind: a date, an
amount of money, a count, a blank, or the words between them. Where two labels of words share
the words between two typed values and nothing tells where one ends, neither is read.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterator

from warrant_terms.extract.dates import find_dates
from warrant_terms.extract.rulebook import patterns

P = patterns("labels")

_KINDS = {"issue_date": "date", "expiration_date": "date", "exercise_price": "money",
          "shares": "count", "warrant_count": "count"}
# A word of a label ("No.", "Holder's", "Issue/Grant"); layout.py reads labels with it too.
LABEL_WORD = re.compile(r"[A-Za-z][A-Za-z0-9.’'/&\-]*")

Pair = tuple[str, int, int, int]  # label, label start, value start, value end


def _labels(text: str, ls: int, le: int, key_of: Callable[[str], str | None]) -> list[tuple[str | None, str, int]] | None:
    """The line read as a row of labels, in order: (field or None, label, start); None where it
    holds a value or too few known labels."""
    if P.regex("header_value_sign").search(text, ls, le):
        return None
    words = list(LABEL_WORD.finditer(text, ls, le))
    if len(words) > P.window("header_max_words"):
        return None  # a paragraph, not a row of labels
    out: list[tuple[str | None, str, int]] = []
    unknown = 0
    i = 0
    while i < len(words):
        for n in range(min(P.window("max_label_words"), len(words) - i), 0, -1):
            label = text[words[i].start() : words[i + n - 1].end()].rstrip(".")
            key = key_of(label) if words[i].group()[0].isupper() else None
            if key is not None:
                out.append((key, label, words[i].start()))
                i += n
                break
        else:
            unknown += 1
            if unknown > P.window("header_unknown_words"):
                return None
            w = words[i]
            if out and out[-1][0] is None:
                _, label, start = out[-1]
                out[-1] = (None, text[start : w.end()], start)
            else:
                out.append((None, w.group(), w.start()))
            i += 1
    known = [k for k, _, _ in out if k is not None]
    if len(known) < 2 or len(set(known)) < len(known):
        return None
    return out


def _atoms(text: str, vs: int, ve: int) -> list[tuple[str, int, int]]:
    """Typed values in the row, in order: (kind, start, end); a blank fits any kind."""
    found: list[tuple[str, int, int]] = []
    for d in find_dates(text[vs:ve]):
        found.append(("date", vs + d.start, vs + d.end))
    for kind in ("money", "blank", "count"):
        for m in P.regex(f"header_{kind}").finditer(text, vs, ve):
            if not any(s < m.end() and m.start() < e for _, s, e in found):
                found.append((kind, m.start(), m.end()))
    return sorted(found, key=lambda a: a[1])


def _align(text: str, labels: list[tuple[str | None, str, int]], vs: int, ve: int) -> list[Pair]:
    """Each label with its value in the row `text[vs:ve]`: a typed label takes the next value
    of its kind; labels of words take the words up to the next typed label's value."""
    atoms = _atoms(text, vs, ve)
    kinds = [_KINDS.get(k or "", "words") for k, _, _ in labels]
    out: list[Pair] = []
    cursor, i = vs, 0

    def next_atom(kind: str, after: int) -> tuple[str, int, int] | None:
        return next((a for a in atoms if a[1] >= after and a[0] in (kind, "blank")), None)

    while i < len(labels):
        if kinds[i] != "words":
            atom = next_atom(kinds[i], cursor)
            if atom is None:
                break
            _, label, start = labels[i]
            out.append((label, start, atom[1], atom[2]))
            cursor, i = atom[2], i + 1
            continue
        j = i
        while j < len(labels) and kinds[j] == "words":
            j += 1
        stop = next_atom(kinds[j], cursor) if j < len(labels) else None
        end = stop[1] if stop is not None else ve
        words = list(re.finditer(r"[^\s|]+", text[cursor:end]))
        group = labels[i:j]
        if len(group) == 2 and len(words) > 1 and P.regex("header_number_label").search(group[0][1]):
            words = words[1:]  # "Warrant No. Registered Holder": the certificate's number is one token
            group = group[1:]
        if len(group) == 1 and words:
            out.append((group[0][1], group[0][2], cursor + words[0].start(), cursor + words[-1].end()))
        cursor, i = end, j
    return [p for p in out if p[3] > p[2]]


def _pieces(text: str, lines: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """The lines, each cut at its pipes: a text rendering may join a table's rows into one
    line with a pipe between them ("Corporation: … Expiration: | Sera Prognostics, Inc. … |")."""
    out: list[tuple[int, int]] = []
    for ls, le in lines:
        cells = _pipe_cells(text, ls, le)
        out.extend([c for c in cells if c[1] > c[0]] if cells else [(ls, le)])
    return out


def _pipe_cells(text: str, ls: int, le: int) -> list[tuple[int, int]]:
    """A row's cells between its pipes ("Warrant No. | Registered Holder | Number of Shares"),
    stripped, empty ones kept; the empty edges of "| a | b |" are not cells."""
    cuts = [(m.start(), m.end()) for m in P.regex("header_row_split").finditer(text, ls, le)]
    if not cuts:
        return []
    bounds = [ls] + [e for _, e in cuts]
    ends = [s for s, _ in cuts] + [le]
    cells = []
    for a, b in zip(bounds, ends, strict=True):
        piece = text[a:b]
        lead = len(piece) - len(piece.lstrip())
        cells.append((a + lead, a + len(piece.rstrip())) if piece.strip() else (a, a))
    if cells and cells[0][0] == cells[0][1]:
        cells = cells[1:]
    if cells and cells[-1][0] == cells[-1][1]:
        cells = cells[:-1]
    return cells


def _cell_label(text: str, cell: tuple[int, int], key_of: Callable[[str], str | None]) -> str | None:
    """The label a cell opens with ("Exercise Price per Common Share" opens with "Exercise Price")."""
    words = list(LABEL_WORD.finditer(text, *cell))
    if not words or len(words) > P.window("header_max_words") or not words[0].group()[0].isupper():
        return None
    for n in range(min(P.window("max_label_words"), len(words)), 0, -1):
        label = text[words[0].start() : words[n - 1].end()].rstrip(".")
        if key_of(label) is not None:
            # "Purchasers of Units in the IPO" under "Public Warrants" is a value that opens
            # with a label's word, not a label with a few words after it.
            return label if len(words) - n <= P.window("header_cell_extra_words") else None
    return None


def _cell_rows(text: str, lines: list[tuple[int, int]], key_of: Callable[[str], str | None]
               ) -> Iterator[tuple[int, int, list[Pair]]]:
    """(label line, value line, pairs) where a row of label cells stands over a row of as many
    value cells: the columns pair them, whatever the values are."""
    for li in range(len(lines) - 1):
        head = _pipe_cells(text, *lines[li])
        if len(head) < 2 or P.regex("header_value_sign").search(text, *lines[li]):
            continue
        labels = [_cell_label(text, c, key_of) for c in head]
        if sum(label is not None for label in labels) < 2:
            continue
        vi = li + 1
        if P.regex("header_rule_row").fullmatch(text, *lines[vi]) and vi + 1 < len(lines):
            vi += 1  # "|---|---|" under a Markdown header
        values = _pipe_cells(text, *lines[vi])
        if len(values) != len(head) or sum(_cell_label(text, c, key_of) is not None for c in values) >= 2:
            continue
        pairs = [(label, c[0], v[0], v[1]) for label, c, v in zip(labels, head, values, strict=True)
                 if label is not None and v[1] > v[0]]
        if len(pairs) >= 2:
            yield li, vi, pairs


def header_rows(text: str, lines: list[tuple[int, int]],
                key_of: Callable[[str], str | None]) -> Iterator[tuple[tuple[int, int], tuple[int, int], list[Pair]]]:
    """(the label row's span, the value row's span, the labels paired with values) for each
    row of labels with a row of values under it: by their cells where pipes keep the columns,
    else by the kinds of the values."""
    used: set[int] = set()
    for li, vi, pairs in _cell_rows(text, lines, key_of):
        used.update((li, vi))
        yield lines[li], lines[vi], pairs
    rows = _pieces(text, [ln for i, ln in enumerate(lines) if i not in used])
    for ri in range(len(rows) - 1):
        labels = _labels(text, *rows[ri], key_of)
        if labels is None:
            continue
        vi = ri + 1
        if P.regex("header_rule_row").fullmatch(text, *rows[vi]) and vi + 1 < len(rows):
            vi += 1  # "|---|---|" under a Markdown header
        vs, ve = rows[vi]
        if _labels(text, vs, ve, key_of) is not None:
            continue
        pairs = [p for p in _align(text, labels, vs, ve) if key_of(p[0]) is not None]
        if len(pairs) >= 2:
            yield rows[ri], rows[vi], pairs
    yield from _labels_then_values(text, rows, key_of)


def _whole_value(text: str, row: tuple[int, int]) -> tuple[str, int, int] | None:
    atoms = _atoms(text, *row)
    if len(atoms) != 1 or text[row[0] : atoms[0][1]].strip(" |") or text[atoms[0][2] : row[1]].strip(" |."):
        return None
    return atoms[0]


def _labels_then_values(text: str, rows: list[tuple[int, int]], key_of: Callable[[str], str | None]
                        ) -> Iterator[tuple[tuple[int, int], tuple[int, int], list[Pair]]]:
    """Labels of typed values, then as many values in the same order: on one line ("Date of
    Issuance Void after December 24, 2014 December 24, 2024") or one to a line ("Date of
    Issuance" / "Void after" / "July 19, 2010" / "July 19, 2017")."""
    for ls, le in rows:
        atoms = _atoms(text, ls, le)
        if len(atoms) < 2 or atoms[0][1] <= ls:
            continue
        labels = _labels(text, ls, atoms[0][1], key_of)
        if labels is None or len(labels) != len(atoms) or any(
                _KINDS.get(k or "") != kind for (k, _, _), (kind, _, _) in zip(labels, atoms, strict=True)):
            continue
        yield (ls, atoms[0][1]), (atoms[0][1], le), [
            (label, start, a[1], a[2]) for (_, label, start), a in zip(labels, atoms, strict=True)]
    ri = 0
    while ri < len(rows):
        keys = []
        j = ri
        while j < len(rows) and not P.regex("header_value_sign").search(text, *rows[j]):
            key = key_of(text[rows[j][0] : rows[j][1]].strip(" |:*"))
            if key is None or key not in _KINDS:
                break
            keys.append(key)
            j += 1
        values = [_whole_value(text, rows[j + i]) for i in range(len(keys)) if j + i < len(rows)]
        if len(keys) >= 2 and len(values) == len(keys) and all(
                v is not None and v[0] == _KINDS[k] for k, v in zip(keys, values, strict=True)):
            for i, v in enumerate(values):
                assert v is not None
                ls, le = rows[ri + i]
                label = text[ls:le].strip(" |:*")
                yield rows[ri + i], rows[j + i], [(label, ls + text[ls:le].find(label), v[1], v[2])]
            ri = j + len(keys)
            continue
        ri = max(j, ri + 1)


def kind_columns(text: str, start: int, end: int, kind: re.Pattern[str],
                 key_of: Callable[[str], str | None]) -> list[Pair]:
    """A schedule with one column per kind ("| Term | Series A Warrant | Series B Warrant |" over
    "| Exercise Price | $0.92 per share | $1.15 per share |"): in each row under it whose label
    is known and whose typed values fill every column, the value in this kind's column."""
    # A table whose pipes keep the columns beats a line that merely names the kinds ("## (Tranche A
    # Warrant and Tranche B Warrant)" over the table), whose rows are read by their typed values.
    by_values: list[Pair] = []
    for m in kind.finditer(text, start, end):
        ls = text.rfind("\n", start, m.start()) + 1
        le = text.find("\n", m.end(), end)
        le = end if le < 0 else le
        if le - ls > P.window("short_row_chars"):
            continue  # a table's header row is short
        names = list(P.regex("kind_column_name").finditer(text, ls, le))
        column = next((i for i, n in enumerate(names) if n.start() <= m.start() < n.end()), None)
        distinct = len({n.group().lower() for n in names}) == len(names)
        if len(names) < 2 or column is None or not distinct or P.regex("header_money").search(text, ls, le):
            continue  # a header row names each kind once
        out: list[Pair] = []
        head = _pipe_cells(text, ls, le)
        own = next((i for i, (cs, ce) in enumerate(head) if cs <= m.start() < ce), None)
        if len(head) > len(names) and own is not None:
            # Pipes keep the columns: this kind's cell of each row, whatever its value.
            # "| Term | Item | Public Warrants | …" over "| 2 | Shares per whole Warrant | One … |": the
            # label is the first cell before the kinds' columns that names a term
            first_kind = next(i for i, (cs, ce) in enumerate(head) if any(cs <= n.start() < ce for n in names))
            for rs, re_ in _following_lines(text, le, end, P.window("kind_table_rows")):
                cells = _pipe_cells(text, rs, re_)
                if len(cells) != len(head) or cells[0][1] == cells[0][0] or cells[own][1] == cells[own][0]:
                    continue  # another table, or a cell's wrapped second line
                for cs, ce in cells[: max(1, first_kind)]:
                    label = text[cs:ce].strip(" *:")
                    if key_of(label) is not None:
                        out.append((label, cs, cells[own][0], cells[own][1]))
                        break
            if out:
                return out
            continue
        for rs, re_ in _following_lines(text, le, end, P.window("kind_table_rows")):
            atoms = _atoms(text, rs, re_)
            if len(atoms) != len(names):
                continue
            label = text[rs : atoms[0][1]].strip(" |*:")
            if key_of(label) is not None:
                a = atoms[column]
                out.append((label, rs + text[rs:re_].find(label), a[1], a[2]))
        by_values = by_values or out
    return by_values


def _following_lines(text: str, pos: int, end: int, count: int) -> list[tuple[int, int]]:
    out: list[tuple[int, int]] = []
    while pos < end and len(out) < count:
        nl = text.find("\n", pos + 1, end)
        stop = end if nl < 0 else nl
        if text[pos + 1 : stop].strip():
            out.append((pos + 1, stop))
        pos = stop
    return out
