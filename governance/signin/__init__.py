"""Signing in to the admin (issue 14): the second factor (django-otp: TOTP and single-use backup codes), who must
have one, its reset by another administrator; lockout after failed passwords (django-axes, kept in the database
so every process and server sees it) and its unlock; the admin session's idle and absolute limits, and a logout
that only a POST performs. See docs/security/sign-in.md."""
