#!/usr/bin/env bash
# Rebuilds the example timelines: for each folder under timelines/, runs `timeline build` on its
# articles and writes timeline.md and timeline.json beside them (or under OUT_DIR/<folder>/).
#
# usage: scripts/regenerate-timelines.sh [OUT_DIR]
#   SCRATCH_PATH=.build-x  build in another scratch folder (default .build)
#
# The tool skips its own rendered timeline.md when it reads the folder; the title is the story its
# sources.json names.
set -euo pipefail
cd "$(dirname "$0")/.."
out_dir="${1:-}"

scratch=(${SCRATCH_PATH:+--scratch-path "$SCRATCH_PATH"})
swift build "${scratch[@]}" --product timeline >&2
tool="$(swift build "${scratch[@]}" --show-bin-path)/timeline"

for folder in timelines/*/; do
  folder="${folder%/}"
  name="$(basename "$folder")"
  target="$folder"
  if [ -n "$out_dir" ]; then target="$out_dir/$name"; mkdir -p "$target"; fi

  "$tool" build --output "$target/timeline.md" "$folder"
  "$tool" build --format json --output "$target/timeline.json" "$folder"
  echo "wrote $target/timeline.md and $target/timeline.json" >&2
done
