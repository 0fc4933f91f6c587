"""The storyline command on the hostile corpus: extract and report succeed, skipped files
go to stderr, and nothing that a terminal would act on reaches stdout or stderr."""

from __future__ import annotations

import csv
import io
import json

import pytest

from tests.hostile.conftest import UNSAFE, run_cli

SKIPPED = {
    "empty.txt",
    "whitespace.txt",
    "picture.txt",
    "document.txt",
    "script_only.html",
    "loop_a.txt",
    "loop_b.txt",
}


def _clean(data: bytes, what: str, *, crlf: bool = False) -> str:
    text = data.decode("utf-8")  # valid UTF-8: no lone surrogate from a file name got through
    found = UNSAFE.search(text.replace("\r\n", "\n") if crlf else text)  # CSV rows end in CRLF
    assert found is None, (
        f"{what} carries {found.group(0)!r} at {found.start()}: {text[max(0, found.start() - 60) : found.start() + 20]!r}"
    )
    return text


def test_extract_json_exits_0_with_valid_json_and_no_control_characters(hostile_dir, cli_cache):
    r = run_cli("extract", str(hostile_dir), "--json", cache=cli_cache)
    assert r.returncode == 0, r.stderr
    out = _clean(r.stdout, "stdout")
    err = _clean(r.stderr, "stderr")
    data = json.loads(out)
    assert {s["path"].rsplit("/", 1)[-1] for s in data["skipped"]} == SKIPPED
    assert all(s["reason"] for s in data["skipped"])
    # one stderr line per skipped file, naming it and saying why
    lines = err.splitlines()
    assert len(lines) == len(SKIPPED)
    assert all(line.startswith("storyline: skipped ") for line in lines)
    assert any("picture.txt: is a binary file (PNG image)" in line for line in lines)
    # the file name with controls: exact in the JSON (escaped there), so it can be opened
    names = {a["path"].rsplit("/", 1)[-1] for a in data["articles"]}
    assert "name\x1b]0;pwned\x07\u202e.txt" in names
    assert "\\u202e" in out and "\\u001b" in out
    attack = next(a for a in data["articles"] if a["id"] == "display_attack")
    assert (
        "␛]0;pwned window title␇" in attack["body"]
        and "[@click=app.quit]click here[/]" in attack["body"]
    )
    for a in data["articles"]:
        for item in a["mentions"] + a["quotes"] + a["timexes"]:
            assert 0 <= item["start"] < item["end"] <= len(a["body"])


def test_a_file_name_that_is_not_utf8_neither_crashes_nor_leaks(tmp_path, cli_cache):
    import os

    (tmp_path / "ok.txt").write_text("Officials met in Kabul on Sunday, a spokesman said.\n")
    with open(os.path.join(os.fsencode(tmp_path), b"bad\xff\x9b name.txt"), "wb") as f:
        f.write(b"The talks resumed, the envoy said.\n")
    with open(os.path.join(os.fsencode(tmp_path), b"empty\x1b[2J.txt"), "wb"):
        pass
    r = run_cli("extract", str(tmp_path), "--json", cache=cli_cache)
    assert r.returncode == 0, r.stderr
    data = json.loads(_clean(r.stdout, "stdout"))
    assert len(data["articles"]) == 2 and len(data["skipped"]) == 1
    err = _clean(r.stderr, "stderr")
    assert "empty␛[2J.txt: is empty" in err
    r = run_cli("extract", str(tmp_path), "--jsonl", cache=cli_cache)
    assert r.returncode == 0
    lines = [json.loads(line) for line in _clean(r.stdout, "stdout").splitlines()]
    assert [x["type"] for x in lines].count("article") == 2


def test_extract_jsonl_has_no_control_characters(hostile_dir, cli_cache):
    r = run_cli("extract", str(hostile_dir), "--jsonl", cache=cli_cache)
    assert r.returncode == 0, r.stderr
    lines = [json.loads(line) for line in _clean(r.stdout, "stdout").splitlines()]
    assert sum(1 for x in lines if x["type"] == "skipped") == len(SKIPPED)
    _clean(r.stderr, "stderr")


@pytest.mark.parametrize("fmt", ["md", "html", "json", "csv"])
def test_report_in_each_format(hostile_dir, cli_cache, fmt):
    r = run_cli("report", str(hostile_dir), "--format", fmt, cache=cli_cache)
    assert r.returncode == 0, r.stderr
    out = _clean(r.stdout, f"report --format {fmt}", crlf=fmt == "csv")
    _clean(r.stderr, "stderr")
    if fmt == "json":
        assert len(json.loads(out)["skipped"]) == len(SKIPPED)
    elif fmt == "csv":
        rows = list(csv.reader(io.StringIO(out)))
        assert rows and all(
            not c.startswith(("=", "+", "-", "@")) for row in rows[1:] for c in row if c
        )
    elif fmt == "html":
        assert "<script" not in out.split("</head>", 1)[-1].lower()
        assert "[@click=app.quit]" in out and "file:///etc/passwd" not in out.replace(
            "[link=file:///etc/passwd]", ""
        )
    else:
        assert "picture.txt" in out  # the skipped files are listed in the report
