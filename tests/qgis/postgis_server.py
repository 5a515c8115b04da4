"""A throw-away PostgreSQL server with PostGIS for the tests (Debian's packages).

:class:`PostgisServer` runs ``initdb`` into a fresh folder under the system temp folder,
starts the server with ``pg_ctl`` listening on a Unix socket in that folder only (no TCP
port: it works in a chroot with a network namespace of its own, and never meets another
server), creates a database with the ``postgis`` extension and the roles a municipality
would have (docs/postgis.md):

* ``wijk_owner``  owns the schema ``wijkaanpak`` and imports the inventory;
* ``planner_a``, ``planner_b``  members of ``wijkaanpak_editors``: read and edit rows;
* ``viewer``  member of ``wijkaanpak_readers``: read only.

Every role logs in with a password (scram-sha-256), as in a municipality's database. The
server runs as the ``postgres`` user when the tests run as root (PostgreSQL refuses to run
as root; CI and the chroot stage run as root), else as the current user. :meth:`stop` stops
it and removes the folder; a watchdog process removes both too if the test process dies
without cleaning up (killed, Ctrl-C twice), so no server is left running.

The session fixture ``postgis_server`` in ``tests/conftest.py`` starts one per test session.
SQL for set-up and for checks runs through ``psql`` (not through QGIS), so a check of what
QGIS wrote does not depend on QGIS.
"""

from __future__ import annotations

import glob
import os
import pwd
import re
import shutil
import subprocess
import sys
import tempfile
import time
from pathlib import Path
from typing import Dict, List, Optional

DATABASE = "wijkaanpak"
SCHEMA = "wijkaanpak"
ADMIN = "wijk_admin"
OWNER = "wijk_owner"
EDITORS = ("planner_a", "planner_b")
READER = "viewer"
#: Test passwords of the throw-away server (it listens on a private socket only).
PASSWORDS = {
    ADMIN: "admin-secret",
    OWNER: "owner-secret",
    "planner_a": "planner-a-secret",
    "planner_b": "planner-b-secret",
    READER: "viewer-secret",
}
PORT = 5432  # only names the socket file in the private folder: no TCP port is opened

#: The roles and privileges of docs/postgis.md (kept the same by hand; the tests check them).
SETUP_SQL = """
CREATE EXTENSION IF NOT EXISTS postgis;
CREATE ROLE wijkaanpak_readers NOLOGIN;
CREATE ROLE wijkaanpak_editors NOLOGIN;
GRANT wijkaanpak_readers TO wijkaanpak_editors;
CREATE ROLE {owner} LOGIN PASSWORD '{owner_pw}';
CREATE ROLE planner_a LOGIN PASSWORD '{a_pw}' IN ROLE wijkaanpak_editors;
CREATE ROLE planner_b LOGIN PASSWORD '{b_pw}' IN ROLE wijkaanpak_editors;
CREATE ROLE {reader} LOGIN PASSWORD '{reader_pw}' IN ROLE wijkaanpak_readers;
CREATE SCHEMA {schema} AUTHORIZATION {owner};
REVOKE CREATE ON SCHEMA public FROM PUBLIC;
GRANT USAGE ON SCHEMA {schema} TO wijkaanpak_readers;
ALTER DEFAULT PRIVILEGES FOR ROLE {owner} IN SCHEMA {schema}
    GRANT SELECT ON TABLES TO wijkaanpak_readers;
ALTER DEFAULT PRIVILEGES FOR ROLE {owner} IN SCHEMA {schema}
    GRANT SELECT, INSERT, UPDATE, DELETE ON TABLES TO wijkaanpak_editors;
ALTER DEFAULT PRIVILEGES FOR ROLE {owner} IN SCHEMA {schema}
    GRANT USAGE, SELECT ON SEQUENCES TO wijkaanpak_editors;
"""


class PostgisUnavailableError(RuntimeError):
    """PostgreSQL or PostGIS is not installed (run ``make system``)."""


def postgres_bindir() -> Path:
    """The newest installed PostgreSQL server's bin folder (Debian: /usr/lib/postgresql/N/bin)."""
    found = []
    for initdb in glob.glob("/usr/lib/postgresql/*/bin/initdb"):
        version = Path(initdb).parts[-3]
        if version.isdigit():
            found.append((int(version), Path(initdb).parent))
    if not found:
        raise PostgisUnavailableError(
            "PostgreSQL server not installed (/usr/lib/postgresql/*/bin/initdb): run "
            "`make system` (Debian packages postgresql and postgresql-postgis)"
        )
    version, bindir = max(found)
    control = Path(f"/usr/share/postgresql/{version}/extension/postgis.control")
    if not control.exists():
        raise PostgisUnavailableError(
            f"PostGIS for PostgreSQL {version} not installed ({control}): run `make system` "
            "(Debian package postgresql-postgis)"
        )
    return bindir


