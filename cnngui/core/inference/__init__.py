"""Using a trained network: MNIST-style preprocessing, the compiled predictor
(probabilities + every activation in one call) and the feature-map mosaics.
"""
