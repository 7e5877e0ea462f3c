// SPDX-License-Identifier: GPL-3.0-or-later
#include "trends/trendspage.h"

#include "analysis/trendseries.h"
#include "session/diarycontext.h"
#include "shared/filedialog.h"
#include "shared/messagebox.h"
#include "storage/diarystore.h"
#include "trends/chartexport.h"
#include "trends/trendplot.h"

#include <QButtonGroup>
#include <QCheckBox>
#include <QCoreApplication>
#include <QDateEdit>
#include <QDir>
#include <QHBoxLayout>
#include <QLabel>
#include <QMessageBox>
#include <QStackedWidget>
#include <QStandardPaths>
#include <QToolButton>
#include <QVBoxLayout>

#include <algorithm>

namespace rls {
namespace {

// Above six months (a "6 months" view holds up to 184 nights), weekly means tell more than
// nightly points, and draw faster.
constexpr qint64 WeeklyAboveDays = 186;

bool byDate(const Night &a, const Night &b)
{
    return a.date < b.date;
}

} // namespace

TrendsPage::TrendsPage(DiaryContext &context, QWidget *parent)
    : QWidget(parent)
    , m_context(context)
{
    setObjectName(QStringLiteral("trendsPage"));
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(8, 8, 8, 4);
    layout->setSpacing(4);
    layout->addWidget(buildToolbar());

    m_plot = new TrendPlot(this);
    m_message = new QLabel(this);
    m_message->setObjectName(QStringLiteral("trendsMessage"));
    m_message->setAlignment(Qt::AlignCenter);
    m_message->setWordWrap(true);
    m_stack = new QStackedWidget(this);
    m_stack->addWidget(m_plot);
    m_stack->addWidget(m_message);
    layout->addWidget(m_stack, 1);
    layout->addWidget(buildFooter());

    connect(m_plot, &TrendPlot::visibleDatesChanged, this, &TrendsPage::visibleDatesChanged);
    connect(m_plot, &TrendPlot::nightActivated, &context, &DiaryContext::requestOpenNight);
    connect(&context, &DiaryContext::nightsChanged, this, &TrendsPage::nightsChanged);
    connect(&context, &DiaryContext::preferencesChanged, this, &TrendsPage::rebuild);
}

QWidget *TrendsPage::buildToolbar()
{
    auto *bar = new QWidget(this);
    auto *row = new QHBoxLayout(bar);
    row->setContentsMargins(0, 0, 0, 0);
    m_presets = new QButtonGroup(this);
    const std::array<std::pair<Preset, QString>, 5> presets {
        {{Preset::FourWeeks, tr("&4 weeks")}, {Preset::ThreeMonths, tr("&3 months")},
            {Preset::SixMonths, tr("&6 months")}, {Preset::OneYear, tr("1 &year")}, {Preset::All, tr("&All")}}};
    row->addWidget(new QLabel(tr("Show:"), bar));
    for (const auto &[preset, text] : presets) {
        auto *button = new QToolButton(bar);
        button->setText(text);
        button->setCheckable(true);
        button->setObjectName(QStringLiteral("preset%1").arg(static_cast<int>(preset)));
        m_presets->addButton(button, static_cast<int>(preset));
        row->addWidget(button);
    }
    connect(m_presets, &QButtonGroup::idClicked, this, [this](int id) { showPreset(static_cast<Preset>(id)); });

    row->addSpacing(12);
    m_from = new QDateEdit(bar);
    m_to = new QDateEdit(bar);
    m_from->setObjectName(QStringLiteral("trendsFrom"));
    m_to->setObjectName(QStringLiteral("trendsTo"));
    auto *fromLabel = new QLabel(tr("Fro&m"), bar);
    fromLabel->setBuddy(m_from);
    auto *toLabel = new QLabel(tr("&to"), bar);
    toLabel->setBuddy(m_to);
    m_from->setAccessibleName(tr("Show from"));
    m_to->setAccessibleName(tr("Show to"));
    for (QDateEdit *edit : {m_from, m_to}) {
        edit->setCalendarPopup(true);
        edit->setDisplayFormat(QLocale().dateFormat(QLocale::ShortFormat).contains(QStringLiteral("yyyy"))
                ? QLocale().dateFormat(QLocale::ShortFormat)
                : QStringLiteral("yyyy-MM-dd"));
        connect(edit, &QDateEdit::editingFinished, this, &TrendsPage::customDatesEdited);
    }
    row->addWidget(fromLabel);
    row->addWidget(m_from);
    row->addWidget(toLabel);
    row->addWidget(m_to);

    row->addSpacing(12);
    m_weekly = new QCheckBox(tr("&Weekly means"), bar);
    m_weekly->setObjectName(QStringLiteral("weeklyToggle"));
    m_weekly->setToolTip(tr("Plot the mean of each week instead of every night"));
    // clicked, not toggled: a preset sets the box too, and replots once for both changes.
    connect(m_weekly, &QCheckBox::clicked, this, [this](bool on) {
        m_plot->setWeekly(on);
        updateSummary(m_plot->visibleFrom(), m_plot->visibleTo());
        m_plot->replot(QCustomPlot::rpQueuedReplot);
    });
    row->addWidget(m_weekly);
    row->addStretch(1);

    // The chart in words, as a screen reader hears it on the chart itself.
    auto *describe = new QToolButton(bar);
    describe->setText(tr("Des&cribe chart"));
    describe->setObjectName(QStringLiteral("describeChart"));
    describe->setToolTip(tr("The nights in view in words: first, last, lowest and highest values, doses and "
                            "magnesium periods"));
    connect(describe, &QToolButton::clicked, this, [this] {
        MessageBox::information(this, tr("Trend chart in words"),
            m_stack->currentWidget() == m_plot ? m_plot->description().join(u'\n') : m_message->text());
    });
    row->addWidget(describe);
    auto *png = new QToolButton(bar);
    png->setText(tr("Save as &PNG…"));
    png->setObjectName(QStringLiteral("exportPng"));
    auto *pdf = new QToolButton(bar);
    pdf->setText(tr("Save as P&DF…"));
    pdf->setObjectName(QStringLiteral("exportPdf"));
    connect(png, &QToolButton::clicked, this, [this] { chooseFileAndExport(false); });
    connect(pdf, &QToolButton::clicked, this, [this] { chooseFileAndExport(true); });
    row->addWidget(png);
    row->addWidget(pdf);
    return bar;
}

QWidget *TrendsPage::buildFooter()
{
    auto *footer = new QWidget(this);
    auto *row = new QHBoxLayout(footer);
    row->setContentsMargins(0, 0, 0, 0);
    m_summary = new QLabel(footer);
    m_summary->setObjectName(QStringLiteral("trendsSummary"));
    auto *hint = new QLabel(tr("Shaded: nights on magnesium. Drag or scroll to move in time; double-click a night "
                               "to open it. The chart shows what was logged, not what caused it."),
        footer);
    hint->setWordWrap(true);
    hint->setForegroundRole(QPalette::PlaceholderText);
    row->addWidget(m_summary);
    row->addSpacing(16);
    row->addWidget(hint, 1);
    return footer;
}

void TrendsPage::showEvent(QShowEvent *event)
{
    QWidget::showEvent(event);
    if (m_stale)
        reload();
}

void TrendsPage::reload()
{
    m_stale = false;
    m_nights.clear();
    // Which substances are magnesium, iron, caffeine, alcohol: the catalog says, not the names.
    if (auto catalog = m_context.store().substances())
        m_catalog = std::move(catalog).value();
    // Lab results share the date axis: a mark on each day one was taken (the values are on the
    // Lab results and Insights pages).
    QList<QDate> labDates;
    if (auto labs = m_context.store().labResults()) {
        for (const LabResult &lab : labs.value())
            labDates.append(lab.date);
    }
    m_plot->setLabDates(labDates);
    auto loaded = m_context.allNights();
    if (!loaded) {
        m_message->setText(loaded.error().message);
        m_stack->setCurrentWidget(m_message);
        return;
    }
    m_nights = std::move(loaded).value();
    rebuild();
}

void TrendsPage::nightsChanged(QDate from, QDate to)
{
    if (!isVisible() || m_stale || !from.isValid() || !to.isValid()) {
        m_stale = true;
        if (isVisible())
            reload();
        return;
    }
    // Only the changed nights are read again; the rest of the diary is already here.
    auto loaded = m_context.store().loadRange(from, to);
    if (!loaded) {
        reload();
        return;
    }
    m_nights.removeIf([from, to](const Night &n) { return n.date >= from && n.date <= to; });
    m_nights.append(loaded.value());
    // A save may bring a substance the person just added to the catalog.
    if (auto catalog = m_context.store().substances())
        m_catalog = std::move(catalog).value();
    std::sort(m_nights.begin(), m_nights.end(), byDate);
    rebuild();
}

void TrendsPage::rebuild()
{
    if (m_nights.isEmpty()) {
        m_message->setText(tr("No nights logged yet.\nLog a few evenings and your trends appear here."));
        m_stack->setCurrentWidget(m_message);
        m_summary->clear();
        m_hasView = false;
        return;
    }
    m_stack->setCurrentWidget(m_plot);
    TrendOptions options;
    options.from = m_nights.constFirst().date;
    options.to = m_nights.constLast().date;
    options.firstDayOfWeek = m_context.preferences().firstDayOfWeek;
    m_plot->setData(buildTrendSeries(m_nights, m_catalog, options), m_nights);
    for (QDateEdit *edit : {m_from, m_to})
        edit->setDateRange(options.from, options.to);
    if (!m_hasView) {
        m_hasView = true;
        showPreset(Preset::ThreeMonths);
        return;
    }
    visibleDatesChanged(m_plot->visibleFrom(), m_plot->visibleTo());
    m_plot->replot(QCustomPlot::rpQueuedReplot);
}

void TrendsPage::markNights(const QList<QDate> &nights, const QString &label)
{
    if (m_stale)
        reload();
    m_plot->setMarkedNights(nights, label);
    if (nights.isEmpty())
        return;
    const auto [first, last] = std::minmax_element(nights.cbegin(), nights.cend());
    m_presets->setExclusive(false);
    if (QAbstractButton *checked = m_presets->checkedButton())
        checked->setChecked(false);
    m_presets->setExclusive(true);
    showDates(*first, *last);
}

void TrendsPage::showPreset(Preset preset)
{
    if (m_stale)
        reload();
    const QDate last = m_plot->series().to;
    if (!last.isValid())
        return;
    const QDate first = presetStart(preset, m_plot->series().from, last);
    m_applyingPreset = true;
    m_presets->button(static_cast<int>(preset))->setChecked(true);
    showDates(first, last);
    m_applyingPreset = false;
}

void TrendsPage::showDates(QDate from, QDate to)
{
    setWeeklyFor(from, to);
    m_plot->setVisibleDates(from, to);
    m_plot->replot(QCustomPlot::rpQueuedReplot);
}

void TrendsPage::setWeeklyFor(QDate from, QDate to)
{
    const bool weekly = std::abs(from.daysTo(to)) + 1 > WeeklyAboveDays;
    m_weekly->setChecked(weekly);
    m_plot->setWeekly(weekly);
}

void TrendsPage::customDatesEdited()
{
    if (m_from->date() > m_to->date())
        return; // the person is still typing; the range would be empty
    showDates(m_from->date(), m_to->date());
}

void TrendsPage::visibleDatesChanged(QDate from, QDate to)
{
    if (!m_applyingPreset && m_presets->checkedButton()) {
        // A drag or zoom leaves the preset: none of the buttons describes the view any more.
        m_presets->setExclusive(false);
        m_presets->checkedButton()->setChecked(false);
        m_presets->setExclusive(true);
    }
    for (auto [edit, date] : {std::pair {m_from, from}, std::pair {m_to, to}}) {
        const QSignalBlocker block(edit);
        edit->setDate(date);
    }
    updateSummary(from, to);
}

void TrendsPage::updateSummary(QDate from, QDate to)
{
    const TrendSeries &series = m_plot->series();
    int logged = 0;
    const qint64 begin = std::max<qint64>(0, series.from.daysTo(from));
    const qint64 end = std::min<qint64>(series.nights.size() - 1, series.from.daysTo(to));
    for (qint64 i = begin; i <= end; ++i)
        logged += series.nights.nightsLogged.at(i);
    QString text = tr("%1 of %2 nights logged").arg(logged).arg(std::max<qint64>(0, end - begin + 1));
    if (m_plot->isMonthly())
        text += QLatin1Char('\n') + tr("Monthly means: more than 3 years in view");
    m_summary->setText(text);
}

QString TrendsPage::defaultFileName(const QString &suffix) const
{
    const QString folder = QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation);
    const QString name
        = QStringLiteral("rls-trends-%1-to-%2.%3")
              .arg(m_plot->visibleFrom().toString(Qt::ISODate), m_plot->visibleTo().toString(Qt::ISODate), suffix);
    return QDir(folder).filePath(name);
}

