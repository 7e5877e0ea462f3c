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

signals:
    void changed();

private:
    void updateMetrics();

    TimeField *m_inBed;
    TimeField *m_tried;
    OptionalSpinBox *m_latency;
    OptionalSpinBox *m_awakenings;
    OptionalSpinBox *m_awake;
    TimeField *m_final;
    TimeField *m_outOfBed;
    QComboBox *m_quality;
    QLabel *m_metrics;
    ErrorMarks m_errors;
};

/// "7 h 05 min" for a number of minutes.
QString formatDuration(int minutes);

} // namespace rls
