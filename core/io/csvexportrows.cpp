// SPDX-License-Identifier: GPL-3.0-or-later
// The CSV exports written as the store's one query steps through the rows: each cell goes into
// the CsvWriter as SQLite holds it where the model path (nightlyCsv, intakesCsv) would write the
// same bytes, and through the same functions (dose text, totals, sleep measures) where it computes.
#include "io/csvexportrows.h"

#include "io/csvfields.h"
#include "io/csvvalues.h"
#include "io/csvwriter.h"
#include "model/dose.h"
#include "model/sleepmetrics.h"
#include "storage/diarystore.h"

#include <algorithm>
#include <array>
#include <bit>
#include <charconv>
#include <cstring>
#include <deque>
#include <unordered_map>

namespace rls {
namespace {

// Text as the store reads it everywhere (SQLiteCpp's getText() into QString::fromUtf8()): up to a
// NUL byte.
QByteArrayView storedText(const StoredRow &row, int column)
{
    const QByteArrayView t = row.text(column);
    if (t.isEmpty())
        return t;
    const void *nul = std::memchr(t.data(), 0, size_t(t.size()));
    return nul ? t.first(static_cast<const char *>(nul) - t.data()) : t;
}

int digit(char c)
{
    return c >= '0' && c <= '9' ? c - '0' : -1;
}

// True for "HH:MM" as the store writes a clock time, with its hour and minute.
bool isCanonicalTime(QByteArrayView t, int &hour, int &minute)
{
    if (t.size() != 5 || t.at(2) != ':')
        return false;
    const int d[4] = {digit(t.at(0)), digit(t.at(1)), digit(t.at(3)), digit(t.at(4))};
    if (std::any_of(std::begin(d), std::end(d), [](int x) { return x < 0; }))
        return false;
    hour = d[0] * 10 + d[1];
    minute = d[2] * 10 + d[3];
    return hour < 24 && minute < 60;
}

// True for "YYYY-MM-DD" naming a date that exists: QDate reads and writes it as it is.
bool isCanonicalDate(QByteArrayView t)
{
    if (t.size() != 10 || t.at(4) != '-' || t.at(7) != '-')
        return false;
    int value[3] = {0, 0, 0};
    const int starts[3] = {0, 5, 8}, lengths[3] = {4, 2, 2};
    for (int part = 0; part < 3; ++part) {
        for (int i = starts[part]; i < starts[part] + lengths[part]; ++i) {
            if (digit(t.at(i)) < 0)
                return false;
            value[part] = value[part] * 10 + digit(t.at(i));
        }
    }
    return QDate(value[0], value[1], value[2]).isValid();
}

// A clock time as DiaryStore::readNights reads it (columns::toTime).
std::optional<QTime> storedTime(const StoredRow &row, int column)
{
    if (row.isNull(column))
        return std::nullopt;
    const QByteArrayView t = storedText(row, column);
    int hour = 0, minute = 0;
    if (isCanonicalTime(t, hour, minute))
        return QTime(hour, minute);
    return QTime::fromString(QString::fromUtf8(t), u"HH:mm");
}

std::optional<int> storedInt(const StoredRow &row, int column)
{
    if (row.isNull(column))
        return std::nullopt;
    return row.integer(column);
}

std::optional<double> storedDouble(const StoredRow &row, int column)
{
    if (row.isNull(column))
        return std::nullopt;
    return row.real(column);
}

// The cells both files share, each as csv::format...() writes the value the model would hold.
class Cells {
public:
    explicit Cells(CsvWriter &w)
        : m_w(w)
    { }

    void date(const StoredRow &row, int column)
    {
        const QByteArrayView t = storedText(row, column);
        if (isCanonicalDate(t))
            m_w.plainUtf8(t);
        else
            m_w.plain(QDate::fromString(QString::fromUtf8(t), Qt::ISODate).toString(Qt::ISODate));
    }

    void time(const StoredRow &row, int column)
    {
        const QByteArrayView t = storedText(row, column);
        int hour = 0, minute = 0;
        if (row.isNull(column) || isCanonicalTime(t, hour, minute))
            m_w.plainUtf8(t);
        else
            m_w.plain(csv::formatTime(storedTime(row, column)));
    }

    void integer(const std::optional<int> &value)
    {
        char digits[16];
        const auto end = value ? std::to_chars(digits, digits + sizeof digits, *value).ptr : digits;
        m_w.plainUtf8(QByteArrayView(digits, end - digits));
    }

    void number(const std::optional<double> &value)
    {
        m_w.plainUtf8(
            value ? remembered(m_numbers, *value, [](double v) { return csv::formatNumber(v); }) : QByteArray());
    }

    void total(const std::optional<double> &value)
    {
        m_w.plainUtf8(
            value ? remembered(m_totals, *value, [](double v) { return csv::formatTotal(v); }) : QByteArray());
    }

