// SPDX-License-Identifier: GPL-3.0-or-later
// Issue 13, the proof: a diary holding every kind of value the import accepts is exported as
// each of its two files, each file is imported into an empty diary, and that diary exports the
// same bytes. Control characters in notes and tags, separators and quotes in names, forms and
// units, the tiniest and the largest amounts, a recorded 0 of each group, every kind, label
// weights and nights marked for the doctor.
#include "demo/syntheticdiary.h"
#include "io/csvexport.h"
#include "io/csvtesthelpers.h"
#include "model/validation.h"
#include "support/tempdiary.h"

#include <gtest/gtest.h>

#include <algorithm>
#include <cmath>

using namespace rls;

namespace {

const QDate From(2026, 4, 1);
const QDate To(2026, 4, 30);

Substance own(const QString &name, SubstanceKind kind, const QString &unit)
{
    Substance s;
    s.name = name;
    s.kind = kind;
    s.flags = defaultFlags(kind);
    s.unit = unit;
    return s;
}

// Substances a person added: of every kind, with the dose text's separators and a line break in
// their names (the intakes file accepts a quoted name over two lines).
QList<Substance> ownSubstances()
{
    return {own(QStringLiteral("Mag: \"night\""), SubstanceKind::Magnesium, QStringLiteral("mg")),
        own(QStringLiteral("Floradix, liquid"), SubstanceKind::Iron, QStringLiteral("ml")),
        own(QStringLiteral("Guarana (shot)"), SubstanceKind::Caffeine, QStringLiteral("mg")),
        own(QStringLiteral("Cider at 5% at 20:00"), SubstanceKind::Alcohol, QStringLiteral("standard drinks")),
        own(QStringLiteral("Clonazepam"), SubstanceKind::Medication, QStringLiteral("mg")),
        own(QStringLiteral("Vitamin D; K2"), SubstanceKind::Other, QStringLiteral("IU")),
        own(QStringLiteral("=cmd|' /C calc'!A0"), SubstanceKind::Other, QStringLiteral("drop")),
        own(QStringLiteral("Night\ndrops"), SubstanceKind::Medication, QStringLiteral("drop"))};
}

// Every C0 control character but NUL (which makes a file binary) and the line ends, and DEL.
QString controls()
{
    QString out;
    for (char16_t c = 1; c < 0x20; ++c) {
        if (c != u'\n' && c != u'\r')
            out += QChar(c);
    }
    return out + QChar(0x7f);
}

QList<Night> nights()
{
    const double tiny = 0.0000004;
    const double largest = MaxIntakeAmount;
    const double justBelow = std::nextafter(MaxIntakeAmount, 0.0);
    QList<Night> out;

    Night full = test::fullNight(From);
    full.note = QStringLiteral("Controls:") + controls() + QStringLiteral("\r\nend, \"quoted\"; ünïcödé");
    full.tags = {QStringLiteral("rest\vless"), QStringLiteral("form\ffeed"), QStringLiteral("tab\tin, comma")};
    full.flaggedForDoctor = true;
    full.intakes = {
        {QStringLiteral("Clonazepam"), 0.5, QStringLiteral("mg"), QStringLiteral("with dinner; late"), QTime(22, 0)},
        {substances::Magnesium, 42.3, QStringLiteral("mg"), QStringLiteral("glycinate"), QTime(21, 0), 300},
        {QStringLiteral("Vitamin D; K2"), 1000, QStringLiteral("IU"), QStringLiteral("12\" strip, \"soft\""), {}},
        {QStringLiteral("Mag: \"night\""), 0.25, QStringLiteral("g"), QStringLiteral("from 300 mg glycinate"),
            QTime(21, 30)},
        {QStringLiteral("Floradix, liquid"), 10, QStringLiteral("ml"), {}, QTime(8, 0)},
        {substances::Iron, 65, QStringLiteral("mg"), QStringLiteral("ferrous sulfate"), QTime(8, 5), 325},
        {QStringLiteral("Guarana (shot)"), 80, QStringLiteral("mg"), QStringLiteral("x) at 10:00 (y"), QTime(10, 0)},
        {substances::Caffeine, 63, QStringLiteral("mg"), QStringLiteral("Espresso (1 shot)"), QTime(15, 30)},
        {QStringLiteral("Cider at 5% at 20:00"), 1.5, QStringLiteral("standard drinks"), {}, {}},
        {QStringLiteral("Pramipexole"), 0.125, QStringLiteral("mg"), {}, QTime(20, 0)},
        {QStringLiteral("=cmd|' /C calc'!A0"), 2, QStringLiteral("drops; ml"), QStringLiteral("note: big"), {}},
        {QStringLiteral("Night\ndrops"), 3, QStringLiteral("drop"), QStringLiteral("half\ttab\vand more"), {}}};
    out.append(full);

    Night extremes;
    extremes.date = From.addDays(1);
    extremes.note = QStringLiteral("=HYPERLINK(\"http://example.org\",\"click\")");
    extremes.intakes = {{substances::Magnesium, tiny, QStringLiteral("mg"), {}, {}},
        {substances::Magnesium, largest, QStringLiteral("mg"), QStringLiteral("citrate"), {}, largest},
        {substances::Iron, tiny, QStringLiteral("mg"), QStringLiteral("ferrous sulfate"), {}, largest},
        {substances::Caffeine, justBelow, QStringLiteral("mg"), {}, {}},
        {substances::Alcohol, largest, QStringLiteral("standard drinks"), {}, {}},
        {QStringLiteral("Clonazepam"), tiny, QStringLiteral("mcg"), {}, {}},
        {QStringLiteral("Vitamin D; K2"), justBelow, QStringLiteral("IU"), QStringLiteral("tablet (small)"), {}},
        {substances::Magnesium, 0.3, QStringLiteral("µg"), {}, {}},
        {substances::Iron, 0.1 + 0.2, QStringLiteral("g"), {}, {}}};
    out.append(extremes);

    Night zeros; // a recorded 0 of each group: no magnesium, iron, coffee or alcohol that day
    zeros.date = From.addDays(2);
    zeros.symptoms.severity = 0;
    zeros.note = QStringLiteral("'=1+1 and -5 after a walk");
    zeros.flaggedForDoctor = true;
    zeros.intakes = {{substances::Magnesium, 0, QStringLiteral("mg"), {}, {}},
        {substances::Iron, 0, QStringLiteral("mg"), {}, {}}, {substances::Caffeine, 0, QStringLiteral("mg"), {}, {}},
        {substances::Alcohol, 0, QStringLiteral("standard drinks"), {}, {}},
        {QStringLiteral("Clonazepam"), 0, QStringLiteral("mg"), {}, {}},
        {QStringLiteral("Vitamin D; K2"), 0, QStringLiteral("IU"), {}, {}}};
    out.append(zeros);

    Night sparse; // only a note of control characters, and a formula-looking tag
    sparse.date = From.addDays(5);
    sparse.note = QStringLiteral("\v\f");
    sparse.tags = {QStringLiteral("+1 day"), QStringLiteral("@home")};
    out.append(sparse);
    return out;
}

void fill(DiaryStore &store)
{
    for (const Substance &s : ownSubstances())
        ASSERT_TRUE(store.addSubstance(s));
    for (const Night &n : nights()) {
        ASSERT_TRUE(validateNight(n).isEmpty()) << validateNight(n).value(0).message.toStdString();
        const auto saved = store.saveNight(n);
        ASSERT_TRUE(saved) << saved.error().message.toStdString();
    }
}

// The column order of the nightly file: doses by kind, each kind in the night's order.
int columnOf(const Intake &dose, const QList<Substance> &catalog)
{
    static const QList<SubstanceKind> order = {SubstanceKind::Magnesium, SubstanceKind::Iron, SubstanceKind::Caffeine,
        SubstanceKind::Alcohol, SubstanceKind::Medication, SubstanceKind::Other};
    const Substance *s = findSubstance(catalog, dose.substance);
    return static_cast<int>(order.indexOf(s ? s->kind : SubstanceKind::Other));
}

void expectSameKinds(DiaryStore &a, DiaryStore &b)
{
    const QList<Substance> mine = a.substances().value();
    const QList<Substance> theirs = b.substances().value();
    for (const Night &n : nights()) {
        for (const Intake &d : n.intakes) {
            const Substance *x = findSubstance(mine, d.substance);
            const Substance *y = findSubstance(theirs, d.substance);
            ASSERT_TRUE(x && y) << d.substance.toStdString();
            EXPECT_EQ(kindKey(x->kind), kindKey(y->kind)) << d.substance.toStdString();
        }
    }
}

void expectRoundTrip(CsvKind kind)
{
    test::TempDiary original, empty;
    fill(original.store());
    const QByteArray first = exportCsv(original.store(), kind, From, To).value();
    const auto imported = test::importBytes(empty.store(), first);
    ASSERT_TRUE(imported) << imported.error().message.toStdString();
    const QByteArray second = exportCsv(empty.store(), kind, From, To).value();
    EXPECT_EQ(second.toStdString(), first.toStdString());

    expectSameKinds(original.store(), empty.store());
    const QList<Substance> catalog = original.store().substances().value();
    const QList<Night> before = original.store().loadRange(From, To).value();
    const QList<Night> after = empty.store().loadRange(From, To).value();
    if (kind == CsvKind::Intakes) { // every dose in its place; nights without doses are not in the file
        QList<Night> withDoses;
        std::copy_if(before.cbegin(), before.cend(), std::back_inserter(withDoses),
            [](const Night &n) { return !n.intakes.isEmpty(); });
        ASSERT_EQ(after.size(), withDoses.size());
        for (qsizetype i = 0; i < after.size(); ++i)
            EXPECT_EQ(after.at(i).intakes, withDoses.at(i).intakes) << after.at(i).date.toString().toStdString();
        return;
    }
    ASSERT_EQ(after.size(), before.size());
    for (qsizetype i = 0; i < after.size(); ++i) {
        Night expected = before.at(i);
        std::stable_sort(expected.intakes.begin(), expected.intakes.end(),
            [&](const Intake &x, const Intake &y) { return columnOf(x, catalog) < columnOf(y, catalog); });
        EXPECT_TRUE(sameEntry(after.at(i), expected)) << after.at(i).date.toString().toStdString();
        EXPECT_EQ(after.at(i).intakes, expected.intakes);
        EXPECT_EQ(after.at(i).note, expected.note);
    }
}

} // namespace

