// SPDX-License-Identifier: GPL-3.0-or-later
// The doctor's report as a person gets it: a PDF read back with poppler's pdftotext and pdfinfo
// (Debian poppler-utils), the print preview, and the dialog, on real diary files. The figures
// themselves are tested against the diary in tests/report/doctorreport_test.cpp; here the
// question is whether the words core wrote reach the page, on at most 3 pages for a year.
#include "demo/syntheticdiary.h"
#include "printing/printablereport.h"
#include "printing/reportactions.h"
#include "printing/reportdialog.h"
#include "session/diarycontext.h"
#include "shared/filedialog.h"
#include "shared/messagebox.h"
#include "support/fixtures.h"
#include "support/tempdiary.h"

#include <QApplication>
#include <QCheckBox>
#include <QDateEdit>
#include <QDir>
#include <QLabel>
#include <QLineEdit>
#include <QMainWindow>
#include <QMenuBar>
#include <QPrintPreviewDialog>
#include <QPrintPreviewWidget>
#include <QProcess>
#include <QRegularExpression>
#include <QSettings>
#include <QTimer>

#include <gtest/gtest.h>

using namespace rls;

namespace {

const QDate LastNight(2026, 11, 22);

// Runs a poppler tool; fails the test when it is missing (scripts/setup.sh installs it).
QString popplerOutput(const QString &tool, const QStringList &arguments)
{
    QProcess p;
    p.start(tool, arguments);
    if (!p.waitForFinished(30000) || p.exitStatus() != QProcess::NormalExit || p.exitCode() != 0) {
        ADD_FAILURE() << tool.toStdString()
                      << " failed (is poppler-utils installed?): " << p.readAllStandardError().toStdString();
        return {};
    }
    return QString::fromUtf8(p.readAllStandardOutput());
}

// The text in reading order, ligatures ("ﬁ" in DejaVu Sans) written out as their letters.
QString pdfText(const QString &pdf)
{
    return popplerOutput(QStringLiteral("pdftotext"), {pdf, QStringLiteral("-")})
        .normalized(QString::NormalizationForm_KC);
}

int pdfPages(const QString &pdf)
{
    const QString info = popplerOutput(QStringLiteral("pdfinfo"), {pdf});
    const auto match = QRegularExpression(QStringLiteral(R"(Pages:\s+(\d+))")).match(info);
    return match.hasMatch() ? match.captured(1).toInt() : -1;
}

// A paragraph wraps where the page ends a line: compare with every run of spaces as one.
QString squeezed(QString text)
{
    return text.replace(QRegularExpression(QStringLiteral(R"(\s+)")), QStringLiteral(" "));
}

// Only the letters, digits and punctuation: pdftotext joins a word broken after a hyphen at the
// end of a line ("night-to-" + "night" gives "night-tonight").
QString lettersOf(QString text)
{
    return text.remove(QRegularExpression(QStringLiteral(R"([\s\-])")));
}

ReportOptions yearOptions()
{
    ReportOptions o;
    o.to = LastNight;
    o.from = LastNight.addYears(-1).addDays(1);
    o.today = QDate(2026, 11, 23);
    o.appVersion = QStringLiteral("9.8.7");
    return o;
}

// A year and a half of made-up nights, one of them marked for the doctor with a note.
void fillYear(DiaryStore &store)
{
    ASSERT_TRUE(writeSyntheticDiary(store, {.seed = 11, .nights = 540, .lastNight = LastNight}));
    Night marked = store.loadNight(QDate(2026, 10, 3)).value().value();
    marked.flaggedForDoctor = true;
    marked.note = QStringLiteral("Legs woke me four times; tried the warm bath.");
    ASSERT_TRUE(store.saveNight(marked));
}

std::unique_ptr<PrintableReport> loadReport(DiaryStore &store, const ReportOptions &options)
{
    auto report = PrintableReport::load(store, options);
    EXPECT_TRUE(report) << report.error().message.toStdString();
    return report ? std::move(report).value() : nullptr;
}

} // namespace

