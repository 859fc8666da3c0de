"""The hostile values of issue 6, fed through every output path that shows article text."""

from __future__ import annotations

# Runs Python on the server if it ever reaches Jinja as template text: it creates
# a directory named ``strikemap_pwned`` in the current working directory. It has
# no quotes or angle brackets, so html.escape alone leaves it unchanged.
FILE_CREATING_JINJA = "{{ lipsum.__globals__.os.mkdir(dict(strikemap_pwned=1)|first) }}"
PWNED_NAME = "strikemap_pwned"

HOSTILE_TEXTS: tuple[str, ...] = (
    "{{ 7*7 }}",
    "{% raw %}",
    "${alert(1)}",
    "`backtick`",
    "</script><script>alert(1)</script>",
    "<img src=x onerror=alert(1)>",
    FILE_CREATING_JINJA,
)
HOSTILE_URL = "javascript:alert(1)"
