// SPDX-License-Identifier: GPL-3.0-or-later
#include "log/logpage.h"

#include "log/nightcommands.h"
#include "log/nightform.h"
#include "log/nightlistmodel.h"
#include "model/nightdate.h"
#include "nof1/trialtext.h"
#include "session/diarycontext.h"
#include "shared/followfocus.h"
#include "shared/messagebox.h"
#include "storage/diarystore.h"

#include <QAction>
#include <QApplication>
#include <QCheckBox>
#include <QCoreApplication>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QPushButton>
#include <QScopedValueRollback>
#include <QScrollArea>
#include <QSplitter>
#include <QToolButton>
#include <QTreeView>
#include <QUndoStack>
#include <QVBoxLayout>

namespace rls {

LogPage::LogPage(DiaryContext &context, QWidget *parent)
    : QWidget(parent)
    , m_context(context)
    , m_form(new NightForm(context, this))
    , m_list(new NightListModel(
          [&store = context.store()](QDate before, int limit) { return store.briefs(before, limit); }, this))
    , m_listView(new QTreeView(this))
    , m_undo(new QUndoStack(this))
{
    setObjectName(QStringLiteral("logPage"));
    buildActions();

    m_listView->setObjectName(QStringLiteral("nightList"));
    m_listView->setModel(m_list);
    connect(m_list, &NightListModel::readFailed, this, [this](const Error &error) { reportReadError({}, error); });
    m_listView->setRootIsDecorated(false);
    m_listView->setUniformRowHeights(true);
    m_listView->setAllColumnsShowFocus(true);
    m_listView->setAccessibleName(tr("Logged nights"));
    m_listView->setAccessibleDescription(tr("Each night with its severity; Enter opens the night in the form"));
    m_listView->header()->setStretchLastSection(false);
    m_listView->header()->setSectionResizeMode(0, QHeaderView::Stretch);
    m_listView->header()->setSectionResizeMode(1, QHeaderView::ResizeToContents);
    // Every row's severity is as wide as any other: measuring the rows on screen is enough. The
    // default measured up to 1,000 rows on every layout, a fifth of the start on a 30-year diary.
    m_listView->header()->setResizeContentsPrecision(0);
    m_listView->setMinimumWidth(
        fontMetrics().horizontalAdvance(
            //: Only measured: the list is made wide enough for this text (a date in the list and a heading).
            tr("Tonight, Wed 30 Sep 2026  Severity"))
        + 48);

    m_scroll = new QScrollArea(this);
    m_scroll->setObjectName(QStringLiteral("formScroll"));
    m_scroll->setWidget(m_form);
    m_scroll->setWidgetResizable(true);
    m_scroll->setFrameShape(QFrame::NoFrame);
    m_scroll->setFocusPolicy(Qt::NoFocus); // a stop with nothing to show or say; its fields scroll it
    m_scroll->viewport()->installEventFilter(this);
    followFocus(m_scroll);

    m_saveButton = new QPushButton(tr("Save"), this);
    m_saveButton->setObjectName(QStringLiteral("saveButton"));
    m_saveButton->setDefault(true);
    m_saveButton->setToolTip(tr("Save this night (Ctrl+S)"));
    m_revertButton = new QPushButton(tr("&Revert"), this);
    m_revertButton->setToolTip(tr("Throw away the changes since the last save"));
    m_deleteButton = new QPushButton(tr("Delete night"), this);
    m_deleteButton->setObjectName(QStringLiteral("deleteButton"));
    m_deleteButton->setToolTip(tr("Delete this night's entry; Undo (Ctrl+Z) brings it back"));
    auto *buttons = new QHBoxLayout;
    buttons->addWidget(m_deleteButton);
    buttons->addStretch(1);
    buttons->addWidget(m_form->flaggedForDoctorBox());
    buttons->addSpacing(12);
    buttons->addWidget(m_revertButton);
    buttons->addWidget(m_saveButton);

    auto *right = new QWidget(this);
    auto *rightLayout = new QVBoxLayout(right);
    rightLayout->setContentsMargins(8, 0, 0, 0);
    rightLayout->addWidget(buildHeader());
    rightLayout->addWidget(m_scroll, 1);
    rightLayout->addLayout(buttons);

    auto *splitter = new QSplitter(this);
    splitter->setObjectName(QStringLiteral("logSplitter"));
    splitter->addWidget(m_listView);
    splitter->addWidget(right);
    splitter->setStretchFactor(1, 1);
    splitter->setChildrenCollapsible(false);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(8, 8, 8, 8);
    layout->addWidget(splitter);

    connect(m_saveButton, &QPushButton::clicked, this, &LogPage::save);
    connect(m_revertButton, &QPushButton::clicked, this, [this] { load(m_date); });
    connect(m_deleteButton, &QPushButton::clicked, this, &LogPage::deleteNight);
    connect(m_form, &NightForm::changed, this, &LogPage::onFormChanged);
    connect(m_form, &NightForm::message, this, &LogPage::statusMessage);
    connect(m_listView, &QTreeView::activated, this,
        [this](const QModelIndex &index) { showNight(m_list->dateAt(index.row())); });
    connect(m_listView, &QTreeView::clicked, this,
        [this](const QModelIndex &index) { showNight(m_list->dateAt(index.row())); });
    connect(&context, &DiaryContext::nightsChanged, this, &LogPage::onNightsChanged);
    connect(&context, &DiaryContext::openNightRequested, this, &LogPage::showNight);
    connect(&context, &DiaryContext::trialsChanged, this, &LogPage::updateHeader);

    load(tonightDate());
}

void LogPage::resizeEvent(QResizeEvent *event)
{
    QWidget::resizeEvent(event);
    updateColumns();
}

bool LogPage::eventFilter(QObject *watched, QEvent *event)
{
    // The form's room changes with the window and with the splitter beside the night list.
    if (watched == m_scroll->viewport() && event->type() == QEvent::Resize)
        updateColumns();
    return QWidget::eventFilter(watched, event);
}

void LogPage::updateColumns()
{
    const QSize window = this->window()->size();
    const bool small = window.width() < SingleColumnBelow.width() || window.height() < SingleColumnBelow.height();
    m_form->setSingleColumn(small || m_scroll->viewport()->width() < m_form->twoColumnMinimumWidth());
}

void LogPage::focusForm()
{
    m_form->focusFirstField();
}

void LogPage::buildActions()
{
    const auto make = [this](const QString &text, const QKeySequence &keys, auto slot) {
        auto *a = new QAction(text, this);
        a->setShortcut(keys);
        a->setShortcutContext(Qt::WindowShortcut);
        connect(a, &QAction::triggered, this, slot);
        addAction(a);
        return a;
    };
    m_saveAction = make(tr("&Save Night"), QKeySequence::Save, [this] { save(); });
    m_deleteAction = make(tr("&Delete Night"), QKeySequence(Qt::CTRL | Qt::Key_Delete), [this] { deleteNight(); });
    m_prevAction
        = make(tr("&Previous Night"), QKeySequence(Qt::ALT | Qt::Key_Left), [this] { showNight(m_date.addDays(-1)); });
    m_nextAction = make(tr("&Next Night"), QKeySequence(Qt::ALT | Qt::Key_Right), [this] {
        if (m_date < tonightDate())
            showNight(m_date.addDays(1));
    });
    m_tonightAction = make(tr("&Tonight"), QKeySequence(Qt::CTRL | Qt::Key_T), [this] {
        if (showNight(tonightDate()))
            m_form->focusFirstField();
    });
    m_flagAction = make(tr("Show My D&octor"), QKeySequence(Qt::CTRL | Qt::Key_D), [] {});
    m_flagAction->setCheckable(true);
    m_flagAction->setStatusTip(tr("List this night and its note in the doctor's report; save to keep the mark."));
    connect(m_flagAction, &QAction::toggled, m_form->flaggedForDoctorBox(), &QCheckBox::setChecked);
    connect(m_form->flaggedForDoctorBox(), &QCheckBox::toggled, m_flagAction, &QAction::setChecked);
    m_undoAction = make(tr("&Undo"), QKeySequence::Undo, [this] { undoOrRedo(true); });
    m_redoAction = make(tr("&Redo"), QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_Z), [this] { undoOrRedo(false); });
    m_redoAction->setShortcuts({QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_Z), QKeySequence::Redo});
    connect(m_undo, &QUndoStack::canUndoChanged, m_undoAction, &QAction::setEnabled);
    connect(m_undo, &QUndoStack::canRedoChanged, m_redoAction, &QAction::setEnabled);
    // The stack outlives this page's destructor body and signals as it clears: the lambdas touch
    // only their action, which disconnects them when it goes first.
    QAction *undo = m_undoAction;
    QAction *redo = m_redoAction;
    connect(m_undo, &QUndoStack::undoTextChanged, undo, [undo](const QString &text) {
        undo->setText(text.isEmpty() ? LogPage::tr("&Undo") : LogPage::tr("&Undo %1").arg(text));
    });
    connect(m_undo, &QUndoStack::redoTextChanged, redo, [redo](const QString &text) {
        redo->setText(text.isEmpty() ? LogPage::tr("&Redo") : LogPage::tr("&Redo %1").arg(text));
    });
    m_undoAction->setEnabled(false);
    m_redoAction->setEnabled(false);
}

