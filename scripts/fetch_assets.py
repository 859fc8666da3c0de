"""Fetch Leaflet and the folium plugin assets into dashboard/static/vendor/.

Run by ``make`` at set-up. Each npm package of :data:`strikemap.assets.PACKAGES` is
fetched with ``npm pack`` (the npm registry's own client) into a temporary
directory and only the needed files are extracted; files shipped in the folium
wheel are copied from the installed package. The result is git-ignored and served
by Streamlit at ``/app/static/vendor/``. Running it again does nothing when every
file is already there (``--force`` fetches again).

Usage: ``python scripts/fetch_assets.py [--force] [--vendor-dir DIR]``
"""

from __future__ import annotations

import argparse
import fnmatch
import shutil
import subprocess
import sys
import tarfile
import tempfile
from pathlib import Path

# The script runs before or without an installed package (e.g. from a fresh clone).
sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "dashboard"))

from strikemap.assets import PACKAGES, VENDOR_DIR, VendorPackage, local_assets_available


def _npm_pack(spec: str, workdir: Path) -> Path:
    """Download the package tarball with ``npm pack`` and return its path."""
    npm = shutil.which("npm")
    if npm is None:
        raise RuntimeError("npm is not installed; install Node.js/npm (apt-get install -y npm)")
    result = subprocess.run(
        [npm, "pack", spec, "--silent", "--pack-destination", str(workdir)],
        capture_output=True,
        text=True,
        check=False,
    )
    if result.returncode != 0:
        raise RuntimeError(f"npm pack {spec} failed: {result.stderr.strip()[-500:]}")
    tarballs = sorted(workdir.glob("*.tgz"))
    if len(tarballs) != 1:
        raise RuntimeError(f"npm pack {spec} produced {len(tarballs)} tarballs")
    return tarballs[0]


def _extract(tarball: Path, package: VendorPackage, target: Path) -> list[Path]:
    """Copy the files of ``package`` matching its patterns from the npm tarball."""
    written: list[Path] = []
    with tarfile.open(tarball, "r:gz") as archive:
        for member in archive.getmembers():
            if not member.isfile():
                continue
            # npm tarballs keep everything under a top-level "package/" folder.
            relative = member.name.split("/", 1)[1] if "/" in member.name else member.name
            if not any(fnmatch.fnmatch(relative, pattern) for pattern in package.files):
                continue
            destination = target / relative
            if target.resolve() not in destination.resolve().parents:
                raise RuntimeError(f"refusing path outside the vendor folder: {member.name}")
            destination.parent.mkdir(parents=True, exist_ok=True)
            source = archive.extractfile(member)
            if source is None:
                continue
            destination.write_bytes(source.read())
            written.append(destination)
    return written


def _copy_from_folium(package: VendorPackage, target: Path) -> list[Path]:
    """Copy files shipped inside the installed folium wheel."""
    import folium

    root = Path(folium.__file__).parent
    written: list[Path] = []
    for pattern in package.files:
        for source in root.glob(pattern):
            destination = target / source.relative_to(root)
            destination.parent.mkdir(parents=True, exist_ok=True)
            shutil.copyfile(source, destination)
            written.append(destination)
    return written


def fetch_package(package: VendorPackage, vendor_dir: Path) -> list[Path]:
    """Fetch one package's files into ``vendor_dir/<directory>`` and return them."""
    target = vendor_dir / package.directory
    kind, _, spec = package.spec.partition(":")
    if kind == "folium":
        written = _copy_from_folium(package, target)
    else:
        with tempfile.TemporaryDirectory(prefix="strikemap-npm-") as tmp:
            written = _extract(_npm_pack(spec, Path(tmp)), package, target)
    if not written:
        raise RuntimeError(f"{package.spec}: none of {package.files} found")
    return written


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--force", action="store_true", help="fetch even when present")
    parser.add_argument("--vendor-dir", type=Path, default=VENDOR_DIR)
    args = parser.parse_args(argv)
    vendor_dir: Path = args.vendor_dir
    if not args.force and local_assets_available(vendor_dir):
        print(f"map assets already in {vendor_dir}", file=sys.stderr)
        return 0
    vendor_dir.mkdir(parents=True, exist_ok=True)
    try:
        for package in PACKAGES:
            files = fetch_package(package, vendor_dir)
            print(f"{package.spec}: {len(files)} files", file=sys.stderr)
    except RuntimeError as error:
        print(f"fetch_assets: {error}", file=sys.stderr)
        return 1
    if not local_assets_available(vendor_dir):
        print("fetch_assets: some assets are still missing", file=sys.stderr)
        return 1
    print(f"map assets ready in {vendor_dir}", file=sys.stderr)
    return 0


if __name__ == "__main__":
    sys.exit(main())
