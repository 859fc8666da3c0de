"""Live intake from the web: polite HTTP, article pages, RSS/Atom feeds and their state.

Modules
-------
- :mod:`~strikemap.web.ratelimit`: the per-host request rate limit.
- :mod:`~strikemap.web.robots`: ``robots.txt`` rules, fetched once per origin.
- :mod:`~strikemap.web.client`: the HTTP client (User-Agent, timeouts, size limit,
  redirects, conditional GET) that every fetch goes through.
- :mod:`~strikemap.web.urls`: canonical URLs and the article id derived from them.
- :mod:`~strikemap.web.pages`: a fetched page to an :class:`~strikemap.models.Article`.
- :mod:`~strikemap.web.feeds`: RSS and Atom feeds read with feedparser.
- :mod:`~strikemap.web.feedlist`: the TOML feed list file.
- :mod:`~strikemap.web.state`: what has been fetched and polled, kept in the store.
- :mod:`~strikemap.web.intake`: fetch pages and poll feeds into the store, with reports.
"""
