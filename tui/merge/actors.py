"""Merging mentions into actors across the corpus: ``merge_actors``.

Every mention of every article is linked (``mention.actor``) to one actor. The rules,
in the order they apply:

* **Same spelling.** Surface forms are compared normalised: case, "the", periods and
  curly apostrophes do not count ("the Taliban" = "Taliban", "U.S." = "US").
* **Places** merge by the country the gazetteer knows them as ("U.S.", "United States",
  "America"; "Afghanistan", "Islamic Republic of Afghanistan").
* **People.** Full names merge when first and last name agree, or when one is the
  other with middle names ("Mohammad Ashraf Ghani" = "Ashraf Ghani"). Two full names
  with the same surname and different first names stay apart. A bare surname
  ("Ghani", "Mrs. Clinton") or a given name alone ("Hillary") is decided per mention
  by :mod:`tui.merge.people`: the person the evidence (sex, office, salience in the
  article, the story) points to, else a surname-only actor marked ambiguous
  (``Actor.candidates``).
* **Organisations.** Names merge on their *core*: the name without a country or
  nationality ("Afghan", "of Afghanistan") and without an "Office of the" wrapper, kept
  apart by that country: "Afghan National Security Council", "National Security
  Council of Afghanistan" and "Office of the Afghan National Security Council" are one;
  a U.S. National Security Council would be another. A short form ("the Security
  Council", "the Council", "National Security Council") joins the one longer name
  that ends with it, and only when exactly one is plausible in the corpus (else the
  nearest one before it in the same article); a head word alone that stands for none
  ("the Party" with two parties named) is dropped. An institution named by its head word
  ("the Senate", "the House") is never short for a longer name ending with it ("White
  House"), nor merged into its committees. An acronym joins the one name whose initials
  it spells ("ICRC"); spellings that differ in a word's ending meet ("Democrat(ic)
  National Committee"), and a well-known alias joins its name ("GOP", from
  ``tui/analysis/data/org_aliases.txt``).
* **Config** (``actors:`` rules) refines the result: aliases force a merge, ``ignore``
  drops the mentions, ``kind`` overrides, ``role`` adds a role.

Everything is indexed by tokens (surname, last word of the core, initials), so the
cost grows with the number of mentions, not with articles x actors.
"""

from __future__ import annotations

import re
import unicodedata
from collections import Counter, defaultdict

from tui.analysis.actor_words import BODY_HEADS, INSTITUTIONS_ALONE, ORG_HEADS
from tui.analysis.gazetteer import gazetteer
from tui.kinds import MentionKind
from tui.load.cancel import checkpoint
from tui.merge.dsu import DisjointSet
from tui.merge.people import person_tokens, resolve_bare_names
from tui.model import Actor, Article, Mention, Role

_NICK = re.compile(r"\s*[“\"][^”\"]{1,30}[”\"]")
_SPACE = re.compile(r"\s+")
_STOP = frozenset("of the for and on in at to de du da di del la le van von der".split())
# An "Office of the X" wrapper around an organisation: treated as that organisation.
_OFFICE_OF = re.compile(r"^office of (?:the )?", re.I)


def norm(text: str) -> str:
    """The comparison form of a surface: lower case, no "the", no periods, straight apostrophes."""
    t = _NICK.sub(" ", text)
    t = t.replace("’", "'").replace(".", "").lower()
    t = _SPACE.sub(" ", t).strip()
    if t.startswith("the "):
        t = t[4:]
    if t.endswith("'s"):
        t = t[:-2]
    return t


def slug(name: str) -> str:
    s = unicodedata.normalize("NFKD", name)
    s = "".join(c for c in s if not unicodedata.combining(c)).lower()
    s = re.sub(r"[^a-z0-9]+", "-", s).strip("-")
    return s or "actor"


