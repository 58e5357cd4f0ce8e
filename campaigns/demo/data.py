"""Demo content drawn from the guidance (Hướng dẫn công tác thông tin đối ngoại).

Document numbers, dates, issuers and bodies are the guidance's facts; summaries, key points,
local tasks, campaigns and stories are written for the demo. The unit (Tam Đường, Lai Châu) is
sample data: nothing in the code names a locality.
"""

import datetime


def _d(text):
    day, month, year = (int(part) for part in text.split("/"))
    return datetime.date(year, month, day)


def _p(*paragraphs):
    return "".join(f"<p>{paragraph}</p>" for paragraph in paragraphs)


PROFILE = {
    "name": "Ban Tuyên giáo Huyện ủy Tam Đường",
    "short_name": "Ban Tuyên giáo Tam Đường",
    "superior_body": "Huyện ủy Tam Đường",
    "managing_body": "Ban Tuyên giáo Huyện ủy Tam Đường",
    "person_in_charge": "Phạm Thị Hải Đường, Trưởng ban",
    "address": "Thị trấn Tam Đường, huyện Tam Đường, tỉnh Lai Châu",
    "email": "tuyengiao@tamduong.example",
    "reuse_notice": (
        "Dữ liệu minh hoạ. Khi phát hành lại thông tin từ trang này, đề nghị ghi rõ nguồn "
        "“Thông tin đối ngoại Tam Đường”."
    ),
    "social_links": [("facebook", "https://facebook.com/tuyengiaotamduong.example")],
}

# (slug, name, description)
TOPICS = [
    ("kinh-te-dau-tu", "Kinh tế và đầu tư", "Chính sách thu hút đầu tư, kinh tế xanh, kinh tế số, hạ tầng."),
    ("doi-ngoai", "Đối ngoại", "Đường lối đối ngoại, ngoại giao “cây tre Việt Nam”, quan hệ hữu nghị."),
    ("quoc-phong-an-ninh", "Quốc phòng - an ninh", "Chính sách quốc phòng “bốn không”, giữ vững ổn định."),
    ("van-hoa", "Văn hóa", "Hệ giá trị quốc gia, văn hóa, gia đình và con người Việt Nam."),
    ("du-lich", "Du lịch", "Thông tin cho du khách, phong tục tập quán, điểm đến của địa phương."),
    (
        "bien-gioi-bien-dao",
        "Biên giới - biển đảo",
        "Phân giới, cắm mốc, quản lý biên giới; chủ quyền biển đảo.",
    ),
    ("quyen-con-nguoi", "Quyền con người", "Thành tựu bảo đảm quyền con người tại Việt Nam."),
    ("tu-tuong-ho-chi-minh", "Tư tưởng Hồ Chí Minh", "Giá trị, di sản, tư tưởng Hồ Chí Minh."),
    ("thanh-tuu-doi-moi", "Thành tựu đổi mới", "Thành tựu gần 40 năm đổi mới của đất nước và địa phương."),
    (
        "nguoi-viet-nam-o-nuoc-ngoai",
        "Người Việt Nam ở nước ngoài",
        "Công tác đối với cộng đồng người Việt Nam ở nước ngoài.",
    ),
    (
        "dau-tranh-phan-bac",
        "Đấu tranh phản bác thông tin sai trái",
        "Bảo vệ nền tảng tư tưởng của Đảng, phản bác luận điệu xuyên tạc.",
    ),
]
# Topics whose pages also pass the sensitive-content review (editorial workflow).
SENSITIVE_TOPICS = {"bien-gioi-bien-dao", "quoc-phong-an-ninh", "quyen-con-nguoi", "doi-ngoai"}

# key: (name, short name, kind, role)
BODIES = {
    "bct": ("Bộ Chính trị", "BCT", "party", "Cơ quan lãnh đạo của Ban Chấp hành Trung ương Đảng."),
    "bbt": ("Ban Bí thư", "BBT", "party", "Cơ quan chỉ đạo công việc hằng ngày của Đảng."),
    "cp": ("Chính phủ", "", "state", "Cơ quan hành chính nhà nước cao nhất."),
    "ttg": ("Thủ tướng Chính phủ", "TTg", "state", "Người đứng đầu Chính phủ."),
    "tttu": ("Thường trực Tỉnh ủy Lai Châu", "", "party", "Cơ quan thường trực của Tỉnh ủy."),
    "bcd-ttdn": (
        "Ban Chỉ đạo công tác thông tin đối ngoại tỉnh Lai Châu",
        "",
        "party",
        "Chỉ đạo, định hướng công tác thông tin đối ngoại trên địa bàn tỉnh.",
    ),
    "tthu": ("Thường trực Huyện ủy Tam Đường", "", "party", "Cơ quan thường trực của Huyện ủy."),
    "btg": (
        "Ban Tuyên giáo Huyện ủy Tam Đường",
        "BTG",
        "party",
        "Chỉ đạo, định hướng, kiểm tra, đôn đốc và đánh giá công tác thông tin đối ngoại trên địa bàn.",
    ),
    "cosodang": (
        "Các chi bộ, đảng bộ cơ sở",
        "",
        "grassroots",
        "Triển khai nhiệm vụ thông tin đối ngoại gắn với nhiệm vụ chính trị; báo cáo định kỳ và đột xuất.",
    ),
    "mttq": (
        "Ủy ban Mặt trận Tổ quốc Việt Nam huyện Tam Đường",
        "UBMTTQ",
        "front",
        "Tuyên truyền trong đoàn viên, hội viên và Nhân dân; quảng bá hình ảnh địa phương.",
    ),
    "ctxh": (
        "Các tổ chức chính trị - xã hội huyện",
        "",
        "front",
        "Đoàn Thanh niên, Hội Liên hiệp Phụ nữ, Hội Nông dân, Hội Cựu chiến binh phối hợp tuyên truyền.",
    ),
    "ttvh": (
        "Trung tâm Văn hóa, Thể thao và Truyền thông huyện Tam Đường",
        "TTVH-TT&TT",
        "centre",
        "Tuyên truyền đối ngoại trên phát thanh, truyền hình, cổng thông tin điện tử và mạng xã hội.",
    ),
}

