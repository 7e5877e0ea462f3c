// SPDX-License-Identifier: GPL-3.0-or-later
#include "trends/dateticker.h"

#include "analysis/daykey.h"

#include <QCoreApplication>

#include <array>
#include <cmath>

namespace rls {

DateTicker::DateTicker()
{
    setDateTimeSpec(Qt::UTC); // keys are UTC noons of calendar dates; local time would shift them
    setTickCount(8);
}

DateTicker::Step DateTicker::stepFor(double days, int ticks)
{
    static constexpr std::array<Step, 14> steps {{{Unit::Day, 1}, {Unit::Day, 2}, {Unit::Week, 1}, {Unit::Week, 2},
        {Unit::Month, 1}, {Unit::Month, 2}, {Unit::Month, 3}, {Unit::Month, 6}, {Unit::Year, 1}, {Unit::Year, 2},
        {Unit::Year, 5}, {Unit::Year, 10}, {Unit::Year, 20}, {Unit::Year, 50}}};
    const double ideal = days / std::max(1, ticks);
    for (const Step &step : steps) {
        const double length = step.unit == Unit::Day ? step.count
            : step.unit == Unit::Week                ? 7.0 * step.count
            : step.unit == Unit::Month               ? 30.44 * step.count
                                                     : 365.25 * step.count;
        if (length >= ideal)
            return step;
    }
    return steps.back();
}

QList<QDate> DateTicker::tickDates(QDate first, QDate last, Step step)
{
    QList<QDate> dates;
    if (!first.isValid() || !last.isValid() || last < first)
        return dates;
    switch (step.unit) {
    case Unit::Day:
    case Unit::Week: {
        const qint64 stride = step.unit == Unit::Week ? 7LL * step.count : step.count;
        // Weeks start on Mondays (Julian day 0 is a Monday); every stride counts from there.
        qint64 jd = first.toJulianDay();
        jd += (stride - jd % stride) % stride;
        for (; jd <= last.toJulianDay(); jd += stride)
            dates.append(QDate::fromJulianDay(jd));
        break;
    }
    case Unit::Month: {
        QDate d(first.year(), first.month(), 1);
        if (d < first)
            d = d.addMonths(1);
        while ((d.month() - 1) % step.count != 0)
            d = d.addMonths(1);
        for (; d <= last; d = d.addMonths(step.count))
            dates.append(d);
        break;
    }
    case Unit::Year: {
        int year = first.month() == 1 && first.day() == 1 ? first.year() : first.year() + 1;
        year += (step.count - ((year % step.count) + step.count) % step.count) % step.count;
        for (; QDate(year, 1, 1) <= last; year += step.count)
            dates.append(QDate(year, 1, 1));
        break;
    }
    }
    return dates;
}

QStringList DateTicker::labels(const QList<QDate> &dates, Step step, const QLocale &locale)
{
    QStringList out;
    out.reserve(dates.size());
    int previousYear = 0;
    for (const QDate &d : dates) {
        const bool newYear = d.year() != previousYear;
        previousYear = d.year();
        switch (step.unit) {
        case Unit::Day:
        case Unit::Week:
            out.append(locale.toString(d,
                newYear ? QCoreApplication::translate("DateFormat", "d MMM yyyy")
                        : QCoreApplication::translate("DateFormat", "d MMM")));
            break;
        case Unit::Month:
            out.append(
                locale.toString(d, newYear || step.count >= 3 ? QStringLiteral("MMM yyyy") : QStringLiteral("MMM")));
            break;
        case Unit::Year: out.append(QString::number(d.year())); break;
        }
    }
    return out;
}

void DateTicker::generate(const QCPRange &range, const QLocale &locale, QChar, int, QVector<double> &ticks,
    QVector<double> *subTicks, QVector<QString> *tickLabels)
{
    const QDate first = dateFromKey(range.lower);
    const QDate last = dateFromKey(range.upper);
    const Step step = stepFor(range.size() / SecondsPerDay, tickCount());
    QList<QDate> dates = tickDates(first, last, step);
    ticks.clear();
    ticks.reserve(dates.size());
    for (const QDate &d : dates)
        ticks.append(dayKey(d));
    // A tick whose noon lies just outside the range would be drawn on the axis edge.
    while (!ticks.isEmpty() && ticks.front() < range.lower) {
        ticks.removeFirst();
        dates.removeFirst();
    }
    while (!ticks.isEmpty() && ticks.back() > range.upper) {
        ticks.removeLast();
        dates.removeLast();
    }
    if (subTicks)
        subTicks->clear();
    if (tickLabels)
        *tickLabels = labels(dates, step, locale);
}

} // namespace rls
