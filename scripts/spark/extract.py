#!/usr/bin/env python3
"""Quotebase's map step on Apache Spark: JSONL articles in, `quotebase extract --full` lines out, as part files.

    spark-submit scripts/spark/extract.py INPUT OUTPUT_DIR [--partitions N] [--quotebase PATH]
    python scripts/spark/extract.py INPUT OUTPUT_DIR ...        (pyspark installed; local mode, all cores)

INPUT is a file, a folder (its .jsonl, .jsonl.gz, .ndjson files, recursively) or a glob, on any Hadoop file system
(a local path, file:, hdfs:, s3a:, ...). The `quotebase` binary and its resource bundle (the folder
`Quotebase_QuotebaseCore.resources` beside it) are shipped to the executors with SparkContext.addFile; every
partition is piped through one `quotebase extract --full -` process.

The part files come out in input order (part-00000 holds the first lines of the first file), so
`quotebase load --db kb.sqlite OUTPUT_DIR/part-*` stores exactly what one `quotebase ingest` of the same files, in
the same order, stores (see docs/SCALING.md and scripts/spark/reduce.sh). Each article keeps the source ingest
gives it: `path:line` of the input file (never `-:line` of the pipe), its URL kept apart.

A bad input line is reported as `quotebase: path:line: reason`, as ingest reports it, and the rest of its partition
is kept. Anything else that stops a partition's `quotebase` process (a crash, a kill, missing resources) fails the
task; Spark retries it, and if it fails every time the job fails and no part file is committed.

Exit codes: 0 every line extracted; 1 some input lines reported (everything else written); 2 the Spark job failed
(nothing committed); 64 bad arguments, the binary or its resources missing (on the driver or on an executor), or
OUTPUT_DIR already existing.
"""

import argparse
import itertools
import json
import os
import re
import subprocess
import sys
import threading
import time

BUNDLE_NAME = "Quotebase_QuotebaseCore.resources"
# The field JSONArticleDecoder takes as the article's source (where the input was) before the name of the input:
# through a pipe `extract -` would name each line `-:line`, ingest names it `path:line`.
SOURCE_FIELD = "quotebase_source"
INPUT_SUFFIXES = (".jsonl", ".jsonl.gz", ".ndjson", ".ndjson.gz")
# TextDecoding.maxArticleBytes: a line near it is passed on untouched, so adding its source cannot push it over.
MAX_ARTICLE_BYTES = 64 << 20
LINE_REPORT = re.compile(r"^quotebase: -:(\d+): (.*)$")

EXIT_REPORTED, EXIT_JOB_FAILED, EXIT_USAGE = 1, 2, 64


class UsageError(Exception):
    """A problem with the arguments or the binary, found before any work starts."""


# ---------------------------------------------------------------------------------------------------------------
# Executor side: one `quotebase extract --full -` process per partition.

def bundle_beside(executable):
    """The resource bundle the binary loads: Bundle.main, the folder of the executable itself (symlinks resolved)."""
    return os.path.join(os.path.dirname(os.path.realpath(executable)), BUNDLE_NAME)


def executor_binary(shipped_name, installed_path):
    """The binary on this executor, checked, or a RuntimeError that says what is missing and how to ship it."""
    if installed_path:
        executable, how = installed_path, "--executor-quotebase"
    else:
        from pyspark import SparkFiles
        executable, how = SparkFiles.get(shipped_name), "SparkContext.addFile (--quotebase)"
    if not os.path.isfile(executable):
        raise RuntimeError(f"quotebase binary missing on this executor: {executable} (expected from {how})")
    if not os.access(executable, os.X_OK):
        raise RuntimeError(f"quotebase binary on this executor is not executable: {executable}")
    bundle = bundle_beside(executable)
    if not os.path.isdir(os.path.join(bundle, "Resources")):
        raise RuntimeError(f"quotebase resources missing on this executor: {bundle} must sit beside the binary "
                           f"(ship the folder {BUNDLE_NAME} with it)")
    return executable


def line_with_source(raw, source):
    """The input line to feed `extract -`, with SOURCE_FIELD set to path:line, the source ingest gives it.

    Lines that Python does not read exactly as Quotebase does (not UTF-8, NUL bytes, duplicate keys, not an object)
    go through untouched, so `extract` gives them the same verdict as ingest."""
    if len(raw) > MAX_ARTICLE_BYTES - 4096 or b"\0" in raw:
        return raw
    try:
        text = raw.decode("utf-8")
        duplicate = []

        def pairs(items):
            keys = [k for k, _ in items]
            if len(set(keys)) != len(keys):
                duplicate.append(True)
            return dict(items)

        record = json.loads(text, object_pairs_hook=pairs)
    except ValueError:
        return raw
    if duplicate or not isinstance(record, dict):
        return raw
    record[SOURCE_FIELD] = source
    try:
        return json.dumps(record, ensure_ascii=False, separators=(",", ":")).encode("utf-8")
    except UnicodeEncodeError:  # a lone surrogate escape: keep the original escaping
        return raw


