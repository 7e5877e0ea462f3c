// SPDX-License-Identifier: GPL-3.0-or-later
// The personal trial's report on paper: the PDF of a finished trial read back with poppler's
// pdfinfo and pdftotext (one page, on A4 and on Letter, core's words and the effect on it), the
// export from the window's side with its file dialog and message box seams, and the block means
// chart on its own. The words themselves are tested in tests/report/trialreport_test.cpp.
#include "printing/trialreportactions.h"
#include "report/trialreport.h"
#include "session/diarycontext.h"
#include "shared/filedialog.h"
#include "shared/messagebox.h"
#include "support/fixtures.h"
#include "support/tempdiary.h"
#include "trial/trialblockplot.h"

#include "report/trialcase.h"

#include <QDir>
#include <QProcess>
#include <QRegularExpression>
#include <QSettings>

#include <gtest/gtest.h>

using namespace rls;
using namespace rls::test;

namespace {

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

// The text with every run of white space as one space (a paragraph wraps where the page ends a
// line) and ligatures written out.
QString pdfText(const QString &pdf)
{
    return popplerOutput(QStringLiteral("pdftotext"), {pdf, QStringLiteral("-")})
        .normalized(QString::NormalizationForm_KC)
        .replace(QRegularExpression(QStringLiteral(R"(\s+)")), QStringLiteral(" "));
}

// Only letters, digits and punctuation: pdftotext joins a word broken after a hyphen at the end
// of a line ("wash-" + "out" gives "washout").
QString lettersOf(QString text)
{
    return text.remove(QRegularExpression(QStringLiteral(R"([\s\-])")));
}

QString pdfInfo(const QString &pdf)
{
    return popplerOutput(QStringLiteral("pdfinfo"), {pdf});
}

int pdfPages(const QString &pdf)
{
    const auto match = QRegularExpression(QStringLiteral(R"(Pages:\s+(\d+))")).match(pdfInfo(pdf));
    return match.hasMatch() ? match.captured(1).toInt() : -1;
}

struct Written {
    TempDiary diary;
    TrialPlan plan;
    TrialResult result;
    ReportText text;
};

void writeCase(Written &w, const TrialCase &c, QDate today)
{
    w.plan = saveTrialCase(w.diary.store(), c);
    const auto result = readTrialResult(w.diary.store(), w.plan, today);
    ASSERT_TRUE(result.ok()) << result.error().message.toStdString();
    w.result = result.value();
    w.text = trialReportText(w.plan, w.result, today, QStringLiteral("9.8.7"));
}

} // namespace

TEST(TrialReportPdf, aFinishedTrial_isOnePage_withCoresWordsAndTheEffect)
{
    Written w;
    const TrialCase c = trialCase();
    writeCase(w, c, c.today);
    for (const auto &[paper, size] : {std::pair {QPageSize::A4, QStringLiteral("(A4)")},
             std::pair {QPageSize::Letter, QStringLiteral("(letter)")}}) {
        SCOPED_TRACE(size.toStdString());
        const QString pdf = w.diary.dir() + QStringLiteral("/trial.pdf");
        const auto pages = writeTrialReportPdf(w.text, w.plan, w.result.primary, pdf, QPageSize(paper));
        ASSERT_TRUE(pages.ok()) << pages.error().message.toStdString();
        EXPECT_EQ(pages.value(), 1);
        EXPECT_EQ(pdfPages(pdf), 1);
        EXPECT_TRUE(pdfInfo(pdf).contains(size));
        EXPECT_EQ(modeOf(pdf), 0600); // health data: for the person alone

        const QString text = pdfText(pdf);
        EXPECT_TRUE(text.contains(QStringLiteral("Personal trial report")));
        // Every heading and every sentence core wrote is on the page as text.
        for (const ReportSection &section : w.text.sections) {
            EXPECT_EQ(text.count(section.heading), 1) << section.heading.toStdString();
            for (const QString &p : section.paragraphs)
                EXPECT_TRUE(lettersOf(text).contains(lettersOf(p))) << p.toStdString();
            for (const QString &n : section.notes)
                EXPECT_TRUE(lettersOf(text).contains(lettersOf(n))) << n.toStdString();
        }
        // The effect with its interval, the design's smallest p, the limits and the footer.
        EXPECT_TRUE(text.contains(QStringLiteral("was 1.7 lower than on B"))) << text.toStdString();
        EXPECT_TRUE(text.contains(QStringLiteral("95 % interval -3.10 to -0.23")));
        EXPECT_TRUE(text.contains(QStringLiteral("no result can give a p below 0.25")));
        EXPECT_TRUE(text.contains(QStringLiteral("Not blinded")));
        EXPECT_TRUE(text.contains(QStringLiteral("not a diagnosis")));
        EXPECT_TRUE(text.contains(
            QStringLiteral("Recorded by the patient with RLS Diary 9.8.7 on 12 Jan 2027; not a diagnosis.")));
        EXPECT_TRUE(text.contains(QStringLiteral("Page 1 of 1")));
        // The chart is vectors with its text: its legend, axis and the block means on the bars.
        EXPECT_EQ(text.count(QStringLiteral("A: magnesium glycinate 300 mg at 21:00")), 2); // design + legend
        EXPECT_TRUE(text.contains(QStringLiteral("B: no magnesium")));
        EXPECT_TRUE(text.contains(QStringLiteral("Pair 3")));
    }
}

