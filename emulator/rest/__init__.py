"""Discord REST API v10 routes served under ``/api/v10``."""
