// SPDX-License-Identifier: GPL-3.0-or-later
// The personal trials side of DiaryStore.
#include "storage/diarystore.h"

#include "model/trialplan.h"
#include "model/validation.h"
#include "storage/columns.h"
#include "storage/sqliteerror.h"

#include <QCoreApplication>
#include <QHash>

#include <SQLiteCpp/Database.h>
#include <SQLiteCpp/Transaction.h>

namespace rls {

using namespace columns;

namespace {

QString outcomesText(const QList<Outcome> &outcomes)
{
    QStringList keys;
    for (Outcome o : outcomes)
        keys.append(outcomeKey(o));
    return keys.join(u',');
}

QList<Outcome> outcomesFromText(const QString &text)
{
    QList<Outcome> out;
    for (const QString &key : text.split(u',', Qt::SkipEmptyParts)) {
        if (auto o = outcomeFromKey(key))
            out.append(*o);
    }
    return out;
}

void writePauses(SQLite::Database &db, const TrialPlan &plan)
{
    SQLite::Statement clear(db, "DELETE FROM trial_pause WHERE trial_id = ?");
    clear.bind(1, static_cast<int64_t>(plan.id));
    clear.exec();
    SQLite::Statement add(db, "INSERT INTO trial_pause (trial_id, from_date, until_date) VALUES (?, ?, ?)");
    for (const TrialPause &pause : plan.pauses) {
        add.bind(1, static_cast<int64_t>(plan.id));
        add.bind(2, date(pause.from));
        if (pause.until.isValid())
            add.bind(3, date(pause.until));
        else
            add.bind(3);
        add.exec();
        add.reset();
    }
}

std::optional<Error> checkState(const TrialPlan &plan)
{
    QStringList problems;
    for (qsizetype i = 0; i < plan.pauses.size(); ++i) {
        const TrialPause &p = plan.pauses.at(i);
        if (!p.from.isValid() || (p.until.isValid() && p.until <= p.from))
            problems.append(QCoreApplication::translate("DiaryStore", "A pause must end after it starts."));
        if (!p.until.isValid() && i + 1 < plan.pauses.size())
            problems.append(QCoreApplication::translate("DiaryStore", "Only the last pause may still be open."));
    }
    if ((plan.state == TrialState::Stopped || plan.state == TrialState::Abandoned) && !plan.endedOn.isValid())
        problems.append(
            QCoreApplication::translate("DiaryStore", "A stopped or abandoned trial needs the date it ended."));
    if (problems.isEmpty())
        return std::nullopt;
    return invalid({{QStringLiteral("trial"), problems.join(u' ')}});
}

} // namespace

Result<QList<TrialPlan>> DiaryStore::trials()
{
    try {
        QList<TrialPlan> out;
        QHash<qint64, qsizetype> byId;
        SQLite::Statement q(*m_db,
            "SELECT id, substance, a_amount, unit, a_form, a_time, b_amount, b_form, b_time, block_nights, pairs, "
            "washout_nights, primary_outcome, secondary_outcomes, start_date, seed, block_order, state, ended_on, "
            "created_at FROM trial ORDER BY id");
        while (q.executeStep()) {
            TrialPlan t;
            t.id = q.getColumn(0).getInt64();
            t.doseA = Intake {toQString(q.getColumn(1)), q.getColumn(2).getDouble(), toQString(q.getColumn(3)),
                toQString(q.getColumn(4)), toTime(q.getColumn(5))};
            if (!q.getColumn(6).isNull())
                t.doseB = Intake {t.doseA.substance, q.getColumn(6).getDouble(), t.doseA.unit,
                    toQString(q.getColumn(7)), toTime(q.getColumn(8))};
            t.blockNights = q.getColumn(9).getInt();
            t.pairs = q.getColumn(10).getInt();
            t.washoutNights = q.getColumn(11).getInt();
            t.primary = outcomeFromKey(toQString(q.getColumn(12))).value_or(Outcome::Severity);
            t.secondary = outcomesFromText(toQString(q.getColumn(13)));
            t.start = toDate(q.getColumn(14));
            t.seed = toQString(q.getColumn(15)).toULongLong();
            t.order = orderFromText(toQString(q.getColumn(16))).value_or(QList<PairOrder> {});
            t.state = stateFromKey(toQString(q.getColumn(17))).value_or(TrialState::Active);
            if (!q.getColumn(18).isNull())
                t.endedOn = toDate(q.getColumn(18));
            t.createdAt = toStamp(q.getColumn(19));
            byId.insert(t.id, out.size());
            out.append(std::move(t));
        }
        SQLite::Statement pauses(
            *m_db, "SELECT trial_id, from_date, until_date FROM trial_pause ORDER BY trial_id, from_date");
        while (pauses.executeStep()) {
            if (auto it = byId.constFind(pauses.getColumn(0).getInt64()); it != byId.cend()) {
                TrialPause p {toDate(pauses.getColumn(1)), {}};
                if (!pauses.getColumn(2).isNull())
                    p.until = toDate(pauses.getColumn(2));
                out[*it].pauses.append(p);
            }
        }
        return out;
    } catch (const SQLite::Exception &e) {
        return storageError(e, QCoreApplication::translate("DiaryStore", "Could not read the personal trials"));
    }
}

Result<TrialPlan> DiaryStore::addTrial(const TrialPlan &plan, QDate today)
{
    if (const QStringList problems = validatePlan(plan); !problems.isEmpty())
        return invalid({{QStringLiteral("trial"), problems.join(u' ')}});
    if (auto refused = refuseWrites())
        return *refused;
    try {
        SQLite::Transaction tx(*m_db, SQLite::TransactionBehavior::IMMEDIATE);
        auto existing = trials();
        if (!existing)
            return existing.error();
        if (ongoingTrial(existing.value(), today))
            return invalid({{QStringLiteral("trial"),
                QCoreApplication::translate("DiaryStore",
                    "Another personal trial is still running; stop or abandon it before planning a new "
                    "one.")}});
        TrialPlan added = plan;
        added.createdAt = m_options.now();
        SQLite::Statement add(*m_db,
            "INSERT INTO trial (substance, a_amount, unit, a_form, a_time, b_amount, b_form, b_time, block_nights, "
            "pairs, washout_nights, primary_outcome, secondary_outcomes, start_date, seed, block_order, state, "
            "ended_on, created_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)");
        add.bind(1, text(plan.doseA.substance.trimmed()));
        add.bind(2, plan.doseA.amount);
        add.bind(3, text(plan.doseA.unit));
        add.bind(4, text(plan.doseA.form));
        bindTime(add, 5, plan.doseA.time);
        if (plan.doseB) {
            add.bind(6, plan.doseB->amount);
            add.bind(7, text(plan.doseB->form));
            bindTime(add, 8, plan.doseB->time);
        } else {
            add.bind(6);
            add.bind(7, std::string());
            add.bind(8);
        }
        add.bind(9, plan.blockNights);
        add.bind(10, plan.pairs);
        add.bind(11, plan.washoutNights);
        add.bind(12, text(outcomeKey(plan.primary)));
        add.bind(13, text(outcomesText(plan.secondary)));
        add.bind(14, date(plan.start));
        add.bind(15, std::to_string(plan.seed));
        add.bind(16, text(orderText(plan.order)));
        add.bind(17, text(stateKey(plan.state)));
        if (plan.endedOn.isValid())
            add.bind(18, date(plan.endedOn));
        else
            add.bind(18);
        add.bind(19, stamp(added.createdAt));
        add.exec();
        added.id = m_db->getLastInsertRowid();
        writePauses(*m_db, added);
        tx.commit();
        return added;
    } catch (const SQLite::Exception &e) {
        return storageError(e, QCoreApplication::translate("DiaryStore", "Could not store the personal trial"));
    }
}

Result<void> DiaryStore::updateTrialState(const TrialPlan &plan)
{
    if (auto problem = checkState(plan))
        return *problem;
    if (auto refused = refuseWrites())
        return *refused;
    try {
        SQLite::Transaction tx(*m_db, SQLite::TransactionBehavior::IMMEDIATE);
        SQLite::Statement update(*m_db, "UPDATE trial SET state = ?, ended_on = ? WHERE id = ?");
        update.bind(1, text(stateKey(plan.state)));
        if (plan.endedOn.isValid())
            update.bind(2, date(plan.endedOn));
        else
            update.bind(2);
        update.bind(3, static_cast<int64_t>(plan.id));
        if (update.exec() != 1)
            return Error {ErrorKind::NotFound,
                QCoreApplication::translate("DiaryStore", "The personal trial is no longer in the diary."), {}};
        writePauses(*m_db, plan);
        tx.commit();
        return {};
    } catch (const SQLite::Exception &e) {
        return storageError(
            e, QCoreApplication::translate("DiaryStore", "Could not save where the personal trial stands"));
    }
}

} // namespace rls
