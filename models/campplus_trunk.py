"""CAM++ run once over a whole recording, pooled many times.

pyannote embeds every (10 s chunk, local speaker) pair on its own: at a window step of
0.25 every second of speech went through CAM++ about four times (ten times at 0.1), and
resegmentation then ran it once more over every turn. CAM++ is a frame-level trunk
(``head`` + ``xvector`` up to ``out_nonlinear``, 512 channels at 50 frames/s) followed by
mean+std statistics pooling and one dense layer, so the trunk's frames can be computed
once and pooled over any set of frames: a chunk's speaker mask, or a resegmentation
window. Measured on the bundled 229 s hearing: embeddings 34 -> 8.5 CPU-s, resegmentation
8 -> 0.2 CPU-s (see hearing/diarize.py for the DERs).

The trunk runs on pieces of ``PIECE_S`` seconds (plus ``CONTEXT_S`` of audio either side,
dropped afterwards) with Kaldi fbank mean-normalised per piece. Frames are kept as float16
(51 KB per audio second) for the whole recording up to ``KEEP_S`` so resegmentation reuses
them; longer recordings keep only the pieces still needed (requests must then move
forward in time) and resegmentation recomputes its own pass.
"""

from __future__ import annotations

import math

import numpy as np
import torch
import torchaudio
from scipy.ndimage import minimum_filter1d

SAMPLE_RATE = 16000
N_MELS = 80
HOP = 320  # samples per trunk frame: 10 ms fbank shift, then the TDNN's stride 2
FPS = SAMPLE_RATE / HOP  # 50 trunk frames per second
OFFSET_S = 0.0125  # centre of the first 25 ms fbank window
PIECE_S = 60.0
CONTEXT_S = 2.0
KEEP_S = 3600.0
MIN_FRAMES = 3  # trunk frames (5 fbank frames, as the per-chunk wrapper required)
# The trunk's receptive field spans about +-2 s, so frames next to another voice carry
# some of it (embedding each speaker's masked fbank alone never saw the other voice).
# Pool only frames where the speaker talks alone and that are ERODE_S from the mask's
# edges, as long as MIN_CLEAN_S of them remain (else the whole mask). AMI mean DER over
# thresholds 0.575-0.675: 28 % pooling the plain masks, 24 % with this (bench/der.py).
ERODE_S = 0.5
MIN_CLEAN_S = 0.5


def fbank(waveform: torch.Tensor) -> torch.Tensor:
    """Kaldi fbank of a 1-D float waveform in [-1, 1], no dither (3D-Speaker's features)."""
    return torchaudio.compliance.kaldi.fbank(
        waveform.reshape(1, -1), num_mel_bins=N_MELS, sample_frequency=SAMPLE_RATE, dither=0.0
    )


def trunk(net, feats: torch.Tensor) -> torch.Tensor:
    """(frames, 80) mean-normalised fbank -> (512, ceil(frames / 2)) CAM++ trunk frames."""
    hidden = net.head(feats.unsqueeze(0).permute(0, 2, 1))
    for name, module in net.xvector.named_children():
        if name in ("stats", "dense"):
            break
        hidden = module(hidden)
    return hidden[0]


def num_frames(num_samples: int) -> int:
    """Trunk frames of ``num_samples`` of audio (fbank snip_edges, then stride 2)."""
    if num_samples < 400:
        return 0
    return (num_samples - 400) // 160 // 2 + 1


def frame_index(t: float) -> int:
    """First trunk frame whose centre is at or after ``t`` seconds."""
    return max(0, math.ceil((t - OFFSET_S) * FPS - 1e-6))


def embed_stats(net, mean: torch.Tensor, std: torch.Tensor) -> np.ndarray:
    """CAM++'s output layer on pooled (n, 512) means and standard deviations."""
    if mean.shape[0] == 0:
        return np.zeros((0, net.xvector.dense.linear.out_channels), dtype=np.float32)
    return net.xvector.dense(torch.cat([mean, std], dim=-1).float()).cpu().numpy()


def masked_stats(hidden: torch.Tensor, weights: torch.Tensor):
    """Mean and unbiased std of ``hidden`` (C, n) over each 0/1 column of ``weights`` (n, k)."""
    h = hidden.double()
    w = weights.double()
    count = w.sum(0)  # (k,)
    n = count.clamp(min=1.0)
    mean = (h @ w) / n
    var = ((h * h) @ w / n - mean * mean) * n / (n - 1).clamp(min=1.0)
    return mean.T, var.clamp(min=0.0).sqrt().T


def pooling_masks(active: np.ndarray) -> np.ndarray:
    """(frames, speakers) boolean masks -> the frames to pool (see ERODE_S)."""
    need = int(MIN_CLEAN_S * FPS)
    masks = active.copy()
    clean = masks & (masks.sum(1, keepdims=True) < 2)
    use = clean.sum(0) >= need
    masks[:, use] = clean[:, use]
    size = 2 * int(ERODE_S * FPS) + 1
    eroded = minimum_filter1d(masks.astype(np.uint8), size=size, axis=0, mode="nearest") > 0
    use = eroded.sum(0) >= need
    masks[:, use] = eroded[:, use]
    return masks


