// SPDX-License-Identifier: GPL-3.0-or-later
// Issue 13 on the command line: `rls-diary import` never drops a column without a word. A column
// it cannot place is named, and nothing is written until --map says what it holds or
// --ignore-column leaves it out; cups are converted with the figure printed; nights dated before
// 1900 or after tomorrow need --allow-odd-dates. Runs the built binary on real files.
#include "clirunner.h"
#include "storage/diarystore.h"
#include "support/fixtures.h"

#include <QCryptographicHash>
#include <QFile>
#include <QTemporaryDir>

#include <gtest/gtest.h>

using namespace rls;
using test::Outcome;
using test::rlsDiary;

namespace {

class CliImportColumns : public ::testing::Test {
protected:
    QString path(const char *name) const { return m_dir.filePath(QString::fromLatin1(name)); }
    QString write(const char *name, const QByteArray &bytes) const
    {
        QFile f(path(name));
        EXPECT_TRUE(f.open(QIODevice::WriteOnly));
        f.write(bytes);
        return f.fileName();
    }
    // A diary with one night, so that a refused import has something to leave as it was.
    QString diary()
    {
        const QString file = path("diary.sqlite");
        const Outcome r
            = rlsDiary({QStringLiteral("import"), write("first.csv", "date,symptom_severity_0_10\r\n2026-01-01,3\r\n"),
                QStringLiteral("--create"), QStringLiteral("--database"), file});
        EXPECT_EQ(r.code, 0) << r.err.toStdString();
        return file;
    }
    static QByteArray hash(const QString &file)
    {
        QFile f(file);
        EXPECT_TRUE(f.open(QIODevice::ReadOnly));
        return QCryptographicHash::hash(f.readAll(), QCryptographicHash::Sha256);
    }
    static Night night(const QString &diary, QDate date)
    {
        OpenOptions options;
        options.access = Access::ReadOnly;
        auto store = DiaryStore::open(diary, options);
        EXPECT_TRUE(store);
        const auto nights = store.value()->loadRange(date, date);
        return nights && !nights->isEmpty() ? nights->first() : Night {};
    }
    static QStringList args(std::initializer_list<QString> list) { return QStringList(list); }

    QTemporaryDir m_dir;
};

const QByteArray moodFile = "Date,RLS score,Mood\r\n"
                            "2026-11-20,4,calm\r\n";

} // namespace

TEST_F(CliImportColumns, aColumnItCannotPlace_isNamed_andNothingIsWritten)
{
    const QString db = diary();
    const QByteArray before = hash(db);
    const QString file = write("mood.csv", moodFile);

    const Outcome refused = rlsDiary(args({QStringLiteral("import"), file, QStringLiteral("--database"), db}));
    EXPECT_EQ(refused.code, 4) << refused.err.toStdString();
    EXPECT_TRUE(refused.err.contains(u"The column \"Mood\" would not be imported.")) << refused.err.toStdString();
    EXPECT_TRUE(refused.err.contains(u"--map \"COLUMN=FIELD\""));
    EXPECT_TRUE(refused.err.contains(u"--ignore-column"));
    EXPECT_TRUE(refused.err.contains(u"Nothing was imported."));
    EXPECT_EQ(hash(db), before);

    const Outcome dry = rlsDiary(
        args({QStringLiteral("import"), file, QStringLiteral("--dry-run"), QStringLiteral("--database"), db}));
    EXPECT_EQ(dry.code, 4);
    EXPECT_TRUE(QString::fromUtf8(dry.out).contains(u"not imported  \"Mood\"")) << dry.out.toStdString();
    EXPECT_EQ(hash(db), before);
}

TEST_F(CliImportColumns, ignoreColumn_leavesItOut_andImportsTheRest)
{
    const QString db = diary();
    const Outcome r = rlsDiary(args({QStringLiteral("import"), write("mood.csv", moodFile),
        QStringLiteral("--ignore-column"), QStringLiteral("mood"), QStringLiteral("--database"), db}));
    EXPECT_EQ(r.code, 0) << r.err.toStdString();
    EXPECT_TRUE(QString::fromUtf8(r.out).contains(u"not imported  \"Mood\" (left out with --ignore-column)"));
    EXPECT_EQ(night(db, QDate(2026, 11, 20)).symptoms.severity, 4);
}

TEST_F(CliImportColumns, mapOption_bringsAPersonsColumnIn)
{
    const QString db = diary();
    const Outcome r = rlsDiary(args({QStringLiteral("import"), write("mood.csv", moodFile), QStringLiteral("--map"),
        QStringLiteral("Mood=notes"), QStringLiteral("--database"), db}));
    EXPECT_EQ(r.code, 0) << r.err.toStdString();
    EXPECT_EQ(night(db, QDate(2026, 11, 20)).note, QStringLiteral("calm"));
}

