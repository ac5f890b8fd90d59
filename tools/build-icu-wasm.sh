#!/usr/bin/env bash
# Build ICU4C for wasm32 (Emscripten) as static libraries, plus a trimmed ICU
# data package, from the *same Debian ICU source version* as the native
# libicu-dev, so native and wasm builds of Relief see identical ICU behaviour.
#
# Usage:
#   ICU_WASM=$(tools/build-icu-wasm.sh [--with-i18n] [--no-lto] [--force] [--data-list FILE])
#
# Output prefix (cache, outside the clone; keyed by the Debian version):
#   ${RELIEF_CACHE:-$HOME/.cache/relief}/icu-wasm-<debian-version>[-nolto]/
#     include/unicode/*.h      public headers (common, + i18n with --with-i18n)
#     lib/libicuuc.a           ICU common library (LLVM bitcode unless --no-lto)
#     lib/libicudata_stub.a    ICU's tiny empty "stubdata" (defines icudt72_dat,
#                              which udata.cpp references); contains NO data
#     lib/libicui18n.a         only with --with-i18n
#     share/relief-icu.dat     trimmed data package (items from tools/icu-data.list)
#   Link:  -I$ICU_WASM/include $ICU_WASM/lib/libicuuc.a $ICU_WASM/lib/libicudata_stub.a
#   At start-up the program must call udata_setCommonData(bytes, &status) with
#   the bytes of share/relief-icu.dat (kept alive for the process lifetime)
#   before any other ICU call that needs data.
#
# Only the last line of stdout is the prefix path; all logging goes to stderr.
# Re-running with an up-to-date cache does nothing (stamp files, written last).
# Changing tools/icu-data.list only regenerates the .dat (about a second).
#
# Environment: RELIEF_CACHE (cache root), JOBS (parallel compiles, default nproc),
#              ICU_DATA_LIST (same as --data-list).
set -euo pipefail

# Keep stdout clean for the final "prefix" line: fd 3 = real stdout.
exec 3>&1 1>&2

SCRIPT_DIR=$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)
RECIPE=1   # bump when the build recipe changes in a way flags don't capture

log() { printf '[build-icu-wasm] %s\n' "$*" >&2; }
die() { printf '[build-icu-wasm] ERROR: %s\n' "$*" >&2; exit 1; }

usage() { sed -n '2,/^set -euo/{/^set -euo/d;s/^# \{0,1\}//;p}' "${BASH_SOURCE[0]}"; }

WITH_I18N=0
LTO=1
FORCE=0
DATA_LIST=${ICU_DATA_LIST:-$SCRIPT_DIR/icu-data.list}
while [ $# -gt 0 ]; do
  case $1 in
    --with-i18n) WITH_I18N=1 ;;
    --no-lto)    LTO=0 ;;
    --force)     FORCE=1 ;;
    --data-list) [ $# -ge 2 ] || die "--data-list needs a file"; DATA_LIST=$2; shift ;;
    -h|--help)   usage >&3; exit 0 ;;
    *)           die "unknown argument: $1 (see --help)" ;;
  esac
  shift
done
[ -f "$DATA_LIST" ] || die "data list not found: $DATA_LIST"
DATA_LIST=$(cd "$(dirname "$DATA_LIST")" && pwd)/$(basename "$DATA_LIST")

# ---------------------------------------------------------------------------
# Version: match the native libicu-dev (installed, else apt's candidate).
ICU_DEB_VERSION=$(dpkg-query -W -f='${Version}' libicu-dev 2>/dev/null || true)
if [ -z "$ICU_DEB_VERSION" ]; then
  ICU_DEB_VERSION=$(apt-cache policy libicu-dev 2>/dev/null | awk '/Candidate:/ {print $2}')
