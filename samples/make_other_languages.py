"""Generate two short hearing openings in German and French for the language checks.

Run: ``.venv/bin/python samples/make_other_languages.py`` (needs ``espeak-ng`` and ``ffmpeg``
on PATH). Why they exist: the default English-only Whisper (tiny.en) does not refuse other
languages. On German it writes English nonsense that it rates low, and on French it writes
nothing at all. The tests check that an analyst is told so, and told to use ``--model base``,
instead of getting a confident transcript or a bare "no speech found".
"""

from __future__ import annotations

import sys
import tempfile
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from make_sample import _run, encode_opus  # noqa: E402

OUT = Path(__file__).resolve().parent
LINES = {
    "german": (
        "de",
        "Guten Morgen, die Sitzung des Ausschusses ist eröffnet. Frau Direktorin, hat Ihre "
        "Firma einen Vertrag mit der Einwanderungsbehörde? Wir arbeiten mit vielen Behörden "
        "auf Bundesebene und auf Landesebene zusammen. Das war nicht meine Frage. Ja oder nein?",
    ),
    "french": (
        "fr",
        "Bonjour, la séance de la commission est ouverte. Madame la directrice, votre "
        "entreprise a-t-elle un contrat avec la police des frontières? Nous travaillons avec "
        "de nombreuses agences gouvernementales.",
    ),
}


def main() -> int:
    with tempfile.TemporaryDirectory() as tmp:
        for name, (voice, text) in LINES.items():
            wav = Path(tmp) / f"{name}.wav"
            wav.write_bytes(_run(["espeak-ng", "-v", voice, "--stdout", text]))
            encode_opus(wav, OUT / f"{name}.opus")
            print(f"wrote {OUT / f'{name}.opus'}", file=sys.stderr)
    return 0


if __name__ == "__main__":
    sys.exit(main())
