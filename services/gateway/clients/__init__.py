"""gRPC clients of the backend services, every call with a deadline."""
