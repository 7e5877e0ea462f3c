// SPDX-License-Identifier: GPL-3.0-or-later
#include "io/csvreader.h"

#include "util/logging.h"

#include <QDir>
#include <QFile>
#include <QStringDecoder>

#include <algorithm>

namespace rls {
namespace {

Error refused(const QString &message)
{
    return Error {ErrorKind::Invalid, message, {}};
}

// Windows-1252 differs from Latin-1 only in 0x80-0x9F; the five holes decode to U+FFFD.
QString fromWindows1252(const QByteArray &bytes)
{
    static constexpr char16_t high[32] = {0x20AC, 0xFFFD, 0x201A, 0x0192, 0x201E, 0x2026, 0x2020, 0x2021, 0x02C6,
        0x2030, 0x0160, 0x2039, 0x0152, 0xFFFD, 0x017D, 0xFFFD, 0xFFFD, 0x2018, 0x2019, 0x201C, 0x201D, 0x2022, 0x2013,
        0x2014, 0x02DC, 0x2122, 0x0161, 0x203A, 0x0153, 0xFFFD, 0x017E, 0x0178};
    QString out(bytes.size(), Qt::Uninitialized);
    QChar *d = out.data();
    for (const char c : bytes) {
        const auto b = static_cast<unsigned char>(c);
        *d++ = (b >= 0x80 && b < 0xA0) ? QChar(high[b - 0x80]) : QChar(char16_t(b));
    }
    return out;
}

// Names what a file is when it is clearly not CSV, so the message can say what to do.
std::optional<QString> knownBinary(const QByteArray &bytes)
{
    if (bytes.startsWith("PK\x03\x04"))
        return QStringLiteral("This is a spreadsheet workbook or another zip file, not CSV. In your "
                              "spreadsheet use \"Save as\" and choose CSV.");
    if (bytes.startsWith("\xD0\xCF\x11\xE0"))
        return QStringLiteral("This is an old Excel workbook (.xls), not CSV. In Excel use \"Save as\" "
                              "and choose CSV UTF-8.");
    if (bytes.startsWith("SQLite format 3"))
        return QStringLiteral("This is a database file (perhaps a diary), not CSV.");
    if (bytes.startsWith("%PDF"))
        return QStringLiteral("This is a PDF document, not CSV.");
    return std::nullopt;
}

// Text has almost no control characters besides tab and line ends; binary data has many.
bool looksBinary(const QByteArray &bytes, bool utf16)
{
    const qsizetype n = std::min<qsizetype>(bytes.size(), 64 * 1024);
    if (!utf16 && bytes.contains('\0'))
        return true;
    qsizetype controls = 0;
    for (qsizetype i = 0; i < n; ++i) {
        const auto b = static_cast<unsigned char>(bytes.at(i));
        if ((b < 0x20 && b != '\t' && b != '\n' && b != '\r' && b != '\f' && !(utf16 && b == 0)) || b == 0x7F)
            ++controls;
    }
    return controls * 100 > n; // more than 1 %
}

Result<QString> decode(const QByteArray &bytes, TextEncoding &encoding)
{
    if (bytes.startsWith("\xFF\xFE") || bytes.startsWith("\xFE\xFF")) {
        encoding = TextEncoding::Utf16;
        QStringDecoder utf16(bytes.startsWith("\xFF\xFE") ? QStringConverter::Utf16LE : QStringConverter::Utf16BE,
            QStringConverter::Flag::Stateless);
        QString text = utf16.decode(bytes.mid(2));
        if (utf16.hasError())
            return refused(QStringLiteral("The file says it is UTF-16 text but is not."));
        return text;
    }
    const QByteArray body = bytes.startsWith("\xEF\xBB\xBF") ? bytes.mid(3) : bytes;
    QStringDecoder utf8(QStringConverter::Utf8, QStringConverter::Flag::Stateless);
    QString text = utf8.decode(body);
    if (!utf8.hasError()) {
        encoding = TextEncoding::Utf8;
        return text;
    }
    // Not UTF-8: spreadsheets on Windows write the ANSI code page, in Western Europe 1252.
    encoding = TextEncoding::Windows1252;
    return fromWindows1252(body);
}

QChar guessSeparator(const QString &text)
{
    int comma = 0, semicolon = 0, tab = 0;
    bool quoted = false;
    for (const QChar c : text) {
        if (c == u'"')
            quoted = !quoted;
        else if (!quoted && (c == u'\n' || c == u'\r'))
            break;
        else if (!quoted && c == u',')
            ++comma;
        else if (!quoted && c == u';')
            ++semicolon;
        else if (!quoted && c == u'\t')
            ++tab;
    }
    if (semicolon > comma && semicolon >= tab)
        return u';';
    if (tab > comma && tab > semicolon)
        return u'\t';
    return u',';
}

// Splits decoded text into records; RFC 4180, but tolerant of stray quotes inside cells.
class Splitter {
public:
    Splitter(const QString &text, QChar separator, const CsvLimits &limits)
        : m_text(text)
        , m_sep(separator)
        , m_limits(limits)
    { }

    Result<QList<CsvRecord>> run();

private:
    Result<void> endRecord(int line);

