#!/usr/bin/env python3
"""Writes results/latest.json and results/latest.md from the figures bench/run gathered in its work directory.

    report.py WORK RESULTS
"""
import datetime
import json
import os
import subprocess
import sys

work, results = sys.argv[1], sys.argv[2]


def load(name):
    with open(os.path.join(work, name)) as f:
        text = f.read().strip()
    return json.loads(text) if text else None


run = load("run.json")
births = load("BIRTHS_CLOSED.json")
sync = load("SYNC.json")
mixed_closed = load("MIXED_CLOSED.json")
mixed_open = load("MIXED_OPEN.json")
probe = load("PROBE.json")
defaults = load("DEFAULTS_CLOSED.json")
pgbench_cpu = load("pgbench.cpu")
rebuild = load("rebuild.json")
rebuild_cpu = load("rebuild.cpu")
raw_read_cpu = load("raw-read.cpu")

cores = os.cpu_count()
pgbench = float(run["pgbenchTps"])
names = {"registry": "registry", "postgresql": "PostgreSQL", "loadGenerator": "load generator", "command": "client"}


def ratio(value, to):
    return round(value / to, 3) if to else None


def usage(window):
    """Cores each process kept busy over a window, what the rest of the machine used, and what limited it."""
    wall = window["wallSeconds"]
    spent = dict(window["cpuSeconds"])
    machine = spent.pop("machine", None)
    ours = sum(spent.values())
    cores_of = {name: round(seconds / wall, 2) for name, seconds in spent.items()}
    others = round(max(0.0, (machine or ours) - ours) / wall, 2)
    busy = round((machine or ours) / wall, 2)
    top = max(cores_of, key=cores_of.get)
    if busy >= 0.85 * cores:
        limit = f"CPU: {busy} of {cores} cores busy, most by the {names[top]} ({cores_of[top]})"
    else:
        limit = (f"not CPU ({busy} of {cores} cores busy): waits on disk flushes, locks or round trips; "
                 f"busiest the {names[top]} ({cores_of[top]})")
    if others >= 0.25:
        limit += f"; other processes on the machine took {others} cores"
    return {"wallSeconds": wall, "cpuSeconds": window["cpuSeconds"], "cores": cores_of, "otherProcessesCores": others,
            "coresBusy": busy, "limit": limit}


def cpu_line(window):
    u = usage(window)
    parts = ", ".join(f"{names[n]} {s} s" for n, s in u["cpuSeconds"].items() if n != "machine")
    return f"{parts} over {u['wallSeconds']} s"


def per_unit_ms(window, units):
    spent = window["cpuSeconds"]
    server = spent.get("registry", 0) + spent.get("postgresql", 0)
    return round(server * 1000 / units, 2) if units else None


def p99(figures):
    return f"{figures['p99ms']} ms p99 ({figures.get('samples', 0)} samples)"


search = probe["search"]
flags = probe["flags"]
rebuild_seconds = rebuild["headSeconds"]
rebuild_rate = round(run["rebuiltEvents"] / rebuild_seconds)
raw_read_rate = round(run["rebuiltEvents"] / raw_read_cpu["wallSeconds"])
verification = probe["verification"]
heap_mb = round(run["heapUsedKB"] / 1024)
max_heap_mb = round(run["maxHeapKB"] / 1024)

