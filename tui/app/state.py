"""What the app remembers between launches: the last pane and source, per corpus.

A small JSON file in the user state directory (``STORYLINE_STATE_DIR`` overrides it).
A missing, broken or foreign file is ignored: state is a convenience, never a reason
to fail. It is read only up to :data:`MAX_STATE_BYTES` and :data:`MAX_STATE_DEPTH`
levels of nesting (checked before it is parsed), and only its known shape is kept.
"""

from __future__ import annotations

import json
import os
import re
from pathlib import Path

MAX_STATE_BYTES = 256_000
MAX_CORPORA = 50
#: The file is {"corpora": {key: {"pane": ..., "article": ...}}}: three levels.
MAX_STATE_DEPTH = 8

#: what changes the nesting of JSON: brackets, quotes, and escapes inside strings
_JSON_TOKEN = re.compile(r'\\.|["\[\]{}]', re.DOTALL)


def state_file() -> Path:
    override = os.environ.get("STORYLINE_STATE_DIR")
    if override:
        return Path(override) / "state.json"
    from platformdirs import user_state_dir

    return Path(user_state_dir("storyline")) / "state.json"


def corpus_key(paths) -> str:
    return "\n".join(sorted(str(Path(p).resolve()) for p in paths or []))


def too_deep(text: str, limit: int = MAX_STATE_DEPTH) -> bool:
    """Whether the JSON ``text`` nests lists and objects more than ``limit`` deep (one
    pass over its brackets and quotes; brackets inside strings do not count)."""
    depth, in_string = 0, False
    for m in _JSON_TOKEN.finditer(text):
        t = m.group(0)
        if t == '"':
            in_string = not in_string
        elif in_string or t[0] == "\\":
            continue
        elif t in "[{":
            depth += 1
            if depth > limit:
                return True
        else:
            depth -= 1
    return False


def _read_all() -> dict:
    """{"corpora": {key: {"pane": str | None, "article": str | None}}}, or {}."""
    try:
        f = state_file()
        if f.stat().st_size > MAX_STATE_BYTES:
            return {}
        text = f.read_text(encoding="utf-8")
        data = None if too_deep(text) else json.loads(text)
    except (OSError, ValueError, RecursionError):
        return {}
    corpora = data.get("corpora") if isinstance(data, dict) else None
    if not isinstance(corpora, dict):
        return {}
    kept = {}
    for key, entry in corpora.items():
        if isinstance(entry, dict):
            kept[key] = {
                k: v if isinstance(v, str) else None
                for k, v in entry.items()
                if k in ("pane", "article")
            }
    return {"corpora": kept}


def load_state(key: str) -> dict:
    """{"pane": str, "article": str} for this corpus, or {}."""
    entry = _read_all().get("corpora", {}).get(key, {})
    return {k: v for k, v in entry.items() if isinstance(v, str)}


def save_state(key: str, pane: str | None, article: str | None) -> None:
    from tui.files import write_atomic

    data = _read_all() or {"corpora": {}}
    corpora = data["corpora"]
    corpora.pop(key, None)
    corpora[key] = {"pane": pane, "article": article}
    while len(corpora) > MAX_CORPORA:
        corpora.pop(next(iter(corpora)))
    try:
        f = state_file()
        f.parent.mkdir(parents=True, exist_ok=True)
        write_atomic(f, (json.dumps(data).encode("utf-8"),))
    except (OSError, ValueError):
        pass  # a read-only home must not break quitting
