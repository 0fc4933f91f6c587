"""What a fetched page is: its kind (from the content type), its charset, its title and
canonical address, and the file name it is saved under.

Everything here works on what a server sent, which is hostile: titles may hold markup,
terminal escape sequences, path separators or thousands of characters, and none of that
reaches a file name.
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass
from urllib.parse import unquote, urljoin, urlsplit

__all__ = ["PAGE_TYPES", "Page", "content_type", "file_stem", "read_page", "refuse_type"]

#: The content types saved, and the extension each is saved with.
PAGE_TYPES = {
    "text/html": ".html",
    "application/xhtml+xml": ".xhtml",
    "text/plain": ".txt",
    "text/markdown": ".md",
    "text/x-markdown": ".md",
}
#: What the common refused types are, for the reason shown.
_KINDS = {
    "application/pdf": "a PDF document",
    "image/": "an image",
    "video/": "a video",
    "audio/": "audio",
    "font/": "a font",
    "application/zip": "a ZIP archive",
    "application/json": "JSON data",
    "application/javascript": "a script",
    "text/javascript": "a script",
    "text/css": "a style sheet",
    "application/octet-stream": "binary data",
}
#: The longest title part of a file name, in characters, and the whole name in UTF-8
#: bytes (file systems allow 255; the sidecar's name adds a dot and ".fetch.json").
TITLE_CHARS = 110
NAME_BYTES = 200


def content_type(headers: dict[str, str]) -> tuple[str, str | None]:
    """(media type in lowercase, charset or None) from a Content-Type header."""
    value = headers.get("content-type", "")
    parts = value.split(";")
    mime = parts[0].strip().lower()
    charset = None
    for p in parts[1:]:
        k, _, v = p.partition("=")
        if k.strip().lower() == "charset":
            v = v.strip().strip("\"'").strip()
            if re.fullmatch(r"[A-Za-z0-9._:-]{1,40}", v):
                charset = v
    return mime, charset


def refuse_type(status: int, headers: dict[str, str]) -> str | None:
    """None for a web page or text (or an answer that names no type: its bytes decide),
    else why it is not saved."""
    mime, _ = content_type(headers)
    if not mime or mime in PAGE_TYPES:
        return None
    kind = next((k for p, k in _KINDS.items() if mime.startswith(p)), None)
    shown = mime if mime.isprintable() and len(mime) < 80 else "another type"
    what = f"{kind} ({shown})" if kind else shown
    return f"is {what}, not a web page or text"


@dataclass
class Page:
    ext: str
    encoding: str
    """The charset the page was read with (what Storyline's reader will use too)."""
    title: str | None
    """The headline as Storyline's reader finds it (None when it finds none)."""
    canonical: str | None
    article: tuple[str | None, str] | None = None
    """(title, text) as the reader reads them; None when it finds no text."""


def read_page(body: bytes, headers: dict[str, str], final_url: str) -> Page:
    """The page's kind, charset, title and canonical address. Raises ValueError with the
    reason when the bytes are not text (a PDF served as text/html)."""
    from tui.read.decode import BinaryFile, decode_bytes

    mime, charset = content_type(headers)
    ext = PAGE_TYPES.get(mime)
    try:
        text, encoding, _ = decode_bytes(body, html=ext != ".txt", declared=charset)
    except BinaryFile as e:
        raise ValueError(f"is a binary file ({e or 'not text'})") from None
    if ext is None:  # no content type: the bytes say what it is
        from tui.read.detect import detect_format

        ext = {"html": ".html", "markdown": ".md"}.get(detect_format("", text), ".txt")
    canonical = _canonical(text, final_url) if ext in (".html", ".xhtml") else None
    a = _article(text, ext)
    title = a.title if a else None
    return Page(ext, encoding, title, canonical, (title, a.body) if a and a.body else None)


def _article(text: str, ext: str):
    """The page as the app will show it (the reader's article), or None."""
    from tui.read import Unreadable, read_text

    try:
        return read_text(text, "page" + ext)
    except (Unreadable, RecursionError, MemoryError):
        return None


def _canonical(text: str, base: str) -> str | None:
    """The page's ``<link rel=canonical>`` or ``og:url``, made absolute."""
    from selectolax.lexbor import LexborHTMLParser

    from tui.read.sidecar import good_url

    tree = LexborHTMLParser(text[:2_000_000])
    link = tree.css_first('link[rel="canonical"]')
    og = tree.css_first('meta[property="og:url"]')
    for href in (link and link.attributes.get("href"), og and og.attributes.get("content")):
        if href and href.strip():
            url = urljoin(base, href.strip())
            if good_url(url):
                return url
    return None


# ESC [ ... final byte (CSI), ESC ] ... BEL or ESC \ (OSC), and other two-byte escapes:
# the whole sequence goes, not just its ESC
_ESCAPES = re.compile(
    r"\x1b\[[0-?]*[ -/]*[@-~]?|\x1b\][^\x07\x1b]*(?:\x07|\x1b\\)?|\x1b.?|\x9b[0-?]*[ -/]*[@-~]?"
)
# characters a file name cannot hold on some system, or that mislead in a shell
_UNSAFE = {"/": "-", "\\": "-", "|": "-", ":": " -", "*": "", "?": "", '"': "'", "<": " ", ">": " "}


# the same, as the reader shows them (ESC as the symbol ␛), and the other control pictures
_SHOWN_ESCAPES = re.compile(
    r"\u241b(?:\[[0-?]*[ -/]*[@-~]?|\][^\u2407\u241b]*\u2407?)?|[\u2400-\u2426]|⟨U\+[0-9A-F]{4,6}⟩"
)


def clean_title(title: str) -> str:
    """One line of title for a file name: escape sequences and every control, format
    and separator character gone (as well as the symbols the reader shows them as), path
    separators and shell-unsafe characters replaced."""
    title = _SHOWN_ESCAPES.sub("", _ESCAPES.sub("", title))
    title = unicodedata.normalize("NFC", title)
    out = []
    for ch in title:
        cat = unicodedata.category(ch)
        if ch in _UNSAFE:
            out.append(_UNSAFE[ch])
        elif cat in ("Zs", "Zl", "Zp") or ch in "\t\n\r\f\v":
            out.append(" ")
        elif cat[0] == "C" and ch not in "\u200c\u200d":
            continue  # controls, format (bidi) characters, surrogates, unassigned; the
            # zero-width (non-)joiners stay: Persian and Indic words are spelt with them
        else:
            out.append(ch)
    return " ".join("".join(out).split())


def _shorten(text: str, chars: int) -> str:
    if len(text) <= chars:
        return text
    cut = text.rfind(" ", chars // 2, chars)
    return text[: cut if cut > 0 else chars].rstrip(" -,.;") + "…"


def _url_words(url: str) -> str:
    """The last part of an address's path, for a page without a title."""
    path = urlsplit(url).path.rstrip("/")
    last = unquote(path.rsplit("/", 1)[-1]) if path else ""
    last = re.sub(
        r"\.(?:[sx]?html?|php|aspx?|jsp|txt|text|md|markdown)$", "", last, flags=re.IGNORECASE
    )
    return last.replace("-", " ").replace("_", " ")


def file_stem(url: str, title: str | None) -> str:
    """``host - title`` (``www.`` dropped), safe as a file name on any system: no control
    characters or path separators, at most :data:`NAME_BYTES` bytes, never starting
    with ``-``, ``+`` or ``.``, never ending with a dot or a space."""
    host = (urlsplit(url).hostname or "page").rstrip(".")
    host = host.removeprefix("www.")
    words = clean_title(title or "") or clean_title(_url_words(url)) or "page"
    stem = f"{clean_title(host)} - {_shorten(words, TITLE_CHARS)}"
    while len(stem.encode("utf-8")) > NAME_BYTES:
        stem = stem[:-1]
    stem = stem.lstrip("-+. ").rstrip(". ")
    return stem or "page"
