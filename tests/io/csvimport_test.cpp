// SPDX-License-Identifier: GPL-3.0-or-later
#include "demo/syntheticdiary.h"
#include "io/csvexport.h"
#include "io/csvtesthelpers.h"
#include "model/dose.h"
#include "support/tempdiary.h"

#include <SQLiteCpp/Database.h>

#include <gtest/gtest.h>

using namespace rls;

namespace {

const QDate From(2000, 1, 1);
const QDate To(2100, 1, 1);

// A diary with the synthetic nights plus a night whose note and other intakes test quoting,
// with a person's own products, a dose in g and a weight from the label.
void fillDiary(DiaryStore &store)
{
    ASSERT_TRUE(writeSyntheticDiary(store, {.seed = 7, .nights = 200, .lastNight = QDate(2026, 11, 20)}));
    ASSERT_TRUE(store.addSubstance(newSubstanceNamed(QStringLiteral("Melatonin"), QStringLiteral("mg"))));
    ASSERT_TRUE(store.addSubstance(test::ownPowder()));
    ASSERT_TRUE(store.addSubstance(test::ownOil()));
    Night n = test::fullNight(QDate(2026, 11, 23));
    n.note = QStringLiteral("Legs, \"bad\"; ça va.\r\nLine two, with ünïcödé and =SUM(A1)\nLast");
    n.intakes.append(
        {QStringLiteral("Melatonin"), 2, QStringLiteral("mg"), QStringLiteral("slow release"), QTime(22, 15)});
    n.intakes.append({QStringLiteral("Magnesium"), 100, QStringLiteral("mg"), QStringLiteral("citrate"), {}});
    n.intakes.append({test::ownPowder().name, 0.25, QStringLiteral("g"), {}, QTime(21, 30)});
    n.intakes.append(
        {substances::Magnesium, 42.3, QStringLiteral("mg"), QStringLiteral("glycinate"), QTime(22, 0), 300});
    n.intakes.append({test::ownOil().name, 2, QStringLiteral("spray"), {}, QTime(22, 30)});
    n.flaggedForDoctor = true;
    ASSERT_TRUE(store.saveNight(n));
}

void expectRoundTrip(CsvKind kind)
{
    test::TempDiary original;
    fillDiary(original.store());
    const QByteArray first = exportCsv(original.store(), kind, From, To).value();
    test::TempDiary empty;
    if (kind == CsvKind::Intakes) { // the intakes file carries the kind of a new substance
        ASSERT_TRUE(first.contains("Melatonin,other"));
        ASSERT_TRUE(first.contains("22:00,Magnesium,magnesium,glycinate,42.3,mg,300\r\n"));
    } else {
        ASSERT_TRUE(first.contains(",692.3,300 mg (glycinate) at 21:00; 100 mg (citrate); Magnesium citrate powder: "
                                   "0.25 g at 21:30; 42.3 mg (from 300 mg glycinate) at 22:00,"));
        ASSERT_TRUE(first.contains(",Melatonin: 2 mg (slow release) at 22:15; Magnesium oil spray: 2 spray at 22:30,"));
        ASSERT_TRUE(first.contains(",flagged_for_doctor\r\n"));
        ASSERT_TRUE(first.contains("Last\",yes\r\n")); // the marked night, after its note
    }
    const auto imported = test::importBytes(empty.store(), first);
    ASSERT_TRUE(imported) << imported.error().message.toStdString();
    EXPECT_GT(imported->added, 150);
    const QByteArray second = exportCsv(empty.store(), kind, From, To).value();
    EXPECT_EQ(second.size(), first.size());
    EXPECT_TRUE(second == first) << "the second export differs from the first";
    // The person's own products arrive with the kinds they had.
    const QList<Substance> catalog = empty.store().substances().value();
    ASSERT_TRUE(findSubstance(catalog, test::ownPowder().name));
    EXPECT_EQ(findSubstance(catalog, test::ownPowder().name)->kind, SubstanceKind::Magnesium);
    EXPECT_EQ(findSubstance(catalog, test::ownPowder().name)->flags, defaultFlags(SubstanceKind::Magnesium));
    ASSERT_TRUE(findSubstance(catalog, test::ownOil().name));
    EXPECT_EQ(findSubstance(catalog, test::ownOil().name)->kind, SubstanceKind::Other);
    if (kind == CsvKind::Nightly) { // the mark for the doctor travels in the nightly file
        EXPECT_TRUE(empty.store().loadNight(QDate(2026, 11, 23)).value()->flaggedForDoctor);
        EXPECT_FALSE(empty.store().loadNight(QDate(2026, 11, 20)).value()->flaggedForDoctor);
    }
}

} // namespace

