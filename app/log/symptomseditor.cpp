// SPDX-License-Identifier: GPL-3.0-or-later
#include "log/symptomseditor.h"

#include "doses/timefield.h"
#include "log/optionalspinbox.h"
#include "log/severitypicker.h"
#include "model/irls.h"

#include <QCheckBox>
#include <QFormLayout>
#include <QGridLayout>
#include <QHBoxLayout>
#include <QLabel>

namespace rls {

SymptomsEditor::SymptomsEditor(QWidget *parent)
    : QGroupBox(tr("Tonight's symptoms"), parent)
    , m_severity(new SeverityPicker(this))
    , m_onset(new TimeField(this))
    , m_irls(new OptionalSpinBox(0, 40, this))
{
    setObjectName(QStringLiteral("symptomsEditor"));
    m_severity->setObjectName(QStringLiteral("severity"));
    m_onset->setObjectName(QStringLiteral("onset"));
    m_irls->setObjectName(QStringLiteral("irlsTotal"));
    m_irls->setToolTip(tr("Only if your doctor scored the IRLS rating scale: its total, 0 to 40."));

    auto *form = new QFormLayout(this);
    form->setFieldGrowthPolicy(QFormLayout::ExpandingFieldsGrow);

    auto *severityBox = new QVBoxLayout;
    severityBox->setSpacing(2);
    severityBox->addWidget(m_severity);
    auto *scale = new QHBoxLayout;
    auto *none = new QLabel(tr("0 none"), this);
    auto *worst = new QLabel(tr("10 worst imaginable"), this);
    none->setForegroundRole(QPalette::PlaceholderText);
    worst->setForegroundRole(QPalette::PlaceholderText);
    scale->addWidget(none);
    scale->addStretch(1);
    scale->addWidget(worst);
    severityBox->addLayout(scale);
    auto *severityLabel = new QLabel(tr("&Severity:"), this);
    severityLabel->setBuddy(m_severity);
    form->addRow(severityLabel, severityBox);
    QLabel *severityError = ErrorMarks::makeLabel(this);
    form->addRow(QString(), severityError);
    m_errors.add(QStringLiteral("severity"), m_severity, severityError);

    form->addRow(tr("Started &at:"), m_onset);
    QLabel *onsetError = ErrorMarks::makeLabel(this);
    form->addRow(QString(), onsetError);
    m_errors.add(QStringLiteral("onset"), m_onset, onsetError);

    const QList<std::pair<Sensation, QString>> sensations = {{Sensation::UrgeToMove, tr("Urge to move")},
        {Sensation::Tingling, tr("Tingling")}, {Sensation::Crawling, tr("Crawling")}, {Sensation::Cramps, tr("Cramps")},
        {Sensation::Aching, tr("Aching")}, {Sensation::Twitching, tr("Twitching or jerks")}};
    auto *felt = new QGridLayout;
    for (int i = 0; i < sensations.size(); ++i) {
        auto *box = new QCheckBox(sensations.at(i).second, this);
        box->setObjectName(QStringLiteral("sensation%1").arg(i));
        felt->addWidget(box, i / 3, i % 3);
        m_sensations.append({sensations.at(i).first, box});
    }
    form->addRow(tr("Felt:"), felt);

    const QList<std::pair<BodyArea, QString>> areas
        = {{BodyArea::Legs, tr("Legs")}, {BodyArea::Arms, tr("Arms")}, {BodyArea::Trunk, tr("Trunk")}};
    auto *where = new QHBoxLayout;
    for (int i = 0; i < areas.size(); ++i) {
        auto *box = new QCheckBox(areas.at(i).second, this);
        box->setObjectName(QStringLiteral("bodyArea%1").arg(i));
        where->addWidget(box);
        m_areas.append({areas.at(i).first, box});
    }
    where->addStretch(1);
    form->addRow(tr("Where:"), where);

    m_irls->setMaximumWidth(m_irls->sizeHint().width() + 20);
    auto *bandText = new QLabel(this);
    bandText->setObjectName(QStringLiteral("irlsBand"));
    bandText->setToolTip(tr("IRLS bands: 1-10 mild, 11-20 moderate, 21-30 severe, 31-40 very severe"));
    auto *irlsRow = new QHBoxLayout;
    irlsRow->addWidget(m_irls);
    irlsRow->addWidget(bandText, 1);
    auto *irlsLabel = new QLabel(tr("&IRLS total:"), this);
    irlsLabel->setBuddy(m_irls);
    form->addRow(irlsLabel, irlsRow);
    // Only the band the total falls in, never the scale's items: they are licensed.
    auto showBand = [this, bandText] {
        const auto total = m_irls->optionalValue();
        bandText->setText(total ? irlsBandLabel(irlsBand(*total)) : QString());
    };
    connect(m_irls, &QSpinBox::valueChanged, this, showBand);
    QLabel *irlsError = ErrorMarks::makeLabel(this);
    form->addRow(QString(), irlsError);
    m_errors.add(QStringLiteral("irlsTotal"), m_irls, irlsError);

    connect(m_severity, &SeverityPicker::valueChanged, this, &SymptomsEditor::changed);
    connect(m_onset, &TimeField::timeChanged, this, &SymptomsEditor::changed);
    connect(m_irls, &QSpinBox::valueChanged, this, &SymptomsEditor::changed);
    for (const auto &s : std::as_const(m_sensations))
        connect(s.second, &QCheckBox::toggled, this, &SymptomsEditor::changed);
    for (const auto &a : std::as_const(m_areas))
        connect(a.second, &QCheckBox::toggled, this, &SymptomsEditor::changed);
}

Symptoms SymptomsEditor::symptoms() const
{
    Symptoms s;
    s.severity = m_severity->value();
    s.onset = m_onset->time();
    for (const auto &[flag, box] : m_sensations)
        s.sensations.setFlag(flag, box->isChecked());
    for (const auto &[flag, box] : m_areas)
        s.bodyAreas.setFlag(flag, box->isChecked());
    s.irlsTotal = m_irls->optionalValue();
    return s;
}

void SymptomsEditor::setSymptoms(const Symptoms &s)
{
    const QSignalBlocker blocker(this);
    m_severity->setValue(s.severity);
    m_onset->setTime(s.onset);
    for (const auto &[flag, box] : m_sensations)
        box->setChecked(s.sensations.testFlag(flag));
    for (const auto &[flag, box] : m_areas)
        box->setChecked(s.bodyAreas.testFlag(flag));
    m_irls->setOptionalValue(s.irlsTotal);
}

void SymptomsEditor::focusSeverity()
{
    m_severity->setFocus(Qt::OtherFocusReason);
}

QList<QWidget *> SymptomsEditor::tabChain() const
{
    QList<QWidget *> chain {m_severity, m_onset};
    for (const auto &s : m_sensations)
        chain.append(s.second);
    for (const auto &a : m_areas)
        chain.append(a.second);
    chain.append(m_irls);
    return chain;
}

QList<FieldError> SymptomsEditor::inputErrors() const
{
    if (!m_onset->isComplete())
        return {{QStringLiteral("onset"),
            tr("Symptom onset: \"%1\" is not a clock time; type it as 21:30.").arg(m_onset->text())}};
    return {};
}

} // namespace rls
