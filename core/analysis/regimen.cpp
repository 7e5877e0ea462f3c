// SPDX-License-Identifier: GPL-3.0-or-later
#include "analysis/regimen.h"

#include "analysis/nightvalues.h"

#include <algorithm>

namespace rls {
namespace {

// The period being collected while walking through the nights.
struct OpenPeriod {
    RegimenPeriod period;
    QList<double> doses;
    int missed = 0;

    bool isOpen() const { return period.first.isValid(); }

    void start(QDate date, double mg, const QString &form)
    {
        period = RegimenPeriod {};
        period.first = date;
        doses.clear();
        missed = 0;
        add(date, mg, form);
    }

    void add(QDate date, double mg, const QString &form)
    {
        period.last = date;
        if (period.form.isEmpty())
            period.form = form;
        doses.append(mg);
        missed = 0;
    }

    RegimenPeriod finish()
    {
        std::sort(doses.begin(), doses.end());
        const qsizetype n = doses.size();
        period.nightsTaken = static_cast<int>(n);
        period.lowestMg = doses.front();
        period.highestMg = doses.back();
        period.typicalMg = n % 2 == 1 ? doses.at(n / 2) : (doses.at(n / 2 - 1) + doses.at(n / 2)) / 2;
        RegimenPeriod done = period;
        period = RegimenPeriod {};
        return done;
    }
};

bool endsPeriod(const OpenPeriod &open, QDate date, const QString &form, const RegimenOptions &options)
{
    if (open.missed > options.maxMissedNights)
        return true;
    if (open.period.last.daysTo(date) - 1 > options.maxDaysWithoutDose)
        return true;
    return !form.isEmpty() && !open.period.form.isEmpty() && form.compare(open.period.form, Qt::CaseInsensitive) != 0;
}

// Walks the nights once; `taken` gives a night's amount (0 when none) and its form.
template <typename Taken>
QList<RegimenPeriod> findPeriods(const QList<Night> &nights, const RegimenOptions &options, Taken taken)
{
    QList<RegimenPeriod> periods;
    OpenPeriod open;
    for (const Night &night : nights) {
        const auto [amount, form] = taken(night);
        if (!(amount > 0)) {
            if (open.isOpen())
                ++open.missed;
            continue;
        }
        if (open.isOpen() && endsPeriod(open, night.date, form, options))
            periods.append(open.finish());
        if (open.isOpen())
            open.add(night.date, amount, form);
        else
            open.start(night.date, amount, form);
    }
    if (open.isOpen())
        periods.append(open.finish());
    return periods;
}

} // namespace

QList<RegimenPeriod> findRegimenPeriods(
    const QList<Night> &nights, const QList<Substance> &catalog, const RegimenOptions &options)
{
    return findPeriods(nights, options, [&catalog](const Night &night) {
        return std::pair {
            nightValues(night, catalog)[static_cast<size_t>(Measure::MagnesiumMg)], magnesiumForm(night, catalog)};
    });
}

QList<RegimenPeriod> findSubstancePeriods(
    const QList<Night> &nights, const QString &substance, const RegimenOptions &options)
{
    return findPeriods(nights, options, [&substance](const Night &night) {
        double amount = 0;
        QString form;
        for (const Intake &in : night.intakes) {
            if (in.substance.compare(substance.trimmed(), Qt::CaseInsensitive) == 0) {
                amount += in.amount;
                if (form.isEmpty())
                    form = in.form.trimmed();
            }
        }
        return std::pair {amount, form};
    });
}

} // namespace rls
