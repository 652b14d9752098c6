"""Component "results": reported achievements (not directives, not proposals, not aims), with their scope."""

from __future__ import annotations

from . import official
from .facts import Statement
from .pipeline import Work
from .place_scope import sentence_scope


def read(work: Work) -> None:
    facts, lex = work.facts, work.lex
    fig_sentences = {f.sentence for f in facts.figures}
    proposal_sentences = {p.sentence for p in facts.proposals}
    done, result_verb = lex.re("figure_context.done"), lex.re("figure_context.result_verb")
    oblige, announces = lex.re("directives.obligation"), lex.re("figure_context.announces")
    closing = lex.re("figure_context.own_closing")  # "Nghị quyết này đã được … thông qua ngày …"
    # a plan, decision or letter sets what is to be done: a figure there is a provision ("nhà ở mới … có diện tích sử
    # dụng tối thiểu là 30m2", "Biên bản … (01 bản);"), a result only where the text says it was done
    provisions = official.is_official(work.doc) and bool(lex.re("official.rule_setting").match(work.doc.title or ""))
    for s in work.sents:
        sent = work.sentence(s)
        if s.kind in ("caption", "lead", "heading") or announces.search(sent) or closing.match(sent):
            continue  # "…, Chủ tịch Ủy ban nhân dân tỉnh yêu cầu:" announces what follows
        if work.task_spans.covers(s.start) or work.task_spans.starts_within(s.start, s.end):
            continue
        if s.start in work.target_sentences and not done.search(sent):
            continue  # "Phấn đấu đến năm 2030, kim ngạch xuất khẩu đạt 5 tỷ USD": an aim, not a result
        if (provisions or oblige.search(sent)) and not done.search(sent):
            continue  # "Muốn vậy, phải tăng cường kiểm tra …": what must be done is no result
        if (sent in fig_sentences or result_verb.search(sent)) and sent not in proposal_sentences:
            scope = sentence_scope(sent, work.para_scopes[s.para], lex)
            facts.results.append(Statement(sent, scope, sent, s.start, s.end))