TEST(CsvRoundTrip, nightlyExport_importedIntoAnEmptyDiary_exportsTheSameBytes)
{
    expectRoundTrip(CsvKind::Nightly);
}

TEST(CsvRoundTrip, intakesExport_importedIntoAnEmptyDiary_exportsTheSameBytes)
{
    expectRoundTrip(CsvKind::Intakes);
}

TEST(CsvImport, quotedNote_withCommasQuotesLineBreaksAndNonAscii_arrivesExactly)
{
    test::TempDiary a, b;
    fillDiary(a.store());
    ASSERT_TRUE(test::importBytes(b.store(), exportCsv(a.store(), CsvKind::Nightly, From, To).value()));
    const auto night = b.store().loadNight(QDate(2026, 11, 23)).value();
    ASSERT_TRUE(night);
    EXPECT_EQ(night->note, QStringLiteral("Legs, \"bad\"; ça va.\r\nLine two, with ünïcödé and =SUM(A1)\nLast"));
    EXPECT_EQ(night->intakes.size(), 9);
}

TEST(CsvImport, formulaNote_arrivesAsText_andANegativeNumberStaysANumber)
{
    test::TempDiary diary;
    const QByteArray csv = "date,notes,severity\r\n"
                           "2026-01-05,\"'=HYPERLINK(\"\"http://x\"\")\",4\r\n"
                           "2026-01-06,'-5 after the walk,-5\r\n";
    const auto plan = test::planBytes(diary.store(), csv);
    ASSERT_TRUE(plan);
    ASSERT_EQ(plan->nights.size(), 1);
    EXPECT_EQ(plan->nights.at(0).night.note, QStringLiteral("=HYPERLINK(\"http://x\")"));
    // -5 was read as the number -5, which is out of range: the row is refused, not taken as text.
    ASSERT_EQ(plan->problems.size(), 1);
    EXPECT_EQ(plan->problems.at(0).line, 3);
    EXPECT_EQ(plan->problems.at(0).column, QStringLiteral("severity"));
    EXPECT_TRUE(plan->problems.at(0).reason.contains(QStringLiteral("between 0 and 10")));
}

TEST(CsvImport, aSpreadsheetsForDoctorColumn_marksTheNights_andAnUnclearValueIsNamed)
{
    test::TempDiary diary;
    const QByteArray csv = "Date,Severity,For doctor\r\n"
                           "2026-01-05,4,yes\r\n"
                           "2026-01-06,5,x\r\n"
                           "2026-01-07,6,no\r\n"
                           "2026-01-08,6,\r\n"
                           "2026-01-09,7,maybe\r\n";
    const auto plan = test::planBytes(diary.store(), csv);
    ASSERT_TRUE(plan);
    ASSERT_EQ(plan->nights.size(), 4);
    EXPECT_TRUE(plan->nights.at(0).night.flaggedForDoctor);
    EXPECT_TRUE(plan->nights.at(1).night.flaggedForDoctor);
    EXPECT_FALSE(plan->nights.at(2).night.flaggedForDoctor);
    EXPECT_FALSE(plan->nights.at(3).night.flaggedForDoctor);
    ASSERT_EQ(plan->problems.size(), 1);
    EXPECT_EQ(plan->problems.at(0).line, 6);
    EXPECT_EQ(plan->problems.at(0).column, QStringLiteral("For doctor"));
    EXPECT_TRUE(plan->problems.at(0).reason.contains(QStringLiteral("\"maybe\" is neither yes nor no")))
        << plan->problems.at(0).reason.toStdString();
}

class BadFile : public ::testing::TestWithParam<std::pair<const char *, QByteArray>> { };

