#!/usr/bin/env bash
# Serves the demo from a scratch database and opens its public pages in Debian's Chromium at
# 390 px and 1280 px, in Russian and Kazakh (scripts/small-screens.py); fails when a page
# scrolls sideways or answers an error.
#
#   scripts/browser-check.sh [path/to/tanba]      (default: $(swift build --show-bin-path)/tanba)
#
# Playwright comes from PyPI, pinned, into a cache folder when it is not importable; it drives
# /usr/bin/chromium and never downloads a browser of its own.
set -euo pipefail

PLAYWRIGHT_VERSION=1.49.1
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
binary="${1:-$(cd "$root" && swift build --show-bin-path)/tanba}"
[[ -x "$binary" ]] || { echo "browser-check: no tanba binary at $binary" >&2; exit 2; }
binary="$(cd "$(dirname "$binary")" && pwd)/$(basename "$binary")"
chromium="$(command -v chromium || true)"
[[ -n "$chromium" ]] || { echo "browser-check: chromium is not installed (make deps)" >&2; exit 2; }
port="${TANBA_BROWSER_PORT:-18081}"
base="http://127.0.0.1:$port"
python="$(command -v python3)"

work="$(mktemp -d "${TMPDIR:-/tmp}/tanba-browser.XXXXXX")"
server_pid=""
cleanup() {
    if [[ -n "$server_pid" ]]; then kill "$server_pid" 2>/dev/null || true; wait "$server_pid" 2>/dev/null || true; fi
    rm -rf "$work"
}
trap cleanup EXIT

pythonpath=""
if ! "$python" -c "import playwright" 2>/dev/null; then
    pyversion="$("$python" -c 'import sys; print("%d.%d" % sys.version_info[:2])')"
    site="${XDG_CACHE_HOME:-$HOME/.cache}/tanba/playwright-$PLAYWRIGHT_VERSION-py$pyversion"
    if ! PYTHONPATH="$site" "$python" -c "import playwright" 2>/dev/null; then
        echo "== Installing playwright $PLAYWRIGHT_VERSION into $site"
        rm -rf "$site.partial"
        mkdir -p "$(dirname "$site")"
        "$python" -m pip install --quiet --disable-pip-version-check --no-warn-script-location --root-user-action=ignore \
            --target "$site.partial" "playwright==$PLAYWRIGHT_VERSION"
        rm -rf "$site"
        mv "$site.partial" "$site"
    fi
    pythonpath="$site"
fi

export DATABASE_URL="sqlite://$work/tanba.sqlite" TANBA_STORAGE_DIR="$work/storage" TANBA_PUBLIC_URL="$base"
(cd "$work" && "$binary" demo > "$work/demo.log" 2>&1) || { cat "$work/demo.log" >&2; exit 1; }
(cd "$work" && exec "$binary" serve --hostname 127.0.0.1 --port "$port") > "$work/serve.log" 2>&1 &
server_pid=$!
for _ in $(seq 120); do
    curl -fs -o /dev/null "$base/" && break
    kill -0 "$server_pid" 2>/dev/null || { echo "browser-check: the server stopped" >&2; tail -n 30 "$work/serve.log" >&2; exit 1; }
    sleep 1
done
PYTHONPATH="$pythonpath" "$python" "$root/scripts/small-screens.py" "$base" "$chromium"