def window_stats(hidden: torch.Tensor, bounds: np.ndarray):
    """Mean and unbiased std of ``hidden`` (C, n) over frame ranges ``bounds`` (k, 2)."""
    h = hidden.double()
    zero = torch.zeros((h.shape[0], 1), dtype=h.dtype, device=h.device)
    cs = torch.cat([zero, h.cumsum(1)], dim=1)
    cs2 = torch.cat([zero, (h * h).cumsum(1)], dim=1)
    a = torch.as_tensor(bounds[:, 0], device=h.device)
    b = torch.as_tensor(bounds[:, 1], device=h.device)
    n = (b - a).to(h.dtype).clamp(min=1.0)
    mean = (cs[:, b] - cs[:, a]) / n
    var = ((cs2[:, b] - cs2[:, a]) / n - mean * mean) * n / (n - 1).clamp(min=1.0)
    return mean.T, var.clamp(min=0.0).sqrt().T


class RecordingTrunk:
    """CAM++ trunk frames of one recording, computed piece by piece on first request."""

    def __init__(self, net, waveform: torch.Tensor, keep: bool | None = None):
        self.net = net
        self.waveform = waveform.reshape(-1)
        self.num_samples = int(self.waveform.shape[0])
        self.total = num_frames(self.num_samples)
        duration = self.num_samples / SAMPLE_RATE
        self.keep = duration <= KEEP_S if keep is None else keep
        self.piece = int(PIECE_S * FPS)
        self.context = int(CONTEXT_S * FPS)
        self.pieces: dict[int, torch.Tensor] = {}

    def _compute(self, k: int) -> torch.Tensor:
        c0, c1 = k * self.piece, min(self.total, (k + 1) * self.piece)
        p0, p1 = max(0, c0 - self.context), min(self.total, c1 + self.context)
        chunk = self.waveform[p0 * HOP : min(self.num_samples, (p1 - 1) * HOP + 400)]
        feats = fbank(chunk)
        feats = feats - feats.mean(dim=0, keepdim=True)
        hidden = trunk(self.net, feats)
        return hidden[:, c0 - p0 : c1 - p0].to(torch.float16)

    def frames(self, a: int, b: int) -> torch.Tensor:
        """Trunk frames [a, b) as float32 (C, b - a), clipped to the recording."""
        a, b = max(0, a), min(self.total, b)
        if b <= a:
            return torch.zeros((self.net.xvector.dense.linear.in_channels // 2, 0))
        first, last = a // self.piece, (b - 1) // self.piece
        if not self.keep:
            for k in [k for k in self.pieces if k < first]:
                del self.pieces[k]
        parts = []
        for k in range(first, last + 1):
            if k not in self.pieces:
                self.pieces[k] = self._compute(k)
            lo = max(a - k * self.piece, 0)
            hi = min(b - k * self.piece, self.piece)
            parts.append(self.pieces[k][:, lo:hi])
        return torch.cat(parts, dim=1).float()

    def chunk_embeddings(self, start: float, duration: float, masks: np.ndarray) -> np.ndarray:
        """(speakers, 192) embeddings of one chunk: trunk frames pooled where each mask
        (``masks``: (chunk frames, speakers) 0/1 over [start, start + duration)) is on.
        NaN where a speaker has fewer than MIN_FRAMES frames."""
        a, b = frame_index(start), frame_index(start + duration)
        hidden = self.frames(a, b)
        out = np.full((masks.shape[1], self.net.xvector.dense.linear.out_channels), np.nan)
        if hidden.shape[1] == 0:
            return out.astype(np.float32)
        times = (np.arange(a, a + hidden.shape[1]) / FPS + OFFSET_S - start) / duration
        idx = np.clip((times * masks.shape[0]).astype(np.int64), 0, masks.shape[0] - 1)
        pool = pooling_masks(masks[idx] > 0.5)
        keep = pool.sum(0) >= MIN_FRAMES
        if keep.any():
            weights = torch.from_numpy(pool[:, keep]).to(hidden.device)
            mean, std = masked_stats(hidden, weights)
            out[keep] = embed_stats(self.net, mean, std)
        return out.astype(np.float32)

    def window_embeddings(
        self, start: float, end: float, window: float, hop: float, guard: float = 0.0
    ) -> np.ndarray:
        """Embeddings of windows [start + k*hop, start + k*hop + window) inside [start, end)
        (none if the stretch is shorter than one window), as (k, 192).

        Each window pools only its frames at least ``guard`` seconds inside [start, end):
        frames next to the stretch's edges also carry the neighbouring speaker. A window
        left with fewer than MIN_CLEAN_S seconds of frames gets NaN (no judgement).
        """
        dim = self.net.xvector.dense.linear.out_channels
        if end - start < window:
            return np.zeros((0, dim), dtype=np.float32)
        n_windows = int((end - start - window) / hop + 1e-6) + 1
        a0, b0 = frame_index(start + guard), frame_index(end - guard)
        hidden = self.frames(a0, b0)
        bounds = np.array(
            [
                (frame_index(start + k * hop), frame_index(start + k * hop + window))
                for k in range(n_windows)
            ],
            dtype=np.int64,
        )
        bounds = np.clip(bounds - a0, 0, hidden.shape[1])
        ok = bounds[:, 1] - bounds[:, 0] >= max(MIN_FRAMES, int(MIN_CLEAN_S * FPS) if guard else 0)
        out = np.full((n_windows, dim), np.nan, dtype=np.float32)
        if ok.any():
            mean, std = window_stats(hidden, bounds[ok])
            out[ok] = embed_stats(self.net, mean, std)
        return out
