"""``config.yaml`` -> typed, validated settings.

The file is read with ``yaml.safe_load`` (and composed with the safe loader once more
to learn the line of every key), after checks on its size and on YAML aliases (an
alias bomb is refused before anything is built). Every error names the file, the line
and the dotted key, and says what was expected; unknown keys get a did-you-mean.
"""

from __future__ import annotations

import datetime as _dt
import difflib
import os
import types
import typing
from dataclasses import dataclass, field, fields, is_dataclass
from pathlib import Path
from typing import Any, Literal

from tui.files import read_fd
from tui.keynames import KeyNameError, normalize_key, normalize_keys

MAX_CONFIG_BYTES = 1_000_000
MAX_YAML_ALIASES = 32
MAX_YAML_NODES = 100_000
#: The text of every value with the aliases expanded may be at most this long: a few
#: aliases can make a small file stand for gigabytes (a long text in a list, doubled
#: again and again), which anything that copies the values (the parsed-config cache's
#: encoding, validation) would build.
MAX_EXPANDED_CHARS = 4 * MAX_CONFIG_BYTES
#: Lists and mappings written inline (``[[[...]]]``) nested deeper than this are refused
#: before parsing: PyYAML's scanner takes time that grows with the square of this depth.
MAX_FLOW_DEPTH = 64


class ConfigError(Exception):
    """A config problem, worded for the user: ``file:line: key: message``."""

    def __init__(
        self, message: str, file: str | None = None, line: int | None = None, key: str | None = None
    ):
        self.message = message
        self.file = file
        self.line = line
        self.key = key
        super().__init__(str(self))

    def __str__(self) -> str:
        where = self.file or "<config>"
        if self.line is not None:
            where += f":{self.line}"
        key = f" {self.key}:" if self.key else ""
        return f"{where}:{key} {self.message}"


# --------------------------------------------------------------------------- models


@dataclass
class SourceOverride:
    """Corrections for one file, matched by file name, stem or glob."""

    outlet: str | None = None
    """The outlet that published the file (e.g. ``The New York Times``)."""
    date: _dt.date | None = None
    """The article's publication date, ``YYYY-MM-DD``."""
    title: str | None = None
    """The headline, when the file does not show one."""
    author: str | None = None
    """The byline."""
    url: str | None = None
    """Where the article was published."""


@dataclass
class OutletEntry:
    """A news outlet to add to the known ones (or to correct one: same name)."""

    name: str = ""
    """The outlet as readers know it (required), e.g. ``Kabul Now``."""
    short: str | None = None
    """The label on column headers (default: the name), e.g. ``KN``."""
    hosts: list[str] = field(default_factory=list)
    """Its web sites' domains, e.g. ``[kabulnow.com]``."""
    slugs: list[str] = field(default_factory=list)
    """How file or folder names and credits write it, e.g. ``[kabul_now, kn]``."""


@dataclass
class SourcesConfig:
    """Where the articles are."""

    paths: list[str] = field(default_factory=lambda: ["seeds"])
    """Files or folders to read; relative paths are relative to the config file."""
    include: list[str] = field(
        default_factory=lambda: [
            "*.txt",
            "*.text",
            "*.md",
            "*.markdown",
            "*.html",
            "*.htm",
            "*.xhtml",
        ]
    )
    """Glob patterns of file names to read inside folders."""
    exclude: list[str] = field(default_factory=list)
    """Glob patterns of file names to leave out."""
    recursive: bool = True
    """Look into sub-folders."""
    overrides: dict[str, SourceOverride] = field(default_factory=dict)
    """Per-file corrections of outlet, date, title, author and URL."""
    outlets: list[OutletEntry] = field(default_factory=list)
    """News outlets to add to the known ones (names, hosts and file-name slugs)."""
    watch: bool = False
    """Follow the folders while the app runs: new, changed and removed files are picked up."""
    follow_links: Literal["inside", "all"] = "inside"
    """Symbolic links to files: ``inside`` reads a link only when it points at a file under
    the folders read (a link out of them is skipped, with the reason); ``all`` reads every
    link."""


