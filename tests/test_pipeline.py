"""Extraction's components, each on its own: run the pipeline up to it and look only at what it adds."""

from __future__ import annotations

from briefgen.extract import pipeline
from briefgen.extract.place_scope import paragraph_scope, sentence_scope
from briefgen.lexicon import load_lexicon

from .conftest import doc_from_text

LEX = load_lexicon()


def work_until(tmp_path, text: str, last: str, name: str = "a.txt") -> pipeline.Work:
    """A Work after the components up to and including last."""
    work = pipeline.start(doc_from_text(tmp_path, text, name), LEX)
    for component_name, component in pipeline.components():
        component(work)
        if component_name == last:
            return work
    raise AssertionError(f"no component {last}")


def test_components_run_in_their_declared_order():
    names = [n for n, _ in pipeline.components()]
    assert names == ["participation", "directives", "tables", "home", "place_scope", "figures", "results", "themes"]


def test_directives_a_term_line_dates_the_task_before_it(tmp_path):
    text = (
        "Thủ tướng Chính phủ yêu cầu Bộ Tài chính rà soát các quy định về thuế.\n\nThời hạn hoàn thành: tháng 6/2026.\n"
    )
    work = work_until(tmp_path, text, "directives")
    [a] = work.facts.assignments
    assert (a.assignee, a.deadline, a.deadline_date) == ("Bộ Tài chính", "tháng 6/2026", "2026-06-30")
    assert work.task_spans.covers(a.start) and not work.task_spans.covers(0)


def test_home_a_provincial_leaders_tasks_bind_the_province_only(tmp_path):
    text = (
        "UBND tỉnh Lai Châu tổ chức hội nghị triển khai nhiệm vụ năm 2026.\n\n"
        "Chủ tịch UBND tỉnh yêu cầu các sở, ban, ngành tập trung giải ngân vốn đầu tư công.\n"
    )
    work = work_until(tmp_path, text, "home")
    assert work.home == "Lai Châu" == work.facts.home
    [a] = work.facts.assignments
    assert a.provinces == ["Lai Châu"] and "localities" not in a.addressee_kinds


def test_place_scope_paragraphs_carry_and_change_scope():
    assert paragraph_scope("Tại tỉnh Lào Cai, kim ngạch đạt 2 tỷ USD.", "quốc gia", LEX) == "Lào Cai"
    assert paragraph_scope("Bên cạnh đó, thu ngân sách đạt 5 nghìn tỷ đồng.", "Lào Cai", LEX) == "Lào Cai"
    assert paragraph_scope("Xuất khẩu cả nước tăng 10%.", "Lào Cai", LEX) == "quốc gia"
    assert paragraph_scope("Kinh tế toàn tỉnh tăng 8%.", "quốc gia", LEX, home="Lai Châu") == "Lai Châu"
    assert sentence_scope("Kim ngạch cả nước đạt 900 tỷ USD.", "Lai Châu", LEX) == "quốc gia"


def test_place_scope_a_roundup_gives_each_province_its_paragraphs():
    assert paragraph_scope("Với Bắc Giang, Thủ tướng yêu cầu cứu 7.200 ha lúa.", "quốc gia", LEX) == "Bắc Ninh"
    quang_nam = "Trong khi đó, tại tỉnh Quảng Nam, có 206 tàu cá trên biển."
    assert paragraph_scope(quang_nam, "quốc gia", LEX) == "Đà Nẵng"  # Quảng Nam is Đà Nẵng's since 2025
    assert paragraph_scope("Cụ thể, trong tổng số 2.576 tàu cá, còn 206 tàu.", "Đà Nẵng", LEX) == "Đà Nẵng"
    # a province named as such in the first sentence, not as a place a storm went to
    assert paragraph_scope("Qua kiểm đếm, trên địa bàn Quảng Bình có 7.313 tàu.", "quốc gia", LEX) == "Quảng Trị"
    assert (
        paragraph_scope("Nghe bão vào Cà Mau, nhiều người đi xem. Hơn 3.000 người chết.", "quốc gia", LEX) == "quốc gia"
    )


