"""Hostile names, links and shards (issue 25): the paths that reached the terminal, the
shell and the disk through file and folder names, ``.jsonl`` fields, config values,
symbolic links, temporary files, the state file and worker processes.

Each test here failed on the code before the fixes; the inputs come from the generator
(:mod:`tests.hostile.make_corpus`)."""

from __future__ import annotations

import contextlib
import json
import os
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest

from tests.conftest import ROOT
from tests.hostile.conftest import UNSAFE, model_strings, run_cli, wait_loaded
from tests.hostile.make_corpus import (
    ALIAS_SIZE_BOMB,
    HOSTILE_NAMES,
    NESTED_STATE,
    SECRET,
    SHARD_LONG_BODY,
    make_hostile_names,
    make_hostile_shard,
    make_plain_corpus,
    plant_temp_links,
    write_fake_editor,
)
from tui.config import Config, ConfigError, ExtractionConfig, LimitsConfig, SourcesConfig
from tui.corpus import load_corpus, update_corpus

LINK_OUT = "is a symbolic link to a file outside the folders read (sources.follow_links: inside)"


@pytest.fixture
def own_cache(tmp_path, monkeypatch) -> Path:
    cache = tmp_path / "cache"
    monkeypatch.setenv("STORYLINE_CACHE_DIR", str(cache))
    return cache


def assert_visible(corpus) -> None:
    """Every text of the model but ``path`` (kept exact, to open the file) is visible."""
    for key, s in model_strings(corpus.to_dict()):
        if key != "path":
            assert not UNSAFE.search(s), (key, ascii(s[:120]))


def _clean_text(data: bytes) -> str:
    text = data.decode("utf-8")
    found = UNSAFE.search(text)
    assert found is None, ascii(text[max(0, found.start() - 60) : found.start() + 20])
    return text


# --------------------------------------------------------------------------- temporary files


def test_a_report_never_writes_through_a_planted_temporary_link(tmp_path):
    from tui.export import save_text

    out = tmp_path / "reports"
    out.mkdir()
    precious = tmp_path / "precious.txt"
    precious.write_text("precious\n")
    plant_temp_links(out, "report.md", precious, [os.getpid()])
    before = sorted(p.name for p in out.iterdir())
    save_text(out / "report.md", "# the report\n")
    assert precious.read_text() == "precious\n"
    assert not (out / "report.md").is_symlink() and (out / "report.md").read_text() == (
        "# the report\n"
    )
    assert sorted(p.name for p in out.iterdir()) == sorted(before + ["report.md"])


def test_the_config_cache_never_writes_through_a_planted_link(tmp_path, own_cache):
    from tui.config import load_config

    precious = tmp_path / "precious.txt"
    precious.write_text("precious\n")
    own_cache.mkdir()
    plant_temp_links(own_cache, "config.json", precious, [os.getpid()])
    cfg = tmp_path / "c.yaml"
    cfg.write_text("theme: textual-light\n")
    load_config(cfg, cache=True)
    assert precious.read_text() == "precious\n"
    assert load_config(cfg, cache=True).theme == "textual-light"


# --------------------------------------------------------------------------- config


def test_the_alias_size_bomb_is_refused_under_a_memory_cap(tmp_path):
    """With the parsed-config cache on, under a 1 GB address-space cap."""
    cfg = tmp_path / "bomb.yaml"
    cfg.write_text(ALIAS_SIZE_BOMB)
    (tmp_path / "a").mkdir()
    (tmp_path / "a" / "a.txt").write_text("Officials met, a spokesman said.\n")
    code = (
        "import resource, sys\n"
        "resource.setrlimit(resource.RLIMIT_AS, (1 << 30, 1 << 30))\n"
        "from tui.cli import main\n"
        f"sys.exit(main(['extract', {str(tmp_path / 'a')!r}, '--config', {str(cfg)!r}]))\n"
    )
    env = dict(os.environ, STORYLINE_CACHE_DIR=str(tmp_path / "cache"))
    env.pop("STORYLINE_CACHE", None)
    r = subprocess.run(
        [sys.executable, "-c", code],
        check=False,
        capture_output=True,
        cwd=ROOT,
        env=env,
        timeout=300,
    )
    err = r.stderr.decode(errors="replace")
    assert r.returncode == 2, err[-2000:]
    assert err.count("\n") == 1 and "more than 4,000,000 characters" in err


