#!/usr/bin/env bash
# Build the one-folder bundle dist/cnngui/ with PyInstaller; print its size and build time.
# Usage: packaging/build.sh     (from anywhere; `make package` and `make package-gpu` call it)
#   PYTHON   the build environment's Python (default: .venv-package-cpu, else .venv)
#   CNNGUI_BUNDLE   the folder's name under dist/ (default cnngui; make package-gpu: cnngui-gpu)
set -euo pipefail
ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
cd "$ROOT"
PY="${PYTHON:-$ROOT/.venv-package-cpu/bin/python}"
[ -x "$PY" ] || PY="$ROOT/.venv/bin/python"
[ -x "$PY" ] || PY="$(command -v python3)"
export CNNGUI_BUNDLE="${CNNGUI_BUNDLE:-cnngui}"
BUNDLE="dist/$CNNGUI_BUNDLE"
if ! "$PY" -c "import PyInstaller" 2>/dev/null; then
    echo "build.sh: PyInstaller is not installed in $PY's environment; use make package" >&2
    exit 2
fi
# Which TensorFlow goes in: tensorflow-cpu (make package) or tensorflow (+ CUDA wheels).
tf="$("$PY" -c "from importlib.metadata import distribution as d
for n in ('tensorflow-cpu', 'tensorflow'):
    try: print(n, d(n).version); break
    except Exception: pass" 2>/dev/null || true)"
echo "build.sh: $BUNDLE/ from $PY (${tf:-no TensorFlow found})"
for f in resources/default_model.keras resources/mnist.npz resources/sample_digits.npz; do
    [ -f "$f" ] || { echo "build.sh: $f is missing; the bundle would be incomplete." >&2; exit 2; }
done
start=$(date +%s)
export TF_CPP_MIN_LOG_LEVEL=3
"$PY" -m PyInstaller --noconfirm --clean --log-level WARN \
    --distpath dist --workpath "build/pyinstaller-$CNNGUI_BUNDLE" packaging/cnngui.spec
end=$(date +%s)
secs=$((end - start))
size=$(du -sh "$BUNDLE" | cut -f1)
bytes=$(du -sb "$BUNDLE" | cut -f1)
files=$(find "$BUNDLE" -type f | wc -l)
echo
echo "Built $BUNDLE/ (run $BUNDLE/cnngui, or packaging/smoke_test.sh $BUNDLE to check it)"
echo "Bundle size: ${size} (${bytes} bytes, ${files} files)"
echo "Build time: $((secs / 60)) min $((secs % 60)) s"
