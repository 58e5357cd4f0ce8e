from django.urls import path
from wagtail import hooks

from logins import views


@hooks.register("register_admin_urls")
def two_factor_urls():
    return [
        path("two-factor/setup/", views.setup, name="logins_two_factor_setup"),
        path("two-factor/verify/", views.verify, name="logins_two_factor_verify"),
    ]
