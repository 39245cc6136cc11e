"""Havre: a Discord moderation and peer-support bot."""

__version__ = "0.1.0"
