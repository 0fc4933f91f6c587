"""Finding quotation marks in messy text and pairing them into quoted spans.

Real article text has every kind of broken quotation: a closing “ where ” was meant,
straight and curly marks mixed, a mark eaten by a damaged HTML entity (``,quot;``),
a quotation that runs over several paragraphs with an opening mark on each paragraph
and a closing mark only at the end. The pairing here

- decides whether each mark opens or closes from its *form* (“ opens, ” closes) and,
  when form and position disagree or the mark is a straight ``"``, from its *flanking*
  (a mark with a space before and a word after opens; a word before and a space or
  punctuation after closes);
- pairs within one paragraph at a time, so one bad mark can never shift the pairing of
  every later quote: the state resynchronises at each paragraph boundary;
- follows the multi-paragraph convention: a paragraph that ends inside a quote continues
  into the next paragraph only when that paragraph opens with a quotation mark.

Everything is linear in the length of the text; no regex backtracks over unbounded text.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from tui.analysis.text import paragraph_spans

OPEN, CLOSE, AMBIG = 1, 2, 3

# Double quotation marks: curly, straight, low-9 („ opens German-style quotes), guillemets,
# two apostrophes or backticks standing for one mark (``like this'' in older wire and
# archive text), and HTML entities for a quote mark that survived unescaped or half-damaged
# (``&quot;``, ``&amp;quot;``, ``,quot;`` where the ampersand became a comma).
_MARK = re.compile(
    r"''|``|[\"“”„‟«»]"
    r"|(?:&(?:amp;){0,3}|,)(?:quot|ldquo|rdquo|bdquo|#0{0,3}34|#[xX]0{0,3}22|#822[012]);"
    r"|(?<![A-Za-z&])quot;"
)
_OPEN_FORM = frozenset(("“", "„", "«", "``"))
_CLOSE_FORM = frozenset("”»")
# Characters after which a mark is at the start of a stretch of text (left-flanking).
_OPENING_CONTEXT = frozenset("([{—–-/‘'\u00a0")
# Characters before which a mark is at the end of a stretch of text (right-flanking).
_CLOSING_CONTEXT = frozenset(".,;:!?)]}—–-/…’'")

#: A quotation spanning more paragraphs than this is cut (hostile input cannot make
#: one quote swallow a whole book).
MAX_CONTINUED_PARAGRAPHS = 30


@dataclass(slots=True)
class Mark:
    start: int
    end: int
    role: int  # OPEN | CLOSE | AMBIG


@dataclass(slots=True)
class Piece:
    """One quoted stretch inside one paragraph.

    ``start``/``end`` bound the quoted words (marks and surrounding space excluded);
    ``open_start``/``close_end`` bound the marks themselves (equal to start/end when a
    mark is missing). ``chain`` numbers the pieces of one multi-paragraph quotation.
    """

    start: int
    end: int
    open_start: int
    close_end: int
    para: int  # index of the paragraph
    chain: int
    closed: bool  # ended at a closing mark (not at a paragraph end)
    opened: bool = True  # began at an opening mark


def _role(text: str, ms: int, me: int, ps: int, pe: int) -> int:
    mark = text[ms:me]
    before = text[ms - 1] if ms > ps else ""
    after = text[me] if me < pe else ""
    # (paragraph spans are stripped of surrounding space, so these are O(1) checks)
    if ms <= ps:
        return OPEN  # the first thing in a paragraph opens
    if me >= pe:
        return CLOSE  # the last thing in a paragraph closes
    left = (
        before == ""
        or before.isspace()
        or before in _OPENING_CONTEXT
        or _MARK.match(before) is not None
    ) and not (after.isspace() or after == "")
    right = not (before.isspace() or before == "") and (
        after == ""
        or after.isspace()
        or after in _CLOSING_CONTEXT
        or _MARK.match(after) is not None
    )
    if mark in _OPEN_FORM or mark.endswith(("ldquo;", "bdquo;", "8220;")):
        return CLOSE if right and not left else OPEN
    if mark in _CLOSE_FORM or mark.endswith(("rdquo;", "8221;")):
        return OPEN if left and not right else CLOSE
    if left and not right:
        return OPEN
    if right and not left:
        return CLOSE
    return AMBIG


def _trim(text: str, s: int, e: int) -> tuple[int, int]:
    while s < e and text[s].isspace():
        s += 1
    while e > s and text[e - 1].isspace():
        e -= 1
    return s, e


# An attribute of markup left in the text (<tweet author="@x" date="May 1, 2016">): its
# value's marks delimit markup, not a quotation. Opened by name=", closed by the next mark
# (up to the paragraph end when the tag was cut), or by a mark right before the tag's end.
_ATTRIBUTE = re.compile(r'(?<=[A-Za-z0-9]=)"[^"<>\n]{0,500}"?|"(?=/?>)')


def find_marks(text: str, ps: int, pe: int) -> list[Mark]:
    markup: set[int] = set()
    if '="' in text[ps:pe] or '">' in text[ps:pe]:
        for a in _ATTRIBUTE.finditer(text, ps, pe):
            markup.add(a.start())
            if a.end() - a.start() > 1 and text[a.end() - 1] == '"':
                markup.add(a.end() - 1)
    return [
        Mark(m.start(), m.end(), _role(text, m.start(), m.end(), ps, pe))
        for m in _MARK.finditer(text, ps, pe)
        if m.start() not in markup
    ]


_SENT_END = re.compile(r"[.!?…][\"'”’)\]]*\s+")


def pair_quotes(text: str) -> list[Piece]:
    """All quoted pieces of ``text``, in order, one per paragraph stretch."""
    paras = paragraph_spans(text)
    pieces: list[Piece] = []
    chain = 0
    carry: int | None = None  # chain id continuing from the previous paragraph
    carried = 0
    for pi, (ps, pe) in enumerate(paras):
        marks = find_marks(text, ps, pe)
        if carry is not None:
            # the previous paragraph ended inside a quotation: it continues here only if
            # this paragraph opens with a quotation mark
            if (
                not (marks and marks[0].start == ps and marks[0].role == OPEN)
                or carried >= MAX_CONTINUED_PARAGRAPHS
            ):
                carry = None
        inside: Mark | None = None
        cur_chain = -1
        emitted_here = False
        for mk in marks:
            role = mk.role
            if role == AMBIG:
                role = CLOSE if inside is not None else OPEN
            if inside is None:
                if role == OPEN:
                    inside = mk
                    if carry is not None and mk.start == ps:
                        cur_chain = carry
                    else:
                        chain += 1
                        cur_chain = chain
                        carry = None
                elif not emitted_here and not pieces_in_para(pieces, pi):
                    # A closing mark with no opening mark before it in the paragraph:
                    # the opening mark was lost ("Hello,” he said.). Take the quote from
                    # the paragraph start when the close follows sentence punctuation.
                    if mk.start - ps <= 1500 and mk.start > ps and text[mk.start - 1] in ",.?!…":
                        s, e = _trim(text, ps, mk.start)
                        if e > s:
                            chain += 1
                            pieces.append(Piece(s, e, ps, mk.end, pi, chain, True, opened=False))
                            emitted_here = True
                # any other stray close is ignored
            else:
                if role == CLOSE:
                    s, e = _trim(text, inside.end, mk.start)
                    if e > s:
                        pieces.append(Piece(s, e, inside.start, mk.end, pi, cur_chain, True))
                        emitted_here = True
                    inside = None
                else:
                    # An opening mark while a quote is open: the previous closing mark is
                    # missing. End the previous quote here and start a new one.
                    s, e = _trim(text, inside.end, mk.start)
                    if e > s:
                        pieces.append(Piece(s, e, inside.start, mk.start, pi, cur_chain, False))
                        emitted_here = True
                    inside = mk
                    chain += 1
                    cur_chain = chain
        if inside is not None:
            s, e = _trim(text, inside.end, pe)
            if e > s:
                pieces.append(Piece(s, e, inside.start, pe, pi, cur_chain, False))
            carried = carried + 1 if carry is not None and cur_chain == carry else 1
            carry = cur_chain
        else:
            carry = None
            carried = 0
    return pieces


def pieces_in_para(pieces: list[Piece], pi: int) -> bool:
    return bool(pieces) and pieces[-1].para == pi


# Single quotation marks: curly, straight, and the low-9 ‚ that opens German-style ones.
_SINGLE = re.compile(r"[‘’'‚]")
#: a single-quoted stretch longer than this is not one (apostrophes paired by chance)
MAX_SINGLE = 300


def pair_single_quotes(text: str, s: int, e: int) -> list[tuple[int, int, int, int]]:
    """Single-quoted stretches inside ``text[s:e]`` (a quotation within a quotation, or a
    headline's quote): ``(open_start, start, end, close_end)``, words without the marks.

    A single mark is also an apostrophe ("don't", "Clintons' car"), so a mark opens only
    at the start of a word (after a space, a bracket, a dash or a double mark, before a
    letter or digit) and closes only at the end of one (after a word or punctuation,
    before a space, punctuation or the end), and a pair spans at most MAX_SINGLE
    characters."""
    out: list[tuple[int, int, int, int]] = []
    opened: int | None = None
    for m in _SINGLE.finditer(text, s, e):
        i = m.start()
        before = text[i - 1] if i > s else " "
        after = text[i + 1] if i + 1 < e else " "
        opens = (before.isspace() or before in '([{—–-“"') and (after.isalnum() or after in '“"')
        closes = not before.isspace() and (after.isspace() or after in '.,;:!?)]}—–-”"')
        if opened is None:
            if opens and m.group(0) != "’" or opens and before.isspace():
                opened = i
        elif closes and m.group(0) != "‘":
            if 1 < i - opened <= MAX_SINGLE:
                a, b = opened + 1, i
                while a < b and text[a].isspace():
                    a += 1
                while b > a and text[b - 1].isspace():
                    b -= 1
                if b > a:
                    out.append((opened, a, b, i + 1))
            opened = None
        elif opens and i - opened > MAX_SINGLE:
            opened = i
    return out
