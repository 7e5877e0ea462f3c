// SPDX-License-Identifier: GPL-3.0-or-later
// Issue 14, accessibility: a screen reader says a control's accessible name when Tab reaches it.
// These tests walk the accessible tree Qt gives assistive tools, as they do, on every page of
// the real window on a real demo diary and in the dialogs, and name every control that Tab
// reaches with nothing to say.
#include "backups/backupsdialog.h"
#include "csvdialogs/exportcsvdialog.h"
#include "csvdialogs/importcsvdialog.h"
#include "demo/syntheticdiary.h"
#include "doses/dosesmodel.h"
#include "doses/dosetable.h"
#include "doses/newsubstancedialog.h"
#include "help/aboutdialog.h"
#include "help/shortcutlist.h"
#include "help/shortcutsdialog.h"
#include "help/userguidedialog.h"
#include "io/csvreader.h"
#include "labs/labresultdialog.h"
#include "printing/reportdialog.h"
#include "session/diarycontext.h"
#include "settings/settingsdialog.h"
#include "shell/mainwindow.h"
#include "storage/diarystore.h"
#include "support/tempdiary.h"
#include "trial/trialplandialog.h"

#include <QAbstractItemView>
#include <QAccessible>
#include <QApplication>
#include <QComboBox>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QSet>
#include <QSettings>
#include <QStackedWidget>
#include <QTabWidget>
#include <QTableView>
#include <QTest>
#include <QTreeView>

#include <gtest/gtest.h>

using namespace rls;

namespace {

// "QPushButton 'saveButton' in logPage": enough to find the widget in the code.
QString where(const QWidget *w)
{
    QString text = QStringLiteral("%1 '%2'").arg(QString::fromLatin1(w->metaObject()->className()), w->objectName());
    for (const QWidget *p = w->parentWidget(); p; p = p->parentWidget()) {
        if (!p->objectName().isEmpty() && !p->objectName().startsWith(QStringLiteral("qt_"))) {
            text += QStringLiteral(" in ") + p->objectName();
            break;
        }
    }
    return text;
}

// A widget whose focus goes to a proxy (a tab widget's tab bar) is checked as that proxy.
bool reachedByTab(const QWidget *w)
{
    return (w->focusPolicy() & Qt::TabFocus) && w->isEnabled() && w->isVisible() && !w->focusProxy();
}

// Whether a screen reader can say what the control is. Qt 6.4 on Linux gives a combo box's
// current text as its name and says what the box is through a Label relation, a QLabel that has
// the box as its buddy; so a combo box needs such a label, and its own name does not count.
bool named(QAccessibleInterface *iface, const QWidget *w)
{
    if (!qobject_cast<const QComboBox *>(w))
        return !iface->text(QAccessible::Name).trimmed().isEmpty();
    for (const auto &[label, relation] : iface->relations(QAccessible::Label)) {
        if (qobject_cast<QLabel *>(label->object()) && !label->text(QAccessible::Name).trimmed().isEmpty())
            return true;
    }
    return false;
}

struct Walk {
    QSet<const QWidget *> seen;
    QStringList unnamed; ///< focusable controls without an accessible name
    QStringList headless; ///< tables whose visible columns have no header text
    int controls = 0;

    void visit(QAccessibleInterface *iface, int depth = 0)
    {
        if (!iface || !iface->isValid() || depth > 80)
            return;
        auto *w = qobject_cast<QWidget *>(iface->object());
        if (w && !seen.contains(w)) {
            seen.insert(w);
            if (reachedByTab(w)) {
                ++controls;
                if (!named(iface, w))
                    unnamed.append(where(w));
            }
            if (auto *view = qobject_cast<QAbstractItemView *>(w); view && view->isVisible())
                checkHeaders(view);
        }
        // The cells of a table are its children too, named by the model; the widgets in its cells
        // (an import's choices, an open editor) are controls of their own.
        if (auto *view = qobject_cast<QAbstractItemView *>(w)) {
            for (QWidget *cell : view->viewport()->findChildren<QWidget *>(Qt::FindDirectChildrenOnly))
                visit(QAccessible::queryAccessibleInterface(cell), depth + 1);
            return;
        }
        for (int i = 0; i < iface->childCount(); ++i)
            visit(iface->child(i), depth + 1);
    }

