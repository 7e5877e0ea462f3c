// SPDX-License-Identifier: GPL-3.0-or-later
#include "log/nightcommands.h"

#include "session/diarycontext.h"
#include "storage/diarystore.h"

#include <algorithm>

namespace rls {

ChangeNightsCommand::ChangeNightsCommand(
    DiaryContext &context, QList<NightState> before, QList<NightState> after, const QString &text)
    : QUndoCommand(text)
    , m_context(context)
    , m_before(std::move(before))
    , m_after(std::move(after))
{ }

Result<std::unique_ptr<ChangeNightsCommand>> ChangeNightsCommand::write(
    DiaryContext &context, QList<NightState> before, QList<NightState> after, const QString &text, Guard guard)
{
    std::unique_ptr<ChangeNightsCommand> command(
        new ChangeNightsCommand(context, std::move(before), std::move(after), text));
    // Only this first write stamps the nights with the clock; undo and redo restore them as they were.
    if (auto written = command->apply(command->m_after, Stamps::Touch, guard); !written)
        return written.error();
    return command;
}

void ChangeNightsCommand::redo()
{
    if (!m_pushed) {
        m_pushed = true;
        return;
    }
    m_lastResult = apply(m_after, Stamps::Keep);
}

void ChangeNightsCommand::undo()
{
    m_lastResult = apply(m_before, Stamps::Keep);
}

Result<void> ChangeNightsCommand::apply(const QList<NightState> &states, Stamps stamps, Guard guard)
{
    QList<Night> save;
    QList<QDate> remove;
    for (const NightState &s : states) {
        if (s.entry)
            save.append(*s.entry);
        else
            remove.append(s.date);
    }
    DiaryStore &store = m_context.store();
    if (auto written = store.replaceNights(save, remove, stamps, guard); !written)
        return written;
    if (stamps == Stamps::Touch) { // remember the stamps the store gave, so a redo after an undo keeps them
        for (NightState &s : m_after) {
            if (s.entry) {
                if (auto reread = store.loadNight(s.date); reread && reread->has_value())
                    s.entry = reread->value();
            }
        }
    }
    QDate from = states.first().date;
    QDate to = from;
    for (const NightState &s : states) {
        from = std::min(from, s.date);
        to = std::max(to, s.date);
    }
    m_context.notifyNightsChanged(from, to);
    return {};
}

} // namespace rls
