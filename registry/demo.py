"""Demo commemorations and the calendar page, called by `load_demo_content` (idempotent).

National days and anniversaries the guidance's work follows, and the province's own re-founding
day; English and Chinese versions go through wagtail-localize like the rest of the demo.
"""

import datetime

from wagtail.models import Locale

from registry.models import CalendarPage, Commemoration
from translation.machinery import translate_with_strings

# (Vietnamese name, date, lead days, description, English, Chinese)
COMMEMORATIONS = [
    (
        "Ngày thành lập Đảng Cộng sản Việt Nam",
        datetime.date(1930, 2, 3),
        45,
        "Kỷ niệm ngày thành lập Đảng Cộng sản Việt Nam, 3/2/1930.",
        ("Founding Day of the Communist Party of Viet Nam", "越南共产党成立纪念日"),
    ),
    (
        "Ngày truyền thống Bộ đội Biên phòng, Ngày Biên phòng toàn dân",
        datetime.date(1959, 3, 3),
        30,
        "Kỷ niệm ngày thành lập lực lượng Công an nhân dân vũ trang, nay là Bộ đội Biên phòng, 3/3/1959.",
        ("Border Guard Day and All-People Border Defence Day", "边防部队传统日暨全民边防日"),
    ),
    (
        "Ngày Giải phóng miền Nam, thống nhất đất nước",
        datetime.date(1975, 4, 30),
        45,
        "Kỷ niệm ngày giải phóng hoàn toàn miền Nam, thống nhất đất nước, 30/4/1975.",
        ("Day of the Liberation of the South and National Reunification", "南方解放、国家统一日"),
    ),
    (
        "Chiến thắng Điện Biên Phủ",
        datetime.date(1954, 5, 7),
        30,
        "Kỷ niệm chiến thắng Điện Biên Phủ, 7/5/1954, trên địa bàn Tây Bắc.",
        ("Dien Bien Phu Victory Day", "奠边府大捷纪念日"),
    ),
    (
        "Ngày sinh Chủ tịch Hồ Chí Minh",
        datetime.date(1890, 5, 19),
        30,
        "Kỷ niệm ngày sinh Chủ tịch Hồ Chí Minh, 19/5/1890.",
        ("Birthday of President Ho Chi Minh", "胡志明主席诞辰纪念日"),
    ),
    (
        "Ngày truyền thống ngành Tuyên giáo của Đảng",
        datetime.date(1930, 8, 1),
        20,
        "Ngày truyền thống của ngành Tuyên giáo, 1/8/1930.",
        ("Tradition Day of the Party's Propaganda and Education sector", "党的宣教工作传统日"),
    ),
    (
        "Quốc khánh nước Cộng hoà xã hội chủ nghĩa Việt Nam",
        datetime.date(1945, 9, 2),
        45,
        "Kỷ niệm ngày Chủ tịch Hồ Chí Minh đọc Tuyên ngôn Độc lập, khai sinh nước Việt Nam Dân chủ Cộng hoà, 2/9/1945.",
        ("National Day of the Socialist Republic of Viet Nam", "越南社会主义共和国国庆节"),
    ),
    (
        "Ngày thành lập Quân đội nhân dân Việt Nam",
        datetime.date(1944, 12, 22),
        30,
        "Kỷ niệm ngày thành lập Quân đội nhân dân Việt Nam, 22/12/1944.",
        ("Founding Day of the Viet Nam People's Army", "越南人民军建军节"),
    ),
    (
        "Ngày tái lập tỉnh Lai Châu",
        datetime.date(2004, 1, 1),
        30,
        "Tỉnh Lai Châu được chia tách, tái lập và đi vào hoạt động từ ngày 1/1/2004.",
        ("Re-establishment Day of Lai Chau Province", "莱州省重建纪念日"),
    ),
]
# English and Chinese of the descriptions, keyed by the Vietnamese.
DESCRIPTIONS = {
    "Kỷ niệm ngày thành lập Đảng Cộng sản Việt Nam, 3/2/1930.": (
        "Anniversary of the founding of the Communist Party of Viet Nam on 3 February 1930.",
        "纪念1930年2月3日越南共产党成立。",
    ),
    "Kỷ niệm ngày thành lập lực lượng Công an nhân dân vũ trang, nay là Bộ đội Biên phòng, 3/3/1959.": (
        "Anniversary of the founding of the People's Armed Police, today's Border Guard, on 3 March 1959.",
        "纪念1959年3月3日人民武装公安（今边防部队）成立。",
    ),
    "Kỷ niệm ngày giải phóng hoàn toàn miền Nam, thống nhất đất nước, 30/4/1975.": (
        "Anniversary of the complete liberation of the South and the reunification of the country on 30 April 1975.",
        "纪念1975年4月30日南方完全解放、国家统一。",
    ),
    "Kỷ niệm chiến thắng Điện Biên Phủ, 7/5/1954, trên địa bàn Tây Bắc.": (
        "Anniversary of the victory of Dien Bien Phu in the North-West on 7 May 1954.",
        "纪念1954年5月7日西北地区奠边府大捷。",
    ),
    "Kỷ niệm ngày sinh Chủ tịch Hồ Chí Minh, 19/5/1890.": (
        "Anniversary of the birth of President Ho Chi Minh on 19 May 1890.",
        "纪念1890年5月19日胡志明主席诞辰。",
    ),
    "Ngày truyền thống của ngành Tuyên giáo, 1/8/1930.": (
        "Tradition day of the Propaganda and Education sector, 1 August 1930.",
        "宣教工作传统日，1930年8月1日。",
    ),
    "Kỷ niệm ngày Chủ tịch Hồ Chí Minh đọc Tuyên ngôn Độc lập, khai sinh nước Việt Nam Dân chủ Cộng hoà, 2/9/1945.": (
        "Anniversary of President Ho Chi Minh reading the Declaration of Independence that founded "
        "the Democratic Republic of Viet Nam on 2 September 1945.",
        "纪念1945年9月2日胡志明主席宣读《独立宣言》，越南民主共和国诞生。",
    ),
    "Kỷ niệm ngày thành lập Quân đội nhân dân Việt Nam, 22/12/1944.": (
        "Anniversary of the founding of the Viet Nam People's Army on 22 December 1944.",
        "纪念1944年12月22日越南人民军成立。",
    ),
    "Tỉnh Lai Châu được chia tách, tái lập và đi vào hoạt động từ ngày 1/1/2004.": (
        "Lai Chau Province was divided, re-established and began its work on 1 January 2004.",
        "莱州省经分设重建，自2004年1月1日起运作。",
    ),
}
CALENDAR = ("Lịch sự kiện", "lich-su-kien", "Các ngày kỷ niệm lớn và các chiến dịch thông tin đối ngoại trong năm.")
CALENDAR_STRINGS = {
    "Lịch sự kiện": ("Calendar", "活动日历"),
    "Các ngày kỷ niệm lớn và các chiến dịch thông tin đối ngoại trong năm.": (
        "The year's major anniversaries and external information campaigns.",
        "全年重大纪念日和对外宣传活动。",
    ),
}
LANGUAGES = ["en", "zh-hans"]


def load(loader, home):
    """Creates what is missing: the commemorations, the calendar page, and their translations."""
    source = Locale.get_default()
    snippets = []
    for name, date, lead_days, description, _translations in COMMEMORATIONS:
        commemoration, created = Commemoration.objects.get_or_create(
            locale=source, name=name, defaults={"date": date, "lead_days": lead_days, "description": description}
        )
        loader.created += created
        snippets.append(commemoration)
    title, slug, lead = CALENDAR
    page = loader.add_page(home, CalendarPage(title=title, slug=slug, lead=lead, show_in_menus=True))
    for index, code in enumerate(LANGUAGES):
        locale = Locale.objects.filter(language_code=code).first()
        if locale is None or not home.has_translation(locale):
            continue
        strings = {vi: texts[index] for vi, texts in [*CALENDAR_STRINGS.items(), *DESCRIPTIONS.items()]}
        for name, _date, _lead, _description, translations in COMMEMORATIONS:
            strings[name] = translations[index]
        for instance in [*snippets, page]:
            if not instance.has_translation(locale):
                translate_with_strings(instance, locale, strings)
                loader.created += 1