def merge_actors(articles: list[Article], config=None) -> list[Actor]:
    """Merge the mentions of all ``articles`` into actors; set ``mention.actor`` on each."""
    g = gazetteer()
    rules = list(getattr(config, "actors", None) or [])
    m = _collect(articles, rules)
    uf = DisjointSet()
    for k in m.key.values():
        uf.find(k)
    _merge_places(m.key, uf, g)
    full_names = _merge_people(m.key, uf, g)
    short_forms = _merge_orgs(m.key, uf, g)
    _merge_by_rules(m.key, uf, m.rule_of)
    roots = uf.roots()  # no union comes after this point
    root_of = roots.get
    bare = resolve_bare_names(m.items, m.key, root_of, full_names, articles, m.rule_of)
    assign = _assign(m, root_of, short_forms, bare.root, g)
    return _build_actors(articles, m, assign, rules, bare.candidates, g)


class _Mentions:
    """Every mention of the corpus with its normalised surface, and what each surface is."""

    def __init__(self) -> None:
        self.items: list[tuple[int, int, Mention, str]] = []  # (article, position, mention, norm)
        self.surf_kind: dict[str, MentionKind] = {}  # the kind most mentions give a surface
        self.key: dict[str, tuple] = {}  # surface -> (first-seen order, kind, norm)
        self.rule_of: dict[str, int] = {}  # surface -> index of the config rule naming it


def _collect(articles: list[Article], rules) -> _Mentions:
    """Every mention with its normalised surface (an ignore rule's mentions dropped); the
    kind of a surface is the one most mentions give it (a name tagged PERSON once and ORG
    twice is an ORG), unless a config rule says otherwise."""
    out = _Mentions()
    ignored = set()
    for r in rules:
        if r.ignore:
            ignored.add(norm(r.name))
            ignored.update(norm(a) for a in r.aliases)
    kind_votes: dict[str, Counter[MentionKind]] = defaultdict(Counter)
    norm_of: dict[str, str] = {}  # surfaces repeat: normalise each once

    def cnorm(text: str) -> str:
        n = norm_of.get(text)
        if n is None:
            n = norm_of[text] = norm(text)
        return n

    for ai, art in enumerate(articles):
        checkpoint()
        if ignored:
            art.mentions = [m for m in art.mentions if cnorm(m.text) not in ignored]
        for pi, m in enumerate(art.mentions):
            m.actor = None
            n = cnorm(m.text) or m.text.strip().lower() or "?"
            out.items.append((ai, pi, m, n))
            kind_votes[n][m.kind] += 1
    forced_kind: dict[str, MentionKind] = {}
    for ri, r in enumerate(rules):
        if r.ignore:
            continue
        for a in [r.name, *r.aliases]:
            out.rule_of[norm(a)] = ri
            if r.kind:
                forced_kind[norm(a)] = r.kind
    for n, votes in kind_votes.items():
        out.surf_kind[n] = (
            forced_kind.get(n) or sorted(votes.items(), key=lambda kv: (-kv[1], kv[0]))[0][0]
        )
    order: dict[str, int] = {}
    for _, _, _, n in out.items:
        order.setdefault(n, len(order))
    out.key = {n: (order[n], out.surf_kind[n], n) for n in order}
    return out


def _merge_places(key: dict, uf: DisjointSet, g) -> None:
    """Places: one key per country ("U.S.", "United States", "America")."""
    by_country: dict[str, tuple] = {}
    for n, k in key.items():
        if k[1] != "GPE":
            continue
        cc = _country_of_place(n, g)
        if cc:
            if cc in by_country:
                uf.union(by_country[cc], k)
            else:
                by_country[cc] = k


def _merge_by_rules(key: dict, uf: DisjointSet, rule_of: dict[str, int]) -> None:
    """The config's aliases force merges."""
    by_rule: dict[int, tuple] = {}
    for n, k in key.items():
        ri = rule_of.get(n)
        if ri is not None:
            if ri in by_rule:
                uf.union(by_rule[ri], k)
            else:
                by_rule[ri] = k