def test_place_scope_a_text_on_one_province_is_its_own_a_ministrys_conference_the_nations(tmp_path):
    one = (
        "Đẩy nhanh giải phóng mặt bằng Cảng hàng không Quảng Trị\n\n"
        "Sáng 5/3, Chủ tịch UBND tỉnh Quảng Trị kiểm tra dự án.\n\n"
        "Dự án có quy mô trên 265 ha, tổng mức đầu tư hơn 5.800 tỷ đồng.\n"
    )
    work = work_until(tmp_path, one, "figures")
    assert {f.scope for f in work.facts.figures} == {"Quảng Trị"}, work.facts.figures
    conference = (
        "Hội nghị triển khai kế hoạch ngành tôm 2019\n\n"
        "Hội nghị do Bộ NN&PTNT phối hợp UBND tỉnh Sóc Trăng tổ chức vào ngày 13/3.\n\n"
        "Năm 2018, sản lượng tôm nước lợ đạt 762.000 tấn.\n"
    )
    work = work_until(tmp_path, conference, "figures", "b.txt")
    assert {f.scope for f in work.facts.figures} == {"quốc gia"}, work.facts.figures


def test_figures_a_plan_the_government_gives_is_the_provinces(tmp_path):
    text = (
        "Đà Nẵng giải ngân vốn đầu tư công\n\n"
        "Năm 2024, Đà Nẵng giải ngân đạt 7.611 tỷ đồng, bằng 104,4% kế hoạch Thủ tướng Chính phủ giao.\n"
    )
    work = work_until(tmp_path, text, "figures")
    assert {f.scope for f in work.facts.figures} == {"Đà Nẵng"}, work.facts.figures


def test_figures_take_the_discourses_period_and_a_targets_horizon(tmp_path):
    text = (
        "I. KẾT QUẢ NĂM 2025\n\n"
        "Năm 2025, kim ngạch xuất khẩu đạt 5 tỷ USD. Thu ngân sách đạt 3.000 tỷ đồng.\n\n"
        "II. CHỈ TIÊU ĐẾN NĂM 2030\n\n"
        "Kim ngạch xuất khẩu đạt 10 tỷ USD.\n"
    )
    work = work_until(tmp_path, text, "figures")
    got = [(f.text, f.period_key, f.kind) for f in work.facts.figures]
    assert any(p == "2025" and k == "result" and "3.000" in t for t, p, k in got), got
    assert any("10 tỷ USD" in t and k == "target" and p == "2030" for t, p, k in got), got
    assert work.target_sentences


def test_results_are_reports_not_aims_nor_tasks(tmp_path):
    text = (
        "Tỉnh tổng kết công tác năm 2025.\n\n"
        "Năm 2025, tỉnh đã hoàn thành 12 công trình giao thông.\n\n"
        "Tỉnh phấn đấu đến năm 2030, kim ngạch xuất khẩu đạt 5 tỷ USD.\n\n"
        "Thủ tướng yêu cầu các bộ hoàn thành giải ngân trong năm 2026.\n"
    )
    work = work_until(tmp_path, text, "results")
    assert [r.text for r in work.facts.results] == ["Năm 2025, tỉnh đã hoàn thành 12 công trình giao thông."]


def test_themes_are_given_to_each_fact(tmp_path):
    work = work_until(tmp_path, "Sáng nay.\n\nNăm 2025, kim ngạch xuất khẩu đạt 5 tỷ USD.\n", "themes")
    [f] = work.facts.figures
    assert f.themes and set(f.themes) <= set(work.facts.themes)


def test_home_a_provincial_leader_named_with_a_province_binds_that_province(tmp_path):
    """A report on several provinces: "Chủ tịch UBND TP Hải Phòng yêu cầu Chủ tịch UBND các huyện …" are Hải Phòng's
    tasks, not every locality's."""
    text = (
        "Các địa phương ứng phó áp thấp nhiệt đới\n\n"
        "Tại Quảng Ninh và Hải Phòng, các lực lượng đã sẵn sàng ứng phó.\n\n"
        "Theo đó, Chủ tịch UBND TP Hải Phòng yêu cầu Chủ tịch UBND các huyện, quận tuyệt đối không được chủ quan.\n"
    )
    work = work_until(tmp_path, text, "home")
    [a] = work.facts.assignments
    assert a.provinces == ["Hải Phòng"] and "localities" not in a.addressee_kinds


def test_home_a_provincial_leader_without_a_province_speaks_for_the_only_province_named(tmp_path):
    """ "Phó Chủ tịch UBND tỉnh Trần Châu yêu cầu …" in a report that names Bình Định alone: Bình Định's task (now
    Gia Lai's); in a report that names several provinces, no province is guessed."""
    one = "Khắc phục thẻ vàng\n\nTại Bình Định, ngư dân đã được tuyên truyền.\n\nPhó Chủ tịch UBND tỉnh Trần Châu yêu cầu Sở Nông nghiệp rà soát tàu cá.\n"
    two = "Khắc phục thẻ vàng\n\nTại Bình Định và Phú Yên, ngư dân đã được tuyên truyền.\n\nPhó Chủ tịch UBND tỉnh Trần Châu yêu cầu Sở Nông nghiệp rà soát tàu cá.\n"
    [a] = work_until(tmp_path, one, "home", "one.txt").facts.assignments
    assert a.provinces == ["Gia Lai"], a.provinces
    [b] = work_until(tmp_path, two, "home", "two.txt").facts.assignments
    assert b.provinces == [], b.provinces


