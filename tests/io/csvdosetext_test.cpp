// SPDX-License-Identifier: GPL-3.0-or-later
// Issue 13: whatever the import accepts, the export writes so that it reads back: names and
// forms holding the dose text's separators, numbers of any size, notes with control characters.
#include "io/csvexport.h"
#include "io/csvtesthelpers.h"
#include "io/csvvalues.h"
#include "model/validation.h"
#include "support/tempdiary.h"

#include <gtest/gtest.h>

#include <cmath>

using namespace rls;

namespace {

// Writes `dose` as the nightly file would (named, or in its group's column unnamed) and reads it back.
void expectDoseReadsBack(const Intake &dose, const QString &unnamed)
{
    const QString text = csv::formatDoses({dose, dose}, unnamed);
    QString why;
    const auto back = csv::parseDoses(text, unnamed, false, &why);
    ASSERT_TRUE(back) << text.toStdString() << ": " << why.toStdString();
    EXPECT_EQ(back.value(), (QList<Intake> {dose, dose})) << text.toStdString();
}

} // namespace

TEST(CsvDoseText, namesAndFormsHoldingSeparators_readBackExactly)
{
    const QStringList names = {QStringLiteral("Vitamin D; K2"), QStringLiteral("Mag: \"night\""),
        QStringLiteral("Fish oil, 1000"), QStringLiteral("\"Quoted\""), QStringLiteral("Tea (chamomile)"),
        QStringLiteral("Drops at 10:00"), QStringLiteral("B12:"), QStringLiteral("a;b;c: d (e) \"f\" at 12:00")};
    const QStringList forms = {QString(), QStringLiteral("glycinate"), QStringLiteral("Espresso (1 shot)"),
        QStringLiteral("with dinner; late"), QStringLiteral("from 300 mg glycinate"), QStringLiteral("12\" strip"),
        QStringLiteral("x) at 10:00 (y"), QStringLiteral("note: big"), QStringLiteral("\"quoted\""),
        QStringLiteral("(")};
    const QStringList units = {QStringLiteral("mg"), QStringLiteral("tablet (small)"), QStringLiteral("drops; ml"),
        QStringLiteral("pill at 10:00"), QStringLiteral("IU: D3"), QStringLiteral("\"cup\"")};
    for (const QString &name : names) {
        for (const QString &form : forms) {
            for (const QString &unit : units) {
                for (const std::optional<QTime> &time : {std::optional<QTime>(), std::optional(QTime(21, 5))}) {
                    const Intake dose {name, 2.5, unit, form, time};
                    expectDoseReadsBack(dose, {});
                    Intake labelled = dose;
                    labelled.labelMg = 300;
                    expectDoseReadsBack(labelled, {});
                    Intake own = dose;
                    own.substance = substances::Magnesium;
                    expectDoseReadsBack(own, substances::Magnesium); // written without its name
                }
            }
        }
    }
}

TEST(CsvDoseText, ordinaryDoses_areWrittenAsBefore_withoutQuotes)
{
    EXPECT_EQ(csv::formatDoses({{QStringLiteral("Caffeine"), 95, QStringLiteral("mg"),
                                   QStringLiteral("Espresso (1 shot)"), QTime(15, 30)}},
                  substances::Caffeine),
        QStringLiteral("95 mg (Espresso (1 shot)) at 15:30"));
    EXPECT_EQ(csv::formatDoses({{QStringLiteral("Vitamin D; K2"), 1000, QStringLiteral("IU"), {}, {}}}, {}),
        QStringLiteral("\"Vitamin D; K2\": 1000 IU"));
    EXPECT_EQ(csv::formatDoses({{QStringLiteral("Mag: \"night\""), 1, QStringLiteral("mg"), {}, {}}}, {}),
        QStringLiteral("\"Mag: \"\"night\"\"\": 1 mg"));
    // A form that reads like a weight from the label is quoted, so it stays a form.
    EXPECT_EQ(csv::formatDoses(
                  {{QStringLiteral("Magnesium"), 5, QStringLiteral("mg"), QStringLiteral("from 300 mg glycinate"), {}}},
                  substances::Magnesium),
        QStringLiteral("5 mg (\"from 300 mg glycinate\")"));
}

