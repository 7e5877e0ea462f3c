// SPDX-License-Identifier: GPL-3.0-or-later
// Opening diaries written by earlier versions: tests/data/diary-v1.sqlite .. diary-v4.sqlite were
// made by the apps of schema versions 1 to 4 (see tests/data/README.md) and are copied before each
// test.
#include "model/dose.h"
#include "model/trialplan.h"
#include "storage/diarystore.h"
#include "storage/schema.h"
#include "support/fixtures.h"
#include "support/tempdiary.h"

#include <QDir>
#include <QFile>

#include <SQLiteCpp/Database.h>

#include <gtest/gtest.h>

using namespace rls;
using rls::test::fileBytes;
using rls::test::TempDiary;

namespace {

// The fixture as a fresh file in the test's folder.
void copyFixture(const TempDiary &diary, const QString &name)
{
    ASSERT_TRUE(QFile::copy(test::fixturePath(name), diary.path()));
    QFile(diary.path()).setPermissions(QFile::ReadOwner | QFile::WriteOwner);
}

void copyV1(const TempDiary &diary)
{
    copyFixture(diary, QStringLiteral("diary-v1.sqlite"));
}

struct RawCounts {
    int nights;
    int intakes;
    int tags;
    double amounts;
};

RawCounts countsOf(const QString &path)
{
    SQLite::Database raw(path.toStdString());
    return {raw.execAndGet("SELECT count(*) FROM night").getInt(),
        raw.execAndGet("SELECT count(*) FROM intake").getInt(),
        raw.execAndGet("SELECT count(*) FROM night_tag").getInt(),
        raw.execAndGet("SELECT total(amount) FROM intake").getDouble()};
}

} // namespace

TEST(Migration, v1Diary_opensAtTheCurrentVersion_keepingEveryNightAndDose)
{
    TempDiary diary;
    copyV1(diary);
    const RawCounts before = countsOf(diary.path());
    ASSERT_EQ(before.nights, 38);
    auto opened = DiaryStore::open(diary.path());
    ASSERT_TRUE(opened) << opened.error().message.toStdString();
    const auto nights = opened.value()->loadRange(QDate(2000, 1, 1), QDate(2100, 1, 1));
    ASSERT_TRUE(nights);
    EXPECT_EQ(nights->size(), before.nights);
    opened.value().reset();
    const RawCounts after = countsOf(diary.path());
    EXPECT_EQ(after.nights, before.nights);
    EXPECT_EQ(after.intakes, before.intakes);
    EXPECT_EQ(after.tags, before.tags);
    EXPECT_DOUBLE_EQ(after.amounts, before.amounts);
    SQLite::Database raw(diary.path().toStdString());
    EXPECT_EQ(schema::version(raw), schema::CurrentVersion);
}

TEST(Migration, v1Diary_isCopiedAsideBeforeUpgrading)
{
    TempDiary diary;
    copyV1(diary);
    ASSERT_TRUE(DiaryStore::open(diary.path()));
    const QList<BackupFile> made = backups::list(diary.path());
    ASSERT_EQ(made.size(), 1) << QDir(diary.dir()).entryList().join(u' ').toStdString();
    EXPECT_EQ(made.first().reason, BackupReason::BeforeUpgrade);
    EXPECT_EQ(QFileInfo(made.first().path).permissions() & (QFile::ReadOther | QFile::ReadGroup), 0);
    const QString backup = made.first().path;
    SQLite::Database copy(backup.toStdString());
    EXPECT_EQ(schema::version(copy), 1);
    EXPECT_EQ(copy.execAndGet("SELECT count(*) FROM night").getInt(), 38);
    EXPECT_TRUE(
        copy.execAndGet("SELECT count(*) FROM pragma_table_info('substance') WHERE name = 'category'").getInt());
}

