#!/usr/bin/env bash
# Browser tests drive Debian's Chromium (browser downloads are not possible on these machines).
# Never asks for a password: as root it installs, otherwise only through password-less `sudo -n`.
# When Chromium cannot be installed it says why (stderr, and the file named by
# CDS_CHROMIUM_REASON_FILE) and exits 3: the test run goes on and counts the browser tests failed.
# CDS_CHROMIUM_PATH: the browser the tests use (default /usr/bin/chromium).
set -uo pipefail
BROWSER="${CDS_CHROMIUM_PATH:-/usr/bin/chromium}"
if [ -x "$BROWSER" ]; then exit 0; fi
if [ -z "${CDS_CHROMIUM_PATH:-}" ] && command -v chromium >/dev/null 2>&1; then exit 0; fi

fail() {
  echo "Không cài được Chromium / cannot install Chromium: $1" >&2
  if [ -n "${CDS_CHROMIUM_REASON_FILE:-}" ]; then printf '%s\n' "$1" > "$CDS_CHROMIUM_REASON_FILE"; fi
  exit 3
}

SUDO=()
if [ "$(id -u)" -ne 0 ]; then
  if command -v sudo >/dev/null 2>&1 && sudo -n true </dev/null >/dev/null 2>&1; then
    SUDO=(sudo -n)
  else
    fail "cần quyền root hoặc sudo không mật khẩu (không hỏi mật khẩu) / needs root or password-less sudo (no password prompt)"
  fi
fi
command -v apt-get >/dev/null 2>&1 || fail "không có apt-get (không phải Debian/Ubuntu) / no apt-get (not Debian/Ubuntu)"

echo "Cài Chromium (Debian) cho kiểm thử trình duyệt / installing Debian Chromium for browser tests…"
${SUDO[@]+"${SUDO[@]}"} apt-get update -qq </dev/null || fail "apt-get update thất bại / apt-get update failed"
DEBIAN_FRONTEND=noninteractive ${SUDO[@]+"${SUDO[@]}"} apt-get install -y -qq chromium </dev/null >/dev/null || fail "apt-get install chromium thất bại / apt-get install chromium failed"
[ -x "$BROWSER" ] || command -v chromium >/dev/null 2>&1 || fail "đã cài nhưng không thấy $BROWSER / installed but $BROWSER is missing"
