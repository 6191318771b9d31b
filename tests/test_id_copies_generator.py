"""The ID-image generator: valid MRZs (checked with the ``mrz`` package), BSN only in pre-2021 MRZs,
reproducible bytes, ground truth in the final image's coordinates, and the upload decoder."""

from __future__ import annotations

import io
import random

import numpy as np
import pytest
from mrz.checker.td1 import TD1CodeChecker
from mrz.checker.td3 import TD3CodeChecker
from PIL import Image
from stdnum.nl import bsn as stdnum_bsn

from afscherm.redactors.id_copies.load import LoadError, load
from synthetic.id_images import FLOOR, generate, make_holder


@pytest.mark.parametrize("kind", ["td1", "td3"])
def test_mrz_check_digits_hold_and_bsn_only_before_2021(kind: str) -> None:
    checker = TD1CodeChecker if kind == "td1" else TD3CodeChecker
    seen = set()
    for i in range(60):
        h = make_holder(random.Random(i), kind)
        assert bool(checker("\n".join(h.mrz))), h.mrz
        assert stdnum_bsn.is_valid(h.bsn)
        assert (h.bsn in "".join(h.mrz)) == h.pre_2021
        assert h.docnum in h.mrz[0 if kind == "td1" else 1]
        seen.add(h.pre_2021)
    assert seen == {True, False}


def test_generation_is_reproducible() -> None:
    assert generate(3, seed=11, fmt="png", width=700) == generate(3, seed=11, fmt="png", width=700)
    assert generate(3, seed=11, fmt="png", width=700)[1] != generate(4, seed=11, fmt="png", width=700)[1]


def test_truth_regions_lie_on_the_document_in_the_final_image() -> None:
    _, data, truth = generate(0, seed=5, fmt="png", width=900, kind="td3")
    page = np.asarray(Image.open(io.BytesIO(data)).convert("RGB"))
    tp = truth["pages"][0]
    assert page.shape[:2] == (tp["height"], tp["width"])
    types = {r["type"] for r in tp["regions"]}
    assert {"mrz", "document_number", "photo", "name", "date_of_birth", "signature"} <= types
    for r in tp["regions"]:
        xs, ys = zip(*r["polygon"], strict=True)
        assert min(xs) >= 0 and max(xs) <= tp["width"] and min(ys) >= 0 and max(ys) <= tp["height"]
    assert page.min() >= FLOOR  # nothing in an input is as dark as a redaction box


def test_exif_orientation_is_applied_on_load() -> None:
    for i in range(40):
        _, data, truth = generate(i, seed=3, fmt="jpg", width=800)
        if truth["exif_rotated"]:
            break
    else:
        pytest.fail("no EXIF-rotated sample in 40")
    stored = Image.open(io.BytesIO(data))
    assert stored.size == (truth["pages"][0]["height"], truth["pages"][0]["width"])  # pixels are sideways
    upload = load(data)
    assert upload.format == "jpg"
    assert upload.pages[0].shape[:2] == (truth["pages"][0]["height"], truth["pages"][0]["width"])


@pytest.mark.parametrize("fmt", ["tiff", "pdf"])
def test_multi_page_uploads_give_every_page(fmt: str) -> None:
    for i in range(20):
        _, data, truth = generate(i, seed=2, fmt=fmt, width=700)
        if len(truth["pages"]) == 2:
            break
    upload = load(data)
    assert upload.format == fmt
    assert len(upload.pages) == 2
    ratio = [p.shape[1] / p.shape[0] for p in upload.pages]
    expected = [tp["width"] / tp["height"] for tp in truth["pages"]]
    assert ratio == pytest.approx(expected, rel=0.01)


def test_garbage_is_refused() -> None:
    with pytest.raises(LoadError):
        load(b"hello, this is no image")
