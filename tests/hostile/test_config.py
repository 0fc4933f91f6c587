"""Bad config files: each gives one clear error line naming the file, the line and the key,
exit status 2, no traceback (run as the command, no terminal on stdin)."""

from __future__ import annotations

import json

import pytest

from tests.hostile.conftest import run_cli
from tests.hostile.make_corpus import BAD_CONFIGS, make_hostile_configs
from tui.config import ConfigError, load_config, parse_config


@pytest.fixture(scope="module")
def configs(tmp_path_factory):
    root = tmp_path_factory.mktemp("hostile-config")
    articles = root / "articles"
    articles.mkdir()
    (articles / "a.txt").write_text(
        " date 2020-04-01\n\nThe envoy said on Sunday that talks would resume.\n"
    )
    # the configs sit two folders below the root, so '..' paths can reach the articles
    return articles, make_hostile_configs(root / "configs" / "sub", articles)


def _expected(name: str) -> list[str]:
    return (
        BAD_CONFIGS[name][1] if name in BAD_CONFIGS else ["104,857,600 bytes", "at most 1,000,000"]
    )


#: run as a real process (the rest run through the same main() in-process, which is faster)
AS_PROCESS = [
    "invalid_yaml",
    "alias_bomb",
    "huge",
    "wrong_type_date",
    "keys_not_a_key",
    "dotdot_missing",
    "deep_nesting",
]

#: configs whose only fault is a sources path: checked when the config's paths are the ones
#: read, so these run without paths on the command line (those would replace them)
OWN_PATHS = {"missing_path", "dotdot_missing"}


def _args(name: str, articles) -> list[str]:
    return [] if name in OWN_PATHS else [str(articles)]


@pytest.mark.parametrize("name", AS_PROCESS)
def test_each_bad_config_gives_one_clear_error_and_status_2(configs, name):
    articles, files = configs
    cfg = files[name]
    r = run_cli("extract", *_args(name, articles), "--config", str(cfg))
    err = r.stderr.decode("utf-8", "replace")
    assert r.returncode == 2, err
    assert r.stdout == b""
    assert "Traceback" not in err
    assert err.count("\n") == 1 and err.startswith(f"storyline: {cfg}"), err
    for piece in _expected(name):
        assert piece in err, (piece, err)


@pytest.mark.parametrize(
    "name, command",
    [(n, "extract") for n in [*BAD_CONFIGS, "huge"]] + [(n, "report") for n in AS_PROCESS],
)
def test_every_bad_config_in_process(configs, name, command, capsys):
    from tui.cli import main

    articles, files = configs
    cfg = files[name]
    assert main([command, *_args(name, articles), "--config", str(cfg)]) == 2
    out, err = capsys.readouterr()
    assert out == "" and err.count("\n") == 1 and err.startswith(f"storyline: {cfg}"), err
    for piece in _expected(name):
        assert piece in err, (piece, err)


def test_two_bindings_remapped_onto_one_key_stop_the_dashboard(configs, tmp_path):
    """Which keys clash depends on where each binding is active: the app's, checked when
    the dashboard starts (as the theme is), before it asks for a terminal."""
    articles, _ = configs
    cfg = tmp_path / "keys-twice.yaml"
    cfg.write_text("keys:\n  quit: q\n  pane.next: q\n")
    r = run_cli(str(articles), "--config", str(cfg))
    err = r.stderr.decode("utf-8", "replace")
    assert r.returncode == 2 and "Traceback" not in err and err.count("\n") == 1, err
    assert (
        err.startswith(f"storyline: {cfg}:3: keys.pane.next: 'q' for pane.next") and "quit" in err
    )


@pytest.mark.parametrize("name", sorted(OWN_PATHS))
def test_a_missing_config_path_does_not_stop_a_run_on_other_paths(configs, name, capsys):
    from tui.cli import main

    articles, files = configs
    assert main(["extract", str(articles), "--config", str(files[name]), "--no-cache"]) == 0
    out, _ = capsys.readouterr()
    assert [a["id"] for a in json.loads(out)["articles"]] == ["a"]


