// SPDX-License-Identifier: GPL-3.0-or-later
// The crash harness (issue 10): a child process saves nights in a loop and is SIGKILLed at a
// random moment, again and again on the same diary. After every kill the diary must open (taking
// over the lock the dead child left), pass PRAGMA integrity_check, and hold every night the child
// acknowledged, with its values.
//
// RLSDIARY_CRASH_KILLS sets the number of kills (50 by default), RLSDIARY_CRASH_SEED the seed of
// the kill times and batch sizes (random by default; printed with every failure and at the end).
// scripts/crash-test N runs N kills.
#include "crashnight.h"
#include "storage/diarystore.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QFileInfo>
#include <QProcess>
#include <QTemporaryDir>

#include <SQLiteCpp/Database.h>
#include <SQLiteCpp/Statement.h>

#include <gtest/gtest.h>

#include <algorithm>
#include <cstdio>
#include <random>

using namespace rls;

namespace {

int killsWanted()
{
    bool ok = false;
    const int kills = qEnvironmentVariableIntValue("RLSDIARY_CRASH_KILLS", &ok);
    return ok && kills > 0 ? kills : 50;
}

unsigned seedWanted()
{
    bool ok = false;
    const unsigned seed = qEnvironmentVariable("RLSDIARY_CRASH_SEED").toUInt(&ok);
    return ok ? seed : std::random_device {}();
}

/// What one child acknowledged before it was killed.
struct Acknowledged {
    QList<QDate> nights;
    int commits = 0;
};

/// The complete lines of the child's output; a line cut short by the kill is no acknowledgement.
Acknowledged parseAcknowledgements(const QByteArray &out)
{
    Acknowledged acked;
    const qsizetype end = out.lastIndexOf('\n');
    if (end < 0)
        return acked;
    const QList<QByteArray> lines = out.left(end).split('\n');
    for (const QByteArray &line : lines) {
        ++acked.commits;
        for (const QByteArray &word : line.split(' ')) {
            const QDate date = QDate::fromString(QString::fromLatin1(word), Qt::ISODate);
            EXPECT_TRUE(date.isValid()) << "the child printed " << line.toStdString();
            acked.nights.append(date);
        }
    }
    return acked;
}

/// Every row of a PRAGMA that reports problems ("ok" for integrity_check, nothing for
/// foreign_key_check), read by a connection of its own once the store is closed.
QStringList pragmaRows(const QString &path, const char *pragma)
{
    SQLite::Database db(path.toStdString(), SQLite::OPEN_READWRITE);
    SQLite::Statement q(db, pragma);
    QStringList rows;
    while (q.executeStep())
        rows.append(QString::fromUtf8(q.getColumn(0).getText()));
    return rows;
}

/// Whether the diary holds every night from `from` to `to` (inclusive), each as the child saved it.
testing::AssertionResult holdsNights(DiaryStore &store, QDate from, QDate to)
{
    const auto loaded = store.loadRange(from, to);
    if (!loaded)
        return testing::AssertionFailure() << loaded.error().message.toStdString();
    QDate expected = from;
    for (const Night &night : loaded.value()) {
        if (night.date != expected)
            return testing::AssertionFailure()
                << "the acknowledged night " << expected.toString(Qt::ISODate).toStdString() << " is missing";
        if (!sameEntry(night, crash::crashNight(night.date)))
            return testing::AssertionFailure()
                << "the acknowledged night " << expected.toString(Qt::ISODate).toStdString()
                << " does not hold what was saved";
        expected = expected.addDays(1);
    }
    if (expected != to.addDays(1))
        return testing::AssertionFailure()
            << "the acknowledged night " << expected.toString(Qt::ISODate).toStdString() << " is missing";
    return testing::AssertionSuccess();
}

/// Whether the diary still lists every night from `from` to `to` (inclusive) with its severity:
/// a light check of every earlier night after every kill, through the query the list of nights uses.
testing::AssertionResult listsNights(DiaryStore &store, QDate from, QDate to)
{
    const auto briefs = store.briefs();
    if (!briefs)
        return testing::AssertionFailure() << briefs.error().message.toStdString();
    qint64 listed = 0;
    for (const NightBrief &brief : briefs.value()) {
        if (brief.date < from || brief.date > to)
            continue;
        ++listed;
        if (brief.severity != crash::crashNight(brief.date).symptoms.severity)
            return testing::AssertionFailure()
                << "the night " << brief.date.toString(Qt::ISODate).toStdString() << " lost its severity";
    }
    if (listed != from.daysTo(to) + 1)
        return testing::AssertionFailure() << (from.daysTo(to) + 1 - listed) << " acknowledged nights between "
                                           << from.toString(Qt::ISODate).toStdString() << " and "
                                           << to.toString(Qt::ISODate).toStdString() << " are missing";
    return testing::AssertionSuccess();
}

} // namespace