def _assign(
    m: _Mentions, root_of, short_forms, bare_root: dict[int, tuple], g
) -> list[tuple | None]:
    """The root of every mention, in item order.

    A short organisation name goes to the one candidate plausible in its article: named
    there, or of a country the article names (a "Security Council" in an Afghan article
    is Afghanistan's); with several, to the nearest one before it. A bare person name
    goes where :mod:`tui.merge.people` decided. Otherwise a mention stays with its own
    name's actor."""
    items, key = m.items, m.key
    art_roots: dict[int, set] = defaultdict(set)
    art_countries: dict[int, set[str]] = defaultdict(set)
    for idx, (ai, _, _, n) in enumerate(items):
        if n in short_forms or idx in bare_root:
            continue
        k = key[n]
        art_roots[ai].add(root_of(k, k))
        if k[1] == "GPE":
            cc = _place_country(n, g)
            if cc:
                art_countries[ai].add(cc)
    assign: list[tuple | None] = []
    last_seen: dict[int, dict[tuple, int]] = defaultdict(dict)  # article -> root -> last position
    # a short form's candidates with their roots, and how many roots they make (once per form)
    short_roots: dict[str, tuple[list, int]] = {}
    for idx, (ai, pi, _, n) in enumerate(items):
        if not idx & 4095:
            checkpoint()
        k = key[n]
        root = bare_root.get(idx) or root_of(k, k)
        if n in short_forms and n not in m.rule_of:
            resolved = short_roots.get(n)
            if resolved is None:
                pairs = [(root_of(v, v), cc) for v, cc in short_forms[n]]
                resolved = short_roots[n] = (pairs, len({r for r, _ in pairs}))
            cands, n_roots = resolved
            got = _resolve_short(cands, n_roots, art_roots[ai], art_countries[ai], last_seen[ai])
            # an institution's head word alone that stands for none of the story's
            # institutions ("the Party" with two parties named) is no actor: dropped
            root = got or (None if n in ORG_HEADS and n not in INSTITUTIONS_ALONE else root)
        assign.append(root)
        if root is not None:
            last_seen[ai][root] = pi
    return assign


def _build_actors(articles, m: _Mentions, assign, rules, ambiguous, g) -> list[Actor]:
    """One actor per root, in order of first mention; every mention gets its actor's id
    and kind. ``ambiguous``: pseudo-roots of bare names the evidence did not decide ->
    the roots they may stand for."""
    clusters: dict[tuple, list[int]] = {}
    dropped: list[int] = []  # mentions that stand for no actor
    for idx, root in enumerate(assign):
        if root is None:
            dropped.append(idx)
        else:
            clusters.setdefault(root, []).append(idx)
    actors: list[Actor] = []
    used_ids: set[str] = set()
    id_of: dict[tuple, str] = {}
    article_ids = [a.id for a in articles]
    for root, idxs in sorted(clusters.items(), key=lambda kv: kv[1][0]):
        ms = [m.items[i] for i in idxs]
        actor = _make_actor(ms, m, rules, article_ids, used_ids, g)
        id_of[root] = actor.id
        actors.append(actor)
    for ai in sorted({m.items[i][0] for i in dropped}):
        articles[ai].mentions = [x for x in articles[ai].mentions if x.actor is not None]
    by_id = {a.id: a for a in actors}
    for pseudo, cands in ambiguous.items():
        # the people it may stand for, the most mentioned first
        ids = sorted(
            {id_of[c] for c in cands if c in id_of}, key=lambda i: (-by_id[i].mention_count, i)
        )
        if pseudo in id_of and ids:
            by_id[id_of[pseudo]].candidates = ids
    return actors