# The nine directives the guidance lists, with its numbers, kinds, issuers and dates.
DIRECTIVES = [
    {
        "key": "32-ct-tw",
        "number": "32-CT/TW",
        "kind": "chi-thi",
        "issuer": "bct",
        "date": _d("18/02/2019"),
        "subject": "Về tăng cường và nâng cao hiệu quả quan hệ đối ngoại Đảng trong tình hình mới",
        "lead": "Chỉ thị của Bộ Chính trị đặt quan hệ đối ngoại Đảng làm nòng cốt cùng ngoại giao nhà nước "
        "và đối ngoại nhân dân.",
        "summary": _p(
            "Chỉ thị khẳng định đối ngoại Đảng là một trụ cột của nền đối ngoại Việt Nam, góp phần "
            "giữ vững môi trường hòa bình, ổn định và tranh thủ nguồn lực bên ngoài cho phát triển.",
            "Chỉ thị yêu cầu phối hợp chặt chẽ giữa đối ngoại Đảng, ngoại giao nhà nước và đối ngoại "
            "nhân dân, đổi mới nội dung và phương thức, nâng cao chất lượng cán bộ làm công tác đối ngoại.",
        ),
        "points": [
            "Đối ngoại Đảng giữ vai trò định hướng chiến lược cho toàn bộ công tác đối ngoại.",
            "Gắn đối ngoại với bảo vệ Tổ quốc từ sớm, từ xa.",
            "Phối hợp nhịp nhàng ba trụ cột: đối ngoại Đảng, ngoại giao nhà nước, đối ngoại nhân dân.",
        ],
        "tasks": _p(
            "Các chi bộ, đảng bộ cơ sở tổ chức nghiên cứu, quán triệt Chỉ thị trong sinh hoạt chi bộ; "
            "lồng ghép nội dung đối ngoại vào kế hoạch hoạt động hằng năm của cơ quan, đơn vị."
        ),
        "circulation": "public",
    },
    {
        "key": "12-kl-tw",
        "number": "12-KL/TW",
        "kind": "ket-luan",
        "issuer": "bct",
        "date": _d("12/08/2021"),
        "subject": "Về công tác người Việt Nam ở nước ngoài trong tình hình mới",
        "lead": "Kết luận coi cộng đồng người Việt Nam ở nước ngoài là bộ phận không tách rời của dân tộc.",
        "summary": _p(
            "Kết luận đánh giá kết quả công tác đối với người Việt Nam ở nước ngoài và đề ra định hướng "
            "tiếp tục tập hợp, gắn kết cộng đồng, phát huy nguồn lực trí tuệ, kinh tế của kiều bào.",
            "Kết luận nhấn mạnh việc giữ gìn tiếng Việt, bản sắc văn hóa dân tộc và hỗ trợ kiều bào "
            "ổn định cuộc sống, hội nhập vào xã hội nước sở tại.",
        ),
        "points": [
            "Người Việt Nam ở nước ngoài là nguồn lực quan trọng của đất nước.",
            "Chú trọng thế hệ trẻ kiều bào, dạy và học tiếng Việt.",
            "Tạo điều kiện để kiều bào về thăm quê hương, đầu tư, kinh doanh.",
        ],
        "tasks": _p(
            "Cung cấp thông tin về tiềm năng, cơ hội đầu tư và điểm đến du lịch của địa phương bằng "
            "tiếng Việt và tiếng nước ngoài trên cổng thông tin điện tử."
        ),
        "circulation": "public",
    },
    {
        "key": "85-kl-tw",
        "number": "85-KL/TW",
        "kind": "ket-luan",
        "issuer": "bbt",
        "date": _d("19/08/2021"),
        "subject": "Về việc tiếp tục tăng cường, tuyên truyền, giới thiệu, tôn vinh Chủ tịch Hồ Chí Minh, "
        "anh hùng giải phóng dân tộc, danh nhân văn hóa thế giới với cộng đồng quốc tế",
        "lead": "Kết luận của Ban Bí thư về giới thiệu tư tưởng, đạo đức, phong cách Hồ Chí Minh với bạn bè quốc tế.",
        "summary": _p(
            "Kết luận yêu cầu tiếp tục tuyên truyền, giới thiệu sâu rộng cuộc đời, sự nghiệp, tư tưởng, "
            "đạo đức, phong cách Hồ Chí Minh tới cộng đồng quốc tế bằng nhiều hình thức phù hợp.",
            "Kết luận đề cao việc khai thác các di tích, tư liệu gắn với Chủ tịch Hồ Chí Minh và sự phối "
            "hợp với các tổ chức quốc tế, cộng đồng người Việt Nam ở nước ngoài.",
        ),
        "points": [
            "Giới thiệu Chủ tịch Hồ Chí Minh là anh hùng giải phóng dân tộc, danh nhân văn hóa thế giới.",
            "Đa dạng hóa hình thức: xuất bản, triển lãm, phim tài liệu, nền tảng số.",
        ],
        "tasks": _p(
            "Lồng ghép nội dung về Chủ tịch Hồ Chí Minh trong các hoạt động giao lưu văn hóa, du lịch "
            "có khách nước ngoài tham gia."
        ),
        "circulation": "public",
    },
    {
        "key": "34-nq-tw",
        "number": "34-NQ/TW",
        "kind": "nghi-quyet",
        "issuer": "bct",
        "date": _d("09/01/2023"),
        "subject": "Về một số định hướng, chủ trương lớn triển khai đường lối đối ngoại Đại hội XIII của Đảng",
        "lead": "Nghị quyết xác định đối ngoại đi đầu trong tạo lập môi trường hòa bình và huy động "
        "nguồn lực cho phát triển.",
        "summary": _p(
            "Nghị quyết đề ra các định hướng lớn để thực hiện đường lối đối ngoại độc lập, tự chủ, hòa "
            "bình, hữu nghị, hợp tác và phát triển, đa dạng hóa, đa phương hóa quan hệ đối ngoại.",
            "Nghị quyết yêu cầu phát huy vai trò tiên phong của đối ngoại, kết hợp sức mạnh dân tộc với "
            "sức mạnh thời đại, nâng cao vị thế, uy tín quốc tế của Việt Nam.",
        ),
        "points": [
            "Đối ngoại giữ vai trò tiên phong trong tạo lập và giữ vững môi trường hòa bình.",
            "Kết hợp đối ngoại với quốc phòng, an ninh và phát triển kinh tế.",
            "Xây dựng nền ngoại giao toàn diện, hiện đại mang bản sắc “cây tre Việt Nam”.",
        ],
        "tasks": _p(
            "Tuyên truyền trường phái đối ngoại “cây tre Việt Nam” trong cán bộ, đảng viên và Nhân dân; "
            "chú trọng nhóm thanh niên qua mạng xã hội."
        ),
        "circulation": "public",
    },
    {
        "key": "2013-qd-ttg",
        "number": "2013/QĐ-TTg",
        "kind": "quyet-dinh",
        "issuer": "ttg",
        "date": _d("30/11/2021"),
        "subject": "Phê duyệt Chiến lược ngoại giao văn hóa đến năm 2030",
        "lead": "Quyết định của Thủ tướng Chính phủ đưa văn hóa thành một trụ cột của công tác đối ngoại.",
        "summary": _p(
            "Chiến lược đặt mục tiêu dùng văn hóa để quảng bá hình ảnh đất nước, con người Việt Nam, "
            "góp phần nâng cao sức mạnh mềm quốc gia và thu hút đầu tư, du lịch.",
            "Chiến lược khuyến khích các địa phương giới thiệu di sản, lễ hội, ẩm thực và sản phẩm "
            "đặc trưng tới bạn bè quốc tế.",
        ),
        "points": [
            "Quảng bá di sản văn hóa vật thể và phi vật thể của các dân tộc.",
            "Gắn ngoại giao văn hóa với phát triển du lịch và xuất khẩu sản phẩm văn hóa.",
        ],
        "tasks": _p(
            "Giới thiệu lễ hội, trang phục, ẩm thực của đồng bào các dân tộc địa phương trong các sự "
            "kiện giao lưu; xây dựng tư liệu ảnh, video song ngữ."
        ),
        "circulation": "public",
    },
    {
        "key": "57-kl-tw",
        "number": "57-KL/TW",
        "kind": "ket-luan",
        "issuer": "bct",
        "date": _d("15/06/2023"),
        "subject": "Về tiếp tục nâng cao chất lượng, hiệu quả công tác thông tin đối ngoại trong tình hình mới",
        "lead": "Kết luận là căn cứ chính của hướng dẫn thông tin đối ngoại ở địa phương.",
        "summary": _p(
            "Kết luận khẳng định thông tin đối ngoại là nhiệm vụ quan trọng, thường xuyên của cả hệ "
            "thống chính trị, góp phần quảng bá hình ảnh đất nước và bảo vệ nền tảng tư tưởng của Đảng.",
            "Kết luận yêu cầu đổi mới nội dung, phương thức thông tin đối ngoại theo hướng hiện đại, "
            "phù hợp từng đối tượng, chủ động cung cấp thông tin chính thống, kịp thời.",
        ),
        "points": [
            "Thông tin đối ngoại là nhiệm vụ của cả hệ thống chính trị.",
            "Đổi mới phương thức, ứng dụng nền tảng số và mạng xã hội.",
            "Chủ động đấu tranh phản bác thông tin sai trái, xuyên tạc.",
        ],
        "tasks": _p(
            "Ban Tuyên giáo hướng dẫn, kiểm tra, đôn đốc các cơ quan, đơn vị; Trung tâm Văn hóa, Thể "
            "thao và Truyền thông xây dựng chuyên mục thông tin đối ngoại trên các kênh của huyện."
        ),
        "circulation": "public",
    },
    {
        "key": "47-nq-cp",
        "number": "47/NQ-CP",
        "kind": "nghi-quyet",
        "issuer": "cp",
        "date": _d("15/04/2024"),
        "subject": "Ban hành Chương trình hành động của Chính phủ đến năm 2030 thực hiện Kết luận số 57-KL/TW "
        "của Bộ Chính trị về tiếp tục nâng cao chất lượng, hiệu quả công tác thông tin đối ngoại trong "
        "tình hình mới",
        "lead": "Nghị quyết của Chính phủ cụ thể hóa Kết luận 57-KL/TW thành nhiệm vụ cho bộ, ngành, địa phương.",
        "summary": _p(
            "Chương trình hành động giao nhiệm vụ cụ thể cho các bộ, ngành và địa phương để thực hiện "
            "Kết luận 57-KL/TW đến năm 2030, gắn với chỉ tiêu, thời hạn và cơ chế theo dõi.",
            "Chương trình chú trọng chuyển đổi số trong thông tin đối ngoại, phát triển nội dung "
            "đa ngôn ngữ và nâng cao năng lực đội ngũ làm công tác thông tin đối ngoại.",
        ),
        "points": [
            "Mỗi địa phương có kế hoạch thông tin đối ngoại hằng năm.",
            "Phát triển nội dung đa ngôn ngữ trên cổng thông tin điện tử.",
            "Bồi dưỡng kỹ năng cho người làm thông tin đối ngoại.",
        ],
        "tasks": _p(
            "Xây dựng phiên bản tiếng Anh và tiếng Trung của trang thông tin đối ngoại; định kỳ báo cáo "
            "kết quả thực hiện về Ban Tuyên giáo."
        ),
        "circulation": "public",
    },
    {
        "key": "71-kl-tw",
        "number": "71-KL/TW",
        "kind": "ket-luan",
        "issuer": "bct",
        "date": _d("16/02/2024"),
        "subject": "Về một số nhiệm vụ, giải pháp lớn triển khai đường lối đối ngoại Đại hội XIII của Đảng",
        "lead": "Kết luận tiếp tục cụ thể hóa đường lối đối ngoại của Đại hội XIII.",
        "summary": _p(
            "Kết luận nêu các nhiệm vụ, giải pháp lớn nhằm triển khai đồng bộ, hiệu quả đường lối đối "
            "ngoại, trong đó có nâng cao chất lượng thông tin đối ngoại và ngoại giao văn hóa.",
            "Kết luận yêu cầu các cấp ủy, chính quyền địa phương chủ động hội nhập quốc tế, tận dụng "
            "quan hệ hợp tác để phát triển kinh tế - xã hội.",
        ),
        "points": [
            "Triển khai đồng bộ đối ngoại Đảng, ngoại giao nhà nước và đối ngoại nhân dân.",
            "Đối ngoại phục vụ phát triển kinh tế - xã hội của địa phương.",
        ],
        "tasks": _p(
            "Thông tin những nội dung cốt lõi của Kết luận tới cán bộ, đảng viên; quảng bá tiềm năng "
            "hợp tác của địa phương với các đối tác."
        ),
        "circulation": "public",
    },
    {
        "key": "2049-cv-tu",
        "number": "2049-CV/TU",
        "kind": "cong-van",
        "issuer": "tttu",
        "date": _d("26/07/2024"),
        "subject": "Về triển khai thực hiện Kết luận 71-KL/TW ngày 16/02/2024 của Bộ Chính trị",
        "lead": "Công văn của Thường trực Tỉnh ủy giao nhiệm vụ triển khai Kết luận 71-KL/TW trên địa bàn tỉnh.",
        "summary": _p(
            "Công văn đề nghị các cấp ủy, tổ chức đảng trong tỉnh tổ chức quán triệt, triển khai Kết "
            "luận 71-KL/TW gắn với đặc điểm địa phương biên giới.",
            "Công văn giao cơ quan tuyên giáo hướng dẫn nội dung tuyên truyền và theo dõi, tổng hợp kết quả thực hiện.",
        ),
        "points": [
            "Quán triệt Kết luận 71-KL/TW đến chi bộ.",
            "Gắn triển khai với nhiệm vụ chính trị của địa phương biên giới.",
        ],
        "tasks": _p(
            "Ban Tuyên giáo Huyện ủy ban hành hướng dẫn thông tin đối ngoại; các chi, đảng bộ cơ sở báo "
            "cáo kết quả theo quy định."
        ),
        "circulation": "internal",
    },
]

