"""Hostile and broken inputs (GitHub issue 6): every case is built at test time in tmp_path."""
