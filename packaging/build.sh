#!/usr/bin/env bash
# Build the one-folder bundle dist/cnngui/ with PyInstaller; print its size and build time.
# Usage: packaging/build.sh            (from anywhere; uses .venv when it exists)
set -euo pipefail
ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
cd "$ROOT"
PY="${PYTHON:-$ROOT/.venv/bin/python}"
[ -x "$PY" ] || PY="$(command -v python3)"
if ! "$PY" -c "import PyInstaller" 2>/dev/null; then
    echo "build.sh: PyInstaller is not installed; run: $PY -m pip install -e '.[package]'" >&2
    exit 2
fi
for f in resources/default_model.keras resources/mnist.npz resources/sample_digits.npz; do
    [ -f "$f" ] || { echo "build.sh: $f is missing; the bundle would be incomplete." >&2; exit 2; }
done
start=$(date +%s)
export TF_CPP_MIN_LOG_LEVEL=3
"$PY" -m PyInstaller --noconfirm --clean --log-level WARN \
    --distpath dist --workpath build/pyinstaller packaging/cnngui.spec
end=$(date +%s)
secs=$((end - start))
size=$(du -sh dist/cnngui | cut -f1)
bytes=$(du -sb dist/cnngui | cut -f1)
files=$(find dist/cnngui -type f | wc -l)
echo
echo "Built dist/cnngui/ (run dist/cnngui/cnngui, or packaging/smoke_test.sh to check it)"
echo "Bundle size: ${size} (${bytes} bytes, ${files} files)"
echo "Build time: $((secs / 60)) min $((secs % 60)) s"
