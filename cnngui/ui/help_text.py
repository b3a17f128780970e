"""The short guide (Help ▸ Guide) and the About text: what each panel shows, in plain words."""

from __future__ import annotations

import platform

GUIDE = """
<h2>cnngui in five minutes</h2>
<p>A <b>convolutional neural network</b> (CNN) looks at a picture through small filters,
layer after layer, and ends with one probability per digit. This window lets you build
one, train it, and look inside it.</p>

<h3>Draw &amp; predict</h3>
<p>Draw a digit with the mouse. The bars show how sure the network is of each digit. <i>What
the network sees</i> shows your drawing after it has been shrunk and centred to 28×28
pixels, like the training pictures. Right-click clears the canvas.</p>

<h3>Model builder</h3>
<p>The network, one row per layer, from the input (top) to the answer (bottom).</p>
<ul>
<li><b>Output shape</b> — height × width × channels of what a layer passes on; a single
number means a flat list. A 3×3 filter without padding makes the image 2 pixels smaller;
pooling 2×2 halves it.</li>
<li><b>Parameters</b> — numbers the layer learns. A Conv2D has (kernel height · width ·
input channels + 1) · filters; a Dense layer (inputs + 1) · units.</li>
<li><b>MACs</b> — multiply-add operations for one image: how much work the layer does.</li>
</ul>
<p>Select a row to see the arithmetic. Double-click the settings to change them. A red row
cannot work: its message says why and how to fix it; training stays off until it is
fixed. <i>Presets</i> load well-known networks. Ctrl+Z undoes any change.</p>

<h3>Training</h3>
<p>Choose the settings and press <b>Start</b>. An <b>epoch</b> is one pass over all
training images; a <b>batch</b> is the small group of images seen before each weight
update. <b>Loss</b> measures how wrong the network is (lower is better);
<b>accuracy</b> is the share it gets right. <b>Validation</b> images are held back from
training: if training accuracy keeps rising while validation falls, the network is
memorising (overfitting). Earlier runs stay in the plots so you can compare settings.</p>

<h3>Feature maps</h3>
<p>The output of every layer for your drawing. Bright pixels are where a filter found its
pattern: early layers find edges and strokes, later layers combine them.</p>

<h3>Evaluation</h3>
<p>After training, the network is tested on 10,000 images it never saw. In the
<b>confusion matrix</b> each row is the true digit and each column the network's
answer; the diagonal holds the correct answers. Click a cell to see those images, and
click an image to look at it in the drawing and feature-map panels.</p>
"""


def versions(device: str | None) -> str:
    """The About box: versions of everything that matters, and the training device."""
    import sys

    import numpy
    import PySide6
    from PySide6.QtCore import qVersion

    from cnngui import __version__

    rows = [
        ("cnngui", __version__),
        ("Python", platform.python_version()),
        ("Qt / PySide6", f"{qVersion()} / {PySide6.__version__}"),
        ("NumPy", numpy.__version__),
    ]
    for name in ("pyqtgraph", "tensorflow", "keras"):
        module = sys.modules.get(name)
        rows.append((name, getattr(module, "__version__", "not loaded yet")))
    rows.append(("Training device", device or "not known yet (TensorFlow is loading)"))
    rows.append(("System", f"{platform.system()} {platform.release()} ({platform.machine()})"))
    table = "".join(f"<tr><td><b>{k}</b></td><td>{v}</td></tr>" for k, v in rows)
    return (
        f"<h3>cnngui {__version__}</h3><p>Explore convolutional neural networks on "
        f"handwritten digits.</p><table cellspacing='4'>{table}</table>"
        "<p>MNIST: Yann LeCun, Corinna Cortes and Christopher J.C. Burges.</p>"
    )
