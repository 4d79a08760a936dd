"""A picture opened large (a click on it, or Enter with the caret on it): as large as the
screen allows, never larger than the picture, decoded once at that size; its alt text is
its accessible name and its caption. Esc, Enter, Space or a click closes it."""

from __future__ import annotations

from PySide6.QtCore import Qt, QUrl
from PySide6.QtGui import QGuiApplication, QKeyEvent, QMouseEvent, QPixmap
from PySide6.QtWidgets import QDialog, QLabel, QVBoxLayout, QWidget

from hrd_reader.core.packfiles import PackFiles
from hrd_reader.core.pictures import LARGEST_SHOWN, fitted_size
from hrd_reader.gui.i18n import tr
from hrd_reader.gui.reading import pack_images
from hrd_reader.imaging.decode import decode, picture_info

SCREEN_SHARE = 0.9


class PictureViewer(QDialog):
    """One picture, large, over the window that showed it."""

    def __init__(self, parent: QWidget, files: PackFiles, name: str, alt: str) -> None:
        super().__init__(parent)
        self.setObjectName("pictureViewer")
        self.setWindowTitle(alt or name)
        self.setModal(True)
        screen = parent.screen() or QGuiApplication.primaryScreen()
        area = screen.availableGeometry()
        ratio = self.devicePixelRatioF()
        self.caption = QLabel(alt)
        self.caption.setObjectName("pictureCaption")
        self.caption.setWordWrap(True)
        self.caption.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.caption.setVisible(bool(alt))
        room_w = area.width() * SCREEN_SHARE
        room_h = area.height() * SCREEN_SHARE - (self.caption.sizeHint().height() if alt else 0)
        self.picture = QLabel()
        self.picture.setObjectName("pictureLarge")
        self.picture.setAccessibleName(alt or name)
        self.picture.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.picture.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        data = pack_images.pack_image(files, QUrl(name))
        info = picture_info(data) if data is not None else None
        if data is not None and info is not None:
            largest = max(LARGEST_SHOWN, info.width) if info.is_drawing else info.width
            width, height = fitted_size(info.width, info.height, room_w, room_h)
            width, height = fitted_size(width, height, largest, largest)
            image = decode(data, round(width * ratio), round(height * ratio))
            image.setDevicePixelRatio(ratio)
            self.picture.setPixmap(QPixmap.fromImage(image))
        else:
            self.picture.setText(tr("This picture cannot be shown."))
        layout = QVBoxLayout(self)
        layout.addWidget(self.picture, 1)
        layout.addWidget(self.caption)
        self.picture.setFocus()

    def keyPressEvent(self, event: QKeyEvent) -> None:
        if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter, Qt.Key.Key_Space):
            self.accept()
            return
        super().keyPressEvent(event)

    def mouseReleaseEvent(self, event: QMouseEvent) -> None:
        self.accept()


def open_picture(parent: QWidget, files: PackFiles, name: str, alt: str) -> PictureViewer:
    """Show pack picture ``name`` large over ``parent`` (returns at once; closes itself)."""
    viewer = PictureViewer(parent, files, name, alt)
    viewer.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
    viewer.open()
    return viewer
