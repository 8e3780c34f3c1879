"""The HTTP API: a package per resource (``<resource>/routes.py``, ``<resource>/schemas.py``),
the dependencies (``deps.py``), the types bodies share (``types.py``), problem details."""
