"""Quotations and their speakers.

``find_quotes(text, mentions, config=None) -> list[Quote]`` finds

- ``direct`` quotes: a whole statement between quotation marks, including quotes split
  around their attribution (“…,” said X. “…”) and quotes running over several paragraphs
  (one ``Quote`` per paragraph, each with the speaker);
- ``partial`` quotes: a quoted fragment inside the outlet's own sentence (told AFP that
  a “technical team” was …; described the talks as “positive”);
- ``indirect`` statements: reported speech without marks that names a speaker
  ("Khalilzad said all sides conveyed …"): the span is the reported content;
- ``term`` quotes: scare quotes around a title, term or name of a work, with no speech
  frame (under the title “Charge D’Affaires”): kept, with no speaker.

Quotation marks are paired by :mod:`tui.analysis.quote_marks` (robust to broken marks);
speakers come from :mod:`tui.analysis.speakers`. Spans are ``str`` indices into ``text``;
quoted spans exclude the marks. The function never raises on a ``str``.
"""

from __future__ import annotations

import bisect
import re
from collections.abc import Sequence
from dataclasses import dataclass

from tui.analysis.persons import PersonIndex, first_name_gender, is_person_name
from tui.analysis.quote_marks import Piece, pair_quotes, pair_single_quotes
from tui.analysis.speakers import (
    Speaker,
    Tok,
    _is_place,
    _is_place_name,
    backward_speaker,
    credible_speaker,
    forward_speaker,
    is_name_tok,
    medium_after,
    role_matches,
    tokenize,
)
from tui.analysis.speech_words import (
    ABBREVIATIONS,
    ADVERBIAL_FILLERS,
    ADVERBIAL_OPENERS,
    ANONYMOUS_ROLES,
    APPOSITION_OPENERS,
    AUXILIARIES,
    BACK_VERBS,
    BARE_SPEECH,
    BE_FORMS,
    CAUSATIVE_VERBS,
    CAUSED_SPEECH,
    CLAUSE_OPENERS,
    COMPLEMENT_OPENERS,
    CONNECTIVE_OPENERS,
    CONTRAST_OPENERS,
    DETERMINERS,
    DOCUMENT_NOUNS,
    FINDING_VERBS,
    FRAME_PARTICIPLE_NEXT,
    FREE_ADVERBS,
    GOING_ON,
    INDEFINITES,
    INDIRECT_TRIGGERS,
    INDIRECT_VERBS,
    INFINITIVE_CUES,
    INTRO,
    INVERTED_OPENERS,
    IRREGULAR_PASTS,
    LISTENER_CUES,
    MEDIUM_NOUNS,
    MESSAGE_NOUNS,
    MINOR_WORDS,
    MONTHS,
    NAMED_BY,
    NAMING_VERBS,
    NESTING,
    NOT_INVERTED,
    NOT_PAST_TENSE,
    NOUN_DETERMINERS,
    NOUN_TAKING,
    OBJECT_PREPOSITIONS,
    OBJECT_PRONOUNS,
    ORG_HEADS,
    PARTICIPLE_CUES,
    PARTICLE_VERBS,
    PERSON_NOUNS,
    PHRASE_ENDS,
    POSSESSED_HEADS,
    POSSESSED_SPEECH,
    POSSESSIVE_DETERMINERS,
    POSSESSIVE_PRONOUNS,
    PREP_AFTER_SUBJECT,
    PREPOSITIONS,
    PROGRAMME_BEFORE,
    PRONOUNS,
    REPORT_NOUNS,
    REPORTED_BY,
    REPORTING_PARTICLES,
    ROLE_FILLERS,
    ROLE_MODIFIERS,
    ROLE_NOUNS,
    SKIP_BEFORE_CUE,
    SPEECH_NOUNS,
    SPEECH_PLURALS,
    SPEECH_VERBS,
    STANCE_VERBS,
    STOP_SOURCE,
    STOP_WORDS,
    SUBORDINATE,
    TIME_WORDS,
    TITLE_CUES,
    TITLE_RUN_STOPS,
    TITLES,
    TOLD_CUES,
    TOLD_OBJECT_WORDS,
    TRANSCRIPT_NON_SPEAKERS,
    WEEKDAYS,
    WORK_NOUNS,
)
from tui.analysis.text import paragraph_spans, sentence_spans
from tui.kinds import QuoteKind
from tui.model import Mention, Quote

#: Frames (the text around a quote searched for its attribution) are capped at this
#: many characters either side.
FRAME = 400
#: A frame keeps at most this many quotations nearest the one it attributes.
FRAME_QUOTES = 8
#: A text longer than this is analysed only up to here (hostile input stays bounded).
MAX_TEXT = 2_000_000
#: Partial quotes with no speech frame and at most this many words are terms: a scare-
#: quoted term or phrase is short; a longer quoted stretch is somebody's words even when
#: the text does not say whose. Titles of works (title case) are terms up to TITLE_MAX_WORDS.
TERM_MAX_WORDS = 5
TITLE_MAX_WORDS = 8

#: how far (in characters) an unattributed quotation may follow an attributed statement
#: and still continue it
INHERIT_GAP = 250
#: a quoted fragment with no frame inherits the speaker of a statement just before it
SUBJECT_SENTENCES = 1
#: a pronoun resolves only to a person named (or credited with a statement) at most this
#: many sentences before the statement; otherwise the pronoun is reported as written
PRONOUN_SENTENCES = 2
#: words between a subject and a quoted fragment of its clause ("He offered “…”")
SUBJECT_FRAME_MIN = 1
#: tokens an introductory phrase may run to its comma ("When told Perez was in the
#: Cabinet and in the running for a bigger job, Bush thought …")
INTRO_TOKENS = 30
#: tokens after a quotation searched for "Name, <apposition>, said"
LONG_APPOSITION = 40
#: a role noun resolves to a person named at most this many sentences before it
ROLE_SENTENCES = 3
_BOUNDARY = "\x00"  # stands for a quoted stretch inside a frame


@dataclass(slots=True)
class _Attr:
    speaker: Speaker | None
    cue: str | None
    where: str  # "post" | "pre" | "inherit" | "colon" | ""


@dataclass(slots=True)
class _Found:
    piece: Piece | None
    start: int
    end: int
    kind: QuoteKind
    attr: _Attr


def find_quotes(text: str, mentions: list[Mention] | None = None, config=None) -> list[Quote]:
    """Every quotation and reported statement in ``text``, in text order."""
    if not isinstance(text, str) or not text.strip():
        return []
    text_len = min(len(text), MAX_TEXT)
    work = text if len(text) == text_len else text[:text_len]
    try:
        return _find(work, list(mentions or []))
    except Exception:  # pragma: no cover - a bug here must not cost the article its quotes
        # Never refuse a whole article: fall back to the paired quotation marks alone,
        # without attribution (the property tests guard against reaching this).
        try:
            return [Quote(p.start, p.end, work[p.start : p.end]) for p in pair_quotes(work)]
        except Exception:
            return []


class _Frames:
    """The text's sentences, paragraphs and quotation pieces, and the token frames around
    a quotation that its attribution is read from."""

    def __init__(self, text: str):
        self.text = text
        self.pieces = pair_quotes(text)
        self.sents = sentence_spans(text)
        self.sent_starts = [s for s, _ in self.sents]
        self.paras = paragraph_spans(text)
        self.para_starts = [s for s, _ in self.paras]
        self.piece_starts = [p.open_start for p in self.pieces]
        self._headings: dict[int, bool] = {}
        # frames are read by several steps (each piece's attribution, fragments, statements
        # that go on): tokenized once each, the lists shared read-only
        self._tokens: dict[tuple[int, int, str | None], list[Tok]] = {}

    def heading(self, para: int) -> bool:
        """Is paragraph ``para`` a title-case heading (see :func:`_title_case_line`)?"""
        if para not in self._headings:
            self._headings[para] = _title_case_line(self.text, self.paras[para])
        return self._headings[para]

    def sentence_of(self, pos: int) -> tuple[int, int]:
        i = bisect.bisect_right(self.sent_starts, pos) - 1
        if i < 0:
            return (0, min(len(self.text), FRAME))
        return self.sents[i]

    def para_of(self, pos: int) -> int:
        return bisect.bisect_right(self.para_starts, pos) - 1

    def tokens(self, s: int, e: int, keep: str | None = None) -> list[Tok]:
        """Tokens of text[s:e] with every quoted stretch replaced by one boundary token.

        ``keep``: a frame crowded with quotations (hostile text: thousands of tiny
        quotes) is cut to the FRAME_QUOTES nearest ones, at its "end" (the text before a
        quotation) or its "start" (the text after one), so that the work stays linear.
        The list is shared: callers read it and never change it."""
        key = (s, e, keep)
        if key not in self._tokens:
            self._tokens[key] = self._tokenize(s, e, keep)
        return self._tokens[key]

    def _tokenize(self, s: int, e: int, keep: str | None) -> list[Tok]:
        pieces = self.pieces
        if keep is not None:
            a = bisect.bisect_left(self.piece_starts, s)
            b = bisect.bisect_left(self.piece_starts, e)
            if b - a > FRAME_QUOTES:
                if keep == "end":
                    s = max(s, pieces[b - FRAME_QUOTES - 1].close_end)
                else:
                    e = min(e, pieces[a + FRAME_QUOTES].open_start)
                if s >= e:
                    return []
        out: list[Tok] = []
        pos = s
        i = max(bisect.bisect_left(self.piece_starts, s) - 1, 0)
        while pos < e:
            # next piece overlapping [pos, e)
            while i < len(pieces) and pieces[i].close_end <= pos:
                i += 1
            if i < len(pieces) and pieces[i].open_start < e:
                p = pieces[i]
                if p.open_start > pos:
                    out.extend(tokenize(self.text, pos, p.open_start))
                out.append(Tok(_BOUNDARY, max(p.open_start, pos), min(p.close_end, e)))
                pos = p.close_end
                i += 1
            else:
                out.extend(tokenize(self.text, pos, e))
                break
        return out

    def pre(self, p: Piece) -> list[Tok]:
        """The frame before the quotation: its sentence up to the opening mark."""
        ss, _ = self.sentence_of(p.open_start)
        pre_s = max(ss, p.open_start - FRAME)
        return self.tokens(pre_s, p.open_start, "end") if pre_s < p.open_start else []

    def post(self, p: Piece) -> list[Tok]:
        """The frame after the quotation: its sentence from the closing mark on (a sentence
        end inside the quote may make the sentence start after the mark)."""
        _, se = self.sentence_of(max(p.close_end - 1, p.start))
        post_e = min(se, p.close_end + FRAME)
        return self.tokens(p.close_end, post_e, "start") if post_e > p.close_end else []


def _find(text: str, mentions: list[Mention]) -> list[Quote]:
    fr = _Frames(text)
    found = [_attribute_piece(fr, p) for p in fr.pieces]
    _attribute_unframed(fr, found)
    _attribute_fragments(fr, found)
    reports: list[_Found] = []
    found.extend(_indirect(text, fr.sents, fr.pieces, fr.tokens, reports))
    _fragments_in_reports(text, found, reports)
    found.sort(key=lambda f: (f.start, f.end))
    _coordinated_fragments(text, found)
    _continue_statements(fr, found, mentions)
    found.extend(_inner_quotes(fr, found))
    found.sort(key=lambda f: (f.start, f.end))
    return _quotes(fr, mentions, found)


def _inner_quotes(fr: _Frames, found: list[_Found]) -> list[_Found]:
    """Single-quoted quotations inside a quotation (“He told me, ‘I am done,’ and left,”
    Smith said) and in a title-case heading (Christie Calls Clinton ‘A Disgrace’): the
    inner words are the inner speaker's, read from the words around them inside the
    outer quotation (or the heading); with no speaker there, a short one is a term."""
    text = fr.text
    out: list[_Found] = []
    if "‘" not in text and "'" not in text and "‚" not in text:
        return out
    spans = [(f.start, f.end) for f in found if f.kind in ("direct", "partial") and f.piece]
    spans += [
        para
        for i, para in enumerate(fr.paras)
        if para[1] - para[0] <= 200 and _SINGLE_MARKS.search(text, *para) and fr.heading(i)
    ]
    for s, e in spans:
        for open_start, a, b, close_end in pair_single_quotes(text, s, e):
            piece = Piece(a, b, open_start, close_end, fr.para_of(a), -1, True)
            out.append(_inner_quote(fr, piece, s, e))
    return out


_SINGLE_MARKS = re.compile(r"[‘’'‚]")


def _inner_quote(fr: _Frames, p: Piece, s: int, e: int) -> _Found:
    text = fr.text
    ss, se = fr.sentence_of(p.open_start)
    pre = tokenize(text, max(s, ss), p.open_start)
    post = tokenize(text, p.close_end, min(e, max(se, p.close_end)))
    attr = _attribute_pre(text, pre, stance=True) if pre else None
    if attr is None or not credible_speaker(text, attr.speaker):
        attr = _attribute_post(text, post) if post else None
    if (attr is None or not credible_speaker(text, attr.speaker)) and fr.heading(p.para):
        attr = _heading_attribution(text, pre)
    if attr is None or not credible_speaker(text, attr.speaker):
        attr = _Attr(None, None, "")
    else:
        attr = _Attr(attr.speaker, attr.cue, "inner")  # never resolved: the outer speaker's words
    kind = _classify(text, p, pre, post, attr)
    if attr.speaker is None and kind == "partial" and _term_sized(text, p.start, p.end):
        kind = "term"
    return _Found(p, p.start, p.end, kind, attr)


def _attribute_piece(fr: _Frames, p: Piece) -> _Found:
    """A quotation with the attribution in its own sentence, and its kind."""
    text = fr.text
    pre, post = fr.pre(p), fr.post(p)
    attr = _attribute(text, pre, post)
    _, se = fr.sentence_of(max(p.close_end - 1, p.start))
    if attr.speaker is None and se <= p.close_end + 2:
        # “Is it negotiable?” Hannity pressed.
        ext = _after_exclamation(text, p, fr.sentence_of)
        if ext is not None:
            a2 = _attribute_post(text, fr.tokens(p.close_end, ext))
            if a2 is not None and a2.speaker is not None:
                attr = a2
            elif a2 is None and attr.cue is None and not pre:
                attr = _unlisted_cue_post(text, p, fr.tokens(p.close_end, ext)) or attr
    if attr.speaker is None and attr.cue is None and (not pre or pre[-1].text in (":", _BOUNDARY)):
        attr = _unlisted_cue_post(text, p, post) or attr
    if attr.speaker is None and fr.heading(p.para):
        attr = _heading_attribution(text, pre) or attr
    return _Found(p, p.start, p.end, _classify(text, p, pre, post, attr), attr)


def _title_case_line(text: str, para: tuple[int, int]) -> bool:
    """Is the paragraph a heading in title case ("Trump Says “I Love Hispanics” In
    Nevada"): short, most of its words capitalised, no sentence inside it?"""
    s, e = para
    if e - s > 200:
        return False
    words = [w for w in re.findall(r"[A-Za-z][\w’'\-]*", text[s:e]) if w.lower() not in MINOR_WORDS]
    if len(words) < 3 or ". " in text[s:e]:
        return False
    return sum(w[0].isupper() for w in words) >= 0.8 * len(words)


def _heading_attribution(text: str, pre: list[Tok]) -> _Attr | None:
    """In a title-case heading every word is capitalised, the cue too: "Trump Says “…”",
    "Obama Calls Trump “Unfit”", "Sanders Tells Supporters To “Keep Fighting”"."""
    lo = _last_boundary(pre, len(pre))
    for k in range(len(pre) - 1, lo, -1):
        low = pre[k].low
        if pre[k].text[:1].isupper() and (low in SPEECH_VERBS or low in STANCE_VERBS):
            # every word is capitalised, so the subject is a name the article names
            # elsewhere: the one before the cue, else the one opening the heading
            # ("Selenis Leyva Got Real About Being Called “…”")
            spk = backward_speaker(text, pre, k - 1, lo)
            if spk is not None and spk.kind in ("name", "org") and _named_in_body(text, spk):
                return _Attr(spk, low, "pre")
            for n in (3, 2, 1):
                if lo + n <= k and all(u.text[:1].isupper() for u in pre[lo : lo + n]):
                    s, e = pre[lo].start, pre[lo + n - 1].end
                    head = Speaker(text[s:e], s, e, "name", pre[lo + n - 1].low)
                    if _named_in_body(text, head):
                        return _Attr(head, low, "pre")
            return None
    return None


def _named_in_body(text: str, spk: Speaker) -> bool:
    """Is the heading's name (its last word: a surname) written again outside its line,
    as the body names the person a heading is about?"""
    line_end = text.find("\n", spk.end)
    rest = text[line_end:] if line_end >= 0 else ""
    last = spk.text.split()[-1]
    return re.search(r"\b" + re.escape(last) + r"\b", rest) is not None


def _unlisted_cue_post(text: str, p: Piece, post: list[Tok]) -> _Attr | None:
    """“…,” the nominee riffed on …; “…?” he wondered: a quotation that opens its clause
    and ends mid-sentence (a comma, question or exclamation mark at its end) followed by
    a subject and a verb is attributed to that subject, whether or not the lexicon knows
    the verb: news puts nothing else there."""
    inner = text[p.start : p.end].rstrip(" \t\"'’”")
    if not (inner and inner[-1] in ",?!—–-" or post and post[0].text == ","):
        return None
    start = 0
    while start < len(post) and post[start].text in _LEAD_PUNCT:
        start += 1
    if start >= len(post) or post[start].low in CLAUSE_OPENERS:
        return None
    limit = _clause_limit(text, post, start)
    inverted = _unlisted_inverted(text, post, start, limit)
    if inverted is not None:
        return inverted
    spk = forward_speaker(text, post, start, limit)
    if spk is None or spk.kind == "role" and post[start].low not in DETERMINERS:
        return None
    v = next((x for x in range(start, limit) if post[x].start >= spk.end), None)
    cue = _reporting_verb_at(post, v, limit, _singular(spk)) if v is not None else None
    return _Attr(spk, cue, "post") if cue is not None else None