def extract_partition(index, records, executable, names, stats):
    """Pipes one partition's (key, (file, line, bytes)) records through quotebase; yields the output lines.

    Raises when the process ends in any way other than 0, or 1 with only per-line reports, or when a line neither
    came out nor was reported: the task then fails and Spark retries it."""
    fed = []  # (file index, line number) of each line written to the process, in order
    records = (record for record in records if record[1][2].strip(b" \t\r"))  # ingest skips blank lines
    first = next(records, None)
    if first is None:  # `extract -` calls empty input an error; an empty partition is just empty
        stats.add({index: (0, 0, [])})
        return
    process = subprocess.Popen([executable, "extract", "--full", "-"],
                               stdin=subprocess.PIPE, stdout=subprocess.PIPE, stderr=subprocess.PIPE)
    feed_error = []

    def feed():
        try:
            for _, (file_index, line_number, raw) in itertools.chain([first], records):
                fed.append((file_index, line_number))
                process.stdin.write(line_with_source(raw, f"{names[file_index]}:{line_number}") + b"\n")
            process.stdin.close()
        except BrokenPipeError:
            pass  # the process died; its exit status says why
        except BaseException as error:  # reading the partition failed: kill the process, report after
            feed_error.append(error)
            process.kill()

    reports, other_stderr = [], []

    def drain_stderr():
        for raw_line in process.stderr:
            line = raw_line.decode("utf-8", "replace").rstrip("\n")
            match = LINE_REPORT.match(line)
            if match:
                reports.append((int(match.group(1)), match.group(2)))
            elif len(other_stderr) < 40:
                other_stderr.append(line)

    feeder = threading.Thread(target=feed, daemon=True)
    drainer = threading.Thread(target=drain_stderr, daemon=True)
    feeder.start()
    drainer.start()
    written, finished = 0, False
    try:
        for out_line in process.stdout:
            written += 1
            yield out_line.rstrip(b"\n")
        finished = True
    finally:
        if not finished:  # the task was cancelled or failed downstream (Spark closed the generator)
            process.kill()
            process.wait()
    status = process.wait()
    feeder.join()
    drainer.join()
    if feed_error:
        raise feed_error[0]
    if status < 0:
        raise RuntimeError(f"partition {index}: quotebase extract was killed by signal {-status}")
    if status not in (0, 1) or other_stderr:
        raise RuntimeError(f"partition {index}: quotebase extract exited with status {status}: "
                           + " | ".join(other_stderr[-5:]))
    if written + len(reports) != len(fed):
        raise RuntimeError(f"partition {index}: {len(fed)} lines in, {written} out and {len(reports)} reported")
    located = []
    for number, reason in reports:
        file_index, line_number = fed[number - 1]
        located.append((file_index, line_number, reason))
    # One entry per partition: a retried task overwrites its own entry instead of counting twice.
    stats.add({index: (len(fed), written, located)})


# ---------------------------------------------------------------------------------------------------------------
# Driver side.

def parse_arguments(argv):
    parser = argparse.ArgumentParser(
        prog="extract.py", description="Run `quotebase extract --full` over JSONL articles on Apache Spark.")
    parser.add_argument("input", metavar="INPUT", help="file, folder or glob of .jsonl / .jsonl.gz articles")
    parser.add_argument("output", metavar="OUTPUT_DIR", help="where the part files go (must not exist)")
    parser.add_argument("--partitions", type=int, metavar="N",
                        help="partitions, one quotebase process each (default: the input's splits, at least "
                             "the default parallelism); lines are range-partitioned, so order is kept")
    parser.add_argument("--quotebase", metavar="PATH",
                        help="the binary to ship, with Quotebase_QuotebaseCore.resources beside it; a local path "
                             "or a Hadoop URI (default: quotebase on PATH)")
    parser.add_argument("--executor-quotebase", metavar="PATH",
                        help="use the binary already installed at PATH on every executor instead of shipping one "
                             "(a container image, or --archives)")
    parser.add_argument("--compress", action="store_true", help="write gzip'd part files (part-00000.gz)")
    parser.add_argument("--master", help="Spark master when not run by spark-submit (default local[*])")

    def fail(message):
        parser.print_usage(sys.stderr)
        print(f"extract.py: {message}", file=sys.stderr)
        sys.exit(EXIT_USAGE)

    parser.error = fail
    arguments = parser.parse_args(argv)
    if arguments.partitions is not None and arguments.partitions < 1:
        fail("--partitions must be at least 1")
    if arguments.quotebase and arguments.executor_quotebase:
        fail("give --quotebase (ship a binary) or --executor-quotebase (use an installed one), not both")
    return arguments