# Campaigns: start and end dates, audiences, channels, lead body, topics, directives.
CAMPAIGNS = [
    {
        "slug": "tuyen-truyen-ket-luan-57-kl-tw",
        "title": "Tuyên truyền Kết luận 57-KL/TW về thông tin đối ngoại",
        "lead": "Đợt tuyên truyền sâu rộng trong cán bộ, đảng viên và Nhân dân về vị trí, tầm quan trọng "
        "của thông tin đối ngoại trong tình hình mới.",
        "start": _d("01/09/2023"),
        "end": _d("31/12/2024"),
        "audiences": ["cadres", "public", "youth"],
        "channels": ["press", "internet", "broadcast", "portal", "events"],
        "lead_body": "btg",
        "topics": ["doi-ngoai", "dau-tranh-phan-bac"],
        "directives": ["57-kl-tw", "47-nq-cp"],
        "objectives": "<ul><li>100% chi bộ quán triệt Kết luận 57-KL/TW.</li>"
        "<li>Mở chuyên mục thông tin đối ngoại trên đài truyền thanh và cổng thông tin.</li></ul>",
        "body": _p(
            "Đợt tuyên truyền được triển khai qua hội nghị quán triệt, sinh hoạt chi bộ, chuyên mục phát "
            "thanh bằng tiếng phổ thông và tiếng dân tộc, cùng các bài viết trên mạng xã hội.",
            "Các cơ quan, đơn vị căn cứ tình hình thực tiễn để lựa chọn phương thức phù hợp với từng "
            "nhóm đối tượng, nhất là giới trẻ.",
        ),
        "image": "doi-che",
    },
    {
        "slug": "quang-ba-du-lich-tam-duong",
        "title": "Quảng bá hình ảnh và du lịch Tam Đường tới bạn bè quốc tế",
        "lead": "Giới thiệu vùng đất, con người, văn hóa và sản phẩm đặc thù của địa phương bằng tiếng Việt, "
        "tiếng Anh và tiếng Trung.",
        "start": _d("01/03/2025"),
        "end": _d("31/12/2030"),
        "audiences": ["foreigners", "tourists", "investors", "overseas"],
        "channels": ["internet", "portal", "exchange"],
        "lead_body": "ttvh",
        "topics": ["du-lich", "van-hoa", "kinh-te-dau-tu"],
        "directives": ["2013-qd-ttg", "57-kl-tw", "12-kl-tw"],
        "objectives": "<ul><li>Mỗi năm ít nhất 20 bài giới thiệu song ngữ.</li>"
        "<li>Bộ ảnh và video về điểm đến, lễ hội, đặc sản.</li></ul>",
        "body": _p(
            "Chiến dịch gắn ngoại giao văn hóa với phát triển du lịch cộng đồng, giới thiệu các bản "
            "làng, lễ hội và nông sản đặc trưng tới du khách trong nước và quốc tế.",
        ),
        "image": "deo",
    },
    {
        "slug": "bien-gioi-hoa-binh-huu-nghi",
        "title": "Xây dựng đường biên giới hòa bình, hữu nghị, hợp tác",
        "lead": "Tuyên truyền kết quả phân giới, cắm mốc, quản lý biên giới trên đất liền và nhận thức chung "
        "của lãnh đạo cấp cao hai nước.",
        "start": _d("01/01/2024"),
        "end": None,
        "audiences": ["cadres", "public", "youth"],
        "channels": ["broadcast", "events", "print", "internet"],
        "lead_body": "mttq",
        "topics": ["bien-gioi-bien-dao", "quoc-phong-an-ninh", "doi-ngoai"],
        "directives": ["34-nq-tw", "71-kl-tw", "2049-cv-tu"],
        "objectives": "<ul><li>Nâng cao nhận thức về chính sách quốc phòng “bốn không”.</li></ul>",
        "body": _p(
            "Các hoạt động gồm nói chuyện chuyên đề, thi tìm hiểu về biên giới, phát tờ gấp và "
            "chương trình phát thanh định kỳ.",
        ),
        "image": "ban-lang",
    },
    {
        "slug": "tuan-van-hoa-du-lich-2027",
        "title": "Tuần Văn hóa - Du lịch Tam Đường 2027",
        "lead": "Chuỗi hoạt động giao lưu văn hóa, thể thao, du lịch với sự tham gia của du khách và bạn bè quốc tế.",
        "start": _d("01/04/2027"),
        "end": _d("07/04/2027"),
        "audiences": ["tourists", "foreigners", "public"],
        "channels": ["exchange", "events", "internet"],
        "lead_body": "ttvh",
        "topics": ["van-hoa", "du-lich"],
        "directives": ["2013-qd-ttg"],
        "objectives": "<ul><li>Giới thiệu bản sắc các dân tộc Thái, Dao, Lự, Mông, Giáy.</li></ul>",
        "body": _p("Chương trình dự kiến gồm chợ phiên vùng cao, trình diễn trang phục, ẩm thực và thể thao dân tộc."),
        "image": "le-hoi",
    },
]

