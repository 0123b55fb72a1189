#!/usr/bin/env python3
"""Hostile-input benchmark (issue 23): builds the large hostile cases in a temporary folder, runs
`concord analyze` on each (with one good article beside it) under -Xmx3g, and prints a Markdown table:
elapsed time, exit status, whether the good article was analysed, and the skipped reasons.

Usage: scripts/hostile-bench.py [--java-opts=-Xmx3g] [--only=NAME_PART]   (after ./mvnw -o -DskipTests package)
"""
import json, os, shutil, subprocess, sys, tempfile, time, zipfile

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
CP = os.path.join(ROOT, "concord-cli/target/concord-cli-0.1.0-SNAPSHOT.jar") + ":" + os.path.join(ROOT, "concord-cli/target/lib/*")
JAVA_OPTS = next((a.split("=", 1)[1] for a in sys.argv[1:] if a.startswith("--java-opts=")), "-Xmx3g")
GOOD = ("Harbour ferries stop as crews walk out\n"
        "LINDMOUTH, March 14 - Ferry crews walked out on Tuesday, the union said.\n"
        "\"We will not go back until there is a fair offer,\" said Marta Kowalczyk, the union's secretary.\n")


def words(n_chars, seed):
    parts, total, i = [], 0, seed
    while total < n_chars:
        w = "w%d " % (i * 7919 % 100003)
        parts.append(w)
        total += len(w)
        i += 1
    return "".join(parts)[:n_chars]


def case_zip_flood(d):
    # highly compressible, like the flood: each zip is small and within every per-input limit
    body = ("The ferry strike went on for a third day, the union said. " * 40_000)[:1_900_000]
    for z in range(30):
        with zipfile.ZipFile(os.path.join(d, "flood%02d.zip" % z), "w", zipfile.ZIP_DEFLATED) as f:
            for k in range(40):
                f.writestr("a%02d.txt" % k, "Title %d %d\n" % (z, k) + body)


def case_quotes(d):
    open(os.path.join(d, "quotes.txt"), "w").write("Quotes\n" + "\"" * 500_000 + "\n")


def case_said(d):
    # just under the default article limit (1M characters), so it reaches the quote extractor
    open(os.path.join(d, "said.txt"), "w").write("Said\n" + "said " * 199_990 + "\n")


def case_big_article(d):
    para = GOOD.split("\n", 1)[1]
    text = "A long article\n"
    while len(text) < 990_000:
        text += para
    text = text[:990_000]  # just under the default article limit, so the document reaches the document budget
    open(os.path.join(d, "big.txt"), "w").write(text)


def case_fifo(d):
    os.mkfifo(os.path.join(d, "pipe.txt"))


def case_surrogate(d):
    line = r'{"id": "lone", "title": "T", "text": "Bad \ud800 char. \"Quote,\" said Ann Lee."}'
    open(os.path.join(d, "lone.jsonl"), "w").write(line + "\n")


CASES = [("zip flood (30 zips, 2.3G characters)", case_zip_flood), ("500 KB of quote marks", case_quotes),
         ("1 MB of \"said\" (just under the article limit)", case_said), ("1 MB article (just under the article limit)", case_big_article), ("FIFO among the inputs", case_fifo),
         ("lone surrogate beside an existing report", case_surrogate)]


def main():
    rows = []
    only = [a.split("=", 1)[1] for a in sys.argv[1:] if a.startswith("--only=")]
    for name, make in CASES:
        if only and not any(o in name for o in only):
            continue
        d = tempfile.mkdtemp(prefix="concord-hostile-")
        try:
            inp = os.path.join(d, "in")
            os.mkdir(inp)
            # one good article sorts before every hostile input, one after it
            open(os.path.join(inp, "a-good.txt"), "w").write(GOOD)
            open(os.path.join(inp, "z-good.txt"), "w").write(GOOD.replace("Tuesday", "Wednesday"))
            make(inp)
            out = os.path.join(d, "report.json")
            open(out, "w").write('{"previous": "report kept"}')
            t0 = time.time()
            p = subprocess.run(["java", JAVA_OPTS, "-cp", CP, "org.concord.cli.Main", "analyze", inp, "-q", "--out",
                                out], capture_output=True, text=True, timeout=3600)
            elapsed = time.time() - t0
            good, reasons = 0, []
            try:
                r = json.load(open(out))
                good = sum(1 for doc in r.get("documents", []) if doc["id"] in ("a-good", "z-good"))
                kinds = {}
                for sk in r.get("skipped", []):
                    k = sk["reason"].split(":")[0].split(" (")[0][:60]
                    kinds[k] = kinds.get(k, 0) + 1
                reasons = ["%s (%d)" % (k, n) for k, n in sorted(kinds.items(), key=lambda x: -x[1])]
            except Exception as e:  # the report must always be whole JSON
                reasons = ["report unreadable: %s" % e]
            rows.append((name, "%.1f s" % elapsed, p.returncode, "%d of 2" % good, "; ".join(reasons[:3])))
        finally:
            shutil.rmtree(d, ignore_errors=True)
    print("| case | elapsed | exit | good articles analysed | skipped reasons (first three kinds) |")
    print("|---|---|---|---|---|")
    for r in rows:
        print("| %s | %s | %s | %s | %s |" % r)


if __name__ == "__main__":
    main()
