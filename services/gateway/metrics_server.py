"""The Prometheus exposition of the gateway's HTTP metrics, on a port of its own.

The API's port serves the API (and its probes) only: whoever reaches it (anyone on the
machine with ``make run``; the Ingress controller and the console in a cluster) must not
read how many sign-ins failed and on which routes. The scraper reaches
``PATHWAYS_METRICS_HOST:PATHWAYS_METRICS_PORT`` instead (``infra/k8s/gateway.yaml`` admits
only the monitoring namespace there); port 0 serves no metrics at all.
"""

from __future__ import annotations

from prometheus_client import start_http_server

from gateway.api.observability import HttpMetrics

__all__ = ["serve_metrics"]


def serve_metrics(metrics: HttpMetrics, *, host: str, port: int) -> int | None:
    """Serves ``metrics`` at ``http://host:port/metrics`` from a daemon thread (the
    Prometheus client's own server), until the process ends; the port bound (``port`` 0:
    nothing served, None). Fails at once if the port is taken."""
    if port == 0:
        return None
    server, _thread = start_http_server(port, addr=host, registry=metrics.registry)
    bound: int = server.server_port
    return bound
