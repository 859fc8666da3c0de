"""strikemap: news reports of strikes in the Russia-Ukraine war, as a dated, filterable map."""

__version__ = "0.1.0"
