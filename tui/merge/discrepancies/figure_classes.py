"""Figure classes: which counting nouns, events and currencies count the same kind of thing.

Data tables (news counting nouns and their synonyms, nouns that count people, the events
that say what a count of people counts) and :func:`figure_class`, which reads them.
"""

from __future__ import annotations

import re

from tui.model import Figure

# --------------------------------------------------------------------------- figure classes

#: News counting nouns that mean the same kind of thing (lemma -> class).
FIGURE_SYNONYMS: dict[str, str] = {
    "prisoner": "prisoner",
    "detainee": "prisoner",
    "captive": "prisoner",
    "inmate": "prisoner",
    "convict": "prisoner",
    "prisoners-of-war": "prisoner",
    "pow": "prisoner",
    "hostage": "hostage",
    "abductee": "hostage",
    "death": "killed",
    "fatality": "killed",
    "dead": "killed",
    "body": "killed",
    "casualty": "casualty",
    "injury": "wounded",
    "wounded": "wounded",
    "injured": "wounded",
    "infection": "infected",
    "refugee": "displaced",
    "evacuee": "displaced",
    "vote": "vote",
    "ballot": "vote",
}
#: Nouns that count people; what happened to them (the clause's event) says what is counted.
PEOPLE_NOUNS = {
    # generic
    "people": "any",
    "person": "any",
    "member": "any",
    "individual": "any",
    "victim": "any",
    # civilians
    "civilian": "civilian",
    "child": "civilian",
    "woman": "civilian",
    "man": "civilian",
    "resident": "civilian",
    "villager": "civilian",
    "passenger": "civilian",
    "student": "civilian",
    "worshipper": "civilian",
    "pilgrim": "civilian",
    "patient": "civilian",
    "worker": "civilian",
    "employee": "civilian",
    "journalist": "civilian",
    "protester": "civilian",
    "demonstrator": "civilian",
    "migrant": "civilian",
    "refugee": "civilian",
    "girl": "civilian",
    "boy": "civilian",
    "teacher": "civilian",
    "doctor": "civilian",
    # armed forces and fighters
    "soldier": "armed",
    "troop": "armed",
    "force": "armed",
    "fighter": "armed",
    "militant": "armed",
    "insurgent": "armed",
    "police": "armed",
    "policeman": "armed",
    "officer": "armed",
    "guard": "armed",
    "commander": "armed",
    "personnel": "armed",
    "recruit": "armed",
    "marine": "armed",
    "combatant": "armed",
    "rebel": "armed",
    "gunman": "armed",
    "jihadist": "armed",
    "sailor": "armed",
    "serviceman": "armed",
    # office holders
    "official": "official",
    "diplomat": "official",
    "lawmaker": "official",
    "minister": "official",
}
#: Events that make a count of people a count of prisoners.
EVENT_CLASS = {
    "killed": "killed",
    "wounded": "wounded",
    "released": "prisoner",
    "held": "prisoner",
    "displaced": "displaced",
    "infected": "infected",
}
#: Classes worth flagging when only one source gives them.
NOTABLE = {"prisoner", "hostage", "killed", "casualty", "wounded", "displaced", "infected"}
CLASS_LABEL = {
    "prisoner": "prisoners",
    "hostage": "hostages",
    "killed": "deaths",
    "casualty": "casualties",
    "wounded": "people wounded",
    "displaced": "people displaced",
    "infected": "infections",
    "vote": "votes",
}
MONEY = {
    "$",
    "€",
    "£",
    "¥",
    "₹",
    "A$",
    "C$",
    "NZ$",
    "HK$",
    "Rs",
    "yuan",
    "afghanis",
    "rubles",
    "francs",
}


def figure_class(fig: Figure) -> tuple[str, str] | None:
    """(class, kind of people) of a figure, or None when it counts nothing comparable.

    "5,000 Taliban prisoners" -> ("prisoner", "any"); "27 people were killed" ->
    ("killed", "any"); "20 members of the security forces" killed -> ("killed", "armed");
    "$1 billion in aid" -> ("money:$:aid", "any"); "12% of the vote" -> ("percent:vote", "any").
    """
    unit = fig.unit or ""
    head = (fig.head or "").lower()
    if unit in MONEY:
        return f"money:{unit}:{head}" if head else f"money:{unit}", "any"
    if unit == "%":
        return (f"percent:{head}", "any") if head else None
    if not head:
        return None
    if head == "case" and fig.event == "infected":
        return "infected", "any"  # "34 confirmed cases"; other cases (in court) are things
    if head in FIGURE_SYNONYMS:
        cls = FIGURE_SYNONYMS[head]
        if cls == "displaced" and fig.event in ("killed", "wounded"):
            cls = fig.event
        return cls, "any"
    if head in PEOPLE_NOUNS or demonym(fig):
        kind = PEOPLE_NOUNS.get(head, "any")
        if fig.event in EVENT_CLASS:
            return EVENT_CLASS[fig.event], kind
        return f"people:{head}", kind
    return f"thing:{head}", "any"


def demonym(fig: Figure) -> bool:
    """ "12 Americans", "3,000 Britons": a capitalised plural after a number counts people."""
    unit = fig.unit or ""
    if not unit.endswith("s"):
        return False
    for m in re.finditer(r"[A-Z][a-z]+s\b", fig.text):
        if m.group(0).lower() == unit:
            return True
    return False


#: Heads that count people in general: one may stand for another in a casualty count.
GENERIC_HEADS = frozenset(
    "people person victim death dead fatality casualty body individual".split()
)


CUMULATIVE = {"killed", "wounded", "casualty", "infected", "displaced", "prisoner", "hostage"}


EVENT_NOUNS = {
    "deaths",
    "death",
    "fatalities",
    "casualties",
    "dead",
    "bodies",
    "injuries",
    "wounded",
    "injured",
    "refugees",
    "evacuees",
}
