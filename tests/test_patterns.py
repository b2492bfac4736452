"""Rules as data: every pattern file loads and is checked, and a bad one fails at load.

One fixture sentence per cue phrase, generated from `cues.json`, must fire its label: a phrase
that cannot match (a typo, a tokenization the matcher never produces) shows by name.
"""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from warrant_terms.extract import rulebook
from warrant_terms.extract.rulebook import (
    PatternError,
    PatternFile,
    Patterns,
    pattern_files,
    patterns,
    rule_ids,
)
from warrant_terms.extract.rules import CueFile, cue_matcher, load_cue_rules

CUES = load_cue_rules()


@pytest.mark.parametrize("name", pattern_files())
def test_pattern_file_loads_and_every_rule_example_matches(name: str) -> None:
    p = patterns(name)  # compiles every regex and checks every rule's own example
    assert p.data.doc, f"{name}.json says what it is for in _doc"
    for key in p.data.rules:
        for rule, rx in p.rules(key):
            if rule.example is not None:
                assert rx.search(rule.example), rule.id


def test_every_warrant_title_says_warrant() -> None:
    # `instrument._caps_runs` skips runs of capitals without WARRANT (or an underwriter's
    # PURCHASE OPTION, an Australian OPTION DEED) when looking for one.
    for rule, rx in patterns("instrument").rules("title_positive"):
        assert any(w in rx.pattern for w in ("WARRANT", r"PURCHASE\s+OPTION", r"OPTIONS?\s+DEED")), rule.id
        assert not rx.search("INSTRUMENT RELATING TO SHARES OF COMMON STOCK"), rule.id


def test_every_rule_id_is_described() -> None:
    ids = rule_ids()
    assert len(ids) > 50
    assert all(isinstance(v, str) and len(v) > 10 for v in ids.values())


def _load(data: dict[str, object]) -> Patterns:
    return Patterns("probe", PatternFile.model_validate(data), rulebook.shared_macros())


def test_unknown_key_fails_at_load() -> None:
    with pytest.raises(ValueError):
        _load({"_doc": "x", "regexs": {"a": "b"}})


def test_regex_that_does_not_compile_fails_at_load() -> None:
    with pytest.raises(PatternError, match="probe:regexes.bad"):
        _load({"_doc": "x", "regexes": {"bad": "(unclosed"}})


def test_undefined_macro_fails_at_load() -> None:
    with pytest.raises(PatternError, match="NOPE"):
        _load({"_doc": "x", "regexes": {"a": "to <<NOPE>>"}})


def test_unknown_rule_id_fails_at_load() -> None:
    rule = {"id": "grant.never_described", "pattern": "x", "score": 0.5}
    with pytest.raises(PatternError, match="grant.never_described"):
        _load({"_doc": "x", "rules": {"grant": [rule]}})


def test_rule_that_misses_its_own_example_fails_at_load() -> None:
    rule = {"id": "grant.issued_to", "pattern": "issued to", "score": 0.5, "example": "granted to"}
    with pytest.raises(PatternError, match="own example"):
        _load({"_doc": "x", "rules": {"grant": [rule]}})


def test_phrase_under_two_labels_fails_at_load(tmp_path: Path) -> None:
    data = json.loads((rulebook.PATTERNS_DIR / "cues.json").read_text(encoding="utf-8"))
    data["rules"].append({"id": "fraction.no_cash", "label": "FRACTION_NO_CASH", "score": 0.9,
                          "phrases": ["cashless exercise"]})
    with pytest.raises(ValueError, match="two labels"):
        CueFile.model_validate(data)


def test_cue_rule_with_unknown_id_fails_at_load() -> None:
    data = json.loads((rulebook.PATTERNS_DIR / "cues.json").read_text(encoding="utf-8"))
    data["rules"].append({"id": "cashless.unheard_of", "label": "CASHLESS", "score": 0.9,
                          "phrases": ["pay nothing at all"]})
    with pytest.raises(ValueError, match="cashless.unheard_of"):
        CueFile.model_validate(data)


PHRASES = [(r.id, r.label, phrase) for r in CUES for phrase in (r.phrases or [])]


@pytest.mark.parametrize(("rule", "label", "phrase"), PHRASES,
                         ids=[f"{r}:{p}" for r, _, p in PHRASES])
def test_cue_phrase_fires_in_a_sentence(rule: str, label: str, phrase: str) -> None:
    sentence = f"Upon any such event, {phrase} shall apply as provided in Section 4 hereof."
    cues = cue_matcher().find(sentence)
    hit = [c for c in cues if c.rule == rule and c.label == label]
    assert any(sentence[c.start : c.end].lower() == phrase.lower() for c in hit), (
        f"{phrase!r} did not fire {label}"
    )
