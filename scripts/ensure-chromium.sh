#!/usr/bin/env bash
# Browser tests drive Debian's Chromium (browser downloads are not possible on these machines).
set -euo pipefail
if command -v chromium >/dev/null 2>&1 || [ -x /usr/bin/chromium ]; then exit 0; fi
echo "Cài Chromium (Debian) cho kiểm thử trình duyệt / installing Debian Chromium for browser tests…"
SUDO=""; [ "$(id -u)" -ne 0 ] && SUDO="sudo"
$SUDO apt-get update -qq
DEBIAN_FRONTEND=noninteractive $SUDO apt-get install -y -qq chromium >/dev/null
