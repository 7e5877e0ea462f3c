// SPDX-License-Identifier: GPL-3.0-or-later
// What an import must not do without the person's word: leave out a column that holds values,
// or write nights with unlikely dates. The plan says it; applyImport() refuses until agreed.
#include "io/columnchoice.h"
#include "io/csvimport.h"

#include <QCoreApplication>

namespace rls {

bool isOddDate(QDate date, QDate today)
{
    return date < QDate(1900, 1, 1) || date > today.addDays(1);
}

QList<QDate> ImportPlan::oddDates() const
{
    QList<QDate> out;
    for (const PlannedNight &p : nights) {
        if (p.oddDate)
            out.append(p.night.date);
    }
    return out;
}

QStringList ImportPlan::needsConsent(const ImportOptions &options) const
{
    QStringList out;
    for (const QString &column : notImported) {
        if (!namesColumn(options.ignoredColumns, column))
            out.append(
                QCoreApplication::translate("CsvImport", "The column \"%1\" would not be imported.").arg(column));
    }
    if (const QList<QDate> odd = oddDates(); !odd.isEmpty() && !options.allowOddDates) {
        QStringList dates;
        for (const QDate &d : odd.mid(0, 5))
            dates.append(d.toString(Qt::ISODate));
        if (odd.size() > 5)
            dates.append(QCoreApplication::translate("CsvImport", "%1 more").arg(odd.size() - 5));
        out.append((odd.size() == 1 ? QCoreApplication::translate(
                        "CsvImport", "%1 night is dated before 1900 or after tomorrow (%2); check the dates.")
                                    : QCoreApplication::translate("CsvImport",
                                        "%1 nights are dated before 1900 or after tomorrow (%2); check the dates."))
                       .arg(odd.size())
                       .arg(dates.join(QStringLiteral(", "))));
    }
    return out;
}

QStringList conversionSentences(const ColumnMapping &mapping, const QStringList &header)
{
    QStringList out;
    for (qsizetype i = 0; i < mapping.fields.size(); ++i) {
        if (mapping.fields.at(i) != DiaryField::Ignore && mapping.unitOf(i) != CountUnit::Own)
            out.append(QStringLiteral("\"%1\": %2.").arg(columnName(header, i), countUnitSentence(mapping.unitOf(i))));
    }
    return out;
}

} // namespace rls