    void checkHeaders(QAbstractItemView *view)
    {
        const QAbstractItemModel *model = view->model();
        QHeaderView *header = nullptr;
        if (auto *table = qobject_cast<QTableView *>(view))
            header = table->horizontalHeader();
        else if (auto *tree = qobject_cast<QTreeView *>(view))
            header = tree->header();
        if (!model || !header || header->isHidden())
            return;
        for (int c = 0; c < model->columnCount(); ++c) {
            if (!header->isSectionHidden(c) && model->headerData(c, Qt::Horizontal).toString().trimmed().isEmpty())
                headless.append(QStringLiteral("%1 column %2").arg(where(view)).arg(c));
        }
    }

    // Walks `root` as it is, then with each page of every tab and stacked widget in it shown.
    void walkAllPages(QWidget *root)
    {
        visit(QAccessible::queryAccessibleInterface(root));
        for (QStackedWidget *stack : root->findChildren<QStackedWidget *>()) {
            auto *tabs = qobject_cast<QTabWidget *>(stack->parentWidget());
            const int shown = stack->currentIndex();
            for (int i = 0; i < stack->count(); ++i) {
                if (tabs)
                    tabs->setCurrentIndex(i);
                else
                    stack->setCurrentIndex(i);
                QApplication::processEvents();
                visit(QAccessible::queryAccessibleInterface(root));
            }
            if (tabs)
                tabs->setCurrentIndex(shown);
            else
                stack->setCurrentIndex(shown);
        }
    }

    void expectAllNamed(const char *what) const
    {
        EXPECT_GT(controls, 0) << what << ": the walk found no control at all";
        EXPECT_TRUE(unnamed.isEmpty()) << what << ": " << unnamed.size()
                                       << " controls Tab reaches have no accessible name:\n  "
                                       << unnamed.join(QStringLiteral("\n  ")).toStdString();
        EXPECT_TRUE(headless.isEmpty()) << what << ": columns without a header:\n  "
                                        << headless.join(QStringLiteral("\n  ")).toStdString();
    }
};

void walkDialog(QDialog &dialog, const char *what)
{
    dialog.show();
    Walk walk;
    walk.walkAllPages(&dialog);
    walk.expectAllNamed(what);
    dialog.close();
}

// The window on a generated demo diary that ends with a finished personal trial, so that the
// Trial page shows its results too.
struct DemoWindow {
    DemoWindow()
        : settings(diary.dir() + QStringLiteral("/settings.ini"), QSettings::IniFormat)
    {
        SyntheticOptions options;
        options.nights = 200;
        options.lastNight = QDate::currentDate().addDays(-1);
        options.withTrial = true;
        const auto written = writeSyntheticDiary(diary.store(), options);
        EXPECT_TRUE(written) << written.error().message.toStdString();
        window = std::make_unique<MainWindow>(diary.store(), true, settings);
        context = std::make_unique<DiaryContext>(diary.store(), true, settings);
        window->show();
    }
    test::TempDiary diary;
    QSettings settings;
    std::unique_ptr<MainWindow> window;
    std::unique_ptr<DiaryContext> context;
};

} // namespace

TEST(AccessibleTree, everyControlOnEveryPage_hasAName)
{
    DemoWindow demo;
    ASSERT_TRUE(QTest::qWaitForWindowExposed(demo.window.get()));
    auto *pages = demo.window->findChild<QTabWidget *>(QStringLiteral("pages"));
    ASSERT_NE(pages, nullptr);
    for (int i = 0; i < pages->count(); ++i) {
        pages->setCurrentIndex(i);
        QApplication::processEvents();
        Walk walk;
        walk.walkAllPages(demo.window.get());
        walk.expectAllNamed(pages->tabText(i).toUtf8().constData());
    }
}

