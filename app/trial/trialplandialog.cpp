// SPDX-License-Identifier: GPL-3.0-or-later
#include "trial/trialplandialog.h"

#include "doses/timefield.h"
#include "findings/insights.h"
#include "model/catalog.h"
#include "model/elemental.h"
#include "session/diarycontext.h"
#include "shared/accessiblename.h"
#include "shared/errormarks.h"
#include "storage/diarystore.h"
#include "trial/trialplanning.h"
#include "trial/trialstrip.h"

#include <QCheckBox>
#include <QComboBox>
#include <QCoreApplication>
#include <QDateEdit>
#include <QDialogButtonBox>
#include <QDoubleSpinBox>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QLocale>
#include <QPushButton>
#include <QRadioButton>
#include <QSpinBox>
#include <QVBoxLayout>

namespace rls {
namespace {

bool isElemental(SubstanceKind kind)
{
    return kind == SubstanceKind::Magnesium || kind == SubstanceKind::Iron;
}

QString elementName(SubstanceKind kind)
{
    return kind == SubstanceKind::Iron ? QObject::tr("iron") : QObject::tr("magnesium");
}

QLabel *wrapped(const QString &text, QWidget *parent)
{
    auto *label = new QLabel(text, parent);
    label->setWordWrap(true);
    return label;
}

} // namespace

TrialPlanDialog::TrialPlanDialog(DiaryContext &context, QWidget *parent)
    : QDialog(parent)
    , m_context(context)
    , m_today(trialTonight(context))
    , m_seed(newTrialSeed())
{
    setObjectName(QStringLiteral("trialPlanDialog"));
    setWindowTitle(tr("Plan a personal trial"));
    if (auto catalog = context.store().substances())
        m_catalog = std::move(catalog).value();

    m_strip = new TrialStrip(this);
    m_strip->setObjectName(QStringLiteral("trialPlanStrip"));
    m_summary = wrapped({}, this);
    m_summary->setObjectName(QStringLiteral("trialPlanSummary"));
    m_summary->setTextInteractionFlags(Qt::TextSelectableByMouse);
    auto *fixed = wrapped(tr("<b>Confirming fixes the plan:</b> afterwards it cannot be changed, only paused, "
                             "stopped early or abandoned, so that the result is read as it was planned. Talk "
                             "it over with your doctor before you start, and always before changing a "
                             "prescribed medicine."),
        this);
    fixed->setObjectName(QStringLiteral("trialPlanFixed"));
    m_problem = wrapped({}, this);
    m_problem->setObjectName(QStringLiteral("trialPlanProblem"));
    QPalette problemPalette = m_problem->palette();
    problemPalette.setColor(QPalette::WindowText, ErrorMarks::textColour(palette()));
    m_problem->setPalette(problemPalette);
    m_problem->hide();

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    QPushButton *confirm = buttons->button(QDialogButtonBox::Ok);
    confirm->setText(tr("&Confirm plan"));
    confirm->setObjectName(QStringLiteral("trialConfirm"));
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto *left = new QVBoxLayout;
    left->addWidget(buildConditions());
    left->addWidget(buildOutcomes(), 1);
    auto *right = new QVBoxLayout;
    right->addWidget(buildBlocks());
    right->addStretch(1);
    auto *columns = new QHBoxLayout;
    columns->addLayout(left, 3);
    columns->addLayout(right, 2);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(columns);
    layout->addWidget(m_strip);
    layout->addWidget(m_summary);
    layout->addWidget(fixed);
    layout->addWidget(m_problem);
    layout->addWidget(buttons);

    setDefaults();
    for (QSpinBox *spin : {m_blockNights, m_pairs, m_washout})
        connect(spin, &QSpinBox::valueChanged, this, &TrialPlanDialog::updatePreview);
    for (QDoubleSpinBox *spin : {m_doseA, m_doseB})
        connect(spin, &QDoubleSpinBox::valueChanged, this, &TrialPlanDialog::updatePreview);
    connect(m_doseA, &QDoubleSpinBox::valueChanged, this, &TrialPlanDialog::updateElementalNote);
    connect(m_form, &QComboBox::currentIndexChanged, this, &TrialPlanDialog::updatePreview);
    connect(m_form, &QComboBox::currentIndexChanged, this, &TrialPlanDialog::updateElementalNote);
    connect(m_time, &TimeField::timeChanged, this, &TrialPlanDialog::updatePreview);
    connect(m_start, &QDateEdit::dateChanged, this, &TrialPlanDialog::updatePreview);
    connect(m_bLower, &QRadioButton::toggled, this, [this](bool lower) {
        m_doseB->setEnabled(lower);
        updatePreview();
    });
    connect(m_blockNights, &QSpinBox::valueChanged, this, [this](int nights) { m_washout->setMaximum(nights - 1); });
    connect(m_substance, &QComboBox::currentIndexChanged, this, &TrialPlanDialog::substanceChanged);
    connect(m_primary, &QComboBox::currentIndexChanged, this, &TrialPlanDialog::primaryChanged);
    for (QCheckBox *box : std::as_const(m_secondary))
        connect(box, &QCheckBox::toggled, this, &TrialPlanDialog::updatePreview);
    updatePreview();
}

QWidget *TrialPlanDialog::buildConditions()
{
    auto *box = new QGroupBox(tr("What is compared"), this);
    m_substance = new QComboBox(box);
    m_substance->setObjectName(QStringLiteral("trialSubstance"));
    for (const Substance &s : m_catalog)
        m_substance->addItem(s.name);
    m_doseA = new QDoubleSpinBox(box);
    m_doseA->setObjectName(QStringLiteral("trialDoseA"));
    m_doseA->setRange(0, 100000);
    m_doseA->setAccessibleDescription(tr("The dose on A nights, in the unit shown after it"));
    m_unitA = new QLabel(box);
    m_unitA->setObjectName(QStringLiteral("trialUnitA"));
    m_form = new QComboBox(box);
    m_form->setObjectName(QStringLiteral("trialForm"));
    m_form->setToolTip(tr("The form on the label, e.g. citrate or glycinate"));
    m_time = new TimeField(box);
    m_time->setObjectName(QStringLiteral("trialTime"));
    m_time->setToolTip(tr("When the dose is taken on the nights that have it (optional)"));
    m_elementalNote = wrapped({}, box);
    m_elementalNote->setObjectName(QStringLiteral("trialElementalNote"));
    m_bNone = new QRadioButton(box);
    m_bNone->setObjectName(QStringLiteral("trialBNone"));
    m_bLower = new QRadioButton(tr("A &lower dose:"), box);
    m_bLower->setObjectName(QStringLiteral("trialBLower"));
    m_doseB = new QDoubleSpinBox(box);
    m_doseB->setObjectName(QStringLiteral("trialDoseB"));
    m_doseB->setRange(0, 100000);
    m_doseB->setToolTip(tr("Below the dose on A nights; the same form and time"));
    m_unitB = new QLabel(box);

    auto *doseRow = new QHBoxLayout;
    doseRow->addWidget(m_doseA);
    doseRow->addWidget(m_unitA);
    doseRow->addWidget(m_form, 1);
    doseRow->addWidget(new QLabel(tr("at"), box));
    doseRow->addWidget(m_time);
    auto *lowerRow = new QHBoxLayout;
    lowerRow->addWidget(m_bLower);
    lowerRow->addWidget(m_doseB);
    lowerRow->addWidget(m_unitB);
    lowerRow->addStretch(1);
    auto *bColumn = new QVBoxLayout;
    bColumn->addWidget(m_bNone);
    bColumn->addLayout(lowerRow);

    nameForScreenReaders(m_form, tr("Form on A nights"));
    m_time->setAccessibleName(tr("Time on A nights"));
    m_doseB->setAccessibleName(tr("Lower dose on B nights"));

    auto *form = new QFormLayout(box);
    auto *substanceLabel = new QLabel(tr("&Substance:"), box);
    substanceLabel->setBuddy(m_substance);
    form->addRow(substanceLabel, m_substance);
    auto *aLabel = new QLabel(tr("&A nights:"), box);
    aLabel->setBuddy(m_doseA);
    form->addRow(aLabel, doseRow);
    form->addRow(QString(), m_elementalNote);
    auto *bLabel = new QLabel(tr("B nights:"), box);
    form->addRow(bLabel, bColumn);
    return box;
}

QWidget *TrialPlanDialog::buildBlocks()
{
    auto *box = new QGroupBox(tr("Blocks"), this);
    m_blockNights = new QSpinBox(box);
    m_blockNights->setObjectName(QStringLiteral("trialBlockNights"));
    m_blockNights->setRange(MinBlockNights, MaxBlockNights);
    m_blockNights->setSuffix(tr(" nights"));
    m_pairs = new QSpinBox(box);
    m_pairs->setObjectName(QStringLiteral("trialPairs"));
    m_pairs->setRange(MinPairs, MaxPairs);
    m_pairs->setToolTip(tr("Each pair is one A block and one B block, in an order drawn at random"));
    m_washout = new QSpinBox(box);
    m_washout->setObjectName(QStringLiteral("trialWashout"));
    m_washout->setRange(0, MaxBlockNights - 1);
    m_washout->setSuffix(tr(" nights"));
    m_washout->setToolTip(tr("The first nights of each block are recorded but left out of the comparison, so "
                             "that the previous block's effect can fade and the new one settle in"));
    m_start = new QDateEdit(box);
    m_start->setObjectName(QStringLiteral("trialStart"));
    m_start->setCalendarPopup(true);
    m_start->setDisplayFormat(QCoreApplication::translate("DateFormat", "ddd d MMM yyyy"));
    m_start->setMinimumDate(m_today);
    m_order = new QLabel(box);
    m_order->setObjectName(QStringLiteral("trialOrder"));
    auto *redraw = new QPushButton(tr("&Draw again"), box);
    redraw->setObjectName(QStringLiteral("trialRedraw"));
    redraw->setToolTip(tr("Draw another random order before confirming"));
    connect(redraw, &QPushButton::clicked, this, &TrialPlanDialog::redraw);
    auto *orderRow = new QHBoxLayout;
    orderRow->addWidget(m_order, 1);
    orderRow->addWidget(redraw);

    auto *form = new QFormLayout(box);
    form->addRow(tr("Nights per &block:"), m_blockNights);
    form->addRow(tr("AB &pairs:"), m_pairs);
    form->addRow(tr("&Wash-out per block:"), m_washout);
    form->addRow(tr("&First night:"), m_start);
    form->addRow(tr("Order:"), orderRow);
    return box;
}

QWidget *TrialPlanDialog::buildOutcomes()
{
    auto *box = new QGroupBox(tr("What is measured, declared before it starts"), this);
    m_primary = new QComboBox(box);
    m_primary->setObjectName(QStringLiteral("trialPrimary"));
    auto *secondary = new QWidget(box);
    secondary->setObjectName(QStringLiteral("trialSecondary"));
    secondary->setAccessibleName(tr("Secondary outcomes"));
    auto *column = new QVBoxLayout(secondary);
    column->setContentsMargins(0, 0, 0, 0);
    column->setSpacing(2);
    for (Outcome o : allOutcomes()) {
        m_primary->addItem(outcomeLabel(o), static_cast<int>(o));
        auto *check = new QCheckBox(outcomeLabel(o), secondary);
        check->setProperty("outcome", static_cast<int>(o));
        column->addWidget(check);
        m_secondary.append(check);
    }
    auto *form = new QFormLayout(box);
    form->addRow(tr("P&rimary outcome:"), m_primary);
    form->addRow(tr("Secondary:"), secondary);
    return box;
}

void TrialPlanDialog::setDefaults()
{
    const int magnesium = m_substance->findText(substances::Magnesium, Qt::MatchFixedString);
    m_substance->setCurrentIndex(std::max(magnesium, 0));
    substanceChanged();
    m_blockNights->setValue(14);
    m_pairs->setValue(3);
    m_washout->setMaximum(m_blockNights->value() - 1);
    m_washout->setValue(3);
    m_start->setDate(m_today.addDays(1));
    m_primary->setCurrentIndex(m_primary->findData(static_cast<int>(Outcome::Severity)));
    primaryChanged();
    m_bNone->setChecked(true);
    m_doseB->setEnabled(false);
}

const Substance *TrialPlanDialog::substance() const
{
    return findSubstance(m_catalog, m_substance->currentText());
}

void TrialPlanDialog::substanceChanged()
{
    const Substance *s = substance();
    const SubstanceKind kind = s ? s->kind : SubstanceKind::Other;
    const QString name = m_substance->currentText();
    const QString unit = s ? s->unit : QStringLiteral("mg");
    // Magnesium and iron are counted as the element everywhere in the diary.
    const QString unitText = isElemental(kind) ? tr("%1 elemental").arg(unit) : unit;
    m_unitA->setText(unitText);
    m_unitB->setText(unitText);
    m_bNone->setText(tr("&None: no %1").arg(inSentence(name)));
    const int decimals = kind == SubstanceKind::Medication || kind == SubstanceKind::Other ? 3 : 1;
    m_doseA->setDecimals(decimals);
    m_doseB->setDecimals(decimals);

    // The person's own dose of it from "My regimen", else a moderate magnesium dose well under
    // the 350 mg upper limit for supplements.
    std::optional<Intake> usual;
    for (const Intake &dose : m_context.preferences().regimen) {
        if (dose.substance.compare(name, Qt::CaseInsensitive) == 0) {
            usual = dose;
            break;
        }
    }
    if (!usual && kind == SubstanceKind::Magnesium)
        usual = Intake {name, 200, unit, QStringLiteral("glycinate"), QTime(21, 0)};
    m_form->clear();
    m_form->addItem(tr("(form not given)"), QString());
    if (s) {
        for (const QString &f : s->forms)
            m_form->addItem(f, f);
    }
    if (usual && !usual->form.isEmpty() && m_form->findData(usual->form) < 0)
        m_form->addItem(usual->form, usual->form);
    m_form->setCurrentIndex(usual ? std::max(0, m_form->findData(usual->form)) : 0);
    if (usual) {
        m_doseA->setValue(usual->amount);
        m_time->setTime(usual->time);
    } else if (m_time->text().isEmpty()) {
        m_time->setTime(QTime(21, 0));
    }
    m_doseB->setValue(m_doseA->value() / 2);
    updateElementalNote();
    updatePreview();
}

void TrialPlanDialog::updateElementalNote()
{
    const Substance *s = substance();
    const SubstanceKind kind = s ? s->kind : SubstanceKind::Other;
    m_elementalNote->setVisible(isElemental(kind));
    if (!isElemental(kind))
        return;
    const QLocale locale;
    const CompoundForm *form = findCompoundForm(kind, m_form->currentData().toString());
    const double fraction = form ? elementalFraction(*form) : 0;
    if (form && fraction > 0 && m_doseA->value() > 0) {
        const double compound = std::round(m_doseA->value() / fraction / 10) * 10;
        m_elementalNote->setText(
            tr("Elemental %1, as the diary counts it: %2 mg is about %3 mg of %4 as a label weighs it (%5 % %1).")
                .arg(elementName(kind), locale.toString(m_doseA->value(), 'g', 6), locale.toString(compound, 'f', 0),
                    form->compound, locale.toString(100 * fraction, 'f', 1)));
    } else {
        m_elementalNote->setText(tr("Elemental %1, as the diary counts it: the amount of the element itself, which "
                                    "labels often give per serving.")
                                     .arg(elementName(kind)));
    }
}

void TrialPlanDialog::primaryChanged()
{
    const int primary = m_primary->currentData().toInt();
    for (QCheckBox *box : std::as_const(m_secondary)) {
        const bool isPrimary = box->property("outcome").toInt() == primary;
        const QSignalBlocker block(box);
        box->setHidden(isPrimary);
        if (isPrimary)
            box->setChecked(false);
    }
    updatePreview();
}

void TrialPlanDialog::redraw()
{
    m_seed = newTrialSeed();
    updatePreview();
}

TrialPlan TrialPlanDialog::plan() const
{
    TrialPlan p;
    const Substance *s = substance();
    p.doseA.substance = s ? s->name : m_substance->currentText();
    p.doseA.amount = m_doseA->value();
    p.doseA.unit = s ? s->unit : QStringLiteral("mg");
    p.doseA.form = m_form->currentData().toString();
    p.doseA.time = m_time->time();
    if (m_bLower->isChecked()) {
        Intake lower = p.doseA;
        lower.amount = m_doseB->value();
        p.doseB = lower;
    }
    p.blockNights = m_blockNights->value();
    p.pairs = m_pairs->value();
    p.washoutNights = m_washout->value();
    p.primary = static_cast<Outcome>(m_primary->currentData().toInt());
    for (const QCheckBox *box : m_secondary) {
        if (!box->isHidden() && box->isChecked())
            p.secondary.append(static_cast<Outcome>(box->property("outcome").toInt()));
    }
    p.start = m_start->date();
    p.seed = m_seed;
    p.order = randomisedOrder(m_seed, p.pairs);
    return p;
}

void TrialPlanDialog::updatePreview()
{
    if (!m_summary)
        return; // still being built
    m_problem->hide();
    const TrialPlan p = plan();
    m_strip->setPlan(p, m_today);
    const QLocale locale;
    m_order->setText(tr("%1, drawn at random").arg(orderText(p.order)));
    m_summary->setText(tr("Order %1: %2 nights, the first on %3 and the last on %4 (seed %5).")
                           .arg(orderText(p.order))
                           .arg(p.totalNights())
                           .arg(locale.toString(p.start, QCoreApplication::translate("DateFormat", "ddd d MMM yyyy")),
                               locale.toString(plannedLastNight(p, m_today),
                                   QCoreApplication::translate("DateFormat", "ddd d MMM yyyy")),
                               QString::number(p.seed)));
}

void TrialPlanDialog::showProblems(const QStringList &problems)
{
    if (problems.size() == 1) {
        m_problem->setText(problems.first().toHtmlEscaped());
    } else {
        QString items;
        for (const QString &p : problems)
            items += QStringLiteral("<li>%1</li>").arg(p.toHtmlEscaped());
        m_problem->setText(tr("This plan cannot be confirmed yet:") + QStringLiteral("<ul>%1</ul>").arg(items));
    }
    m_problem->show();
}

void TrialPlanDialog::accept()
{
    if (!m_time->isComplete()) {
        showProblems({tr("Time of the dose: type it as hh:mm (e.g. 21:00), or leave it empty.")});
        m_time->setFocus();
        return;
    }
    const TrialPlan p = plan();
    if (const QStringList problems = validatePlan(p); !problems.isEmpty()) {
        showProblems(problems);
        return;
    }
    auto stored = m_context.store().addTrial(p, m_today);
    if (!stored) {
        QStringList lines {stored.error().message};
        for (const FieldError &field : stored.error().fields)
            lines.append(tr("%1: %2").arg(field.field, field.message));
        showProblems(lines);
        return;
    }
    m_stored = std::move(stored).value();
    m_context.notifyTrialsChanged();
    QDialog::accept();
}

} // namespace rls
