"""Component "participation": who chaired or attended at which bridge point, the provinces taking part, the
central chair; and (after the home province is known) the home province's own leader."""

from __future__ import annotations

from .facts import Chair
from .participation import (
    find_central_chair,
    find_chairs,
    find_home_leader,
    find_people,
    find_titled_people,
    participating,
)
from .pipeline import Work


def read(work: Work) -> None:
    """The bridge points' chairs, the provinces taking part and those only mentioned, the central chair."""
    doc, facts, gaz = work.doc, work.facts, work.lex.gazetteer
    work.chairs_raw = find_chairs(doc.text, gaz, work.lex)
    body = "\n".join(doc.para_text(p) for p in doc.paragraphs if p.kind != "title")
    facts.provinces, facts.mentioned_provinces = participating(body, doc.title, gaz, work.chairs_raw, work.lex)
    facts.central_chair = find_central_chair(doc.lead, work.lex)
    for c in work.chairs_raw:
        facts.chairs.append(Chair(c.province, c.name, c.title, c.verb, work.sentence_at(c.start), c.start, c.end))


def add_home_leader(work: Work) -> None:
    """The province's lead person at its own meeting, visit or inspection (not a bridge point of a national
    conference): looked for in the first paragraphs, then in the whole text. With no home province, only a title
    that names its province, or the one province the article names, says whose leader it is."""
    doc, facts, home, gaz = work.doc, work.facts, work.home, work.lex.gazetteer
    text = doc.text
    if home is not None and _add_own_bridge(work, home):
        return
    if home is None and any(not c.at_bridge or c.province for c in facts.chairs):
        return
    lex = work.lex
    people = (
        find_titled_people(text, gaz, lex)
        | find_people(text, lex)
        | {c.name: c.title for c in work.chairs_raw if c.title}
    )
    named = set(facts.provinces) | set(facts.mentioned_provinces)
    sole = named.pop() if len(named) == 1 else None
    top_end = doc.paragraphs[min(7, len(doc.paragraphs) - 1)].end if doc.paragraphs else 0
    leader = find_home_leader(text[:top_end], home, gaz, people, sole, lex=lex) or find_home_leader(
        text, home, gaz, people, sole, lex=lex
    )
    if leader is None or any(c.province == leader.province for c in facts.chairs):
        return
    at = work.sentence_at(leader.start)
    facts.chairs.append(
        Chair(leader.province, leader.name, leader.title, leader.verb, at, leader.start, leader.end, at_bridge=False)
    )
    if leader.province not in facts.provinces:
        facts.provinces.append(leader.province)


def _add_own_bridge(work: Work, home: str) -> bool:
    """Who chaired or attended at the bridge point the text leaves unnamed ("Tại điểm cầu tỉnh, đồng chí …, Phó Chủ
    tịch UBND tỉnh chủ trì"): the home province's, which is known only now. Whether any was found."""
    known = {(c.province, c.name) for c in work.chairs_raw}
    found = [
        c for c in find_chairs(work.doc.text, work.lex.gazetteer, work.lex, home) if (c.province, c.name) not in known
    ]
    for c in found:
        work.chairs_raw.append(c)
        work.facts.chairs.append(Chair(c.province, c.name, c.title, c.verb, work.sentence_at(c.start), c.start, c.end))
    return bool(found)
