// SPDX-License-Identifier: GPL-3.0-or-later
#include "log/nightcommands.h"

#include "session/diarycontext.h"
#include "storage/diarystore.h"

#include <algorithm>

namespace rls {

ChangeNightsCommand::ChangeNightsCommand(
    DiaryContext &context, QList<NightState> before, QList<NightState> after, const QString &text, Reporter report)
    : QUndoCommand(text)
    , m_context(context)
    , m_before(std::move(before))
    , m_after(std::move(after))
    , m_report(std::move(report))
{ }

void ChangeNightsCommand::redo()
{
    const bool firstTime = !m_done;
    m_done = true;
    m_succeeded = apply(m_after, firstTime);
    if (!m_succeeded && firstTime)
        setObsolete(true); // nothing changed, so there is nothing to undo
}

void ChangeNightsCommand::undo()
{
    m_succeeded = apply(m_before, false);
}

bool ChangeNightsCommand::apply(const QList<NightState> &states, bool firstTime)
{
    QList<Night> save;
    QList<QDate> remove;
    for (const NightState &s : states) {
        if (s.entry)
            save.append(*s.entry);
        else
            remove.append(s.date);
    }
    // The first save stamps the nights now; later redos and undos restore them as they were.
    DiaryStore &store = m_context.store();
    const auto written = store.replaceNights(save, remove, firstTime ? Stamps::Touch : Stamps::Keep);
    if (!written) {
        m_report(written.error());
        return false;
    }
    if (firstTime) { // remember the stamps the store gave, so a redo after an undo keeps them
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
    return true;
}

} // namespace rls