TEST(AccessibleTree, everyControlInTheDialogs_hasAName)
{
    DemoWindow demo;
    SettingsDialog preferences(*demo.context, demo.window.get());
    walkDialog(preferences, "Preferences");
    ExportCsvDialog exportCsv(*demo.context, demo.window.get());
    walkDialog(exportCsv, "Export CSV");
    ExportCsvDialog exportSheet(*demo.context, demo.window.get(), ExportCsvDialog::Format::Spreadsheet);
    walkDialog(exportSheet, "Export as Spreadsheet");
    ImportCsvDialog importCsv(*demo.context, QStringLiteral("sheet.csv"),
        readCsv(QByteArrayLiteral("Date,Severity,Magnesium mg\n2026-01-05,4,300\n2026-01-06,3,300\n")),
        demo.window.get());
    walkDialog(importCsv, "Import CSV");
    LabResultDialog lab(demo.diary.store(), std::nullopt, QDate(2026, 1, 5), demo.window.get());
    walkDialog(lab, "Lab result");
    TrialPlanDialog trial(*demo.context, demo.window.get());
    walkDialog(trial, "Plan a personal trial");
    ReportDialog report(*demo.context, ReportDialog::Purpose::SavePdf, demo.window.get());
    walkDialog(report, "Doctor's report");
    BackupsDialog backups(*demo.context, demo.window.get());
    walkDialog(backups, "Backups");
    NewSubstanceDialog substance(test::seededCatalog(), demo.window.get());
    walkDialog(substance, "New substance");
    ShortcutsDialog keys(windowShortcuts(*demo.window, nullptr), demo.window.get());
    walkDialog(keys, "Keyboard shortcuts");
    UserGuideDialog guide(demo.window.get());
    walkDialog(guide, "User guide");
    AboutDialog about(demo.diary.path(), true, demo.window.get());
    walkDialog(about, "About");
}

// Each editor a dose's cell opens says what it edits, whichever column it is in.
TEST(AccessibleTree, everyEditorOfADoseCell_hasAName)
{
    DoseTable table;
    table.model()->setCatalog(test::seededCatalog());
    table.model()->append(
        {{substances::Magnesium, 300, QStringLiteral("mg"), QStringLiteral("citrate"), QTime(21, 0)}});
    table.resize(700, 300);
    table.show();
    for (int c = 0; c < table.model()->columnCount(); ++c) {
        const QModelIndex cell = table.model()->index(0, c);
        if (!(table.model()->flags(cell) & Qt::ItemIsEditable))
            continue;
        table.view()->setCurrentIndex(cell); // opens the cell's editor, as arrow keys do
        if (!table.view()->indexWidget(cell))
            table.view()->edit(cell);
        QWidget *editor = table.view()->indexWidget(cell);
        ASSERT_NE(editor, nullptr) << "column " << c;
        Walk walk;
        walk.visit(QAccessible::queryAccessibleInterface(editor));
        walk.expectAllNamed(qPrintable(table.model()->headerData(c, Qt::Horizontal).toString()));
        table.view()->closePersistentEditor(cell);
    }
}

// The tests above must be able to fail: a field without a name, and a combo box whose only name
// is its own (Qt 6.4 on Linux says its current text instead), are listed; labelled ones are not.
TEST(AccessibleTree, aControlWithoutAName_orAComboBoxWithoutALabel_isListed)
{
    QWidget page;
    page.setObjectName(QStringLiteral("page"));
    auto *unnamed = new QLineEdit(&page);
    unnamed->setObjectName(QStringLiteral("unnamedField"));
    auto *field = new QLineEdit(&page);
    field->setAccessibleName(QStringLiteral("Named"));
    auto *bare = new QComboBox(&page);
    bare->setObjectName(QStringLiteral("bareBox"));
    bare->addItem(QStringLiteral("a value is not a name"));
    bare->setAccessibleName(QStringLiteral("not read on Linux"));
    auto *box = new QComboBox(&page);
    box->addItem(QStringLiteral("a value"));
    auto *label = new QLabel(QStringLiteral("What the box is"), &page);
    label->setBuddy(box);
    page.show();
    Walk walk;
    walk.walkAllPages(&page);
    EXPECT_EQ(walk.controls, 4);
    EXPECT_EQ(walk.unnamed,
        (QStringList {
            QStringLiteral("QLineEdit 'unnamedField' in page"), QStringLiteral("QComboBox 'bareBox' in page")}));
}
