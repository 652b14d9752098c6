"""Component "tables": the task tables of kế hoạch and công văn ("TT | Nội dung công việc | Cơ quan chủ trì | Cơ quan
phối hợp | Thời gian hoàn thành"), row by row, as directives. The task is the task column's cell, the addressee the
lead column's ("Cơ quan chủ trì"; the partners' column is never the addressee), the deadline the period column's,
the assigner the document's issuer. Which column is which comes from the header's words (config/rules/tables.yaml).

A row holding only a number and a title ("I | GIAI ĐOẠN 1: …", "1 | Lập nhiệm vụ quy hoạch") is a section title:
it gives its title to the rows under it and is no task. A deadline cell left empty under a dated row shares that
row's date (a merged cell, flattened), up to the next section title. The directives the sentence reader found in
a task table's rows (their cells read as one "; "-joined line) give way to the table's."""

from __future__ import annotations

import calendar
from dataclasses import dataclass
from datetime import date
from typing import TYPE_CHECKING

from ..corpus.model import Cell, Document, Table, TableRow
from . import directives as D
from .deadlines import deadline_date
from .facts import Assignment
from .pipeline import Spans, Work

if TYPE_CHECKING:
    from ..lexicon import Lexicon

_ROMAN = {"I": 1, "II": 2, "III": 3, "IV": 4, "1": 1, "2": 2, "3": 3, "4": 4}
_HEADER_CELL_WORDS = 12
# A header cell takes the first role of this order whose words it holds: "Cơ quan chủ trì, phối hợp" is no lead
# column, "Thời gian thực hiện" no lead column either ("thực hiện" names a lead: "Cơ quan thực hiện").
_ROLES = (
    ("number", "tables.number_column"),
    ("partner", "tables.partner_column"),
    ("deadline", "tables.deadline_column"),
    ("lead", "tables.lead_column"),
    ("product", "tables.product_column"),
    ("task", "tables.task_column"),
)  # a header cell names its column in a few words; a task cell says more


@dataclass
class Columns:
    """The roles of a task table's columns (column index per role) and the number of its header rows."""

    roles: dict[str, int]
    header_rows: int


# a body task restated by a table row: this share of the words of one in the other, and this many words in each
_RESTATED = 0.7
_MIN_WORDS = 5


def column_role(header: str, lex: Lexicon) -> str | None:
    """The role a header cell's words give its column: the first of _ROLES whose pattern it matches."""
    if not header or len(header.split()) > _HEADER_CELL_WORDS:
        return None
    for role, rule_id in _ROLES:
        rule = lex.re(rule_id)
        if (rule.fullmatch(header.strip()) if role == "number" else rule.search(header)) is not None:
            return role
    return None


def columns_of(doc: Document, table: Table, lex: Lexicon) -> Columns | None:
    """The table's header (its first rows while two cells or more name a role, or the markup marks them) and the
    roles of its columns; None unless it has a task column and a lead column (a task table)."""
    names: dict[int, list[str]] = {}
    header_rows = 0
    for row in table.rows[:3]:
        texts = {c.col: doc.cell_text(c) for c in row.cells}
        if not row.header and sum(column_role(t, lex) is not None for t in texts.values()) < 2:
            break
        header_rows += 1
        for col, t in texts.items():
            names.setdefault(col, []).append(t)
    roles: dict[str, int] = {}
    for col in sorted(names):
        # a header of two rows ("Thực hiện" over "Đơn vị chủ trì"): the lower, more specific row decides first
        for part in reversed(names[col]):
            role = column_role(part, lex)
            if role:
                roles.setdefault(role, col)
                break
    if "task" not in roles or "lead" not in roles:
        return None
    return Columns(roles, header_rows)


def read(work: Work) -> None:
    """Directives of the document's task tables, in place of those the sentence reader found in their rows."""
    doc, lex = work.doc, work.lex
    found: list[tuple[Table, Columns]] = []
    for table in doc.tables:
        cols = columns_of(doc, table, lex)
        if cols is not None:
            found.append((table, cols))
    if not found:
        return
    rows = Spans([(doc.paragraphs[r.para].start, doc.paragraphs[r.para].end) for t, _ in found for r in t.rows])
    work.facts.assignments = [a for a in work.facts.assignments if not rows.covers(a.start)]
    work.recognised = [(s, [] if rows.covers(s.start) else f) for s, f in work.recognised]
    from .home import authority_office, issuer_office

    # a table's tasks are its issuer's; a decision's annex is the deciding office's, as is its plan's prose ("BỘ
    # TRƯỞNG BỘ NÔNG NGHIỆP VÀ MÔI TRƯỜNG … QUYẾT ĐỊNH:"), not the ministry's under another name in the same briefing
    authority = authority_office(doc, lex) if doc.issuer else None
    assigner = authority or issuer_office(doc, lex) or work.recognised_leader
    ref = doc.event_date or doc.published
    rowed: list[Assignment] = []
    for table, cols in found:
        rowed += table_directives(doc, table, cols, assigner, ref, lex)
    # a plan's annex table restates the tasks of its body with who leads them ("a) Tổ chức Hội nghị phổ biến, triển
    # khai nội dung của Nghị định …" / "a); Tổ chức Hội nghị phổ biến, triển khai Nghị định …; Cục Lâm nghiệp và Kiểm
    # lâm; …"): a body task that names no one is the row's lead's (its date stays as the body writes it)
    for a in work.facts.assignments:
        scored = [] if a.assignee else [(_restates(r.task, a.task), i) for i, r in enumerate(rowed)]
        best = max(scored, key=lambda t: (t[0], -t[1]), default=(0.0, -1))  # the first of equally close rows
        row = rowed[best[1]] if best[0] >= _RESTATED else None
        if row:
            a.assignee, a.addressee_kinds, a.provinces = row.assignee, list(row.addressee_kinds), list(row.provinces)
    work.facts.assignments += rowed
    work.task_spans = Spans([(a.start, a.end) for a in work.facts.assignments])


