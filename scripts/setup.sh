#!/usr/bin/env bash
# Idempotent set-up for briefgen: Debian packages, a virtualenv in .venv, the package installed editable.
# Usage: scripts/setup.sh [run|test]   ("test" adds poppler-utils and LibreOffice for the rendering checks)
# Fast on the second run: packages are checked with dpkg, pip runs only when pyproject.toml changed.
set -euo pipefail
here=$(cd "$(dirname "$0")/.." && pwd)
mode=${1:-run}

# WeasyPrint needs Pango; libharfbuzz-subset0 makes PDF font subsetting ~7x faster; fonts-liberation2 and
# fonts-croscore give Times-New-Roman-metric serif fonts with full Vietnamese coverage (plain fonts-liberation
# lacks most Vietnamese letters and falls back to DejaVu).
pkgs=(libpango-1.0-0 libpangoft2-1.0-0 libharfbuzz-subset0 fonts-liberation2 fonts-croscore fontconfig)
if [ "$mode" = test ]; then
  pkgs+=(poppler-utils libreoffice-writer-nogui)
fi

missing=()
if command -v dpkg-query >/dev/null 2>&1; then
  for p in "${pkgs[@]}"; do
    dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed" || missing+=("$p")
  done
fi
if [ ${#missing[@]} -gt 0 ]; then
  echo "briefgen: cài gói hệ thống / installing Debian packages: ${missing[*]}" >&2
  sudo=""
  if [ "$(id -u)" -ne 0 ]; then
    if command -v sudo >/dev/null 2>&1; then sudo="sudo"; else
      echo "briefgen: cần quyền root để cài: apt-get install ${missing[*]}" >&2; exit 1
    fi
  fi
  $sudo apt-get update -qq >&2
  DEBIAN_FRONTEND=noninteractive $sudo apt-get install -y -qq --no-install-recommends "${missing[@]}" >&2
fi

py=${PYTHON:-python3}
if [ ! -x "$here/.venv/bin/python" ]; then
  if ! "$py" -m venv "$here/.venv" >/dev/null 2>&1; then
    # Debian's python3 ships venv separately.
    rm -rf "$here/.venv"
    sudo=""; [ "$(id -u)" -ne 0 ] && sudo="sudo"
    DEBIAN_FRONTEND=noninteractive $sudo apt-get install -y -qq python3-venv >&2
    "$py" -m venv "$here/.venv"
  fi
fi

# One stamp per pyproject.toml content and mode. "test" installs the package with its [dev] extras, a superset of
# "run": after ./bin/test, ./bin/briefgen needs no install, and the reverse only adds the extras.
hash=$(sha256sum <"$here/pyproject.toml" | cut -c1-16)
stamp_run="$here/.venv/.briefgen-installed-$hash-run"
stamp_test="$here/.venv/.briefgen-installed-$hash-test"
need=1
if [ "$mode" = test ]; then [ -f "$stamp_test" ] && need=0; else { [ -f "$stamp_run" ] || [ -f "$stamp_test" ]; } && need=0; fi
if [ "$need" = 1 ]; then
  extra=""; [ "$mode" = test ] && extra="[dev]"
  log="$here/.venv/pip-install.log"
  echo "briefgen: cài thư viện Python vào .venv (chỉ lần đầu hoặc khi pyproject.toml đổi)…" >&2
  if ! { "$here/.venv/bin/python" -m pip install -q --disable-pip-version-check --upgrade pip &&
         "$here/.venv/bin/python" -m pip install -q --disable-pip-version-check -e "$here$extra"; } >"$log" 2>&1; then
    tail -n 30 "$log" >&2
    echo "briefgen: cài thư viện thất bại, xem $log" >&2
    exit 1
  fi
  find "$here/.venv" -maxdepth 1 -name '.briefgen-installed-*' ! -name ".briefgen-installed-$hash-*" -delete
  touch "$stamp_run"
  if [ "$mode" = test ]; then touch "$stamp_test"; fi
fi
exit 0