def _unlisted_inverted(text: str, post: list[Tok], start: int, limit: int) -> _Attr | None:
    """“This is fantastic!” beamed Donald Hartley of Madison: a past tense the lexicon
    lacks, then a name or a determined role, right after the quotation."""
    t = post[start]
    if not (t.text.isalpha() and t.text.islower() and t.low.endswith("ed") and len(t.low) > 4):
        return None
    spk = forward_speaker(text, post, start + 1, limit, descriptors=True)
    if spk is None or spk.kind not in ("name", "role") or not credible_speaker(text, spk):
        return None
    if spk.kind == "role" and post[start + 1].low not in DETERMINERS:
        return None
    return _Attr(spk, t.low, "post")


def _singular(spk: Speaker) -> bool:
    if spk.kind == "pronoun":
        return spk.head in ("he", "she", "it")
    return spk.kind == "name" or not spk.head.endswith("s")


def _reporting_verb_at(toks: list[Tok], v: int, limit: int, singular: bool) -> str | None:
    """The verb at ``toks[v]`` as a cue when it reads as a finite verb of a clause: a
    past tense (regular, or an irregular one the lexicon lists), or a present tense after
    a singular subject, with a particle ("chimed in", "went on", "shot back")."""
    t = toks[v]
    low = t.low
    if not (t.text.isalpha() and t.text.islower()):
        return None
    nxt = toks[v + 1].low if v + 1 < limit else ""
    if low in SPEECH_VERBS or low in STANCE_VERBS:
        return low
    if nxt in REPORTING_PARTICLES and (
        low in PARTICLE_VERBS
        and (nxt != "on" or low in GOING_ON)
        or low.endswith("ed")
        and nxt != "on"
    ):
        return f"{low} {nxt}"
    if low in PARTICLE_VERBS:
        return None  # "went", "cut": a cue only with their particle
    if (
        low.endswith("ed")
        and len(low) > 4
        and low not in NOT_PAST_TENSE
        or low in IRREGULAR_PASTS
        or singular
        and low.endswith("s")
        and not low.endswith(("ss", "us", "is"))
        and len(low) > 3
    ):
        return low
    return None


def _attribute_unframed(fr: _Frames, found: list[_Found]) -> None:
    """Quotes with no frame of their own: a transcript turn, the continuation of a split
    or multi-paragraph quote, or a paragraph introduced by a colon ("Cruz continued:")."""
    text = fr.text
    for i, f in enumerate(found):
        if f.attr.speaker is not None or f.kind in ("term", "partial"):
            continue
        p = f.piece
        assert p is not None
        label = _transcript_label(text, p, fr.paras[p.para][0] if f.attr.cue is None else None)
        if label is not None:
            f.attr = _Attr(label, ":", "label")
            continue
        prev = found[i - 1] if i > 0 else None
        if (
            prev is not None
            and prev.piece is not None
            and prev.piece.chain == p.chain
            and prev.attr.speaker is not None
            and prev.attr.where != "label"
        ):
            f.attr = _Attr(prev.attr.speaker, prev.attr.cue, "inherit")
            continue
        if f.attr.cue is not None:
            continue  # a cue of its own whose subject is not read ("…,” said one): never borrowed
        intro = _introduction(fr, p)
        if intro is not None:
            f.attr = intro
            continue
        if prev is not None and _continues(text, prev, p):
            f.attr = _Attr(prev.attr.speaker, prev.attr.cue, "inherit")
        if f.attr.speaker is None and p.close_end - p.open_start < 6:
            f.kind = "term"


def _introduction(fr: _Frames, p: Piece) -> _Attr | None:
    """An attribution in the text just before a frameless quotation: a paragraph ending
    in a colon, a sentence that is only an attribution, a signature paragraph after it,
    or a sentence in which someone speaks."""
    text = fr.text
    return (
        _colon_intro(text, p, fr.para_starts, fr.paras, fr.tokens)
        or _bare_attribution_before(text, p, fr.sentence_of, fr.tokens)
        or _signature_paragraph(text, p, fr.paras, fr.para_starts)
        or _previous_speech_sentence(text, p, fr.sentence_of, fr.tokens)
    )


def _continues(text: str, prev: _Found | None, p: Piece) -> bool:
    """“…,” said X. “…” — the next quote in the same or the following paragraph, with
    nothing but an attribution between, is the same speaker's."""
    if prev is None or prev.attr.speaker is None or prev.kind != "direct" or prev.piece is None:
        return False
    gap = text[prev.piece.close_end : p.open_start]
    return prev.piece.para >= p.para - 1 and _only_attribution_between(gap)


def _attribute_fragments(fr: _Frames, found: list[_Found]) -> None:
    """Quoted fragments: inside a split sentence (“A,” he said, “B.”) they go on with the
    chain's speaker; in a clause whose subject voices or labels something they are that
    subject's words; with no frame at all, a short one is a term."""
    text = fr.text
    for i, f in enumerate(found):
        if f.attr.speaker is None and f.kind == "partial" and i > 0:
            prev = found[i - 1]
            if prev.attr.speaker is not None and prev.piece is not None and f.piece is not None:
                gap = text[prev.piece.close_end : f.piece.open_start]
                if len(gap) < 120 and _only_attribution_between(gap) and gap.strip().endswith(","):
                    f.attr = _Attr(prev.attr.speaker, prev.attr.cue, "inherit")
        if f.attr.speaker is None and f.kind in ("partial", "term") and f.piece is not None:
            a = _fragment_frame(fr, f.piece)
            if a is not None:
                f.attr = a
                f.kind = "partial"
        if f.attr.speaker is None and f.kind == "partial":
            f.kind = "term" if _term_sized(text, f.start, f.end) else "partial"


def _fragment_frame(fr: _Frames, p: Piece) -> _Attr | None:
    """The attribution of a quoted fragment from the clause before it: a cue or stance
    verb ("accused Cruz of being “…”"), else the clause's subject."""
    pre = fr.pre(p)
    if not pre:
        return None
    a = _possessed_speech(fr.text, pre)
    if a is not None:
        return a
    a = _attribute_pre(fr.text, pre, stance=True)
    if a is not None and credible_speaker(fr.text, a.speaker):
        return a
    a = _subject_frame(fr.text, pre)
    if a is not None and a.speaker is not None and a.speaker.head == "it":
        return None  # "It has not helped that her campaign cycled through ''…''": no one
    return a if a is not None and credible_speaker(fr.text, a.speaker) else None


#: the words that join quoted fragments into one list: “rattled” and “frustrated”;
#: “incredibly ugly,” “a huge shock” or “a fight”
_FRAGMENT_JOIN = re.compile(
    r"[ \t]*(?:,[ \t]*(?:(?:and|or|but|nor)(?:[ \t]+even|[ \t]+then)?[ \t]+)?"
    r"|(?:and|or|but|nor)(?:[ \t]+even|[ \t]+then)?[ \t]+)"
)


def _coordinated_fragments(text: str, found: list[_Found]) -> None:
    """Quoted fragments joined into one list ("“brutal,” “a long shot” and “worth it,”
    she said", "words like “maybe” and “perhaps”, he told reporters") are one speaker's
    words: a fragment with no speaker takes that of the fragment it is listed with. A
    title is no fragment of speech and takes no speaker this way."""
    quoted = [(f, f.piece) for f in found if f.piece is not None and f.kind != "indirect"]
    for order in (quoted, quoted[::-1]):  # forward, then back: a list's speaker spreads both ways
        for (a, pa), (b, pb) in zip(order, order[1:]):
            src, dst = (a, b) if b.attr.speaker is None else (b, a)
            if src.attr.speaker is None or dst.attr.speaker is not None:
                continue
            if src.kind not in ("partial", "direct") or dst.kind not in ("partial", "term"):
                continue
            (first, p1), p2 = ((a, pa), pb) if a.start < b.start else ((b, pb), pa)
            gap = text[p1.close_end : p2.open_start]
            if _FRAGMENT_JOIN.fullmatch(gap) is None or text[first.end - 1 : first.end] in ".!?":
                continue  # not a list, or the first fragment ends its sentence
            if _titled(text, dst.start, dst.end):
                continue  # “Parks and Recreation” and “Veep”: names of works
            dst.attr = src.attr
            dst.kind = "partial"


def _possessed_speech(text: str, pre: list[Tok]) -> _Attr | None:
    """A fragment inside what a possessed speech noun reports is the possessor's words:
    "his call for “a total and complete ban”", "Trump's claim that there have been
    “thousands of shootings”", "her promise to be “neutral”" (the noun's complement, with
    no other speaker or clause between)."""
    n = len(pre)
    for k in range(n - 1, max(_last_boundary(pre, n), n - 10) - 1, -1):
        t = pre[k]
        if not t.text[:1].isalnum() or t.low in SPEECH_VERBS:
            return None  # a clause boundary, or another speaker's verb, first
        if t.low not in POSSESSED_SPEECH or k == 0:
            continue
        nxt = pre[k + 1].low if k + 1 < n else None
        if nxt not in COMPLEMENT_OPENERS:
            return None
        o = k - 1
        if o >= 1 and pre[o].text.islower() and pre[o].low not in POSSESSIVE_DETERMINERS:
            o -= 1  # an adjective between: "his clarion call for"
        spk = _possessor(text, pre, o)
        return _Attr(spk, t.low, "pre") if spk is not None else None
    return None


def _continue_statements(fr: _Frames, found: list[_Found], mentions: list[Mention]) -> None:
    """A quotation with no frame right after an attributed statement continues it:
    'The administration may wait, Schiff said. “The other factor is …”'."""
    last: _Found | None = None
    reach = 0  # where the last statement's sentence ends, past a title in its attribution
    for f in found:
        if f.kind == "term":
            if last is not None and 0 <= f.start - reach <= INHERIT_GAP:
                reach = f.end  # '…,” the senator told ABC's “Good Morning America.” “…”'
            continue
        if f.attr.speaker is None and last is not None and f.piece is not None:
            if f.kind == "direct" and f.attr.cue is None and _direct_goes_on(fr, reach, f.piece):
                f.attr = _Attr(last.attr.speaker, last.attr.cue, "inherit")
            elif (
                f.kind == "partial"
                and f.attr.cue is None
                and _fragment_goes_on(fr, last, f.piece, mentions)
            ):
                f.attr = _Attr(last.attr.speaker, last.attr.cue, "inherit")
        if f.attr.speaker is not None:
            last = f
            reach = f.end


def _direct_goes_on(fr: _Frames, reach: int, p: Piece) -> bool:
    gap = p.open_start - reach
    return 0 <= gap <= INHERIT_GAP and fr.para_of(p.open_start) - fr.para_of(reach) <= 1


def _fragment_goes_on(fr: _Frames, last: _Found, p: Piece, mentions: list[Mention]) -> bool:
    """ "… misinformation, he said. Good information can still drive out bad, but only
    when “the truth is sexier than the lie.”": a fragment with no frame of its own in the
    same paragraph goes on with the statement before it."""
    gap = p.open_start - last.end
    ss, _ = fr.sentence_of(p.open_start)
    spk = last.attr.speaker
    return (
        spk is not None
        and 0 <= gap <= INHERIT_GAP
        and last.kind in ("direct", "indirect")
        and ss >= last.end
        and fr.para_of(p.open_start) == fr.para_of(last.end)
        and _no_other_subject(
            fr.text,
            fr.tokens(ss, p.open_start, "end") if ss < p.open_start else [],
            spk,
        )
        and not _mention_between(mentions, ss, p.open_start)
    )


def _quotes(fr: _Frames, mentions: list[Mention], found: list[_Found]) -> list[Quote]:
    """The found statements as model quotes, with speakers as written and resolved."""
    quoted = [(p.open_start, p.close_end) for p in fr.pieces]
    resolver = _Resolver(fr.text, mentions, found, quoted, fr.sent_starts)
    return [_quote(fr.text, f, resolver) for f in found]


def _quote(text: str, f: _Found, resolver: _Resolver) -> Quote:
    spk = f.attr.speaker if credible_speaker(text, f.attr.speaker) else None
    speaker = s_start = s_end = None
    resolved = r_start = r_end = None
    if spk is not None and f.kind != "term":
        # the speaker as the text words it at the cue ("he", "the envoy", "Khalilzad");
        # who that is, when it is a pronoun or a role noun, goes to ``resolved``
        speaker, s_start, s_end = resolver.written(spk)
        if spk.kind != "name" and f.attr.where != "inner":
            # (a name is who it is; a pronoun inside a quotation is the quoted speaker's)
            name, n_start, n_end = resolver.resolve(
                spk, f.piece.open_start if f.piece is not None else f.start
            )
            if (n_start, n_end) != (s_start, s_end) and name != speaker:
                resolved, r_start, r_end = name, n_start, n_end
    return Quote(
        start=f.start,
        end=f.end,
        text=text[f.start : f.end],
        speaker=speaker,
        kind=f.kind,
        cue=f.attr.cue if f.kind != "term" else None,
        speaker_start=s_start,
        speaker_end=s_end,
        resolved=resolved,
        resolved_start=r_start,
        resolved_end=r_end,
        unresolved=spk is not None
        and speaker is not None
        and resolved is None
        and _refers_back(spk),
    )


def _refers_back(spk: Speaker) -> bool:
    """Does the speaker phrase stand for someone named elsewhere ("he", "they", "the
    envoy"), rather than name them ("Khalilzad") or describe someone the text does not
    name ("a spokesman", "one aide")?"""
    if spk.kind == "pronoun":
        return True
    if spk.kind != "role":
        return False
    first = spk.text.split()[0].lower()
    return (
        first in ("the", "this")
        and (spk.head in ROLE_NOUNS or spk.head in PERSON_NOUNS)
        and spk.head not in DOCUMENT_NOUNS  # "the agreement says": a text, not a reference
    )


_LABEL = re.compile(r"([A-Z][A-Z’'\-]+(?:[ \t][A-Z][A-Z’'\-]+){0,2})[ \t]*:")


def _no_other_subject(text: str, toks: list[Tok], spk: Speaker) -> bool:
    """Does the clause before a quoted fragment have no subject of its own other than
    ``spk`` ("But “…”", "Specifically, he thought that “…”"), and no name at all?"""
    lo = next((m + 1 for m in range(len(toks) - 1, -1, -1) if toks[m].text == _BOUNDARY), 0)
    if lo > 0:
        return False  # the sentence holds another quotation: that one frames it
    subj = _sentence_subject(text, toks, 0, len(toks)) if toks else None
    if subj is not None and subj.text.lower() != spk.text.lower():
        return False
    own = subj.end if subj is not None else -1
    if any(is_name_tok(u) and u.start != toks[0].start and u.start >= own for u in toks):
        return False
    if any(u.low in SPEECH_VERBS and u.text[0].islower() for u in toks):
        return False  # a cue of its own that found no speaker ("Another advised, “…”")
    # a pronoun in the clause must fit the speaker: "he thought that “…”" after "Gilbert
    # said", not "they discussed how “…”"
    singular = spk.kind == "name" or spk.head in ("he", "she")
    for u in toks:
        if u.low in ("he", "she", "they", "we", "i") and not (
            u.low == spk.text.lower() or singular and u.low in ("he", "she")
        ):
            return False
    return True


def _mention_between(mentions: list[Mention], s: int, e: int) -> bool:
    return any(s <= m.start < e and m.kind in ("PERSON", "ORG") for m in mentions)


def _transcript_label(text: str, p: Piece, para_start: int | None = None) -> Speaker | None:
    """An interview transcript: "“WALLACE: Governor, …" quoted paragraph by paragraph,
    or a turn "PENCE: Well, she thinks this is “Shark Tank.”" - the capitalised label
    before the colon at the start of the quotation (or, given ``para_start``, of its
    paragraph) names the speaker of that turn."""
    m = _LABEL.match(text, p.start, min(p.end, p.start + 40))
    if m is None and para_start is not None and para_start < p.open_start:
        m = _LABEL.match(text, para_start, min(p.open_start, para_start + 40))
    if m is None or m.group(1) in TRANSCRIPT_NON_SPEAKERS:
        return None
    name = m.group(1)
    return Speaker(name, m.start(1), m.end(1), "name", name.split()[-1].lower())


def _signature_paragraph(text: str, p: Piece, paras, para_starts) -> _Attr | None:
    """A quotation paragraph followed by a signature paragraph: "“…”\n\n- Sanders."."""
    i = bisect.bisect_right(para_starts, max(p.close_end - 1, 0)) - 1
    if i < 0 or i + 1 >= len(paras) or text[p.close_end : paras[i][1]].strip():
        return None
    ps, pe = paras[i + 1]
    line = text[ps:pe].strip()
    if not line or line[0] not in "-—–―" or len(line) > 60:
        return None
    toks = tokenize(text, ps, pe)
    if len(toks) < 2 or toks[0].text not in _DASHES:
        return None
    spk = forward_speaker(text, toks, 1, len(toks))
    if spk is None or spk.kind not in ("name", "org"):
        return None
    rest = [u for u in toks if u.start >= spk.end]
    if rest and rest[0].text not in (".", ","):
        return None
    return _Attr(spk, "—", "post")


def _after_exclamation(text: str, p: Piece, sentence_of) -> int | None:
    """“Is it negotiable?” Hannity pressed. / “Thanks, guys!” McDonough wrote: a question
    or exclamation mark inside the quotation ends the sentence for the splitter, but the
    attribution right after the closing mark still belongs to the quotation. Returns the
    end of the attribution sentence, or None."""
    inner = text[p.start : p.end].rstrip(" \t\"'’”")
    if not inner or inner[-1] not in "?!.":
        return None
    nxt = p.close_end
    while nxt < len(text) and nxt - p.close_end < 3 and text[nxt] in " \t":
        nxt += 1
    if nxt >= len(text) or nxt - p.close_end >= 3 or not text[nxt].isalpha():
        return None
    ns, ne = sentence_of(nxt)
    if ns > nxt:
        return None
    if inner[-1] == ".":
        # a full stop: only a sentence that is nothing but an attribution ("“…” Trump
        # said.", "“…” Viguerie notes.") belongs to the quotation
        toks = tokenize(text, ns, ne)
        k = next(
            (x for x, u in enumerate(toks[:8]) if u.low in SPEECH_VERBS and u.text[0].islower()),
            None,
        )
        if k is None or k == 0 or len(toks) > 14:
            return None
        j = _content_start(toks + [Tok(".", ne, ne)] * 3, k)
        if j not in (None, len(toks)) and not (j < len(toks) and toks[j].text in (".", ",")):
            return None
    return min(ne, p.close_end + FRAME)


