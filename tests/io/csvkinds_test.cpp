// SPDX-License-Identifier: GPL-3.0-or-later
// Issue 13: restoring a diary from either of its own files keeps what each substance is. The
// nightly file gives medication a column of its own (medication_doses), so other_intakes holds
// only kind other; the intakes file names each dose's kind.
#include "io/csvexport.h"
#include "io/csvtesthelpers.h"
#include "support/tempdiary.h"

#include <gtest/gtest.h>

using namespace rls;

namespace {

const QDate First(2026, 3, 1);
const QDate Second(2026, 3, 2);

Substance own(const char *name, SubstanceKind kind, const char *unit = "mg")
{
    Substance s;
    s.name = QString::fromUtf8(name);
    s.kind = kind;
    s.flags = defaultFlags(kind);
    s.unit = QString::fromUtf8(unit);
    return s;
}

// A person's own substance of each kind, none of whose names gives its kind away, and some
// seeded ones; a night with a dose of each, interleaved across kinds.
QList<Substance> ownSubstances()
{
    return {own("Mag-Boost", SubstanceKind::Magnesium), own("Floradix", SubstanceKind::Iron),
        own("Guarana shot", SubstanceKind::Caffeine), own("Cider", SubstanceKind::Alcohol, "standard drinks"),
        own("Clonazepam", SubstanceKind::Medication), own("Pramipexole XR", SubstanceKind::Other),
        own("Sleepy tea", SubstanceKind::Other, "cup")};
}

void fill(DiaryStore &store)
{
    for (const Substance &s : ownSubstances())
        ASSERT_TRUE(store.addSubstance(s));
    Night n;
    n.date = First;
    n.intakes = {{QStringLiteral("Clonazepam"), 0.5, QStringLiteral("mg"), {}, QTime(22, 0)},
        {QStringLiteral("Mag-Boost"), 200, QStringLiteral("mg"), {}, QTime(21, 0)},
        {QStringLiteral("Pramipexole"), 0.125, QStringLiteral("mg"), {}, QTime(20, 0)},
        {QStringLiteral("Sleepy tea"), 1, QStringLiteral("cup"), {}, QTime(21, 30)},
        {QStringLiteral("Gabapentin enacarbil"), 600, QStringLiteral("mg"), {}, QTime(17, 0)},
        {QStringLiteral("Floradix"), 10, QStringLiteral("mg"), {}, {}},
        {QStringLiteral("Pramipexole XR"), 1, QStringLiteral("mg"), {}, {}},
        {QStringLiteral("Guarana shot"), 80, QStringLiteral("mg"), {}, QTime(10, 0)},
        {QStringLiteral("Cider"), 1, QStringLiteral("standard drinks"), {}, {}},
        {substances::Magnesium, 100, QStringLiteral("mg"), QStringLiteral("citrate"), {}}};
    ASSERT_TRUE(store.saveNight(n));
    Night m;
    m.date = Second;
    m.intakes = {{QStringLiteral("Clonazepam"), 0.25, QStringLiteral("mg"), {}, {}}};
    ASSERT_TRUE(store.saveNight(m));
}

SubstanceKind kindIn(DiaryStore &store, const QString &name)
{
    const QList<Substance> catalog = store.substances().value();
    const Substance *s = findSubstance(catalog, name);
    EXPECT_TRUE(s) << name.toStdString();
    return s ? s->kind : SubstanceKind::Other;
}

// Exports `kind` from a filled diary, imports it into an empty one and compares every
// substance's kind, and the second export with the first.
void expectKindsSurvive(CsvKind kind)
{
    test::TempDiary original, empty;
    fill(original.store());
    const QByteArray file = exportCsv(original.store(), kind, First, Second).value();
    const auto imported = test::importBytes(empty.store(), file);
    ASSERT_TRUE(imported) << imported.error().message.toStdString();
    for (const Substance &s : ownSubstances())
        EXPECT_EQ(kindKey(kindIn(empty.store(), s.name)), kindKey(s.kind)) << s.name.toStdString();
    EXPECT_EQ(kindIn(empty.store(), QStringLiteral("Pramipexole")), SubstanceKind::Medication);
    EXPECT_EQ(exportCsv(empty.store(), kind, First, Second).value(), file);
}

QList<QString> namesOf(const QList<Intake> &doses)
{
    QList<QString> out;
    for (const Intake &d : doses)
        out.append(d.substance);
    return out;
}

} // namespace

