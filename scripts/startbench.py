#!/usr/bin/env python3
"""Start-up and idle figures of the packaged binaries (BENCHMARKS.md, "One file").

    python3 scripts/startbench.py dist/stakemap-linux-x86_64 [--wine dist/stakemap-windows-x86_64.exe]

For each binary: the time from starting the process to the first 200 from /healthz, on a
fresh data folder (the demo workshop is made) and again on that folder (replayed), five times
each, median and worst; then its resident memory after 10 s idle with the demo workshop. The
Windows build runs under Wine in a prefix of its own made here (with scripts/wine.sh's
bcryptprimitives stand-in), so Wine's own start is in its figures. Loopback only; every
process started here is stopped by its PID.
"""

import os
import shutil
import socket
import statistics
import subprocess
import sys
import tempfile
import time
import urllib.request

RUNS = 5


def free_port():
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def healthy(port):
    try:
        with urllib.request.urlopen(f"http://127.0.0.1:{port}/healthz", timeout=1) as r:
            return r.status == 200
    except OSError:
        return False


def start(command, env, port):
    began = time.monotonic()
    process = subprocess.Popen(command, env=env, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    while not healthy(port):
        if process.poll() is not None:
            sys.exit(f"{command[0]} exited with {process.returncode}")
        if time.monotonic() - began > 120:
            process.kill()
            sys.exit(f"{command[0]} did not answer /healthz in 120 s")
        time.sleep(0.005)
    return process, time.monotonic() - began


def stop(process):
    process.terminate()
    try:
        process.wait(timeout=30)
    except subprocess.TimeoutExpired:
        process.kill()
        process.wait()


def rss_mib(pid):
    with open(f"/proc/{pid}/status") as f:
        for line in f:
            if line.startswith("VmRSS:"):
                return int(line.split()[1]) / 1024
    return float("nan")


def measure(name, command, env, data_env):
    fresh, again = [], []
    for _ in range(RUNS):
        with tempfile.TemporaryDirectory() as data:
            port = free_port()
            run_env = dict(env, STAKEMAP_ADDR=f"127.0.0.1:{port}", STAKEMAP_NO_BROWSER="true",
                           RUST_LOG="warn", **data_env(data))
            process, took = start(command, run_env, port)
            fresh.append(took)
            stop(process)
            process, took = start(command, run_env, port)
            again.append(took)
            stop(process)
    with tempfile.TemporaryDirectory() as data:
        port = free_port()
        run_env = dict(env, STAKEMAP_ADDR=f"127.0.0.1:{port}", STAKEMAP_NO_BROWSER="true",
                       RUST_LOG="warn", **data_env(data))
        process, _ = start(command, run_env, port)
        time.sleep(10)
        memory = rss_mib(process.pid)
        stop(process)
    ms = lambda xs: f"median {statistics.median(xs) * 1000:.0f} ms, worst {max(xs) * 1000:.0f} ms"
    print(f"{name}: start to /healthz, fresh data folder (demo made): {ms(fresh)}")
    print(f"{name}: start to /healthz, same folder again (replayed): {ms(again)}")
    print(f"{name}: resident memory after 10 s idle with the demo workshop: {memory:.1f} MiB")


def main():
    args = sys.argv[1:]
    linux = args[0]
    print(f"{linux}: {os.path.getsize(linux) / 2**20:.1f} MiB")
    measure("Linux", [linux], dict(os.environ), lambda data: {"STAKEMAP_DATA": data})
    if "--wine" in args:
        exe = args[args.index("--wine") + 1]
        print(f"{exe}: {os.path.getsize(exe) / 2**20:.1f} MiB")
        prefix = tempfile.mkdtemp()
        env = dict(os.environ, WINEPREFIX=prefix, WINEDEBUG="-all")
        try:
            subprocess.run(["wineboot", "--init"], env=env, check=True,
                           stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
            system32 = os.path.join(prefix, "drive_c/windows/system32")
            if not os.path.exists(os.path.join(system32, "bcryptprimitives.dll")):
                here = os.path.dirname(os.path.abspath(__file__))
                subprocess.run(["x86_64-w64-mingw32-gcc", "-shared", "-O2", "-o",
                                os.path.join(system32, "bcryptprimitives.dll"),
                                os.path.join(here, "wine/bcryptprimitives.c"), "-ladvapi32"],
                               check=True)
            # Wine's data folder: a Windows path to the temporary folder (Z: is /).
            measure("Windows under Wine", ["wine", exe], env,
                    lambda data: {"STAKEMAP_DATA": "Z:" + data.replace("/", "\\")})
        finally:
            subprocess.run(["wineserver", "-k"], env=env, check=False)
            shutil.rmtree(prefix, ignore_errors=True)


if __name__ == "__main__":
    main()
