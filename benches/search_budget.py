#!/usr/bin/env python3
"""Sizes of a built board's search index, against the targets of the sharded index.

Usage: python3 benches/search_budget.py PUBLIC_DIR [--max-shards 8] [--page 20]
                                          [--query TEXT ...] [--chromium PATH]

Prints the whole index beside the site's HTML, the manifest, the shards and chunks, and
what a query can load at most: the manifest, the `--max-shards` largest shards (the
page's script never loads more for one query) and the `--page` largest chunks of the
result table (one page of results, each in another chunk at worst). With `--query`,
each query is run in headless Chromium from disk (search/index.html?q=...), and the
bytes of the index files it loaded (the `data-search` attributes of the <script>
elements it added, and the manifest) are counted.
"""

import argparse
import os
import pathlib
import re
import shutil
import subprocess
import tempfile
import urllib.parse


def sizes(folder):
    out = {}
    for d, _, files in os.walk(folder):
        for f in files:
            p = os.path.join(d, f)
            out[os.path.relpath(p, folder)] = os.path.getsize(p)
    return out


def kb(n):
    return "%.1f KB" % (n / 1000)


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("public")
    ap.add_argument("--max-shards", type=int, default=8)
    ap.add_argument("--page", type=int, default=20)
    ap.add_argument("--query", action="append", default=[])
    ap.add_argument("--chromium", default=shutil.which("chromium") or "chromium")
    a = ap.parse_args()
    files = sizes(a.public)
    html = sum(n for p, n in files.items() if p.endswith(".html"))
    search = {p[len("search/"):]: n for p, n in files.items()
              if p.startswith("search/") and p.endswith(".js")}
    manifest = search.get("index.js", 0)
    shards = sorted((n for p, n in search.items() if p.startswith("t/")), reverse=True)
    chunks = sorted((n for p, n in search.items() if p.startswith("d/")), reverse=True)
    index = sum(search.values())
    print("HTML            %12s in %d files" % (kb(html), sum(p.endswith(".html") for p in files)))
    print("index           %12s (%.1f%% of the HTML)" % (kb(index), 100 * index / max(html, 1)))
    print("manifest        %12s" % kb(manifest))
    if shards:
        print("shards          %12s in %d, largest %s, mean %s" % (
            kb(sum(shards)), len(shards), kb(shards[0]), kb(sum(shards) / len(shards))))
    if chunks:
        print("chunks          %12s in %d, largest %s" % (kb(sum(chunks)), len(chunks), kb(chunks[0])))
    worst = manifest + sum(shards[:a.max_shards]) + sum(chunks[:a.page])
    print("most one query loads: %s (manifest + %d largest shards + %d largest chunks)" % (
        kb(worst), a.max_shards, a.page))
    mean_shard = sum(shards) / max(len(shards), 1)
    mean_chunk = sum(chunks) / max(len(chunks), 1)
    print("a two-word query, typically: %s (manifest + 2 mean shards + 2 mean chunks)" % kb(
        manifest + 2 * mean_shard + 2 * mean_chunk))
    page = pathlib.Path(a.public, "search", "index.html").resolve().as_uri()
    for q in a.query:
        with tempfile.TemporaryDirectory() as profile:
            dom = subprocess.run(
                [a.chromium, "--headless", "--no-sandbox", "--disable-gpu", "--no-first-run",
                 "--user-data-dir=" + profile, "--dump-dom",
                 page + "?q=" + urllib.parse.quote(q)],
                capture_output=True, text=True, timeout=120).stdout
        loaded = re.findall(r'data-search="([^"]+)"', dom)
        status = re.findall(r'id="search-status"[^>]*>([^<]*)<', dom)
        total = manifest + sum(search.get(p, 0) for p in loaded)
        print("query %s: %s loaded (manifest, %d shards, %d chunks); %s" % (
            q, kb(total), sum(p.startswith("t/") for p in loaded),
            sum(p.startswith("d/") for p in loaded), status[0] if status else "?"))


if __name__ == "__main__":
    main()
