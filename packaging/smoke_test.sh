#!/usr/bin/env bash
# Smoke-test the built bundle the way a school machine runs it: no source tree, no Python
# on the path, an empty HOME, no network. Runs `cnngui selftest`, then opens the window
# offscreen for a few seconds and checks that it closes cleanly.
# Usage: packaging/smoke_test.sh [BUNDLE_DIR]   (default: dist/cnngui)
#   REQUIRE_GPU=1   the selftest fails unless TensorFlow finds a GPU (make smoke-test-gpu)
set -uo pipefail
ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
BUNDLE="$(cd "${1:-$ROOT/dist/cnngui}" 2>/dev/null && pwd)" || {
    echo "smoke_test.sh: no bundle at ${1:-$ROOT/dist/cnngui}; build it with: make package" >&2
    exit 2
}
EXE="$BUNDLE/cnngui"
[ -x "$EXE" ] || { echo "smoke_test.sh: $EXE is missing or not executable." >&2; exit 2; }
GUI_SECONDS="${GUI_SECONDS:-8}"
SELFTEST_ARGS=()
[ "${REQUIRE_GPU:-0}" = 1 ] && SELFTEST_ARGS=(--require-gpu)

WORK="$(mktemp -d -t cnngui-smoke.XXXXXX)"
trap 'rm -rf "$WORK"' EXIT
mkdir -p "$WORK/home" "$WORK/cwd"
cd "$WORK/cwd"  # an empty folder: nothing of the source tree is importable from here

# Run a copy somewhere else (hard links: instant, no extra disk), which also proves the
# bundle is relocatable and refers to nothing in the build tree.
if cp -al "$BUNDLE" "$WORK/cnngui" 2>/dev/null; then
    echo "copied:  $BUNDLE -> $WORK/cnngui (hard links)"
    BUNDLE="$WORK/cnngui"
    EXE="$BUNDLE/cnngui"
fi

# No network: a private network namespace when the kernel allows it, else dead proxies.
NONET=()
if unshare -rn true 2>/dev/null; then
    NONET=(unshare -rn)
    net="none (private network namespace)"
elif unshare -n true 2>/dev/null; then
    NONET=(unshare -n)
    net="none (private network namespace)"
else
    net="proxies pointed at a closed port (unshare is not available here)"
fi
# A clean environment: only what a desktop session would have, HOME empty, no PYTHONPATH.
CLEAN=(env -i PATH=/usr/bin:/bin HOME="$WORK/home" LANG=C.UTF-8 LC_ALL=C.UTF-8
    XDG_DATA_HOME="$WORK/home/.local/share" XDG_CONFIG_HOME="$WORK/home/.config"
    XDG_RUNTIME_DIR="$WORK/home/run" QT_QPA_PLATFORM=offscreen
    http_proxy=http://127.0.0.1:9 https_proxy=http://127.0.0.1:9
    HTTP_PROXY=http://127.0.0.1:9 HTTPS_PROXY=http://127.0.0.1:9)
mkdir -p "$WORK/home/run" && chmod 700 "$WORK/home/run"

echo "bundle:  $BUNDLE ($(du -sh "$BUNDLE" | cut -f1))"
echo "network: $net; HOME=$WORK/home (empty); cwd=$WORK/cwd (empty); PYTHONPATH unset"
failed=0

echo
echo "== cnngui selftest ${SELFTEST_ARGS[*]}"
t0=$(date +%s)
out="$("${NONET[@]}" "${CLEAN[@]}" "$EXE" selftest "${SELFTEST_ARGS[@]}" 2>"$WORK/selftest.err")"
rc=$?
echo "$out"
echo "(exit $rc, $(($(date +%s) - t0)) s)"
if [ $rc -ne 0 ]; then
    failed=1
    tail -20 "$WORK/selftest.err"
fi
if ! grep -q "default model.*$BUNDLE" <<<"$out"; then
    echo "FAIL: the default model was not loaded from inside the bundle" && failed=1
fi

echo
echo "== cnngui summary / export (headless commands)"
if "${NONET[@]}" "${CLEAN[@]}" "$EXE" summary --preset fast >"$WORK/summary.out" 2>&1 &&
    grep -q "Total params" "$WORK/summary.out"; then
    echo "ok: summary --preset fast ($(grep "Total params" "$WORK/summary.out"))"
else
    echo "FAIL: summary --preset fast" && tail -5 "$WORK/summary.out" && failed=1
fi
if "${NONET[@]}" "${CLEAN[@]}" "$EXE" export --preset mlp --python "$WORK/cwd/mlp.py" \
    >"$WORK/export.out" 2>&1 && grep -q "keras.datasets.mnist.load_data()" "$WORK/cwd/mlp.py"; then
    echo "ok: $(cat "$WORK/export.out")"
else
    echo "FAIL: export --preset mlp" && tail -5 "$WORK/export.out" && failed=1
fi

echo
echo "== cnngui gui --check-display (the X11 libraries the window needs on this machine)"
if "${CLEAN[@]}" "$EXE" gui --check-display >"$WORK/check.out" 2>&1; then
    echo "ok: $(cat "$WORK/check.out")"
elif grep -q "Traceback" "$WORK/check.out"; then
    echo "FAIL: the display check crashed:" && tail -20 "$WORK/check.out" && failed=1
else
    # A missing system library is the machine's problem, not the bundle's: report it.
    echo "note: $(cat "$WORK/check.out")"
fi

echo
echo "== cnngui gui (offscreen, ${GUI_SECONDS} s)"
t0=$(date +%s)
if "${CLEAN[@]}" "$EXE" gui --help 2>/dev/null | grep -q -- "--quit-after"; then
    "${NONET[@]}" "${CLEAN[@]}" timeout 300 "$EXE" gui --quit-after "$GUI_SECONDS" \
        >"$WORK/gui.out" 2>&1
    rc=$?
    if [ $rc -eq 0 ]; then
        echo "ok: the window opened and closed cleanly (exit 0, $(($(date +%s) - t0)) s)"
    else
        echo "FAIL: the window exited with code $rc" && failed=1
        tail -20 "$WORK/gui.out"
    fi
else
    # The window has no --quit-after option: check that it stays up, then ask it to quit.
    "${NONET[@]}" "${CLEAN[@]}" "$EXE" gui >"$WORK/gui.out" 2>&1 &
    pid=$!
    sleep "$GUI_SECONDS"
    if kill -0 "$pid" 2>/dev/null; then
        kill -TERM "$pid"
        wait "$pid"
        rc=$?
        echo "ok: the window ran ${GUI_SECONDS} s without crashing (closed by SIGTERM, exit $rc;"
        echo "    'cnngui gui --quit-after SECONDS' would let it close itself)"
    else
        wait "$pid"
        echo "FAIL: the window exited early with code $?" && failed=1
        tail -20 "$WORK/gui.out"
    fi
fi
if grep -q "AutoGraph could not transform" "$WORK/gui.out"; then
    echo "warning: AutoGraph found no source code in the bundle (slower first prediction)"
fi
if grep -q "Traceback" "$WORK/gui.out"; then
    echo "FAIL: a traceback was printed:" && tail -20 "$WORK/gui.out" && failed=1
fi

echo
if [ $failed -eq 0 ]; then
    echo "smoke test passed"
else
    echo "smoke test FAILED"
fi
exit $failed