TEST(ReportPdf, aYear_fitsInThreePages_withCoresWordsSelectable_andFooterOnEveryPage)
{
    test::TempDiary diary;
    fillYear(diary.store());
    ReportOptions options = yearOptions();
    options.patientName = QStringLiteral("Anna Example");
    options.dateOfBirth = QDate(1961, 4, 12);
    const auto report = loadReport(diary.store(), options);
    ASSERT_TRUE(report);
    const QString pdf = diary.dir() + QStringLiteral("/report.pdf");
    const auto pages = report->savePdf(pdf, QPageSize(QPageSize::A4));
    ASSERT_TRUE(pages) << pages.error().message.toStdString();
    EXPECT_GE(pages.value(), 1);
    EXPECT_LE(pages.value(), 3);
    EXPECT_EQ(pdfPages(pdf), pages.value());
    EXPECT_EQ(test::modeOf(pdf), 0600); // health data: for the person alone

    const QString text = squeezed(pdfText(pdf));
    // Every heading and every sentence core wrote for page 1 is on the page as text.
    const ReportText &words = report->text();
    EXPECT_TRUE(text.contains(words.title));
    EXPECT_TRUE(text.contains(QStringLiteral("Name: Anna Example"))) << text.left(400).toStdString();
    EXPECT_TRUE(text.contains(QStringLiteral("12 Apr 1961")));
    for (const ReportSection &section : words.sections) {
        EXPECT_TRUE(text.contains(section.heading)) << section.heading.toStdString();
        for (const QString &p : section.paragraphs)
            EXPECT_TRUE(lettersOf(text).contains(lettersOf(p))) << p.toStdString();
    }
    // The severity figures as a clinician reads them, computed by core from this diary.
    ASSERT_TRUE(report->report().severity.mean.has_value());
    EXPECT_TRUE(text.contains(QStringLiteral("mean %1").arg(*report->report().severity.mean, 0, 'f', 1)));
    // The weekly table's first row and the marked night with its note.
    const WeekRow &week = report->report().weeks.first();
    EXPECT_TRUE(text.contains(QLocale(QLocale::English).toString(week.first, QStringLiteral("d MMM yyyy"))));
    EXPECT_TRUE(text.contains(QStringLiteral("Legs woke me four times; tried the warm bath.")));
    // The footer, on every page.
    EXPECT_EQ(
        text.count(QStringLiteral("Recorded by the patient with RLS Diary 9.8.7 on 23 Nov 2026; not a diagnosis.")),
        pages.value());
    for (int page = 1; page <= pages.value(); ++page)
        EXPECT_TRUE(text.contains(QStringLiteral("Page %1 of %2").arg(page).arg(pages.value())));
}

TEST(ReportPdf, threeWeeksWithGaps_isOnePageOrTwo_andLetterPaperIsLetter)
{
    test::TempDiary diary;
    for (int day = 0; day < 21; ++day) {
        if (day % 4 == 3)
            continue; // forgotten evenings
        Night n = test::fullNight(LastNight.addDays(-20 + day));
        n.symptoms.severity = 3 + day % 5;
        ASSERT_TRUE(diary.store().saveNight(n));
    }
    ReportOptions options = yearOptions();
    options.from = LastNight.addDays(-20);
    const auto report = loadReport(diary.store(), options);
    ASSERT_TRUE(report);
    const QString pdf = diary.dir() + QStringLiteral("/short.pdf");
    const auto pages = report->savePdf(pdf, QPageSize(QPageSize::Letter));
    ASSERT_TRUE(pages);
    EXPECT_LE(pages.value(), 2);
    EXPECT_TRUE(popplerOutput(QStringLiteral("pdfinfo"), {pdf}).contains(QStringLiteral("612 x 792 pts (letter)")));
    const QString text = squeezed(pdfText(pdf));
    EXPECT_TRUE(text.contains(QStringLiteral("16 of 21 nights logged"))) << text.left(600).toStdString();
    EXPECT_FALSE(text.contains(QStringLiteral("Name:"))); // nothing asked, nothing printed
    EXPECT_TRUE(text.contains(QStringLiteral("No nights were marked for the doctor")));
    // The chart is drawn once, with its heading, on the page the layout moved it to (it was
    // also painted over the foot of page 1 when it did not fit there).
    EXPECT_EQ(text.count(QStringLiteral("Symptom onset (28-night median)")), 1);
    EXPECT_EQ(text.count(QStringLiteral("Trends")), 1);
}