def _make_actor(ms, m: _Mentions, rules, article_ids, used_ids: set[str], g) -> Actor:
    """The actor of one cluster of mentions: kind and name by vote (or by config rule),
    aliases by frequency, roles with the articles that give them."""
    kinds = Counter(m.surf_kind[n] for _, _, _, n in ms)
    ri = next((m.rule_of[n] for _, _, _, n in ms if n in m.rule_of), None)
    rule = rules[ri] if ri is not None else None
    kind = (rule.kind if rule and rule.kind else None) or sorted(
        kinds.items(), key=lambda kv: (-kv[1], kv[0])
    )[0][0]
    name = rule.name.strip() if rule else _canonical_name(ms, kind, g)
    aid = slug(name)
    if aid in used_ids:
        i = 2
        while f"{aid}-{i}" in used_ids:
            i += 1
        aid = f"{aid}-{i}"
    used_ids.add(aid)
    surfaces = Counter(x.text for _, _, x, _ in ms)
    aliases = sorted(surfaces, key=lambda s: (-surfaces[s], s))
    arts_in = sorted({ai for ai, _, _, _ in ms})
    # roles with the articles that use them, in corpus order (mentions come in that order)
    role_arts: dict[str, tuple[str, set[int]]] = {}
    for ai, _, x, _ in ms:
        if x.role:
            entry = role_arts.setdefault(norm(x.role), (x.role, set()))
            entry[1].add(ai)
    if rule and rule.role:
        role_arts.setdefault(norm(rule.role), (rule.role, set()))[1].update(arts_in)
    roles = [Role(text, [article_ids[i] for i in sorted(ais)]) for text, ais in role_arts.values()]
    for _, _, x, _ in ms:
        x.actor = aid
        x.kind = kind
    return Actor(
        id=aid,
        name=name,
        kind=kind,
        aliases=aliases,
        roles=roles,
        articles=[article_ids[i] for i in arts_in],
        mention_count=len(ms),
    )


# --------------------------------------------------------------------------- places


def _country_of_place(n: str, g) -> str | None:
    """The country a place name stands for, only when it *is* a country ("US", "Afghanistan")."""
    lower = g.places_lower
    spelled = lower.get(n) or lower.get(n.replace(" ", ".") + ".") or _dotted(n, lower)
    if spelled is None:
        return None
    if g.places.get(spelled) not in ("country", "code"):
        return None
    return g.place_country.get(spelled) or None


def _dotted(n: str, lower: dict) -> str | None:
    # "us" -> "u.s."; "uk" -> "u.k."
    if 2 <= len(n) <= 4 and n.isalpha():
        return lower.get(".".join(n) + ".")
    return None


def _place_country(n: str, g) -> str | None:
    """The country of any known place (a city or region counts: "Kabul" -> AF)."""
    lower = g.places_lower
    spelled = lower.get(n) or _dotted(n, lower)
    return (g.place_country.get(spelled) or None) if spelled else None


def _resolve_short(
    cands, n_roots: int, roots_here: set, countries_here: set[str], seen: dict
) -> tuple | None:
    """The actor a short organisation name stands for in one article, or None.
    ``cands``: (root, country) of each candidate; ``n_roots``: how many roots they make."""
    plausible = []
    for r, cc in cands:
        if r in roots_here:
            ok = True  # the article names it in full
        elif n_roots == 1:
            # the only candidate in the corpus, unless the article is about another country
            ok = not (cc and countries_here and cc not in countries_here)
        else:
            ok = bool(cc and cc in countries_here)
        if ok and r not in plausible:
            plausible.append(r)
    if len(plausible) == 1:
        return plausible[0]
    best, best_pos = None, -1
    for r in plausible:
        p = seen.get(r, -1)
        if p > best_pos:
            best, best_pos = r, p
    return best


# --------------------------------------------------------------------------- people


def _merge_people(key: dict, uf: DisjointSet, g) -> dict[str, list[str]]:
    """Union the full names of one person; return every person's full name (normalised)
    with its name tokens. Bare surnames and given names are decided per mention later
    (:mod:`tui.merge.people`)."""
    full: dict[str, list[str]] = {}
    for n, k in key.items():
        if k[1] == "PERSON":
            toks = person_tokens(n)
            if len(toks) >= 2:
                full[n] = toks
    # (first, last) -> key; names with middle names also register (middle, last)
    pair: dict[tuple[str, str], tuple] = {}
    for n in sorted(full, key=lambda x: (len(full[x]), key[x][0])):
        toks = full[n]
        k = key[n]
        p = (toks[0], toks[-1])
        if p in pair:
            uf.union(pair[p], k)
        else:
            pair[p] = k
    for n, toks in full.items():
        if len(toks) >= 3:
            for mid in toks[1:-1]:
                other = pair.get((mid, toks[-1]))
                if other is not None:
                    uf.union(other, key[n])
    return full


