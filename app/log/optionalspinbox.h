// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QSpinBox>

#include <optional>

namespace rls {

/// A whole number that may be left blank: one step below the minimum shows "—" and means
/// "not filled in", which the diary keeps apart from 0.
class OptionalSpinBox final : public QSpinBox {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(OptionalSpinBox)

public:
    OptionalSpinBox(int minimum, int maximum, QWidget *parent = nullptr);

    std::optional<int> optionalValue() const;
    void setOptionalValue(std::optional<int> value);

protected:
    void keyPressEvent(QKeyEvent *event) override;
};

} // namespace rls
