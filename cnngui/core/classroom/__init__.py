"""Classroom workflows: the class's own drawings as a dataset, assignments with a goal and
locked settings, hand-in files, and a leaderboard scored on a held-out set.

Qt-free (the window's panels call these functions); TensorFlow only inside the functions
that build or run a network. What the window calls:

- Collect / gallery: :class:`~cnngui.core.classroom.drawings.DrawingStore` — ``add(strokes,
  label, canvas)``, ``delete(ids)`` → drawings for ``restore(drawings)`` (undo),
  ``relabel(id, label)`` → the old drawing, ``counts()``, ``by_label(d)``,
  ``export_npz(path)``, ``import_npz(paths)`` → MergeReport, ``training_file()`` → the
  ``.npz`` to train on (``mnist+<it>``), ``rerender()``.
- Assignment panel: :func:`~cnngui.core.classroom.assignment.load_assignment` →
  :class:`~cnngui.core.classroom.assignment.Assignment` — ``check(spec, config)``,
  ``refuse_training(spec, config)``, ``apply_locks(config)``, ``lock_reason(key)``,
  ``progress_text(accuracy, params, epochs)``, ``training_dataset(drawings_npz)``.
- File → Hand in: :func:`~cnngui.core.classroom.submission.write_submission`.
- Leaderboard panel: :func:`~cnngui.core.classroom.leaderboard.score_folder` (``on_row``,
  ``should_stop``), then ``read_submission(row.path).build_model()`` to load a row.
"""