def test_home_the_provinces_a_text_gives_tasks_to_take_part_in_it(tmp_path):
    """A dispatch's recipients, bound to its tasks, are provinces the text is about, not only mentioned in it."""
    text = (
        "BỘ LAO ĐỘNG - THƯƠNG BINH VÀ XÃ HỘI\n\nSố: 5115/LĐTBXH-KHTC\n\nV/v chi trả trợ cấp\n\n"
        "Kính gửi:\n\n- Sở Lao động - Thương binh và Xã hội thành phố Cần Thơ;\n\n"
        "- Sở Lao động - Thương binh và Xã hội tỉnh Hưng Yên.\n\n"
        "Giám đốc Sở Lao động - Thương binh và Xã hội có trách nhiệm:\n\n"
        "- Phối hợp với Tổng công ty Bưu điện Việt Nam hoàn thiện Đề án thí điểm chi trả trợ cấp.\n"
    )
    facts = work_until(tmp_path, text, "home").facts
    assert set(facts.provinces) == {"Cần Thơ", "Hưng Yên"} and not facts.mentioned_provinces, facts.provinces


def test_home_a_reports_cong_dien_gui_names_its_recipients(tmp_path):
    """A portal's report of a công điện: "Công điện gửi … Chủ tịch Ủy ban nhân dân các tỉnh: Cao Bằng, Lạng Sơn" names
    the provinces its tasks to "các tỉnh nêu trên" go to."""
    text = (
        "Thủ tướng chỉ đạo khắc phục sạt lở\n\n"
        "Công điện gửi Bộ trưởng các Bộ: Quốc phòng, Công an; Chủ tịch Ủy ban nhân dân các tỉnh: Cao Bằng, Lạng Sơn.\n\n"
        "Thủ tướng Chính phủ yêu cầu Chủ tịch Ủy ban nhân dân các tỉnh nêu trên chủ động rà soát các khu vực có nguy cơ sạt lở.\n"
    )
    facts = work_until(tmp_path, text, "home").facts
    [a] = facts.assignments
    assert set(a.provinces) == {"Cao Bằng", "Lạng Sơn"} and set(facts.provinces) == {"Cao Bằng", "Lạng Sơn"}


def test_a_directive_that_names_no_province_goes_to_the_province_its_paragraph_speaks_of(tmp_path):
    """In a roundup, "Tại Quảng Ngãi, Chủ tịch UBND tỉnh … yêu cầu các cơ quan, đơn vị …" is Quảng Ngãi's; a task
    for a central department ("Cục Cảnh sát giao thông") in the same paragraph is not."""
    from briefgen.extract import extract

    from .conftest import doc_from_text

    text = (
        "Các địa phương ứng phó bão số 4\n\n"
        "Áp thấp nhiệt đới đã mạnh lên thành bão, các tỉnh Quảng Ngãi, Quảng Trị triển khai phương án ứng phó.\n\n"
        "Tại Quảng Ngãi, Chủ tịch UBND tỉnh Nguyễn Hoàng Giang yêu cầu các cơ quan, đơn vị thường xuyên theo dõi "
        "chặt chẽ diễn biến của bão. Bộ trưởng Bộ Công an yêu cầu Cục Cảnh sát giao thông bảo đảm an toàn giao thông.\n"
    )
    got = {a.assignee: a.provinces for a in extract(doc_from_text(tmp_path, text)).assignments}
    assert got["các cơ quan, đơn vị"] == ["Quảng Ngãi"], got
    assert [v for k, v in got.items() if k.startswith("Cục Cảnh sát")] == [[]], got


