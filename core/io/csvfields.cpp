// SPDX-License-Identifier: GPL-3.0-or-later
#include "io/csvfields.h"

#include "model/catalog.h"

namespace rls {

QList<DiaryField> allDiaryFields()
{
    QList<DiaryField> out;
    for (int f = int(DiaryField::Ignore); f <= int(DiaryField::Unit); ++f)
        out.append(DiaryField(f));
    return out;
}

QString diaryFieldLabel(DiaryField field)
{
    switch (field) {
    case DiaryField::Ignore: return QStringLiteral("(do not import)");
    case DiaryField::Date: return QStringLiteral("Date of the night");
    case DiaryField::Severity: return QStringLiteral("Symptom severity (0-10)");
    case DiaryField::Onset: return QStringLiteral("Symptom onset (time)");
    case DiaryField::SensationList: return QStringLiteral("Sensations");
    case DiaryField::BodyAreaList: return QStringLiteral("Body areas");
    case DiaryField::IrlsTotal: return QStringLiteral("IRLS total (0-40)");
    case DiaryField::InBed: return QStringLiteral("Time into bed");
    case DiaryField::TriedToSleep: return QStringLiteral("Time tried to sleep");
    case DiaryField::MinutesToFallAsleep: return QStringLiteral("Minutes to fall asleep");
    case DiaryField::Awakenings: return QStringLiteral("Number of awakenings");
    case DiaryField::MinutesAwake: return QStringLiteral("Minutes awake in the night");
    case DiaryField::FinalAwakening: return QStringLiteral("Time of final awakening");
    case DiaryField::OutOfBed: return QStringLiteral("Time out of bed");
    case DiaryField::Quality: return QStringLiteral("Sleep quality (1-5)");
    case DiaryField::MagnesiumMg: return QStringLiteral("Magnesium, mg per day");
    case DiaryField::MagnesiumDoses: return QStringLiteral("Magnesium doses");
    case DiaryField::IronMg: return QStringLiteral("Iron, mg per day");
    case DiaryField::IronDoses: return QStringLiteral("Iron doses");
    case DiaryField::CaffeineMg: return QStringLiteral("Caffeine, mg per day");
    case DiaryField::CaffeineDoses: return QStringLiteral("Caffeine doses");
    case DiaryField::AlcoholDrinks: return QStringLiteral("Alcohol, standard drinks");
    case DiaryField::AlcoholDoses: return QStringLiteral("Alcohol doses");
    case DiaryField::OtherIntakes: return QStringLiteral("Other intakes");
    case DiaryField::Tags: return QStringLiteral("Tags");
    case DiaryField::Note: return QStringLiteral("Note");
    case DiaryField::DoseTime: return QStringLiteral("Dose: time taken");
    case DiaryField::Substance: return QStringLiteral("Dose: substance");
    case DiaryField::Category: return QStringLiteral("Dose: category");
    case DiaryField::Form: return QStringLiteral("Dose: form");
    case DiaryField::Amount: return QStringLiteral("Dose: amount");
    case DiaryField::Unit: return QStringLiteral("Dose: unit");
    }
    return {};
}

bool isDoseField(DiaryField field)
{
    return field >= DiaryField::DoseTime;
}

DoseGroup doseGroupOf(const QString &substance)
{
    for (DoseGroup g : {DoseGroup::Magnesium, DoseGroup::Iron, DoseGroup::Caffeine, DoseGroup::Alcohol}) {
        if (substance.trimmed().compare(doseGroupSubstance(g), Qt::CaseInsensitive) == 0)
            return g;
    }
    return DoseGroup::Other;
}

QString doseGroupSubstance(DoseGroup group)
{
    switch (group) {
    case DoseGroup::Magnesium: return substances::Magnesium;
    case DoseGroup::Iron: return substances::Iron;
    case DoseGroup::Caffeine: return substances::Caffeine;
    case DoseGroup::Alcohol: return substances::Alcohol;
    case DoseGroup::Other: break;
    }
    return {};
}

QString doseGroupUnit(DoseGroup group)
{
    return group == DoseGroup::Alcohol ? QStringLiteral("standard drinks") : QStringLiteral("mg");
}

QList<CsvColumn> csvColumns(CsvKind kind)
{
    using F = DiaryField;
    if (kind == CsvKind::Intakes)
        return {{QStringLiteral("date"), F::Date}, {QStringLiteral("time"), F::DoseTime},
            {QStringLiteral("substance"), F::Substance}, {QStringLiteral("category"), F::Category},
            {QStringLiteral("form"), F::Form}, {QStringLiteral("amount"), F::Amount},
            {QStringLiteral("unit"), F::Unit}};
    return {
        {QStringLiteral("date"), F::Date},
        {QStringLiteral("symptom_severity_0_10"), F::Severity},
        {QStringLiteral("symptom_onset_time"), F::Onset},
        {QStringLiteral("sensations"), F::SensationList},
        {QStringLiteral("body_areas"), F::BodyAreaList},
        {QStringLiteral("irls_total_0_40"), F::IrlsTotal},
        {QStringLiteral("in_bed_time"), F::InBed},
        {QStringLiteral("tried_to_sleep_time"), F::TriedToSleep},
        {QStringLiteral("sleep_onset_latency_min"), F::MinutesToFallAsleep},
        {QStringLiteral("awakenings_count"), F::Awakenings},
        {QStringLiteral("wake_after_sleep_onset_min"), F::MinutesAwake},
        {QStringLiteral("final_awakening_time"), F::FinalAwakening},
        {QStringLiteral("out_of_bed_time"), F::OutOfBed},
        {QStringLiteral("sleep_quality_1_5"), F::Quality},
        {QStringLiteral("time_in_bed_min"), F::Ignore},
        {QStringLiteral("total_sleep_time_min"), F::Ignore},
        {QStringLiteral("sleep_efficiency_pct"), F::Ignore},
        {QStringLiteral("magnesium_mg"), F::MagnesiumMg},
        {QStringLiteral("magnesium_doses"), F::MagnesiumDoses},
        {QStringLiteral("iron_mg"), F::IronMg},
        {QStringLiteral("iron_doses"), F::IronDoses},
        {QStringLiteral("caffeine_mg"), F::CaffeineMg},
        {QStringLiteral("caffeine_doses"), F::CaffeineDoses},
        {QStringLiteral("alcohol_standard_drinks"), F::AlcoholDrinks},
        {QStringLiteral("alcohol_doses"), F::AlcoholDoses},
        {QStringLiteral("other_intakes"), F::OtherIntakes},
        {QStringLiteral("tags"), F::Tags},
        {QStringLiteral("notes"), F::Note},
    };
}

QStringList csvHeader(CsvKind kind)
{
    QStringList out;
    for (const CsvColumn &c : csvColumns(kind))
        out.append(c.header);
    return out;
}

QString csvKindLabel(CsvKind kind)
{
    return kind == CsvKind::Nightly ? QStringLiteral("Nightly summary") : QStringLiteral("Intakes");
}

} // namespace rls
