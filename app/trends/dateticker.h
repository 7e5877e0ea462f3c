// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "shared/qcustomplot_include.h"

#include <QDate>

namespace rls {

/// Date ticks for night keys (core/analysis/daykey.h: noon UTC of each calendar date) that read
/// well at every zoom: days or Mondays with "4 Mar" for weeks, the 1st of months with
/// "Mar 2026" for months and years, 1 January with "2026" for decades. The year is written on
/// the first tick and wherever it changes, so a printed chart never leaves it unclear.
class DateTicker final : public QCPAxisTickerDateTime {
public:
    DateTicker();

    /// How far apart ticks are: `count` days, months or years.
    enum class Unit { Day, Week, Month, Year };
    struct Step {
        Unit unit = Unit::Day;
        int count = 1;
    };
    /// The step chosen for a visible range of `days` calendar days with about `ticks` ticks.
    static Step stepFor(double days, int ticks);
    /// The calendar dates of the ticks from `first` to `last` for `step`.
    static QList<QDate> tickDates(QDate first, QDate last, Step step);
    /// The labels of `dates` for `step`, in `locale`.
    static QStringList labels(const QList<QDate> &dates, Step step, const QLocale &locale);

    void generate(const QCPRange &range, const QLocale &locale, QChar formatChar, int precision, QVector<double> &ticks,
        QVector<double> *subTicks, QVector<QString> *tickLabels) override;
};

} // namespace rls
