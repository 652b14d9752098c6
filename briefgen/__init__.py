"""briefgen: weekly briefings (báo cáo) for Vietnamese provinces from central-government conference reports.

Stages, data flowing one way through plain dataclasses:
    corpus (files -> Document) -> extract (Document -> Facts) -> assemble (Facts + target -> Briefing)
    -> render (Briefing -> PDF, DOCX, JSON, HTML, Markdown)
"""

__version__ = "0.1.0"

import logging as _logging

# A library does not print: records of briefgen (English, some with a traceback) reach stderr only where a program
# sets up logging (the CLI does, with BRIEFGEN_DEBUG=1), never through Python's last-resort handler.
_logging.getLogger("briefgen").addHandler(_logging.NullHandler())