def hadoop_path(spark_context, location):
    jvm = spark_context._jvm
    path = jvm.org.apache.hadoop.fs.Path(location)
    return path, path.getFileSystem(spark_context._jsc.hadoopConfiguration())


def is_uri(location):
    return location is not None and ("://" in location or location.startswith("file:"))


def binary_to_ship(spark_context, given):
    """(binary location, bundle location) on the driver, both checked, or UsageError."""
    if given is None:
        import shutil
        given = shutil.which("quotebase")
        if given is None:
            raise UsageError("no quotebase on PATH; name the binary with --quotebase PATH")
    if not is_uri(given):
        if not os.path.isfile(given):
            raise UsageError(f"quotebase binary not found: {given}")
        if not os.access(given, os.X_OK):
            raise UsageError(f"quotebase binary is not executable: {given}")
        binary = os.path.realpath(given)
        bundle = bundle_beside(binary)
        if not os.path.isdir(os.path.join(bundle, "Resources")):
            raise UsageError(f"quotebase resources not found: {bundle} must sit beside the binary "
                             "(swift build puts it there; copy the folder along with the binary)")
        return binary, bundle
    path, fs = hadoop_path(spark_context, given)
    bundle = path.getParent().toString() + "/" + BUNDLE_NAME
    if not fs.isFile(path):
        raise UsageError(f"quotebase binary not found: {given}")
    if not fs.isDirectory(spark_context._jvm.org.apache.hadoop.fs.Path(bundle)):
        raise UsageError(f"quotebase resources not found: {bundle} must sit beside the binary")
    return given, bundle


def input_files(spark_context, location):
    """Every input file, sorted by path (the order ingest reads a folder or a sorted glob in)."""
    path, fs = hadoop_path(spark_context, location)
    statuses = fs.globStatus(path)
    if statuses is None or len(statuses) == 0:
        raise UsageError(f"no input matches {location}")
    files = []
    for status in statuses:
        if status.isDirectory():
            entries = fs.listFiles(status.getPath(), True)
            while entries.hasNext():
                entry = entries.next().getPath()
                name = entry.getName()
                if name.endswith(INPUT_SUFFIXES) and not name.startswith((".", "_")):
                    files.append(entry.toString())
        else:
            files.append(status.getPath().toString())
    if not files:
        raise UsageError(f"no .jsonl or .jsonl.gz files in {location}")
    return sorted(set(files))


def display_name(uri, given):
    """The path ingest would name the file by: local files as the user spelled them (relative stays relative)."""
    if uri.startswith("file:"):
        local = re.sub(r"^file:(//)?", "", uri)
        if not local.startswith("/"):
            local = "/" + local
        spelled = re.sub(r"^file:(//)?", "", given)
        return local if spelled.startswith("/") else os.path.relpath(local)
    return uri


def job_failure_cause(error):
    """The executor's own message from a failed job's Py4JJavaError (its first RuntimeError), else the first line."""
    lines = str(error).splitlines()
    for line in lines:
        match = re.search(r"RuntimeError: (.*)", line)
        if match:
            return match.group(1).strip()
    return lines[0].strip() if lines else type(error).__name__


class PartitionStats:
    """AccumulatorParam: partition index -> (lines in, lines out, [(file, line, reason)]); later entries win."""

    def zero(self, value):
        return {}

    def addInPlace(self, left, right):
        left.update(right)
        return left


