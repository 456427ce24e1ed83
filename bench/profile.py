#!/usr/bin/env python3
"""Says where the registry spent its CPU in one counted window, from a flight recording of that window.

    profile.py RECORDING.jfr > PROFILE.json

Reads the recording's execution samples (one every 10 ms or 20 ms of each running Java thread, JFR's "profile"
settings) and counts them
- by thread, threads of one pool taken together (request threads, each processor's workers, ...);
- by area: the library the sampled method belongs to (JDBC driver, JSON, Axon, the registry's own code, ...);
- by the registry's own method nearest to the sampled one, which names the registry's path that led to the work;
- by sampled method (the "self" view).
Every count is given as a share of all samples, so windows of different lengths compare.
"""
import collections
import json
import re
import subprocess
import sys

AREAS = [
    ("org.postgresql.", "JDBC driver"),
    ("com.zaxxer.hikari.", "connection pool"),
    ("tools.jackson.", "JSON"),
    ("com.fasterxml.jackson.", "JSON"),
    ("org.axonframework.", "Axon"),
    ("io.tabien.", "registry"),
    ("org.springframework.security.", "Spring Security"),
    ("org.springframework.", "Spring"),
    ("org.thymeleaf.", "page templates"),
    ("org.apache.catalina.", "HTTP server"),
    ("org.apache.coyote.", "HTTP server"),
    ("org.apache.tomcat.", "HTTP server"),
    ("org.openpdf.", "PDF"),
    ("com.lowagie.", "PDF"),
    ("org.bouncycastle.", "cryptography"),
    ("sun.security.", "cryptography"),
    ("java.security.", "cryptography"),
    ("javax.crypto.", "cryptography"),
    ("java.util.zip.", "compression"),
    ("sun.nio.", "JDK I/O"),
    ("java.net.", "JDK I/O"),
    ("java.io.", "JDK I/O"),
    ("java.util.concurrent.", "JDK concurrency"),
    ("java.lang.invoke.", "JDK reflection"),
    ("java.lang.reflect.", "JDK reflection"),
    ("jdk.internal.reflect.", "JDK reflection"),
]
FRAME = re.compile(r"^\s+([\w$.]+)\.([\w$<>]+)\(")


def area(class_name):
    for prefix, name in AREAS:
        if class_name.startswith(prefix):
            return name
    return "JDK other" if class_name.startswith(("java.", "jdk.", "sun.")) else "other libraries"


def thread_pool(name):
    """One name for the threads of one pool: numbers and trailing separators dropped."""
    return re.sub(r"[-_#\s]*\d+", "", name).strip("-_ ") or name


def samples(recording):
    """Yields (thread, frames) per execution sample; frames as (class, method), the sampled method first."""
    printer = subprocess.Popen(["jfr", "print", "--events", "jdk.ExecutionSample", "--stack-depth", "96", recording],
                               stdout=subprocess.PIPE, text=True, errors="replace")
    thread, frames, in_stack = None, [], False
    for line in printer.stdout:
        if line.startswith("jdk.ExecutionSample"):
            thread, frames, in_stack = None, [], False
        elif "sampledThread = " in line:
            match = re.search(r'sampledThread = "(.*)"', line)
            thread = match.group(1) if match else "?"
        elif "stackTrace = [" in line:
            in_stack = True
        elif in_stack and line.strip() == "]":
            in_stack = False
            yield thread, frames
        elif in_stack:
            match = FRAME.match(line)
            if match:
                frames.append((match.group(1), match.group(2)))
    printer.wait()


def shares(counter, total, top):
    return [{"name": name, "share": round(count / total, 3)} for name, count in counter.most_common(top)]


def main():
    threads, areas, paths, methods = (collections.Counter() for _ in range(4))
    total = 0
    for thread, frames in samples(sys.argv[1]):
        if not frames:
            continue
        total += 1
        threads[thread_pool(thread or "?")] += 1
        sampled_class, sampled_method = frames[0]
        areas[area(sampled_class)] += 1
        methods[f"{sampled_class.rsplit('.', 1)[-1]}.{sampled_method}"] += 1
        own = next(((c, m) for c, m in frames if c.startswith("io.tabien.")), None)
        paths[f"{own[0].rsplit('.', 1)[-1]}.{own[1]}" if own else "(no registry method on the stack)"] += 1
    if total == 0:
        json.dump({"samples": 0}, sys.stdout)
        return
    json.dump({"samples": total, "threads": shares(threads, total, 8), "areas": shares(areas, total, 10),
               "registryPaths": shares(paths, total, 10), "sampledMethods": shares(methods, total, 10)},
              sys.stdout, indent=1)


if __name__ == "__main__":
    main()