def test_follow_links_is_validated_like_any_setting():
    from tui.config import parse_config

    with pytest.raises(ConfigError) as e:
        parse_config("sources:\n  follow_links: sometimes\n", "c.yaml")
    assert (e.value.line, e.value.key) == (2, "sources.follow_links")
    assert "expected one of inside, all" in e.value.message
    assert parse_config("sources:\n  follow_links: all\n").sources.follow_links == "all"
    assert Config().sources.follow_links == "inside"


# --------------------------------------------------------------------------- names


def test_names_are_visible_and_ids_equal_on_cold_and_warm_loads(tmp_path, own_cache):
    cases = make_hostile_names(tmp_path)
    cold = load_corpus([cases["folder"]], Config(), jobs=1, cache=True)
    warm = load_corpus([cases["folder"]], Config(), jobs=1, cache=True)
    assert [a.id for a in warm.articles] == [a.id for a in cold.articles]
    assert len(cold.articles) == len(HOSTILE_NAMES) + 1  # and the link inside the folder
    for corpus in (cold, warm):
        assert_visible(corpus)
    by_path = {a.path: a.id for a in warm.articles}
    assert by_path[str(cases["osc0"])] == "title␛]0;PWNED-TITLE␛\\"


def test_the_command_line_prints_the_same_visible_ids_cold_and_warm(tmp_path):
    cases = make_hostile_names(tmp_path)
    cache = tmp_path / "cache"
    runs = [run_cli("extract", str(cases["folder"]), "--json", cache=cache) for _ in range(2)]
    ids = []
    for r in runs:
        assert r.returncode == 0, r.stderr
        _clean_text(r.stderr)
        data = json.loads(_clean_text(r.stdout))
        assert not any(UNSAFE.search(a["id"]) for a in data["articles"])
        ids.append([a["id"] for a in data["articles"]])
    assert ids[0] == ids[1]


def test_every_field_of_a_shard_is_made_visible(tmp_path):
    shard = make_hostile_shard(tmp_path / "story" / "shard.jsonl")
    corpus = load_corpus([shard], Config(), jobs=1, cache=False)
    assert_visible(corpus)
    first = corpus.articles[0]
    assert first.outlet == "Evil␛]52;c;cm0gLXJmIH4K␛\\ News"
    assert first.url is None  # an address with escape sequences is no address
    assert first.path == "+!touch pwned.txt"  # kept exact
    gone = [s for s in corpus.skipped if s.path.startswith("gone")]
    assert gone and gone[0].path == "gone\x1b]0;PWNED-SKIP\x07.txt"
    assert gone[0].reason == "r␛[5m"


def test_a_config_override_is_made_visible(tmp_path):
    from tui.config import parse_config

    (tmp_path / "a.txt").write_text("Officials met in Doha on Sunday, a spokesman said.\n")
    cfg = parse_config(
        'sources:\n  overrides:\n    a.txt:\n      outlet: "Evil\\e]0;PWNED\\a"\n'
        '      title: "T\\e[2J"\n      url: "https://x.org/\\e]0;t\\a"\n'
    )
    corpus = load_corpus([tmp_path], cfg, jobs=1, cache=False)
    (a,) = corpus.articles
    assert (a.outlet, a.title, a.url) == ("Evil␛]0;PWNED␇", "T␛[2J", None)


# ------------------------------------------------------------------------- names that are not UTF-8


def test_a_name_that_is_not_utf8_never_stops_a_load_and_is_cached(tmp_path, own_cache):
    import tui.load.articles as articles_mod

    cases = make_hostile_names(tmp_path)
    first = load_corpus([cases["folder"]], Config(), jobs=1, cache=True)
    bad = str(cases["not_utf8"])
    assert bad in {a.path for a in first.articles}
    with pytest.MonkeyPatch.context() as mp:  # the second load extracts nothing
        mp.setattr(articles_mod, "_extracted", lambda todo, *a: pytest.fail(f"extracted {todo}"))
        second = load_corpus([cases["folder"]], Config(), jobs=1, cache=True)
    assert [a.id for a in second.articles] == [a.id for a in first.articles]


def test_the_command_line_loads_a_name_that_is_not_utf8_every_time(tmp_path):
    cases = make_hostile_names(tmp_path)
    for _ in range(2):
        r = run_cli("extract", str(cases["folder"]), "--jsonl", cache=tmp_path / "cache")
        assert r.returncode == 0, r.stderr.decode(errors="replace")[-2000:]
        _clean_text(r.stdout)