TEST(CsvKinds, nightlyFile_intoAnEmptyDiary_keepsEverySubstancesKind)
{
    expectKindsSurvive(CsvKind::Nightly);
}

TEST(CsvKinds, intakesFile_intoAnEmptyDiary_keepsEverySubstancesKind)
{
    expectKindsSurvive(CsvKind::Intakes);
}

TEST(CsvKinds, nightlyFile_hasAMedicationColumn_afterAlcohol_andOtherIntakesHoldsOnlyKindOther)
{
    const QStringList header = csvHeader(CsvKind::Nightly);
    ASSERT_EQ(header.indexOf(QStringLiteral("medication_doses")), header.indexOf(QStringLiteral("alcohol_doses")) + 1);
    EXPECT_EQ(guessMapping(header).fields.at(header.indexOf(QStringLiteral("medication_doses"))),
        DiaryField::MedicationDoses);
    test::TempDiary diary;
    fill(diary.store());
    const auto table = readCsv(exportCsv(diary.store(), CsvKind::Nightly, First, First).value());
    ASSERT_TRUE(table);
    const QStringList &row = table->rows.at(0).cells;
    EXPECT_EQ(row.at(header.indexOf(QStringLiteral("medication_doses"))),
        QStringLiteral("Clonazepam: 0.5 mg at 22:00; Pramipexole: 0.125 mg at 20:00; Gabapentin enacarbil: 600 mg at "
                       "17:00"));
    EXPECT_EQ(row.at(header.indexOf(QStringLiteral("other_intakes"))),
        QStringLiteral("Sleepy tea: 1 cup at 21:30; Pramipexole XR: 1 mg"));
}

TEST(CsvKinds, aNightlyFileWithDoses_saysWhatItCannotRestore_anIntakesFileDoesNot)
{
    test::TempDiary original, diary;
    fill(original.store());
    const auto nightly
        = test::planBytes(diary.store(), exportCsv(original.store(), CsvKind::Nightly, First, Second).value());
    ASSERT_TRUE(nightly);
    ASSERT_EQ(nightly->notices.size(), 1);
    EXPECT_TRUE(nightly->notices.at(0).contains(QStringLiteral("intakes file")))
        << nightly->notices.at(0).toStdString();
    const auto intakes
        = test::planBytes(diary.store(), exportCsv(original.store(), CsvKind::Intakes, First, Second).value());
    ASSERT_TRUE(intakes);
    EXPECT_TRUE(intakes->notices.isEmpty());
    const auto noDoses = test::planBytes(diary.store(), "date,symptom_severity_0_10\r\n2026-03-01,4\r\n");
    ASSERT_TRUE(noDoses);
    EXPECT_TRUE(noDoses->notices.isEmpty());
}

TEST(CsvKinds, nightlyFile_keepsTheOrderWithinEachKind_intakesFileKeepsEveryDosesPlace)
{
    test::TempDiary original, fromNightly, fromIntakes;
    fill(original.store());
    const Night night = original.store().loadNight(First).value().value();
    ASSERT_TRUE(
        test::importBytes(fromNightly.store(), exportCsv(original.store(), CsvKind::Nightly, First, Second).value()));
    ASSERT_TRUE(
        test::importBytes(fromIntakes.store(), exportCsv(original.store(), CsvKind::Intakes, First, Second).value()));
    EXPECT_EQ(fromIntakes.store().loadNight(First).value().value().intakes, night.intakes);
    // By kind in the order of the file's columns; within a kind, in the night's order.
    const QList<QString> grouped = {QStringLiteral("Mag-Boost"), substances::Magnesium, QStringLiteral("Floradix"),
        QStringLiteral("Guarana shot"), QStringLiteral("Cider"), QStringLiteral("Clonazepam"),
        QStringLiteral("Pramipexole"), QStringLiteral("Gabapentin enacarbil"), QStringLiteral("Sleepy tea"),
        QStringLiteral("Pramipexole XR")};
    EXPECT_EQ(namesOf(fromNightly.store().loadNight(First).value().value().intakes), grouped);
}

