"""The Guide (Help ▸ Guide) and the About text: every panel, number, setting and colour.

One HTML text per language: English here, Korean in :mod:`cnngui.ui.guide_ko`.
:func:`guide_html` picks the one of the language the window runs in.
"""

from __future__ import annotations

import platform

from cnngui.ui.i18n import current_language, translate

GUIDE = """
<h2>cnngui guide</h2>
<p>A <b>convolutional neural network</b> (CNN) looks at a picture through small filters,
layer after layer, and ends with one probability per digit. This window lets you draw a
digit, build a network, train it, test it and look inside it.</p>

<h3>1. Draw &amp; predict</h3>
<p>Draw a digit with the mouse (right-click or Esc clears, Ctrl+Z undoes a stroke). The
hint "draw a digit here" disappears as soon as you start. The <b>probability bars</b>
show how sure the network is of each digit, from 0 % to 100 %; the ten bars add up to
100 %. If no bar is high, the network says "not sure".</p>
<p><i>What the network sees</i> is your drawing after it has been cropped, scaled to fit
20×20 pixels and centred by its centre of mass in a 28×28 grid — exactly how the MNIST
training pictures were made. Tick <b>show every step</b> to see each stage.</p>
<p><b>Why?</b> colours your drawing with a saliency map (see below). <b>Collect</b> switches
to collect mode (see "Teaching with cnngui").</p>

<h3>2. Model builder</h3>
<p>One row per layer, from the input (top) to the answer (bottom). Select a row to see its
arithmetic; double-click the settings to change them; drag rows to reorder; the
<b>Delete</b> key removes the selected layer; Ctrl+Z undoes any change. <i>Presets</i> load
well-known networks.</p>
<ul>
<li><b>Output shape</b> — height × width × channels of what the layer passes on; a single
number means a flat list. For a convolution or pooling layer each side follows
<b>(W − F + 2P)/S + 1</b> (rounded down): W the input size, F the filter (or pool) size,
P the padding, S the stride. Example: 28×28 with a 3×3 filter, no padding, stride 1 →
(28 − 3 + 0)/1 + 1 = 26. Padding "same" keeps the size (at stride 1); pooling 2×2 halves it.</li>
<li><b>Parameters</b> — numbers the layer learns. Conv2D: <b>k·k·C<sub>in</sub>·C<sub>out</sub>
+ C<sub>out</sub></b> (k the kernel size, C<sub>in</sub> input channels, C<sub>out</sub>
filters; the last term is one bias per filter). Example: 3×3, 1 → 32 channels: 3·3·1·32 + 32
= 320. Dense: <b>inputs·units + units</b>; e.g. 1,600 inputs → 64 units: 102,464.
Pooling, Flatten and Dropout learn nothing (0).</li>
<li><b>MACs</b> — multiply-accumulate operations for one image: how much work the layer does.</li>
<li>A <span style='color:#a00000'>red row</span> cannot work: its message says why and how to
fix it, and training stays off until it is fixed. "Ready to train" means Start will work.</li>
</ul>
<p><b>Layers.</b> <b>Conv2D</b> slides filters over the image and makes one feature map per
filter. <b>MaxPooling2D / AveragePooling2D</b> shrink maps, keeping the largest value or
the mean of each window. <b>BatchNormalization</b> rescales each channel to a steady
mean and spread while training, which lets the network learn faster with larger learning
rates; its running averages are counted as non-trainable parameters. <b>Dropout</b> turns off
a random share (the <i>rate</i>) of its inputs at each training step so the network cannot rely
on any single one — a guard against overfitting; it does nothing when predicting.
<b>Flatten</b> turns maps into one list; <b>Dense</b> connects every input to every unit; the
last Dense layer with 10 units and <i>softmax</i> gives the ten probabilities.</p>

<h3>3. Training</h3>
<p>Choose the settings and press <b>Start training</b>. Settings cannot change while a run
goes on (they are greyed out): a run keeps the settings it started with.</p>
<ul>
<li><b>Epoch</b> — one pass over all training images. <b>Batch size</b> — how many images
are seen before each small weight update.</li>
<li><b>Optimizer</b> — the rule that changes the weights. <i>sgd</i> steps down the gradient;
<i>adam</i> (a safe default), <i>nadam</i> and <i>adamw</i> adapt the step for every weight;
<i>rmsprop</i> divides by a running average of recent gradients. Compare their curves.</li>
<li><b>Learning rate</b> — how big each step is. Too big: the loss jumps or becomes NaN
("not a number"; the run stops and says so). Too small: learning is slow.</li>
<li><b>Schedule</b> — how the learning rate changes during the run: <i>constant</i>;
<i>one-cycle</i> rises from low to the chosen rate in the first part of the run, then falls
to almost zero (fast and stable); <i>cosine</i> falls slowly along a cosine curve.</li>
<li><b>Validation share</b> — part of the training images held back (e.g. 0.1 = 10 %) to
check the network on pictures it does not learn from.</li>
<li><b>Early stop after N epochs</b> — stop when the validation loss has not improved for N
epochs; <b>Keep best epoch</b> then goes back to the best weights.</li>
<li><b>Augment images</b> — shift, rotate and zoom the training images a little each time,
so the network learns digits in any position (slower, usually more robust).</li>
<li><b>Seed</b> — the same seed gives the same run again (same start weights, same order of
images); "random" gives a different run each time.</li>
<li><b>16-bit on GPU</b> — mixed precision: faster on a graphics card, ignored on a CPU.</li>
<li><b>Training images</b> — use only this many (all by default): handy for a quick try.</li>
</ul>
<p>The curves: <b>loss</b> measures how wrong the network is (lower is better),
<b>accuracy</b> the share it gets right. Thick lines with dots are training per epoch, dashed
lines validation. If training accuracy keeps rising while validation falls, the network is
memorising the training images (<b>overfitting</b>). Every run stays in the list so you can
compare settings; the progress line shows epoch, batch, images per second and time left.</p>

<h3>4. Feature maps</h3>
<p>The output of every layer for your drawing. <b>Grey maps</b> run from black (0) to white
(the largest value shown): bright pixels are where a filter found its pattern. Early
layers find edges and strokes, later layers combine them. Maps that can be negative,
the <b>filters</b> and changes are drawn <b style='color:#c03030'>red</b> where positive,
<b style='color:#3050c0'>blue</b> where negative and <b>white</b> at zero; the colour bar
beside them gives the value range. In a filter, red weights add the pixels under them and
blue weights subtract them. The output strip is labelled 0–9: its brightest cell is the
prediction. Hover to read a value; click a channel to enlarge it.</p>

<h3>5. Evaluation</h3>
<p>Press <b>Evaluate</b>: the network is tested on 10,000 images it never saw. Until then the
panel is empty. <b>Test accuracy</b> is the share it gets right. In the <b>confusion
matrix</b> each row is the true digit and each column the network's answer; the
<b style='color:#2a8a3a'>green diagonal</b> counts correct answers, every other cell one kind of
mistake (darker = more). Click a cell to see those images, and click an image to look at it
in the drawing and feature-map panels. <b>Per-class accuracy</b> shows the share of each
digit recognised.</p>

<h3>6. Look inside</h3>
<ul>
<li><b>Kernel playground</b> — apply a 3×3 (or larger) kernel to your drawing: Sobel finds
edges, blur averages, sharpen exaggerates differences, or type your own weights or use one
your network learned. Stride and padding change the output size by (W − F + 2P)/S + 1.</li>
<li><b>One convolution, step by step</b> — the orange window slides over the layer's real
input; the tables show the patch, the kernel, their products, the sum, the bias and the
activation — Keras's own numbers.</li>
<li><b>Saliency</b> — which pixels made the decision: <span style='color:#c03030'>red</span>
pixels push towards the explained digit, <span style='color:#3050c0'>blue</span> ones away.
Methods: gradient × input, integrated gradients, occlusion, Grad-CAM. Click a probability
bar to explain another digit.</li>
<li><b>What would make it a …?</b> — nudges your drawing a little towards another digit;
red is ink added, blue ink removed. A change a person hardly sees can fool the network: an
<i>adversarial example</i>.</li>
<li><b>Epoch scrubber</b> — every run keeps its weights after each epoch; drag the slider
to see the prediction, maps and filters as they were after epoch k.</li>
</ul>

<h3>7. Teaching with cnngui</h3>
<p>A lesson in which the class teaches a network to read its own handwriting, offline.</p>
<ol>
<li><b>Before the lesson.</b> Write an assignment (Assignment panel → New assignment…): a goal
(e.g. 98 % on our drawings), a parameter budget, an epoch limit, locked settings so networks
compare fairly. Keep some drawings aside that no student trains on (the held-out set).</li>
<li><b>Collect.</b> Each student presses <b>Collect</b> and draws the digits asked for (Enter
keeps, Esc skips). Export the drawings (Class drawings → Export .npz…) and merge every
machine's files with Import/merge .npz….</li>
<li><b>Build and train.</b> Students open the assignment, edit the network within its rules
and train on "MNIST + class drawings"; the oversampling factor repeats the few hundred class
drawings so 60,000 MNIST digits do not drown them.</li>
<li><b>Look at the mistakes.</b> Evaluate on the class drawings: per-class accuracy and the
confusion matrix show which of <i>our</i> digits MNIST does not know.</li>
<li><b>Hand in.</b> Assignment panel → Hand in… writes one .cnnsub file with the network,
its weights and curves.</li>
<li><b>Leaderboard.</b> The teacher chooses the hand-ins folder, the assignment and the
held-out set and presses Score: rows are sorted by accuracy; a hand-in that breaks a rule is
listed as not valid with the reason.</li>
</ol>
"""


def guide_html(language: str | None = None) -> str:
    """The Guide in ``language`` (default: the language the window runs in)."""
    if (language or current_language()) == "ko":
        from cnngui.ui.guide_ko import GUIDE_KO

        return GUIDE_KO
    return GUIDE


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
        rows.append((name, getattr(module, "__version__", translate("About", "not loaded yet"))))
    rows.append(
        (
            translate("About", "Training device"),
            device or translate("About", "not known yet (TensorFlow is loading)"),
        )
    )
    rows.append(
        (
            translate("About", "System"),
            f"{platform.system()} {platform.release()} ({platform.machine()})",
        )
    )
    table = "".join(f"<tr><td><b>{k}</b></td><td>{v}</td></tr>" for k, v in rows)
    about = translate("About", "Explore convolutional neural networks on handwritten digits.")
    return (
        f"<h3>cnngui {__version__}</h3><p>{about}</p><table cellspacing='4'>{table}</table>"
        "<p>MNIST: Yann LeCun, Corinna Cortes and Christopher J.C. Burges.</p>"
    )
