"""The generated resource clients (scripts/generate.py, scripts/resource_client). Do not edit."""
