"""The outline of official texts, the scope it gives each item, and the directives read from it."""

from briefgen.extract import extract
from briefgen.extract.outline import build_outline, marker_style
from briefgen.extract.scope import read_node
from briefgen.lexicon import load_lexicon

from .conftest import doc_from_text

LEX = load_lexicon()

CHI_THI = """THỦ TƯỚNG CHÍNH PHỦ
Số: 99/CT-TTg
CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
Độc lập - Tự do - Hạnh phúc
Hà Nội, ngày 10 tháng 3 năm 2026
CHỈ THỊ
Về việc chấn chỉnh công tác quản lý các khu công nghiệp
Trong thời gian qua, các khu công nghiệp đã có đóng góp quan trọng.
Thủ tướng Chính phủ yêu cầu các Bộ trưởng, Chủ tịch Ủy ban nhân dân các tỉnh thực hiện các nhiệm vụ sau đây:
1. Bộ Kế hoạch và Đầu tư:
a) Chủ trì, phối hợp với các bộ, ngành rà soát quy hoạch các khu công nghiệp; báo cáo Thủ tướng Chính phủ trong quý III năm 2026.
b) Hàng năm, tiến hành rà soát các khu công nghiệp thuộc diện hỗ trợ vốn.
2. Thanh tra Chính phủ
- Tăng cường thanh tra việc sử dụng đất trong các khu công nghiệp.
3. Ủy ban nhân dân các tỉnh, thành phố trực thuộc Trung ương
a) Xử lý nghiêm các trường hợp vi phạm quy định về bảo vệ môi trường.
b) Việc thành lập mới các khu công nghiệp phải bảo đảm đúng quy hoạch.
"""


def test_marker_styles():
    assert [marker_style(m, LEX) for m in ("1.", "1.2.", "a)", "II.", "-", "+", "•")] == [
        "num",
        "num.num",
        "alpha",
        "roman",
        "dash",
        "plus",
        "bullet",
    ]


def test_outline_nests_items_by_marker_style(tmp_path):
    doc = doc_from_text(tmp_path, CHI_THI)
    ol = build_outline(doc, LEX)
    shape = [(n.depth, n.marker or n.kind) for n in ol.nodes]
    assert shape[:3] == [(0, "text"), (0, "leadin"), (1, "1.")]
    assert (2, "a)") in shape and (2, "-") in shape
    # "2. Thanh tra Chính phủ" closes "1." and its lettered items: it is their sibling
    two = next(n for n in ol.nodes if n.marker == "2.")
    assert ol.nodes[two.parent].kind == "leadin"


def test_read_node_addressee_headers():
    assert read_node("Bộ Kế hoạch và Đầu tư:", "item", LEX).addressee == "Bộ Kế hoạch và Đầu tư"
    assert read_node("Thanh tra tỉnh", "item", LEX).addressee == "Thanh tra tỉnh"
    got = read_node("Trách nhiệm chung của các cơ quan, đơn vị", "item", LEX)
    assert got.header_only and got.tasks and got.addressee == "các cơ quan, đơn vị"
    assert read_node("MỤC ĐÍCH, YÊU CẦU", "heading", LEX).aims
    assert not read_node("Tăng cường thanh tra việc sử dụng đất.", "item", LEX).addressee
    # a body over its tasks with its duty, whatever its name holds
    assert (
        read_node("Tổng Cục Quản lý ruộng đất có trách nhiệm:", "item", LEX).addressee == "Tổng Cục Quản lý ruộng đất"
    )
    # a plan's assignment of duties: the person and the role before the colon
    person = read_node(
        "Ông. Hoàng Văn Thuân - Trưởng đoàn: Phụ trách chung; chỉ đạo toàn diện hoạt động của Đoàn;", "item", LEX
    )
    assert person.addressee == "Hoàng Văn Thuân - Trưởng đoàn" and person.tasks
    # a lead-in that obliges its own subject
    lead = "Để các công việc tiến hành được thuận lợi, các ngành, các cấp cần thực hiện tốt những việc cụ thể sau đây:"
    assert read_node(lead, "leadin", LEX).addressee == "các ngành, các cấp"


