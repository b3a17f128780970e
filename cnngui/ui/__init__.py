"""Qt views and workers; no model, shape or training logic of their own."""
