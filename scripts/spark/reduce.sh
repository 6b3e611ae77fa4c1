#!/usr/bin/env bash
# The reduce of scripts/spark/extract.py: its part files, in part order, into one knowledge base.
#
#   scripts/spark/reduce.sh OUTPUT_DIR KB.sqlite
#       `quotebase load` of OUTPUT_DIR/part-* in name order: equals one ingest of extract.py's input.
#   scripts/spark/reduce.sh --merge SHARD_DIR OUTPUT_DIR KB.sqlite
#       one database per part file, loaded in parallel into SHARD_DIR (created; must not exist), then
#       `quotebase merge KB.sqlite SHARD_DIR/part-*.sqlite` in part order. See docs/SCALING.md for how close that is.
#
# OUTPUT_DIR is a local folder (for HDFS or S3 output see docs/SCALING.md: stream the parts in order into
# `quotebase load -`). It must hold _SUCCESS: a job that failed commits nothing, and a folder without it is refused.
# QUOTEBASE names the binary (default: quotebase on PATH); JOBS the parallel loads for --merge (default: nproc).
# Exit status: that of the failing quotebase step (1: some lines were reported, the rest stored), 64 bad arguments.
set -euo pipefail
quotebase=${QUOTEBASE:-quotebase}
usage() { echo "usage: scripts/spark/reduce.sh [--merge SHARD_DIR] OUTPUT_DIR KB.sqlite" >&2; exit 64; }

shards=
if [ "${1:-}" = --merge ]; then
  [ $# = 4 ] || usage
  shards=$2
  shift 2
fi
[ $# = 2 ] || usage
output=$1 kb=$2
[ -d "$output" ] || { echo "reduce: $output: no such folder" >&2; exit 64; }
[ -f "$output/_SUCCESS" ] || { echo "reduce: $output has no _SUCCESS: the Spark job did not finish; run it again" >&2; exit 64; }

parts=()
while IFS= read -r part; do parts+=("$part"); done < <(find "$output" -maxdepth 1 -name 'part-*' ! -name '*.crc' | LC_ALL=C sort)
[ ${#parts[@]} -gt 0 ] || { echo "reduce: $output has no part files" >&2; exit 64; }

if [ -z "$shards" ]; then
  exec "$quotebase" load --db "$kb" "${parts[@]}"
fi

[ ! -e "$shards" ] || { echo "reduce: $shards already exists; name a new folder for the shard databases" >&2; exit 64; }
mkdir -p "$shards"
status=0
printf '%s\n' "${parts[@]}" | xargs -P "${JOBS:-$(nproc)}" -I{} sh -c \
  'part=$1; exec "$2" load -q --db "$3/$(basename "$part" .gz).sqlite" "$part"' sh {} "$quotebase" "$shards" || status=$?
# xargs exits 123 when a load exited 1 (a reported line); anything else stops here.
[ "$status" = 0 ] || [ "$status" = 123 ] || exit "$status"
dbs=()
for part in "${parts[@]}"; do dbs+=("$shards/$(basename "$part" .gz).sqlite"); done
"$quotebase" merge "$kb" "${dbs[@]}"
[ "$status" = 0 ] || exit 1