report = {
    "run": {"at": datetime.datetime.now(datetime.timezone.utc).isoformat(timespec="seconds").replace("+00:00", "Z"),
            "quick": run["quick"], "cores": cores,
            "memoryGiB": round(os.sysconf("SC_PAGE_SIZE") * os.sysconf("SC_PHYS_PAGES") / 2 ** 30, 1),
            "java": subprocess.run(["java", "-version"], capture_output=True, text=True).stderr.splitlines()[0],
            "postgresql": run["postgresql"], "registryHeap": run["heap"], "events": run["events"],
            "persons": run["persons"], "clients": run["clients"], "seconds": run["runSeconds"],
            "note": run["note"] or None},
    "pgbench": {"tps": pgbench, **usage(pgbench_cpu)},
    "births": dict(births, **usage(births), ratioToPgbench=ratio(births["perSecond"], pgbench),
                   serverCpuMsPerBirth=per_unit_ms(births, births["ok"]), lagSeconds=run["lag"]["births"]),
    "syncBatches": dict(sync, **usage(sync), ratioToPgbench=ratio(sync["perSecond"], pgbench),
                        serverCpuMsPerBirth=per_unit_ms(sync, sync["accepted"]), lagSeconds=run["lag"]["sync"]),
    "mixed": {"closed": dict(mixed_closed, **usage(mixed_closed), lagSeconds=run["lag"]["mixedClosed"],
                             serverCpuMsPerRequest=per_unit_ms(mixed_closed, mixed_closed["ok"])),
              "open": dict(mixed_open, **usage(mixed_open), lagSeconds=run["lag"]["mixedOpen"])},
    "rebuild": {"events": run["rebuiltEvents"], "processors": run["processors"], "seconds": rebuild_seconds,
                "healthySeconds": rebuild["healthySeconds"], "eventsPerSecond": rebuild_rate,
                "ratioToRawRead": ratio(rebuild_rate, raw_read_rate), **usage(rebuild_cpu)},
    "rawRead": {"events": run["rebuiltEvents"], "eventsPerSecond": raw_read_rate, **usage(raw_read_cpu)},
    "seed": {"summary": run["seed"], "eventsPerSecond": run["seedRate"], "ratioToPgbench": ratio(run["seedRate"], pgbench)},
    "search": {reader: dict(figures, **usage(figures)) for reader, figures in search.items()},
    "flags": {reader: (dict(figures, **usage(figures)) if isinstance(figures, dict) else figures)
              for reader, figures in flags.items()},
    "asOf": dict(probe["asOf"], **usage(probe["asOf"])),
    "commandOnLongStream": dict(probe["commandOnLongStream"], **usage(probe["commandOnLongStream"])),
    "verification": dict(verification, **usage(verification), ratioToPgbench=ratio(verification["perSecond"], pgbench)),
    "startToHealthySeconds": run["startSeconds"], "firstStartToHealthySeconds": run["firstStartSeconds"],
    "startWithoutClassArchiveSeconds": run["startWithoutArchiveSeconds"],
    "memory": {"heapUsedAfterFullGcMB": heap_mb, "maxHeapMB": max_heap_mb, "rssMB": round(run["rssKB"] / 1024)},
    "birthsOnAxonDefaults": dict(defaults, **usage(defaults), lagSeconds=run["lag"]["axonDefaults"],
                                 ratioToPgbench=ratio(defaults["perSecond"], pgbench)) if defaults else None,
    "probeRefusals": probe.get("refused"),
}

r = report
targets = [
    ("births/s, one per request, 16 clients, with idempotency keys",
     f'{births["perSecond"]}/s ({r["births"]["ratioToPgbench"]} × pgbench {pgbench:.0f} tps)', "≥ 0.15 × pgbench",
     (r["births"]["ratioToPgbench"] or 0) >= 0.15, r["births"]["limit"]),
    (f"accepted births/s, `POST /api/sync` in batches of {run['syncBatch']} ({run['syncClients']} clients), keys and mothers",
     f'{sync["perSecond"]}/s ({r["syncBatches"]["ratioToPgbench"]} × pgbench)', "≥ 0.5 × pgbench",
     (r["syncBatches"]["ratioToPgbench"] or 0) >= 0.5, r["syncBatches"]["limit"]),
    (f"mixed p99 at half of peak ({mixed_open['rate']}/s), open loop", p99(mixed_open), "≤ 50 ms",
     (mixed_open["p99ms"] or 1e9) <= 50, r["mixed"]["open"]["limit"]),
    (f"rebuild of every read model, process step and the chain ({run['processors']} processors) until all are at the head",
     f'{rebuild_rate} events/s: {run["rebuiltEvents"]} events in {rebuild_seconds} s from launch '
     f'({r["rebuild"]["ratioToRawRead"]} × raw read {raw_read_rate}/s)', "≥ 10,000/s (ratio reported)",
     rebuild_rate >= 10000, r["rebuild"]["limit"]),
]
for reader, title in [("registrarOfDistrict", "a registrar of one district"), ("auditor", "an auditor")]:
    targets.append((f"person search p99 as {title}, {run['persons']} persons", p99(search[reader]), "≤ 50 ms",
                    search[reader]["p99ms"] <= 50, r["search"][reader]["limit"]))
