# generated from specs/wisedat.yaml — do not edit
"""Contains methods for accessing the API"""
