"""Training and evaluation of afscherm's Dutch NER pipeline (``detectors/models/nl_afscherm``).

Nothing here runs at detection time except three word lists read by ``detectors.person_name``
(``common_words_nl.txt``, ``non_person_entities_nl.tsv``, ``places.txt``; rebuilt by
``python -m training.ner.lexicons``). The analyzer loads the shipped pipeline from disk.
Retrain with ``python -m training.ner.train`` (see ``train.py``).
"""
