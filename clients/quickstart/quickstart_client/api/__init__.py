# generated from specs/quickstart.yaml — do not edit
"""Contains methods for accessing the API"""
