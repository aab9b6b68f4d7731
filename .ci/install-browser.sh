#!/usr/bin/env bash
# Headless Chromium for the browser tests (tests/serve/test_serve_browser.py): Debian's chromium and
# chromium-driver (the same version, so Selenium never downloads a driver), plus fonts for Cyrillic,
# CJK and Arabic text in screenshots. Idempotent and quiet: does nothing when both are installed.
set -euo pipefail
if command -v chromium >/dev/null 2>&1 && command -v chromedriver >/dev/null 2>&1; then
    exit 0
fi
SUDO=""
if [ "$(id -u)" -ne 0 ]; then SUDO="sudo"; fi
export DEBIAN_FRONTEND=noninteractive
$SUDO apt-get update -qq >/dev/null
$SUDO apt-get install -y -qq --no-install-recommends chromium chromium-driver fonts-noto-core fonts-noto-cjk \
    >/dev/null
command -v chromium >/dev/null && command -v chromedriver >/dev/null
