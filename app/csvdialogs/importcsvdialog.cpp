// SPDX-License-Identifier: GPL-3.0-or-later
#include "csvdialogs/importcsvdialog.h"

#include "csvdialogs/importpreview.h"
#include "io/columnchoice.h"
#include "session/diarycontext.h"
#include "shared/accessiblename.h"
#include "storage/diarystore.h"

#include <QButtonGroup>
#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QDir>
#include <QFileInfo>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QProgressDialog>
#include <QPushButton>
#include <QRadioButton>
#include <QSignalBlocker>
#include <QStackedWidget>
#include <QTableWidget>
#include <QVBoxLayout>

namespace rls {
namespace {

// A field box's item data: the field, and the unit its figures count in.
int fieldChoice(DiaryField field, CountUnit unit)
{
    return int(field) | int(unit) << 8;
}

// Every diary field, and after caffeine and alcohol the ways a person's sheet counts them.
void addFieldChoices(QComboBox *box)
{
    const auto figure
        = [](CountUnit u) { return QString::number(countUnitFactor(u), 'f', QLocale::FloatingPointShortest); };
    for (DiaryField f : allDiaryFields()) {
        box->addItem(diaryFieldLabel(f), fieldChoice(f, CountUnit::Own));
        if (f == DiaryField::CaffeineMg) {
            box->addItem(
                ImportCsvDialog::tr("Caffeine, in cups of coffee (%1 mg each)").arg(figure(CountUnit::CupsOfCoffee)),
                fieldChoice(f, CountUnit::CupsOfCoffee));
            box->addItem(ImportCsvDialog::tr("Caffeine, in espressos (%1 mg each)").arg(figure(CountUnit::Espressos)),
                fieldChoice(f, CountUnit::Espressos));
            box->addItem(
                ImportCsvDialog::tr("Caffeine, in cups of black tea (%1 mg each)").arg(figure(CountUnit::CupsOfTea)),
                fieldChoice(f, CountUnit::CupsOfTea));
        }
        if (f == DiaryField::AlcoholDrinks)
            box->addItem(ImportCsvDialog::tr("Alcohol, in glasses of wine (%1 standard drink each)")
                             .arg(figure(CountUnit::GlassesOfWine)),
                fieldChoice(f, CountUnit::GlassesOfWine));
    }
}

// "\"Schlafqualität\", \"Notiz\""
QString quotedList(const QStringList &names)
{
    return QStringLiteral("\u201c%1\u201d").arg(names.join(QStringLiteral("\u201d, \u201c")));
}

} // namespace

ImportCsvDialog::ImportCsvDialog(DiaryContext &context, const QString &fileName, Result<CsvTable> read, QWidget *parent)
    : QDialog(parent)
    , m_context(context)
    , m_fileName(fileName)
{
    setObjectName(QStringLiteral("importCsvDialog"));
    setWindowTitle(tr("Import CSV — %1").arg(QFileInfo(fileName).fileName()));
    m_pages = new QStackedWidget(this);
    m_pages->addWidget(buildMappingPage());
    m_pages->addWidget(buildPreviewPage());
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_pages);
    resize(900, 600);
    useRead(std::move(read));
}

