# generated from specs/*.yaml — do not edit
"""Pydantic models generated from specs/ by scripts/generate.py. Do not edit."""
