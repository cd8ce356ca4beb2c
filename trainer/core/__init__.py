"""Qt-free, I/O-light heart of the product: transcripts, personas, detectors, prospect state."""
