#!/bin/sh
# Measures the date resolver's throughput on one core: builds `timeline` in release, makes a ~50 MB news text
# (the TBAQ article bodies repeated) in scripts/.work/, and times `timeline resolve --format count --input FILE`.
# Reports MB/s and peak memory (from /usr/bin/time -v when present, else /proc).
#
# Usage: scripts/bench-resolve.sh [SIZE_MB]      (default 50)
set -eu
cd "$(dirname "$0")/.."
SIZE_MB=${1:-50}
DATA=${TBAQ_DIR:-../shared/data/tbaq-cleaned}
SCRATCH=${SCRATCH_PATH:-.build-resolve}
WORK=scripts/.work/bench
mkdir -p "$WORK"
TEXT="$WORK/news-${SIZE_MB}mb.txt"
if [ ! -f "$TEXT" ]; then
    python3 - "$DATA" "$TEXT" "$SIZE_MB" <<'PY'
import os, re, sys
data, out, size = sys.argv[1], sys.argv[2], int(sys.argv[3]) * 1000 * 1000
bodies = []
for sub in ("TimeBank", "AQUAINT"):
    for name in sorted(os.listdir(os.path.join(data, sub))):
        doc = open(os.path.join(data, sub, name), encoding="utf-8", errors="replace").read()
        m = re.search(r"<TEXT>(.*?)</TEXT>", doc, re.S)
        if m:
            bodies.append(re.sub(r"<[^>]+>", "", m.group(1)).strip() + "\n\n")
corpus = "".join(bodies).encode("utf-8")
with open(out, "wb") as f:
    written = 0
    while written < size:
        chunk = corpus[: size - written]
        f.write(chunk)
        written += len(chunk)
PY
fi
swift build -c release --scratch-path "$SCRATCH" --product timeline >/dev/null
BIN="$SCRATCH/release/timeline"
BYTES=$(wc -c < "$TEXT")
echo "input: $TEXT ($BYTES bytes)"
START=$(date +%s.%N)
if [ -x /usr/bin/time ]; then
    /usr/bin/time -v "$BIN" resolve --anchor 1998-03-01 --format count --input "$TEXT" > "$WORK/count.txt" 2> "$WORK/time.txt"
    PEAK_KB=$(grep "Maximum resident set size" "$WORK/time.txt" | awk '{print $NF}')
    USER_S=$(grep "User time" "$WORK/time.txt" | awk '{print $NF}')
    SYS_S=$(grep "System time" "$WORK/time.txt" | awk '{print $NF}')
else
    "$BIN" resolve --anchor 1998-03-01 --format count --input "$TEXT" > "$WORK/count.txt" &
    PID=$!
    PEAK_KB=0
    USER_S=""
    SYS_S=""
    while kill -0 "$PID" 2>/dev/null; do
        KB=$(awk '/VmHWM/ {print $2}' "/proc/$PID/status" 2>/dev/null || echo 0)
        [ -n "$KB" ] && [ "$KB" -gt "$PEAK_KB" ] && PEAK_KB=$KB
        sleep 0.05
    done
    wait "$PID"
fi
END=$(date +%s.%N)
python3 - "$BYTES" "$START" "$END" "$PEAK_KB" "$(cat "$WORK/count.txt")" "$USER_S" "$SYS_S" <<'PY'
import sys
size, start, end, peak, count = int(sys.argv[1]), float(sys.argv[2]), float(sys.argv[3]), int(sys.argv[4] or 0), sys.argv[5]
wall = end - start
print(f"expressions: {count}")
print(f"wall time: {wall:.2f} s   throughput: {size / 1e6 / wall:.1f} MB/s (wall clock, shared machine)")
if sys.argv[6]:
    cpu = float(sys.argv[6]) + float(sys.argv[7] or 0)
    print(f"cpu time:  {cpu:.2f} s   throughput: {size / 1e6 / cpu:.1f} MB/s (one core, user+sys; includes reading the file)")
print(f"peak memory: {peak / 1024:.0f} MB")
PY
