// SPDX-License-Identifier: GPL-3.0-or-later
#include "log/sleepeditor.h"

#include "doses/timefield.h"
#include "log/optionalspinbox.h"
#include "model/sleepmetrics.h"

#include <QComboBox>
#include <QCoreApplication>
#include <QFormLayout>
#include <QKeyEvent>
#include <QLabel>
#include <QLocale>

namespace rls {

QString formatDuration(int minutes)
{
    return QCoreApplication::translate("SleepEditor", "%1 h %2 min")
        .arg(minutes / 60)
        .arg(minutes % 60, 2, 10, QLatin1Char('0'));
}

SleepEditor::SleepEditor(QWidget *parent)
    : QGroupBox(parent)
    , m_inBed(new TimeField(this))
    , m_tried(new TimeField(this))
    , m_latency(new OptionalSpinBox(0, 1440, this))
    , m_awakenings(new OptionalSpinBox(0, 100, this))
    , m_awake(new OptionalSpinBox(0, 1440, this))
    , m_final(new TimeField(this))
    , m_outOfBed(new TimeField(this))
    , m_quality(new QComboBox(this))
    , m_metrics(new QLabel(this))
    , m_suggestionNote(new QLabel(this))
{
    setObjectName(QStringLiteral("sleepEditor"));
    m_inBed->setObjectName(QStringLiteral("inBed"));
    m_tried->setObjectName(QStringLiteral("triedToSleep"));
    m_latency->setObjectName(QStringLiteral("minutesToFallAsleep"));
    m_awakenings->setObjectName(QStringLiteral("awakenings"));
    m_awake->setObjectName(QStringLiteral("minutesAwake"));
    m_final->setObjectName(QStringLiteral("finalAwakening"));
    m_outOfBed->setObjectName(QStringLiteral("outOfBed"));
    m_quality->setObjectName(QStringLiteral("sleepQuality"));
    m_metrics->setObjectName(QStringLiteral("sleepMetrics"));
    m_latency->setSuffix(tr(" min"));
    m_awake->setSuffix(tr(" min"));
    m_quality->addItems(
        {QStringLiteral("—"), tr("1 very poor"), tr("2 poor"), tr("3 fair"), tr("4 good"), tr("5 very good")});

    m_suggestionNote->setObjectName(QStringLiteral("sleepSuggestionNote"));
    m_suggestionNote->setWordWrap(true);
    m_suggestionNote->setText(
        tr("The grey times are your usual ones, not saved yet: press Enter to keep them, or type over them."));
    m_suggestionNote->hide();

    auto *form = new QFormLayout(this);
    form->setFieldGrowthPolicy(QFormLayout::FieldsStayAtSizeHint);
    form->addRow(m_suggestionNote);
    const auto addField = [&](const QString &label, QWidget *field, const QString &key, const QString &tip) {
        field->setToolTip(tip);
        form->addRow(label, field);
        QLabel *error = ErrorMarks::makeLabel(this);
        form->addRow(QString(), error);
        m_errors.add(key, field, error);
    };
    addField(tr("Went to &bed at:"), m_inBed, QStringLiteral("sleep.inBed"), tr("1. What time did you get into bed?"));
    addField(tr("Trie&d to sleep at:"), m_tried, QStringLiteral("sleep.triedToSleep"),
        tr("2. What time did you try to go to sleep?"));
    addField(tr("Min&utes to fall asleep:"), m_latency, QStringLiteral("sleep.minutesToFallAsleep"),
        tr("3. How long did it take you to fall asleep?"));
    addField(tr("Ti&mes woke up:"), m_awakenings, QStringLiteral("sleep.awakenings"),
        tr("4. How many times did you wake up, not counting your final awakening?"));
    addField(tr("Minutes awa&ke in all:"), m_awake, QStringLiteral("sleep.minutesAwake"),
        tr("5. In total, how long did these awakenings last?"));
    addField(tr("Final a&wakening at:"), m_final, QStringLiteral("sleep.finalAwakening"),
        tr("6. What time was your final awakening?"));
    addField(
        tr("Got u&p at:"), m_outOfBed, QStringLiteral("sleep.outOfBed"), tr("7. What time did you get out of bed?"));
    addField(tr("Sleep &quality:"), m_quality, QStringLiteral("sleep.quality"),
        tr("8. How would you rate the quality of your sleep?"));
    m_metrics->setWordWrap(true);
    m_metrics->setToolTip(
        tr("Consensus Sleep Diary (Carney et al., 2012):\n"
           "time in bed = got up − went to bed\n"
           "total sleep = (final awakening − tried to sleep) − minutes to fall asleep − minutes awake\n"
           "sleep efficiency = total sleep ÷ time in bed × 100"));
    form->addRow(m_metrics);

    for (TimeField *t : {m_inBed, m_tried, m_final, m_outOfBed}) {
        connect(t, &TimeField::timeChanged, this, &SleepEditor::changed);
        connect(t, &QLineEdit::textChanged, this, &SleepEditor::updateSuggestion);
    }
    // Enter in a time or a number of the sleep keeps the suggested times (the quality's Enter
    // belongs to the form: it moves on to what was taken).
    for (QWidget *w : tabChain()) {
        if (w != m_quality)
            w->installEventFilter(this);
    }
    for (OptionalSpinBox *s : {m_latency, m_awakenings, m_awake})
        connect(s, &QSpinBox::valueChanged, this, &SleepEditor::changed);
    connect(m_quality, &QComboBox::currentIndexChanged, this, &SleepEditor::changed);
    connect(this, &SleepEditor::changed, this, &SleepEditor::updateMetrics);
    updateMetrics();
}

SleepDiary SleepEditor::sleep() const
{
    SleepDiary s;
    s.inBed = m_inBed->time();
    s.triedToSleep = m_tried->time();
    s.minutesToFallAsleep = m_latency->optionalValue();
    s.awakenings = m_awakenings->optionalValue();
    s.minutesAwake = m_awake->optionalValue();
    s.finalAwakening = m_final->time();
    s.outOfBed = m_outOfBed->time();
    if (m_quality->currentIndex() > 0)
        s.quality = m_quality->currentIndex();
    return s;
}

void SleepEditor::setSleep(const SleepDiary &s)
{
    {
        const QSignalBlocker blocker(this);
        m_inBed->setTime(s.inBed);
        m_tried->setTime(s.triedToSleep);
        m_latency->setOptionalValue(s.minutesToFallAsleep);
        m_awakenings->setOptionalValue(s.awakenings);
        m_awake->setOptionalValue(s.minutesAwake);
        m_final->setTime(s.finalAwakening);
        m_outOfBed->setTime(s.outOfBed);
        m_quality->setCurrentIndex(s.quality.value_or(0));
    }
    updateMetrics();
}

QList<std::pair<TimeField *, std::optional<QTime>>> SleepEditor::suggestedFields() const
{
    return {{m_inBed, m_usual.inBed}, {m_tried, m_usual.triedToSleep}, {m_outOfBed, m_usual.outOfBed}};
}

void SleepEditor::suggest(const SleepDiary &usual)
{
    m_usual = usual;
    updateSuggestion();
}

void SleepEditor::updateSuggestion()
{
    bool pending = false;
    for (const auto &[field, time] : suggestedFields()) {
        field->setPlaceholderText(time ? time->toString(u"HH:mm") : tr("hh:mm"));
        pending = pending || (time && field->text().isEmpty());
    }
    m_suggestionNote->setVisible(pending);
}

bool SleepEditor::hasPendingSuggestion() const
{
    return !m_suggestionNote->isHidden();
}

bool SleepEditor::acceptSuggestion()
{
    if (!hasPendingSuggestion())
        return false;
    for (const auto &[field, time] : suggestedFields()) {
        if (time && field->text().isEmpty())
            field->setTime(time);
    }
    return true;
}

bool SleepEditor::eventFilter(QObject *watched, QEvent *event)
{
    if (event->type() == QEvent::KeyPress && hasPendingSuggestion()) {
        const int key = static_cast<QKeyEvent *>(event)->key();
        if (key == Qt::Key_Return || key == Qt::Key_Enter) {
            acceptSuggestion();
            // On to the first field still empty: the ones no usual time answers.
            for (QWidget *w : tabChain()) {
                const auto *time = qobject_cast<TimeField *>(w);
                const auto *number = qobject_cast<OptionalSpinBox *>(w);
                if ((time && time->text().isEmpty()) || (number && !number->optionalValue())) {
                    w->setFocus(Qt::TabFocusReason);
                    break;
                }
            }
            return true;
        }
    }
    return QGroupBox::eventFilter(watched, event);
}

QList<QWidget *> SleepEditor::tabChain() const
{
    return {m_inBed, m_tried, m_latency, m_awakenings, m_awake, m_final, m_outOfBed, m_quality};
}

QList<FieldError> SleepEditor::inputErrors() const
{
    QList<FieldError> out;
    const QList<std::tuple<TimeField *, const char *, QString>> times
        = {{m_inBed, "sleep.inBed", tr("Went to bed")}, {m_tried, "sleep.triedToSleep", tr("Tried to sleep")},
            {m_final, "sleep.finalAwakening", tr("Final awakening")}, {m_outOfBed, "sleep.outOfBed", tr("Got up")}};
    for (const auto &[field, key, what] : times) {
        if (!field->isComplete())
            out.append({QString::fromLatin1(key),
                tr("%1: \"%2\" is not a clock time; type it as 23:15.").arg(what, field->text())});
    }
    return out;
}

void SleepEditor::updateMetrics()
{
    const SleepDiary s = sleep();
    const SleepMetrics m = computeSleepMetrics(s);
    const QString missing = QStringLiteral("—");
    QString text = tr("<table cellspacing=2><tr><td>Time in bed:</td><td><b>%1</b></td></tr>"
                      "<tr><td>Total sleep:</td><td><b>%2</b></td></tr>"
                      "<tr><td>Sleep efficiency:&nbsp;</td><td><b>%3</b></td></tr></table>")
                       .arg(m.timeInBedMinutes ? formatDuration(*m.timeInBedMinutes) : missing,
                           m.totalSleepMinutes ? formatDuration(*m.totalSleepMinutes) : missing,
                           m.efficiencyPercent ? QLocale().toString(*m.efficiencyPercent, 'f', 0) + QStringLiteral(" %")
                                               : missing);
    // Once the night is being filled in, say what total sleep still needs instead of guessing
    // a blank as 0, which would make the night look better than it was.
    const QStringList needs = missingForTotalSleep(s);
    if (!m.totalSleepMinutes && !s.isEmpty() && !needs.isEmpty())
        text += tr("<small>Total sleep and efficiency need: %1.</small>").arg(needs.join(QStringLiteral(", ")));
    m_metrics->setText(text);
}

} // namespace rls
