// SPDX-License-Identifier: GPL-3.0-or-later
// `rls-diary report`: the doctor's report as a PDF, without a window.
#include "cli/cli.h"
#include "cli/clicommands.h"
#include "cli/cliio.h"
#include "session/preferences.h"
#include "storage/diarystore.h"

#include <QCoreApplication>
#include <QDir>
#include <QSettings>

namespace rls::cli {
namespace {

ReportWriter &writer()
{
    static ReportWriter w;
    return w;
}

} // namespace

void setReportWriter(ReportWriter w)
{
    writer() = std::move(w);
}

int runReport(const ReportArgs &args)
{
    if (!writer()) {
        err(QStringLiteral("This build cannot draw reports."));
        return FileFailed;
    }
    auto store = openDiary(diaryPath(args.database), Use::Read);
    if (!store) {
        err(store.error().message);
        return DiaryFailed;
    }
    DiaryStore &diary = *store.value();
    const auto summary = diary.summary();
    if (!summary) {
        err(summary.error().message);
        return DiaryFailed;
    }
    if (summary->nights == 0 && (!args.from.isValid() || !args.to.isValid())) {
        err(QStringLiteral("No nights are logged yet: there is nothing to report. Give --from and --to to make "
                           "an empty report anyway."));
        return DiaryFailed;
    }
    QSettings settings;
    const Preferences preferences = loadPreferences(settings);
    ReportOptions options;
    options.to = args.to.isValid() ? args.to : summary->last;
    options.from = args.from.isValid() ? args.from : std::max(summary->first, options.to.addYears(-1).addDays(1));
    if (options.from > options.to) {
        err(QStringLiteral("--from (%1) is after --to (%2).")
                .arg(options.from.toString(Qt::ISODate), options.to.toString(Qt::ISODate)));
        return UsageError;
    }
    options.today = QDate::currentDate();
    options.appVersion = QCoreApplication::applicationVersion();
    options.patientName = args.name.simplified();
    options.dateOfBirth = args.dateOfBirth;
    for (const Intake &dose : preferences.regimen)
        options.regimenSubstances.append(dose.substance);
    options.regimenSubstances.removeDuplicates();
    options.caffeineAfter = preferences.caffeineAfter;
    const auto pages = writer()(
        diary, options, args.paper.value_or(preferences.reportPaper), preferences.firstDayOfWeek, args.output);
    if (!pages) {
        err(pages.error().message);
        return pages.error().kind == ErrorKind::ReadOnly ? FileFailed : DiaryFailed;
    }
    out(QStringLiteral("Wrote the report of the nights of %1 to %2 (%3 page%4) to %5.")
            .arg(options.from.toString(Qt::ISODate), options.to.toString(Qt::ISODate))
            .arg(pages.value())
            .arg(pages.value() == 1 ? QString() : QStringLiteral("s"))
            .arg(QDir::toNativeSeparators(args.output)));
    return readingDone(diary);
}

} // namespace rls::cli