TEST(CsvDoseText, dosesWrittenBeforeQuoting_withAQuoteInANameOrForm_stillRead)
{
    QString why;
    const auto named = csv::parseDoses(QStringLiteral("Mag \"night\": 1 mg; Tea: 2 cup at 21:00"), {}, false, &why);
    ASSERT_TRUE(named) << why.toStdString();
    EXPECT_EQ(named.value(),
        (QList<Intake> {{QStringLiteral("Mag \"night\""), 1, QStringLiteral("mg"), {}, {}},
            {QStringLiteral("Tea"), 2, QStringLiteral("cup"), {}, QTime(21, 0)}}));
    const auto strip = csv::parseDoses(QStringLiteral("Melatonin: 2 mg (12\" strip); Tea: 1 cup"), {}, false, &why);
    ASSERT_TRUE(strip) << why.toStdString();
    ASSERT_EQ(strip->size(), 2);
    EXPECT_EQ(strip->at(0).form, QStringLiteral("12\" strip"));
}

TEST(CsvNumbers, everyAmountTheDiaryAccepts_isWrittenWithoutExponent_andReadsBackExactly)
{
    const double values[] = {0.0000004, 1e-12, 0.1 + 0.2, 1.0 / 3.0, 42.3, 1.5, 0, 300, MaxIntakeAmount,
        std::nextafter(MaxIntakeAmount, 0.0), 12345.678901234567};
    for (double v : values) {
        const QString text = csv::formatNumber(v);
        EXPECT_FALSE(text.contains(u'e') || text.contains(u'E')) << text.toStdString();
        QString why;
        EXPECT_EQ(csv::parseNumber(text, false, &why), v) << text.toStdString();
    }
    EXPECT_EQ(csv::formatNumber(0.0000004), QStringLiteral("0.0000004"));
    EXPECT_EQ(csv::formatNumber(MaxIntakeAmount), QStringLiteral("100000"));
    EXPECT_EQ(csv::formatNumber(-0.0), QStringLiteral("0"));
}

TEST(CsvNumbers, aTinyAndTheLargestAmount_survive_bothFiles)
{
    const QDate date(2026, 2, 1);
    test::TempDiary diary;
    Night n;
    n.date = date;
    n.intakes = {{substances::Magnesium, 0.0000004, QStringLiteral("mg"), {}, {}},
        {substances::Magnesium, MaxIntakeAmount, QStringLiteral("mg"), QStringLiteral("citrate"), {}, MaxIntakeAmount},
        {QStringLiteral("Melatonin"), std::nextafter(MaxIntakeAmount, 0.0), QStringLiteral("mg"), {}, {}}};
    ASSERT_TRUE(diary.store().addSubstance(newSubstanceNamed(QStringLiteral("Melatonin"), QStringLiteral("mg"))));
    ASSERT_TRUE(diary.store().saveNight(n));
    for (CsvKind kind : {CsvKind::Nightly, CsvKind::Intakes}) {
        const QByteArray file = exportCsv(diary.store(), kind, date, date).value();
        EXPECT_TRUE(file.contains("0.0000004")) << file.toStdString();
        test::TempDiary other;
        const auto imported = test::importBytes(other.store(), file);
        ASSERT_TRUE(imported) << imported.error().message.toStdString();
        EXPECT_EQ(other.store().loadNight(date).value().value().intakes, n.intakes);
        EXPECT_EQ(exportCsv(other.store(), kind, date, date).value(), file);
    }
}

TEST(CsvControlCharacters, aNoteWithVerticalTabsAndFormFeeds_exportsAFileThatImports)
{
    const QDate date(2026, 2, 1);
    test::TempDiary diary;
    Night n;
    n.date = date;
    n.note = QStringLiteral("\v\v\v\f\f\f\x01\x02\x1b\x1f\x7f");
    ASSERT_TRUE(diary.store().saveNight(n));
    const QByteArray file = exportCsv(diary.store(), CsvKind::Nightly, date, date).value();
    test::TempDiary other;
    const auto imported = test::importBytes(other.store(), file);
    ASSERT_TRUE(imported) << imported.error().message.toStdString();
    EXPECT_EQ(other.store().loadNight(date).value().value().note, n.note);
}