TEST_P(BadFile, isRefused_andLeavesTheDiaryUnchanged)
{
    test::TempDiary diary;
    fillDiary(diary.store());
    const test::DiarySnapshot before = test::snapshot(diary.store());
    const auto outcome = test::importBytes(
        diary.store(), GetParam().second, test::importOptions(ConflictPolicy::TakeTheirs, std::nullopt, false));
    EXPECT_FALSE(outcome) << GetParam().first;
    if (!outcome) {
        EXPECT_FALSE(outcome.error().message.isEmpty());
    }
    test::expectSameDiary(before, test::snapshot(diary.store()));
}

namespace {
QByteArray nightly(const char *rows)
{
    return QByteArray("date,symptom_severity_0_10,sleep_quality_1_5,notes\r\n2026-11-23,3,4,fine\r\n") + rows;
}
} // namespace

INSTANTIATE_TEST_SUITE_P(CsvImport, BadFile,
    ::testing::Values(std::pair {"empty file", QByteArray()},
        std::pair {"header only", QByteArray("date,symptom_severity_0_10\r\n")},
        std::pair {"binary junk", QByteArray("\x7F\x45\x4C\x46\x02\x01\x01\x00\x00\x00\x00\x00\x03\x00\x3E", 15)},
        std::pair {"unbalanced quote", nightly("2026-11-24,5,3,\"no end\r\n2026-11-25,1,1,x\r\n")},
        std::pair {"too few cells", nightly("2026-11-24,5\r\n")},
        std::pair {"too many cells", nightly("2026-11-24,5,3,x,extra\r\n")},
        std::pair {"severity out of range", nightly("2026-11-24,11,3,x\r\n")},
        std::pair {"quality out of range", nightly("2026-11-24,5,0,x\r\n")},
        std::pair {"date that does not exist", nightly("2026-02-30,5,3,x\r\n")},
        std::pair {"not a number", nightly("2026-11-24,five,3,x\r\n")}));

TEST(CsvImport, aFiftyMegabyteLine_leavesTheDiaryUnchanged)
{
    test::TempDiary diary;
    fillDiary(diary.store());
    const test::DiarySnapshot before = test::snapshot(diary.store());
    QByteArray bytes = nightly("2026-11-24,5,3,");
    bytes.append(QByteArray(50 * 1024 * 1024, 'x')).append("\r\n");
    EXPECT_FALSE(test::importBytes(diary.store(), bytes));
    test::expectSameDiary(before, test::snapshot(diary.store()));
}

TEST(CsvImport, unreadableRows_areListedWithLineColumnAndReason)
{
    test::TempDiary diary;
    const auto plan = test::planBytes(diary.store(), nightly("2026-02-30,5,3,x\r\n2026-11-25,5,9,y\r\n"));
    ASSERT_TRUE(plan);
    ASSERT_EQ(plan->problems.size(), 2);
    EXPECT_EQ(plan->problems.at(0),
        (RowProblem {3, QStringLiteral("date"), QStringLiteral("2026-02-30 is not a date that exists.")}));
    EXPECT_EQ(plan->problems.at(1).line, 4);
    EXPECT_EQ(plan->problems.at(1).column, QStringLiteral("sleep_quality_1_5"));
    EXPECT_EQ(plan->addedCount(), 1);
    EXPECT_FALSE(plan->canApply({}));
    EXPECT_TRUE(plan->canApply(test::importOptions(ConflictPolicy::KeepMine, std::nullopt, true)));
}

TEST(CsvImport, skipUnreadableRows_importsOnlyTheGoodOnes)
{
    test::TempDiary diary;
    const auto done = test::importBytes(diary.store(), nightly("2026-02-30,5,3,x\r\n"),
        test::importOptions(ConflictPolicy::KeepMine, std::nullopt, true));
    ASSERT_TRUE(done);
    EXPECT_EQ(done->added, 1);
    EXPECT_EQ(diary.store().summary()->nights, 1);
}

