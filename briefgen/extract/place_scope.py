"""Component "place_scope": the scope each paragraph speaks of — a province, or the nation — carried from one
paragraph to the next; and a sentence's own scope within its paragraph's."""

from __future__ import annotations

from typing import TYPE_CHECKING

from . import directives as D
from .pipeline import Work

if TYPE_CHECKING:
    from ..lexicon import Lexicon

NATION = "quốc gia"


def read(work: Work) -> None:
    """A province's own news (its title or lead names it, no central leader chairs) speaks of that province unless a
    paragraph names the nation; a report of a national conference speaks of the nation unless it names the
    province."""
    chair = work.facts.central_chair or ""
    central = chair and not D.is_provincial(chair, work.lex)
    own_news = work.home if work.home and not central else None
    scope = own_news or NATION
    for p in work.doc.paragraphs:
        scope = paragraph_scope(work.doc.para_text(p), scope, work.lex, work.home, own_news)
        work.para_scopes.append(scope)


def paragraph_scope(
    para: str, previous: str, lex: Lexicon, home: str | None = None, own_news: str | None = None
) -> str:
    """ "Tại tỉnh Lào Cai, …" speaks of Lào Cai; "Bên cạnh đó, …" or "toàn tỉnh" carries the scope before it."""
    named = _named_local(para, lex)
    if named:
        return named
    anaphor = lex.re("place_scope.anaphor")
    if previous != NATION and (lex.re("place_scope.continued_paragraph").match(para) or anaphor.search(para[:60])):
        return previous
    if home and anaphor.search(para[:80]):
        return home
    if own_news and not lex.re("place_scope.national_subject").search(para[:60]):
        return own_news
    return NATION


def sentence_scope(sent: str, para_scope: str, lex: Lexicon) -> str:
    """A sentence that opens on a province speaks of it; one whose subject is the nation, of the nation."""
    named = _named_local(sent, lex)
    if named:
        return named
    if para_scope != NATION and lex.re("place_scope.national_subject").search(sent[:40]):
        return NATION
    return para_scope


def _named_local(text: str, lex: Lexicon) -> str | None:
    """The province a text opens on: "Tại tỉnh Lào Cai, …", "Riêng thành phố Hà Nội …"."""
    m = lex.re("place_scope.local_scope").match(text)
    if m:
        mentions = lex.gazetteer.find_mentions(text[m.end() : m.end() + 40])
        if mentions:
            return mentions[0].province.name
    return None