def test_every_write_of_cache_metadata_fails_soft(tmp_path, own_cache, monkeypatch):
    from tui.app.state import save_state
    from tui.config import load_config
    from tui.load.cache import ArticleCache, FileIndex
    from tui.model import Article

    name = os.fsdecode(b"/x/bad\xff.txt")
    index = FileIndex(own_cache, [name])
    st = os.stat(ROOT / "config.yaml")
    index.remember(name, st, 1, b"d" * 32, time.time_ns() + 10**10)
    assert index.save() is True
    assert FileIndex(own_cache, [name]).load().lookup(name, st) == (1, b"d" * 32)
    assert ArticleCache().put("ab" * 32, Article(id="x", path=name, format="text", body="x"))

    def refuse(*a, **k):
        raise OSError(28, "No space left on device")

    monkeypatch.setattr(os, "replace", refuse)
    index.changed = True
    assert index.save() is False
    assert ArticleCache().put("cd" * 32, Article(id="x", path="x", format="text")) is False
    save_state("k", "reader", "x")
    cfg = tmp_path / "c.yaml"
    cfg.write_text("theme: textual-light\n")
    assert load_config(cfg, cache=True).theme == "textual-light"


# --------------------------------------------------------------------------- ids


def test_ids_are_unique_whatever_the_stems(tmp_path, own_cache):
    for name in ("x.md", "x.txt", "x~2.txt", "x~3.txt", "x~2.md", "x~2~2.txt"):
        (tmp_path / name).write_text(f"Officials met in Doha, a spokesman said ({name}).\n")
    loads = [load_corpus([tmp_path], Config(), jobs=1, cache=True) for _ in range(2)]
    ids = [[a.id for a in c.articles] for c in loads]
    assert len(set(ids[0])) == 6 and ids[0] == ids[1]


def test_shard_ids_are_unique_whatever_the_shards_say(tmp_path):
    a = make_hostile_shard(tmp_path / "a.jsonl")
    b = make_hostile_shard(tmp_path / "b.jsonl")
    corpus = load_corpus([a, b], Config(), jobs=1, cache=False)
    ids = [x.id for x in corpus.articles]
    assert len(ids) == 8 and len(set(ids)) == len(ids), ids


# --------------------------------------------------------------------------- links


def test_a_link_out_of_the_folder_is_skipped_with_its_reason(tmp_path, own_cache):
    cases = make_hostile_names(tmp_path)
    for cache in (False, True, True):
        corpus = load_corpus([cases["folder"]], Config(), jobs=1, cache=cache)
        skipped = {s.path: s.reason for s in corpus.skipped}
        assert skipped == {str(cases["link_out"]): LINK_OUT}
        assert str(cases["link_in"]) in {a.path for a in corpus.articles}
        assert SECRET not in json.dumps(corpus.to_dict())


def test_follow_links_all_reads_a_link_out_of_the_folder(tmp_path):
    cases = make_hostile_names(tmp_path)
    cfg = Config(sources=SourcesConfig(follow_links="all"))
    corpus = load_corpus([cases["folder"]], cfg, jobs=1, cache=False)
    assert corpus.skipped == []
    assert any(SECRET in a.body for a in corpus.articles)


def test_the_command_line_never_prints_what_a_link_out_points_at(tmp_path):
    cases = make_hostile_names(tmp_path)
    r = run_cli("extract", str(cases["folder"]), "--jsonl", cache=tmp_path / "cache")
    assert r.returncode == 0
    assert SECRET.encode() not in r.stdout and b"hunter2" not in r.stdout
    assert LINK_OUT.encode() in r.stderr


@pytest.mark.parametrize("cache", [False, True], ids=["no-cache", "cache"])
def test_watch_mode_skips_a_new_link_out_of_the_folder(tmp_path, own_cache, cache):
    from tui.load.sources import watched_changes

    folder = tmp_path / "story"
    folder.mkdir()
    (folder / "a.txt").write_text("Officials met in Doha on Sunday, a spokesman said.\n")
    (tmp_path / "secret.txt").write_text(SECRET + "\n")
    corpus = load_corpus([folder], Config(), jobs=1, cache=cache)
    link = folder / "new.txt"
    link.symlink_to(tmp_path / "secret.txt")
    changed = watched_changes([str(link)], Config(), [folder])
    assert changed == [str(link)]  # the update names it, and skips it with its reason
    new, counts = update_corpus(corpus, changed, [], Config(), paths=[folder], cache=cache)
    assert [a.path for a in new.articles] == [str(folder / "a.txt")]
    assert [(s.path, s.reason) for s in new.skipped] == [(str(link), LINK_OUT)]
    assert counts["skipped"] == 1


