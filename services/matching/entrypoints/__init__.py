"""Matching's entrypoints: the gRPC servicer and Kafka consumers. They only translate."""
