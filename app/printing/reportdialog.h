// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "report/doctorreport.h"
#include "session/preferences.h"

#include <QDialog>

class QCheckBox;
class QComboBox;
class QDateEdit;
class QLabel;
class QLineEdit;

namespace rls {

class DiaryContext;

/// Asks what the doctor's report covers before it is saved or printed: the period (the last
/// 12 months of the diary by default), the paper, and an optional name and date of birth. The
/// name and date are kept on this computer only when "Remember" is ticked; unticking it forgets
/// them.
class ReportDialog final : public QDialog {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ReportDialog)

public:
    enum class Purpose { SavePdf, Print };
    ReportDialog(DiaryContext &context, Purpose purpose, QWidget *parent = nullptr);

    /// What the report is asked for, with today's date, the app's version and the person's
    /// regimen and caffeine hour from Preferences.
    ReportOptions options() const;
    ReportPaper paper() const;

    void accept() override;

private:
    void loadRemembered();

    DiaryContext &m_context;
    QDateEdit *m_from;
    QDateEdit *m_to;
    QComboBox *m_paper;
    QLineEdit *m_name;
    QCheckBox *m_hasBirthDate;
    QDateEdit *m_birthDate;
    QCheckBox *m_remember;
    QLabel *m_problem;
};

} // namespace rls