fi
case $ICU_DEB_VERSION in ''|'(none)') die "cannot determine the libicu-dev version (install libicu-dev)";; esac
ICU_MAJOR=${ICU_DEB_VERSION%%.*}; ICU_MAJOR=${ICU_MAJOR#*:}   # strip epoch, if any

CACHE_ROOT=${RELIEF_CACHE:-$HOME/.cache/relief}
VTAG=${ICU_DEB_VERSION//:/_}                       # ':' (epoch) is awkward in paths
PREFIX=$CACHE_ROOT/icu-wasm-$VTAG$([ "$LTO" = 1 ] || echo -nolto)
SRC_DIR=$CACHE_ROOT/src/icu-$VTAG                  # extracted Debian source (patched)
BUILD_ROOT=$CACHE_ROOT/build/$(basename "$PREFIX") # objects; removed after success

# ---------------------------------------------------------------------------
# Compiler flags (they are part of the cache fingerprint).
#  -Oz -flto: the final Relief link uses -Oz -flto; bitcode objects let LTO
#             inline/DCE across ICU and Relief (emcc's LLVM must match: the
#             archives are only usable with this same Debian emscripten/clang).
#  U_STATIC_IMPLEMENTATION: static lib, no dllexport/visibility games.
#  UCONFIG_NO_LEGACY_CONVERSION / UCONFIG_ONLY_HTML_CONVERSION: drop the codepage
#             converters (which would also need .cnv data); UTF-8/16/32,
#             US-ASCII and ISO-8859-1 conversion remain.
#  UCONFIG_NO_FILE_IO: ICU never touches the file system: data comes only
#             from udata_setCommonData().
#  These UCONFIG_* switches change only library internals, not the public
#  headers' API, so callers need not define them.  U_CHARSET_IS_UTF8=1 and
#  U_USING_ICU_NAMESPACE=0 are already ICU 72's defaults on Emscripten.
#  NDEBUG drops ICU's assert()s; -fno-exceptions: ICU does not use exceptions.
#  U_ATTRIBUTE_DEPRECATED= : as ICU's own configure does; silences warnings
#             about ICU calling its own deprecated APIs.
CXXFLAGS=(-std=c++17 -Oz -fno-exceptions -DNDEBUG
          -DU_STATIC_IMPLEMENTATION -DU_ATTRIBUTE_DEPRECATED=
          -DUCONFIG_NO_LEGACY_CONVERSION=1 -DUCONFIG_ONLY_HTML_CONVERSION=1
          -DUCONFIG_NO_FILE_IO=1)
[ "$LTO" = 1 ] && CXXFLAGS+=(-flto)

EMSCRIPTEN_VERSION=$(dpkg-query -W -f='${Version}' emscripten 2>/dev/null || echo unknown)
fingerprint() {  # $1 = component
  printf 'recipe=%s icu=%s emscripten=%s component=%s flags=%s\n' \
    "$RECIPE" "$ICU_DEB_VERSION" "$EMSCRIPTEN_VERSION" "$1" "${CXXFLAGS[*]}"
}

# The data list, normalised: no comments/blank lines, no "icudt72l/" prefix
# (as shown by some `icupkg -l` outputs), one item per line, sorted.
normalised_list() {
  sed -e 's/#.*//' "$DATA_LIST" | tr -s ' \t\r' '\n\n\n' \
    | sed -e '/^$/d' -e 's|^icudt[0-9]*[lbe]/||' | LC_ALL=C sort -u
}
DATA_FP="icu=$ICU_DEB_VERSION items-sha256=$(normalised_list | sha256sum | cut -d' ' -f1)"

COMPONENTS=(common)
[ "$WITH_I18N" = 1 ] && COMPONENTS+=(i18n)

up_to_date() {
  local c
  for c in "${COMPONENTS[@]}"; do
    [ "$(cat "$PREFIX/.stamp-$c" 2>/dev/null)" = "$(fingerprint "$c")" ] || return 1
  done
  [ "$(cat "$PREFIX/.stamp-data" 2>/dev/null)" = "$DATA_FP" ]
}

# Fast path: nothing to do.
if [ "$FORCE" = 0 ] && up_to_date; then
  echo "$PREFIX" >&3
  exit 0
fi

# Serialise concurrent runs sharing the cache, then re-check.
mkdir -p "$CACHE_ROOT"
exec 9>"$PREFIX.lock"
flock 9
if [ "$FORCE" = 0 ] && up_to_date; then
  echo "$PREFIX" >&3
  exit 0
fi
if [ "$FORCE" = 1 ]; then rm -f "$PREFIX"/.stamp-*; fi

# ---------------------------------------------------------------------------
# Tools.
SUDO=
if [ "$(id -u)" != 0 ]; then
  command -v sudo >/dev/null || die "not root and no sudo: cannot install packages / add deb-src"
  SUDO=sudo
fi
apt_install() {
  log "installing: $*"
  $SUDO env DEBIAN_FRONTEND=noninteractive apt-get install -y --no-install-recommends "$@" >&2
}
command -v em++ >/dev/null && command -v emar >/dev/null || die "em++/emar not found (apt-get install emscripten)"
# emcc's JS optimizer needs Debian's node modules.
export NODE_PATH=${NODE_PATH:-/usr/share/nodejs}
# icupkg must come from the same ICU version as the data it repackages.
if [ "$(dpkg-query -W -f='${Version}' icu-devtools 2>/dev/null || true)" != "$ICU_DEB_VERSION" ]; then
  apt_install "icu-devtools=$ICU_DEB_VERSION"
fi

# ---------------------------------------------------------------------------
# Debian ICU source (with Debian's patches applied by dpkg-source).
src_available() {
  # (Captured first: `apt-cache | grep -q` would die of SIGPIPE under pipefail.)
  local out
  out=$(apt-cache showsrc --only-source icu 2>/dev/null || true)
  grep -qx "Version: $ICU_DEB_VERSION" <<<"$out"
}
ensure_deb_src() {
  src_available && return
  local f=/etc/apt/sources.list.d/relief-src.sources
  if [ ! -e "$f" ]; then
    local codename
    codename=$(. /etc/os-release && echo "${VERSION_CODENAME:-}")
    [ -n "$codename" ] || die "cannot determine the Debian codename from /etc/os-release"
    log "adding deb-src entries ($f)"
    $SUDO tee "$f" >/dev/null <<EOF
# Added by Relief tools/build-icu-wasm.sh: source packages for "apt-get source icu".
Types: deb-src
URIs: http://deb.debian.org/debian
Suites: $codename $codename-updates
Components: main
Signed-By: /usr/share/keyrings/debian-archive-keyring.gpg

Types: deb-src
URIs: http://deb.debian.org/debian-security
Suites: $codename-security
Components: main
Signed-By: /usr/share/keyrings/debian-archive-keyring.gpg
EOF
  fi
  log "apt-get update"
  $SUDO apt-get update >&2
  src_available || die "source package icu $ICU_DEB_VERSION not available from the configured deb-src entries"
}

if [ ! -f "$SRC_DIR/.stamp-extracted" ]; then
  command -v dpkg-source >/dev/null || apt_install dpkg-dev
  ensure_deb_src
  mkdir -p "$CACHE_ROOT/src"
  tmp=$(mktemp -d "$CACHE_ROOT/src/.tmp.XXXXXX")
  log "apt-get source icu=$ICU_DEB_VERSION (in $tmp)"
  # apt-get as root warns that it downloads "unsandboxed": harmless.
  (cd "$tmp" && apt-get source --only-source "icu=$ICU_DEB_VERSION" >&2)
  extracted=$(find "$tmp" -mindepth 1 -maxdepth 1 -type d -name 'icu-*' -print -quit)
  [ -n "$extracted" ] && [ -d "$extracted/source/common" ] || die "unexpected apt-get source layout in $tmp"
  rm -rf "$SRC_DIR"
  mv "$extracted" "$SRC_DIR"
  rm -rf "$tmp"
  touch "$SRC_DIR/.stamp-extracted"
fi
S=$SRC_DIR/source
FULL_DAT=$S/data/in/icudt${ICU_MAJOR}l.dat   # little-endian, as wasm32 is
[ -f "$FULL_DAT" ] || die "prebuilt data archive $S/data/in/icudt${ICU_MAJOR}l.dat not found"

# ---------------------------------------------------------------------------
# Compile one component's sources into a static archive (objects written
# atomically, so an interrupted build resumes; build dir wiped when flags change).
JOBS=${JOBS:-$(nproc)}
build_archive() {  # $1 = name (for the build dir), $2 = output .a, $3 = source list file, rest = extra flags
  local name=$1 out=$2 list=$3; shift 3
  local bdir=$BUILD_ROOT/$name fp
  fp=$(fingerprint "$name")
  if [ "$(cat "$bdir/.fingerprint" 2>/dev/null)" != "$fp" ]; then
    rm -rf "$bdir"; mkdir -p "$bdir"; echo "$fp" >"$bdir/.fingerprint"
  fi
  log "compiling $name: $(wc -l <"$list") files, $JOBS jobs, flags: ${CXXFLAGS[*]} $*"
  # xargs runs one em++ per file; a compile error makes xargs (and us) fail.
  BDIR=$bdir xargs -a "$list" -d '\n' -P "$JOBS" -n 1 bash -c '
      src=${!#}; set -- "${@:1:$#-1}"   # xargs appends the source file last
      obj=$BDIR/$(basename "${src%.*}").o
      [ -f "$obj" ] && exit 0
      em++ "$@" -c "$src" -o "$obj.tmp" && mv "$obj.tmp" "$obj"
    ' compile "${CXXFLAGS[@]}" "$@" \
    || die "compilation of $name failed"
  mkdir -p "$(dirname "$out")"
  rm -f "$out.tmp"
  # emar (llvm-ar) writes a symbol index that understands bitcode members.
  (cd "$bdir" && emar rcs "$out.tmp" ./*.o)
  mv "$out.tmp" "$out"
}

source_list() {  # $1 = dir under source/ ; prints a file with absolute paths
  local d=$S/$1 f=$BUILD_ROOT/$1.sources
  mkdir -p "$BUILD_ROOT"
  if [ -f "$d/sources.txt" ]; then
    sed -e 's/[[:space:]]*$//' -e '/^$/d' -e "s|^|$d/|" "$d/sources.txt" >"$f"
  else
    ls "$d"/*.cpp >"$f"
  fi
  echo "$f"
}

mkdir -p "$PREFIX/include/unicode" "$PREFIX/lib" "$PREFIX/share"
t0=$SECONDS

if [ "$(cat "$PREFIX/.stamp-common" 2>/dev/null)" != "$(fingerprint common)" ]; then
  build_archive common "$PREFIX/lib/libicuuc.a" "$(source_list common)" \
    -DU_COMMON_IMPLEMENTATION -I"$S/common"
  # udata.cpp references the linked-in package symbol icudt<N>_dat.  ICU's
  # stubdata defines it as an *empty* package, so all data then comes from
  # udata_setCommonData().  Kept separate, like the real libicudata.
  echo "$S/stubdata/stubdata.cpp" >"$BUILD_ROOT/stubdata.sources"
  build_archive stubdata "$PREFIX/lib/libicudata_stub.a" "$BUILD_ROOT/stubdata.sources" \
    -I"$S/common" -I"$S/stubdata"
  rm -f "$PREFIX"/include/unicode/*.h
  cp "$S"/common/unicode/*.h "$PREFIX/include/unicode/"
  fingerprint common >"$PREFIX/.stamp-common"
fi

if [ "$WITH_I18N" = 1 ] && [ "$(cat "$PREFIX/.stamp-i18n" 2>/dev/null)" != "$(fingerprint i18n)" ]; then
  build_archive i18n "$PREFIX/lib/libicui18n.a" "$(source_list i18n)" \
    -DU_I18N_IMPLEMENTATION -I"$S/common" -I"$S/i18n"
  cp "$S"/i18n/unicode/*.h "$PREFIX/include/unicode/"
  fingerprint i18n >"$PREFIX/.stamp-i18n"
fi
[ $((SECONDS - t0)) -gt 0 ] && log "libraries built in $((SECONDS - t0)) s"

# ---------------------------------------------------------------------------
# Trimmed data package: extract the listed items from Debian's full prebuilt
# package and re-package them.  The ToC prefix must stay "icudt<N>l" (ICU looks
# items up as icudt72l/<item>), hence --toc_prefix.  icupkg also checks
# resource-bundle dependencies (pool.res, parent root.res) and fails if one is
# missing.  As the file name differs from the ToC prefix, list the result with
#   icupkg --auto_toc_prefix -l relief-icu.dat
if [ "$(cat "$PREFIX/.stamp-data" 2>/dev/null)" != "$DATA_FP" ]; then
  dtmp=$(mktemp -d)
  trap 'rm -rf "$dtmp"' EXIT
  normalised_list >"$dtmp/items.txt"
  [ -s "$dtmp/items.txt" ] || die "data list $DATA_LIST is empty"
  pkgname=$(basename "$FULL_DAT" .dat)
  mkdir -p "$dtmp/items"
  icupkg -x "$dtmp/items.txt" -d "$dtmp/items" "$FULL_DAT" >&2 \
    || die "icupkg could not extract the items of $DATA_LIST (check names with icupkg -l)"
  icupkg --toc_prefix "$pkgname" -a "$dtmp/items.txt" -s "$dtmp/items" \
    new "$dtmp/relief-icu.dat" >&2 \
    || die "icupkg could not build the package (unknown item or missing dependency? see above)"
  mv "$dtmp/relief-icu.dat" "$PREFIX/share/relief-icu.dat"
  log "data: $(wc -l <"$dtmp/items.txt") items, $(stat -c %s "$PREFIX/share/relief-icu.dat") bytes:" \
      "$(icupkg --auto_toc_prefix -l "$PREFIX/share/relief-icu.dat" | tr '\n' ' ')"
  echo "$DATA_FP" >"$PREFIX/.stamp-data"
fi

rm -rf "$BUILD_ROOT"
rmdir "$(dirname "$BUILD_ROOT")" 2>/dev/null || true
log "done: $PREFIX"
echo "$PREFIX" >&3
