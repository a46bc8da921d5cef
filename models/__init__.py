"""Offline model registry and loaders.

Importing this package switches every hub client to offline mode and pyannote's telemetry
off before any of them is imported: hearing audio is sensitive and no hub is reachable, so
a stray download attempt must fail at once instead of hanging.
"""

import os

for _var, _value in {
    "HF_HUB_OFFLINE": "1",
    "TRANSFORMERS_OFFLINE": "1",
    "HF_DATASETS_OFFLINE": "1",
    "HF_HUB_DISABLE_TELEMETRY": "1",
    "PYANNOTE_METRICS_ENABLED": "0",
    "TOKENIZERS_PARALLELISM": "false",
}.items():
    os.environ.setdefault(_var, _value)
os.environ["PYANNOTE_METRICS_ENABLED"] = "0"
