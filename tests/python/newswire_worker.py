"""An extractor worker written from docs/protocol.md only, in Python with pyzmq.

It takes the Swift extractor's place on the bus: PULL `article` messages from the ingester, PUSH an `extraction` for
each to the store, and a `heartbeat` every 2 seconds. The extraction is deliberately trivial (sentences split at full
stops, runs of capitalised words as MISC entities); what it proves is that the protocol page is enough to join the
bus, CURVE included.

    python newswire_worker.py --articles tcp://127.0.0.1:5557 --results tcp://127.0.0.1:5560 [--curve-keys DIR]
"""
import argparse
import json
import os
import re
import signal
import socket
import time

import zmq

HEARTBEAT_SECONDS = 2
CAPITALISED_RUN = re.compile(r"[A-Z][\w'-]+(?: [A-Z][\w'-]+)*")


def read_key(folder, name):
    with open(os.path.join(folder, name), "rb") as f:
        return f.read().strip()


def secure(sock, folder, server_role):
    """A CURVE client as the extractor role, accepting only the server that holds `server_role`'s secret key."""
    sock.curve_publickey = read_key(folder, "extractor.pub")
    sock.curve_secretkey = read_key(folder, "extractor.secret")
    sock.curve_serverkey = read_key(folder, f"{server_role}.pub")


def sentences(text):
    """Half-open code-point spans, split after '.', '!' or '?' followed by whitespace."""
    spans, start = [], 0
    for match in re.finditer(r"[.!?](?=\s)", text):
        end = match.end()
        if text[start:end].strip():
            spans.append({"start": start + (len(text[start:end]) - len(text[start:end].lstrip())), "end": end})
        start = end
    if text[start:].strip():
        spans.append({"start": start + (len(text[start:]) - len(text[start:].lstrip())), "end": len(text.rstrip())})
    return spans


def extract(article):
    """The Extraction of docs/protocol.md: every list present (they are required), ids local to the article."""
    text = article["text"]
    by_name = {}
    for match in CAPITALISED_RUN.finditer(text):
        name, start = match.group(0), match.start()
        if start == 0 or text[max(0, start - 2):start].rstrip() in (".", "!", "?", ""):
            # a sentence's first word is capitalised anyway: not part of a name
            if " " not in name:
                continue
            first = name.index(" ") + 1
            name, start = name[first:], start + first
        entity = by_name.setdefault(name, {"id": f"E{len(by_name) + 1}", "type": "MISC", "name": name,
                                           "aliases": [], "roles": [], "mentions": []})
        entity["mentions"].append({"start": start, "end": match.end()})
    metadata = {key: article[key] for key in ("id", "title", "published", "url", "source") if article.get(key) is not None}
    return {"article": metadata, "entities": list(by_name.values()), "quotes": [], "dates": [], "counts": [],
            "events": [], "sentences": sentences(text)}


def run(articles_endpoint, results_endpoint, keys, instance):
    context = zmq.Context()
    pull = context.socket(zmq.PULL)
    push = context.socket(zmq.PUSH)
    for sock in (pull, push):
        sock.setsockopt(zmq.LINGER, 2000)
    if keys:
        secure(pull, keys, "ingester")
        secure(push, keys, "store")
    pull.connect(articles_endpoint)
    push.connect(results_endpoint)
    stopping = []
    signal.signal(signal.SIGTERM, lambda *_: stopping.append(True))
    processed = failed = 0
    next_beat = 0.0
    while not stopping:
        now = time.monotonic()
        if now >= next_beat:
            push.send_string(json.dumps({"type": "heartbeat", "v": 1, "service": "extractor", "instance": instance,
                                         "processed": processed, "failed": failed}))
            next_beat = now + HEARTBEAT_SECONDS
        if not pull.poll(200):
            continue
        frames = pull.recv_multipart()
        started = time.monotonic()
        try:
            message = json.loads(frames[-1])
            if message.get("type") != "article" or message.get("v") != 1:
                raise ValueError(f"not an article message: {message.get('type')!r}")
            article = message["article"]
            result = {"type": "extraction", "v": 1, "extractor": instance, "article": article,
                      "extraction": extract(article),
                      "elapsed_us": int((time.monotonic() - started) * 1_000_000)}
            push.send_string(json.dumps(result, ensure_ascii=False))
            processed += 1
        except (ValueError, KeyError, TypeError) as error:
            failed += 1
            print(f"bad message dropped: {error}", flush=True)
    pull.close()
    push.close()
    context.term()


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--articles", default=os.environ.get("NEWSWIRE_ARTICLES_ENDPOINT", "tcp://127.0.0.1:5557"))
    parser.add_argument("--results", default=os.environ.get("NEWSWIRE_RESULTS_ENDPOINT", "tcp://127.0.0.1:5560"))
    parser.add_argument("--curve-keys", default=os.environ.get("NEWSWIRE_CURVE_KEYS", ""))
    parser.add_argument("--instance", default=f"py-extractor-{socket.gethostname().split('.')[0]}-{os.getpid()}")
    args = parser.parse_args()
    run(args.articles, args.results, args.curve_keys, args.instance)


if __name__ == "__main__":
    main()