    void oneDecimal(const std::optional<double> &value)
    {
        m_w.plainUtf8(
            value ? remembered(m_oneDecimal, *value, [](double v) { return csv::formatNumber(v, 1); }) : QByteArray());
    }

private:
    using Memo = std::unordered_map<quint64, QByteArray>;

    // A diary repeats its amounts (300 mg, 95 mg): each number is formatted once.
    template <typename Format> static const QByteArray &remembered(Memo &memo, double value, Format format)
    {
        const auto [it, added] = memo.try_emplace(std::bit_cast<quint64>(value));
        if (added)
            it->second = format(value).toUtf8();
        return it->second;
    }

    CsvWriter &m_w;
    Memo m_numbers, m_totals, m_oneDecimal;
};

// A substance as a row names it, looked up once in the catalog (findSubstance()).
struct KnownName {
    QByteArray bytes;
    QString name;
    const Substance *entry = nullptr;
};

class Names {
public:
    explicit Names(const QList<Substance> &catalog)
        : m_catalog(catalog)
    { }

    const KnownName &find(QByteArrayView bytes)
    {
        for (const KnownName &known : m_known) {
            if (known.bytes == bytes)
                return known;
        }
        KnownName known {bytes.toByteArray(), QString::fromUtf8(bytes), nullptr};
        known.entry = findSubstance(m_catalog, known.name);
        m_known.push_back(std::move(known));
        return m_known.back();
    }

private:
    const QList<Substance> &m_catalog;
    std::deque<KnownName> m_known; // a diary names a few dozen substances at most
};

// SQLite's NOCASE: ASCII letters compared without case, every other byte as it is.
bool nocaseLess(const QByteArray &a, const QByteArray &b)
{
    const auto lower = [](char c) { return static_cast<unsigned char>(c >= 'A' && c <= 'Z' ? c + ('a' - 'A') : c); };
    const qsizetype n = std::min(a.size(), b.size());
    for (qsizetype i = 0; i < n; ++i) {
        if (lower(a.at(i)) != lower(b.at(i)))
            return lower(a.at(i)) < lower(b.at(i));
    }
    return a.size() < b.size();
}

class NightlyFile {
public:
    explicit NightlyFile(const QList<Substance> &catalog)
        : m_cells(m_w)
        , m_names(catalog)
    {
        for (const QString &h : csvHeader(CsvKind::Nightly))
            m_w.plain(h);
        m_w.endRow();
    }

    void take(const StoredRow &row)
    {
        switch (row.type(nightrows::Key)) {
        case StoredRow::Type::Null: startNight(row); break;
        case StoredRow::Type::Integer: addDose(row); break;
        default: m_tags.append(storedText(row, nightrows::Key).toByteArray()); break;
        }
    }

    QByteArray finish()
    {
        endNight();
        return m_w.bytes();
    }

private:
    static constexpr int Groups = 6; // DoseGroup, Magnesium to Other

    void startNight(const StoredRow &row)
    {
        namespace N = nightrows;
        endNight();
        m_open = true;
        m_cells.date(row, N::Date);
        m_cells.integer(storedInt(row, N::Severity));
        m_cells.time(row, N::Onset);
        m_w.textUtf8(flagWords(m_sensations, row.integer64(N::Sensations),
            [](unsigned v) { return csv::formatSensations(rls::Sensations::fromInt(v)); }));
        m_w.textUtf8(flagWords(m_areas, row.integer64(N::BodyAreas),
            [](unsigned v) { return csv::formatBodyAreas(rls::BodyAreas::fromInt(v)); }));
        m_cells.integer(storedInt(row, N::IrlsTotal));
        SleepDiary sleep;
        sleep.inBed = storedTime(row, N::InBed);
        sleep.triedToSleep = storedTime(row, N::TriedToSleep);
        sleep.minutesToFallAsleep = storedInt(row, N::MinutesToSleep);
        sleep.awakenings = storedInt(row, N::Awakenings);
        sleep.minutesAwake = storedInt(row, N::MinutesAwake);
        sleep.finalAwakening = storedTime(row, N::FinalAwakening);
        sleep.outOfBed = storedTime(row, N::OutOfBed);
        sleep.quality = storedInt(row, N::SleepQuality);
        m_cells.time(row, N::InBed);
        m_cells.time(row, N::TriedToSleep);
        m_cells.integer(sleep.minutesToFallAsleep);
        m_cells.integer(sleep.awakenings);
        m_cells.integer(sleep.minutesAwake);
        m_cells.time(row, N::FinalAwakening);
        m_cells.time(row, N::OutOfBed);
        m_cells.integer(sleep.quality);
        const SleepMetrics m = computeSleepMetrics(sleep);
        m_cells.integer(m.timeInBedMinutes);
        m_cells.integer(m.totalSleepMinutes);
        m_cells.oneDecimal(m.efficiencyPercent);
        m_note.truncate(0);
        m_note.append(storedText(row, N::Note));
        m_flagged = row.integer(N::Flagged) != 0;
    }