for reader, title in [("registrarOfDistrict", "a registrar of one district"), ("auditor", "an auditor")]:
    targets.append((f"`GET /api/flags` first page p99 as {title}", p99(flags[reader]), "≤ 100 ms",
                    (flags[reader]["p99ms"] or 1e9) <= 100, r["flags"][reader]["limit"]))
targets += [
    (f"as-of state of a contract with {probe['asOf']['events']} events", p99(probe["asOf"]), "≤ 100 ms (1,000 events)",
     probe["asOf"]["p99ms"] <= 100, r["asOf"]["limit"]),
    (f"command on a contract with {probe['commandOnLongStream']['events']} events",
     f'{probe["commandOnLongStream"]["p50ms"]} ms p50, {p99(probe["commandOnLongStream"])}', "≤ 20 ms p50 (10,000 events)",
     probe["commandOnLongStream"]["p50ms"] <= 20, r["commandOnLongStream"]["limit"]),
    ("chain verification", f'{verification["perSecond"]} events/s over {verification["events"]} events '
                           f'({r["verification"]["ratioToPgbench"]} × pgbench)', "≥ 100,000/s and ≥ 10 × pgbench",
     verification["perSecond"] >= 100000 and (r["verification"]["ratioToPgbench"] or 0) >= 10,
     r["verification"]["limit"]),
    ("start to healthy, embedded database, existing data directory", f'{run["startSeconds"]} s with the class '
                                                                      f'archive ({run["startWithoutArchiveSeconds"]} s '
                                                                      f'without; first start {run["firstStartSeconds"]} s)',
     "≤ 10 s", run["startSeconds"] <= 10, "—"),
    (f"heap used after a forced full GC at the end ({run['heap']})", f"{heap_mb} MB of {max_heap_mb} MB "
                                                                     f"(RSS {report['memory']['rssMB']} MB)",
     "≤ 512 MB", heap_mb <= 512, "—"),
]
report["targets"] = [{"figure": f, "measured": m, "target": t, "met": ok, "limit": lim} for f, m, t, ok, lim in targets]


def met(ok):
    return "—" if ok is None else "yes" if ok else "NO"


def pct(f):
    return f"{f['p50ms']} | {f['p95ms']} | {f['p99ms']} | {f.get('samples', 0)}"


lines = [f"# Tabien benchmark — {report['run']['at']}{' (quick)' if run['quick'] else ''}", "",
         f"{cores} cores, {report['run']['memoryGiB']} GiB; {report['run']['java']}; PostgreSQL {run['postgresql']}; "
         f"registry with `{run['heap']}`; {run['events']} events, {run['persons']} persons at the end; "
         f"the run took {run['runSeconds']} s.", ""]
if run["note"]:
    lines += [f"Note: {run['note']}", ""]
windows = [births, sync, mixed_closed, mixed_open, rebuild_cpu, verification, probe["asOf"]] + list(search.values())
others = [usage(w)["otherProcessesCores"] for w in windows]
report["run"]["otherProcessesCoresMean"] = round(sum(others) / len(others), 2)
if report["run"]["otherProcessesCoresMean"] >= 0.25:
    lines += [f"The machine was shared: other processes took {report['run']['otherProcessesCoresMean']} of its "
              f"{cores} cores on average over the counted windows (up to {max(others)}), so these figures understate "
              "the registry; re-measure on a quiet machine before comparing them with targets.", ""]
lines += ["| figure | measured | target | met | what limits it |", "|---|---|---|---|---|"]
lines += [f"| {f} | {m} | {t} | {met(ok)} | {lim} |" for f, m, t, ok, lim in targets]

lines += ["", "Loads: warm-up uncounted, then the counted window; CPU seconds over that window; "
              "lag = seconds after the load until every processor is at the head.", "",
          "| load | per s | p50 ms | p95 ms | p99 ms | samples | failed | registry CPU s | PostgreSQL CPU s | load generator CPU s | "
          "other processes, cores | server CPU ms per unit | lag s |",
          "|---|---|---|---|---|---|---|---|---|---|---|---|---|"]
loads = [("pgbench, 16 clients (client: pgbench)", None, r["pgbench"]),
         ("births, one per request, closed, 16 clients", births, r["births"]),
         (f"births in sync batches of {run['syncBatch']}, {run['syncClients']} clients (latency per batch)",
          dict(sync["batchLatency"], failed=sync["failed"]), r["syncBatches"]),
         ("mixed, closed, 16 clients", mixed_closed, r["mixed"]["closed"]),
         (f"mixed, open at half of peak", mixed_open, r["mixed"]["open"])]