STORIES = [
    {
        "slug": "tam-duong-duoi-chan-deo-o-quy-ho",
        "title": "Tam Đường – vùng đất dưới chân đèo Ô Quy Hồ",
        "category": "land-people",
        "date": _d("12/03/2025"),
        "place": "Xã Sơn Bình",
        "coords": ("22.350000", "103.775000"),
        "lead": "Nơi mây vờn quanh những đỉnh núi của dãy Hoàng Liên Sơn và các bản làng nằm nép bên sườn đồi.",
        "body": _p(
            "Đường lên đèo Ô Quy Hồ quanh co giữa núi rừng, mở ra những khoảng trời rộng và biển mây "
            "vào sáng sớm. Dưới chân đèo là ruộng bậc thang và những bản làng của đồng bào các dân tộc.",
            "Khí hậu mát mẻ quanh năm khiến nơi đây thành điểm dừng chân của du khách trên hành trình "
            "khám phá vùng Tây Bắc.",
        ),
        "topics": ["du-lich"],
        "campaign": "quang-ba-du-lich-tam-duong",
        "directives": [],
        "author": "Phòng Văn hóa và Thông tin",
        "image": "deo",
        "gallery": ["deo", "ban-lang"],
    },
    {
        "slug": "ban-si-thau-chai-du-lich-cong-dong",
        "title": "Bản Sì Thâu Chải và mô hình du lịch cộng đồng của người Dao",
        "category": "tourism",
        "date": _d("20/05/2025"),
        "place": "Xã Hồ Thầu",
        "coords": None,
        "lead": "Những ngôi nhà trình tường, tiếng khèn và món ăn truyền thống đón khách phương xa.",
        "body": _p(
            "Người Dao ở bản gìn giữ nghề thêu, lễ cấp sắc và các bài thuốc lá cổ truyền. Nhiều hộ "
            "gia đình đã mở homestay, đưa du khách trải nghiệm cuộc sống bản làng.",
            "Du lịch cộng đồng giúp người dân có thêm thu nhập và có động lực bảo tồn văn hóa truyền thống.",
        ),
        "topics": ["du-lich", "van-hoa"],
        "campaign": "quang-ba-du-lich-tam-duong",
        "directives": ["2013-qd-ttg"],
        "author": "Trung tâm Văn hóa, Thể thao và Truyền thông",
        "image": "ban-lang",
        "gallery": [],
    },
    {
        "slug": "doi-che-tam-duong",
        "title": "Những đồi chè xanh trên cao nguyên",
        "category": "products",
        "date": _d("02/04/2025"),
        "place": "Xã Giang Ma",
        "coords": None,
        "lead": "Cây chè gắn bó với đời sống người dân và trở thành sản phẩm mang dấu ấn địa phương.",
        "body": _p(
            "Mùa thu hái, những đồi chè rộn ràng tiếng cười của người hái chè. Sản phẩm chè được chế "
            "biến theo quy trình sạch, từng bước xây dựng thương hiệu.",
            "Chính quyền địa phương khuyến khích liên kết giữa người trồng chè và doanh nghiệp để nâng "
            "cao giá trị sản phẩm.",
        ),
        "topics": ["kinh-te-dau-tu"],
        "campaign": None,
        "directives": [],
        "author": "Phòng Kinh tế",
        "image": "doi-che",
        "gallery": ["doi-che"],
    },
    {
        "slug": "le-hoi-xuong-dong-nguoi-giay",
        "title": "Lễ hội xuống đồng của người Giáy",
        "category": "culture",
        "date": _d("05/02/2025"),
        "place": "Xã Bản Giang",
        "coords": None,
        "lead": "Đầu xuân, đồng bào Giáy làm lễ cầu mưa thuận gió hòa, mùa màng bội thu.",
        "body": _p(
            "Lễ hội gồm phần lễ trang nghiêm và phần hội với các trò chơi dân gian như ném còn, kéo co, "
            "đẩy gậy. Lễ hội là dịp cộng đồng gắn kết và giới thiệu văn hóa với du khách.",
        ),
        "topics": ["van-hoa", "du-lich"],
        "campaign": "quang-ba-du-lich-tam-duong",
        "directives": [],
        "author": "Trung tâm Văn hóa, Thể thao và Truyền thông",
        "image": "le-hoi",
        "gallery": [],
    },
    {
        "slug": "dau-an-lich-su-vung-dat-bien-vien",
        "title": "Dấu ấn lịch sử của vùng đất biên viễn",
        "category": "history",
        "date": _d("02/09/2024"),
        "place": "Thị trấn Tam Đường",
        "coords": None,
        "lead": "Những câu chuyện về truyền thống đấu tranh, xây dựng quê hương được các thế hệ lưu truyền.",
        "body": _p(
            "Trải qua các thời kỳ lịch sử, đồng bào các dân tộc nơi đây đoàn kết một lòng, góp sức vào "
            "sự nghiệp giải phóng dân tộc và xây dựng quê hương.",
            "Các thế hệ hôm nay tiếp nối truyền thống ấy trong phát triển kinh tế, giữ gìn an ninh biên giới.",
        ),
        "topics": ["tu-tuong-ho-chi-minh", "thanh-tuu-doi-moi"],
        "campaign": None,
        "directives": ["85-kl-tw"],
        "author": "Ban Tuyên giáo Huyện ủy",
        "image": "ban-lang",
        "gallery": [],
    },
    {
        "slug": "co-hoi-dau-tu-nong-nghiep-cong-nghe-cao",
        "title": "Cơ hội đầu tư nông nghiệp công nghệ cao",
        "category": "investment",
        "date": _d("18/06/2025"),
        "place": "Huyện Tam Đường",
        "coords": None,
        "lead": "Khí hậu ôn hòa và quỹ đất phù hợp mở ra tiềm năng cho rau, hoa, dược liệu và chè chất lượng cao.",
        "body": _p(
            "Địa phương ưu tiên thu hút dự án nông nghiệp công nghệ cao, chế biến nông sản và du lịch "
            "sinh thái, gắn với bảo vệ môi trường và sinh kế của người dân.",
            "Nhà đầu tư được hướng dẫn thủ tục và hỗ trợ theo chính sách của tỉnh.",
        ),
        "topics": ["kinh-te-dau-tu"],
        "campaign": None,
        "directives": ["71-kl-tw"],
        "author": "Phòng Tài chính - Kế hoạch",
        "image": "doi-che",
        "gallery": [],
    },
    {
        "slug": "cot-moc-bien-gioi-niem-tu-hao",
        "title": "Cột mốc biên giới – niềm tự hào của thanh niên vùng cao",
        "category": "border",
        "date": _d("26/03/2025"),
        "place": "Biên giới tỉnh Lai Châu",
        "coords": None,
        "lead": "Đoàn viên thanh niên tham gia hành trình về nguồn, tìm hiểu công tác phân giới, cắm mốc.",
        "body": _p(
            "Hành trình giúp thanh niên hiểu hơn về ý nghĩa của đường biên giới hòa bình, hữu nghị và "
            "trách nhiệm bảo vệ chủ quyền lãnh thổ.",
        ),
        "topics": ["bien-gioi-bien-dao", "quoc-phong-an-ninh"],
        "campaign": "bien-gioi-hoa-binh-huu-nghi",
        "directives": [],
        "author": "Huyện đoàn Tam Đường",
        "image": "deo",
        "gallery": [],
    },
    {
        "slug": "nguoi-dan-ban-hon-giu-nghe-det",
        "title": "Người Lự ở Bản Hon giữ nghề dệt thổ cẩm",
        "category": "culture",
        "date": _d("10/07/2025"),
        "place": "Xã Bản Hon",
        "coords": None,
        "lead": "Những khung cửi vẫn đều đặn bên hiên nhà, dệt nên hoa văn riêng của người Lự.",
        "body": _p(
            "Phụ nữ Lự truyền cho con cháu kỹ thuật trồng bông, se sợi, nhuộm chàm và dệt vải. Sản phẩm "
            "thổ cẩm được giới thiệu tại các hội chợ và điểm du lịch.",
        ),
        "topics": ["van-hoa"],
        "campaign": "quang-ba-du-lich-tam-duong",
        "directives": ["2013-qd-ttg"],
        "author": "Hội Liên hiệp Phụ nữ huyện",
        "image": "le-hoi",
        "gallery": [],
    },
    {
        "slug": "canh-dong-binh-lu-mua-lua-chin",
        "title": "Cánh đồng Bình Lư mùa lúa chín",
        "category": "land-people",
        "date": _d("25/09/2025"),
        "place": "Xã Bình Lư",
        "coords": None,
        "lead": "Một trong những cánh đồng lớn của vùng cao, vàng rực khi vào mùa gặt.",
        "body": _p(
            "Mùa lúa chín, cả cánh đồng như tấm thảm vàng giữa thung lũng. Người dân thu hoạch trong "
            "không khí vui tươi, du khách dừng chân chụp ảnh.",
        ),
        "topics": ["du-lich", "thanh-tuu-doi-moi"],
        "campaign": None,
        "directives": ["57-kl-tw"],
        "author": "Trung tâm Văn hóa, Thể thao và Truyền thông",
        "image": "ruong",
        "gallery": [],
    },
]

