"""`cnngui summary --json` on 200 spec files: wall time of the whole process (target < 2 s).

Prints one JSON line: the median wall time of three runs over 200 files, the median of a
bare `python -c pass` for contrast, and whether TensorFlow was imported (it must not be).
"""

from __future__ import annotations

import json
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

from cnngui.core.model.presets import PRESETS, get_preset


def main() -> None:
    with tempfile.TemporaryDirectory() as tmp:
        names = list(PRESETS)
        paths = []
        for i in range(200):
            path = Path(tmp) / f"spec_{i:03d}.json"
            get_preset(names[i % len(names)]).save(path)
            paths.append(str(path))
        cmd = [sys.executable, "-m", "cnngui", "summary", "--json", *paths]
        times, bare = [], []
        for _ in range(3):
            t0 = time.perf_counter()
            out = subprocess.run(cmd, capture_output=True, text=True, check=True)
            times.append(time.perf_counter() - t0)
            t0 = time.perf_counter()
            subprocess.run([sys.executable, "-c", "pass"], check=True)
            bare.append(time.perf_counter() - t0)
        assert len(out.stdout.splitlines()) == 200
        probe = subprocess.run(
            [
                sys.executable,
                "-c",
                "import sys, cnngui.cli as c; c.main(sys.argv[1:]);"
                "print('TF', 'tensorflow' in sys.modules, file=sys.stderr)",
                "summary",
                "--json",
                paths[0],
            ],
            capture_output=True,
            text=True,
        )
    print(
        json.dumps(
            {
                "bench": "summary_speed",
                "files": 200,
                "median_s": round(statistics.median(times), 3),
                "bare_python_median_s": round(statistics.median(bare), 3),
                "target_s": 2.0,
                "tensorflow_imported": "TF True" in probe.stderr,
            }
        )
    )


if __name__ == "__main__":
    main()