@dataclass
class ActorRule:
    """A correction of the automatic actor list."""

    name: str = ""
    """Canonical name of the actor (required)."""
    kind: Literal["PERSON", "ORG", "GPE"] | None = None
    """PERSON, ORG or GPE."""
    aliases: list[str] = field(default_factory=list)
    """Other names that mean this actor."""
    role: str | None = None
    """A role to add (e.g. ``Taliban spokesman``)."""
    ignore: bool = False
    """Drop this name: it is not an actor."""


@dataclass
class LayoutConfig:
    """Which panes the dashboard shows, and how."""

    mode: Literal["grid", "tabs"] = "tabs"
    """``tabs``: one pane at a time; ``grid``: several at once on a wide terminal."""
    panes: list[Literal["sources", "reader", "actors", "timeline", "quotes", "discrepancies"]] = (
        field(
            default_factory=lambda: [
                "sources",
                "reader",
                "actors",
                "timeline",
                "quotes",
                "discrepancies",
            ]
        )
    )
    """The panes, in order."""
    min_grid_width: int = 160
    """Below this many columns a grid layout falls back to tabs."""


@dataclass
class LimitsConfig:
    """Bounds that keep a huge or adversarial file from hanging loading."""

    max_file_bytes: int = 20_000_000
    """Files larger than this are read up to this size (with a warning)."""
    max_body_chars: int = 2_000_000
    """Article text beyond this many characters is cut (with a warning)."""
    max_html_depth: int = 512
    """HTML nested deeper than this is flattened (with a warning)."""
    max_seconds_per_article: float = 10.0
    """Analysis of one article stops after this long (with a warning)."""


@dataclass
class ExtractionConfig:
    """Settings that change what is extracted (they are part of the cache key)."""

    published: _dt.date | None = None
    """A date for every article that has none of its own."""
    infer_dates: bool = True
    """Infer an undated article's date from the dates it mentions."""
    limits: LimitsConfig = field(default_factory=LimitsConfig)
    """Size, depth and time limits."""


@dataclass
class DiscrepanciesConfig:
    """Which discrepancies (points where the sources differ) the pane and reports show."""

    ignore: list[str] = field(default_factory=list)
    """Discrepancies to silence: an id (``figure:prisoner:5000``) or a glob pattern matched
    against ids and topics, case-insensitively (``coverage:actor:*``, ``*Ghani*``)."""
    min_confidence: float = 0.5
    """Show only discrepancies at least this sure (0 to 1)."""
    kinds: list[Literal["figure", "attribution", "date", "coverage"]] = field(
        default_factory=lambda: ["figure", "attribution", "date", "coverage"]
    )
    """The kinds to look for."""


@dataclass
class Config:
    """Everything ``config.yaml`` can say. Every section is optional."""

    sources: SourcesConfig = field(default_factory=SourcesConfig)
    """Where the articles are, and per-file corrections."""
    actors: list[ActorRule] = field(default_factory=list)
    """Corrections of the automatic actors."""
    layout: LayoutConfig = field(default_factory=LayoutConfig)
    """Panes and layout."""
    keys: dict[str, str] = field(default_factory=dict)
    """Key remapping: binding id -> key(s), e.g. ``quit: ctrl+q``."""
    theme: str = "textual-dark"
    """A Textual theme name (``ansi-dark`` or ``ansi-light`` for terminals without true colour)."""
    extraction: ExtractionConfig = field(default_factory=ExtractionConfig)
    """Extraction settings."""
    discrepancies: DiscrepanciesConfig = field(default_factory=DiscrepanciesConfig)
    """Silencing and threshold of the discrepancies pane."""
    # Where the config came from (not YAML keys).
    file: str | None = field(default=None, metadata={"internal": True})
    base_dir: str = field(default=".", metadata={"internal": True})
    lines: dict = field(default_factory=dict, repr=False, metadata={"internal": True})

    def error(self, message: str, *path) -> ConfigError:
        """A ConfigError pointing at the line of ``path`` (e.g. ``("keys", "quit")``) in this
        file."""
        return _err(message, tuple(path), self.lines, self.file or "<config>")

    def keymap(self) -> dict[str, str]:
        """``keys:`` as the UI binds them: binding id -> keys, each key by its name."""
        return {bid: normalize_keys(keys) for bid, keys in self.keys.items()}

    def resolve(self, p: str) -> Path:
        path = Path(p).expanduser()
        return path if path.is_absolute() else Path(self.base_dir) / path

    def override_for(self, path: str | Path) -> SourceOverride | None:
        import fnmatch

        p = Path(path)
        for pattern, ov in self.sources.overrides.items():
            if pattern in (p.name, p.stem, str(path)) or fnmatch.fnmatch(p.name, pattern):
                return ov
        return None


