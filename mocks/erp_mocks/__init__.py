"""Loopback mock servers for the vendor specs.

``erp_mocks.engine`` routes and validates requests from a spec; each vendor package supplies the
behaviour (auth, state, handlers). ``erp_mocks.generated`` holds the pydantic models that
datamodel-code-generator makes from the specs (never edited by hand).
"""
