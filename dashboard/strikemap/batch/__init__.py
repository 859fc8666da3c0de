"""Archive-scale extraction on Dask: partitions, workers, GeoParquet output, bulk load.

``strikemap batch`` (see :mod:`strikemap.cli.batch`) cuts an archive into
partitions (:mod:`~strikemap.batch.partitions`), extracts them on a Dask
cluster (:mod:`~strikemap.batch.runner`, :mod:`~strikemap.batch.worker`)
into GeoParquet (:mod:`~strikemap.batch.tables`), merges reports of one strike
with a shuffle (:mod:`~strikemap.batch.shuffle`) and loads a result into a
store (:mod:`~strikemap.batch.load`).
"""
