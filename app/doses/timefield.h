// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QLineEdit>
#include <QTime>

#include <optional>

namespace rls {

/// A clock time that may be left empty. Accepts what tired fingers type: "21:30", "2130",
/// "930", "9:30". QTimeEdit cannot be empty, and most diary times are optional.
class TimeField final : public QLineEdit {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(TimeField)

public:
    explicit TimeField(QWidget *parent = nullptr);

    /// The time typed, nullopt when empty or not yet a complete time.
    std::optional<QTime> time() const;
    void setTime(const std::optional<QTime> &time);
    /// True when the field is empty or holds a complete time.
    bool isComplete() const;

    /// Reads "21:30", "2130", "930" or "9:30"; nullopt for anything else.
    static std::optional<QTime> parse(const QString &text);

signals:
    void timeChanged();
};

} // namespace rls
