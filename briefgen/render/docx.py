"""Briefing -> DOCX (python-docx), laid out per Nghị định 30/2020/NĐ-CP and built for editing in Word.

Real styles (Normal, Heading 1/2 for navigation, a style for lettered points, Table Grid), tables not pictures, a
PAGE field with a cached value in a centred header that page 1 does not show, and deterministic bytes: fixed core
properties and a zip written in a fixed order with fixed timestamps.
"""

from __future__ import annotations

import io
import zipfile
from datetime import UTC, datetime

from docx import Document
from docx.enum.section import WD_SECTION
from docx.enum.style import WD_STYLE_TYPE
from docx.enum.table import WD_TABLE_ALIGNMENT
from docx.enum.text import WD_ALIGN_PARAGRAPH, WD_LINE_SPACING
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Mm, Pt

from ..briefing import Briefing, Cited
from ..sanitise import sanitise_tree
from .common import cites, issue_place_date
from .html import issuer_lines
from .outline import Block, Chart, Sub, Table, first_page_marks, numbered_titles, report_outline

FONT = "Times New Roman"
_FIXED = datetime(2020, 1, 1, tzinfo=UTC)


def _set_font(style_or_run, size: float | None = None, bold: bool | None = None, italic: bool | None = None) -> None:
    font = style_or_run.font
    font.name = FONT
    if size:
        font.size = Pt(size)
    if bold is not None:
        font.bold = bold
    if italic is not None:
        font.italic = italic
    el = style_or_run.element
    rpr = el.get_or_add_rPr()
    rfonts = rpr.find(qn("w:rFonts"))
    if rfonts is None:
        rfonts = OxmlElement("w:rFonts")
        rpr.insert(0, rfonts)
    for attr in ("w:ascii", "w:hAnsi", "w:cs", "w:eastAsia"):
        rfonts.set(qn(attr), FONT)
    # Heading styles point at theme fonts (Calibri Light …) that win over w:ascii: drop them
    for attr in ("w:asciiTheme", "w:hAnsiTheme", "w:eastAsiaTheme", "w:cstheme"):
        if rfonts.get(qn(attr)) is not None:
            del rfonts.attrib[qn(attr)]


def _styles(doc) -> None:
    st = doc.styles
    normal = st["Normal"]
    _set_font(normal, 14)
    rpr = normal.element.get_or_add_rPr()
    lang = OxmlElement("w:lang")
    lang.set(qn("w:val"), "vi-VN")
    rpr.append(lang)
    pf = normal.paragraph_format
    pf.alignment = WD_ALIGN_PARAGRAPH.JUSTIFY
    pf.first_line_indent = Mm(12.7)
    pf.space_before = Pt(6)
    pf.space_after = Pt(0)
    pf.line_spacing_rule = WD_LINE_SPACING.MULTIPLE
    pf.line_spacing = 1.15
    for name, upper in (("Heading 1", True), ("Heading 2", False)):
        h = st[name]
        _set_font(h, 14, bold=True, italic=False)
        h.font.color.rgb = None
        h.font.all_caps = upper
        h.paragraph_format.first_line_indent = Mm(12.7)
        h.paragraph_format.space_before = Pt(12 if upper else 6)
        h.paragraph_format.space_after = Pt(0)
        h.paragraph_format.keep_with_next = True
        h.paragraph_format.alignment = WD_ALIGN_PARAGRAPH.LEFT
    point = st.add_style("Điểm", WD_STYLE_TYPE.PARAGRAPH)
    point.base_style = normal
    point.quick_style = True
    cell = st.add_style("Ô bảng", WD_STYLE_TYPE.PARAGRAPH)
    cell.base_style = normal
    _set_font(cell, 12)
    cell.paragraph_format.first_line_indent = Mm(0)
    cell.paragraph_format.alignment = WD_ALIGN_PARAGRAPH.LEFT
    cell.paragraph_format.space_before = Pt(0)
    cell.paragraph_format.line_spacing = 1.0
    source = st.add_style("Nguồn", WD_STYLE_TYPE.PARAGRAPH)  # the sources list: compact, hanging number
    source.base_style = normal
    _set_font(source, 12)
    source.paragraph_format.left_indent = Mm(10)
    source.paragraph_format.first_line_indent = Mm(-10)
    source.paragraph_format.alignment = WD_ALIGN_PARAGRAPH.LEFT
    source.paragraph_format.space_before = Pt(2)
    source.paragraph_format.line_spacing = 1.0
    plain = st.add_style("Tiêu đề văn bản", WD_STYLE_TYPE.PARAGRAPH)
    plain.base_style = normal
    plain.paragraph_format.first_line_indent = Mm(0)
    plain.paragraph_format.alignment = WD_ALIGN_PARAGRAPH.CENTER
    plain.paragraph_format.space_before = Pt(0)
    plain.paragraph_format.line_spacing = 1.0


