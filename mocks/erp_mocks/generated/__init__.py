"""Pydantic models generated from specs/ by scripts/generate.py. Do not edit."""