def run(arguments):
    from pyspark import SparkConf
    from pyspark.accumulators import AccumulatorParam
    from pyspark.sql import SparkSession

    class StatsParam(PartitionStats, AccumulatorParam):
        pass

    # Local binaries are checked before Spark starts, so a wrong path costs no JVM start-up.
    local_binary = None
    if not arguments.executor_quotebase and not is_uri(arguments.quotebase):
        try:
            local_binary = binary_to_ship(None, arguments.quotebase)
        except UsageError as error:
            print(f"extract.py: {error}", file=sys.stderr)
            return EXIT_USAGE

    conf = SparkConf()
    builder = SparkSession.builder.appName("quotebase-extract")
    if arguments.master:
        builder = builder.master(arguments.master)
    elif not conf.contains("spark.master"):
        builder = builder.master("local[*]")
    # The progress bar's carriage returns would glue our report lines to it in a log file.
    builder = builder.config("spark.ui.showConsoleProgress", "true" if sys.stderr.isatty() else "false")
    # Version 1 commits task output only at job commit: a failed job leaves no part file behind.
    builder = builder.config("spark.hadoop.mapreduce.fileoutputcommitter.algorithm.version", "1")
    spark = builder.getOrCreate()
    sc = spark.sparkContext
    started = time.monotonic()
    try:
        output, output_fs = hadoop_path(sc, arguments.output)
        if output_fs.exists(output):
            raise UsageError(f"{arguments.output} already exists; name a new folder")
        if arguments.executor_quotebase:
            shipped_name, installed = None, arguments.executor_quotebase
        else:
            binary, bundle = local_binary or binary_to_ship(sc, arguments.quotebase)
            sc.addFile(binary)
            sc.addFile(bundle, recursive=True)
            shipped_name, installed = os.path.basename(binary.rstrip("/")), None
        files = input_files(sc, arguments.input)
        names = [display_name(f, arguments.input) for f in files]
        # Fail at once, with the executor's own words, when the binary or its resources did not arrive.
        try:
            sc.parallelize([0], 1).map(lambda _: executor_binary(shipped_name, installed)).collect()
        except Exception as error:  # Py4JJavaError carrying the executor's RuntimeError
            raise UsageError(job_failure_cause(error)) from None

        per_file = [sc.textFile(f, use_unicode=False) for f in files]
        lines = sc.union(per_file) if len(per_file) > 1 else per_file[0]
        file_of_split = [i for i, rdd in enumerate(per_file) for _ in range(rdd.getNumPartitions())]
        splits = len(file_of_split)
        partitions = arguments.partitions or max(splits, sc.defaultParallelism)
        # Line numbers need the length of every split before the last of each file, and range partitioning
        # needs them all; one file in one split (a .gz, a small file) kept as it is needs neither.
        if len(set(file_of_split)) == splits and partitions == splits:
            counts = [0] * splits
        else:
            counts = lines.mapPartitions(lambda it: [sum(1 for _ in it)]).collect()

        first_key, first_line = [], []  # per split: global index and file line number of its first line
        seen_in_file, total = {}, 0
        for split, file_index in enumerate(file_of_split):
            first_key.append(total)
            first_line.append(seen_in_file.get(file_index, 0) + 1)
            seen_in_file[file_index] = seen_in_file.get(file_index, 0) + counts[split]
            total += counts[split]

        def keyed(split, it):
            for offset, raw in enumerate(it):
                yield first_key[split] + offset, (file_of_split[split], first_line[split] + offset, raw)

        records = lines.mapPartitionsWithIndex(keyed)
        if partitions != splits:
            span = max(total, 1)
            records = records.repartitionAndSortWithinPartitions(
                partitions, partitionFunc=lambda key: key * partitions // span)

        stats = sc.accumulator({}, StatsParam())
        extracted = records.mapPartitionsWithIndex(
            lambda index, it: extract_partition(index, it, executor_binary(shipped_name, installed), names, stats))
        codec = "org.apache.hadoop.io.compress.GzipCodec" if arguments.compress else None
        try:
            extracted.saveAsTextFile(arguments.output, compressionCodecClass=codec)
        except Exception as error:  # Py4JJavaError: a task failed every attempt
            print(f"extract.py: the Spark job failed, nothing committed to {arguments.output}: "
                  f"{job_failure_cause(error)}", file=sys.stderr)
            return EXIT_JOB_FAILED

        lines_in = sum(v[0] for v in stats.value.values())
        lines_out = sum(v[1] for v in stats.value.values())
        reported = sorted(r for v in stats.value.values() for r in v[2])
        for file_index, line_number, reason in reported:
            print(f"quotebase: {names[file_index]}:{line_number}: {reason}", file=sys.stderr)
        print(f"extract.py: {lines_in} articles from {len(files)} file(s), {lines_out} lines in {partitions} part "
              f"files, {len(reported)} failed, in {time.monotonic() - started:.1f}s, into {arguments.output}",
              file=sys.stderr)
        return EXIT_REPORTED if reported else 0
    except UsageError as error:
        print(f"extract.py: {error}", file=sys.stderr)
        return EXIT_USAGE
    finally:
        spark.stop()


def main(argv=None):
    arguments = parse_arguments(sys.argv[1:] if argv is None else argv)
    return run(arguments)


if __name__ == "__main__":
    sys.exit(main())
