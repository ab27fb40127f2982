#!/usr/bin/env bash
# Time from process start to GenStudio's first window being mapped on an X display, over N runs.
# Usage: DISPLAY=:99 packaging/startup/time-to-window.sh <launcher> [runs]   (e.g. under Xvfb :99)
# Each run starts from an existing data directory (created by a warm-up run), so the figures are the
# everyday start, not the first-ever one that creates the database.
set -euo pipefail
launcher=$1
runs=${2:-5}
export GENSTUDIO_HOME=${GENSTUDIO_HOME:-$(mktemp -d)}

# The studio's stage (WM_CLASS com.genstudio.ui.StudioApp), not GTK's unmapped leader window of the same name.
window_viewable() {
  local id
  id=$(xwininfo -root -tree 2>/dev/null | awk '/"com.genstudio.ui.StudioApp"/ {print $1; exit}')
  [ -n "$id" ] && xwininfo -id "$id" 2>/dev/null | grep -q IsViewable
}

first_window_ms() {
  local start now pid
  start=$(date +%s%N)
  "$launcher" >/dev/null 2>&1 &
  pid=$!
  until window_viewable; do
    sleep 0.01
    kill -0 "$pid" 2>/dev/null || { echo "GenStudio exited before showing a window" >&2; return 1; }
  done
  now=$(date +%s%N)
  kill -TERM "$pid"
  wait "$pid" || true
  echo $(( (now - start) / 1000000 ))
}

first_window_ms >/dev/null  # warm-up: creates the database, fills the OS file cache
for _ in $(seq "$runs"); do first_window_ms; done