TEST(CsvImport, overlappingFile_eachConflictPolicy)
{
    test::TempDiary diary;
    Night mine;
    mine.date = QDate(2026, 11, 23);
    mine.symptoms.severity = 6;
    mine.note = QStringLiteral("my note");
    ASSERT_TRUE(diary.store().saveNight(mine));
    const QByteArray file = "date,symptom_severity_0_10,sleep_quality_1_5,notes\r\n"
                            "2026-11-23,2,4,their note\r\n"
                            "2026-11-24,5,3,\r\n";
    auto night = [&](ConflictPolicy policy) {
        const auto plan = test::planBytes(diary.store(), file, test::importOptions(policy, std::nullopt, false));
        EXPECT_TRUE(plan);
        EXPECT_EQ(plan->addedCount(), 1);
        for (const PlannedNight &p : plan->nights) {
            if (!p.added)
                return p.night;
        }
        return mine;
    };
    EXPECT_TRUE(sameEntry(night(ConflictPolicy::KeepMine), mine));
    const Night theirs = night(ConflictPolicy::TakeTheirs);
    EXPECT_EQ(theirs.symptoms.severity, 2);
    EXPECT_EQ(theirs.sleep.quality, 4);
    EXPECT_EQ(theirs.note, QStringLiteral("their note"));
    const Night merged = night(ConflictPolicy::Merge);
    EXPECT_EQ(merged.symptoms.severity, 6); // mine was filled: kept
    EXPECT_EQ(merged.sleep.quality, 4); // mine was empty: filled from the file
    EXPECT_EQ(merged.note, QStringLiteral("my note"));

    const auto done
        = test::importBytes(diary.store(), file, test::importOptions(ConflictPolicy::Merge, std::nullopt, false));
    ASSERT_TRUE(done);
    EXPECT_EQ(done->added, 1);
    EXPECT_EQ(done->changed, 1);
    const Night stored = diary.store().loadNight(QDate(2026, 11, 23)).value().value();
    EXPECT_EQ(stored.symptoms.severity, 6);
    EXPECT_EQ(stored.sleep.quality, 4);
    EXPECT_EQ(diary.store().summary()->nights, 2);
}

TEST(CsvImport, semicolonDecimalCommaAndDottedDates_fromAPersonsSpreadsheet)
{
    test::TempDiary diary;
    const QByteArray file = "Datum;RLS score;Mg (mg);Alcohol;Bedtime;Notes\r\n"
                            "05.01.2026;6;300;1,5;22:30;M\xFC"
                            "de Beine\r\n"
                            "6.1.2026;3;;;23:05;\r\n";
    const auto done = test::importBytes(diary.store(), file);
    ASSERT_TRUE(done) << done.error().message.toStdString();
    EXPECT_EQ(done->added, 2);
    const Night first = diary.store().loadNight(QDate(2026, 1, 5)).value().value();
    EXPECT_EQ(first.symptoms.severity, 6);
    EXPECT_EQ(first.sleep.inBed, QTime(22, 30));
    EXPECT_EQ(first.note, QStringLiteral("Müde Beine"));
    ASSERT_EQ(first.intakes.size(), 2);
    EXPECT_EQ(first.intakes.at(0), (Intake {QStringLiteral("Magnesium"), 300, QStringLiteral("mg"), {}, {}}));
    EXPECT_EQ(first.intakes.at(1).amount, 1.5);
    EXPECT_EQ(first.intakes.at(1).unit, QStringLiteral("standard drinks"));
    EXPECT_TRUE(diary.store().loadNight(QDate(2026, 1, 6)).value()->intakes.isEmpty());
}

TEST(CsvImport, ambiguousSlashDates_needAnAnswer_andTheAnswerDecides)
{
    test::TempDiary diary;
    const QByteArray file = "Date,Severity\n03/04/2026,5\n04/05/2026,2\n";
    const auto unsure = test::planBytes(diary.store(), file);
    ASSERT_FALSE(unsure);
    EXPECT_TRUE(unsure.error().message.contains(QStringLiteral("DD/MM/YYYY or MM/DD/YYYY")));
    const auto american = test::importBytes(
        diary.store(), file, test::importOptions(ConflictPolicy::KeepMine, DateFormat::MonthDayYearSlashes, false));
    ASSERT_TRUE(american);
    EXPECT_TRUE(diary.store().loadNight(QDate(2026, 3, 4)).value().has_value());
    EXPECT_TRUE(diary.store().loadNight(QDate(2026, 4, 5)).value().has_value());
}

