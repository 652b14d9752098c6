"""Briefings: province relevance, merged events, conflicts, trends, themes, periods, summary provenance."""

import re
from datetime import date

import pytest

from briefgen.api import build_briefing, resolve_target
from briefgen.assemble import Limits
from briefgen.config import make_job
from briefgen.lexicon import load_lexicon
from briefgen.periods import ALL, parse_week


def test_lai_chau_own_figures_chair_and_actions(seeds_loaded, lai_chau):
    own = {v.display for r in lai_chau.figures if r.own for v in r.values}
    assert any("30,39 triệu USD" in x for x in own)
    assert any("23,76 triệu USD" in x for x in own) and any("6,63 triệu USD" in x for x in own)
    assert any(x.endswith("3 dự án") for x in own)
    assert [p.name for p in lai_chau.participation] == ["Hà Trọng Hải"]
    job = make_job({"limits": {"locality_actions": 100}}, "<test>")  # every action, not the report's first ones
    full = build_briefing(seeds_loaded, resolve_target("Lai Châu", None), ALL, job, date(2026, 1, 20))
    # the seeds give no task to Lai Châu by name: tasks to all localities are its, in their own list
    tasks = " | ".join(a.task for a in full.locality_actions)
    assert "đẩy mạnh kết nối với các cơ quan đại diện ở nước ngoài" in tasks.lower()
    dates = {a.event_date for a in full.locality_actions if "bộ, ngành, địa phương" in (a.assignee or "")}
    assert {"2026-01-10", "2026-01-14"} <= dates
    assert not any("Mỹ" in (a.assignee or "") for a in full.actions + full.locality_actions)
    # the newest first
    assert [a.event_date for a in full.locality_actions] == sorted(
        (a.event_date for a in full.locality_actions), reverse=True
    )


def test_embassy_directives_are_context_and_the_report_says_what_it_shortens(seeds_loaded, lai_chau):
    """Directives to embassies and ministries are "để biết", and only from texts that concern the province: the
    embassy in the United States is told something at a conference Lai Châu had no part in."""
    job = make_job({"limits": {"context_actions": 100}}, "<test>")
    full = build_briefing(seeds_loaded, resolve_target("Lai Châu", None), ALL, job, date(2026, 1, 20))
    assert full.context_actions and all("cơ quan đại diện" in (a.assignee or "") for a in full.context_actions)
    assert not any("Mỹ" in (a.assignee or "") for a in full.all_actions())
    cap = 1
    short = build_briefing(
        seeds_loaded,
        resolve_target("Lai Châu", None),
        ALL,
        make_job({"limits": {"context_actions": cap}}, "<test>"),
        date(2026, 1, 20),
    )
    assert len(full.context_actions) > cap and len(short.context_actions) == cap
    left = len(full.context_actions) - cap
    assert f"{left} chỉ đạo khác đối với các bộ, ngành, cơ quan" in short.omitted
    # the kept ones are among the full list, in the same order
    full_tasks = [a.task for a in full.context_actions]
    kept = [full_tasks.index(a.task) for a in short.context_actions]
    assert kept == sorted(kept)


def test_shortened_briefing_cites_only_listed_sources(seeds_loaded):
    job = make_job({"limits": {k: 1 for k in ("own_figures", "context_figures", "results", "actions")}}, "<test>")
    b = build_briefing(seeds_loaded, resolve_target("Lai Châu", None), ALL, job, date(2026, 1, 20))
    numbers = [s.number for s in b.sources]
    assert numbers == list(range(1, len(numbers) + 1))
    cited = [c.source for x in b.summary + b.results + b.all_actions() for c in x.citations]
    cited += [c.source for r in b.figures for v in r.values for c in v.citations]
    cited += [n for e in b.events for n in e.sources]
    assert set(cited) <= set(numbers)
    assert len(b.figures) <= 2 and len(b.actions) <= 1


def test_same_event_from_two_portals_is_one_event(lai_chau):
    by_date = {e.date: e for e in lai_chau.events}
    assert len(by_date["2026-01-10"].sources) == 2 and len(by_date["2025-07-22"].sources) == 2
    assert len(lai_chau.events) == 3


def test_conflict_flagged_but_not_across_periods(lai_chau):
    conflicts = [r for r in lai_chau.figures if r.conflict]
    shown = [{v.value for v in r.values} for r in conflicts]
    assert {350.0, 330.0} in shown
    assert all(r.note == "số liệu khác nhau giữa các nguồn" for r in conflicts)
    assert not any({883.7, 920.0} <= s for s in shown)
    row = next(r for r in conflicts if {v.value for v in r.values} == {350.0, 330.0})
    assert len({c.source for v in row.values for c in v.citations}) == 2


def test_trend_over_successive_periods(lai_chau):
    t = next(t for t in lai_chau.trends if t.unit == "nước")
    assert [p.display for p in t.points] == ["10 nước", "17 nước"]