# Style ids of the document being built. Assigning `paragraph.style = …` makes python-docx scan every style each
# time (half the render time for a table-heavy report); setting the id directly costs nothing.
_SID: dict[str, str] = {}


def _style(p, name: str):
    p._p.style = _SID[name]
    return p


def _add(container, name: str | None = None):
    p = container.add_paragraph()
    if name:
        _style(p, name)
    return p


def _para(container, text: str = "", style: str | None = None, size=None, bold=None, italic=None, align=None):
    p = _add(container, style)
    if text:
        r = p.add_run(text)
        if size or bold is not None or italic is not None:
            _set_font(r, size, bold, italic)
    if align is not None:
        p.paragraph_format.alignment = align
    return p


def _borders(p, edges: tuple[str, ...], space: int = 1) -> None:
    """Single 0.75-pt borders on the given edges of a paragraph (w:pBdr, in schema order)."""
    ppr = p._p.get_or_add_pPr()
    bdr = OxmlElement("w:pBdr")
    for edge in edges:
        e = OxmlElement(f"w:{edge}")
        for k, v in (("w:val", "single"), ("w:sz", "6"), ("w:space", str(space)), ("w:color", "000000")):
            e.set(qn(k), v)
        bdr.append(e)
    # schema order: pStyle, keepNext…, pBdr comes before spacing/ind/jc
    anchor = next((e for e in (ppr.find(qn(t)) for t in ("w:spacing", "w:ind", "w:jc")) if e is not None), None)
    if anchor is not None:
        anchor.addprevious(bdr)
    else:
        ppr.append(bdr)


def _rule(container, width_mm: float, total_mm: float) -> None:
    """A centred line: an empty 1-pt paragraph with a bottom border, indented to the wanted length."""
    p = _add(container, "Tiêu đề văn bản")
    side = max(0.0, (total_mm - width_mm) / 2)
    p.paragraph_format.left_indent = Mm(side)
    p.paragraph_format.right_indent = Mm(side)
    _borders(p, ("bottom",))
    ppr = p._p.get_or_add_pPr()
    r = p.add_run("")
    _set_font(r, 1)
    mark = OxmlElement("w:rPr")
    sz = OxmlElement("w:sz")
    sz.set(qn("w:val"), "2")
    mark.append(sz)
    ppr.append(mark)


def _no_borders(table) -> None:
    tbl_pr = table._tbl.tblPr
    borders = OxmlElement("w:tblBorders")
    for edge in ("top", "left", "bottom", "right", "insideH", "insideV"):
        e = OxmlElement(f"w:{edge}")
        e.set(qn("w:val"), "nil")
        borders.append(e)
    tbl_pr.append(borders)


def _fixed_widths(table, widths_mm: list[float]) -> None:
    table.autofit = False
    tbl_pr = table._tbl.tblPr
    layout = OxmlElement("w:tblLayout")
    layout.set(qn("w:type"), "fixed")
    tbl_pr.append(layout)
    for row in table.rows:
        for cell, w in zip(row.cells, widths_mm, strict=False):
            cell.width = Mm(w)
    for col, w in zip(table.columns, widths_mm, strict=False):
        col.width = Mm(w)


def _page_field(paragraph, cached: str = "2") -> None:
    """A PAGE field with a cached value, so the number shows even before Word updates fields."""

    def fld(kind: str):
        r = paragraph.add_run()
        _set_font(r, 13)
        el = OxmlElement("w:fldChar")
        el.set(qn("w:fldCharType"), kind)
        r._r.append(el)

    fld("begin")
    r = paragraph.add_run()
    _set_font(r, 13)
    instr = OxmlElement("w:instrText")
    instr.set(qn("xml:space"), "preserve")
    instr.text = " PAGE "
    r._r.append(instr)
    fld("separate")
    r = paragraph.add_run(cached)
    _set_font(r, 13)
    fld("end")


