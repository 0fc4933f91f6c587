#!/usr/bin/env python3
"""Run the TIMEX3 tagger over the dev sets and print the official scorer's table and speed.

    .venv/bin/python scripts/score_timex.py [--errors N] [--set timebank|aquaint] [--categories]

``--categories`` adds an error analysis: value errors, misses and false alarms counted by
kind (annotation-style differences apart from our own errors), with examples.

Reads ../shared/dev-data/timex/{timebank,aquaint}.jsonl (each document with its ``dct``);
exits 0 with a message when that folder is absent.
"""

from __future__ import annotations

import argparse
import collections
import datetime as dt
import importlib.util
import json
import re
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
DEV = ROOT.parent / "shared" / "dev-data" / "timex"
SETS = ("timebank", "aquaint")


def predict(docs: list[dict]) -> tuple[list[dict], float]:
    from tui.analysis.timex import tag_timexes

    t0 = time.perf_counter()
    preds = []
    for d in docs:
        dct = None
        try:
            dct = dt.date.fromisoformat(d.get("dct") or "")
        except ValueError:
            pass
        ts = tag_timexes(d["text"], dct)
        preds.append(
            {
                "doc_id": d["doc_id"],
                "timexes": [
                    {
                        "start": t.start,
                        "end": t.end,
                        "text": t.text,
                        "value": t.value,
                        "type": t.type,
                    }
                    for t in ts
                ],
            }
        )
    return preds, time.perf_counter() - t0


_MONTH = r"january|february|march|april|may|june|july|august|september|october|november|december|jan\.|feb\.|aug\.|sept?\.|oct\.|nov\.|dec\."
_WEEKDAY = r"\b(?:mon|tues|wednes|thurs|fri|satur|sun)day\b"


def value_error_kind(gv: str, gt: str, pv: str, pt: str, text: str) -> str:
    """A coarse kind for one value error; kinds starting "style:" are annotation conventions
    that differ from the TimeML guidelines (or from the other set), not tagger errors."""
    low = text.lower()
    if re.fullmatch(r"\d{4}-XX(-XX)?", gv) and pv == gv[:4]:
        return "style: year written YYYY-XX"
    if (
        re.match(r"\d{4}-\d\d-\d\d$", gv)
        and pv.startswith(gv)
        and pv[10:] in ("TNI", "TMO", "TEV", "TAF")
    ):
        return "style: part of day dropped"
    if re.fullmatch(r"\d{3}X", gv) and pv == gv[:3]:
        return "style: decade written 199X"
    if re.fullmatch(r"\d{4}-W\d", gv) and pv.replace("W0", "W") == gv:
        return "style: unpadded week"
    if "WXX" in gv or gv.endswith("-QX") or re.fullmatch(r"\d{4}-\d\d-XX|\d{4}-XX-XX", gv):
        return "style: underspecified gold"
    if re.search(r"\bweek\b", low) and re.match(r"\d{4}-W", pv) and not re.match(r"\d{4}-W", gv):
        return "style: week given as a month, day or duration"
    if (
        re.search(_WEEKDAY, low)
        and re.match(r"\d{4}-\d\d-\d\d", gv)
        and re.match(r"\d{4}-\d\d-\d\d", pv)
    ):
        return "weekday: direction or date"
    if re.search(_MONTH, low) and gv[4:] == pv[4:] and gv[:4] != pv[:4]:
        return "month/day: year"
    if re.search(r"year.ago|year.earlier|a year ago|quarter|period|last year|year.?s? ?end", low):
        return "business: quarter, year-ago, period"
    if gv.endswith("_REF") or pv.endswith("_REF"):
        return "vague: REF vs PX" if (gv.startswith("P") or pv.startswith("P")) else "REF"
    if gt == "DURATION" or pt == "DURATION" or gv.startswith("P") or pv.startswith("P"):
        return "duration: value or type"
    if gt == "SET" or pt == "SET":
        return "set"
    if gt == "TIME" or pt == "TIME":
        return "time of day"
    return "other"


def family(text: str) -> str:
    """The expression family of a missed or false span."""
    low = text.lower()
    for name, rx in (
        ("weekday", _WEEKDAY),
        ("month name", r"\b(?:" + _MONTH + r")"),
        ("clock", r"\d[:.]\d\d|a\.m|p\.m|noon|midnight"),
        ("year/decade", r"\b\d{4}\b|\d0s\b"),
        ("quarter/period", r"quarter|period"),
        (
            "REF word",
            r"\b(?:now|current|currently|recent|recently|future|past|soon|previously|already|once|earlier|then)\b",
        ),
        ("today/yesterday/tomorrow", r"today|yesterday|tomorrow|tonight"),
        ("set word", r"daily|weekly|monthly|annually|quarterly|every|each|per\b"),
        ("unit expression", r"\b(?:second|minute|hour|day|night|week|month|year|decade|centur)"),
    ):
        if re.search(rx, low):
            return name
    return "other"