QWidget *ImportCsvDialog::buildMappingPage()
{
    auto *page = new QWidget(this);
    m_intro = new QLabel(page);
    m_intro->setObjectName(QStringLiteral("mappingIntro"));
    m_intro->setWordWrap(true);

    m_encoding = new QComboBox(page);
    m_encoding->setObjectName(QStringLiteral("encodingBox"));
    m_encoding->addItem(tr("Automatic"), -1);
    for (TextEncoding e : {TextEncoding::Utf8, TextEncoding::Utf16, TextEncoding::Windows1252})
        m_encoding->addItem(encodingName(e), int(e));
    m_encoding->setToolTip(tr("How the file's text is written. Automatic reads UTF-16 by its byte-order mark, "
                              "UTF-8, or Windows-1252 when nothing in the file is UTF-8; choose another when "
                              "the accents look wrong or the file cannot be read."));
    connect(m_encoding, &QComboBox::activated, this, &ImportCsvDialog::encodingChosen);
    auto *encodingRow = new QHBoxLayout;
    auto *encodingLabel = new QLabel(tr("Text &encoding:"), page);
    encodingLabel->setBuddy(m_encoding);
    encodingRow->addWidget(encodingLabel);
    encodingRow->addWidget(m_encoding);
    encodingRow->addStretch();

    m_columns = new QTableWidget(0, 3, page);
    m_columns->setObjectName(QStringLiteral("mappingTable"));
    m_columns->setAccessibleName(tr("Columns of the file"));
    m_columns->setHorizontalHeaderLabels({tr("Column in the file"), tr("First value"), tr("Diary field")});
    m_columns->verticalHeader()->hide();
    m_columns->setSelectionMode(QAbstractItemView::NoSelection);

    m_dateFormat = new QComboBox(page);
    m_dateFormat->setObjectName(QStringLiteral("dateFormatBox"));
    for (DateFormat f : allDateFormats())
        m_dateFormat->addItem(dateFormatName(f), int(f));
    m_dateQuestion = new QLabel(page);
    m_dateQuestion->setWordWrap(true);
    auto *dateRow = new QHBoxLayout;
    auto *dateLabel = new QLabel(tr("Dates are written as:"), page);
    dateLabel->setBuddy(m_dateFormat);
    dateRow->addWidget(dateLabel);
    dateRow->addWidget(m_dateFormat);
    dateRow->addWidget(m_dateQuestion, 1);

    m_unmapped = new QLabel(page);
    m_unmapped->setObjectName(QStringLiteral("unmappedColumns"));
    m_unmapped->setWordWrap(true);

    m_mappingMessage = new QLabel(page);
    m_mappingMessage->setObjectName(QStringLiteral("mappingMessage"));
    m_mappingMessage->setWordWrap(true);
    m_mappingMessage->setTextInteractionFlags(Qt::TextSelectableByMouse);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Cancel, page);
    m_next = buttons->addButton(tr("&Next: preview"), QDialogButtonBox::AcceptRole);
    m_next->setObjectName(QStringLiteral("previewButton"));
    m_next->setDefault(true);
    connect(m_next, &QPushButton::clicked, this, &ImportCsvDialog::showPreview);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto *layout = new QVBoxLayout(page);
    layout->addWidget(m_intro);
    layout->addLayout(encodingRow);
    layout->addWidget(m_unmapped);
    layout->addWidget(m_columns, 1);
    layout->addLayout(dateRow);
    layout->addWidget(m_mappingMessage);
    layout->addWidget(buttons);
    connect(m_dateFormat, &QComboBox::currentIndexChanged, this, &ImportCsvDialog::updateMappingState);
    return page;
}

// Takes the file as read (or why it could not be) and shows it on the first page.
void ImportCsvDialog::useRead(Result<CsvTable> read)
{
    m_readError = read ? QString() : read.error().message;
    m_table = read ? std::move(read).value() : CsvTable {};
    m_encoding->setItemText(0,
        !m_chosenEncoding && m_readError.isEmpty() ? tr("Automatic (%1)").arg(encodingName(m_table.encoding))
                                                   : tr("Automatic"));
    if (m_readError.isEmpty())
        m_intro->setText(tr("<b>Step 1 of 2: what each column holds.</b> %1 rows, %2 separated, %3. "
                            "Check the guesses; columns set to \"%4\" are left out.")
                             .arg(m_table.rows.size())
                             .arg(separatorName(m_table.separator), readAsText(), diaryFieldLabel(DiaryField::Ignore)));
    else
        m_intro->setText(tr("<b>Step 1 of 2: what each column holds.</b> The file cannot be read as it is; "
                            "choose its text encoding."));
    fillColumns();
    updateMappingState();
}

