"""Build the hostile corpus of issue 7: every kind of broken, huge or attacking input.

Generated, not checked in: ``make_hostile_corpus(folder)`` writes the article files
into ``folder`` and returns ``{case name: path}``; ``make_hostile_configs(folder,
articles)`` writes the bad config files. Run as a script to look at it by hand::

    .venv/bin/python tests/hostile/make_corpus.py /tmp/hostile [--no-big]

which writes ``/tmp/hostile/articles`` and ``/tmp/hostile/configs``, and the cases of
issue 25 (names, links and shards): ``/tmp/hostile/names/`` (a story folder with a
hostile name, hostile file names, a link out of it), ``shard.jsonl``, ``editor`` (a fake
editor that logs its arguments to ``editor.log``) and ``state/state.json`` (nested
100,000 deep).

Two cases cannot be files on disk alone and are finished by the tests: the unreadable
file (``chmod 000``; as root, which CI is, the tests also make ``os.open`` refuse it)
and the file deleted between listing and reading (the tests delete it after the
listing).
"""

from __future__ import annotations

import os
import struct
import sys
import time
import zlib
from pathlib import Path

#: The big case: 50 MB of text (far past the default 20 MB file limit).
BIG_BYTES = 50 * 1024 * 1024
#: One line of 5 MB, no line break anywhere.
LONG_LINE_BYTES = 5 * 1024 * 1024
#: HTML elements nested this deep.
DEEP = 100_000
#: Bytes of the too-large config file (sparse: costs no disk and no time).
HUGE_CONFIG_BYTES = 100 * 1024 * 1024

ESC, BEL, ST = "\x1b", "\x07", "\x1b\\"

#: Text that attacks a terminal or a markup renderer; each must end up inert and visible.
DISPLAY_ATTACKS = {
    "rich_markup": "[bold red]ALARM[/]",
    "close_tag": "[/]",
    "click_action": "[@click=app.quit]click here[/]",
    "link_markup": "[link=file:///etc/passwd]your passwords[/link]",
    "lone_bracket": "a lone [ bracket",
    "ansi_colour": f"{ESC}[31mred text{ESC}[0m",
    "cursor_moves": f"{ESC}[2J{ESC}[H{ESC}[10;10H{ESC}[1A moved",
    "window_title": f"{ESC}]0;pwned window title{BEL}",
    "osc52_clipboard": f"{ESC}]52;c;cm0gLXJmIH4K{BEL}",
    "osc8_link": f"{ESC}]8;;http://evil.example/{ST}innocent link{ESC}]8;;{ST}",
    "c1_controls": "C1 \x9b31m CSI and \x9d0;title\x9c and \x85 NEL",
    "bidi_override": "bidi \u202edesrever\u202c and \u2066isolate\u2069",
    "zero_width": "zero\u200dwidth\u200bjoin\ufeffers",
    "combining_flood": "Z" + "\u0301\u0302\u0303\u0308" * 2500,
    "long_word": "W" * 10_000,
}

#: Characters that must never reach a terminal or an export raw.
UNSAFE_CHARS = (
    "".join(chr(c) for c in range(0x20) if c not in (9, 10))
    + "".join(chr(c) for c in range(0x7F, 0xA0))
    + "\u202a\u202b\u202c\u202d\u202e\u2066\u2067\u2068\u2069"
)

_PARAGRAPH = (
    "The talks between the government and the Taliban resumed in Doha on Sunday, officials said, "
    "after a week in which the envoy Zalmay Khalilzad met both sides. “We are making progress,” "
    "Khalilzad said in a statement, adding that 5,000 prisoners could be freed by March 10. "
    "A spokesman for the Afghan National Security Council, Javid Faisal, told reporters that "
    "the release would be gradual."
)


