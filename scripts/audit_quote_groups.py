#!/usr/bin/env python3
"""List every cross-outlet quote group and attribution discrepancy of a few corpora.

For reading by a person: each group with its members (outlet, kind, speaker as written,
who it resolves to, credited actor, the first words), the pair relations and similarities,
and then the corpus's attribution discrepancies. The judgement ("the same statement?",
"would a careful reader accept this conflict?") is the reader's; this only lays it out.

Usage: .venv/bin/python scripts/audit_quote_groups.py [PATH ...]
(default: seeds/ and the three stories of ../shared/dev-data/stories/ that exist).
Never writes anything; nothing it prints belongs in the repository.
"""

from __future__ import annotations

import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
STORIES = ROOT.parent / "shared" / "dev-data" / "stories"


def _default_paths() -> list[Path]:
    paths = [ROOT / "seeds"]
    paths += [STORIES / n for n in ("convention", "nomination", "primaries")]
    return [p for p in paths if p.is_dir()]


def _short(text: str, n: int = 110) -> str:
    one = " ".join(text.split())
    return one if len(one) <= n else one[: n - 1] + "…"


def _member_line(corpus, ref) -> str:
    art = next(a for a in corpus.articles if a.id == ref.article)
    q = art.quotes[ref.index]
    actor = next((a.name for a in corpus.actors if a.id == q.actor), None)
    who = q.speaker or "-"
    if q.resolved:
        who += f" -> {q.resolved}"
    return (
        f"    [{(art.outlet or art.id)[:28]}] {q.kind:8} {who} (actor: {actor}): “{_short(q.text)}”"
    )


def audit(path: Path) -> tuple[int, int]:
    from tui.config import load_config
    from tui.corpus import load_corpus

    # the shipped config, as the app run from the repository reads it (the seeds' outlets)
    corpus = load_corpus([path], load_config(ROOT / "config.yaml"), jobs=1, cache=False)
    print(
        f"\n######## {path.name}: {len(corpus.articles)} articles, {len(corpus.quote_groups)} groups"
    )
    for g in corpus.quote_groups:
        sims = ", ".join(f"{p.relation} {p.similarity}" for p in g.pairs)
        flag = " SPEAKERS DISAGREE" if g.speakers_disagree else ""
        print(f"  {g.id} {g.relation}{flag} ({sims})")
        for ref in g.members:
            print(_member_line(corpus, ref))
    attributions = [d for d in corpus.discrepancies if d.kind == "attribution"]
    print(f"  -- attribution discrepancies: {len(attributions)}")
    for d in attributions:
        print(f"    {d.id} {d.status} {d.confidence}: {d.topic}")
        print(f"      {_short(d.note, 200)}")
    return len(corpus.quote_groups), len(attributions)


def main(argv: list[str]) -> int:
    paths = [Path(p) for p in argv] or _default_paths()
    totals = [audit(p) for p in paths]
    print(
        f"\n{sum(g for g, _ in totals)} groups, {sum(d for _, d in totals)} attribution "
        f"discrepancies in {len(paths)} corpora"
    )
    return 0


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))
