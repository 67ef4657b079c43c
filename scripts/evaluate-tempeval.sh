#!/bin/sh
# Tags the TBAQ-cleaned TimeML corpus (TimeBank + AQUAINT) with `timeline tag` and scores it against the
# gold annotations with the TempEval-3 style scorer: strict, relaxed and value F1 per subset and overall.
#
# Usage: scripts/evaluate-tempeval.sh [--details] [--debug]
#   --details  also list every missed, extra, wrongly spanned and wrongly valued expression
#              (scripts/evaluate-tempeval-details.py; written to scripts/.work/tempeval/details.tsv)
#   --debug    use a debug build (faster to build, slower to run)
set -eu
cd "$(dirname "$0")/.."
DATA=${TBAQ_DIR:-../shared/data/tbaq-cleaned}
SCORER=${TIMEX_SCORER:-../shared/tools/timex_score.py}
SCRATCH=${SCRATCH_PATH:-.build-resolve}
CONFIG=release
DETAILS=""
for arg in "$@"; do
    case "$arg" in
        --details) DETAILS=--details ;;
        --debug) CONFIG=debug ;;
        *) echo "usage: $0 [--details] [--debug]" >&2; exit 64 ;;
    esac
done
swift build -c "$CONFIG" --scratch-path "$SCRATCH" --product timeline >/dev/null
BIN="$SCRATCH/$CONFIG/timeline"
WORK=scripts/.work/tempeval
rm -rf "$WORK"
mkdir -p "$WORK/gold" "$WORK/system"
for subset in TimeBank AQUAINT; do
    "$BIN" tag --output-dir "$WORK/system/$subset" "$DATA/$subset"/*.tml 2>/dev/null
    mkdir -p "$WORK/gold/all"
    cp "$DATA/$subset"/*.tml "$WORK/gold/all/"
    mkdir -p "$WORK/system/all"
    cp "$WORK/system/$subset"/*.tml "$WORK/system/all/"
    echo "== $subset"
    python3 "$SCORER" "$DATA/$subset" "$WORK/system/$subset" | grep -E "^(files|strict|relaxed|value)"
done
echo "== overall (TimeBank + AQUAINT)"
python3 "$SCORER" "$WORK/gold/all" "$WORK/system/all"
if [ -n "$DETAILS" ]; then
    TIMEX_SCORER="$SCORER" python3 scripts/evaluate-tempeval-details.py "$WORK/gold/all" "$WORK/system/all" > "$WORK/details.tsv"
    cut -f1 "$WORK/details.tsv" | sort | uniq -c
    echo "details: $WORK/details.tsv"
fi
