"""Loading never writes to the corpus folder: after the library, `storyline extract` and
`storyline report` have read the whole hostile corpus (50 MB article included), every file
has the same bytes and mtime, no file appeared or went, and no folder's mtime moved (so no
temporary file was even created and removed there)."""

from __future__ import annotations

import hashlib
import os
import stat
from pathlib import Path

import pytest

from tests.hostile.conftest import run_cli
from tests.hostile.make_corpus import make_hostile_corpus
from tui.config import load_config
from tui.corpus import load_corpus

# smaller limits than the defaults keep this test quick; they still cut the 50 MB article
LIMITS = """\
extraction:
  limits:
    max_file_bytes: 2000000
    max_body_chars: 300000
    max_seconds_per_article: 3
"""


def snapshot(folder: Path) -> dict[str, tuple]:
    """Every entry under ``folder`` (links not followed): kind, size, mtime, and a hash of
    the bytes of regular files."""
    out: dict[str, tuple] = {}
    for root, dirs, files in os.walk(folder, followlinks=False):
        for name in [*dirs, *files, "."]:
            p = Path(root) / name
            st = p.lstat()
            digest = None
            if stat.S_ISREG(st.st_mode):
                try:
                    digest = hashlib.sha256(p.read_bytes()).hexdigest()
                except PermissionError:  # chmod 000 when not root: its size and mtime still count
                    digest = "unreadable"
            elif stat.S_ISLNK(st.st_mode):
                digest = os.readlink(p)
            out[os.path.relpath(p, folder)] = (
                stat.S_IFMT(st.st_mode),
                st.st_mode & 0o7777,
                st.st_size,
                st.st_mtime_ns,
                digest,
            )
    return out


@pytest.mark.hostile_big
def test_nothing_under_the_corpus_folder_changes(tmp_path, monkeypatch):
    corpus_dir = tmp_path / "corpus"
    make_hostile_corpus(corpus_dir, big=True)
    config = tmp_path / "limits.yaml"
    config.write_text(LIMITS)
    cache = tmp_path / "cache"
    before = snapshot(corpus_dir)
    assert len(before) > 25

    # the library, with the on-disk cache on (it lives elsewhere)
    monkeypatch.setenv("STORYLINE_CACHE_DIR", str(cache))
    corpus = load_corpus([corpus_dir], load_config(config), jobs=1)
    assert corpus.articles and corpus.skipped
    assert snapshot(corpus_dir) == before

    r = run_cli("extract", str(corpus_dir), "--config", str(config), "--json", cache=cache)
    assert r.returncode == 0, r.stderr
    r = run_cli("report", str(corpus_dir), "--config", str(config), "--format", "md", cache=cache)
    assert r.returncode == 0, r.stderr
    assert b"huge_article" in r.stdout
    # a report into the corpus folder is refused, and nothing is written there
    r = run_cli(
        "report",
        str(corpus_dir),
        "--config",
        str(config),
        "-o",
        str(corpus_dir / "report.md"),
        cache=cache,
    )
    assert r.returncode != 0 and not (corpus_dir / "report.md").exists()

    assert snapshot(corpus_dir) == before
    assert any(cache.rglob("*")), "the cache was written (outside the corpus)"
