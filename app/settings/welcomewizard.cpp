// SPDX-License-Identifier: GPL-3.0-or-later
#include "settings/welcomewizard.h"

#include "doses/timefield.h"
#include "session/diarycontext.h"
#include "settings/regimeneditor.h"
#include "storage/diarystore.h"

#include <QCloseEvent>
#include <QCoreApplication>
#include <QDir>
#include <QFormLayout>
#include <QLabel>
#include <QProcess>
#include <QPushButton>
#include <QSpinBox>
#include <QTableView>
#include <QVBoxLayout>

#include <functional>

namespace rls {
namespace {

QLabel *paragraph(const QString &text, QWidget *parent)
{
    auto *label = new QLabel(text, parent);
    label->setWordWrap(true);
    label->setTextFormat(Qt::RichText);
    return label;
}

// A page whose Next waits until `complete` says the page holds nothing half-typed.
class CheckedPage final : public QWizardPage {
public:
    CheckedPage(std::function<bool()> complete, QWidget *parent)
        : QWizardPage(parent)
        , m_complete(std::move(complete))
    { }
    bool isComplete() const override { return m_complete(); }

private:
    std::function<bool()> m_complete;
};

} // namespace

WelcomeWizard::WelcomeWizard(DiaryContext &context, QWidget *parent)
    : QWizard(parent)
    , m_context(context)
{
    setObjectName(QStringLiteral("welcomeWizard"));
    setWindowTitle(tr("Welcome to RLS Diary"));
    setWizardStyle(QWizard::ClassicStyle);
    setOption(QWizard::NoBackButtonOnStartPage);
    setButtonText(QWizard::CancelButton, tr("Skip"));
    setButtonText(QWizard::FinishButton, tr("Start my diary"));
    addPage(buildWelcomePage());
    addPage(buildTimesPage());
    addPage(buildRegimenPage());
    addPage(buildDaySplitPage());
    button(QWizard::CancelButton)
        ->setToolTip(tr("Close the welcome; everything can be set later in Edit > Preferences"));
}

bool WelcomeWizard::isDueFor(const DiaryContext &context)
{
    if (context.isDemo() || context.store().isReadOnly() || context.preferences().welcomeDone)
        return false;
    // The newest night alone, read through the date index: the same cost at 90 nights and at 30
    // years, before the first frame (summary() would count the whole diary).
    const auto newest = context.store().briefs({}, 1);
    return newest && newest->isEmpty();
}

QWizardPage *WelcomeWizard::buildWelcomePage()
{
    auto *page = new QWizardPage(this);
    page->setObjectName(QStringLiteral("welcomePage"));
    page->setTitle(tr("A diary for restless legs, kept in a minute each evening"));
    auto *layout = new QVBoxLayout(page);
    layout->addWidget(paragraph(tr("Each evening you note tonight's symptoms, how you slept last night, what you took "
                                   "(magnesium, iron, medicines, coffee, alcohol) and anything else worth a word. "
                                   "Over weeks, Trends and Insights show whether what you try seems to help, and a "
                                   "CSV file or a report takes it all to your doctor."),
        page));
    layout->addWidget(paragraph(tr("<b>It informs; it does not diagnose.</b> The app never tells you to change a "
                                   "dose or a medicine: talk to your doctor about what you see in it."),
        page));
    auto *where = paragraph(tr("<b>Your diary stays on this computer</b>, in one file, with no account and no "
                               "internet: %1")
                                .arg(QDir::toNativeSeparators(m_context.store().path()).toHtmlEscaped()),
        page);
    where->setObjectName(QStringLiteral("welcomeDiaryPath"));
    where->setTextInteractionFlags(Qt::TextSelectableByMouse);
    layout->addWidget(where);
    layout->addWidget(paragraph(tr("Sleep works like the Consensus Sleep Diary: each evening the form asks how you "
                                   "slept <i>last</i> night, so the first evening fills in two nights of the list, "
                                   "yesterday's sleep and tonight's symptoms."),
        page));
    auto *demo = new QPushButton(tr("Look at a &demo diary first"), page);
    demo->setObjectName(QStringLiteral("openDemo"));
    demo->setToolTip(tr("Opens a second window on two years of made-up nights; your diary is not touched"));
    connect(demo, &QPushButton::clicked, this,
        [] { QProcess::startDetached(QCoreApplication::applicationFilePath(), {QStringLiteral("--demo")}); });
    auto *demoRow = new QHBoxLayout;
    demoRow->addWidget(demo);
    demoRow->addStretch(1);
    layout->addLayout(demoRow);
    layout->addStretch(1);
    return page;
}

QWizardPage *WelcomeWizard::buildTimesPage()
{
    auto *page = new CheckedPage(
        [this] { return m_inBed->isComplete() && m_tried->isComplete() && m_outOfBed->isComplete(); }, this);
    page->setObjectName(QStringLiteral("timesPage"));
    page->setTitle(tr("Your usual night"));
    QLabel *intro
        = paragraph(tr("When a night's sleep is still empty, the form shows these times in grey and Enter keeps "
                       "them, so a usual night takes one key. Leave a time empty if it varies."),
            page);
    const UsualTimes &usual = m_context.preferences().usualTimes;
    m_inBed = new TimeField(page);
    m_inBed->setObjectName(QStringLiteral("usualInBed"));
    m_inBed->setTime(usual.inBed);
    m_tried = new TimeField(page);
    m_tried->setObjectName(QStringLiteral("usualTriedToSleep"));
    m_tried->setTime(usual.triedToSleep);
    m_outOfBed = new TimeField(page);
    m_outOfBed->setObjectName(QStringLiteral("usualOutOfBed"));
    m_outOfBed->setTime(usual.outOfBed);
    auto *form = new QFormLayout(page);
    form->addRow(intro);
    form->addRow(tr("I usually go to &bed at:"), m_inBed);
    form->addRow(tr("and &try to sleep at:"), m_tried);
    form->addRow(tr("I usually get &up at:"), m_outOfBed);
    auto *problem = new QLabel(page);
    problem->setObjectName(QStringLiteral("usualTimesProblem"));
    problem->setWordWrap(true);
    form->addRow(problem);
    // A half-typed time is named and holds the page, rather than being dropped without a word.
    const auto check = [this, page, problem] {
        QStringList wrong;
        for (TimeField *f : {m_inBed, m_tried, m_outOfBed}) {
            if (!f->isComplete())
                wrong.append(f->text());
        }
        problem->setText(
            wrong.isEmpty() ? QString() : tr("\"%1\" is not a clock time; type it as 22:30.").arg(wrong.first()));
        emit page->completeChanged();
    };
    for (TimeField *f : {m_inBed, m_tried, m_outOfBed})
        connect(f, &QLineEdit::textChanged, page, check);
    return page;
}

QWizardPage *WelcomeWizard::buildRegimenPage()
{
    auto *page = new QWizardPage(this);
    page->setObjectName(QStringLiteral("regimenPage"));
    page->setTitle(tr("What you take most days"));
    QLabel *intro
        = paragraph(tr("Your usual doses (say magnesium glycinate, 300 mg, at 21:00). The form's \"My regimen\" "
                       "button then adds them in one key. Leave it empty if nothing is regular."),
            page);
    auto catalog = m_context.store().substances();
    m_regimen = new RegimenEditor(catalog ? catalog.value() : QList<Substance> {}, page);
    m_regimen->setObjectName(QStringLiteral("welcomeRegimen"));
    m_regimen->setRegimen(m_context.preferences().regimen);
    m_regimen->setSubstanceAdder([this](const Substance &s) { return m_context.store().addSubstance(s); });
    auto *layout = new QVBoxLayout(page);
    layout->addWidget(intro);
    layout->addWidget(m_regimen);
    return page;
}

QWizardPage *WelcomeWizard::buildDaySplitPage()
{
    auto *page = new QWizardPage(this);
    page->setObjectName(QStringLiteral("daySplitPage"));
    page->setTitle(tr("When does your evening end?"));
    QLabel *intro
        = paragraph(tr("Before this hour the form still shows the evening that began the day before, so an entry "
                       "typed at 1:30 after a bad start to the night goes to the right evening."),
            page);
    m_daySplit = new QSpinBox(page);
    m_daySplit->setObjectName(QStringLiteral("welcomeDaySplit"));
    m_daySplit->setRange(0, 23);
    m_daySplit->setSuffix(QStringLiteral(":00"));
    m_daySplit->setValue(m_context.preferences().daySplitHour);
    auto *form = new QFormLayout(page);
    form->addRow(intro);
    form->addRow(tr("A new &evening starts at:"), m_daySplit);
    return page;
}

void WelcomeWizard::accept()
{
    // The regimen page holds a row that cannot be saved: show why and stay on it.
    if (!m_regimen->check()) {
        backTo(QStringLiteral("regimenPage"));
        m_regimen->view()->setFocus();
        return;
    }
    Preferences p = m_context.preferences();
    p.usualTimes = {m_inBed->time(), m_tried->time(), m_outOfBed->time()};
    p.regimen = m_regimen->regimen();
    p.daySplitHour = m_daySplit->value();
    p.welcomeDone = true;
    m_context.setPreferences(p);
    QWizard::accept();
}

void WelcomeWizard::backTo(const QString &pageName)
{
    while (currentPage()->objectName() != pageName && currentId() != startId())
        back();
}

void WelcomeWizard::reject()
{
    // Skip keeps every setting as it was and only remembers that the welcome was seen.
    if (!m_closing) {
        Preferences p = m_context.preferences();
        p.welcomeDone = true;
        m_context.setPreferences(p);
    }
    QWizard::reject();
}

void WelcomeWizard::closeEvent(QCloseEvent *event)
{
    m_closing = true; // QDialog's closeEvent rejects: not an answer, so nothing is remembered
    QWizard::closeEvent(event);
    m_closing = false;
}

} // namespace rls
