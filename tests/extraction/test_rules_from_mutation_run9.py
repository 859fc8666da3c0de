"""Rules pinned after mutation run 9 (docs/mutation.md): behaviour that a sampled
mutant changed and no test noticed, each stated in the domain's terms."""

from __future__ import annotations

from strikemap.extraction import roles


def _role(sentence: str, name: str) -> str:
    start = sentence.index(name)
    return roles.classify(sentence, start, start + len(name))


def test_a_where_clause_right_after_a_place_tells_its_own_strike():
    # The strike word is only in the clause describing Poltava.
    sentence = "In Poltava, where a missile strike killed 51 people, residents laid flowers."
    assert _role(sentence, "Poltava") == "struck"


def test_a_long_capitalised_clause_before_after_is_no_bare_place():
    # Five words before "after": not a clause that only names a place, so "after"
    # opens a clause of its own and its strike is not Lviv's.
    sentence = "Crowds In Central Lviv Gathered, after a drone attack hit the depot."
    assert _role(sentence, "Lviv") != "struck"


def test_a_bare_place_before_after_takes_the_strike_after_it():
    sentence = "In Valuyki, after a drone attack, a warehouse was damaged."
    assert _role(sentence, "Valuyki") == "struck"
