# generated from specs/egestor.yaml — do not edit
"""Contains methods for accessing the API"""