def test_summary_numbers_come_from_cited_sentences(lai_chau):
    """A quoted sentence is its source's; a written one ("… được giao N nhiệm vụ tại K văn bản") gives counts of
    the briefing's own rows, and cites the texts it counts."""
    assert 3 <= len(lai_chau.summary) <= 6
    for s in lai_chau.summary:
        if s.generated:
            counts = {str(len(lai_chau.actions + lai_chau.appendix_actions)), str(len(lai_chau.locality_actions))}
            counts.add(str(len({c.source for c in s.citations})))
            assert set(re.findall(r"\d+", s.text)) <= counts
            continue
        cited = " ".join(c.sentence for c in s.citations)
        for n in re.findall(r"\d+(?:[.,]\d+)*", s.text):
            assert n in cited


def test_provenance_on_every_item(lai_chau):
    numbers = {s.number for s in lai_chau.sources}
    items = [c for r in lai_chau.figures for v in r.values for c in v.citations]
    items += [c for a in lai_chau.actions + lai_chau.context_actions for c in a.citations]
    items += [c for r in lai_chau.results for c in r.citations]
    assert items and all(c.source in numbers and c.sentence for c in items)


def test_theme_khcn_spans_three_seeds(seeds_loaded):
    job = make_job({}, "<test>")
    b = build_briefing(seeds_loaded, resolve_target(None, "KHCN"), ALL, job, date(2026, 1, 20))
    assert b.target == "khoa học công nghệ"
    assert len({c.source for a in b.actions for c in a.citations}) >= 3


def test_week_selects_by_event_date(seeds_loaded):
    job = make_job({}, "<test>")
    b = build_briefing(seeds_loaded, resolve_target("Phú Thọ", None), parse_week("2026-W03"), job, date(2026, 1, 20))
    assert [e.date for e in b.events] == ["2026-01-14"]
    assert [p.name for p in b.participation] == ["Quách Tất Liêm"]


def test_empty_period_gives_a_short_valid_briefing(seeds_loaded):
    job = make_job({}, "<test>")
    b = build_briefing(seeds_loaded, resolve_target("Cà Mau", None), parse_week("2024-W10"), job, date(2024, 3, 11))
    assert b.empty and b.notices and b.sources == []


def test_legacy_name_notice(seeds_loaded):
    t = resolve_target("Vĩnh Phúc", None)
    assert t.name == "Phú Thọ" and "hợp nhất" in t.notices[0]


def test_renumbering_sources_touches_a_shared_citation_once():
    from briefgen.assemble import DEFAULT_LIMITS, _keep_cited_sources
    from briefgen.briefing import Briefing, Cited, FigureRow, FigureValue, Issuer, SourceRef, Trend, TrendPoint

    shared = Cited(3, "Năm 2025, kim ngạch đạt 10 triệu USD.")
    b = Briefing("theme", "x", "p", "all", "2026-01-20", "t", Issuer())
    b.sources = [SourceRef(str(n), f"{n}.txt", f"bài {n}", None, None, None, n) for n in (1, 2, 3)]
    b.figures = [
        FigureRow(
            "kim ngạch", "triệu USD", "năm 2025", "2025", "quốc gia", None, [FigureValue("10", 10, "10", [shared])]
        )
    ]
    b.trends = [Trend("kim ngạch", "triệu USD", "quốc gia", [TrendPoint("năm 2025", "2025", "10", [shared])])]
    _keep_cited_sources(b, DEFAULT_LIMITS)
    assert [s.number for s in b.sources] == [1] and b.sources[0].path == "3.txt"
    assert shared.source == 1
    assert "2 bài viết khác" in b.omitted[-1]


def test_default_yaml_limits_are_the_documented_defaults():
    """config/default.yaml shows users the limits; it must say what the code does without it."""
    from dataclasses import asdict

    from briefgen.config import load_defaults

    assert load_defaults()["limits"] == asdict(Limits())


