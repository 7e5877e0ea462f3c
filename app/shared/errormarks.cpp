// SPDX-License-Identifier: GPL-3.0-or-later
#include "shared/errormarks.h"

#include <QLabel>
#include <QPalette>

namespace rls {

void ErrorMarks::add(const QString &key, QWidget *field, QLabel *label)
{
    m_marks.insert(key, {field, label});
}

int ErrorMarks::show(const QList<FieldError> &errors)
{
    clear();
    QHash<QLabel *, QStringList> texts;
    int shown = 0;
    for (const FieldError &e : errors) {
        const auto it = m_marks.constFind(e.field);
        if (it == m_marks.cend() || !it->label)
            continue;
        texts[it->label.data()].append(e.message);
        if (!m_first)
            m_first = it->field;
        ++shown;
    }
    for (auto it = texts.cbegin(); it != texts.cend(); ++it) {
        it.key()->setText(it.value().join(u'\n'));
        it.key()->show();
    }
    return shown;
}

void ErrorMarks::clear()
{
    for (const Mark &m : std::as_const(m_marks)) {
        if (m.label) {
            m.label->clear();
            m.label->hide();
        }
    }
    m_first = nullptr;
}

QWidget *ErrorMarks::firstMarked() const
{
    return m_first;
}

QColor ErrorMarks::textColour(const QPalette &palette)
{
    const bool dark = palette.color(QPalette::Window).lightness() < 128;
    return dark ? QColor(0xff, 0x9e, 0x80) : QColor(0xb0, 0x00, 0x20);
}

QLabel *ErrorMarks::makeLabel(QWidget *parent)
{
    auto *label = new QLabel(parent);
    label->setWordWrap(true);
    label->setObjectName(QStringLiteral("errorLabel"));
    QPalette pal = label->palette();
    pal.setColor(QPalette::WindowText, textColour(parent->palette()));
    label->setPalette(pal);
    label->hide();
    return label;
}

} // namespace rls