# ---------------------------------------------------------------------- shards and the cache folder


def test_shard_bodies_obey_max_body_chars(tmp_path):
    shard = make_hostile_shard(tmp_path / "shard.jsonl")
    limit = 100_000
    cfg = Config(extraction=ExtractionConfig(limits=LimitsConfig(max_body_chars=limit)))
    corpus = load_corpus([shard], cfg, jobs=1, cache=False)
    (long,) = [a for a in corpus.articles if a.path == "long.txt"]
    assert len(long.body) <= limit < SHARD_LONG_BODY
    assert any(f"longer than {limit:,} characters; the rest was cut" in w for w in long.warnings)


def test_a_shard_caption_with_control_characters_keeps_its_dates(tmp_path):
    """Captions are made visible one character for one: a date found in a caption
    indexes it, and must still point at its words."""
    caption = "Photo \x85\u202e taken on March 10."
    start = caption.index("March 10")
    article = {
        "id": "c",
        "path": "c.txt",
        "format": "text",
        "body": "Officials met.",
        "captions": [caption],
        "timexes": [
            {"start": start, "end": start + 8, "text": "March 10", "type": "DATE"}
            | {"value": "2020-03-10", "caption": 0}
        ],
    }
    shard = tmp_path / "c.jsonl"
    shard.write_text(json.dumps({"type": "article", "article": article}) + "\n")
    (a,) = load_corpus([shard], Config(), jobs=1, cache=False).articles
    (t,) = [t for t in a.timexes if t.caption == 0]
    assert a.captions[0][t.start : t.end] == t.text == "March 10"
    assert not UNSAFE.search(a.captions[0])


def test_non_finite_numbers_are_refused_from_shards_and_never_written(tmp_path):
    shard = make_hostile_shard(tmp_path / "shard.jsonl")
    corpus = load_corpus([shard], Config(), jobs=1, cache=False)
    assert not {"nan", "inf", "big"} & {a.id for a in corpus.articles}
    reasons = [s.reason for s in corpus.skipped]
    assert sum("not a finite number" in r for r in reasons) == 3, reasons
    for args in (["--jsonl"], ["--json"]):
        r = run_cli("extract", str(shard), *args, "--no-cache")
        assert r.returncode == 0
        for line in r.stdout.splitlines():  # standard JSON only
            json.loads(line, parse_constant=lambda c: pytest.fail(f"{c} written"))


def test_cache_pruning_never_leaves_the_cache_folder(tmp_path):
    from tui.load.cache import ArticleCache, FileIndex, file_indexes_clear
    from tui.load.merge_cache import MergeCache

    root = tmp_path / "cache"
    root.mkdir()
    outside = {}
    for sub in ("merge", "files", "articles"):
        elsewhere = tmp_path / f"elsewhere-{sub}"
        (elsewhere / "ab").mkdir(parents=True)
        files = [elsewhere / f"{'ab' * 32}{i}.mpk" for i in range(30)]
        files += [elsewhere / "ab" / f"{'ab' * 32}.mpk"]
        for f in files:
            f.write_bytes(b"mine")
        (root / sub).symlink_to(elsewhere, target_is_directory=True)
        outside[sub] = files
    MergeCache(root)._prune()
    MergeCache(root).clear()
    ArticleCache(root).clear()
    file_indexes_clear(root)
    index = FileIndex(root, ["x"])
    index.changed = True
    index.save()
    for files in outside.values():
        assert all(f.read_bytes() == b"mine" for f in files)


# ----------------------------------------------------------- the dashboard: names and opening files


@pytest.fixture
def notes(monkeypatch) -> list[str]:
    """Every notification's title and message, as Textual gets them to show."""
    from textual.app import App

    seen: list[str] = []
    real = App.notify

    def notify(self, message, *, title="", **kw):
        seen.append(f"{title} {message}")
        return real(self, message, title=title, **kw)

    monkeypatch.setattr(App, "notify", notify)
    return seen


