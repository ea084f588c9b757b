"""The sign-in slice's receivers, connected by ``GovernanceConfig.ready``: a session's clocks start at sign-in,
and the start of a lockout is written to the audit log."""

from axes.signals import user_locked_out
from django.contrib.auth.signals import user_logged_in

from governance.signin.lockout import record_lockout
from governance.signin.sessions import stamp_sign_in


def connect():
    user_logged_in.connect(stamp_sign_in, dispatch_uid="sso_signin_stamp")
    user_locked_out.connect(record_lockout, dispatch_uid="sso_signin_lockout_log")