    const QString &m_text;
    QChar m_sep;
    const CsvLimits &m_limits;
    QList<CsvRecord> m_records;
    QStringList m_cells;
    QString m_cell;
    qsizetype m_recordChars = 0;
};

Result<void> Splitter::endRecord(int line)
{
    m_cells.append(m_cell);
    m_cell.clear();
    m_recordChars = 0;
    const bool blank
        = std::all_of(m_cells.cbegin(), m_cells.cend(), [](const QString &c) { return c.trimmed().isEmpty(); });
    if (!blank) {
        if (m_cells.size() > m_limits.maxColumns)
            return refused(QStringLiteral("Line %1 has %2 columns; a diary file has at most %3.")
                               .arg(line)
                               .arg(m_cells.size())
                               .arg(m_limits.maxColumns));
        if (m_records.size() >= m_limits.maxRows)
            return refused(
                QStringLiteral("The file has more than %1 rows; that is not a diary.").arg(m_limits.maxRows));
        m_records.append({line, m_cells});
    }
    m_cells.clear();
    return {};
}

Result<QList<CsvRecord>> Splitter::run()
{
    int line = 1;
    int recordLine = 1;
    int quoteLine = 0;
    bool quoted = false;
    const qsizetype n = m_text.size();
    for (qsizetype i = 0; i < n; ++i) {
        const QChar c = m_text.at(i);
        if (++m_recordChars > m_limits.maxRecordChars)
            return refused(QStringLiteral("The row starting on line %1 is longer than %2 characters; this does not "
                                          "look like a diary file.")
                               .arg(recordLine)
                               .arg(m_limits.maxRecordChars));
        if (quoted) {
            if (c == u'"' && i + 1 < n && m_text.at(i + 1) == u'"') {
                m_cell += c;
                ++i;
            } else if (c == u'"') {
                quoted = false;
            } else {
                if (c == u'\n')
                    ++line;
                m_cell += c;
            }
        } else if (c == u'"' && m_cell.trimmed().isEmpty()) {
            m_cell.clear(); // spaces before an opening quote are not part of the cell
            quoted = true;
            quoteLine = line;
        } else if (c == m_sep) {
            m_cells.append(m_cell);
            m_cell.clear();
        } else if (c == u'\r' || c == u'\n') {
            if (c == u'\r' && i + 1 < n && m_text.at(i + 1) == u'\n')
                ++i;
            if (auto ended = endRecord(recordLine); !ended)
                return ended.error();
            recordLine = ++line;
        } else {
            m_cell += c;
        }
    }
    if (quoted)
        return refused(QStringLiteral("Line %1: a quoted cell starts here and its closing quote (\") is missing, "
                                      "so the rest of the file cannot be read.")
                           .arg(quoteLine));
    if (auto ended = endRecord(recordLine); !ended)
        return ended.error();
    return m_records;
}

} // namespace

QString separatorName(QChar separator)
{
    if (separator == u';')
        return QStringLiteral("semicolon");
    if (separator == u'\t')
        return QStringLiteral("tab");
    return QStringLiteral("comma");
}

QString encodingName(TextEncoding encoding)
{
    switch (encoding) {
    case TextEncoding::Utf8: return QStringLiteral("UTF-8");
    case TextEncoding::Utf16: return QStringLiteral("UTF-16");
    case TextEncoding::Windows1252: return QStringLiteral("Windows-1252");
    }
    return {};
}

Result<CsvTable> readCsv(const QByteArray &bytes, const CsvLimits &limits)
{
    if (bytes.size() > limits.maxFileBytes)
        return refused(QStringLiteral("The file is larger than %1 MB; that is not a diary.")
                           .arg(limits.maxFileBytes / (1024 * 1024)));
    if (auto binary = knownBinary(bytes))
        return refused(*binary);
    const bool utf16 = bytes.startsWith("\xFF\xFE") || bytes.startsWith("\xFE\xFF");
    if (looksBinary(bytes, utf16))
        return refused(QStringLiteral("This is not a text file: it holds binary data. Choose a CSV file."));

    CsvTable table;
    auto text = decode(bytes, table.encoding);
    if (!text)
        return text.error();
    if (text->trimmed().isEmpty())
        return refused(QStringLiteral("The file is empty."));
    table.separator = guessSeparator(text.value());
    auto records = Splitter(text.value(), table.separator, limits).run();
    if (!records)
        return records.error();
    QList<CsvRecord> &all = records.value();
    if (all.isEmpty()) // only separators and blanks, e.g. ",,,\n;;"
        return refused(QStringLiteral("The file is empty."));
    for (const QString &cell : all.first().cells)
        table.header.append(cell.trimmed());
    if (all.size() == 1)
        return refused(QStringLiteral("The file has a header but no rows of data."));
    table.rows = all.mid(1);
    qCDebug(lcCsv) << "read" << table.rows.size() << "rows," << separatorName(table.separator) << "separated,"
                   << encodingName(table.encoding);
    return table;
}

Result<CsvTable> readCsvFile(const QString &path, const CsvLimits &limits)
{
    const QString shown = QDir::toNativeSeparators(path);
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return Error {ErrorKind::NotFound, QStringLiteral("Could not open %1: %2").arg(shown, file.errorString()), {}};
    if (file.size() > limits.maxFileBytes)
        return refused(QStringLiteral("%1 is larger than %2 MB; that is not a diary.")
                           .arg(shown)
                           .arg(limits.maxFileBytes / (1024 * 1024)));
    return readCsv(file.readAll(), limits);
}

} // namespace rls
