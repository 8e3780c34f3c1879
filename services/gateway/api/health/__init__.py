"""Health: liveness and readiness probes, and the metrics for Prometheus."""
