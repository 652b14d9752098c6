"""Extraction as a pipeline: named components run in a declared order over one Work, which carries the document,
its sentences (with offsets), the lexicon, the facts so far and what a component leaves for the next.

    participation -> directives -> tables -> home -> place_scope -> figures -> results -> themes

Each component is a function of one module that does one job (see COMPONENTS); it reads what the components before
it left on the Work and adds its own. Nothing re-reads another's output from text.
"""

from __future__ import annotations

import bisect
from collections.abc import Callable
from dataclasses import dataclass, field
from typing import TYPE_CHECKING

from ..corpus.model import Document
from ..text import sentence_spans
from .facts import Assignment, DocumentFacts, Figure, Sentence, Statement

if TYPE_CHECKING:
    from ..lexicon import Lexicon
    from .directives import RawAssignment
    from .participation import RawChair


def sentences_of(doc: Document) -> list[Sentence]:
    """The document's sentences with their paragraph, its kind and offsets (titles are not read)."""
    out = []
    for i, p in enumerate(doc.paragraphs):
        if p.kind == "title":
            continue
        for j, s in enumerate(sentence_spans(doc.text, p.start, p.end)):
            out.append(Sentence(s.start, s.end, i, p.kind, j == 0))
    return out


class Spans:
    """Character spans (the directives' tasks), asked whether they cover a position or start inside a range in
    O(log n): scanning them all for each figure and each sentence made extraction quadratic in the article's
    length (16,000 lines: 8.4 s)."""

    def __init__(self, spans: list[tuple[int, int]]):
        ordered = sorted(spans)
        self.starts = [a for a, _ in ordered]
        self.reach: list[int] = []  # the furthest end among the spans starting at or before each one
        for _, b in ordered:
            self.reach.append(max(b, self.reach[-1]) if self.reach else b)

    def covers(self, pos: int) -> bool:
        """Whether some span has a <= pos < b."""
        i = bisect.bisect_right(self.starts, pos)
        return i > 0 and self.reach[i - 1] > pos

    def starts_within(self, lo: int, hi: int) -> bool:
        """Whether some span starts at lo <= a < hi."""
        i = bisect.bisect_left(self.starts, lo)
        return i < len(self.starts) and self.starts[i] < hi


@dataclass
class Work:
    """One document on its way through extraction."""

    doc: Document
    lex: Lexicon
    sents: list[Sentence]
    facts: DocumentFacts
    # left by participation: the bridge points' chairs as found (with the titles the text gives them)
    chairs_raw: list[RawChair] = field(default_factory=list)
    # left by directives: each sentence's raw directives, and their tasks' spans
    recognised: list[tuple[Sentence, list[RawAssignment]]] = field(default_factory=list)
    task_spans: Spans = field(default_factory=lambda: Spans([]))
    recognised_leader: str | None = None  # the first leader the document names
    # left by home: the province the document is about
    home: str | None = None
    # left by place_scope: the scope each paragraph speaks of ("quốc gia" or a province)
    para_scopes: list[str] = field(default_factory=list)
    # left by figures: the sentences that set a target
    target_sentences: set[int] = field(default_factory=set)

    @property
    def text(self) -> str:
        return self.doc.text

    def sentence(self, s: Sentence) -> str:
        return self.doc.text[s.start : s.end]

    def sentence_at(self, pos: int) -> str:
        """The sentence holding the position, "" when none does."""
        for s in self.sents:
            if s.start <= pos < s.end:
                return self.sentence(s)
        return ""


def start(doc: Document, lex: Lexicon) -> Work:
    facts = DocumentFacts(
        doc_id=doc.id,
        path=doc.path,
        title=doc.title,
        event_name=doc.event_name,
        event_date=doc.event_date.isoformat() if doc.event_date else None,
        published=doc.published.isoformat() if doc.published else None,
        provinces=[],  # the components fill these in
        mentioned_provinces=[],
        central_chair=None,
        warnings=list(doc.warnings),
    )
    work = Work(doc, lex, sentences_of(doc), facts)
    facts.lead_sentence = next((work.sentence(s) for s in work.sents if s.kind == "lead"), None)
    return work


def components() -> tuple[tuple[str, Callable[[Work], None]], ...]:
    """The components in the order they run."""
    from . import assignments, chairs, figure_context, home, place_scope, results, tables

    return (
        ("participation", chairs.read),
        ("directives", assignments.read),
        ("tables", tables.read),
        ("home", home.read),
        ("place_scope", place_scope.read),
        ("figures", figure_context.read),
        ("results", results.read),
        ("themes", _themes),
    )


def _themes(work: Work) -> None:
    """The themes of config/themes.yaml the document speaks of, and those of each fact's sentence: a theme briefing
    selects facts by them, without matching text again."""
    from .themes import themes_of

    facts = work.facts
    facts.themes = themes_of(work.text, work.lex)
    of: dict[str, list[str]] = {}
    every: list[Figure | Assignment | Statement] = [*facts.figures, *facts.assignments, *facts.results]
    for fact in every + facts.proposals:
        if fact.sentence not in of:
            of[fact.sentence] = themes_of(fact.sentence, work.lex)
        fact.themes = of[fact.sentence]


def run(doc: Document, lex: Lexicon) -> DocumentFacts:
    """The facts of one document: every component over one Work."""
    work = start(doc, lex)
    for _, component in components():
        component(work)
    return work.facts
