// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QWizard>

class QSpinBox;

namespace rls {

class DiaryContext;
class RegimenEditor;
class TimeField;

/// The first run, when a new diary is opened: what the app does and does not do, where the
/// diary lives, the demo; then the person's usual times (which the evening form suggests for
/// last night's sleep), their regimen and the day-split hour. Every page can be left as it is:
/// Next with nothing typed keeps the defaults, and Skip (the wizard's Cancel) keeps everything as
/// it was. Either way the welcome is not shown again (Help > Welcome shows it on request).
class WelcomeWizard final : public QWizard {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(WelcomeWizard)

public:
    explicit WelcomeWizard(DiaryContext &context, QWidget *parent = nullptr);

    /// True for a diary with no night in it, opened writable, not the demo, before the person
    /// has finished or skipped the welcome.
    static bool isDueFor(const DiaryContext &context);

    void accept() override;
    /// Skip (or Escape): keeps every setting and remembers that the welcome was seen.
    void reject() override;

protected:
    /// Closed without an answer (its window closed, the app quitting): nothing is remembered, so
    /// the welcome comes again at the next start.
    void closeEvent(QCloseEvent *event) override;

private:
    QWizardPage *buildWelcomePage();
    QWizardPage *buildTimesPage();
    QWizardPage *buildRegimenPage();
    QWizardPage *buildDaySplitPage();
    /// Goes back to the page named `pageName` (the one whose entry cannot be saved).
    void backTo(const QString &pageName);

    DiaryContext &m_context;
    TimeField *m_inBed = nullptr;
    TimeField *m_tried = nullptr;
    TimeField *m_outOfBed = nullptr;
    RegimenEditor *m_regimen = nullptr;
    QSpinBox *m_daySplit = nullptr;
    bool m_closing = false;
};

} // namespace rls
