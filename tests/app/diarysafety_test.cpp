// SPDX-License-Identifier: GPL-3.0-or-later
// Issue 10 in the window: a night changed elsewhere is not overwritten, a read-only or damaged
// diary is shown as such and nothing writes into it, a full disk keeps the form, backups can be
// restored from File > Backups, and a second start brings the first window to the front.
#include "backups/backupsdialog.h"
#include "log/logpage.h"
#include "session/diarycontext.h"
#include "session/diarysession.h"
#include "shared/messagebox.h"
#include "shell/mainwindow.h"
#include "shell/windowactivation.h"
#include "storage/backups.h"
#include "support/tempdiary.h"

#include <QAbstractButton>
#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QLabel>
#include <QPlainTextEdit>
#include <QProcess>
#include <QPushButton>
#include <QSettings>
#include <QSignalSpy>
#include <QTableWidget>
#include <QTest>

#include <gtest/gtest.h>

#include <atomic>
#include <thread>

using namespace rls;

namespace {

const QDate Tonight(2026, 11, 23);

// The window's page on a diary, at 21:00 on the evening of 23 November.
class WindowOnDiary {
public:
    explicit WindowOnDiary(DiaryStore &store, const QString &folder)
        : m_settings(folder + QStringLiteral("/settings.ini"), QSettings::IniFormat)
        , m_window(store, false, m_settings)
    {
        m_window.context().setClock([] { return QDateTime(Tonight, QTime(21, 0)); });
        page().showNight(Tonight);
    }
    MainWindow &window() { return m_window; }
    LogPage &page() { return *m_window.findChild<LogPage *>(); }
    QPlainTextEdit *note() { return m_window.findChild<QPlainTextEdit *>(QStringLiteral("note")); }
    void typeNote(const QString &text)
    {
        note()->setFocus();
        note()->selectAll();
        QTest::keyClicks(note(), text);
    }

private:
    QSettings m_settings;
    MainWindow m_window;
};

// `count` full nights, tonight and those before: enough pages that one can be damaged.
QList<Night> nightsBeforeTonight(int count)
{
    QList<Night> nights;
    for (int i = 0; i < count; ++i)
        nights.append(test::fullNight(Tonight.addDays(-i)));
    return nights;
}

void zeroAPage(const QString &path, int page)
{
    QFile file(path);
    ASSERT_TRUE(file.open(QIODevice::ReadWrite));
    file.seek(qint64(4096) * page);
    file.write(QByteArray(4096, '\0'));
}

// Another writer (a second store, as when the lock is not to be had) changes tonight's note at
// 22:14; returns the night as it wrote it (an empty night when that failed).
Night changeTonightsNoteElsewhere(const QString &path)
{
    OpenOptions other;
    other.writerLock = false;
    other.now = [] { return QDateTime(Tonight, QTime(22, 14)); };
    auto elsewhere = DiaryStore::open(path, other);
    if (!elsewhere)
        return {};
    Night changed = elsewhere.value()->loadNight(Tonight)->value();
    changed.note = QStringLiteral("written in the other window");
    if (!elsewhere.value()->saveNight(changed))
        return {};
    return changed;
}

} // namespace

TEST(FormConflict, keepMine_savesTheForm_andUndoBringsBackTheOtherVersion)
{
    test::TempDiary diary;
    ASSERT_TRUE(diary.store().saveNight(test::fullNight(Tonight)));
    WindowOnDiary w(diary.store(), diary.dir());
    const Night changed = changeTonightsNoteElsewhere(diary.path());
    ASSERT_EQ(changed.note, QStringLiteral("written in the other window"));

    w.typeNote(QStringLiteral("typed here"));
    MessageBox::setNextAnswer(QMessageBox::Save); // "Keep mine"
    EXPECT_TRUE(w.page().save());
    EXPECT_TRUE(MessageBox::lastText().contains(QStringLiteral("changed elsewhere")))
        << MessageBox::lastText().toStdString();
    EXPECT_TRUE(MessageBox::lastText().contains(QStringLiteral("22:14")));
    EXPECT_EQ(diary.store().loadNight(Tonight)->value().note, QStringLiteral("typed here"));
    w.page().undoAction()->trigger();
    EXPECT_EQ(diary.store().loadNight(Tonight)->value().note, changed.note);
}

