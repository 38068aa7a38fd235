#!/usr/bin/env python3
"""Sizes of a built board's search index, against the targets of the sharded index.

Usage: python3 benches/search_budget.py PUBLIC_DIR [--max-shards 8] [--page 20]

Prints the whole index beside the site's HTML, the manifest, the shards and chunks, and
what a query can load at most: the manifest, the `--max-shards` largest shards (the
page's script never loads more for one query) and the `--page` largest chunks of the
result table (one page of results, each in another chunk at worst). For the bytes a
given query loaded, open the search page with ?q=... and read the `data-search`
attributes of its <script> elements (tests/search_index.rs does so in Chromium).
"""

import argparse
import os


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


if __name__ == "__main__":
    main()
