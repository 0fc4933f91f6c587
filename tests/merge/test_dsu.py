"""The merge's one disjoint-set."""

from __future__ import annotations

import random

from hypothesis import given, settings
from hypothesis import strategies as st

from tui.merge.dsu import DisjointSet


def test_the_smaller_root_stands_for_a_joined_set():
    s = DisjointSet()
    assert s.union("b", "c") == "b" and s.union("d", "c") == "b" and s.union("a", "d") == "a"
    assert {k: s.find(k) for k in "abcd"} == dict.fromkeys("abcd", "a")
    assert s.find("z") == "z" and s.roots()["z"] == "z"


def test_members_list_the_larger_set_first():
    s = DisjointSet(range(5), members=True)
    s.union(3, 4)
    s.union(2, 3)  # {3, 4} is larger: its keys come first
    assert s.members[2] == [3, 4, 2] and 3 not in s.members and 4 not in s.members
    s.union(0, 1)
    s.union(0, 2)
    assert s.members == {0: [3, 4, 2, 0, 1]}


@settings(max_examples=200, deadline=None)
@given(st.lists(st.tuples(st.integers(0, 30), st.integers(0, 30)), max_size=60))
def test_sets_do_not_depend_on_the_order_of_the_unions(pairs):
    def sets(order):
        s = DisjointSet(range(31), members=True)
        for a, b in order:
            s.union(a, b)
        return s.roots(), {r: sorted(m) for r, m in s.members.items()}

    shuffled = list(pairs)
    random.Random(len(pairs)).shuffle(shuffled)
    assert sets(pairs) == sets(shuffled)
