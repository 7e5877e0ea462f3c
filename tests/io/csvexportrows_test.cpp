// SPDX-License-Identifier: GPL-3.0-or-later
// The exports are written from one query as its rows come (io/csvexportrows.cpp). They must give
// the very bytes the model path gives, nightlyCsv() and intakesCsv() of the nights loadRange()
// reads, whatever the diary holds: a synthetic diary of two years, and nights made to be awkward
// (formulas, quotes, line breaks, accents, own substances of every kind, units that do not add
// up, tags that sort differently with and without case).
#include "demo/syntheticdiary.h"
#include "io/csvexport.h"
#include "storage/exportrows.h"
#include "support/tempdiary.h"

#include <gtest/gtest.h>

#include <SQLiteCpp/SQLiteCpp.h>

using namespace rls;

namespace {

const QDate From(1900, 1, 1);
const QDate To(2100, 1, 1);

// The first line where the two files differ, to show in a failure.
std::string firstDifference(const QByteArray &a, const QByteArray &b)
{
    const QList<QByteArray> left = a.split('\n');
    const QList<QByteArray> right = b.split('\n');
    for (qsizetype i = 0; i < std::max(left.size(), right.size()); ++i) {
        const QByteArray l = left.value(i), r = right.value(i);
        if (l != r)
            return "line " + std::to_string(i + 1) + ":\n  streamed: " + l.toStdString()
                + "\n  model:    " + r.toStdString();
    }
    return "no line differs";
}

// Both exports of [from, to] against the model path, byte for byte.
void expectSameAsModel(DiaryStore &store, QDate from, QDate to)
{
    const QList<Night> nights = store.loadRange(from, to).value();
    const QList<Substance> catalog = store.substances().value();
    const QByteArray nightly = exportCsv(store, CsvKind::Nightly, from, to).value();
    const QByteArray model = nightlyCsv(nights, catalog);
    EXPECT_EQ(nightly, model) << firstDifference(nightly, model);
    const QByteArray intakes = exportCsv(store, CsvKind::Intakes, from, to).value();
    const QByteArray modelIntakes = intakesCsv(nights, catalog);
    EXPECT_EQ(intakes, modelIntakes) << firstDifference(intakes, modelIntakes);
}

Substance own(const QString &name, const QString &unit, SubstanceKind kind)
{
    Substance s = newSubstanceNamed(name, unit);
    s.kind = kind;
    return s;
}

Intake dose(const QString &substance, double amount, const QString &unit, const QString &form = {},
    std::optional<QTime> time = {}, std::optional<double> labelMg = {})
{
    return Intake {substance, amount, unit, form, time, labelMg};
}

} // namespace

TEST(CsvExportRows, syntheticDiary_givesTheBytesOfTheModelPath)
{
    test::TempDiary diary;
    ASSERT_TRUE(writeSyntheticDiary(diary.store(), {.seed = 7, .nights = 730, .lastNight = QDate(2026, 11, 22)}));
    expectSameAsModel(diary.store(), From, To);
    // A range that starts and ends inside the diary takes the same nights, doses and tags.
    expectSameAsModel(diary.store(), QDate(2025, 3, 17), QDate(2025, 9, 2));
    expectSameAsModel(diary.store(), QDate(2026, 11, 22), QDate(2026, 11, 22));
    // A range with no night writes the header alone.
    expectSameAsModel(diary.store(), QDate(1990, 1, 1), QDate(1990, 12, 31));
}

