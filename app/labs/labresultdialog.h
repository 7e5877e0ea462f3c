// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "model/catalog.h"
#include "model/result.h"

#include <QDialog>

#include <optional>

class QComboBox;
class QDateEdit;
class QLabel;
class QLineEdit;

namespace rls {

class DiaryStore;

/// Adds a lab result or changes one: date, test, value, unit. OK writes it to the diary; what
/// the diary refuses is shown beside its field and nothing is saved.
class LabResultDialog final : public QDialog {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(LabResultDialog)

public:
    /// `existing` is the result to change; without it the dialog adds a new one dated `today`.
    LabResultDialog(DiaryStore &store, std::optional<LabResult> existing, QDate today, QWidget *parent = nullptr);

    /// The result as saved, after the dialog was accepted.
    const LabResult &saved() const { return m_saved; }

    void accept() override;

private:
    QStringList testNames() const;
    QLabel *errorLabel(const QString &name);
    void testChanged(const QString &test);
    void showErrors(const Error &error);
    void clearErrors();

    DiaryStore &m_store;
    bool m_editing = false;
    LabResult m_saved;
    QString m_autoUnit; // the unit filled in for the test chosen before, replaced when the test changes
    QDateEdit *m_date = nullptr;
    QComboBox *m_test = nullptr;
    QLineEdit *m_value = nullptr;
    QLineEdit *m_unit = nullptr;
    QLabel *m_dateError = nullptr;
    QLabel *m_testError = nullptr;
    QLabel *m_valueError = nullptr;
    QLabel *m_unitError = nullptr;
    QLabel *m_otherError = nullptr;
};

} // namespace rls
