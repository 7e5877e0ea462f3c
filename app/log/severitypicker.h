// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QElapsedTimer>
#include <QWidget>

#include <optional>

namespace rls {

/// Picks a symptom severity from 0 (none) to 10 (worst imaginable), or none yet.
/// Eleven cells in a row: click one, or type a digit ("1" then "0" within a second gives 10),
/// move with the arrow keys, clear with Delete or Backspace. A screen reader finds a slider from
/// 0 to 10 with its value, or "not recorded" (SeverityPickerAccessible).
class SeverityPicker final : public QWidget {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(SeverityPicker)

public:
    /// The worst severity; the scale starts at 0.
    static constexpr int Highest = 10;

    explicit SeverityPicker(QWidget *parent = nullptr);

    std::optional<int> value() const { return m_value; }
    void setValue(std::optional<int> value);

    /// A colour for a severity, shared with the list of nights: pale yellow for none, through
    /// orange, to dark red for the worst; lightness alone tells them apart.
    static QColor colour(int severity);
    /// The colour of the number on a chosen cell of `severity`.
    static QColor textColour(int severity);

    QSize sizeHint() const override;
    QSize minimumSizeHint() const override;

signals:
    void valueChanged();

protected:
    void paintEvent(QPaintEvent *event) override;
    void mousePressEvent(QMouseEvent *event) override;
    void keyPressEvent(QKeyEvent *event) override;
    void focusInEvent(QFocusEvent *event) override;
    void focusOutEvent(QFocusEvent *event) override;

private:
    QRect cellRect(int severity) const;
    int cellWidth() const;

    std::optional<int> m_value;
    // Since "1" was typed, to read "1" "0" as 10: an interval, so a monotonic timer, not the clock.
    QElapsedTimer m_sinceDigit;
};

} // namespace rls
