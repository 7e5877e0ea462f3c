// SPDX-License-Identifier: GPL-3.0-or-later
// `rls-diary insights`: the Insights page's findings as sentences or as JSON.
#include "cli/cli.h"
#include "cli/clicommands.h"
#include "cli/cliio.h"
#include "findings/insightsjson.h"
#include "guidance/guidance.h"
#include "session/diarysession.h"
#include "session/preferences.h"
#include "storage/diarystore.h"

#include <QJsonDocument>
#include <QSettings>

namespace rls::cli {

int runInsights(const InsightsArgs &args)
{
    auto store = openDiary(diaryPath(args.database), Use::Read);
    if (!store) {
        err(store.error().message);
        return DiaryFailed;
    }
    DiaryStore &diary = *store.value();
    const auto summary = diary.summary();
    const auto catalog = diary.substances();
    const auto tags = diary.tags();
    if (!summary || !catalog || !tags) {
        err((!summary ? summary.error() : !catalog ? catalog.error() : tags.error()).message);
        return DiaryFailed;
    }
    if (summary->nights == 0) {
        out(QStringLiteral("No nights logged yet: nothing to compare."));
        return Ok;
    }
    // Nights before the range count too: they decide when magnesium periods and iron started.
    const auto nights = diary.loadRange(summary->first, summary->last);
    if (!nights) {
        err(nights.error().message);
        return DiaryFailed;
    }
    QSettings settings;
    const Preferences preferences = loadPreferences(settings);
    InsightOptions options;
    options.from = args.from.isValid() ? args.from : summary->first;
    options.to = args.to.isValid() ? args.to : summary->last;
    options.caffeineAfter = caffeineCutoff(nights.value(), preferences.caffeineAfter);
    options.tags = tags.value();
    for (const Intake &dose : preferences.regimen)
        options.regimenSubstances.append(dose.substance);
    options.regimenSubstances.removeDuplicates();
    options.magnesiumDoseMg = args.magnesiumDoseMg;
    const QList<Insight> insights = computeInsights(nights.value(), catalog.value(), args.outcome, options);
    const AugmentationStatus watch = augmentationWatch(nights.value(), catalog.value(), options.to);
    if (args.json) {
        QJsonObject root;
        root.insert(QStringLiteral("from"), options.from.toString(Qt::ISODate));
        root.insert(QStringLiteral("to"), options.to.toString(Qt::ISODate));
        root.insert(QStringLiteral("comparisons"), comparisonsJson(insights));
        root.insert(QStringLiteral("augmentation"), augmentationJson(watch));
        writeStdout(QJsonDocument(root).toJson(QJsonDocument::Indented));
        return readingDone(diary);
    }
    out(QStringLiteral("%1, %2 to %3:")
            .arg(outcomeLabel(args.outcome), options.from.toString(Qt::ISODate), options.to.toString(Qt::ISODate)));
    for (const Insight &i : insights)
        out(QStringLiteral("- ") + i.sentence);
    out(insightsCaveat());
    out(augmentationSentence(watch));
    return readingDone(diary);
}

} // namespace rls::cli
