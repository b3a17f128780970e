<?xml version='1.0' encoding='utf-8'?>
<TS version="2.1" language="ko_KR">
<context>
    <name>AssignmentPanel</name>
    <message>
        <location filename="../../cnngui/ui/classroom/assignment_panel.py" line="28" />
        <source>No assignment open. A teacher's .cnnassign file sets a goal and the rules.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../cnngui/ui/classroom/assignment_panel.py" line="48" />
        <source>Open assignment…</source>
        <extracomment>the open assignment's file ("" when none or made in memory)</extracomment>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../cnngui/ui/classroom/assignment_panel.py" line="50" />
        <source>Open a teacher's .cnnassign file: its goal, rules and locks.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../cnngui/ui/classroom/assignment_panel.py" line="55" />
        <source>Close</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../cnngui/ui/classroom/assignment_panel.py" line="57" />
        <source>Stop following the assignment; its locks are lifted.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../cnngui/ui/classroom/assignment_panel.py" line="60" />
        <source>New assignment…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../cnngui/ui/classroom/assignment_panel.py" line="62" />
        <source>For teachers: write a .cnnassign from the current network with a goal, budgets and locked settings.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../cnngui/ui/classroom/assignment_panel.py" line="69" />
        <source>Hand in…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../cnngui/ui/classroom/assignment_panel.py" line="71" />
        <source>Write your trained network, its settings and curves to one .cnnsub file for your teacher.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../cnngui/ui/classroom/assignment_panel.py" line="82" />
        <source>The open assignment.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../cnngui/ui/classroom/assignment_panel.py" line="86" />
        <source>The teacher's instructions.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../cnngui/ui/classroom/assignment_panel.py" line="90" />
        <source>What counts as done.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../cnngui/ui/classroom/assignment_panel.py" line="94" />
        <source>Your best accuracy / the goal · parameters / the budget · epochs / the limit.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../cnngui/ui/classroom/assignment_panel.py" line="104" />
        <source>Rules the current network or settings break.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../cnngui/ui/classroom/assignment_panel.py" line="110" />
        <source>Why the last file could not be opened or written.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../cnngui/ui/classroom/assignment_panel.py" line="160" />
        <source>at most {max_params:,} parameters</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../cnngui/ui/classroom/assignment_panel.py" line="166" />
        <source>at most {max_macs:,} multiply-adds</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../cnngui/ui/classroom/assignment_panel.py" line="172" />
        <source>at most {max_epochs} epochs</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../cnngui/ui/classroom/assignment_panel.py" line="178" />
        <source>locked: </source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../cnngui/ui/classroom/assignment_panel.py" line="211" />
        <source>✓ The network keeps every rule of the assignment.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../cnngui/ui/classroom/assignment_panel.py" line="224" />
        <source>Wrote {saved_path}; open it to try it as a student.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../cnngui/ui/classroom/assignment_panel.py" line="232" />
        <source>Open an assignment</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../cnngui/ui/classroom/assignment_panel.py" line="234" />
        <source>Assignments (*.cnnassign);;All files (*)</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>Canvas</name>
    <message>
        <location filename="../../cnngui/ui/canvas.py" line="67" />
        <source>Draw a digit. Right-click or Esc clears, Ctrl+Z undoes a stroke.</source>
        <extracomment>smallest canvas side in logical pixels pen width in pixels of a 280-pixel canvas (MNIST-like strokes)</extracomment>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../cnngui/ui/canvas.py" line="262" />
        <source>draw a digit here</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>Collect</name>
    <message>
        <location filename="../../cnngui/ui/classroom/collect.py" line="57" />
        <source>Prompt me</source>
        <extracomment>the label combo's "prompt me" entry</extracomment>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../cnngui/ui/classroom/collect.py" line="59" />
        <source>Which digit you are drawing. “Prompt me” asks for each digit in turn, several times, so the collection stays balanced.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../cnngui/ui/classroom/collect.py" line="71" />
        <source>“Prompt me”: how many drawings of each digit to ask for.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../cnngui/ui/classroom/collect.py" line="74" />
        <source>Keep (Enter)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../cnngui/ui/classroom/collect.py" line="77" />
        <source>Store this drawing with its label and clear the canvas.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../cnngui/ui/classroom/collect.py" line="80" />
        <source>Skip (Esc)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../cnngui/ui/classroom/collect.py" line="82" />
        <source>Clear the canvas without storing the drawing.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../cnngui/ui/classroom/collect.py" line="87" />
        <source>What to draw next.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../cnngui/ui/classroom/collect.py" line="92" />
        <source>How many drawings of each digit the collection holds.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../cnngui/ui/classroom/collect.py" line="99" />
        <source>The last thing that went wrong while collecting.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../cnngui/ui/classroom/collect.py" line="133" />
        <source>All prompts are done; choose “Prompt me” again for another round.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../cnngui/ui/classroom/collect.py" line="164" />
        <source>Done: {kept} drawings kept.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../cnngui/ui/classroom/collect.py" line="169" />
        <source>Draw a {current} ({v1} of {total})</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../cnngui/ui/classroom/collect.py" line="175" />
        <source>Draw a {currentData}</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../cnngui/ui/classroom/collect.py" line="183" />
        <source>{n_counts:,} drawings kept · {per}</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>Curves</name>
    <message>
        <location filename="../../cnngui/ui/curves.py" line="94" />
        <source>Loss (lower is better)</source>
        <extracomment>run number (from 1), shown or not run number whose weights the student wants to use</extracomment>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../cnngui/ui/curves.py" line="95" />
        <source>Accuracy (higher is better)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../cnngui/ui/curves.py" line="111" />
        <source>How wrong the network is: thick line with dots = training set per epoch, dashed = validation images it never trains on, thin = smoothed value during the epoch.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../cnngui/ui/curves.py" line="118" />
        <source>Share of images classified correctly: thick = training, dashed = validation, thin = smoothed during the epoch. Validation far below training means overfitting.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../cnngui/ui/curves.py" line="127" />
        <source>━●  training (per epoch)   ╍╍  validation   ─  training, smoothed per batch</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../cnngui/ui/curves.py" line="138" />
        <source>Every run of this project, labelled with its settings and how it ended. Untick a run to hide its curves; tick several to compare them (e.g. adam against rmsprop). Double-click a run to draw and evaluate with its weights.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../cnngui/ui/curves.py" line="175" />
        <source>Run {number}: {label}</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../cnngui/ui/curves.py" line="205" />
        <source>Run {number}: {label} — {suffix}</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>DrawPanel</name>
    <message>
        <location filename="../../cnngui/ui/draw_panel.py" line="101" />
        <source>Collect</source>
        <extracomment>most predictions per second while a stroke is drawn (fewer if slow) the label of a model that now predicts one sentence: why the model cannot predict a Drawing just stored in Collect mode the 28×28 input of each prediction (or None), for views that explain it the student turned the saliency overlay on or off set by the window while a training run shares the CPU (see _jit) the input of the latest prediction where that input lies on the canvas, (x, y, w, h) in 0..1 (None: a loaded digit)</extracomment>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../cnngui/ui/draw_panel.py" line="105" />
        <source>Collect mode: build the class's own dataset. Draw the asked-for digit, press Enter to keep it or Esc to skip it.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../cnngui/ui/draw_panel.py" line="113" />
        <source>Why?</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../cnngui/ui/draw_panel.py" line="117" />
        <source>Colour the drawing by how much each spot pushed the network towards its answer (red: towards it, blue: away). Click a probability bar to ask about another digit.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../cnngui/ui/draw_panel.py" line="126" />
        <source>Clear</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../cnngui/ui/draw_panel.py" line="127" />
        <source>Clear the canvas (Esc, or right-click on it)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../cnngui/ui/draw_panel.py" line="129" />
        <source>Undo</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../cnngui/ui/draw_panel.py" line="130" />
        <source>Remove the last stroke (Ctrl+Z)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../cnngui/ui/draw_panel.py" line="135" />
        <source>Pen width</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../cnngui/ui/draw_panel.py" line="144" />
        <source>Pen</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../cnngui/ui/draw_panel.py" line="147" />
        <location filename="../../cnngui/ui/draw_panel.py" line="282" />
        <source>No model loaded yet.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../cnngui/ui/draw_panel.py" line="266" />
        <source>Preparing</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../cnngui/ui/draw_panel.py" line="268" />
        <source>Predicting with</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../cnngui/ui/draw_panel.py" line="285" />
        <source>Preparing {label}…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../cnngui/ui/draw_panel.py" line="346" />
        <source>28×28 digit, used as it is</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../cnngui/ui/draw_panel.py" line="366" />
        <source>no model yet</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../cnngui/ui/draw_panel.py" line="373" />
        <source>cannot predict</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../cnngui/ui/draw_panel.py" line="376" />
        <source>Prediction failed: {exc}</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../cnngui/ui/draw_panel.py" line="406" />
        <source>Cannot predict with {label}: {error}</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../cnngui/ui/draw_panel.py" line="418" />
        <source>Predicting with {label}.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../cnngui/ui/draw_panel.py" line="426" />
        <source>Cannot use the new weights: {exc}</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../cnngui/ui/draw_panel.py" line="434" />
        <source> Its weights are from before your latest changes: train to update them.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../cnngui/ui/draw_panel.py" line="501" />
        <source>the model could not be compiled for prediction ({name__}).</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../cnngui/ui/draw_panel.py" line="517" />
        <source>as this network takes it: {shape}</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>Evaluation</name>
    <message>
        <location filename="../../cnngui/ui/evaluation.py" line="42" />
        <source>Press Evaluate to see how the network in use does on the test images it never saw (training a network evaluates it too).</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../cnngui/ui/evaluation.py" line="75" />
        <source>Evaluate</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../cnngui/ui/evaluation.py" line="77" />
        <source>Run the network the drawing uses (bundled, imported or a chosen run) on the test images and fill in the confusion matrix.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../cnngui/ui/evaluation.py" line="88" />
        <source>Cancel</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../cnngui/ui/evaluation.py" line="90" />
        <source>Stop the evaluation; the last results stay shown.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../cnngui/ui/evaluation.py" line="122" />
        <source>Test images in the chosen cell. Click one to see what the network makes of it in the Draw &amp; predict and Feature maps panels.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../cnngui/ui/evaluation.py" line="136" />
        <source>Confusion matrix — click a cell</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../cnngui/ui/evaluation.py" line="140" />
        <source>true digit</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../cnngui/ui/evaluation.py" line="141" />
        <source>predicted digit</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../cnngui/ui/evaluation.py" line="149" />
        <source>Row = the real digit, column = what the network said. The diagonal counts correct answers; every other cell counts one kind of mistake. Click a cell to see those images.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../cnngui/ui/evaluation.py" line="185" />
        <source>{done:,} of {total:,} test images</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../cnngui/ui/evaluation.py" line="224" />
        <source>&lt;b&gt;Test accuracy {accuracy:.2%}&lt;/b&gt; · test loss {loss:.4f} · {n_misclassified:,} of {total:,} test images wrong.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../cnngui/ui/evaluation.py" line="278" />
        <source>No mistakes at all on the test images.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../cnngui/ui/evaluation.py" line="322" />
        <source>{n_indices:,} images of {names} recognised correctly (first {min} shown). Cells off the diagonal are mistakes.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../cnngui/ui/evaluation.py" line="332" />
        <source>&lt;b&gt;{n_indices:,} images of {names} taken for {names2}&lt;/b&gt; — under each, how sure the network was that it is {names2}. Click one to look at it in the drawing and feature-map panels.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../cnngui/ui/evaluation.py" line="345" />
        <source>test image {index}: true {names}, predicted {names2} ({confidence:.0%} sure)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../cnngui/ui/evaluation.py" line="369" />
        <source>test image {index}: true {class_names}, the trained network said {class_names2} ({float:.0%} sure)</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>FeatureMaps</name>
    <message>
        <location filename="../../cnngui/ui/feature_maps.py" line="120" />
        <location filename="../../cnngui/ui/feature_maps.py" line="483" />
        <source>click a channel to enlarge it</source>
        <extracomment>same values as the layer before pixels per mosaic row pixels per Dense strip pixels for the first layer's filters mosaics are laid out about this much wider than high raw activations (for hover) values mapped to [0, 1] (for the enlarged view) "0"…"9" over a 10-unit strip</extracomment>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../cnngui/ui/feature_maps.py" line="130" />
        <source>show first-layer filters</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../cnngui/ui/feature_maps.py" line="132" />
        <source>The learned 2-D filters of the first convolution: red weights add, blue subtract.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../cnngui/ui/feature_maps.py" line="139" />
        <source>Draw a digit to see what every layer computes.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../cnngui/ui/feature_maps.py" line="185" />
        <source>Nothing drawn: draw a digit to see what every layer computes.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../cnngui/ui/feature_maps.py" line="197" />
        <source>Hover over a map to read its values; click a channel to enlarge it.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../cnngui/ui/feature_maps.py" line="263" />
        <source>the model has no Conv2D layer: no filters to show</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../cnngui/ui/feature_maps.py" line="273" />
        <source>{name} filters ({kh}×{kw}, {out} of them)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../cnngui/ui/feature_maps.py" line="367" />
        <source> filters</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../cnngui/ui/feature_maps.py" line="416" />
        <source>{name} filter {channel} · weight ({ry}, {rx}) = {value:+.3f}</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../cnngui/ui/feature_maps.py" line="422" />
        <source>{name} ({type}) · unit {channel} · value {v:.3f}</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../cnngui/ui/feature_maps.py" line="429" />
        <source>{name} ({type}) · channel {channel} · pixel ({ry}, {rx}) · value {value:.3f}</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../cnngui/ui/feature_maps.py" line="461" />
        <source>{name}&lt;br&gt;all {shape} units</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>Gallery</name>
    <message>
        <location filename="../../cnngui/ui/classroom/gallery.py" line="47" />
        <source>Show the drawings of one digit, or all of them.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../cnngui/ui/classroom/gallery.py" line="53" />
        <source>How many drawings of each digit the collection holds.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../cnngui/ui/classroom/gallery.py" line="64" />
        <source>The kept drawings as the network sees them (28×28). Click one to look at it; Delete removes the selected ones; right-click to relabel.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../cnngui/ui/classroom/gallery.py" line="77" />
        <source>The chosen drawing, enlarged.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../cnngui/ui/classroom/gallery.py" line="78" />
        <location filename="../../cnngui/ui/classroom/gallery.py" line="284" />
        <source>Delete</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../cnngui/ui/classroom/gallery.py" line="80" />
        <source>Remove the selected drawings (Undo brings them back).</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../cnngui/ui/classroom/gallery.py" line="83" />
        <source>Undo</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../cnngui/ui/classroom/gallery.py" line="84" />
        <source>Undo the last delete or relabel.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../cnngui/ui/classroom/gallery.py" line="88" />
        <source>Relabel as…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../cnngui/ui/classroom/gallery.py" line="92" />
        <source>Give the selected drawings another label (a mislabelled digit).</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../cnngui/ui/classroom/gallery.py" line="95" />
        <source>Export .npz…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../cnngui/ui/classroom/gallery.py" line="97" />
        <source>Save the collection as an MNIST-layout .npz (x_train, y_train, x_test, y_test and the strokes) to share or merge on another machine.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../cnngui/ui/classroom/gallery.py" line="104" />
        <source>Import/merge .npz…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../cnngui/ui/classroom/gallery.py" line="106" />
        <source>Add the drawings of one or more .npz files (e.g. from other machines); duplicates are skipped and each bad file is explained in one sentence.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../cnngui/ui/classroom/gallery.py" line="116" />
        <source>What the last export, import or change did.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../cnngui/ui/classroom/gallery.py" line="153" />
        <source>All digits ({n_counts:,})</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../cnngui/ui/classroom/gallery.py" line="167" />
        <source>a {label}, kept {v1}</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../cnngui/ui/classroom/gallery.py" line="196" />
        <source>Deleted {n_gone} drawing(s); Undo brings them back.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../cnngui/ui/classroom/gallery.py" line="219" />
        <source>Brought back {n_what} drawing(s).</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../cnngui/ui/classroom/gallery.py" line="224" />
        <source>The drawing is a {label} again.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../cnngui/ui/classroom/gallery.py" line="234" />
        <source>Exported {counts:,} training and {counts2:,} test drawings to {path}.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../cnngui/ui/classroom/gallery.py" line="280" />
        <source>Relabel as {d}</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../cnngui/ui/classroom/gallery.py" line="304" />
        <source>Export the drawings</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../cnngui/ui/classroom/gallery.py" line="305" />
        <source>class-drawings.npz</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../cnngui/ui/classroom/gallery.py" line="306" />
        <location filename="../../cnngui/ui/classroom/gallery.py" line="316" />
        <source>NumPy archives (*.npz)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../cnngui/ui/classroom/gallery.py" line="314" />
        <source>Import drawings</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>Handin</name>
    <message>
        <location filename="../../cnngui/ui/classroom/handin.py" line="41" />
        <source>Hand in: {title}</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../cnngui/ui/classroom/handin.py" line="48" />
        <source>Your name, as the teacher's leaderboard will show it.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../cnngui/ui/classroom/handin.py" line="53" />
        <source>Where to write the .cnnsub file (e.g. the class's shared folder).</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../cnngui/ui/classroom/handin.py" line="55" />
        <source>Browse…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../cnngui/ui/classroom/handin.py" line="56" />
        <source>Choose where to write the hand-in.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../cnngui/ui/classroom/handin.py" line="61" />
        <source>Why the hand-in could not be written.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../cnngui/ui/classroom/handin.py" line="67" />
        <source>Your name</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../cnngui/ui/classroom/handin.py" line="68" />
        <source>Save as</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../cnngui/ui/classroom/handin.py" line="75" />
        <source>Write the hand-in file</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../cnngui/ui/classroom/handin.py" line="77" />
        <source>Close</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../cnngui/ui/classroom/handin.py" line="114" />
        <source>Hand in</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../cnngui/ui/classroom/handin.py" line="116" />
        <source>Hand-ins (*.cnnsub)</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>KernelPlayground</name>
    <message>
        <location filename="../../cnngui/ui/kernel_playground.py" line="44" />
        <source>custom (type in the grid)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../cnngui/ui/kernel_playground.py" line="45" />
        <source>learned kernel {} of the first Conv2D</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../cnngui/ui/kernel_playground.py" line="54" />
        <source>convolution</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../cnngui/ui/kernel_playground.py" line="55" />
        <source>max pooling</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../cnngui/ui/kernel_playground.py" line="56" />
        <source>average pooling</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../cnngui/ui/kernel_playground.py" line="83" />
        <source>stride </source>
        <extracomment>the formula line after each update first Conv2D's weights (kh, kw, in, out) the preset's full-precision values</extracomment>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../cnngui/ui/kernel_playground.py" line="88" />
        <source>Sobel x, y and magnitude</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../cnngui/ui/kernel_playground.py" line="96" />
        <source>The kernel's weights: edit any cell; the output follows.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../cnngui/ui/kernel_playground.py" line="109" />
        <source>input the network sees (28×28)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../cnngui/ui/kernel_playground.py" line="114" />
        <source>Sobel x</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../cnngui/ui/kernel_playground.py" line="115" />
        <source>Sobel y</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../cnngui/ui/kernel_playground.py" line="116" />
        <source>magnitude √(x² + y²)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../cnngui/ui/kernel_playground.py" line="222" />
        <source>Draw a digit to see the kernel at work.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../cnngui/ui/kernel_playground.py" line="248" />
        <source>output {h}×{w}: {operation}</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../cnngui/ui/kernel_playground.py" line="274" />
        <source>Type your own weights in the grid.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../cnngui/ui/kernel_playground.py" line="283" />
        <source>A kernel the network learned itself: compare it with the hand-made ones.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../cnngui/ui/kernel_playground.py" line="334" />
        <source>Your own kernel.</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>LeaderboardPanel</name>
    <message>
        <location filename="../../cnngui/ui/classroom/leaderboard_panel.py" line="34" />
        <source>Name</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../cnngui/ui/classroom/leaderboard_panel.py" line="35" />
        <source>Valid</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../cnngui/ui/classroom/leaderboard_panel.py" line="36" />
        <source>Accuracy</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../cnngui/ui/classroom/leaderboard_panel.py" line="37" />
        <source>Parameters</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../cnngui/ui/classroom/leaderboard_panel.py" line="38" />
        <source>MACs</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../cnngui/ui/classroom/leaderboard_panel.py" line="39" />
        <source>Epochs</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../cnngui/ui/classroom/leaderboard_panel.py" line="40" />
        <source>Reason</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../cnngui/ui/classroom/leaderboard_panel.py" line="66" />
        <source>scoring failed: {exc}</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../cnngui/ui/classroom/leaderboard_panel.py" line="96" />
        <location filename="../../cnngui/ui/classroom/leaderboard_panel.py" line="177" />
        <source>Hand-ins folder</source>
        <extracomment>the sorted rows</extracomment>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../cnngui/ui/classroom/leaderboard_panel.py" line="97" />
        <source>The folder of .cnnsub files.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../cnngui/ui/classroom/leaderboard_panel.py" line="102" />
        <source>Assignment</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../cnngui/ui/classroom/leaderboard_panel.py" line="103" />
        <source>The .cnnassign the hand-ins were made for.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../cnngui/ui/classroom/leaderboard_panel.py" line="108" />
        <source>Held-out set</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../cnngui/ui/classroom/leaderboard_panel.py" line="109" />
        <source>A .npz of digits the students never saw (e.g. exported class drawings kept aside).</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../cnngui/ui/classroom/leaderboard_panel.py" line="115" />
        <source>Score</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../cnngui/ui/classroom/leaderboard_panel.py" line="117" />
        <source>Score every hand-in in the folder, in the background.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../cnngui/ui/classroom/leaderboard_panel.py" line="120" />
        <source>Stop</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../cnngui/ui/classroom/leaderboard_panel.py" line="122" />
        <source>Stop after the hand-in being scored; the rows so far stay.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../cnngui/ui/classroom/leaderboard_panel.py" line="141" />
        <source>One row per hand-in, best first once scoring ends. Click a row to load that network into the drawing and feature-map panels.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../cnngui/ui/classroom/leaderboard_panel.py" line="152" />
        <source>How scoring went, or why it could not start.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../cnngui/ui/classroom/leaderboard_panel.py" line="164" />
        <source>Browse…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../cnngui/ui/classroom/leaderboard_panel.py" line="166" />
        <source>Choose the {lower}.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../cnngui/ui/classroom/leaderboard_panel.py" line="181" />
        <source>Assignments (*.cnnassign)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../cnngui/ui/classroom/leaderboard_panel.py" line="183" />
        <source>NumPy archives (*.npz)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../cnngui/ui/classroom/leaderboard_panel.py" line="186" />
        <source>Choose a file</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../cnngui/ui/classroom/leaderboard_panel.py" line="212" />
        <source>held-out .npz file</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../cnngui/ui/classroom/leaderboard_panel.py" line="222" />
        <source>Scoring…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../cnngui/ui/classroom/leaderboard_panel.py" line="242" />
        <source>Stopping after this hand-in…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../cnngui/ui/classroom/leaderboard_panel.py" line="254" />
        <source>Scored {n_rows} hand-in(s)…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../cnngui/ui/classroom/leaderboard_panel.py" line="287" />
        <source>{n_rows} hand-in(s): {valid} valid, {v2} refused</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../cnngui/ui/classroom/leaderboard_panel.py" line="290" />
        <source> (stopped early).</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../cnngui/ui/classroom/leaderboard_panel.py" line="319" />
        <source>{student}'s network</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>LookInside</name>
    <message>
        <location filename="../../cnngui/ui/look_inside.py" line="34" />
        <source>the predicted digit</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../cnngui/ui/look_inside.py" line="39" />
        <source>A kernel is a small grid of weights that slides over the image; at each place the pixels under it are multiplied by the weights and added up. Pick a preset (Sobel finds edges, a blur averages, sharpen exaggerates differences), one of the kernels your network learned, or type your own. Stride is how far the window jumps; padding "same" adds a border of zeros so the output keeps its size. The output size follows (W − F + 2P)/S + 1, shown with the numbers. Max and average pooling work the same way with no weights: they keep the largest value of each window, or its mean.</source>
        <extracomment>a few sentences per tab for Help → Guide (the window's guide may quote them)</extracomment>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../cnngui/ui/look_inside.py" line="52" />
        <source>Choose a convolution or pooling layer of your own network and one output channel. Play, pause or step: the orange window slides over what the layer really receives (grey border: the zeros of padding); the tables show the patch, the kernel and their products, and the line below adds them up, adds the bias and applies the activation — the output pixel being filled in. These are exactly Keras's numbers. A layer after the first sees many channels: each has its own kernel slice, and the sums of all channels add up to one output pixel.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../cnngui/ui/look_inside.py" line="63" />
        <source>Which pixels made the decision? Gradient × input and integrated gradients colour each pixel by how much its ink pushes the chosen digit's score up (red) or down (blue); occlusion erases a small patch at a time and shows how much the probability drops; Grad-CAM shows where the last convolution looked. Click a bar of the probabilities to explain that digit instead of the predicted one.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../cnngui/ui/look_inside.py" line="74" />
        <source>Choose a digit and press the button: the drawing is changed a little, step by step, in the direction that raises that digit's probability, and no pixel moves by more than the bound. Red shows ink added, blue ink removed. Often the network changes its mind while a person still sees the same digit — an adversarial example: the network follows pixel patterns, not the shape we see.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../cnngui/ui/look_inside.py" line="89" />
        <source>Turn on the overlay to colour your drawing while you draw: red pixels push the network towards the digit being explained, blue ones away from it, and the stronger the colour, the bigger the push. The map covers the 28×28 grid the network sees, so its squares are the network's pixels.</source>
        <extracomment>Guide entries for the parts of the window that show what this panel computes</extracomment>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../cnngui/ui/look_inside.py" line="99" />
        <source>Each bar is how sure the network is of one digit, from 0% to 100%; they add up to 100%. Click a bar to explain that digit: the saliency map and the nudge then follow it, and an orange frame marks it.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../cnngui/ui/look_inside.py" line="107" />
        <source>Every run keeps its weights after each epoch. Drag the slider, step with ◀ ▶ or press Play to see the network as it was after epoch k: the prediction, the feature maps, the filters and the saliency change, and a dotted line marks k on the curves. Early epochs guess; later ones find edges and strokes.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../cnngui/ui/look_inside.py" line="117" />
        <source>Grey maps run from black (0) to white (the largest value shown). Maps with negative values, filters and the nudge's change are red where positive, blue where negative and white at zero; the bar beside them gives the range. The output strip is labelled 0–9: its brightest cell is the prediction.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../cnngui/ui/look_inside.py" line="149" />
        <source>How the map is computed: gradient × input, integrated gradients, occlusion (erase a patch, see the probability drop) or Grad-CAM (the last convolution)</source>
        <extracomment>a core SaliencyMap, or None when nothing is drawn the latest SaliencyMap</extracomment>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../cnngui/ui/look_inside.py" line="156" />
        <source>Which digit to explain (or click its bar in the probabilities)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../cnngui/ui/look_inside.py" line="161" />
        <source>saliency: red pushes towards the digit, blue away</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../cnngui/ui/look_inside.py" line="163" />
        <source>the drawing</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../cnngui/ui/look_inside.py" line="164" />
        <location filename="../../cnngui/ui/look_inside.py" line="202" />
        <source>Draw a digit.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../cnngui/ui/look_inside.py" line="204" />
        <source>No network yet.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../cnngui/ui/look_inside.py" line="236" />
        <source>{currentText} for {digit} (the network gives it {p:.1%}). Hover to read a pixel's value.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../cnngui/ui/look_inside.py" line="268" />
        <source>Kernel playground</source>
        <extracomment>a core SaliencyMap, or None the digit the saliency explains (int), or None for "the predicted digit" — for ``ProbabilityBars.set_chosen``</extracomment>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../cnngui/ui/look_inside.py" line="269" />
        <source>One convolution, step by step</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../cnngui/ui/look_inside.py" line="270" />
        <source>Saliency</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../cnngui/ui/look_inside.py" line="271" />
        <source>What would make it a …?</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>MapView</name>
    <message>
        <location filename="../../cnngui/ui/map_view.py" line="138" />
        <source>row {row}, column {col}: {value:.4g}</source>
        <extracomment>row, column, value under the mouse</extracomment>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>NewAssignment</name>
    <message>
        <location filename="../../cnngui/ui/classroom/new_assignment.py" line="36" />
        <source>no limit</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../cnngui/ui/classroom/new_assignment.py" line="47" />
        <source>New assignment</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../cnngui/ui/classroom/new_assignment.py" line="53" />
        <source>What the students see at the top of the assignment panel.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../cnngui/ui/classroom/new_assignment.py" line="57" />
        <source>Instructions in plain text or Markdown (# headings, **bold**).</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../cnngui/ui/classroom/new_assignment.py" line="62" />
        <source>Students start from the current network</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../cnngui/ui/classroom/new_assignment.py" line="67" />
        <source>Include the network now in the builder as the starting point.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../cnngui/ui/classroom/new_assignment.py" line="71" />
        <source>…and must keep exactly this network</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../cnngui/ui/classroom/new_assignment.py" line="74" />
        <source>A reproduction lesson: only the training may change, not the architecture.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../cnngui/ui/classroom/new_assignment.py" line="80" />
        <source>Most parameters a network may have (0 = no limit).</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../cnngui/ui/classroom/new_assignment.py" line="83" />
        <source>Most multiply-adds per image (0 = no limit).</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../cnngui/ui/classroom/new_assignment.py" line="86" />
        <source>Most epochs a run may train (0 = no limit).</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../cnngui/ui/classroom/new_assignment.py" line="89" />
        <source>Lock optimizer and batch size to the current ones</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../cnngui/ui/classroom/new_assignment.py" line="93" />
        <source>Everyone trains the same way, so networks compare fairly.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../cnngui/ui/classroom/new_assignment.py" line="98" />
        <source>What students train on; “drawings” means the class's own collection.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../cnngui/ui/classroom/new_assignment.py" line="103" />
        <source>Lock it</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../cnngui/ui/classroom/new_assignment.py" line="105" />
        <source>Students cannot choose another dataset.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../cnngui/ui/classroom/new_assignment.py" line="113" />
        <source>The accuracy to reach on the goal's dataset.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../cnngui/ui/classroom/new_assignment.py" line="115" />
        <source>held-out class drawings</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../cnngui/ui/classroom/new_assignment.py" line="117" />
        <source>Where the goal is measured (shown to students).</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../cnngui/ui/classroom/new_assignment.py" line="120" />
        <source>Where to save the .cnnassign file.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../cnngui/ui/classroom/new_assignment.py" line="121" />
        <source>Browse…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../cnngui/ui/classroom/new_assignment.py" line="122" />
        <source>Choose where to save the assignment.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../cnngui/ui/classroom/new_assignment.py" line="128" />
        <source>Why the assignment cannot be saved yet.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../cnngui/ui/classroom/new_assignment.py" line="137" />
        <source>Title</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../cnngui/ui/classroom/new_assignment.py" line="138" />
        <source>Instructions</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../cnngui/ui/classroom/new_assignment.py" line="141" />
        <source>Parameter budget</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../cnngui/ui/classroom/new_assignment.py" line="142" />
        <source>Multiply-add budget</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../cnngui/ui/classroom/new_assignment.py" line="143" />
        <source>Epoch limit</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../cnngui/ui/classroom/new_assignment.py" line="145" />
        <source>Dataset</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../cnngui/ui/classroom/new_assignment.py" line="146" />
        <source>Goal: accuracy ≥</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../cnngui/ui/classroom/new_assignment.py" line="147" />
        <source>measured on</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../cnngui/ui/classroom/new_assignment.py" line="148" />
        <source>Save as</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../cnngui/ui/classroom/new_assignment.py" line="155" />
        <source>Write the assignment file</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../cnngui/ui/classroom/new_assignment.py" line="157" />
        <source>Close</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../cnngui/ui/classroom/new_assignment.py" line="187" />
        <source>held-out set</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../cnngui/ui/classroom/new_assignment.py" line="213" />
        <source>Save the assignment</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../cnngui/ui/classroom/new_assignment.py" line="215" />
        <source>Assignments (*.cnnassign)</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>NudgeView</name>
    <message>
        <location filename="../../cnngui/ui/nudge_view.py" line="29" />
        <source>An adversarial example is an input changed so little that a person still sees the same digit, yet the network reads another: it follows pixel patterns, not the shape we see.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../cnngui/ui/nudge_view.py" line="84" />
        <source>The digit the drawing is pushed towards</source>
        <extracomment>the compiled ScoreGradients (kept for the next run)</extracomment>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../cnngui/ui/nudge_view.py" line="89" />
        <source>How many small gradient steps to take (more: a stronger push)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../cnngui/ui/nudge_view.py" line="97" />
        <source>No pixel may change by more than this (ink runs from 0 to 1): the bound keeps the change small enough that a person still sees the same digit</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../cnngui/ui/nudge_view.py" line="105" />
        <source>Change the drawing a little, step by step, in the direction that raises the chosen digit's probability (runs in the background)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../cnngui/ui/nudge_view.py" line="111" />
        <source>your drawing</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../cnngui/ui/nudge_view.py" line="112" />
        <source>change: red ink added, blue removed</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../cnngui/ui/nudge_view.py" line="113" />
        <source>nudged drawing</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../cnngui/ui/nudge_view.py" line="116" />
        <source>Draw a digit, choose a target and press the button.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../cnngui/ui/nudge_view.py" line="128" />
        <source>bound ±</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../cnngui/ui/nudge_view.py" line="173" />
        <source>Draw a digit first.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../cnngui/ui/nudge_view.py" line="175" />
        <source>No network yet.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../cnngui/ui/nudge_view.py" line="192" />
        <source>Nudging towards {job}…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../cnngui/ui/nudge_view.py" line="213" />
        <source>What would make it a {currentText}?</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../cnngui/ui/nudge_view.py" line="227" />
        <source>The drawing changed; press the button again.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../cnngui/ui/nudge_view.py" line="240" />
        <source>Probability of {d}: before {before:.1%} → after {after:.1%} (the network read {argmax}, now {argmax2}).</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>PerClass</name>
    <message>
        <location filename="../../cnngui/ui/classroom/per_class.py" line="17" />
        <source>MNIST test digits</source>
        <extracomment>characters of a full bar</extracomment>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../cnngui/ui/classroom/per_class.py" line="18" />
        <source>Class drawings</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../cnngui/ui/classroom/per_class.py" line="19" />
        <source>MNIST + class drawings</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../cnngui/ui/classroom/per_class.py" line="30" />
        <source>Per-class accuracy: the share of each real digit the network got right. A short bar is a digit worth collecting more drawings of.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../cnngui/ui/classroom/per_class.py" line="48" />
        <source>Per-class accuracy
(evaluate first)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../cnngui/ui/classroom/per_class.py" line="51" />
        <source>Per-class accuracy</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../cnngui/ui/classroom/per_class.py" line="67" />
        <source>Which test images Evaluate uses: MNIST's, the class's own drawings (their test share), or both.</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>Predictions</name>
    <message>
        <location filename="../../cnngui/ui/predictions.py" line="63" />
        <source>How sure the network is of each digit (0% to 100%). Click a bar to see which pixels push the network towards that digit; the orange frame marks it.</source>
        <extracomment>below this the top digit is shown as a guess the class whose column was clicked</extracomment>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../cnngui/ui/predictions.py" line="129" />
        <location filename="../../cnngui/ui/predictions.py" line="142" />
        <source>nothing drawn</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../cnngui/ui/predictions.py" line="152" />
        <source>not sure — only {pct}</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../cnngui/ui/predictions.py" line="183" />
        <source>show every step</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../cnngui/ui/predictions.py" line="185" />
        <source>How your drawing becomes the 28×28 input: ink found, cropped, scaled to fit 20×20 and centred by its centre of mass — as MNIST digits were made.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../cnngui/ui/predictions.py" line="192" />
        <location filename="../../cnngui/ui/predictions.py" line="237" />
        <source>What the network sees (28×28):</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../cnngui/ui/predictions.py" line="235" />
        <source>How your drawing becomes its input:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../cnngui/ui/predictions.py" line="267" />
        <source>Nothing drawn yet.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../cnngui/ui/predictions.py" line="282" />
        <source>What the colours mean: grey maps run from black (0) to white (the largest value of the layer); signed maps and filters are blue below zero, white at zero and red above it.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../cnngui/ui/predictions.py" line="306" />
        <source>{name}: blue {low:.3g} · white 0 · red {high:+.3g}</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../cnngui/ui/predictions.py" line="309" />
        <source>{name}: black 0 · white {high:.3g}</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>Scrubber</name>
    <message>
        <location filename="../../cnngui/ui/scrubber.py" line="36" />
        <source>Drag to replay the run: the drawing's prediction, feature maps and filters show the network as it was after that epoch.</source>
        <extracomment>time each epoch stays on screen while playing</extracomment>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../cnngui/ui/scrubber.py" line="44" />
        <source>One epoch earlier</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../cnngui/ui/scrubber.py" line="46" />
        <source>One epoch later</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../cnngui/ui/scrubber.py" line="47" />
        <location filename="../../cnngui/ui/scrubber.py" line="121" />
        <source>Play</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../cnngui/ui/scrubber.py" line="50" />
        <source>Play the run epoch by epoch from here (from the first at the end)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../cnngui/ui/scrubber.py" line="57" />
        <source>Which epoch's weights the window shows</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../cnngui/ui/scrubber.py" line="121" />
        <source>Pause</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../cnngui/ui/scrubber.py" line="140" />
        <source>epoch {value} of {n}</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../cnngui/ui/scrubber.py" line="142" />
        <source>no epochs to replay yet</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../cnngui/ui/scrubber.py" line="154" />
        <source>weights of epoch {kept} ({epoch} was not kept)</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>Settings</name>
    <message>
        <location filename="../../cnngui/ui/builder/settings.py" line="96" />
        <source> size</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../cnngui/ui/builder/settings.py" line="104" />
        <source>This layer has no settings.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../cnngui/ui/builder/settings.py" line="179" />
        <source>rows or columns of zeros added at the {side}</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>StepView</name>
    <message>
        <location filename="../../cnngui/ui/step_view.py" line="50" />
        <source>&lt;td align="right" style="{style}"&gt;{text}&lt;/td&gt;</source>
        <extracomment>steps per second the speed slider offers</extracomment>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../cnngui/ui/step_view.py" line="54" />
        <source>&lt;tr&gt;</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../cnngui/ui/step_view.py" line="54" />
        <source>&lt;/tr&gt;</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../cnngui/ui/step_view.py" line="56" />
        <source>&lt;table cellspacing="0" border="1"&gt;</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../cnngui/ui/step_view.py" line="58" />
        <source>&lt;/table&gt;</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../cnngui/ui/step_view.py" line="81" />
        <source>output channel </source>
        <extracomment>the index of the step now shown the core StepByStep for the chosen layer and channel</extracomment>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../cnngui/ui/step_view.py" line="83" />
        <source>input channel shown </source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../cnngui/ui/step_view.py" line="84" />
        <source>every input channel's sum</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../cnngui/ui/step_view.py" line="85" />
        <source>◀ back</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../cnngui/ui/step_view.py" line="86" />
        <location filename="../../cnngui/ui/step_view.py" line="318" />
        <source>▶ play</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../cnngui/ui/step_view.py" line="88" />
        <source>step ▶</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../cnngui/ui/step_view.py" line="89" />
        <source>◀◀ start</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../cnngui/ui/step_view.py" line="95" />
        <location filename="../../cnngui/ui/step_view.py" line="230" />
        <source>Choose a layer and draw a digit.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../cnngui/ui/step_view.py" line="108" />
        <source>layer input (padding in grey)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../cnngui/ui/step_view.py" line="109" />
        <source>output channel, filled in step by step</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../cnngui/ui/step_view.py" line="114" />
        <source>A convolution or pooling layer of your network to watch</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../cnngui/ui/step_view.py" line="118" />
        <source>Which output channel (filter) of that layer is filled in</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../cnngui/ui/step_view.py" line="122" />
        <source>Which input channel's patch and kernel slice the tables show</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../cnngui/ui/step_view.py" line="128" />
        <source>Show the sum of every input channel's products, not one</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../cnngui/ui/step_view.py" line="130" />
        <source>Back to the first position</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../cnngui/ui/step_view.py" line="131" />
        <source>One position back</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../cnngui/ui/step_view.py" line="134" />
        <source>Slide the window automatically; press again to pause</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../cnngui/ui/step_view.py" line="136" />
        <source>One position forward</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../cnngui/ui/step_view.py" line="137" />
        <source>How fast the window slides while playing</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../cnngui/ui/step_view.py" line="138" />
        <source>Drag to any position of the window</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../cnngui/ui/step_view.py" line="232" />
        <source>No network yet.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../cnngui/ui/step_view.py" line="291" />
        <source>&lt;b&gt;input patch, channel {c}&lt;/b&gt;{table}</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../cnngui/ui/step_view.py" line="294" />
        <source>&lt;b&gt;kernel, channel {c}&lt;/b&gt;{table}</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../cnngui/ui/step_view.py" line="298" />
        <source>Σ channel {c} = {channel_sums:.4g}</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../cnngui/ui/step_view.py" line="305" />
        <source>&lt;br&gt;&lt;b&gt;every input channel's Σ&lt;/b&gt;&lt;br&gt;{sums}</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../cnngui/ui/step_view.py" line="309" />
        <source>&lt;br&gt;</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../cnngui/ui/step_view.py" line="318" />
        <source>⏸ pause</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>Table</name>
    <message>
        <location filename="../../cnngui/ui/builder/table.py" line="36" />
        <source>Layer</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../cnngui/ui/builder/table.py" line="37" />
        <source>Settings</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../cnngui/ui/builder/table.py" line="38" />
        <source>Output shape</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../cnngui/ui/builder/table.py" line="39" />
        <source>Parameters</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../cnngui/ui/builder/table.py" line="40" />
        <source>MACs</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../cnngui/ui/builder/table.py" line="44" />
        <source>Position of the layer; the image flows from the top row to the bottom row.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../cnngui/ui/builder/table.py" line="47" />
        <source>The kind of layer (Keras's own class name).</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../cnngui/ui/builder/table.py" line="48" />
        <source>The layer's settings. Double-click to change them here, or use the panel below.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../cnngui/ui/builder/table.py" line="51" />
        <source>Shape of the numbers this layer passes on: height × width × channels, or a flat length.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../cnngui/ui/builder/table.py" line="55" />
        <source>How many numbers this layer learns while training (weights and biases).</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../cnngui/ui/builder/table.py" line="58" />
        <source>Multiply-accumulate operations for one image: a measure of how much work the layer does.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../cnngui/ui/builder/table.py" line="144" />
        <source>(no settings)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../cnngui/ui/builder/table.py" line="157" />
        <source>This layer cannot work: {error}</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../cnngui/ui/builder/table.py" line="163" />
        <source>Double-click to change this layer's settings.</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>TrainingChoice</name>
    <message>
        <location filename="../../cnngui/ui/classroom/training_choice.py" line="27" />
        <source>Class drawings</source>
        <extracomment>the dataset combo's classroom entries (data key, text)</extracomment>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../cnngui/ui/classroom/training_choice.py" line="28" />
        <source>MNIST + class drawings</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../cnngui/ui/classroom/training_choice.py" line="30" />
        <source>MNIST + class drawings: repeat the class's drawings this many times per epoch, so a few hundred of them are not drowned by 60,000 MNIST digits.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../cnngui/ui/classroom/training_choice.py" line="81" />
        <source>Only the drawings your class kept in Collect mode.</source>
        <extracomment>TrainingConfig key → the panel's widget attribute that shows it</extracomment>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../cnngui/ui/classroom/training_choice.py" line="82" />
        <source>MNIST plus your class's drawings, repeated by the oversampling factor.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../cnngui/ui/classroom/training_choice.py" line="110" />
        <source>Drawings</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>TrainingPanel</name>
    <message>
        <location filename="../../cnngui/ui/training_panel.py" line="54" />
        <source>the network is not ready yet.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../cnngui/ui/training_panel.py" line="67" />
        <location filename="../../cnngui/ui/training_panel.py" line="384" />
        <source>not started</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../cnngui/ui/training_panel.py" line="68" />
        <source>How far the whole run is.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../cnngui/ui/training_panel.py" line="73" />
        <source>Epoch = one pass over all training images; batch = one small group of images; samples/s = images processed per second.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../cnngui/ui/training_panel.py" line="117" />
        <source>▶ Start training</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../cnngui/ui/training_panel.py" line="119" />
        <location filename="../../cnngui/ui/training_panel.py" line="237" />
        <source>Pause</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../cnngui/ui/training_panel.py" line="122" />
        <source>Pause training; Resume carries on where it stopped.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../cnngui/ui/training_panel.py" line="124" />
        <source>Stop</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../cnngui/ui/training_panel.py" line="127" />
        <source>Stop after the current batch; the network keeps what it has learnt so far.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../cnngui/ui/training_panel.py" line="150" />
        <source>Choose a dataset</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../cnngui/ui/training_panel.py" line="152" />
        <source>NumPy archives (*.npz)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../cnngui/ui/training_panel.py" line="221" />
        <source>Device: {text}</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../cnngui/ui/training_panel.py" line="235" />
        <source>Resume</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../cnngui/ui/training_panel.py" line="242" />
        <source>Cannot train: {blocker}</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../cnngui/ui/training_panel.py" line="245" />
        <source>Training is off because {blocker}</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../cnngui/ui/training_panel.py" line="252" />
        <source>Train the network in the Model builder on the chosen images, in the background; the window stays usable.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../cnngui/ui/training_panel.py" line="283" />
        <source>starting…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../cnngui/ui/training_panel.py" line="300" />
        <location filename="../../cnngui/ui/training_panel.py" line="305" />
        <location filename="../../cnngui/ui/training_texts.py" line="133" />
        <source>Paused · </source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../cnngui/ui/training_panel.py" line="312" />
        <source>stopping after this batch…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../cnngui/ui/training_panel.py" line="323" />
        <source>epoch 1 of {epochs}</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../cnngui/ui/training_panel.py" line="344" />
        <source>epoch {epoch} of {epochs} · %p%</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../cnngui/ui/training_panel.py" line="383" />
        <source>could not start</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../cnngui/ui/training_settings.py" line="40" />
        <source>Settings</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../cnngui/ui/training_settings.py" line="74" />
        <source>Early stop after</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../cnngui/ui/training_settings.py" line="77" />
        <source> epochs</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../cnngui/ui/training_settings.py" line="80" />
        <source>Keep best epoch</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../cnngui/ui/training_settings.py" line="83" />
        <source>Augment images</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../cnngui/ui/training_settings.py" line="85" />
        <source>16-bit on GPU</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../cnngui/ui/training_settings.py" line="88" />
        <source>random</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../cnngui/ui/training_settings.py" line="90" />
        <source>all</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../cnngui/ui/training_settings.py" line="92" />
        <source>Device: finding out (TensorFlow is loading)…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../cnngui/ui/training_settings.py" line="95" />
        <source>Where the network trains: a graphics card (GPU) or the CPU.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../cnngui/ui/training_settings.py" line="100" />
        <source>Images</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../cnngui/ui/training_settings.py" line="102" />
        <source>Epochs</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../cnngui/ui/training_settings.py" line="106" />
        <source>Optimizer</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../cnngui/ui/training_settings.py" line="108" />
        <source>Batch size</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../cnngui/ui/training_settings.py" line="112" />
        <source>Learning rate</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../cnngui/ui/training_settings.py" line="114" />
        <source>Schedule</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../cnngui/ui/training_settings.py" line="118" />
        <source>Validation share</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../cnngui/ui/training_settings.py" line="120" />
        <source>Training images</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../cnngui/ui/training_settings.py" line="136" />
        <source>Seed</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../cnngui/ui/training_texts.py" line="17" />
        <source>MNIST handwritten digits</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../cnngui/ui/training_texts.py" line="18" />
        <source>Fashion-MNIST clothes</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../cnngui/ui/training_texts.py" line="20" />
        <source>Choose a .npz file…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../cnngui/ui/training_texts.py" line="23" />
        <source>Which pictures to learn from. MNIST ships with cnngui; a .npz file needs x_train, y_train, x_test and y_test arrays.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../cnngui/ui/training_texts.py" line="28" />
        <source>How many times the network sees every training image.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../cnngui/ui/training_texts.py" line="31" />
        <source>How many images the network looks at before each small weight update. Bigger is faster per image but takes more memory.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../cnngui/ui/training_texts.py" line="36" />
        <source>The rule that changes the weights after each batch. adam is a safe choice; try rmsprop or sgd and compare the curves.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../cnngui/ui/training_texts.py" line="41" />
        <source>How big each weight change is. Too big: the loss jumps around or becomes NaN. Too small: learning is slow.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../cnngui/ui/training_texts.py" line="46" />
        <source>How the learning rate changes during training: constant, one-cycle (warm up then cool down) or cosine (slowly down).</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../cnngui/ui/training_texts.py" line="51" />
        <source>Share of the training images held back to check the network on pictures it does not learn from.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../cnngui/ui/training_texts.py" line="56" />
        <source>Stop when the validation loss has not improved for this many epochs.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../cnngui/ui/training_texts.py" line="59" />
        <source>After early stopping, go back to the weights of the best epoch.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../cnngui/ui/training_texts.py" line="62" />
        <source>Shift, rotate and zoom the training images a little each time, so the network learns digits in any position (slower, usually more robust).</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../cnngui/ui/training_texts.py" line="67" />
        <source>Start from the same random numbers every time so runs can be repeated exactly (0 = random each time).</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../cnngui/ui/training_texts.py" line="72" />
        <source>Use only this many training images (0 = all). Handy for a quick try.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../cnngui/ui/training_texts.py" line="75" />
        <source>Use 16-bit numbers on a GPU for speed (ignored on a CPU).</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../cnngui/ui/training_texts.py" line="89" />
        <source>{minutes} min {s:02d} s</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../cnngui/ui/training_texts.py" line="91" />
        <source>{hours} h {m:02d} min</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../cnngui/ui/training_texts.py" line="100" />
        <source>finished</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../cnngui/ui/training_texts.py" line="101" />
        <source>stopped early</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../cnngui/ui/training_texts.py" line="102" />
        <source>stopped</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../cnngui/ui/training_texts.py" line="103" />
        <source>failed</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../cnngui/ui/training_texts.py" line="104" />
        <source>stopped: the loss became NaN (not a number)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../cnngui/ui/training_texts.py" line="111" />
        <source>{what} · {duration}</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../cnngui/ui/training_texts.py" line="118" />
        <source>Epoch {epoch}/{epochs} · batch {step}/{steps} · {samples_per_sec:,.0f} samples/s · about {duration} left · loss {loss:.3f}, accuracy {accuracy:.1%}</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../cnngui/ui/training_texts.py" line="139" />
        <source>, validation accuracy {val_accuracy:.1%}</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../cnngui/ui/training_texts.py" line="145" />
        <source>Epoch {epoch} done in {duration}: accuracy {accuracy:.1%}{val}.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../cnngui/ui/training_texts.py" line="154" />
        <source>{n} epoch(s) in {duration} · last epoch {samples_per_sec:,.0f} samples/s · loss {loss:.3f}, accuracy {accuracy:.1%} · device: {device}</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>Widget</name>
    <message>
        <location filename="../../cnngui/ui/builder/widget.py" line="111" />
        <source>The layers of your network, first to last. Select one to see its arithmetic; double-click its settings to change them; drag rows to reorder.</source>
        <extracomment>why training is impossible now (None: it is possible) a preset was chosen (its name), so the window can apply its training recipe</extracomment>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../cnngui/ui/builder/widget.py" line="123" />
        <source>Parameters are the numbers the network learns. Trainable ones change while training; non-trainable ones (batch-normalisation statistics) are only counted. Size is the weights stored as 32-bit floats. MACs are multiply-accumulate operations for one image.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../cnngui/ui/builder/widget.py" line="163" />
        <source>Input image:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../cnngui/ui/builder/widget.py" line="168" />
        <source>height in pixels</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../cnngui/ui/builder/widget.py" line="169" />
        <source>width in pixels</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../cnngui/ui/builder/widget.py" line="170" />
        <source>channels (1 = grey)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../cnngui/ui/builder/widget.py" line="179" />
        <source>Input {tip}. MNIST digits are 28 × 28 × 1.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../cnngui/ui/builder/widget.py" line="189" />
        <source>Presets ▾</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../cnngui/ui/builder/widget.py" line="192" />
        <source>Replace the network with a well-known architecture.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../cnngui/ui/builder/widget.py" line="219" />
        <source>Add ▾</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../cnngui/ui/builder/widget.py" line="220" />
        <source>Add a layer at the end of the network.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../cnngui/ui/builder/widget.py" line="226" />
        <source>Insert ▾</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../cnngui/ui/builder/widget.py" line="227" />
        <source>Insert a layer above the selected one.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../cnngui/ui/builder/widget.py" line="236" />
        <source>Delete</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../cnngui/ui/builder/widget.py" line="237" />
        <source>Remove the selected layer.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../cnngui/ui/builder/widget.py" line="242" />
        <source>Duplicate</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../cnngui/ui/builder/widget.py" line="243" />
        <source>Copy the selected layer below itself.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../cnngui/ui/builder/widget.py" line="248" />
        <source>▲ Up</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../cnngui/ui/builder/widget.py" line="249" />
        <source>Move the selected layer one place earlier.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../cnngui/ui/builder/widget.py" line="254" />
        <source>▼ Down</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../cnngui/ui/builder/widget.py" line="255" />
        <source>Move the selected layer one place later.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../cnngui/ui/builder/widget.py" line="269" />
        <source>Selected layer</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../cnngui/ui/builder/widget.py" line="271" />
        <source>The settings of the selected layer, and where its numbers come from.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../cnngui/ui/builder/widget.py" line="323" />
        <source>Select a layer to see its settings and the arithmetic behind its numbers.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../cnngui/ui/builder/widget.py" line="333" />
        <source>&lt;b&gt;Layer {row} · {type}&lt;/b&gt; — {get}</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../cnngui/ui/builder/widget.py" line="343" />
        <source>&lt;b&gt;Input&lt;/b&gt; {shape} → &lt;b&gt;output&lt;/b&gt; {shape2}&lt;br&gt;&lt;b&gt;Shape:&lt;/b&gt; {v2}&lt;br&gt;&lt;b&gt;Parameters:&lt;/b&gt; {v3}&lt;br&gt;&lt;b&gt;MACs:&lt;/b&gt; {macs} multiply-adds per image</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../cnngui/ui/builder/widget.py" line="392" />
        <source>&lt;b&gt;Total parameters:&lt;/b&gt; {total_params} (trainable {trainable_params}, non-trainable {non_trainable_params}) · &lt;b&gt;size&lt;/b&gt; {size_bytes} bytes ({bytes}) · &lt;b&gt;total MACs&lt;/b&gt; {total_macs}</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../cnngui/ui/builder/widget.py" line="410" />
        <source>&lt;span style='color:#a00000'&gt;Cannot train yet: {blocker}&lt;/span&gt;</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../cnngui/ui/builder/widget.py" line="416" />
        <source>Ready to train. Note: {warnings}</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../cnngui/ui/builder/widget.py" line="422" />
        <source>Ready to train. Output {shape} = one probability per digit.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../cnngui/ui/builder/widget.py" line="460" />
        <source>Duplicate layer</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../cnngui/ui/builder/widget.py" line="468" />
        <source>Move layer</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../cnngui/ui/builder/widget.py" line="480" />
        <source>&lt;span style='color:#a00000'&gt;{exc}&lt;/span&gt;</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../cnngui/ui/builder/widget.py" line="484" />
        <source>Change {name} of layer {row}</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../cnngui/ui/builder/widget.py" line="493" />
        <source>Change input shape</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../cnngui/ui/builder/widget.py" line="504" />
        <source>Replace model</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>Workers</name>
    <message>
        <location filename="../../cnngui/ui/workers.py" line="85" />
        <source>training could not run: {exc}</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../cnngui/ui/workers.py" line="92" />
        <source>Loading TensorFlow…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../cnngui/ui/workers.py" line="123" />
        <source>Loading the {dataset} images…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../cnngui/ui/workers.py" line="128" />
        <source>Building the network…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../cnngui/ui/workers.py" line="132" />
        <source>stopped before the first epoch.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../cnngui/ui/workers.py" line="136" />
        <source>Preparing the first batch (TensorFlow compiles the network)…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../cnngui/ui/workers.py" line="288" />
        <source>TensorFlow could not be loaded ({exc}); reinstall cnngui to train or predict.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../cnngui/ui/workers.py" line="362" />
        <source>the network could not be evaluated ({exc}).</source>
        <translation type="unfinished" />
    </message>
</context>
</TS>