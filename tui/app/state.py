"""What the app remembers between launches: the last pane and source, per corpus.

A small JSON file in the user state directory (``STORYLINE_STATE_DIR`` overrides it).
A missing, broken or foreign file is ignored: state is a convenience, never a reason
to fail.
"""

from __future__ import annotations

import json
import os
from pathlib import Path

MAX_STATE_BYTES = 256_000
MAX_CORPORA = 50


def state_file() -> Path:
    override = os.environ.get("STORYLINE_STATE_DIR")
    if override:
        return Path(override) / "state.json"
    from platformdirs import user_state_dir

    return Path(user_state_dir("storyline")) / "state.json"


def corpus_key(paths) -> str:
    return "\n".join(sorted(str(Path(p).resolve()) for p in paths or []))


def _read_all() -> dict:
    try:
        f = state_file()
        if f.stat().st_size > MAX_STATE_BYTES:
            return {}
        data = json.loads(f.read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return {}
    return data if isinstance(data, dict) and isinstance(data.get("corpora"), dict) else {}


def load_state(key: str) -> dict:
    """{"pane": str, "article": str} for this corpus, or {}."""
    entry = _read_all().get("corpora", {}).get(key)
    if not isinstance(entry, dict):
        return {}
    return {k: v for k, v in entry.items() if k in ("pane", "article") and isinstance(v, str)}


def save_state(key: str, pane: str | None, article: str | None) -> None:
    data = _read_all() or {"corpora": {}}
    corpora = data["corpora"]
    corpora.pop(key, None)
    corpora[key] = {"pane": pane, "article": article}
    while len(corpora) > MAX_CORPORA:
        corpora.pop(next(iter(corpora)))
    try:
        f = state_file()
        f.parent.mkdir(parents=True, exist_ok=True)
        tmp = f.with_suffix(".tmp")
        tmp.write_text(json.dumps(data), encoding="utf-8")
        tmp.replace(f)
    except OSError:
        pass  # a read-only home must not break quitting
