"""The weights after every epoch of a run, so the window can replay it (the epoch scrubber).

Small networks keep every epoch; the total is bounded (``budget_bytes``, per project).
Over budget, the store drops the kept epoch whose neighbours are closest together — the
first and the latest are always kept, and what is kept stays evenly spread — and
:meth:`EpochWeights.describe` says how many epochs are kept and how much they take.
Weights are copied in, handed out as copies, and saved as one ``.npz`` (no pickles).
"""

from __future__ import annotations

import io
import zipfile
from collections.abc import Sequence

import numpy as np

from cnngui.core.errors import UserError
from cnngui.core.phrases import Phrase, join_phrases, phrase

DEFAULT_BUDGET = 100 * 1024 * 1024  #: bytes of epoch weights kept per project


def _size(n: int) -> str:
    """Bytes in words: "196 KB", "3.8 MB"."""
    if n < 1024 * 1024:
        return f"{n / 1024:.0f} KB"
    return f"{n / (1024 * 1024):.1f} MB"


class EpochWeights:
    """Weights by epoch number (1 = after the first epoch), within a byte budget."""

    def __init__(self, budget_bytes: int = DEFAULT_BUDGET) -> None:
        if budget_bytes <= 0:
            raise UserError(
                phrase(
                    "the budget for epoch weights must be positive, not {value}.",
                    value=budget_bytes,
                )
            )
        self.budget_bytes = int(budget_bytes)
        self._epochs: dict[int, list[np.ndarray]] = {}
        self.dropped = 0  #: epochs let go to stay within the budget

    # ------------------------------------------------------------ storing

    def add(self, epoch: int, weights: Sequence[np.ndarray]) -> None:
        """Keep a copy of the weights after ``epoch``; thin out older epochs if over budget."""
        epoch = int(epoch)
        if epoch < 0:
            raise UserError(phrase("epoch numbers start at 0, not {epoch}.", epoch=epoch))
        arrays = [np.array(w, copy=True) for w in weights]
        if self._epochs:
            first = next(iter(self._epochs.values()))
            if [a.shape for a in arrays] != [a.shape for a in first]:
                raise UserError(
                    phrase(
                        "the weights of epoch {epoch} do not fit the earlier epochs' network; "
                        "start a new run to keep weights of another network.",
                        epoch=epoch,
                    )
                )
        size = sum(a.nbytes for a in arrays)
        if size > self.budget_bytes:
            raise UserError(
                phrase(
                    "one epoch's weights take {size}, more than the {budget} kept per project; "
                    "raise the budget or use a smaller network.",
                    size=_size(size),
                    budget=_size(self.budget_bytes),
                )
            )
        self._epochs[epoch] = arrays
        self._epochs = dict(sorted(self._epochs.items()))
        while self.total_bytes > self.budget_bytes and len(self._epochs) > 2:
            self._drop_one()

    def _drop_one(self) -> None:
        """Let go of the inner epoch whose neighbours are closest (the earliest on a tie)."""
        keys = list(self._epochs)
        gaps = [(keys[i + 1] - keys[i - 1], keys[i]) for i in range(1, len(keys) - 1)]
        _, victim = min(gaps)
        del self._epochs[victim]
        self.dropped += 1

    def clear(self) -> None:
        self._epochs.clear()
        self.dropped = 0

    # ------------------------------------------------------------ reading

    @property
    def epochs(self) -> list[int]:
        """The epochs kept, in order."""
        return list(self._epochs)

    def __len__(self) -> int:
        return len(self._epochs)

    def __contains__(self, epoch: object) -> bool:
        return epoch in self._epochs

    def get(self, epoch: int) -> list[np.ndarray]:
        """A copy of the weights after ``epoch`` (exactly those; see :meth:`nearest`)."""
        if epoch not in self._epochs:
            kept = ", ".join(map(str, self._epochs)) or phrase("none")
            raise UserError(
                phrase(
                    "the weights of epoch {epoch} were not kept (kept: {kept}).",
                    epoch=epoch,
                    kept=kept,
                )
            )
        return [a.copy() for a in self._epochs[epoch]]

    def nearest(self, epoch: int) -> int:
        """The kept epoch closest to ``epoch`` (the earlier one on a tie), for a slider."""
        if not self._epochs:
            raise UserError(phrase("no epoch weights are kept yet; train the network first."))
        return min(self._epochs, key=lambda k: (abs(k - epoch), k))

    @property
    def bytes_per_epoch(self) -> int:
        first = next(iter(self._epochs.values()), [])
        return sum(a.nbytes for a in first)

    @property
    def total_bytes(self) -> int:
        return sum(a.nbytes for arrays in self._epochs.values() for a in arrays)

    def describe(self) -> Phrase:
        """One sentence: how many epochs are kept, how big each is, the total and the budget."""
        budget = _size(self.budget_bytes)
        if not self._epochs:
            return phrase("No epoch weights kept yet (up to {budget} per project).", budget=budget)
        n = len(self._epochs)
        sizes = {"each": _size(self.bytes_per_epoch), "total": _size(self.total_bytes)}
        if n == 1:
            kept = phrase(
                "1 epoch kept, {each} each, {total} in all (up to {budget} per project)",
                budget=budget,
                **sizes,
            )
        else:
            kept = phrase(
                "{n} epochs kept, {each} each, {total} in all (up to {budget} per project)",
                n=n,
                budget=budget,
                **sizes,
            )
        if not self.dropped:
            return join_phrases("", [kept, "."])
        dropped = phrase("{n} in between were let go to stay within it", n=self.dropped)
        return join_phrases("", [kept, "; ", dropped, "."])

    # ------------------------------------------------------------ saving

    def to_bytes(self) -> bytes:
        """The kept epochs as an ``.npz`` archive (arrays named ``e<epoch>_w<index>``)."""
        buffer = io.BytesIO()
        arrays = {
            f"e{epoch}_w{i}": a
            for epoch, weights in self._epochs.items()
            for i, a in enumerate(weights)
        }
        arrays["budget_bytes"] = np.array(self.budget_bytes, np.int64)
        arrays["dropped"] = np.array(self.dropped, np.int64)
        np.savez(buffer, **arrays)
        return buffer.getvalue()

    @classmethod
    def from_bytes(cls, data: bytes, name: str | None = None) -> EpochWeights:
        """Read :meth:`to_bytes` output back; a damaged archive is one sentence."""
        if name is None:
            name = phrase("the project's epoch weights")
        try:
            with np.load(io.BytesIO(data), allow_pickle=False) as archive:
                store = cls(int(archive["budget_bytes"]))
                store.dropped = int(archive["dropped"])
                found: dict[int, dict[int, np.ndarray]] = {}
                for key in archive.files:
                    if key in ("budget_bytes", "dropped"):
                        continue
                    e, w = key[1:].split("_w")
                    found.setdefault(int(e), {})[int(w)] = archive[key]
        except (OSError, ValueError, KeyError, zipfile.BadZipFile, EOFError):
            raise UserError(
                phrase("{name} are damaged; the run's replay is lost, train again.", name=name)
            ) from None
        for epoch in sorted(found):
            parts = found[epoch]
            if sorted(parts) != list(range(len(parts))):
                raise UserError(
                    phrase(
                        "{name} miss part of epoch {epoch}; train again.", name=name, epoch=epoch
                    )
                )
            store._epochs[epoch] = [parts[i] for i in range(len(parts))]
        shapes = {tuple(a.shape for a in weights) for weights in store._epochs.values()}
        if len(shapes) > 1:
            raise UserError(phrase("{name} mix different networks; train again.", name=name))
        return store