def test_items_take_the_addressee_of_their_heading(tmp_path):
    facts = extract(doc_from_text(tmp_path, CHI_THI))

    def task(start: str):
        return next(a for a in facts.assignments if a.task.startswith(start))

    assert task("Chủ trì").assignee == "Bộ Kế hoạch và Đầu tư"
    assert task("Chủ trì").deadline == "trong quý III năm 2026"  # the item's closing "báo cáo … trong quý III"
    assert task("Hàng năm, tiến hành rà soát").assignee == "Bộ Kế hoạch và Đầu tư"
    assert task("Tăng cường thanh tra").assignee == "Thanh tra Chính phủ"
    xu_ly = task("Xử lý nghiêm")
    assert xu_ly.assignee.startswith("Ủy ban nhân dân các tỉnh") and "localities" in xu_ly.addressee_kinds
    assert any(a.task.startswith("Việc thành lập mới") for a in facts.assignments)  # an obligation in an item
    # headings and lead-ins are never tasks
    assert not any(a.task.rstrip(":").endswith(("sau đây", "Đầu tư")) for a in facts.assignments)


def test_recipients_do_not_head_the_body(tmp_path):
    text = """ỦY BAN NHÂN DÂN TỈNH LÀO CAI
Số: 123/UBND-KT
V/v tăng cường quản lý khoáng sản
Kính gửi:
- Các Sở, ban, ngành thuộc UBND tỉnh;
- Ủy ban nhân dân các xã, phường.
Thực hiện Văn bản số 4250/BNNMT-ĐCKS ngày 29/4/2026 của Bộ Nông nghiệp và Môi trường, Ủy ban nhân dân tỉnh có ý kiến như sau.
"""
    facts = extract(doc_from_text(tmp_path, text))
    assert not any(a.task.startswith("Thực hiện Văn bản") for a in facts.assignments)


def test_a_guidance_letter_guides_its_recipients_item_by_item(tmp_path):
    text = """BỘ LAO ĐỘNG - THƯƠNG BINH VÀ XÃ HỘI

Số: 2638/LĐTBXH-KHTC

V/v xây dựng dự toán năm 2020

Hà Nội, ngày 03 tháng 7 năm 2019

Kính gửi: Giám đốc Sở Lao động - Thương binh và Xã hội các tỉnh, thành phố trực thuộc Trung ương

Thực hiện Thông tư số 38/2019/TT-BTC của Bộ Tài chính, Bộ hướng dẫn Sở Lao động - Thương binh và Xã hội các tỉnh, \
thành phố xây dựng dự toán năm 2020 như sau:

1. Kinh phí chi công việc phục vụ chế độ ưu đãi người có công

- Kinh phí điều trị: căn cứ đối tượng đang được nuôi dưỡng tại Trung tâm để tính toán kinh phí hỗ trợ.

a/ Báo cáo số Trung tâm thực hiện công tác nuôi dưỡng, điều dưỡng.

"""
    got = [(a.assignee, a.task) for a in extract(doc_from_text(tmp_path, text)).assignments]
    sở = "Sở Lao động - Thương binh và Xã hội các tỉnh, thành phố"
    assert (
        sở,
        "Kinh phí điều trị: căn cứ đối tượng đang được nuôi dưỡng tại Trung tâm để tính toán kinh phí hỗ trợ",
    ) in got
    assert (sở, "Báo cáo số Trung tâm thực hiện công tác nuôi dưỡng, điều dưỡng") in got


def test_a_letters_recipients_are_whom_its_numbered_body_asks_when_nothing_else_names_anyone(tmp_path):
    text = """ỦY BAN NHÂN DÂN TỈNH LÀO CAI

Số: 7432/UBND-XD

V/v triển khai Quyết định số 1074/QĐ-BXD

Kính gửi:

- Công an tỉnh;

- Ủy ban nhân dân các xã, phường.

Thực hiện Quyết định số 1074/QĐ-BXD của Bộ Xây dựng, Ủy ban nhân dân tỉnh có ý kiến như sau.

1. Theo chức năng, nhiệm vụ, phạm vi quản lý tổ chức tuyên truyền, phổ biến Quyết định đến các cơ sở.

2. Sở Xây dựng chủ trì theo dõi, tổng hợp kết quả thực hiện.
"""
    got = {a.task: a.assignee for a in extract(doc_from_text(tmp_path, text)).assignments}
    task = "Theo chức năng, nhiệm vụ, phạm vi quản lý tổ chức tuyên truyền, phổ biến Quyết định đến các cơ sở"
    assert got[task] == "Công an tỉnh, Ủy ban nhân dân các xã, phường"
    assert "Sở Xây dựng" in got.values()
    assert not any(t.startswith("Thực hiện Quyết định") for t in got)


