"""The layout of ``places.json``'s name index, shared by the build and the loader.

``names`` maps a normalised spelling to one entry or a list of entries; an
entry is ``(place index << SHIFT) | flags``.
"""

from __future__ import annotations

FORMAT_VERSION = 2
SHIFT = 2
# The spelling is what the place is called now (its name and spelling
# variants of it, and its name in Russian for a Ukrainian place).
CURRENT = 1
# The spelling is what the place was called before a renaming.
FORMER = 2
