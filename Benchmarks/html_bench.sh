#!/usr/bin/env bash
# Measures HTML article extraction throughput (MB of HTML per second, one thread) on Fixtures/html in a release build.
# Issue 9 asks for at least 10 MB/s. Usage: Benchmarks/html_bench.sh
set -euo pipefail
cd "$(dirname "$0")/.."
QUOTEBASE_HTML_BENCH=1 swift test -c release -Xswiftc -enable-testing --filter HTMLBenchmarkTests 2>&1 \
    | grep -E "HTML extraction:|error|failed|passed \(" 
