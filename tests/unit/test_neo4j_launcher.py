"""The local launcher's checks before it starts anything: ports, Java, Maven, config."""

from __future__ import annotations

import socket
from pathlib import Path

import pytest

from service import neo4j_local
from service.neo4j_local import LauncherError, LocalNeo4j, free_port


def test_a_taken_port_is_refused_with_a_clear_message(tmp_path: Path) -> None:
    with socket.socket() as busy:
        busy.bind(("127.0.0.1", 0))
        busy.listen()
        port = busy.getsockname()[1]
        server = LocalNeo4j(home=tmp_path, bolt_port=port, http_port=free_port())
        with pytest.raises(LauncherError, match=f"port {port} .* taken"):
            server.start(timeout=5)
    assert not (tmp_path / "neo4j.pid").exists()


def test_missing_java_is_named(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(neo4j_local.shutil, "which", lambda name: None)
    server = LocalNeo4j(home=tmp_path, lib_dir=tmp_path / "lib")
    with pytest.raises(LauncherError, match="Java 17 is required"):
        server.install()


def test_missing_maven_is_named(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(
        neo4j_local.shutil, "which", lambda name: "/usr/bin/java" if name == "java" else None
    )
    server = LocalNeo4j(home=tmp_path, lib_dir=tmp_path / "lib")
    with pytest.raises(LauncherError, match="Maven is required"):
        server.install()


def test_config_listens_on_loopback_with_auth_and_the_given_ports(tmp_path: Path) -> None:
    conf = LocalNeo4j(home=tmp_path, bolt_port=17001, http_port=17002, heap="768m").write_config()
    text = conf.read_text()
    assert "server.bolt.listen_address=127.0.0.1:17001" in text
    assert "server.bolt.advertised_address=127.0.0.1:17001" in text
    assert "server.http.listen_address=127.0.0.1:17002" in text
    assert "dbms.security.auth_enabled=true" in text
    assert "server.memory.heap.max_size=768m" in text
    assert f"server.directories.data={tmp_path / 'data'}" in text


def test_config_reads_no_files_and_reports_nothing(tmp_path: Path) -> None:
    text = LocalNeo4j(home=tmp_path).write_config().read_text()
    assert "dbms.security.allow_csv_import_from_file_urls=false" in text
    assert f"server.directories.import={tmp_path / 'import'}" in text
    assert not any((tmp_path / "import").iterdir())
    for setting in ("dbms.usage_report.enabled", "client.allow_telemetry"):
        assert f"{setting}=false" in text


def test_status_of_a_server_never_started_is_not_running(tmp_path: Path) -> None:
    server = LocalNeo4j(home=tmp_path)
    assert server.pid() is None
    assert server.stop() is False
    (tmp_path / "neo4j.pid").write_text("999999999")
    assert server.pid() is None  # a stale pid file is cleaned up
    assert not (tmp_path / "neo4j.pid").exists()


def test_config_lets_browser_play_the_apps_guide_and_call_nothing_outside(tmp_path: Path) -> None:
    conf = LocalNeo4j(home=tmp_path, guide_hosts=("10.0.0.5", "127.0.0.1")).write_config()
    text = conf.read_text()
    assert "browser.remote_content_hostname_whitelist=10.0.0.5,127.0.0.1" in text
    assert "client.allow_telemetry=false" in text
    assert "dbms.usage_report.enabled=false" in text
    csp = next(line for line in text.splitlines() if "content_security_policy" in line)
    assert "script-src 'self';" in csp
    for outside in ("segment", "canny", "googleapis", "gstatic", "guides.neo4j.com", "https:"):
        assert outside not in csp
    assert "connect-src 'self' ws://10.0.0.5:* http://10.0.0.5:* ws://127.0.0.1:*" in csp
