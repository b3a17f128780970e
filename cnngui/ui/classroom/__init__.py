"""The classroom panels: collect and browse the class's drawings, assignments, hand-ins and
the leaderboard. Views only; every rule and file format lives in ``cnngui.core.classroom``.
"""
