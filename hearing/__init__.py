"""hearing: policy-hearing transcript analyzer (transcribe, diarize, pair Q&A, flag evasion)."""

__version__ = "0.1.0"
