"""YAML read with libyaml's C parser when PyYAML was built with it (several times faster; config files, the
gazetteer and the lexicons are read on every run). Errors and node marks are the same as the pure-Python parser's."""

from __future__ import annotations

import yaml

SafeLoader = getattr(yaml, "CSafeLoader", yaml.SafeLoader)


class ConfigLoader(SafeLoader):  # type: ignore[valid-type,misc]
    """SafeLoader that reads dates as the strings they are written as: briefgen parses them itself, with file:line
    in its messages ('2026-02-30' would otherwise fail inside the YAML loader with a bare 'day is out of range')."""

    yaml_implicit_resolvers = {
        first: [(tag, regexp) for tag, regexp in resolvers if tag != "tag:yaml.org,2002:timestamp"]
        for first, resolvers in SafeLoader.yaml_implicit_resolvers.items()
    }


def load(text: str, loader=SafeLoader):
    return yaml.load(text, Loader=loader)  # noqa: S506 - a safe loader


def compose(text: str, loader=SafeLoader):
    return yaml.compose(text, Loader=loader)


def first_anchor(text: str) -> int | None:
    """The line (1-based) of the first anchor (&name) or alias (*name) of a YAML text, None if it has none. Read
    from the parser's events before anything is composed: an alias bomb ("billion laughs") costs nothing here."""
    for event in yaml.parse(text, Loader=SafeLoader):
        if isinstance(event, yaml.AliasEvent) or getattr(event, "anchor", None):
            return event.start_mark.line + 1 if event.start_mark else 1
    return None