def categories(gold_path: Path, preds: list[dict], examples: int) -> None:
    spec = importlib.util.spec_from_file_location("timex_score", DEV / "score.py")
    assert spec is not None and spec.loader is not None
    sc = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(sc)
    by_id = {p["doc_id"]: p["timexes"] for p in preds}
    kinds: dict[str, collections.Counter] = {
        "value": collections.Counter(),
        "missed": collections.Counter(),
        "spurious": collections.Counter(),
    }
    shown: dict[tuple[str, str], list[str]] = collections.defaultdict(list)
    for line in gold_path.read_text(encoding="utf-8").splitlines():
        if not line.strip():
            continue
        d = json.loads(line)
        text = d["text"]
        gold = []
        for t in d["timexes"]:
            s, e = sc.trim(text, t["start"], t["end"])
            gold.append({"s": s, "e": e, "value": t.get("value"), "type": t.get("type")})
        pred = [
            {"s": t["start"], "e": t["end"], "value": t["value"], "type": t.get("type")}
            for t in by_id.get(d["doc_id"], [])
        ]
        rel = sc.match(gold, pred, strict=False)
        mg, mp = {i for i, _ in rel}, {j for _, j in rel}

        def note(kind: str, k: str, s: int, e: int, detail: str, text: str = text) -> None:
            kinds[kind][k] += 1
            if len(shown[(kind, k)]) < examples:
                ctx = text[max(0, s - 50) : s] + "[[" + text[s:e] + "]]" + text[e : e + 30]
                shown[(kind, k)].append(f"{detail} :: " + " ".join(ctx.split()))

        for i, j in rel:
            g, p = gold[i], pred[j]
            if g["value"] != p["value"]:
                k = value_error_kind(
                    g["value"] or "",
                    g["type"] or "",
                    p["value"],
                    p["type"] or "",
                    text[min(g["s"], p["s"]) : max(g["e"], p["e"])],
                )
                note("value", k, g["s"], g["e"], f"gold {g['value']} ours {p['value']}")
        for i, g in enumerate(gold):
            if i not in mg:
                note("missed", family(text[g["s"] : g["e"]]), g["s"], g["e"], f"gold {g['value']}")
        for j, p in enumerate(pred):
            if j not in mp:
                note(
                    "spurious", family(text[p["s"] : p["e"]]), p["s"], p["e"], f"ours {p['value']}"
                )
    for kind, counter in kinds.items():
        style = sum(v for k, v in counter.items() if k.startswith("style"))
        print(
            f"-- {kind}: {sum(counter.values())}"
            + (f" ({style} annotation style)" if kind == "value" else "")
        )
        for k, v in counter.most_common():
            print(f"  {v:4}  {k}")
            for ex in shown[(kind, k)]:
                print(f"          {ex}")


def main() -> int:
    ap = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    ap.add_argument("--errors", type=int, default=0, help="show up to N errors of each kind")
    ap.add_argument("--set", choices=SETS, action="append", help="only this set (repeatable)")
    ap.add_argument(
        "--categories", action="store_true", help="count the errors by kind (see value_error_kind)"
    )
    ap.add_argument("--examples", type=int, default=2, help="examples per kind with --categories")
    args = ap.parse_args()
    if not DEV.is_dir():
        print(f"dev data not found at {DEV}; nothing to score")
        return 0
    t0 = time.perf_counter()
    import tui.analysis.timex  # noqa: F401  (import time is part of what we report)

    t_import = time.perf_counter() - t0
    for name in args.set or SETS:
        gold = DEV / f"{name}.jsonl"
        docs = [
            json.loads(line)
            for line in gold.read_text(encoding="utf-8").splitlines()
            if line.strip()
        ]
        preds, secs = predict(docs)
        # second pass: steady-state speed (the first includes compiling the patterns)
        _, secs2 = predict(docs)
        with tempfile.NamedTemporaryFile("w", suffix=".jsonl", delete=False, encoding="utf-8") as f:
            for p in preds:
                f.write(json.dumps(p) + "\n")
            pred_path = f.name
        print(f"== {name}: {len(docs)} documents")
        cmd = [sys.executable, str(DEV / "score.py"), str(gold), pred_path]
        if args.errors:
            cmd += ["--errors", str(args.errors)]
        subprocess.run(cmd, check=False)
        chars = sum(len(d["text"]) for d in docs)
        print(
            f"speed: {len(docs) / secs2:.0f} docs/s, {chars / secs2 / 1e6:.2f} MB/s "
            f"(first pass {len(docs) / secs:.0f} docs/s); import {t_import * 1000:.0f} ms\n"
        )
        Path(pred_path).unlink(missing_ok=True)
        if args.categories:
            categories(gold, preds, args.examples)
            print()
    return 0


if __name__ == "__main__":
    sys.exit(main())