QWidget *LogPage::buildHeader()
{
    auto *header = new QWidget(this);
    m_prevButton = new QToolButton(header);
    m_prevButton->setObjectName(QStringLiteral("previousNight"));
    m_prevButton->setArrowType(Qt::LeftArrow);
    m_prevButton->setToolTip(tr("Previous night (Alt+Left)"));
    m_prevButton->setAccessibleName(tr("Previous night"));
    m_nextButton = new QToolButton(header);
    m_nextButton->setObjectName(QStringLiteral("nextNight"));
    m_nextButton->setArrowType(Qt::RightArrow);
    m_nextButton->setToolTip(tr("Next night (Alt+Right)"));
    m_nextButton->setAccessibleName(tr("Next night"));
    auto *tonight = new QPushButton(tr("Tonight"), header);
    tonight->setToolTip(tr("Go to tonight (Ctrl+T)"));
    m_title = new QLabel(header);
    m_title->setObjectName(QStringLiteral("nightTitle"));
    QFont big = m_title->font();
    big.setPointSizeF(big.pointSizeF() * 1.35);
    big.setBold(true);
    m_title->setFont(big);
    m_stamps = new QLabel(header);
    m_stamps->setObjectName(QStringLiteral("nightStamps"));
    m_stamps->setForegroundRole(QPalette::PlaceholderText);

    // Where a personal trial stands on this night, and what its block asks for.
    m_trialLine = new QLabel(header);
    m_trialLine->setObjectName(QStringLiteral("trialStatus"));
    m_trialLine->setWordWrap(true);
    m_trialLine->setTextInteractionFlags(Qt::TextSelectableByMouse);
    QFont bold = m_trialLine->font();
    bold.setBold(true);
    m_trialLine->setFont(bold);
    m_trialLine->hide();

    auto *titles = new QVBoxLayout;
    titles->setSpacing(0);
    titles->addWidget(m_title);
    titles->addWidget(m_stamps);
    titles->addWidget(m_trialLine);
    auto *layout = new QHBoxLayout(header);
    layout->setContentsMargins(0, 0, 0, 4);
    layout->addWidget(m_prevButton);
    layout->addLayout(titles, 1);
    layout->addWidget(m_nextButton);
    layout->addWidget(tonight);
    connect(m_prevButton, &QToolButton::clicked, m_prevAction, &QAction::trigger);
    connect(m_nextButton, &QToolButton::clicked, m_nextAction, &QAction::trigger);
    connect(tonight, &QPushButton::clicked, m_tonightAction, &QAction::trigger);
    return header;
}

