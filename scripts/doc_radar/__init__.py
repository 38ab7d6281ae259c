"""The doc-change radar: which operations a new version of a vendor's prose doc touches.

``specs/inventory/<vendor>.radar.yaml`` records, for one version of the vendor doc, how its
headings look (:mod:`doc_radar.sections`), every section's key (its heading path) and
fingerprint (a hash of its normalised text: no vendor prose is stored) and which operations each
section documents. :func:`doc_radar.compare.compare` matches the sections of a new doc against
that record and says, per operation, unchanged / changed / gone, plus every new section.

Modules: ``reading`` (a doc file or URL, text / HTML / PDF, to plain text), ``sections`` (plain
text to fingerprinted sections), ``record`` (the YAML record), ``compare`` (the pure comparison
and word diff), ``cli`` (``nox -s radar``).
"""