def test_a_provinces_metrics_and_growth_rates_are_not_one_conflicting_row(tmp_path):
    from briefgen.api import load_corpus

    news = (
        "Hà Tĩnh: tin kinh tế số {n}\n"
        "Thời gian đăng: 1{n}/01/2026 09:00\n"
        "Ngày 1{n}/1, UBND tỉnh Hà Tĩnh tổ chức hội nghị sơ kết.\n"
        "Năm 2025, {metric} của tỉnh Hà Tĩnh đạt {value}, tăng {growth}% so với năm 2024.\n"
    )
    reports = [
        ("kim ngạch xuất khẩu", "5.044 triệu USD", "30,9"),
        ("vốn đầu tư trực tiếp nước ngoài", "1.200 triệu USD", "12,5"),
        ("kim ngạch xuất khẩu", "5.044 triệu USD", "30,9"),  # a second portal agrees
        ("kim ngạch xuất khẩu", "5.440 triệu USD", "30,9"),  # a third gives another value
        ("tỷ lệ đô thị hóa", "32,5%", "1,2"),  # a level and its growth, both in %: two metrics
    ]
    folder = tmp_path / "c"
    folder.mkdir()
    for n, (metric, value, growth) in enumerate(reports, 1):
        text = news.format(n=n, metric=metric, value=value, growth=growth)
        (folder / f"{n}.txt").write_text(text, encoding="utf-8")
    loaded = load_corpus([folder], None)
    b = build_briefing(loaded, resolve_target("Hà Tĩnh", None), ALL, make_job({}, "<test>"), date(2026, 1, 20))
    rows = {r.subject: r for r in b.figures}
    exports = rows["kim ngạch xuất khẩu của tỉnh Hà Tĩnh"]
    assert exports.conflict and sorted(v.value for v in exports.values) == [5044, 5440]
    assert not rows["vốn đầu tư trực tiếp nước ngoài của tỉnh Hà Tĩnh"].conflict
    growth = rows["kim ngạch xuất khẩu của tỉnh Hà Tĩnh (tăng so với năm 2024)"]
    assert not growth.conflict and len(growth.values[0].citations) == 2  # limits.citations of the 3 agreeing
    assert not rows["vốn đầu tư trực tiếp nước ngoài của tỉnh Hà Tĩnh (tăng so với năm 2024)"].conflict
    assert [v.value for v in rows["tỷ lệ đô thị hóa của tỉnh Hà Tĩnh"].values] == [32.5]
    assert [v.value for v in rows["tỷ lệ đô thị hóa của tỉnh Hà Tĩnh (tăng so với năm 2024)"].values] == [1.2]


def test_metric_key_leaves_out_the_place_and_keeps_the_change():
    from briefgen.assemble import _metric

    level = _metric("kim ngạch xuất khẩu của tỉnh Hà Tĩnh", "Hà Tĩnh")
    growth = _metric("kim ngạch xuất khẩu của tỉnh Hà Tĩnh (tăng so với năm 2024)", "Hà Tĩnh")
    assert level == (frozenset({"kim", "ngạch", "xuất", "khẩu"}), "")
    assert growth[0] == level[0] and growth[1] == "tăng so với năm 2024"


def test_the_same_result_from_several_portals_is_one_item(tmp_path):
    from briefgen.api import load_corpus

    report = (
        "Hà Tĩnh: hội nghị sơ kết\n"
        "Thời gian đăng: {d}/01/2026 09:00\n"
        "Ngày {d}/1, UBND tỉnh Hà Tĩnh tổ chức hội nghị sơ kết. Đồng chí Lê Văn Hùng, Chủ tịch UBND tỉnh chủ trì "
        "hội nghị.\n"
        "Toàn tỉnh đã hoàn thành 69% kế hoạch giải ngân vốn đầu tư công, thu hút 16 dự án đầu tư mới.\n"
    )
    folder = tmp_path / "c"
    folder.mkdir()
    for n, d in enumerate((12, 12, 15)):
        (folder / f"{n}.txt").write_text(report.format(d=d), encoding="utf-8")
    loaded = load_corpus([folder], None)
    b = build_briefing(loaded, resolve_target("Hà Tĩnh", None), ALL, make_job({}, "<test>"), date(2026, 1, 20))
    assert len(b.results) == 1 and len(b.results[0].citations) == 2  # three reports, two citations shown
    # the same person chaired two events: each row says which
    assert sorted(p.event_date for p in b.participation) == ["2026-01-12", "2026-01-15"]
    assert all(p.event_name and not p.at_bridge for p in b.participation)  # the province's own meetings


def test_own_figures_past_the_table_go_to_the_appendix(seeds_loaded):
    """A province's own figures are never dropped: the main table keeps the first ones, the appendix the rest."""
    job = make_job({"limits": {"own_figures": 1}}, "<test>")
    b = build_briefing(seeds_loaded, resolve_target("Lai Châu", None), ALL, job, date(2026, 1, 20))
    own = [r for r in b.figures if r.own]
    assert len(own) == 1 and b.appendix_figures and all(r.own for r in b.appendix_figures)
    assert not any("số liệu khác của" in x for x in b.omitted)


def test_a_theme_briefing_selects_facts_by_the_themes_extraction_gave_them():
    """Assembly does not match theme keywords again: a known theme is read from the fact's themes; only free keywords
    a user typed are looked for in the sentence."""
    from briefgen.assemble import _on_theme_fact
    from briefgen.extract.facts import Statement
    from briefgen.extract.themes import Theme, load_themes

    theme = load_themes()[0]
    keyword = theme.keywords[0]
    said = Statement(f"Năm 2025 {keyword} tăng mạnh.", "quốc gia", f"Năm 2025 {keyword} tăng mạnh.", 0, 10)
    assert not _on_theme_fact(theme, said)  # extraction gave it no theme
    said.themes = [theme.name]
    assert _on_theme_fact(theme, said)
    free = Theme("xe buýt điện", (), ("xe buýt điện",), known=False)
    assert _on_theme_fact(
        free,
        Statement(
            "Thành phố đưa xe buýt điện vào khai thác.", "quốc gia", "Thành phố đưa xe buýt điện vào khai thác.", 0, 5
        ),
    )


# --- figures compared only when they count the same thing: hand-made facts ----------------------------------------