# --------------------------------------------------------------------------- loading


def default_config() -> Config:
    return Config()


def load_config(
    path: str | Path | None = None, *, check_paths: bool = True, cache: bool = False
) -> Config:
    """Read and validate a config file. ``None`` gives the defaults.

    With ``cache``, what parsing the file's YAML gave is kept in the user cache folder
    (``config.json``, keyed by the file's exact text) and reused while the text is
    unchanged: starting the app then needs no YAML parser at all (importing PyYAML is a
    noticeable part of the app's first frame). Validation runs every time; the cache
    only stands in for the parser, holds only files that validated, and any doubt about
    an entry makes it a miss."""
    if path is None:
        return Config()
    p = Path(path)
    name = str(path)
    try:
        if p.is_dir():
            raise ConfigError("is a folder, not a config file", name)
        size = p.stat().st_size
    except FileNotFoundError:
        raise ConfigError("no such file", name) from None
    except OSError as e:
        raise ConfigError(f"cannot be read ({e.strerror or e})", name) from None
    if size > MAX_CONFIG_BYTES:
        raise ConfigError(
            f"is {size:,} bytes; a config file may be at most {MAX_CONFIG_BYTES:,}", name
        )
    try:
        # read at most one byte over the limit: a device or a pipe says size 0 and may
        # never end (``--config /dev/zero``); a pipe that ends (``--config <(...)``) is
        # read whole
        fd = os.open(p, os.O_RDONLY | getattr(os, "O_BINARY", 0) | getattr(os, "O_NOCTTY", 0))
        try:
            raw = read_fd(fd, MAX_CONFIG_BYTES, size)
        finally:
            os.close(fd)
        if len(raw) > MAX_CONFIG_BYTES:
            raise ConfigError(
                f"holds more than {MAX_CONFIG_BYTES:,} bytes; a config file may be at most that",
                name,
            )
        text = raw.decode("utf-8-sig")
    except UnicodeDecodeError as e:
        raise ConfigError(f"is not UTF-8 text (byte {e.start})", name) from None
    except OSError as e:
        raise ConfigError(f"cannot be read ({e.strerror or e})", name) from None
    parsed = _ParsedCache.get(text) if cache else None
    fresh = parsed is None
    if parsed is None:
        parsed = _parse_yaml(text, name)
    cfg = _build(*parsed, name, str(p.resolve().parent))
    if cache and fresh:  # only what validates, so what is kept is bounded by the checks
        _ParsedCache.put(text, *parsed)
    if check_paths:
        _check_paths(cfg, name)
    return cfg


def parse_config(text: str, name: str = "<config>", base_dir: str = ".") -> Config:
    return _build(*_parse_yaml(text, name), name, base_dir)


def _parse_yaml(text: str, name: str) -> tuple[dict, dict[tuple, int]]:
    """The file's top mapping and the line of every key, or a ConfigError."""
    import yaml

    lines = _line_map(text, name)
    try:
        # (_Loader builds the loader class when first called: yaml.load only calls it)
        data = yaml.load(text, Loader=_Loader)  # type: ignore[arg-type]
    except yaml.MarkedYAMLError as e:  # a value of a type YAML itself refuses (a bad !!binary, ...)
        mark = e.problem_mark or e.context_mark
        raise ConfigError(
            f"is not valid YAML: {e.problem or e}", name, mark.line + 1 if mark else None
        ) from None
    except (yaml.YAMLError, ValueError, TypeError, OverflowError, RecursionError) as e:
        raise ConfigError(f"is not valid YAML: {e}", name) from None
    if data is None:
        data = {}
    if not isinstance(data, dict):
        raise ConfigError(f"expected a mapping of sections at the top, got {_kind(data)}", name, 1)
    return data, lines