QList<QAction *> LogPage::nightActions() const
{
    return {m_saveAction, m_deleteAction, m_flagAction, m_prevAction, m_nextAction, m_tonightAction};
}

QDate LogPage::tonightDate() const
{
    return tonight(m_context.now(), m_context.preferences().daySplitHour);
}

bool LogPage::isDirty() const
{
    return m_form->isDirty();
}

bool LogPage::showNight(QDate date)
{
    if (!date.isValid() || date == m_date)
        return true;
    if (!confirmLeave()) {
        m_listView->setCurrentIndex(m_list->index(m_list->rowOf(m_date), 0));
        return false;
    }
    load(date);
    return true;
}

std::optional<LogPage::StoredNights> LogPage::read(QDate date)
{
    const auto readNight = [this](QDate d) -> std::optional<Night> {
        auto loaded = m_context.store().loadNight(d);
        if (!loaded) {
            reportReadError(d, loaded.error());
            return std::nullopt;
        }
        if (loaded->has_value())
            return loaded->value();
        Night empty;
        empty.date = d;
        return empty;
    };
    StoredNights stored;
    if (auto night = readNight(date))
        stored.night = *night;
    else
        return std::nullopt;
    if (date == tonightDate()) {
        stored.previous = readNight(date.addDays(-1));
        if (!stored.previous)
            return std::nullopt;
    }
    return stored;
}

