// SPDX-License-Identifier: GPL-3.0-or-later
// The doctor's report follows the window's language (issue 14): in German its words, dates and
// numbers are German, and without a translation it is word for word the English report.
#include "demo/syntheticdiary.h"
#include "report/doctorreport.h"
#include "shared/translation.h"
#include "support/tempdiary.h"

#include <QRegularExpression>

#include <gtest/gtest.h>

using namespace rls;

namespace {

const QDate LastNight(2026, 11, 22);

ReportOptions options()
{
    ReportOptions o;
    o.from = LastNight.addDays(-119);
    o.to = LastNight;
    o.today = QDate(2026, 11, 23);
    o.appVersion = QStringLiteral("9.8.7");
    return o;
}

// Every word of the report, in reading order.
QStringList wordsOf(const ReportText &t)
{
    QStringList out {t.title, t.period, t.footer};
    for (const ReportSection &s : t.sections) {
        out << s.heading << s.paragraphs << s.notes << s.table.header;
        for (const QStringList &row : s.table.rows)
            out << row;
    }
    return out;
}

} // namespace

TEST(GermanReport, wordsDatesAndNumbersAreGerman_andEnglishStaysAsItWas)
{
    test::TempDiary diary;
    ASSERT_TRUE(writeSyntheticDiary(diary.store(), {.seed = 11, .nights = 200, .lastNight = LastNight}));
    auto before = buildDoctorReport(diary.store(), options());
    ASSERT_TRUE(before) << before.error().message.toStdString();
    const ReportText english = reportText(before.value());
    EXPECT_EQ(english.title, QStringLiteral("RLS diary report"));
    EXPECT_TRUE(english.period.contains(QStringLiteral("26 Jul 2026 to 22 Nov 2026"))) << english.period.toStdString();

    QStringList german;
    {
        const Translation translation(Language::German, QLocale(QLocale::English, QLocale::UnitedStates));
        auto built = buildDoctorReport(diary.store(), options());
        ASSERT_TRUE(built);
        const ReportText text = reportText(built.value());
        EXPECT_EQ(text.title, QStringLiteral("Bericht aus dem RLS-Tagebuch"));
        EXPECT_TRUE(text.period.contains(QStringLiteral("26. Juli 2026 bis 22. Nov. 2026")))
            << text.period.toStdString();
        german = wordsOf(text);
    }
    const QString all = german.join(u'\n');
    EXPECT_TRUE(all.contains(QStringLiteral("Symptomstärke"))) << all.left(400).toStdString();
    EXPECT_TRUE(all.contains(QStringLiteral("In Nächten mit Magnesium"))) << all.toStdString(); // an insight
    EXPECT_TRUE(all.contains(QRegularExpression(QStringLiteral(R"(\d,\d)")))) << "no decimal comma";
    const QRegularExpressionMatch point
        = QRegularExpression(QStringLiteral(R"(.{0,40}(?<![\d.])\d+\.\d(?![\d.]).{0,20})")).match(all);
    EXPECT_FALSE(point.hasMatch()) << "a decimal point in German: " << point.captured(0).toStdString();
    // Gone again with the translation: the report is the English one, word for word.
    auto after = buildDoctorReport(diary.store(), options());
    ASSERT_TRUE(after);
    EXPECT_EQ(wordsOf(reportText(after.value())), wordsOf(english));
}