def _png() -> bytes:
    """A real 16x16 PNG image."""

    def chunk(kind: bytes, data: bytes) -> bytes:
        return (
            struct.pack(">I", len(data))
            + kind
            + data
            + struct.pack(">I", zlib.crc32(kind + data) & 0xFFFFFFFF)
        )

    raw = b"".join(b"\x00" + bytes((x * 16 + y) % 256 for x in range(16 * 3)) for y in range(16))
    return (
        b"\x89PNG\r\n\x1a\n"
        + chunk(b"IHDR", struct.pack(">IIBBBBB", 16, 16, 8, 2, 0, 0, 0))
        + chunk(b"IDAT", zlib.compress(raw))
        + chunk(b"IEND", b"")
    )


def _pdf() -> bytes:
    """A small PDF with a compressed stream (binary bytes after the header)."""
    stream = zlib.compress(b"BT /F1 12 Tf 72 720 Td (Talks resumed on Sunday) Tj ET")
    return (
        b"%PDF-1.4\n%\xe2\xe3\xcf\xd3\n"
        b"1 0 obj << /Type /Catalog /Pages 2 0 R >> endobj\n"
        b"2 0 obj << /Type /Pages /Kids [3 0 R] /Count 1 >> endobj\n"
        b"3 0 obj << /Type /Page /Parent 2 0 R /Contents 4 0 R >> endobj\n"
        + f"4 0 obj << /Length {len(stream)} /Filter /FlateDecode >> stream\n".encode()
        + stream
        + b"\nendstream endobj\ntrailer << /Root 1 0 R >>\n%%EOF\n"
    )


def _write(folder: Path, name: str, data: bytes | str) -> Path:
    p = folder / name
    p.write_bytes(data.encode("utf-8") if isinstance(data, str) else data)
    return p


def _attack_text() -> str:
    paras = [
        f"Display attack {name}: {text} — said John Smith."
        for name, text in DISPLAY_ATTACKS.items()
    ]
    paras.insert(0, f"“{DISPLAY_ATTACKS['rich_markup']}” said Mr. [bold]Evil[/bold] on Sunday.")
    return " date 2020-04-01\n\n" + "\n\n".join(paras) + "\n"


def _attack_html() -> str:
    title = f"Headline {ESC}]0;pwned{BEL} [bold red]and[/] \u202eevil"
    paras = "".join(
        f"<p>{name}: {text} — said John Smith, the spokesman.</p>"
        for name, text in DISPLAY_ATTACKS.items()
    )
    # the same controls written as character references, which the parser turns into the characters
    refs = "<p>Entity escapes: &#27;[31mred&#27;[0m &#x1b;]0;title&#7; &#x9b;2J &#x202e;reversed &#0; &#x85;.</p>"
    return (
        f'<html><head><title>{title}</title><meta property="og:site_name" content="{ESC}[5mBlink News">'
        f'</head><body><article><h1>{title}</h1><p class="byline">By [link=file:///etc/passwd]Jane[/link] Doe</p>'
        f'{paras}{refs}<figure><img src="x.png"><figcaption>Caption {ESC}[2J cleared '
        f"\u202eotohP</figcaption></figure></article></body></html>"
    )


def _quotes_text() -> str:
    unbalanced = " ".join(
        ["“He said", "”", '"', "“", "‘", "’", "«", "»", "„"][i % 9] + f" word{i}"
        for i in range(600)
    )
    nested = "“One said ‘two said “three said ‘four said “five deep” end four’ end three” end two’ end one,” said Ghani."
    return (
        " date 2020-04-01\n\n"
        f"{unbalanced}\n\n{nested}\n\n"
        + "“Open but never closed, said the spokesman, Suhail Shaheen.\n\n" * 20
        + 'And a closing mark alone” on a line, then ”” and ““ and """ triples.\n'
    )


def _dates_text() -> str:
    # no date header, no dateline, no metadata: the article is undated
    return (
        "Officials met on Sunday, a spokesman said.\n\n"
        "The agreement, signed on February 30, takes effect on 2020-13-45 and expires on 2021-02-29.\n\n"
        "Historians said the dispute began in the year 0 and will last until the year 99999, "
        "or until January 1, 0000, or December 31, 99999, or 31/31/2020, or Sunday, March 45.\n\n"
        "On Monday, Tuesday and Sunday, last month and next year, in 9999 and in 10000, they met again.\n"
    )