def _fig(value, unit, subject, period_key, scope="Hà Tĩnh", qualifier="đạt", kind="result"):
    from briefgen.extract.facts import Figure

    period = f"năm {period_key}" if period_key else None
    text = f"{qualifier} {value} {unit}"
    return Figure(text, value, unit, subject, period, period_key, scope, qualifier, f"{subject} {text}.", 0, 1, kind)


def _rows(figs, target="Hà Tĩnh"):
    """Each figure from its own source, merged as a briefing merges them."""
    from briefgen.assemble import _Item, _merge_figures
    from briefgen.briefing import SourceRef

    pairs = []
    for n, f in enumerate(figs, 1):
        src = SourceRef(str(n), f"{n}.txt", f"bài {n}", None, None, None, n)
        pairs.append((f, _Item(None, None, src)))  # type: ignore[arg-type]
    return _merge_figures(pairs, target)


def test_a_target_and_a_result_of_the_same_metric_are_not_a_conflict():
    rows = _rows(
        [
            _fig(8.2, "%", "tăng trưởng GRDP", "2025", qualifier="đạt"),
            _fig(10, "%", "tăng trưởng GRDP", "2025", qualifier="đạt", kind="target"),
        ]
    )
    assert len(rows) == 2 and not any(r.conflict for r in rows)
    assert {r.kind for r in rows} == {"result", "target"}


def test_a_growth_rate_is_not_a_conflicting_value_of_the_level_in_the_same_unit():
    """'kim ngạch xuất khẩu tăng 8%' and 'kim ngạch xuất khẩu chiếm 12%' (a share): both in %, one subject."""
    rows = _rows(
        [
            _fig(8, "%", "kim ngạch xuất khẩu", "2025", qualifier="tăng"),
            _fig(12, "%", "kim ngạch xuất khẩu", "2025", qualifier=None),
        ]
    )
    assert len(rows) == 2 and not any(r.conflict for r in rows)
    assert sorted(r.measure for r in rows) == ["", "tăng"]
    # a fall and a rise of the same metric are two facts too, not one figure in dispute
    rows = _rows(
        [
            _fig(3, "%", "số doanh nghiệp giải thể", "2025", qualifier="tăng"),
            _fig(5, "%", "số doanh nghiệp giải thể", "2025", qualifier="giảm"),
        ]
    )
    assert len(rows) == 2 and not any(r.conflict for r in rows)
    # the same measure from two sources with two values is still a conflict
    rows = _rows(
        [
            _fig(8, "%", "kim ngạch xuất khẩu", "2025", qualifier="tăng"),
            _fig(9, "%", "kim ngạch xuất khẩu", "2025", qualifier="tăng"),
        ]
    )
    assert len(rows) == 1 and rows[0].conflict


def test_trends_only_within_one_metric_and_only_where_the_value_moved():
    from briefgen.assemble import _trends

    level = [_fig(v, "triệu USD", "kim ngạch xuất khẩu", y) for v, y in ((4000, "2024"), (5044, "2025"))]
    trends = _trends(_rows(level))
    assert len(trends) == 1 and [p.value for p in trends[0].points] == [4000, 5044]
    # the same value two years running: no trend
    assert _trends(_rows([_fig(12, "%", "tỷ lệ che phủ rừng", y, qualifier=None) for y in ("2024", "2025")])) == []
    # a growth rate one year and the level the next: no trend
    mixed = [_fig(7, "%", "GRDP", "2024", qualifier="tăng"), _fig(9, "%", "GRDP", "2025", qualifier="đạt")]
    assert _trends(_rows(mixed)) == []
    # this year's result and next year's target: no trend
    aim = [_fig(7, "%", "tăng trưởng GRDP", "2025"), _fig(10, "%", "tăng trưởng GRDP", "2026", kind="target")]
    assert _trends(_rows(aim)) == []
    # the province's figure and the nation's: no trend
    scopes = [_fig(7, "%", "tăng trưởng GRDP", "2024"), _fig(8, "%", "tăng trưởng GRDP", "2025", scope="quốc gia")]
    assert _trends(_rows(scopes)) == []


