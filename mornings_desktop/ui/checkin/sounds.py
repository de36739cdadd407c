"""A distinct sound per result, so staff hear the answer without looking.

The WAV files are tiny tones made by `write_sounds` (kept in resources/sounds/). Playback uses
QSoundEffect; without a sound device, or with sound turned off in the settings, nothing plays and
nothing breaks.
"""

from __future__ import annotations

import math
import struct
import wave
from pathlib import Path

from PySide6.QtCore import QObject, QUrl

from mornings_desktop.paths import resources_dir

RATE = 22050
# result -> (frequencies played one after the other in Hz, length of each in seconds)
TONES: dict[str, tuple[tuple[float, ...], float]] = {
    "admitted": ((880.0, 1320.0), 0.09),  # rising: yes
    "already": ((660.0, 660.0), 0.08),  # two equal beeps: seen already
    "wrong_event": ((520.0, 390.0, 520.0), 0.09),
    "cancelled": ((330.0, 262.0), 0.14),
    "unknown": ((440.0, 330.0), 0.12),  # falling: no
    "invalid": ((220.0,), 0.35),  # long low buzz
    "error": ((220.0, 180.0, 220.0, 180.0), 0.1),  # alarm: not saved
}


def sounds_dir() -> Path:
    return resources_dir() / "sounds"


def write_sounds(folder: Path | None = None) -> list[Path]:
    """(Re)write one short 16-bit mono WAV per result."""
    folder = folder or sounds_dir()
    folder.mkdir(parents=True, exist_ok=True)
    written = []
    for result, (freqs, length) in TONES.items():
        frames = bytearray()
        for freq in freqs:
            n = int(RATE * length)
            for i in range(n):
                envelope = min(1.0, i / 200, (n - i) / 400)  # no clicks
                value = 0.45 * envelope * math.sin(2 * math.pi * freq * i / RATE)
                frames += struct.pack("<h", int(value * 32767))
            frames += b"\x00\x00" * int(RATE * 0.02)
        path = folder / f"{result}.wav"
        with wave.open(str(path), "wb") as out:
            out.setnchannels(1)
            out.setsampwidth(2)
            out.setframerate(RATE)
            out.writeframes(bytes(frames))
        written.append(path)
    return written


class ResultSounds(QObject):
    """Plays the sound of a result. `enabled=False` (setting off) or no device: silent."""

    def __init__(self, enabled: bool = True, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.enabled = enabled
        self.last_played: str | None = None  # for tests and the status line
        self._effects: dict[str, object] = {}
        if not enabled:
            return
        try:
            from PySide6.QtMultimedia import QMediaDevices, QSoundEffect

            if not QMediaDevices.audioOutputs():
                self.enabled = False
                return
            for result in TONES:
                path = sounds_dir() / f"{result}.wav"
                if path.exists():
                    effect = QSoundEffect(self)
                    effect.setSource(QUrl.fromLocalFile(str(path)))
                    self._effects[result] = effect
        except (ImportError, RuntimeError):
            self.enabled = False

    def play(self, result: str) -> None:
        self.last_played = result
        effect = self._effects.get(result)
        if self.enabled and effect is not None:
            effect.play()  # type: ignore[attr-defined]


if __name__ == "__main__":
    for p in write_sounds():
        print(p)