def make_hostile_corpus(folder: Path, *, big: bool = True) -> dict[str, Path]:
    """Write the hostile article files into ``folder`` (created if needed); ``{case: path}``.

    ``big=False`` leaves out the 50 MB article (the rest is about 7 MB and is written in
    well under a second).
    """
    folder = Path(folder)
    folder.mkdir(parents=True, exist_ok=True)
    c: dict[str, Path] = {}
    c["empty"] = _write(folder, "empty.txt", b"")
    c["whitespace"] = _write(folder, "whitespace.txt", b"   \n\t\n  \r\n\x0c \n")
    c["png"] = _write(folder, "picture.txt", _png())
    c["pdf"] = _write(folder, "document.txt", _pdf())
    c["utf16"] = _write(
        folder,
        "utf16.txt",
        "\ufeff date 2020-04-01\n\nThe envoy said “talks resume” in Kabul.\n".encode("utf-16-le"),
    )
    c["cp1252"] = _write(
        folder,
        "cp1252.txt",
        "The minister said \u201cwe will not\u201d \u2014 and left \u2026\n".encode("cp1252"),
    )
    c["mixed_endings"] = _write(
        folder,
        "mixed_endings.txt",
        b"First paragraph, with CRLF.\r\n\r\nSecond, with CR only.\r\rThird, with LF.\n\nFourth\r\nwrapped\rline.\n",
    )
    if big:
        block = ((_PARAGRAPH + "\n\n") * 2000).encode()  # about 1 MB
        with open(folder / "huge_article.txt", "wb") as f:
            written = 0
            while written < BIG_BYTES:
                f.write(block)
                written += len(block)
        c["huge"] = folder / "huge_article.txt"
    words = ("word, " * (LONG_LINE_BYTES // 6 + 1)).encode()[:LONG_LINE_BYTES]
    c["long_line"] = _write(folder, "long_line.txt", words)
    c["deep_html"] = _write(
        folder,
        "deep.html",
        "<html><body>"
        + "<div>" * DEEP
        + "<p>Deep inside the nesting, the spokesman said talks resumed.</p>"
        + "</div>" * DEEP
        + "</body></html>",
    )
    # tags left open everywhere (the headline's is closed: an open <h1> holds the whole page, in
    # browsers too), a comment never closed at the end, no </body> or </html>
    c["unclosed"] = _write(
        folder,
        "unclosed.html",
        "<html><head><title>Unclosed tags</title><body><div class=story><article><h1>Unclosed tags</h1>"
        "<p>The first paragraph is never closed, the envoy said on Sunday, and the talks went on."
        "<p>The second has <b>bold that bleeds <i>into italics <a href='x'>and a link</a>"
        "<div><span>that never ends, officials said.<ul><li>an item<li>another item"
        "<p>The last words of the article come here, with <!-- an unclosed comment <p>hidden",
    )
    c["script_only"] = _write(
        folder,
        "script_only.html",
        "<html><head><style>body{color:red}</style><script>var a = '<p>not text</p>';</script></head>"
        "<body><script>document.write('x')</script><style>p{}</style><noscript></noscript></body></html>",
    )
    c["no_body"] = _write(
        folder,
        "no_body.html",
        "<html><head><title>A page with no body element</title></head>"
        "<p>The talks resumed on Sunday, officials said.</p><p>Prisoners would be released, the envoy said.</p></html>",
    )
    c["display_txt"] = _write(folder, "display_attack.txt", _attack_text())
    c["display_html"] = _write(folder, "display_attack.html", _attack_html())
    c["display_md"] = _write(
        folder,
        "display_attack.md",
        "# Title "
        + DISPLAY_ATTACKS["click_action"]
        + f" {ESC}]0;t{BEL}\n\nBy [Jane](javascript:alert(1))\n\n"
        + "\n\n".join(
            f"{n}: {t} [link](file:///etc/passwd) ![img]({ESC}[31m)"
            for n, t in DISPLAY_ATTACKS.items()
        )
        + "\n",
    )
    # a file name that attacks the terminal too (paths are printed and exported)
    c["evil_name"] = _write(
        folder,
        f"name{ESC}]0;pwned{BEL}\u202e.txt",
        "A file with a hostile name, the spokesman said.\n",
    )
    c["quotes"] = _write(folder, "quotes_gone_wrong.txt", _quotes_text())
    c["dates"] = _write(folder, "dates_gone_wrong.txt", _dates_text())
    # a folder with an article-like name
    (folder / "x.html").mkdir(exist_ok=True)
    c["dir_html"] = folder / "x.html"
    # symbolic link loops: two files pointing at each other, and a folder pointing at its parent
    a, b = folder / "loop_a.txt", folder / "loop_b.txt"
    for link, target in ((a, "loop_b.txt"), (b, "loop_a.txt")):
        if not link.is_symlink():
            link.symlink_to(target)
    c["loop"], c["loop_b"] = a, b
    loop_dir = folder / "loop_dir"
    if not loop_dir.is_symlink():
        loop_dir.symlink_to(".", target_is_directory=True)
    c["loop_dir"] = loop_dir
    # unreadable: no permissions (root still reads it; the tests also refuse it in-process)
    p = _write(folder, "unreadable.txt", "Secret text that cannot be read, the spokesman said.\n")
    p.chmod(0)
    c["unreadable"] = p
    # deleted between listing and reading: the tests remove it after the listing
    c["vanishing"] = _write(
        folder, "vanishing.txt", "Here when listed, gone when read, officials said.\n"
    )
    return c


# --------------------------------------------------------------------------- names, links, shards

#: A folder name that sets the window title if printed raw (the header shows it).
HOSTILE_FOLDER = f"story{ESC}]0;PWNED-FOLDER{BEL}"

#: File name (bytes: some are not UTF-8) -> what the file says; each text differs, so
#: that no two files share a cache entry.
HOSTILE_NAMES: dict[str, bytes] = {
    "osc52": b"clip\x1b]52;c;cm0gLXJmIH4K\x1b\\.txt",
    "osc0": b"title\x1b]0;PWNED-TITLE\x1b\\.txt",
    "csi": b"csi\x1b[2J\x1b[31m.txt",
    "c1": "c1\x9b31m\u202etxt.exe.txt".encode(),
    "plus": b"+!touch pwned.txt",
    "dash": b"-c!touch pwned-dash.txt",
    "not_utf8": b"bad\xff\xfe name.txt",
    # stems that collide: x.md and x.txt share a stem, and x~2 is the suffix the second
    # of them would get
    "x_md": b"x.md",
    "x_txt": b"x.txt",
    "x_2": b"x~2.txt",
}

#: What the file outside the folder holds (it must never show up in what is read).
SECRET = "SECRET-TOKEN=hunter2, the spokesman said."


def make_hostile_names(root: Path) -> dict[str, Path]:
    """Write a story folder with a hostile name under ``root``, holding files with the
    names of :data:`HOSTILE_NAMES`, a link to a file inside it and a link to a file
    outside it (``root/outside/secret.txt``). All files are dated an hour back (so that the
    cache's file index remembers them on the first load). ``{case: path}``, with
    ``"folder"`` and ``"secret"``."""
    root = Path(root)
    folder = root / HOSTILE_FOLDER
    folder.mkdir(parents=True, exist_ok=True)
    outside = root / "outside"
    outside.mkdir(exist_ok=True)
    c: dict[str, Path] = {"folder": folder, "secret": _write(outside, "secret.txt", SECRET)}
    for n, (case, name) in enumerate(HOSTILE_NAMES.items()):
        path = os.path.join(os.fsencode(folder), name)
        with open(path, "wb") as f:
            f.write(f"Officials met in Doha on Sunday {n + 1}, a spokesman said.\n".encode())
        c[case] = Path(os.fsdecode(path))
    for case, target in (("link_in", "x.txt"), ("link_out", "../outside/secret.txt")):
        link = folder / f"{case}.txt"
        if not link.is_symlink():
            link.symlink_to(target)
        c[case] = link
    hour_ago = time.time() - 3600
    for p in c.values():
        if not p.is_dir():
            os.utime(p, (hour_ago, hour_ago), follow_symlinks=False)
    return c


#: the body length of the shard's long article (over the limit its test sets)
SHARD_LONG_BODY = 300_000


def _shard_article(id_: str, path: str, body: str, **extra) -> dict:
    return {
        "id": id_,
        "path": path,
        "format": "text",
        "body": body,
        "mentions": [],
        "quotes": [],
        "timexes": [],
        "figures": [],
        **extra,
    }


def make_hostile_shard(path: Path) -> Path:
    """Write a ``.jsonl`` shard whose fields attack the terminal and the editor: escape
    sequences in the outlet, title, URL, id and a skipped entry, ids that collide, paths
    to run an editor command or open a file outside the folder, a body of
    :data:`SHARD_LONG_BODY` characters, and figures that are NaN or infinite."""
    import json

    text = "Officials met in Doha on Sunday, a spokesman said."
    figure = {"start": 0, "end": 9, "text": "Officials", "value": 1.0, "qualifiers": []}
    lines = [
        _shard_article(
            f"dup{ESC}]0;PWNED-ID{BEL}",
            "+!touch pwned.txt",
            text,
            outlet=f"Evil{ESC}]52;c;cm0gLXJmIH4K{ESC}\\ News",
            title=f"Title {ESC}[2J{ESC}]0;PWNED-SHARD{BEL}",
            url=f"https://example.org/{ESC}]0;PWNED-URL{BEL}",
            author="Jane \u202eeoD",
            captions=[f"cap{ESC}[31m"],
            warnings=[f"warn{ESC}]0;x{BEL}"],
        ),
        _shard_article("dup␛]0;PWNED-ID␇", "/etc/passwd", text + " Two."),
        _shard_article("dup␛]0;PWNED-ID␇~2", "-c!touch pwned.txt", text + " Three."),
        _shard_article("long", "long.txt", ("word " * (SHARD_LONG_BODY // 5))[:SHARD_LONG_BODY]),
    ]
    out = [json.dumps({"type": "article", "article": a}) for a in lines]
    # non-finite numbers, written the way Python's json module writes them
    for name, value in (("nan", "NaN"), ("inf", "Infinity"), ("big", "1e400")):
        a = _shard_article(name, f"{name}.txt", text, figures=[figure])
        raw = json.dumps({"type": "article", "article": a})
        out.append(raw.replace('"value": 1.0', f'"value": {value}'))
    out.append(
        json.dumps(
            {"type": "skipped", "path": f"gone{ESC}]0;PWNED-SKIP{BEL}.txt", "reason": f"r{ESC}[5m"}
        )
    )
    path = Path(path)
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text("\n".join(out) + "\n")
    return path


def write_fake_editor(path: Path, log: Path) -> Path:
    """A stand-in for an editor or pager: appends its arguments to ``log``, one per line,
    then a line ``--end--``. Like vim, an argument before ``--`` that starts with ``+!``
    runs the rest as a shell command, so a name read as an option shows as a new file."""
    path = Path(path)
    path.write_text(
        "#!/bin/sh\n"
        f"log='{log}'\n"
        'opts=1\nfor a in "$@"; do\n'
        '  printf "%s\\n" "$a" >> "$log"\n'
        '  if [ "$a" = "--" ]; then opts=0; fi\n'
        '  case "$a" in +!*) if [ $opts = 1 ]; then sh -c "${a#+!}"; fi;; esac\n'
        'done\nprintf -- "--end--\\n" >> "$log"\n'
    )
    path.chmod(0o755)
    return path


def plant_temp_links(folder: Path, name: str, target: Path, pids) -> None:
    """Symbolic links to ``target`` at the temporary names a writer of ``folder/name``
    with a predictable temporary name would use (``.NAME.PID.tmp``, ``NAME.tmp``)."""
    folder = Path(folder)
    for link in [folder / f".{name}.{pid}.tmp" for pid in pids] + [
        folder / (Path(name).stem + ".tmp")
    ]:
        if not link.is_symlink():
            link.symlink_to(target)


#: A state file nested 100,000 deep (the app reads it at start).
NESTED_STATE = '{"corpora": ' + "[" * 100_000 + "]" * 100_000 + "}"


def make_plain_corpus(folder: Path, n: int) -> Path:
    """``n`` ordinary articles, each different (for loads that must take a while)."""
    folder = Path(folder)
    folder.mkdir(parents=True, exist_ok=True)
    for i in range(n):
        para = _PARAGRAPH.replace("Sunday", f"day {i}").replace("5,000", f"{5000 + i:,}")
        _write(folder, f"article{i:05}.txt", f" date 2020-04-01\n\n{para}\n\n" * 8)
    return folder


# --------------------------------------------------------------------------- configs

BILLION_LAUGHS = """\
a: &a ["lol","lol","lol","lol","lol","lol","lol","lol","lol"]
b: &b [*a,*a,*a,*a,*a,*a,*a,*a,*a]
c: &c [*b,*b,*b,*b,*b,*b,*b,*b,*b]
d: &d [*c,*c,*c,*c,*c,*c,*c,*c,*c]
e: &e [*d,*d,*d,*d,*d,*d,*d,*d,*d]
f: &f [*e,*e,*e,*e,*e,*e,*e,*e,*e]
g: &g [*f,*f,*f,*f,*f,*f,*f,*f,*f]
h: &h [*g,*g,*g,*g,*g,*g,*g,*g,*g]
i: &i [*h,*h,*h,*h,*h,*h,*h,*h,*h]
"""

#: Few aliases, few values, but a 400,000-character text repeated 16,384 times (6.5 GB)
#: when the aliases are expanded
ALIAS_SIZE_BOMB = (
    's: &a0 "'
    + "x" * 400_000
    + '"\n'
    + "".join(f"a{i}: &a{i} [*a{i - 1}, *a{i - 1}]\n" for i in range(1, 15))
)

#: name -> (file text, what the single error line must contain: the line, the key, the words)
BAD_CONFIGS: dict[str, tuple[str, list[str]]] = {
    "invalid_yaml": (
        "sources:\n  paths: [articles\n  include: '*.txt'\n",
        [":3:", "not valid YAML", "flow sequence that starts on line 2"],
    ),
    "tab_indent": ("sources:\n\tpaths: [x]\n", [":2:", "not valid YAML"]),
    "top_level_list": ("- sources\n- keys\n", [":1:", "expected a mapping"]),
    "wrong_type_bool": (
        "sources:\n  recursive: maybe\n",
        [":2:", "sources.recursive", "true or false"],
    ),
    "wrong_type_int": (
        "extraction:\n  limits:\n    max_file_bytes: lots\n",
        [":3:", "extraction.limits.max_file_bytes", "whole number"],
    ),
    "negative_limit": (
        "extraction:\n  limits:\n    max_html_depth: -1\n",
        [":3:", "max_html_depth", "0 or more"],
    ),
    "nan_limit": (
        "extraction:\n  limits:\n    max_seconds_per_article: .nan\n",
        [":3:", "max_seconds_per_article", "number"],
    ),
    "wrong_type_section": ("layout: grid\n", [":1:", "layout", "mapping"]),
    "wrong_type_date": (
        "extraction:\n  published: 2020-13-45\n",
        [":2:", "extraction.published", "YYYY-MM-DD"],
    ),
    "unknown_key": (
        "sources:\n  incldue: ['*.txt']\n",
        [":2:", "sources.incldue", "did you mean 'include'"],
    ),
    "unknown_section": ("colours: {a: b}\n", [":1:", "colours", "unknown key"]),
    "alias_bomb": (BILLION_LAUGHS, ["aliases"]),
    "alias_size_bomb": (ALIAS_SIZE_BOMB, ["aliases", "more than 4,000,000 characters"]),
    "missing_path": (
        "sources:\n  paths:\n    - does/not/exist\n",
        [":3:", "sources.paths[0]", "no such file or folder"],
    ),
    "dotdot_missing": (
        "sources:\n  paths:\n    - ../../../../nowhere/at/all\n",
        [":3:", "sources.paths[0]", "no such file or folder", "../../../../nowhere/at/all"],
    ),
    "keys_not_a_key": (
        "keys:\n  quit: ctrl+q\n  pane.next: ctrl+qq\n",
        [":3:", "keys.pane.next", "'qq' is not a key", "did you mean 'ctrl+q'"],
    ),
    "keys_same_id_twice": ("keys:\n  quit: q\n  quit: x\n", [":3:", "keys.quit", "twice"]),
    "keys_wrong_type": ("keys:\n  quit: [q, x]\n", [":2:", "keys.quit", "text"]),
    "deep_nesting": (
        "sources: " + "[" * 100_000 + "]" * 100_000 + "\n",
        [":1:", "nested more than 64 deep"],
    ),
    "many_values": ("theme: [" + "a," * 400_000 + "]\n", ["more than 100000 values"]),
    "not_utf8": ("", ["UTF-8"]),  # bytes written below
}


def make_hostile_configs(folder: Path, articles: Path) -> dict[str, Path]:
    """Write the bad config files into ``folder``; also ``dotdot_ok`` (a ``..`` path to
    ``articles`` that exists: allowed) and ``huge`` (100 MB, sparse). ``{name: path}``."""
    folder = Path(folder)
    folder.mkdir(parents=True, exist_ok=True)
    out: dict[str, Path] = {}
    for name, (text, _) in BAD_CONFIGS.items():
        out[name] = _write(folder, f"{name}.yaml", text)
    out["not_utf8"].write_bytes(b"sources:\n  paths: [caf\xe9]\n\xff\xfe\n")
    # a '..' path that exists (articles kept next to the config's folder): allowed
    rel = os.path.relpath(Path(articles).resolve(), folder.resolve())
    out["dotdot_ok"] = _write(folder, "dotdot_ok.yaml", f"sources:\n  paths:\n    - {rel}\n")
    with open(folder / "huge.yaml", "wb") as f:  # sparse: the size is there, the blocks are not
        f.write(b"sources:\n  paths: [articles]\n# ")
        f.seek(HUGE_CONFIG_BYTES - 1)
        f.write(b"\n")
    out["huge"] = folder / "huge.yaml"
    return out


def main(argv: list[str] | None = None) -> int:
    import argparse

    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("out", type=Path, help="folder to write articles/ and configs/ into")
    ap.add_argument("--no-big", action="store_true", help="leave out the 50 MB article")
    args = ap.parse_args(argv)
    cases = make_hostile_corpus(args.out / "articles", big=not args.no_big)
    configs = make_hostile_configs(args.out / "configs", args.out / "articles")
    names = make_hostile_names(args.out / "names")
    names["shard"] = make_hostile_shard(args.out / "shard.jsonl")
    names["editor"] = write_fake_editor(args.out / "editor", args.out / "editor.log")
    (args.out / "state").mkdir(exist_ok=True)
    (args.out / "state" / "state.json").write_text(NESTED_STATE)
    cases.update({f"names:{k}": v for k, v in names.items()})
    for name, p in {**cases, **{f"config:{k}": v for k, v in configs.items()}}.items():
        print(f"{name:24} {ascii(str(p))}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