def test_the_chart_draws_the_carried_numbers_and_never_mixes_scopes():
    from briefgen.briefing import Briefing, Cited, Issuer, Trend, TrendPoint
    from briefgen.render.common import chart_data

    b = Briefing("theme", "x", "p", "all", "2026-01-20", "t", Issuer())
    cite = [Cited(1, "câu")]
    # the displays say the numbers as a reader reads them; the chart takes the values the figures carry
    b.trends = [
        Trend(
            "vốn FDI",
            "tỷ USD",
            "quốc gia",
            [
                TrendPoint("năm 2024", "2024", "hơn ba tỷ USD", cite, 3.2),
                TrendPoint("năm 2025", "2025", "gần bốn tỷ USD", cite, 3.9),
            ],
        )
    ]
    assert chart_data(b).values == [3.2, 3.9]
    b.trends = []
    b.figures = _rows(
        [
            _fig(5044, "triệu USD", "kim ngạch xuất khẩu", "2025", scope="Hà Tĩnh"),
            _fig(1200, "triệu USD", "vốn đầu tư nước ngoài", "2025", scope="Hà Tĩnh"),
            _fig(400000, "triệu USD", "tổng kim ngạch xuất nhập khẩu", "2025", scope="quốc gia"),
            _fig(38000, "triệu USD", "vốn FDI đăng ký", "2025", scope="quốc gia"),
            _fig(25000, "triệu USD", "vốn FDI giải ngân", "2025", scope="quốc gia"),
            _fig(7, "triệu USD", "kim ngạch nhập khẩu", "2025", scope="Hà Tĩnh", qualifier="tăng"),
        ],
        target=None,
    )
    data = chart_data(b)
    assert data is not None and "quốc gia" in data.title
    assert sorted(data.values) == [25000, 38000, 400000]  # the nation's three, none of Hà Tĩnh's


def test_two_alike_tasks_of_one_document_are_two_rows():
    """A short task that shares most of its words with a longer one of the same document is not the same directive
    told twice: merging them hid ten of a plan's tasks from Hồ Chí Minh's briefing."""
    from briefgen.assemble import _Item, _merge_actions
    from briefgen.extract.facts import Assignment

    short = Assignment("UBND", None, "Xác định đối tượng được hỗ trợ về nhà ở", None, "s1", 0, 10)
    long = Assignment(
        "UBND", None, "Nghiên cứu, thiết kế mẫu nhà ở cho đối tượng được hỗ trợ về nhà ở", None, "s2", 20, 60
    )
    item = _Item.__new__(_Item)
    item.source = type("S", (), {"number": 1, "issuer": None})()
    item.event = None
    item.facts = type("F", (), {"event_date": None})()
    item.doc = type("D", (), {"title": None, "issuer": None})()
    rows = _merge_actions([(short, item, ""), (long, item, "")], load_lexicon())
    assert [r.task[:10] for r in rows] == ["Xác định đ", "Nghiên cứu"]


def _plan_item(number: int = 1):
    from types import SimpleNamespace

    from briefgen.assemble import _Item

    item = _Item.__new__(_Item)
    item.source = SimpleNamespace(number=number, issuer="ỦY BAN NHÂN DÂN THÀNH PHỐ HỒ CHÍ MINH")
    item.event = None
    item.facts = SimpleNamespace(event_date="2014-06-28")
    item.doc = SimpleNamespace(title="Quyết định số 3210/QĐ-UBND", issuer="ỦY BAN NHÂN DÂN THÀNH PHỐ HỒ CHÍ MINH")
    return item


def test_a_plans_step_restated_in_its_assignments_is_one_row():
    """#21 review (class L): QĐ 3210's step 2.1 ("Ủy ban nhân dân xã, phường, thị trấn thành lập Ban Chỉ đạo …, gồm
    …", dated) and its §III ("Thành lập Ban Chỉ đạo … để tổ chức thực hiện hỗ trợ nhà ở") were two rows; the
    six-monthly and the annual report of one body, alike but dated apart, stay two."""
    from briefgen.assemble import _merge_actions
    from briefgen.extract.facts import Assignment

    who = "Ủy ban nhân dân xã, phường, thị trấn"
    step = Assignment(
        "UBND tỉnh",
        who,
        "Thành lập Ban Chỉ đạo thực hiện hỗ trợ nhà ở cho người có công với cách mạng, gồm đại diện chính quyền cấp xã",
        "trước ngày 27 tháng 6 năm 2014",
        "s1",
        0,
        10,
        deadline_date="2014-06-27",
    )
    again = Assignment(
        "UBND tỉnh",
        who,
        "Thành lập Ban Chỉ đạo thực hiện hỗ trợ nhà ở cho người có công với cách mạng để tổ chức "
        "thực hiện hỗ trợ nhà ở",
        None,
        "s2",
        20,
        60,
    )
    rows = _merge_actions([(step, _plan_item(), "giao"), (again, _plan_item(), "giao")], load_lexicon())
    assert len(rows) == 1 and rows[0].deadline == "trước ngày 27 tháng 6 năm 2014"
    half = Assignment(
        "UBND tỉnh", "Sở Tài chính", "Sở Tài chính tổng hợp báo cáo trước ngày 10/7", "trước ngày 10/7", "a", 0, 1
    )
    year = Assignment(
        "UBND tỉnh", "Sở Tài chính", "Sở Tài chính tổng hợp báo cáo trước ngày 20/12", "trước ngày 20/12", "b", 2, 3
    )
    assert len(_merge_actions([(half, _plan_item(), "giao"), (year, _plan_item(), "giao")], load_lexicon())) == 2


