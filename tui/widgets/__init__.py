"""Widgets of the hearing screen."""
