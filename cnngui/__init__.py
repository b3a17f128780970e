"""cnngui — explore convolutional neural networks on handwritten digits."""

__version__ = "0.1.0"
