// SPDX-License-Identifier: GPL-3.0-or-later
// The evening log page on a real diary file, at 21:00 on the evening of 23 November: shared by
// the tests that drive the log page through its widgets.
#pragma once

#include "log/logpage.h"
#include "session/diarycontext.h"
#include "storage/diarystore.h"
#include "support/tempdiary.h"

#include <QAbstractButton>
#include <QSettings>
#include <QTest>

#include <gtest/gtest.h>

#include <memory>
#include <optional>

namespace rls {

const QDate Tonight(2026, 11, 23);
const QDate LastNight(2026, 11, 22);

// A diary, its settings and the log page, at 21:00 on the evening of 23 November.
class LogPageTest : public ::testing::Test {
protected:
    void SetUp() override
    {
        m_settings = std::make_unique<QSettings>(m_diary.dir() + QStringLiteral("/settings.ini"), QSettings::IniFormat);
        m_context = std::make_unique<DiaryContext>(m_diary.store(), false, *m_settings);
        m_context->setClock([] { return QDateTime(Tonight, QTime(21, 0)); });
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
    template <typename T> T *find(const QString &name)
    {
        T *w = page().findChild<T *>(name);
        EXPECT_NE(w, nullptr) << name.toStdString();
        return w;
    }
    std::optional<Night> stored(QDate date)
    {
        auto n = m_diary.store().loadNight(date);
        EXPECT_TRUE(n);
        return n ? n.value() : std::nullopt;
    }
    void click(const QString &button) { QTest::mouseClick(find<QAbstractButton>(button), Qt::LeftButton); }
    void typeInto(const QString &name, const QString &text)
    {
        QWidget *w = find<QWidget>(name);
        w->setFocus();
        QTest::keyClicks(w, text);
    }

    test::TempDiary m_diary;
    std::unique_ptr<QSettings> m_settings;
    std::unique_ptr<DiaryContext> m_context;
    std::unique_ptr<LogPage> m_page;
};

} // namespace rls