ChartHeading TrendsPage::exportHeading() const
{
    const TrendPlot &plot = *m_plot;
    const QLocale locale;
    const QString format = QCoreApplication::translate("DateFormat", "d MMMM yyyy");
    ChartHeading heading;
    heading.title = QCoreApplication::translate("TrendsPage", "RLS Diary: trends from %1 to %2")
                        .arg(locale.toString(plot.visibleFrom(), format), locale.toString(plot.visibleTo(), format));
    if (m_context.isDemo())
        heading.title += QCoreApplication::translate("TrendsPage", " (generated demo diary)");
    heading.subtitle = QCoreApplication::translate("TrendsPage",
        "Exported %1. Severity is the person's own 0–10 rating; shaded: nights on magnesium.\n"
        "A record of what was logged, not a diagnosis.")
                           .arg(locale.toString(m_context.now().date(), format));
    return heading;
}

Result<void> TrendsPage::exportPng(const QString &path)
{
    // Twice the page size in pixels: sharp when printed, about 250 dots per inch on A4.
    return saveChartPng(*m_plot, path, exportHeading(), PrintPageSize, 2.0);
}

Result<void> TrendsPage::exportPdf(const QString &path)
{
    return saveChartPdf(*m_plot, path, exportHeading());
}

void TrendsPage::chooseFileAndExport(bool pdf)
{
    if (m_stack->currentWidget() != m_plot) {
        QMessageBox::information(this, tr("Save chart"), tr("There is no chart to save yet."));
        return;
    }
    const QString path = FileDialog::getSaveFileName(this, pdf ? tr("Save chart as PDF") : tr("Save chart as PNG"),
        defaultFileName(pdf ? QStringLiteral("pdf") : QStringLiteral("png")),
        pdf ? tr("PDF document (*.pdf)") : tr("PNG image (*.png)"));
    if (path.isEmpty())
        return;
    const Result<void> saved = pdf ? exportPdf(path) : exportPng(path);
    if (!saved)
        MessageBox::warning(this, tr("Save chart"), saved.error().message);
    else
        m_summary->setText(tr("Saved %1").arg(QDir::toNativeSeparators(path)));
}

} // namespace rls
