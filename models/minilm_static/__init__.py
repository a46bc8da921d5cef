"""Static (one vector per word piece) version of all-MiniLM-L6-v2, distilled by ``distill.py``."""
