// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDate>
#include <QString>
#include <QStringList>

#include <optional>

namespace rls {

/// What kind of thing a substance is; decides which guardrails and totals count it.
enum class Category { Supplement, Medication, Stimulant, Alcohol };

/// Stable lowercase key used in the file and in CSV ("supplement", ...).
QString categoryKey(Category category);
/// Parses a key written by categoryKey(); nullopt for anything else.
std::optional<Category> categoryFromKey(const QString &key);
/// Words for a person ("Supplement", ...).
QString categoryLabel(Category category);

/// An entry of the substance catalog.
struct Substance {
    qint64 id = 0;
    QString name; ///< unique, compared case-insensitively
    Category category = Category::Supplement;
    QString unit; ///< default unit for amounts, e.g. "mg"
    QStringList forms; ///< forms offered in the form, e.g. "citrate"
};

/// Names of the seeded catalog entries, which other layers may rely on.
namespace substances {
inline const QString Magnesium = QStringLiteral("Magnesium");
inline const QString Iron = QStringLiteral("Iron");
inline const QString Caffeine = QStringLiteral("Caffeine");
inline const QString Alcohol = QStringLiteral("Alcohol");
} // namespace substances

/// A laboratory result the person's doctor ordered.
struct LabResult {
    qint64 id = 0;
    QDate date;
    QString test; ///< e.g. "Ferritin" or a name the person chose
    double value = 0;
    QString unit; ///< e.g. "ng/mL"
    friend bool operator==(const LabResult &, const LabResult &) = default;
};

/// Names and units of the lab tests the app knows; a person may name others.
namespace labtests {
inline const QString Ferritin = QStringLiteral("Ferritin");
inline const QString TransferrinSaturation = QStringLiteral("Transferrin saturation");
inline const QString SerumMagnesium = QStringLiteral("Serum magnesium");
inline const QString Haemoglobin = QStringLiteral("Haemoglobin");
/// The usual unit for a known test, or an empty string.
QString defaultUnit(const QString &test);
/// Ferritin at or below this (ng/mL = µg/L) is where RLS guidelines advise iron (AASM 2024, AAN 2016).
inline constexpr double FerritinIronThreshold = 75.0;
/// Transferrin saturation below this (%) is where the same guidelines advise iron.
inline constexpr double TransferrinSaturationIronThreshold = 20.0;
} // namespace labtests

} // namespace rls