TEST(Migration, v1Substances_getKindsAndFlags_andTheUsualMedicinesJoin)
{
    TempDiary diary;
    copyV1(diary);
    const QList<Substance> catalog = diary.store().substances().value();
    auto kindOfName = [&](const char16_t *name) { return findSubstance(catalog, QString::fromUtf16(name))->kind; };
    auto flagsOfName = [&](const char16_t *name) { return findSubstance(catalog, QString::fromUtf16(name))->flags; };
    EXPECT_EQ(kindOfName(u"Magnesium"), SubstanceKind::Magnesium);
    EXPECT_EQ(kindOfName(u"Magnesium citrate powder"), SubstanceKind::Magnesium);
    EXPECT_TRUE(flagsOfName(u"Magnesium citrate powder").testFlag(SubstanceFlag::CountsTowardsMagnesiumLimit));
    EXPECT_EQ(kindOfName(u"Iron"), SubstanceKind::Iron);
    EXPECT_EQ(kindOfName(u"Caffeine"), SubstanceKind::Caffeine);
    EXPECT_EQ(kindOfName(u"Alcohol"), SubstanceKind::Alcohol);
    EXPECT_EQ(kindOfName(u"Levodopa/benserazide"), SubstanceKind::Medication);
    EXPECT_TRUE(flagsOfName(u"Levodopa/benserazide").testFlag(SubstanceFlag::Dopaminergic));
    EXPECT_TRUE(flagsOfName(u"pramipexole").testFlag(SubstanceFlag::Dopaminergic)); // the person's own entry
    EXPECT_TRUE(flagsOfName(u"Calcium").testFlag(SubstanceFlag::IronAbsorptionInhibitor));
    EXPECT_EQ(kindOfName(u"Guarana"), SubstanceKind::Other);
    EXPECT_NE(findSubstance(catalog, QStringLiteral("Ropinirole")), nullptr);
    // The migration's rules and those for substances met in an import agree.
    for (const Substance &s : catalog) {
        const Substance guessed = newSubstanceNamed(s.name, s.unit);
        if (s.id <= 9 && s.name != u"Guarana" && s.name != u"Alcohol" && s.name != u"Levodopa/benserazide") {
            EXPECT_EQ(guessed.kind, s.kind) << s.name.toStdString();
        }
        if (s.id <= 9) {
            EXPECT_EQ(guessed.flags, s.flags) << s.name.toStdString();
        }
    }
    // The person's 0.2 g of magnesium powder now counts as magnesium: 200 mg.
    const Night night = diary.store().loadNight(QDate(2026, 11, 20))->value();
    double powder = 0;
    for (const Intake &in : night.intakes) {
        if (in.substance == u"Magnesium citrate powder")
            powder = toMilligrams(in.amount, in.unit).value_or(0);
    }
    EXPECT_DOUBLE_EQ(powder, 200.0);
}

TEST(Migration, failedUpgradeOfV1_leavesTheFileAtV1_byteForByte)
{
    TempDiary diary;
    copyV1(diary);
    {
        // A column in the way of version 2 makes its step fail halfway through.
        SQLite::Database raw(diary.path().toStdString(), SQLite::OPEN_READWRITE);
        raw.exec("ALTER TABLE intake ADD COLUMN label_mg REAL");
        raw.exec("PRAGMA wal_checkpoint(TRUNCATE)");
    }
    const QByteArray before = fileBytes(diary.path());
    const RawCounts counts = countsOf(diary.path());
    auto opened = DiaryStore::open(diary.path());
    ASSERT_FALSE(opened);
    EXPECT_EQ(opened.error().kind, ErrorKind::Storage);
    EXPECT_TRUE(opened.error().message.contains(QStringLiteral("version %1").arg(schema::CurrentVersion)))
        << opened.error().message.toStdString();
    SQLite::Database raw(diary.path().toStdString());
    EXPECT_EQ(schema::version(raw), 1);
    EXPECT_TRUE(raw.execAndGet("SELECT count(*) FROM pragma_table_info('substance') WHERE name = 'category'").getInt());
    EXPECT_FALSE(raw.execAndGet("SELECT count(*) FROM pragma_table_info('substance') WHERE name = 'kind'").getInt());
    EXPECT_EQ(countsOf(diary.path()).nights, counts.nights);
    EXPECT_EQ(countsOf(diary.path()).intakes, counts.intakes);
    EXPECT_EQ(fileBytes(diary.path()), before);
}

// Version 3 adds the "show my doctor" mark on a night.
TEST(Migration, v2Diary_opensAtTheCurrentVersion_keepingEveryNight_noneMarkedForTheDoctor)
{
    TempDiary diary;
    copyFixture(diary, QStringLiteral("diary-v2.sqlite"));
    const RawCounts before = countsOf(diary.path());
    ASSERT_EQ(before.nights, 40);
    {
        SQLite::Database raw(diary.path().toStdString());
        ASSERT_EQ(schema::version(raw), 2);
    }
    auto opened = DiaryStore::open(diary.path());
    ASSERT_TRUE(opened) << opened.error().message.toStdString();
    const auto nights = opened.value()->loadRange(QDate(2000, 1, 1), QDate(2100, 1, 1));
    ASSERT_TRUE(nights);
    ASSERT_EQ(nights->size(), before.nights);
    for (const Night &n : nights.value())
        EXPECT_FALSE(n.flaggedForDoctor) << n.date.toString(Qt::ISODate).toStdString();
    // The upgraded diary keeps the mark once it is set.
    Night marked = nights->at(3);
    marked.flaggedForDoctor = true;
    ASSERT_TRUE(opened.value()->saveNight(marked));
    EXPECT_TRUE(opened.value()->loadNight(marked.date)->value().flaggedForDoctor);
    opened.value().reset();
    const RawCounts after = countsOf(diary.path());
    EXPECT_EQ(after.nights, before.nights);
    EXPECT_EQ(after.intakes, before.intakes);
    EXPECT_EQ(after.tags, before.tags);
    EXPECT_DOUBLE_EQ(after.amounts, before.amounts);
    SQLite::Database raw(diary.path().toStdString());
    EXPECT_EQ(schema::version(raw), schema::CurrentVersion);
    const QList<BackupFile> made = backups::list(diary.path());
    ASSERT_EQ(made.size(), 1);
    EXPECT_EQ(made.first().reason, BackupReason::BeforeUpgrade);
    SQLite::Database copy(made.first().path.toStdString());
    EXPECT_EQ(schema::version(copy), 2);
}

