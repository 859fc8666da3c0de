"""Streamlit-only helpers of the dashboard: cached loaders and the page's panels.

Everything that imports :mod:`streamlit` lives here (and in ``dashboard/app.py``);
the stages under :mod:`strikemap` stay usable without it. Cached wrappers are
prefixed ``st_``.
"""