def _build(data: dict, lines: dict[tuple, int], name: str, base_dir: str) -> Config:
    cfg = _convert(Config, data, (), lines, name)
    cfg.file = name
    cfg.base_dir = base_dir
    cfg.lines = lines
    _check_keys(cfg, lines, name)
    _visible_rules(cfg)
    return cfg


def _visible_rules(cfg: Config) -> None:
    """The actor rules' names and roles become actors' names and roles on screen and in
    reports: control characters in them are made visible, as in article text (which is
    what they are matched against). Overrides are made visible with the article they
    correct (:mod:`tui.load.inert`)."""
    from tui.visible import visible

    for rule in cfg.actors:
        rule.name = visible(rule.name)
        rule.aliases = [visible(a) for a in rule.aliases]
        rule.role = visible(rule.role) if rule.role is not None else None


class _ParsedCache:
    """The parsed YAML of the last few config files, as JSON, keyed by their exact text.

    An entry is used only when its text equals the file's, it was written by this very
    ``config.py`` (size and modification time), and it decodes to the same kinds of values
    the YAML parser gives; anything else is a miss and the file is parsed. Values JSON
    cannot give back exactly (keys that are not strings, bytes, sets; dates are written
    tagged) are not cached, nor is a file that does not validate (what is kept has passed
    every check, its expanded size included). Writing is atomic
    (:func:`tui.files.write_atomic`) and any error only costs the cache."""

    FILE = "config.json"
    LAYOUT = 1
    KEEP = 8  # entries: one per config file a user switches between
    _DATE, _DATETIME = "\0date:", "\0datetime:"

    @staticmethod
    def _stamp() -> list:
        import os

        st = os.stat(__file__)
        return [_ParsedCache.LAYOUT, st.st_size, st.st_mtime_ns]

    @staticmethod
    def _path():
        from tui.env import cache_dir

        return cache_dir() / _ParsedCache.FILE

    @classmethod
    def _read(cls) -> list:
        import json

        try:
            p = cls._path()
            if p.stat().st_size > 16 * MAX_CONFIG_BYTES:
                return []
            doc = json.loads(p.read_bytes())
            if (
                isinstance(doc, dict)
                and doc.get("stamp") == cls._stamp()
                and isinstance(doc.get("entries"), list)
            ):
                return doc["entries"]
        except (OSError, ValueError, RecursionError):
            pass
        return []

    @classmethod
    def get(cls, text: str) -> tuple[dict, dict[tuple, int]] | None:
        for entry in cls._read():
            try:
                if entry["text"] != text:
                    continue
                data = cls._decode(entry["data"])
                lines = {tuple(key): line for key, line in entry["lines"]}
                ok = isinstance(data, dict) and all(
                    isinstance(line, int) and all(isinstance(k, (str, int)) for k in key)
                    for key, line in lines.items()
                )
                return (data, lines) if ok else None
            except (KeyError, TypeError, ValueError, AttributeError, RecursionError):
                return None
        return None

    @classmethod
    def put(cls, text: str, data: dict, lines: dict[tuple, int]) -> None:
        import json

        from tui.files import write_atomic

        try:
            encoded = cls._encode(data)
            if not _same_types(cls._decode(json.loads(json.dumps(encoded))), data):
                return  # JSON would not give back exactly what the parser gave
            entry = {
                "text": text,
                "data": encoded,
                "lines": [[list(k), v] for k, v in lines.items()],
            }
            entries = [entry] + [
                e for e in cls._read() if isinstance(e, dict) and e.get("text") != text
            ]
            body = json.dumps(
                {"stamp": cls._stamp(), "entries": entries[: cls.KEEP]}, ensure_ascii=False
            )
            if len(body) > 16 * MAX_CONFIG_BYTES:
                return  # _read would not read it back
            p = cls._path()
            p.parent.mkdir(parents=True, exist_ok=True)
            write_atomic(p, (body.encode("utf-8"),), mode=0o600)
        except (OSError, ValueError, TypeError, RecursionError):
            pass

    @classmethod
    def _encode(cls, v: Any) -> Any:
        if isinstance(v, dict):
            if not all(isinstance(k, str) and not k.startswith("\0") for k in v):
                raise ValueError("a key JSON cannot hold")
            return {k: cls._encode(x) for k, x in v.items()}
        if isinstance(v, list):
            return [cls._encode(x) for x in v]
        if isinstance(v, _dt.datetime):
            return cls._DATETIME + v.isoformat()
        if isinstance(v, _dt.date):
            return cls._DATE + v.isoformat()
        if isinstance(v, str) and v.startswith("\0"):
            raise ValueError("text that looks like a tagged value")
        if v is None or isinstance(v, (str, bool, int, float)):
            return v
        raise ValueError(f"a value JSON cannot hold: {type(v).__name__}")

    @classmethod
    def _decode(cls, v: Any) -> Any:
        if isinstance(v, dict):
            return {k: cls._decode(x) for k, x in v.items()}
        if isinstance(v, list):
            return [cls._decode(x) for x in v]
        if isinstance(v, str) and v.startswith("\0"):
            if v.startswith(cls._DATETIME):
                return _dt.datetime.fromisoformat(v[len(cls._DATETIME) :])
            if v.startswith(cls._DATE):
                return _dt.date.fromisoformat(v[len(cls._DATE) :])
            raise ValueError("an unknown tag")
        return v


