// SPDX-License-Identifier: GPL-3.0-or-later
#include "io/csvexport.h"

#include "io/csvvalues.h"
#include "io/csvwriter.h"
#include "io/labrows.h"
#include "io/savefile.h"
#include "model/sleepmetrics.h"
#include "storage/diarystore.h"
#include "util/logging.h"

#include <QDir>

namespace rls {
namespace {

void writeSymptomsAndSleep(CsvWriter &w, const Night &n)
{
    const Symptoms &sy = n.symptoms;
    const SleepDiary &s = n.sleep;
    w.plain(n.date.toString(Qt::ISODate)).plain(csv::formatInt(sy.severity)).plain(csv::formatTime(sy.onset));
    w.text(csv::formatSensations(sy.sensations)).text(csv::formatBodyAreas(sy.bodyAreas));
    w.plain(csv::formatInt(sy.irlsTotal));
    w.plain(csv::formatTime(s.inBed)).plain(csv::formatTime(s.triedToSleep));
    w.plain(csv::formatInt(s.minutesToFallAsleep)).plain(csv::formatInt(s.awakenings));
    w.plain(csv::formatInt(s.minutesAwake)).plain(csv::formatTime(s.finalAwakening));
    w.plain(csv::formatTime(s.outOfBed)).plain(csv::formatInt(s.quality));
    const SleepMetrics m = computeSleepMetrics(s);
    w.plain(csv::formatInt(m.timeInBedMinutes)).plain(csv::formatInt(m.totalSleepMinutes));
    w.plain(m.efficiencyPercent ? csv::formatNumber(*m.efficiencyPercent, 1) : QString());
}

// Per group: the day total (as dayTotals() counts it) and every dose, the group's own
// substance unnamed, others of its kind by name ("Magnesium citrate powder: 200 mg"); then
// medication and other substances, each dose named. Each column keeps the night's order.
void writeIntakes(CsvWriter &w, const Night &n, const QList<Substance> &catalog)
{
    for (DoseGroup group : namedDoseGroups()) {
        const QList<Intake> doses = dosesInGroup(n.intakes, group, catalog);
        const auto total = doses.isEmpty() ? std::nullopt : groupTotal(doses, group, catalog);
        w.plain(total ? csv::formatTotal(*total) : QString());
        w.text(csv::formatDoses(doses, doseGroupSubstance(group)));
    }
    w.text(csv::formatDoses(dosesInGroup(n.intakes, DoseGroup::Medication, catalog), {}));
    w.text(csv::formatDoses(dosesInGroup(n.intakes, DoseGroup::Other, catalog), {}));
}

void writeHeader(CsvWriter &w, CsvKind kind)
{
    for (const QString &h : csvHeader(kind))
        w.plain(h);
    w.endRow();
}

} // namespace

QByteArray nightlyCsv(const QList<Night> &nights, const QList<Substance> &catalog)
{
    CsvWriter w;
    writeHeader(w, CsvKind::Nightly);
    for (const Night &n : nights) {
        writeSymptomsAndSleep(w, n);
        writeIntakes(w, n, catalog);
        w.text(n.tags.join(QStringLiteral("; "))).text(n.note);
        w.plain(n.flaggedForDoctor ? QStringLiteral("yes") : QString());
        w.endRow();
    }
    return w.bytes();
}

QByteArray intakesCsv(const QList<Night> &nights, const QList<Substance> &catalog)
{
    CsvWriter w;
    writeHeader(w, CsvKind::Intakes);
    for (const Night &n : nights) {
        for (const Intake &in : n.intakes) {
            const Substance *s = findSubstance(catalog, in.substance);
            w.plain(n.date.toString(Qt::ISODate)).plain(csv::formatTime(in.time));
            w.text(in.substance).text(s ? kindKey(s->kind) : QString()).text(in.form);
            w.plain(csv::formatNumber(in.amount)).text(in.unit);
            w.plain(in.labelMg ? csv::formatNumber(*in.labelMg) : QString());
            w.endRow();
        }
    }
    return w.bytes();
}

Result<QByteArray> exportCsv(DiaryStore &store, CsvKind kind, QDate from, QDate to)
{
    if (kind == CsvKind::Labs)
        return exportLabsCsv(store, from, to);
    if (!from.isValid() || !to.isValid() || from > to)
        return Error {ErrorKind::Invalid, QStringLiteral("The date range needs a start on or before its end."), {}};
    auto nights = store.loadRange(from, to);
    if (!nights)
        return nights.error();
    auto catalog = store.substances();
    if (!catalog)
        return catalog.error();
    if (kind == CsvKind::Nightly)
        return nightlyCsv(nights.value(), catalog.value());
    return intakesCsv(nights.value(), catalog.value());
}

Result<QString> savedSentence(
    DiaryStore &store, CsvKind kind, bool spreadsheet, QDate from, QDate to, const QString &path)
{
    const auto counted = [&](qsizetype n, const char *one, const char *many) {
        const QString what = n == 0 ? QStringLiteral("no %1").arg(QString::fromLatin1(many))
            : n == 1                ? QStringLiteral("1 %1").arg(QString::fromLatin1(one))
                                    : QStringLiteral("%1 %2").arg(n).arg(QString::fromLatin1(many));
        return QStringLiteral("Saved %1 to %2.").arg(what, QDir::toNativeSeparators(path));
    };
    if (kind == CsvKind::Labs && !spreadsheet) {
        auto labs = store.labResults();
        if (!labs)
            return labs.error();
        return counted(labsInRange(labs.value(), from, to).size(), "lab result", "lab results");
    }
    auto nights = store.loadRange(from, to);
    if (!nights)
        return nights.error();
    if (kind == CsvKind::Intakes && !spreadsheet) {
        qsizetype doses = 0;
        for (const Night &n : nights.value())
            doses += n.intakes.size();
        return counted(doses, "dose", "doses");
    }
    return counted(nights->size(), "night", "nights");
}

Result<void> saveCsvFile(const QString &path, const QByteArray &bytes)
{
    // Health data: a new export is for its owner alone (writeFileAtomically makes it 0600).
    if (auto saved = writeFileAtomically(path, bytes); !saved) {
        return Error {saved.error().kind,
            QStringLiteral("Could not write %1: %2. Any older file there was left as it was.")
                .arg(QDir::toNativeSeparators(path), saved.error().message),
            {}};
    }
    qCInfo(lcCsv) << "wrote" << bytes.size() << "bytes to" << path;
    return {};
}

} // namespace rls
