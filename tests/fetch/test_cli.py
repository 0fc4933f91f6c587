"""`storyline fetch` on the command line: arguments, exit status, progress and summary,
hostile titles, and no network anywhere else."""

from __future__ import annotations

import contextlib
import io
import subprocess
import sys

import pytest

from tests.conftest import ROOT, SEEDS
from tests.fetch.conftest import page
from tui.cli import main
from tui.fetch.progress import Progress
from tui.fetch.run import Outcome

HOSTILE_TITLE = "<script>x</script> \x1b[31mRED\x1b[0m [bold]Breaking[/bold] \u202eevil ../../etc"


def _hostile_page() -> bytes:
    import html

    # the title as escaped markup and as raw control characters (both reach the parser)
    return page(html.escape(HOSTILE_TITLE, quote=False)).encode()


def test_exit_status_0_all_saved_or_unchanged(server, tmp_path, capsys):
    url = server.add("/a.html", page("Talks resume"))
    args = ["fetch", url, "--into", str(tmp_path / "s"), "--delay", "0"]
    assert main(args) == 0
    out = capsys.readouterr()
    assert out.out.strip().endswith("127.0.0.1 - Talks resume.html")  # saved paths on stdout
    assert "1 saved" in out.err
    assert main(args) == 0
    assert "1 unchanged" in capsys.readouterr().err


def test_exit_status_1_some_failed(server, tmp_path, capsys):
    ok = server.add("/a.html", page("Talks resume"))
    code = main(
        ["fetch", ok, server.url("/gone.html"), "--into", str(tmp_path / "s"), "--delay", "0"]
    )
    assert code == 1
    err = capsys.readouterr().err
    assert "gone.html: HTTP 404 Not Found" in err and "1 saved, 1 skipped" in err


@pytest.mark.parametrize(
    "args, message",
    [
        (["ftp://example.org/a"], "only http and https"),
        (["https://example.org/a", "--match", "swap"], "--match and --since"),
        ([], "give addresses"),
        (["--feed", "file:///etc/passwd"], "--feed"),
        (["--from", "LIST"], "urls.txt:3: not-a-url: is not an absolute address"),
        (["--from", "MISSING"], "No such file"),
        (["https://example.org/a", "--delay", "-1"], "seconds"),
        (["https://example.org/a", "--since", "April"], "YYYY-MM-DD"),
    ],
    ids=[
        "scheme",
        "match-without-feed",
        "nothing",
        "feed-scheme",
        "bad-line",
        "no-list",
        "delay",
        "since",
    ],
)
def test_exit_status_2_bad_arguments(tmp_path, capsys, args, message):
    listing = tmp_path / "urls.txt"
    listing.write_text("# my links\nhttps://example.org/a  # the first\nnot-a-url\n")
    args = [
        a.replace("LIST", str(listing)).replace("MISSING", str(tmp_path / "none")) for a in args
    ]
    argparse_error = "--delay" in args or "--since" in args
    with pytest.raises(SystemExit) if argparse_error else contextlib.nullcontext():
        assert main(["fetch", *args, "--into", str(tmp_path / "s")]) == 2
    assert message in capsys.readouterr().err
    assert not (tmp_path / "s").exists()  # nothing fetched, no folder made


def test_into_a_file_is_a_bad_argument(tmp_path, capsys):
    (tmp_path / "f").write_text("x")
    assert main(["fetch", "https://example.org/", "--into", str(tmp_path / "f")]) == 2


def test_from_file_with_comments(server, tmp_path):
    a = server.add("/a.html", page("First story"))
    b = server.add("/b.html", page("Second story"))
    listing = tmp_path / "urls.txt"
    listing.write_text(f"# links from a colleague\n\n{a}   # wire copy\n  {b}\n#{a}\n")
    assert (
        main(["fetch", "--from", str(listing), "--into", str(tmp_path / "s"), "--delay", "0"]) == 0
    )
    assert sorted(p for p, _ in server.requests if p != "/robots.txt") == ["/a.html", "/b.html"]


def test_hostile_title_saved_and_printed_safely(server, tmp_path, capsys):
    url = server.add("/evil.html", _hostile_page())
    assert main(["fetch", url, "--into", str(tmp_path / "s"), "--delay", "0"]) == 0
    (saved,) = [p for p in (tmp_path / "s").iterdir() if not p.name.startswith(".")]
    assert saved.read_bytes() == _hostile_page()
    assert (
        saved.name == "127.0.0.1 - script x -script RED [bold]Breaking[-bold] evil ..-..-etc.html"
    )
    out = capsys.readouterr()
    assert "\x1b" not in out.err + out.out and "\u202e" not in out.err + out.out


class _Terminal(io.StringIO):
    def isatty(self) -> bool:
        return True


def test_progress_line_on_a_terminal_only():
    outcomes = [
        Outcome("https://a.example/1", "saved"),
        Outcome("https://a.example/\x1b[2J", "skipped", "HTTP 404 \x1b]0;title\x07"),
    ]
    quiet = io.StringIO()
    p = Progress(2, quiet)
    for o in outcomes:
        p(o)
    p.close()
    assert quiet.getvalue() == ""
    term = _Terminal()
    p = Progress(2, term)
    p.draw()
    for o in outcomes:
        p(o)
    p.close()
    shown = term.getvalue()
    assert "] 1/2" in shown and "] 2/2" in shown and "skipped" in shown
    # our own line clearing only: the address's escape is shown as symbols
    assert shown.replace("\r\x1b[2K", "").count("\x1b") == 0 and "␛[2J" in shown


def test_summary_lists_every_failure(server, tmp_path, capsys):
    urls = [server.add(f"/{i}.html", page(f"Story {i}")) for i in range(3)]
    urls.append(server.url("/missing.html"))
    assert main(["fetch", *urls, "--into", str(tmp_path / "s"), "--delay", "0"]) == 1
    err = capsys.readouterr().err.splitlines()
    assert err[-1].endswith(": 3 saved, 1 skipped")
    assert any("missing.html: HTTP 404" in line for line in err)


def test_no_network_code_without_fetch():
    """Loading, extracting and the app never import the fetcher or an HTTP client."""
    code = f"""
import asyncio, sys
import tui
from tui.cli import main
from tui.config import load_config
corpus = tui.load_corpus([{str(SEEDS)!r}])
from tui.app.app import StorylineApp
app = StorylineApp(paths=[{str(SEEDS)!r}], config=load_config({str(ROOT / "config.yaml")!r}), corpus=corpus)
async def go():
    async with app.run_test() as pilot:
        await pilot.pause()
        await pilot.press("ctrl+p")
        await pilot.pause()
        await pilot.press("escape")
asyncio.run(go())
main(["extract", {str(SEEDS)!r}, "--jsonl"])
bad = sorted(m for m in sys.modules if m.split(".")[0] in ("urllib3", "feedparser", "brotli")
             or m.startswith("tui.fetch") or m in ("http.client", "urllib.request"))
print("BAD", bad, file=sys.stderr)
"""
    res = subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, cwd=ROOT, timeout=120
    )
    assert res.returncode == 0, res.stderr[-2000:]
    assert "BAD []" in res.stderr