def _same_types(a: Any, b: Any) -> bool:
    """Equal values of the same types all the way down (1 == 1.0 == True in Python; not here)."""
    if type(a) is not type(b):
        return False
    if isinstance(a, dict):
        return a.keys() == b.keys() and all(_same_types(a[k], b[k]) for k in a)
    if isinstance(a, list):
        return len(a) == len(b) and all(_same_types(x, y) for x, y in zip(a, b))
    return a == b or (a != a and b != b)


def clear_config_cache() -> int:
    """Remove the parsed-config cache; its size in bytes (0 when there was none)."""
    try:
        p = _ParsedCache._path()
        size = p.stat().st_size
        p.unlink()
        return size
    except OSError:
        return 0


def _base_loader():
    """libyaml's safe loader when PyYAML was built with it (the wheels are), else the pure
    Python one: the same YAML and the same safety, in C (a config the cache does not
    hold is read three times before the first frame: events, nodes, values)."""
    import yaml

    return getattr(yaml, "CSafeLoader", yaml.SafeLoader)


def _safe_loader():
    base: Any = _base_loader()  # (chosen at run time: libyaml's when PyYAML has it)

    class Loader(base):
        """yaml.SafeLoader, except that a value that looks like a date but is not one
        ("2020-13-45") stays text, so that validation names its line and key."""

        def construct_yaml_timestamp(self, node):
            try:
                return super().construct_yaml_timestamp(node)
            except (ValueError, OverflowError):
                return self.construct_scalar(node)

    Loader.add_constructor("tag:yaml.org,2002:timestamp", Loader.construct_yaml_timestamp)
    return Loader


class _LazyLoader:
    _cls: Any = None

    def __call__(self, stream):
        if _LazyLoader._cls is None:
            _LazyLoader._cls = _safe_loader()
        return _LazyLoader._cls(stream)


_Loader = _LazyLoader()


