// SPDX-License-Identifier: GPL-3.0-or-later
#include "doses/newsubstancedialog.h"

#include "model/validation.h"
#include "shared/errormarks.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QVBoxLayout>

namespace rls {

NewSubstanceDialog::NewSubstanceDialog(const QList<Substance> &catalog, QWidget *parent)
    : QDialog(parent)
    , m_catalog(catalog)
    , m_name(new QLineEdit(this))
    , m_kind(new QComboBox(this))
    , m_unit(new QLineEdit(QStringLiteral("mg"), this))
    , m_dopaminergic(new QCheckBox(tr("A &dopamine medicine (levodopa, pramipexole, ropinirole, rotigotine)"), this))
    , m_magnesiumLimit(new QCheckBox(tr("Its magnesium counts towards the &upper limit"), this))
    , m_ironInhibitor(new QCheckBox(tr("Lowers &iron absorption (magnesium, calcium, zinc, antacids)"), this))
    , m_message(ErrorMarks::makeLabel(this))
{
    setObjectName(QStringLiteral("newSubstanceDialog"));
    setWindowTitle(tr("New substance"));
    m_name->setObjectName(QStringLiteral("substanceName"));
    m_kind->setObjectName(QStringLiteral("substanceKind"));
    m_unit->setObjectName(QStringLiteral("substanceUnit"));
    m_dopaminergic->setObjectName(QStringLiteral("dopaminergic"));
    m_magnesiumLimit->setObjectName(QStringLiteral("magnesiumLimit"));
    m_ironInhibitor->setObjectName(QStringLiteral("ironInhibitor"));
    for (SubstanceKind kind : allKinds())
        m_kind->addItem(kindLabel(kind), static_cast<int>(kind));
    m_kind->setCurrentIndex(m_kind->findData(static_cast<int>(SubstanceKind::Other)));
    m_kind->setToolTip(tr("Magnesium and iron are charted and totalled as the element (elemental mg); caffeine "
                          "and alcohol feed their notes; medicines are listed for your doctor."));

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    auto *form = new QFormLayout;
    form->addRow(tr("&Name:"), m_name);
    form->addRow(tr("&Kind:"), m_kind);
    form->addRow(tr("U&nit:"), m_unit);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(m_dopaminergic);
    layout->addWidget(m_magnesiumLimit);
    layout->addWidget(m_ironInhibitor);
    layout->addWidget(m_message);
    layout->addWidget(buttons);

    connect(m_name, &QLineEdit::textEdited, this, &NewSubstanceDialog::suggestFromName);
    connect(m_kind, &QComboBox::activated, this, [this] {
        m_touched = true;
        const auto kind = static_cast<SubstanceKind>(m_kind->currentData().toInt());
        m_magnesiumLimit->setChecked(defaultFlags(kind).testFlag(SubstanceFlag::CountsTowardsMagnesiumLimit));
        if (kind == SubstanceKind::Alcohol)
            m_unit->setText(QStringLiteral("standard drinks"));
    });
    for (QCheckBox *box : {m_dopaminergic, m_magnesiumLimit, m_ironInhibitor})
        connect(box, &QCheckBox::clicked, this, [this] { m_touched = true; });
    connect(buttons, &QDialogButtonBox::accepted, this, &NewSubstanceDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &NewSubstanceDialog::reject);
}

void NewSubstanceDialog::suggestFromName()
{
    if (m_touched)
        return;
    const Substance guess = newSubstanceNamed(m_name->text(), m_unit->text());
    m_kind->setCurrentIndex(m_kind->findData(static_cast<int>(guess.kind)));
    m_dopaminergic->setChecked(guess.flags.testFlag(SubstanceFlag::Dopaminergic));
    m_magnesiumLimit->setChecked(guess.flags.testFlag(SubstanceFlag::CountsTowardsMagnesiumLimit));
    m_ironInhibitor->setChecked(guess.flags.testFlag(SubstanceFlag::IronAbsorptionInhibitor));
}

Substance NewSubstanceDialog::substance() const
{
    Substance s;
    s.name = m_name->text().trimmed();
    s.kind = static_cast<SubstanceKind>(m_kind->currentData().toInt());
    s.unit = m_unit->text().trimmed();
    s.flags.setFlag(SubstanceFlag::Dopaminergic, m_dopaminergic->isChecked());
    s.flags.setFlag(SubstanceFlag::CountsTowardsMagnesiumLimit, m_magnesiumLimit->isChecked());
    s.flags.setFlag(SubstanceFlag::IronAbsorptionInhibitor, m_ironInhibitor->isChecked());
    return s;
}

void NewSubstanceDialog::accept()
{
    QStringList problems;
    for (const FieldError &e : validateSubstance(substance()))
        problems.append(e.message);
    if (findSubstance(m_catalog, m_name->text()))
        problems.append(tr("\"%1\" is already in the list of substances.").arg(m_name->text().trimmed()));
    if (!problems.isEmpty()) {
        m_message->setText(problems.join(u'\n'));
        m_message->show();
        return;
    }
    QDialog::accept();
}

} // namespace rls
