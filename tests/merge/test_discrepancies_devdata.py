"""One real multi-source story from the dev data: the 1998 U.S. embassy bombings as 22
AQUAINT wire and newspaper reports (each with its document date). The pass must find the
casualty figures the reports disagree on, tell a growing toll from a contradiction, and
keep different counted sets (Americans among the dead, Tanzania's dead) apart."""

from __future__ import annotations

import json

import pytest


@pytest.fixture(scope="module")
def bombing(dev_data, tmp_path_factory):
    from tui.config import Config
    from tui.corpus import load_corpus

    gold = dev_data / "timex" / "aquaint.jsonl"
    if not gold.exists():
        pytest.skip(f"{gold} is absent")
    folder = tmp_path_factory.mktemp("bombing")
    n = 0
    for line in gold.read_text(encoding="utf-8").splitlines():
        d = json.loads(line) if line.strip() else None
        if d and "embass" in d["text"] and ("Kenya" in d["text"] or "Nairobi" in d["text"]):
            (folder / f"{d['doc_id']}.txt").write_text(
                f" date {d['dct']}\n{d['text']}", encoding="utf-8"
            )
            n += 1
    if n < 10:
        pytest.skip("the embassy bombing reports are not in this copy of the dev data")
    return load_corpus([folder], Config(), cache=False, jobs=1)


@pytest.mark.devdata
def test_casualty_figures_across_reports(bombing):
    figures = [d for d in bombing.discrepancies if d.kind == "figure"]
    killed = [d for d in figures if d.id.startswith("figure:killed:")]
    assert killed, [d.id for d in figures]
    statuses = {d.status for d in killed}
    assert "updated" in statuses or "conflict" in statuses
    for d in figures:
        # every group counts one kind of thing: never "12 Americans" with "257 people"
        if d.status in ("conflict", "updated"):
            units = {it.unit for it in d.items if it.unit not in (None, "others")}
            assert not ({"americans", "people"} <= units), d.topic
        assert 0 < d.confidence <= 1
    arts = {a.id: a for a in bombing.articles}
    for d in bombing.discrepancies:
        for it in d.items:
            a = arts[it.article]
            s = it.sentence_start
            assert a.body[s : s + len(it.sentence)] == it.sentence