async def test_the_dashboard_header_and_notifications_show_names_visibly(
    tmp_path, own_cache, monkeypatch, notes
):
    """A warm start on a folder with a hostile name, hostile file names and stems that
    collide, with a state file nested 100,000 deep: it starts, and no escape reaches the
    header, a notification or the screen while moving through the sources and trying to
    open each (the test has no terminal to hand to an editor: "Could not open PATH")."""
    from tui.app.app import StorylineApp

    state = tmp_path / "state"
    state.mkdir()
    (state / "state.json").write_text(NESTED_STATE)
    monkeypatch.setenv("STORYLINE_STATE_DIR", str(state))
    cases = make_hostile_names(tmp_path)
    load_corpus([cases["folder"]], Config(), jobs=1, cache=True)  # the cache is warm
    app = StorylineApp(paths=[cases["folder"]], config=Config())
    shots = []
    async with app.run_test(size=(120, 40)) as pilot:
        await wait_loaded(app, pilot)
        assert len({a.id for a in app.corpus.articles}) == len(app.corpus.articles)
        await pilot.press("2")
        for key in "]o" * len(app.corpus.articles) + "[[":
            await pilot.press(key)  # (o: "Could not open PATH", PATH exact, held raw)
            await pilot.pause()
            shots.append(app.export_screenshot())
        texts = [app.title, app.sub_title, *notes]
    assert len(notes) >= len(app.corpus.articles)
    assert "PWNED-FOLDER" in app.sub_title
    for s in texts + shots:
        bad = UNSAFE.search(s)
        assert bad is None, ascii(s[max(0, bad.start() - 60) : bad.start() + 20])


def _argv_runs(log: Path) -> list[list[str]]:
    runs, cur = [], []
    for line in log.read_text().splitlines() if log.exists() else []:
        if line == "--end--":
            runs.append(cur)
            cur = []
        else:
            cur.append(line)
    return runs


@contextlib.contextmanager
def _no_suspend():
    yield


async def _open_each(app, pilot, ids) -> None:
    await pilot.press("2")
    for article_id in ids:
        app.open_article(article_id)
        await pilot.pause()
        await pilot.press("o")
        await pilot.pause()


async def test_o_puts_double_dash_before_a_name_an_editor_would_read_as_a_command(
    tmp_path, monkeypatch
):
    folder = tmp_path / "story"
    folder.mkdir()
    for name in ("+!touch pwned.txt", "-c!touch pwned-dash.txt", "plain.txt"):
        (folder / name).write_text("Officials met in Doha on Sunday, a spokesman said.\n")
    log = tmp_path / "argv.log"
    monkeypatch.setenv("EDITOR", str(write_fake_editor(tmp_path / "editor", log)))
    monkeypatch.delenv("PAGER", raising=False)
    monkeypatch.chdir(folder)  # so that the paths start with the names
    from tui.app.app import StorylineApp

    app = StorylineApp(paths=[Path(".")], config=Config(), remember=False)
    monkeypatch.setattr(app, "suspend", _no_suspend)
    async with app.run_test(size=(120, 40)) as pilot:
        await wait_loaded(app, pilot)
        await _open_each(app, pilot, [a.id for a in app.corpus.articles])
    runs = _argv_runs(log)
    assert sorted(r[-1] for r in runs) == [
        "./+!touch pwned.txt",
        "./-c!touch pwned-dash.txt",
        "plain.txt",
    ]
    assert all(r[-2] == "--" for r in runs)
    assert sorted(p.name for p in folder.iterdir()) == [
        "+!touch pwned.txt",
        "-c!touch pwned-dash.txt",
        "plain.txt",
    ]