if defaults:
    loads.append(("births, closed, 16 clients, Axon out of the box", defaults, r["birthsOnAxonDefaults"]))
for name, figures, summary in loads:
    spent = summary["cpuSeconds"]
    rate = round(pgbench, 1) if figures is None else summary.get("perSecond", summary.get("rate"))
    latency = " | | | " if figures is None else pct(figures)
    failed = "" if figures is None else figures.get("failed", "")
    lines.append(f"| {name} | {rate} | {latency} | {failed} | {spent.get('registry', '')} | {spent.get('postgresql', '')} | "
                 f"{spent.get('loadGenerator', spent.get('command', ''))} | {summary['otherProcessesCores']} | "
                 f"{summary.get('serverCpuMsPerBirth', summary.get('serverCpuMsPerRequest', ''))} | "
                 f"{summary.get('lagSeconds', '')} |")

lines += ["", "Person search, by kind of query (`withResults`: queries that found someone):", "",
          "| reader | query | p50 ms | p95 ms | p99 ms | samples | with results |", "|---|---|---|---|---|---|---|"]
for reader, figures in search.items():
    for kind, f in figures.items():
        if isinstance(f, dict) and "p99ms" in f:
            lines.append(f"| {reader} | {kind} | {pct(f)} | {f.get('withResults', '')} |")
    lines.append(f"| {reader} | all | {pct(figures)} | |")

lines += ["", "Probes, CPU seconds over each:", ""]
lines += [f"- person search as {reader}: {cpu_line(figures)}" for reader, figures in search.items()]
lines += [f"- flags as {reader}: {cpu_line(flags[reader])}" for reader in ("registrarOfDistrict", "auditor")]
lines += [f"- as-of: {cpu_line(probe['asOf'])}", f"- command on a long stream: {cpu_line(probe['commandOnLongStream'])}",
          f"- chain verification: {cpu_line(verification)}",
          f"- rebuild: {cpu_line(rebuild_cpu)} (healthy after {rebuild['healthySeconds']} s)",
          f"- raw read (`psql \\copy`): {cpu_line(raw_read_cpu)}",
          f"- open `CIV-POSSIBLE-DUPLICATE` flags at the end (first 100): {flags.get('duplicateBirthFlagsUpTo100')}"]
profiled = [("rebuild", "rebuild"), ("births", "births, one per request"), ("sync", "births in sync batches"),
            ("mixed-open", "mixed, open loop"), ("probes", "probes (search, flags, as-of, long stream, verification)")]
profiles = {name: load(f"{name}.profile.json") for name, _ in profiled
            if os.path.exists(os.path.join(work, f"{name}.profile.json"))}
report["profiles"] = profiles


def top(entries, count):
    return ", ".join(f"{e['name']} {round(100 * e['share'])} %" for e in entries[:count])


if any(p and p.get("samples") for p in profiles.values()):
    lines += ["", "Where the registry's CPU went over each counted window (flight-recorder samples of running threads; "
                  "areas by the sampled method's library; registry paths by the registry's method nearest to it):", ""]
    for name, title in profiled:
        p = profiles.get(name)
        if p and p.get("samples"):
            lines += [f"- **{title}** ({p['samples']} samples): threads — {top(p['threads'], 4)}; "
                      f"areas — {top(p['areas'], 6)}; registry paths — {top(p['registryPaths'], 6)}; "
                      f"hottest methods — {top(p['sampledMethods'], 5)}"]
lines += ["", f"Seeding: {run['seed']} ({report['seed']['ratioToPgbench']} × pgbench, one transaction per 1,000 events)."]
if defaults:
    lines += ["", f"Out of the box (tracking processors, one event per transaction) the registry takes "
                  f"{defaults['perSecond']} births/s and is {run['lag']['axonDefaults']} s behind when the load ends; "
                  f"tuned, {births['perSecond']} births/s and {run['lag']['births']} s behind."]
if probe.get("refused") not in (None, "{}"):
    lines += ["", f"Answers other than 2xx over the run, by request: {probe['refused']}"]
with open(os.path.join(results, "latest.json"), "w") as out:
    json.dump(report, out, indent=2, ensure_ascii=False)
with open(os.path.join(results, "latest.md"), "w") as out:
    out.write("\n".join(lines) + "\n")
print("\n".join(lines))