TEST(CsvImport, olderDosesFile_withCategories_stillImports_andNamesDecideTheKind)
{
    test::TempDiary diary;
    const QByteArray file = "date,time,substance,category,form,amount,unit\r\n"
                            "2026-01-05,20:00,Clonazepam,medication,,0.5,mg\r\n"
                            "2026-01-05,21:00,magnesium,supplement,citrate,200,\r\n"
                            "2026-01-05,21:30,Magnesium malate caps,supplement,,100,mg\r\n"
                            "2026-01-05,15:00,Caffeine,stimulant,,95,mg\r\n"
                            "2026-01-05,,Alcohol,alcohol,,1,standard drinks\r\n";
    const auto plan = test::planBytes(diary.store(), file);
    ASSERT_TRUE(plan);
    ASSERT_EQ(plan->newSubstances.size(), 2);
    EXPECT_EQ(plan->newSubstances.at(0).kind, SubstanceKind::Medication);
    EXPECT_EQ(plan->newSubstances.at(1).kind, SubstanceKind::Magnesium); // "supplement": the name decides
    ASSERT_TRUE(applyImport(diary.store(), plan.value(), {}));
    const Night n = diary.store().loadNight(QDate(2026, 1, 5)).value().value();
    ASSERT_EQ(n.intakes.size(), 5);
    EXPECT_EQ(n.intakes.at(1).substance, QStringLiteral("Magnesium")); // the catalog's spelling
    EXPECT_EQ(n.intakes.at(1).unit, QStringLiteral("mg")); // the catalog's unit when the file has none
    EXPECT_DOUBLE_EQ(dayTotals(n.intakes, diary.store().substances().value()).magnesiumMg, 300.0);
}

TEST(CsvImport, dosesFile_withKindAndLabelWeight_addsTheSubstanceOfThatKind)
{
    test::TempDiary diary;
    const QByteArray file = "date,time,substance,kind,form,amount,unit,label_mg\r\n"
                            "2026-01-05,21:00,Mag-Boost,magnesium,glycinate,42.3,mg,300\r\n"
                            "2026-01-05,21:05,Mag-Boost,magnesium,,0.1,g,\r\n";
    const auto plan = test::planBytes(diary.store(), file);
    ASSERT_TRUE(plan);
    ASSERT_EQ(plan->newSubstances.size(), 1);
    EXPECT_EQ(plan->newSubstances.at(0).kind, SubstanceKind::Magnesium);
    EXPECT_EQ(plan->newSubstances.at(0).flags, defaultFlags(SubstanceKind::Magnesium));
    ASSERT_TRUE(applyImport(diary.store(), plan.value(), {}));
    const Night n = diary.store().loadNight(QDate(2026, 1, 5)).value().value();
    ASSERT_EQ(n.intakes.size(), 2);
    EXPECT_EQ(n.intakes.at(0).labelMg, 300.0);
    EXPECT_FALSE(n.intakes.at(1).labelMg.has_value());
    EXPECT_DOUBLE_EQ(dayTotals(n.intakes, diary.store().substances().value()).magnesiumMg, 142.3);
}

TEST(CsvImport, olderNightlyHeaders_stillImport_andTotalsAreCheckedInAnyMassUnit)
{
    test::TempDiary diary;
    const QByteArray file = "date,magnesium_mg,magnesium_doses,iron_mg,iron_doses\r\n"
                            "2026-01-05,500,0.5 g at 21:00,25,25000 mcg\r\n"
                            "2026-01-06,400,0.5 g at 21:00,,\r\n";
    const auto plan = test::planBytes(diary.store(), file);
    ASSERT_TRUE(plan);
    ASSERT_EQ(plan->nights.size(), 1);
    EXPECT_EQ(plan->nights.at(0).night.intakes,
        (QList<Intake> {{substances::Magnesium, 0.5, QStringLiteral("g"), {}, QTime(21, 0)},
            {substances::Iron, 25000, QStringLiteral("mcg"), {}, std::nullopt}}));
    ASSERT_EQ(plan->problems.size(), 1); // 400 is not 0.5 g
    EXPECT_EQ(plan->problems.at(0).column, QStringLiteral("magnesium_mg"));
}

