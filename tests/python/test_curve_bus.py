"""The bus with CURVE keys, tried from outside: the Swift store, ingester and gateway with the keys of
`newswire keys init`, and the Python extractor of newswire_worker.py (written from docs/protocol.md) in place of the
Swift one. A keyless peer and a peer holding another role's key get nothing; a forged result is refused."""
import json
import os
import pathlib
import shutil
import signal
import subprocess
import sys
import tempfile
import time
import uuid

import pytest
import zmq

from test_protocol import BIN, free_port

HERE = pathlib.Path(__file__).resolve().parent


def key(folder, name):
    return (folder / name).read_bytes().strip()


@pytest.fixture(scope="module")
def bus():
    folder = pathlib.Path(tempfile.mkdtemp(prefix="newswire-curve-"))
    keys = folder / "keys"
    made = subprocess.run([str(BIN / "newswire"), "keys", "init", str(keys)], capture_output=True, text=True)
    assert made.returncode == 0, made.stderr
    ports = {name: free_port() for name in ["gateway", "requests", "articles", "acks", "queries", "results"]}
    ep = {name: f"tcp://127.0.0.1:{port}" for name, port in ports.items()}
    commands = {
        "store": [str(BIN / "newswire-store"), "--database", str(folder / "db.sqlite"), "--queries-bind", ep["queries"],
                  "--results-bind", ep["results"], "--acks", ep["acks"]],
        "ingester": [str(BIN / "newswire-ingester"), "--requests-bind", ep["requests"], "--articles-bind", ep["articles"],
                     "--acks-bind", ep["acks"], "--journal", str(folder / "journal"), "--resend-after", "5"],
        "gateway": [str(BIN / "newswire-gateway"), "--bind", ep["gateway"], "--ingester", ep["requests"],
                    "--store", ep["queries"]],
        "worker": [sys.executable, str(HERE / "newswire_worker.py"), "--articles", ep["articles"],
                   "--results", ep["results"], "--instance", "py-worker-1"],
    }
    processes = {}
    environment = dict(os.environ, NEWSWIRE_CURVE_KEYS=str(keys))
    for name, command in commands.items():
        log = open(folder / f"{name}.log", "wb")
        processes[name] = subprocess.Popen(command, stdout=log, stderr=log, env=environment)
    yield {"folder": folder, "keys": keys, "ep": ep, "processes": processes}
    for process in processes.values():
        process.send_signal(signal.SIGTERM)
    for name, process in processes.items():
        try:
            assert process.wait(timeout=20) == 0, f"{name} did not exit cleanly"
        finally:
            if process.poll() is None:
                process.kill()
    shutil.rmtree(folder, ignore_errors=True)


class Peer:
    """A DEALER to the gateway (or any ROUTER), with the keys of `role`, or none."""

    def __init__(self, endpoint, keys=None, role=None, server="gateway"):
        self.context = zmq.Context()
        self.socket = self.context.socket(zmq.DEALER)
        self.socket.setsockopt(zmq.LINGER, 0)
        if role:
            self.socket.curve_publickey = key(keys, f"{role}.pub")
            self.socket.curve_secretkey = key(keys, f"{role}.secret")
            self.socket.curve_serverkey = key(keys, f"{server}.pub")
        self.socket.connect(endpoint)

    def request(self, message, timeout=15.0):
        message = dict(message, v=1, request_id=str(uuid.uuid4()))
        self.socket.send_multipart([b"", json.dumps(message).encode()])
        deadline = time.time() + timeout
        while time.time() < deadline:
            if self.socket.poll(100):
                reply = json.loads(self.socket.recv_multipart()[-1])
                if reply.get("request_id") == message["request_id"]:
                    return reply
        raise TimeoutError(f"no answer to {message['type']}")

    def close(self):
        self.socket.close()
        self.context.term()


def push(endpoint, payload, keys=None, role=None, server="store"):
    """One message into a PULL socket, as `role` (or keyless)."""
    context = zmq.Context()
    sock = context.socket(zmq.PUSH)
    sock.setsockopt(zmq.LINGER, 3000)
    if role:
        sock.curve_publickey = key(keys, f"{role}.pub")
        sock.curve_secretkey = key(keys, f"{role}.secret")
        sock.curve_serverkey = key(keys, f"{server}.pub")
    sock.connect(endpoint)
    sock.send_string(json.dumps(payload))
    sock.close()
    context.term()


