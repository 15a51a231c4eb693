"""The project's spaCy pipeline: the model plus the domain rules, created once per process.

``nlp()`` returns the shared pipeline; ``parse`` runs it over articles with
``nlp.pipe(..., as_tuples=True)`` so each Doc travels with its article. The pipeline
version changes whenever the model, the rules, the gazetteer or the extraction code
change, and the store re-processes articles built by an older version.
"""

from __future__ import annotations

import hashlib
from collections.abc import Iterable, Iterator
from functools import cache
from importlib import resources
from typing import TYPE_CHECKING

from spacy.language import Language
from spacy.tokens import Doc

from analysis.components import cache_lemmas, cache_token_rules  # (also registers components)
from analysis.entity_rules import add_entity_rules
from analysis.model import load_model, model_meta
from analysis.normalize import rules as normalisation_rules

if TYPE_CHECKING:
    from analysis.articles import Article

# Raise to force every stored article to be processed again.
PIPELINE_SCHEMA = "1"


@cache
def nlp() -> Language:
    """Return the process-wide pipeline (never mutate it after loading)."""
    return create_pipeline()


def create_pipeline() -> Language:
    """Return a new pipeline: the model (its attribute rules and lemmas looked up once per
    kind of token, contractions with a curly apostrophe lemmatised like straight ones),
    paragraph sentence starts, two fixes of the parse (a clause freed at a semicolon, a
    past verb joined to a reported clause given to the reporting verb) and entity
    rules."""
    language = load_model()
    language.add_pipe("paragraph_sentences", before="parser")
    language.add_pipe("semicolon_clauses", after="parser")
    language.add_pipe("reporting_conjuncts", after="semicolon_clauses")
    add_curly_contractions(language)
    cache_token_rules(language)
    cache_lemmas(language)
    add_entity_rules(language)
    return language


def add_curly_contractions(language: Language) -> None:
    """Give contractions written with a curly apostrophe ("We’ll") the lemma of the straight
    form (``[curly_contractions]`` in ``data/normalisation.toml``), through the model's
    attribute ruler; its lemmatizer keeps a lemma already set."""
    if "attribute_ruler" not in language.pipe_names:
        return
    ruler = language.get_pipe("attribute_ruler")
    for form, lemma in normalisation_rules()["curly_contractions"].items():
        ruler.add(patterns=[[{"LOWER": form}]], attrs={"LEMMA": lemma})


@cache
def code_fingerprint() -> str:
    """Return a short hash of the analysis package's code and data files."""
    digest = hashlib.sha256(PIPELINE_SCHEMA.encode())
    root = resources.files("analysis")
    files = sorted(
        (p for p in _walk(root) if p.name.endswith((".py", ".toml", ".json"))),
        key=lambda p: str(p),
    )
    for path in files:
        digest.update(str(path).rsplit("analysis", 1)[-1].encode())
        digest.update(path.read_bytes())
    return digest.hexdigest()[:12]


def _walk(node) -> Iterator:
    for child in node.iterdir():
        if child.is_dir():
            if child.name != "__pycache__":
                yield from _walk(child)
        else:
            yield child


def pipeline_version(taxonomy_fingerprint: str = "") -> str:
    """Return the version string that decides whether a stored article is current.

    It names the installed model (read from its meta, without loading it), the code and
    data of the analysis package, and the theme taxonomy.
    """
    meta = model_meta()
    return f"{meta['name']}-{meta['version']}+{code_fingerprint()}+{taxonomy_fingerprint}"


def parse(
    language: Language,
    articles: Iterable[Article],
    *,
    processes: int = 1,
    batch_size: int = 16,
) -> Iterator[tuple[Doc, Article]]:
    """Yield ``(doc, article)`` for each article, in order, from one pass of the pipeline."""
    pairs = ((article.text, article) for article in articles)
    yield from language.pipe(pairs, as_tuples=True, n_process=processes, batch_size=batch_size)
