// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "model/catalog.h"
#include "model/trialplan.h"

#include <QDialog>

#include <optional>

class QComboBox;
class QDateEdit;
class QDoubleSpinBox;
class QLabel;
class QCheckBox;
class QRadioButton;
class QSpinBox;

namespace rls {

class DiaryContext;
class TimeField;
class TrialStrip;

/// "Plan a personal trial": the dose tested (A) against none or a lower dose (B), blocks, pairs,
/// wash-out nights, the outcomes declared beforehand and the first night. The order of each pair
/// is drawn from a seed when the dialog opens ("Draw again" draws another); the plan is shown
/// as a strip that follows every field. Confirming stores it with DiaryStore::addTrial and
/// fixes it: afterwards it can only be paused, stopped or abandoned. What validatePlan or the
/// store refuse is shown in the dialog, and nothing is stored.
class TrialPlanDialog final : public QDialog {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(TrialPlanDialog)

public:
    explicit TrialPlanDialog(DiaryContext &context, QWidget *parent = nullptr);

    /// The plan as the fields stand, its order drawn from seed().
    TrialPlan plan() const;
    quint64 seed() const { return m_seed; }
    /// The trial the diary stored on confirmation (with its id), nullopt before.
    const std::optional<TrialPlan> &stored() const { return m_stored; }

    void accept() override;

private:
    QWidget *buildConditions();
    QWidget *buildBlocks();
    QWidget *buildOutcomes();
    void setDefaults();
    void substanceChanged();
    void primaryChanged();
    void redraw();
    void updatePreview();
    void updateElementalNote();
    void showProblems(const QStringList &problems);
    const Substance *substance() const;

    DiaryContext &m_context;
    QList<Substance> m_catalog;
    QDate m_today;
    quint64 m_seed = 0;
    std::optional<TrialPlan> m_stored;

    QComboBox *m_substance = nullptr;
    QDoubleSpinBox *m_doseA = nullptr;
    QLabel *m_unitA = nullptr;
    QComboBox *m_form = nullptr;
    TimeField *m_time = nullptr;
    QLabel *m_elementalNote = nullptr;
    QRadioButton *m_bNone = nullptr;
    QRadioButton *m_bLower = nullptr;
    QDoubleSpinBox *m_doseB = nullptr;
    QLabel *m_unitB = nullptr;
    QSpinBox *m_blockNights = nullptr;
    QSpinBox *m_pairs = nullptr;
    QSpinBox *m_washout = nullptr;
    QDateEdit *m_start = nullptr;
    QComboBox *m_primary = nullptr;
    QList<QCheckBox *> m_secondary; ///< one per outcome; the primary's is hidden
    QLabel *m_order = nullptr;
    TrialStrip *m_strip = nullptr;
    QLabel *m_summary = nullptr;
    QLabel *m_problem = nullptr;
};

} // namespace rls
