"""Fetching URLs: private addresses refused unless allowed, size limit, deadline, redirects.

A real HTTP server on 127.0.0.1 runs in a thread; fetching it needs the allow setting,
which is exactly the rule under test.
"""

from __future__ import annotations

import time
from collections.abc import Iterator

import pytest
from loopback import QuietHandler, loopback_server

from analysis import fetch
from analysis.fetch import (
    ALLOW_PRIVATE_ENV,
    Fetched,
    FetchError,
    fetch_url,
    is_public_address,
    private_urls_allowed,
    upload_name,
)

ARTICLE_HTML = (
    b"<html><head><title>India and EU</title></head><body><p>India pledged support.</p>"
    b"</body></html>"
)


class _Handler(QuietHandler):
    def do_GET(self) -> None:  # noqa: N802 (the name http.server calls)
        if self.path == "/article":
            self.send(200, ARTICLE_HTML, "text/html; charset=utf-8")
        elif self.path == "/big":
            self.send(200, b"x" * 5000, "text/plain")
        elif self.path == "/big-undeclared":
            # No Content-Length: the limit must hold while reading.
            self.send_response(200)
            self.send_header("Content-Type", "text/plain")
            self.end_headers()
            for _ in range(50):
                self.wfile.write(b"y" * 1000)
        elif self.path == "/slow":
            self.send_response(200)
            self.send_header("Content-Type", "text/plain")
            self.end_headers()
            for _ in range(30):
                self.wfile.write(b"z")
                self.wfile.flush()
                time.sleep(0.1)
        elif self.path == "/moved":
            self.send_response(302)
            self.send_header("Location", "/article")
            self.send_header("Content-Length", "0")
            self.end_headers()
        elif self.path == "/to-metadata":
            self.send_response(302)
            self.send_header("Location", "http://169.254.169.254/latest/meta-data/")
            self.send_header("Content-Length", "0")
            self.end_headers()
        else:
            self.send(404, b"not here", "text/plain")


@pytest.fixture(scope="module")
def server() -> Iterator[str]:
    with loopback_server(_Handler) as url:
        yield url


def test_fetches_an_article_when_private_hosts_are_allowed(server, monkeypatch):
    monkeypatch.setenv(ALLOW_PRIVATE_ENV, "1")
    page = fetch_url(f"{server}/article", timeout=5)
    assert page.content == ARTICLE_HTML
    assert page.content_type.startswith("text/html")
    assert upload_name(page) == "article.html"


def test_follows_a_redirect(server):
    page = fetch_url(f"{server}/moved", timeout=5, allow_private=True)
    assert page.final_url == f"{server}/article"
    assert page.content == ARTICLE_HTML


@pytest.mark.parametrize(
    "url",
    [
        "http://127.0.0.1/",
        "http://localhost/",
        "http://10.1.2.3/",
        "http://192.168.0.10/",
        "http://172.16.0.1/",
        "http://169.254.169.254/latest/meta-data/",
        "http://[::1]/",
        "http://[::ffff:127.0.0.1]/",
        "http://0.0.0.0/",
        "http://2130706433/",
    ],
)
def test_refuses_loopback_private_and_link_local_hosts(url, monkeypatch):
    monkeypatch.delenv(ALLOW_PRIVATE_ENV, raising=False)
    with pytest.raises(FetchError, match=ALLOW_PRIVATE_ENV):
        fetch_url(url, timeout=2)


def test_refuses_the_local_server_without_the_setting(server, monkeypatch):
    monkeypatch.setenv(ALLOW_PRIVATE_ENV, "0")
    with pytest.raises(FetchError, match="refused 127.0.0.1"):
        fetch_url(f"{server}/article", timeout=5)


def test_a_redirect_is_checked_like_the_first_url(server, monkeypatch):
    # Treat only the test server's address as public: the first hop passes the check,
    # so the refusal can only come from checking the redirect's target.
    monkeypatch.setattr(fetch, "is_public_address", lambda address: address == "127.0.0.1")
    with pytest.raises(FetchError, match="refused 169.254.169.254"):
        fetch_url(f"{server}/to-metadata", timeout=5, allow_private=False)


@pytest.mark.parametrize("url", ["file:///etc/passwd", "ftp://example.org/x", "http:///nohost"])
def test_refuses_other_schemes_and_hostless_urls(url):
    with pytest.raises(FetchError, match="only http|names no host"):
        fetch_url(url, timeout=2, allow_private=True)


@pytest.mark.parametrize("path", ["/big", "/big-undeclared"])
def test_size_limit(server, path):
    with pytest.raises(FetchError, match="over the limit"):
        fetch_url(f"{server}{path}", timeout=5, max_bytes=2000, allow_private=True)


def test_deadline_cuts_off_a_slow_server(server):
    started = time.monotonic()
    with pytest.raises(FetchError, match="timed out"):
        fetch_url(f"{server}/slow", timeout=0.8, allow_private=True)
    assert time.monotonic() - started < 2.5


def test_http_errors_are_reported(server):
    with pytest.raises(FetchError, match="HTTP 404"):
        fetch_url(f"{server}/missing", timeout=5, allow_private=True)


@pytest.mark.parametrize(
    ("address", "public"),
    [
        ("8.8.8.8", True),
        ("2001:4860:4860::8888", True),
        ("127.0.0.1", False),
        ("10.0.0.1", False),
        ("169.254.1.1", False),
        ("::1", False),
        ("fe80::1%eth0", False),
        ("fd00::1", False),
        ("224.0.0.1", False),
        ("::ffff:10.0.0.1", False),
    ],
)
def test_is_public_address(address, public):
    assert is_public_address(address) is public


@pytest.mark.parametrize(
    ("value", "allowed"), [("1", True), ("0", False), ("", False), ("yes", False)]
)
def test_private_urls_setting(value, allowed, monkeypatch):
    monkeypatch.setenv(ALLOW_PRIVATE_ENV, value)
    assert private_urls_allowed() is allowed


@pytest.mark.parametrize(
    ("final_url", "content_type", "name"),
    [
        (
            "https://news.example/2026/india-eu-talks",
            "text/html; charset=utf-8",
            "india-eu-talks.html",
        ),
        ("https://news.example/feed.json", "text/plain", "feed.json"),
        ("https://news.example/items", "application/json", "items.json"),
        ("https://news.example/", "", "news.example.html"),
    ],
)
def test_upload_name_carries_the_format(final_url, content_type, name):
    page = Fetched(url=final_url, final_url=final_url, content=b"", content_type=content_type)
    assert upload_name(page) == name


@pytest.mark.parametrize(
    "address",
    [
        "::127.0.0.1",  # IPv4-compatible
        "::ffff:10.0.0.1",  # IPv4-mapped
        "::ffff:169.254.169.254",
        "64:ff9b::7f00:1",  # NAT64 of 127.0.0.1
        "64:ff9b::192.168.1.1",
        "64:ff9b:1::a00:1",  # local-use NAT64
        "2002:7f00:1::1",  # 6to4 of 127.0.0.1
        "2002:c0a8:101::",  # 6to4 of 192.168.1.1
        "2002:a9fe:a9fe::1",  # 6to4 of the metadata address
    ],
)
def test_ipv6_forms_wrapping_a_private_ipv4_are_refused(address):
    from analysis.fetch import is_public_address

    assert not is_public_address(address)


@pytest.mark.parametrize("address", ["64:ff9b::808:808", "2002:808:808::1", "::ffff:8.8.8.8"])
def test_ipv6_forms_wrapping_a_public_ipv4_pass(address):
    from analysis.fetch import is_public_address

    assert is_public_address(address)
