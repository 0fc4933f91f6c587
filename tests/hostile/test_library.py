"""tui.load_corpus on the hostile corpus: it returns, skips what cannot be read with a
reason a person understands, loads the rest with warnings, and keeps every offset inside
its body. Bounded work on the huge, long-line and deeply nested files."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest

from tests.hostile.conftest import UNSAFE, deny_open, model_strings, vanish_after_listing
from tests.hostile.make_corpus import DISPLAY_ATTACKS, make_hostile_corpus
from tui.config import Config, ExtractionConfig, LimitsConfig
from tui.corpus import load_corpus
from tui.load.extract import ANALYSIS_CHUNK_CHARS, analyze_bounded, process_file
from tui.model import Article, Skipped


def limits(**kw) -> Config:
    return Config(extraction=ExtractionConfig(limits=LimitsConfig(**kw)))


@pytest.fixture(scope="module")
def loaded(tmp_path_factory):
    folder = tmp_path_factory.mktemp("hostile-lib")
    cases = make_hostile_corpus(folder, big=False)
    with pytest.MonkeyPatch.context() as mp:
        deny_open(mp, cases["unreadable"])
        vanish_after_listing(mp, cases["vanishing"])
        corpus = load_corpus([folder], Config(), jobs=1, cache=False)
    return folder, cases, corpus


def _by_name(corpus):
    articles = {Path(a.path).name: a for a in corpus.articles}
    skipped = {Path(s.path).name: s.reason for s in corpus.skipped}
    return articles, skipped


def test_every_unreadable_file_is_skipped_with_a_reason_a_person_understands(loaded):
    _, _, corpus = loaded
    _, skipped = _by_name(corpus)
    assert skipped == {
        "empty.txt": "is empty",
        "whitespace.txt": "is empty (only whitespace)",
        "picture.txt": "is a binary file (PNG image)",
        "document.txt": "is a binary file (PDF document)",
        "script_only.html": "has no article text",
        "loop_a.txt": "is a symbolic link loop",
        "loop_b.txt": "is a symbolic link loop",
        "unreadable.txt": "cannot be read: Permission denied",
        "vanishing.txt": "no longer exists (it was removed or renamed)",
    }


def test_everything_readable_loads(loaded):
    folder, cases, corpus = loaded
    articles, skipped = _by_name(corpus)
    assert set(articles) | set(skipped) == {
        p.name for p in cases.values() if not p.is_dir() or p.is_symlink()
    } - {"loop_dir"}
    # the folder named x.html and the link to the folder itself are walked (not followed), not read
    assert "x.html" not in articles and "loop_dir" not in articles
    assert len({a.id for a in corpus.articles}) == len(corpus.articles)


def test_a_folder_named_like_an_article_is_refused_as_a_folder(loaded):
    _, cases, _ = loaded
    r = process_file(cases["dir_html"], Config())
    assert isinstance(r, Skipped) and r.reason == "is a folder"
    assert load_corpus([cases["dir_html"]], Config(), jobs=1, cache=False).articles == []


def test_damaged_but_readable_files_load_with_warnings_that_say_what_happened(loaded):
    _, _, corpus = loaded
    articles, _ = _by_name(corpus)
    w = {name: " | ".join(a.warnings) for name, a in articles.items()}
    assert "deeper than 512 levels was flattened" in w["deep.html"]
    assert "Deep inside the nesting" in articles["deep.html"].body
    assert "read as Windows-1252" in w["cp1252.txt"]
    assert articles["cp1252.txt"].body == "The minister said “we will not” — and left …"
    assert "longer than 2,000,000 characters; the rest was cut" in w["long_line.txt"]
    assert len(articles["long_line.txt"].body) <= 2_000_000
    for name in ("display_attack.txt", "display_attack.html", "display_attack.md"):
        assert "shown as symbols" in w[name], name
    assert articles["utf16.txt"].body == "The envoy said “talks resume” in Kabul."
    assert articles["utf16.txt"].published == dt.date(2020, 4, 1)


def test_mixed_line_endings_read_as_if_they_were_all_newlines(loaded, tmp_path):
    _, cases, corpus = loaded
    articles, _ = _by_name(corpus)
    lf = tmp_path / "mixed_endings.txt"
    lf.write_bytes(
        cases["mixed_endings"].read_bytes().replace(b"\r\n", b"\n").replace(b"\r", b"\n")
    )
    same = process_file(lf, Config())
    assert articles["mixed_endings.txt"].body == same.body
    assert "\r" not in same.body and same.body.startswith(
        "First paragraph, with CRLF.\n\nSecond, with CR only."
    )


def test_html_without_body_or_with_unclosed_tags_keeps_its_text(loaded):
    _, _, corpus = loaded
    articles, _ = _by_name(corpus)
    nb = articles["no_body.html"].body
    assert "The talks resumed on Sunday" in nb and "Prisoners would be released" in nb
    un = articles["unclosed.html"]
    assert "The first paragraph is never closed" in un.body
    assert "that never ends, officials said." in un.body
    assert "The last words of the article come here" in un.body
    assert "hidden" not in un.body  # inside the unclosed comment


def _offsets_inside(a: Article) -> None:
    n = len(a.body)
    for m in a.mentions:
        assert 0 <= m.start < m.end <= n and a.body[m.start : m.end] == m.text
    for t in a.timexes:  # the body's dates, or a photo caption's
        src = a.text_of(t)
        assert 0 <= t.start < t.end <= len(src) and src[t.start : t.end] == t.text
    for f in a.figures:
        assert 0 <= f.start < f.end <= n and a.body[f.start : f.end] == f.text
    for q in a.quotes:
        assert 0 <= q.start < q.end <= n
        if q.speaker_start is not None:
            assert 0 <= q.speaker_start < q.speaker_end <= n


def test_every_offset_lies_inside_its_body(loaded):
    _, _, corpus = loaded
    for a in corpus.articles:
        _offsets_inside(a)
    bodies = {a.id: a.body for a in corpus.articles}
    for e in corpus.timeline:
        for m in e.mentions:
            body = bodies[m.article]
            assert body[m.sentence_start : m.sentence_start + len(m.sentence)] == m.sentence


def test_no_text_of_the_model_carries_a_control_character(loaded):
    """Only ``path`` keeps the file name exactly (to open it); every text shown is visible."""
    _, _, corpus = loaded
    for key, s in model_strings(corpus.to_dict()):
        if key != "path":
            assert not UNSAFE.search(s), (key, ascii(s[:200]))
    evil = next(a for a in corpus.articles if a.path.endswith("\u202e.txt"))
    assert evil.id == "name␛]0;pwned␇⟨U+202E⟩"
    attack = next(a for a in corpus.articles if a.id == "display_attack")
    for text in (
        "[bold red]ALARM[/]",
        "[@click=app.quit]click here[/]",
        "[link=file:///etc/passwd]",
        "a lone [",
        "␛[31mred text␛[0m",
        "␛]52;c;cm0gLXJmIH4K␇",
        "⟨U+202E⟩desrever",
        DISPLAY_ATTACKS["long_word"],
    ):
        assert text in attack.body  # inert, visible, and not lost


def test_quotes_and_dates_gone_wrong_load_and_stay_sane(loaded):
    _, _, corpus = loaded
    articles, _ = _by_name(corpus)
    q = articles["quotes_gone_wrong.txt"]
    marks = sum(q.body.count(c) for c in '“”"‘’«»„')
    assert (
        0 < len(q.quotes) <= marks
    )  # paired what could be paired; one mark never makes two quotes
    ends = sorted((x.start, x.end) for x in q.quotes if x.kind != "indirect")
    assert all(b[0] >= a[1] for a, b in zip(ends, ends[1:]))  # no direct quotes overlapping
    d = articles["dates_gone_wrong.txt"]
    assert d.published is None or dt.date(1900, 1, 1) <= d.published <= dt.date(2100, 1, 1)
    for a in corpus.articles:
        for t in a.timexes:
            # a full date must be a real calendar date ("February 30", "2020-13-45" are not)
            if (
                len(t.value) >= 10
                and t.value[:4].isdigit()
                and t.value[4] == "-"
                and t.value[5:7].isdigit()
            ):
                dt.date.fromisoformat(t.value[:10])
    assert not any(t.text in ("February 30", "2020-13-45") for t in d.timexes)


# --------------------------------------------------------------------------- bounded work


def test_the_100000_deep_page_is_flattened_at_the_configured_depth(loaded):
    _, cases, _ = loaded
    a = process_file(cases["deep_html"], limits(max_html_depth=50))
    assert isinstance(a, Article) and "Deep inside the nesting" in a.body
    assert any("deeper than 50 levels" in w for w in a.warnings)


def test_the_5mb_line_is_cut_at_the_configured_sizes(loaded):
    _, cases, _ = loaded
    a = process_file(cases["long_line"], limits(max_file_bytes=300_000, max_body_chars=100_000))
    assert len(a.body) <= 100_000
    assert any("larger than 300,000 bytes" in w for w in a.warnings)
    assert any("longer than 100,000 characters" in w for w in a.warnings)
    _offsets_inside(a)


def test_the_time_limit_stops_analysis_with_a_warning_and_keeps_the_text(loaded):
    _, cases, _ = loaded
    a = process_file(cases["long_line"], limits(max_seconds_per_article=0))
    assert len(a.body) > ANALYSIS_CHUNK_CHARS
    stopped = [w for w in a.warnings if w.startswith("analysis stopped")]
    assert stopped == [
        f"analysis stopped after 0 seconds (extraction.limits.max_seconds_per_article) at "
        f"character 0 of {len(a.body):,}; the rest is shown as text only"
    ]
    assert a.mentions == [] and a.body.startswith("word, word,")


def test_a_stopped_analysis_is_not_cached():
    from tui.load.cache import cacheable

    a = Article(
        id="x",
        path="x.txt",
        format="text",
        body="x",
        warnings=["analysis stopped after 1 seconds ..."],
    )
    assert not cacheable(a)


def test_long_texts_are_analysed_in_pieces_with_offsets_into_the_whole_text():
    para = "Zalmay Khalilzad said on Sunday that “talks will resume,” and 5,000 prisoners would be freed."
    text = "\n\n".join([para] * 3000)  # ~290,000 characters: three pieces
    assert len(text) > 2 * ANALYSIS_CHUNK_CHARS
    result, warning = analyze_bounded(text, dt.date(2020, 4, 1), Config())
    assert warning is None
    for items in (result.mentions, result.timexes, result.figures):
        assert items and all(text[x.start : x.end] == x.text for x in items)
    assert len(result.timexes) == 3000 and len(result.quotes) >= 3000
    assert all(
        text[q.speaker_start : q.speaker_end] for q in result.quotes if q.speaker_start is not None
    )
    # each piece ends at a paragraph: every paragraph gives the same findings
    assert len({x.value for x in result.timexes}) == 1


@pytest.mark.hostile_big
def test_the_whole_hostile_corpus_with_the_50mb_article_loads(tmp_path):
    """Default size limits cut the 50 MB article at 20 MB read and 2,000,000 characters of
    text; a time limit of one second cuts its analysis (the default of 10 would only make
    the test slower)."""
    cases = make_hostile_corpus(tmp_path, big=True)
    corpus = load_corpus([tmp_path], limits(max_seconds_per_article=1), jobs=1, cache=False)
    huge = next(a for a in corpus.articles if a.path == str(cases["huge"]))
    assert any("larger than 20,000,000 bytes; only that much was read" in w for w in huge.warnings)
    assert any("longer than 2,000,000 characters; the rest was cut" in w for w in huge.warnings)
    assert 1_000_000 < len(huge.body) <= 2_000_000
    assert any(w.startswith("analysis stopped after 1 seconds") for w in huge.warnings)
    assert huge.mentions  # what was analysed before the limit is kept
    for a in corpus.articles:
        _offsets_inside(a)


def test_worker_processes_give_the_same_corpus_as_one_process(hostile_dir, monkeypatch):
    """The hostile articles survive the trip through worker processes (pickling, forkserver)."""
    import json

    import tui.load.articles as articles_mod

    serial = load_corpus([hostile_dir], Config(), jobs=1, cache=False)
    monkeypatch.setattr(articles_mod, "SERIAL_BELOW", 1)
    parallel = load_corpus([hostile_dir], Config(), jobs=2, cache=False)
    assert json.dumps(parallel.to_dict(), sort_keys=True) == json.dumps(
        serial.to_dict(), sort_keys=True
    )


def test_a_year_of_five_digits_is_not_cut_to_four():
    """ "December 31, 99999": the date is "December 31" (no year), not "December 31, 9999"."""
    from tui.analysis.timex import tag_timexes

    for text, span in [
        ("until December 31, 99999, or", "December 31"),
        ("on March 3, 12345.", "March 3"),
        ("on March 3, 2020, officials", "March 3, 2020"),
    ]:
        (t,) = tag_timexes(text, dt.date(2020, 4, 1))
        assert t.text == span
        assert not t.value.startswith(("9999", "1234"))
