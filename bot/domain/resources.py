"""Where the data shipped inside the ``bot`` package lives (policies, locales, migrations, corpora).

Found through :mod:`importlib.resources`, never relative to the working directory or to the checkout, so an
installed wheel works from any directory exactly like an editable install does.
"""

from __future__ import annotations

from importlib.resources import files
from pathlib import Path


def packaged(*parts: str) -> Path:
    """The on-disk path of a folder or file shipped in the ``bot`` package (wheels install unzipped)."""
    root = files("bot")
    for part in parts:
        root = root / part
    return Path(str(root))