TEST(CsvControlCharacters, aUtf16FileInCyrillic_isText)
{
    const QString text = QStringLiteral("date,notes\r\n2026-01-05,Ноги болят всю ночь\r\n");
    QByteArray utf16("\xFF\xFE");
    utf16.append(reinterpret_cast<const char *>(text.utf16()), text.size() * 2);
    const auto table = readCsv(utf16);
    ASSERT_TRUE(table) << table.error().message.toStdString();
    EXPECT_EQ(table->rows.at(0).cells.at(1), QStringLiteral("Ноги болят всю ночь"));
}

TEST(CsvControlCharacters, binaryFiles_areStillRefused)
{
    auto message = [](const QByteArray &bytes) {
        const auto t = readCsv(bytes);
        return t ? QString() : t.error().message;
    };
    EXPECT_TRUE(message(QByteArray("\x00\x01\x02\x03garbage\xFF\xFE\x00", 15)).contains(QStringLiteral("binary")));
    EXPECT_TRUE(message(QByteArray("\x7F\x45\x4C\x46\x02\x01\x01\x00\x00\x00\x00\x00\x03\x00\x3E", 15))
                    .contains(QStringLiteral("binary")));
    // Control bytes outside any quoted cell, without a NUL: not text a person typed.
    EXPECT_TRUE(message(QByteArray("date,x\r\n2026-01-01,\x01\x02\x03\x04\x05\x06\x07\x08\x0e\x0f\r\n"))
                    .contains(QStringLiteral("binary")));
}

// Issue 13, wording: "1 standard drinks at 20:15" in the nightly file. One drink is singular in
// the text, and reads back as the diary's unit.
TEST(CsvDoseText, oneStandardDrink_isSingular_andReadsBackAsTheDiarysUnit)
{
    const Intake one {substances::Alcohol, 1, QStringLiteral("standard drinks"), {}, QTime(20, 15)};
    const Intake two {substances::Alcohol, 2, QStringLiteral("standard drinks"), {}, QTime(21, 0)};
    EXPECT_EQ(csv::formatDoses({one, two}, substances::Alcohol),
        QStringLiteral("1 standard drink at 20:15; 2 standard drinks at 21:00"));
    expectDoseReadsBack(one, substances::Alcohol);
}

// Issue 13, wording: "This row has 1 cells".
TEST(CsvWording, aRowOfOneCell_isCountedInTheSingular)
{
    test::TempDiary diary;
    const auto plan
        = test::planBytes(diary.store(), "date,symptom_severity_0_10,notes\r\n2026-01-05,4,x\r\n2026-01-06\r\n");
    ASSERT_TRUE(plan);
    ASSERT_EQ(plan->problems.size(), 1);
    EXPECT_EQ(plan->problems.first().reason,
        QStringLiteral("This row has 1 cell but the header has 3; a separator or a quote may be missing."));
}

