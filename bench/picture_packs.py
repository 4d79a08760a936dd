"""Packs with pictures, written on demand (never committed as big binaries): a trainer's
twelve phone photos (4000 × 3000 JPEG) in one answer, and the hostile pack — eight tiny
PNGs of 7900 × 7900 zeros, a decompression bomb in pictures. The benchmark measures the
reader with them; the tests check its behaviour with the same packs.

    python -m bench.picture_packs photos /tmp/photo-pack
    python -m bench.picture_packs hostile /tmp/bomb-pack
"""

from __future__ import annotations

import random
import struct
import sys
import zlib
from pathlib import Path

MANIFEST = """\
[pack]
id = "{id}"
title = "{title}"
language = "en"
attribution = "Text and pictures: a workshop"

[[questions]]
id = "photos"
title = "What did the workshop look like?"
file = "answers/photos.md"

[[questions]]
id = "after"
title = "What happens next?"
file = "answers/after.md"
"""


def _chunk(kind: bytes, body: bytes) -> bytes:
    return struct.pack(">I", len(body)) + kind + body + struct.pack(">I", zlib.crc32(kind + body))


def zero_png(width: int, height: int, rgba: bool = False) -> bytes:
    """A PNG of ``width`` × ``height`` zeros (grey, or RGBA: the costliest to decode): a
    few hundred KiB on disk, hundreds of MiB once decoded."""
    squeeze = zlib.compressobj(9)
    row = bytes(width * (4 if rgba else 1) + 1)  # filter byte 0, then the row's pixels
    parts = [squeeze.compress(row) for _ in range(height)]
    parts.append(squeeze.flush())
    header = struct.pack(">IIBBBBB", width, height, 8, 6 if rgba else 0, 0, 0, 0)
    return (
        b"\x89PNG\r\n\x1a\n"
        + _chunk(b"IHDR", header)
        + _chunk(b"IDAT", b"".join(parts))
        + _chunk(b"IEND", b"")
    )


def photo_jpeg(width: int, height: int, seed: int = 1, quality: int = 80) -> bytes:
    """A JPEG that compresses like a photo (shapes, shades, grain), ``width`` × ``height``."""
    from PySide6.QtCore import QBuffer, QByteArray, QIODevice, QPointF, QRectF
    from PySide6.QtGui import QColor, QImage, QLinearGradient, QPainter

    rng = random.Random(seed)
    image = QImage(width, height, QImage.Format.Format_RGB32)
    painter = QPainter(image)
    sky = QLinearGradient(QPointF(0, 0), QPointF(0, height))
    sky.setColorAt(0, QColor.fromHsv(rng.randrange(360), 90, 230))
    sky.setColorAt(1, QColor.fromHsv(rng.randrange(360), 140, 90))
    painter.fillRect(image.rect(), sky)
    painter.setPen(QColor(0, 0, 0, 0))
    for _ in range(400):
        painter.setBrush(QColor.fromHsv(rng.randrange(360), rng.randrange(40, 200), 200, 120))
        w, h = rng.uniform(0.01, 0.2) * width, rng.uniform(0.01, 0.2) * height
        painter.drawEllipse(QRectF(rng.uniform(0, width), rng.uniform(0, height), w, h))
    for _ in range(3000):  # grain: what makes a phone photo cost hundreds of KiB
        painter.setBrush(QColor.fromHsv(0, 0, rng.randrange(256), 90))
        painter.drawRect(QRectF(rng.uniform(0, width), rng.uniform(0, height), 6, 6))
    painter.end()
    data = QByteArray()
    buffer = QBuffer(data)
    buffer.open(QIODevice.OpenModeFlag.WriteOnly)
    image.save(buffer, "JPEG", quality)
    return bytes(data.data())


def _write(folder: Path, pack_id: str, title: str, pictures: dict[str, bytes]) -> Path:
    (folder / "answers").mkdir(parents=True)
    (folder / "pictures").mkdir()
    (folder / "pack.toml").write_text(MANIFEST.format(id=pack_id, title=title), "utf-8")
    lines = ["The day in pictures, as the trainer took them.", ""]
    for number, (name, data) in enumerate(pictures.items(), 1):
        (folder / "pictures" / name).write_bytes(data)
        lines += [f"![Photo {number} of the workshop](pictures/{name})", ""]
    lines.append("Thank you all for coming.")
    (folder / "answers" / "photos.md").write_text("\n".join(lines) + "\n", "utf-8")
    (folder / "answers" / "after.md").write_text("We meet again next month.\n", "utf-8")
    return folder


def write_photo_pack(folder: Path, count: int = 12, width: int = 4000, height: int = 3000) -> Path:
    """One answer with ``count`` phone photos of ``width`` × ``height`` pixels."""
    photo = photo_jpeg(width, height)  # one photo, saved under each name: the same cost
    pictures = {f"photo-{i:02d}.jpg": photo for i in range(1, count + 1)}
    return _write(folder, "photos", "Workshop photos", pictures)


def write_hostile_pack(folder: Path, count: int = 8, side: int = 7900, rgba: bool = False) -> Path:
    """One answer with ``count`` PNGs of ``side`` × ``side`` zeros."""
    bomb = zero_png(side, side, rgba)
    pictures = {f"zeros-{i}.png": bomb for i in range(1, count + 1)}
    return _write(folder, "zeros", "Pictures of nothing", pictures)


def main(argv: list[str]) -> int:
    if len(argv) != 2 or argv[0] not in ("photos", "hostile"):
        print("usage: python -m bench.picture_packs photos|hostile FOLDER", file=sys.stderr)
        return 2
    writer = write_photo_pack if argv[0] == "photos" else write_hostile_pack
    print(writer(Path(argv[1])))
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