def _term_sized(text: str, s: int, e: int) -> bool:
    n = _words(text, s, e)
    return (
        n <= TERM_MAX_WORDS
        or n <= TITLE_MAX_WORDS
        and _title_case(text[s : min(len(text), e + 1)] + "”")
    )


def _words(text: str, s: int, e: int) -> int:
    return len(text[s:e].split())


def _only_attribution_between(gap: str) -> bool:
    """Is the text between two quotes just an attribution clause (", he said. ")?"""
    g = gap.strip()
    if not g:
        return True
    return len(g) < 200 and g.count(".") <= 2


# --- attribution ------------------------------------------------------------------------

_LEAD_PUNCT = frozenset(",;—–-(")


def _cue_at(toks: list[Tok], i: int) -> str | None:
    """The cue that starts at token ``i``: a speech verb or "according to"."""
    t = toks[i]
    if t.low in SPEECH_VERBS and t.text[0].islower():
        if (
            _noun_after_determiner(toks, i, adjectives=False)
            or _is_noun_use(toks, i)
            or _subjectless(toks, i)
        ):
            return None
        return t.low
    if t.low == "according" and i + 1 < len(toks) and toks[i + 1].low == "to":
        return "according to"
    if (
        t.low in BACK_VERBS
        and i + 1 < len(toks)
        and toks[i + 1].low == "back"
        and not (i > 0 and toks[i - 1].low in BE_FORMS)
    ):
        return f"{t.low} back"
    return None


def _attribute(text: str, pre: list[Tok], post: list[Tok]) -> _Attr:
    # 1. after the quote: “…,” said X / “…,” X said / “…,” according to X
    a = _attribute_post(text, post)
    if a is not None and credible_speaker(text, a.speaker):
        return a
    # 2. before the quote: X said: “…” / X told AFP that a “…” / According to X, “…”
    b = _attribute_pre(text, pre)
    if b is not None and credible_speaker(text, b.speaker):
        return b
    # a cue whose subject is not a speaker ("…,” the day before read) keeps no speaker
    if a is not None:
        return _Attr(None, a.cue, a.where)
    if b is not None:
        return _Attr(None, b.cue, b.where)
    return _Attr(None, None, "")


_DASHES = frozenset("—―–-")


def _attribute_post(text: str, post: list[Tok]) -> _Attr | None:
    """The attribution after a quote: “…,” said X / “…,” X said / “…,” according to X /
    “…” ― X."""
    sig = _dash_signature(text, post)
    if sig is not None:
        return sig
    start = 0
    while start < len(post) and post[start].text in _LEAD_PUNCT:
        start += 1
    limit = _clause_limit(text, post, start)
    # a name with a long apposition before the cue: "“…,” Harry Bond, 30, of Raleigh,
    # N.C., who was among those polled, said": further than usual, but only as
    # "Name , … , cue"
    window = min(
        limit, start + (LONG_APPOSITION if start < limit and is_name_tok(post[start]) else 16)
    )
    for k in range(start, window):
        cue = _cue_at(post, k)
        if cue is None or k >= start + 16 and post[k - 1].text != ",":
            continue
        if cue == "according to":
            return _Attr(forward_speaker(text, post, k + 2, limit), cue, "post")
        if _inverted_at(text, post, start, k, limit, cue):
            return _inverted_post(text, post, k, limit, cue)
        if cue.endswith("ing"):
            continue  # "…,” and Trump calling it …: a participle attributes what follows it
        if k - start > 2 and _relative_report(post, k) or _reports_a_clause(post, k):
            continue  # "“…” with Rubio, in a finish that he said defied expectations"
        return _subject_post(text, post, start, k, limit, cue)
    return None


def _reports_a_clause(post: list[Tok], k: int) -> bool:
    """Does the cue at ``k`` after the quotation go on to a reported clause of its own
    ("Although Weiner admitted that he and the woman had “been friends,” he claimed they
    had never met")? Then it is the sentence's next statement, not the quotation's
    attribution."""
    return (
        k + 2 < len(post)
        and post[k + 1].low in PRONOUNS
        and post[k + 1].text.islower()
        and (post[k + 2].low in AUXILIARIES or post[k + 2].low.endswith("ed"))
    )


def _relative_report(post: list[Tok], k: int) -> bool:
    """Is the cue at ``k`` inside a clause about something else that reports what was
    said of it ("a finish that he said defied expectations", "provisions he said would
    restrict …")? A verb right after the cue shows it: no attribution of the quotation."""
    nxt = post[k + 1] if k + 1 < len(post) else None
    return nxt is not None and (
        nxt.low in AUXILIARIES or nxt.text.islower() and nxt.low.endswith("ed")
    )


def _dash_signature(text: str, post: list[Tok]) -> _Attr | None:
    """A dash signature: "“He can't even answer a question …” ― Esther Tapia"."""
    if len(post) >= 2 and post[0].text in _DASHES:
        spk = forward_speaker(text, post, 1, len(post))
        if spk is not None and spk.kind in ("name", "org"):
            rest = [u for u in post if u.start >= spk.end]
            if not rest or rest[0].text in (",", ".", "(", _BOUNDARY, ";"):
                return _Attr(spk, "—", "post")
    return None


def _clause_limit(text: str, post: list[Tok], start: int) -> int:
    """Where the attribution after a quote must end: at the next quoted stretch or
    sentence end (not an abbreviation's period, nor a short title inside an apposition)."""
    depth = 0
    for j in range(start, len(post)):
        tx = post[j].text
        if tx == "(":
            depth += 1
        elif tx == ")":
            depth = max(0, depth - 1)
        elif tx == _BOUNDARY or tx in (".", "!", "?", ";") and depth == 0:
            if (
                tx == "."
                and j + 1 < len(post)
                and post[j - 1].end == post[j].start
                and (post[j + 1].text == "," or post[j + 1].text[0].islower())
            ):
                continue  # an abbreviation's period: "McConnell, R-Ky., said"
            if tx == _BOUNDARY and _title_in_apposition(text, post, start, j):
                continue  # "Bill Eastland, wearing “Ted Cruz” campaign pins, said"
            return j
    return len(post)


def _inverted_at(text: str, post: list[Tok], start: int, k: int, limit: int, cue: str) -> bool:
    """Is the cue at ``k`` followed by its subject: “…,” said X; “…” for Clinton, said
    Kunin?"""
    if cue.endswith("ing"):
        return False  # "“…,” noting the fines": a participle's object, not its subject
    return (
        k == start
        or (k == start + 1 and post[start].low in ("also", "then", "later"))
        or (
            k > start
            and cue not in NOT_INVERTED
            and post[k - 1].text == ","
            and k + 1 < limit
            and (post[k + 1].text[0].isupper() or post[k + 1].low in PRONOUNS)
            and backward_speaker(text, post, k - 1, start) is None
        )
    )


def _inverted_post(text: str, post: list[Tok], k: int, limit: int, cue: str) -> _Attr:
    j = k + 2 if cue.endswith(" back") else k + 1
    # "said on Monday X" is rare; "said in a statement X" rarer: take the next NP
    spk = forward_speaker(text, post, j, limit, descriptors=True)
    if spk is None and j < limit and post[j].text == ",":
        spk = forward_speaker(text, post, j + 1, limit, descriptors=True)
    med = medium_after(
        text, spk.end if spk else post[k].end, post[limit - 1].end if limit else post[k].end
    )
    return _Attr(spk, _cue_text(cue, med), "post")


def _subject_post(
    text: str, post: list[Tok], start: int, k: int, limit: int, cue: str
) -> _Attr | None:
    """“…,” X said: the subject before the cue at ``k``."""
    spk = backward_speaker(text, post, k - 1, start)
    med = medium_after(text, post[k].end, post[limit - 1].end if limit else post[k].end)
    if (
        spk is not None
        and post[start].low == "as"
        and post[start + 1].start >= spk.start
        and spk.kind in ("name", "org", "pronoun", "role")
    ):
        # "…the race “is a dead heat right now,” as Cruz said on the radio": a comment
        # clause crediting the words before it
        return _Attr(spk, _cue_text(cue, med), "post")
    if k - 1 > start and post[k - 1].text == "," and is_name_tok(post[start]):
        spk = _comma_chain_head(text, post, start, k) or spk
    if spk is not None and spk.kind == "name" and start + 2 < k and post[start].start < spk.start:
        spk = _joined_names(text, post, start, k, spk)
    if spk is not None and _new_clause_before(post, start, spk):
        # a new clause ("“…” and Trump called it …", "“…,” while Rep. X suggested"), not
        # this quotation's attribution
        return None
    return _Attr(spk, _cue_text(cue, med), "post")


def _new_clause_before(post: list[Tok], start: int, spk: Speaker) -> bool:
    """Do words opening a new clause come before the subject ``spk`` after a quotation,
    other than a phrase the subject is set off from by a comma ("“…” and against the
    Brady law, Clinton said" is the quotation's attribution)?"""
    before = [u for u in post[start:] if u.end <= spk.start]
    if not any(u.low in CLAUSE_OPENERS for u in before):
        return False
    x = len(before) - 1
    while x >= 0 and (before[x].text[0].isupper() or before[x].low.rstrip(".") in TITLES):
        x -= 1  # the subject's titles: "Texas Rep. Louis Gohmert"
    return not (x >= 0 and before[x].text == ",")  # "“…” before the incident, she said"


def _comma_chain_head(text: str, post: list[Tok], start: int, k: int) -> Speaker | None:
    """ "“…,” Harry Bond, 30, of Raleigh, N.C., who was polled, said": the name that opens
    the comma chain is the subject, not the last name inside it."""
    head = forward_speaker(text, post, start, k)
    if head is not None and head.kind in ("name", "org") and not _is_place(head.text):
        nxt = next((u for u in post[start:k] if u.start >= head.end), None)
        if nxt is not None and nxt.text == ",":
            return head
    return None


def _joined_names(text: str, post: list[Tok], start: int, k: int, spk: Speaker) -> Speaker:
    """ "“…” Edward-Isaac Dovere and Gabriel Debenedetti wrote.": names joined by "and"
    are one subject, not a new clause."""
    before = [x for x in range(start, k) if post[x].end <= spk.start]
    if (
        before
        and post[before[-1]].low == "and"
        and all(post[x].text[0].isupper() or _joins_names(post, x) for x in before)
    ):
        s = post[start].start
        return Speaker(text[s : spk.end], s, spk.end, "name", spk.head)
    return spk


# Speech words that are also nouns: a plural ("remarks") or a bare form ("note").
NOUN_FORMS = SPEECH_PLURALS | BARE_SPEECH


def _noun_after_determiner(toks: list[Tok], k: int, adjectives: bool = True) -> bool:
    """A speech word after a determiner, or a determiner and an adjective, is a noun:
    "her comments", "his recent remarks", and (``adjectives``: before a quotation, where
    no subject can follow) "continued his scathing remarks"; after a quotation "the
    editorial read" is a subject and its verb."""
    if k < 1:
        return False
    if toks[k - 1].low in NOUN_DETERMINERS:
        return True
    return (
        k > 1
        and toks[k - 2].low in NOUN_DETERMINERS
        and toks[k - 1].text[0].islower()
        and (
            adjectives
            and toks[k].low in NOUN_FORMS  # "his scathing remarks"; "the envoy added" is a verb
            and toks[k - 1].low.endswith(("ing", "ful", "ous", "al", "ive", "ic", "y"))
            or toks[k].low in SPEECH_PLURALS
            and toks[k - 2].low in POSSESSIVE_DETERMINERS
            and toks[k - 1].low not in POSSESSED_HEADS  # "her team calls" is a verb
        )
    )


def _is_noun_use(toks: list[Tok], i: int) -> bool:
    """A bare verb form after "a"/"an" and an adjective is a noun: "a rare note of
    self-deprecation", "a final word" (a verb form that agrees with "a spokesman" ends
    in -s or -ed: "a spokesman said")."""
    if (
        i > 0
        and toks[i].low in SPEECH_PLURALS
        and (_possessive_tok(toks[i - 1]) or toks[i - 1].low in ("republican", "democratic", "gop"))
    ):
        return True  # "Ginsburg’s comments “shows bias”", "Trump's remarks", "Republican claims"
    return (
        i > 1
        and toks[i].low in BARE_SPEECH
        and toks[i - 2].low in ("a", "an")
        and toks[i - 1].text[0].islower()
    )


def _possessive_tok(t: Tok) -> bool:
    return t.low.endswith(("'s", "’s")) or t.text in ("’s", "'s")


def _subjectless(toks: list[Tok], i: int) -> bool:
    return i > 0 and toks[i].low.endswith("ed") and toks[i - 1].low in SUBORDINATE


#: the quote marks, spaces and punctuation around a quoted name or title
_AROUND_TITLE = "“”\"'‘’„« »,. "


def _title_in_apposition(text: str, toks: list[Tok], start: int, j: int) -> bool:
    """Is the quoted stretch at ``toks[j]`` a short name or title inside an apposition
    after a subject ("Texas delegate Bill Eastland, wearing “Ted Cruz” pins, said")?"""
    if (
        j <= start + 1
        or not is_name_tok(toks[start])
        or not any(u.text == "," for u in toks[start:j])
    ):
        return False
    inner = text[toks[j].start : toks[j].end].strip(_AROUND_TITLE)
    words = inner.split()
    return 0 < len(words) <= 3 and all(
        w[0].isupper() for w in words if w.lower() not in MINOR_WORDS
    )


def _cue_text(cue: str, medium: str | None) -> str:
    return f"{cue} {medium}" if medium else cue


def _time_phrase_end(toks: list[Tok], i: int, k: int) -> int | None:
    """Past "Minutes later," / "Eight years ago," / "Two days earlier," at ``i``."""
    for n in (1, 2, 3):
        j = i + n
        if j + 1 < k and toks[j].low in ("later", "earlier", "ago") and toks[j + 1].text == ",":
            return j + 2
    return None


def _after_dateline(toks: list[Tok], lo: int, k: int) -> int:
    """Past a dateline opening the clause ("WASHINGTON, Dec. 8 (UPI) — …", "KABUL,
    Afghanistan (AP) — …"): a place in capitals, then capitalised words, dates and an
    agency up to a dash. A dateline names where, never who."""
    if not (lo < k and toks[lo].text.isupper() and len(toks[lo].text) > 1):
        return lo
    for m in range(lo + 1, min(k, lo + 14)):
        u = toks[m]
        if u.text in _DASHES:
            return m + 1
        if u.text[0].islower():
            return lo
    return lo


def _sentence_subject(text: str, pre: list[Tok], lo: int, k: int) -> Speaker | None:
    """The subject at the start of the clause ``pre[lo:k]``, skipping an introductory
    phrase ("In an incendiary press conference, Trump launched …" -> Trump)."""
    i = _subject_start(pre, lo, k)
    if i is None or i >= k:
        return None
    spk = _plausible_subject(text, forward_speaker(text, pre, i, k), sentence_initial=i == lo)
    if spk is None and i == lo:
        # an introductory phrase of any other shape: "Horrified at the prospect, Ramos
        # believes …", "Early in his campaign, Trump attacked …", "Speaking in Salem, New
        # Hampshire, Trump went after Bush" (the subject after one of its commas)
        first = True
        for c in range(lo + 1, min(k - 1, lo + INTRO_TOKENS)):
            if pre[c].text != ",":
                continue
            cand = _plausible_subject(text, forward_speaker(text, pre, c + 1, k), False)
            v = _verb_after(pre, cand, k) if cand is not None else None
            if v is not None and not first and pre[v - 1].text == ",":
                v = None  # past the first comma, only a subject right before its verb (a
                # list's item or a place's state is followed by a comma)
            first = False
            if v is not None and pre[v].text.islower() and pre[v].low not in PREP_AFTER_SUBJECT:
                spk = cand
                break
    if spk is None or spk.kind == "role" and not _definite_role(spk):
        return _first_speech_subject(text, pre, lo, k)
    return spk


def _subject_start(pre: list[Tok], lo: int, k: int) -> int | None:
    """Where the subject of ``pre[lo:k]`` starts: past a dateline, connectives ("Then he
    cut into Bush"), a time phrase ("Minutes later,"), a sentence adverb ("Separately,")
    and an introductory phrase to its comma ("On July 6, 2015, Sanders …"); None when an
    introductory phrase has no comma."""
    i = _after_dateline(pre, lo, k)
    for _ in range(2):  # "Moreover, as part of the exchange with Clinton, Gowdy …"
        if i < k and pre[i].low in CONNECTIVE_OPENERS:
            # a one-word opener, comma or not; two of them in a row ("And then Trump went
            # on the attack, saying, “…”")
            i += 1
            if (
                i < k
                and pre[i].low in CONNECTIVE_OPENERS
                and pre[i - 1].low in ("and", "but", "so")
            ):
                i += 1
            if i < k and pre[i].text == ",":
                i += 1
        elif (late := _time_phrase_end(pre, i, k)) is not None:
            i = late  # "Minutes later, she sent an email saying …", "Eight years ago, he …"
        elif i + 1 < k and pre[i].low.endswith("ly") and pre[i + 1].text == ",":
            i += 2  # "Conversely, PolitiFact rated …", "Separately, the senator …"
        elif i < k and pre[i].low in INTRO:
            j = next((m for m in range(i, min(k, i + INTRO_TOKENS)) if pre[m].text == ","), None)
            if j is None:
                return None
            if (
                j + 2 < k
                and pre[j + 1].text.isdigit()
                and len(pre[j + 1].text) == 4
                and pre[j + 2].text == ","
            ):
                j += 2  # "On July 6, 2015, Sanders …": the year belongs to the date
            j = _after_place(pre, j, k)
            i = j + 1
        else:
            break
    return i


