"""Bundled data: the default model, MNIST (with its attribution), icons, sample digits."""
