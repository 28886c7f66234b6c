"""A client of the gateway written only from docs/protocol.md, in Python with pyzmq.

It starts the four real services (built Swift executables, found in $NEWSWIRE_BIN) on free ports and talks to the
gateway with plain JSON over a ZeroMQ DEALER socket, proving the wire protocol is language-neutral.
"""
import json
import os
import pathlib
import shutil
import signal
import socket
import subprocess
import tempfile
import time
import uuid

import pytest
import zmq

REPO = pathlib.Path(__file__).resolve().parents[2]
SEED = REPO.parent / "shared" / "data" / "seed" / "mali-junta-russia.txt"
BIN = pathlib.Path(os.environ.get("NEWSWIRE_BIN", REPO / ".build" / "debug"))


def free_port():
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


@pytest.fixture(scope="module")
def pipeline():
    folder = pathlib.Path(tempfile.mkdtemp(prefix="newswire-py-"))
    ports = {name: free_port() for name in ["gateway", "requests", "articles", "acks", "queries", "results"]}
    ep = {name: f"tcp://127.0.0.1:{port}" for name, port in ports.items()}
    commands = {
        "store": ["--database", str(folder / "db.sqlite"), "--queries-bind", ep["queries"],
                  "--results-bind", ep["results"], "--acks", ep["acks"]],
        "ingester": ["--requests-bind", ep["requests"], "--articles-bind", ep["articles"], "--acks-bind", ep["acks"],
                     "--journal", str(folder / "journal")],
        "extractor": ["--articles", ep["articles"], "--results", ep["results"]],
        "gateway": ["--bind", ep["gateway"], "--ingester", ep["requests"], "--store", ep["queries"]],
    }
    processes = {}
    # no keys: this pipeline runs on loopback with ZeroMQ's NULL mechanism (test_curve_bus.py has the keyed one)
    environment = {key: value for key, value in os.environ.items() if key != "NEWSWIRE_CURVE_KEYS"}
    for name, args in commands.items():
        log = open(folder / f"{name}.log", "wb")
        processes[name] = subprocess.Popen([str(BIN / f"newswire-{name}"), *args], stdout=log, stderr=log, env=environment)
    yield ep["gateway"], processes
    for process in processes.values():
        process.send_signal(signal.SIGTERM)
    for name, process in processes.items():
        try:
            assert process.wait(timeout=20) == 0, f"{name} did not exit cleanly"
        finally:
            if process.poll() is None:
                process.kill()
    shutil.rmtree(folder, ignore_errors=True)


class Client:
    """One DEALER socket; every request carries a request_id and the answer echoes it."""

    def __init__(self, endpoint):
        self.context = zmq.Context()
        self.socket = self.context.socket(zmq.DEALER)
        self.socket.setsockopt(zmq.LINGER, 0)
        self.socket.connect(endpoint)

    def request(self, message, timeout=15.0):
        message = dict(message, v=1, request_id=str(uuid.uuid4()))
        self.socket.send_multipart([b"", json.dumps(message).encode()])
        deadline = time.time() + timeout
        while time.time() < deadline:
            if self.socket.poll(100):
                frames = self.socket.recv_multipart()
                reply = json.loads(frames[-1])
                if reply.get("request_id") == message["request_id"]:
                    return reply
        raise TimeoutError(f"no answer to {message['type']}")

    def raw(self, payload: bytes, timeout=15.0):
        self.socket.send_multipart([b"", payload])
        if not self.socket.poll(int(timeout * 1000)):
            raise TimeoutError("no answer")
        return json.loads(self.socket.recv_multipart()[-1])

    def close(self):
        self.socket.close()
        self.context.term()


@pytest.fixture()
def client(pipeline):
    c = Client(pipeline[0])
    yield c
    c.close()


def wait_for_search(client, text, timeout=60):
    deadline = time.time() + timeout
    while time.time() < deadline:
        reply = client.request({"type": "query", "query": "search", "text": text})
        if reply["type"] == "result" and reply["hits"]:
            return reply
        time.sleep(0.2)
    raise AssertionError(f"'{text}' never became searchable")


