"""Fetching an article from a URL an analyst pasted, with the limits a hosted app needs.

A hosted dashboard fetches on behalf of whoever uses it, so a URL must not reach the
host's own services: addresses that are not globally routable (loopback, private
ranges, link-local such as the cloud metadata address 169.254.169.254, multicast,
reserved) are refused unless ``$COMMITMENT_TRACKER_ALLOW_PRIVATE_URLS`` is ``1`` (for a
local install reading an intranet). The host name is resolved once, checked, and the
connection is made to that checked address, so a second lookup cannot swap it for
another; every redirect is checked the same way. Only http and https are fetched, the
whole fetch has one deadline, and the body is cut off at a size limit.
"""

from __future__ import annotations

import http.client
import ipaddress
import os
import socket
import ssl
import time
from dataclasses import dataclass
from pathlib import PurePosixPath
from urllib.parse import urljoin, urlsplit

ALLOW_PRIVATE_ENV = "COMMITMENT_TRACKER_ALLOW_PRIVATE_URLS"
DEFAULT_TIMEOUT = 15.0
DEFAULT_MAX_BYTES = 5 * 1024 * 1024
MAX_REDIRECTS = 5
USER_AGENT = "CommitmentTracker/0.1 (+news analysis)"
_CHUNK = 64 * 1024
_REDIRECTS = frozenset({301, 302, 303, 307, 308})

# Content types mapped to the file extension the article reader understands.
_EXTENSIONS = {
    "text/html": ".html",
    "application/xhtml+xml": ".html",
    "text/plain": ".txt",
    "text/markdown": ".md",
    "application/json": ".json",
    "application/x-ndjson": ".jsonl",
    "text/csv": ".csv",
    "application/zip": ".zip",
}
_KNOWN_SUFFIXES = frozenset({".html", ".htm", ".txt", ".md", ".json", ".jsonl", ".csv", ".zip"})


class FetchError(Exception):
    """A URL could not be fetched; the message says why, in words an analyst can act on."""


@dataclass(frozen=True)
class Fetched:
    """The body of a fetched URL and what the server said it is."""

    url: str
    final_url: str
    content: bytes
    content_type: str


def private_urls_allowed() -> bool:
    """Return True when the settings allow fetching loopback, private and link-local hosts."""
    return os.environ.get(ALLOW_PRIVATE_ENV, "").strip() == "1"


_NAT64 = (ipaddress.ip_network("64:ff9b::/96"), ipaddress.ip_network("64:ff9b:1::/48"))
_IPV4_COMPATIBLE = ipaddress.ip_network("::/96")


def embedded_ipv4(ip: ipaddress.IPv6Address) -> ipaddress.IPv4Address | None:
    """Return the IPv4 address an IPv6 form wraps, or None.

    The forms: IPv4-mapped ``::ffff:a.b.c.d``, IPv4-compatible ``::a.b.c.d``, NAT64
    ``64:ff9b::a.b.c.d`` (and the local-use ``64:ff9b:1::/48``), 6to4 ``2002:AABB:CCDD::``
    and Teredo (the client address). Each can reach the IPv4 host it names.
    """
    if ip.ipv4_mapped is not None:
        return ip.ipv4_mapped
    if ip.sixtofour is not None:
        return ip.sixtofour
    if ip.teredo is not None:
        return ip.teredo[1]
    if any(ip in network for network in _NAT64) or (
        ip in _IPV4_COMPATIBLE and int(ip) > 1  # "::" and "::1" are not IPv4 forms
    ):
        return ipaddress.IPv4Address(int(ip) & 0xFFFFFFFF)
    return None


def is_public_address(address: str) -> bool:
    """Return True when ``address`` (IPv4 or IPv6) is globally routable unicast.

    An IPv6 form that wraps an IPv4 address (``::127.0.0.1``, ``64:ff9b::10.0.0.1``,
    ``2002:c0a8:0101::``) is judged by the IPv4 address it wraps, and must be public too.
    """
    ip = ipaddress.ip_address(address.split("%", 1)[0])
    if isinstance(ip, ipaddress.IPv6Address):
        inner = embedded_ipv4(ip)
        if inner is not None and not (inner.is_global and not inner.is_multicast):
            return False
        if inner is not None and ip.ipv4_mapped is not None:
            ip = inner
    return ip.is_global and not ip.is_multicast


def _resolve(host: str, port: int, *, deadline: float) -> list[str]:
    if time.monotonic() > deadline:
        raise FetchError(f"timed out before resolving {host}")
    try:
        infos = socket.getaddrinfo(host, port, type=socket.SOCK_STREAM)
    except socket.gaierror as err:
        raise FetchError(f"cannot resolve host {host!r}: {err.strerror}") from err
    return list(dict.fromkeys(info[4][0] for info in infos))


def checked_address(url: str, *, allow_private: bool, deadline: float) -> str:
    """Return the address to connect to for ``url``, refusing what the rules forbid.

    Raises FetchError for a scheme other than http(s), a URL without a host, a host
    that does not resolve, or (unless ``allow_private``) any resolved address that is
    not public.
    """
    parts = urlsplit(url)
    if parts.scheme not in {"http", "https"}:
        raise FetchError(f"only http and https URLs can be fetched, not {url!r}")
    if not parts.hostname:
        raise FetchError(f"the URL {url!r} names no host")
    port = parts.port or (443 if parts.scheme == "https" else 80)
    addresses = _resolve(parts.hostname, port, deadline=deadline)
    if not allow_private:
        refused = [a for a in addresses if not is_public_address(a)]
        if refused:
            raise FetchError(
                f"refused {parts.hostname}: it resolves to a loopback, private or link-local "
                f"address ({refused[0]}); set {ALLOW_PRIVATE_ENV}=1 to allow such hosts"
            )
    return addresses[0]


