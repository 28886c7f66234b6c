#!/usr/bin/env python3
"""A web server for the feed and page tests, on a free loopback port (printed as the first line of stdout).

  /feed.xml            RSS 2.0; items point to /page/N.html; ETag "vN" and Last-Modified, 304 when they match
  /bump                the feed gains an item (a feed that changes between polls)
  /atom.xml            Atom, with a relative link and an item whose page is an image
  /page/N.html         an article page
  /image.png           image/png (an item whose page is not HTML)
  /error500.xml        500
  /slow.html           answers after 5 s
  /big.html            a 50 MB page with a Content-Length
  /big-chunked.html    a 50 MB page without one (chunked)
  /not-a-feed.xml      an HTML page where a feed should be
  /requests            JSON: how many requests each path had, and how many were answered 304
The server stops by itself after --lifetime seconds (default 600), so no test leaves it behind.
"""
import json
import sys
import threading
import time
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer

state = {"items": 2, "counts": {}, "not_modified": 0}
lock = threading.Lock()

WORDS = ("The council met on Tuesday, argued at length about the budget, heard from residents and voted, "
         "late in the evening, to delay the decision until spring. ")


def page(n):
    body = "".join(f"<p>Paragraph {k} of story {n}. {WORDS * 2}</p>" for k in range(5))
    return f"""<!DOCTYPE html><html><head><meta charset="utf-8"><title>Story number {n} | Test Times</title>
<meta property="og:title" content="Story number {n}">
<meta property="article:published_time" content="2024-03-0{1 + n % 9}T10:00:00Z">
<link rel="canonical" href="/page/{n}.html"></head>
<body><nav><a href="/">Home</a> <a href="/world">World</a></nav>
<article><h1>Story number {n}</h1>{body}</article>
<footer>Copyright Test Times</footer></body></html>"""


def feed():
    items = "".join(
        f"""<item><title>Feed title {n}</title><link>/page/{n}.html</link><guid>story-{n}</guid>
<pubDate>Fri, 0{1 + n % 9} Mar 2024 10:00:00 GMT</pubDate><description><![CDATA[<p>Teaser {n}</p>]]></description></item>"""
        for n in range(1, state["items"] + 1))
    return f"""<?xml version="1.0"?><rss version="2.0"><channel><title>Test Times</title><link>/</link>{items}</channel></rss>"""


ATOM = """<?xml version="1.0"?><feed xmlns="http://www.w3.org/2005/Atom"><title>Atom Times</title>
<entry><id>a1</id><title>Atom one</title><link href="page/7.html"/><updated>2024-04-01T00:00:00Z</updated></entry>
<entry><id>a2</id><title>A picture</title><link href="/image.png"/></entry></feed>"""


class Handler(BaseHTTPRequestHandler):
    protocol_version = "HTTP/1.1"

    def log_message(self, *args):
        pass

    def send(self, status, body, content_type, headers=None):
        data = body.encode() if isinstance(body, str) else body
        self.send_response(status)
        self.send_header("Content-Type", content_type)
        self.send_header("Content-Length", str(len(data)))
        for key, value in (headers or {}).items():
            self.send_header(key, value)
        self.end_headers()
        if self.command != "HEAD":
            self.wfile.write(data)

    def do_GET(self):
        path = self.path.split("?")[0]
        with lock:
            state["counts"][path] = state["counts"].get(path, 0) + 1
        if path == "/feed.xml":
            with lock:
                version = state["items"]
            etag = f'"v{version}"'
            modified = f"Fri, 0{version % 9 + 1} Mar 2024 10:00:00 GMT"
            if self.headers.get("If-None-Match") == etag:
                with lock:
                    state["not_modified"] += 1
                self.send_response(304)
                self.send_header("ETag", etag)
                self.send_header("Content-Length", "0")
                self.end_headers()
                return
            self.send(200, feed(), "application/rss+xml; charset=utf-8", {"ETag": etag, "Last-Modified": modified})
        elif path == "/bump":
            with lock:
                state["items"] += 1
            self.send(200, "ok", "text/plain")
        elif path == "/atom.xml":
            self.send(200, ATOM, "application/atom+xml")
        elif path.startswith("/page/") and path.endswith(".html"):
            self.send(200, page(int(path[6:-5])), "text/html; charset=utf-8")
        elif path == "/image.png":
            self.send(200, b"\x89PNG\r\n\x1a\n" + b"\0" * 100, "image/png")
        elif path == "/error500.xml":
            self.send(500, "boom", "text/plain")
        elif path == "/slow.html":
            time.sleep(5)
            self.send(200, page(99), "text/html")
        elif path == "/big.html":
            size = 50 * 1024 * 1024
            self.send_response(200)
            self.send_header("Content-Type", "text/html")
            self.send_header("Content-Length", str(size))
            self.end_headers()
            try:
                chunk = b"<p>" + b"x" * 65530 + b"</p>"
                for _ in range(size // len(chunk)):
                    self.wfile.write(chunk)
            except (BrokenPipeError, ConnectionResetError):
                pass
        elif path == "/big-chunked.html":
            self.send_response(200)
            self.send_header("Content-Type", "text/html")
            self.send_header("Transfer-Encoding", "chunked")
            self.end_headers()
            try:
                chunk = b"<p>" + b"x" * 65530 + b"</p>"
                for _ in range(50 * 1024 * 1024 // len(chunk)):
                    self.wfile.write(b"%x\r\n%s\r\n" % (len(chunk), chunk))
                self.wfile.write(b"0\r\n\r\n")
            except (BrokenPipeError, ConnectionResetError):
                pass
        elif path == "/not-a-feed.xml":
            self.send(200, page(5), "text/html")
        elif path == "/requests":
            with lock:
                self.send(200, json.dumps({"counts": state["counts"], "not_modified": state["not_modified"]}), "application/json")
        else:
            self.send(404, "not found", "text/plain")


def main():
    lifetime = float(sys.argv[sys.argv.index("--lifetime") + 1]) if "--lifetime" in sys.argv else 600
    server = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
    server.daemon_threads = True
    print(server.server_address[1], flush=True)
    threading.Timer(lifetime, server.shutdown).start()
    server.serve_forever()


if __name__ == "__main__":
    main()