def render_docx(b: Briefing, chart_png: bytes | None = None) -> bytes:
    # Every string, whatever its origin (a stored fact of an earlier version, a file name, the config's issuer), is
    # made XML-safe here: python-docx refuses the whole document for one control character.
    b = sanitise_tree(b)
    doc = Document()
    _styles(doc)
    _SID.clear()
    _SID.update({st.name: st.style_id for st in doc.styles if st.type == WD_STYLE_TYPE.PARAGRAPH})
    sec = doc.sections[0]
    sec.start_type = WD_SECTION.NEW_PAGE
    sec.page_width, sec.page_height = Mm(210), Mm(297)
    sec.top_margin, sec.bottom_margin = Mm(20), Mm(20)
    sec.left_margin, sec.right_margin = Mm(30), Mm(15)
    sec.header_distance, sec.footer_distance = Mm(10), Mm(10)
    sec.different_first_page_header_footer = True
    hp = sec.header.paragraphs[0]
    _style(hp, "Tiêu đề văn bản")
    _page_field(hp)
    text_width = 210 - 30 - 15

    # Header: two rows so that "Số:" and the place/date share a line (II.4c).
    issuer = b.issuer
    t = doc.add_table(rows=2, cols=2)
    t.alignment = WD_TABLE_ALIGNMENT.CENTER
    _no_borders(t)
    _fixed_widths(t, [67.5, 100.0])
    left, right = t.cell(0, 0), t.cell(0, 1)
    _style(left.paragraphs[0], "Tiêu đề văn bản")
    for i, line in enumerate(issuer_lines(issuer.parent_body, 22)):
        p = left.paragraphs[0] if i == 0 else _add(left, "Tiêu đề văn bản")
        _set_font(p.add_run(line.upper()), 13, bold=False)
    for line in issuer_lines(issuer.body):
        _para(left, line.upper(), "Tiêu đề văn bản", 13, bold=True)
    _rule(left, 67.5 * 0.4, 67.5 - 3.8)
    _style(right.paragraphs[0], "Tiêu đề văn bản")
    r = right.paragraphs[0].add_run("CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM")
    _set_font(r, 13, bold=True)
    _para(right, "Độc lập - Tự do - Hạnh phúc", "Tiêu đề văn bản", 14, bold=True)
    _rule(right, 60.5, 100 - 3.8)
    so = t.cell(1, 0).paragraphs[0]
    _style(so, "Tiêu đề văn bản")
    _set_font(so.add_run(f"Số: {issuer.number}/{issuer.symbol}"), 13)
    pd = t.cell(1, 1).paragraphs[0]
    _style(pd, "Tiêu đề văn bản")
    _set_font(pd.add_run(issue_place_date(b)), 14, italic=True)
    marks = first_page_marks(b)
    if marks:  # "DỰ THẢO" framed under the number (Phụ lục I, III.2c): a third row, left cell
        cell = t.add_row().cells[0]
        for i, mark in enumerate(marks):
            p = cell.paragraphs[0] if i == 0 else _add(cell, "Tiêu đề văn bản")
            _style(p, "Tiêu đề văn bản")
            p.paragraph_format.space_before = Pt(8)
            # the frame is as wide as the word and some air: the rest of the column is indent
            side = max(0.0, (67.5 - 3.8 - (9 + 3.6 * len(mark))) / 2)
            p.paragraph_format.left_indent = Mm(side)
            p.paragraph_format.right_indent = Mm(side)
            _borders(p, ("top", "left", "bottom", "right"), space=2)
            _set_font(p.add_run(mark), 14, bold=True)

    p = _para(doc, "BÁO CÁO", "Tiêu đề văn bản", 14, bold=True)
    p.paragraph_format.space_before = Pt(18)
    _para(doc, b.title, "Tiêu đề văn bản", 14, bold=True)
    _rule(doc, text_width * 0.35, text_width)
    for n in b.notices:
        _para(doc, n, italic=True)

    sections = report_outline(b, has_chart=bool(chart_png))
    titles = numbered_titles(sections)
    body = [(t, s) for t, s in zip(titles, sections, strict=True) if s.numbered]
    after = [(t, s) for t, s in zip(titles, sections, strict=True) if not s.numbered]
    for title, section in body:
        doc.add_heading(title, level=1)
        _blocks(doc, section.blocks, chart_png, text_width)
    end = _para(doc, "./.")
    end.paragraph_format.first_line_indent = Mm(0)

    # Nơi nhận | signature
    sig = doc.add_table(rows=1, cols=2)
    _no_borders(sig)
    _fixed_widths(sig, [52.8, 111.0])
    lc, rc = sig.cell(0, 0), sig.cell(0, 1)
    lp = lc.paragraphs[0]
    _style(lp, "Ô bảng")
    lp.paragraph_format.space_before = Pt(12)
    _set_font(lp.add_run("Nơi nhận:"), 12, bold=True, italic=True)
    for i, rcp in enumerate(issuer.recipients):
        end_mark = "." if i == len(issuer.recipients) - 1 else ";"
        _para(lc, f"- {rcp}{end_mark}", "Ô bảng", 11)
    first = True
    for text in (issuer.signer_authority, issuer.signer_title, "", "", "", "", issuer.signer_name):
        p = rc.paragraphs[0] if first else rc.add_paragraph()
        first = False
        _style(p, "Tiêu đề văn bản")
        if p is rc.paragraphs[0]:
            p.paragraph_format.space_before = Pt(12)
        if text:
            _set_font(p.add_run(text), 14, bold=True)

    for title, section in after:  # the appendix (Phụ lục), after the signature, on a page of its own
        heading = doc.add_heading(title, level=1)
        heading.paragraph_format.page_break_before = True
        _blocks(doc, section.blocks, chart_png, text_width)

    cp = doc.core_properties
    cp.title = b.title
    cp.author = "briefgen"
    cp.last_modified_by = "briefgen"
    cp.language = "vi-VN"
    cp.created = cp.modified = _FIXED
    cp.revision = 1
    buf = io.BytesIO()
    doc.save(buf)
    return _deterministic_zip(buf.getvalue())


