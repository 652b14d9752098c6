"""YAML read with libyaml's C parser when PyYAML was built with it (several times faster; config files, the
gazetteer and the lexicons are read on every run). Errors and node marks are the same as the pure-Python parser's."""

from __future__ import annotations

import yaml

SafeLoader = getattr(yaml, "CSafeLoader", yaml.SafeLoader)


def load(text: str):
    return yaml.load(text, Loader=SafeLoader)  # noqa: S506 - a safe loader


def compose(text: str):
    return yaml.compose(text, Loader=SafeLoader)