// One row per column of the file, each with its diary field guessed, and the date question.
void ImportCsvDialog::fillColumns()
{
    m_columns->setRowCount(0); // removes the field boxes of an earlier reading
    m_fieldBoxes.clear();
    m_columns->setRowCount(int(m_table.header.size()));
    const ColumnMapping guessed = guessMapping(m_table.header);
    // The columns that would be left out come first, in bold, so nothing is lost unseen.
    const QStringList leftOut = unmappedColumns(guessed, m_table);
    QList<int> rowOf(m_table.header.size());
    int row = 0;
    for (const bool unmappedPass : {true, false}) {
        for (int c = 0; c < m_table.header.size(); ++c) {
            if (leftOut.contains(columnName(m_table.header, c)) == unmappedPass)
                rowOf[c] = row++;
        }
    }
    for (int c = 0; c < m_table.header.size(); ++c) {
        auto *name = new QTableWidgetItem(m_table.header.at(c));
        name->setFlags(Qt::ItemIsEnabled);
        if (leftOut.contains(columnName(m_table.header, c))) {
            QFont bold = name->font();
            bold.setBold(true);
            name->setFont(bold);
            name->setToolTip(tr("Not recognised: choose what this column holds, or it is left out."));
        }
        const QString first = m_table.rows.isEmpty() ? QString() : m_table.rows.first().cells.value(c);
        auto *sample = new QTableWidgetItem(first.simplified().left(40));
        sample->setFlags(Qt::ItemIsEnabled);
        m_columns->setItem(rowOf.at(c), 0, name);
        m_columns->setItem(rowOf.at(c), 1, sample);
        auto *box = new QComboBox(m_columns);
        box->setObjectName(QStringLiteral("fieldBox%1").arg(c));
        addFieldChoices(box);
        box->setCurrentIndex(box->findData(fieldChoice(guessed.fields.value(c), guessed.unitOf(c))));
        connect(box, &QComboBox::currentIndexChanged, this, &ImportCsvDialog::updateMappingState);
        m_columns->setCellWidget(rowOf.at(c), 2, box);
        nameForScreenReaders(box, tr("Diary field for the column %1").arg(columnName(m_table.header, c)));
        m_fieldBoxes.append(box);
    }
    m_columns->resizeColumnsToContents();
    m_columns->horizontalHeader()->setSectionResizeMode(2, QHeaderView::Stretch);

    const QSignalBlocker quiet(m_dateFormat); // updateMappingState() follows
    m_dateQuestion->clear();
    m_dateFormat->setCurrentIndex(0);
    const DateFormatGuess guess = guessDateFormat(m_table, guessed);
    if (guess.format)
        setDateFormat(*guess.format);
    else if (guess.ambiguous())
        m_dateQuestion->setText(
            tr("<b>Please choose:</b> every date in the file could be read as %1 or as %2.")
                .arg(dateFormatName(guess.candidates.at(0)), dateFormatName(guess.candidates.at(1))));
    if (guess.ambiguous())
        m_dateFormat->setCurrentIndex(-1);
}

bool ImportCsvDialog::setEncoding(std::optional<TextEncoding> encoding)
{
    m_encoding->setCurrentIndex(m_encoding->findData(encoding ? int(*encoding) : -1));
    encodingChosen();
    return m_readError.isEmpty();
}

void ImportCsvDialog::encodingChosen()
{
    const int chosen = m_encoding->currentData().toInt();
    m_chosenEncoding = chosen < 0 ? std::nullopt : std::optional(TextEncoding(chosen));
    CsvLimits reading;
    reading.encoding = m_chosenEncoding;
    useRead(readCsvFile(m_fileName, reading));
    m_pages->setCurrentIndex(0);
}

// "UTF-8 (found out from the file)" or "Windows-1252 (chosen)".
QString ImportCsvDialog::readAsText() const
{
    return m_chosenEncoding ? tr("%1 (chosen)").arg(encodingName(m_table.encoding))
                            : tr("%1 (found out from the file)").arg(encodingName(m_table.encoding));
}

