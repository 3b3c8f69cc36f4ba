#!/usr/bin/env bash
# Makes sure Debian's Chromium is there for the dashboard's browser tests (never a browser download).
set -euo pipefail
if [ -x /usr/bin/chromium ]; then exit 0; fi
if [ "$(id -u)" = "0" ] && command -v apt-get >/dev/null; then
  echo "installing Debian's chromium for the browser tests..." >&2
  (apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq chromium) >&2
  exit 0
fi
echo "The browser tests need Chromium at /usr/bin/chromium: run 'sudo apt-get install -y chromium' (or set SENTINEL_CHROMIUM to its path)." >&2
[ -n "${SENTINEL_CHROMIUM:-}" ] && [ -x "${SENTINEL_CHROMIUM}" ] && exit 0
exit 1
