#!/usr/bin/env bash
# Entity recognition and quote extraction throughput (MB of article text per second, one thread) on up to 8 MB of
# each corpus in ../shared/corpus, in a release build. Issue 17 asks for entity recognition alone >= 4 MB/s per core.
# Usage: Benchmarks/entity_bench.sh   (QUOTEBASE_CORPUS_DIR names another corpus folder)
set -euo pipefail
cd "$(dirname "$0")/.."
QUOTEBASE_BENCH=1 swift test -c release -Xswiftc -enable-testing --filter QuoteBenchmarkTests 2>&1 \
    | grep -E "BENCH|error|failed|passed \("
