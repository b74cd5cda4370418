#!/usr/bin/env python3
"""Latency probe for bench/web/flood.sh: GETs one path over and over on one keep-alive connection for N seconds, from
a source address of its own (127.0.0.2 by default: a reader who is not the flooding client), and prints p50/p99 in ms
and the count. A path with {n} gets a fresh number each time (no cache can answer).
Usage: probe.py BASE PATH SECONDS [SOURCE_ADDRESS]"""
import http.client, sys, time
from urllib.parse import urlparse

base, path, seconds = sys.argv[1], sys.argv[2], float(sys.argv[3])
source = sys.argv[4] if len(sys.argv) > 4 else "127.0.0.2"
url = urlparse(base)
times, errors, n = [], 0, 0
end = time.monotonic() + seconds
conn = None
while time.monotonic() < end:
    n += 1
    started = time.monotonic()
    try:
        if conn is None:
            conn = http.client.HTTPConnection(url.hostname, url.port, timeout=30, source_address=(source, 0))
        conn.request("GET", path.replace("{n}", str(n)))
        response = conn.getresponse()
        response.read()
        if response.status != 200:
            errors += 1
    except Exception:
        errors += 1
        conn = None
    times.append((time.monotonic() - started) * 1000)
times.sort()
def pct(p): return times[min(len(times) - 1, int(len(times) * p))] if times else float("nan")
print(f"{pct(0.5):.1f} {pct(0.99):.1f} {len(times)} {errors}")