TEST(Migration, failedUpgradeOfV2_leavesTheFileAtV2_byteForByte)
{
    TempDiary diary;
    copyFixture(diary, QStringLiteral("diary-v2.sqlite"));
    {
        // A column in the way of version 3 makes its step fail.
        SQLite::Database raw(diary.path().toStdString(), SQLite::OPEN_READWRITE);
        raw.exec("ALTER TABLE night ADD COLUMN flagged_for_doctor TEXT");
        raw.exec("PRAGMA wal_checkpoint(TRUNCATE)");
    }
    const QByteArray before = fileBytes(diary.path());
    auto opened = DiaryStore::open(diary.path());
    ASSERT_FALSE(opened);
    EXPECT_EQ(opened.error().kind, ErrorKind::Storage);
    SQLite::Database raw(diary.path().toStdString());
    EXPECT_EQ(schema::version(raw), 2);
    EXPECT_EQ(countsOf(diary.path()).nights, 40);
    EXPECT_EQ(fileBytes(diary.path()), before);
}

// Version 4 adds personal trials. diary-v3.sqlite was written by the version-3 app, with two nights
// marked for the doctor.
TEST(Migration, v3Diary_opensAtTheCurrentVersion_keepingEveryNightAndMark_withNoTrial)
{
    TempDiary diary;
    copyFixture(diary, QStringLiteral("diary-v3.sqlite"));
    const RawCounts before = countsOf(diary.path());
    ASSERT_EQ(before.nights, 40);
    {
        SQLite::Database raw(diary.path().toStdString());
        ASSERT_EQ(schema::version(raw), 3);
    }
    auto opened = DiaryStore::open(diary.path());
    ASSERT_TRUE(opened) << opened.error().message.toStdString();
    DiaryStore &store = *opened.value();
    const auto nights = store.loadRange(QDate(2000, 1, 1), QDate(2100, 1, 1));
    ASSERT_TRUE(nights);
    ASSERT_EQ(nights->size(), before.nights);
    QList<QDate> marked;
    for (const Night &n : nights.value()) {
        if (n.flaggedForDoctor)
            marked.append(n.date);
    }
    EXPECT_EQ(marked, (QList<QDate> {QDate(2026, 11, 20), QDate(2026, 12, 1)}));
    const auto trials = store.trials();
    ASSERT_TRUE(trials);
    EXPECT_TRUE(trials->isEmpty());

    // The upgraded diary stores a trial.
    TrialPlan plan;
    plan.doseA
        = Intake {QStringLiteral("Magnesium"), 200, QStringLiteral("mg"), QStringLiteral("glycinate"), QTime(21, 0)};
    plan.start = QDate(2026, 12, 6);
    plan.seed = 7;
    plan.order = randomisedOrder(plan.seed, plan.pairs);
    const auto added = store.addTrial(plan, QDate(2026, 12, 5));
    ASSERT_TRUE(added) << added.error().message.toStdString();
    EXPECT_EQ(store.trials()->size(), 1);
    opened.value().reset();

    const RawCounts after = countsOf(diary.path());
    EXPECT_EQ(after.nights, before.nights);
    EXPECT_EQ(after.intakes, before.intakes);
    EXPECT_EQ(after.tags, before.tags);
    EXPECT_DOUBLE_EQ(after.amounts, before.amounts);
    SQLite::Database raw(diary.path().toStdString());
    EXPECT_EQ(schema::version(raw), schema::CurrentVersion);
    const QList<BackupFile> made = backups::list(diary.path());
    ASSERT_EQ(made.size(), 1);
    EXPECT_EQ(made.first().reason, BackupReason::BeforeUpgrade);
    SQLite::Database copy(made.first().path.toStdString());
    EXPECT_EQ(schema::version(copy), 3);
    EXPECT_EQ(copy.execAndGet("SELECT count(*) FROM night").getInt(), before.nights);
}

