// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "model/night.h"
#include "model/result.h"

#include <QWidget>

#include <optional>

class QAction;
class QLabel;
class QScrollArea;
class QTreeView;
class QPushButton;
class QToolButton;
class QUndoStack;

namespace rls {

class DiaryContext;
class NightForm;
class NightListModel;

/// The evening log: the list of nights beside the form of one night, with saving, deleting,
/// moving between nights, undo and redo, and a guard so nothing typed is lost unasked.
class LogPage final : public QWidget {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(LogPage)

public:
    explicit LogPage(DiaryContext &context, QWidget *parent = nullptr);

    /// Which night the form shows.
    QDate currentDate() const { return m_date; }
    /// "Tonight" by the clock and the day-split hour.
    QDate tonightDate() const;
    NightForm *form() const { return m_form; }
    bool isDirty() const;

    /// Moves to the night of `date`, asking first about unsaved changes. False if the person cancelled.
    bool showNight(QDate date);
    /// Saves what the form holds; false when it is invalid or could not be written.
    bool save();
    /// Deletes the shown night (undoable).
    void deleteNight();
    /// Asks to save, discard or cancel when the form holds unsaved changes; true to go on.
    bool confirmLeave();
    /// Puts the focus on the form's first question, tonight's severity.
    void focusForm();

    /// The page's actions, for the window's menus: save, delete, previous, next, tonight.
    QList<QAction *> nightActions() const;
    QAction *undoAction() const { return m_undoAction; }
    QAction *redoAction() const { return m_redoAction; }

    /// Below this window size the form is one column that scrolls, rather than two that cut
    /// (also whenever the two columns would not fit beside the night list).
    static constexpr QSize SingleColumnBelow {900, 800};

signals:
    void statusMessage(const QString &text);
    void dirtyChanged(bool dirty);

protected:
    void resizeEvent(QResizeEvent *event) override;
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    /// The night of a date as the diary holds it (an empty one when not logged), and on tonight
    /// the night before, whose sleep the form edits.
    struct StoredNights {
        Night night;
        std::optional<Night> previous;
    };

    void buildActions();
    /// One column when the window is small or the form's two columns do not fit beside the list.
    void updateColumns();
    QWidget *buildHeader();
    std::optional<StoredNights> read(QDate date);
    void load(QDate date);
    void showInForm(const StoredNights &stored);
    void refreshList();
    void updateHeader();
    void onFormChanged();
    void onNightsChanged(QDate from, QDate to);
    void undoOrRedo(bool undo);
    /// A read that failed; `date` is the night, or invalid for the list of nights.
    void reportReadError(QDate date, const Error &error);
    void reportError(const Error &error);

    DiaryContext &m_context;
    QDate m_date;
    bool m_writingForm = false; // while the page writes the form's own nights: they are the diary's now
    bool m_wasDirty = false;
    NightForm *m_form;
    QScrollArea *m_scroll = nullptr;
    NightListModel *m_list;
    QTreeView *m_listView;
    QUndoStack *m_undo;
    QLabel *m_title = nullptr;
    QLabel *m_stamps = nullptr;
    QLabel *m_trialLine = nullptr;
    QToolButton *m_prevButton = nullptr;
    QToolButton *m_nextButton = nullptr;
    QPushButton *m_saveButton = nullptr;
    QPushButton *m_revertButton = nullptr;
    QPushButton *m_deleteButton = nullptr;
    QAction *m_saveAction = nullptr;
    QAction *m_deleteAction = nullptr;
    QAction *m_prevAction = nullptr;
    QAction *m_nextAction = nullptr;
    QAction *m_tonightAction = nullptr;
    QAction *m_flagAction = nullptr;
    QAction *m_undoAction = nullptr;
    QAction *m_redoAction = nullptr;
};

} // namespace rls
