"""storyline report: to standard output, to a file, and never into a source folder."""

from __future__ import annotations

import csv
import io
import json
import shutil

from tests.conftest import SEEDS
from tests.test_cli import run


def test_report_markdown_to_stdout():
    r = run("report", str(SEEDS), "--config", "config.yaml", "--format", "md")
    assert r.returncode == 0, r.stderr
    assert r.stdout.startswith("# Storyline report\n")
    assert "## Sources (5)" in r.stdout and "## Quotes" in r.stdout
    assert "Traceback" not in r.stderr


def test_report_to_a_file_with_the_format_from_its_name(tmp_path):
    out = tmp_path / "story.html"
    r = run(
        "report",
        str(SEEDS),
        "--config",
        "config.yaml",
        "--output",
        str(out),
        "--title",
        "Prisoner swap <b>",
    )
    assert r.returncode == 0, r.stderr
    assert r.stdout == ""
    html = out.read_text(encoding="utf-8")
    assert html.startswith("<!DOCTYPE html>") and "<h1>Prisoner swap &lt;b&gt;</h1>" in html
    assert str(out) in r.stderr  # says where it wrote

    md = tmp_path / "r.txt"
    assert (
        run("report", str(SEEDS), "--config", "config.yaml", "-f", "md", "-o", str(md)).returncode
        == 0
    )
    assert md.read_text(encoding="utf-8").startswith("# Storyline report")


def test_report_csv_tables_and_json(tmp_path):
    r = run(
        "report",
        str(SEEDS),
        "--config",
        "config.yaml",
        "--format",
        "csv",
        "--csv-table",
        "timeline",
    )
    assert r.returncode == 0, r.stderr
    rows = list(csv.DictReader(io.StringIO(r.stdout, newline="")))
    assert rows and rows[0]["value"] and rows[0]["sentence"]
    r = run("report", str(SEEDS), "--config", "config.yaml", "--format", "json")
    assert {"articles", "actors", "quote_groups", "timeline", "skipped"} <= set(
        json.loads(r.stdout)
    )
    bad = run("report", str(SEEDS), "--format", "pdf")
    assert bad.returncode == 2 and "invalid choice" in bad.stderr


def test_report_refuses_to_write_into_a_source_folder(tmp_path):
    src = tmp_path / "articles"
    shutil.copytree(SEEDS, src)
    target = src / "report.md"
    r = run("report", str(src), "--output", str(target))
    assert r.returncode == 2
    assert "source folder" in r.stderr and "Traceback" not in r.stderr and r.stderr.count("\n") == 1
    assert not target.exists()
    # nor into a sub-folder, nor through a link to the folder
    (src / "sub").mkdir()
    assert run("report", str(src), "-o", str(src / "sub" / "r.md")).returncode == 2
    link = tmp_path / "link"
    link.symlink_to(src, target_is_directory=True)
    assert run("report", str(src), "-o", str(link / "r.md")).returncode == 2
    # the config's sources count when no PATH is given
    cfg = tmp_path / "config.yaml"
    cfg.write_text("sources:\n  paths: [articles]\n")
    assert run("report", "--config", str(cfg), "-o", str(src / "r.md")).returncode == 2
    assert not list(src.rglob("r.md"))
    # beside the folder is fine
    ok = run("report", str(src), "-o", str(tmp_path / "r.md"))
    assert ok.returncode == 0, ok.stderr
    assert (tmp_path / "r.md").exists()


def test_report_help_lists_the_options():
    r = run("report", "--help")
    assert r.returncode == 0
    for opt in ("--format", "--output", "--csv-table", "--published", "--config"):
        assert opt in r.stdout
    assert "report" in run("--help").stdout


def test_report_that_cannot_be_written_says_why(tmp_path):
    blocker = tmp_path / "file.txt"
    blocker.write_text("not a folder")
    r = run("report", str(SEEDS), "--config", "config.yaml", "-o", str(blocker / "r.md"))
    assert r.returncode == 1 and "cannot write" in r.stderr and "Traceback" not in r.stderr
    r = run("report", str(SEEDS), "--config", "config.yaml", "-o", str(tmp_path))
    assert r.returncode == 2 and "folder" in r.stderr
