#!/usr/bin/env bash
# Fuzz NewsAnalyzer and ArticleReader for MINUTES (default 10) with the seeded property test of
# Tests/QuotebaseCoreTests/FuzzAnalyzerTests.swift, each run from a fresh seed. Prints cases run and any failing
# case with the seed that reproduces it: QUOTEBASE_FUZZ_SEED=N QUOTEBASE_FUZZ_SECONDS=5 swift test --filter Fuzz
#
# Usage: scripts/fuzz.sh [MINUTES] [RUNS_IN_PARALLEL]
set -euo pipefail
cd "$(dirname "$0")/.."
minutes=${1:-10}
jobs=${2:-1}
scratch=.build/fuzz   # its own build folder, so fuzzing does not block `swift build` in the worktree
swift build --scratch-path "$scratch" --build-tests >/dev/null
log=$(mktemp -d)
for j in $(seq 1 "$jobs"); do
  seed=${QUOTEBASE_FUZZ_SEED:-$(( (RANDOM << 15 | RANDOM) + j ))}
  QUOTEBASE_FUZZ_SEED=$seed QUOTEBASE_FUZZ_SECONDS=$(( minutes * 60 )) \
    swift test --scratch-path "$scratch" --skip-build --filter FuzzAnalyzerTests > "$log/$j.log" 2>&1 &
done
status=0
wait || status=$?
cases=0
for j in $(seq 1 "$jobs"); do
  grep -E '^fuzz:' "$log/$j.log" || true
  n=$(grep -oE '^fuzz: [0-9]+ cases' "$log/$j.log" | grep -oE '[0-9]+' || echo 0)
  cases=$((cases + n))
  if grep -qE 'error:|failing case' "$log/$j.log"; then status=1; grep -E 'error:|failing case' "$log/$j.log" | head -20; fi
done
echo "fuzz: $cases cases in $minutes minutes x $jobs run(s), $([ $status = 0 ] && echo 'no findings' || echo 'FINDINGS above')"
rm -rf "$log"
exit $status