def test_the_huge_config_is_refused_by_its_size_without_reading_it(configs, monkeypatch):
    from pathlib import Path

    _, files = configs
    monkeypatch.setattr(Path, "read_bytes", lambda self: pytest.fail("the 100 MB file was read"))
    with pytest.raises(ConfigError, match="104,857,600 bytes"):
        load_config(files["huge"])


def test_a_dotdot_path_that_exists_is_allowed(configs):
    """Articles may sit next to the config's folder: '..' is resolved against the config file."""
    articles, files = configs
    cfg = load_config(files["dotdot_ok"])
    assert cfg.sources.paths[0].startswith("../")
    assert cfg.resolve(cfg.sources.paths[0]).resolve() == articles.resolve()
    r = run_cli("extract", "--config", str(files["dotdot_ok"]), "--no-cache")
    assert r.returncode == 0, r.stderr
    assert [a["id"] for a in json.loads(r.stdout)["articles"]] == ["a"]


def test_a_dotdot_path_that_does_not_exist_names_its_line(configs):
    _, files = configs
    with pytest.raises(ConfigError) as e:
        load_config(files["dotdot_missing"])
    assert (e.value.line, e.value.key) == (3, "sources.paths[0]")
    assert "no such file or folder: ../../../../nowhere/at/all" in e.value.message


# --------------------------------------------------------------------------- the fixes, one by one


def test_an_impossible_date_is_a_validation_error_not_a_crash():
    # PyYAML's own date parsing raises ValueError on 2020-13-45
    with pytest.raises(ConfigError) as e:
        parse_config("extraction:\n  published: 2020-13-45\n", "c.yaml")
    assert (e.value.line, e.value.key) == (2, "extraction.published")
    assert "expected a date as YYYY-MM-DD, got the text '2020-13-45'" in e.value.message
    assert (
        parse_config("extraction:\n  published: 2020-02-29\n").extraction.published.isoformat()
        == "2020-02-29"
    )


def test_a_key_given_twice_is_an_error_naming_both_lines():
    with pytest.raises(ConfigError) as e:
        parse_config("keys:\n  quit: q\n  pane.next: n\n  quit: x\n", "c.yaml")
    assert (e.value.line, e.value.key) == (4, "keys.quit")
    assert "'quit' is given twice (first on line 2)" in e.value.message
    with pytest.raises(ConfigError, match="'sources' is given twice"):
        parse_config("sources:\n  recursive: true\nkeys: {}\nsources:\n  recursive: false\n")
    # the same name in different sections is fine
    parse_config("sources:\n  paths: [a]\nlayout:\n  panes: [sources]\n")


def test_nan_is_not_a_number_but_infinity_is_no_limit():
    with pytest.raises(ConfigError, match="expected a number, got nan"):
        parse_config("extraction:\n  limits:\n    max_seconds_per_article: .nan\n")
    cfg = parse_config("extraction:\n  limits:\n    max_seconds_per_article: .inf\n")
    assert cfg.extraction.limits.max_seconds_per_article == float("inf")


def test_nesting_thousands_deep_is_refused_quickly():
    # inline lists: refused before parsing (PyYAML's scanner is quadratic in their depth)
    with pytest.raises(ConfigError, match="nested more than 64 deep") as e:
        parse_config("theme: x\nsources: " + "[" * 100_000 + "]" * 100_000 + "\n")
    assert e.value.line == 2
    # brackets in quotes and comments are text, not nesting
    cfg = parse_config(
        "theme: '[[[[[[[['  # [[[[[[[[[[[[\nkeys: {quit: \"[\"}\n" + "# " + "[" * 100 + "\n"
    )
    assert cfg.theme == "[[[[[[[[" and cfg.keys == {"quit": "["}
    # indented mappings thousands deep
    with pytest.raises(ConfigError, match="nested too deeply"):
        parse_config("a:\n" + "".join(" " * i + f"k{i}:\n" for i in range(1, 1500)))


def test_bad_binary_value_names_its_line():
    with pytest.raises(ConfigError) as e:
        parse_config("theme: !!binary '@@@ not base64'\n", "c.yaml")
    assert e.value.line == 1