    void addDose(const StoredRow &row)
    {
        namespace N = nightrows;
        const KnownName &name = m_names.find(storedText(row, N::Substance));
        const auto group = qsizetype(doseGroupOf(name.entry ? name.entry->kind : SubstanceKind::Other));
        m_doses[group].append(Intake {name.name, row.real(N::Amount), QString::fromUtf8(storedText(row, N::Unit)),
            QString::fromUtf8(storedText(row, N::Form)), storedTime(row, N::Time), storedDouble(row, N::LabelMg)});
        m_entries[group].append(name.entry);
    }

    // Per group the day total and the doses, then medication and other substances, as
    // nightlyCsv() writes them; then the tags, the note and the doctor's mark.
    void endNight()
    {
        if (!m_open)
            return;
        m_open = false;
        for (DoseGroup group : namedDoseGroups()) {
            const QList<Intake> &doses = m_doses[qsizetype(group)];
            if (doses.isEmpty()) {
                m_cells.total(std::nullopt);
                m_w.textUtf8({});
                continue;
            }
            DayTotals totals;
            for (qsizetype i = 0; i < doses.size(); ++i)
                addToDayTotals(totals, doses.at(i), *m_entries[qsizetype(group)].at(i));
            m_cells.total(groupTotalOf(totals, group));
            m_w.text(csv::formatDoses(doses, doseGroupSubstance(group)));
        }
        for (DoseGroup group : {DoseGroup::Medication, DoseGroup::Other}) {
            const QList<Intake> &doses = m_doses[qsizetype(group)];
            if (doses.isEmpty())
                m_w.textUtf8({});
            else
                m_w.text(csv::formatDoses(doses, {}));
        }
        std::sort(m_tags.begin(), m_tags.end(), nocaseLess);
        m_joined.truncate(0);
        for (qsizetype i = 0; i < m_tags.size(); ++i) {
            if (i > 0)
                m_joined.append("; ");
            m_joined.append(m_tags.at(i));
        }
        m_w.textUtf8(m_joined);
        m_w.textUtf8(m_note);
        m_w.plainUtf8(m_flagged ? QByteArrayView("yes") : QByteArrayView());
        m_w.endRow();
        for (qsizetype g = 0; g < Groups; ++g) {
            m_doses[g].clear();
            m_entries[g].clear();
        }
        m_tags.clear();
    }

    // The words of a bit set (sensations, body areas), formatted once per value.
    template <typename Format>
    static const QByteArray &flagWords(std::unordered_map<qint64, QByteArray> &memo, qint64 value, Format format)
    {
        const auto [it, added] = memo.try_emplace(value);
        if (added)
            it->second = format(static_cast<unsigned>(value)).toUtf8();
        return it->second;
    }

    CsvWriter m_w;
    Cells m_cells;
    Names m_names;
    bool m_open = false;
    std::array<QList<Intake>, Groups> m_doses; // the night's doses by group, in the night's order
    std::array<QList<const Substance *>, Groups> m_entries; // their catalog entries
    QList<QByteArray> m_tags;
    QByteArray m_joined, m_note;
    bool m_flagged = false;
    std::unordered_map<qint64, QByteArray> m_sensations, m_areas;
};

} // namespace

Result<QByteArray> streamNightlyCsv(DiaryStore &store, const QList<Substance> &catalog, QDate from, QDate to)
{
    NightlyFile file(catalog);
    if (auto read = store.readExportRows(ExportRows::Nights, from, to, [&](const StoredRow &row) { file.take(row); });
        !read)
        return read.error();
    return file.finish();
}

Result<QByteArray> streamIntakesCsv(DiaryStore &store, const QList<Substance> &catalog, QDate from, QDate to)
{
    CsvWriter w;
    for (const QString &h : csvHeader(CsvKind::Intakes))
        w.plain(h);
    w.endRow();
    Cells cells(w);
    Names names(catalog);
    std::unordered_map<const Substance *, QByteArray> kinds;
    const auto read = store.readExportRows(ExportRows::Doses, from, to, [&](const StoredRow &row) {
        namespace D = doserows;
        cells.date(row, D::Date);
        cells.time(row, D::Time);
        const KnownName &name = names.find(storedText(row, D::Substance));
        w.textUtf8(name.bytes);
        auto [kind, added] = kinds.try_emplace(name.entry);
        if (added)
            kind->second = name.entry ? kindKey(name.entry->kind).toUtf8() : QByteArray();
        w.textUtf8(kind->second);
        w.textUtf8(storedText(row, D::Form));
        cells.number(row.real(D::Amount));
        w.textUtf8(storedText(row, D::Unit));
        cells.number(storedDouble(row, D::LabelMg));
        w.endRow();
    });
    if (!read)
        return read.error();
    return w.bytes();
}

} // namespace rls
