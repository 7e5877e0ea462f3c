// SPDX-License-Identifier: GPL-3.0-or-later
// The child of the crash harness: opens a diary and saves nights until it is killed.
//
//   crash_child DIARY FIRST-DATE SEED
//
// Saves the nights FIRST-DATE, FIRST-DATE + 1, ... (see crashnight.h), mostly one per
// transaction and now and then a batch of several, and after each commit prints the dates it
// saved on one line and flushes: that line is the acknowledgement the parent holds it to.
#include "crashnight.h"
#include "storage/diarystore.h"

#include <QCoreApplication>
#include <QElapsedTimer>

#include <cstdio>
#include <random>
#include <string>

using namespace rls;

namespace {

int fail(const char *what, const QString &message)
{
    std::fprintf(stderr, "crash_child: %s: %s\n", what, qUtf8Printable(message));
    return 2;
}

} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv); // names the process in the diary's lock file, as the app does
    const QStringList args = QCoreApplication::arguments();
    if (args.size() != 4)
        return fail("usage", QStringLiteral("crash_child DIARY FIRST-DATE SEED"));
    QDate date = QDate::fromString(args.at(2), Qt::ISODate);
    bool seedOk = false;
    const unsigned seed = args.at(3).toUInt(&seedOk);
    if (!date.isValid() || !seedOk)
        return fail("usage", QStringLiteral("bad date or seed"));

    auto opened = DiaryStore::open(args.at(1));
    if (!opened)
        return fail("open", opened.error().message);
    DiaryStore &store = *opened.value();
    if (store.isReadOnly())
        return fail("open", QStringLiteral("the diary opened read-only: %1").arg(store.damage().value_or(QString())));

    std::mt19937 random(seed);
    std::uniform_int_distribution<int> oneIn(0, 7);
    std::uniform_int_distribution<int> batchSize(2, 6);
    QElapsedTimer running;
    running.start();
    // The parent kills it within a second; the limit only stops a child whose parent went away.
    while (running.elapsed() < 60000) {
        QList<Night> nights;
        const int count = oneIn(random) == 0 ? batchSize(random) : 1;
        for (int i = 0; i < count; ++i) {
            nights.append(crash::crashNight(date));
            date = date.addDays(1);
        }
        const Result<void> saved = count == 1 ? store.saveNight(nights.first()) : store.saveNights(nights);
        if (!saved)
            return fail("save", saved.error().message);
        std::string line;
        for (const Night &night : nights) {
            if (!line.empty())
                line += ' ';
            line += night.date.toString(Qt::ISODate).toStdString();
        }
        line += '\n';
        // One write per line, so a kill never leaves half an acknowledgement; a closed pipe ends it.
        if (std::fputs(line.c_str(), stdout) < 0 || std::fflush(stdout) != 0)
            return 3;
    }
    return 4;
}