TEST(CsvRoundTripEverything, nightlyFile_ofEveryValueTheImportAccepts_comesBackByteForByte)
{
    expectRoundTrip(CsvKind::Nightly);
}

TEST(CsvRoundTripEverything, intakesFile_ofEveryValueTheImportAccepts_comesBackByteForByte)
{
    expectRoundTrip(CsvKind::Intakes);
}

namespace {

// The same file of ours imported into two new diaries, row by row (importOwnFile(), what
// `import --create` does) and through the plan (planImport(), applyImport(): the dialog's way),
// must give the same diary, row for row, ids included.
void expectBothWaysAlike(DiaryStore &source, CsvKind kind, QDate from, QDate to)
{
    const QByteArray file = exportCsv(source, kind, from, to).value();
    test::TempDiary rowByRow, planned;
    const auto streamed = test::importOwnBytes(rowByRow.store(), file);
    ASSERT_TRUE(streamed) << streamed.error().message.toStdString();
    ASSERT_TRUE(streamed.value()) << "the file was left to the plan";
    const auto applied = test::importBytes(planned.store(), file);
    ASSERT_TRUE(applied) << applied.error().message.toStdString();
    EXPECT_EQ(streamed.value()->added, applied->added);
    rowByRow.close();
    planned.close();
    const QStringList mine = test::diaryRows(rowByRow.path());
    const QStringList theirs = test::diaryRows(planned.path());
    ASSERT_EQ(mine.size(), theirs.size());
    for (qsizetype i = 0; i < mine.size(); ++i)
        EXPECT_EQ(mine.at(i), theirs.at(i));
}

} // namespace

