"""The hostile values of issue 6 as they reach the exports."""

from __future__ import annotations

# Creates a directory named ``strikemap_pwned`` in the working directory if it is
# ever rendered by Jinja as template text; no quotes or angle brackets, so
# html.escape alone would leave it unchanged.
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
