"""Which reader a file needs: ``text``, ``html`` or ``markdown``, by extension and content.

The extension is a hint, the content decides when it is clear: a ``.txt`` file may hold
a whole HTML page, or Markdown that pandoc exported from a web page (raw ``<div>``
lines, ``[text](url)`` links, ``# `` headings); an ``.html`` file may be plain text.
Only the first 64 KB are looked at, with plain substring counts (linear time).
"""

from __future__ import annotations

import re

__all__ = ["detect_format"]

HTML_EXTS = {".html", ".htm", ".xhtml", ".shtml", ".php", ".asp", ".aspx", ".jsp"}
MD_EXTS = {".md", ".markdown", ".mdown", ".mkd", ".mkdn", ".pandoc", ".rmd"}

_DOC_START_RE = re.compile(
    r"^\s*(?:<\?xml[^>]{0,200}>\s*)?(?:<!--.{0,2000}?-->\s*)*<(?:!doctype\s+html|html[\s>]|head[\s>])",
    re.I | re.S,
)
_MD_HEADING_RE = re.compile(r"^#{1,6}[ \t]+\S", re.M)
_MD_LINK_RE = re.compile(r"\]\((?:https?://|/|#|\.{0,2}/?[\w-])[^)\s]{0,500}\)")
_MD_FENCE_RE = re.compile(r"^:::", re.M)
_MD_LIST_RE = re.compile(r"^[ \t]{0,3}[-*+][ \t]+\S", re.M)
_MD_EMPH_RE = re.compile(r"(?:\*\*|__)\w[^*_\n]{0,80}(?:\*\*|__)")
_HTML_INLINE_RE = re.compile(
    r"<(?:p|a\s[^>]{0,200}href|br|li|td|tr|span|em|strong|b|i|img|h[1-6])[\s>/]", re.I
)
_HTML_BLOCK_LINE_RE = re.compile(
    r"^[ \t]*</?(?:div|section|article|span|main|header|footer|nav|aside|figure)\b", re.I | re.M
)


def detect_format(suffix: str, text: str) -> str:
    """``"html"``, ``"markdown"`` or ``"text"`` for a file's decoded text."""
    head = text[:65536]
    suffix = suffix.lower()
    if _DOC_START_RE.match(head):
        return "html"
    md = (
        2 * len(_MD_HEADING_RE.findall(head))
        + len(_MD_LINK_RE.findall(head))
        + 2 * len(_MD_FENCE_RE.findall(head))
        + len(_MD_EMPH_RE.findall(head))
        + (len(_MD_LIST_RE.findall(head)) // 2)
    )
    html_inline = len(_HTML_INLINE_RE.findall(head))
    block_lines = len(_HTML_BLOCK_LINE_RE.findall(head))
    if suffix in HTML_EXTS:
        # a ".html" file with no tags at all is text (or Markdown)
        if html_inline or block_lines or "<" in head and ">" in head:
            return "html"
        return "markdown" if md >= 3 else "text"
    if suffix in MD_EXTS:
        return "markdown"
    # .txt and anything else: decide by content
    if md >= 3 and md >= html_inline // 2:
        return "markdown"
    if html_inline >= 5 or (block_lines >= 3 and html_inline >= 2):
        return "html"
    return "text"
