"""Citations say what they copy: a direct quote, a partial quote or the outlet's
paraphrase, with an unresolved speaker marked as such."""

import pytest

from tui.app.clipboard import cite_quote
from tui.model import Article, Quote

BODY = "“We are ready,” he said. The envoy said all sides were ready to meet again."


def article():
    return Article(id="a", path="a.txt", format="text", body=BODY, outlet="Wire")


CITES = [
    pytest.param(
        Quote(1, 14, "We are ready,", speaker="Khalilzad", kind="direct"),
        "“We are ready” — Khalilzad (direct quote), quoted by Wire",
        id="direct",
    ),
    pytest.param(
        Quote(1, 14, "We are ready,", speaker="Khalilzad", kind="partial"),
        "“We are ready” — Khalilzad (partial quote), quoted in part by Wire",
        id="partial",
    ),
    pytest.param(
        Quote(34, 72, "all sides were ready to meet again", speaker="The envoy", kind="indirect"),
        "all sides were ready to meet again — The envoy (paraphrase, as reported by Wire",
        id="paraphrase",
    ),
    pytest.param(
        Quote(1, 14, "We are ready,", speaker="he", kind="direct", unresolved=True),
        "— he (unresolved) (direct quote)",
        id="unresolved-speaker",
    ),
    pytest.param(
        Quote(1, 14, "We are ready!", speaker="Khalilzad", kind="direct"),
        "“We are ready!” — Khalilzad (direct quote)",
        id="the-speakers-own-punctuation-stays",
    ),
]


@pytest.mark.parametrize("quote, expected", CITES)
def test_citation_says_what_it_is(quote, expected):
    assert expected in cite_quote(article(), quote)
