#!/usr/bin/env python3
"""A synthetic news corpus of N documents built from the dev sets' texts, for the Spark benchmark (issue 21).

Usage: scripts/synthetic-corpus.py [--docs N] [--seed S] [--shared DIR] OUT_DIR

Reads the story dev sets (ECB+, MultiLing, DUC 2002 stream: JSONL with id, title, text, date) and the PolNeAR
train and dev articles (dates from metadata.tsv), and writes N documents as JSONL files of 1,000 lines into
OUT_DIR (nothing is written into the repository; the texts stay where ../shared keeps them). Round k of the corpus
holds every source document once more as a new article: its date moved k * 41 days later (so each round is new
coverage of the same topics, as a story's anniversaries and follow-ups are), and its text a random half of its own
paragraphs (or sentences, for texts of few paragraphs) interleaved with a random half of another document's from the
same topic (the same gold cluster in the story sets, the same outlet in PolNeAR), so that no round is a near-copy of
another; every 25th document of a round is repeated as a wire copy under another id (a near-duplicate to find).
Seeded: the same arguments give the same files.
"""
import argparse
import csv
import datetime
import json
import os
import random
import sys


def story_sets(shared):
    for name in ("ecbplus-stories", "multiling2011-stories", "duc2002-stream"):
        folder = os.path.join(shared, "data", "stories", name)
        for f in sorted(os.listdir(folder)):
            if not f.endswith(".jsonl"):
                continue
            with open(os.path.join(folder, f), encoding="utf-8") as lines:
                for line in lines:
                    if line.strip():
                        d = json.loads(line)
                        yield {"id": name + "-" + d["id"], "title": d.get("title"), "text": d["text"],
                               "date": (d.get("date") or "")[:10] or None,
                               "topic": name + "/" + str(d.get("cluster"))}


def polnear(shared):
    base = os.path.join(shared, "data", "quotes", "polnear")
    dates = {}
    with open(os.path.join(base, "metadata.tsv"), encoding="utf-8") as f:
        for row in csv.DictReader(f, delimiter="\t"):
            dates[row["filename"]] = (row.get("publication_date") or "")[:10] or None
    for part in ("train", "dev"):
        folder = os.path.join(base, part, "text")
        for f in sorted(os.listdir(folder)):
            name = f[:-4] if f.endswith(".txt") else f
            with open(os.path.join(folder, f), encoding="utf-8") as text:
                yield {"id": "polnear-" + name, "title": None, "text": text.read(), "date": dates.get(name),
                       "topic": "polnear/" + name.split("_")[0]}


def units(text):
    """Paragraphs, or sentences when a text has fewer than four paragraphs."""
    paragraphs = [x.strip() for x in text.split("\n") if x.strip()]
    if len(paragraphs) >= 4:
        return paragraphs
    out = []
    for p in paragraphs:
        out.extend(s.strip() + "." for s in p.split(". ") if s.strip())
    return out or [text]


def shift(date, days):
    if not date:
        return None
    try:
        return (datetime.date.fromisoformat(date) + datetime.timedelta(days=days)).isoformat()
    except ValueError:
        return None


def main():
    p = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    p.add_argument("out")
    p.add_argument("--docs", type=int, default=20000)
    p.add_argument("--seed", type=int, default=21)
    p.add_argument("--shared", default=os.path.join(os.path.dirname(__file__), "..", "..", "shared"))
    a = p.parse_args()
    sources = list(story_sets(a.shared)) + list(polnear(a.shared))
    if not sources:
        sys.exit("no source texts under " + a.shared)
    by_topic = {}
    for d in sources:
        by_topic.setdefault(d["topic"], []).append(d)
    rng = random.Random(a.seed)
    os.makedirs(a.out, exist_ok=True)
    written = 0
    out = None
    k = 0
    while written < a.docs:
        for i, d in enumerate(sources):
            if written >= a.docs:
                break
            if k == 0:
                text = d["text"]
            else:
                mine = units(d["text"])
                other = units(rng.choice(by_topic[d["topic"]])["text"])
                a_half = [x for x in mine if rng.random() < 0.5] or mine[:1]
                b_half = [x for x in other if rng.random() < 0.5] or other[:1]
                mixed = []
                for j in range(max(len(a_half), len(b_half))):
                    mixed.extend(x[j] for x in (a_half, b_half) if j < len(x))
                text = "\n\n".join(mixed)
            doc = {"id": "r%d-%s" % (k, d["id"]), "title": d["title"], "date": shift(d["date"], 41 * k),
                   "text": text}
            copies = [doc]
            if i % 25 == 0:
                copies.append(dict(doc, id=doc["id"] + "-wire"))
            for c in copies:
                if written >= a.docs:
                    break
                if written % 1000 == 0:
                    if out:
                        out.close()
                    out = open(os.path.join(a.out, "part-%05d.jsonl" % (written // 1000)), "w", encoding="utf-8")
                out.write(json.dumps({key: v for key, v in c.items() if v is not None}, ensure_ascii=False) + "\n")
                written += 1
        k += 1
    if out:
        out.close()
    print("%d documents from %d source texts in %d rounds, written to %s" % (written, len(sources), k, a.out))


if __name__ == "__main__":
    main()
