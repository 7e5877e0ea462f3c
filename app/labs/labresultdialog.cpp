// SPDX-License-Identifier: GPL-3.0-or-later
#include "labs/labresultdialog.h"

#include "storage/diarystore.h"

#include <QComboBox>
#include <QDateEdit>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QVBoxLayout>

namespace rls {

LabResultDialog::LabResultDialog(DiaryStore &store, std::optional<LabResult> existing, QDate today, QWidget *parent)
    : QDialog(parent)
    , m_store(store)
    , m_editing(existing.has_value())
    , m_saved(existing.value_or(LabResult {0, today, labtests::Ferritin, 0, labtests::defaultUnit(labtests::Ferritin)}))
{
    setObjectName(QStringLiteral("labResultDialog"));
    setWindowTitle(m_editing ? tr("Change lab result") : tr("Add lab result"));

    m_date = new QDateEdit(m_saved.date, this);
    m_date->setObjectName(QStringLiteral("labDateEdit"));
    m_date->setCalendarPopup(true);
    m_date->setDisplayFormat(QLocale().dateFormat(QLocale::ShortFormat).contains(u"yyyy")
            ? QLocale().dateFormat(QLocale::ShortFormat)
            : QStringLiteral("yyyy-MM-dd"));
    m_test = new QComboBox(this);
    m_test->setObjectName(QStringLiteral("labTestCombo"));
    m_test->setEditable(true);
    m_test->setInsertPolicy(QComboBox::NoInsert);
    m_test->addItems(testNames());
    m_test->setCurrentText(m_saved.test);
    m_value = new QLineEdit(this);
    m_value->setObjectName(QStringLiteral("labValueEdit"));
    m_value->setAlignment(Qt::AlignRight);
    if (m_editing)
        m_value->setText(QLocale().toString(m_saved.value, 'g', 10));
    m_unit = new QLineEdit(m_saved.unit, this);
    m_unit->setObjectName(QStringLiteral("labUnitEdit"));
    m_autoUnit = labtests::defaultUnit(m_saved.test);

    auto *form = new QFormLayout;
    form->addRow(tr("&Date:"), m_date);
    m_dateError = errorLabel(QStringLiteral("labDateError"));
    form->addRow(QString(), m_dateError);
    form->addRow(tr("&Test:"), m_test);
    m_testError = errorLabel(QStringLiteral("labTestError"));
    form->addRow(QString(), m_testError);
    form->addRow(tr("&Value:"), m_value);
    m_valueError = errorLabel(QStringLiteral("labValueError"));
    form->addRow(QString(), m_valueError);
    form->addRow(tr("&Unit:"), m_unit);
    m_unitError = errorLabel(QStringLiteral("labUnitError"));
    form->addRow(QString(), m_unitError);
    m_otherError = errorLabel(QStringLiteral("labResultError"));

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    buttons->setObjectName(QStringLiteral("labResultButtons"));
    connect(buttons, &QDialogButtonBox::accepted, this, &LabResultDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &LabResultDialog::reject);
    connect(m_test, &QComboBox::currentTextChanged, this, &LabResultDialog::testChanged);

    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(m_otherError);
    layout->addStretch(1);
    layout->addWidget(buttons);
    setMinimumWidth(fontMetrics().averageCharWidth() * 60);
    (m_editing ? static_cast<QWidget *>(m_value) : m_date)->setFocus();
}

QStringList LabResultDialog::testNames() const
{
    // The tests that matter most for restless legs first, then any others the diary holds.
    QStringList names {
        labtests::Ferritin, labtests::TransferrinSaturation, labtests::SerumMagnesium, labtests::Haemoglobin};
    if (auto results = m_store.labResults(); results) {
        for (const LabResult &r : results.value()) {
            if (!names.contains(r.test, Qt::CaseInsensitive))
                names.append(r.test);
        }
    }
    return names;
}

QLabel *LabResultDialog::errorLabel(const QString &name)
{
    auto *label = new QLabel(this);
    label->setObjectName(name);
    label->setWordWrap(true);
    label->hide();
    return label;
}

void LabResultDialog::testChanged(const QString &test)
{
    // Fill in the usual unit of a known test, unless the person typed a unit of their own.
    const QString unit = labtests::defaultUnit(test.trimmed());
    if (m_unit->text().trimmed().isEmpty() || m_unit->text() == m_autoUnit) {
        m_unit->setText(unit);
        m_autoUnit = unit;
    }
}

void LabResultDialog::clearErrors()
{
    for (QLabel *label : {m_dateError, m_testError, m_valueError, m_unitError, m_otherError}) {
        label->clear();
        label->hide();
    }
}

void LabResultDialog::showErrors(const Error &error)
{
    QWidget *first = nullptr;
    const auto show = [&first](QLabel *label, QWidget *field, const QString &message) {
        label->setText(label->text().isEmpty() ? message : label->text() + u'\n' + message);
        label->show();
        if (!first)
            first = field;
    };
    for (const FieldError &f : error.fields) {
        if (f.field == u"date")
            show(m_dateError, m_date, f.message);
        else if (f.field == u"test")
            show(m_testError, m_test, f.message);
        else if (f.field == u"value")
            show(m_valueError, m_value, f.message);
        else if (f.field == u"unit")
            show(m_unitError, m_unit, f.message);
        else
            show(m_otherError, nullptr, f.message);
    }
    if (error.fields.isEmpty())
        show(m_otherError, nullptr, error.message);
    if (first)
        first->setFocus();
    adjustSize(); // room for the messages
}

void LabResultDialog::accept()
{
    clearErrors();
    LabResult lab = m_saved;
    lab.date = m_date->date();
    lab.test = m_test->currentText().trimmed();
    lab.unit = m_unit->text().trimmed();
    bool ok = false;
    const QString typed = m_value->text().trimmed();
    lab.value = QLocale().toDouble(typed, &ok);
    if (!ok)
        lab.value = typed.toDouble(&ok); // "18.5" typed in a locale that writes 18,5
    if (!ok) {
        showErrors({ErrorKind::Invalid, {},
            {{QStringLiteral("value"),
                typed.isEmpty()
                    ? tr("Type the value from the lab report, e.g. 62.")
                    : tr("“%1” is not a number; type the value from the lab report, e.g. 62.").arg(typed)}}});
        return;
    }
    if (m_editing) {
        if (auto updated = m_store.updateLabResult(lab); !updated) {
            showErrors(updated.error());
            return;
        }
        m_saved = lab;
    } else {
        auto added = m_store.addLabResult(lab);
        if (!added) {
            showErrors(added.error());
            return;
        }
        m_saved = added.value();
    }
    QDialog::accept();
}

} // namespace rls
