"""The small, boring runtime every Pathways service shares.

Settings base, JSON logging without personal data, the Kafka event bus carrying protobuf
envelopes, the MongoDB client factory, gRPC server bootstrap with health and reflection,
gRPC client channels with deadlines, and the caller identity carried in gRPC metadata.
No domain models live here: services never share domain classes.
"""