async def test_a_shard_path_outside_the_folders_read_is_not_opened(tmp_path, monkeypatch, notes):
    folder = tmp_path / "story"
    make_hostile_shard(folder / "shard.jsonl")
    real = folder / "long.txt"  # the shard's long article names a file that is here
    real.write_text("Officials met.\n")
    log = tmp_path / "argv.log"
    monkeypatch.setenv("EDITOR", str(write_fake_editor(tmp_path / "editor", log)))
    monkeypatch.delenv("PAGER", raising=False)
    monkeypatch.chdir(folder)  # where the shard's relative paths are
    from tui.app.app import StorylineApp

    app = StorylineApp(paths=[Path("shard.jsonl")], config=Config(), remember=False)
    monkeypatch.setattr(app, "suspend", _no_suspend)
    async with app.run_test(size=(120, 40)) as pilot:
        await wait_loaded(app, pilot)
        paths = {a.path: a.id for a in app.corpus.articles}
        await _open_each(app, pilot, [paths[p] for p in ("+!touch pwned.txt", "/etc/passwd")])
        refused = list(notes)
        await _open_each(app, pilot, [paths["long.txt"]])
    runs = _argv_runs(log)
    assert runs == [["--", "long.txt"]]
    assert sum("not opened" in n for n in refused) == 2, refused
    assert not (folder / "pwned.txt").exists()


# -------------------------------------------------------------- the state file and worker processes


def test_a_state_file_nested_100000_deep_is_ignored(tmp_path, monkeypatch):
    from tui.app.state import load_state, save_state, state_file

    monkeypatch.setenv("STORYLINE_STATE_DIR", str(tmp_path))
    state_file().write_text(NESTED_STATE)
    assert load_state("k") == {}
    save_state("k", "reader", "x")
    assert load_state("k") == {"pane": "reader", "article": "x"}


def test_the_state_file_is_never_written_through_a_planted_link(tmp_path, monkeypatch):
    from tui.app.state import load_state, save_state, state_file

    monkeypatch.setenv("STORYLINE_STATE_DIR", str(tmp_path / "state"))
    precious = tmp_path / "precious.txt"
    precious.write_text("precious\n")
    state_file().parent.mkdir()
    plant_temp_links(state_file().parent, "state.json", precious, [os.getpid()])
    save_state("k", "reader", "x")
    assert precious.read_text() == "precious\n"
    assert load_state("k") == {"pane": "reader", "article": "x"}


def _descendants(pid: int) -> dict[int, str]:
    """pid -> start time of every living process below ``pid`` (from /proc)."""
    children: dict[int, list[int]] = {}
    start: dict[int, str] = {}
    for entry in os.listdir("/proc"):
        if not entry.isdigit():
            continue
        try:
            stat = Path(f"/proc/{entry}/stat").read_text()
        except OSError:
            continue
        fields = stat.rsplit(")", 1)[1].split()
        if fields[0] == "Z":
            continue
        children.setdefault(int(fields[1]), []).append(int(entry))
        start[int(entry)] = fields[19]
    out, todo = {}, [pid]
    while todo:
        for c in children.get(todo.pop(), []):
            out[c] = start[c]
            todo.append(c)
    return out


def _alive(procs: dict[int, str]) -> list[int]:
    left = []
    for pid, started in procs.items():
        try:
            fields = Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()
        except OSError:
            continue
        if fields[0] != "Z" and fields[19] == started:
            left.append(pid)
    return left


@pytest.mark.skipif(not Path("/proc/self/stat").exists(), reason="needs /proc")
def test_kill_9_of_a_cold_extract_leaves_no_process_behind(tmp_path):
    folder = make_plain_corpus(tmp_path / "corpus", 600)
    env = dict(os.environ)
    env.pop("STORYLINE_JOBS", None)
    proc = subprocess.Popen(
        [sys.executable, "-m", "tui", "extract", str(folder), "--json", "--jobs", "2"]
        + ["--no-cache"],
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
        cwd=ROOT,
        env=env,
    )
    try:
        deadline = time.monotonic() + 120
        seen: dict[int, str] = {}
        # the resource tracker, the fork server and at least one worker (a grandchild)
        while time.monotonic() < deadline and proc.poll() is None:
            seen.update(_descendants(proc.pid))
            grandchildren = [p for p in seen if Path(f"/proc/{p}").exists()]
            if len(grandchildren) >= 3:
                break
            time.sleep(0.02)
        assert proc.poll() is None, "the extract ended before its workers were seen"
        seen.update(_descendants(proc.pid))
        os.kill(proc.pid, signal.SIGKILL)
        proc.wait(timeout=30)
        deadline = time.monotonic() + 20
        while _alive(seen) and time.monotonic() < deadline:
            time.sleep(0.05)
        assert _alive(seen) == []
    finally:
        if proc.poll() is None:
            proc.kill()
        for pid in _alive(locals().get("seen", {})):
            with contextlib.suppress(OSError):
                os.kill(pid, signal.SIGKILL)
