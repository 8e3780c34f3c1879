"""The HTTP API: routers per resource, dependencies, problem details."""
