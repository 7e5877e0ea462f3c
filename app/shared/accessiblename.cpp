// SPDX-License-Identifier: GPL-3.0-or-later
#include "shared/accessiblename.h"

#include <QComboBox>
#include <QLabel>
#include <QLineEdit>

namespace rls {

void nameForScreenReaders(QWidget *widget, const QString &name)
{
    widget->setAccessibleName(name);
    auto *box = qobject_cast<QComboBox *>(widget);
    if (!box || !box->parentWidget())
        return;
    if (box->lineEdit())
        box->lineEdit()->setAccessibleName(name);
    // A sibling, as Qt looks for the label among the box's siblings; it goes with the box.
    auto *label = new QLabel(name, box->parentWidget());
    label->setObjectName(QStringLiteral("screenReaderLabel"));
    label->hide();
    label->setBuddy(box);
    QObject::connect(box, &QObject::destroyed, label, &QObject::deleteLater);
}

} // namespace rls