def _after_place(pre: list[Tok], j: int, k: int) -> int:
    """The comma ending an introductory phrase at ``pre[j]``, past a region written after
    its town ("Speaking in Salem, New Hampshire, Trump …": the state belongs to the place)."""
    e = j + 1
    while e < k and e - j <= 3 and is_name_tok(pre[e]):
        e += 1
    if e > j + 1 and e + 1 < k and pre[e].text == ",":
        if _is_place_name(" ".join(t.text for t in pre[j + 1 : e])):
            return e
    return j


def _plausible_subject(text: str, spk: Speaker | None, sentence_initial: bool) -> Speaker | None:
    """``spk`` unless it is a name that cannot be one there: a capitalised common word
    opening the sentence is still a name when the text writes it so mid-sentence
    elsewhere."""
    if spk is None or spk.kind != "name" or _plausible_name(spk.text, sentence_initial):
        return spk
    if sentence_initial and _plausible_name(spk.text, False) and _named_elsewhere(text, spk.text):
        return spk
    return None


def _definite_role(spk: Speaker) -> bool:
    """A role phrase that can be a sentence's subject: definite ("the senator"),
    indefinite ("a spokesman") or possessed ("Clinton's aide")."""
    words = spk.text.split()
    return (
        words[0].lower() == "the"
        or words[0].lower() in INDEFINITES
        or words[0][:1].isupper()  # "Sanders supporters", "Clinton aides"
        or any(_possessive_tok(Tok(w, 0, 0)) for w in words)
    )


def _first_speech_subject(text: str, pre: list[Tok], lo: int, k: int) -> Speaker | None:
    """ "In a wide-ranging interview with X last year, Lazar said … and added, “…”": the
    subject of the clause's first speech verb."""
    for m in range(lo + 1, k):
        if pre[m].low in SPEECH_VERBS and pre[m].text[0].islower():
            cand = backward_speaker(text, pre, m - 1, lo)
            if cand is not None and cand.kind in ("name", "org", "pronoun"):
                return cand
            return None
    return None


def _opens_clause(pre: list[Tok], lo: int, pos: int) -> bool:
    """Does the phrase starting at ``pos`` open the clause ``pre[lo:]``, allowing an
    introductory phrase closed by a comma ("Although …, a White House official …")?"""
    before = [u for u in pre[lo:] if u.end <= pos]
    if not before:
        return True
    return before[-1].text == "," and (
        before[0].low in INTRO
        or before[0].low in CONNECTIVE_OPENERS
        or before[0].low in CLAUSE_OPENERS
    )


def _attribute_pre(text: str, pre: list[Tok], stance: bool = False) -> _Attr | None:
    """The attribution before a quote. With ``stance``, verbs that voice or label
    (accused, vowed, calling …) count as cues too: used for quoted fragments."""
    if not pre:
        return None
    fixed = (
        _as_clause(text, pre)
        or _in_words(text, pre)
        or _presented(text, pre)
        or _possessive_reply(text, pre)
        or _named_by(text, pre)
    )
    if fixed is not None:
        return fixed
    # the last cue before the quote, not crossing another quoted stretch's attribution
    for k in range(len(pre) - 1, max(-1, len(pre) - 40), -1):
        found = _pre_cue(text, pre, k, stance)
        if isinstance(found, _Attr):
            return found
        if found is not None:
            cue, k = found
            own = _own_clause_after(text, pre, k)
            if own is not None:
                return own
            return _pre_with_cue(text, pre, k, cue, stance)
    return _colon_attribution(text, pre) or (None if stance else _unlisted_cue_pre(text, pre))


def _named_by(text: str, pre: list[Tok]) -> _Attr | None:
    """ "in what would come to be derisively known by some Republicans as a “hug”",
    "derided by critics as “Obamacare”": whoever names it so is the agent after "by"."""
    n = len(pre)
    a = next((x for x in range(n - 1, max(-1, n - 4), -1) if pre[x].low == "as"), None)
    if a is None:
        return None
    b = next((x for x in range(a - 1, max(-1, a - 8), -1) if pre[x].low == "by"), None)
    if b is None or b == 0:
        return None
    v = b - 1
    while v > 0 and pre[v].low.endswith("ly"):
        v -= 1  # "derisively known by"
    if pre[v].low not in NAMED_BY or not pre[v].text.islower():
        return None
    agent = forward_speaker(text, pre, b + 1, a, descriptors=True)
    if agent is None or agent.kind == "pronoun" or not credible_speaker(text, agent):
        return None
    return _Attr(agent, f"{pre[v].low} by", "pre")


def _passive_agent(text: str, pre: list[Tok], lo: int, k: int) -> Speaker | None:
    """ "Sanders was asked by host Bill Maher, “…?”": in a passive of saying, the agent
    after "by" speaks (not where the words were reported: "was quoted by the Times")."""
    if not (
        lo < k < len(pre) - 2
        and pre[k - 1].low in BE_FORMS
        and pre[k + 1].low == "by"
        and pre[k].low not in REPORTED_BY
    ):
        return None
    agent = forward_speaker(text, pre, k + 2, len(pre), descriptors=True)
    if agent is None or agent.kind == "pronoun" or not credible_speaker(text, agent):
        return None
    return agent


def _quoted_as_saying(text: str, pre: list[Tok], lo: int, k: int) -> Speaker | None:
    """ "Trump was quoted as saying “…”", "Clinton has been reported as saying that “…”",
    "was quoted by the Times as saying": the subject of the passive said it."""
    if not (lo + 3 <= k and pre[k].low == "saying" and pre[k - 1].low == "as"):
        return None
    p = k - 2
    by = next((x for x in range(k - 2, max(lo, k - 8), -1) if pre[x].low == "by"), None)
    if by is not None:
        p = by - 1  # past the agent: "quoted by the Times as saying"
    if p - 1 < lo or not pre[p].low.endswith("ed") or pre[p - 1].low not in BE_FORMS:
        return None
    spk = backward_speaker(text, pre, p - 2, lo) if p - 2 >= lo else None
    if spk is None or not credible_speaker(text, spk):
        return None
    return spk


def _by_saying_subject(text: str, pre: list[Tok], lo: int, by: int) -> Speaker | None:
    """ "When he returned he began by saying, “…”", "Trump ended his speech by saying “…”":
    the subject of the verb that "by saying" completes (a few words before "by")."""
    for v in range(by - 1, max(lo, by - 6), -1):
        u = pre[v]
        if not (u.text.isalpha() and u.text.islower()):
            return None
        if not (u.low.endswith(("ed", "s")) or u.low in IRREGULAR_PASTS or u.low == "began"):
            continue
        if v - 1 < lo or _possessive_tok(pre[v - 1]) or pre[v - 1].low in NOUN_DETERMINERS:
            continue  # "one of Trump's messages", "his leadership plans": a noun
        spk = backward_speaker(text, pre, v - 1, lo)
        if (
            spk is not None
            and (
                spk.kind in ("name", "org")
                or spk.head in PRONOUNS
                or spk.kind == "role"
                and spk.head in ROLE_NOUNS
            )
            and credible_speaker(text, spk)
            and not _after_preposition(pre, lo, spk)
        ):
            return spk
    return None


def _after_preposition(pre: list[Tok], lo: int, spk: Speaker) -> bool:
    """Is ``spk`` a preposition's object ("to one of Trump's", "with the senator")?"""
    x = next((i for i in range(lo, len(pre)) if pre[i].start >= spk.start), None)
    return x is not None and x > lo and pre[x - 1].low in OBJECT_PREPOSITIONS


def _after_with(pre: list[Tok], spk: Speaker) -> bool:
    """Does the phrase ``spk`` heads open with "with" (an absolute construction: "with
    Trump tweeting", "with Sen. John McCain calling it", "with Republican Senator John
    McCain telling reporters")?"""
    x = next((i for i, u in enumerate(pre) if u.start == spk.start), None)
    if x is None:
        return False
    for m in range(x - 1, max(-1, x - 7), -1):
        if pre[m].low == "with":
            return True
        if not pre[m].text[0].isalnum() and pre[m].text != ".":
            return False
        if pre[m].text.islower() and pre[m].low not in TITLES and pre[m].low not in ROLE_NOUNS:
            return False
    return False


def _own_clause_after(text: str, pre: list[Tok], k: int) -> _Attr | None:
    """ "Clinton proposed a debate - but the Sanders campaign rejected the idea as
    “ludicrous”": a clause opened after the cue by but/and/while, with a subject and a
    verb of its own, frames the quotation; the earlier cue's speaker does not carry over."""
    for x in range(k + 1, len(pre) - 2):
        if pre[x].low not in ("but", "and", "while", "whereas", "yet") or pre[x - 1].text not in (
            ",",
            "—",
            "–",
            "-",
        ):
            continue
        subj = forward_speaker(text, pre, x + 1, len(pre))
        if (
            subj is None
            or subj.kind not in ("name", "org", "role")
            or not credible_speaker(text, subj)
        ):
            continue
        v = _verb_after(pre, subj, len(pre))
        if v is None or not pre[v].text.isalpha() or not pre[v].text.islower():
            continue
        cue = _reporting_verb_at(pre, v, len(pre), _singular(subj))
        if cue is not None and not any(u.text == _BOUNDARY for u in pre[x:]):
            return _Attr(subj, cue, "pre")
    return None


def _as_clause(text: str, pre: list[Tok]) -> _Attr | None:
    """ "As The Post's Dana Milbank puts it, “…”", "as the New Yorker put it in an exposé,
    “…”", "As The Post's Ruth Marcus puts it, Obama is trying to make Republicans “…”": an
    as-clause that puts it in words attributes the quotation in its sentence; one of
    another verb of saying only right before the quotation ("As RealClearPolitics' David
    Byler pointed out in December, “…”"; not "said as he introduced his wife, “…”")."""
    n = len(pre)
    last_comma = next((x for x in range(n - 1, -1, -1) if pre[x].text in (",", ";")), None)
    for k in range(n - 2, max(1, n - 30), -1):
        if pre[k].text == _BOUNDARY:
            return None
        cue: str | None
        if pre[k].low in ("put", "puts") and pre[k + 1].low == "it":
            cue = "put it"
        elif last_comma == n - 1 and not any(u.text in (",", ";") for u in pre[k : n - 1]):
            cue = _reporting_verb_at(pre, k, n, False)
            if cue is not None and cue not in SPEECH_VERBS and " " not in cue:
                cue = None  # "as he introduced his wife": a time clause
        else:
            continue
        if cue is None:
            continue
        a = next((x for x in range(k - 1, max(-1, k - 25), -1) if pre[x].low == "as"), None)
        if a is None or a + 1 >= k:
            continue
        if cue != "put it" and (
            any(u.text in (",", ";") for u in pre[a + 1 : k])
            or a > 0
            and pre[a - 1].text not in (",", ";", "(", *_DASHES)
            and pre[a - 1].low not in ("and", "but", "because", "so", "just")
        ):
            continue
        spk = backward_speaker(text, pre, k - 1, a + 1)
        if (
            spk is not None
            and (spk.kind in ("name", "org", "role") or spk.head in ("he", "she"))
            and credible_speaker(text, spk)
        ):
            return _Attr(spk, cue, "pre")
    return None


def _in_words(text: str, pre: list[Tok]) -> _Attr | None:
    """ "in Forbes' words, “…”", "in his own words, “…”", "in the words of one aide,
    “…”": whose words the quotation is, said right before it."""
    n = len(pre)
    if n < 4 or pre[-1].text != ",":
        return None
    if pre[-2].low == "words":
        o = n - 4 if pre[-3].low == "own" else n - 3
        if o > 0 and pre[o].text in ("’", "'") and pre[o - 1].end == pre[o].start:
            # "in Forbes' words": the apostrophe of a plural or -s possessive stands alone
            spk = backward_speaker(text, pre, o - 1, 0)
            if spk is None or spk.kind not in ("name", "org"):
                return None
            first = next(x for x in range(o) if pre[x].start >= spk.start)
            if first > 0 and pre[first - 1].low == "the":
                first -= 1
            ok = first > 0 and pre[first - 1].low == "in"
            return _Attr(spk, "in the words of", "pre") if ok else None
        first = o
        while first > 0 and is_name_tok(pre[first - 1]):
            first -= 1
        if first > 0 and pre[first - 1].low == "in":
            spk = _possessor(text, pre, o)
            return _Attr(spk, "in the words of", "pre") if spk is not None else None
        return None
    w = next((x for x in range(n - 3, max(0, n - 12), -1) if pre[x].low == "words"), None)
    if w is None or w < 2 or pre[w + 1].low != "of" or pre[w - 2].low != "in":
        return None
    if pre[w - 1].low != "the":
        return None
    spk = forward_speaker(text, pre, w + 2, n - 1)
    if spk is None or not credible_speaker(text, spk):
        return None
    return _Attr(spk, "in the words of", "pre")


def _presented(text: str, pre: list[Tok]) -> _Attr | None:
    """ "Here's Clinton in December 1992: “…”", "Here is Trump on the wall: “…”": the
    speaker a writer presents before a colon."""
    n = len(pre)
    if n < 3 or pre[-1].text != ":":
        return None
    lo = _last_boundary(pre, n - 1)
    i = lo
    if pre[i].low in ("here’s", "here's"):
        i += 1
    elif i + 1 < n and pre[i].low == "here" and pre[i + 1].low in ("is", "are"):
        i += 2
    else:
        return None
    spk = forward_speaker(text, pre, i, n - 1)
    if (
        spk is None
        or spk.start != pre[i].start  # "Here is what Trump said:": the cue's
        or not (spk.kind in ("name", "org") or spk.kind == "role" and spk.head in ROLE_NOUNS)
        or not credible_speaker(text, spk)
    ):
        return None
    return _Attr(spk, None, "pre")


def _possessive_reply(text: str, pre: list[Tok]) -> _Attr | None:
    """ "Clinton's reply: “…”", "her response was: “…”", "criticized his claim that
    “…”": the possessor of a speech noun that introduces the quotation speaks (not of one
    the quotation describes: "Ginsburg's comments “show bias”")."""
    k = len(pre) - 1
    if k < 1 or pre[k].text != ":" and pre[k].low != "that":
        return None
    k -= 1
    if pre[k].low in BE_FORMS and pre[k + 1].text == ":":
        k -= 1
    if k < 1 or pre[k].low not in SPEECH_NOUNS and pre[k].low not in SPEECH_PLURALS:
        return None
    o = k - 1
    if o >= 1 and pre[o].text[0].islower() and pre[o].low not in POSSESSIVE_DETERMINERS:
        o -= 1  # an adjective between: "his past comments"
    first = o
    while first > 0 and is_name_tok(pre[first - 1]):
        first -= 1
    if (
        first > 0
        and pre[first - 1].text not in (",", _BOUNDARY)
        and pre[first - 1].low not in CLAUSE_OPENERS
    ):
        return None  # "said in his statement: “…”", "repeated his claim that “…”": an object
    spk = _possessor(text, pre, o)
    return _Attr(spk, pre[k].low, "pre") if spk is not None else None


def _possessor(text: str, toks: list[Tok], o: int) -> Speaker | None:
    """The possessor at ``toks[o]`` as a speaker: "his" -> he, "Hillary Clinton's" ->
    Hillary Clinton."""
    owner = toks[o]
    if owner.low in POSSESSIVE_PRONOUNS:
        return Speaker(
            owner.text, owner.start, owner.end, "pronoun", POSSESSIVE_PRONOUNS[owner.low]
        )
    if not (_possessive_tok(owner) and owner.text[0].isupper()):
        return None
    end = owner.end - (2 if owner.text.endswith(("’s", "'s")) else 1)
    m = o
    while m - 1 >= 0 and o - m < 4 and is_name_tok(toks[m - 1]):
        m -= 1
    run = toks[m : o + 1]
    kind = "org" if any(u.low.rstrip("’'s") in ORG_HEADS for u in run) else "name"
    start = toks[m].start
    return Speaker(text[start:end], start, end, kind, text[owner.start : end].lower())


def _pre_cue(text: str, pre: list[Tok], k: int, stance: bool) -> tuple[str, int] | _Attr | None:
    """The cue at ``pre[k]`` as (cue, index of its first word), or an attribution found
    with it (a document's finding, "according to X"), or None."""
    t = pre[k]
    caused = _caused_speaker(text, pre, k)
    if caused is not None:
        return caused
    if (t.low in SPEECH_VERBS or stance and t.low in STANCE_VERBS) and t.text[0].islower():
        if _noun_after_determiner(pre, k) or _is_noun_use(pre, k) or _subjectless(pre, k):
            return None
        return t.low, k
    if t.low in FINDING_VERBS and t.text[0].islower() and k > 0:
        # "A 2014 House Intelligence Committee report found “…”": a document's finding
        lo = _last_boundary(pre, k)
        spk = backward_speaker(text, pre, k - 1, lo) if k - 1 >= lo else None
        if spk is not None and spk.kind == "role" and spk.head in REPORT_NOUNS:
            return _Attr(spk, t.low, "pre")
        return None
    if t.low == "back" and k > 0 and pre[k - 1].low in BACK_VERBS:
        if k > 1 and pre[k - 2].low in BE_FORMS:
            return None
        return f"{pre[k - 1].low} back", k - 1  # "Hillary shot back, “…”", "fired back:"
    if t.text in INVERTED_OPENERS and (k == 0 or pre[k - 1].text in (".", "!", "?", _BOUNDARY)):
        # a sentence opening with the verb: "Said Dorothy Poynter, who grew up with
        # him, “We were all so proud of him.”"
        return t.low, k
    if t.low == "to" and k > 0 and pre[k - 1].low == "according":
        return _Attr(forward_speaker(text, pre, k + 1, len(pre)), "according to", "pre")
    if k > 0 and pre[k - 1].low == "to" and t.low in INFINITIVE_CUES and t.text.islower():
        return t.low, k  # "took to Twitter to tweet that “…”", "went on to say: “…”"
    return None


