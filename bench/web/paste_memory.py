#!/usr/bin/env python3
"""For bench/web/paste-memory.sh: signs in as an editor through the real forms, posts large pastes to Add article
(5 MB, refused as too long, and 1.9 MB, previewed), and prints the app's resident memory (VmRSS, MB) before, after
the pastes and once things are quiet again. Usage: paste_memory.py BASE EMAIL PASSWORD PID"""
import http.cookiejar, re, sys, time, urllib.parse, urllib.request

base, email, password, pid = sys.argv[1], sys.argv[2], sys.argv[3], sys.argv[4]
opener = urllib.request.build_opener(urllib.request.HTTPCookieProcessor(http.cookiejar.CookieJar()))

def rss():
    with open(f"/proc/{pid}/status") as f:
        return next(int(l.split()[1]) // 1024 for l in f if l.startswith("VmRSS"))

def token(path):
    html = opener.open(base + path).read().decode()
    return re.search(r'name="__RequestVerificationToken" type="hidden" value="([^"]+)"', html).group(1)

def post(path, fields):
    data = urllib.parse.urlencode(fields).encode()
    with opener.open(urllib.request.Request(base + path, data=data)) as r:
        return r.status, len(r.read())

post("/Account/SignIn", {"__RequestVerificationToken": token("/Account/SignIn"), "Email": email, "Password": password})
start = rss()
sentence = "The envoy said talks on the peninsula would resume soon, officials in Seoul said. "
for size, handler, rounds in [(5_000_000, "Save", 5), (1_900_000, "Preview", 5)]:
    text = (sentence * (size // len(sentence) + 1))[:size]
    for _ in range(rounds):
        status, length = post(f"/Articles/Add?handler={handler}", {"__RequestVerificationToken": token("/Articles/Add"), "Pasted": text})
after = rss()
time.sleep(5)
print(f"{start} {after} {rss()} {length}")
