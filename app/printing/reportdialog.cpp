// SPDX-License-Identifier: GPL-3.0-or-later
#include "printing/reportdialog.h"

#include "printing/printablereport.h"
#include "session/diarycontext.h"
#include "storage/diarystore.h"

#include <QCheckBox>
#include <QComboBox>
#include <QCoreApplication>
#include <QDateEdit>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSettings>
#include <QVBoxLayout>

namespace rls {
namespace {
const QString kName = QStringLiteral("report/name");
const QString kBirthDate = QStringLiteral("report/dateOfBirth");
} // namespace

ReportDialog::ReportDialog(DiaryContext &context, Purpose purpose, QWidget *parent)
    : QDialog(parent)
    , m_context(context)
    , m_from(new QDateEdit(this))
    , m_to(new QDateEdit(this))
    , m_paper(new QComboBox(this))
    , m_name(new QLineEdit(this))
    , m_hasBirthDate(new QCheckBox(tr("Date of &birth:"), this))
    , m_birthDate(new QDateEdit(this))
    , m_remember(new QCheckBox(tr("&Remember the name and date of birth on this computer"), this))
    , m_problem(new QLabel(this))
{
    setObjectName(QStringLiteral("reportDialog"));
    setWindowTitle(purpose == Purpose::Print ? tr("Print Report") : tr("Export Report as PDF"));
    m_from->setObjectName(QStringLiteral("reportFrom"));
    m_to->setObjectName(QStringLiteral("reportTo"));
    m_paper->setObjectName(QStringLiteral("reportPaper"));
    m_name->setObjectName(QStringLiteral("reportName"));
    m_birthDate->setObjectName(QStringLiteral("reportBirthDate"));
    m_remember->setObjectName(QStringLiteral("rememberIdentity"));
    m_problem->setObjectName(QStringLiteral("reportProblem"));
    m_problem->setWordWrap(true);
    m_problem->hide();

    // The last 12 months of the diary, or what there is of them.
    const QDate today = context.now().date();
    QDate first = today;
    QDate last = today;
    if (const auto summary = context.store().summary(); summary && summary->nights > 0) {
        first = summary->first;
        last = summary->last;
    }
    for (QDateEdit *edit : {m_from, m_to}) {
        edit->setCalendarPopup(true);
        edit->setDisplayFormat(QCoreApplication::translate("DateFormat", "d MMM yyyy"));
        edit->setDateRange(QDate(1900, 1, 1), std::max(today, last));
    }
    m_to->setDate(last);
    m_from->setDate(std::max(first, last.addYears(-1).addDays(1)));

    const QString localePaper = reportPageSize(ReportPaper::FromLocale).name();
    m_paper->addItem(tr("As usual here (%1)").arg(localePaper), static_cast<int>(ReportPaper::FromLocale));
    m_paper->addItem(QStringLiteral("A4"), static_cast<int>(ReportPaper::A4));
    m_paper->addItem(tr("US Letter"), static_cast<int>(ReportPaper::Letter));
    m_paper->setCurrentIndex(m_paper->findData(static_cast<int>(context.preferences().reportPaper)));

    m_name->setPlaceholderText(tr("Optional, printed at the top"));
    m_birthDate->setDisplayFormat(QCoreApplication::translate("DateFormat", "d MMM yyyy"));
    m_birthDate->setCalendarPopup(true);
    m_birthDate->setDateRange(QDate(1900, 1, 1), today);
    m_birthDate->setDate(QDate(1960, 1, 1));
    m_birthDate->setEnabled(false);
    connect(m_hasBirthDate, &QCheckBox::toggled, m_birthDate, &QWidget::setEnabled);
    loadRemembered();

    auto *period = new QHBoxLayout;
    period->addWidget(m_from);
    period->addWidget(new QLabel(tr("to"), this));
    m_to->setAccessibleName(tr("Nights to"));
    period->addWidget(m_to);
    period->addStretch(1);
    auto *form = new QFormLayout;
    auto *periodLabel = new QLabel(tr("&Nights from:"), this);
    periodLabel->setBuddy(m_from);
    form->addRow(periodLabel, period);
    form->addRow(tr("&Paper:"), m_paper);
    form->addRow(tr("&Name:"), m_name);
    form->addRow(m_hasBirthDate, m_birthDate);
    form->addRow(QString(), m_remember);

    auto *privacy = new QLabel(tr("The name and date of birth are printed on the report only. Without "
                                  "\u201cRemember\u201d they are forgotten when this window closes."),
        this);
    privacy->setWordWrap(true);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    buttons->button(QDialogButtonBox::Ok)
        ->setText(purpose == Purpose::Print ? tr("&Preview and Print…") : tr("&Save PDF…"));
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(privacy);
    layout->addWidget(m_problem);
    layout->addWidget(buttons);
}

void ReportDialog::loadRemembered()
{
    QSettings &settings = m_context.settings();
    const QString name = settings.value(kName).toString();
    const QDate birth = QDate::fromString(settings.value(kBirthDate).toString(), Qt::ISODate);
    m_name->setText(name);
    if (birth.isValid()) {
        m_hasBirthDate->setChecked(true);
        m_birthDate->setDate(birth);
    }
    m_remember->setChecked(!name.isEmpty() || birth.isValid());
}

ReportOptions ReportDialog::options() const
{
    ReportOptions o;
    o.from = m_from->date();
    o.to = m_to->date();
    o.today = m_context.now().date();
    o.appVersion = QCoreApplication::applicationVersion();
    o.patientName = m_name->text().simplified();
    if (m_hasBirthDate->isChecked())
        o.dateOfBirth = m_birthDate->date();
    const Preferences &p = m_context.preferences();
    for (const Intake &dose : p.regimen)
        o.regimenSubstances.append(dose.substance);
    o.regimenSubstances.removeDuplicates();
    o.caffeineAfter = p.caffeineAfter;
    return o;
}

ReportPaper ReportDialog::paper() const
{
    return static_cast<ReportPaper>(m_paper->currentData().toInt());
}

void ReportDialog::accept()
{
    if (m_from->date() > m_to->date()) {
        m_problem->setText(tr("The first night (%1) is after the last (%2): choose a period that runs forwards.")
                               .arg(m_from->text(), m_to->text()));
        m_problem->show();
        m_from->setFocus();
        return;
    }
    QSettings &settings = m_context.settings();
    if (m_remember->isChecked()) {
        settings.setValue(kName, m_name->text().simplified());
        if (m_hasBirthDate->isChecked())
            settings.setValue(kBirthDate, m_birthDate->date().toString(Qt::ISODate));
        else
            settings.remove(kBirthDate);
    } else {
        settings.remove(kName);
        settings.remove(kBirthDate);
    }
    settings.sync();
    QDialog::accept();
}

} // namespace rls
