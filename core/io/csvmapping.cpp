// SPDX-License-Identifier: GPL-3.0-or-later
#include "io/csvmapping.h"

#include <QRegularExpression>

#include <optional>

namespace rls {
namespace {

// A header reduced to lowercase words: "Mg (mg)" -> "mg mg", "Sleep-Quality" -> "sleep quality".
QString words(const QString &header)
{
    static const QRegularExpression nonWord(QStringLiteral(R"([^\p{L}\p{N}]+)"));
    return QStringLiteral(" %1 ").arg(header.toLower().replace(nonWord, QStringLiteral(" ")).simplified());
}

bool hasWord(const QString &w, const char16_t *word)
{
    return w.contains(QStringLiteral(" %1 ").arg(QString::fromUtf16(word)));
}

struct Rule {
    DiaryField field;
    std::initializer_list<const char16_t *> keys; // any one, as whole words or phrases
};

// Order matters: the more specific rules come first ("irls" before "rls", "out of bed"
// before "bed", "iron" before "mg").
const Rule rules[] = {
    {DiaryField::FlaggedForDoctor, {u"for doctor", u"for the doctor", u"my doctor", u"flagged"}},
    {DiaryField::IrlsTotal, {u"irls"}},
    {DiaryField::MinutesToFallAsleep, {u"latency", u"fall asleep", u"to sleep min", u"sol"}},
    {DiaryField::MinutesAwake, {u"waso", u"minutes awake", u"min awake", u"awake min", u"wake after sleep onset"}},
    {DiaryField::Awakenings, {u"awakenings", u"wakeups", u"wake ups", u"times awake", u"times woke"}},
    {DiaryField::OutOfBed, {u"out of bed", u"got up", u"rise time", u"up time"}},
    {DiaryField::FinalAwakening, {u"final awakening", u"woke up", u"wake time", u"woke", u"wake up"}},
    {DiaryField::TriedToSleep, {u"tried to sleep", u"lights out", u"tried"}},
    {DiaryField::InBed, {u"in bed", u"to bed", u"bedtime", u"bed time"}},
    {DiaryField::Quality, {u"quality"}},
    {DiaryField::Onset, {u"onset", u"started", u"start time"}},
    {DiaryField::SensationList, {u"sensations", u"sensation", u"feeling"}},
    {DiaryField::BodyAreaList, {u"body areas", u"body area", u"where", u"areas"}},
    {DiaryField::LabelMg, {u"label mg", u"label weight", u"compound mg"}},
    {DiaryField::IronDoses, {u"iron doses"}},
    {DiaryField::IronMg, {u"iron", u"fe", u"ferrous"}},
    {DiaryField::MagnesiumDoses, {u"magnesium doses"}},
    {DiaryField::MagnesiumMg, {u"magnesium", u"mg"}},
    {DiaryField::CaffeineDoses, {u"caffeine doses"}},
    {DiaryField::CaffeineMg, {u"caffeine"}},
    {DiaryField::AlcoholDoses, {u"alcohol doses"}},
    {DiaryField::AlcoholDrinks, {u"alcohol", u"drinks", u"standard drinks"}},
    {DiaryField::OtherIntakes, {u"other intakes", u"other", u"medication", u"medications"}},
    {DiaryField::Tags, {u"tags", u"tag"}},
    {DiaryField::Note, {u"notes", u"note", u"comment", u"comments", u"remarks"}},
    {DiaryField::Severity, {u"severity", u"rls", u"score", u"symptoms", u"intensity"}},
    {DiaryField::Date, {u"date", u"datum", u"day", u"night", u"evening"}},
    {DiaryField::DoseTime, {u"time", u"taken at"}},
    {DiaryField::Substance, {u"substance", u"supplement"}},
    {DiaryField::Kind, {u"kind", u"category"}},
    {DiaryField::Form, {u"form"}},
    {DiaryField::Amount, {u"amount", u"dose"}},
    {DiaryField::Unit, {u"unit"}},
};

// Headers RLS Diary wrote before magnesium and iron said "elemental" and kinds replaced categories.
struct OlderHeader {
    const char16_t *header;
    DiaryField field;
};
constexpr OlderHeader olderHeaders[] = {
    {u"magnesium_mg", DiaryField::MagnesiumMg},
    {u"iron_mg", DiaryField::IronMg},
    {u"category", DiaryField::Kind},
};

// The field of one of our own headers, older ones included; nullopt for any other header.
std::optional<DiaryField> ownHeaderField(const QString &header)
{
    for (CsvKind kind : {CsvKind::Nightly, CsvKind::Intakes}) {
        for (const CsvColumn &c : csvColumns(kind)) {
            if (c.header.compare(header.trimmed(), Qt::CaseInsensitive) == 0)
                return c.field;
        }
    }
    for (const OlderHeader &old : olderHeaders) {
        if (header.trimmed().compare(QString::fromUtf16(old.header), Qt::CaseInsensitive) == 0)
            return old.field;
    }
    return std::nullopt;
}

} // namespace

bool ColumnMapping::perDose() const
{
    return has(DiaryField::Substance);
}

qsizetype ColumnMapping::columnOf(DiaryField field) const
{
    return fields.indexOf(field);
}

DiaryField guessField(const QString &header)
{
    if (const auto own = ownHeaderField(header))
        return *own;
    const QString w = words(header);
    // "Mg (mg)" is magnesium in mg; "Iron (mg)" is iron; "Caffeine (mg)" caffeine: the unit
    // alone must not decide, so "mg" is only magnesium when it is the first word.
    for (const Rule &rule : rules) {
        for (const char16_t *key : rule.keys) {
            if (!hasWord(w, key))
                continue;
            if (rule.field == DiaryField::MagnesiumMg && QString::fromUtf16(key) == u"mg" && !w.startsWith(u" mg "))
                continue;
            return rule.field;
        }
    }
    return DiaryField::Ignore;
}

ColumnMapping guessMapping(const QStringList &header)
{
    ColumnMapping mapping;
    for (const QString &h : header) {
        const DiaryField f = guessField(h);
        mapping.fields.append(mapping.has(f) ? DiaryField::Ignore : f);
    }
    // A file of doses has a "time" of the dose; in a nightly file a lone "time" means nothing.
    if (!mapping.perDose() && mapping.has(DiaryField::DoseTime))
        mapping.fields[mapping.columnOf(DiaryField::DoseTime)] = DiaryField::Ignore;
    if (mapping.perDose()) {
        for (DiaryField &f : mapping.fields) {
            if (f != DiaryField::Date && !isDoseField(f))
                f = DiaryField::Ignore;
        }
    }
    return mapping;
}

QStringList mappingProblems(const ColumnMapping &mapping, const QStringList &header)
{
    QStringList out;
    if (!mapping.has(DiaryField::Date))
        out.append(QStringLiteral("Choose the column that holds the date of each night."));
    for (qsizetype i = 0; i < mapping.fields.size(); ++i) {
        const DiaryField f = mapping.fields.at(i);
        const qsizetype first = mapping.columnOf(f);
        if (f != DiaryField::Ignore && first != i)
            out.append(QStringLiteral("\"%1\" is chosen for both \"%2\" and \"%3\"; choose it once.")
                           .arg(diaryFieldLabel(f), header.value(first), header.value(i)));
    }
    bool doseFields = false, nightFields = false;
    for (DiaryField f : mapping.fields) {
        doseFields = doseFields || isDoseField(f);
        nightFields = nightFields || (f != DiaryField::Ignore && f != DiaryField::Date && !isDoseField(f));
    }
    if (doseFields && nightFields)
        out.append(QStringLiteral("A file with one dose per row cannot also hold nightly columns; "
                                  "set those to \"%1\".")
                       .arg(diaryFieldLabel(DiaryField::Ignore)));
    if (doseFields && (!mapping.has(DiaryField::Substance) || !mapping.has(DiaryField::Amount)))
        out.append(QStringLiteral("A file with one dose per row needs a substance and an amount column."));
    return out;
}

} // namespace rls