TEST(FormConflict, reload_showsTheOtherVersion_andCancelKeepsTheForm)
{
    test::TempDiary diary;
    ASSERT_TRUE(diary.store().saveNight(test::fullNight(Tonight)));
    WindowOnDiary w(diary.store(), diary.dir());
    const Night changed = changeTonightsNoteElsewhere(diary.path());
    ASSERT_EQ(changed.note, QStringLiteral("written in the other window"));

    w.typeNote(QStringLiteral("typed here"));
    MessageBox::setNextAnswer(QMessageBox::Cancel);
    EXPECT_FALSE(w.page().save());
    EXPECT_EQ(w.note()->toPlainText(), QStringLiteral("typed here"));
    EXPECT_EQ(diary.store().loadNight(Tonight)->value().note, changed.note);

    MessageBox::setNextAnswer(QMessageBox::Reset); // "Reload"
    EXPECT_FALSE(w.page().save());
    EXPECT_EQ(w.note()->toPlainText(), changed.note);
    EXPECT_EQ(diary.store().loadNight(Tonight)->value().note, changed.note);
}

TEST(ReadOnlyWindow, saysSo_andCannotSave)
{
    test::TempDiary diary;
    ASSERT_TRUE(diary.store().saveNight(test::fullNight(Tonight)));
    diary.close();
    OpenOptions options;
    options.access = Access::ReadOnly;
    auto store = DiaryStore::open(diary.path(), options);
    ASSERT_TRUE(store);
    WindowOnDiary w(*store.value(), diary.dir());
    EXPECT_TRUE(w.window().windowTitle().contains(QStringLiteral("read-only")));
    auto *banner = w.window().findChild<QLabel *>(QStringLiteral("readOnlyText"));
    ASSERT_NE(banner, nullptr);
    EXPECT_TRUE(banner->text().contains(QStringLiteral("nothing can be saved")));
    w.typeNote(QStringLiteral("looking only"));
    EXPECT_FALSE(w.window().findChild<QPushButton *>(QStringLiteral("saveButton"))->isEnabled());
}

// Finding 3: at start-up on a damaged diary a "Could not write the diary" box appeared before
// anything was typed, and the status bar counted nights the list did not show.
TEST(DamagedWindow, startsWithoutWriting_showsWhy_andABackupRestoresIt)
{
    test::TempDiary diary;
    ASSERT_TRUE(diary.store().saveNights(nightsBeforeTonight(400)));
    ASSERT_TRUE(diary.store().backUp(BackupReason::Daily));
    diary.close();
    zeroAPage(diary.path(), 9);

    MessageBox::setNextAnswer(QMessageBox::NoButton);
    DiaryStore &store = diary.store();
    ASSERT_TRUE(store.damage().has_value());
    const QByteArray before = test::fileBytes(diary.path());
    WindowOnDiary w(store, diary.dir());
    QCoreApplication::processEvents();
    EXPECT_TRUE(MessageBox::lastText().isEmpty()) << MessageBox::lastText().toStdString();
    EXPECT_EQ(test::fileBytes(diary.path()), before);
    auto *banner = w.window().findChild<QLabel *>(QStringLiteral("readOnlyText"));
    ASSERT_NE(banner, nullptr);
    EXPECT_TRUE(banner->text().contains(QStringLiteral("damaged")));

    BackupsDialog dialog(w.window().context());
    auto *table = dialog.findChild<QTableWidget *>(QStringLiteral("backupsTable"));
    ASSERT_EQ(table->rowCount(), 1);
    EXPECT_EQ(table->item(0, 2)->text(), QLocale().toString(400));
    MessageBox::setNextAnswer(QMessageBox::Yes);
    EXPECT_TRUE(dialog.restoreRow(0));
    EXPECT_FALSE(store.damage().has_value());
    EXPECT_EQ(store.summary()->nights, 400);
    EXPECT_EQ(table->rowCount(), 2); // the damaged file's bytes were kept aside first
}

// The same when the damage hides the list of nights itself: the banner says so, no box is shown
// for each read that fails, and the window still opens.
TEST(DamagedWindow, whenEvenTheListCannotBeRead_opensWithTheBannerAndNoBox)
{
    test::TempDiary diary;
    ASSERT_TRUE(diary.store().saveNights(nightsBeforeTonight(400)));
    diary.close();
    const qint64 pages = QFileInfo(diary.path()).size() / 4096;
    for (int page = 2; page < pages; ++page)
        zeroAPage(diary.path(), page);

    MessageBox::setNextAnswer(QMessageBox::NoButton);
    DiaryStore &store = diary.store();
    ASSERT_TRUE(store.damage().has_value());
    ASSERT_FALSE(store.briefs()) << "the damage should reach the list for this test to mean anything";
    WindowOnDiary w(store, diary.dir());
    QCoreApplication::processEvents();
    // Whatever reached the pages next (here: a change to nights far from the form's) reads the
    // list again; on a damaged diary that failure must not raise a "Could not write" box either.
    MessageBox::setNextAnswer(QMessageBox::Ok); // a box would be answered, not hang the test
    w.window().context().notifyNightsChanged(Tonight.addYears(-5), Tonight.addYears(-5));
    EXPECT_TRUE(MessageBox::lastText().isEmpty()) << MessageBox::lastText().toStdString();
    auto *banner = w.window().findChild<QLabel *>(QStringLiteral("readOnlyText"));
    ASSERT_NE(banner, nullptr);
    EXPECT_TRUE(banner->text().contains(QStringLiteral("damaged")));
    MessageBox::setNextAnswer(QMessageBox::NoButton);
}

