// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "model/night.h"
#include "shared/errormarks.h"

#include <QGroupBox>

class QCheckBox;

namespace rls {

class OptionalSpinBox;
class SeverityPicker;
class TimeField;

/// Tonight's RLS symptoms: severity, when they started, what was felt and where, and the
/// IRLS total for people whose doctor scores it.
class SymptomsEditor final : public QGroupBox {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(SymptomsEditor)

public:
    explicit SymptomsEditor(QWidget *parent = nullptr);

    Symptoms symptoms() const;
    void setSymptoms(const Symptoms &symptoms);
    /// Shows the messages for the symptom fields; returns how many it showed.
    int showErrors(const QList<FieldError> &errors) { return m_errors.show(errors); }
    void clearErrors() { m_errors.clear(); }
    QWidget *firstMarked() const { return m_errors.firstMarked(); }
    /// Whether every field holds something that can be saved (e.g. no half-typed time).
    QList<FieldError> inputErrors() const;
    void focusSeverity();
    /// The fields in the order Tab visits them.
    QList<QWidget *> tabChain() const;

signals:
    void changed();

private:
    SeverityPicker *m_severity;
    TimeField *m_onset;
    QList<std::pair<Sensation, QCheckBox *>> m_sensations;
    QList<std::pair<BodyArea, QCheckBox *>> m_areas;
    OptionalSpinBox *m_irls;
    ErrorMarks m_errors;
};

} // namespace rls