def _caused_speaker(text: str, pre: list[Tok], k: int) -> _Attr | None:
    """ "The defeat led Rubio to say, “…”", "leading advisers like Gene Sperling to counter
    that “…”": after a causative verb, its object speaks, not the subject that caused it."""
    t = pre[k]
    if not (
        k > 2
        and pre[k - 1].low == "to"
        and t.text.islower()
        and (t.low in INFINITIVE_CUES or t.low in CAUSED_SPEECH)
    ):
        return None
    lo = _last_boundary(pre, k)
    obj = pre[k - 2]
    spk: Speaker | None
    if obj.low in OBJECT_PRONOUNS:  # "led him to say"
        spk = Speaker(obj.text, obj.start, obj.end, "pronoun", OBJECT_PRONOUNS[obj.low])
    else:
        spk = backward_speaker(text, pre, k - 2, lo)
    if spk is None or spk.kind == "pronoun" and spk.head not in ("he", "she", "they"):
        return None
    x = next((m for m in range(lo, k) if pre[m].start == spk.start), None)
    if x is None:
        return None
    # the causative before the object and its description ("advisers like Gene Sperling")
    for m in range(x - 1, max(lo, x - 8) - 1, -1):
        if pre[m].low in CAUSATIVE_VERBS:
            return _Attr(spk, t.low, "pre")
        if not pre[m].text[0].isalnum():
            break
    return None


def _last_boundary(pre: list[Tok], k: int) -> int:
    """Index after the last quoted stretch before ``k`` (0 when none)."""
    return next((m + 1 for m in range(k - 1, -1, -1) if pre[m].text == _BOUNDARY), 0)


def _pre_with_cue(text: str, pre: list[Tok], k: int, cue: str, stance: bool) -> _Attr:
    """The attribution of the cue at ``pre[k]``: its subject, read back from it (or,
    for an inverted cue, forward), else the subject of the main clause."""
    lo = _last_boundary(pre, k)
    agent = _passive_agent(text, pre, lo, k)
    if agent is not None:
        return _Attr(agent, f"{cue} by", "pre")
    quoted = _quoted_as_saying(text, pre, lo, k)
    if quoted is not None:
        return _Attr(quoted, cue, "pre")
    spk = backward_speaker(text, pre, k - 1, lo) if k - 1 >= lo else None
    if spk is not None and _relative_who(pre, lo, spk) is not None:
        spk = _relative_head(text, pre, lo, spk)
    if not credible_speaker(text, spk):
        spk = None  # "Hours later, Trump …, telling": look further
    if spk is not None and cue.endswith("ing"):
        if _after_with(pre, spk):
            pass  # "with Donald Trump tweeting that it was a “disaster”": the participle's own
        elif spk.kind != "pronoun" and pre[k - 1].text != ",":
            main = _participle_after_object(text, pre, lo, k, spk, cue)
            if main is not None:
                return main
        elif pre[k - 1].text == "," and not _opens_clause(pre, lo, spk.start):
            # "…his rival, Hillary Clinton, saying “…”": a participle set off by a comma
            # is the main clause's subject's, not the name before the comma
            spk = None
    if spk is None and cue.endswith("ing") and k - 1 > lo and pre[k - 1].low == "by":
        spk = _by_saying_subject(text, pre, lo, k - 1)
    if spk is None and not stance:
        spk = _relative_subject(text, pre, lo, k)
    if (
        spk is None
        and cue not in LISTENER_CUES
        and cue in SPEECH_VERBS
        and cue not in NAMING_VERBS
        and not cue.endswith("ing")  # "saying he “…”": "he" is the reported clause's subject
    ):
        spk = _inverted_pre(text, pre, k)
    if spk is None and k - 1 >= lo and pre[k - 1].low in ("and", "but", "then"):
        spk = _coordinated_subject(text, pre, k - 1)
    if spk is None and (cue.endswith("ing") or k - 1 >= 0 and pre[k - 1].text == ","):
        # a participle clause ("…, adding that “…”", "…, saying “…”"): the speaker is
        # the subject of the main clause earlier in the sentence
        main = _attribute_pre(text, pre[:k]) if k > 0 else None
        if (main is None or main.speaker is None) and 0 < lo < k:
            # or of the quote before ("“A,” said X, adding that “B”")
            main = _attribute_post(text, pre[lo:k])
        if main is not None and main.speaker is not None:
            return _Attr(main.speaker, cue, "pre")
    if spk is None:
        # "In a press conference, Trump launched an attack on Obama, calling him “…”";
        # "Kerpen needled the CNN “reporter,” saying, “…”" (across the quotation)
        spk = _sentence_subject(text, pre, lo, k)
        if spk is None and lo > 0 and cue.endswith("ing") and pre[k - 1].text in (",", _BOUNDARY):
            spk = _sentence_subject(text, pre, 0, k)
    if spk is None and pre[-1].text == ":":
        # "Polls did predict the caucus - HuffPollster: “…”": the name before the colon
        colon = _colon_attribution(text, pre)
        if colon is not None:
            return colon
    cue = _cue_text(cue, medium_after(text, pre[k].end, pre[-1].end))
    if spk is not None and spk.kind == "pronoun" and spk.head in ("he", "she"):
        outer = _outer_reporter(text, pre, spk)
        if outer is not None:
            return outer
        subj = _named_subject_before(text, pre, spk)
        if subj is not None:
            return _Attr(subj, cue, "pre")
    return _Attr(spk, cue, "pre")


def _named_subject_before(text: str, pre: list[Tok], spk: Speaker) -> Speaker | None:
    """ "Trump took to Twitter to accuse her campaign of being “duped” and urged people to
    see what he called her “sex tape”": within its sentence a pronoun that is not the
    sentence's subject stands for the named person who is, whose words these are (not
    when another name or pronoun comes between, nor across "X, he said,")."""
    subj = _sentence_subject(text, pre, 0, len(pre))
    if subj is None or subj.kind != "name" or subj.end > spk.start or not is_person_name(subj.text):
        return None
    between = [u for u in pre if subj.end <= u.start < spk.start]
    if not between or between[0].text == ",":
        return None
    if any(u.low in PRONOUNS or is_name_tok(u) and is_person_name(u.text) for u in between):
        return None  # "Trump said she called him “…”", "… of Trump, whom he called"
    first = subj.text.split()[0]
    if first_name_gender(first) not in (None, "M" if spk.head == "he" else "F"):
        return None
    return subj


def _outer_reporter(text: str, pre: list[Tok], spk: Speaker) -> _Attr | None:
    """ "Rubio said that he has begun “to unmask” Trump, whom he called a “con artist”":
    a pronoun inside what a named subject is reported saying stands for that subject,
    and the quoted words are part of the subject's statement: the outer reporting clause
    is the attribution (not when the name's first name says it is the other sex)."""
    lo = 0
    p = next((x for x in range(lo, len(pre)) if pre[x].start == spk.start), None)
    if p is None:
        return None
    for k in range(lo + 1, p):
        t = pre[k]
        if t.low not in INDIRECT_VERBS or not t.text[0].islower():
            continue
        name = backward_speaker(text, pre, k - 1, lo)
        if name is None or name.kind != "name" or not _opens_clause(pre, lo, name.start):
            return None
        first = name.text.split()[0]
        if first_name_gender(first) not in (None, "M" if spk.head == "he" else "F"):
            return None
        return _Attr(name, t.low, "pre")
    return None


def _coordinated_subject(text: str, pre: list[Tok], a: int) -> Speaker | None:
    """The subject of a verb coordinated by ``pre[a]`` ("and"): the one opening its own
    clause ("When Mook was asked …, he laughed and said", "after she attacked the police
    and blamed …"), else the sentence's ("She greeted supporters … and told them that
    “…”", "De Blasio called Trump a “blowhard,” and said …", across the quotation)."""
    # (a quotation inside the clause does not end it: "he called her “weak” and said")
    lo = next((x + 1 for x in range(a - 1, -1, -1) if pre[x].text in (",", ";", "—", "–", "-")), 0)
    for x in range(lo, a):
        t = pre[x]
        if t.low in PRONOUNS and t.low != "it" and (x == lo or pre[x - 1].low in CLAUSE_OPENERS):
            return backward_speaker(text, pre, x, x)
        if t.low not in CLAUSE_OPENERS:
            break
    subj = _sentence_subject(text, pre, 0, a + 1)
    return subj if subj is not None and subj.kind in ("name", "pronoun", "org") else None


def _participle_after_object(
    text: str, pre: list[Tok], lo: int, k: int, spk: Speaker, cue: str
) -> _Attr | None:
    """A participle after an object: "Trump released a new radio ad calling it
    “dangerous”", "the Council issued a statement calling the test “…”": the words are
    the main clause's subject's, not the object's."""
    first = next((x for x in range(lo, k) if pre[x].end > spk.start), k)
    if not (first > lo and any(u.text[0].islower() and u.text[0].isalpha() for u in pre[lo:first])):
        return None
    main = _attribute_pre(text, pre[:first]) if first > 0 else None
    if main is not None and main.speaker is not None:
        return _Attr(main.speaker, cue, "pre")
    subj = _sentence_subject(text, pre, lo, first)
    if subj is not None and (
        subj.kind in ("name", "org", "pronoun")
        or spk.kind == "role"
        and spk.head in REPORT_NOUNS | MESSAGE_NOUNS
    ):
        # "The town released a statement Wednesday saying …": the statement is the
        # object; its issuer speaks
        return _Attr(subj, cue, "pre")
    return None


def _relative_who(pre: list[Tok], lo: int, spk: Speaker | None) -> int | None:
    """Where the "who" is when the phrase read before the cue is the object inside a
    restrictive relative clause ("Even Republicans who have praised his candidacy warned",
    "One official who relayed the exchange said"): the noun before "who" is the subject."""
    if spk is None:
        return None
    x = next((m for m in range(len(pre)) if pre[m].start == spk.start), None)
    if x is None:
        return None
    m = x - 1
    while m > lo and x - m <= 5 and pre[m].text[0].islower() and pre[m].low not in ("who", "whom"):
        m -= 1
    return m if m > lo and m < x - 1 and pre[m].low == "who" else None


def _relative_head(text: str, pre: list[Tok], lo: int, spk: Speaker) -> Speaker | None:
    """The noun phrase a relative clause holding ``spk`` describes: "Even Republicans who
    have praised his candidacy" -> Republicans; "McCain, who has tangled with Cruz
    repeatedly," -> McCain."""
    who = _relative_who(pre, lo, spk)
    a = who - 1 if who is not None else lo - 1
    if a >= lo and pre[a].text == ",":
        a -= 1
    return backward_speaker(text, pre, a, lo) if a >= lo else None


def _relative_subject(text: str, pre: list[Tok], lo: int, k: int) -> Speaker | None:
    """ "a White House official who spoke anonymously to discuss strategy said Wednesday,
    “…”": the noun phrase before the restrictive relative clause, when it opens the
    clause (after an introductory phrase at most)."""
    w = next(
        (
            x
            for x in range(k - 1, max(lo, k - 16) - 1, -1)
            if pre[x].low in ("who", "whom") or pre[x].text in (",", _BOUNDARY)
        ),
        None,
    )
    if w is None or w <= lo or pre[w].low != "who":
        return None
    cand = backward_speaker(text, pre, w - 1, lo)
    if (
        cand is not None
        and cand.kind in ("name", "org", "role")
        and (_opens_clause(pre, lo, cand.start) or _cue_of_relative(pre, w, k))
    ):
        return cand
    return None


def _cue_of_relative(pre: list[Tok], w: int, k: int) -> bool:
    """Is the cue at ``k`` the relative clause's own verb, with the quotation close after
    it in the same clause ("rebuked critics who say he should condemn terrorists as “…”",
    "hired aides who have said “…”")? Then the clause's head says it, wherever it
    stands (not "told a young woman who suggested that …, that “…”")."""
    return (
        all(u.low in SKIP_BEFORE_CUE for u in pre[w + 1 : k])
        and len(pre) - k <= 8
        and not any(u.text in (",", ":", ";") for u in pre[k + 1 :])
    )


def _inverted_pre(text: str, pre: list[Tok], k: int) -> Speaker | None:
    """Inverted before the quote: "said Smith: “…”" (never after a naming or stance
    verb: in "called the Saudis “free riders”" the noun phrase is what is named; nor
    "said it was “…”", where "it" is the reported clause's subject)."""
    spk = forward_speaker(text, pre, k + 1, len(pre))
    if spk is None:
        return None
    rest = [u for u in pre[k + 1 :] if u.start >= spk.end]
    if not rest or all(u.text in (",", ":", "—", "–") for u in rest):
        return spk
    if rest[0].text == "," and pre[-1].text in (",", ":") and spk.kind in ("name", "role"):
        # set off by commas before the next piece: “A,” said Edward Leamer, an economist
        # who directs the forecast, “B”; said Sherman, speaking of politicians, “B”
        return spk
    return None


def _unlisted_cue_pre(text: str, pre: list[Tok]) -> _Attr | None:
    """ "Clinton chimed in, “…”", "Trump shouted angrily, “…”": a clause of a subject and a
    verb the lexicon lacks, right before a quotation set off by a comma, introduces the
    subject's words."""
    if len(pre) < 3 or pre[-1].text != "," or len(pre) > 24:
        return None
    lo = _last_boundary(pre, len(pre))
    if lo > 0:
        return None
    spk = _sentence_subject(text, pre, lo, len(pre) - 1)
    if spk is None or spk.kind not in ("name", "pronoun", "org"):
        return None
    v = _verb_after(pre, spk, len(pre) - 1)
    if v is None:
        return None
    cue = _reporting_verb_at(pre, v, len(pre) - 1, _singular(spk))
    if cue is None or len(pre) - 1 - v > 8:
        return None
    return _Attr(spk, cue, "pre")


def _verb_after(toks: list[Tok], spk: Speaker, end: int) -> int | None:
    """Index of the word after the subject ``spk`` (past an apposition set off by commas:
    "Mitch McConnell, R-Ky., delivered …"), or None."""
    v = next((x for x in range(end) if toks[x].start >= spk.end), None)
    if v is not None and toks[v].text == ",":
        close = next((x for x in range(v + 1, min(end, v + 14)) if toks[x].text == ","), None)
        v = close + 1 if close is not None and close + 1 < end else None
    return v


def _colon_attribution(text: str, pre: list[Tok]) -> _Attr | None:
    """A clause ending in a colon right before the quotation: "Cruz: “…”"."""
    last = pre[-1]
    if last.text == ":" and len(pre) >= 2:
        lo = _clause_start(pre, len(pre) - 2)
        spk = backward_speaker(text, pre, len(pre) - 2, 0)
        # "Cruz: “…”", "PENCE: “…”": a name that makes up the clause (with its titles),
        # not the last words of a longer clause ("… among some Catholics: “…”"); a dash
        # may set it off from a lead-in ("Pollsters agree - Carl Bialik: “…”"), and names
        # may be joined ("Mark Blumenthal and Jon Cohen: “…”")
        lo_name = lo
        for m in range(len(pre) - 2, lo - 1, -1):
            if pre[m].text in _DASHES:
                lo_name = m + 1
                break
        if (
            spk is not None
            and spk.kind in ("name", "org", "pronoun")
            and not (
                any(
                    u.text[0].islower()
                    and u.text[0].isalpha()
                    and u.low not in TITLES
                    and not _joins_names(pre, x)
                    for x, u in enumerate(pre[lo_name:], lo_name)
                    if u.end <= spk.start
                )
            )
        ):
            return _Attr(spk, ":", "pre")
        # "From the report: “…”", "More from Blumenthal and Cohen: “…”": the source
        k0 = lo_name + (1 if lo_name < len(pre) and pre[lo_name].low == "more" else 0)
        if k0 + 1 < len(pre) - 1 and pre[k0].low == "from" and len(pre) - 1 - (k0 + 1) <= 6:
            src = pre[k0 + 1 : len(pre) - 1]
            if all(u.text[0].isalnum() or u.text in ("’", "'") for u in src) and not any(
                u.low in STOP_SOURCE for u in src
            ):
                head = src[-1]
                kind = "name" if head.text[0].isupper() else "role"
                return _Attr(
                    Speaker(text[src[0].start : head.end], src[0].start, head.end, kind, head.low),
                    ":",
                    "pre",
                )
        # a clause ending in a colon introduces its subject's words: "Trump leaned in
        # and boomed: “…”", "Kaine has adopted the stance of many Catholics: “…”"
        if lo < len(pre) - 2:
            spk = _sentence_subject(text, pre, lo, len(pre) - 1)
            v = _verb_after(pre, spk, len(pre) - 1) if spk is not None else None
            after = pre[v] if v is not None else None
            # the subject is followed by its verb, not a preposition ("Thanks to …")
            if (
                spk is not None
                and spk.kind in ("name", "org", "pronoun")
                and after is not None
                and after.text[0].islower()
                and after.low not in PREP_AFTER_SUBJECT
            ):
                return _Attr(spk, ":", "pre")
    return None


def _clause_start(toks: list[Tok], k: int) -> int:
    """Index of the first token of the clause that ``toks[k]`` is in: after the last
    quoted stretch or sentence-ending mark before it (not an abbreviation's period:
    "McConnell, R-Ky., delivered")."""
    for m in range(k, -1, -1):
        tx = toks[m].text
        if tx in (_BOUNDARY, "!", "?", ";"):
            return m + 1
        if tx == "." and not (
            m > 0
            and toks[m - 1].end == toks[m].start
            and m + 1 < len(toks)
            and (toks[m + 1].text == "," or toks[m + 1].text[0].islower())
        ):
            return m + 1
    return 0


