"""briefgen: weekly briefings (báo cáo) for Vietnamese provinces from central-government conference reports.

Stages, data flowing one way through plain dataclasses:
    corpus (files -> Document) -> extract (Document -> Facts) -> assemble (Facts + target -> Briefing)
    -> render (Briefing -> PDF, DOCX, JSON, HTML, Markdown)
"""

__version__ = "0.1.0"
