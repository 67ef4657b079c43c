#!/usr/bin/env python3
"""Scores a `timeline build --format json` chronology against SemEval-2015 Task 4 gold timelines.

usage: evaluate-timeline.py TIMELINE_JSON DOCUMENTS_DIR GOLD_DIR [--details]

Gold lines are ORDER<TAB>DATE<TAB>DOCID-SENTENCE-TOKEN[<TAB>more mentions]; DATE is YYYY-MM-DD with
X for unknown parts (2005-XX-XX is the year 2005). Each citation of the chronology is mapped to
the <s id="N"> sentences of its .tml document: by offsets into the article text (rebuilt the way
the tool reads TimeML: tags removed, a line break where </s> sits between two non-space
characters, entities decoded), checked against the quote, else by word overlap with the quote.

anchored recall: share of gold events with a known date that have a mention whose sentence is
  cited under an entry whose date is compatible with the gold date (one inside the other).
anchoring precision: share of our citations of sentences holding gold events with a known date
  whose entry date is compatible with one of those gold dates.
"""
import html
import json
import os
import re
import sys
from datetime import date, timedelta

TAG = re.compile(r"<(/?)([A-Za-z0-9_]+)[^>]*>")


def read_tml(path):
    """DOCID and the sentences as (id, start, end) offsets into the rebuilt article text."""
    source = open(path, encoding="utf-8").read()
    docid = re.search(r"<DOCID>\s*([^<]+?)\s*</DOCID>", source)
    body = source[source.index("<TEXT>") + 6: source.index("</TEXT>")]
    raw, pos, spans, open_ids, length = [], 0, [], [], 0
    breaks = set()
    for m in TAG.finditer(body):
        chunk = body[pos:m.start()]
        raw.append(chunk)
        length += len(chunk)
        closing, name = m.group(1) == "/", m.group(2).lower()
        if name == "s" and not closing:
            sid = re.search(r'id="([^"]+)"', m.group(0))
            open_ids.append((sid.group(1) if sid else str(len(spans)), length))
        elif name == "s" and closing and open_ids:
            sid, start = open_ids.pop()
            spans.append((sid, start, length))
        if closing and name in ("s", "p"):
            breaks.add(length)
        pos = m.end()
    raw.append(body[pos:])
    raw_text = "".join(raw)
    # Insert line breaks and decode entities, keeping a map from raw offsets to text offsets.
    out, mapping, i = "", {}, 0
    while i <= len(raw_text):
        if i in breaks and 0 < i < len(raw_text) and not raw_text[i - 1].isspace() and not raw_text[i].isspace():
            out += "\n"
        mapping[i] = len(out)
        if i == len(raw_text):
            break
        m = re.match(r"&(#[0-9]+|#x[0-9A-Fa-f]+|[A-Za-z]+);", raw_text[i:i + 12])
        if m:
            out += html.unescape(m.group(0))
            for k in range(1, len(m.group(0))):
                mapping[i + k] = len(out)
            i += len(m.group(0))
        else:
            out += raw_text[i]
            i += 1
    sentences = [(sid, mapping.get(s, 0), mapping.get(e, len(out))) for sid, s, e in spans]
    return (docid.group(1) if docid else None), out, sentences


def words(text):
    return re.findall(r"\w+", text.lower())


def normalized(text):
    return " ".join(text.split())


def interval(value):
    """A gold or TIMEX3 date as (first day, last day); None when the year is unknown."""
    m = re.match(r"^(\d{4}|XXXX)(?:-(\d{2}|XX))?(?:-(\d{2}|XX))?$", value)
    if not m or m.group(1) == "XXXX":
        return None
    year = int(m.group(1))
    month = m.group(2) if m.group(2) and m.group(2) != "XX" else None
    day = m.group(3) if m.group(3) and m.group(3) != "XX" else None
    if month is None:
        return date(year, 1, 1), date(year, 12, 31)
    month = int(month)
    if day is None:
        nxt = date(year + (month == 12), month % 12 + 1, 1)
        return date(year, month, 1), nxt - timedelta(days=1)
    return date(year, month, int(day)), date(year, month, int(day))


