"""``python -m cnngui`` is the same as the ``cnngui`` command."""

import sys

from cnngui.cli import main

if __name__ == "__main__":
    sys.exit(main())