TEST(CsvImport, newSubstanceInAGroupColumn_getsThatGroupsKind)
{
    test::TempDiary diary;
    const QByteArray file = "date,magnesium_elemental_mg,magnesium_doses,other_intakes\r\n"
                            "2026-01-05,242.3,Mag-Boost: 200 mg at 21:00; 42.3 mg (from 300 mg),Clonazepam: 0.5 mg\r\n";
    const auto plan = test::planBytes(diary.store(), file);
    ASSERT_TRUE(plan);
    EXPECT_TRUE(plan->problems.isEmpty());
    ASSERT_EQ(plan->newSubstances.size(), 2);
    EXPECT_EQ(plan->newSubstances.at(0).name, QStringLiteral("Mag-Boost"));
    EXPECT_EQ(plan->newSubstances.at(0).kind, SubstanceKind::Magnesium);
    EXPECT_EQ(plan->newSubstances.at(0).flags, defaultFlags(SubstanceKind::Magnesium));
    EXPECT_EQ(plan->newSubstances.at(1).kind, SubstanceKind::Other);
    ASSERT_EQ(plan->nights.size(), 1);
    EXPECT_EQ(plan->nights.at(0).night.intakes.at(1).labelMg, 300.0);
}

TEST(CsvImport, knownSubstanceInAnotherKindsColumn_isAProblem)
{
    test::TempDiary diary;
    const auto plan = test::planBytes(diary.store(),
        "date,magnesium_doses,other_intakes\r\n2026-01-05,Caffeine: 95 mg,\r\n2026-01-06,,Iron: 25 mg\r\n");
    ASSERT_TRUE(plan);
    ASSERT_EQ(plan->problems.size(), 2);
    EXPECT_EQ(plan->problems.at(0).column, QStringLiteral("magnesium_doses"));
    EXPECT_TRUE(plan->problems.at(0).reason.contains(QStringLiteral("caffeine")))
        << plan->problems.at(0).reason.toStdString();
    EXPECT_EQ(plan->problems.at(1).column, QStringLiteral("other_intakes"));
}

TEST(CsvImport, takeTheirs_replacesTheMagnesiumPart_ownProductIncluded)
{
    test::TempDiary diary;
    ASSERT_TRUE(diary.store().addSubstance(test::ownPowder()));
    Night mine;
    mine.date = QDate(2026, 1, 5);
    mine.intakes = {{test::ownPowder().name, 0.25, QStringLiteral("g"), {}, {}},
        {substances::Caffeine, 95, QStringLiteral("mg"), {}, {}}};
    ASSERT_TRUE(diary.store().saveNight(mine));
    const QByteArray file = "date,magnesium_doses\r\n2026-01-05,300 mg\r\n";
    const auto plan
        = test::planBytes(diary.store(), file, test::importOptions(ConflictPolicy::TakeTheirs, std::nullopt, false));
    ASSERT_TRUE(plan);
    ASSERT_EQ(plan->nights.size(), 1);
    EXPECT_EQ(plan->nights.at(0).changedParts, QStringList {QStringLiteral("magnesium")});
    const QList<Intake> expected = {{substances::Magnesium, 300, QStringLiteral("mg"), {}, {}}, mine.intakes.at(1)};
    EXPECT_EQ(plan->nights.at(0).night.intakes, expected);
    const auto merged
        = test::planBytes(diary.store(), file, test::importOptions(ConflictPolicy::Merge, std::nullopt, false));
    ASSERT_TRUE(merged);
    EXPECT_TRUE(merged->nights.isEmpty()); // the powder is magnesium: the part is not empty
}

TEST(CsvImport, cancelledImport_rollsBackEverything)
{
    test::TempDiary source, diary;
    ASSERT_TRUE(writeSyntheticDiary(source.store(), {.seed = 3, .nights = 100, .lastNight = QDate(2026, 11, 20)}));
    const QByteArray file = exportCsv(source.store(), CsvKind::Nightly, From, To).value();
    ASSERT_TRUE(diary.store().saveNight(test::fullNight(QDate(2026, 11, 10))));
    const test::DiarySnapshot before = test::snapshot(diary.store());
    const ImportOptions options = test::importOptions(ConflictPolicy::TakeTheirs, std::nullopt, false);
    const auto plan = test::planBytes(diary.store(), file, options);
    ASSERT_TRUE(plan);
    qsizetype calls = 0;
    const auto outcome = applyImport(diary.store(), plan.value(), options, [&](qsizetype done, qsizetype total) {
        ++calls;
        EXPECT_EQ(total, plan->nights.size());
        return done < total / 2;
    });
    EXPECT_FALSE(outcome);
    EXPECT_GT(calls, 1);
    test::expectSameDiary(before, test::snapshot(diary.store()));
}