void LogPage::load(QDate date)
{
    const auto stored = read(date);
    if (!stored)
        return;
    m_date = date;
    showInForm(*stored);
    refreshList();
    updateHeader();
}

void LogPage::showInForm(const StoredNights &stored)
{
    m_form->load(stored.night, stored.previous);
    onFormChanged();
}

void LogPage::refreshList()
{
    if (auto read = m_list->reload(tonightDate(), m_date); !read) {
        reportReadError({}, read.error());
        return;
    }
    const int row = m_list->rowOf(m_date);
    if (row < 0) { // a past night not logged yet: show where it would be by selecting nothing
        m_listView->clearSelection();
        return;
    }
    m_listView->setCurrentIndex(m_list->index(row, 0));
    m_listView->scrollTo(m_list->index(row, 0));
}

void LogPage::updateHeader()
{
    const QLocale locale;
    const QString date = locale.toString(m_date, QCoreApplication::translate("DateFormat", "dddd d MMMM yyyy"));
    m_title->setText(m_date == tonightDate() ? tr("Tonight, %1").arg(date) : tr("Night of %1").arg(date));
    const Night shown = m_form->night();
    if (shown.createdAt.isValid()) {
        const QString created = locale.toString(shown.createdAt.toLocalTime(), QLocale::ShortFormat);
        const QString updated = locale.toString(shown.updatedAt.toLocalTime(), QLocale::ShortFormat);
        m_stamps->setText(
            created == updated ? tr("Logged %1").arg(created) : tr("Logged %1, last changed %2").arg(created, updated));
    } else {
        m_stamps->setText(tr("Not logged yet"));
    }
    m_nextButton->setEnabled(m_date < tonightDate());
    m_nextAction->setEnabled(m_date < tonightDate());
    const bool writable = !m_context.store().isReadOnly();
    m_deleteButton->setEnabled(writable && shown.createdAt.isValid());
    m_deleteAction->setEnabled(writable && shown.createdAt.isValid());
    m_flagAction->setEnabled(writable);
    const QString trial = m_form->trial() ? trialStatusLine(*m_form->trial(), m_date, tonightDate()) : QString();
    m_trialLine->setText(trial);
    m_trialLine->setAccessibleName(trial);
    m_trialLine->setVisible(!trial.isEmpty());
}

void LogPage::onFormChanged()
{
    const bool dirty = m_form->isDirty();
    m_saveButton->setEnabled(dirty && !m_context.store().isReadOnly());
    m_revertButton->setEnabled(dirty);
    if (dirty != m_wasDirty) {
        m_wasDirty = dirty;
        emit dirtyChanged(dirty);
    }
}

bool LogPage::save()
{
    const QList<Night> changed = m_form->changedNights();
    if (changed.isEmpty()) {
        emit statusMessage(tr("Nothing to save."));
        return true;
    }
    if (!m_form->validate()) {
        emit statusMessage(tr("Not saved: please check the marked fields."));
        return false;
    }
    QList<NightState> before;
    QList<NightState> after;
    for (const Night &night : changed) {
        auto stored = m_context.store().loadNight(night.date);
        if (!stored) {
            reportError(stored.error());
            return false;
        }
        before.append({night.date, stored.value()});
        after.append({night.date, night});
    }
    // The write tells every page, this one included: onNightsChanged reads the list and the form
    // again, the form as the diary now holds it (the catalog's spelling, trimmed text).
    const QScopedValueRollback writing(m_writingForm, true);
    const QString text
        = tr("Save night of %1").arg(QLocale().toString(m_date, QCoreApplication::translate("DateFormat", "d MMM")));
    auto command = ChangeNightsCommand::write(m_context, before, after, text, Guard::IfUnchanged);
    if (!command && command.error().kind == ErrorKind::Conflict) {
        const auto answer = MessageBox::choose(this, tr("Changed elsewhere"),
            tr("%1\n\nKeep mine saves what is in this form; Undo (Ctrl+Z) then brings back the other "
               "version. Reload shows the night as the diary holds it now, and drops what you typed here.")
                .arg(command.error().message),
            {{QMessageBox::Save, tr("&Keep mine")}, {QMessageBox::Reset, tr("&Reload")},
                {QMessageBox::Cancel, tr("Cancel")}},
            QMessageBox::Cancel);
        if (answer == QMessageBox::Reset) {
            load(m_date);
            emit statusMessage(tr("Reloaded the night as the diary holds it."));
            return false;
        }
        if (answer != QMessageBox::Save) {
            emit statusMessage(tr("Not saved: the night was changed elsewhere. Your entry is still in the form."));
            return false;
        }
        command = ChangeNightsCommand::write(m_context, before, after, text, Guard::None);
    }
    if (!command) {
        reportError(command.error());
        return false;
    }
    m_undo->push(command.value().release());
    emit statusMessage(tr("Saved."));
    return true;
}

