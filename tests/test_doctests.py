"""The examples in core's docstrings are tests too: they must stay true."""

from __future__ import annotations

import doctest
import importlib
import pkgutil

import pytest

import cnngui.core

MODULES = sorted(
    m.name for m in pkgutil.walk_packages(cnngui.core.__path__, "cnngui.core.") if not m.ispkg
)


@pytest.mark.parametrize("name", MODULES)
def test_docstring_examples(name):
    module = importlib.import_module(name)
    assert doctest.testmod(module, optionflags=doctest.ELLIPSIS).failed == 0
