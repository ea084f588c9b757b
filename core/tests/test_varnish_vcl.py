"""The VCL in deploy/varnish compiles with Varnish and the xkey module, with backends like make serve writes."""

import shutil
import subprocess
import tempfile
from pathlib import Path

import pytest

VCL = Path(__file__).resolve().parents[2] / "deploy" / "varnish" / "sso-web.vcl"
BACKENDS = """
backend app0 { .host = "127.0.0.1"; .port = "8001"; .probe = { .url = "/-/ready/"; .interval = 2s; } }
backend app1 { .host = "127.0.0.1"; .port = "8002"; .probe = { .url = "/-/ready/"; .interval = 2s; } }
sub vcl_init { new app = directors.round_robin(); app.add_backend(app0); app.add_backend(app1); }
"""


@pytest.mark.skipif(shutil.which("varnishd") is None, reason="varnishd is not installed (make serve installs it)")
def test_vcl_compiles_with_a_two_server_director():
    # Varnish compiles as its own unprivileged user: the folder must be readable by others (pytest's is not).
    tmp_path = Path(tempfile.mkdtemp(prefix="sso-vcl-"))
    tmp_path.chmod(0o755)
    (tmp_path / "sso-backends.vcl").write_text(BACKENDS)
    result = subprocess.run(
        [
            shutil.which("varnishd"),
            "-C",
            "-f",
            str(VCL),
            "-p",
            f"vcl_path={tmp_path}:{VCL.parent}",
            "-n",
            str(tmp_path / "n"),
        ],
        capture_output=True,
        text=True,
    )
    shutil.rmtree(tmp_path, ignore_errors=True)
    assert result.returncode == 0, result.stderr[-2000:]