class _PinnedHTTPConnection(http.client.HTTPConnection):
    """An HTTP connection to an already checked address, sending the URL's host name."""

    def __init__(self, host: str, port: int, *, address: str, timeout: float) -> None:
        super().__init__(host, port, timeout=timeout)
        self._address = address

    def connect(self) -> None:
        self.sock = socket.create_connection((self._address, self.port), self.timeout)


class _PinnedHTTPSConnection(http.client.HTTPSConnection):
    """An HTTPS connection to an already checked address; the certificate is for the host."""

    def __init__(self, host: str, port: int, *, address: str, timeout: float) -> None:
        super().__init__(host, port, timeout=timeout, context=ssl.create_default_context())
        self._address = address

    def connect(self) -> None:
        sock = socket.create_connection((self._address, self.port), self.timeout)
        self.sock = self._context.wrap_socket(sock, server_hostname=self.host)


def _remaining(deadline: float, url: str) -> float:
    left = deadline - time.monotonic()
    if left <= 0:
        raise FetchError(f"timed out fetching {url}")
    return left


def _connection(url: str, address: str, timeout: float) -> http.client.HTTPConnection:
    parts = urlsplit(url)
    port = parts.port or (443 if parts.scheme == "https" else 80)
    kind = _PinnedHTTPSConnection if parts.scheme == "https" else _PinnedHTTPConnection
    return kind(parts.hostname or "", port, address=address, timeout=timeout)


def _target(url: str) -> str:
    parts = urlsplit(url)
    return (parts.path or "/") + (f"?{parts.query}" if parts.query else "")


def _read_body(
    response: http.client.HTTPResponse,
    conn: http.client.HTTPConnection,
    *,
    url: str,
    max_bytes: int,
    deadline: float,
) -> bytes:
    declared = response.getheader("Content-Length")
    if declared and declared.isdigit() and int(declared) > max_bytes:
        raise FetchError(f"{url} is {int(declared):,} bytes, over the limit of {max_bytes:,}")
    chunks: list[bytes] = []
    size = 0
    while True:
        if conn.sock is not None:
            # One deadline for the whole body: a server sending a byte at a time is cut off.
            conn.sock.settimeout(_remaining(deadline, url))
        chunk = response.read1(_CHUNK)
        if not chunk:
            return b"".join(chunks)
        size += len(chunk)
        if size > max_bytes:
            raise FetchError(f"{url} is over the limit of {max_bytes:,} bytes")
        chunks.append(chunk)
        _remaining(deadline, url)


def fetch_url(
    url: str,
    *,
    timeout: float = DEFAULT_TIMEOUT,
    max_bytes: int = DEFAULT_MAX_BYTES,
    allow_private: bool | None = None,
) -> Fetched:
    """Return the body of ``url`` after following at most ``MAX_REDIRECTS`` redirects.

    ``timeout`` bounds the whole fetch in seconds; ``max_bytes`` bounds the body;
    ``allow_private`` defaults to the ``$COMMITMENT_TRACKER_ALLOW_PRIVATE_URLS`` setting.
    Raises FetchError with the reason on any refusal, network error, HTTP error status,
    time-out or oversize body.
    """
    if allow_private is None:
        allow_private = private_urls_allowed()
    url = url.strip()
    deadline = time.monotonic() + timeout
    current = url
    for _ in range(MAX_REDIRECTS + 1):
        address = checked_address(current, allow_private=allow_private, deadline=deadline)
        conn = _connection(current, address, _remaining(deadline, current))
        try:
            conn.request(
                "GET", _target(current), headers={"User-Agent": USER_AGENT, "Accept": "*/*"}
            )
            response = conn.getresponse()
            location = response.getheader("Location")
            if response.status in _REDIRECTS and location:
                current = urljoin(current, location)
                continue
            if response.status >= 400:
                raise FetchError(f"{current} answered HTTP {response.status} {response.reason}")
            body = _read_body(response, conn, url=current, max_bytes=max_bytes, deadline=deadline)
            content_type = response.getheader("Content-Type", "")
        except (OSError, http.client.HTTPException) as err:
            if isinstance(err, TimeoutError):
                raise FetchError(f"timed out fetching {current}") from err
            raise FetchError(f"could not fetch {current}: {err}") from err
        finally:
            conn.close()
        return Fetched(url=url, final_url=current, content=body, content_type=content_type)
    raise FetchError(f"{url} redirected more than {MAX_REDIRECTS} times")


def upload_name(fetched: Fetched) -> str:
    """Return a file name for the fetched body whose extension tells the reader its format.

    The URL's own extension wins when the reader knows it; otherwise the content type
    decides, and HTML is assumed (most news URLs end in a slug).
    """
    parts = urlsplit(fetched.final_url)
    path = PurePosixPath(parts.path)
    stem = path.stem or parts.hostname or "page"
    if path.suffix.lower() in _KNOWN_SUFFIXES:
        return f"{stem}{path.suffix.lower()}"
    media_type = fetched.content_type.split(";", 1)[0].strip().lower()
    return f"{stem}{_EXTENSIONS.get(media_type, '.html')}"
