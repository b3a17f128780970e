"""Pure logic of cnngui: never imports Qt; imports TensorFlow only inside functions."""