def wait_for(what, condition, timeout=60):
    deadline = time.time() + timeout
    while time.time() < deadline:
        value = condition()
        if value:
            return value
        time.sleep(0.2)
    raise AssertionError(f"timed out waiting for {what}")


def status_instances(client):
    reply = client.request({"type": "query", "query": "status"})
    return {s.get("instance"): s for s in reply["services"]}


def test_python_worker_replaces_the_swift_extractor(bus):
    client = Peer(bus["ep"]["gateway"], bus["keys"], "client")
    try:
        text = "Floods hit Dhaka on Monday. The Bangladesh Water Board said rivers were rising near Sylhet Town."
        reply = client.request({"type": "ingest", "articles": [{"title": "Python floods", "text": text}]})
        assert reply["results"][0]["status"] == "accepted"
        article_id = reply["results"][0]["id"]

        hits = wait_for("the article to be searchable",
                        lambda: client.request({"type": "query", "query": "search", "text": "Sylhet"})["hits"])
        assert hits[0]["id"] == article_id

        stored = client.request({"type": "query", "query": "article", "id": article_id})
        extraction = stored["extraction"]
        assert [text[s["start"]:s["end"]] for s in extraction["sentences"]][0] == "Floods hit Dhaka on Monday."
        assert "Bangladesh Water Board" in {e["name"] for e in extraction["entities"]}

        def worker_counted():
            worker = status_instances(client).get("py-worker-1")
            return worker if worker and worker["counters"]["processed"] >= 1 else None
        worker = wait_for("the Python worker's heartbeat counting its article in status", worker_counted)
        assert worker["up"] and worker["service"] == "extractor"
    finally:
        client.close()


def test_a_keyless_client_gets_no_answer(bus):
    keyless = Peer(bus["ep"]["gateway"])
    try:
        with pytest.raises(TimeoutError):
            keyless.request({"type": "query", "query": "status"}, timeout=3)
    finally:
        keyless.close()


def test_another_roles_key_gets_no_answer(bus):
    # an extractor's key is a real key of this bus, but clients talk to the gateway only with the client key
    impostor = Peer(bus["ep"]["gateway"], bus["keys"], "extractor")
    try:
        with pytest.raises(TimeoutError):
            impostor.request({"type": "query", "query": "status"}, timeout=3)
    finally:
        impostor.close()
    # and the client key does not open a backend: only the gateway may ask the store
    direct = Peer(bus["ep"]["queries"], bus["keys"], "client", server="store")
    try:
        with pytest.raises(TimeoutError):
            direct.request({"type": "ping"}, timeout=3)
    finally:
        direct.close()


def test_forged_results_and_heartbeats_are_not_taken(bus):
    client = Peer(bus["ep"]["gateway"], bus["keys"], "client")
    try:
        forged_beat = {"type": "heartbeat", "v": 1, "service": "extractor", "processed": 0, "failed": 0}
        push(bus["ep"]["results"], dict(forged_beat, instance="forged-keyless"))
        push(bus["ep"]["results"], dict(forged_beat, instance="forged-client"), bus["keys"], "client")
        # an extractor's key with a made-up id: the store recomputes the content id and refuses it
        article = {"id": "0123456789abcdef", "title": "Withdrawn", "text": "This story was withdrawn by a forger."}
        forged = {"type": "extraction", "v": 1, "extractor": "py-forger", "elapsed_us": 1, "article": article,
                  "extraction": {"article": {"id": article["id"]}, "entities": [], "quotes": [], "dates": [],
                                 "counts": [], "events": [], "sentences": []}}
        push(bus["ep"]["results"], forged, bus["keys"], "extractor")
        letters = bus["folder"] / "db.sqlite.dead-letters.jsonl"
        wait_for("the forged result's dead letter",
                 lambda: letters.exists() and "content id mismatch" in letters.read_text())
        assert not client.request({"type": "query", "query": "search", "text": "forger"})["hits"]
        # the real worker beats every 2 s; once a fresh beat is in, the forged ones would have been too
        time.sleep(4.5)
        instances = status_instances(client)
        assert "py-worker-1" in instances
        assert "forged-keyless" not in instances and "forged-client" not in instances
    finally:
        client.close()

