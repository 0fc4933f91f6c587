"""Union-find over hashable keys: the merge's one disjoint-set (actors, quote groups,
linked figures)."""

from __future__ import annotations

from collections.abc import Hashable, Iterable
from typing import Any


class DisjointSet:
    """Sets of keys joined by :meth:`union`, with path compression.

    A joined set's root is the smaller of the two roots (keys must be orderable where
    they are joined), so which key stands for a set depends on its keys, not on the order
    of the unions. Keys are added by ``keys`` or on first :meth:`find`. With
    ``members=True`` each root also lists its set's keys: after a union, the larger set's
    keys, then the smaller's (the first argument's set first when they are as large).
    """

    def __init__(self, keys: Iterable[Hashable] = (), *, members: bool = False) -> None:
        self.parent: dict[Any, Any] = {k: k for k in keys}
        self._track = members
        #: with ``members``: each root's keys
        self.members: dict[Any, list] = {k: [k] for k in self.parent} if members else {}

    def find(self, x: Any) -> Any:
        """The root of ``x``'s set (``x`` joins as a set of its own when new)."""
        p = self.parent
        p.setdefault(x, x)
        root = x
        while p[root] != root:
            root = p[root]
        while p[x] != root:
            p[x], x = root, p[x]
        return root

    def union(self, a: Any, b: Any) -> Any:
        """Join the sets of ``a`` and ``b``; the root of the joined set."""
        ra, rb = self.find(a), self.find(b)
        if ra == rb:
            return ra
        root, other = (rb, ra) if rb < ra else (ra, rb)
        self.parent[other] = root
        if self._track:
            ma = self.members.setdefault(ra, [ra])
            mb = self.members.setdefault(rb, [rb])
            big, small = (mb, ma) if len(ma) < len(mb) else (ma, mb)
            big.extend(small)
            self.members[root] = big
            del self.members[other]
        return root

    def roots(self) -> dict[Any, Any]:
        """Every key's root, once no more unions come: a look-up instead of a :meth:`find`
        per key (a key it does not hold is its own root)."""
        return {x: self.find(x) for x in list(self.parent)}
