# generated from specs/quickstart.yaml — do not edit
"""Contains endpoint functions for accessing the API"""
