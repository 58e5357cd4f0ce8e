"""Who may see what: the department sees every body's submissions; a reporter only their bodies'.

Every reporter-facing query starts here, so another body's rows are never fetched, and a
guessed id answers 404 exactly like one that does not exist.
"""

from django.core.exceptions import PermissionDenied
from django.db.models import Q
from django.http import Http404

from reporting.models import ReportRequest, Submission

REVIEW = "reporting.review_submission"


def is_department(user):
    return user.is_active and user.has_perm(REVIEW)


def body_ids(user):
    """The bodies this user reports for."""
    return set(user.reporting_links.values_list("body_id", flat=True))


def is_reporter(user):
    return user.is_active and user.reporting_links.exists()


def require_department(user):
    if not is_department(user):
        raise PermissionDenied


def requests_for(user):
    """Requests addressed to any of the user's bodies, newest deadline first."""
    bodies = body_ids(user)
    if not bodies:
        return ReportRequest.objects.none()
    return (
        ReportRequest.objects.filter(Q(all_bodies=True) | Q(bodies__in=bodies)).distinct().order_by("-deadline", "-pk")
    )


def reporter_request_and_body(user, request_id, body_id):
    """The request and body a reporter works on; 404 unless the user reports for an addressed body."""
    from campaigns.models import Body

    if body_id not in body_ids(user):
        raise Http404
    report_request = ReportRequest.objects.filter(pk=request_id).first()
    body = Body.objects.filter(pk=body_id).first()
    if report_request is None or body is None or not report_request.is_addressed_to(body):
        raise Http404
    return report_request, body


def submission_for_reporter(user, pk):
    """A submission of one of the user's bodies, or 404."""
    submission = Submission.objects.select_related("request", "body").filter(pk=pk, body_id__in=body_ids(user)).first()
    if submission is None:
        raise Http404
    return submission


def submission_for_reader(user, pk):
    """A submission the user may read: the department any, a reporter their bodies'."""
    if is_department(user):
        submission = Submission.objects.select_related("request", "body").filter(pk=pk).first()
        if submission is None:
            raise Http404
        return submission
    return submission_for_reporter(user, pk)
