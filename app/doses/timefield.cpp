// SPDX-License-Identifier: GPL-3.0-or-later
#include "doses/timefield.h"

#include <QRegularExpression>
#include <QRegularExpressionValidator>

namespace rls {

TimeField::TimeField(QWidget *parent)
    : QLineEdit(parent)
{
    setPlaceholderText(tr("hh:mm"));
    setMaxLength(5);
    setValidator(new QRegularExpressionValidator(QRegularExpression(QStringLiteral("^[0-9]{0,2}:?[0-9]{0,2}$")), this));
    const int width = fontMetrics().horizontalAdvance(QStringLiteral("00:00")) + 24;
    setMinimumWidth(width);
    setMaximumWidth(width + 16);
    connect(this, &QLineEdit::textChanged, this, &TimeField::timeChanged);
    // Show the time the way it is stored once the person moves on.
    connect(this, &QLineEdit::editingFinished, this, [this] {
        if (const auto t = time())
            setText(t->toString(u"HH:mm"));
    });
}

std::optional<QTime> TimeField::parse(const QString &text)
{
    static const QRegularExpression pattern(QStringLiteral("^([0-9]{1,2}):?([0-9]{2})$"));
    const auto match = pattern.match(text.trimmed());
    if (!match.hasMatch())
        return std::nullopt;
    const QTime t(match.captured(1).toInt(), match.captured(2).toInt());
    if (!t.isValid())
        return std::nullopt;
    return t;
}

std::optional<QTime> TimeField::time() const
{
    return parse(text());
}

void TimeField::setTime(const std::optional<QTime> &time)
{
    setText(time ? time->toString(u"HH:mm") : QString());
}

bool TimeField::isComplete() const
{
    return text().trimmed().isEmpty() || time().has_value();
}

} // namespace rls
