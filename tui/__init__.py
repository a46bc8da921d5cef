"""The Textual review workbench for analysed hearings (``hearing tui``)."""
