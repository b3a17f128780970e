"""Regenerate the Korean catalogue from the window's code and compile it.

    python tools/update_translations.py          # lupdate → cnngui_ko.ts, lrelease → .qm
    python tools/update_translations.py --check  # exit 1 when a message lacks a translation

`pyside6-lupdate` collects every ``translate("Context", "…")``, ``self.tr("…")`` and
``QT_TRANSLATE_NOOP("Context", "…")`` under ``cnngui/ui``; existing translations are kept
(a changed English text becomes "unfinished" until someone translates it again).
``tools/ko_catalogue.py`` holds Korean texts keyed by (context, English source); they
fill any message that is still unfinished, so the catalogue can be rebuilt from scratch.
"""

from __future__ import annotations

import shutil
import subprocess
import sys
import xml.etree.ElementTree as ET
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
TS = ROOT / "resources" / "i18n" / "cnngui_ko.ts"
QM = TS.with_suffix(".qm")


def tool(name: str) -> str:
    """The pyside6 tool beside this Python (a venv's bin), else on PATH."""
    here = Path(sys.executable).with_name(name)
    found = str(here) if here.exists() else shutil.which(name)
    if not found:
        sys.exit(f"{name} not found: install PySide6 (pip install PySide6-Essentials)")
    return found


def sources() -> list[str]:
    return sorted(str(p.relative_to(ROOT)) for p in (ROOT / "cnngui" / "ui").rglob("*.py"))


def unfinished(ts: Path) -> list[tuple[str, str]]:
    """(context, source) of every message without a finished translation."""
    missing = []
    for context in ET.parse(ts).getroot().iter("context"):
        name = context.findtext("name") or ""
        for message in context.iter("message"):
            tr = message.find("translation")
            if tr is None or tr.get("type") in ("unfinished", "vanished", "obsolete"):
                if tr is not None and tr.get("type") in ("vanished", "obsolete"):
                    continue
                missing.append((name, message.findtext("source") or ""))
            elif not (tr.text or "").strip():
                missing.append((name, message.findtext("source") or ""))
    return missing


def fill(ts: Path) -> int:
    """Fill unfinished messages from tools/ko_catalogue.py; return how many were filled."""
    sys.path.insert(0, str(ROOT / "tools"))
    from ko_catalogue import KO  # type: ignore[import-not-found]

    tree = ET.parse(ts)
    filled = 0
    for context in tree.getroot().iter("context"):
        name = context.findtext("name") or ""
        for message in context.iter("message"):
            tr = message.find("translation")
            source = message.findtext("source") or ""
            text = KO.get((name, source), KO.get(("*", source)))
            if tr is not None and tr.get("type") == "unfinished" and text:
                tr.text = text
                del tr.attrib["type"]
                filled += 1
    tree.write(ts, encoding="utf-8", xml_declaration=True)
    return filled


def main() -> int:
    check = "--check" in sys.argv
    if not check:
        subprocess.run(
            [tool("pyside6-lupdate"), *sources(), "-no-obsolete", "-ts", str(TS)],
            cwd=ROOT,
            check=True,
        )
        print(f"filled {fill(TS)} messages from tools/ko_catalogue.py")
        subprocess.run([tool("pyside6-lrelease"), str(TS), "-qm", str(QM)], check=True)
    missing = unfinished(TS)
    for context, source in missing:
        print(f"untranslated [{context}] {source!r}")
    print(f"{len(missing)} untranslated message(s) in {TS.relative_to(ROOT)}")
    return 1 if missing and check else 0


if __name__ == "__main__":
    sys.exit(main())
