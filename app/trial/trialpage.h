// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "model/catalog.h"
#include "model/trialplan.h"
#include "nof1/trialanalysis.h"

#include <QWidget>

#include <optional>

class QLabel;
class QPushButton;
class QStackedWidget;

namespace rls {

class DiaryContext;
class TrialResultView;
class TrialStrip;

/// The Trial page. Without a trial: what a personal trial is, and a button to plan one. With
/// one (the ongoing trial, else the newest): where it stands, its two conditions, the plan as a
/// strip, Pause/Resume, Stop early and Abandon, and the result as core computes it
/// (TrialResultView). It reads the diary again when nights or trials change, lazily while
/// hidden. Everything shown is computed in core (analyseTrial, core/trial/trialtext).
class TrialPage final : public QWidget {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(TrialPage)

public:
    explicit TrialPage(DiaryContext &context, QWidget *parent = nullptr);

    /// Reads the trials and the trial's nights again and recomputes.
    void reload();
    const std::optional<TrialPlan> &plan() const { return m_plan; }
    const TrialResult &result() const { return m_result; }
    TrialResultView *resultView() const { return m_resultView; }

signals:
    /// "Export trial report (PDF)…": the window writes it (app/printing sits above this page).
    void exportReportRequested(const TrialPlan &plan);

protected:
    void showEvent(QShowEvent *event) override;

private:
    QWidget *buildEmptyView();
    QWidget *buildTrialView();
    QWidget *buildActions(QWidget *parent);
    void showTrial();
    void updateActions();
    /// Reads the page again when tonight has moved on; true when its trial is still ongoing.
    bool ongoingTonight();
    void pauseOrResume();
    void stopEarly();
    void abandon();
    /// Stores the trial's new state; on success every page is told, on failure it is said here.
    void writeState(const TrialPlan &changed);
    void showError(const QString &message);
    QString conditionsText() const;

    DiaryContext &m_context;
    QStackedWidget *m_stack = nullptr;
    QWidget *m_emptyView = nullptr;
    QWidget *m_trialView = nullptr;
    QLabel *m_title = nullptr;
    QLabel *m_phase = nullptr;
    QLabel *m_conditions = nullptr;
    QLabel *m_error = nullptr;
    QPushButton *m_pause = nullptr;
    QPushButton *m_stop = nullptr;
    QPushButton *m_abandon = nullptr;
    QPushButton *m_export = nullptr;
    QPushButton *m_planEmpty = nullptr;
    QPushButton *m_planNew = nullptr;
    TrialStrip *m_strip = nullptr;
    TrialResultView *m_resultView = nullptr;
    QLabel *m_notYet = nullptr;

    std::optional<TrialPlan> m_plan;
    TrialResult m_result;
    QList<Substance> m_catalog;
    QDate m_today; ///< the night the page was computed for
    bool m_stale = true;
};

} // namespace rls