// Issue 15: the app opens its diary with the check left for after the window's first frame.
// When that check finds damage, the window built for a whole diary says so (main() then builds
// the damaged diary's window: read-only, with its banner); nothing was written, no backup taken.
TEST(DamagedWindow, checkedAfterTheFirstFrame_findsTheDamage_andWritesNothing)
{
    test::TempDiary diary;
    ASSERT_TRUE(diary.store().saveNights(nightsBeforeTonight(400)));
    diary.close();
    zeroAPage(diary.path(), 9);
    const QByteArray before = test::fileBytes(diary.path());

    auto opened = DiaryStore::open(diary.path(), {.check = DiaryCheck::Later});
    ASSERT_TRUE(opened) << opened.error().message.toStdString();
    MessageBox::setNextAnswer(QMessageBox::NoButton);
    WindowOnDiary w(*opened.value(), diary.dir());
    QSignalSpy damaged(&w.window(), &MainWindow::damageFound);
    w.window().show();
    EXPECT_TRUE(QTest::qWaitFor([&] { return damaged.count() == 1; }, 5000));
    EXPECT_TRUE(opened.value()->damage().has_value());
    EXPECT_TRUE(MessageBox::lastText().isEmpty()) << MessageBox::lastText().toStdString();
    EXPECT_TRUE(backups::list(diary.path()).isEmpty());
    opened.value().reset();
    EXPECT_EQ(test::fileBytes(diary.path()), before);
}

TEST(MainWindowStart, aWholeDiaryCheckedAfterTheFirstFrame_getsItsCountAndTheDaysBackup)
{
    test::TempDiary diary;
    ASSERT_TRUE(diary.store().saveNights({test::fullNight(Tonight.addDays(-1)), test::fullNight(Tonight)}));
    diary.close();
    auto opened = DiaryStore::open(diary.path(), {.check = DiaryCheck::Later});
    ASSERT_TRUE(opened) << opened.error().message.toStdString();
    WindowOnDiary w(*opened.value(), diary.dir());
    QSignalSpy damaged(&w.window(), &MainWindow::damageFound);
    auto *count = w.window().findChild<QLabel *>(QStringLiteral("nightCountLabel"));
    ASSERT_NE(count, nullptr);
    EXPECT_TRUE(count->text().isEmpty()); // nothing counted before the window is on screen
    w.window().show();
    EXPECT_TRUE(QTest::qWaitFor([&] { return !count->text().isEmpty(); }, 5000));
    EXPECT_TRUE(count->text().startsWith(QStringLiteral("2 evenings logged"))) << count->text().toStdString();
    EXPECT_TRUE(opened.value()->isChecked());
    EXPECT_EQ(damaged.count(), 0);
    EXPECT_EQ(backups::list(diary.path()).size(), 1);
}