def test_a_closing_formula_is_no_row_beside_the_texts_own_tasks():
    """#21 review: "Có trách nhiệm thi hành Quyết định này" and "Thực hiện các nội dung và thời gian theo đúng Kế
    hoạch đề ra" were rows of Hồ Chí Minh's briefing; the text's own tasks are listed, the formula adds none."""
    from briefgen.assemble import _merge_actions
    from briefgen.extract.facts import Assignment

    task = Assignment(
        "UBND tỉnh", "Sở Xây dựng", "Nghiên cứu, thiết kế tối thiểu 03 mẫu nhà điển hình", None, "a", 0, 1
    )
    closing = Assignment("UBND tỉnh", "Giám đốc Sở Xây dựng", "có trách nhiệm thi hành Quyết định này", None, "b", 2, 3)
    plan = Assignment(
        "UBND tỉnh", "các tổ chức", "thực hiện các nội dung và thời gian theo đúng Kế hoạch đề ra", None, "c", 4, 5
    )
    rows = _merge_actions(
        [(task, _plan_item(), "giao"), (closing, _plan_item(), "giao"), (plan, _plan_item(), "giao")], load_lexicon()
    )
    assert [r.task[:10] for r in rows] == ["Nghiên cứu"]
    alone = _merge_actions([(closing, _plan_item(2), "giao")], load_lexicon())  # a text with no other task keeps it
    assert len(alone) == 1


def test_a_task_a_plan_restates_as_a_table_row_is_listed_once_as_the_row_gives_it():
    """The prose "Tổ chức Hội nghị phổ biến, triển khai nội dung của Nghị định đến các cơ quan" and the table row
    "Tổ chức Hội nghị phổ biến, triển khai Nghị định đến các cơ quan, tổ chức" of one plan are one row (the table's,
    with its lead agency); another document's like task stays."""
    from types import SimpleNamespace

    from briefgen.assemble import _drop_restated
    from briefgen.extract.facts import Assignment

    def task(text, cue, source):
        a = Assignment("Bộ trưởng", None if cue != "(bảng)" else "Cục Lâm nghiệp", text, None, text, 0, 1, cue)
        return a, SimpleNamespace(source=SimpleNamespace(number=source)), "giao"

    prose = task("Tổ chức Hội nghị phổ biến, triển khai nội dung của Nghị định đến các cơ quan", "(tiếp nối)", 1)
    row = task("Tổ chức Hội nghị phổ biến, triển khai Nghị định đến các cơ quan, tổ chức", "(bảng)", 1)
    other = task("Tổ chức Hội nghị phổ biến, triển khai nội dung của Nghị định đến các cơ quan", "(tiếp nối)", 2)
    kept = _drop_restated([prose, row, other])
    assert [(a.assignee, it.source.number) for a, it, _ in kept] == [("Cục Lâm nghiệp", 1), (None, 2)]


def test_a_plans_prose_stating_a_row_at_length_is_the_row():
    """ "5. Thường xuyên tổ chức theo dõi thi hành pháp luật; sơ kết, tổng kết, đánh giá … để kịp thời phát hiện …"
    opens with the row's words "Tổ chức theo dõi thi hành pháp luật; tổng hợp, đánh giá …" for the same body: one row;
    a prose task of another body, or one that only shares words, stays."""
    from types import SimpleNamespace

    from briefgen.assemble import _drop_restated
    from briefgen.extract.facts import Assignment

    def task(text, cue, who="Cục Lâm nghiệp"):
        a = Assignment("Bộ trưởng", who, text, None, text, 0, 1, cue)
        return a, SimpleNamespace(source=SimpleNamespace(number=1)), "giao"

    prose = task(
        "Thường xuyên tổ chức theo dõi thi hành pháp luật; sơ kết, tổng kết, đánh giá việc thực hiện nội dung của "
        "Nghị định để kịp thời phát hiện khó khăn, vướng mắc trong thực tiễn và đề xuất giải pháp khắc phục",
        "(đề mục)",
    )
    row = task(
        "Tổ chức theo dõi thi hành pháp luật; tổng hợp, đánh giá việc thực hiện nội dung của Nghị định.", "(bảng)"
    )
    others = task(prose[0].task, "(đề mục)", "Vụ Pháp chế")
    alike = task(
        "Đánh giá việc thực hiện nội dung của Nghị định, tổ chức theo dõi thi hành pháp luật về chi trả dịch vụ môi "
        "trường rừng, xác định mức chi trả, quản lý nguồn thu và báo cáo Bộ trưởng kết quả hằng năm để sửa đổi, bổ "
        "sung quy định cho phù hợp thực tiễn",
        "(đề mục)",
    )
    kept = _drop_restated([prose, row, others, alike])
    assert [(a.cue, a.assignee, a.task[:6]) for a, _, _ in kept] == [
        ("(bảng)", "Cục Lâm nghiệp", "Tổ chứ"),
        ("(đề mục)", "Vụ Pháp chế", "Thường"),
        ("(đề mục)", "Cục Lâm nghiệp", "Đánh g"),
    ]