QWidget *ImportCsvDialog::buildPreviewPage()
{
    auto *page = new QWidget(this);
    auto *intro = new QLabel(tr("<b>Step 2 of 2: what the import will do.</b> Nothing is written until you "
                                "press Import; then all of it is, or nothing."),
        page);
    intro->setWordWrap(true);
    m_readAs = new QLabel(page);
    m_readAs->setObjectName(QStringLiteral("previewEncoding"));
    auto *policyRow = new QHBoxLayout;
    policyRow->addWidget(new QLabel(tr("Nights already in your diary:"), page));
    m_policy = new QButtonGroup(page);
    const std::pair<ConflictPolicy, QString> choices[]
        = {{ConflictPolicy::KeepMine, tr("&Keep mine")}, {ConflictPolicy::TakeTheirs, tr("&Take the file's")},
            {ConflictPolicy::Merge, tr("&Merge (fill only empty fields)")}};
    for (const auto &[policy, label] : choices) {
        auto *radio = new QRadioButton(label, page);
        radio->setObjectName(QStringLiteral("policy_%1").arg(conflictPolicyName(policy)));
        m_policy->addButton(radio, int(policy));
        policyRow->addWidget(radio);
    }
    policyRow->addStretch();
    m_policy->button(int(ConflictPolicy::KeepMine))->setChecked(true);
    connect(m_policy, &QButtonGroup::idClicked, this, &ImportCsvDialog::replan);

    m_summary = new QLabel(page);
    m_summary->setObjectName(QStringLiteral("previewSummary"));
    m_summary->setWordWrap(true);
    m_preview = new QTableWidget(page);
    m_preview->setObjectName(QStringLiteral("previewTable"));
    m_preview->verticalHeader()->hide();
    m_preview->setWordWrap(false);
    m_skip = new QCheckBox(tr("&Leave out the rows that cannot be read and import the rest"), page);
    m_skip->setObjectName(QStringLiteral("skipBadRows"));
    connect(m_skip, &QCheckBox::toggled, this, &ImportCsvDialog::replan);
    m_allowOddDates = new QCheckBox(tr("Import the nights dated before 1900 or after tomorrow &anyway"), page);
    m_allowOddDates->setObjectName(QStringLiteral("allowOddDates"));
    connect(m_allowOddDates, &QCheckBox::toggled, this, &ImportCsvDialog::replan);
    m_notes = new QLabel(page);
    m_notes->setObjectName(QStringLiteral("previewNotes"));
    m_notes->setWordWrap(true);
    m_notes->setTextFormat(Qt::PlainText);
    m_previewMessage = new QLabel(page);
    m_previewMessage->setObjectName(QStringLiteral("previewMessage"));
    m_previewMessage->setWordWrap(true);
    m_previewMessage->setTextInteractionFlags(Qt::TextSelectableByMouse);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Cancel, page);
    QPushButton *back = buttons->addButton(tr("&Back"), QDialogButtonBox::ResetRole);
    connect(back, &QPushButton::clicked, this, [this] { m_pages->setCurrentIndex(0); });
    m_import = buttons->addButton(tr("&Import"), QDialogButtonBox::AcceptRole);
    m_import->setObjectName(QStringLiteral("importButton"));
    connect(m_import, &QPushButton::clicked, this, [this] {
        if (importNow())
            accept();
    });
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto *layout = new QVBoxLayout(page);
    layout->addWidget(intro);
    layout->addWidget(m_readAs);
    layout->addLayout(policyRow);
    layout->addWidget(m_summary);
    layout->addWidget(m_notes);
    layout->addWidget(m_preview, 1);
    layout->addWidget(m_skip);
    layout->addWidget(m_allowOddDates);
    layout->addWidget(m_previewMessage);
    layout->addWidget(buttons);
    return page;
}

ColumnMapping ImportCsvDialog::mapping() const
{
    ColumnMapping m;
    for (const QComboBox *box : m_fieldBoxes) {
        const int choice = box->currentData().toInt();
        m.fields.append(DiaryField(choice & 0xff));
        m.units.append(CountUnit(choice >> 8));
    }
    return m;
}

void ImportCsvDialog::setDateFormat(DateFormat format)
{
    m_dateFormat->setCurrentIndex(m_dateFormat->findData(int(format)));
}

void ImportCsvDialog::setPolicy(ConflictPolicy policy)
{
    m_policy->button(int(policy))->setChecked(true);
    replan();
}

void ImportCsvDialog::setSkipUnreadableRows(bool skip)
{
    m_skip->setChecked(skip);
}

void ImportCsvDialog::updateMappingState()
{
    QStringList problems;
    if (!m_readError.isEmpty())
        problems.append(m_readError);
    else
        problems = mappingProblems(mapping(), m_table.header);
    const QStringList leftOut = unmappedColumns(mapping(), m_table);
    m_unmapped->setVisible(!leftOut.isEmpty());
    m_unmapped->setText(tr("<b>Not imported:</b> %1. Choose what each holds, or its values are left out.")
                            .arg(quotedList(leftOut).toHtmlEscaped()));
    if (m_readError.isEmpty() && m_dateFormat->currentIndex() < 0)
        problems.append(tr("Choose how the dates are written."));
    m_mappingMessage->setText(problems.join(u'\n'));
    m_next->setEnabled(problems.isEmpty());
}