_PARA_STYLES = {"point": "Điểm", "source": "Nguồn"}


def _blocks(doc, blocks: list[Block], chart_png: bytes | None, text_width: float) -> None:
    """One section's blocks, as the outline gives them."""
    for block in blocks:
        if isinstance(block, Sub):
            doc.add_heading(block.title, level=2)
        elif isinstance(block, Table):
            tbl = _data_table(doc, block.headers, block.widths)
            for row in block.rows:
                _row(tbl, row)
        elif isinstance(block, Chart):
            if chart_png:
                pic = _add(doc, "Tiêu đề văn bản")
                pic.paragraph_format.space_before = Pt(8)
                pic.add_run().add_picture(io.BytesIO(chart_png), width=Mm(text_width))
        elif block.citations:
            _cited(doc, block.text, block.citations, _PARA_STYLES.get(block.style))
        else:
            _para(doc, block.text, _PARA_STYLES.get(block.style), italic=block.style == "note" or None)


def _cited(doc, text: str, citations: list[Cited], style: str | None = None):
    p = _add(doc, style)
    p.add_run(text + " ")
    r = p.add_run(cites(citations))
    _set_font(r, 11)
    return p


def _data_table(doc, headers: list[str], widths: list[float]):
    tbl = doc.add_table(rows=1, cols=len(headers))
    tbl.style = doc.styles["Table Grid"]
    _fixed_widths(tbl, widths)
    for cell, h in zip(tbl.rows[0].cells, headers, strict=True):
        p = cell.paragraphs[0]
        _style(p, "Ô bảng")
        p.paragraph_format.alignment = WD_ALIGN_PARAGRAPH.CENTER
        _set_font(p.add_run(h), 12, bold=True)
    tr_pr = tbl.rows[0]._tr.get_or_add_trPr()
    hdr = OxmlElement("w:tblHeader")
    tr_pr.append(hdr)
    return tbl


def _row(tbl, values: list[str]) -> None:
    """One table row that Word keeps on one page (w:cantSplit), as the PDF does."""
    row = tbl.add_row()
    row._tr.get_or_add_trPr().insert(0, OxmlElement("w:cantSplit"))  # first child: schema order
    cells = row.cells
    for cell, v in zip(cells, values, strict=True):
        lines = v.split("\n")
        p = cell.paragraphs[0]
        _style(p, "Ô bảng")
        p.add_run(lines[0])
        for extra in lines[1:]:
            q = _add(cell, "Ô bảng")
            q.add_run(extra)


def _deterministic_zip(data: bytes) -> bytes:
    """Same content, same bytes: members in a fixed order with a fixed timestamp."""
    src = zipfile.ZipFile(io.BytesIO(data))
    names = src.namelist()
    order = ["[Content_Types].xml"] + sorted(n for n in names if n != "[Content_Types].xml")
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as dst:
        for n in order:
            info = zipfile.ZipInfo(n, date_time=(1980, 1, 1, 0, 0, 0))
            info.compress_type = zipfile.ZIP_DEFLATED
            info.external_attr = 0o644 << 16
            dst.writestr(info, src.read(n))
    return out.getvalue()
