"""`make run`'s steps on a fresh data directory: demo, printed logins, waitress serving the login page.

The Makefile's run target is `fazhi migrate`, `fazhi demo`, `fazhi serve`; this test runs the same
commands in subprocesses (the venv is already installed by `make test`) and logs in with a printed
demo login over real HTTP.
"""

import http.cookiejar
import os
import re
import socket
import subprocess
import sys
import time
import urllib.parse
import urllib.request
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
pytestmark = pytest.mark.slow


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def test_makefile_run_target_is_migrate_demo_serve():
    text = (ROOT / "Makefile").read_text()
    assert re.search(r"^run: demo$", text, re.M)
    assert "fazhi serve --host 127.0.0.1 --port 8000" in text
    assert "fazhi demo" in text and "fazhi migrate" in text


def test_demo_then_serve_answers_the_login_page_and_the_printed_login_works(tmp_path):
    env = {k: v for k, v in os.environ.items() if k != "FAZHI_TESTING"}
    env["FAZHI_DATA_DIR"] = str(tmp_path)
    env.pop("DATABASE_URL", None)  # make run uses the embedded SQLite default
    cli = [sys.executable, "-m", "fazhi.cli"]
    demo = subprocess.run([*cli, "demo", "--quiet"], cwd=ROOT, env=env, capture_output=True, text=True, timeout=900)
    assert demo.returncode == 0, demo.stderr[-2000:]
    logins = re.findall(r"^\s+(\w+_operator)\s", demo.stdout, re.M)
    assert "dawan_operator" in logins and "fazhi-demo" in demo.stdout
    # a second run is idempotent
    again = subprocess.run([*cli, "demo", "--quiet"], cwd=ROOT, env=env, capture_output=True, text=True, timeout=900)
    assert again.returncode == 0
    assert re.search(r"(\d+) 个单位", demo.stdout)[1] == re.search(r"(\d+) 个单位", again.stdout)[1]

    port = _free_port()
    server = subprocess.Popen([*cli, "serve", "--port", str(port), "--no-migrate"], cwd=ROOT, env=env,
                              stdout=subprocess.PIPE, stderr=subprocess.STDOUT, text=True)
    try:
        base = f"http://127.0.0.1:{port}"
        jar = http.cookiejar.CookieJar()
        opener = urllib.request.build_opener(urllib.request.HTTPCookieProcessor(jar))
        for _ in range(120):
            try:
                page = opener.open(f"{base}/login/", timeout=5).read().decode()
                break
            except OSError:
                time.sleep(0.5)
        else:
            pytest.fail("server did not answer: " + (server.stdout.read() if server.poll() is not None else ""))
        assert "登录" in page
        token = re.search(r'name="csrfmiddlewaretoken" value="([^"]+)"', page)[1]
        body = urllib.parse.urlencode({"username": "dawan_operator", "password": "fazhi-demo", "csrfmiddlewaretoken": token}).encode()
        req = urllib.request.Request(f"{base}/login/", data=body, headers={"Referer": f"{base}/login/"})
        home = opener.open(req, timeout=10)
        html = home.read().decode()
        assert home.url == f"{base}/" and "大湾镇" in html
        # the production server (waitress, ident "fazhi") serves the hashed static files (whitenoise)
        assert home.headers.get("Server") == "fazhi"
        static = re.search(r'src="(/static/fazhi/vendor/htmx\.min\.\w+\.js)"', html)[1]
        assert opener.open(f"{base}{static}", timeout=5).status == 200
    finally:
        server.terminate()
        server.wait(timeout=10)
