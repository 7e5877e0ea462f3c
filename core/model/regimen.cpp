// SPDX-License-Identifier: GPL-3.0-or-later
#include "model/regimen.h"

#include <QStringList>

namespace rls {
namespace {
QString clean(const QString &s)
{
    return QString(s).remove(u'|').remove(u'\n').trimmed();
}
} // namespace

QString regimenToText(const Regimen &regimen)
{
    QStringList lines;
    for (const Intake &in : regimen) {
        lines.append(QStringList {clean(in.substance), QString::number(in.amount, 'g', 10), clean(in.unit),
            clean(in.form), in.time ? in.time->toString(u"HH:mm") : QString(),
            in.labelMg ? QString::number(*in.labelMg, 'g', 10) : QString()}
                         .join(u'|'));
    }
    return lines.join(u'\n');
}

Regimen regimenFromText(const QString &text)
{
    Regimen out;
    const QStringList lines = text.split(u'\n', Qt::SkipEmptyParts);
    for (const QString &line : lines) {
        const QStringList f = line.split(u'|');
        // Five fields until the label's weight was kept as a sixth.
        if (f.size() != 5 && f.size() != 6)
            continue;
        bool ok = false;
        const double amount = f.at(1).toDouble(&ok);
        if (!ok || f.at(0).isEmpty())
            continue;
        Intake in {f.at(0), amount, f.at(2), f.at(3), std::nullopt};
        if (!f.at(4).isEmpty()) {
            const QTime t = QTime::fromString(f.at(4), u"HH:mm");
            if (t.isValid())
                in.time = t;
        }
        if (f.size() == 6 && !f.at(5).isEmpty()) {
            const double label = f.at(5).toDouble(&ok);
            if (ok && label > 0)
                in.labelMg = label;
        }
        out.append(in);
    }
    return out;
}

} // namespace rls