# Pictures drawn by Pillow (nothing can be downloaded): key -> (title, sky, hills, ground).
IMAGES = {
    "deo": (
        "Biển mây trên đèo (ảnh minh hoạ)",
        ((118, 170, 214), (235, 240, 245)),
        (74, 104, 88),
        (44, 74, 60),
    ),
    "ban-lang": (
        "Bản làng vùng cao (ảnh minh hoạ)",
        ((245, 196, 140), (250, 235, 210)),
        (96, 120, 80),
        (70, 90, 52),
    ),
    "doi-che": ("Đồi chè (ảnh minh hoạ)", ((150, 200, 230), (230, 245, 250)), (88, 150, 72), (52, 120, 50)),
    "le-hoi": (
        "Lễ hội dân tộc (ảnh minh hoạ)",
        ((200, 90, 80), (250, 200, 150)),
        (120, 70, 60),
        (90, 40, 40),
    ),
    "ruong": (
        "Ruộng lúa chín (ảnh minh hoạ)",
        ((160, 200, 235), (245, 240, 220)),
        (190, 160, 50),
        (200, 170, 40),
    ),
}

HOME = {
    "title": "Thông tin đối ngoại Tam Đường",
    "lead": "Giới thiệu vùng đất, con người, văn hóa, tiềm năng của Tam Đường và các văn bản chỉ đạo về "
    "công tác thông tin đối ngoại.",
    "about_title": "Về Tam Đường",
    "about": _p(
        "Tam Đường là vùng đất nằm dưới chân dãy Hoàng Liên Sơn, nơi sinh sống của đồng bào các dân tộc "
        "Thái, Dao, Lự, Mông, Giáy, Kinh… với bản sắc văn hóa phong phú.",
        "Khí hậu mát mẻ, cảnh quan núi đồi và những cánh đồng rộng tạo nên tiềm năng cho du lịch "
        "cộng đồng, nông nghiệp chất lượng cao và giao lưu văn hóa.",
    ),
    "image": "deo",
}

