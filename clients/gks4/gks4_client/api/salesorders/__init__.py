# generated from specs/gks4.yaml — do not edit
"""Contains endpoint functions for accessing the API"""
