"""A fourth family of synthetic ID-copy uploads for TUNING (issue 13), drawn blind to the redactor and to the other
families: see README.md."""