SECTIONS = {
    "campaigns": ("chien-dich", "Chiến dịch tuyên truyền", "Các đợt tuyên truyền thông tin đối ngoại."),
    "stories": ("cau-chuyen", "Câu chuyện địa phương", "Vùng đất, con người, lịch sử, văn hóa và tiềm năng."),
    "directives": (
        "van-ban-chi-dao",
        "Văn bản chỉ đạo",
        "Tóm tắt các văn bản chỉ đạo về thông tin đối ngoại.",
    ),
}

ABOUT_PAGE = {
    "slug": "gioi-thieu",
    "title": "Giới thiệu",
    "lead": "Trang thông tin đối ngoại do Ban Tuyên giáo quản lý.",
    "body": _p(
        "Trang thông tin cung cấp thông tin chính thống về địa phương cho bạn bè trong nước và quốc tế, "
        "thực hiện Kết luận số 57-KL/TW của Bộ Chính trị và hướng dẫn công tác thông tin đối ngoại.",
    ),
}

# The contact form: (label, field type, required, help text, choices one per line; wagtail-localize
# shows the lines of choices as one string joined by <br/>, so translations.json keys them so).
CONTACT_PAGE = {
    "slug": "lien-he",
    "title": "Liên hệ",
    "intro": _p(
        "Nhà báo, nhà đầu tư, du khách và bạn bè quốc tế có thể gửi câu hỏi, đề nghị cung cấp thông tin "
        "hoặc góp ý cho Ban Tuyên giáo qua mẫu dưới đây.",
    ),
    "thank_you_text": _p("Cảm ơn bạn đã liên hệ. Ban Tuyên giáo sẽ trả lời trong vòng 5 ngày làm việc."),
    "subject": "Thư liên hệ từ trang thông tin đối ngoại",
    "fields": [
        ("Họ và tên", "singleline", True, "", ""),
        ("Thư điện tử", "email", True, "Để chúng tôi trả lời bạn.", ""),
        ("Cơ quan, tổ chức", "singleline", False, "", ""),
        ("Bạn là", "dropdown", True, "", "Nhà báo\nNhà đầu tư\nDu khách\nKhác"),
        ("Nội dung", "multiline", True, "", ""),
    ],
}

