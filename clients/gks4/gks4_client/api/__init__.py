# generated from specs/gks4.yaml — do not edit
"""Contains methods for accessing the API"""
