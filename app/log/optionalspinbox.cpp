// SPDX-License-Identifier: GPL-3.0-or-later
#include "log/optionalspinbox.h"

#include <QKeyEvent>
#include <QLineEdit>

namespace rls {

OptionalSpinBox::OptionalSpinBox(int minimum, int maximum, QWidget *parent)
    : QSpinBox(parent)
{
    setRange(minimum - 1, maximum);
    setSpecialValueText(QStringLiteral("—"));
    setValue(minimum - 1);
    setAccelerated(true);
}

std::optional<int> OptionalSpinBox::optionalValue() const
{
    if (value() == minimum())
        return std::nullopt;
    return value();
}

void OptionalSpinBox::setOptionalValue(std::optional<int> value)
{
    setValue(value ? *value : minimum());
}

void OptionalSpinBox::keyPressEvent(QKeyEvent *event)
{
    // Delete or Backspace on the whole text blanks the field instead of leaving a stray digit.
    if ((event->key() == Qt::Key_Delete || event->key() == Qt::Key_Backspace)
        && lineEdit()->selectedText() == lineEdit()->text()) {
        setValue(minimum());
        selectAll();
        return;
    }
    QSpinBox::keyPressEvent(event);
}

} // namespace rls
