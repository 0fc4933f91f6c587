"""The storyline command: help, version, extract --json, config errors."""

from __future__ import annotations

import json
import subprocess
import sys

from tests.conftest import ROOT, SEEDS


def run(*args, **kw):
    return subprocess.run(
        [sys.executable, "-m", "tui", *args], capture_output=True, text=True, cwd=ROOT, **kw
    )


def test_help_and_version():
    r = run("--help")
    assert r.returncode == 0 and "extract" in r.stdout
    r = run("--version")
    assert r.returncode == 0 and r.stdout.startswith("storyline ")
    assert run("extract", "--help").returncode == 0


def test_extract_json_follows_the_contract():
    r = run("extract", str(SEEDS), "--config", "config.yaml", "--json")
    assert r.returncode == 0, r.stderr
    data = json.loads(r.stdout)
    assert {"articles", "actors", "quote_groups", "timeline", "skipped"} <= set(data)
    assert len(data["articles"]) == 5
    keys = {
        "id",
        "path",
        "format",
        "outlet",
        "title",
        "author",
        "url",
        "published",
        "published_from",
        "body",
        "captions",
        "warnings",
        "mentions",
        "quotes",
        "timexes",
    }
    for a in data["articles"]:
        assert keys <= set(a)
        for item in a["mentions"] + a["quotes"] + a["timexes"]:
            assert 0 <= item["start"] < item["end"] <= len(a["body"])


def test_published_flag_dates_undated_articles(tmp_path):
    f = tmp_path / "note.txt"
    f.write_text("Officials met in Kabul on Sunday.\n")
    data = json.loads(run("extract", str(f), "--published", "2020-04-01").stdout)
    a = data["articles"][0]
    assert a["published"] == "2020-04-01" and a["published_from"] == "cli"
    bad = run("extract", str(f), "--published", "April")
    assert bad.returncode == 2 and "YYYY-MM-DD" in bad.stderr


def test_bad_config_exits_2_with_one_line_and_no_traceback(tmp_path):
    cfg = tmp_path / "c.yaml"
    cfg.write_text("layout:\n  mode: [oops\n")
    r = run("extract", str(SEEDS), "--config", str(cfg))
    assert r.returncode == 2
    assert "Traceback" not in r.stderr
    assert r.stderr.count("\n") == 1 and str(cfg) in r.stderr
    assert "line 2" in r.stderr  # where the unclosed list starts


def test_paths_on_the_command_line_replace_the_configs_and_its_are_not_checked(tmp_path):
    cfg = tmp_path / "c.yaml"
    cfg.write_text("sources:\n  paths: [gone]\ntheme: textual-light\n")
    (tmp_path / "story").mkdir()
    (tmp_path / "story" / "a.txt").write_text(
        "The Taliban said on Sunday that talks would resume.\n"
    )
    r = run("extract", str(tmp_path / "story"), "--config", str(cfg))
    assert r.returncode == 0, r.stderr
    assert [a["id"] for a in json.loads(r.stdout)["articles"]] == ["a"]
    # the config's own paths are still checked when they are the ones read
    r = run("extract", "--config", str(cfg))
    assert (
        r.returncode == 2 and f"{cfg}:2: sources.paths[0]: no such file or folder: gone" in r.stderr
    )


def test_unreadable_files_are_skipped_and_the_rest_loads(tmp_path):
    (tmp_path / "good.txt").write_text("The Taliban said on Sunday that talks would resume.\n")
    (tmp_path / "empty.txt").write_text("")
    (tmp_path / "image.txt").write_bytes(b"\x89PNG\r\n\x1a\n" + bytes(range(256)) * 4)
    r = run("extract", str(tmp_path))
    assert r.returncode == 0
    data = json.loads(r.stdout)
    assert [a["id"] for a in data["articles"]] == ["good"]
    assert {s["path"].rsplit("/", 1)[-1] for s in data["skipped"]} == {"empty.txt", "image.txt"}
    assert all(s["reason"] for s in data["skipped"])


def test_launching_without_a_terminal_says_so():
    r = run(str(SEEDS), stdin=subprocess.DEVNULL)
    assert r.returncode == 2 and "terminal" in r.stderr


def test_unknown_binding_id_in_keys_is_a_config_error(tmp_path):
    cfg = tmp_path / "c.yaml"
    cfg.write_text("keys:\n  quit: ctrl+q\n  hlep: h\n")
    r = run(
        str(SEEDS), "--config", str(cfg), stdin=subprocess.DEVNULL
    )  # checked before the terminal is
    assert r.returncode == 2 and ":3: keys.hlep:" in r.stderr and "did you mean 'help'" in r.stderr


def test_a_key_another_binding_holds_is_a_config_error(tmp_path):
    cfg = tmp_path / "c.yaml"
    cfg.write_text("keys:\n  quit: ctrl+q\n  copy: c\n")
    r = run(str(SEEDS), "--config", str(cfg), stdin=subprocess.DEVNULL)
    assert r.returncode == 2 and ":3: keys.copy: 'c' for copy is also the key of" in r.stderr
    assert "discrepancies.matrix" in r.stderr and "Traceback" not in r.stderr


def test_unknown_theme_is_a_config_error(tmp_path):
    cfg = tmp_path / "c.yaml"
    cfg.write_text("theme: textual-ansi\n")
    r = run(str(SEEDS), "--config", str(cfg), stdin=subprocess.DEVNULL)
    assert r.returncode == 2 and ":1: theme:" in r.stderr and "did you mean" in r.stderr
