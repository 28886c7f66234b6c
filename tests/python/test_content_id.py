"""content_id.py (written from docs/protocol.md) against the page's own test vectors, and against the real ingester."""
import json
import pathlib
import re

import pytest

from content_id import content_id, normalise_text, normalise_title

PROTOCOL = pathlib.Path(__file__).resolve().parents[2] / "docs" / "protocol.md"


def vectors():
    page = PROTOCOL.read_text(encoding="utf-8")
    block = re.search(r"<!-- content-id-vectors -->\n```json\n(.*?)\n```", page, re.S)
    assert block, "docs/protocol.md has no content-id test vectors"
    return [json.loads(line) for line in block.group(1).splitlines() if line.strip()]


def test_there_are_vectors_for_every_rule():
    assert len(vectors()) >= 8


@pytest.mark.parametrize("vector", vectors(), ids=lambda v: v["id"])
def test_vector(vector):
    assert normalise_title(vector["title"]) == vector["normalised_title"]
    assert normalise_text(vector["text"]) == vector["normalised_text"]
    assert content_id(vector["title"], vector["text"]) == vector["id"]


def test_the_ingester_gives_the_same_ids(client):
    """The real pipeline (test_protocol.py's, keyless on loopback) assigns exactly the ids computed here."""
    articles = [{"title": v["title"], "text": v["text"]} for v in vectors()[2:6]]
    articles = [{k: val for k, val in a.items() if val is not None} for a in articles]
    reply = client.request({"type": "ingest", "articles": articles})
    assert [r["id"] for r in reply["results"]] == [content_id(a.get("title"), a["text"]) for a in articles]
    # and the store takes them: it checks each result's id against the same algorithm
    stored = wait_for_search(client, "Zanzibar")
    assert stored["hits"][0]["id"] == content_id(articles[1].get("title"), articles[1]["text"])


from test_protocol import client, pipeline, wait_for_search  # noqa: E402,F401  (fixtures)
