"""Benchmarks: synthetic postings, the timing harness and the BM25 baseline it is compared with."""