# --------------------------------------------------------------------------- organisations


def _org_core(n: str, g) -> tuple[tuple[str, ...], str | None]:
    """(core tokens, country) of an organisation name: "afghan national security council" ->
    (("national", "security", "council"), "AF")."""
    country = None
    t = _OFFICE_OF.sub("", n) if n.startswith("office of ") and len(n.split()) > 3 else n
    toks = t.split()
    # "... of afghanistan" at the end
    if len(toks) >= 3 and toks[-2] == "of":
        cc = _country_word(toks[-1], g)
        if cc:
            country = cc
            toks = toks[:-2]
        elif len(toks) >= 4 and toks[-3] == "of" and toks[-2] == "the":
            pass
    # a country or nationality word at the front: "afghan", "us", "afghanistan"
    while len(toks) >= 2:
        cc = _country_word(toks[0], g)
        if not cc:
            break
        country = country or cc
        toks = toks[1:]
    return tuple(_stem(t) for t in toks), country


def _stem(word: str) -> str:
    """A word of an organisation's name, less an ending that varies ("democrat(ic)",
    "associate(d|s)"): spellings of one name meet ("Democrat National Committee")."""
    return word[:6] if len(word) > 7 else word


def _country_word(w: str, g) -> str | None:
    cap = w[:1].upper() + w[1:]
    if cap in g.demonym_country:
        return g.demonym_country[cap] or None
    return _country_of_place(w, g)


def _initials(toks) -> str:
    return "".join(t[0] for t in toks if t not in _STOP and t)


def _merge_orgs(key: dict, uf: DisjointSet, g) -> dict[str, list[tuple[tuple, str | None]]]:
    """Union the names of one organisation; return short forms -> [(candidate key, its country)]."""
    cores: dict[str, tuple[tuple[str, ...], str | None]] = {
        n: _org_core(n, g) for n, k in key.items() if k[1] == "ORG"
    }
    by_core = _merge_same_core(cores, key, uf)
    _merge_aliases(cores, key, uf, g)
    short = _short_forms(cores, by_core, key)
    spelled = _merge_acronyms(cores, key, uf)
    _merge_openers(cores, key, uf, short, spelled)
    return short


def _merge_same_core(
    cores, key: dict, uf: DisjointSet
) -> dict[tuple[str, ...], dict[str | None, tuple]]:
    """Same core and same country: one organisation. Returns core -> country -> key."""
    by_core: dict[tuple[str, ...], dict[str | None, tuple]] = defaultdict(dict)
    for n in sorted(cores, key=lambda x: key[x][0]):
        core, cc = cores[n]
        slot = by_core[core]
        if cc in slot:
            uf.union(slot[cc], key[n])
        else:
            slot[cc] = key[n]
    return by_core


def _merge_aliases(cores, key: dict, uf: DisjointSet, g) -> None:
    """A name that is another's well-known alias ("GOP" for the Republican Party) joins it."""
    for n in cores:
        full = g.org_aliases.get(n)
        if full is not None and full in cores:
            uf.union(key[full], key[n])


def _short_forms(cores, by_core, key: dict) -> dict[str, list[tuple[tuple, str | None]]]:
    """Short forms: a name without a country whose core ends the core of longer names or of
    names that carry a country ("Security Council", "Council", "National Security
    Council"). They are resolved per mention, by the article's context (see ``_assign``).
    An institution named by its head word alone ("the Senate", "the House") may be a
    country's ("Nigerian Senate"), never short for a longer name that ends with that word
    ("White House")."""
    by_last: dict[str, set[tuple[str, ...]]] = defaultdict(set)
    for core in by_core:
        if core:
            by_last[core[-1]].add(core)
    short: dict[str, list[tuple[tuple, str | None]]] = {}
    for n, (core, cc) in cores.items():
        if not core or cc is not None:
            continue
        longer = [
            c
            for c in by_last.get(core[-1], ())
            if len(c) > len(core) and c[-len(core) :] == core and n not in INSTITUTIONS_ALONE
        ]
        cands = [(v, c_cc) for c in sorted(longer) for c_cc, v in by_core[c].items()]
        cands += [(v, c_cc) for c_cc, v in by_core[core].items() if c_cc is not None]
        cands = [(v, c_cc) for v, c_cc in cands if v != key[n]]
        if cands:
            short[n] = cands
    # candidates are complete names, not other short forms ("Council" -> the Afghan NSC,
    # not -> "Security Council")
    for n, cands in short.items():
        complete = [(v, c_cc) for v, c_cc in cands if v[2] not in short]
        short[n] = complete or cands
    return short