def test_a_plans_aims_are_no_tasks_and_its_bodies_are_named_in_full(tmp_path):
    text = """BỘ TÀI NGUYÊN VÀ MÔI TRƯỜNG

Số: 15/KH-BTNMT

Hà Nội, ngày 10 tháng 6 năm 2024

KẾ HOẠCH

Thực hiện Chỉ thị số 13/CT-TTg về quản lý tín chỉ các-bon

I. MỤC ĐÍCH, YÊU CẦU

- Bảo đảm sự phối hợp chặt chẽ giữa các đơn vị thuộc Bộ.

II. NHIỆM VỤ CHỦ YẾU CỦA BỘ TÀI NGUYÊN VÀ MÔI TRƯỜNG

1. Chủ trì xây dựng Nghị định về tín chỉ các-bon.

III. TỔ CHỨC THỰC HIỆN

1. Cục Viễn thám quốc gia chủ trì, phối hợp với Cục Biến đổi khí hậu theo dõi diễn biến rừng.
"""
    got = {a.task: a.assignee for a in extract(doc_from_text(tmp_path, text)).assignments}
    assert not any(t.startswith("Bảo đảm sự phối hợp") for t in got)  # an aim
    assert got["Chủ trì xây dựng Nghị định về tín chỉ các-bon"] == "Bộ Tài nguyên và Môi trường"
    assert "Cục Viễn thám quốc gia" in got.values()


def _cong_van(province: str, number: int, tasks: list[str]) -> str:
    items = "\n".join(f"- {t}" for t in tasks)
    return f"""ỦY BAN NHÂN DÂN
TỈNH {province.upper()}
Số: {number}/UBND-KT
CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
Độc lập - Tự do - Hạnh phúc
{province}, ngày 10 tháng 3 năm 2026
V/v tăng cường quản lý khoáng sản
Kính gửi:
- Các sở, ban, ngành;
- Ủy ban nhân dân các xã, phường.
Để tăng cường công tác quản lý nhà nước về khoáng sản, Chủ tịch Ủy ban nhân dân tỉnh yêu cầu:
1. Sở Nông nghiệp và Môi trường
{items}
"""


def test_province_briefing_lists_all_its_tasks_soonest_first_and_none_of_another_provinces(tmp_path):
    from datetime import date

    from briefgen.assemble import Limits, assemble_province
    from briefgen.briefing import Issuer
    from briefgen.gazetteer import load_gazetteer
    from briefgen.periods import ALL

    own = [
        "Kiểm tra mỏ đá vôi Bảo Thắng trước ngày 19/4/2026.",
        "Báo cáo kết quả thanh tra khoáng sản trước ngày 18/4/2026.",
        "Lập danh mục bãi cát ven sông Hồng trước ngày 17/4/2026.",
        "Rà soát giấy phép khai thác đã hết hạn.",
        "Tuyên truyền pháp luật về địa chất tới người dân.",
        "Phối hợp Công an tỉnh xử lý vận chuyển quặng trái phép.",
        "Cập nhật cơ sở dữ liệu tài nguyên nước.",
        "Hướng dẫn doanh nghiệp lắp camera giám sát trạm cân.",
        "Thống kê trữ lượng sỏi còn lại.",
        "Đôn đốc ký quỹ phục hồi môi trường.",
        "Tổ chức tập huấn nghiệp vụ cho cán bộ xã.",
        "Niêm yết công khai quy hoạch vùng nguyên liệu.",
    ]
    docs = [
        doc_from_text(tmp_path, _cong_van("Lào Cai", 5973, own), "lc.txt"),
        doc_from_text(tmp_path, _cong_van("Sơn La", 4242, ["Tăng cường tuần tra các mỏ cát trên sông Đà."]), "sl.txt"),
    ]
    facts = [extract(d) for d in docs]
    assert facts[0].home == "Lào Cai" and all(a.provinces == ["Lào Cai"] for a in facts[0].assignments)
    gaz = load_gazetteer()
    b = assemble_province(
        docs, facts, gaz.by_name("Lào Cai"), ALL, Issuer(), date(2026, 4, 1), limits=Limits(actions=5)
    )
    shown = b.actions + b.appendix_actions
    assert len(shown) == 12 and len(b.actions) == 5  # none dropped: past the main table, in the appendix
    assert [a.deadline_date for a in b.actions[:3]] == ["2026-04-17", "2026-04-18", "2026-04-19"]
    assert b.actions[0].task.startswith("Lập danh mục")
    assert all(a.assigner and a.assignee == "Sở Nông nghiệp và Môi trường" for a in shown)
    sl = assemble_province(docs, facts, gaz.by_name("Lào Cai"), ALL, Issuer(), date(2026, 4, 1))
    assert not any("sông Đà" in a.task for a in sl.all_actions())  # Sơn La's own công văn is not Lào Cai's


