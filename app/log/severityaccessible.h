// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QAccessibleWidget>

namespace rls {

class SeverityPicker;

/// What a screen reader learns of a SeverityPicker: a slider from 0 to 10 in steps of 1, its
/// value as a number or "not recorded" while the night has none. Setting the value through it
/// (an assistive tool's slider keys) sets the picker's.
class SeverityPickerAccessible final : public QAccessibleWidget, public QAccessibleValueInterface {
public:
    explicit SeverityPickerAccessible(SeverityPicker *picker);

    /// The factory QAccessible::installFactory takes; SeverityPicker installs it once.
    static QAccessibleInterface *create(const QString &className, QObject *object);

    void *interface_cast(QAccessible::InterfaceType type) override;
    QString text(QAccessible::Text t) const override;

    QVariant currentValue() const override;
    void setCurrentValue(const QVariant &value) override;
    QVariant maximumValue() const override;
    QVariant minimumValue() const override;
    QVariant minimumStepSize() const override;

private:
    SeverityPicker *picker() const;
};

} // namespace rls