def compatible(a, b):
    return (a[0] <= b[0] and b[1] <= a[1]) or (b[0] <= a[0] and a[1] <= b[1])


def cited_sentences(citation, text, sentences):
    """The sentence ids a citation covers."""
    start, end, quote = citation["start"], citation["end"], citation["quote"]
    if normalized(text[start:end]) != normalized(quote):
        found = normalized(text).find(normalized(quote))
        if found < 0:
            # Fall back on word overlap with each sentence.
            q = set(words(quote))
            best = max(sentences, key=lambda s: len(q & set(words(text[s[1]:s[2]]))), default=None)
            if best is None or not q or len(q & set(words(text[best[1]:best[2]]))) < 0.5 * len(q):
                return []
            return [best[0]]
    result = []
    for sid, s, e in sentences:
        overlap = min(end, e) - max(start, s)
        if overlap > 0 and overlap >= 0.5 * min(e - s, end - start):
            result.append(sid)
    return result


def main(argv):
    if len(argv) < 4:
        print(__doc__, file=sys.stderr)
        return 64
    timeline = json.load(open(argv[1], encoding="utf-8"))
    documents, gold_dir, details = argv[2], argv[3], "--details" in argv

    docs = {}  # article id -> (docid, text, sentences)
    for name in sorted(os.listdir(documents)):
        if name.endswith(".tml"):
            docs[name[:-4]] = read_tml(os.path.join(documents, name))

    # Our citations: (docid, sentence id) -> list of entry intervals.
    cited = {}
    citation_list = []
    for entry in timeline["entries"]:
        when = entry["when"]
        if not when.get("start") or not when.get("end"):
            continue
        span = (date.fromisoformat(when["start"]), date.fromisoformat(when["end"]))
        for citation in entry["citations"] + [c for k in entry["conflicts"] for c in k["citations"]]:
            doc = docs.get(citation["source"])
            if not doc:
                continue
            docid, text, sentences = doc
            for sid in cited_sentences(citation, text, sentences):
                cited.setdefault((docid, sid), []).append(span)
                citation_list.append(((docid, sid), span, entry["id"], when["value"]))

    # Gold events with known dates.
    events, by_sentence = [], {}
    for name in sorted(os.listdir(gold_dir)):
        if not name.endswith(".txt"):
            continue
        lines = open(os.path.join(gold_dir, name), encoding="utf-8").read().splitlines()
        for line in lines[1:]:
            fields = line.split("\t")
            if len(fields) < 3:
                continue
            span = interval(fields[1])
            if span is None:
                continue
            mentions = []
            for mention in fields[2:]:
                parts = mention.split("-")
                if len(parts) >= 3:
                    mentions.append((parts[0], parts[1]))
            events.append((name, fields[1], span, mentions))
            for key in mentions:
                by_sentence.setdefault(key, []).append(span)

    recalled = 0
    for name, value, span, mentions in events:
        hit = any(compatible(span, ours) for key in mentions for ours in cited.get(key, []))
        recalled += hit
        if details and not hit:
            print(f"missed  {name} {value} {' '.join('-'.join(k) for k in mentions)}")
    relevant = [c for c in citation_list if c[0] in by_sentence]
    correct = sum(1 for key, span, _, _ in relevant if any(compatible(span, g) for g in by_sentence[key]))
    if details:
        for key, span, entry_id, value in relevant:
            if not any(compatible(span, g) for g in by_sentence[key]):
                print(f"wrong   {entry_id} {value} cites {'-'.join(key)}")

    def share(n, d):
        return f"{n}/{d} = {100.0 * n / d:.1f}%" if d else f"{n}/0"

    print(f"anchored recall:     {share(recalled, len(events))} of gold events with a known date")
    print(f"anchoring precision: {share(correct, len(relevant))} of our citations of gold-event sentences")
    print(f"entries: {len(timeline['entries'])}, citations mapped to sentences: {len(citation_list)}")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