_PLAN_SECTION = """BAN CHỈ ĐẠO QUỐC GIA
Số: 252/KH-BCĐ
CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
Độc lập - Tự do - Hạnh phúc
Hà Nội, ngày 18 tháng 11 năm 2013
KẾ HOẠCH
Triển khai thực hiện Đề án
I. CÔNG TÁC TUYÊN TRUYỀN
1. Nội dung, biện pháp
a) Tổ chức các diễn đàn trao đổi thông tin về công tác tìm kiếm.
"""


def test_a_plan_section_gives_its_tasks_lead_agencies_and_time(tmp_path):
    """A kế hoạch states once per section who leads its tasks and when ("2. Cơ quan chủ trì", "3. Thời gian thực
    hiện: …"): each task of the section takes them."""
    text = (
        _PLAN_SECTION
        + """b) Xây dựng cổng thông tin điện tử về liệt sĩ.
2. Cơ quan chủ trì
- Bộ Thông tin và Truyền thông.
- Ban Chỉ đạo các tỉnh.
3. Thời gian thực hiện: Tháng 11, 12/2013 và thường xuyên.
II. KINH PHÍ
1. Kinh phí do ngân sách nhà nước bảo đảm.
"""
    )
    facts = extract(doc_from_text(tmp_path, text))
    tasks = {a.task.split(" ")[0]: a for a in facts.assignments}
    assert set(tasks) >= {"Tổ", "Xây"}
    for a in (tasks["Tổ"], tasks["Xây"]):
        assert a.assignee == "Bộ Thông tin và Truyền thông; Ban Chỉ đạo các tỉnh"
        assert a.deadline == "Tháng 11, 12/2013 và thường xuyên"


def test_a_start_or_a_rhythm_is_not_a_deadline(tmp_path):
    text = (
        _PLAN_SECTION
        + """2. Thời gian thực hiện: Từ tháng 11/2013 trở đi.
"""
    )
    facts = extract(doc_from_text(tmp_path, text))
    assert facts.assignments and facts.assignments[0].deadline is None


def test_a_notice_of_conclusions_gives_tasks_below_its_lead_in(tmp_path):
    """ "… kết luận như sau:" opens a thông báo kết luận's tasks: a paragraph below it whose subject is an agency and
    whose verb opens a task is that agency's task, even outside a numbered item's own sentence."""
    text = (
        "VĂN PHÒNG CHÍNH PHỦ\n\nSố: 480/TB-VPCP\n\nTHÔNG BÁO\nKết luận của Phó Thủ tướng về thị trường các-bon\n\n"
        "Sau khi nghe báo cáo của các Bộ, Phó Thủ tướng Chính phủ Trần Hồng Hà kết luận như sau:\n\n"
        "1. Thị trường các-bon được coi là công cụ kinh tế để góp phần giảm phát thải khí nhà kính.\n\n"
        "Tuy nhiên, đây là vấn đề mới, khó, phức tạp, một số Bộ, ngành còn ý kiến khác nhau.\n\n"
        "2. Về việc xây dựng văn bản quy phạm về sàn giao dịch các-bon:\n\n"
        "Bộ Tài chính nghiên cứu kỹ lưỡng quy định của pháp luật hiện hành, thống nhất với Bộ Tư pháp.\n"
    )
    got = [(a.assignee, a.task[:20]) for a in extract(doc_from_text(tmp_path, text)).assignments]
    assert ("Bộ Tài chính", "nghiên cứu kỹ lưỡng ") in got, got
    assert not any(t.startswith("Thị trường") for _, t in got), got


