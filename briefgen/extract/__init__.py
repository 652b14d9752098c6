"""Extract stage: Document -> DocumentFacts (figures, assignments, participation, results, proposals, themes).

Extraction is a pipeline of named components over one Work (briefgen/extract/pipeline.py); its patterns and word
lists are data (config/rules/*.yaml), read once into the Lexicon that is passed down."""

from __future__ import annotations

from ..corpus.model import Document
from ..lexicon import Lexicon, load_lexicon
from .facts import DocumentFacts
from .home import issuer_office
from .pipeline import run, sentences_of

__all__ = ["extract", "sentences_of", "issuer_office", "DocumentFacts", "EXTRACTOR_VERSION"]

EXTRACTOR_VERSION = "149"  # bump when rules change: stored facts of older versions are recomputed


def extract(doc: Document, lex: Lexicon | None = None) -> DocumentFacts:
    """The facts of one document. lex: the lexicon (config/'s, read once, when not given)."""
    return run(doc, lex or load_lexicon())
