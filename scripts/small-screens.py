"""Opens the public pages in Chromium at a phone's width (390 px) and at a desktop's, in Russian
and Kazakh, and fails when a page scrolls sideways: wide tables must become stacked rows.

    python3 scripts/small-screens.py http://127.0.0.1:PORT

Drives Debian's chromium through Playwright (never `playwright install`)."""
import json
import sys
import urllib.request

from playwright.sync_api import sync_playwright

base = sys.argv[1].rstrip("/")
chromium = sys.argv[2] if len(sys.argv) > 2 else "/usr/bin/chromium"
programs = json.load(urllib.request.urlopen(base + "/api/v1/programs"))
codes = [item["code"] for item in programs.get("items", programs.get("programs", []))][:2]
paths = ["/", "/verify", "/login", "/register"] + ["/programs/" + code for code in codes]
problems = []
with sync_playwright() as p:
    browser = p.chromium.launch(executable_path=chromium, args=["--no-sandbox"])
    for width, height in [(390, 844), (1280, 900)]:
        for language in ["ru", "kk"]:
            context = browser.new_context(viewport={"width": width, "height": height})
            context.add_cookies([{"name": "tanba_lang", "value": language, "url": base}])
            page = context.new_page()
            for path in paths:
                response = page.goto(base + path)
                if response is None or response.status >= 400:
                    problems.append(f"{path} ({language}, {width}px): HTTP {response.status if response else 'none'}")
                    continue
                overflow = page.evaluate("document.documentElement.scrollWidth - window.innerWidth")
                if overflow > 0:
                    widest = page.evaluate("""() => { let w = null, max = 0;
                        for (const e of document.querySelectorAll('main *')) {
                          const r = e.getBoundingClientRect(); if (r.right > max) { max = r.right; w = e; } }
                        return w ? w.tagName.toLowerCase() + (w.className ? '.' + w.className : '') : ''; }""")
                    problems.append(f"{path} ({language}, {width}px): scrolls sideways by {overflow}px (widest: {widest})")
                lang = page.evaluate("document.documentElement.lang")
                if lang != language:
                    problems.append(f"{path}: html lang is {lang}, not {language}")
            context.close()
    browser.close()
checked = len(paths) * 4
if problems:
    print("small-screens: FAILED\n  " + "\n  ".join(problems))
    sys.exit(1)
print(f"small-screens: passed ({checked} page views, 390 px and 1280 px, ru and kk)")
