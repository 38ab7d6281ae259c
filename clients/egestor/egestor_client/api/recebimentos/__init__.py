# generated from specs/egestor.yaml — do not edit
"""Contains endpoint functions for accessing the API"""
