// SPDX-License-Identifier: GPL-3.0-or-later
#include "log/severityaccessible.h"

#include "log/severitypicker.h"

#include <QCoreApplication>

namespace rls {

SeverityPickerAccessible::SeverityPickerAccessible(SeverityPicker *picker)
    : QAccessibleWidget(picker, QAccessible::Slider)
{ }

QAccessibleInterface *SeverityPickerAccessible::create(const QString &, QObject *object)
{
    if (auto *picker = qobject_cast<SeverityPicker *>(object))
        return new SeverityPickerAccessible(picker);
    return nullptr;
}

SeverityPicker *SeverityPickerAccessible::picker() const
{
    return static_cast<SeverityPicker *>(widget());
}

void *SeverityPickerAccessible::interface_cast(QAccessible::InterfaceType type)
{
    if (type == QAccessible::ValueInterface)
        return static_cast<QAccessibleValueInterface *>(this);
    return QAccessibleWidget::interface_cast(type);
}

QString SeverityPickerAccessible::text(QAccessible::Text t) const
{
    if (t == QAccessible::Value) {
        const auto value = picker()->value();
        return value ? QString::number(*value) : QCoreApplication::translate("rls::SeverityPicker", "not recorded");
    }
    return QAccessibleWidget::text(t);
}

QVariant SeverityPickerAccessible::currentValue() const
{
    const auto value = picker()->value();
    return value ? QVariant(*value) : QVariant();
}

void SeverityPickerAccessible::setCurrentValue(const QVariant &value)
{
    bool ok = false;
    const int severity = value.toInt(&ok);
    picker()->setValue(ok ? std::optional<int>(severity) : std::nullopt);
}

QVariant SeverityPickerAccessible::maximumValue() const
{
    return SeverityPicker::Highest;
}

QVariant SeverityPickerAccessible::minimumValue() const
{
    return 0;
}

QVariant SeverityPickerAccessible::minimumStepSize() const
{
    return 1;
}

} // namespace rls
