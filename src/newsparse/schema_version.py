"""The output schema's version, kept apart from models.py so writing JSON needs no pydantic."""

SCHEMA_VERSION = "1.0"