// Issue 10: every import is preceded by a checked backup of the diary as it was.
TEST(CsvImport, anImport_keepsABackupOfTheDiaryAsItWasBefore)
{
    test::TempDiary diary;
    ASSERT_TRUE(diary.store().saveNight(test::fullNight(QDate(2026, 1, 3))));
    ASSERT_TRUE(diary.store().saveNight(test::fullNight(QDate(2026, 1, 4))));
    const auto plan = test::planBytes(diary.store(), "date,severity\r\n2026-01-05,4\r\n");
    ASSERT_TRUE(plan);
    const auto outcome = applyImport(diary.store(), plan.value(), {});
    ASSERT_TRUE(outcome) << outcome.error().message.toStdString();
    ASSERT_FALSE(outcome->backup.isEmpty());
    const QList<BackupFile> files = backups::list(diary.path());
    ASSERT_EQ(files.size(), 1);
    EXPECT_EQ(files.first().path, outcome->backup);
    EXPECT_EQ(files.first().reason, BackupReason::BeforeImport);
    EXPECT_EQ(backups::inspect(files.first()).nights, 2);
    EXPECT_EQ(diary.store().summary()->nights, 3);
}

TEST(CsvImport, intoADiaryOpenReadOnly_isRefused_withoutABackup)
{
    test::TempDiary diary;
    ASSERT_TRUE(diary.store().saveNight(test::fullNight(QDate(2026, 1, 3))));
    diary.close();
    OpenOptions options;
    options.access = Access::ReadOnly;
    auto reader = DiaryStore::open(diary.path(), options);
    ASSERT_TRUE(reader);
    const auto plan = test::planBytes(*reader.value(), "date,severity\r\n2026-01-05,4\r\n");
    ASSERT_TRUE(plan);
    const auto outcome = applyImport(*reader.value(), plan.value(), {});
    ASSERT_FALSE(outcome);
    EXPECT_EQ(outcome.error().kind, ErrorKind::ReadOnly);
    EXPECT_TRUE(backups::list(diary.path()).isEmpty());
    EXPECT_EQ(reader.value()->summary()->nights, 1);
}

// Issue 10: an import that does not fit on the disk (SQLite's max_page_count stands in for a
// full disk) says so, writes none of its nights, and leaves the diary whole.
TEST(CsvImport, anImportThatDoesNotFitOnTheDisk_saysSo_andWritesNoneOfIt)
{
    test::TempDiary diary;
    ASSERT_TRUE(diary.store().saveNight(test::fullNight(QDate(2026, 1, 3))));
    diary.close();
    int pages = 0;
    {
        SQLite::Database raw(diary.path().toStdString());
        pages = raw.execAndGet("PRAGMA page_count").getInt();
    }
    OpenOptions options;
    options.maxPageCount = pages + 2; // room for a little, not for a year of notes
    auto opened = DiaryStore::open(diary.path(), options);
    ASSERT_TRUE(opened) << opened.error().message.toStdString();
    QByteArray csv = "date,severity,notes\r\n";
    for (int i = 0; i < 365; ++i)
        csv += QDate(2025, 1, 1).addDays(i).toString(Qt::ISODate).toUtf8() + ",4," + QByteArray(400, 'n') + "\r\n";
    const auto plan = test::planBytes(*opened.value(), csv);
    ASSERT_TRUE(plan) << plan.error().message.toStdString();
    const auto outcome = applyImport(*opened.value(), plan.value(), {});
    ASSERT_FALSE(outcome);
    EXPECT_TRUE(outcome.error().message.contains(QStringLiteral("disk is full")))
        << outcome.error().message.toStdString();
    EXPECT_EQ(opened.value()->summary()->nights, 1);
    EXPECT_FALSE(opened.value()->checkIntegrity().has_value());
}
