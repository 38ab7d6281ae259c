# generated from specs/gestix.yaml — do not edit
"""Contains endpoint functions for accessing the API"""
