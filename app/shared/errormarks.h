// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "model/result.h"

#include <QColor>
#include <QHash>
#include <QPointer>

class QLabel;
class QPalette;
class QWidget;

namespace rls {

/// Shows core's validation messages next to the fields they name. Each editor registers its
/// fields under the keys core uses ("severity", "sleep.outOfBed", ...).
class ErrorMarks final {
public:
    /// `label` shows the message for `key`; `field` gets focus when the person is sent there.
    void add(const QString &key, QWidget *field, QLabel *label);
    /// Shows the messages whose keys were registered; returns how many it could show.
    int show(const QList<FieldError> &errors);
    void clear();
    /// The first field with a message, to move the focus to.
    QWidget *firstMarked() const;

    /// A small label for messages, in a colour that reads on light and dark palettes.
    static QLabel *makeLabel(QWidget *parent);
    /// The colour of a message on `palette`'s window: dark red, or salmon on a dark window
    /// (6.4:1 and 6.9:1 on the app's own themes).
    static QColor textColour(const QPalette &palette);

private:
    struct Mark {
        QPointer<QWidget> field;
        QPointer<QLabel> label;
    };
    QHash<QString, Mark> m_marks;
    QPointer<QWidget> m_first;
};

} // namespace rls