TEST(CsvDoseText, parseDoses_readsEveryDoseAsThePatternsDo)
{
    // The quick path for plain doses against the regular expressions every dose went through
    // before: the same doses, or the same refusal in the same words.
    QStringList samples = {QStringLiteral("mg at 21:00"), QStringLiteral("5  at 21:00"), QStringLiteral("5 at 21:00"),
        QStringLiteral("300 mg (x) y at 21:00"), QStringLiteral("300 mg (form: x)"), QStringLiteral("Mel : 2 mg"),
        QStringLiteral("A: B: 2 mg"), QStringLiteral("2 mg at 25:00"), QStringLiteral("2 mg at 123:45"),
        QStringLiteral("2 mg(x)"), QStringLiteral("2 mg )"), QStringLiteral("2 ) mg"), QStringLiteral("1,5 mg"),
        QStringLiteral("1.5.3 mg"), QStringLiteral("-2 mg"), QStringLiteral("+2 mg"), QStringLiteral(" 2 mg"),
        QStringLiteral("2 mg "), QStringLiteral("2 mg at"), QStringLiteral("2 mg at 9:30"),
        QStringLiteral("2 mg at  9:30"), QStringLiteral("2 mg  at 9:30"), QStringLiteral("2 mgat 9:30"),
        QStringLiteral("2 mg (x)at 9:30"), QStringLiteral("2 mg (x) at 9:30)"), QStringLiteral("2 mg (a) (b)"),
        QStringLiteral("2 mg ((a))"), QStringLiteral("2 mg (a) at 9:30 at 10:00"), QStringLiteral("2 mg at 9:30 (a)"),
        QStringLiteral("2 standard drink"), QStringLiteral("2\tmg"), QStringLiteral("2 mg\u00a0at 9:30"),
        QStringLiteral("2 mg (\u00a0x)"), QStringLiteral("2 mg (x\ny)"), QStringLiteral("2"), QStringLiteral("2 "),
        QStringLiteral("mg"), QStringLiteral(": 2 mg"), QStringLiteral("a:b: 2 mg"), QStringLiteral("x: 2 mg at 9:3"),
        QStringLiteral("x: 2 mg (from 300 mg glycinate) at 21:00"), QStringLiteral("2 mg (from 300 mg)"),
        QStringLiteral("2 mg (from300 mg)"), QStringLiteral("2 mg (frommage)"), QStringLiteral("2 mg ( from 3 mg x )"),
        QStringLiteral("2 mg ()"), QStringLiteral("2 mg (\"q\")"), QStringLiteral("Café: 1 tasse (grande) at 07:05"),
        QStringLiteral("2 mg at 9:30; 3 mg (x); Mel: 1 mg"), QStringLiteral("1. mg"), QStringLiteral(".5 mg"),
        QStringLiteral("2 mg at 09:300"), QStringLiteral("2 mg at 0930"), QStringLiteral("2 mg at a9:30")};
    const QStringList names = {QString(), QStringLiteral("Melatonin"), QStringLiteral("Vitamin D; K2"),
        QStringLiteral("Tea (chamomile)"), QStringLiteral("Drops at 10:00"), QStringLiteral("B12:"),
        QStringLiteral("Eisen\u00a0Tabs"), QStringLiteral("Mag: \"night\"")};
    const QStringList units
        = {QStringLiteral("mg"), QStringLiteral("standard drinks"), QStringLiteral("tablet (small)"),
            QStringLiteral("pill at 10:00"), QStringLiteral("IU: D3"), QStringLiteral("g"), QStringLiteral("at")};
    const QStringList forms = {QString(), QStringLiteral("glycinate"), QStringLiteral("Espresso (1 shot)"),
        QStringLiteral("from the pharmacy"), QStringLiteral("x) at 10:00 (y"), QStringLiteral("note: big"),
        QStringLiteral("(")};
    for (const QString &name : names) {
        for (const QString &unit : units) {
            for (const QString &form : forms) {
                for (const double amount : {0.0, 1.0, 42.3, 0.0000004}) {
                    Intake dose {name.isEmpty() ? QStringLiteral("Magnesium") : name, amount, unit, form,
                        amount == 1.0 ? std::nullopt : std::optional(QTime(amount == 0 ? 7 : 21, 5)),
                        amount == 42.3 ? std::optional(300.0) : std::nullopt};
                    samples.append(csv::formatDose(dose, !name.isEmpty()));
                }
            }
        }
    }
    for (const QString &sample : samples) {
        for (const QString &unnamed : {QString(), QStringLiteral("Magnesium")}) {
            for (const bool decimalComma : {false, true}) {
                QString why, whyByPatterns;
                const auto got = csv::parseDoses(sample, unnamed, decimalComma, &why);
                const auto want = csv::parseDosesByPatterns(sample, unnamed, decimalComma, &whyByPatterns);
                EXPECT_EQ(got, want) << sample.toStdString() << " unnamed: " << unnamed.toStdString();
                EXPECT_EQ(why, whyByPatterns) << sample.toStdString();
            }
        }
    }
}