def test_a_summary_quotes_only_sentences_that_stand_alone():
    """A basis line, a list item, a cut portal lead are not quoted in a summary; a whole sentence is."""
    from briefgen.assemble import _quotable

    assert not _quotable("Căn cứ Luật Tổ chức Hội đồng nhân dân và Ủy ban nhân dân ngày 26 tháng 11 năm 2003;")
    assert not _quotable("Biên bản xác nhận xây dựng nhà ở hoàn thành theo giai đoạn (01 bản);")
    assert not _quotable("Thủ tướng Chính phủ vừa ký Công điện số 39 /CĐ-TTg gửi Chủ tịch Ủy ban nhân dân tỉnh Yên ...")
    assert _quotable("Đồng chí Lâm Thị Hương Thành đề nghị các sở, ngành hỗ trợ tiêu thụ vải thiều.")


@pytest.mark.parametrize(
    ("task", "title", "shown"),
    [
        (
            "triển khai thực hiện",
            "Công văn số 9387/UBND-KT về việc triển khai thực hiện Chương trình hành động số 104-CTr/TU của Tỉnh ủy",
            "triển khai thực hiện Chương trình hành động số 104-CTr/TU của Tỉnh ủy",
        ),
        (
            "triển khai thực hiện",
            "Công văn số 8129/UBND-KT về việc kiểm tra, xác minh các nội dung theo kiến nghị",
            "triển khai thực hiện Công văn số 8129/UBND-KT về kiểm tra, xác minh các nội dung theo kiến nghị",
        ),
        ("thực hiện", "Chỉ thị số 15/CT-TTg", "thực hiện Chỉ thị số 15/CT-TTg"),
        (
            "triển khai thực hiện kế hoạch năm 2025",
            "Công văn số 1/UBND về việc X",
            "triển khai thực hiện kế hoạch năm 2025",
        ),
    ],
)
def test_a_closing_that_only_says_carry_it_out_shows_what(task, title, shown):
    """ "Căn cứ ý kiến chỉ đạo, yêu cầu các Sở, ngành, địa phương triển khai thực hiện./." asks to carry out the
    document: a row reading "Triển khai thực hiện" alone tells staff nothing (#21 review)."""
    from briefgen.assemble import _task_shown

    doc = type("D", (), {"title": title})()
    assert _task_shown(task, doc) == shown


def test_a_citys_committee_is_not_called_a_provinces():
    from briefgen.assemble import _assigner_shown

    city = "Ủy ban nhân dân thành phố Hồ Chí Minh"
    assert _assigner_shown("UBND tỉnh", city) == "UBND Thành phố"
    assert _assigner_shown("Chủ tịch UBND tỉnh", city) == "Chủ tịch UBND Thành phố"
    assert _assigner_shown("UBND tỉnh", "Ủy ban nhân dân tỉnh Lào Cai") == "UBND tỉnh"
    assert _assigner_shown("Thủ tướng Chính phủ", city) == "Thủ tướng Chính phủ"


def test_a_caption_that_only_says_who_spoke_is_no_summary_sentence():
    """#21 reviews: "Đồng chí Lâm Thị Hương Thành phát biểu chỉ đạo tại hội nghị." led a province's summary."""
    from briefgen.assemble import _quotable

    assert not _quotable("Đồng chí Lâm Thị Hương Thành phát biểu chỉ đạo tại hội nghị.")
    assert not _quotable("Lãnh đạo UBND huyện Tân Yên phát biểu tại hội nghị xúc tiến thương mại vải thiều sớm.")
    assert _quotable("Năm 2024, sản lượng vải thiều toàn tỉnh ước đạt 100 nghìn tấn.")
    assert _quotable(
        "Sáng 27/5, Phó Chủ tịch tỉnh dự hội nghị tại huyện Tân Yên và yêu cầu các sở tăng cường hỗ trợ doanh nghiệp."
    )


def test_distances_from_two_towns_are_two_figures():
    """'sân bay Gia Bình cách TP Bắc Ninh 25 km' and '… cách TP Hải Dương 25 km' in a Bắc Ninh briefing: the scope's
    name is no word of the metric, so the place measured from tells them apart."""
    from briefgen.assemble import _measured_from

    assert _measured_from("sân bay Gia Bình cách TP Bắc Ninh") == "tp bắc ninh"
    assert _measured_from("sân bay Gia Bình cách Hồ Gươm (TP Hà Nội)") == "hồ gươm"
    assert _measured_from("người có công với cách mạng") == "mạng"
    assert _measured_from("sản lượng vải thiều") == ""


def test_results_told_again_are_left_out_and_each_source_gets_its_turn():
    """#21 review: one article told its accident in the whole "Kết quả nổi bật" section (the lead, then "Theo đó, vào
    hồi 13 giờ 30 phút, ngày 22/4/2024 …", "Hậu quả làm cho 07 công nhân … tử vong và 03 …"); a retelling of the same
    source's numbers goes, and each source's first result comes before any source's second."""
    from briefgen import assemble as A
    from briefgen.briefing import Cited, ResultItem

    def item(text, *sources):
        return ResultItem(text, "Lào Cai", [Cited(s, text) for s in sources])

    lead = item("Ngày 22 tháng 4 năm 2024 đã xảy ra vụ tai nạn khiến 07 người tử vong và 03 người bị thương.", 1)
    again = item("Hậu quả làm cho 07 công nhân tử vong và 03 công nhân khác bị thương.", 1)
    elsewhere = item("Tỉnh báo cáo 7 người tử vong và 3 người bị thương trong tháng 4.", 2)
    cause = item("Nguyên nhân ban đầu được xác định là do sự cố động cơ điện.", 1)
    merged = A._merge_results([lead, again, cause, elsewhere])
    assert merged == [lead, cause, elsewhere]  # another source's report of the same numbers stays
    weights = A._result_weights(merged)
    kept, cut = A._keep(merged, 2, lambda r: weights[id(r)])
    assert kept == [lead, elsewhere] and cut == 1


