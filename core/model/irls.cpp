// SPDX-License-Identifier: GPL-3.0-or-later
#include "model/irls.h"

#include <QCoreApplication>

namespace rls {

IrlsBand irlsBand(int total)
{
    if (total < 0 || total > 40)
        return IrlsBand::OutOfRange;
    if (total == 0)
        return IrlsBand::None;
    if (total <= 10)
        return IrlsBand::Mild;
    if (total <= 20)
        return IrlsBand::Moderate;
    if (total <= 30)
        return IrlsBand::Severe;
    return IrlsBand::VerySevere;
}

QString irlsBandLabel(IrlsBand band)
{
    switch (band) {
    case IrlsBand::None: return QCoreApplication::translate("Irls", "no symptoms");
    case IrlsBand::Mild: return QCoreApplication::translate("Irls", "mild");
    case IrlsBand::Moderate: return QCoreApplication::translate("Irls", "moderate");
    case IrlsBand::Severe: return QCoreApplication::translate("Irls", "severe");
    case IrlsBand::VerySevere: return QCoreApplication::translate("Irls", "very severe");
    case IrlsBand::OutOfRange: break;
    }
    return {};
}

} // namespace rls
