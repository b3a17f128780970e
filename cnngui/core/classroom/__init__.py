"""Classroom workflows: the class's own drawings as a dataset, assignments with a goal and
locked settings, hand-in files, and a leaderboard scored on a held-out set.

Qt-free (the window's panels call these functions); TensorFlow only inside the functions
that build or run a network.
"""