def test_a_lead_in_inside_an_item_opens_its_sub_list_and_the_documents_lead_in_stays(tmp_path):
    """ "c) … / Phương án … phải gắn với …, theo hướng: / - … / - … / d) …" — the lead-in inside item c) heads the
    dashes below it; d) is c)'s sibling again and "5. Bộ Nội vụ" a sibling of "4."; the document's lead-in ("Thực
    hiện Kết luận số 34-KL/TW …, Thủ tướng Chính phủ yêu cầu các bộ, ngành, địa phương …:") names its addressee
    though a capitalised "Kết luận" comes first."""
    text = CHI_THI.replace(
        "Thủ tướng Chính phủ yêu cầu các Bộ trưởng, Chủ tịch Ủy ban nhân dân các tỉnh thực hiện các nhiệm vụ sau đây:",
        "Thực hiện Kết luận số 34-KL/TW của Bộ Chính trị, Thủ tướng Chính phủ yêu cầu các bộ, ngành, địa phương "
        "thực hiện các nhiệm vụ sau đây:",
    ).replace(
        "b) Việc thành lập mới các khu công nghiệp phải bảo đảm đúng quy hoạch.\n",
        "b) Việc thành lập mới các khu công nghiệp phải bảo đảm đúng quy hoạch.\n"
        "Phương án sắp xếp phải gắn với yêu cầu cơ cấu lại, theo hướng:\n"
        "- Lựa chọn, tiếp nhận các trường hợp đủ điều kiện.\n"
        "c) Định kỳ báo cáo Thủ tướng Chính phủ vào thứ Sáu hàng tuần.\n"
        "4. Bộ Nội vụ\n"
        "a) Chủ trì hướng dẫn, đôn đốc việc thực hiện Chỉ thị này.\n",
    )
    got = {a.task[:25]: a.assignee for a in extract(doc_from_text(tmp_path, text, "ct.txt")).assignments}
    assert got["Lựa chọn, tiếp nhận các t"] == "Ủy ban nhân dân các tỉnh, thành phố trực thuộc Trung ương", got
    assert got["Định kỳ báo cáo Thủ tướng"] == "Ủy ban nhân dân các tỉnh, thành phố trực thuộc Trung ương", got
    assert got["Chủ trì hướng dẫn, đôn đố"] == "Bộ Nội vụ", got


_DISPATCH = """Thủ tướng chỉ đạo khắc phục sạt lở đất

Công điện gửi Bộ trưởng các Bộ: Quốc phòng, Công an; Chủ tịch Ủy ban nhân dân các tỉnh: Hà Giang, Cao Bằng, Lai Châu.

Thủ tướng Chính phủ yêu cầu các Bộ trưởng, Chủ tịch Ủy ban nhân dân tỉnh Hà Giang và các địa phương tiếp tục khẩn trương khắc phục hậu quả sự cố sạt lở.

Chủ tịch Ủy ban nhân dân tỉnh Hà Giang chỉ đạo khẩn trương tìm kiếm người mất tích; phối hợp với Ủy ban nhân dân các tỉnh Cao Bằng, Lai Châu hỗ trợ tìm kiếm; bố trí nơi ở tạm cho các hộ dân.
"""


def test_a_dispatch_task_to_a_named_province_and_the_localities_and_one_naming_a_partner(tmp_path):
    """In a dispatch to named provinces, "Chủ tịch UBND tỉnh Hà Giang và các địa phương" are Hà Giang and the other
    recipients; a task of Hà Giang's that names Cao Bằng as its partner is shown to Cao Bằng "để biết"; the tasks
    one sentence gives one addressee ("…; phối hợp …; bố trí …") are one row."""
    from datetime import date

    from briefgen.assemble import assemble_province
    from briefgen.briefing import Issuer
    from briefgen.gazetteer import load_gazetteer
    from briefgen.periods import ALL

    docs = [doc_from_text(tmp_path, _DISPATCH, "cd.txt")]
    facts = [extract(d) for d in docs]
    localities = next(a for a in facts[0].assignments if "các địa phương" in (a.assignee or ""))
    assert {"Cao Bằng", "Lai Châu"} <= set(localities.provinces)
    cao_bang = assemble_province(docs, facts, load_gazetteer().by_name("Cao Bằng"), ALL, Issuer(), date(2026, 4, 1))
    assert [a.why for a in cao_bang.actions] == ["giao tỉnh Cao Bằng"]
    assert [a.task[:50] for a in cao_bang.context_actions] == ["Phối hợp với Ủy ban nhân dân các tỉnh Cao Bằng, La"]
    # Hà Giang (now Tuyên Quang): its three tasks of one sentence are one row
    ha_giang = assemble_province(docs, facts, load_gazetteer().by_name("Tuyên Quang"), ALL, Issuer(), date(2026, 4, 1))
    assert sorted(a.task.count(";") for a in ha_giang.actions) == [0, 2], [a.task for a in ha_giang.actions]
