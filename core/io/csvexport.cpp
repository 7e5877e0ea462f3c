// SPDX-License-Identifier: GPL-3.0-or-later
#include "io/csvexport.h"

#include "io/csvexportrows.h"
#include "io/csvvalues.h"
#include "io/csvwriter.h"
#include "io/labrows.h"
#include "io/savefile.h"
#include "model/sleepmetrics.h"
#include "storage/diarystore.h"
#include "util/logging.h"

#include <QCoreApplication>
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
        return Error {ErrorKind::Invalid,
            QCoreApplication::translate("CsvExport", "The date range needs a start on or before its end."), {}};
    auto catalog = store.substances();
    if (!catalog)
        return catalog.error();
    // One query, written as it is read: the same bytes as nightlyCsv() and intakesCsv() of the
    // nights loadRange() would give, without building them.
    if (kind == CsvKind::Nightly)
        return streamNightlyCsv(store, catalog.value(), from, to);
    return streamIntakesCsv(store, catalog.value(), from, to);
}

Result<QString> savedSentence(
    DiaryStore &store, CsvKind kind, bool spreadsheet, QDate from, QDate to, const QString &path)
{
    // The three sentences of each count, as whole sentences a translation can reorder.
    const auto counted = [&](qsizetype n, const char *none, const char *one, const char *many) {
        const char *said = n == 0 ? none : n == 1 ? one : many;
        const QString text = QCoreApplication::translate("CsvExport", said);
        const QString shown = QDir::toNativeSeparators(path);
        return n > 1 ? text.arg(shown, QString::number(n)) : text.arg(shown);
    };
    if (kind == CsvKind::Labs && !spreadsheet) {
        auto labs = store.labResults();
        if (!labs)
            return labs.error();
        return counted(labsInRange(labs.value(), from, to).size(),
            QT_TRANSLATE_NOOP("CsvExport", "Saved no lab results to %1."),
            QT_TRANSLATE_NOOP("CsvExport", "Saved 1 lab result to %1."),
            QT_TRANSLATE_NOOP("CsvExport", "Saved %2 lab results to %1."));
    }
    auto nights = store.loadRange(from, to);
    if (!nights)
        return nights.error();
    if (kind == CsvKind::Intakes && !spreadsheet) {
        qsizetype doses = 0;
        for (const Night &n : nights.value())
            doses += n.intakes.size();
        return counted(doses, QT_TRANSLATE_NOOP("CsvExport", "Saved no doses to %1."),
            QT_TRANSLATE_NOOP("CsvExport", "Saved 1 dose to %1."),
            QT_TRANSLATE_NOOP("CsvExport", "Saved %2 doses to %1."));
    }
    return counted(nights->size(), QT_TRANSLATE_NOOP("CsvExport", "Saved no nights to %1."),
        QT_TRANSLATE_NOOP("CsvExport", "Saved 1 night to %1."),
        QT_TRANSLATE_NOOP("CsvExport", "Saved %2 nights to %1."));
}

Result<void> saveCsvFile(const QString &path, const QByteArray &bytes)
{
    // Health data: a new export is for its owner alone (writeFileAtomically makes it 0600).
    if (auto saved = writeFileAtomically(path, bytes); !saved) {
        return Error {saved.error().kind,
            QCoreApplication::translate("CsvExport", "Could not write %1: %2. Any older file there was left as it was.")
                .arg(QDir::toNativeSeparators(path), saved.error().message),
            {}};
    }
    qCInfo(lcCsv) << "wrote" << bytes.size() << "bytes to" << path;
    return {};
}

} // namespace rls
