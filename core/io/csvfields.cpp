// SPDX-License-Identifier: GPL-3.0-or-later
#include "io/csvfields.h"

#include "model/dose.h"

#include <QCoreApplication>

namespace rls {

QList<DiaryField> allDiaryFields()
{
    QList<DiaryField> out;
    for (int f = int(DiaryField::Ignore); f <= int(DiaryField::LabelMg); ++f)
        out.append(DiaryField(f));
    return out;
}

QString diaryFieldLabel(DiaryField field)
{
    switch (field) {
    case DiaryField::Ignore: return QCoreApplication::translate("CsvFields", "(do not import)");
    case DiaryField::Date: return QCoreApplication::translate("CsvFields", "Date of the night");
    case DiaryField::Severity: return QCoreApplication::translate("CsvFields", "Symptom severity (0-10)");
    case DiaryField::Onset: return QCoreApplication::translate("CsvFields", "Symptom onset (time)");
    case DiaryField::SensationList: return QCoreApplication::translate("CsvFields", "Sensations");
    case DiaryField::BodyAreaList: return QCoreApplication::translate("CsvFields", "Body areas");
    case DiaryField::IrlsTotal: return QCoreApplication::translate("CsvFields", "IRLS total (0-40)");
    case DiaryField::InBed: return QCoreApplication::translate("CsvFields", "Time into bed");
    case DiaryField::TriedToSleep: return QCoreApplication::translate("CsvFields", "Time tried to sleep");
    case DiaryField::MinutesToFallAsleep: return QCoreApplication::translate("CsvFields", "Minutes to fall asleep");
    case DiaryField::Awakenings: return QCoreApplication::translate("CsvFields", "Number of awakenings");
    case DiaryField::MinutesAwake: return QCoreApplication::translate("CsvFields", "Minutes awake in the night");
    case DiaryField::FinalAwakening: return QCoreApplication::translate("CsvFields", "Time of final awakening");
    case DiaryField::OutOfBed: return QCoreApplication::translate("CsvFields", "Time out of bed");
    case DiaryField::Quality: return QCoreApplication::translate("CsvFields", "Sleep quality (1-5)");
    case DiaryField::MagnesiumMg: return QCoreApplication::translate("CsvFields", "Magnesium, elemental mg per day");
    case DiaryField::MagnesiumDoses: return QCoreApplication::translate("CsvFields", "Magnesium doses");
    case DiaryField::IronMg: return QCoreApplication::translate("CsvFields", "Iron, elemental mg per day");
    case DiaryField::IronDoses: return QCoreApplication::translate("CsvFields", "Iron doses");
    case DiaryField::CaffeineMg: return QCoreApplication::translate("CsvFields", "Caffeine, mg per day");
    case DiaryField::CaffeineDoses: return QCoreApplication::translate("CsvFields", "Caffeine doses");
    case DiaryField::AlcoholDrinks: return QStringLiteral("Alcohol, standard drinks");
    case DiaryField::AlcoholDoses: return QCoreApplication::translate("CsvFields", "Alcohol doses");
    case DiaryField::MedicationDoses: return QCoreApplication::translate("CsvFields", "Medication doses");
    case DiaryField::OtherIntakes: return QCoreApplication::translate("CsvFields", "Other intakes");
    case DiaryField::Tags: return QCoreApplication::translate("CsvFields", "Tags");
    case DiaryField::Note: return QCoreApplication::translate("CsvFields", "Note");
    case DiaryField::FlaggedForDoctor:
        return QCoreApplication::translate("CsvFields", "Marked to show the doctor (yes/no)");
    case DiaryField::DoseTime: return QCoreApplication::translate("CsvFields", "Dose: time taken");
    case DiaryField::Substance: return QCoreApplication::translate("CsvFields", "Dose: substance");
    case DiaryField::Kind: return QCoreApplication::translate("CsvFields", "Dose: kind of substance");
    case DiaryField::Form: return QCoreApplication::translate("CsvFields", "Dose: form");
    case DiaryField::Amount: return QCoreApplication::translate("CsvFields", "Dose: amount");
    case DiaryField::Unit: return QCoreApplication::translate("CsvFields", "Dose: unit");
    case DiaryField::LabelMg: return QCoreApplication::translate("CsvFields", "Dose: weight on the label, mg");
    }
    return {};
}

bool isDoseField(DiaryField field)
{
    return field >= DiaryField::DoseTime;
}

QList<DoseGroup> namedDoseGroups()
{
    return {DoseGroup::Magnesium, DoseGroup::Iron, DoseGroup::Caffeine, DoseGroup::Alcohol};
}

DoseGroup doseGroupOf(SubstanceKind kind)
{
    switch (kind) {
    case SubstanceKind::Magnesium: return DoseGroup::Magnesium;
    case SubstanceKind::Iron: return DoseGroup::Iron;
    case SubstanceKind::Caffeine: return DoseGroup::Caffeine;
    case SubstanceKind::Alcohol: return DoseGroup::Alcohol;
    case SubstanceKind::Medication: return DoseGroup::Medication;
    case SubstanceKind::Other: break;
    }
    return DoseGroup::Other;
}

DoseGroup doseGroupOf(const Intake &dose, const QList<Substance> &catalog)
{
    return doseGroupOf(kindOf(dose, catalog));
}

SubstanceKind doseGroupKind(DoseGroup group)
{
    switch (group) {
    case DoseGroup::Magnesium: return SubstanceKind::Magnesium;
    case DoseGroup::Iron: return SubstanceKind::Iron;
    case DoseGroup::Caffeine: return SubstanceKind::Caffeine;
    case DoseGroup::Alcohol: return SubstanceKind::Alcohol;
    case DoseGroup::Medication: return SubstanceKind::Medication;
    case DoseGroup::Other: break;
    }
    return SubstanceKind::Other;
}

QString doseGroupSubstance(DoseGroup group)
{
    switch (group) {
    case DoseGroup::Magnesium: return substances::Magnesium;
    case DoseGroup::Iron: return substances::Iron;
    case DoseGroup::Caffeine: return substances::Caffeine;
    case DoseGroup::Alcohol: return substances::Alcohol;
    case DoseGroup::Medication:
    case DoseGroup::Other: break;
    }
    return {};
}

QString doseGroupUnit(DoseGroup group)
{
    return group == DoseGroup::Alcohol ? QStringLiteral("standard drinks") : QStringLiteral("mg");
}

QList<Intake> dosesInGroup(const QList<Intake> &intakes, DoseGroup group, const QList<Substance> &catalog)
{
    QList<Intake> out;
    for (const Intake &in : intakes) {
        if (doseGroupOf(in, catalog) == group)
            out.append(in);
    }
    return out;
}

std::optional<double> groupTotal(const QList<Intake> &doses, DoseGroup group, const QList<Substance> &catalog)
{
    return groupTotalOf(dayTotals(dosesInGroup(doses, group, catalog), catalog), group);
}

std::optional<double> groupTotalOf(const DayTotals &t, DoseGroup group)
{
    if (t.unconverted > 0)
        return std::nullopt;
    switch (group) {
    case DoseGroup::Magnesium: return t.magnesiumMg;
    case DoseGroup::Iron: return t.ironMg;
    case DoseGroup::Caffeine: return t.caffeineMg;
    case DoseGroup::Alcohol: return t.alcoholDrinks;
    case DoseGroup::Medication:
    case DoseGroup::Other: break;
    }
    return std::nullopt;
}

QList<CsvColumn> csvColumns(CsvKind kind)
{
    using F = DiaryField;
    if (kind == CsvKind::Labs)
        return {{QStringLiteral("date"), F::Date}, {QStringLiteral("test"), F::Ignore},
            {QStringLiteral("value"), F::Ignore}, {QStringLiteral("unit"), F::Ignore},
            {QStringLiteral("guideline"), F::Ignore}, {QStringLiteral("in_guideline_range"), F::Ignore}};
    if (kind == CsvKind::Intakes)
        return {{QStringLiteral("date"), F::Date}, {QStringLiteral("time"), F::DoseTime},
            {QStringLiteral("substance"), F::Substance}, {QStringLiteral("kind"), F::Kind},
            {QStringLiteral("form"), F::Form}, {QStringLiteral("amount"), F::Amount}, {QStringLiteral("unit"), F::Unit},
            {QStringLiteral("label_mg"), F::LabelMg}};
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
        {QStringLiteral("magnesium_elemental_mg"), F::MagnesiumMg},
        {QStringLiteral("magnesium_doses"), F::MagnesiumDoses},
        {QStringLiteral("iron_elemental_mg"), F::IronMg},
        {QStringLiteral("iron_doses"), F::IronDoses},
        {QStringLiteral("caffeine_mg"), F::CaffeineMg},
        {QStringLiteral("caffeine_doses"), F::CaffeineDoses},
        {QStringLiteral("alcohol_standard_drinks"), F::AlcoholDrinks},
        {QStringLiteral("alcohol_doses"), F::AlcoholDoses},
        {QStringLiteral("medication_doses"), F::MedicationDoses},
        {QStringLiteral("other_intakes"), F::OtherIntakes},
        {QStringLiteral("tags"), F::Tags},
        {QStringLiteral("notes"), F::Note},
        {QStringLiteral("flagged_for_doctor"), F::FlaggedForDoctor},
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
    switch (kind) {
    case CsvKind::Nightly: return QCoreApplication::translate("CsvFields", "Nightly summary");
    case CsvKind::Intakes: return QCoreApplication::translate("CsvFields", "Intakes");
    case CsvKind::Labs: return QCoreApplication::translate("CsvFields", "Lab results");
    }
    return {};
}

} // namespace rls