TEST(CsvExportRows, awkwardNights_giveTheBytesOfTheModelPath)
{
    test::TempDiary diary;
    DiaryStore &store = diary.store();
    for (const Substance &s :
        {own(QStringLiteral("Magnesium citrate powder"), QStringLiteral("g"), SubstanceKind::Magnesium),
            own(QStringLiteral("Magnesium oil spray"), QStringLiteral("spray"), SubstanceKind::Other),
            own(QStringLiteral("Vitamin D; K2"), QStringLiteral("IU"), SubstanceKind::Other),
            own(QStringLiteral("Mag: \"night\""), QStringLiteral("mg"), SubstanceKind::Magnesium),
            own(QStringLiteral("Eisen-Brausetablette ä"), QStringLiteral("mg"), SubstanceKind::Iron),
            own(QStringLiteral("Clonazepam"), QStringLiteral("mg"), SubstanceKind::Medication),
            own(QStringLiteral("=Formula"), QStringLiteral("mg"), SubstanceKind::Other),
            own(QStringLiteral("Cold brew"), QStringLiteral("cup"), SubstanceKind::Caffeine),
            own(QStringLiteral("Melatonin"), QStringLiteral("mg"), SubstanceKind::Other)})
        ASSERT_TRUE(store.addSubstance(s)) << s.name.toStdString();

    QList<Night> nights;
    Night full = test::fullNight(QDate(2026, 11, 1));
    full.note = QStringLiteral("=HYPERLINK(\"http://example.org\",\"click\")");
    full.tags = {QStringLiteral("stress"), QStringLiteral("Zebra"), QStringLiteral("exercise"), QStringLiteral("Apfel"),
        QStringLiteral("ábc"), QStringLiteral("_under"), QStringLiteral("=sum")};
    full.intakes = {
        dose(QStringLiteral("Caffeine"), 95, QStringLiteral("mg"), QStringLiteral("Espresso (1 shot)"), QTime(10, 0)),
        dose(QStringLiteral("Magnesium"), 42.3, QStringLiteral("mg"), QStringLiteral("glycinate"), QTime(21, 0), 300),
        dose(QStringLiteral("Caffeine"), 34, QStringLiteral("mg"), {}, QTime(15, 0)),
        dose(QStringLiteral("Magnesium citrate powder"), 0.1, QStringLiteral("g"), {}, QTime(0, 0)),
        dose(QStringLiteral("Magnesium citrate powder"), 0.2, QStringLiteral("g"), {}, QTime(23, 59)),
        dose(QStringLiteral("Mag: \"night\""), 0.0000004, QStringLiteral("mg"), QStringLiteral("from the pharmacy")),
        dose(QStringLiteral("Alcohol"), 1, QStringLiteral("standard drinks")),
        dose(QStringLiteral("Pramipexole"), 0.125, QStringLiteral("mg"), {}, QTime(20, 0)),
        dose(QStringLiteral("Clonazepam"), 0.5, QStringLiteral("mg"), QStringLiteral("tablet; half")),
        dose(QStringLiteral("Vitamin D; K2"), 1000, QStringLiteral("IU"), {}, QTime(8, 5)),
        dose(QStringLiteral("Magnesium oil spray"), 3, QStringLiteral("spray")),
        dose(QStringLiteral("=Formula"), 99999.99999999999, QStringLiteral("mg")),
        dose(QStringLiteral("Eisen-Brausetablette ä"), 25, QStringLiteral("mg"), QStringLiteral("Brause (groß)"),
            QTime(8, 0), 125)};
    nights.append(full);

    Night unconvertible = test::fullNight(QDate(2026, 11, 2));
    unconvertible.note = QStringLiteral("'=x and a line\nbreak, with \"quotes\"\tand a tab");
    unconvertible.tags = {QStringLiteral("travel")};
    unconvertible.intakes = {dose(QStringLiteral("Magnesium"), 2, QStringLiteral("tablet")),
        dose(QStringLiteral("Magnesium"), 100, QStringLiteral("mg"), QStringLiteral("citrate")),
        dose(QStringLiteral("Cold brew"), 1, QStringLiteral("cup")),
        dose(QStringLiteral("Alcohol"), 1.5, QStringLiteral("standard drinks"), QStringLiteral("wine")),
        dose(QStringLiteral("Iron"), 500, QStringLiteral("mcg")),
        dose(QStringLiteral("Melatonin"), 2, QStringLiteral("mg"), QStringLiteral("slow release"), QTime(22, 15))};
    nights.append(unconvertible);

    Night sleepOnly;
    sleepOnly.date = QDate(2026, 11, 3);
    sleepOnly.sleep.inBed = QTime(23, 50);
    sleepOnly.sleep.triedToSleep = QTime(0, 10);
    sleepOnly.sleep.minutesToFallAsleep = 25;
    sleepOnly.sleep.awakenings = 0;
    sleepOnly.sleep.finalAwakening = QTime(6, 59);
    sleepOnly.sleep.outOfBed = QTime(7, 20);
    nights.append(sleepOnly);

    Night marked;
    marked.date = QDate(2026, 11, 5);
    marked.flaggedForDoctor = true;
    marked.symptoms.severity = 0;
    marked.symptoms.sensations = Sensation::UrgeToMove | Sensation::Twitching;
    marked.symptoms.bodyAreas = BodyArea::Arms;
    marked.note = QStringLiteral("ça va – vertical\vtab, and 🦵 too");
    marked.tags = {QStringLiteral("Stress")};
    nights.append(marked);

    Night minus;
    minus.date = QDate(2026, 11, 6);
    minus.note = QStringLiteral("-5 after a walk, \"fine\"");
    minus.intakes = {dose(QStringLiteral("Iron"), 25, QStringLiteral("mg"), QStringLiteral("ferrous bisglycinate"))};
    nights.append(minus);

    for (const Night &n : nights)
        ASSERT_TRUE(store.saveNight(n)) << n.date.toString(Qt::ISODate).toStdString();
    ASSERT_EQ(store.loadRange(From, To)->size(), nights.size());
    expectSameAsModel(store, From, To);
    expectSameAsModel(store, QDate(2026, 11, 2), QDate(2026, 11, 5));
}

TEST(CsvExportRows, exportQuery_runsOutsideTheApp_oneRowPerNightDoseAndTag)
{
    test::TempDiary diary;
    ASSERT_TRUE(writeSyntheticDiary(diary.store(), {.seed = 3, .nights = 120, .lastNight = QDate(2026, 11, 22)}));
    const QList<Night> nights = diary.store().loadRange(From, To).value();
    qsizetype doses = 0, tags = 0;
    for (const Night &n : nights) {
        doses += n.intakes.size();
        tags += n.tags.size();
    }
    ASSERT_GT(doses, 0);
    ASSERT_GT(tags, 0);
    diary.close();
    // What the sqlite3 tool is given: the text alone, with the range as :from and :to.
    SQLite::Database db(diary.path().toStdString(), SQLite::OPEN_READONLY);
    const auto count = [&](ExportRows rows) {
        SQLite::Statement q(db, exportQuery(rows));
        q.bind(":from", "1900-01-01");
        q.bind(":to", "2100-01-01");
        int n = 0;
        while (q.executeStep())
            ++n;
        return n;
    };
    EXPECT_EQ(count(ExportRows::Nights), nights.size() + doses + tags);
    EXPECT_EQ(count(ExportRows::Doses), doses);
}
