"""The local Neo4j launcher: a real Neo4j 5.26 Community server assembled from Maven Central.

For machines without a Docker engine. Maven resolves the server and Neo4j Browser jars
(``docker/neo4j-local/pom.xml``) into ``<home>/lib`` once; the server then starts from its
own entry point, ``org.neo4j.server.CommunityEntryPoint``, in a JVM of its own, with a
``neo4j.conf`` written here. Bolt, the HTTP API and Neo4j Browser (``/browser/``) listen on
127.0.0.1 only; ``LOAD CSV`` may not read local files (and its import folder is empty), and
telemetry and usage reports are off. On first start the default ``neo4j``/``neo4j``
password is changed to the configured one.
"""

from __future__ import annotations

import contextlib
import os
import shutil
import signal
import socket
import subprocess
import time
from dataclasses import dataclass
from pathlib import Path

from neo4j import GraphDatabase
from neo4j.exceptions import AuthError, ServiceUnavailable

from core.settings import PROJECT_ROOT

MAIN_CLASS = "org.neo4j.server.CommunityEntryPoint"
JVM_FLAGS = (
    "--add-opens=java.base/java.nio=ALL-UNNAMED",
    "--add-opens=java.base/java.io=ALL-UNNAMED",
    "--add-opens=java.base/sun.nio.ch=ALL-UNNAMED",
    "--add-opens=java.base/java.lang=ALL-UNNAMED",
    "-Dio.netty.tryReflectionSetAccessible=true",
    "-XX:+UseG1GC",
    "-XX:-OmitStackTraceInFastThrow",
    "-XX:+ExitOnOutOfMemoryError",
    "-Djdk.tls.ephemeralDHKeySize=2048",
)


class LauncherError(RuntimeError):
    """The local server could not be set up, started or stopped; the message says why."""


def _pom_path() -> Path:
    for candidate in (
        PROJECT_ROOT / "docker" / "neo4j-local" / "pom.xml",
        Path(__file__).resolve().parent / "neo4j-local" / "pom.xml",
    ):
        if candidate.is_file():
            return candidate
    raise LauncherError("docker/neo4j-local/pom.xml not found")


def browser_csp(hosts: tuple[str, ...]) -> str:
    """The policy Neo4j sends with Browser's pages: Neo4j's own default without the outside
    hosts it names (cdn.segment.com, canny.io, Google Fonts), which Browser on Community
    edition loads whatever its telemetry setting says, and with connections (Bolt over
    WebSocket, guides, style sheets) only to ``hosts`` — so a guide Browser cannot find is
    not looked up on guides.neo4j.com either."""
    connect = " ".join(f"{scheme}://{host}:*" for host in hosts for scheme in ("ws", "http"))
    return (
        "default-src 'self'; script-src 'self'; img-src 'self' data:; "
        "style-src 'self' 'unsafe-inline'; font-src 'self'; base-uri 'none'; "
        f"object-src 'none'; frame-ancestors 'none'; connect-src 'self' {connect}"
    )