def _restates(row_task: str, task: str) -> float:
    """How far a table row's task and a body task say the same: the share of the words of one found in the other
    (0 for tasks too short to tell)."""
    a, b = _words(row_task), _words(task)
    if min(len(a), len(b)) < _MIN_WORDS:
        return 0.0
    return max(sum(w in b for w in a) / len(a), sum(w in a for w in b) / len(b))


def _words(text: str) -> list[str]:
    return [w for w in (w.strip('.,;:()“”"').lower() for w in text.split()) if w]


def table_directives(
    doc: Document, table: Table, cols: Columns, assigner: str | None, ref: date | None, lex: Lexicon
) -> list[Assignment]:
    """One directive per task row, with its section's title in its sentence and its deadline (carried down)."""
    out: list[Assignment] = []
    titles: list[tuple[int, str]] = []  # (level, title) of the sections open above the row
    carried: Cell | None = None
    for row in table.rows[cols.header_rows :]:
        cells = {c.col: c for c in row.cells}
        task, lead = cells.get(cols.roles["task"]), cells.get(cols.roles["lead"])
        section = _section_title(doc, row, cols, lex)
        if section is not None:
            level, title = section
            titles = [t for t in titles if t[0] < level] + [(level, title)]
            carried = None
            continue
        when = cells.get(cols.roles["deadline"]) if "deadline" in cols.roles else None
        carried = when or carried
        if task is None or lead is None:
            continue  # a milestone of someone outside the table's agencies (an approval), or a cell left blank
        out.append(_directive(doc, task, lead, carried, titles, assigner, ref, lex))
    return out


def _section_title(doc: Document, row: TableRow, cols: Columns, lex: Lexicon) -> tuple[int, str] | None:
    """(level, title) of a row that only numbers and names a section: no lead, no partner, at most two cells."""
    if len(row.cells) > 2 or any(c.col in (cols.roles.get("lead"), cols.roles.get("partner")) for c in row.cells):
        return None
    texts = [doc.cell_text(c) for c in row.cells]
    numbers = [t for t in texts if lex.re("tables.row_number").fullmatch(t)]
    words = [t for t in texts if t not in numbers]
    if len(words) != 1 or (len(texts) == 2 and not numbers):
        return None
    number = numbers[0] if numbers else ""
    level = (
        0
        if lex.re("tables.roman_number").fullmatch(number)
        else 2
        if lex.re("tables.letter_number").fullmatch(number)
        else 1
    )
    return level, words[0]


def _directive(
    doc: Document,
    task: Cell,
    lead: Cell,
    when: Cell | None,
    titles: list[tuple[int, str]],
    assigner: str | None,
    ref: date | None,
    lex: Lexicon,
) -> Assignment:
    who = doc.cell_text(lead)
    last_day = period_end(doc.cell_text(when), lex) if when else None
    if when and last_day is None:
        last_day = deadline_date(doc.cell_text(when), ref, lex)
    # what the directive is read from: its sections' titles, then the row's task, lead and deadline cells (the
    # partners' long lists stay out: they would make the row look like any task that names those agencies)
    own = "; ".join(doc.cell_text(c) for c in (task, lead, when) if c is not None)
    context = " — ".join([t for _, t in titles] + [own])
    prov = [m.province.name for m in lex.gazetteer.find_mentions(who)]
    return Assignment(
        assigner=assigner,
        assignee=who,
        task=doc.cell_text(task),
        deadline=doc.cell_text(when) if when and last_day else None,  # "Thường xuyên" names no day
        sentence=context,
        start=task.start,
        end=task.end,
        cue="(bảng)",
        assignee_explicit=True,
        addressee_kinds=D.addressee_kinds(who, lex) + (["province"] if prov else []),
        provinces=prov,
        deadline_date=last_day.isoformat() if last_day else None,
    )


def period_end(text: str, lex: Lexicon) -> date | None:
    """The last day of the latest period a deadline cell names ("Quý III, IV/2026, 2027" -> 2027-12-31,
    "10-11/2019" -> 2019-11-30, "2024 - 2025" -> 2025-12-31); None when it names none ("Thường xuyên")."""
    ends: list[date] = []
    for m in lex.re("tables.period_end").finditer(text):
        g = m.groupdict()
        try:
            if g["d"]:
                ends.append(date(int(g["dy"]), int(g["dm"]), int(g["d"])))
            elif g["m2"]:
                ends.append(_month_end(int(g["my"]), int(g["m2"])))
            elif g["q"]:
                last = _ROMAN[
                    g["q"].replace("và", ",").replace("–", ",").replace("-", ",").split(",")[-1].strip().upper()
                ]
                ends.append(_month_end(int(g["qy"]), 3 * last))
            elif g["m"]:
                ends.append(_month_end(int(g["y"]), int(g["m"])))
            elif g["year"]:
                ends.append(date(int(g["year"]), 12, 31))
        except (ValueError, KeyError):
            continue  # "31/2/2025", month 13: not a day
    return max(ends) if ends else None


def _month_end(year: int, month: int) -> date:
    return date(year, month, calendar.monthrange(year, month)[1])