def test_ingest_search_article_entities_status(client):
    text = SEED.read_text(encoding="utf-8")
    reply = client.request({"type": "ingest", "articles": [{"text": text, "source": "python-test"}]})
    assert reply["type"] == "ingest_result"
    assert reply["results"][0]["status"] in ("accepted", "duplicate")
    article_id = reply["results"][0]["id"]

    found = wait_for_search(client, "Wagner")
    hit = found["hits"][0]
    assert hit["id"] == article_id
    assert "[Wagner]" in hit["snippet"]
    assert found["total"] == 1

    reply = client.request({"type": "query", "query": "article", "id": article_id})
    assert reply["type"] == "result"
    article, extraction = reply["article"], reply["extraction"]
    assert extraction["article"]["id"] == article_id
    # Offsets are Unicode code points, which Python's str indexing counts.
    for entity in extraction["entities"]:
        for mention in entity["mentions"]:
            surface = article["text"][mention["start"]:mention["end"]]
            assert surface and surface[0].isupper(), (entity["name"], surface)
    for quote in extraction["quotes"]:
        assert article["text"][quote["start"]:quote["end"]] == quote["text"]
    names = {e["name"] for e in extraction["entities"]}
    assert any("Goïta" in n for n in names), names

    reply = client.request({"type": "query", "query": "entities", "entity_type": "LOC", "limit": 50})
    assert reply["type"] == "result"
    assert all(e["type"] == "LOC" for e in reply["entities"])
    assert any(e["name"] == "Bamako" for e in reply["entities"])

    reply = client.request({"type": "query", "query": "status"})
    services = {s["service"]: s for s in reply["services"]}
    assert {"gateway", "ingester", "store", "extractor"} <= services.keys()
    assert all(s["up"] for s in services.values())
    assert services["store"]["counters"]["articles"] >= 1


def test_events_and_quotes_across_the_corpus(client):
    text = SEED.read_text(encoding="utf-8")
    client.request({"type": "ingest", "articles": [{"text": text, "source": "python-test"}]})
    wait_for_search(client, "Wagner")

    reply = client.request({"type": "query", "query": "events", "cameo": "18,19,20", "min_fatalities": 1})
    assert reply["type"] == "result" and reply["total"] == 1
    event = reply["events"][0]
    assert event["fatalities"] == 42 and event["place"]["name"] == "Tessit"
    assert event["event_id"].startswith(event["article_id"])
    # The sentence is the article's text between its offsets.
    assert "Tessit" in event["sentence"]

    reply = client.request({"type": "query", "query": "event_sums", "by": "cameo"})
    assert {"18"} <= {group["key"] for group in reply["sums"]}

    reply = client.request({"type": "query", "query": "quotes", "speaker": "Assimi Goita"})
    assert reply["quotes"] and reply["quotes"][0]["quote"].startswith("We spoke of")

    reply = client.request({"type": "query", "query": "events", "from": "2022-08-10", "to": "2022-08-01"})
    assert reply["code"] == "invalid_parameter" and "'to'" in reply["message"]


def test_the_same_article_twice_is_one_article(client):
    article = {"title": "Python twice", "text": "A ferry sank off Zanzibar, officials in Stone Town said."}
    first = client.request({"type": "ingest", "articles": [article]})
    second = client.request({"type": "ingest", "articles": [dict(article, text=article["text"] + "  \n")]})
    assert first["results"][0]["status"] == "accepted"
    assert second["results"][0]["status"] == "duplicate"
    assert second["results"][0]["id"] == first["results"][0]["id"]


def test_errors_name_the_problem(client):
    reply = client.raw(b"not json at all")
    assert reply["type"] == "error" and reply["code"] == "malformed_request"

    reply = client.request({"type": "teleport"})
    assert reply["code"] == "unknown_type" and "teleport" in reply["message"]

    reply = client.request({"type": "query", "query": "horoscope"})
    assert reply["code"] == "unknown_query" and "search" in reply["message"]

    reply = client.request({"type": "query", "query": "article", "id": "does-not-exist"})
    assert reply["code"] == "not_found" and "does-not-exist" in reply["message"]

    reply = client.request({"type": "ingest", "articles": [{"title": "no text here"}]})
    assert reply["code"] == "malformed_request" and "text" in reply["message"]

    reply = client.request({"type": "ingest", "articles": [{"text": "   "}, {"text": "Rain fell on Lima."}]})
    assert [r["status"] for r in reply["results"]] == ["rejected", "accepted"]
    assert reply["results"][0]["error"]

    reply = client.raw(json.dumps({"type": "query", "v": 7, "query": "search"}).encode())
    assert reply["code"] == "unsupported_version"
