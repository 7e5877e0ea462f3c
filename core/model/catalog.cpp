// SPDX-License-Identifier: GPL-3.0-or-later
#include "model/catalog.h"

#include <QCoreApplication>

namespace rls {

QString kindKey(SubstanceKind kind)
{
    switch (kind) {
    case SubstanceKind::Magnesium: return QStringLiteral("magnesium");
    case SubstanceKind::Iron: return QStringLiteral("iron");
    case SubstanceKind::Caffeine: return QStringLiteral("caffeine");
    case SubstanceKind::Alcohol: return QStringLiteral("alcohol");
    case SubstanceKind::Medication: return QStringLiteral("medication");
    case SubstanceKind::Other: return QStringLiteral("other");
    }
    return {};
}

std::optional<SubstanceKind> kindFromKey(const QString &key)
{
    for (SubstanceKind k : allKinds()) {
        if (kindKey(k).compare(key.trimmed(), Qt::CaseInsensitive) == 0)
            return k;
    }
    return std::nullopt;
}

QString kindLabel(SubstanceKind kind)
{
    switch (kind) {
    case SubstanceKind::Magnesium: return QCoreApplication::translate("Catalog", "Magnesium");
    case SubstanceKind::Iron: return QCoreApplication::translate("Catalog", "Iron");
    case SubstanceKind::Caffeine: return QCoreApplication::translate("Catalog", "Caffeine");
    case SubstanceKind::Alcohol: return QCoreApplication::translate("Catalog", "Alcohol");
    case SubstanceKind::Medication: return QCoreApplication::translate("Catalog", "Medication");
    case SubstanceKind::Other: return QCoreApplication::translate("Catalog", "Other");
    }
    return {};
}

bool lowercaseInSentences()
{
    //: Answer "no" where nouns keep their capital inside a sentence (German), "yes" where not (English).
    return QCoreApplication::translate("Catalog", "yes", "lowercase names inside a sentence") == u"yes";
}

QString inSentence(const QString &text)
{
    return lowercaseInSentences() ? text.toLower() : text;
}

QList<SubstanceKind> allKinds()
{
    return {SubstanceKind::Magnesium, SubstanceKind::Iron, SubstanceKind::Caffeine, SubstanceKind::Alcohol,
        SubstanceKind::Medication, SubstanceKind::Other};
}

SubstanceFlags defaultFlags(SubstanceKind kind)
{
    if (kind == SubstanceKind::Magnesium)
        return SubstanceFlag::CountsTowardsMagnesiumLimit | SubstanceFlag::IronAbsorptionInhibitor;
    return {};
}

Substance newSubstanceNamed(const QString &name, const QString &unit)
{
    Substance s;
    s.name = name.trimmed();
    s.unit = unit.trimmed();
    const QString n = s.name.toLower();
    if (n.startsWith(u"magnesium"))
        s.kind = SubstanceKind::Magnesium;
    else if (n.startsWith(u"iron") || n.startsWith(u"ferrous"))
        s.kind = SubstanceKind::Iron;
    else if (n.startsWith(u"caffeine"))
        s.kind = SubstanceKind::Caffeine;
    else if (n.startsWith(u"alcohol"))
        s.kind = SubstanceKind::Alcohol;
    static const char16_t *dopaminergic[] = {u"pramipexole", u"ropinirole", u"rotigotine", u"levodopa"};
    for (const char16_t *word : dopaminergic) {
        if (n.contains(QString::fromUtf16(word))) {
            s.kind = SubstanceKind::Medication;
            s.flags |= SubstanceFlag::Dopaminergic;
        }
    }
    s.flags |= defaultFlags(s.kind);
    if (n.startsWith(u"calcium") || n.startsWith(u"zinc") || n.contains(u"antacid"))
        s.flags |= SubstanceFlag::IronAbsorptionInhibitor;
    return s;
}

const Substance *findSubstance(const QList<Substance> &catalog, const QString &name)
{
    const QStringView wanted = QStringView(name).trimmed();
    for (const Substance &s : catalog) {
        // Compared without case, code unit by code unit: names of another length never match.
        if (s.name.size() == wanted.size() && s.name.compare(wanted, Qt::CaseInsensitive) == 0)
            return &s;
    }
    return nullptr;
}

QString labtests::defaultUnit(const QString &test)
{
    if (test.compare(Ferritin, Qt::CaseInsensitive) == 0)
        return QStringLiteral("ng/mL");
    if (test.compare(TransferrinSaturation, Qt::CaseInsensitive) == 0)
        return QStringLiteral("%");
    if (test.compare(SerumMagnesium, Qt::CaseInsensitive) == 0)
        return QStringLiteral("mmol/L");
    if (test.compare(Haemoglobin, Qt::CaseInsensitive) == 0)
        return QStringLiteral("g/dL");
    return {};
}

} // namespace rls