def _merge_acronyms(cores, key: dict, uf: DisjointSet) -> set[str]:
    """An acronym joins the one name whose initials spell it ("icrc"); returns those joined."""
    by_initials: dict[str, set[tuple]] = defaultdict(set)
    spelled: set[str] = set()
    for n, (core, _cc) in cores.items():
        toks = n.split()
        if len(toks) >= 2:
            by_initials[_initials(toks)].add(uf.find(key[n]))
            if len(core) >= 2:
                by_initials[_initials(core)].add(uf.find(key[n]))
    for n, k in key.items():
        if k[1] != "ORG" or " " in n or not (2 <= len(n) <= 6):
            continue
        roots = {uf.find(c) for c in by_initials.get(n, ())}
        roots.discard(uf.find(k))
        if len(roots) == 1:
            uf.union(next(iter(roots)), k)
            spelled.add(n)
    return spelled


def _merge_openers(cores, key: dict, uf: DisjointSet, short, spelled: set[str]) -> None:
    """A one-word name that opens exactly one longer name: "NBC" -> "NBC News", "Jones" ->
    "Jones Medical Industries Inc"; not where the longer name is a body of its own ("Senate"
    is not the "Senate Judiciary Committee"), nor an acronym that spells a name ("ESA" is
    the European Space Agency, not the "ESA Topical Team")."""
    by_first: dict[str, set[tuple]] = defaultdict(set)
    for n in cores:
        toks = n.split()
        if len(toks) >= 2 and toks[-1] not in BODY_HEADS:
            by_first[toks[0]].add(uf.find(key[n]))
    for n, k in key.items():
        if k[1] != "ORG" or " " in n or n in short or n in spelled or n in INSTITUTIONS_ALONE:
            continue
        roots = {uf.find(c) for c in by_first.get(n, ())}
        roots.discard(uf.find(k))
        if len(roots) == 1:
            uf.union(next(iter(roots)), k)


# --------------------------------------------------------------------------- naming


def _canonical_name(ms, kind: str, g) -> str:
    """The fullest common form: for people the longest full name, for others the most
    frequent of the longest forms, without "the"."""
    raw = Counter(m.text for _, _, m, _ in ms)
    counts: Counter = Counter()
    for text, c in raw.items():
        counts[_clean_surface(text)] += c
    if kind == "PERSON":
        best = max(counts, key=lambda s: (len(person_tokens(norm(s))), counts[s], -len(s)))
        # a nickname keeps its place but not its quote marks:
        # Austin "Scott" Miller -> Austin Scott Miller
        return _SPACE.sub(" ", re.sub(r"[“”\"]", "", best)).strip()
    if kind == "GPE":
        # a full name over an abbreviation ("United States" over "US"), then the most frequent
        return max(counts, key=lambda s: ("." not in s and not s.isupper(), counts[s], len(s)))

    # organisations: prefer names that carry their country, then the longest core
    # ("UN Security Council" over "Security Council"), then frequency, then the shorter spelling
    def score(s: str):
        core, cc = _org_core(norm(s), g)
        return (cc is not None, len(core), counts[s], -len(s))

    return max(counts, key=score)


def _clean_surface(s: str) -> str:
    s = _SPACE.sub(" ", s).strip()
    if s.lower().startswith("the "):
        s = s[4:]
    return s
