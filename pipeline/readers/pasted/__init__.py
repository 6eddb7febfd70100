"""Readers of the forms a table takes when pasted as plain text, one module a form (see
``pipeline.readers.text_reader``, which tries them in order)."""
