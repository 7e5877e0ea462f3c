// SPDX-License-Identifier: GPL-3.0-or-later
#include "support/tempdiary.h"

#include <QFile>

#include <gtest/gtest.h>

namespace rls::test {

TempDiary::TempDiary()
{
    EXPECT_TRUE(m_dir.isValid());
}

DiaryStore &TempDiary::store()
{
    if (!m_store) {
        OpenOptions options;
        options.now = [] { return fixedNow(); };
        auto opened = DiaryStore::open(path(), options);
        if (!opened) {
            ADD_FAILURE() << "could not open the test diary: " << opened.error().message.toStdString();
            std::abort();
        }
        m_store = std::move(opened).value();
    }
    return *m_store;
}

QByteArray fileBytes(const QString &path)
{
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly))
        return {};
    return f.readAll();
}

Night fullNight(QDate date)
{
    Night n;
    n.date = date;
    n.symptoms.severity = 7;
    n.symptoms.onset = QTime(20, 45);
    n.symptoms.sensations = Sensation::UrgeToMove | Sensation::Crawling | Sensation::Twitching;
    n.symptoms.bodyAreas = BodyArea::Legs | BodyArea::Arms;
    n.symptoms.irlsTotal = 22;
    n.sleep.inBed = QTime(22, 50);
    n.sleep.triedToSleep = QTime(23, 10);
    n.sleep.minutesToFallAsleep = 40;
    n.sleep.awakenings = 3;
    n.sleep.minutesAwake = 50;
    n.sleep.finalAwakening = QTime(6, 30);
    n.sleep.outOfBed = QTime(6, 55);
    n.sleep.quality = 2;
    n.intakes = {
        {QStringLiteral("Magnesium"), 300, QStringLiteral("mg"), QStringLiteral("glycinate"), QTime(21, 0)},
        {QStringLiteral("Iron"), 25, QStringLiteral("mg"), QStringLiteral("ferrous bisglycinate"), QTime(8, 0)},
        {QStringLiteral("Caffeine"), 95, QStringLiteral("mg"), {}, QTime(15, 30)},
        {QStringLiteral("Alcohol"), 1.5, QStringLiteral("standard drinks"), {}, std::nullopt},
    };
    n.tags = {QStringLiteral("exercise"), QStringLiteral("stress")};
    n.note = QStringLiteral("Legs bad after the long drive; \"walked\" twice, ça va.\nSecond line.");
    return n;
}

QList<Substance> seededCatalog()
{
    static const QList<Substance> catalog = [] {
        TempDiary diary;
        return diary.store().substances().value();
    }();
    return catalog;
}

QList<Night> firstEvening(QDate tonight)
{
    Night lastNight;
    lastNight.date = tonight.addDays(-1);
    lastNight.sleep = fullNight(lastNight.date).sleep;
    Night evening;
    evening.date = tonight;
    evening.symptoms.severity = 6;
    return {lastNight, evening};
}

} // namespace rls::test