ImportOptions ImportCsvDialog::options() const
{
    ImportOptions o;
    o.policy = ConflictPolicy(m_policy->checkedId());
    if (m_dateFormat->currentIndex() >= 0)
        o.dateFormat = DateFormat(m_dateFormat->currentData().toInt());
    o.skipUnreadableRows = m_skip->isChecked();
    // Step 1 named the columns left out, and the preview names them again.
    o.ignoredColumns = unmappedColumns(mapping(), m_table);
    o.allowOddDates = m_allowOddDates->isChecked();
    return o;
}

bool ImportCsvDialog::showPreview()
{
    updateMappingState();
    if (!m_next->isEnabled())
        return false;
    m_pages->setCurrentIndex(1);
    replan();
    return true;
}

void ImportCsvDialog::replan()
{
    auto planned = planImport(m_context.store(), m_table, mapping(), options());
    m_plan = planned ? planned.value() : ImportPlan {};
    m_previewMessage->clear();
    if (!planned)
        m_previewMessage->setText(planned.error().message);
    QString summary = m_plan.summary();
    if (!m_plan.newSubstances.isEmpty()) {
        QStringList names;
        for (const Substance &s : m_plan.newSubstances)
            names.append(s.name);
        summary += tr(" New in your list of substances: %1.").arg(names.join(QStringLiteral(", ")));
    }
    m_summary->setText(summary);
    QStringList notes;
    if (!m_plan.notImported.isEmpty())
        notes.append(tr("Not imported (go Back to choose a field for them): %1.").arg(quotedList(m_plan.notImported)));
    notes.append(m_plan.conversions);
    notes.append(m_plan.notices);
    m_notes->setText(notes.join(u'\n'));
    m_notes->setVisible(!notes.isEmpty());
    const QList<QDate> odd = m_plan.oddDates();
    m_allowOddDates->setVisible(!odd.isEmpty());
    m_readAs->setText(tr("The file was read as %1.").arg(readAsText()));
    fillImportPreview(m_preview, m_plan);
    m_skip->setVisible(!m_plan.problems.isEmpty());
    const bool can = m_plan.canApply(options());
    m_import->setEnabled(can);
    if (!m_plan.problems.isEmpty() && !options().skipUnreadableRows)
        m_previewMessage->setText(tr("Some rows cannot be read (in bold). Fix them in the file and import "
                                     "again, or leave them out."));
    else if (!odd.isEmpty() && !m_allowOddDates->isChecked())
        m_previewMessage->setText(m_plan.needsConsent(options()).join(u' ')
            + tr(" They are marked below; tick the box to import them as they are."));
    else if (planned && m_plan.nights.isEmpty())
        m_previewMessage->setText(tr("There is nothing to import: your diary already holds these nights."));
}

bool ImportCsvDialog::importNow()
{
    const ImportOptions o = options();
    if (!m_plan.canApply(o))
        return false;
    QProgressDialog progress(
        tr("Importing %1 nights...").arg(m_plan.nights.size()), tr("Cancel"), 0, int(m_plan.nights.size()), this);
    progress.setObjectName(QStringLiteral("importProgress"));
    progress.setWindowModality(Qt::WindowModal);
    progress.setMinimumDuration(500); // only a file that takes longer than a moment shows it
    auto done = applyImport(m_context.store(), m_plan, o, [&progress](qsizetype n, qsizetype) {
        progress.setValue(int(n)); // processes events while modal, so Cancel can be pressed
        return !progress.wasCanceled();
    });
    progress.reset();
    if (!done) {
        m_previewMessage->setText(done.error().message);
        return false;
    }
    QDate first = m_plan.nights.first().night.date, last = first;
    for (const PlannedNight &p : m_plan.nights) {
        first = std::min(first, p.night.date);
        last = std::max(last, p.night.date);
    }
    m_context.notifyNightsChanged(first, last);
    m_outcome = tr("Imported %1 new and %2 changed nights from %3.")
                    .arg(done->added)
                    .arg(done->changed)
                    .arg(QDir::toNativeSeparators(m_fileName));
    return true;
}

} // namespace rls
