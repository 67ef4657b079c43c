#!/usr/bin/env bash
# Scores `timeline build` on the SemEval-2015 Task 4 trial data (30 Wikinews articles about Apple,
# six gold timelines): anchored recall and anchoring precision (see scripts/evaluate-timeline.py).
#
# usage: scripts/evaluate-timeline.sh [--details] [--release]
#   DATA=path  the trial data folder (default ../shared/data/semeval2015-timeline-trial)
#   SCRATCH_PATH=.build-x  build in another scratch folder
set -euo pipefail
cd "$(dirname "$0")/.."
data="${DATA:-../shared/data/semeval2015-timeline-trial}"
details=()
configuration=debug
for arg in "$@"; do
  case "$arg" in
    --details) details=(--details) ;;
    --release) configuration=release ;;
    *) echo "usage: scripts/evaluate-timeline.sh [--details] [--release]" >&2; exit 64 ;;
  esac
done

scratch=(${SCRATCH_PATH:+--scratch-path "$SCRATCH_PATH"})
swift build "${scratch[@]}" -c "$configuration" --product timeline >&2
tool="$(swift build "${scratch[@]}" -c "$configuration" --show-bin-path)/timeline"

tmp="$(mktemp -d)"
trap 'rm -rf "$tmp"' EXIT
"$tool" build --format json --output "$tmp/timeline.json" "$data/documents"
python3 scripts/evaluate-timeline.py "$tmp/timeline.json" "$data/documents" "$data/gold-timelines" "${details[@]}"