TEST(CrashHarness, everyAcknowledgedSave_survivesSigkill_andTheDiaryStaysWhole)
{
    const int kills = killsWanted();
    const unsigned seed = seedWanted();
    SCOPED_TRACE(testing::Message() << "seed " << seed << " (rerun with RLSDIARY_CRASH_SEED=" << seed << ")");
    RecordProperty("seed", std::to_string(seed));
    std::mt19937 random(seed);
    std::uniform_int_distribution<int> killAfterMs(5, 150);

    QTemporaryDir dir;
    ASSERT_TRUE(dir.isValid());
    const QString path = dir.filePath(QStringLiteral("diary.sqlite"));
    const QString lockPath = path + QStringLiteral(".lock");

    // Each child saves the nights from `next` on, in order, and acknowledges them in order, so
    // the nights acknowledged so far are exactly those from `first` to the day before `next`.
    const QDate first(2000, 1, 1);
    QDate next = first;
    int commits = 0;
    int killedBeforeFirstSave = 0;
    int staleLocks = 0;
    QElapsedTimer clock;
    clock.start();

    for (int round = 1; round <= kills; ++round) {
        const int delayMs = killAfterMs(random);
        SCOPED_TRACE(testing::Message() << "kill " << round << " of " << kills << ", after " << delayMs << " ms");

        QProcess child;
        child.start(QStringLiteral(RLSDIARY_CRASH_CHILD),
            {path, next.toString(Qt::ISODate), QString::number(static_cast<unsigned>(random()))});
        ASSERT_TRUE(child.waitForStarted(10000)) << child.errorString().toStdString();
        QElapsedTimer running;
        running.start();
        // Waiting for output, rather than sleeping, keeps the pipe drained so the child never blocks on it.
        // A timeout of 0 or less would wait for output forever, so the wait is at least 1 ms.
        while (child.state() == QProcess::Running && running.elapsed() < delayMs)
            child.waitForReadyRead(std::max(1, int(delayMs - running.elapsed())));
        ASSERT_EQ(child.state(), QProcess::Running) << "the child stopped by itself, exit code " << child.exitCode()
                                                    << ": " << child.readAllStandardError().toStdString();
        child.kill(); // SIGKILL: no handler, no destructor, no flush runs in the child
        ASSERT_TRUE(child.waitForFinished(10000));
        // The child never stops by itself while the parent listens: its own exits are 2 (a failed
        // open or save, said on stderr), 3 (closed pipe) and 4 (after a minute). Some sandboxes
        // now and then report a SIGKILLed child as a normal exit with code 0 (seen once in CI, in
        // one kill of several thousand), so that reading is accepted; any other is a failure.
        const QByteArray childErrors = child.readAllStandardError();
        const bool killed
            = child.exitStatus() == QProcess::CrashExit || (child.exitCode() == 0 && childErrors.isEmpty());
        ASSERT_TRUE(killed) << "the child stopped by itself, exit code " << child.exitCode() << ": "
                            << childErrors.toStdString();

        const Acknowledged acked = parseAcknowledgements(child.readAllStandardOutput());
        const QDate roundFirst = next;
        for (const QDate &date : acked.nights) {
            ASSERT_EQ(date, next) << "the child acknowledged nights out of order";
            next = next.addDays(1);
        }
        commits += acked.commits;
        if (acked.commits == 0)
            ++killedBeforeFirstSave;

        if (!QFileInfo::exists(path)) {
            // Killed while the first child was still creating the diary: a new diary appears
            // whole or not at all (it is built aside and renamed), so the next child creates it.
            ASSERT_EQ(next, first) << "nights were acknowledged but there is no diary";
            continue;
        }
        if (QFileInfo::exists(lockPath))
            ++staleLocks; // left by the dead child; the open below must take it over

        {
            auto opened = DiaryStore::open(path);
            ASSERT_TRUE(opened) << opened.error().message.toStdString();
            DiaryStore &store = *opened.value();
            ASSERT_FALSE(store.damage().has_value()) << store.damage()->toStdString();
            ASSERT_FALSE(store.isReadOnly());
            // This child's nights in full, every earlier one by date and severity, and a few
            // earlier ones in full; after the last kill, all of them in full.
            if (next > roundFirst) {
                ASSERT_TRUE(holdsNights(store, roundFirst, next.addDays(-1)));
            }
            if (roundFirst > first) {
                ASSERT_TRUE(listsNights(store, first, roundFirst.addDays(-1)));
                std::uniform_int_distribution<qint64> earlier(0, first.daysTo(roundFirst) - 1);
                for (int i = 0; i < 10; ++i) {
                    const QDate date = first.addDays(earlier(random));
                    ASSERT_TRUE(holdsNights(store, date, date));
                }
            }
            if (round == kills && next > first) {
                ASSERT_TRUE(holdsNights(store, first, next.addDays(-1)));
            }
        }
        EXPECT_FALSE(QFileInfo::exists(lockPath)) << "closing the store left its lock behind";
        ASSERT_EQ(pragmaRows(path, "PRAGMA integrity_check"), QStringList {QStringLiteral("ok")});
        ASSERT_EQ(pragmaRows(path, "PRAGMA foreign_key_check"), QStringList {});
    }

    const double seconds = double(clock.elapsed()) / 1000.0;
    const qint64 nights = first.daysTo(next);
    RecordProperty("acknowledged_commits", commits);
    RecordProperty("acknowledged_nights", std::to_string(nights));
    std::printf("crash harness: %d kills (%d before the first save), %d acknowledged saves (%lld nights) all "
                "present, integrity ok, %d stale locks taken over, %.1f s, seed %u\n",
        kills, killedBeforeFirstSave, commits, static_cast<long long>(nights), staleLocks, seconds, seed);
    std::fflush(stdout);
}

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    ::testing::InitGoogleTest(&argc, argv);
    return RUN_ALL_TESTS();
}