@dataclass(frozen=True)
class LocalNeo4j:
    """One local server: its folder, ports, memory and password."""

    home: Path
    bolt_port: int = 7687
    http_port: int = 7474
    password: str = "actornet-local"  # noqa: S105 - the documented local default
    heap: str = "1g"
    pagecache: str = "512m"
    lib_dir: Path | None = None
    guide_hosts: tuple[str, ...] = ("127.0.0.1", "localhost")
    """Hosts Neo4j Browser may fetch guides from (``:play URL``): where the app runs."""

    @property
    def lib(self) -> Path:
        return self.lib_dir or self.home / "lib"

    @property
    def pid_file(self) -> Path:
        return self.home / "neo4j.pid"

    @property
    def log_file(self) -> Path:
        return self.home / "logs" / "console.log"

    @property
    def bolt_uri(self) -> str:
        return f"bolt://127.0.0.1:{self.bolt_port}"

    @property
    def browser_url(self) -> str:
        return (
            f"http://127.0.0.1:{self.http_port}/browser/"
            f"?dbms=neo4j://neo4j@127.0.0.1:{self.bolt_port}&db=neo4j"
        )

    # -- installation ------------------------------------------------------------------

    def jars_present(self) -> bool:
        return any(self.lib.glob("neo4j-5.*.jar")) and any(self.lib.glob("neo4j-browser-*.jar"))

    def install(self) -> None:
        """Resolve the server and Browser jars from Maven Central into ``lib/`` (once)."""
        if self.jars_present():
            return
        if shutil.which("java") is None:
            raise LauncherError("Java 17 is required: install it (apt-get install openjdk-17-jre)")
        mvn = shutil.which("mvn")
        if mvn is None:
            raise LauncherError(
                "Maven is required to fetch Neo4j: install it (apt-get install maven)"
            )
        self.lib.mkdir(parents=True, exist_ok=True)
        cmd = [
            mvn,
            "-B",
            "-q",
            "-f",
            str(_pom_path()),
            "dependency:copy-dependencies",
            f"-DoutputDirectory={self.lib}",
        ]
        result = subprocess.run(cmd, capture_output=True, text=True, check=False)
        if result.returncode != 0 or not self.jars_present():
            tail = (result.stdout + result.stderr).strip().splitlines()[-15:]
            raise LauncherError("Maven could not resolve Neo4j:\n" + "\n".join(tail))

    def write_config(self) -> Path:
        conf_dir = self.home / "conf"
        for sub in ("conf", "data", "logs", "plugins", "run", "import"):
            (self.home / sub).mkdir(parents=True, exist_ok=True)
        conf = conf_dir / "neo4j.conf"
        conf.write_text(
            "\n".join(
                [
                    "# Written by actornet's local launcher; edits are overwritten at start.",
                    f"server.directories.data={self.home / 'data'}",
                    f"server.directories.logs={self.home / 'logs'}",
                    f"server.directories.plugins={self.home / 'plugins'}",
                    f"server.directories.run={self.home / 'run'}",
                    f"server.bolt.listen_address=127.0.0.1:{self.bolt_port}",
                    f"server.bolt.advertised_address=127.0.0.1:{self.bolt_port}",
                    f"server.http.listen_address=127.0.0.1:{self.http_port}",
                    f"server.http.advertised_address=127.0.0.1:{self.http_port}",
                    "server.https.enabled=false",
                    # LOAD CSV reads no local file, and its import folder is an empty one.
                    "dbms.security.allow_csv_import_from_file_urls=false",
                    f"server.directories.import={self.home / 'import'}",
                    # No driver telemetry either (usage reports and Browser's are off below).
                    "server.bolt.telemetry.enabled=false",
                    "dbms.security.auth_enabled=true",
                    "server.memory.heap.initial_size=256m",
                    f"server.memory.heap.max_size={self.heap}",
                    f"server.memory.pagecache.size={self.pagecache}",
                    "db.tx_log.rotation.retention_policy=1 files",
                    # A stop waited 5 s twice for Bolt's idle threads after the databases had
                    # closed (a bulk load stops the server): no wait, as nothing is left to save.
                    "internal.server.bolt.thread_pool_shutdown_wait_time=100ms",
                    "internal.server.bolt.connection_shutdown_wait_time=100ms",
                    "server.jvm.additional=-XX:+UseG1GC",
                    # Neo4j Browser: guides from the app only; no calls off the machine.
                    "browser.remote_content_hostname_whitelist=" + ",".join(self.guide_hosts),
                    "client.allow_telemetry=false",
                    "dbms.usage_report.enabled=false",
                    "dbms.security.http_static_content_security_policy_header="
                    + browser_csp(self.guide_hosts),
                    "",
                ]
            )
        )
        return conf

    # -- process -----------------------------------------------------------------------

    def pid(self) -> int | None:
        """The server's pid if it is running, else None (a stale pid file is removed)."""
        try:
            pid = int(self.pid_file.read_text().strip())
        except (OSError, ValueError):
            return None
        try:
            os.kill(pid, 0)
        except ProcessLookupError:
            self.pid_file.unlink(missing_ok=True)
            return None
        except PermissionError:
            return pid
        return pid

    def start(self, timeout: float = 120.0) -> int:
        """Start the server (installing it first if needed) and wait until Bolt answers."""
        running = self.pid()
        if running is not None:
            self.wait_ready(timeout)
            return running
        for port in (self.bolt_port, self.http_port):
            if port_in_use(port):
                raise LauncherError(
                    f"port {port} on 127.0.0.1 is taken by another program; "
                    "stop it or choose other ports (ACTORNET_NEO4J_BOLT_PORT / _HTTP_PORT)"
                )
        self.install()
        self.write_config()
        cmd = [
            "java",
            "-Xms256m",
            f"-Xmx{self.heap}",
            *JVM_FLAGS,
            "-cp",
            f"{self.lib}/*",
            MAIN_CLASS,
            f"--home-dir={self.home}",
            f"--config-dir={self.home / 'conf'}",
        ]
        self.log_file.parent.mkdir(parents=True, exist_ok=True)
        with self.log_file.open("ab") as log:
            proc = subprocess.Popen(
                cmd,
                stdout=log,
                stderr=subprocess.STDOUT,
                stdin=subprocess.DEVNULL,
                cwd=self.home,
                start_new_session=True,
            )
        self.pid_file.write_text(str(proc.pid))
        try:
            self.wait_ready(timeout, proc=proc)
        except LauncherError:
            self.stop()
            raise
        return proc.pid

    def wait_ready(self, timeout: float, proc: subprocess.Popen[bytes] | None = None) -> None:
        """Wait until Bolt accepts a login; set the password on first start."""
        deadline = time.monotonic() + timeout
        while time.monotonic() < deadline:
            if proc is not None and proc.poll() is not None:
                raise LauncherError(
                    f"Neo4j exited with code {proc.returncode}; see {self.log_file} "
                    f"and {self.home / 'logs' / 'neo4j.log'}"
                )
            if port_in_use(self.bolt_port):
                try:
                    self._ensure_password()
                    return
                except (ServiceUnavailable, OSError):
                    pass
            time.sleep(0.25)
        raise LauncherError(
            f"Neo4j did not answer on Bolt port {self.bolt_port} in {timeout:.0f} s"
        )

    def _ensure_password(self) -> None:
        try:
            with GraphDatabase.driver(self.bolt_uri, auth=("neo4j", self.password)) as driver:
                driver.verify_connectivity()
            return
        except AuthError:
            pass
        # First start: the initial password must be changed before anything else works.
        try:
            with (
                GraphDatabase.driver(self.bolt_uri, auth=("neo4j", "neo4j")) as driver,
                driver.session(database="system") as session,
            ):
                session.run(
                    "ALTER CURRENT USER SET PASSWORD FROM 'neo4j' TO $pw", pw=self.password
                ).consume()
        except AuthError as exc:
            raise LauncherError(
                "Neo4j refused both the configured password and the initial one; "
                f"set ACTORNET_NEO4J_PASSWORD to this database's password or remove {self.home}"
            ) from exc

    def stop(self, timeout: float = 60.0) -> bool:
        """Stop the server with SIGTERM (clean shutdown); SIGKILL after ``timeout``."""
        pid = self.begin_stop()
        if pid is None:
            return False
        self.wait_stopped(pid, timeout)
        return True

    def begin_stop(self) -> int | None:
        """Ask the server to shut down (SIGTERM) without waiting; its pid, or None if it was
        not running. :meth:`wait_stopped` waits for it: the shutdown (a checkpoint, the
        JVM's exit) can run meanwhile."""
        pid = self.pid()
        if pid is None:
            return None
        with contextlib.suppress(ProcessLookupError):
            os.kill(pid, signal.SIGTERM)
        return pid

    def wait_stopped(self, pid: int, timeout: float = 60.0) -> None:
        """Wait until the server ``pid`` has exited; SIGKILL after ``timeout``."""
        deadline = time.monotonic() + timeout
        while time.monotonic() < deadline:
            if not _alive(pid):
                break
            time.sleep(0.05)
        else:
            with contextlib.suppress(ProcessLookupError):
                os.kill(pid, signal.SIGKILL)
        self.pid_file.unlink(missing_ok=True)

    def rss_mb(self) -> float | None:
        """Resident memory of the server process in MiB (Linux), or None."""
        pid = self.pid()
        if pid is None:
            return None
        try:
            for line in Path(f"/proc/{pid}/status").read_text().splitlines():
                if line.startswith("VmRSS:"):
                    return int(line.split()[1]) / 1024
        except OSError:
            return None
        return None


def _alive(pid: int) -> bool:
    with contextlib.suppress(ChildProcessError):
        os.waitpid(pid, os.WNOHANG)
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    try:
        state = Path(f"/proc/{pid}/stat").read_text().split()[2]
    except (OSError, IndexError):
        return True
    return state != "Z"


def port_in_use(port: int, host: str = "127.0.0.1") -> bool:
    """True when something accepts TCP connections on ``host:port``."""
    with socket.socket(socket.AF_INET, socket.SOCK_STREAM) as sock:
        sock.settimeout(0.5)
        return sock.connect_ex((host, port)) == 0


def free_port() -> int:
    """A TCP port on 127.0.0.1 that nothing listens on right now."""
    with socket.socket(socket.AF_INET, socket.SOCK_STREAM) as sock:
        sock.bind(("127.0.0.1", 0))
        return int(sock.getsockname()[1])