class PostgisServer:
    """One running server; see the module docstring. Use :meth:`start`, then :meth:`stop`."""

    def __init__(self) -> None:
        self.bindir = postgres_bindir()
        self.version = int(self.bindir.parts[-2])
        self.root = Path(tempfile.mkdtemp(prefix="wijk-pg-", dir="/tmp"))
        self.data = self.root / "data"
        self.socket_dir = self.root / "socket"
        self.log = self.root / "server.log"
        self.user: Optional[str] = None  # the OS user the server runs as (None: this one)
        self._watchdog: Optional[subprocess.Popen] = None
        self._options = ""
        self.running = False

    # ------------------------------------------------------------------ life cycle

    @classmethod
    def start(cls) -> PostgisServer:
        server = cls()
        try:
            server._start()
        except BaseException:
            server.stop()
            raise
        return server

    def _run_as_server_user(self, args: List[str], **kwargs) -> subprocess.CompletedProcess:
        if self.user is not None:
            # runuser is in util-linux (essential in Debian, also in a minbase chroot)
            args = ["runuser", "-u", self.user, "--", *args]
        return subprocess.run(args, check=True, capture_output=True, text=True, **kwargs)

    def _start(self) -> None:
        if os.geteuid() == 0:
            self.user = "postgres"
            try:
                entry = pwd.getpwnam(self.user)
            except KeyError as error:
                raise PostgisUnavailableError(
                    "running as root needs the 'postgres' user (Debian's postgresql-common "
                    "creates it): run `make system`"
                ) from error
            os.chown(self.root, entry.pw_uid, entry.pw_gid)
        self.root.chmod(0o700)
        pwfile = self.root / "pw"
        pwfile.write_text(PASSWORDS[ADMIN] + "\n", encoding="utf-8")
        if self.user is not None:
            entry = pwd.getpwnam(self.user)
            os.chown(pwfile, entry.pw_uid, entry.pw_gid)
        self._run_as_server_user(
            [
                str(self.bindir / "initdb"),
                "-D",
                str(self.data),
                "-U",
                ADMIN,
                "--pwfile",
                str(pwfile),
                "--auth-local=scram-sha-256",
                "--auth-host=scram-sha-256",
                "-E",
                "UTF8",
                "--locale=C.UTF-8",
                "--no-sync",
            ]
        )
        pwfile.unlink()
        self._run_as_server_user(["mkdir", "-m", "700", str(self.socket_dir)])
        options = " ".join(
            [
                "-c listen_addresses=''",
                f"-c unix_socket_directories='{self.socket_dir}'",
                f"-p {PORT}",
                "-c fsync=off",
                "-c full_page_writes=off",
                "-c synchronous_commit=off",
                "-c max_connections=40",
                "-c shared_buffers=32MB",
            ]
        )
        self._options = options
        self._start_watchdog()
        self._pg_ctl_start()
        # Clients (psql as root, QGIS) reach the socket: the folder may be entered by anyone,
        # the socket file and passwords keep it to the roles below.
        os.chmod(self.root, 0o711)
        os.chmod(self.socket_dir, 0o711)
        self.psql(f"CREATE DATABASE {DATABASE} ENCODING 'UTF8' TEMPLATE template0", db="postgres")
        self.psql(
            SETUP_SQL.format(
                owner=OWNER,
                owner_pw=PASSWORDS[OWNER],
                a_pw=PASSWORDS["planner_a"],
                b_pw=PASSWORDS["planner_b"],
                reader=READER,
                reader_pw=PASSWORDS[READER],
                schema=SCHEMA,
            )
        )

    def _start_watchdog(self) -> None:
        """A process that stops the server and removes the folder once this process is gone."""
        script = (
            'while [ -d "/proc/$1" ]; do sleep 1; done; '
            '"$2" -D "$3" -m immediate -w stop >/dev/null 2>&1; rm -rf "$4"'
        )
        args = ["sh", "-c", script, "watchdog", str(os.getpid()), str(self.bindir / "pg_ctl")]
        args += [str(self.data), str(self.root)]
        if self.user is not None:
            args = ["runuser", "-u", self.user, "--", *args]
        # a session of its own: a Ctrl-C or a SIGTERM to the test's process group spares it
        self._watchdog = subprocess.Popen(
            args,
            stdin=subprocess.DEVNULL,
            stdout=subprocess.DEVNULL,
            stderr=subprocess.DEVNULL,
            start_new_session=True,
        )

    def stop(self) -> None:
        """Stop the server (if it runs) and remove its folder; safe to call twice."""
        if self.running and self.data.exists():
            try:
                self._run_as_server_user(
                    [str(self.bindir / "pg_ctl"), "-D", str(self.data), "-m", "fast", "-w", "stop"],
                    timeout=60,
                )
            except (subprocess.CalledProcessError, subprocess.TimeoutExpired):
                self._run_as_server_user(
                    [str(self.bindir / "pg_ctl"), "-D", str(self.data), "-m", "immediate", "stop"],
                    timeout=60,
                )
        self.running = False
        if self._watchdog is not None:
            self._watchdog.terminate()
            try:
                self._watchdog.wait(timeout=10)
            except subprocess.TimeoutExpired:
                self._watchdog.kill()
            self._watchdog = None
        shutil.rmtree(self.root, ignore_errors=True)

    def _pg_ctl_start(self) -> None:
        self._run_as_server_user(
            [
                str(self.bindir / "pg_ctl"),
                "-D",
                str(self.data),
                "-l",
                str(self.log),
                "-o",
                self._options,
                "-w",
                "-t",
                "60",
                "start",
            ]
        )
        self.running = True

    def restart(self) -> None:
        """Start the server again after :meth:`stop_server_only` (same data, same socket)."""
        self._pg_ctl_start()

    def stop_server_only(self) -> None:
        """Stop the server but keep its data (to test a server that goes away): a 'fast'
        stop, which ends every connection and writes what was committed (an 'immediate' one
        would lose the last commits, as synchronous_commit is off for speed)."""
        self._run_as_server_user(
            [str(self.bindir / "pg_ctl"), "-D", str(self.data), "-m", "fast", "-w", "stop"]
        )

    # ------------------------------------------------------------------ SQL and URIs

    def psql(self, sql: str, db: str = DATABASE, user: str = ADMIN) -> List[List[str]]:
        """Run SQL with psql; rows as lists of text ('' for NULL)."""
        result = subprocess.run(
            [
                str(self.bindir / "psql"),
                "-X",
                "-q",
                "-A",
                "-t",
                "-F",
                "\x1f",
                "-v",
                "ON_ERROR_STOP=1",
                "-h",
                str(self.socket_dir),
                "-p",
                str(PORT),
                "-U",
                user,
                "-d",
                db,
            ],
            input=sql,
            capture_output=True,
            text=True,
            env=self.client_env(user),
            check=False,
        )
        if result.returncode != 0:
            raise RuntimeError(f"psql failed ({result.returncode}): {result.stderr.strip()}")
        return [line.split("\x1f") for line in result.stdout.splitlines() if line]

    def client_env(self, user: str = ADMIN) -> Dict[str, str]:
        env = dict(os.environ)
        env.update(PGPASSWORD=PASSWORDS[user], PGCONNECT_TIMEOUT="10")
        return env

    def psql_session(self, user: str = ADMIN) -> subprocess.Popen:
        """A psql process reading SQL from its stdin (to hold a transaction open)."""
        return subprocess.Popen(
            [
                str(self.bindir / "psql"),
                "-X",
                "-q",
                "-v",
                "ON_ERROR_STOP=1",
                "-h",
                str(self.socket_dir),
                "-p",
                str(PORT),
                "-U",
                user,
                "-d",
                DATABASE,
            ],
            stdin=subprocess.PIPE,
            stdout=subprocess.PIPE,
            stderr=subprocess.PIPE,
            text=True,
            env=self.client_env(user),
        )

    def connection(self, user: str) -> str:
        """Connection part of a QGIS data source URI for ``user`` (password included)."""
        return (
            f"dbname='{DATABASE}' host={self.socket_dir} port={PORT} user='{user}' "
            f"password='{PASSWORDS[user]}' sslmode=disable"
        )

    def uri(
        self,
        user: str,
        table: str,
        schema: str = SCHEMA,
        geometry: Optional[str] = "geom",
        key: str = "fid",
        extra: str = "",
    ) -> str:
        """A QGIS ``postgres`` data source URI of ``schema.table`` as ``user``."""
        geometry_part = f" ({geometry})" if geometry else ""
        return (
            f"{self.connection(user)} key='{key}' {extra}"
            f'table="{schema}"."{table}"{geometry_part}'
        )


def quote_ident(name: str) -> str:
    if not re.fullmatch(r"[a-z_][a-z0-9_]*", name):
        return '"' + name.replace('"', '""') + '"'
    return name


if __name__ == "__main__":  # a manual check: start, show the version, stop
    server = PostgisServer.start()
    try:
        print(server.psql("SELECT version(), postgis_full_version()"), file=sys.stderr)
        print(server.uri(READER, "speelplekken"))
        time.sleep(float(sys.argv[1]) if len(sys.argv) > 1 else 0)
    finally:
        server.stop()