TEST(CsvRoundTripEverything, ourOwnFiles_importedRowByRow_giveTheDiaryThePlanGives)
{
    test::TempDiary original;
    fill(original.store());
    expectBothWaysAlike(original.store(), CsvKind::Nightly, From, To);
    expectBothWaysAlike(original.store(), CsvKind::Intakes, From, To);
}

TEST(CsvRoundTripEverything, aYearOfTheDemoDiary_importedRowByRow_givesTheDiaryThePlanGives)
{
    test::TempDiary demo;
    const QDate last(2026, 11, 22);
    ASSERT_TRUE(writeSyntheticDiary(demo.store(), {.seed = 7, .nights = 400, .lastNight = last, .withTrial = true}));
    ASSERT_TRUE(demo.store().addSubstance(test::ownPowder()));
    ASSERT_TRUE(demo.store().addSubstance(test::ownOil()));
    Night own = test::fullNight(last.addDays(-3));
    own.intakes
        = {{QStringLiteral("Magnesium citrate powder"), 0.25, QStringLiteral("g"), QStringLiteral("sachet"), {}},
            {QStringLiteral("Magnesium oil spray"), 4, QStringLiteral("spray"), QStringLiteral("legs"), QTime(22, 0)},
            {QStringLiteral("Magnesium citrate powder"), 0.5, QStringLiteral("g"), QStringLiteral("tub"), QTime(8, 0)}};
    ASSERT_TRUE(demo.store().saveNight(own));
    for (CsvKind kind : {CsvKind::Nightly, CsvKind::Intakes})
        expectBothWaysAlike(demo.store(), kind, last.addDays(-500), last);
}
