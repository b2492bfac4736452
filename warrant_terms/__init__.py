"""warrant-terms: SEC warrant exhibits in, validated source-grounded warrant terms out."""

__version__ = "0.1.0"
SCHEMA_VERSION = "2"
