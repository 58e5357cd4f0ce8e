"""Who reads contact messages: Wagtail shows a form's submissions to anyone who may edit the page;
messages carry visitors' personal details, so only roles granted `view_formsubmission`
(editorial/roles.py: the department's editors, reviewers, leaders and administrators) see them."""

from wagtail import hooks

from editorial.roles import READ_SUBMISSIONS


@hooks.register("filter_form_submissions_for_user")
def only_the_departments_roles(user, editable_forms):
    return editable_forms if user.has_perm(READ_SUBMISSIONS) else editable_forms.none()
