// SPDX-License-Identifier: GPL-3.0-or-later
#include "log/nightform.h"

#include "doses/dosesmodel.h"
#include "guidance/guidance.h"
#include "log/intakeseditor.h"
#include "log/sleepeditor.h"
#include "log/symptomseditor.h"
#include "log/tagseditor.h"
#include "model/catalog.h"
#include "model/dose.h"
#include "model/nightdate.h"
#include "model/validation.h"
#include "session/diarycontext.h"
#include "session/preferences.h"
#include "shared/errormarks.h"
#include "storage/diarystore.h"

#include <QCheckBox>
#include <QCoreApplication>
#include <QGridLayout>
#include <QGroupBox>
#include <QKeyEvent>
#include <QLabel>
#include <QLocale>
#include <QPlainTextEdit>
#include <QStyle>
#include <QToolButton>
#include <QVBoxLayout>

namespace rls {

NightForm::NightForm(DiaryContext &context, QWidget *parent)
    : QWidget(parent)
    , m_context(context)
    , m_symptoms(new SymptomsEditor(this))
    , m_sleep(new SleepEditor(this))
    , m_intakes(new IntakesEditor(this))
    , m_tags(new TagsEditor(this))
    , m_note(new QPlainTextEdit(this))
    , m_flagged(new QCheckBox(tr("Show my doctor"), this))
    , m_guidanceBox(new QGroupBox(tr("Worth knowing"), this))
    , m_guidanceList(new QVBoxLayout(m_guidanceBox))
    , m_otherErrors(ErrorMarks::makeLabel(this))
{
    setObjectName(QStringLiteral("nightForm"));
    m_note->setObjectName(QStringLiteral("note"));
    m_note->setTabChangesFocus(true);
    m_note->setPlaceholderText(tr("Anything else about today or tonight"));
    m_note->setMinimumHeight(fontMetrics().lineSpacing() * 3 + 12);
    m_guidanceBox->setObjectName(QStringLiteral("guidance"));
    m_guidanceBox->hide();
    m_intakes->setClock([&context] { return context.now(); });
    m_intakes->setSubstanceAdder([&context](const Substance &s) { return context.store().addSubstance(s); });

    auto *noteBox = new QGroupBox(tr("N&ote"), this);
    noteBox->setObjectName(QStringLiteral("noteBox"));
    auto *noteLayout = new QVBoxLayout(noteBox);
    noteLayout->addWidget(m_note);
    m_flagged->setObjectName(QStringLiteral("flaggedForDoctor"));
    m_flagged->setToolTip(tr("List this night and its note in the doctor's report (Ctrl+D)."));

    m_grid = new QGridLayout(this);
    m_grid->setContentsMargins(0, 0, 0, 0);
    m_leftColumn = new QVBoxLayout;
    m_leftColumn->addWidget(m_symptoms);
    m_leftColumn->addWidget(m_sleep);
    m_leftColumn->addStretch(1);
    m_rightColumn = new QVBoxLayout;
    m_rightColumn->addWidget(m_intakes, 1);
    m_rightColumn->addWidget(m_guidanceBox);
    m_rightColumn->addWidget(m_tags);
    m_rightColumn->addWidget(noteBox, 1);
    m_rightColumn->addWidget(m_otherErrors);
    m_grid->addLayout(m_leftColumn, 0, 0);
    m_grid->addLayout(m_rightColumn, 0, 1);
    m_grid->setColumnStretch(0, 4);
    m_grid->setColumnStretch(1, 5);

    connect(m_symptoms, &SymptomsEditor::changed, this, &NightForm::changed);
    connect(m_sleep, &SleepEditor::changed, this, &NightForm::changed);
    connect(m_intakes, &IntakesEditor::changed, this, &NightForm::changed);
    connect(m_intakes, &IntakesEditor::changed, this, &NightForm::updateGuidance);
    connect(m_intakes, &IntakesEditor::sameAsYesterdayRequested, this, &NightForm::copyYesterdaysIntakes);
    connect(m_intakes, &IntakesEditor::regimenSetupRequested, &context, &DiaryContext::requestPreferences);
    connect(m_tags, &TagsEditor::changed, this, &NightForm::changed);
    connect(m_note, &QPlainTextEdit::textChanged, this, &NightForm::changed);
    connect(m_flagged, &QCheckBox::toggled, this, &NightForm::changed);
    connect(m_tags, &TagsEditor::tagsAdded, this, &NightForm::updateTabOrder);
    connect(&context, &DiaryContext::preferencesChanged, this, &NightForm::refreshChoices);
    connect(&context, &DiaryContext::trialsChanged, this, &NightForm::refreshTrial);
    connect(&context, &DiaryContext::diaryReplaced, this, &NightForm::refreshTrial);
    refreshTrial();
    refreshChoices();
    updateTabOrder();
    m_sectionEnds = {m_symptoms->tabChain().constLast(), m_sleep->tabChain().constLast()};
    for (QWidget *end : m_sectionEnds)
        end->installEventFilter(this);
}

void NightForm::setSingleColumn(bool single)
{
    if (single == m_singleColumn)
        return;
    m_singleColumn = single;
    m_grid->removeItem(m_rightColumn);
    if (single) {
        m_grid->addLayout(m_rightColumn, 1, 0);
        m_grid->setColumnStretch(1, 0);
    } else {
        m_grid->addLayout(m_rightColumn, 0, 1);
        m_grid->setColumnStretch(1, 5);
    }
}

int NightForm::twoColumnMinimumWidth() const
{
    const QMargins margins = m_grid->contentsMargins();
    return m_leftColumn->minimumSize().width() + m_rightColumn->minimumSize().width() + m_grid->horizontalSpacing()
        + margins.left() + margins.right();
}

void NightForm::focusFirstField()
{
    m_symptoms->focusSeverity();
}

bool NightForm::eventFilter(QObject *watched, QEvent *event)
{
    // Enter in the last field of a section moves on to the next section's first field.
    if (event->type() == QEvent::KeyPress) {
        const int key = static_cast<QKeyEvent *>(event)->key();
        if (key == Qt::Key_Return || key == Qt::Key_Enter) {
            const QList<QWidget *> next = watched == m_sectionEnds.value(0) ? m_sleep->tabChain()
                : watched == m_sectionEnds.value(1)                         ? m_intakes->tabChain()
                                                                            : QList<QWidget *> {};
            for (QWidget *w : next) {
                if (w->isEnabled() && w->isVisible()) {
                    w->setFocus(Qt::TabFocusReason);
                    return true;
                }
            }
        }
    }
    return QWidget::eventFilter(watched, event);
}

void NightForm::updateTabOrder()
{
    // The evening's order: symptoms, last night's sleep, what was taken, tags, note.
    const QList<QWidget *> chain = m_symptoms->tabChain() + m_sleep->tabChain() + m_intakes->tabChain()
        + m_guidanceSources + m_tags->tabChain() + QList<QWidget *> {m_note, m_flagged};
    for (qsizetype i = 1; i < chain.size(); ++i)
        setTabOrder(chain.at(i - 1), chain.at(i));
}

void NightForm::refreshTrial()
{
    const QDate today = tonight(m_context.now(), m_context.preferences().daySplitHour);
    const auto trials = m_context.store().trials();
    m_trial = trials ? ongoingTrial(trials.value(), today) : std::nullopt;
    updateRegimen();
}

void NightForm::updateRegimen()
{
    const Regimen &usual = m_context.preferences().regimen;
    const auto place = m_trial ? trialNightOf(*m_trial, m_baseline.date) : std::nullopt;
    if (!place) {
        m_intakes->setRegimen(usual);
        return;
    }
    m_intakes->setRegimen(trialRegimen(usual, *m_trial, m_baseline.date),
        tr("Personal trial, block %1 (%2): your usual %3 is replaced by the block's plan.")
            .arg(place->block + 1)
            .arg(conditionLabel(*m_trial, place->condition), inSentence(m_trial->substance())));
}

void NightForm::refreshChoices()
{
    if (auto catalog = m_context.store().substances())
        m_intakes->setCatalog(catalog.value());
    if (auto tags = m_context.store().tags())
        m_tags->setAvailable(tags.value());
    updateRegimen();
    m_intakes->setStandardDrink(m_context.preferences().standardDrink);
    updateSleepSuggestion();
    if (m_baseline.date.isValid())
        m_guidance = guidanceSettingsFor(m_baseline.date);
    updateGuidance();
}

void NightForm::updateSleepSuggestion()
{
    // Only an empty sleep section suggests: a night with any sleep typed is the person's own.
    const SleepDiary shown = m_previousBaseline ? m_previousBaseline->sleep : m_baseline.sleep;
    SleepDiary usual;
    if (shown.isEmpty()) {
        const UsualTimes &times = m_context.preferences().usualTimes;
        usual.inBed = times.inBed;
        usual.triedToSleep = times.triedToSleep;
        usual.outOfBed = times.outOfBed;
    }
    m_sleep->suggest(usual);
}

void NightForm::load(const Night &night, const std::optional<Night> &previous)
{
    m_baseline = night;
    m_guidance = guidanceSettingsFor(night.date);
    m_previousBaseline = previous;
    updateRegimen();
    {
        const QSignalBlocker blocker(this);
        m_symptoms->setSymptoms(night.symptoms);
        m_sleep->setSleep(previous ? previous->sleep : night.sleep);
        m_intakes->setIntakes(night.intakes);
        m_tags->setChecked(night.tags);
        m_note->setPlainText(night.note);
        m_flagged->setChecked(night.flaggedForDoctor);
    }
    updateSleepSuggestion();
    const QLocale locale;
    const QString dayFormat = QCoreApplication::translate("DateFormat", "ddd d MMM");
    if (previous) {
        const QString day = locale.toString(previous->date, dayFormat);
        m_sleep->setTitle(m_sleep->sleep().isEmpty() ? tr("How did you sleep last night? (%1)").arg(day)
                                                     : tr("Last night's sleep (%1)").arg(day));
    } else {
        m_sleep->setTitle(
            tr("Sleep that night (%1 → %2)")
                .arg(locale.toString(night.date, dayFormat), locale.toString(night.date.addDays(1), dayFormat)));
    }
    const QString taken = locale.toString(night.date, QCoreApplication::translate("DateFormat", "dddd d MMMM"));
    m_intakes->setTitle(tr("Taken on %1").arg(taken));
    clearErrors();
    updateGuidance();
}

Night NightForm::night() const
{
    Night n = m_baseline;
    n.symptoms = m_symptoms->symptoms();
    if (!m_previousBaseline)
        n.sleep = m_sleep->sleep();
    n.intakes = m_intakes->intakes();
    n.tags = m_tags->checked();
    n.note = m_note->toPlainText();
    n.flaggedForDoctor = m_flagged->isChecked();
    return n;
}

std::optional<Night> NightForm::previousNight() const
{
    if (!m_previousBaseline)
        return std::nullopt;
    Night n = *m_previousBaseline;
    n.sleep = m_sleep->sleep();
    return n;
}

QList<Night> NightForm::changedNights() const
{
    QList<Night> out;
    if (const auto previous = previousNight(); previous && !sameEntry(*previous, *m_previousBaseline))
        out.append(*previous);
    if (const Night current = night(); !sameEntry(current, m_baseline))
        out.append(current);
    return out;
}

bool NightForm::validate()
{
    clearErrors();
    QList<FieldError> symptomErrors = m_symptoms->inputErrors();
    QList<FieldError> sleepErrors = m_sleep->inputErrors();
    if (symptomErrors.isEmpty() && sleepErrors.isEmpty()) {
        const QList<FieldError> own = validateNight(night());
        symptomErrors = own;
        if (const auto previous = previousNight())
            sleepErrors = validateNight(*previous);
        else
            sleepErrors = own;
    }
    const int shown = m_symptoms->showErrors(symptomErrors) + m_sleep->showErrors(sleepErrors)
        + m_intakes->showErrors(symptomErrors);
    const bool valid = symptomErrors.isEmpty() && sleepErrors.isEmpty();
    if (!valid && shown == 0) { // a message no field claims (e.g. a tag) still reaches the person
        m_otherErrors->setText(invalid(symptomErrors + sleepErrors).message);
        m_otherErrors->show();
    }
    QWidget *first = m_symptoms->firstMarked();
    if (!first)
        first = m_sleep->firstMarked();
    if (first)
        first->setFocus();
    return valid;
}

void NightForm::clearErrors()
{
    m_symptoms->clearErrors();
    m_sleep->clearErrors();
    m_intakes->clearErrors();
    m_otherErrors->hide();
}

void NightForm::copyYesterdaysIntakes()
{
    const QDate yesterday = m_baseline.date.addDays(-1);
    const auto loaded = m_context.store().loadNight(yesterday);
    if (!loaded) {
        emit message(loaded.error().message);
        return;
    }
    if (!loaded->has_value() || loaded->value().intakes.isEmpty()) {
        emit message(tr("Nothing was logged as taken on %1.")
                         .arg(QLocale().toString(yesterday, QCoreApplication::translate("DateFormat", "dddd d MMMM"))));
        return;
    }
    m_intakes->addIntakes(loaded->value().intakes);
}

GuidanceSettings NightForm::guidanceSettingsFor(QDate date) const
{
    GuidanceSettings settings = m_context.preferences().guidance();
    // The bedtimes of the nights before this one; two months hold the last 14 logged ones
    // for anyone who keeps the diary at all regularly.
    const auto recent = m_context.store().loadRange(date.addDays(-60), date.addDays(-1));
    if (recent) {
        settings.caffeineAfter = caffeineCutoff(recent.value(), settings.caffeineAfter);
        settings.caffeineFromBedtime = settings.caffeineAfter != m_context.preferences().caffeineAfter;
    }
    return settings;
}

QWidget *NightForm::makeGuidanceNote(const Guidance &g)
{
    auto *note = new QWidget(m_guidanceBox);
    note->setObjectName(QStringLiteral("guidanceNote"));
    auto *icon = new QLabel(note);
    // A standard icon rather than a symbol character: it draws whatever fonts are installed.
    const int size = fontMetrics().height();
    icon->setPixmap(style()->standardIcon(QStyle::SP_MessageBoxInformation).pixmap(size, size));
    icon->setAlignment(Qt::AlignTop);
    auto *text = new QLabel(g.text, note);
    text->setObjectName(QStringLiteral("guidanceText"));
    text->setWordWrap(true);
    text->setTextInteractionFlags(Qt::TextSelectableByMouse);
    auto *source = new QLabel(tr("Source: %1").arg(g.source), note);
    source->setObjectName(QStringLiteral("guidanceSource"));
    source->setWordWrap(true);
    source->setTextInteractionFlags(Qt::TextSelectableByMouse);
    // Softer than the note, yet text to read: the placeholder colour, not a disabled grey (1.6:1).
    source->setForegroundRole(QPalette::PlaceholderText);
    source->hide();
    auto *toggle = new QToolButton(note);
    toggle->setObjectName(QStringLiteral("guidanceSourceButton"));
    toggle->setText(tr("Source"));
    toggle->setCheckable(true);
    toggle->setFocusPolicy(Qt::StrongFocus);
    toggle->setToolTip(tr("Show where this comes from"));
    toggle->setAccessibleName(tr("Source of: %1").arg(g.text));
    connect(toggle, &QToolButton::toggled, source, &QLabel::setVisible);
    auto *words = new QVBoxLayout;
    words->setContentsMargins(0, 0, 0, 0);
    words->addWidget(text);
    words->addWidget(source);
    auto *row = new QHBoxLayout(note);
    row->setContentsMargins(0, 0, 0, 0);
    row->addWidget(icon, 0, Qt::AlignTop);
    row->addLayout(words, 1);
    row->addWidget(toggle, 0, Qt::AlignTop);
    m_guidanceSources.append(toggle);
    return note;
}

void NightForm::updateGuidance()
{
    m_guidanceSources.clear();
    while (QLayoutItem *item = m_guidanceList->takeAt(0)) {
        delete item->widget();
        delete item;
    }
    const QList<Intake> intakes = m_intakes->intakes();
    const QList<Substance> catalog = m_intakes->model()->catalog();
    QList<Guidance> notes = guidanceFor(intakes, catalog, m_guidance);
    // The kidney reminder is shown once: the first time magnesium is logged it appears, and it
    // stays on that night until the person leaves it.
    const bool magnesium = dayTotals(intakes, catalog).magnesiumTowardsLimitMg > 0;
    if (magnesium && !m_context.preferences().kidneyReminderShown) {
        m_kidneyShownOn = m_baseline.date;
        m_context.rememberKidneyReminderShown(); // tells no page: no chart is rebuilt for it
    }
    if (magnesium && m_kidneyShownOn == m_baseline.date)
        notes.append(kidneyReminder());
    for (const Guidance &g : notes)
        m_guidanceList->addWidget(makeGuidanceNote(g));
    m_guidanceBox->setVisible(!notes.isEmpty());
    updateTabOrder();
}

} // namespace rls
