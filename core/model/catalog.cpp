// SPDX-License-Identifier: GPL-3.0-or-later
#include "model/catalog.h"

namespace rls {

QString categoryKey(Category category)
{
    switch (category) {
    case Category::Supplement: return QStringLiteral("supplement");
    case Category::Medication: return QStringLiteral("medication");
    case Category::Stimulant: return QStringLiteral("stimulant");
    case Category::Alcohol: return QStringLiteral("alcohol");
    }
    return {};
}

std::optional<Category> categoryFromKey(const QString &key)
{
    for (Category c : {Category::Supplement, Category::Medication, Category::Stimulant, Category::Alcohol}) {
        if (categoryKey(c) == key)
            return c;
    }
    return std::nullopt;
}

QString categoryLabel(Category category)
{
    switch (category) {
    case Category::Supplement: return QStringLiteral("Supplement");
    case Category::Medication: return QStringLiteral("Medication");
    case Category::Stimulant: return QStringLiteral("Stimulant");
    case Category::Alcohol: return QStringLiteral("Alcohol");
    }
    return {};
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
