"""Attribution detection (placeholder while the rule system is written)."""
from __future__ import annotations
from dataclasses import dataclass, field
from server.types import Sentence, Span


@dataclass
class Attribution:
    group: int
    type: str
    name: str
    cue: Span | None = None
    source: Span | None = None
    content: Span | None = None


@dataclass
class Attributions:
    items: list[Attribution] = field(default_factory=list)

    @property
    def spans(self) -> list[Span]:
        return [s for a in self.items for s in (a.cue, a.source, a.content) if s is not None]


def find_attributions(text: str, sentences: list[Sentence]) -> Attributions:
    return Attributions()