INTERNAL_COLLECTION = "Tài liệu lưu hành nội bộ"

# How a directive's page is titled, by kind: "Kết luận số 57-KL/TW".
KIND_TITLES = {
    "ket-luan": "Kết luận",
    "chi-thi": "Chỉ thị",
    "nghi-quyet": "Nghị quyết",
    "quyet-dinh": "Quyết định",
    "cong-van": "Công văn",
    "huong-dan": "Hướng dẫn",
    "ke-hoach": "Kế hoạch",
}

# The languages the demo is translated into, and the pages translated (parents first).
TRANSLATION_LANGUAGES = ["en", "zh-hans"]
TRANSLATED_PAGES = [
    "trang-chu",
    "chien-dich",
    "cau-chuyen",
    "van-ban-chi-dao",
    "gioi-thieu",
    "lien-he",
    "57-kl-tw",
    "34-nq-tw",
    "2013-qd-ttg",
    "47-nq-cp",
    "quang-ba-du-lich-tam-duong",
    "bien-gioi-hoa-binh-huu-nghi",
    "tam-duong-duoi-chan-deo-o-quy-ho",
    "ban-si-thau-chai-du-lich-cong-dong",
    "doi-che-tam-duong",
    "cot-moc-bien-gioi-niem-tu-hao",
]
# Changed after it was translated, so the translations show as out of date.
OUT_OF_DATE_STORY = (
    "doi-che-tam-duong",
    "Cây chè gắn bó với đời sống người dân, nay có thêm sản phẩm chè đạt chuẩn OCOP của địa phương.",
)