def _joins_names(toks: list[Tok], x: int) -> bool:
    """Is ``toks[x]`` an "and" between two capitalised words (Blumenthal and Cohen)?"""
    return (
        toks[x].low == "and"
        and 0 < x < len(toks) - 1
        and toks[x - 1].text[0].isupper()
        and toks[x + 1].text[0].isupper()
    )


def _plausible_name(name: str, sentence_initial: bool = True) -> bool:
    """Not a nationality or place, nor (at a sentence start) a capitalised common word:
    "Thanks to …", "Correction: …", "Mexican newspapers …"."""
    from tui.analysis.gazetteer import gazetteer

    gz = gazetteer()
    words = name.split()
    if not words:
        return False
    if name in gz.places or words[-1] in gz.demonyms or words[0] in gz.demonyms:
        return False
    return not (sentence_initial and len(words) == 1 and words[0].lower() in gz.common_words)


def _named_elsewhere(text: str, word: str) -> bool:
    """Is ``word`` (a capitalised common word opening a sentence: "Trump took a risk")
    written with its capital inside a sentence elsewhere in the text, as a name is?"""
    if " " in word or not word[:1].isupper() or word.lower().endswith(("ic", "an", "ese", "ish")):
        return False  # adjectives keep their capital anywhere: "Democratic", "Republican"
    return re.search(r"[a-z,] " + re.escape(word) + r"\b", text) is not None


def _titled(text: str, s: int, e: int) -> bool:
    """Do the quoted words ``text[s:e]`` read as a title, whatever marks enclose them
    (“…”, "…", ''…'')?"""
    return _title_case(text[s:e] + "”")


def _title_case(s: str) -> bool:
    """Does the quoted stretch starting ``s`` read as a title (every significant word
    capitalised, at most eight words, up to the closing mark)?"""
    end = min((i for i in (s.find("”"), s.find('"'), s.find("»")) if i >= 0), default=-1)
    if end <= 0:
        return False
    words = [w for w in re.findall(r"[\w’'\-]+", s[:end])]
    sig = [w for w in words if w.lower() not in MINOR_WORDS]
    return (
        0 < len(words) <= 8 and len(sig) >= 1 and all(w[0].isupper() or w[0].isdigit() for w in sig)
    )


def _subject_frame(text: str, pre: list[Tok]) -> _Attr | None:
    """A quoted fragment in a clause whose subject is a person or body is that subject's
    words, whatever the verb ("Lewandowski ripped Comey for acting as “the judge and the
    jury”"; "she tells audiences that “It's time.”"); after another quotation in the
    sentence, the sentence's subject ("Trump launched into a lament for the “countless
    Americans” who are “victims of violence”"). Not when the words before the mark make
    it a title or term, nor when the quotation sits inside the subject itself (Gen.
    Austin “Scott” Miller)."""
    words = [t for t in pre if t.text != _BOUNDARY]
    if not words or pre[-1].text == _BOUNDARY or any(t.low in TITLE_CUES for t in words[-3:]):
        return None
    inner = text[pre[-1].end : pre[-1].end + 200].lstrip('“"„« ')
    if _title_case(inner):
        return None  # a title of a work: “Thelma and Louise”, “The Rachel Maddow Show”
    lo = _last_boundary(pre, len(pre))
    spk = _frame_subject(text, pre, lo)
    if spk is None and lo > 0:
        spk = _frame_subject(text, pre, 0)
    if spk is None:
        return None
    after = [t for t in pre if t.start >= spk.end]
    verb = next((t for t in after if t.text[0].islower() and t.text[0].isalpha()), None)
    if verb is None or len(after) < SUBJECT_FRAME_MIN:
        return None
    return _Attr(spk, verb.low, "subject")


def _frame_subject(text: str, pre: list[Tok], lo: int) -> Speaker | None:
    """The subject of ``pre[lo:]`` when it is someone who can speak and a verb follows it
    (after another quotation the words need not open a clause: "they can “outsource”
    Middle Eastern leadership to “…”" has no subject there)."""
    spk = _sentence_subject(text, pre, lo, len(pre))
    if (
        spk is None
        or spk.kind == "role"
        and not (
            spk.head in POSSESSED_HEADS
            or spk.head in ORG_HEADS
            or text[spk.end - len(spk.head) : spk.end][:1].isupper()  # "some Republicans"
        )
    ):
        return None
    after = [t for t in pre if t.start >= spk.end]
    if (
        lo > 0
        and after
        and after[0].text[0].islower()
        and _reporting_verb_at(after, 0, len(after), True) is None
    ):
        return None
    return spk


def _colon_intro(text: str, p: Piece, para_starts, paras, frame_tokens) -> _Attr | None:
    """A quotation paragraph introduced at the end of the previous one: "Ward stated:"."""
    if p.para == 0 or text[paras[p.para][0] : p.open_start].strip():
        return None
    ps, pe = paras[p.para - 1]
    tail = text[max(ps, pe - FRAME) : pe].rstrip()
    if not tail.endswith(":"):
        return None
    toks = frame_tokens(max(ps, pe - FRAME), pe)
    # the last sentence of the previous paragraph
    lo = 0
    for k in range(len(toks) - 2, -1, -1):
        if toks[k].text in (".", "!", "?", _BOUNDARY):
            lo = k + 1
            break
    toks = toks[lo:]
    a = _attribute_pre(text, toks)
    if a is not None and a.speaker is not None:
        return _Attr(a.speaker, a.cue, "colon")
    return None


def _previous_speech_sentence(text: str, p: Piece, sentence_of, frame_tokens) -> _Attr | None:
    """A quotation with no frame right after a sentence about someone (in the same
    paragraph, or ending the one before): "Lynch announced on Monday the lawsuit against
    the state. “We are seeking a court order …”", "Valastro praised Christie's leadership.
    “We need someone …”" - the subject goes on in their own words."""
    if p.open_start < 2:
        return None
    ss, se = sentence_of(p.open_start - 1)
    gap = text[se : p.open_start]
    if se > p.open_start or ss >= se or len(gap) > 4 and not _paragraph_gap(gap):
        return None
    toks = frame_tokens(max(ss, se - FRAME), se)
    if not toks or any(u.text == _BOUNDARY for u in toks) or toks[-1].text != ".":
        return None  # a sentence with its own quotation is that quotation's frame
    k = next(
        (x for x, u in enumerate(toks) if u.low in INDIRECT_VERBS and u.text[0].islower()), None
    )
    if k is not None and k > 0:
        spk = backward_speaker(text, toks, k - 1, 0)
        if (
            spk is not None
            and spk.kind in ("name", "org", "pronoun")
            and _opens_clause(toks, 0, spk.start)
        ):
            return _Attr(spk, toks[k].low, "colon")
    spk = _sentence_subject(text, toks, 0, len(toks) - 1)
    if (
        spk is None
        or spk.kind not in ("name", "org", "pronoun")
        or not _singular(spk)
        or spk.head == "it"
    ):
        return None  # (not "They also lie in a dead zone.", "And it threw him for a loop.")
    v = _verb_after(toks, spk, len(toks) - 1)
    if (
        v is None
        or not toks[v].text.isalpha()
        or not toks[v].text.islower()
        or toks[v].low in PREP_AFTER_SUBJECT
    ):
        return None
    return _Attr(spk, toks[v].low, "colon")


def _paragraph_gap(gap: str) -> bool:
    """Is ``gap`` (between a sentence and a quotation) a paragraph break and nothing else?"""
    return not gap.strip() and gap.count("\n") >= 1 and len(gap) <= 6


def _bare_attribution_before(text: str, p: Piece, sentence_of, frame_tokens) -> _Attr | None:
    """A sentence that is only an attribution, right before the quotation: "Sam Lau, the
    party's spokesman, said in a statement. “There are no paper ballots …”"."""
    if p.open_start < 2:
        return None
    ss, se = sentence_of(p.open_start - 1)
    if se > p.open_start or p.open_start - se > 40 or ss >= se:
        return None
    toks = frame_tokens(max(ss, se - FRAME), se)
    while toks and toks[-1].text in (".", ":", ",", "—"):
        toks = toks[:-1]
    if len(toks) < 2:
        return None
    for k in range(len(toks) - 1, max(-1, len(toks) - 8), -1):
        t = toks[k]
        if t.low in SPEECH_VERBS and t.text[0].islower():
            if k > 0 and (
                toks[k - 1].low in NOUN_DETERMINERS
                or k > 1
                and toks[k - 2].low in NOUN_DETERMINERS
                and toks[k - 1].text[0].islower()
            ):
                return None  # "continued his scathing remarks": a noun
            # nothing reported after the cue but adverbials ("in a statement", "on Monday")
            if _content_start(toks + [Tok(".", se, se)] * 3, k) not in (None, len(toks)):
                return None
            spk = backward_speaker(text, toks, k - 1, 0)
            if spk is not None and spk.kind in ("name", "org", "pronoun", "role"):
                med = medium_after(text, t.end, toks[-1].end)
                return _Attr(spk, _cue_text(t.low, med), "colon")
            return None
    return None


def _classify(text: str, p: Piece, pre: list[Tok], post: list[Tok], attr: _Attr) -> QuoteKind:
    """direct, partial or term, from where the quote sits in its sentence."""
    words = _words(text, p.start, p.end)
    # what comes right before the opening mark within the sentence
    prev = [t for t in pre if t.text != _BOUNDARY]
    before = prev[-1] if prev else None
    if pre and pre[-1].text == _BOUNDARY:
        before = None  # right after another quotation: “…”“…”
    starts_clause = (
        before is None
        or before.text in (":", ",", "—", "–", "(", ";")
        or before.low in SPEECH_VERBS
    )
    if (
        before is not None
        and before.text == ","
        and attr.where == "pre"
        and attr.cue
        and attr.cue.split()[0] in NAMING_VERBS
    ):
        starts_clause = False
    # what comes right after the closing mark
    nxt = post[0] if post else None
    ends_clause = (
        nxt is None
        or nxt.text in (",", ".", "—", "–", ";", ")", "!", "?", _BOUNDARY)
        or (attr.where == "post" and post and post[0].low in SPEECH_VERBS)
        or attr.where == "post"
        or not p.closed
    )
    inner = text[p.start : p.end]
    sentence_like = (
        words >= 4
        and (inner[-1:] in ".,!?…—-" or inner[:1].isupper() or not p.closed)
        or (inner[:1].isupper() and inner.rstrip("’'\")]")[-1:] in ".!?…")
    )  # a whole short sentence: “Don’t believe it.”
    if attr.speaker is None and before is not None and _title_case(text[p.start : p.close_end]):
        # the title of a work after the noun naming it: her film, “Trainwreck.”; the
        # play “Sons of Trump”; his reality show, “The Apprentice,”
        noun = before if before.text != "," else (prev[-2] if len(prev) >= 2 else None)
        if noun is not None and noun.low in WORK_NOUNS:
            return "term"
    if _headline_with_byline(text, p, before, post):
        return "term"
    if _programme_title(text, p, before, prev, post):
        return "term"
    if _nickname(text, p, before, post):
        return "term"
    if _after_owner(before) and _title_case(text[p.start : p.close_end]):
        # a programme or work of whoever is named before it: told ABC's “Good Morning
        # America”, said on CNN's “State of the Union”: a title, whoever spoke on it
        return "term"
    if starts_clause and ends_clause and (sentence_like or attr.where == "post"):
        return "direct"
    if attr.speaker is None and _term_sized(text, p.start, p.end):
        return "term"
    if before is None and sentence_like:
        return "direct"
    return "partial"


def _nickname(text: str, p: Piece, before: Tok | None, post: list[Tok]) -> bool:
    """A quoted nickname inside a person's name ('Del. Marcia "Cia" Price', 'John “Tig”
    Tiegen'): part of the name, not anyone's words."""
    return (
        before is not None
        and post != []
        and is_name_tok(before)
        and is_name_tok(post[0])
        and before.end == p.open_start - 1
        and post[0].start == p.close_end + 1
        and _words(text, p.start, p.end) <= 2
        and _titled(text, p.start, p.end)
    )


def _programme_title(
    text: str, p: Piece, before: Tok | None, prev: list[Tok], post: list[Tok]
) -> bool:
    """A title where a speaker's words are placed, not words of theirs: the programme or
    work they spoke on or in ("he said on “Meet the Press.”", "told “Fox and Friends,”",
    "in an interview with “Fox News Sunday.”", "on his podcast “The Axe Files”", "the
    broadcast of “Fox News Sunday”", "his “Keepin' It Real” radio program")."""
    if before is None or not _titled(text, p.start, p.end):
        return False
    if before.low in PROGRAMME_BEFORE:
        return True
    noun = before if before.text not in (",", "of") else (prev[-2] if len(prev) >= 2 else None)
    if noun is not None and noun.low in MEDIUM_NOUNS:
        return True
    # the noun right after the title, or after one modifier ("“…” radio program")
    words = post[:2]
    if not words or not words[0].text.islower():
        return False
    if words[0].low in MEDIUM_NOUNS:
        return True
    return (
        len(words) == 2
        and words[1].low in MEDIUM_NOUNS
        and words[0].low not in PREPOSITIONS
        and words[0].low not in DETERMINERS
        and words[0].low not in STOP_WORDS
    )


def _headline_with_byline(text: str, p: Piece, before: Tok | None, post: list[Tok]) -> bool:
    """A news digest's item: '—"Sam Mendes leaves the show," by Times' Michael Paulson:'
    opening its line or after a dash or colon, and followed by its byline: the headline
    of an article, not its author's words."""
    if before is not None and before.text not in ("—", "–", ":"):
        return False
    comma = text[p.start : p.end].rstrip().endswith(",")
    k = 0 if comma else 1
    return (
        len(post) > k + 1
        and (comma or post[0].text == ",")
        and post[k].low == "by"
        and post[k + 1].text[:1].isupper()
    )


def _after_owner(before: Tok | None) -> bool:
    """Is ``before`` a capitalised possessive ("ABC's", "Sirius XM's", "Fox News’s")?"""
    return (
        before is not None
        and before.text[:1].isupper()
        and before.low.replace("’", "'").endswith("'s")
    )


# --- indirect speech --------------------------------------------------------------------


def _may_report(sentence: str) -> bool:
    """Does the sentence hold a word that reports speech? (Without one it has no
    indirect statement to look for; plain substring tests are the cheap filter.)"""
    low = sentence.lower()
    return any(w in low for w in INDIRECT_TRIGGERS)


def _indirect(
    text: str, sents, pieces: list[Piece], frame_tokens, quoting: list[_Found]
) -> list[_Found]:
    """Reported speech that names its speaker: "X said (that) CLAUSE", "CLAUSE, X said",
    "According to X, CLAUSE". The span is the reported clause; a clause that holds a
    quoted stretch is left to the quotation itself, and goes to ``quoting`` (the frame
    of the fragments quoted in it)."""
    out: list[_Found] = []
    closes = [p.close_end for p in pieces]
    for ss, se in sents:
        if se - ss > 1500:
            continue
        if not _may_report(text[ss:se]):
            continue
        toks = frame_tokens(ss, se)
        if not toks:
            continue
        for s, e, spk, cue, quoted in _indirect_in(text, toks):
            if quoted:
                quoting.append(_Found(None, s, e, "indirect", _Attr(spk, cue, "indirect")))
                continue
            if text[s:e].rstrip().endswith(":"):
                continue  # "He told his audience, to applause:": it introduces what follows
            # trim closing punctuation and space
            while e > s and text[e - 1] in " .;:,":
                e -= 1
            while s < e and text[s].isspace():
                s += 1
            if _words(text, s, e) < 4:
                continue
            # a clause that contains or overlaps a quotation is that quotation's frame
            i = bisect.bisect_left(closes, s + 1)
            if i < len(pieces) and pieces[i].open_start < e:
                quoting.append(_Found(None, s, e, "indirect", _Attr(spk, cue, "indirect")))
                continue
            out.append(_Found(None, s, e, "indirect", _Attr(spk, cue, "indirect")))
    return out


#: a reported statement in a sentence: (start, end, speaker, cue, quoted), ``quoted``
#: when the reported clause holds a quotation
_Statement = tuple[int, int, Speaker, str, bool]


def _indirect_in(text: str, toks: list[Tok]) -> list[_Statement]:
    """The reported statements of one sentence's tokens, in order."""
    n = len(toks)
    if n > 4 and toks[0].low == "according" and toks[1].low == "to":
        return _according_to(text, toks)
    statements: list[tuple[int, Speaker]] = []
    for k in range(1, n):
        t = toks[k]
        if t.low not in INDIRECT_VERBS or not t.text[0].islower():
            continue
        if not statements:
            final = _clause_then_speaker(text, toks, k)
            if final is not None:
                return [final]
        spk = _cue_subject(text, toks, k, statements)
        if spk is not None:
            statements.append((k, spk))
    return _statement_spans(toks, _kept_statements(text, toks, statements))


def _according_to(text: str, toks: list[Tok]) -> list[_Statement]:
    """According to X, CLAUSE"""
    n = len(toks)
    spk = forward_speaker(text, toks, 2, n)
    if spk is not None:
        k = next((i for i in range(2, min(n, 14)) if toks[i].text == ","), None)
        if k is not None and k + 1 < n:
            return [(toks[k + 1].start, toks[-1].end, spk, "according to", False)]
    return []


