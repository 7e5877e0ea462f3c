// SPDX-License-Identifier: GPL-3.0-or-later
// The catalog side of DiaryStore: substances, tags and lab results.
#include "storage/diarystore.h"

#include "model/validation.h"
#include "storage/columns.h"
#include "storage/sqliteerror.h"

#include <QCoreApplication>
#include <QHash>

#include <SQLiteCpp/Database.h>
#include <SQLiteCpp/Transaction.h>

#include <sqlite3.h>

namespace rls {

using namespace columns;

Result<QList<Substance>> DiaryStore::substances()
{
    try {
        QList<Substance> out;
        QHash<qint64, qsizetype> byId;
        SQLite::Statement q(*m_db, "SELECT id, name, kind, flags, unit FROM substance ORDER BY id");
        while (q.executeStep()) {
            Substance s;
            s.id = q.getColumn(0).getInt64();
            s.name = toQString(q.getColumn(1));
            s.kind = kindFromKey(toQString(q.getColumn(2))).value_or(SubstanceKind::Other);
            s.flags = SubstanceFlags::fromInt(q.getColumn(3).getUInt());
            s.unit = toQString(q.getColumn(4));
            byId.insert(s.id, out.size());
            out.append(std::move(s));
        }
        SQLite::Statement forms(*m_db, "SELECT substance_id, form FROM substance_form ORDER BY substance_id, position");
        while (forms.executeStep()) {
            if (auto it = byId.constFind(forms.getColumn(0).getInt64()); it != byId.cend())
                out[*it].forms.append(toQString(forms.getColumn(1)));
        }
        return out;
    } catch (const SQLite::Exception &e) {
        return storageError(e, QCoreApplication::translate("DiaryStore", "Could not read the list of substances"));
    }
}

Result<Substance> DiaryStore::addSubstance(const Substance &substance)
{
    if (auto refused = refuseWrites())
        return *refused;
    try {
        SQLite::Transaction tx(*m_db, SQLite::TransactionBehavior::IMMEDIATE);
        auto added = insertSubstance(substance);
        if (added)
            tx.commit();
        return added;
    } catch (const SQLite::Exception &e) {
        return storageError(e, QCoreApplication::translate("DiaryStore", "Could not add the substance"));
    }
}

Result<Substance> DiaryStore::insertSubstance(const Substance &substance)
{
    if (const QList<FieldError> problems = validateSubstance(substance); !problems.isEmpty())
        return invalid(problems);
    SQLite::Statement taken(*m_db, "SELECT 1 FROM substance WHERE name = ?");
    taken.bind(1, text(substance.name.trimmed()));
    if (taken.executeStep())
        return invalid({{QStringLiteral("name"),
            QCoreApplication::translate("DiaryStore", "\"%1\" is already in the list of substances.")
                .arg(substance.name.trimmed())}});
    SQLite::Statement add(*m_db, "INSERT INTO substance (name, kind, flags, unit) VALUES (?, ?, ?, ?)");
    add.bind(1, text(substance.name.trimmed()));
    add.bind(2, text(kindKey(substance.kind)));
    add.bind(3, substance.flags.toInt());
    add.bind(4, text(substance.unit.trimmed()));
    add.exec();
    Substance added = substance;
    added.id = m_db->getLastInsertRowid();
    added.name = substance.name.trimmed();
    added.unit = substance.unit.trimmed();
    SQLite::Statement form(*m_db, "INSERT INTO substance_form (substance_id, position, form) VALUES (?, ?, ?)");
    for (qsizetype i = 0; i < added.forms.size(); ++i) {
        form.reset();
        form.bind(1, static_cast<int64_t>(added.id));
        form.bind(2, static_cast<int>(i));
        form.bind(3, text(added.forms.at(i).trimmed()));
        form.exec();
    }
    return added;
}

Result<QStringList> DiaryStore::tags()
{
    try {
        QStringList out;
        SQLite::Statement q(*m_db, "SELECT name FROM tag ORDER BY id");
        while (q.executeStep())
            out.append(toQString(q.getColumn(0)));
        return out;
    } catch (const SQLite::Exception &e) {
        return storageError(e, QCoreApplication::translate("DiaryStore", "Could not read the tags"));
    }
}

Result<void> DiaryStore::addTag(const QString &name)
{
    if (name.trimmed().isEmpty())
        return invalid({{QStringLiteral("tag"), QCoreApplication::translate("DiaryStore", "A tag cannot be empty.")}});
    if (const QString why = tagProblem(name); !why.isEmpty())
        return invalid({{QStringLiteral("tag"), why}});
    if (auto refused = refuseWrites())
        return *refused;
    // A single writing statement takes the write lock as it starts, so the busy timeout applies.
    try {
        SQLite::Statement add(*m_db, "INSERT OR IGNORE INTO tag (name) VALUES (?)");
        add.bind(1, text(name.trimmed()));
        add.exec();
        return {};
    } catch (const SQLite::Exception &e) {
        return storageError(e, QCoreApplication::translate("DiaryStore", "Could not add the tag"));
    }
}

Result<QList<LabResult>> DiaryStore::labResults()
{
    try {
        QList<LabResult> out;
        SQLite::Statement q(*m_db, "SELECT id, date, test, value, unit FROM lab_result ORDER BY date, id");
        while (q.executeStep())
            out.append({q.getColumn(0).getInt64(), toDate(q.getColumn(1)), toQString(q.getColumn(2)),
                q.getColumn(3).getDouble(), toQString(q.getColumn(4))});
        return out;
    } catch (const SQLite::Exception &e) {
        return storageError(e, QCoreApplication::translate("DiaryStore", "Could not read the lab results"));
    }
}

Result<LabResult> DiaryStore::addLabResult(const LabResult &lab)
{
    if (const QList<FieldError> problems = validateLabResult(lab); !problems.isEmpty())
        return invalid(problems);
    if (auto refused = refuseWrites())
        return *refused;
    try {
        SQLite::Statement add(*m_db, "INSERT INTO lab_result (date, test, value, unit) VALUES (?, ?, ?, ?)");
        add.bind(1, date(lab.date));
        add.bind(2, text(lab.test.trimmed()));
        add.bind(3, lab.value);
        add.bind(4, text(lab.unit.trimmed()));
        add.exec();
        LabResult added = lab;
        added.id = m_db->getLastInsertRowid();
        added.test = lab.test.trimmed();
        added.unit = lab.unit.trimmed();
        return added;
    } catch (const SQLite::Exception &e) {
        return storageError(e, QCoreApplication::translate("DiaryStore", "Could not add the lab result"));
    }
}

Result<void> DiaryStore::updateLabResult(const LabResult &lab)
{
    if (const QList<FieldError> problems = validateLabResult(lab); !problems.isEmpty())
        return invalid(problems);
    if (auto refused = refuseWrites())
        return *refused;
    try {
        SQLite::Statement up(*m_db, "UPDATE lab_result SET date = ?, test = ?, value = ?, unit = ? WHERE id = ?");
        up.bind(1, date(lab.date));
        up.bind(2, text(lab.test.trimmed()));
        up.bind(3, lab.value);
        up.bind(4, text(lab.unit.trimmed()));
        up.bind(5, static_cast<int64_t>(lab.id));
        if (up.exec() == 0)
            return Error {ErrorKind::NotFound,
                QCoreApplication::translate("DiaryStore", "That lab result no longer exists."), {}};
        return {};
    } catch (const SQLite::Exception &e) {
        return storageError(e, QCoreApplication::translate("DiaryStore", "Could not change the lab result"));
    }
}

Result<bool> DiaryStore::deleteLabResult(qint64 id)
{
    if (auto refused = refuseWrites())
        return *refused;
    try {
        SQLite::Statement del(*m_db, "DELETE FROM lab_result WHERE id = ?");
        del.bind(1, static_cast<int64_t>(id));
        return del.exec() > 0;
    } catch (const SQLite::Exception &e) {
        return storageError(e, QCoreApplication::translate("DiaryStore", "Could not delete the lab result"));
    }
}

} // namespace rls
