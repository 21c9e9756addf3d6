#!/usr/bin/env bash
# Installs the Debian packages Tanba needs that are not installed yet.
set -euo pipefail

PACKAGES=(
  postgresql          # the second database the test suite runs on
  pkg-config          # SwiftPM finds cairo and pango through it
  zlib1g-dev          # Bitstring Status Lists are GZIP-compressed
  libcairo2-dev       # PDF documents (orders, certificates) ...
  libpango1.0-dev     # ... with text laid out by pango
  libharfbuzz-dev     # unhinted copies of the document fonts (hb-subset)
  libfontconfig-dev   # the document fonts' own fontconfig configuration
  fonts-noto-core     # Noto Sans / Serif: Cyrillic with every Kazakh letter
  poppler-utils       # tests read the PDFs back with pdftotext
  libqrencode-dev     # QR codes on certificates
  librsvg2-dev        # an institution's SVG logo drawn on its documents
  libxlsxwriter-dev   # report exports as Excel workbooks
  libpoppler-glib-dev # a revoked certificate's PDF served with a stamp over the stored document
  zbar-tools          # tests decode those QR codes with an independent reader
  libcrack2-dev       # new passwords checked against dictionary words (cracklib) ...
  cracklib-runtime    # ... and its dictionary
  liboath-dev         # TOTP second factor (RFC 6238)
  chromium            # scripts/browser-check.sh opens the pages at a phone's width
  curl                # ... and waits for the demo server with it
  ca-certificates
)

# scripts/api-fuzz.sh installs Schemathesis with pip; Debian's python3-pip when no pip is at hand.
if ! python3 -m pip --version >/dev/null 2>&1; then PACKAGES+=(python3 python3-pip); fi

missing=()
for package in "${PACKAGES[@]}"; do
  dpkg-query -W -f='${Status}' "$package" 2>/dev/null | grep -q "install ok installed" || missing+=("$package")
done
if [ ${#missing[@]} -eq 0 ]; then
  exit 0
fi

echo "Installing: ${missing[*]}"
SUDO=""
if [ "$(id -u)" != 0 ]; then SUDO="sudo"; fi
export DEBIAN_FRONTEND=noninteractive
$SUDO apt-get update -qq
$SUDO apt-get install -y -qq --no-install-recommends "${missing[@]}"
# Debian starts a cluster on install; Tanba's tests run their own server, so keep the default one off.
if command -v pg_lsclusters >/dev/null 2>&1 && [ -z "${TANBA_KEEP_DEFAULT_CLUSTER:-}" ]; then
  $SUDO pg_ctlcluster --force "$(pg_lsclusters -h | awk 'NR==1{print $1}')" main stop 2>/dev/null || true
fi
