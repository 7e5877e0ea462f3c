// SPDX-License-Identifier: GPL-3.0-or-later
// Issue 14: a long tag widened the right column, added a horizontal scroll bar and cut the Time
// column and the note; a small window cut the form. Tags now wrap like words and a long one is
// shortened, and below 900x800 the form is one column that scrolls.
#include "log/intakeseditor.h"
#include "log/nightform.h"
#include "log/sleepeditor.h"
#include "log/tagseditor.h"
#include "logpagefixture.h"

#include <QCheckBox>
#include <QGroupBox>
#include <QPlainTextEdit>
#include <QScrollArea>
#include <QScrollBar>

using namespace rls;

namespace {

const QString LongTag = QStringLiteral("walked the dog twice round the lake before a late dinner out");

class FormLayout : public LogPageTest {
protected:
    void resizeAndSettle(QSize size)
    {
        page().resize(size);
        QApplication::processEvents();
        QApplication::sendPostedEvents(nullptr, QEvent::LayoutRequest);
        QApplication::processEvents();
    }
    QRect inForm(QWidget *w) { return QRect(w->mapTo(page().form(), QPoint(0, 0)), w->size()); }
};

} // namespace

TEST_F(FormLayout, aSixtyCharacterTag_neverWidensTheForm_andKeepsItsWholeName)
{
    ASSERT_EQ(LongTag.size(), 60);
    page();
    const int before = page().form()->minimumSizeHint().width();
    auto *tags = find<TagsEditor>(QStringLiteral("tagsEditor"));
    tags->setAvailable({LongTag, QStringLiteral("stress"), QStringLiteral("warm bath")});
    resizeAndSettle({1200, 800});
    EXPECT_LE(page().form()->minimumSizeHint().width(), before);
    EXPECT_FALSE(find<QScrollArea>(QStringLiteral("formScroll"))->horizontalScrollBar()->isVisible());

    auto *box = find<QCheckBox>(QStringLiteral("tag:") + LongTag);
    EXPECT_TRUE(box->text().endsWith(QStringLiteral("…"))) << box->text().toStdString();
    EXPECT_EQ(box->toolTip(), LongTag);
    EXPECT_EQ(box->accessibleName(), LongTag);
    // Every tag box lies inside the tags section: they wrap rather than run off its edge.
    for (QCheckBox *b : tags->findChildren<QCheckBox *>())
        EXPECT_TRUE(tags->rect().contains(QRect(b->mapTo(tags, QPoint(0, 0)), b->size()))) << b->text().toStdString();

    box->setChecked(true);
    EXPECT_EQ(tags->checked(), QStringList {LongTag});
    click(QStringLiteral("saveButton"));
    EXPECT_EQ(stored(Tonight)->tags, QStringList {LongTag});
}

TEST_F(FormLayout, aSmallWindow_showsOneColumnThatScrolls_andNothingIsCutAtTheSide)
{
    resizeAndSettle({880, 700});
    EXPECT_TRUE(page().form()->isSingleColumn());
    auto *sleep = find<SleepEditor>(QStringLiteral("sleepEditor"));
    auto *intakes = find<IntakesEditor>(QStringLiteral("intakesEditor"));
    EXPECT_GE(inForm(intakes).top(), inForm(sleep).bottom()); // below it, not beside it
    auto *scroll = find<QScrollArea>(QStringLiteral("formScroll"));
    EXPECT_FALSE(scroll->horizontalScrollBar()->isVisible());
    EXPECT_TRUE(scroll->verticalScrollBar()->isVisible());
    EXPECT_LE(page().form()->width(), scroll->viewport()->width());

    // The note, far down, is scrolled into view when it takes the focus.
    page().activateWindow();
    ASSERT_TRUE(QTest::qWaitForWindowActive(&page()));
    auto *note = find<QPlainTextEdit>(QStringLiteral("note"));
    note->setFocus(Qt::ShortcutFocusReason);
    QApplication::processEvents();
    const QRect shown(note->mapTo(scroll->viewport(), QPoint(0, 0)), note->size());
    EXPECT_TRUE(scroll->viewport()->rect().intersects(shown));
}

TEST_F(FormLayout, aLargeWindow_keepsTheTwoColumnsSideBySide)
{
    resizeAndSettle({1300, 900});
    EXPECT_FALSE(page().form()->isSingleColumn());
    auto *sleep = find<SleepEditor>(QStringLiteral("sleepEditor"));
    auto *intakes = find<IntakesEditor>(QStringLiteral("intakesEditor"));
    EXPECT_GT(inForm(intakes).left(), inForm(sleep).right());
    // Back to a short window: one column again.
    resizeAndSettle({1300, 760});
    EXPECT_TRUE(page().form()->isSingleColumn());
}