void LogPage::deleteNight()
{
    auto stored = m_context.store().loadNight(m_date);
    if (!stored || !stored->has_value())
        return;
    // Deleting the night throws away what was typed on it, so the form follows the diary.
    const QScopedValueRollback writing(m_writingForm, true);
    auto command = ChangeNightsCommand::write(m_context, {{m_date, stored.value()}}, {{m_date, std::nullopt}},
        tr("Delete night of %1").arg(QLocale().toString(m_date, QCoreApplication::translate("DateFormat", "d MMM"))));
    if (!command) {
        reportError(command.error());
        return;
    }
    m_undo->push(command.value().release());
    emit statusMessage(tr("Night deleted. Undo (Ctrl+Z) brings it back."));
}

bool LogPage::confirmLeave()
{
    if (!m_form->isDirty())
        return true;
    const auto answer = MessageBox::warning(this, tr("Unsaved changes"),
        tr("The night of %1 has changes that are not saved yet.")
            .arg(QLocale().toString(m_date, QCoreApplication::translate("DateFormat", "dddd d MMMM"))),
        QMessageBox::Save | QMessageBox::Discard | QMessageBox::Cancel, QMessageBox::Save);
    if (answer == QMessageBox::Save)
        return save();
    if (answer == QMessageBox::Discard) {
        load(m_date); // back to what is stored, so nothing half-typed lingers
        return true;
    }
    return false;
}

void LogPage::undoOrRedo(bool undo)
{
    if ((undo ? !m_undo->canUndo() : !m_undo->canRedo()) || !confirmLeave())
        return;
    const QString text = undo ? m_undo->undoText() : m_undo->redoText();
    // The stack holds only these commands; it stays the owner, the page only reads the outcome.
    const auto *command
        = static_cast<const ChangeNightsCommand *>(m_undo->command(undo ? m_undo->index() - 1 : m_undo->index()));
    if (undo)
        m_undo->undo();
    else
        m_undo->redo();
    if (!command->lastResult()) {
        reportError(command->lastResult().error());
        return;
    }
    emit statusMessage(undo ? tr("Undone: %1").arg(text) : tr("Redone: %1").arg(text));
}

void LogPage::onNightsChanged(QDate from, QDate to)
{
    // Every write reaches this page here, its own saves and deletes as much as an undo or an
    // import: the list is read once, and the form again when its nights changed, unless the
    // person typed something that another write did not take; their unsaved words win.
    const bool touchesForm = (m_date >= from && m_date <= to)
        || (m_date == tonightDate() && m_date.addDays(-1) >= from && m_date.addDays(-1) <= to);
    if (touchesForm && (m_writingForm || !m_form->isDirty())) {
        if (const auto stored = read(m_date))
            showInForm(*stored);
    }
    refreshList();
    updateHeader();
}

void LogPage::reportReadError(QDate date, const Error &error)
{
    // A damaged diary is announced once by the window's banner; a night in its damaged part is
    // said in the status bar, not in one box per night the person steps through. A read that
    // fails before the check after the first frame runs it now (DiaryCheck::Later).
    if (m_context.store().check()) {
        const QString what = date.isValid() ? tr("The night of %1").arg(QLocale().toString(date, QLocale::ShortFormat))
                                            : tr("The list of nights");
        emit statusMessage(
            tr("%1 is in the damaged part of the diary and cannot be read. File > Backups… restores a backup.")
                .arg(what));
        return;
    }
    emit statusMessage(error.message);
    MessageBox::warning(this, tr("Could not read the diary"), error.message);
}

void LogPage::reportError(const Error &error)
{
    emit statusMessage(error.message);
    MessageBox::warning(this, tr("Could not write the diary"),
        tr("%1\n\nYour entry is still in the form; nothing was lost.").arg(error.message));
}

} // namespace rls
