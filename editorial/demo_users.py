"""One demo account per role, made only on request, each with a password generated and shown once."""

import secrets

from django.contrib.auth import get_user_model

from editorial.roles import ROLES, group


def username_for(role):
    return f"demo-{role.key.replace('_', '-')}"


def create_demo_users():
    """Yield (username, role name, password) for each account made now; existing accounts are left alone."""
    User = get_user_model()
    for role in ROLES:
        username = username_for(role)
        if User.objects.filter(username=username).exists():
            continue
        password = secrets.token_urlsafe(12)
        user = User.objects.create_user(username, f"{username}@example.invalid", password)
        user.groups.add(group(role.key))
        yield username, role.name, password
