// SPDX-License-Identifier: GPL-3.0-or-later
#include "log/severitypicker.h"

#include "log/severityaccessible.h"
#include "shared/contrast.h"

#include <QAccessible>
#include <QKeyEvent>
#include <QPainter>
#include <QStyle>
#include <QStyleOptionFocusRect>

#include <array>

namespace rls {
namespace {
constexpr int Cells = SeverityPicker::Highest + 1;
constexpr int Gap = 3;
} // namespace

SeverityPicker::SeverityPicker(QWidget *parent)
    : QWidget(parent)
{
    setFocusPolicy(Qt::StrongFocus);
    setSizePolicy(QSizePolicy::Preferred, QSizePolicy::Fixed);
    // Once for the application: screen readers then see the picker as a slider with a value.
    static const bool accessibleInstalled = [] {
        QAccessible::installFactory(&SeverityPickerAccessible::create);
        return true;
    }();
    Q_UNUSED(accessibleInstalled)
    setAccessibleName(tr("Symptom severity"));
    setAccessibleDescription(tr("0 none to 10 worst imaginable. Type a number or use the arrow keys; Delete "
                                "clears it."));
    setToolTip(tr("0 = no symptoms, 10 = worst imaginable. Type a number, or use the arrow keys; "
                  "Delete clears it."));
}

QColor SeverityPicker::colour(int severity)
{
    // A sequential yellow-orange-red ramp that stays distinguishable with colour-blindness.
    static const std::array<QColor, Cells> ramp
        = {QColor(0xff, 0xf7, 0xbc), QColor(0xfe, 0xe3, 0x91), QColor(0xfe, 0xc4, 0x4f), QColor(0xfe, 0xa6, 0x2e),
            QColor(0xf8, 0x86, 0x1c), QColor(0xec, 0x70, 0x14), QColor(0xd9, 0x56, 0x0c), QColor(0xcc, 0x4c, 0x02),
            QColor(0xa6, 0x36, 0x03), QColor(0x83, 0x26, 0x04), QColor(0x66, 0x25, 0x06)};
    return ramp.at(static_cast<size_t>(std::clamp(severity, 0, Cells - 1)));
}

QColor SeverityPicker::textColour(int severity)
{
    // Black or white, whichever reads better: white on 6 was 4.0:1, black is 5.3:1.
    return readableOn(colour(severity));
}

int SeverityPicker::cellWidth() const
{
    return std::max(28, (width() - Gap * (Cells - 1)) / Cells);
}

QRect SeverityPicker::cellRect(int severity) const
{
    const int w = cellWidth();
    return QRect(severity * (w + Gap), 0, w, height());
}

QSize SeverityPicker::sizeHint() const
{
    const int h = fontMetrics().height() * 2;
    return {Cells * (40 + Gap), h};
}

QSize SeverityPicker::minimumSizeHint() const
{
    return {Cells * (28 + Gap), fontMetrics().height() * 2};
}

void SeverityPicker::setValue(std::optional<int> value)
{
    if (value)
        value = std::clamp(*value, 0, Cells - 1);
    if (value == m_value)
        return;
    m_value = value;
    update();
    QAccessibleValueChangeEvent changed(this, m_value ? QVariant(*m_value) : QVariant());
    QAccessible::updateAccessibility(&changed);
    emit valueChanged();
}

void SeverityPicker::paintEvent(QPaintEvent *)
{
    QPainter p(this);
    p.setRenderHint(QPainter::Antialiasing);
    const QPalette &pal = palette();
    for (int s = 0; s < Cells; ++s) {
        const QRect r = cellRect(s).adjusted(1, 1, -1, -1);
        const bool chosen = m_value == s;
        const QColor fill = colour(s);
        p.setPen(QPen(chosen ? pal.color(QPalette::Highlight) : pal.color(QPalette::Mid), chosen ? 3 : 1));
        p.setBrush(chosen ? fill : pal.color(QPalette::Base));
        p.drawRoundedRect(r, 4, 4);
        if (!chosen) { // a strip of the colour keeps the scale visible without shouting
            p.setPen(Qt::NoPen);
            p.setBrush(fill);
            p.drawRect(QRect(r.left() + 3, r.bottom() - 4, r.width() - 6, 3));
        }
        QFont f = font();
        f.setBold(chosen);
        p.setFont(f);
        p.setPen(chosen ? textColour(s) : pal.color(QPalette::Text));
        p.drawText(r, Qt::AlignCenter, QString::number(s));
    }
    if (hasFocus()) {
        QStyleOptionFocusRect option;
        option.initFrom(this);
        option.rect = m_value ? cellRect(*m_value).adjusted(-1, -1, 1, 1) : rect();
        style()->drawPrimitive(QStyle::PE_FrameFocusRect, &option, &p, this);
    }
}

void SeverityPicker::mousePressEvent(QMouseEvent *event)
{
    for (int s = 0; s < Cells; ++s) {
        if (cellRect(s).contains(event->position().toPoint())) {
            setValue(m_value == s ? std::optional<int> {} : std::optional<int> {s});
            return;
        }
    }
}

void SeverityPicker::keyPressEvent(QKeyEvent *event)
{
    const int key = event->key();
    if (key >= Qt::Key_0 && key <= Qt::Key_9) {
        const int digit = key - Qt::Key_0;
        if (digit == 0 && m_value == 1 && m_sinceDigit.isValid() && m_sinceDigit.elapsed() < 1000)
            setValue(10);
        else
            setValue(digit);
        m_sinceDigit.start();
        return;
    }
    switch (key) {
    case Qt::Key_Left:
    case Qt::Key_Down: setValue(m_value ? std::max(0, *m_value - 1) : 0); return;
    case Qt::Key_Right:
    case Qt::Key_Up: setValue(m_value ? std::min(Cells - 1, *m_value + 1) : 0); return;
    case Qt::Key_Home: setValue(0); return;
    case Qt::Key_End: setValue(Cells - 1); return;
    case Qt::Key_Delete:
    case Qt::Key_Backspace: setValue(std::nullopt); return;
    default: QWidget::keyPressEvent(event);
    }
}

void SeverityPicker::focusInEvent(QFocusEvent *event)
{
    QWidget::focusInEvent(event);
    update();
}

void SeverityPicker::focusOutEvent(QFocusEvent *event)
{
    QWidget::focusOutEvent(event);
    update();
}

} // namespace rls