TEST(TrialReportPdf, aLongTrialOfTenPairsUnderWay_stillFitsOnOnePage)
{
    Written w;
    TrialCase c = trialCase();
    c.plan.pairs = MaxPairs;
    c.plan.order = randomisedOrder(c.plan.seed, c.plan.pairs);
    c.plan.secondary = {Outcome::SleepQuality, Outcome::SleepEfficiency, Outcome::SleepLatency, Outcome::Onset};
    writeCase(w, c, QDate(2027, 2, 1));
    const QString pdf = w.diary.dir() + QStringLiteral("/long.pdf");
    const auto pages = writeTrialReportPdf(w.text, w.plan, w.result.primary, pdf, QPageSize(QPageSize::Letter));
    ASSERT_TRUE(pages.ok());
    EXPECT_EQ(pages.value(), 1);
    EXPECT_TRUE(pdfText(pdf).contains(QStringLiteral("Without a mean: blocks")));
}

TEST(TrialReportPdf, intoAFolderThatCannotBeWritten_leavesNoFile)
{
    Written w;
    const TrialCase c = trialCase();
    writeCase(w, c, c.today);
    const QString folder = w.diary.dir() + QStringLiteral("/locked");
    ASSERT_TRUE(QDir().mkdir(folder));
    ASSERT_TRUE(QFile::setPermissions(folder, QFile::ReadOwner | QFile::ExeOwner));
    const bool immutable = QFileInfo(folder).isWritable() && setImmutable(folder, true);
    if (QFileInfo(folder).isWritable() && !immutable)
        GTEST_SKIP() << "the folder cannot be made unwritable here";
    const auto pages = writeTrialReportPdf(
        w.text, w.plan, w.result.primary, folder + QStringLiteral("/trial.pdf"), QPageSize(QPageSize::A4));
    if (immutable)
        setImmutable(folder, false);
    ASSERT_FALSE(pages.ok());
    EXPECT_EQ(pages.error().kind, ErrorKind::ReadOnly);
    EXPECT_TRUE(QDir(folder).entryList(QDir::AllEntries | QDir::NoDotAndDotDot | QDir::Hidden).isEmpty());
    QFile::setPermissions(folder, QFile::ReadOwner | QFile::WriteOwner | QFile::ExeOwner);
}

TEST(TrialReportExport, writesTheFileChosen_withTonightFromTheClock_orSaysWhyNot)
{
    TempDiary diary;
    const TrialCase c = trialCase();
    const TrialPlan plan = saveTrialCase(diary.store(), c);
    QSettings settings(diary.dir() + QStringLiteral("/settings.ini"), QSettings::IniFormat);
    DiaryContext context(diary.store(), false, settings);
    // 01:30 on 13 Jan: tonight is still the night of 12 Jan, the case's "today".
    context.setClock([] { return QDateTime(QDate(2027, 1, 13), QTime(1, 30)); });

    const QString pdf = diary.dir() + QStringLiteral("/for-the-doctor.pdf");
    FileDialog::setNextFileName(pdf);
    ASSERT_TRUE(exportTrialReport(context, plan, nullptr));
    EXPECT_EQ(pdfPages(pdf), 1);
    const QString text = pdfText(pdf);
    EXPECT_TRUE(text.contains(QStringLiteral("Finished on 10 Jan 2027")));
    EXPECT_TRUE(text.contains(QStringLiteral("on 12 Jan 2027; not a diagnosis.")));

    FileDialog::setNextFileName(QString()); // cancelled: no file, nothing said
    MessageBox::setNextAnswer(QMessageBox::Ok);
    EXPECT_FALSE(exportTrialReport(context, plan, nullptr));
    EXPECT_TRUE(MessageBox::lastText().isEmpty());

    FileDialog::setNextFileName(diary.dir() + QStringLiteral("/no/such/folder/trial.pdf"));
    MessageBox::setNextAnswer(QMessageBox::Ok);
    EXPECT_FALSE(exportTrialReport(context, plan, nullptr));
    EXPECT_TRUE(MessageBox::lastText().contains(u"No file was written.")) << MessageBox::lastText().toStdString();
}

