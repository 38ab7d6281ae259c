# generated from specs/wisedat.yaml — do not edit
"""Contains endpoint functions for accessing the API"""