TEST(Migration, failedUpgradeOfV3_leavesTheFileAtV3_byteForByte)
{
    TempDiary diary;
    copyFixture(diary, QStringLiteral("diary-v3.sqlite"));
    {
        // A table in the way of version 4 makes its step fail.
        SQLite::Database raw(diary.path().toStdString(), SQLite::OPEN_READWRITE);
        raw.exec("CREATE TABLE trial (id INTEGER PRIMARY KEY)");
        raw.exec("PRAGMA wal_checkpoint(TRUNCATE)");
    }
    const QByteArray before = fileBytes(diary.path());
    auto opened = DiaryStore::open(diary.path());
    ASSERT_FALSE(opened);
    EXPECT_EQ(opened.error().kind, ErrorKind::Storage);
    SQLite::Database raw(diary.path().toStdString());
    EXPECT_EQ(schema::version(raw), 3);
    EXPECT_EQ(countsOf(diary.path()).nights, 40);
    EXPECT_EQ(raw.execAndGet("SELECT count(*) FROM night WHERE flagged_for_doctor = 1").getInt(), 2);
    EXPECT_EQ(fileBytes(diary.path()), before);
}

// Version 5 lets a dose be 0, a recorded "none" (no alcohol that day). diary-v4.sqlite was written
// by the version-4 app, with a personal trial.
TEST(Migration, v4Diary_opensAtTheCurrentVersion_keepingEveryDoseAndTrial_andTakesADoseOfZero)
{
    TempDiary diary;
    copyFixture(diary, QStringLiteral("diary-v4.sqlite"));
    const RawCounts before = countsOf(diary.path());
    ASSERT_EQ(before.nights, 75);
    ASSERT_EQ(before.intakes, 201);
    {
        SQLite::Database raw(diary.path().toStdString());
        ASSERT_EQ(schema::version(raw), 4);
    }
    auto opened = DiaryStore::open(diary.path());
    ASSERT_TRUE(opened) << opened.error().message.toStdString();
    DiaryStore &store = *opened.value();
    const QList<Night> nights = store.loadRange(QDate(2000, 1, 1), QDate(2100, 1, 1)).value();
    ASSERT_EQ(nights.size(), before.nights);
    EXPECT_EQ(store.trials()->size(), 1);
    Night none = nights.last();
    none.intakes.append({substances::Alcohol, 0, QStringLiteral("standard drinks"), {}, {}});
    const auto saved = store.saveNight(none);
    ASSERT_TRUE(saved) << saved.error().message.toStdString();
    EXPECT_EQ(store.loadNight(none.date).value()->intakes, none.intakes);
    opened.value().reset();

    const RawCounts after = countsOf(diary.path());
    EXPECT_EQ(after.nights, before.nights);
    EXPECT_EQ(after.intakes, before.intakes + 1);
    EXPECT_EQ(after.tags, before.tags);
    EXPECT_DOUBLE_EQ(after.amounts, before.amounts);
    SQLite::Database raw(diary.path().toStdString());
    EXPECT_EQ(schema::version(raw), schema::CurrentVersion);
    EXPECT_EQ(raw.execAndGet("SELECT count(*) FROM pragma_foreign_key_check").getInt(), 0);
    EXPECT_EQ(raw.execAndGet("SELECT count(*) FROM sqlite_master WHERE name = 'intake_by_night'").getInt(), 1);
    const QList<BackupFile> made = backups::list(diary.path());
    ASSERT_EQ(made.size(), 1);
    EXPECT_EQ(made.first().reason, BackupReason::BeforeUpgrade);
    SQLite::Database copy(made.first().path.toStdString());
    EXPECT_EQ(schema::version(copy), 4);
}

TEST(Migration, failedUpgradeOfV4_leavesTheFileAtV4_byteForByte)
{
    TempDiary diary;
    copyFixture(diary, QStringLiteral("diary-v4.sqlite"));
    {
        // A table in the way of version 5 makes its step fail.
        SQLite::Database raw(diary.path().toStdString(), SQLite::OPEN_READWRITE);
        raw.exec("CREATE TABLE intake_v5 (id INTEGER PRIMARY KEY)");
        raw.exec("PRAGMA wal_checkpoint(TRUNCATE)");
    }
    const QByteArray before = fileBytes(diary.path());
    auto opened = DiaryStore::open(diary.path());
    ASSERT_FALSE(opened);
    EXPECT_EQ(opened.error().kind, ErrorKind::Storage);
    SQLite::Database raw(diary.path().toStdString());
    EXPECT_EQ(schema::version(raw), 4);
    EXPECT_EQ(countsOf(diary.path()).intakes, 201);
    EXPECT_EQ(fileBytes(diary.path()), before);
}