def _clause_then_speaker(text: str, toks: list[Tok], k: int) -> _Statement | None:
    """A sentence that is a clause and then its attribution, at the first cue ``k``:
    "CLAUSE, X said (on Monday)." or "CLAUSE, said X."."""
    n = len(toks)
    if not (
        k >= 2
        and n - k <= 8
        and not _introduces_quotation(toks, k)
        and not _opens_with_participle(toks)
    ):
        return None
    cue = toks[k].low
    spk = backward_speaker(text, toks, k - 1, 0)
    if spk is not None:
        c = _comma_before_speaker(toks, k, spk)
        if c >= 1 and toks[c].text == ",":
            return (toks[0].start, toks[c].start, spk, cue, False)
    if toks[k - 1].text == ",":
        spk = forward_speaker(text, toks, k + 1, n)
        nxt = next((u for u in toks[k + 1 :] if u.start >= spk.end), None) if spk else None
        if (
            spk is not None
            and (nxt is None or nxt.text in PHRASE_ENDS)
            and not (spk.kind == "role" and (spk.head in SPEECH_NOUNS or spk.head in MESSAGE_NOUNS))
            and not _participle_modifier(toks, k, spk)
        ):
            # (not "…, tweeted a warning.": what was said, not who)
            # (not "…, said Trump's remarks were …": a clause)
            return (toks[0].start, toks[k - 1].start, spk, cue, False)
    return None


def _comma_before_speaker(toks: list[Tok], k: int, spk: Speaker) -> int:
    """The index of the comma before the speaker ``spk`` of the cue at ``k``, past a
    lower-case title between them ("Or maybe Jeb Bush, digital consultant Phil Musser
    says."); the caller checks that it is a comma."""
    first_spk = next(i for i in range(k) if toks[i].end > spk.start)
    c = first_spk - 1
    while (
        c > 0
        and first_spk - c <= 4
        and toks[c].text != ","
        and toks[c].text[0].islower()
        and toks[c].low not in SPEECH_VERBS
    ):
        c -= 1
    return c


def _cue_subject(
    text: str, toks: list[Tok], k: int, statements: list[tuple[int, Speaker]]
) -> Speaker | None:
    """The subject of the cue at ``k``: the phrase before it, the head of a relative
    clause it sits in ("Republicans who praised him warned"), or the subject of the
    statement before ("X confirmed … but said …")."""
    spk = backward_speaker(text, toks, k - 1, 0)
    if spk is not None and _relative_who(toks, 0, spk) is not None:
        spk = _relative_head(text, toks, 0, spk)
    if spk is None and toks[k - 1].low in ("and", "but") and statements:
        spk = statements[-1][1]
    return spk


def _kept_statements(
    text: str, toks: list[Tok], statements: list[tuple[int, Speaker]]
) -> list[tuple[int, Speaker, int]]:
    """The statements to report, in order, as (cue index, speaker, content start index):
    not a quotation's own attribution, and not a later cue inside an earlier statement's
    content ("NBC reported that … where Pompeo announced …") unless it starts a new
    sentence run on without punctuation."""
    kept: list[tuple[int, Speaker, int]] = []
    for k, spk in statements:
        # a quotation's own attribution ("“…,” he said via Twitter, citing …")
        prev = next((u for u in reversed(toks[:k]) if u.end <= spk.start), None)
        if prev is not None and (
            prev.text == _BOUNDARY or prev.text == "," and _after_boundary(toks, spk.start)
        ):
            continue
        j = _content_start(toks, k)
        if j is None or _no_clause_after(toks, k, j):
            continue
        if kept and _within_statement(text, toks, kept[-1][2], spk):
            continue
        kept.append((k, spk, j))
    return kept


def _within_statement(text: str, toks: list[Tok], pj: int, spk: Speaker) -> bool:
    """Is the speaker ``spk`` of a later cue inside the content (from ``pj``) of the
    statement before, rather than a new sentence run on?"""
    head = _phrase_start(toks, spk.start)
    before = toks[head - 1] if head > 0 else None
    nested = before is None or before.low in NESTING or before.text in (",", ";", "(", _BOUNDARY)
    return (
        nested
        or spk.kind not in ("name", "org")
        or len(text[toks[pj].start : spk.start].split()) < 6
    )


def _statement_spans(toks: list[Tok], kept: list[tuple[int, Speaker, int]]) -> list[_Statement]:
    """Each kept statement's reported clause: from its content start to the next
    statement's speaker or the sentence end (cut at a contrast when it quotes nothing)."""
    n = len(toks)
    out: list[_Statement] = []
    for i, (k, spk, j) in enumerate(kept):
        end = toks[-1].end
        if i + 1 < len(kept):
            end = toks[_phrase_start(toks, kept[i + 1][1].start)].start
        if j >= n - 2 or toks[j].start >= end:
            continue
        quoted = any(u.text == _BOUNDARY and u.start < end for u in toks[j:])
        if not quoted:
            end = _contrast_end(toks, j, end)
        cue = toks[k].low
        if toks[j - 1].low in PARTICIPLE_CUES:
            cue = toks[j - 1].low
        out.append((toks[j].start, end, spk, cue, quoted))
    return out


def _fragments_in_reports(text: str, found: list[_Found], quoting: list[_Found]) -> None:
    """A fragment quoted inside reported speech is the words of whoever the report names:
    '“We are heartbroken” by the loss of so many lives, the principal said', 'Clinton
    said that “bombastic comments” do more harm than good': the clause names who speaks,
    so the fragment is a partial quote of that speaker, not a scare quote."""
    if not quoting:
        return
    quoting.sort(key=lambda r: r.start)
    starts = [r.start for r in quoting]
    for f in found:
        if f.piece is None or f.attr.speaker is not None or f.kind not in ("term", "partial"):
            continue
        if _titled(text, f.start, f.end):
            continue  # the name of a work: “Guernica”, said the curator, is not his words
        i = bisect.bisect_right(starts, f.piece.open_start) - 1
        if i >= 0 and f.piece.close_end <= quoting[i].end + 1:
            f.attr = quoting[i].attr
            f.kind = "partial"


def _introduces_quotation(toks: list[Tok], k: int) -> bool:
    """Does an introductory phrase open the sentence and the cue at ``k`` go on to a
    quotation ("When asked about the ban, Trump said: “…”", "In a statement to the
    Observer, her adviser said: “…”")? The phrase frames the quotation; it is not a
    statement of its own (unlike "It is time to be led, he said, ''not only …''")."""
    return toks[0].low in INTRO and any(u.text == _BOUNDARY for u in toks[k + 1 : k + 4])


def _participle_modifier(toks: list[Tok], k: int, spk: Speaker) -> bool:
    """ "…: She clinched a majority of regular, pledged delegates.": a participle before a
    bare plural describes it; an inverted cue is "said"/"says" before such a subject, or
    takes a name or a determiner ("…, noted the report")."""
    return (
        spk.kind == "role"
        and toks[k].low not in ("said", "says")
        and spk.text.split()[0].lower() not in DETERMINERS
    )


def _no_clause_after(toks: list[Tok], k: int, j: int) -> bool:
    """Is what follows the cue at ``k`` (from ``j``) no reported clause? "He said no to the
    Iraq war" (a vote), "Clinton, who added to her delegate lead" (added to: increased),
    "Mrs. Clinton said in one of her debates, a bracingly honest statement" (a phrase
    the adverbials did not cover)."""
    u = toks[j]
    nxt = toks[j + 1].low if j + 1 < len(toks) else ""
    return (
        u.low in ("no", "yes")
        and nxt == "to"
        or u.low == "to"
        and toks[k].low in ("added", "adds")
        or u.low in PREPOSITIONS
        and u.text.islower()
        and toks[j - 1].low != "that"  # "reported that on the trip where …, he warned"
    )


def _opens_with_participle(toks: list[Tok]) -> bool:
    """Does the sentence open with a participle phrase ("Asked whether he would counsel
    Clinton, Reid said …", "Reflecting on his career, the leader said …")? It frames
    what follows; it is not the statement."""
    first = toks[0]
    second = toks[1].low if len(toks) > 1 else ""
    return first.text[:1].isupper() and (
        first.low.endswith("ing")
        and len(first.low) > 4
        or first.low.endswith("ed")
        and second in FRAME_PARTICIPLE_NEXT
    )


def _contrast_end(toks: list[Tok], j: int, end: int) -> int:
    """A reported statement ends before ", but …" ("Clinton says the mails were personal,
    but for Republicans, it is a smoking gun"; "he was questioning whether …, but he did
    not apologize"): what follows is the writer's, unless it goes on with "but that"."""
    for x in range(j + 1, len(toks) - 2):
        if toks[x].start >= end:
            break
        if (
            toks[x].text == ","
            and toks[x + 1].low in CONTRAST_OPENERS
            and toks[x + 2].low != "that"
        ):
            return toks[x].start
    return end


def _that_after_object(toks: list[Tok], j: int) -> int | None:
    """The "that" closing the object of a verb of telling: "told his supporters that",
    "told a Wall Street Journal lunch group that" (a short phrase with no punctuation, verb
    of saying or second "that" before it)."""
    for m in range(j, min(len(toks), j + 8)):
        u = toks[m]
        if u.low == "that":
            return m if m > j else None
        if (
            not u.text[0].isalnum()
            or u.low in INDIRECT_VERBS
            or u.low in PRONOUNS
            or u.low in AUXILIARIES
            or u.low.endswith("ing")
        ):
            return None  # "told reporters the Taliban were demanding that …": a clause
    return None


def _after_boundary(toks: list[Tok], pos: int) -> bool:
    prev = [u for u in toks if u.end <= pos]
    return len(prev) >= 2 and prev[-1].text == "," and prev[-2].text == _BOUNDARY


def _phrase_start(toks: list[Tok], pos: int) -> int:
    """Index of the first token of the noun phrase whose head starts at ``pos``, with its
    titles ("Secretary of State Mike Pompeo")."""
    i = next((x for x, u in enumerate(toks) if u.start >= pos), len(toks) - 1)
    while i > 0 and (
        toks[i - 1].text[0].isupper()
        or toks[i - 1].low in ("of", "the")
        and i > 1
        and toks[i - 2].text[0].isupper()
    ):
        i -= 1
    return i


def _content_start(toks: list[Tok], k: int) -> int | None:
    """Where the reported clause after the cue at ``k`` begins: past "that", a told-object
    ("told AFP news agency that"), adverbials ("on Monday", "in a statement", "via
    Twitter", "late Sunday") and a participle ("…, adding that")."""
    n = len(toks)
    cue = toks[k].low
    j = k + 1
    for _ in range(12):
        if j >= n:
            return None
        u = toks[j]
        if u.low == "that":
            return j + 1
        if u.text == "," or u.low in PARTICIPLE_CUES:
            j += 1
            continue
        if cue in TOLD_CUES and j == k + 1:
            that = _that_after_object(toks, j)
            if that is not None:
                return that + 1  # "told a Wall Street Journal lunch group that"
            past = _told_object_end(toks, j)
            if past > j:
                j = past
                continue
        after = _adverbial_end(toks, j)
        if after is not None:
            j = after
            continue
        if u.low in TIME_WORDS and u.text[0].isupper():  # "said Monday the talks …"
            j += 1
            continue
        break
    if j >= n or _noun_object(toks, cue, j):
        return None
    return j


def _told_object_end(toks: list[Tok], j: int) -> int:
    """Past the person told, a noun phrase before the clause ("told reporters", "told
    the AFP news agency"): the index after it (``j`` when there is none)."""
    m = j
    while (
        m < len(toks)
        and m - j < 5
        and toks[m].low != "that"
        and not (m > j and toks[m].low in ("the", "a", "an"))
        and (toks[m].text[0].isupper() or toks[m].low in TOLD_OBJECT_WORDS)
    ):
        m += 1
    return m


def _adverbial_end(toks: list[Tok], j: int) -> int | None:
    """The index after an adverbial at ``j`` between a cue and its clause ("on Monday",
    "late Sunday", "in a statement", "via Twitter", "in Miami Tuesday", "repeatedly"), or
    None when there is none."""
    n = len(toks)
    u = toks[j]
    if u.low not in ADVERBIAL_OPENERS:
        return None
    m = j + 1
    while (
        m < n and m - j <= 4 and toks[m].low not in TIME_WORDS and toks[m].low in ADVERBIAL_FILLERS
    ):
        m += 1
    if m < n and (
        toks[m].low in TIME_WORDS
        or toks[m].text[0].isupper()
        and u.low in ("on", "via", "in", "at")  # "said in Miami Tuesday that"
    ):
        while m + 1 < n and (
            toks[m + 1].low in TIME_WORDS  # "a twitter post"
            or toks[m].text[0].isupper()
            and toks[m + 1].text[0].isupper()
            and u.low in ("in", "at")
        ):
            m += 1
        return m + 1
    if u.low in FREE_ADVERBS:
        return j + 1
    return None


def _noun_object(toks: list[Tok], cue: str, j: int) -> bool:
    """ "confirmed the online discussion": after a cue that also takes a noun, what
    follows is a noun, not a statement, unless a pronoun or an auxiliary makes it one."""
    return cue in NOUN_TAKING and not (
        toks[j].low in ("it", "he", "she", "they", "we", "i")
        or any(u.low in AUXILIARIES for u in toks[j : j + 5])
    )


# --- resolution ---------------------------------------------------------------------------


#: days and months that are no one's name ("May" is)
_CALENDAR_WORDS = WEEKDAYS | (MONTHS - {"may"})


def _antecedent_like(name: str) -> bool:
    """Can a mention be what a pronoun refers to? Not a run that opens with a participle
    or an adverb, or holds a day or a month ("Speaking Sunday", "Later Monday")."""
    words = name.split()
    return bool(words) and not (
        words[0].lower().endswith(("ing", "ly"))
        and len(words[0]) > 4
        or any(w.lower() in _CALENDAR_WORDS for w in words)
    )


def _role_modifiers(phrase: str) -> list[str]:
    """The capitalised words of a role phrase besides its head and fillers, which say
    which one it is: "the Florida senator" -> ["florida"]; "the Democratic presidential
    candidate" -> ["democratic"]; "the two-term president" -> [] (a description, not an
    identity)."""
    words = [w.strip(".,’'") for w in phrase.split()]
    return [
        w.lower()
        for w in words[:-1]
        if w[:1].isupper() and w.lower() not in ROLE_FILLERS and not w.endswith(("’s", "'s"))
    ]


# A name opening a coordinated clause: "…, and Trey Gowdy questioned him", "…; Cruz said".
_COORDINATED = re.compile(r"(?:,\s*(?:and|but)|;)\s+(?:[A-Z][\w.’'\-]*\s+){0,3}$")
# The word after a name run (titles and initials included).
_AFTER_NAME = re.compile(r"(?:[A-Z][\w.’'\-]*\s+)*?[A-Z][\w.’'\-]*\s+([a-z][a-z\-]*)")
# Two names joined as one subject: "Neither X nor Y", "Both X and Y", "X and Y".
_JOINED_AFTER = re.compile(r"\s+(?:and|or|nor)\s+(?:Mr\.|Mrs\.|Ms\.|Sen\.)?\s*[A-Z]")
_JOINED_BEFORE = re.compile(
    r"(?:\b(?:[Nn]either|[Ee]ither|[Bb]oth)|[A-Z][\w.’'\-]*\s+(?:and|or|nor))\s+$"
)
_APPOSITION_END = re.compile(r"[.,;:(“”\"]|''|``")


def _title_run(text: str, s: int) -> str:
    """The title run right before the name at ``s`` ("U.S. special envoy Zalmay
    Khalilzad"), not whatever words happen to precede it ("… the governor and Donald
    Trump", "Indiana governor endorses Cruz", "to defeat Mrs. Clinton. Mr. Manafort")."""
    kept: list[str] = []
    for w in reversed(text[max(0, s - 60) : s].split()[-4:]):
        lw = w.lower().strip(",.;:")
        if (
            w[-1:] in ",;:"
            or lw in TITLE_RUN_STOPS
            or w.endswith(".")
            and kept
            and lw not in ABBREVIATIONS
            and not _INITIALS.match(w)
            or w.islower()
            and lw.endswith("s")
            and not lw.endswith("ss")
            and lw not in ROLE_NOUNS
            or w.islower()
            and (lw.endswith("ed") or lw in INDIRECT_VERBS)
            and lw not in ROLE_NOUNS
            and lw not in ROLE_MODIFIERS
        ):
            break  # "FBI Director James Comey stated Clinton": a verb ends the run
        kept.insert(0, w)
    return " ".join(kept)


_INITIALS = re.compile(r"^(?:[A-Z]\.)+$")


def _apposition(text: str, e: int) -> str:
    """The apposition after the name ending at ``e``, up to its closing comma or a
    quotation mark ("Suhail Shaheen, a spokesman for the Taliban, said"), when it reads as
    a description: not a clause ("Manafort, citing ''…,'' said the candidate"; "Manafort,
    bluntly suggested that the candidate's …")."""
    if not text[e : e + 2].startswith(","):
        return ""
    after = _APPOSITION_END.split(text[e + 1 : e + 100], 1)[0]
    words = after.split()
    if not words:
        return ""
    first = words[0]
    if (
        first[0].isupper()
        or first[0].isdigit()
        or first.lower() in APPOSITION_OPENERS
        or first.lower() in TITLES
        or first.lower() in ROLE_NOUNS
        or first.endswith(("’s", "'s"))
    ) and first.lower() not in ("who", "which", "whose"):
        return after
    return ""


