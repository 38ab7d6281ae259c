# generated from specs/gestix.yaml — do not edit
"""Contains methods for accessing the API"""