def test_provinces_that_sign_an_agreement_direct_their_units_each_in_its_briefing(tmp_path):
    """ "Các tỉnh thống nhất chỉ đạo Bộ đội Biên phòng làm tốt …" after "quy chế phối hợp giữa 3 tỉnh gồm: Bến Tre,
    Trà Vinh và Cà Mau": the task is each signer's."""
    from briefgen.extract import extract

    from .conftest import doc_from_text

    text = (
        "Phối hợp quản lý tàu cá\n\n"
        "UBND tỉnh Bến Tre vừa tổ chức ký kết quy chế phối hợp giữa 3 tỉnh gồm: Bến Tre, Trà Vinh và Cà Mau trong "
        "công tác quản lý tàu cá.\n\n"
        "Các tỉnh thống nhất chỉ đạo Bộ đội Biên phòng làm tốt việc tuần tra kiểm soát phương tiện xuất, nhập bến.\n"
    )
    a = extract(doc_from_text(tmp_path, text)).assignments[-1]
    assert (a.assigner, a.assignee) == ("Các tỉnh", "Bộ đội Biên phòng")
    assert {"Vĩnh Long", "Cà Mau"} <= set(a.provinces), a.provinces  # Bến Tre and Trà Vinh are Vĩnh Long's now


def test_a_bare_head_noun_refers_back_to_the_one_body_of_that_head_named_before(tmp_path):
    """ "Thăm Công ty Cổ phần Nước sạch Quảng Trị, … lưu ý công ty cần …": the company named; with two companies
    named before, "công ty" stays as written."""
    from briefgen.extract import extract

    from .conftest import doc_from_text

    one = (
        "Quyền Chủ tịch UBND tỉnh thăm các đơn vị\n\n"
        "Thăm Công ty Cổ phần Nước sạch Quảng Trị, Quyền Chủ tịch UBND tỉnh Hà Sỹ Đồng lưu ý công ty cần tiếp tục "
        "đảm bảo cung ứng nước sạch ổn định.\n"
    )
    assert [a.assignee for a in extract(doc_from_text(tmp_path, one)).assignments] == [
        "Công ty Cổ phần Nước sạch Quảng Trị"
    ]
    two = one.replace("Thăm Công ty", "Thăm Công ty TNHH Hiệp Phú và Công ty")
    assert [a.assignee for a in extract(doc_from_text(tmp_path, two, "b.txt")).assignments] == ["công ty"]


def test_a_districts_figure_says_whose_it_is(tmp_path):
    """ "Năm 2024, … trên địa bàn huyện Tân Yên …, sản lượng ước đạt 15,5 nghìn tấn" is the district's figure, and its
    subject says so, lest a provincial reader take it for the province's total."""
    from briefgen.extract import extract

    from .conftest import doc_from_text

    text = (
        "Tân Yên: Xúc tiến tiêu thụ vải thiều\n\n"
        "Năm 2024, tổng diện tích vải thiều trên địa bàn huyện Tân Yên là hơn 1,4 nghìn ha, sản lượng ước đạt 15,5 "
        "nghìn tấn.\n"
    )
    subjects = [f.subject for f in extract(doc_from_text(tmp_path, text)).figures]
    assert subjects == ["tổng diện tích vải thiều trên địa bàn huyện Tân Yên", "sản lượng vải thiều (huyện Tân Yên)"]


def test_a_figure_said_through_the_one_before_it(tmp_path):
    """A share in brackets after a figure, a part after "trong đó", another measure of the same thing, the second of
    two coordinated counts, and a count of people after how it was found each say what they count."""
    from briefgen.extract import extract

    from .conftest import doc_from_text

    text = (
        "Tin vải thiều\n\n"
        "Năm 2024, dự kiến khoảng 7,8 nghìn tấn (chiếm 50,3% tổng sản lượng) vải thiều tiêu thụ tại thị trường nội "
        "địa. Trong đó diện tích vải thiều sớm là 1.250 ha, sản lượng ước đạt 15 nghìn tấn. Toàn tỉnh còn khoảng 10% "
        "hộ nghèo (329 hộ, trong đó có 51 hộ đồng bào dân tộc thiểu số). Đến nay đã công khai phương án hỗ trợ đối "
        "với 197 lăng, mộ tại xã A và 100 ha rừng ở xã B. Cơ quan chức năng đã xác định được danh tính 7 người tử "
        "vong đều trú tại xã C gồm: ông D, ông E.\n"
    )
    subjects = {f.text: f.subject for f in extract(doc_from_text(tmp_path, text)).figures}
    assert subjects["50,3%"] == "tỷ trọng vải thiều tiêu thụ tại thị trường nội địa trong tổng sản lượng"
    assert subjects["ước đạt 15 nghìn tấn"] == "sản lượng vải thiều sớm"
    assert subjects["51 hộ"] == "hộ nghèo đồng bào dân tộc thiểu số"
    assert subjects["100 ha"] == "rừng ở xã B"
    assert subjects["7 người"] == "người tử vong"
