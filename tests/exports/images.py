"""Checks on rendered PNGs: decodable, not blank, a colour present."""

from __future__ import annotations

import io

import numpy as np
from PIL import Image


def as_image(png: bytes) -> Image.Image:
    """Decode a PNG (asserting the signature) as RGB."""
    assert png[:8] == b"\x89PNG\r\n\x1a\n"
    return Image.open(io.BytesIO(png)).convert("RGB")


def assert_not_blank(image: Image.Image) -> None:
    """Assert the image has contrast and many colours: text, markers and map, not a flat fill."""
    pixels = np.asarray(image, dtype=np.float32)
    # A flat fill has a spread near 0; a briefing of one event on the plain offline base
    # map (white page, grey land, thin outlines, one marker) measures about 19.
    assert pixels.std() > 10, "the image is (nearly) one colour"
    assert len(image.getcolors(maxcolors=1_000_000) or ()) > 500


def pixels_near(image: Image.Image, rgb: tuple[int, int, int], tolerance: int = 12) -> int:
    """Count the pixels within ``tolerance`` of ``rgb`` in every channel."""
    pixels = np.asarray(image, dtype=np.int16)
    return int((np.abs(pixels - np.array(rgb)).max(axis=2) <= tolerance).sum())
