"""Training and evaluation of afscherm's Dutch NER pipeline (``detectors/models/nl_afscherm``).

Nothing here runs at detection time: the analyzer only loads the shipped pipeline from disk.
Retrain with ``python -m detectors.ner.train`` (see ``train.py``).
"""
