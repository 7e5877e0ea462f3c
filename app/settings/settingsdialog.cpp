// SPDX-License-Identifier: GPL-3.0-or-later
#include "settings/settingsdialog.h"

#include "doses/timefield.h"
#include "session/diarycontext.h"
#include "settings/regimeneditor.h"
#include "settings/remindersettings.h"
#include "shared/filedialog.h"
#include "shared/followfocus.h"
#include "shared/messagebox.h"
#include "shared/reportpaper.h"
#include "shared/theme.h"
#include "storage/diarystore.h"

#include <QApplication>
#include <QButtonGroup>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QDir>
#include <QFileInfo>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QPushButton>
#include <QRadioButton>
#include <QScreen>
#include <QScrollArea>
#include <QSpinBox>
#include <QStyle>
#include <QTableView>
#include <QTimeEdit>
#include <QVBoxLayout>

#include <algorithm>

namespace rls {
namespace {
QLabel *note(const QString &text, QWidget *parent)
{
    auto *label = new QLabel(text, parent);
    label->setWordWrap(true);
    return label;
}
} // namespace

SettingsDialog::SettingsDialog(DiaryContext &context, QWidget *parent)
    : QDialog(parent)
    , m_context(context)
{
    setObjectName(QStringLiteral("settingsDialog"));
    setWindowTitle(tr("Preferences"));

    // Widgets are made in reading order, which is the order Tab follows. They sit in a scroll
    // area, so a short screen (768 px) scrolls them and never cuts off OK and Cancel.
    auto *content = new QWidget(this);
    auto *layout = new QVBoxLayout(content);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(buildDiaryGroup());
    layout->addWidget(buildRegimenGroup(), 1);
    auto *bottom = new QHBoxLayout;
    auto *left = new QVBoxLayout;
    left->addWidget(buildDaysGroup());
    m_reminder = new ReminderSettings(context, this);
    left->addWidget(m_reminder);
    left->addStretch(1);
    bottom->addLayout(left, 1);
    bottom->addWidget(buildNotesGroup(), 1);
    layout->addLayout(bottom);
    m_scroll = new QScrollArea(this);
    m_scroll->setObjectName(QStringLiteral("settingsScroll"));
    m_scroll->setWidget(content);
    m_scroll->setWidgetResizable(true);
    m_scroll->setFrameShape(QFrame::NoFrame);
    m_scroll->setFocusPolicy(Qt::NoFocus); // its fields scroll it as Tab reaches them
    followFocus(m_scroll);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    buttons->setObjectName(QStringLiteral("settingsButtons"));
    connect(buttons, &QDialogButtonBox::accepted, this, &SettingsDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &SettingsDialog::reject);
    auto *outer = new QVBoxLayout(this);
    outer->addWidget(m_scroll, 1);
    outer->addWidget(buttons);

    load(context.preferences());
    fitToNotes();
}

void SettingsDialog::fitToNotes()
{
    // A window does not ask its layout how tall word-wrapped notes get at its width, so the
    // notes would be cut off; size the dialog for them once, at a width that keeps them short,
    // and no larger than the screen (the scroll area takes the rest).
    QWidget *content = m_scroll->widget();
    const QRect screen = this->screen()->availableGeometry();
    const int frame = 2 * layout()->contentsMargins().top() + layout()->spacing();
    const int buttons = layout()->itemAt(1)->sizeHint().height();
    const int scrollBar = style()->pixelMetric(QStyle::PM_ScrollBarExtent);
    const int width = std::min(std::max(content->sizeHint().width(), fontMetrics().averageCharWidth() * 110),
        screen.width() - 2 * frame - scrollBar);
    const int contentHeight
        = std::max(content->layout()->hasHeightForWidth() ? content->layout()->totalHeightForWidth(width)
                                                          : content->sizeHint().height(),
            content->sizeHint().height());
    // Room for the title bar, which the window manager adds outside the dialog.
    const int maxHeight = screen.height() - 2 * fontMetrics().height() - frame;
    const int height = std::min(contentHeight + buttons + frame, maxHeight);
    const bool scrolls = height < contentHeight + buttons + frame;
    setMinimumSize(std::min(width + frame, screen.width()), std::min(height, 20 * fontMetrics().height()));
    resize(width + frame + (scrolls ? scrollBar : 0), height);
}

QGroupBox *SettingsDialog::buildDiaryGroup()
{
    auto *group = new QGroupBox(tr("Diary file"), this);
    m_diaryEdit = new QLineEdit(group);
    m_diaryEdit->setObjectName(QStringLiteral("diaryPathEdit"));
    m_diaryEdit->setReadOnly(true);
    m_chooseDiary = new QPushButton(tr("&Choose…"), group);
    m_chooseDiary->setObjectName(QStringLiteral("chooseDiaryButton"));
    connect(m_chooseDiary, &QPushButton::clicked, this, &SettingsDialog::chooseDiaryFile);
    m_diaryNote = note(QString(), group);
    m_diaryNote->setObjectName(QStringLiteral("diaryNote"));

    auto *row = new QHBoxLayout;
    row->addWidget(m_diaryEdit, 1);
    row->addWidget(m_chooseDiary);
    auto *form = new QFormLayout(group);
    auto *label = new QLabel(tr("Diary f&ile:"), group);
    label->setBuddy(m_diaryEdit);
    form->addRow(label, row);
    form->addRow(QString(), m_diaryNote);
    if (m_context.isDemo()) {
        m_chooseDiary->setEnabled(false);
        m_diaryNote->setText(tr("This is the demo diary: its file cannot be changed. Your own diary "
                                "and its settings are not touched."));
    }
    return group;
}

QGroupBox *SettingsDialog::buildRegimenGroup()
{
    auto *group = new QGroupBox(tr("My regimen"), this);
    auto *explanation = note(tr("Your usual doses. The evening log adds them to a night in one click."), group);
    QList<Substance> catalog;
    if (auto substances = m_context.store().substances(); substances)
        catalog = substances.value();
    m_regimen = new RegimenEditor(catalog, group);
    m_regimen->setSubstanceAdder([this](const Substance &s) { return m_context.store().addSubstance(s); });
    explanation->setBuddy(m_regimen->view());
    auto *layout = new QVBoxLayout(group);
    layout->addWidget(explanation);
    layout->addWidget(m_regimen, 1);
    return group;
}

QGroupBox *SettingsDialog::buildDaysGroup()
{
    auto *group = new QGroupBox(tr("Days, weeks and look"), this);
    m_daySplit = new QSpinBox(group);
    m_daySplit->setObjectName(QStringLiteral("daySplitSpin"));
    m_daySplit->setRange(0, 23);
    m_daySplit->setSuffix(QStringLiteral(":00"));
    m_daySplit->setAlignment(Qt::AlignRight);
    m_daySplit->setAccessibleDescription(tr("An hour from 0 to 23. Before this hour, “tonight” means the night "
                                            "that began the previous evening."));
    m_firstDay = new QComboBox(group);
    m_firstDay->setObjectName(QStringLiteral("firstDayCombo"));
    const QLocale locale;
    for (int day = Qt::Monday; day <= Qt::Sunday; ++day)
        m_firstDay->addItem(locale.dayName(day), day);

    auto *form = new QFormLayout(group);
    form->addRow(tr("Day s&plit hour:"), m_daySplit);
    form->addRow(
        QString(), note(tr("Before this hour, “tonight” means the night that began the previous evening."), group));
    form->addRow(tr("First day of the &week:"), m_firstDay);
    // The usual night: an empty sleep in the evening form shows these in grey; Enter keeps them.
    m_usualInBed = new TimeField(group);
    m_usualInBed->setObjectName(QStringLiteral("usualInBed"));
    m_usualInBed->setAccessibleName(tr("Usually in bed at"));
    m_usualTried = new TimeField(group);
    m_usualTried->setObjectName(QStringLiteral("usualTriedToSleep"));
    m_usualTried->setAccessibleName(tr("Usually try to sleep at"));
    m_usualOutOfBed = new TimeField(group);
    m_usualOutOfBed->setObjectName(QStringLiteral("usualOutOfBed"));
    m_usualOutOfBed->setAccessibleName(tr("Usually get up at"));
    auto *usual = new QHBoxLayout;
    usual->addWidget(new QLabel(tr("bed"), group));
    usual->addWidget(m_usualInBed);
    usual->addWidget(new QLabel(tr("try to sleep"), group));
    usual->addWidget(m_usualTried);
    usual->addWidget(new QLabel(tr("get up"), group));
    usual->addWidget(m_usualOutOfBed);
    usual->addStretch(1);
    auto *usualLabel = new QLabel(tr("Usual &night:"), group);
    usualLabel->setBuddy(m_usualInBed);
    form->addRow(usualLabel, usual);
    form->addRow(QString(),
        note(tr("Shown in grey in an empty sleep section; Enter keeps them. Leave a time empty if it varies."), group));
    m_theme = new QComboBox(group);
    m_theme->setObjectName(QStringLiteral("themeCombo"));
    m_theme->addItem(tr("As the desktop"), static_cast<int>(Theme::System));
    m_theme->addItem(tr("Light"), static_cast<int>(Theme::Light));
    m_theme->addItem(tr("Dark, for a bedroom at night"), static_cast<int>(Theme::Dark));
    m_theme->setToolTip(tr("Light and dark change at once; “As the desktop” takes effect the next time "
                           "RLS Diary starts."));
    form->addRow(tr("&Look:"), m_theme);
    m_paper = new QComboBox(group);
    m_paper->setObjectName(QStringLiteral("reportPaperCombo"));
    m_paper->addItem(tr("As usual here (%1)").arg(reportPageSize(ReportPaper::FromLocale).name()),
        static_cast<int>(ReportPaper::FromLocale));
    m_paper->addItem(QStringLiteral("A4"), static_cast<int>(ReportPaper::A4));
    m_paper->addItem(tr("US Letter"), static_cast<int>(ReportPaper::Letter));
    form->addRow(tr("Report pape&r:"), m_paper);
    m_language = new QComboBox(group);
    m_language->setObjectName(QStringLiteral("languageCombo"));
    m_language->addItem(tr("As the system"), static_cast<int>(Language::System));
    // Each language in its own words, so a person who cannot read the window can still find theirs.
    m_language->addItem(QStringLiteral("English"), static_cast<int>(Language::English));
    m_language->addItem(QStringLiteral("Deutsch"), static_cast<int>(Language::German));
    form->addRow(tr("La&nguage:"), m_language);
    form->addRow(QString(), note(tr("A new language takes effect the next time RLS Diary starts."), group));
    return group;
}

QGroupBox *SettingsDialog::buildNotesGroup()
{
    auto *group = new QGroupBox(tr("Gentle notes in the evening log"), this);
    auto *nih = new QRadioButton(tr("NI&H (US): 350 mg a day"), group);
    nih->setObjectName(QStringLiteral("magnesiumNihRadio"));
    auto *efsa = new QRadioButton(tr("&EFSA (EU): 250 mg a day"), group);
    efsa->setObjectName(QStringLiteral("magnesiumEfsaRadio"));
    m_magnesium = new QButtonGroup(group);
    m_magnesium->addButton(nih, static_cast<int>(MagnesiumLimit::Nih));
    m_magnesium->addButton(efsa, static_cast<int>(MagnesiumLimit::Efsa));
    auto *limits = new QVBoxLayout;
    limits->addWidget(nih);
    limits->addWidget(efsa);

    m_caffeine = new QTimeEdit(group);
    m_caffeine->setObjectName(QStringLiteral("caffeineTimeEdit"));
    m_caffeine->setDisplayFormat(QStringLiteral("HH:mm"));
    m_evening = new QTimeEdit(group);
    m_evening->setObjectName(QStringLiteral("eveningTimeEdit"));
    m_evening->setDisplayFormat(QStringLiteral("HH:mm"));
    m_drink = new QComboBox(group);
    m_drink->setObjectName(QStringLiteral("standardDrinkCombo"));
    m_drink->addItem(tr("US: 14 g of alcohol (NIAAA)"), static_cast<int>(StandardDrink::US));
    m_drink->addItem(tr("UK: 8 g of alcohol (one unit)"), static_cast<int>(StandardDrink::UK));
    m_drink->addItem(tr("Other: 10 g of alcohol (Australia, WHO)"), static_cast<int>(StandardDrink::Other));

    auto *form = new QFormLayout(group);
    auto *limitLabel = new QLabel(tr("&Magnesium upper limit:"), group);
    limitLabel->setBuddy(nih);
    form->addRow(limitLabel, limits);
    form->addRow(QString(),
        note(tr("The most magnesium from supplements and medicines (not food) to take in a day; "
                "above it, diarrhoea and cramps are common. Sources: NIH Office of Dietary "
                "Supplements (US); EFSA (EU)."),
            group));
    form->addRow(tr("C&affeine noted from:"), m_caffeine);
    form->addRow(QString(),
        note(tr("Until 3 nights have a bedtime; then 6 h before your usual bedtime (Drake et al. 2013)."), group));
    form->addRow(tr("Alcohol noted &from:"), m_evening);
    form->addRow(tr("Standard drin&k:"), m_drink);
    return group;
}

void SettingsDialog::load(const Preferences &p)
{
    m_diaryPath = p.diaryPath;
    showDiaryPath();
    m_regimen->setRegimen(p.regimen);
    m_daySplit->setValue(p.daySplitHour);
    m_usualInBed->setTime(p.usualTimes.inBed);
    m_usualTried->setTime(p.usualTimes.triedToSleep);
    m_usualOutOfBed->setTime(p.usualTimes.outOfBed);
    m_firstDay->setCurrentIndex(m_firstDay->findData(static_cast<int>(p.firstDayOfWeek)));
    m_magnesium->button(static_cast<int>(p.magnesiumLimit))->setChecked(true);
    m_caffeine->setTime(p.caffeineAfter);
    m_evening->setTime(p.eveningFrom);
    m_drink->setCurrentIndex(m_drink->findData(static_cast<int>(p.standardDrink)));
    m_theme->setCurrentIndex(m_theme->findData(static_cast<int>(p.theme)));
    m_paper->setCurrentIndex(m_paper->findData(static_cast<int>(p.reportPaper)));
    m_language->setCurrentIndex(m_language->findData(static_cast<int>(p.language)));
    m_reminder->load(p);
}

void SettingsDialog::showDiaryPath()
{
    if (m_context.isDemo()) {
        m_diaryEdit->setText(QDir::toNativeSeparators(m_context.store().path()));
        return;
    }
    const QString next = m_diaryPath.isEmpty() ? DiaryStore::defaultPath() : m_diaryPath;
    m_diaryEdit->setText(QDir::toNativeSeparators(next));
    const bool sameAsOpen = QFileInfo(next) == QFileInfo(m_context.store().path());
    m_diaryNote->setText(sameAsOpen
            ? tr("A new diary file takes effect the next time RLS Diary starts.")
            : tr("RLS Diary opens this file the next time it starts; until then it keeps %1 open.")
                  .arg(QDir::toNativeSeparators(m_context.store().path())));
}

void SettingsDialog::chooseDiaryFile()
{
    const QString start = m_diaryPath.isEmpty() ? DiaryStore::defaultPath() : m_diaryPath;
    // A save dialog lets a person pick an existing diary or name a new one; either is fine.
    QString chosen = FileDialog::getSaveFileName(this, tr("Choose or create a diary file"), start,
        tr("RLS Diary files (*.sqlite)"), QFileDialog::DontConfirmOverwrite);
    if (chosen.isEmpty())
        return;
    if (QFileInfo(chosen).suffix().isEmpty())
        chosen += QStringLiteral(".sqlite");
    m_diaryPath = QFileInfo(chosen).absoluteFilePath();
    showDiaryPath();
}

void SettingsDialog::accept()
{
    if (!m_regimen->check()) {
        m_regimen->view()->setFocus();
        return;
    }
    for (TimeField *f : {m_usualInBed, m_usualTried, m_usualOutOfBed}) {
        if (!f->isComplete()) {
            f->setFocus();
            MessageBox::warning(this, tr("Preferences"),
                tr("\"%1\" is not a clock time; type the usual times as 22:30, or leave them empty.").arg(f->text()));
            return;
        }
    }
    // Outside the settings file, and the one part that can fail: last of the checks and first of
    // the writes, so a failure saves nothing.
    if (const auto autostart = m_reminder->applyAutostart(); !autostart) {
        MessageBox::warning(
            this, tr("Preferences"), tr("%1\n\nNo setting was changed.").arg(autostart.error().message));
        return;
    }
    Preferences p = m_context.preferences();
    p.diaryPath = m_diaryPath;
    p.usualTimes = {m_usualInBed->time(), m_usualTried->time(), m_usualOutOfBed->time()};
    p.regimen = m_regimen->regimen();
    p.daySplitHour = m_daySplit->value();
    p.firstDayOfWeek = static_cast<Qt::DayOfWeek>(m_firstDay->currentData().toInt());
    p.magnesiumLimit = static_cast<MagnesiumLimit>(m_magnesium->checkedId());
    p.caffeineAfter = m_caffeine->time();
    p.eveningFrom = m_evening->time();
    p.standardDrink = static_cast<StandardDrink>(m_drink->currentData().toInt());
    p.theme = static_cast<Theme>(m_theme->currentData().toInt());
    p.reportPaper = static_cast<ReportPaper>(m_paper->currentData().toInt());
    p.language = static_cast<Language>(m_language->currentData().toInt());
    m_reminder->apply(p);
    const bool newLook = p.theme != m_context.preferences().theme;
    m_context.setPreferences(p);
    if (newLook)
        applyTheme(p.theme);
    QDialog::accept();
}

} // namespace rls
