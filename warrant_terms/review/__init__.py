"""The evidence review page: a record's fields beside its highlighted document text."""

from warrant_terms.review.render import IndexEntry, render_document, render_index, summary_line

__all__ = ["IndexEntry", "render_document", "render_index", "summary_line"]
