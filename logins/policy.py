"""Who must sign in with a one-time password: superusers and the roles in LOGINS_TWO_FACTOR_ROLES."""

from django.conf import settings

from editorial.roles import ROLES_BY_KEY


def requires_two_factor(user):
    if not settings.LOGINS_TWO_FACTOR_ENFORCED or not user.is_authenticated:
        return False
    if user.is_superuser:
        return True
    names = [ROLES_BY_KEY[key].name for key in settings.LOGINS_TWO_FACTOR_ROLES]
    return user.groups.filter(name__in=names).exists()
