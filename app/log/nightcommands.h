// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "model/night.h"
#include "model/result.h"
#include "storage/diarystore.h"

#include <QUndoCommand>

#include <memory>
#include <optional>

namespace rls {

class DiaryContext;

/// One night as it is in the diary: its entry, or nullopt when none was logged.
struct NightState {
    QDate date;
    std::optional<Night> entry;
};

/// A save or a delete of some nights, undoable: undo writes the old states back exactly (stamps
/// included), redo the new ones, each in one transaction, and every write tells the pages
/// through DiaryContext::notifyNightsChanged.
class ChangeNightsCommand final : public QUndoCommand {
public:
    /// Writes `after`, stamped now, and returns the command to push on the undo stack. When the
    /// write fails nothing was written and there is no command, so a failed save never becomes
    /// an undo step.
    /// With Guard::IfUnchanged (a save from the form) a night another writer changed since the
    /// form loaded it is refused with ErrorKind::Conflict.
    static Result<std::unique_ptr<ChangeNightsCommand>> write(DiaryContext &context, QList<NightState> before,
        QList<NightState> after, const QString &text, Guard guard = Guard::None);

    /// The first redo, from QUndoStack::push, does nothing: write() already wrote.
    void redo() override;
    void undo() override;
    /// How the last undo or redo went; QUndoStack cannot return it, so the caller reads it after.
    const Result<void> &lastResult() const { return m_lastResult; }

private:
    ChangeNightsCommand(DiaryContext &context, QList<NightState> before, QList<NightState> after, const QString &text);
    Result<void> apply(const QList<NightState> &states, Stamps stamps, Guard guard = Guard::None);

    DiaryContext &m_context;
    QList<NightState> m_before;
    QList<NightState> m_after;
    bool m_pushed = false;
    Result<void> m_lastResult;
};

} // namespace rls