TEST(CsvKinds, newNamesTakeTheKindOfTheirColumn_inAFileWithAMedicationColumn)
{
    test::TempDiary diary;
    const QByteArray file = "date,medication_doses,other_intakes\r\n"
                            "2026-03-01,Tramadolor: 50 mg,Pramipexole retard: 1 mg; Vitamin D: 1000 IU\r\n";
    const auto plan = test::planBytes(diary.store(), file);
    ASSERT_TRUE(plan) << plan.error().message.toStdString();
    ASSERT_TRUE(plan->problems.isEmpty()) << plan->problems.value(0).reason.toStdString();
    ASSERT_EQ(plan->newSubstances.size(), 3);
    EXPECT_EQ(plan->newSubstances.at(0).kind, SubstanceKind::Medication);
    // The file says other although the name sounds like a medicine: the file decides.
    EXPECT_EQ(plan->newSubstances.at(1).kind, SubstanceKind::Other);
    EXPECT_EQ(plan->newSubstances.at(2).kind, SubstanceKind::Other);
}

TEST(CsvKinds, aKnownSubstanceInTheWrongColumn_ofANewFile_isAProblem)
{
    test::TempDiary diary;
    const QByteArray file = "date,medication_doses,other_intakes\r\n"
                            "2026-03-01,,Pramipexole: 0.25 mg\r\n"
                            "2026-03-02,Calcium: 500 mg,\r\n";
    const auto plan = test::planBytes(diary.store(), file);
    ASSERT_TRUE(plan);
    ASSERT_EQ(plan->problems.size(), 2);
    EXPECT_EQ(plan->problems.at(0).column, QStringLiteral("other_intakes"));
    EXPECT_TRUE(plan->problems.at(0).reason.contains(QStringLiteral("medication")))
        << plan->problems.at(0).reason.toStdString();
    EXPECT_EQ(plan->problems.at(1).column, QStringLiteral("medication_doses"));
}

TEST(CsvKinds, anOlderNightlyFile_withoutTheMedicationColumn_stillGuessesByName)
{
    test::TempDiary diary;
    const QByteArray file = "date,other_intakes\r\n"
                            "2026-03-01,Pramipexole: 0.25 mg; Ropinirole retard: 2 mg; Melatonin: 2 mg\r\n";
    const auto plan = test::planBytes(diary.store(), file);
    ASSERT_TRUE(plan);
    ASSERT_TRUE(plan->problems.isEmpty()) << plan->problems.value(0).reason.toStdString();
    ASSERT_EQ(plan->newSubstances.size(), 2);
    EXPECT_EQ(plan->newSubstances.at(0).kind, SubstanceKind::Medication); // the name says so
    EXPECT_EQ(plan->newSubstances.at(1).kind, SubstanceKind::Other);
    ASSERT_EQ(plan->nights.size(), 1);
    EXPECT_EQ(plan->nights.at(0).night.intakes.size(), 3);
}

TEST(CsvKinds, takeTheirs_withAMedicationColumn_replacesOnlyThatKind)
{
    test::TempDiary diary;
    ASSERT_TRUE(diary.store().addSubstance(own("Sleepy tea", SubstanceKind::Other, "cup")));
    Night mine;
    mine.date = First;
    mine.intakes = {{QStringLiteral("Sleepy tea"), 1, QStringLiteral("cup"), {}, {}},
        {QStringLiteral("Pramipexole"), 0.125, QStringLiteral("mg"), {}, {}}};
    ASSERT_TRUE(diary.store().saveNight(mine));
    ImportOptions theirs;
    theirs.policy = ConflictPolicy::TakeTheirs;
    const auto plan
        = test::planBytes(diary.store(), "date,medication_doses\r\n2026-03-01,Pramipexole: 0.25 mg\r\n", theirs);
    ASSERT_TRUE(plan);
    ASSERT_EQ(plan->nights.size(), 1);
    EXPECT_EQ(plan->nights.at(0).changedParts, QStringList {QStringLiteral("medication")});
    const QList<Intake> expected
        = {mine.intakes.at(0), {QStringLiteral("Pramipexole"), 0.25, QStringLiteral("mg"), {}, {}}};
    EXPECT_EQ(plan->nights.at(0).night.intakes, expected);
}
