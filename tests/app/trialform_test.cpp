// SPDX-License-Identifier: GPL-3.0-or-later
// The evening form during a personal trial: where the trial stands, and "My regimen" following
// the block. A real diary file, a fixed clock.
#include "log/intakeseditor.h"
#include "log/logpage.h"
#include "model/trialplan.h"
#include "session/diarycontext.h"
#include "support/tempdiary.h"

#include <QAbstractButton>
#include <QLabel>
#include <QSettings>
#include <QTest>

#include <gtest/gtest.h>

using namespace rls;

namespace {

const QDate Tonight(2026, 11, 23);

const Intake UsualMagnesium {
    QStringLiteral("Magnesium"), 300, QStringLiteral("mg"), QStringLiteral("citrate"), QTime(21, 0)};
const Intake UsualIron {
    QStringLiteral("Iron"), 25, QStringLiteral("mg"), QStringLiteral("ferrous bisglycinate"), QTime(8, 0)};

// Magnesium glycinate 200 mg against none, 3 pairs of 14 nights, 3 wash-out nights, the first
// pair drawn BA, starting 8 nights before tonight.
TrialPlan magnesiumTrial()
{
    TrialPlan plan;
    plan.doseA
        = Intake {QStringLiteral("Magnesium"), 200, QStringLiteral("mg"), QStringLiteral("glycinate"), QTime(21, 0)};
    plan.start = Tonight.addDays(-8);
    plan.seed = 11;
    plan.order = {PairOrder::BA, PairOrder::AB, PairOrder::AB};
    return plan;
}

class TrialFormTest : public ::testing::Test {
protected:
    void SetUp() override
    {
        m_settings = std::make_unique<QSettings>(m_diary.dir() + QStringLiteral("/settings.ini"), QSettings::IniFormat);
        m_context = std::make_unique<DiaryContext>(m_diary.store(), false, *m_settings);
        m_context->setClock([this] { return QDateTime(m_tonight, QTime(21, 0)); });
        Preferences p = m_context->preferences();
        p.regimen = {UsualMagnesium, UsualIron};
        m_context->setPreferences(p);
    }
    void addTrial()
    {
        auto added = m_diary.store().addTrial(magnesiumTrial(), m_tonight);
        ASSERT_TRUE(added) << added.error().message.toStdString();
    }
    LogPage &page()
    {
        if (!m_page) {
            m_page = std::make_unique<LogPage>(*m_context);
            m_page->resize(1200, 800);
            m_page->show();
        }
        return *m_page;
    }
    QLabel *trialLine() { return page().findChild<QLabel *>(QStringLiteral("trialStatus")); }
    QList<Intake> regimenAdds()
    {
        auto *intakes = page().findChild<IntakesEditor *>(QStringLiteral("intakesEditor"));
        intakes->setIntakes({});
        QTest::mouseClick(page().findChild<QAbstractButton *>(QStringLiteral("addRegimen")), Qt::LeftButton);
        return intakes->intakes();
    }

    QDate m_tonight = Tonight;
    test::TempDiary m_diary;
    std::unique_ptr<QSettings> m_settings;
    std::unique_ptr<DiaryContext> m_context;
    std::unique_ptr<LogPage> m_page;
};

} // namespace

TEST_F(TrialFormTest, withoutATrial_noLine_andMyRegimenIsTheUsualDoses)
{
    ASSERT_NE(trialLine(), nullptr);
    EXPECT_FALSE(trialLine()->isVisible());
    EXPECT_EQ(regimenAdds(), (QList<Intake> {UsualMagnesium, UsualIron}));
}

TEST_F(TrialFormTest, inABBlock_theFormSaysSo_andMyRegimenLeavesTheMagnesiumOut)
{
    addTrial();
    ASSERT_NE(trialLine(), nullptr);
    EXPECT_TRUE(trialLine()->isVisible());
    EXPECT_EQ(trialLine()->text(), QStringLiteral("Trial: night 9 of 84, block 1 of 6, B: no magnesium"));
    EXPECT_EQ(regimenAdds(), (QList<Intake> {UsualIron}));
}

TEST_F(TrialFormTest, inTheWashoutOfAnABlock_myRegimenOffersThePlannedDose)
{
    m_tonight = Tonight.addDays(8); // night 17: block 2 (A), its second night, inside the wash-out
    addTrial();
    EXPECT_EQ(trialLine()->text(),
        QStringLiteral("Trial: night 17 of 84, block 2 of 6, A: magnesium glycinate 200 mg at 21:00 (wash-out: "
                       "recorded, not analysed)"));
    EXPECT_EQ(regimenAdds(), (QList<Intake> {UsualIron, magnesiumTrial().doseA}));
}

TEST_F(TrialFormTest, aTrialPlannedWhileTheFormIsOpen_showsAtOnce)
{
    page();
    EXPECT_FALSE(trialLine()->isVisible());
    addTrial();
    m_context->notifyTrialsChanged();
    EXPECT_TRUE(trialLine()->isVisible());
    EXPECT_TRUE(trialLine()->text().startsWith(QStringLiteral("Trial: night 9 of 84")));
    EXPECT_EQ(regimenAdds(), (QList<Intake> {UsualIron}));
}

TEST_F(TrialFormTest, nightsOutsideTheTrial_haveNoLine_andTheUsualRegimen)
{
    addTrial();
    ASSERT_TRUE(page().showNight(Tonight.addDays(-20)));
    EXPECT_FALSE(trialLine()->isVisible());
    EXPECT_EQ(regimenAdds(), (QList<Intake> {UsualMagnesium, UsualIron}));
}
