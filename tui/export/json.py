"""The report as JSON: exactly the document ``storyline extract --json`` prints
(``corpus.to_dict()``, see docs/json-contract.md), with every character a terminal or a
JavaScript parser could act on written as a ``\\uXXXX`` escape.

``json.dumps(ensure_ascii=False)`` already escapes C0 controls; C1 controls, bidi
controls, U+2028/U+2029 and lone surrogates would pass raw, so they are escaped after
the fact. Those characters only ever occur inside JSON strings, where the escape means
the same character: the data (and every offset into a body) is unchanged.
"""

from __future__ import annotations

import json as _json
import re

from tui.model import Corpus

_RAW = re.compile(
    "[\x7f-\x9f\u061c\u200e\u200f\u2028\u2029\u202a-\u202e\u2066-\u2069\ufeff\ud800-\udfff]"
)


def escape_controls(text: str) -> str:
    """Serialised JSON with the characters above written as ``\\uXXXX``."""
    return _RAW.sub(lambda m: f"\\u{ord(m.group(0)):04x}", text)


def render(corpus: Corpus, indent: int | None = None) -> str:
    return (
        escape_controls(
            _json.dumps(corpus.to_dict(), ensure_ascii=False, indent=indent, allow_nan=False)
        )
        + "\n"
    )