class _Resolver:
    """Turn a speaker phrase into the surface string to report.

    Names and institutions are reported as written (a mention overlapping the phrase is
    preferred: its span wins). Pronouns ("he", "she", "it") and definite role nouns
    ("the envoy", "the US envoy", "the spokesman", "the council") resolve to the most
    recent compatible named speaker or name before them; when nothing resolves, the
    phrase itself is kept.
    """

    def __init__(
        self,
        text: str,
        mentions: list[Mention],
        found: list[_Found],
        quoted: Sequence[tuple[int, int]] = (),
        sent_starts: list[int] | None = None,
    ):
        self.text = text
        self.quoted = list(quoted)
        self.quoted_starts = [q[0] for q in self.quoted]
        self.mentions = sorted(mentions, key=lambda m: m.start)
        self.mstarts = [m.start for m in self.mentions]
        # named speakers and person/org mentions, in text order: (pos, text, start, end, kind)
        cands: list[tuple[int, str, int, int, str]] = []
        for f in found:
            s = f.attr.speaker
            if s is not None and s.kind in ("name", "org"):
                cands.append((s.start, *self._surface(s), s.kind))
        for m in self.mentions:
            if m.kind in ("PERSON", "ORG") and _antecedent_like(m.text):
                cands.append(
                    (m.start, m.text, m.start, m.end, "person" if m.kind == "PERSON" else "org")
                )
        cands.sort(key=lambda c: c[0])
        self.sent_starts = (
            sent_starts if sent_starts is not None else [a for a, _ in sentence_spans(text)]
        )
        self._persons: PersonIndex | None = None
        self.cands = cands
        self.cand_pos = [c[0] for c in cands]
        self._resolved: dict[tuple[int, int], tuple[str, int, int]] = {}
        self._descriptions: dict[tuple[str, int, int], str] = {}
        #: surname key -> where statements were credited to that person (by name, or
        #: through a resolved pronoun), in text order
        self._attributed: dict[str, list[int]] = {}
        for f in found:
            s = f.attr.speaker
            if s is not None and s.kind == "name":
                self._attributed.setdefault(self._key(s.text), []).append(s.start)
        for v in self._attributed.values():
            v.sort()

    @property
    def persons(self) -> PersonIndex:
        """The text's people (built on first use: an article whose speakers are all named
        needs none)."""
        if self._persons is None:
            known = [(c[2], c[3], c[1]) for c in self.cands if c[4] == "name"]
            self._persons = PersonIndex(self.text, known)
        return self._persons

    def _agrees(self, name: str, want: str) -> bool:
        """Can ``name`` be what a he/she (``want``: M/F) refers to? Besides the person
        index's evidence, a person the text names only by a given name that is no one's
        surname has that name's gender ("Obama Claims Hillary …. He told …": not Hillary;
        "Mrs. Clinton … she" is still Clinton)."""
        from tui.analysis.gazetteer import gazetteer

        if not self.persons.compatible(name, want):
            return False
        words = name.split()
        if len(words) != 1:
            return True
        word = words[0].strip(".,’'")
        if len(self.persons.full.get(word.lower(), word).split()) > 1 or word in (
            gazetteer().surnames
        ):
            return True
        given = first_name_gender(word)
        return given is None or given == want

    def _mention_over(self, s: int, e: int) -> Mention | None:
        i = bisect.bisect_right(self.mstarts, e) - 1
        best = None
        while i >= 0 and i < len(self.mentions):
            m = self.mentions[i]
            if m.end <= s:
                if m.start < s - 200:
                    break
                i -= 1
                continue
            if m.start < e and m.end > s and m.kind in ("PERSON", "ORG"):
                if best is None or (m.end - m.start) > (best.end - best.start):
                    best = m
            i -= 1
        return best

    def _surface(self, spk: Speaker) -> tuple[str, int, int]:
        m = self._mention_over(spk.start, spk.end)
        if m is not None:
            return m.text, m.start, m.end
        return spk.text, spk.start, spk.end

    def written(self, spk: Speaker) -> tuple[str, int, int]:
        """The speaker as written at the cue: a name or body widened to the actor mention
        over it, a pronoun or role noun as it stands."""
        if spk.kind in ("name", "org"):
            return self._surface(spk)
        return spk.text, spk.start, spk.end

    def resolve(self, spk: Speaker, anchor: int | None = None) -> tuple[str, int, int]:
        """Who ``spk`` is, resolved once for every quote it speaks (the pieces of a split
        quote share one "he"). ``anchor``: where the first statement starts (a pronoun
        after a quotation looks for its antecedent before the quotation)."""
        key = (spk.start, spk.end)
        if key not in self._resolved:
            self._resolved[key] = self._resolve(spk, anchor)
        return self._resolved[key]

    def _resolve(self, spk: Speaker, anchor: int | None = None) -> tuple[str, int, int]:
        if spk.kind == "org":
            body = self._same_body(spk)
            if body is not None:
                return body
        if spk.kind in ("name", "org"):
            return self._surface(spk)
        if spk.kind == "pronoun":
            return self._resolve_pronoun(spk, anchor)
        if spk.kind == "role":
            return self._resolve_role(spk, anchor)
        return spk.text, spk.start, spk.end

    def _same_body(self, spk: Speaker) -> tuple[str, int, int] | None:
        """ "the Council said" after "the Afghan National Security Council": the same body."""
        words = spk.text.split()
        if len(words) == 2 and words[0].lower() == "the" and words[1].lower() in ORG_HEADS:
            head = words[1].lower()
            c = self._recent(
                spk.start,
                lambda c: c[4] == "org" and head in c[1].lower().split() and len(c[1].split()) > 2,
            )
            if c is not None:
                return c[1], c[2], c[3]
        return None

    def _resolve_pronoun(self, spk: Speaker, anchor: int | None) -> tuple[str, int, int]:
        want = PRONOUNS.get(spk.head)
        if want in ("M", "F"):
            return self._resolve_person_pronoun(spk, want, anchor)
        c = self._institution_it(spk, anchor) if want == "O" else None
        if c is not None:
            return c[1], c[2], c[3]
        return spk.text, spk.start, spk.end

    def _resolve_person_pronoun(
        self, spk: Speaker, want: str, anchor: int | None
    ) -> tuple[str, int, int]:
        """A he or she: the person it stands for, when the text ties it to them with
        confidence; else the pronoun as written."""
        r = self._subject_before(spk.start, want, anchor)
        if r is None:
            r = self._pronoun_antecedent(spk, want, anchor)
        if r is not None and self._confident(r, spk, anchor):
            bisect.insort(self._attributed.setdefault(self._key(r[0]), []), spk.start)
            return r
        # an antecedent named several sentences back, with nothing since tying the
        # pronoun to it, is a guess: the pronoun is reported as written
        return spk.text, spk.start, spk.end

    def _pronoun_antecedent(
        self, spk: Speaker, want: str, anchor: int | None
    ) -> tuple[str, int, int] | None:
        """The latest named speaker a he/she agrees with; else a PERSON mention in the
        sentences just before; else a person named as the subject a little further back."""
        c = self._recent(
            spk.start,
            lambda c: c[4] == "name" and is_person_name(c[1]) and self._agrees(c[1], want),
        )
        if c is None:
            # no named speaker before it: a PERSON mention from the actor extractor in the
            # sentences just before the statement, outside quotations (counted from the
            # pronoun when it comes first: "He told his audience: ¶ “…”")
            ref = min(spk.start, anchor) if anchor is not None else spk.start
            lo = self._window_start(ref, 2)
            c = self._recent(
                spk.start,
                lambda c: (
                    c[4] == "person"
                    and c[2] >= lo
                    and not self._in_quote(c[2])
                    and self._is_subject(c[2])
                    and self._agrees(c[1], want)
                    and not self._coordinated(c[2], c[3])
                ),
            )
        if c is not None:
            return c[1], c[2], c[3]
        return self._subject_before(spk.start, want, anchor, PRONOUN_SENTENCES)

    def _institution_it(
        self, spk: Speaker, anchor: int | None
    ) -> tuple[int, str, int, int, str] | None:
        """ "it said" for an institution: only one just named as a subject."""
        c = self._recent(spk.start, lambda c: c[4] == "org")
        if c is None:
            return None
        ref = min(spk.start, anchor) if anchor is not None else spk.start
        i_ref = bisect.bisect_right(self.sent_starts, ref) - 1
        d = i_ref - (bisect.bisect_right(self.sent_starts, min(c[2], ref)) - 1)
        return c if d <= 1 and self._is_subject(c[2]) else None

    def _resolve_role(self, spk: Speaker, anchor: int | None) -> tuple[str, int, int]:
        """A definite role noun ("the envoy", "the Florida senator", "the council"): the
        body or person so described just before; else the phrase as written."""
        first = spk.text.split()[0].lower()
        if not (
            (first in ("the", "this") or first[0].isupper())
            and (spk.head in ROLE_NOUNS or spk.head in ORG_HEADS)
            and spk.head not in DOCUMENT_NOUNS
            and spk.head not in ANONYMOUS_ROLES
        ):
            return spk.text, spk.start, spk.end
        head = spk.head
        if head in ORG_HEADS:
            c = self._recent(spk.start, lambda c: c[4] == "org" and head in c[1].lower())
            return (c[1], c[2], c[3]) if c is not None else (spk.text, spk.start, spk.end)
        return self._described_person(spk, head, anchor)

    def _described_person(
        self, spk: Speaker, head: str, anchor: int | None
    ) -> tuple[str, int, int]:
        """The person a role noun stands for: one described so before it, near enough."""
        mods = _role_modifiers(spk.text)

        def fits(desc: str) -> bool:
            # "the Florida senator" is a senator described as from Florida, not any
            # senator; every modifier must be in the person's description
            if not role_matches(head, desc):
                return False
            low = desc.lower()
            return all(m in low for m in mods)

        c = self._recent(
            spk.start,
            lambda c: (
                c[4] in ("name", "person")
                and not self._in_quote(c[2])
                and fits(self._described(c, spk.start))
            ),
        )
        if c is None:
            r = self.persons.recent(
                spk.start,
                lambda c: not self._in_quote(c[1]) and fits(self._described((None, *c), spk.start)),
            )
            if r is not None and self._role_near(r[0], r[1], spk, anchor):
                return r
        elif self._role_near(c[1], c[2], spk, anchor):
            return c[1], c[2], c[3]
        return spk.text, spk.start, spk.end

    def _described(self, c, before: int) -> str:
        """Every description of the person ``c`` names, at any of their occurrences
        before ``before``: "U.S. special envoy Zalmay Khalilzad" early in the text
        describes the "Khalilzad" of a later "said Khalilzad"."""
        own = self._description(c)
        key = self._key(c[1])
        parts = [own]
        persons = self.persons
        i = bisect.bisect_left(persons.starts, before) - 1
        n = 0
        while i >= 0 and n < 80:
            s0, e0, k0 = persons.occ[i]
            if k0 == key and s0 != c[2]:
                parts.append(self._description((None, self.text[s0:e0], s0, e0)))
            i -= 1
            n += 1
        return " ".join(parts)

    def _role_near(self, name: str, pos: int, spk: Speaker, anchor: int | None) -> bool:
        """A role noun ("the envoy") refers back a few sentences at most (to the last
        time the person was named): further back, the phrase is reported as written."""
        ref = min(spk.start, anchor) if anchor is not None else spk.start
        last = self.persons.last_seen(name, ref)
        if last is not None:
            pos = max(pos, last)
        i_ref = bisect.bisect_right(self.sent_starts, ref) - 1
        return i_ref - (bisect.bisect_right(self.sent_starts, min(pos, ref)) - 1) <= ROLE_SENTENCES

    @staticmethod
    def _key(name: str) -> str:
        words = name.split()
        return words[-1].lower().rstrip("’'s") if words else ""

    def _confident(self, r: tuple[str, int, int], spk: Speaker, anchor: int | None) -> bool:
        """Is the person ``r`` a safe antecedent for the pronoun ``spk``? News keeps a
        "he said" close to its referent: the person must have been named in the
        statement's sentence or the one before, or, up to PRONOUN_SENTENCES sentences
        back, named as a sentence's subject or credited with a statement ("“…,” he said"
        in a chain of quotes). An antecedent further back is a guess."""
        ref = min(spk.start, anchor) if anchor is not None else spk.start
        i_ref = bisect.bisect_right(self.sent_starts, ref) - 1

        def dist(pos: int) -> int:
            return i_ref - (bisect.bisect_right(self.sent_starts, min(pos, ref)) - 1)

        named = [r[1]]
        last = self.persons.last_seen(r[0], ref)
        if last is not None:
            named.append(last)
        if min(dist(pos) for pos in named) > 0 and self._rival_in_sentence(r, spk, ref):
            return False
        for pos in named:
            d = dist(pos)
            if d <= 1 or d <= PRONOUN_SENTENCES and self._is_subject(pos):
                return True
        said = self._attributed.get(self._key(r[0]), ())
        i = bisect.bisect_left(said, ref) - 1
        return i >= 0 and dist(said[i]) <= PRONOUN_SENTENCES

    def _rival_in_sentence(self, r: tuple[str, int, int], spk: Speaker, ref: int) -> bool:
        """Is another person the pronoun could stand for named in its own sentence, before
        it and outside quotations, while ``r`` was named only earlier ("… was at the heart
        of Sanders's critique of an economic system that he said …" after a sentence about
        Bill Clinton)? Then the pronoun is ambiguous and stays as written."""
        want = PRONOUNS.get(spk.head)
        s0 = self.sent_starts[bisect.bisect_right(self.sent_starts, ref) - 1] if ref else 0
        key = self._key(r[0])
        i = bisect.bisect_left(self.persons.starts, s0)
        named = [(s, self.text[s:e]) for s, e, _ in self.persons.occ[i:]]
        i = bisect.bisect_left(self.cand_pos, s0)
        named += [(c[2], c[1]) for c in self.cands[i:] if c[4] in ("name", "person")]
        return any(
            s < spk.start
            and self._key(name) != key
            and not self._in_quote(s)
            and self._may_be(name, want)
            for s, name in named
        )

    def _may_be(self, name: str, want: str | None) -> bool:
        """Might ``name`` be a he/she (``want``)? Only a first name of the other sex, in
        the name or its fullest form in the text, rules it out: the pronoun votes that
        settle an antecedent are too weak to rule out a rival."""
        full = self.persons.full.get(self._key(name), name)
        words = (full if len(full.split()) > len(name.split()) else name).split()
        given = first_name_gender(words[0].strip(".,’'")) if len(words) > 1 else None
        return want not in ("M", "F") or given in (None, want)

    def _subject_before(
        self, pos: int, want: str, anchor: int | None = None, sentences: int = SUBJECT_SENTENCES
    ) -> tuple[str, int, int] | None:
        """A person who is the subject of the pronoun's sentence or of the one before
        ("Manafort all but begged reporters … “We're moving on,” he said.")."""
        ref = min(pos, anchor) if anchor is not None else pos
        i = bisect.bisect_right(self.sent_starts, ref) - 1
        lo = self.sent_starts[i - sentences] if i - sentences >= 0 else 0
        return self.persons.recent(
            pos,
            lambda c: (
                c[1] >= lo
                and not self._in_quote(c[1])
                and not self._possessor(c[2])
                and self._is_subject(c[1])
                and self._agrees(c[0], want)
                and _antecedent_like(c[0])
                and not self._coordinated(c[1], c[2])
            ),
        )

    def _coordinated(self, start: int, end: int) -> bool:
        """Is the name one of two joined as one subject ("Neither Hillary Clinton nor
        Sanders has", "Bush and Rubio have")? A singular he/she refers to neither alone."""
        return (
            _JOINED_AFTER.match(self.text, end) is not None
            or _JOINED_BEFORE.search(self.text[max(0, start - 40) : start]) is not None
        )

    def _possessor(self, end: int) -> bool:
        """Is the name ending at ``end`` a possessor ("Sanders's spokesman", "Trump's
        attorney")? A possessor is not the subject the pronoun refers back to."""
        return (
            self.text[end : end + 2] in ("’s", "'s")
            or self.text[end : end + 1] in ("’", "'")
            and self.text[end - 1 : end] == "s"
        )

    def _window_start(self, pos: int, sentences: int) -> int:
        i = bisect.bisect_right(self.sent_starts, pos) - 1 - sentences
        return self.sent_starts[i] if i >= 0 else 0

    def _in_quote(self, pos: int) -> bool:
        """Is ``pos`` inside a quotation? (A name inside someone's words is not the
        antecedent of the pronoun that attributes them.)"""
        i = bisect.bisect_right(self.quoted_starts, pos) - 1
        return i >= 0 and self.quoted[i][0] <= pos < self.quoted[i][1]

    def _is_subject(self, start: int) -> bool:
        """Does the name at ``start`` open its sentence (after an introductory phrase and
        titles): "Scott Reed, who managed Bob Dole's campaign, said" -> Reed, not Dole."""
        i = bisect.bisect_right(self.sent_starts, start) - 1
        s0 = self.sent_starts[i] if i >= 0 else 0
        seg = self.text[s0:start]
        if any(ch in seg for ch in '“”"'):
            return False
        if (
            _COORDINATED.search(seg)
            and self._verb_follows(start)
            and not any(w.strip(",;").lower() in INDIRECT_VERBS for w in seg.split())
        ):
            # "Comey testified, and Trey Gowdy questioned him": a clause's subject (not one
            # inside what someone said: "Melendres said …, and Petraeus acknowledged")
            return True
        head = seg
        if "," in seg:
            first = seg.split(",", 1)[0].split()
            if not first or first[0].lower() not in INTRO:
                return False
            head = seg.rsplit(",", 1)[1]
        words = head.split()
        return len(words) <= 4 and all(
            w[0].isupper()
            or w.lower() in TITLES
            or w.lower() in ROLE_NOUNS
            or w.lower() in ("and", "but", "then", "so", "the", "former")
            for w in words
        )

    def _verb_follows(self, start: int) -> bool:
        """Is the name at ``start`` followed by a verb (a lower-case word after the name
        run, not a preposition or conjunction)?"""
        m = _AFTER_NAME.match(self.text, start)
        return m is not None and not (
            m.group(1).lower() in STOP_WORDS or m.group(1).lower() in PREPOSITIONS
        )

    def _recent(self, pos: int, ok) -> tuple | None:
        i = bisect.bisect_left(self.cand_pos, pos) - 1
        n = 0
        while i >= 0 and n < 60:
            c = self.cands[i]
            if ok(c):
                return c
            i -= 1
            n += 1
        return None

    def _description(self, c) -> str:
        """The words around a name that describe its role: a title before it
        ("Taliban spokesman Zabihullah Mujahid") or an apposition after it
        ("Suhail Shaheen, a spokesman for …"). Read once per occurrence: every role noun
        resolved looks at the same names."""
        key = (c[1], c[2], c[3])
        if key not in self._descriptions:
            self._descriptions[key] = (
                _title_run(self.text, c[2]) + " " + c[1] + " " + _apposition(self.text, c[3])
            )
        return self._descriptions[key]
