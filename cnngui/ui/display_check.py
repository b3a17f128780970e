"""Before Qt starts on Linux: can it open a window here, and if not, exactly why?

Qt's xcb platform plugin needs a dozen system libraries; when one is missing Qt
aborts the whole process with a plugin error that names none of them. This module
reads the plugin's own list of needed libraries (the ``DT_NEEDED`` entries of the ELF
files, as the dynamic loader would), tries to load each one that PySide6 does not
ship, and names every missing library with the Debian/Ubuntu package that provides
it, so the user gets one sentence and one ``apt install`` line. No Qt is imported
here: importing it is what aborts.
"""

from __future__ import annotations

import ctypes
import os
import re
import struct
import sys
from collections.abc import Callable, Iterable
from pathlib import Path

# Sonames whose Debian package name does not follow "libfoo-bar.so.N" → "libfoo-barN".
_PACKAGES = {
    "libxcb.so.1": "libxcb1",
    "libX11.so.6": "libx11-6",
    "libX11-xcb.so.1": "libx11-xcb1",
    "libxkbcommon.so.0": "libxkbcommon0",
    "libxkbcommon-x11.so.0": "libxkbcommon-x11-0",
    "libxcb-util.so.1": "libxcb-util1",
    "libGL.so.1": "libgl1",
    "libEGL.so.1": "libegl1",
    "libOpenGL.so.0": "libopengl0",
    "libGLX.so.0": "libglx0",
    "libfontconfig.so.1": "libfontconfig1",
    "libfreetype.so.6": "libfreetype6",
    "libglib-2.0.so.0": "libglib2.0-0",
    "libgthread-2.0.so.0": "libglib2.0-0",
    "libdbus-1.so.3": "libdbus-1-3",
    "libSM.so.6": "libsm6",
    "libICE.so.6": "libice6",
    "libXext.so.6": "libxext6",
    "libXrender.so.1": "libxrender1",
    "libXi.so.6": "libxi6",
}

#: Everything the window needs on a minimal Debian 12 / Ubuntu desktop, for the README.
DESKTOP_PACKAGES = (
    "libxcb-cursor0 libxcb-icccm4 libxcb-image0 libxcb-keysyms1 libxcb-randr0 "
    "libxcb-render-util0 libxcb-shape0 libxcb-shm0 libxcb-sync1 libxcb-xfixes0 "
    "libxcb-xkb1 libxcb-util1 libxkbcommon-x11-0 libxkbcommon0 libx11-xcb1 libgl1 "
    "libegl1 libfontconfig1 libglib2.0-0 libdbus-1-3"
)

Loader = Callable[[str], object]


def package_for(soname: str) -> str:
    """The Debian/Ubuntu package that ships a shared library.

    >>> package_for("libxcb-icccm.so.4")
    'libxcb-icccm4'
    >>> package_for("libxkbcommon-x11.so.0")
    'libxkbcommon-x11-0'
    >>> package_for("libxcb-render-util.so.0")
    'libxcb-render-util0'
    """
    if soname in _PACKAGES:
        return _PACKAGES[soname]
    match = re.fullmatch(r"(lib[\w+.-]+?)\.so\.(\d+)(?:\..*)?", soname)
    if not match:
        return soname
    stem, version = match.group(1).lower(), match.group(2)
    return f"{stem}-{version}" if stem[-1].isdigit() else f"{stem}{version}"


def needed_libraries(path: Path) -> list[str]:
    """The ``DT_NEEDED`` sonames of an ELF shared object (empty if it is not one)."""
    try:
        data = path.read_bytes()
    except OSError:
        return []
    if len(data) < 64 or data[:4] != b"\x7fELF":
        return []
    is64 = data[4] == 2
    end = "<" if data[5] == 1 else ">"
    if is64:
        shoff, shentsize, shnum = (
            struct.unpack_from(end + "Q", data, 0x28)[0],
            *struct.unpack_from(end + "HH", data, 0x3A),
        )
        sh_fmt, dyn_fmt = end + "IIQQQQIIQQ", end + "qQ"
    else:
        shoff, shentsize, shnum = (
            struct.unpack_from(end + "I", data, 0x20)[0],
            *struct.unpack_from(end + "HH", data, 0x2E),
        )
        sh_fmt, dyn_fmt = end + "IIIIIIIIII", end + "iI"
    sections = []
    for i in range(shnum):
        offset = shoff + i * shentsize
        if offset + struct.calcsize(sh_fmt) > len(data):
            return []
        sections.append(struct.unpack_from(sh_fmt, data, offset))
    names: list[str] = []
    for sh in sections:
        sh_type, sh_offset, sh_size, sh_link = sh[1], sh[4], sh[5], sh[6]
        if sh_type != 6 or sh_link >= len(sections):  # SHT_DYNAMIC
            continue
        strtab = sections[sh_link][4]
        step = struct.calcsize(dyn_fmt)
        for pos in range(sh_offset, sh_offset + sh_size - step + 1, step):
            tag, value = struct.unpack_from(dyn_fmt, data, pos)
            if tag == 0:  # DT_NULL
                break
            if tag == 1:  # DT_NEEDED
                start = strtab + value
                names.append(data[start : data.index(b"\0", start)].decode("ascii", "replace"))
    return names


