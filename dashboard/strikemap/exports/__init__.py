"""Exports of a filtered event frame: CSV, GeoJSON, GeoPackage, standalone HTML, briefing PNG.

Every function takes the GeoDataFrame made by :func:`strikemap.frames.events_to_frame`.
The browser-based exports import playwright only when called.
"""
