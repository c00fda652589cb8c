// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QObject>
#include <QSize>

QT_FORWARD_DECLARE_CLASS(QWidget)

// Dialog sizes that fit the screen the dialog is on (its available geometry, less room for the
// window frame), so that no button or field ends up off-screen on a small screen (1024x700).
namespace DialogFit {

// Room left for the window manager's frame and title bar.
inline constexpr int FrameWidth = 16;
inline constexpr int FrameHeight = 48;

// The largest size a dialog on `widget`'s screen may have.
[[nodiscard]] QSize maximumSize(const QWidget *widget);
// Resizes `dialog` to `wanted`, shrunk to fit its screen.
void resizeWithin(QWidget *dialog, QSize wanted);
// Grows `dialog`'s height to what its layout needs at its width (wrapped text included), up to
// its screen's height. Never shrinks it.
void growToContents(QWidget *dialog);

// Sets `dialog`'s height to what its layout needs at its width, shrinking it too (a height from
// sizeHint() counts wrapped text at its narrower preferred width and leaves an empty band).
void fitToContents(QWidget *dialog);

// Keeps growToContents() applied whenever the dialog's layout changes (a warning line shown, a
// note after Copy). Owned by the dialog.
class GrowToContents final : public QObject
{
    Q_OBJECT
public:
    explicit GrowToContents(QWidget *dialog);

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    QWidget *m_dialog;
    bool m_pending = false;
};

} // namespace DialogFit
