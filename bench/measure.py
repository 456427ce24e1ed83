#!/usr/bin/env python3
"""What bench/run measures outside the load generator.

    measure.py cpu --postmaster P [--registry R] --out FILE -- command ...
        runs the command and writes to FILE its wall-clock seconds and the CPU seconds (user and system) that it
        (with its children), the registry's JVM, PostgreSQL and the whole machine spent meanwhile
    measure.py head --base URL --admin USER:PASSWORD --db DATABASE [--psql ARGS]
        waits until the registry answers its health check and every segment of every streaming processor (read
        models, process steps, the chain) is at the head of the event store; prints the seconds to healthy and to
        the head as JSON

PostgreSQL's CPU is that of every process of the server: the postmaster, its backends and background workers, and,
through the postmaster's figures for reaped children, the backends that ended.
"""
import base64
import json
import os
import subprocess
import sys
import time
import urllib.error
import urllib.request

TICKS = os.sysconf("SC_CLK_TCK")


def stat(pid):
    """The fields of /proc/pid/stat from the state on; None if the process is gone."""
    try:
        with open(f"/proc/{pid}/stat") as f:
            line = f.read()
    except OSError:
        return None
    return line[line.rindex(")") + 2:].split()


def own(pid):
    fields = stat(pid)
    return 0.0 if fields is None else (int(fields[11]) + int(fields[12])) / TICKS


def postgresql(postmaster):
    fields = stat(postmaster)
    if fields is None:
        return 0.0
    seconds = (int(fields[11]) + int(fields[12]) + int(fields[13]) + int(fields[14])) / TICKS
    for name in os.listdir("/proc"):
        if name.isdigit():
            child = stat(name)
            if child is not None and int(child[1]) == postmaster:
                seconds += (int(child[11]) + int(child[12])) / TICKS
    return seconds


def machine():
    with open("/proc/stat") as f:
        total = f.readline().split()
    # user nice system idle iowait irq softirq steal: all but idle and iowait
    return sum(int(total[i]) for i in (1, 2, 3, 6, 7, 8)) / TICKS


def snapshot(postmaster, registry):
    figures = {}
    if registry:
        figures["registry"] = own(registry)
    if postmaster:
        figures["postgresql"] = postgresql(postmaster)
    figures["machine"] = machine()
    return figures


def cpu(args):
    postmaster = int(option(args, "--postmaster", "0"))
    registry = int(option(args, "--registry", "0"))
    out = option(args, "--out")
    command = args[args.index("--") + 1:]
    before = snapshot(postmaster, registry)
    start = time.monotonic()
    process = subprocess.Popen(command)
    _, status, usage = os.wait4(process.pid, 0)
    wall = time.monotonic() - start
    after = snapshot(postmaster, registry)
    spent = {name: round(after[name] - before[name], 2) for name in after}
    spent["command"] = round(usage.ru_utime + usage.ru_stime, 2)
    with open(out, "w") as f:
        json.dump({"wallSeconds": round(wall, 2), "cpuSeconds": spent}, f)
    sys.exit(os.waitstatus_to_exitcode(status))


def head(args):
    base = option(args, "--base")
    credentials = base64.b64encode(option(args, "--admin").encode()).decode()
    database = option(args, "--db")
    psql = ["psql", "-q", "-h", "127.0.0.1", "-U", "postgres", "-At", "-d", database]
    start = time.monotonic()
    healthy = None
    unreachable_since = None
    while True:
        try:
            request = urllib.request.Request(base + "/actuator/health", headers={"Authorization": "Basic " + credentials})
            with urllib.request.urlopen(request, timeout=10) as answer:
                health = json.load(answer)
            unreachable_since = None
            # Healthy as the health check's HTTP status says (degraded answers 200 too), as bench/run asks it elsewhere.
            if healthy is None:
                healthy = time.monotonic() - start
        except urllib.error.HTTPError as down:
            # Down (503) while a processor is still starting: its details still tell where each one is.
            health = json.load(down)
        except OSError:
            unreachable_since = unreachable_since or time.monotonic()
            if time.monotonic() - unreachable_since > 300:
                sys.exit("the registry did not answer for five minutes")
            time.sleep(0.2)
            continue
        top = int(subprocess.run(psql + ["-c", "select coalesce(max(global_index), 0) from domain_event_entry"],
                                 capture_output=True, text=True, check=True).stdout.strip())
        if healthy is not None and at_head(health, top):
            print(json.dumps({"healthySeconds": round(healthy, 2), "headSeconds": round(time.monotonic() - start, 2),
                              "head": top}))
            return
        # Often at first, for a short lag's precision; then seldom, so that a long rebuild is not slowed by the asking.
        time.sleep(0.1 if time.monotonic() - start < 3 else 0.5)


def at_head(health, top):
    processors = health.get("components", {}).get("eventProcessors", {}).get("details", {})
    streaming = [p for p in processors.values() if "segments" in p]
    if not streaming:
        return False
    for processor in streaming:
        segments = processor["segments"].values()
        if not segments or not processor.get("running"):
            return False
        for segment in segments:
            # An empty store has no position to reach: a segment without one (-1) is at its head.
            if segment.get("error") or top > 0 and int(segment.get("position", -1)) < top:
                return False
    return True


def option(args, name, default=None):
    if name in args:
        return args[args.index(name) + 1]
    if default is None:
        sys.exit(f"{name} is required")
    return default


if __name__ == "__main__":
    {"cpu": cpu, "head": head}[sys.argv[1]](sys.argv[2:])
