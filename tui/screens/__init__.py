"""Screens of the review workbench: library, hearing, progress, help and dialogs."""
