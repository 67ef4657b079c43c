#!/usr/bin/env bash
# Rebuilds the example timelines: for each folder under timelines/, runs `timeline build` on its
# articles and writes timeline.md and timeline.json beside them (or under OUT_DIR/<folder>/).
#
# usage: scripts/regenerate-timelines.sh [OUT_DIR]
#   SCRATCH_PATH=.build-x  build in another scratch folder (default .build)
#
# A folder's articles are the files its sources.json lists, or else every file but the outputs.
# The title is the manifest's "story" when there is one.
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

  inputs=()
  title_args=()
  if [ -f "$folder/sources.json" ]; then
    inputs=("$folder/sources.json")
    title="$(python3 -c 'import json,sys; print(json.load(open(sys.argv[1])).get("story") or "")' "$folder/sources.json")"
    if [ -n "$title" ]; then title_args=(--title "$title"); fi
  else
    while IFS= read -r -d '' file; do inputs+=("$file"); done < <(
      find "$folder" -maxdepth 1 -type f ! -name 'timeline.md' ! -name 'timeline.json' ! -name '.*' -print0 | sort -z)
  fi

  "$tool" build "${title_args[@]}" --output "$target/timeline.md" "${inputs[@]}"
  "$tool" build "${title_args[@]}" --format json --output "$target/timeline.json" "${inputs[@]}"
  echo "wrote $target/timeline.md and $target/timeline.json" >&2
done
