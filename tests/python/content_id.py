"""Normalisation and content ids, written from docs/protocol.md ("Content ids") only.

test_content_id.py checks this against the test vectors of that page, which a Swift test checks against the Swift code:
if both pass, the page says enough to compute the same ids in another language."""
import hashlib
import unicodedata

# Unicode White_Space, as the protocol lists it (not Python's str.isspace, which adds U+001C-001F)
WHITE_SPACE = set("\t\n\x0b\x0c\r \x85\xa0\u1680\u2028\u2029\u202f\u205f\u3000") | {chr(c) for c in range(0x2000, 0x200B)}
LINE_END_SPACE = " \t\x0b\x0c"
FURNITURE = {"comments", "share", "advertisement", "share this article", "share this:", "comment", "advertisement:",
             "related", "read more"}


def collapse(text):
    """Every run of white space becomes one space; none at either end."""
    out, pending = [], False
    for ch in text:
        if ch in WHITE_SPACE:
            pending = bool(out)
            continue
        if pending:
            out.append(" ")
            pending = False
        out.append(ch)
    return "".join(out)


def normalise_lines(text):
    text = text.replace("\r\n", "\n").replace("\r", "\n")
    for space in ("\u00a0", "\u2007", "\u202f"):
        text = text.replace(space, " ")
    out, breaks = [], 0
    for index, line in enumerate(text.split("\n")):
        if index:
            breaks += 1
        line = line.rstrip(LINE_END_SPACE)
        if not line:
            continue
        if out:
            out.append("\n" if breaks == 1 else "\n\n")
        out.append(line)
        breaks = 0
    return "".join(out)


def trim_horizontal(line):
    def horizontal(ch):
        return ch == "\t" or unicodedata.category(ch) == "Zs"
    start, end = 0, len(line)
    while start < end and horizontal(line[start]):
        start += 1
    while end > start and horizontal(line[end - 1]):
        end -= 1
    return line[start:end]


def is_furniture(line):
    lower = line.lower()
    if lower in FURNITURE:
        return True
    if lower.startswith("comments (") and lower.endswith(")") and len(lower) < 20:
        return True
    if lower.startswith("read more:"):
        return True
    if lower.startswith("source:") or lower.startswith("sources:"):
        body = line[line.index(":") + 1:]
        return len(line) < 100 and body != "" and "." not in body[:-1]
    return False


def strip_furniture(text):
    while text:
        start = text.rfind("\n") + 1
        last = text[start:]
        if len(last.encode("utf-8")) >= 300 or not is_furniture(trim_horizontal(last)):
            break
        text = text[:start].rstrip("\n")
    return text


def normalise_text(text):
    return strip_furniture(normalise_lines(unicodedata.normalize("NFC", text)))


def normalise_title(title):
    if title is None:
        return None
    title = collapse(unicodedata.normalize("NFC", title))
    return title or None


def content_id(title, text):
    key = collapse(normalise_title(title) or "") + "\n\n" + collapse(normalise_text(text))
    return hashlib.sha256(key.encode("utf-8")).hexdigest()[:16]