TEST(TrialBlockPlot, showsEachBlocksMean_inTheColourOfItsCondition_andSaysSoInWords)
{
    TempDiary diary;
    const TrialCase c = trialCase();
    const TrialPlan plan = saveTrialCase(diary.store(), c);
    const QDate today(2026, 12, 20); // pair 2 under way: blocks 4 to 6 have no mean yet
    const auto result = readTrialResult(diary.store(), plan, today);
    ASSERT_TRUE(result.ok());
    TrialBlockPlot plot;
    plot.setLocale(QLocale::c());
    plot.setAnalysis(plan, result->primary);

    // Blocks 1 to 3 have means: A 3 in pair 1, B 5, and the A or B block of pair 2 begun.
    int withMean = 0;
    for (const BlockResult &b : result->primary.blocks) {
        if (!b.mean)
            continue;
        ++withMean;
        QCPBars *bars = b.condition == Condition::A ? plot.barsA() : plot.barsB();
        const auto it = bars->data()->findBegin(b.block + 1, false);
        ASSERT_NE(it, bars->data()->constEnd());
        EXPECT_DOUBLE_EQ(it->key, b.block + 1);
        EXPECT_DOUBLE_EQ(it->value, *b.mean);
    }
    EXPECT_EQ(plot.barsA()->dataCount() + plot.barsB()->dataCount(), withMean);
    EXPECT_EQ(plot.barsA()->name(), QStringLiteral("A: magnesium glycinate 300 mg at 21:00"));
    EXPECT_EQ(plot.barsB()->name(), QStringLiteral("B: no magnesium"));
    EXPECT_NE(plot.barsA()->brush().color(), plot.barsB()->brush().color());
    EXPECT_EQ(plot.yAxis->label(), QStringLiteral("Symptom severity\n(0-10)"));
    EXPECT_TRUE(plot.emptyNote().contains(u"not run yet")) << plot.emptyNote().toStdString();

    // For a screen reader: every block's mean, or why it has none.
    const QString description = plot.accessibleDescription();
    EXPECT_TRUE(description.contains(u"Block 1, ")) << description.toStdString();
    EXPECT_TRUE(description.contains(u": mean 3.0 over 5 nights")) << description.toStdString();
    EXPECT_TRUE(description.contains(u"Block 6, ")) << description.toStdString();
    EXPECT_TRUE(description.contains(u"no mean (not run yet)"));
    EXPECT_TRUE(plot.accessibleName().contains(u"wash-out nights left out"));

    // A finished trial: every block has its bar, and no note.
    const auto finished = readTrialResult(diary.store(), plan, c.today);
    ASSERT_TRUE(finished.ok());
    plot.setAnalysis(plan, finished->primary);
    EXPECT_EQ(plot.barsA()->dataCount(), 3);
    EXPECT_EQ(plot.barsB()->dataCount(), 3);
    EXPECT_TRUE(plot.emptyNote().isEmpty());
}

TEST(TrialBlockPlot, readsOnADarkPalette)
{
    TrialBlockPlot plot;
    QPalette dark = plot.palette();
    dark.setColor(QPalette::Base, QColor(0x20, 0x20, 0x20));
    dark.setColor(QPalette::Text, QColor(0xee, 0xee, 0xee));
    const QColor lightA = plot.barsA()->brush().color();
    plot.setPalette(dark);
    // Blue is too dark on dark grey: the A bars turn sky blue, the text light.
    EXPECT_NE(plot.barsA()->brush().color(), lightA);
    EXPECT_GT(plot.barsA()->brush().color().lightness(), 128);
    EXPECT_EQ(plot.yAxis->tickLabelColor(), QColor(0xee, 0xee, 0xee));
    // Print colours stay print colours whatever the palette does.
    plot.setPrintColours(true);
    dark.setColor(QPalette::Base, QColor(0x18, 0x18, 0x18));
    plot.setPalette(dark);
    EXPECT_EQ(plot.yAxis->tickLabelColor(), QColor(Qt::black));
}
