// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "model/night.h"
#include "shared/errormarks.h"

#include <QGroupBox>

class QComboBox;
class QLabel;

namespace rls {

class OptionalSpinBox;
class TimeField;

/// One night's sleep, the Consensus Sleep Diary items, with time in bed, total sleep time and
/// sleep efficiency shown live as the fields change.
class SleepEditor final : public QGroupBox {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(SleepEditor)

public:
    explicit SleepEditor(QWidget *parent = nullptr);

    SleepDiary sleep() const;
    void setSleep(const SleepDiary &sleep);
    int showErrors(const QList<FieldError> &errors) { return m_errors.show(errors); }
    void clearErrors() { m_errors.clear(); }
    QWidget *firstMarked() const { return m_errors.firstMarked(); }
    QList<FieldError> inputErrors() const;
    /// The fields in the order Tab visits them: the diary's own order.
    QList<QWidget *> tabChain() const;

    /// The person's usual times (in bed, tried to sleep, out of bed; the other fields are
    /// ignored), shown in grey in the empty time fields as a suggestion: nothing of it is part
    /// of sleep() until the person presses Enter in a sleep field (acceptSuggestion) or types a
    /// field's own time. An empty `usual` shows no suggestion.
    void suggest(const SleepDiary &usual);
    /// Fills the empty fields with the suggested times; true when there was anything to fill.
    bool acceptSuggestion();
    /// True while a suggested time is shown and not yet accepted.
    bool hasPendingSuggestion() const;

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

signals:
    void changed();

private:
    void updateMetrics();
    void updateSuggestion();
    /// The time fields with the usual time each one suggests.
    QList<std::pair<TimeField *, std::optional<QTime>>> suggestedFields() const;

    TimeField *m_inBed;
    TimeField *m_tried;
    OptionalSpinBox *m_latency;
    OptionalSpinBox *m_awakenings;
    OptionalSpinBox *m_awake;
    TimeField *m_final;
    TimeField *m_outOfBed;
    QComboBox *m_quality;
    QLabel *m_metrics;
    QLabel *m_suggestionNote;
    SleepDiary m_usual;
    ErrorMarks m_errors;
};

/// "7 h 05 min" for a number of minutes.
QString formatDuration(int minutes);

} // namespace rls
