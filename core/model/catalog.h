// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDate>
#include <QFlags>
#include <QList>
#include <QString>
#include <QStringList>

#include <optional>

namespace rls {

/// What a substance is, as far as the diary's arithmetic and notes are concerned. The seeded
/// entries have theirs; a person adding a substance chooses one.
enum class SubstanceKind {
    Magnesium, ///< amounts are elemental magnesium; charted and totalled
    Iron, ///< amounts are elemental iron; charted and totalled
    Caffeine, ///< amounts in mg of caffeine
    Alcohol, ///< amounts in standard drinks
    Medication, ///< a medicine, e.g. pramipexole or gabapentin
    Other, ///< anything else (melatonin, vitamin D, ...)
};

/// Stable lowercase key used in the file and in CSV ("magnesium", "medication", ...).
QString kindKey(SubstanceKind kind);
/// Parses a key written by kindKey(); nullopt for anything else.
std::optional<SubstanceKind> kindFromKey(const QString &key);
/// Words for a person ("Magnesium", "Medication", ...).
QString kindLabel(SubstanceKind kind);

/// Whether the window's language writes a name inside a sentence in lowercase: English does ("no
/// magnesium", "personal trial of iron"), German keeps a noun's capital ("kein Magnesium").
bool lowercaseInSentences();
/// `text` as it goes inside a sentence: lowercase where lowercaseInSentences(), else as it is.
QString inSentence(const QString &text);
/// Every kind, in the order a list offers them.
QList<SubstanceKind> allKinds();

/// Facts about a substance that decide which notes apply to it.
enum class SubstanceFlag : unsigned {
    /// A dopamine agonist or levodopa: the medicines that can cause augmentation, and whose
    /// absorption oral iron can lower.
    Dopaminergic = 1u << 0,
    /// Its magnesium counts towards the upper limit for supplemental magnesium (supplements and
    /// medicines, not food).
    CountsTowardsMagnesiumLimit = 1u << 1,
    /// Lowers the absorption of oral iron taken with it: magnesium, calcium, zinc, antacids.
    IronAbsorptionInhibitor = 1u << 2,
};
Q_DECLARE_FLAGS(SubstanceFlags, SubstanceFlag)
Q_DECLARE_OPERATORS_FOR_FLAGS(SubstanceFlags)

/// The flags a new substance of `kind` starts with (magnesium counts towards the limit and
/// lowers iron absorption); a person may change them.
SubstanceFlags defaultFlags(SubstanceKind kind);

/// An entry of the substance catalog.
struct Substance {
    qint64 id = 0;
    QString name; ///< unique, compared case-insensitively
    SubstanceKind kind = SubstanceKind::Other;
    SubstanceFlags flags;
    QString unit; ///< default unit for amounts, e.g. "mg"
    QStringList forms; ///< forms offered in the form, e.g. "citrate"
    friend bool operator==(const Substance &, const Substance &) = default;
};

/// The one way a substance is looked up: by name, compared case-insensitively and ignoring
/// surrounding spaces. nullptr when the catalog has no such entry.
const Substance *findSubstance(const QList<Substance> &catalog, const QString &name);

/// A catalog entry for a substance the catalog lacks (e.g. met in an imported file), with the kind
/// and flags its name suggests, by the rules that schema version 2 applied to existing entries:
/// "Magnesium...", "Iron..." / "Ferrous...", "Caffeine..." by their start; the dopaminergic RLS
/// medicines by name; calcium, zinc and antacids as iron-absorption inhibitors; otherwise Other.
Substance newSubstanceNamed(const QString &name, const QString &unit);

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
