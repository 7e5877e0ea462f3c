// SPDX-License-Identifier: GPL-3.0-or-later
#include "io/ownimport.h"

#include "io/csvrowreader.h"
#include "io/newsubstances.h"
#include "storage/diarystore.h"
#include "util/logging.h"

namespace rls {
namespace {

// Reads the rows of our own file one night at a time, as DiaryStore::addNewNights() asks for them.
// Any row that would need the plan's words (a problem, a conflict, consent) ends the reading with
// `declined` set, which rolls back what was written.
class OwnRows final {
public:
    OwnRows(CsvRowStream &stream, const ColumnMapping &mapping, const QList<Substance> &catalog,
        const ImportOptions &options)
        : m_stream(stream)
        , m_catalog(catalog)
        , m_reader(stream.table(), mapping, DateFormat::Iso, catalog)
        , m_options(options)
        , m_perDose(mapping.perDose())
        , m_newSubstances(catalog, m_kinds)
    { }

    Result<std::optional<NightToAdd>> next() { return m_perDose ? nextOfDoses() : nextNight(); }
    bool declined() const { return m_declined; }

private:
    Result<std::optional<NightToAdd>> decline(const CsvRecord &row, const char *why)
    {
        m_declined = true;
        qCDebug(lcCsv) << "line" << row.line << "needs the import's plan:" << why;
        return Error {ErrorKind::Cancelled, QString(), {}};
    }
    // False when the night cannot simply be added after the one before.
    bool fits(QDate date) const
    {
        return (!m_last.isValid() || date > m_last) && (m_options.allowOddDates || !isOddDate(date, m_options.today));
    }
    NightToAdd toAdd(Night night)
    {
        NightToAdd add;
        add.night = std::move(night);
        m_last = add.night.date;
        m_newSubstances.add(add.night, &add.newSubstances, &add.newForms);
        return add;
    }
    Result<std::optional<NightToAdd>> nextNight();
    Result<std::optional<NightToAdd>> nextOfDoses();
    Result<bool> readRow();

    CsvRowStream &m_stream;
    const QList<Substance> &m_catalog;
    CsvRowReader m_reader;
    const ImportOptions &m_options;
    bool m_perDose;
    QHash<QString, SubstanceKind> m_kinds; // new substances by lower-case name, as planImport() keeps them
    NewSubstances m_newSubstances;
    CsvRecord m_row;
    QList<RowProblem> m_problems;
    QDate m_last;
    std::optional<Night> m_pending; ///< a file of doses: the night whose rows are being read
    bool m_declined = false;
    bool m_ended = false;
};

Result<bool> OwnRows::readRow()
{
    auto more = m_stream.next(m_row);
    if (!more) { // the plan reads the file again and says what is wrong with it
        m_declined = true;
        return Error {ErrorKind::Cancelled, QString(), {}};
    }
    return more.value();
}

Result<std::optional<NightToAdd>> OwnRows::nextNight()
{
    auto more = readRow();
    if (!more)
        return more.error();
    if (!more.value())
        return std::optional<NightToAdd>();
    auto patch = m_reader.readNight(m_row, m_problems);
    if (!patch)
        return decline(m_row, "unreadable");
    for (auto it = patch->newKinds.cbegin(); it != patch->newKinds.cend(); ++it) {
        if (m_kinds.contains(it.key()) && m_kinds.value(it.key()) != it.value())
            return decline(m_row, "a substance of two kinds");
    }
    if (!fits(patch->night.date))
        return decline(m_row, "a date twice, out of order, or odd");
    m_kinds.insert(patch->newKinds);
    // Every part of the night is in our own file: the night is the row's, as the plan adds it.
    return std::optional(toAdd(std::move(patch->night)));
}

Result<std::optional<NightToAdd>> OwnRows::nextOfDoses()
{
    while (!m_ended) {
        auto more = readRow();
        if (!more)
            return more.error();
        if (!more.value()) {
            m_ended = true;
            break;
        }
        auto dose = m_reader.readDose(m_row, m_problems);
        if (!dose)
            return decline(m_row, "unreadable");
        if (const Substance *s = findSubstance(m_catalog, dose->dose.substance)) {
            dose->dose.substance = s->name;
            if (dose->dose.unit.isEmpty())
                dose->dose.unit = s->unit;
        } else if (const QString key = dose->dose.substance.trimmed().toLower(); !m_kinds.contains(key)) {
            if (!dose->kind)
                return decline(m_row, "a new substance without its kind");
            m_kinds.insert(key, *dose->kind); // the first row that says decides
        }
        Night single;
        single.date = dose->date;
        single.intakes = {dose->dose};
        m_reader.addValidationProblems(single, m_row.line, {}, m_problems);
        if (!m_problems.isEmpty())
            return decline(m_row, "unreadable");
        if (m_pending && m_pending->date == dose->date) {
            m_pending->intakes.append(std::move(dose->dose));
            continue;
        }
        if (!fits(dose->date) || (m_pending && dose->date < m_pending->date))
            return decline(m_row, "a date twice, out of order, or odd");
        std::optional<Night> done = std::exchange(m_pending, Night());
        m_pending->date = dose->date;
        m_pending->intakes.append(std::move(dose->dose));
        if (done)
            return std::optional(toAdd(std::move(*done)));
    }
    if (!m_pending)
        return std::optional<NightToAdd>();
    return std::optional(toAdd(*std::exchange(m_pending, std::nullopt)));
}

} // namespace

std::optional<CsvKind> ownFileKind(const QStringList &header)
{
    for (CsvKind kind : {CsvKind::Nightly, CsvKind::Intakes}) {
        if (header == csvHeader(kind))
            return kind;
    }
    return std::nullopt;
}

Result<std::optional<OwnFileImport>> importOwnFile(
    DiaryStore &store, CsvRowStream &stream, const ImportOptions &options)
{
    const auto kind = ownFileKind(stream.table().header);
    if (!kind || stream.rowsRead() > 0)
        return std::optional<OwnFileImport>();
    // Each column in the field the export wrote it from; the computed ones left out, as the plan
    // leaves them out without asking.
    const ColumnMapping mapping = guessMapping(stream.table().header);
    const QList<CsvColumn> columns = csvColumns(*kind);
    for (qsizetype i = 0; i < columns.size(); ++i) {
        if (mapping.fields.value(i) != columns.at(i).field || mapping.unitOf(i) != CountUnit::Own)
            return std::optional<OwnFileImport>();
    }
    auto catalog = store.substances();
    if (!catalog)
        return catalog.error();
    OwnRows rows(stream, mapping, catalog.value(), options);
    auto added = store.addNewNights([&rows] { return rows.next(); });
    // A night the diary has is the plan's to decide (keep, theirs, merge).
    if (rows.declined() || (!added && added.error().kind == ErrorKind::Conflict))
        return std::optional<OwnFileImport>();
    if (!added)
        return added.error();
    OwnFileImport done;
    done.rows = stream.rowsRead();
    done.notices = importNotices(mapping);
    done.added = added.value();
    qCInfo(lcCsv) << "imported" << done.added << "new nights of our own file, row by row";
    return std::optional(std::move(done));
}

} // namespace rls
