import pytest


@pytest.fixture
def otp_on(settings):
    """The second factor as production enforces it (the test settings leave it off for the other tests)."""
    settings.SSO_OTP_ENFORCED = True
    return settings
