"""Looking inside a network: kernels on the student's drawing, one convolution step by
step, which pixels made the decision, and what would change it.

One concept per module; all arithmetic is NumPy (TensorFlow only for gradients), no Qt.
"""