def _line_map(text: str, name: str) -> dict[tuple, int]:
    """Map each key path to the 1-based line where it is written; refuse alias bombs."""
    import yaml

    _check_flow_depth(text, name)
    try:
        aliases = nodes = 0
        for event in yaml.parse(text, Loader=_base_loader()):
            if isinstance(event, (yaml.ScalarEvent, yaml.CollectionStartEvent)):
                nodes += 1  # counted here too, so that a file of a million values stops early
                if nodes > MAX_YAML_NODES:
                    raise ConfigError(f"has more than {MAX_YAML_NODES} values", name)
            if isinstance(event, yaml.AliasEvent):
                aliases += 1
                if aliases > MAX_YAML_ALIASES:
                    line = event.start_mark.line + 1 if event.start_mark else None
                    raise ConfigError(
                        f"uses more than {MAX_YAML_ALIASES} YAML aliases; refusing to expand them",
                        name,
                        line,
                    )
        root = yaml.compose(text, Loader=_base_loader())
    except yaml.MarkedYAMLError as e:
        mark = e.problem_mark or e.context_mark
        line = mark.line + 1 if mark else None
        problem = e.problem or "syntax error"
        if "nesting depth" in problem:  # libyaml's own limit (1,000 levels)
            problem = "nested too deeply"
        if e.context and e.context_mark is not None and e.context_mark.line + 1 != line:
            problem += f" ({e.context} that starts on line {e.context_mark.line + 1})"
        raise ConfigError(f"is not valid YAML: {problem}", name, line) from None
    except yaml.YAMLError as e:
        raise ConfigError(f"is not valid YAML: {e}", name) from None
    except RecursionError:  # "[[[[..." thousands deep
        raise ConfigError("is not valid YAML: nested too deeply", name) from None
    out: dict[tuple, int] = {}
    count = chars = 0

    def walk(node, path):
        # every value is visited as often as aliases repeat it: the counts are of the
        # values with the aliases expanded
        nonlocal count, chars
        count += 1
        if count > MAX_YAML_NODES:
            raise ConfigError(f"has more than {MAX_YAML_NODES} values", name)
        if isinstance(node, yaml.ScalarNode):
            chars += len(node.value)
            if chars > MAX_EXPANDED_CHARS:
                raise ConfigError(
                    f"its values, with the YAML aliases expanded, hold more than "
                    f"{MAX_EXPANDED_CHARS:,} characters; refusing to expand them",
                    name,
                    node.start_mark.line + 1,
                )
        out.setdefault(path, node.start_mark.line + 1)
        if isinstance(node, yaml.MappingNode):
            seen: dict[str, int] = {}
            for k, v in node.value:
                key = k.value if isinstance(k, yaml.ScalarNode) else str(k.start_mark.line)
                # YAML itself keeps the last of two equal keys: a hand-edited file that says
                # `quit:` twice (or has two `sources:` sections) means one of them is lost
                if key in seen and isinstance(k, yaml.ScalarNode):
                    raise ConfigError(
                        f"{key!r} is given twice (first on line {seen[key]}); keep one",
                        name,
                        k.start_mark.line + 1,
                        _dotted(path + (key,)),
                    )
                seen[key] = k.start_mark.line + 1
                out[path + (key,)] = k.start_mark.line + 1
                walk(v, path + (key,))
                out[path + (key,)] = k.start_mark.line + 1
        elif isinstance(node, yaml.SequenceNode):
            for i, v in enumerate(node.value):
                walk(v, path + (i,))

    if root is not None:
        walk(root, ())
    return out


def _check_flow_depth(text: str, name: str) -> None:
    """Refuse ``[``/``{`` nested deeper than MAX_FLOW_DEPTH (one linear pass; brackets inside
    quotes and comments do not count)."""
    depth, line, quote, comment, prev = 0, 1, "", False, " "
    for ch in text:
        if ch == "\n":  # (a quoted scalar may go on over lines: the quote stays open)
            line += 1
            comment = False
        elif comment:
            pass
        elif quote:
            if ch == quote and prev != "\\":
                quote = ""
        elif ch == "#" and prev in " \t\n":
            comment = True
        elif ch in "'\"" and prev in " \t\n:,[{-":
            quote = ch
        elif ch in "[{":
            depth += 1
            if depth > MAX_FLOW_DEPTH:
                raise ConfigError(
                    f"is not valid YAML: lists or mappings nested more than {MAX_FLOW_DEPTH} deep",
                    name,
                    line,
                )
        elif ch in "]}":
            depth = max(0, depth - 1)
        prev = ch


