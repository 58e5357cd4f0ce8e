"""django-csp's middleware, with the admin's policy sent report-only.

Public pages (and documents, images) get the policy enforced. Under the admin's prefix the same
policy is only reported: Wagtail's admin ships inline scripts and style attributes of its own,
which an enforced policy without 'unsafe-inline' would break, and allowing 'unsafe-inline' there
would teach nothing. Reports show what would break when Wagtail's admin gets stricter.
"""

from csp.middleware import CSPMiddleware


class AdminReportOnlyCSPMiddleware(CSPMiddleware):
    admin_prefix = "/admin/"

    def process_response(self, request, response):
        in_admin = request.path_info.startswith(self.admin_prefix)
        if in_admin:
            response._csp_exempt = True
        else:
            response._csp_exempt_ro = True
        return super().process_response(request, response)