TEST_F(CliImportColumns, mapOrIgnore_thatNameNoColumnOrField_areWrongUse_exit2)
{
    const QString db = diary();
    const QByteArray before = hash(db);
    const QString file = write("mood.csv", moodFile);
    const Outcome noColumn = rlsDiary(args({QStringLiteral("import"), file, QStringLiteral("--map"),
        QStringLiteral("Stimmung=notes"), QStringLiteral("--database"), db}));
    EXPECT_EQ(noColumn.code, 2);
    EXPECT_TRUE(noColumn.err.contains(u"no column \"Stimmung\"")) << noColumn.err.toStdString();
    const Outcome noField = rlsDiary(args({QStringLiteral("import"), file, QStringLiteral("--map"),
        QStringLiteral("Mood=feelings"), QStringLiteral("--database"), db}));
    EXPECT_EQ(noField.code, 2);
    EXPECT_TRUE(noField.err.contains(u"\"feelings\" is not a diary field")) << noField.err.toStdString();
    const Outcome noIgnore = rlsDiary(args({QStringLiteral("import"), file, QStringLiteral("--ignore-column"),
        QStringLiteral("Weather"), QStringLiteral("--database"), db}));
    EXPECT_EQ(noIgnore.code, 2);
    EXPECT_TRUE(noIgnore.err.contains(u"no column \"Weather\"")) << noIgnore.err.toStdString();
    EXPECT_EQ(hash(db), before);
}

TEST_F(CliImportColumns, germanSheet_arrivesWhole_sleepQualityAlcoholAndNotesIncluded)
{
    const QString db = path("de.sqlite");
    const Outcome r = rlsDiary(args({QStringLiteral("import"), test::fixturePath(QStringLiteral("sheets/german.csv")),
        QStringLiteral("--create"), QStringLiteral("--database"), db}));
    ASSERT_EQ(r.code, 0) << r.err.toStdString() << r.out.toStdString();
    EXPECT_FALSE(QString::fromUtf8(r.out).contains(u"not imported")) << r.out.toStdString();
    // The sheet's first row: 09.11.2026;6;2;300;65;1;Beine sehr unruhig, ...
    const Night first = night(db, QDate(2026, 11, 9));
    EXPECT_EQ(first.symptoms.severity, 6);
    EXPECT_EQ(first.sleep.quality, 2);
    EXPECT_TRUE(first.note.startsWith(QStringLiteral("Beine sehr unruhig"))) << first.note.toStdString();
    double alcohol = -1;
    for (const Intake &in : first.intakes) {
        if (in.substance == substances::Alcohol)
            alcohol = in.amount;
    }
    EXPECT_DOUBLE_EQ(alcohol, 1.0); // one glass of wine, 148 ml at 12 %: one US standard drink
    EXPECT_TRUE(QString::fromUtf8(r.out).contains(u"each glass counted as 1 standard drink")) << r.out.toStdString();
}

TEST_F(CliImportColumns, usSheet_cupsOfCoffee_becomeCaffeineMg_andTheFigureIsPrinted)
{
    const QString db = path("us.sqlite");
    const Outcome r = rlsDiary(args({QStringLiteral("import"), test::fixturePath(QStringLiteral("sheets/us.csv")),
        QStringLiteral("--create"), QStringLiteral("--database"), db}));
    ASSERT_EQ(r.code, 0) << r.err.toStdString() << r.out.toStdString();
    EXPECT_TRUE(QString::fromUtf8(r.out).contains(u"\"Coffee (cups)\": each cup counted as 95 mg of caffeine"))
        << r.out.toStdString();
    // 11/16/2026: 2 cups and Drinks 0, a recorded "none".
    const Night first = night(db, QDate(2026, 11, 16));
    double caffeine = 0;
    bool alcoholZero = false;
    for (const Intake &in : first.intakes) {
        if (in.substance == substances::Caffeine)
            caffeine += in.amount;
        if (in.substance == substances::Alcohol)
            alcoholZero = in.amount == 0;
    }
    EXPECT_DOUBLE_EQ(caffeine, 190.0);
    EXPECT_TRUE(alcoholZero) << "Drinks = 0 is a recorded zero";
}

TEST_F(CliImportColumns, oddDates_needAllowOddDates)
{
    const QString db = diary();
    const QByteArray before = hash(db);
    const QString file = write("odd.csv", "date,symptom_severity_0_10\r\n1800-05-01,3\r\n9999-12-31,4\r\n");
    const Outcome refused = rlsDiary(args({QStringLiteral("import"), file, QStringLiteral("--database"), db}));
    EXPECT_EQ(refused.code, 4);
    EXPECT_TRUE(refused.err.contains(u"2 nights are dated before 1900 or after tomorrow (1800-05-01, 9999-12-31)"))
        << refused.err.toStdString();
    EXPECT_TRUE(refused.err.contains(u"--allow-odd-dates"));
    EXPECT_EQ(hash(db), before);
    const Outcome allowed = rlsDiary(
        args({QStringLiteral("import"), file, QStringLiteral("--allow-odd-dates"), QStringLiteral("--database"), db}));
    EXPECT_EQ(allowed.code, 0) << allowed.err.toStdString();
    EXPECT_EQ(night(db, QDate(1800, 5, 1)).symptoms.severity, 3);
}