def _kind(v: Any) -> str:
    if v is None:
        return "nothing"
    if isinstance(v, bool):
        return f"{'true' if v else 'false'} (a boolean)"
    if isinstance(v, dict):
        return "a mapping"
    if isinstance(v, list):
        return "a list"
    if isinstance(v, str):
        s = v if len(v) <= 40 else v[:37] + "..."
        return f"the text {s!r}"
    return f"{v!r} ({type(v).__name__})"


def _dotted(path: tuple) -> str:
    out = ""
    for p in path:
        out += f"[{p}]" if isinstance(p, int) else (("." if out else "") + str(p))
    return out or "(top)"


def _line(lines: dict[tuple, int], path: tuple) -> int | None:
    while path not in lines and path:
        path = path[:-1]
    return lines.get(path)


def _err(msg: str, path: tuple, lines, name) -> ConfigError:
    return ConfigError(msg, name, _line(lines, path), _dotted(path))


def _convert(tp: Any, value: Any, path: tuple, lines, name) -> Any:
    origin = typing.get_origin(tp)
    args = typing.get_args(tp)
    if origin in (typing.Union, types.UnionType):
        if value is None and type(None) in args:
            return None
        inner = [a for a in args if a is not type(None)]
        return _convert(inner[0], value, path, lines, name)
    if isinstance(tp, type) and is_dataclass(tp):
        if value is None:
            return tp()
        if not isinstance(value, dict):
            raise _err(f"expected a mapping, got {_kind(value)}", path, lines, name)
        allowed = {f.name: f for f in fields(tp) if not f.metadata.get("internal")}
        kwargs = {}
        hints = typing.get_type_hints(tp)
        for key, v in value.items():
            if not isinstance(key, str) or key not in allowed:
                close = difflib.get_close_matches(str(key), list(allowed), n=1)
                hint = (
                    f"; did you mean {close[0]!r}?"
                    if close
                    else f"; expected one of: {', '.join(allowed)}"
                )
                raise _err(f"unknown key {str(key)!r}{hint}", path + (key,), lines, name)
            kwargs[key] = _convert(hints[key], v, path + (key,), lines, name)
        return tp(**kwargs)
    if origin is Literal:
        if value not in args:
            choices = ", ".join(str(a) for a in args)
            raise _err(f"expected one of {choices}, got {_kind(value)}", path, lines, name)
        return value
    if origin is list:
        if value is None:
            return []
        if isinstance(value, str) and args and args[0] is str:
            value = [value]
        if not isinstance(value, list):
            raise _err(f"expected a list, got {_kind(value)}", path, lines, name)
        return [_convert(args[0], v, path + (i,), lines, name) for i, v in enumerate(value)]
    if origin is dict:
        if value is None:
            return {}
        if not isinstance(value, dict):
            raise _err(f"expected a mapping, got {_kind(value)}", path, lines, name)
        out = {}
        for k, v in value.items():
            if not isinstance(k, str):
                raise _err(f"expected a text key, got {_kind(k)}", path + (k,), lines, name)
            out[k] = _convert(args[1], v, path + (k,), lines, name)
        return out
    if tp is bool:
        if not isinstance(value, bool):
            raise _err(f"expected true or false, got {_kind(value)}", path, lines, name)
        return value
    if tp is int:
        if isinstance(value, bool) or not isinstance(value, int):
            raise _err(f"expected a whole number, got {_kind(value)}", path, lines, name)
        if value < 0:
            raise _err(f"expected a number of 0 or more, got {value}", path, lines, name)
        return value
    if tp is float:
        if isinstance(value, bool) or not isinstance(value, (int, float)) or value != value:  # NaN
            raise _err(f"expected a number, got {_kind(value)}", path, lines, name)
        if value < 0:
            raise _err(f"expected a number of 0 or more, got {value}", path, lines, name)
        return float(value)
    if tp is str:
        if isinstance(value, (int, float)) and not isinstance(value, bool):
            return str(value)
        if not isinstance(value, str):
            raise _err(f"expected text, got {_kind(value)}", path, lines, name)
        return value
    if tp is _dt.date:
        if isinstance(value, _dt.datetime):
            return value.date()
        if isinstance(value, _dt.date):
            return value
        if isinstance(value, str):
            try:
                return _dt.date.fromisoformat(value.strip())
            except ValueError:
                pass
        raise _err(f"expected a date as YYYY-MM-DD, got {_kind(value)}", path, lines, name)
    raise _err(f"unsupported setting type {tp!r}", path, lines, name)  # pragma: no cover


