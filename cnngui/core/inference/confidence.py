"""When the app says "not sure": one threshold on the top probability, shared by the
window's caption and ``cnngui predict``.

A network trained only on digits gives every scribble *some* digit, often confidently;
below :data:`NOT_SURE_BELOW` the top digit is shown as a guess ("not sure — only 41%",
``not sure (maybe 7, 41 %)``) instead of an answer.
"""

from __future__ import annotations

#: The top probability below which a prediction is "not sure".
#:
#: Chosen by ``bench/calibrate_not_sure.py`` for the bundled default model, on data that
#: is NOT the pen-drawn evaluation set: 3,000 MNIST test digits drawn at random sizes
#: and places on a 280-pixel canvas, and 784 generated non-digits (random scribbles,
#: tiny marks, and "x", "#", "@", letters and symbols in four fonts). The rule, fixed
#: before measuring: the highest threshold (in steps of 0.05) that leaves at most 0.5 %
#: of those MNIST digits "not sure" — half or less of the 2 % allowed on real pen-drawn
#: digits, which are harder than MNIST's. Re-run for the pen-fine-tuned default model
#: (2026-12): 0.60, with 0.47 % of the MNIST digits and 17.4 % of the non-digits "not
#: sure" (0.55 would be 0.30 % and 14.2 %, 0.90 2.5 % and 49 %): a network trained only
#: on digits is confidently wrong on most scribbles, so "not sure" catches the doubtful
#: ones, not every non-digit. Measured on real handwriting of writers the model never
#: saw by ``cnngui.core.default_model_pen --folds`` (see the README).
NOT_SURE_BELOW = 0.6


def is_sure(confidence: float, threshold: float = NOT_SURE_BELOW) -> bool:
    """True when the top probability ``confidence`` is high enough to state the digit.

    >>> is_sure(0.97), is_sure(0.41), is_sure(NOT_SURE_BELOW)
    (True, False, True)
    """
    return float(confidence) >= threshold


def describe(digit: int, confidence: float, threshold: float = NOT_SURE_BELOW) -> str:
    """One line for a terminal: ``7 (97.0% sure)`` or ``not sure (maybe 7, 41 %)``.

    >>> describe(7, 0.97)
    '7 (97.0% sure)'
    >>> describe(7, 0.412)
    'not sure (maybe 7, 41 %)'
    """
    if is_sure(confidence, threshold):
        return f"{digit} ({confidence * 100:.1f}% sure)"
    return f"not sure (maybe {digit}, {confidence * 100:.0f} %)"
