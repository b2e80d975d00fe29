"""Summarises a JFR recording of `quotestance annotate` (bench/profile-run.sh): where the Java samples fall by
thread, by pipeline engine and by method on top of the stack, and the JIT compiler's and collector's totals."""
import collections
import json
import re
import sys

ENGINE_METHODS = {"process", "initialize", "collectionProcessComplete"}
OUR_PACKAGES = ("org/quotestance/", "org/dkpro/", "de/tudarmstadt/")


def frame_name(frame):
    return frame["method"]["type"]["name"].rsplit("/", 1)[-1] + "." + frame["method"]["name"]


def engine_of(frames):
    """The outermost engine method on the stack (frames run from the top of the stack down)."""
    for frame in reversed(frames):
        type_name = frame["method"]["type"]["name"]
        if frame["method"]["name"] in ENGINE_METHODS and type_name.startswith(OUR_PACKAGES):
            return frame_name(frame)
    for frame in reversed(frames):  # no engine: the outermost frame of ours (start-up, the names pass)
        if frame["method"]["type"]["name"].startswith("org/quotestance/"):
            return "(" + frame_name(frame) + ")"
    return "(other)"


def seconds(duration):
    """A JFR duration as `jfr print --json` gives it (ISO 8601, "PT0.124S", "PT1M2.5S"), in seconds."""
    match = re.fullmatch(r"PT(?:(\d+)H)?(?:(\d+)M)?(?:([\d.]+)S)?", str(duration))
    hours, minutes, secs = (float(g) if g else 0.0 for g in match.groups())
    return 3600 * hours + 60 * minutes + secs


def table(title, counter, total, rows):
    print(f"\n{title}")
    print("| samples | share | what |\n|---:|---:|---|")
    for key, count in counter.most_common(rows):
        print(f"| {count} | {100 * count / total:.1f} % | {key} |")


def main(path):
    events = json.load(open(path))["recording"]["events"]
    threads, engines, tops = collections.Counter(), collections.Counter(), collections.Counter()
    compile_seconds, gc_seconds, collections_count = 0.0, 0.0, 0
    for event in events:
        values = event["values"]
        if event["type"] == "jdk.ExecutionSample":
            frames = values["stackTrace"]["frames"] if values.get("stackTrace") else []
            thread = re.sub(r"[-\d]+$", "", values["sampledThread"]["javaName"] or "?")
            threads[thread] += 1
            engines[thread + ": " + engine_of(frames)] += 1
            if frames:
                tops[frame_name(frames[0])] += 1
        elif event["type"] == "jdk.CompilerStatistics":
            compile_seconds = max(compile_seconds, seconds(values["totalTimeSpent"]))
        elif event["type"] == "jdk.GarbageCollection":
            gc_seconds += seconds(values["sumOfPauses"])
            collections_count += 1
    total = sum(threads.values())
    print(f"Java samples: {total}; JIT compile time (all compiler threads): {compile_seconds:.2f} s; "
          f"collector pauses: {gc_seconds:.2f} s in {collections_count} collections")
    table("By thread", threads, total, 12)
    table("By thread and engine", engines, total, 40)
    table("Top of the stack", tops, total, 25)


if __name__ == "__main__":
    main(sys.argv[1])