def _check_keys(cfg: Config, lines, name) -> None:
    for bid, keys in cfg.keys.items():
        for key in keys.split(","):
            try:
                normalize_key(key)
            except KeyNameError as e:
                hint = f"; did you mean {e.suggestion!r}?" if e.suggestion else ""
                raise _err(
                    f"{key.strip()!r}: {e.message}{hint}", ("keys", bid), lines, name
                ) from None
    for i, rule in enumerate(cfg.actors):
        if not rule.name.strip():
            raise _err("an actor needs a name", ("actors", i), lines, name)
    for i, outlet in enumerate(cfg.sources.outlets):
        if not outlet.name.strip():
            raise _err("an outlet needs a name", ("sources", "outlets", i), lines, name)
    if cfg.discrepancies.min_confidence > 1:
        raise _err(
            f"expected a number from 0 to 1, got {cfg.discrepancies.min_confidence:g}",
            ("discrepancies", "min_confidence"),
            lines,
            name,
        )


#: one binding where keys are pressed: (binding id, or None for a built-in key; action;
#: its default keys, comma-separated; what it does)
BindingInfo = tuple


def check_keymap(cfg: Config, contexts: dict[str, list[BindingInfo]]) -> None:
    """Refuse ``keys:`` that name no binding, or give a binding a key that a binding with
    another action holds where both are active (``contexts``: the bindings active
    together, by where: "the Discrepancies pane"): one of the two would never run. The
    ConfigError names the line and suggests a fix."""
    known = {b[0] for bindings in contexts.values() for b in bindings if b[0]}
    for bid in cfg.keys:
        if bid not in known:
            close = difflib.get_close_matches(bid, sorted(known), n=1)
            hint = f"; did you mean {close[0]!r}?" if close else "; the help (?) lists every id"
            raise cfg.error(f"no key binding has the id {bid!r}{hint}", "keys", bid)
    keymap = cfg.keymap()
    order = list(cfg.keys)
    for where, bindings in contexts.items():
        holders: dict[str, list[BindingInfo]] = {}
        for b in bindings:
            for key in keymap.get(b[0], b[2]).split(","):
                holders.setdefault(key, []).append(b)
        for key, held in holders.items():
            remapped = [b for b in held if b[0] in keymap]
            if remapped and len({b[1] for b in held}) > 1:
                mine = max(remapped, key=lambda b: order.index(b[0]))
                other = next(b for b in held if b[1] != mine[1])
                raise _key_conflict(cfg, key, where, mine, other, holders)


def _key_conflict(cfg: Config, key, where, mine, other, holders) -> ConfigError:
    whose = f"{other[0]} ({other[3]})" if other[0] else f"a built-in key ({other[3]})"
    free = [c for c in "abcdefghijklmnopqrstuvwxyz" if c not in holders][:6]
    move = f", or move {other[0]} too" if other[0] else ""
    return cfg.error(
        f"{key!r} for {mine[0]} is also the key of {whose} in {where}, and only one of "
        f"them can have it; choose another key (free there: {', '.join(free) or 'none'}){move}",
        "keys",
        mine[0],
    )


def _check_paths(cfg: Config, name: str) -> None:
    lines = cfg.lines
    if ("sources", "paths") not in lines:
        return  # the default paths are only a default; the command line may name others
    for i, p in enumerate(cfg.sources.paths):
        if not cfg.resolve(p).exists():
            raise _err(f"no such file or folder: {p}", ("sources", "paths", i), lines, name)
