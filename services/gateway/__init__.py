"""Gateway: the REST API in front of matching and peer groups, the only door into Pathways."""