TEST(BackupsDialog, backUpNow_thenRestore_saysWhatDiffersFirst)
{
    test::TempDiary diary;
    ASSERT_TRUE(diary.store().saveNight(test::fullNight(Tonight.addDays(-1))));
    WindowOnDiary w(diary.store(), diary.dir());
    BackupsDialog dialog(w.window().context());
    ASSERT_TRUE(dialog.backUpNow());
    auto *table = dialog.findChild<QTableWidget *>(QStringLiteral("backupsTable"));
    ASSERT_EQ(table->rowCount(), 1);
    EXPECT_EQ(table->item(0, 1)->text(), QStringLiteral("taken by hand"));
    ASSERT_TRUE(diary.store().saveNight(test::fullNight(Tonight)));

    MessageBox::setNextAnswer(QMessageBox::Cancel);
    EXPECT_FALSE(dialog.restoreRow(0));
    EXPECT_TRUE(MessageBox::lastText().contains(QStringLiteral("removes 1 night not in the backup (2026-11-23)")))
        << MessageBox::lastText().toStdString();
    EXPECT_EQ(diary.store().summary()->nights, 2);

    MessageBox::setNextAnswer(QMessageBox::Yes);
    EXPECT_TRUE(dialog.restoreRow(0));
    EXPECT_EQ(diary.store().summary()->nights, 1);
    auto *outcome = dialog.findChild<QLabel *>(QStringLiteral("backupsOutcome"));
    EXPECT_TRUE(outcome->text().startsWith(QStringLiteral("Restored:"))) << outcome->text().toStdString();
    EXPECT_EQ(table->rowCount(), 2); // the diary as it was just before the restore
    EXPECT_EQ(table->item(0, 1)->text(), QStringLiteral("before a restore"));
    EXPECT_FALSE(w.page().findChild<QPushButton *>(QStringLiteral("deleteButton"))->isEnabled()); // tonight is gone
}

TEST(DiskFull, aSaveThatDoesNotFit_keepsTheFormAndSaysWhy)
{
    test::TempDiary diary;
    ASSERT_TRUE(diary.store().saveNight(test::fullNight(Tonight.addDays(-1))));
    diary.close();
    int pages = 0;
    {
        OpenOptions probe;
        probe.access = Access::ReadOnly;
        pages = DiaryStore::open(diary.path(), probe).value()->pragma("page_count").toInt();
    }
    OpenOptions options;
    options.maxPageCount = pages;
    auto store = DiaryStore::open(diary.path(), options);
    ASSERT_TRUE(store);
    WindowOnDiary w(*store.value(), diary.dir());
    const QString longNote = QString(20000, u'z');
    w.note()->setPlainText(longNote);
    MessageBox::setNextAnswer(QMessageBox::Ok);
    EXPECT_FALSE(w.page().save());
    EXPECT_TRUE(MessageBox::lastText().contains(QStringLiteral("disk is full")))
        << MessageBox::lastText().toStdString();
    EXPECT_TRUE(MessageBox::lastText().contains(QStringLiteral("still in the form")));
    EXPECT_EQ(w.note()->toPlainText(), longNote);
    EXPECT_FALSE(store.value()->loadNight(Tonight)->has_value());
}

TEST(WindowActivation, aSecondStart_bringsTheWindowThatHoldsTheDiaryToTheFront)
{
    test::TempDiary diary;
    QWidget window;
    WindowActivation activation(diary.path(), &window);
    std::atomic<int> answered {-1};
    std::thread second([&] { answered = WindowActivation::askRunningWindowToShow(diary.path(), 3000) ? 1 : 0; });
    while (answered < 0)
        QCoreApplication::processEvents(QEventLoop::AllEvents, 20);
    second.join();
    EXPECT_EQ(answered, 1);
    EXPECT_TRUE(window.isVisible());
    EXPECT_FALSE(WindowActivation::askRunningWindowToShow(diary.dir() + QStringLiteral("/other.sqlite"), 200));
}

TEST(DemoFolders, aFolderLeftByAKilledDemo_isRemoved_andOthersAreLeft)
{
    QTemporaryDir temp;
    QProcess gone;
    gone.start(QStringLiteral("true"));
    ASSERT_TRUE(gone.waitForFinished());
    const qint64 deadPid = gone.processId() > 0 ? gone.processId() : 2147480000;
    auto make = [&](const QString &name, const QByteArray &pid) {
        QDir(temp.path()).mkpath(name);
        if (!pid.isEmpty()) {
            QFile f(temp.filePath(name + QStringLiteral("/demo.pid")));
            EXPECT_TRUE(f.open(QIODevice::WriteOnly));
            f.write(pid);
        }
    };
    make(QStringLiteral("rls-diary-demo-dead01"), QByteArray::number(std::max<qint64>(deadPid, 2147480000)));
    make(QStringLiteral("rls-diary-demo-alive1"), QByteArray::number(QCoreApplication::applicationPid()));
    make(QStringLiteral("rls-diary-demo-nopid1"), {});
    make(QStringLiteral("something-else"), "1");
    EXPECT_EQ(DiarySession::removeStaleDemoFolders(temp.path()), 1);
    EXPECT_EQ(QDir(temp.path()).entryList(QDir::Dirs | QDir::NoDotAndDotDot),
        (QStringList {QStringLiteral("rls-diary-demo-alive1"), QStringLiteral("rls-diary-demo-nopid1"),
            QStringLiteral("something-else")}));
}
