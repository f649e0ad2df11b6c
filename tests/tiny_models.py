"""Tiny randomly initialised Hugging Face models that tests build and save themselves (no downloads)."""

from __future__ import annotations

from pathlib import Path

WORDS = "alpha beta gamma delta epsilon zeta eta theta iota kappa lambda omicron rho sigma tau".split()
SPECIAL = ["[PAD]", "[UNK]", "[CLS]", "[SEP]", "[MASK]"]


def _tokenizer(folder: Path):
    from transformers import BertTokenizerFast

    folder.mkdir(parents=True, exist_ok=True)
    vocab = folder / "vocab.txt"
    vocab.write_text("\n".join(SPECIAL + WORDS + [".", ","]) + "\n", encoding="utf-8")
    tok = BertTokenizerFast(vocab_file=str(vocab), do_lower_case=True)
    tok.save_pretrained(str(folder))
    return tok


def build_tiny_bert(folder: Path) -> Path:
    """A 1-layer, 16-dimensional BERT encoder plus its WordPiece tokenizer in ``folder``."""
    import torch
    from transformers import BertConfig, BertModel

    tok = _tokenizer(folder)
    torch.manual_seed(0)
    config = BertConfig(vocab_size=len(tok), hidden_size=16, num_hidden_layers=1, num_attention_heads=2,
                        intermediate_size=32, max_position_embeddings=256)
    BertModel(config).save_pretrained(str(folder))
    return folder


def build_tiny_bart(folder: Path) -> Path:
    """A 1-layer, 16-dimensional BART seq2seq model whose vocabulary holds no English words."""
    import torch
    from transformers import BartConfig, BartForConditionalGeneration

    tok = _tokenizer(folder)
    ids = tok.convert_tokens_to_ids
    torch.manual_seed(0)
    config = BartConfig(
        vocab_size=len(tok), d_model=16, encoder_layers=1, decoder_layers=1,
        encoder_attention_heads=2, decoder_attention_heads=2, encoder_ffn_dim=32, decoder_ffn_dim=32,
        max_position_embeddings=256, pad_token_id=ids("[PAD]"), bos_token_id=ids("[CLS]"),
        eos_token_id=ids("[SEP]"), decoder_start_token_id=ids("[CLS]"), forced_eos_token_id=None,
    )
    model = BartForConditionalGeneration(config)
    model.generation_config.max_length = 40
    model.save_pretrained(str(folder))
    return folder
