#!/usr/bin/env bash
# Installs what Relief needs and is missing on a Debian machine: Debian
# packages (compilers, Emscripten, ICU, nlohmann/json, doctest, Chromium)
# and the npm dev dependencies of package-lock.json. Does nothing, fast,
# when all is there.
set -euo pipefail
cd "$(dirname "$0")/.."

APT_PACKAGES=(
  cmake ninja-build g++ pkg-config   # native build
  emscripten                         # WebAssembly build (Debian's 3.1.6)
  libicu-dev icu-devtools            # ICU natively; icupkg trims the wasm data
  nlohmann-json3-dev doctest-dev     # JSON and unit tests
  dpkg-dev                           # apt-get source icu (ICU for wasm)
  chromium                           # the page's end-to-end tests
  clang libclang-rt-14-dev           # libFuzzer and sanitizer runtimes
  hunspell-fr-classical hunspell-tools wamerican  # common words (gazetteer)
)
command -v node >/dev/null 2>&1 || APT_PACKAGES+=(nodejs npm)

missing=()
for package in "${APT_PACKAGES[@]}"; do
  dpkg-query -W -f='${Status}' "$package" 2>/dev/null | grep -q "install ok installed" ||
    missing+=("$package")
done
if ((${#missing[@]})); then
  echo "setup: installing ${missing[*]}" >&2
  SUDO=""; [ "$(id -u)" -eq 0 ] || SUDO="sudo"
  $SUDO apt-get update -q >&2
  DEBIAN_FRONTEND=noninteractive $SUDO apt-get install -y -q "${missing[@]}" >&2
fi

# npm dev dependencies (playwright-core drives Debian's Chromium; it never
# downloads a browser). Reinstalled only when the lockfile changed.
stamp=node_modules/.relief-lock-stamp
if ! cmp -s package-lock.json "$stamp" 2>/dev/null; then
  echo "setup: npm ci" >&2
  npm ci --no-audit --no-fund --loglevel=error >&2
  cp package-lock.json "$stamp"
fi
