#!/usr/bin/env bash
# SPDX-License-Identifier: GPL-3.0-or-later
# The flatpak suite: builds Hearth as a Flatpak, with its unit, cli and data suites run inside
# the build sandbox, then runs it in the Flatpak sandbox (versions, a scheme file written,
# checked and backed up, the sandbox's limits, the window under Xvfb) and installs a
# single-file bundle into a fresh installation.
#
# Flathub cannot be reached here, so the runtime and SDK are stand-ins built from Debian
# trixie packages with mmdebstrap (GTK 4.18, libadwaita 1.7: the generation of GNOME 48),
# cached under $HEARTH_FLATPAK_CACHE keyed on the suite, the package lists and this script's
# recipe. See README.md beside this script and shared/FLATPAK-NOTES.md.
#
# Usage: run-ci.sh [SOURCE_ROOT]
# Exits 77 (skipped) where the machine cannot run it, unless CI=true, where that is a failure.
# Environment: HEARTH_FLATPAK_CACHE (default /var/cache/hearth-flatpak),
#   HEARTH_FLATPAK_KEEP=1 keeps the scratch folder, HEARTH_DEBIAN_MIRROR.
set -euo pipefail

APP_ID=io.github.hearthapp.Hearth
APP_PATH=/io/github/hearthapp/Hearth
PLATFORM_ID=io.github.hearthapp.Platform
SDK_ID=io.github.hearthapp.Sdk
BRANCH=trixie # also in ci-manifest.py
SUITE=trixie
ARCH=x86_64
MULTIARCH=x86_64-linux-gnu
MIRROR=${HEARTH_DEBIAN_MIRROR:-http://deb.debian.org/debian}
CACHE=${HEARTH_FLATPAK_CACHE:-/var/cache/hearth-flatpak}
CACHE_DAYS=30 # then the stand-in runtime is rebuilt, to pick up trixie's updates

# What hearth links (GTK, libadwaita, SQLite, json-glib; cairo and Pango come with GTK), and
# what a GNOME runtime also gives every app: fonts, icons, SVG loading, MIME data.
PLATFORM_PACKAGES=(
  libgtk-4-1 libadwaita-1-0 libsqlite3-0 libjson-glib-1.0-0
  fontconfig fonts-dejavu-core adwaita-icon-theme hicolor-icon-theme
  librsvg2-common shared-mime-info
)
# The build: compilers, meson, the -dev packages; what flatpak-builder 1.2 calls while
# finishing (appstream-compose from appstream-util, which renders the SVG icon with
# librsvg2-common); what meson's post-install and the unit, cli and data suites call
# (gtk4-update-icon-cache, gsettings and gio, appstreamcli, desktop-file-validate,
# update-mime-database, msgfmt, pdftotext).
SDK_PACKAGES=(
  "${PLATFORM_PACKAGES[@]}"
  libgtk-4-dev libadwaita-1-dev libsqlite3-dev libjson-glib-dev
  meson ninja-build gcc libc6-dev pkg-config binutils elfutils
  appstream appstream-util desktop-file-utils gettext
  libglib2.0-dev-bin libglib2.0-bin libgtk-4-bin poppler-utils
)
# Debian 12 packages this script runs on the host (flatpak-builder runs eu-strip there).
HOST_PACKAGES=(
  flatpak flatpak-builder elfutils ostree mmdebstrap bubblewrap debian-archive-keyring
  xvfb xauth dbus x11-utils libglib2.0-bin python3 git xdg-desktop-portal
)

SOURCE_ROOT=$(cd "${1:-$(dirname "$0")/..}" && pwd)
HERE=$(cd "$(dirname "$0")" && pwd)

# --- Reporting --------------------------------------------------------------------------

declare -a TIMINGS=()
PHASE=
PHASE_START=0

now_ms () {
  echo $(( $(date +%s%N) / 1000000 ))
}

seconds () {
  printf '%d.%01d s' $(( $1 / 1000 )) $(( $1 % 1000 / 100 ))
}

phase () {
  end_phase
  PHASE=$1
  PHASE_START=$(now_ms)
  echo
  echo "== $PHASE"
}

end_phase () {
  if [ -n "$PHASE" ]; then
    local took=$(( $(now_ms) - PHASE_START ))
    TIMINGS+=("$(printf '%-40s %s' "$PHASE" "$(seconds "$took")")")
    echo "-- $PHASE: $(seconds "$took")"
    PHASE=
  fi
}

print_timings () {
  echo
  echo "Timings:"
  printf '  %s\n' "${TIMINGS[@]}"
  echo "  $(printf '%-40s %s' total "$(seconds $(( $(now_ms) - RUN_START )))")"
}

# Where the machine cannot run this: skipped, except in CI, where it must run.
cannot_run () {
  if [ "${CI:-}" = true ]; then
    echo "FAIL: CI=true, and this machine cannot run the flatpak suite: $*" >&2
    exit 1
  fi
  echo "SKIP: this machine cannot run the flatpak suite: $*"
  exit 77
}

fail () {
  echo "FAIL: $*" >&2
  exit 1
}

ok () {
  echo "ok: $*"
}

# Runs a command with its output in a log file; on failure shows the end of the log.
logged () {
  local log=$1
  shift
  if ! "$@" >"$log" 2>&1; then
    echo "---- last lines of $log:" >&2
    tail -n 80 "$log" >&2
    return 1
  fi
}

# --- Prerequisites ----------------------------------------------------------------------

# Before touching anything.
check_user () {
  if [ -n "${FLATPAK_ID:-}" ] || [ -e /.flatpak-info ]; then
    # Inside a Flatpak build (the manifest does not ask for this suite, but a plain
    # "meson test" could): no Flatpak inside Flatpak, even in CI.
    echo "SKIP: running inside a Flatpak sandbox (${FLATPAK_ID:-}): no Flatpak inside Flatpak"
    exit 77
  fi
  [ "$(id -u)" = 0 ] || cannot_run "it needs root (mmdebstrap builds the runtime as root)"
  [ "$(uname -m)" = "$ARCH" ] || cannot_run "the stand-in runtime is built for $ARCH only"
}

check_machine () {
  local missing=()
  command -v apt-get >/dev/null || cannot_run "no apt-get: this script expects Debian"
  for pkg in "${HOST_PACKAGES[@]}"; do
    dpkg-query -W -f '${Status}\n' "$pkg" 2>/dev/null | grep -q '^install ok installed$' \
      || missing+=("$pkg")
  done
  if [ ${#missing[@]} -gt 0 ]; then
    echo "installing ${missing[*]}"
    export DEBIAN_FRONTEND=noninteractive
    { apt-get update -qq && apt-get install -y -qq --no-install-recommends "${missing[@]}"; } \
      >"$LOGS/apt.log" 2>&1 \
      || { tail -n 20 "$LOGS/apt.log" >&2; cannot_run "apt-get could not install ${missing[*]}"; }
  fi

  # flatpak runs everything through bubblewrap, which needs new namespaces.
  bwrap --ro-bind / / --dev /dev --proc /proc --unshare-all --die-with-parent true \
    >"$LOGS/bwrap.log" 2>&1 \
    || cannot_run "bubblewrap cannot make a sandbox here: $(head -n 1 "$LOGS/bwrap.log")"

  local free_kb
  free_kb=$(df -Pk "$(dirname "$CACHE")" | awk 'NR == 2 { print $4 }')
  [ "$free_kb" -ge $(( 4 * 1024 * 1024 )) ] \
    || cannot_run "less than 4 GB free for $CACHE (it needs about 2.5 GB)"
}

# --- The stand-in runtime ---------------------------------------------------------------

# A Debian tree in $1 from the packages named after it.
debootstrap_tree () {
  local root=$1
  shift
  local IFS=,
  mmdebstrap --variant=essential --include="$*" \
    --dpkgopt='path-exclude=/usr/share/man/*' \
    --dpkgopt='path-exclude=/usr/share/info/*' \
    --dpkgopt='path-exclude=/usr/share/doc/*' \
    --dpkgopt='path-include=/usr/share/doc/*/copyright' \
    "$SUITE" "$root" "$MIRROR"
}

# Turns the Debian tree $2 into runtime $1 in the ostree repo $3, as FLATPAK-NOTES.md says.
export_runtime () {
  local id=$1 root=$2 repo=$3
  local dir=$root.runtime

  rm -rf "$dir"
  mkdir -p "$dir/files"
  mv "$root/usr" "$dir/usr"
  cp -a "$root/etc" "$dir/usr/etc"
  rm -rf "$root"

  # Trap 1: flatpak rebuilds ld.so.cache from /etc/ld.so.conf alone, never ld.so.conf.d.
  cat >"$dir/usr/etc/ld.so.conf" <<EOF
/app/lib
/app/lib/$MULTIARCH
/usr/local/lib
/usr/local/lib/$MULTIARCH
/usr/lib/$MULTIARCH
/usr/lib
EOF
  # Trap 2: with a real /usr/lib64, meson would install libraries to /app/lib64.
  rm -rf "$dir/usr/lib64"
  ln -s "lib/$MULTIARCH" "$dir/usr/lib64"
  # Trap 3: flatpak runs /usr/bin/ldconfig, which Debian keeps in /usr/sbin.
  ln -sf ../sbin/ldconfig "$dir/usr/bin/ldconfig"

  cat >"$dir/metadata" <<EOF
[Runtime]
name=$id
runtime=$PLATFORM_ID/$ARCH/$BRANCH
sdk=$SDK_ID/$ARCH/$BRANCH
EOF
  flatpak build-export --runtime --disable-sandbox --no-update-summary \
    --subject="$id from Debian $SUITE" "$repo" "$dir" "$BRANCH"
  rm -rf "$dir"
}

# The versions the stand-in runtime brings, for the log.
record_versions () {
  local root=$1 out=$2
  chroot "$root" dpkg-query -W -f '${Package} ${Version}\n' \
    libgtk-4-1 libadwaita-1-0 libsqlite3-0 libglib2.0-0t64 libjson-glib-1.0-0 >"$out"
}

build_runtime_repo () {
  local dest=$1
  local tmp=$dest.tmp
  rm -rf "$tmp"
  mkdir -p "$tmp"
  echo "building the stand-in Platform and Sdk from Debian $SUITE (logs in $LOGS)"
  debootstrap_tree "$tmp/platform" "${PLATFORM_PACKAGES[@]}" >"$LOGS/mmdebstrap-platform.log" 2>&1 &
  local platform_pid=$!
  debootstrap_tree "$tmp/sdk" "${SDK_PACKAGES[@]}" >"$LOGS/mmdebstrap-sdk.log" 2>&1 &
  local sdk_pid=$!
  wait "$platform_pid" || { tail -n 30 "$LOGS/mmdebstrap-platform.log" >&2; fail "mmdebstrap (Platform)"; }
  wait "$sdk_pid" || { tail -n 30 "$LOGS/mmdebstrap-sdk.log" >&2; fail "mmdebstrap (Sdk)"; }
  record_versions "$tmp/platform" "$tmp/versions.txt"

  # Uncompressed: the Sdk exports in seconds instead of most of a minute (archive-z2), and
  # installs from it as fast. The cache is larger (1.2 GB), and never leaves this machine.
  ostree --repo="$tmp/repo" init --mode=bare-user-only

  # Two exports into one repo at once would race for its lock: one after the other.
  logged "$LOGS/export-platform.log" export_runtime "$PLATFORM_ID" "$tmp/platform" "$tmp/repo" \
    || fail "exporting the Platform"
  logged "$LOGS/export-sdk.log" export_runtime "$SDK_ID" "$tmp/sdk" "$tmp/repo" \
    || fail "exporting the Sdk"
  flatpak build-update-repo "$tmp/repo" >/dev/null
  rm -rf "$dest"
  mv "$tmp" "$dest"
}

# The cache key: the suite, both package lists and the recipe (these functions' text).
runtime_key () {
  {
    echo "$SUITE $ARCH $BRANCH"
    echo "${PLATFORM_PACKAGES[*]}"
    echo "${SDK_PACKAGES[*]}"
    declare -f debootstrap_tree export_runtime build_runtime_repo
  } | sha256sum | cut -c1-16
}

ensure_runtime_repo () {
  RUNTIME_DIR=$CACHE/runtime-$(runtime_key)
  if [ -f "$RUNTIME_DIR/repo/config" ] \
     && [ -z "$(find "$RUNTIME_DIR/versions.txt" -mtime +"$CACHE_DAYS" 2>/dev/null)" ]; then
    ok "the stand-in runtime is cached in $RUNTIME_DIR"
  else
    build_runtime_repo "$RUNTIME_DIR"
    ok "the stand-in runtime is built and cached in $RUNTIME_DIR"
    # Older keys are older recipes: drop them.
    find "$CACHE" -maxdepth 1 -name 'runtime-*' ! -path "$RUNTIME_DIR" -exec rm -rf {} +
  fi
  sed 's/^/  /' "$RUNTIME_DIR/versions.txt"
}

# --- Flatpak installations --------------------------------------------------------------

# Every flatpak command here works on a scratch installation in a scratch home.
use_installation () {
  export FLATPAK_USER_DIR=$1
  mkdir -p "$FLATPAK_USER_DIR"
}

fp () {
  flatpak --user "$@"
}

# In the sandbox the home folder has the same path, so these are the app's folders there too.
app_data_dir () {
  echo "$HOME/.var/app/$APP_ID/data"
}

# --- The source tree --------------------------------------------------------------------

# The tree as a commit would hold it (tracked and new files, as they are now), without build
# folders: the CI manifest builds ".." from this copy.
stage_source () {
  local dest=$1
  mkdir -p "$dest"
  if git -C "$SOURCE_ROOT" rev-parse --is-inside-work-tree >/dev/null 2>&1; then
    (cd "$SOURCE_ROOT" \
       && git ls-files -z --cached --others --exclude-standard \
       | while IFS= read -r -d '' f; do
           case $f in .flatpak-builder/* | */.flatpak-builder/*) continue ;; esac
           if [ -e "$f" ] || [ -L "$f" ]; then printf '%s\0' "$f"; fi
         done \
       | tar -cf - --null --no-recursion -T - ) | tar -xf - -C "$dest"
  else
    tar -C "$SOURCE_ROOT" --exclude='./_build*' --exclude='./build*' \
      --exclude='.flatpak-builder' --exclude='./.git' -cf - . | tar -xf - -C "$dest"
  fi
}

# --- The checks -------------------------------------------------------------------------

check_versions () {
  local out
  out=$(fp run --command=hearth-cli "$APP_ID" --version) || fail "hearth-cli --version"
  echo "$out" | sed 's/^/  /'
  [[ "$out" == "hearth-cli "* ]] || fail "hearth-cli --version printed: $out"

  out=$(fp run "$APP_ID" --version) || fail "hearth --version"
  echo "$out" | sed 's/^/  /'
  for want in "hearth " "GTK 4." "libadwaita 1." "SQLite 3."; do
    grep -q "^$want" <<<"$out" || fail "hearth --version has no line starting \"$want\""
  done
}

# SQLite's file header says WAL mode with 2 at offsets 18 and 19.
is_wal () {
  [ "$(od -An -tu1 -j18 -N2 "$1" | tr -s ' ')" = " 2 2" ]
}

# A scheme written, checked and backed up in folder $1 (a path inside and outside alike).
check_scheme_in () {
  local dir=$1 name=$2
  local scheme=$dir/$name.hearth
  mkdir -p "$dir"
  logged "$LOGS/demo.log" fp run --command=hearth-cli "$APP_ID" demo "$scheme" \
    || fail "hearth-cli demo $scheme in the sandbox"
  [ -s "$scheme" ] || fail "hearth-cli demo wrote nothing at $scheme"
  is_wal "$scheme" || fail "$scheme is not in WAL mode"
  ok "hearth-cli demo wrote $scheme (SQLite, WAL mode)"
  logged "$LOGS/check.log" fp run --command=hearth-cli "$APP_ID" check "$scheme" \
    || fail "hearth-cli check $scheme in the sandbox"
  ok "hearth-cli check read it: $(tail -n 1 "$LOGS/check.log")"
  logged "$LOGS/backup.log" fp run --command=hearth-cli "$APP_ID" backup "$scheme" \
    || fail "hearth-cli backup $scheme in the sandbox"
  local backup
  backup=$(find "$dir/$name backups" -type f -name '*.hearth' 2>/dev/null | head -n 1)
  [ -n "$backup" ] || fail "no backup in \"$dir/$name backups\""
  logged "$LOGS/check-backup.log" fp run --command=hearth-cli "$APP_ID" check "$backup" \
    || fail "hearth-cli check $backup in the sandbox"
  ok "hearth-cli backup made ${backup#"$dir/"}, and it checks"
}

check_schemes () {
  check_scheme_in "$(app_data_dir)/hearth" Demo
  # The one folder the manifest grants (see its comments); flatpak made it when asked.
  [ -d "$HOME/Documents/Hearth" ] || fail "the sandbox did not make Documents/Hearth"
  check_scheme_in "$HOME/Documents/Hearth" Training
}

# No network, and no home folder beyond the app's own folder and Documents/Hearth.
check_limits () {
  fp info --show-permissions "$APP_ID" | sed 's/^/  /'
  local interfaces
  interfaces=$(fp run --command=cat "$APP_ID" /proc/net/dev | awk -F: 'NR > 2 { gsub(/ /, "", $1); print $1 }')
  [ "$interfaces" = lo ] || fail "the sandbox has network interfaces: $interfaces"
  ok "the sandbox has no network (only lo)"

  echo private >"$HOME/private.txt"
  mkdir -p "$HOME/Documents/Other"
  local seen
  seen=$(fp run --command=sh "$APP_ID" -c \
    'for f in "$HOME"/* "$HOME"/.[!.]* "$HOME"/Documents/*; do if [ -e "$f" ]; then echo "${f#"$HOME"/}"; fi; done')
  [ "$(echo "$seen" | LC_ALL=C sort | tr '\n' ' ')" = ".var Documents Documents/Hearth " ] \
    || fail "the sandbox sees more of the home folder than it should: $(echo "$seen" | tr '\n' ' ')"
  ok "the sandbox sees only .var and Documents/Hearth in the home folder"
}

check_window () {
  # The session's own chatter (the bus, the accessibility registry) stays in the log.
  local status=0
  xvfb-run -a -s '-screen 0 1280x800x24' \
    dbus-run-session -- bash "$HERE/check-window.sh" "$APP_ID" "$APP_PATH" "$LOGS/window.log" \
    >"$LOGS/window-session.log" 2>&1 || status=$?
  grep -E '^(ok|FAIL):' "$LOGS/window-session.log" || true
  if [ "$status" != 0 ]; then
    sed 's/^/  /' "$LOGS/window.log" >&2
    fail "the window under Xvfb (logs: window.log, window-session.log)"
  fi
}

# A scheme file handed to the sandbox through the document portal, as the file chooser portal
# would (read, write, delete granted). Informational: the manifest's comments say why Hearth
# does not rely on this path; this shows what the host's portal does with it today.
check_portal () {
  local outside=$WORK/outside portal_version
  portal_version=$(dpkg-query -W -f '${Version}' xdg-desktop-portal)
  mkdir -p "$outside"
  cp "$(app_data_dir)/hearth/Demo.hearth" "$outside/Portal.hearth"
  local status=0
  XDP_OUTSIDE=$outside XDP_APP_ID=$APP_ID dbus-run-session -- bash "$HERE/check-portal.sh" \
    >"$LOGS/portal.log" 2>&1 || status=$?
  grep -E '^(portal|  )' "$LOGS/portal.log" || true
  [ "$status" = 0 ] || { tail -n 20 "$LOGS/portal.log"; fail "the document portal probe itself failed"; }
  echo "note: these are the findings with xdg-desktop-portal $portal_version (see the manifest's comments)"
}

check_bundle () {
  local bundle=$WORK/hearth.flatpak
  logged "$LOGS/bundle.log" flatpak build-bundle "$WORK/app-repo" "$bundle" "$APP_ID" \
    || fail "flatpak build-bundle"
  ok "bundle $(du -h "$bundle" | cut -f1)"

  use_installation "$WORK/fresh"
  [ -z "$(fp list --columns=application)" ] || fail "the fresh installation is not empty"
  logged "$LOGS/fresh.log" fp remote-add --no-gpg-verify stand-in "file://$RUNTIME_DIR/repo"
  logged "$LOGS/fresh.log" fp install -y --noninteractive stand-in "$PLATFORM_ID//$BRANCH" \
    || fail "installing the Platform into the fresh installation"
  logged "$LOGS/fresh.log" fp install -y --noninteractive --bundle "$bundle" \
    || fail "installing the bundle into the fresh installation"
  fp list --columns=application,branch,origin | sed 's/^/  /'
  local out
  out=$(fp run --command=hearth-cli "$APP_ID" --version) || fail "hearth-cli from the bundle"
  ok "from the bundle: $out"
}

# --- Main -------------------------------------------------------------------------------

RUN_START=$(now_ms)
phase "prerequisites"
check_user
mkdir -p "$CACHE"
# One run at a time: the runtime cache is shared.
exec 9>"$CACHE/lock"
flock 9
LOGS=$CACHE/logs
rm -rf "$LOGS"
mkdir -p "$LOGS"
check_machine

WORK=$(mktemp -d /var/tmp/hearth-flatpak.XXXXXX)
cleanup () {
  if [ "${HEARTH_FLATPAK_KEEP:-}" = 1 ]; then
    echo "kept $WORK"
  else
    rm -rf "$WORK"
  fi
}
trap cleanup EXIT
export HOME=$WORK/home # flatpak cannot allocate an instance id without a home folder
export XDG_RUNTIME_DIR=$WORK/run
mkdir -p "$HOME" "$XDG_RUNTIME_DIR"
chmod 700 "$XDG_RUNTIME_DIR"
unset XDG_DATA_HOME XDG_CONFIG_HOME XDG_CACHE_HOME
mkdir -p "$HOME/.config"
# shellcheck disable=SC2016 # user-dirs.dirs spells it so
echo 'XDG_DOCUMENTS_DIR="$HOME/Documents"' >"$HOME/.config/user-dirs.dirs"
echo "scratch folder $WORK; logs in $LOGS"

phase "stand-in runtime"
ensure_runtime_repo

phase "install the runtime and SDK"
use_installation "$WORK/installation"
logged "$LOGS/install.log" fp remote-add --no-gpg-verify stand-in "file://$RUNTIME_DIR/repo"
logged "$LOGS/install.log" fp install -y --noninteractive stand-in \
  "$PLATFORM_ID//$BRANCH" "$SDK_ID//$BRANCH" || fail "installing the stand-in runtime"

phase "flatpak-builder (with unit, cli, data)"
stage_source "$WORK/src"
MANIFEST=$WORK/src/flatpak/$APP_ID.ci.json
python3 "$WORK/src/flatpak/ci-manifest.py" --check
logged "$LOGS/flatpak-builder.log" flatpak-builder --user --install --force-clean \
  --disable-rofiles-fuse --disable-cache --state-dir="$WORK/state" --repo="$WORK/app-repo" \
  "$WORK/build" "$MANIFEST" || fail "flatpak-builder"
sed -n '/^Ok:/,/^Timeout:/p' "$LOGS/flatpak-builder.log" | sed 's/^/  /'
grep -q '^Ok: *[1-9]' "$LOGS/flatpak-builder.log" || fail "no test ran in the build sandbox"
ok "built, tested in the build sandbox and installed"

phase "versions in the sandbox"
check_versions

phase "a scheme file in the sandbox"
check_schemes

phase "the sandbox's limits"
check_limits

phase "the document portal (informational)"
check_portal

phase "the window under Xvfb"
check_window

phase "single-file bundle, fresh installation"
check_bundle

end_phase
print_timings
echo "the flatpak suite passed"
