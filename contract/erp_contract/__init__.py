"""``erp-contract``: check a server against an ERP vendor's spec, from any CI.

schemathesis sends positive and negative cases for every operation (and, with writes allowed,
follows the spec's OpenAPI links), each response must pass our checks; credentials come from
environment variables and tokens from the vendor's adapter (``erp_adapters``).
"""