TEST(ReportPdf, intoAFolderThatCannotBeWritten_saysSo_andLeavesNoFile)
{
    test::TempDiary diary;
    fillYear(diary.store());
    const auto report = loadReport(diary.store(), yearOptions());
    ASSERT_TRUE(report);
    const QString folder = diary.dir() + QStringLiteral("/locked");
    ASSERT_TRUE(QDir().mkdir(folder));
    ASSERT_TRUE(QFile::setPermissions(folder, QFile::ReadOwner | QFile::ExeOwner));
    // A user who may write anywhere (root in a container) is stopped by the immutable flag.
    const bool immutable = QFileInfo(folder).isWritable() && test::setImmutable(folder, true);
    if (QFileInfo(folder).isWritable() && !immutable)
        GTEST_SKIP() << "the folder cannot be made unwritable here";
    const QString pdf = folder + QStringLiteral("/report.pdf");
    const auto pages = report->savePdf(pdf, QPageSize(QPageSize::A4));
    if (immutable)
        test::setImmutable(folder, false);
    ASSERT_FALSE(pages);
    EXPECT_EQ(pages.error().kind, ErrorKind::ReadOnly);
    EXPECT_TRUE(pages.error().message.contains(QStringLiteral("Could not save the report as")));
    EXPECT_TRUE(QDir(folder).entryList(QDir::AllEntries | QDir::NoDotAndDotDot | QDir::Hidden).isEmpty());
    QFile::setPermissions(folder, QFile::ReadOwner | QFile::WriteOwner | QFile::ExeOwner);
}

TEST(ReportPdf, onAFileThatCannotBeReplaced_keepsTheOlderReport)
{
    test::TempDiary diary;
    fillYear(diary.store());
    const auto report = loadReport(diary.store(), yearOptions());
    ASSERT_TRUE(report);
    const QString pdf = diary.dir() + QStringLiteral("/report.pdf");
    {
        QFile older(pdf);
        ASSERT_TRUE(older.open(QIODevice::WriteOnly));
        older.write("the report from last time");
    }
    if (!test::setImmutable(pdf, true))
        GTEST_SKIP() << "chattr +i is not available here";
    const auto pages = report->savePdf(pdf, QPageSize(QPageSize::A4));
    test::setImmutable(pdf, false);
    ASSERT_FALSE(pages);
    EXPECT_EQ(test::fileBytes(pdf), QByteArray("the report from last time"));
}

TEST(ReportPaper, followsTheLocale_unlessChosen)
{
    EXPECT_EQ(reportPageSize(ReportPaper::FromLocale, QLocale(QLocale::English, QLocale::UnitedStates)).id(),
        QPageSize::Letter);
    EXPECT_EQ(reportPageSize(ReportPaper::FromLocale, QLocale(QLocale::German, QLocale::Germany)).id(), QPageSize::A4);
    EXPECT_EQ(
        reportPageSize(ReportPaper::FromLocale, QLocale(QLocale::English, QLocale::UnitedKingdom)).id(), QPageSize::A4);
    EXPECT_EQ(reportPageSize(ReportPaper::A4, QLocale(QLocale::English, QLocale::UnitedStates)).id(), QPageSize::A4);
    EXPECT_EQ(reportPageSize(ReportPaper::Letter, QLocale(QLocale::French, QLocale::France)).id(), QPageSize::Letter);
}

// The window: File > Print Report asks what to print, then opens the preview with the pages.
class ReportWindowTest : public ::testing::Test {
protected:
    void SetUp() override
    {
        fillYear(m_diary.store());
        m_settings = std::make_unique<QSettings>(m_diary.dir() + QStringLiteral("/settings.ini"), QSettings::IniFormat);
        m_context = std::make_unique<DiaryContext>(m_diary.store(), false, *m_settings);
        m_context->setClock([] { return QDateTime(QDate(2026, 11, 23), QTime(21, 0)); });
        m_window.resize(1000, 700);
        m_window.show();
    }
    // Answers the next modal dialog of type T with `answer` once it is shown.
    template <typename T> void whenShown(std::function<void(T *)> answer)
    {
        QTimer::singleShot(0, &m_window, [answer] {
            auto *dialog = qobject_cast<T *>(QApplication::activeModalWidget());
            if (!dialog) {
                ADD_FAILURE() << "expected a " << T::staticMetaObject.className();
                if (QWidget *other = QApplication::activeModalWidget())
                    other->close();
                return;
            }
            answer(dialog);
        });
    }