def test_a_count_told_twice_is_one_row_with_both_citations():
    """A công điện's "khiến 07 người tử vong" of April 2024 and the news report's "7 người tử vong" of 22/4 are one
    fact: one row citing both; another label, value or a period outside the other's stays its own row."""
    from dataclasses import replace

    death = _fig(7, "người", "người tử vong", "2024", scope="Hà Tĩnh")
    rows = _rows(
        [
            replace(death, period="tháng 4 năm 2024", period_key="2024-M04"),
            replace(death, period="Hiện nay", period_key="2024-04-22"),
            replace(death, period="năm 2023", period_key="2023"),
            replace(death, subject="người bị thương", period_key="2024-M04"),
        ]
    )
    assert [(r.subject, r.period_key) for r in rows] == [
        ("người tử vong", "2024-M04"),
        ("người tử vong", "2023"),
        ("người bị thương", "2024-M04"),
    ]
    assert [c.source for c in rows[0].values[0].citations] == [1, 2]


def test_a_provinces_undated_document_is_named_when_a_period_leaves_it_out(tmp_path):
    """#21 (seventh review): a resolution that gives no date cannot fall in a week or month; the briefing names it
    instead of leaving it out silently, and the all-time briefing holds it."""
    from briefgen.api import load_corpus
    from briefgen.periods import date_range

    folder = tmp_path / "c"
    folder.mkdir()
    (folder / "dated.txt").write_text(
        "Hà Tĩnh họp về giải ngân\nSáng 12/1/2026, UBND tỉnh Hà Tĩnh yêu cầu các sở đẩy nhanh giải ngân vốn.\n",
        encoding="utf-8",
    )
    (folder / "undated.txt").write_text(
        "Hà Tĩnh rà soát dự án chậm tiến độ\nUBND tỉnh Hà Tĩnh yêu cầu các sở rà soát các dự án chậm tiến độ.\n",
        encoding="utf-8",
    )
    loaded = load_corpus([folder], None)
    job, target = make_job({}, "<test>"), resolve_target("Hà Tĩnh", None)
    week = build_briefing(loaded, target, date_range(date(2026, 1, 12), date(2026, 1, 18)), job, date(2026, 1, 20))
    told = [n for n in week.notices if "không rõ ngày" in n]
    assert len(told) == 1 and "«Hà Tĩnh rà soát dự án chậm tiến độ»" in told[0], week.notices
    everything = build_briefing(loaded, target, ALL, job, date(2026, 1, 20))
    assert not any("không được đưa vào" in n for n in everything.notices), everything.notices
    assert len(everything.sources) == 2


def test_an_official_texts_capitals_subject_is_cited_in_sentence_case(tmp_path):
    """Sources as a report cites them: "Chỉ thị số 14/CT-TTg về việc … tại Việt Nam …", not the heading's capitals;
    places, bodies, documents and a council's term keep their capitals."""
    from briefgen.assemble import cited_title
    from briefgen.corpus import load_document

    p = tmp_path / "nq.txt"
    p.write_text(
        '<jsontable name="bang_0"> </jsontable>\nNGHỊ QUYẾT\nVỀ CHẤT VẤN TẠI KỲ HỌP THỨ NĂM-HỘI ĐỒNG NHÂN DÂN TỈNH '
        "BÀ RỊA-VŨNG TÀU KHÓA VI VÀ THỰC HIỆN CHỈ THỊ SỐ 14-CT/TW CỦA BAN BÍ THƯ TRUNG ƯƠNG ĐẢNG TẠI VIỆT NAM\n"
        "HỘI ĐỒNG NHÂN DÂN TỈNH BÀ RỊA-VŨNG TÀU\nCăn cứ Luật Tổ chức chính quyền địa phương ngày 19 tháng 6 năm 2015;\n"
        "Điều 1. Ủy ban nhân dân tỉnh tổ chức thực hiện Nghị quyết.\n",
        encoding="utf-8",
    )
    cited = cited_title(load_document(p), load_lexicon())
    assert cited == (
        "Nghị quyết về chất vấn tại kỳ họp thứ năm-Hội đồng nhân dân tỉnh Bà Rịa-Vũng Tàu khóa VI và thực hiện Chỉ thị "
        "số 14-CT/TW của Ban Bí thư Trung ương Đảng tại Việt Nam"
    ), cited
