#!/usr/bin/env bash
# Fails when a committed example timeline (timelines/*/timeline.md, timeline.json) is not what
# the tool now produces: regenerates into a temporary folder and diffs.
#
# usage: scripts/check-timelines.sh      (SCRATCH_PATH as for regenerate-timelines.sh)
set -euo pipefail
cd "$(dirname "$0")/.."
tmp="$(mktemp -d)"
trap 'rm -rf "$tmp"' EXIT

scripts/regenerate-timelines.sh "$tmp" 2>"$tmp/.log" || { cat "$tmp/.log" >&2; exit 1; }

status=0
for folder in timelines/*/; do
  name="$(basename "$folder")"
  for file in timeline.md timeline.json; do
    if [ ! -f "$folder$file" ]; then
      echo "check-timelines: $folder$file is missing; run scripts/regenerate-timelines.sh" >&2
      status=1
    elif ! diff -u "$folder$file" "$tmp/$name/$file" >&2; then
      echo "check-timelines: $folder$file is stale; run scripts/regenerate-timelines.sh and review the diff" >&2
      status=1
    fi
  done
done
[ "$status" -eq 0 ] && echo "check-timelines: example timelines are up to date"
exit "$status"