    test::TempDiary m_diary;
    std::unique_ptr<QSettings> m_settings;
    std::unique_ptr<DiaryContext> m_context;
    QMainWindow m_window;
};

TEST_F(ReportWindowTest, printReport_opensThePreviewWithEveryPage)
{
    int previewPages = -1;
    whenShown<ReportDialog>([this, &previewPages](ReportDialog *dialog) {
        whenShown<QPrintPreviewDialog>([&previewPages](QPrintPreviewDialog *preview) {
            auto *pagesView = preview->findChild<QPrintPreviewWidget *>();
            previewPages = pagesView ? pagesView->pageCount() : -2;
            preview->reject();
        });
        dialog->accept();
    });
    EXPECT_TRUE(runReportPrint(*m_context, &m_window));
    EXPECT_GE(previewPages, 1);
    EXPECT_LE(previewPages, 3);
}

TEST_F(ReportWindowTest, exportReport_writesThePdfChosen_andForgetsTheNameUnlessAskedToRemember)
{
    const QString pdf = m_diary.dir() + QStringLiteral("/for-the-doctor.pdf");
    FileDialog::setNextFileName(pdf);
    whenShown<ReportDialog>([](ReportDialog *dialog) {
        dialog->findChild<QLineEdit *>(QStringLiteral("reportName"))->setText(QStringLiteral("Anna Example"));
        dialog->findChild<QCheckBox *>(QStringLiteral("rememberIdentity"))->setChecked(false);
        dialog->accept();
    });
    ASSERT_TRUE(runReportExport(*m_context, &m_window));
    EXPECT_TRUE(squeezed(pdfText(pdf)).contains(QStringLiteral("Name: Anna Example")));
    EXPECT_FALSE(m_settings->contains(QStringLiteral("report/name"))); // printed, not kept

    // Ticking "Remember" keeps it for next time; unticking forgets it again.
    FileDialog::setNextFileName(QString()); // cancelled at the file name: no file, nothing said
    whenShown<ReportDialog>([](ReportDialog *dialog) {
        dialog->findChild<QLineEdit *>(QStringLiteral("reportName"))->setText(QStringLiteral("Anna Example"));
        dialog->findChild<QCheckBox *>(QStringLiteral("rememberIdentity"))->setChecked(true);
        dialog->accept();
    });
    EXPECT_FALSE(runReportExport(*m_context, &m_window));
    EXPECT_EQ(m_settings->value(QStringLiteral("report/name")).toString(), QStringLiteral("Anna Example"));
    ReportDialog again(*m_context, ReportDialog::Purpose::SavePdf);
    EXPECT_EQ(again.findChild<QLineEdit *>(QStringLiteral("reportName"))->text(), QStringLiteral("Anna Example"));
    again.findChild<QCheckBox *>(QStringLiteral("rememberIdentity"))->setChecked(false);
    again.accept();
    EXPECT_FALSE(m_settings->contains(QStringLiteral("report/name")));
}

TEST_F(ReportWindowTest, aPeriodThatRunsBackwards_isNamed_andTheDialogStays)
{
    ReportDialog dialog(*m_context, ReportDialog::Purpose::SavePdf);
    EXPECT_EQ(dialog.options().to, LastNight); // the last logged night
    EXPECT_EQ(dialog.options().from, LastNight.addYears(-1).addDays(1)); // 12 months of it
    dialog.findChild<QDateEdit *>(QStringLiteral("reportFrom"))->setDate(QDate(2026, 11, 1));
    dialog.findChild<QDateEdit *>(QStringLiteral("reportTo"))->setDate(QDate(2026, 10, 1));
    dialog.show();
    dialog.accept();
    EXPECT_TRUE(dialog.isVisible());
    EXPECT_EQ(dialog.result(), QDialog::Rejected);
    EXPECT_TRUE(dialog.findChild<QLabel *>(QStringLiteral("reportProblem"))->text().contains(u"is after the last"));
}