def _qt_dirs() -> tuple[list[Path], Path] | None:
    """Where PySide6's own libraries are, and its xcb plugin, found without importing Qt."""
    import importlib.util

    roots = []
    frozen = getattr(sys, "_MEIPASS", None)  # a PyInstaller bundle
    if frozen:
        roots.append(Path(frozen) / "PySide6")
    spec = importlib.util.find_spec("PySide6")
    if spec is not None and spec.submodule_search_locations:
        roots.extend(Path(p) for p in spec.submodule_search_locations)
    for root in roots:
        plugin = root / "Qt" / "plugins" / "platforms" / "libqxcb.so"
        if plugin.is_file():
            shipped = [root / "Qt" / "lib", root]
            if frozen:
                shipped.append(Path(frozen))
            return shipped, plugin
    return None


def missing_libraries(plugin: Path, shipped: list[Path], loader: Loader = ctypes.CDLL) -> list[str]:
    """Every system library the plugin needs, directly or through Qt's own, that won't load.

    Libraries found in ``shipped`` (PySide6's folders) are followed, not loaded: what they
    need in turn is checked the same way.
    """
    missing: list[str] = []
    seen: set[str] = set()
    todo: list[Path] = [plugin]
    while todo:
        for name in needed_libraries(todo.pop()):
            if name in seen:
                continue
            seen.add(name)
            local = next((d / name for d in shipped if (d / name).is_file()), None)
            if local is not None:
                todo.append(local)
                continue
            try:
                loader(name)
            except OSError as exc:
                missing.append(_first_missing(name, exc))
    return sorted(set(missing))


def _first_missing(name: str, exc: OSError) -> str:
    """The library the loader could not find: ``name`` itself or one it needs in turn."""
    match = re.match(r"([\w+.-]+\.so[\w.]*): cannot open shared object", str(exc))
    return match.group(1) if match else name


def describe_missing(missing: Iterable[str]) -> str:
    """One sentence naming the missing libraries and the ``apt install`` line."""
    libs = sorted(set(missing))
    packages = sorted({package_for(lib) for lib in libs})
    which = "library" if len(libs) == 1 else "libraries"
    return (
        f"the window cannot open because the system {which} {', '.join(libs)} "
        f"{'is' if len(libs) == 1 else 'are'} missing; install "
        f"{'it' if len(libs) == 1 else 'them'} (Debian/Ubuntu: sudo apt install "
        f"{' '.join(packages)}) and start cnngui again."
    )


def display_problem(
    environ: dict[str, str] | None = None,
    platform: str = sys.platform,
    loader: Loader = ctypes.CDLL,
    qt_dirs: Callable[[], tuple[list[Path], Path] | None] = _qt_dirs,
) -> str | None:
    """One sentence when Qt will not be able to open a window here (None: it will)."""
    env = os.environ if environ is None else environ
    if not platform.startswith("linux"):
        return None
    chosen = env.get("QT_QPA_PLATFORM", "")
    if chosen and not chosen.startswith("xcb"):
        return None  # offscreen, wayland, … chosen explicitly
    if not chosen and env.get("WAYLAND_DISPLAY"):
        return None
    if not env.get("DISPLAY"):
        return (
            "no display found (DISPLAY is not set): run cnngui inside a desktop session, "
            "use the command-line tools such as `cnngui train` and `cnngui predict`, or set "
            "QT_QPA_PLATFORM=offscreen to run the window without a screen."
        )
    dirs = qt_dirs()
    if dirs is None:
        return None  # no xcb plugin to check; Qt will say what it can
    shipped, plugin = dirs
    missing = missing_libraries(plugin, shipped, loader)
    return describe_missing(missing) if missing else None
