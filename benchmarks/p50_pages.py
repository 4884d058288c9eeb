"""One-connection p50 of public pages under gunicorn (2 sync workers, DEBUG=0, page cache off) for one or more
source trees on the same database, the trees alternated round by round so that a loaded machine weighs on
each alike — the issue's "1-connection p50" (a new connection a request, as ``benchmarks/speed.py``):

    CONG_VAR_DIR=/path/with/cong.sqlite3 .venv/bin/python benchmarks/p50_pages.py \\
        --tree main=/tmp/main-copy --tree branch=. --port 18200 --rounds 3 / /a/section/ /an/article/

Prints each round's p50 and the workers' CPU a request (steadier than wall time on a loaded machine), the
medians of the rounds, and the load average before and after.
"""

import argparse
import os
import statistics
import sys
import tempfile
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from benchmarks.speed import gunicorn, sequential, stop, wait_for  # noqa: E402


def workers_cpu(server) -> float:
    """CPU seconds used so far by the server's worker processes (Linux /proc)."""
    total = 0
    for child in Path(f"/proc/{server.pid}/task/{server.pid}/children").read_text().split():
        fields = Path(f"/proc/{child}/stat").read_text().rsplit(")", 1)[1].split()
        total += int(fields[11]) + int(fields[12])  # utime, stime
    return total / os.sysconf("SC_CLK_TCK")


def serve(tree: Path, port: int, log: Path):
    """``benchmarks/speed.py``'s gunicorn (2 sync workers) from ``tree``, page cache off, DEBUG=0."""
    env = dict(os.environ, PYTHONPATH=str(tree), DEBUG="0", CONG_PAGE_CACHE="0", CONG_HTTPS="0")
    server = gunicorn("cong.wsgi", port, env, log, chdir=tree)
    wait_for(port, "/robots.txt")
    return server


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("paths", nargs="+")
    parser.add_argument("--tree", action="append", required=True, help="name=path of a source tree")
    parser.add_argument("--port", type=int, default=18200)
    parser.add_argument("--rounds", type=int, default=3)
    parser.add_argument("--seconds", type=float, default=3.0)
    options = parser.parse_args()
    trees = [(name, Path(path).resolve()) for name, path in (entry.split("=", 1) for entry in options.tree)]
    results: dict[tuple[str, str], list[float]] = {}
    cpus: dict[tuple[str, str], list[float]] = {}
    print(f"load average before: {os.getloadavg()}", flush=True)
    log = Path(tempfile.mkdtemp(prefix="cong-p50-")) / "gunicorn.log"
    for number in range(options.rounds):
        for name, tree in trees:
            server = serve(tree, options.port, log)
            try:
                for path in options.paths:
                    sequential(options.port, path, 0)  # both workers warm: fragments, compiled statements
                    cpu = workers_cpu(server)
                    measured = sequential(options.port, path, options.seconds)
                    cpu = (workers_cpu(server) - cpu) / measured["requests"] * 1000
                    p50 = measured["p50"]
                    results.setdefault((name, path), []).append(p50)
                    cpus.setdefault((name, path), []).append(cpu)
                    print(
                        f"round {number + 1} {name:8s} {path[:60]:60s} p50 {p50:6.2f} ms, "
                        f"workers' CPU {cpu:5.1f} ms a request",
                        flush=True,
                    )
            finally:
                stop(server)
    print(f"load average after: {os.getloadavg()}")
    print("| tree | page | p50 ms (median of rounds) | rounds | workers' CPU ms a request (median) |")
    print("|---|---|---|---|---|")
    for (name, path), values in results.items():
        rounds = ", ".join(f"{v:.1f}" for v in values)
        cpu = statistics.median(cpus[(name, path)])
        print(f"| {name} | `{path[:60]}` | {statistics.median(values):.1f} | {rounds} | {cpu:.1f} |")


if __name__ == "__main__":
    main()
