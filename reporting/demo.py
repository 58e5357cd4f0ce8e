"""Demo data for grassroots reporting, loaded by `load_demo_content --with-reporting`.

Four grassroots bodies, each with a reporter account (password generated and printed once), the
last quarter's periodic request with a report in every state (submitted and marked, sent back,
draft, late and reminded) and an ad hoc request still open. Idempotent like the rest of the loader.
"""

import datetime
import secrets

from django.contrib.auth import get_user_model
from django.utils import timezone
from wagtail.models import Locale

from campaigns.models import Body
from editorial.roles import REPORTERS, group
from reporting import periods
from reporting.models import Mark, Reminder, Reporter, ReportRequest, Submission

BODIES = [
    ("demo-reporter-sithauchai", "Chi bộ bản Sì Thâu Chải", "Bản du lịch cộng đồng của người Dao đỏ."),
    ("demo-reporter-bangiang", "Đảng bộ xã Bản Giang", "Xã có cửa ngõ du lịch và nhiều đoàn khách quốc tế."),
    ("demo-reporter-thitran", "Đảng bộ thị trấn Tam Đường", "Trung tâm hành chính, nơi tổ chức các sự kiện của huyện."),
    ("demo-reporter-navan", "Chi bộ bản Nà Ván", "Bản văn hoá người Lự, điểm đón khách nước ngoài."),
]
QUESTIONS = (
    "Những hoạt động thông tin đối ngoại nổi bật trong kỳ?\n"
    "Khó khăn, vướng mắc khi triển khai?\n"
    "Đối tượng nước ngoài nào đã tiếp cận thông tin của đơn vị?"
)
SUBMITTED = {
    "activities": (
        "Tổ chức 2 buổi giới thiệu văn hoá người Dao đỏ cho đoàn khách Pháp; cập nhật trang mạng xã hội của bản."
    ),
    "press": 2,
    "radio_tv": 1,
    "portal": 3,
    "social": 12,
    "exchanges": 2,
    "audiences": 420,
    "audiences_note": "Du khách châu Âu, học sinh, Nhân dân trong bản.",
    "answers": "Hoạt động nổi bật là giao lưu văn nghệ với đoàn khách Pháp.",
    "proposals": "Đề nghị hỗ trợ in tờ gấp giới thiệu bản bằng tiếng Anh và tiếng Pháp.",
}


def _reporters():
    """(username, body, password or None): the password only for an account made now."""
    User = get_user_model()
    locale = Locale.get_default()
    made = []
    for username, name, description in BODIES:
        body, _created = Body.objects.get_or_create(
            locale=locale, name=name, defaults={"kind": Body.Kind.GRASSROOTS, "description": description}
        )
        password = None
        user = User.objects.filter(username=username).first()
        if user is None:
            password = secrets.token_urlsafe(12)
            user = User.objects.create_user(username, f"{username}@example.invalid", password)
            user.groups.add(group(REPORTERS))
        Reporter.objects.get_or_create(user=user, body=body)
        made.append((username, body, password))
    return made


def load():
    """Create what is missing; returns (username, body name, password) for each account made now."""
    reporters = _reporters()
    bodies = [body for _username, body, _password in reporters]
    today = timezone.localdate()
    start, end = periods.previous(periods.QUARTER, today)
    quarter, created = ReportRequest.objects.get_or_create(
        kind=periods.QUARTER,
        period_start=start,
        defaults={
            "title": periods.label(periods.QUARTER, start),
            "period_end": end,
            "deadline": end + datetime.timedelta(days=10),
            "questions": QUESTIONS,
            "notified_at": timezone.now(),
        },
    )
    if created:
        submitted_at = timezone.make_aware(datetime.datetime.combine(quarter.deadline, datetime.time(10)))
        good = Submission.objects.create(
            request=quarter, body=bodies[0], status="submitted", submitted_at=submitted_at, **SUBMITTED
        )
        Mark.objects.create(submission=good, grade=Mark.Grade.GOOD, comment="Đầy đủ, có số liệu cụ thể.")
        Submission.objects.create(
            request=quarter,
            body=bodies[1],
            status="returned",
            submitted_at=submitted_at,
            activities="Tuyên truyền trên loa truyền thanh xã.",
            radio_tv=4,
            return_comment="Bổ sung số liệu khách quốc tế và các tin bài trên mạng xã hội.",
        )
        Submission.objects.create(
            request=quarter, body=bodies[2], activities="Đang tổng hợp số liệu từ các tổ dân phố.", portal=5
        )
        Reminder.objects.create(
            request=quarter,
            body=bodies[3],
            recipients=f"{BODIES[3][0]}@example.invalid",
            days_late=quarter.days_late(),
        )
    ad_hoc, created = ReportRequest.objects.get_or_create(
        kind=ReportRequest.Kind.AD_HOC,
        title="Thông tin về đoàn khảo sát du lịch của tỉnh Vân Nam (Trung Quốc)",
        defaults={
            "subject": (
                "Báo cáo công tác đón tiếp, thông tin tuyên truyền và các vấn đề phát sinh "
                "trong thời gian đoàn làm việc."
            ),
            "period_start": today - datetime.timedelta(days=10),
            "period_end": today - datetime.timedelta(days=3),
            "deadline": today + datetime.timedelta(days=7),
            "questions": "Đoàn đã làm việc ở đâu, với ai?\nCó vấn đề nhạy cảm nào phát sinh?",
            "all_bodies": False,
            "notified_at": timezone.now(),
        },
    )
    if created:
        ad_hoc.bodies.set(bodies[:2])
        Submission.objects.create(request=ad_hoc, body=bodies[1], activities="Đoàn thăm bản du lịch Bản Giang.")
    return [(username, body.name, password) for username, body, password in reporters if password]
