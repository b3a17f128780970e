"""Words the user reads, kept as a template and its values so the window can translate them.

The command line speaks English: a :class:`Phrase` *is* its English ``str`` and prints as
such. The window speaks the student's language: ``cnngui.ui.i18n.core_text`` looks the
template up in Qt's catalogue (context ``"Core"``), translates the values that are
phrases themselves, and fills them in. Core stays free of Qt: this module only records.

Write every user-facing sentence or fragment in ``cnngui/core`` as
``phrase("layer {index} {type}: …", index=i, type=t)`` with a literal template (so
``tools/update_translations.py`` finds it) and compose sentences from phrases, never by
``+`` or f-strings (a plain ``str`` is English only). Values may use format specs
(``{count:,}``); a translation keeps the same placeholders.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from typing import Any


class Phrase(str):
    """English text that remembers how it was made (``template``, ``values``, or ``parts``)."""

    template: str | None
    values: Mapping[str, Any]
    #: for :func:`join_phrases`: the pieces and the separator between them
    parts: tuple[Any, ...]
    separator: str

    def __reduce__(self) -> tuple[Any, ...]:
        # pickling (worker processes, copies) keeps the recipe, not just the English
        return (_rebuild, (str(self), self.__dict__))


def _rebuild(english: str, state: dict[str, Any]) -> Phrase:
    made = Phrase(english)
    made.__dict__.update(state)
    return made


def phrase(template: str, /, **values: Any) -> Phrase:
    """``template.format(**values)`` that the window can show translated.

    >>> p = phrase("input is {shape}, smaller than {k}", shape="1×1×64", k="2×2")
    >>> p
    'input is 1×1×64, smaller than 2×2'
    >>> p.template, dict(p.values)
    ('input is {shape}, smaller than {k}', {'shape': '1×1×64', 'k': '2×2'})
    """
    made = Phrase(template.format(**values) if values else template)
    made.template = template
    made.values = dict(values)
    made.parts = ()
    made.separator = ""
    return made


def join_phrases(separator: str, parts: Iterable[Any]) -> Phrase:
    """``separator.join(parts)`` whose phrases are translated one by one in the window.

    >>> join_phrases("; ", [phrase("a {n}", n=1), "b"])
    'a 1; b'
    """
    items = tuple(parts)
    made = Phrase(separator.join(str(p) for p in items))
    made.template = None
    made.values = {}
    made.parts = items
    made.separator = separator
    return made


def phrase_of(value: Any) -> Any:
    """The :class:`Phrase` an exception was raised with (its first argument), else ``value``.

    ``str(exc)`` is plain English; the phrase inside keeps what the window translates.
    """
    if isinstance(value, BaseException):
        args = getattr(value, "args", ())
        if len(args) == 1 and isinstance(args[0], Phrase):
            return args[0]
        return str(value)
    return value


def render(value: Any, translate_template: Any) -> str:
    """``value`` with every phrase's template passed through ``translate_template``.

    The window gives Qt's translator; anything that is not a phrase stays as it is. A
    translation whose placeholders do not fit its values falls back to the English.

    >>> korean = {"a {x}": "{x} 가", "b": "나", "c": "다"}.get
    >>> render(phrase("a {x}", x=phrase("b")), korean)
    '나 가'
    >>> render(join_phrases(", ", [phrase("c"), "d"]), korean)
    '다, d'
    >>> render(phrase("{x}"), lambda t: "{{x}}")  # no values: the template is the text
    '{{x}}'
    """
    value = phrase_of(value)
    if not isinstance(value, Phrase):
        return str(value)
    if value.template is None:
        return value.separator.join(render(p, translate_template) for p in value.parts)
    translated = str(translate_template(value.template) or value.template)
    if not value.values:  # like phrase(): a template without values is never formatted
        return translated
    values = {k: _render_value(v, translate_template) for k, v in value.values.items()}
    try:
        return translated.format(**values)
    except (KeyError, IndexError, ValueError):
        return str(value)


def _render_value(value: Any, translate_template: Any) -> Any:
    return render(value, translate_template) if isinstance(value, Phrase) else value
