// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "model/night.h"
#include "model/result.h"

#include <QUndoCommand>

#include <functional>
#include <optional>

namespace rls {

class DiaryContext;

/// One night as it is in the diary: its entry, or nullopt when none was logged.
struct NightState {
    QDate date;
    std::optional<Night> entry;
};

/// A save or a delete of some nights, undoable: redo writes the new states, undo writes the old
/// ones back exactly (stamps included), each in one transaction. A failure is reported, and a
/// command that failed when first done is dropped from the stack.
class ChangeNightsCommand final : public QUndoCommand {
public:
    using Reporter = std::function<void(const Error &)>;

    ChangeNightsCommand(
        DiaryContext &context, QList<NightState> before, QList<NightState> after, const QString &text, Reporter report);

    void redo() override;
    void undo() override;
    /// Whether the last redo or undo reached the diary.
    bool succeeded() const { return m_succeeded; }

private:
    bool apply(const QList<NightState> &states, bool firstTime);

    DiaryContext &m_context;
    QList<NightState> m_before;
    QList<NightState> m_after;
    Reporter m_report;
    bool m_done = false;
    bool m_succeeded = false;
};

} // namespace rls
