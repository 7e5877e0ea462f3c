// SPDX-License-Identifier: GPL-3.0-or-later
#include "io/csvreader.h"

#include "util/logging.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QStringDecoder>

#include <algorithm>
#include <utility>

namespace rls {
namespace {

Error refused(const QString &message)
{
    return Error {ErrorKind::Invalid, message, {}};
}

// Windows-1252 differs from Latin-1 only in 0x80-0x9F; the five holes decode to U+FFFD.
QString fromWindows1252(QByteArrayView bytes)
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
        return QCoreApplication::translate("CsvReader",
            "This is a spreadsheet workbook or another zip file, not CSV. In your "
            "spreadsheet use \"Save as\" and choose CSV.");
    if (bytes.startsWith("\xD0\xCF\x11\xE0"))
        return QCoreApplication::translate("CsvReader",
            "This is an old Excel workbook (.xls), not CSV. In Excel use \"Save as\" "
            "and choose CSV UTF-8.");
    if (bytes.startsWith("SQLite format 3"))
        return QCoreApplication::translate("CsvReader", "This is a database file (perhaps a diary), not CSV.");
    if (bytes.startsWith("%PDF"))
        return QCoreApplication::translate("CsvReader", "This is a PDF document, not CSV.");
    return std::nullopt;
}

// Binary data has NUL bytes and many control characters; text a person typed has few, and
// those inside quoted cells are theirs (a note with vertical tabs, which CsvWriter quotes). So
// only the ones outside quotes count: more than 1 % of the start of the text is not a diary.
bool looksBinary(const QString &text)
{
    const qsizetype n = std::min<qsizetype>(text.size(), 64 * 1024);
    qsizetype controls = 0;
    bool quoted = false;
    for (qsizetype i = 0; i < n; ++i) {
        const char16_t c = text.at(i).unicode();
        if (c == u'"')
            quoted = !quoted;
        else if (!quoted && ((c < 0x20 && c != u'\t' && c != u'\n' && c != u'\r' && c != u'\f') || c == 0x7F))
            ++controls;
    }
    return controls * 100 > n;
}

// A refusal the person can answer by choosing the encoding: needsEncodingChoice() knows it by
// its field.
const QString encodingField = QStringLiteral("encoding");
const QString chooseEncoding
    = QCoreApplication::translate("CsvReader", "choose the file's encoding (UTF-8, UTF-16 or Windows-1252)");

Error encodingRefused(const QString &message)
{
    return Error {ErrorKind::Invalid, message, {FieldError {encodingField, message}}};
}

// "64 MB", "512 KB" or "100 bytes", for the size limit in messages.
QString sizeText(qint64 bytes)
{
    if (bytes % (1024 * 1024) == 0)
        return QStringLiteral("%1 MB").arg(bytes / (1024 * 1024));
    if (bytes % 1024 == 0)
        return QStringLiteral("%1 KB").arg(bytes / 1024);
    return QCoreApplication::translate("CsvReader", "%1 bytes").arg(bytes);
}

// The line (1 is the first) that the byte at `offset` is on, counting line ends as the
// splitter does: LF, CRLF or a lone CR.
int lineAt(QByteArrayView bytes, qsizetype offset)
{
    int line = 1;
    for (qsizetype i = 0; i < offset; ++i) {
        const char c = bytes.at(i);
        if (c == '\n' || (c == '\r' && (i + 1 == bytes.size() || bytes.at(i + 1) != '\n')))
            ++line;
    }
    return line;
}

// Where bytes stop being UTF-8, and whether any of them are UTF-8 beyond ASCII.
struct Utf8Scan {
    qsizetype firstInvalid = -1; ///< the first byte that is not part of UTF-8; -1: none
    bool hasMultiByte = false; ///< a well-formed sequence of two to four bytes was seen
};

Utf8Scan scanUtf8(QByteArrayView bytes)
{
    Utf8Scan scan;
    const auto *p = reinterpret_cast<const unsigned char *>(bytes.constData());
    const qsizetype n = bytes.size();
    for (qsizetype i = 0; i < n && !(scan.firstInvalid >= 0 && scan.hasMultiByte);) {
        const unsigned char b = p[i];
        if (b < 0x80) {
            ++i;
            continue;
        }
        // Well-formed UTF-8 (Unicode, table 3-7): no overlong forms, no surrogates, up to U+10FFFF.
        qsizetype length = 0;
        unsigned char low = 0x80, high = 0xBF; // the range of the second byte
        if (b >= 0xC2 && b <= 0xDF) {
            length = 2;
        } else if (b >= 0xE0 && b <= 0xEF) {
            length = 3;
            low = b == 0xE0 ? 0xA0 : 0x80;
            high = b == 0xED ? 0x9F : 0xBF;
        } else if (b >= 0xF0 && b <= 0xF4) {
            length = 4;
            low = b == 0xF0 ? 0x90 : 0x80;
            high = b == 0xF4 ? 0x8F : 0xBF;
        }
        bool wellFormed = length > 0 && i + length <= n && p[i + 1] >= low && p[i + 1] <= high;
        for (qsizetype k = 2; wellFormed && k < length; ++k)
            wellFormed = (p[i + k] & 0xC0) == 0x80;
        if (wellFormed) {
            scan.hasMultiByte = true;
            i += length;
        } else {
            if (scan.firstInvalid < 0)
                scan.firstInvalid = i;
            ++i;
        }
    }
    return scan;
}

// The first byte that Windows-1252 leaves undefined (81, 8D, 8F, 90, 9D); -1: none.
qsizetype firstWindows1252Hole(QByteArrayView bytes)
{
    for (qsizetype i = 0; i < bytes.size(); ++i) {
        const auto b = static_cast<unsigned char>(bytes.at(i));
        if (b == 0x81 || b == 0x8D || b == 0x8F || b == 0x90 || b == 0x9D)
            return i;
    }
    return -1;
}

bool hasUtf16Bom(const QByteArray &bytes)
{
    return bytes.startsWith("\xFF\xFE") || bytes.startsWith("\xFE\xFF");
}

Result<QString> decodeUtf16(const QByteArray &bytes)
{
    // The byte-order mark says the byte order; without one (only when the person chose UTF-16)
    // the zero bytes do: ASCII in little-endian UTF-16 has them at the odd offsets.
    QStringConverter::Encoding order = QStringConverter::Utf16LE;
    QByteArray body = bytes;
    if (hasUtf16Bom(bytes)) {
        order = bytes.startsWith("\xFE\xFF") ? QStringConverter::Utf16BE : QStringConverter::Utf16LE;
        body = bytes.mid(2);
    } else {
        qsizetype evenZeros = 0, oddZeros = 0;
        const qsizetype n = std::min<qsizetype>(bytes.size(), 64 * 1024);
        for (qsizetype i = 0; i < n; ++i) {
            if (bytes.at(i) == '\0')
                ++(i % 2 == 0 ? evenZeros : oddZeros);
        }
        if (evenZeros > oddZeros)
            order = QStringConverter::Utf16BE;
    }
    QStringDecoder utf16(order, QStringConverter::Flag::Stateless);
    QString text = utf16.decode(body);
    if (utf16.hasError() || body.size() % 2 != 0)
        return encodingRefused(
            QCoreApplication::translate("CsvReader", "The file is not valid UTF-16 text; %1.").arg(chooseEncoding));
    return text;
}

// Decodes `bytes` in the encoding chosen, or else the one they are in, and says which in `used`.
// Windows-1252 is taken only when no byte of the file is UTF-8 beyond ASCII: a file that is
// UTF-8 in part is refused at its first line that is not, so that no accent is read wrong.
Result<QString> decode(const QByteArray &bytes, std::optional<TextEncoding> chosen, TextEncoding &used)
{
    if (chosen == TextEncoding::Utf16 || (!chosen && hasUtf16Bom(bytes))) {
        used = TextEncoding::Utf16;
        return decodeUtf16(bytes);
    }
    const bool utf8Bom = bytes.startsWith("\xEF\xBB\xBF");
    const QByteArrayView body = utf8Bom ? QByteArrayView(bytes).sliced(3) : QByteArrayView(bytes); // not copied
    if (chosen == TextEncoding::Windows1252) {
        used = TextEncoding::Windows1252;
        return fromWindows1252(body);
    }
    const Utf8Scan scan = scanUtf8(body);
    if (scan.firstInvalid < 0) {
        used = TextEncoding::Utf8;
        return QString::fromUtf8(body);
    }
    if (chosen == TextEncoding::Utf8 || utf8Bom || scan.hasMultiByte)
        return encodingRefused(
            QCoreApplication::translate("CsvReader", "Line %1 is not valid UTF-8; %2 instead of having it guessed.")
                .arg(lineAt(body, scan.firstInvalid))
                .arg(chooseEncoding));
    // Nothing in the file is UTF-8: spreadsheets on Windows write the ANSI code page, in
    // Western Europe 1252, which has a character for every byte but five.
    if (const qsizetype hole = firstWindows1252Hole(body); hole >= 0)
        return encodingRefused(
            QCoreApplication::translate("CsvReader", "Line %1 is neither UTF-8 nor Windows-1252 text; %2.")
                .arg(lineAt(body, hole))
                .arg(chooseEncoding));
    used = TextEncoding::Windows1252;
    return fromWindows1252(body);
}

// Reads at most `limit` + 1 bytes, counting them as they arrive: a pipe or a device has no size
// to look at first, and /dev/zero never ends.
Result<QByteArray> readAtMost(QFile &file, qint64 limit, const QString &shown)
{
    QByteArray bytes;
    if (!file.isSequential())
        bytes.reserve(std::min(file.size(), limit) + 1);
    constexpr qint64 chunk = 1024 * 1024;
    for (;;) {
        const qsizetype at = bytes.size();
        const qint64 wanted = std::min(chunk, limit + 1 - at);
        if (bytes.capacity() < at + wanted) // grows by doubling, not by a chunk at a time
            bytes.reserve(std::min(limit + 1, std::max<qint64>(2 * bytes.capacity(), at + wanted)));
        bytes.resize(at + wanted);
        const qint64 got = file.read(bytes.data() + at, wanted);
        if (got < 0)
            return Error {ErrorKind::Storage,
                QCoreApplication::translate("CsvReader", "Could not read %1: %2").arg(shown, file.errorString()), {}};
        bytes.resize(at + got);
        if (bytes.size() > limit)
            return refused(QCoreApplication::translate("CsvReader", "The file is larger than %1; that is not a diary.")
                               .arg(sizeText(limit)));
        if (got == 0)
            return bytes;
    }
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

} // namespace

// Splits decoded text into records, one at a time; RFC 4180, but tolerant of stray quotes inside
// cells. Text between the characters that mean something (separator, quote, line end) goes into a
// cell as one piece; a record's length is counted as before, one for each character, a doubled
// quote ("") or a CRLF.
class CsvSplitter {
public:
    CsvSplitter(QString text, QChar separator, const CsvLimits &limits)
        : m_text(std::move(text))
        , m_sep(separator)
        , m_limits(limits)
    { }

    /// The next record that is not blank, or nullopt after the last.
    Result<std::optional<CsvRecord>> next();
    /// Takes the cells of a record the caller is done with: the next record's cells are written
    /// into their room, so that reading row by row does not allocate each cell anew.
    void recycle(QStringList &cells)
    {
        m_spare.swap(cells);
        m_spareAt = 0;
        if (m_cell.isNull())
            m_cell = spareCell();
    }

private:
    Result<std::optional<CsvRecord>> endRecord(int line);
    void endCell() { m_cells.append(std::exchange(m_cell, spareCell())); }
    /// An empty cell with the room of a recycled one, if any is left.
    QString spareCell()
    {
        if (m_spareAt >= m_spare.size())
            return QString();
        QString cell = std::move(m_spare[m_spareAt++]);
        if (!cell.isEmpty())
            cell.resize(0); // keeps its room unless another copy holds it, which then keeps the text
        return cell;
    }
    /// Counts `characters` more of the record; false once it is longer than the limit.
    bool count(qsizetype characters)
    {
        m_recordChars += characters;
        return m_recordChars <= m_limits.maxRecordChars;
    }

    QString m_text;
    QChar m_sep;
    CsvLimits m_limits;
    QStringList m_cells;
    QString m_cell;
    QStringList m_spare; ///< the cells of the record before, handed back by recycle()
    qsizetype m_spareAt = 0;
    qsizetype m_recordChars = 0;
    qsizetype m_width = 0; ///< the cells of the last record, to make room for the next
    qsizetype m_records = 0; ///< records given so far
    qsizetype m_at = 0; ///< where in m_text the next record starts
    int m_line = 1;
    bool m_done = false;
};

Result<std::optional<CsvRecord>> CsvSplitter::endRecord(int line)
{
    endCell();
    m_recordChars = 0;
    const bool blank = std::all_of(
        m_cells.cbegin(), m_cells.cend(), [](const QString &c) { return QStringView(c).trimmed().isEmpty(); });
    std::optional<CsvRecord> out;
    if (!blank) {
        if (m_cells.size() > m_limits.maxColumns)
            return refused(
                QCoreApplication::translate("CsvReader", "Line %1 has %2 columns; a diary file has at most %3.")
                    .arg(line)
                    .arg(m_cells.size())
                    .arg(m_limits.maxColumns));
        if (m_records >= m_limits.maxRows)
            return refused(
                QCoreApplication::translate("CsvReader", "The file has more than %1 rows; that is not a diary.")
                    .arg(m_limits.maxRows));
        m_width = m_cells.size();
        ++m_records;
        out = CsvRecord {line, std::exchange(m_cells, QStringList())};
    }
    m_cells.clear();
    m_cells.reserve(m_width);
    return out;
}

Result<std::optional<CsvRecord>> CsvSplitter::next()
{
    int recordLine = m_line;
    int quoteLine = 0;
    bool quoted = false;
    const QChar *text = m_text.constData();
    const qsizetype n = m_text.size();
    const auto tooLong = [&] {
        return refused(QCoreApplication::translate("CsvReader",
            "The row starting on line %1 is longer than %2 characters; this does not "
            "look like a diary file.")
                           .arg(recordLine)
                           .arg(m_limits.maxRecordChars));
    };
    qsizetype i = m_at;
    while (i < n) {
        if (quoted) {
            qsizetype end = i; // the text up to the next quote is the cell's, line breaks included
            while (end < n && text[end] != u'"')
                ++end;
            if (!count(end - i))
                return tooLong();
            m_line += int(std::count(text + i, text + end, u'\n'));
            m_cell.append(text + i, end - i);
            if (end == n) {
                i = n;
                break;
            }
            if (!count(1))
                return tooLong();
            if (end + 1 < n && text[end + 1] == u'"') {
                m_cell += u'"';
                i = end + 2;
            } else {
                quoted = false;
                i = end + 1;
            }
            continue;
        }
        const QChar c = text[i];
        if (c == u'"' && QStringView(m_cell).trimmed().isEmpty()) {
            if (!count(1))
                return tooLong();
            if (!m_cell.isEmpty())
                m_cell.resize(0); // spaces before an opening quote are not part of the cell
            quoted = true;
            quoteLine = m_line;
            ++i;
        } else if (c == m_sep) {
            if (!count(1))
                return tooLong();
            endCell();
            ++i;
        } else if (c == u'\r' || c == u'\n') {
            if (!count(1))
                return tooLong();
            if (c == u'\r' && i + 1 < n && text[i + 1] == u'\n')
                ++i;
            ++i;
            auto ended = endRecord(recordLine);
            if (!ended)
                return ended.error();
            recordLine = ++m_line;
            if (ended.value()) {
                m_at = i;
                return ended;
            }
        } else {
            qsizetype end = i + 1; // plain text, a stray quote inside a cell included
            while (end < n && text[end] != m_sep && text[end] != u'"' && text[end] != u'\r' && text[end] != u'\n')
                ++end;
            if (!count(end - i))
                return tooLong();
            m_cell.append(text + i, end - i);
            i = end;
        }
    }
    m_at = i;
    if (quoted)
        return refused(QCoreApplication::translate("CsvReader",
            "Line %1: a quoted cell starts here and its closing quote (\") is missing, "
            "so the rest of the file cannot be read.")
                           .arg(quoteLine));
    if (m_done)
        return std::optional<CsvRecord>();
    m_done = true;
    return endRecord(recordLine);
}

QString separatorName(QChar separator)
{
    if (separator == u';')
        return QCoreApplication::translate("CsvReader", "semicolon");
    if (separator == u'\t')
        return QCoreApplication::translate("CsvReader", "tab");
    return QCoreApplication::translate("CsvReader", "comma");
}

bool needsEncodingChoice(const Error &error)
{
    return std::any_of(
        error.fields.cbegin(), error.fields.cend(), [](const FieldError &f) { return f.field == encodingField; });
}

std::optional<TextEncoding> textEncodingFromName(const QString &name)
{
    const QString n = name.trimmed().toLower();
    if (n == u"utf-8" || n == u"utf8")
        return TextEncoding::Utf8;
    if (n == u"utf-16" || n == u"utf16")
        return TextEncoding::Utf16;
    if (n == u"windows-1252" || n == u"cp1252")
        return TextEncoding::Windows1252;
    return std::nullopt;
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

CsvRowStream::CsvRowStream() = default;
CsvRowStream::~CsvRowStream() = default;
CsvRowStream::CsvRowStream(CsvRowStream &&) noexcept = default;
CsvRowStream &CsvRowStream::operator=(CsvRowStream &&) noexcept = default;

Result<CsvRowStream> CsvRowStream::open(const QByteArray &bytes, const CsvLimits &limits)
{
    if (bytes.size() > limits.maxFileBytes)
        return refused(QCoreApplication::translate("CsvReader", "The file is larger than %1; that is not a diary.")
                           .arg(sizeText(limits.maxFileBytes)));
    if (auto binary = knownBinary(bytes))
        return refused(*binary);
    if (hasUtf16Bom(bytes) && limits.encoding && limits.encoding != TextEncoding::Utf16)
        return encodingRefused(QCoreApplication::translate("CsvReader",
            "The file starts with the mark of UTF-16 text; choose UTF-16 or let "
            "the encoding be found out."));
    const bool utf16 = limits.encoding ? limits.encoding == TextEncoding::Utf16 : hasUtf16Bom(bytes);
    const QString binary
        = QCoreApplication::translate("CsvReader", "This is not a text file: it holds binary data. Choose a CSV file.");
    if (!utf16 && bytes.contains('\0'))
        return refused(binary);

    CsvRowStream stream;
    auto text = decode(bytes, limits.encoding, stream.m_table.encoding);
    if (!text)
        return text.error();
    if (looksBinary(text.value()))
        return refused(binary);
    if (QStringView(text.value()).trimmed().isEmpty()) // a view: trimmed() would copy the whole text
        return refused(QCoreApplication::translate("CsvReader", "The file is empty."));
    stream.m_table.separator = guessSeparator(text.value());
    stream.m_splitter = std::make_unique<CsvSplitter>(std::move(text).value(), stream.m_table.separator, limits);
    auto header = stream.m_splitter->next();
    if (!header)
        return header.error();
    if (!header.value()) // only separators and blanks, e.g. ",,,\n;;"
        return refused(QCoreApplication::translate("CsvReader", "The file is empty."));
    for (const QString &cell : header.value()->cells)
        stream.m_table.header.append(cell.trimmed());
    auto first = stream.m_splitter->next();
    if (!first)
        return first.error();
    if (!first.value())
        return refused(QCoreApplication::translate("CsvReader", "The file has a header but no rows of data."));
    stream.m_first = std::move(first).value();
    return stream;
}

Result<bool> CsvRowStream::next(CsvRecord &row)
{
    if (m_first) {
        row = *std::exchange(m_first, std::nullopt);
        ++m_rows;
        return true;
    }
    m_splitter->recycle(row.cells);
    auto record = m_splitter->next();
    if (!record)
        return record.error();
    if (!record.value())
        return false;
    row = std::move(*record.value());
    ++m_rows;
    return true;
}

Result<CsvTable> readCsv(const QByteArray &bytes, const CsvLimits &limits)
{
    auto stream = CsvRowStream::open(bytes, limits);
    if (!stream)
        return stream.error();
    CsvTable table = stream->table();
    for (CsvRecord row;;) {
        auto more = stream->next(row);
        if (!more)
            return more.error();
        if (!more.value())
            break;
        table.rows.append(std::move(row));
    }
    qCDebug(lcCsv) << "read" << table.rows.size() << "rows," << separatorName(table.separator) << "separated,"
                   << encodingName(table.encoding);
    return table;
}

Result<QByteArray> readCsvBytes(const QString &path, const CsvLimits &limits)
{
    const QString shown = QDir::toNativeSeparators(path);
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly | QIODevice::Unbuffered))
        return Error {ErrorKind::NotFound,
            QCoreApplication::translate("CsvReader", "Could not open %1: %2").arg(shown, file.errorString()), {}};
    if (!file.isSequential() && file.size() > limits.maxFileBytes) // refused unread
        return refused(QCoreApplication::translate("CsvReader", "The file is larger than %1; that is not a diary.")
                           .arg(sizeText(limits.maxFileBytes)));
    return readAtMost(file, limits.maxFileBytes, shown);
}

Result<CsvTable> readCsvFile(const QString &path, const CsvLimits &limits)
{
    auto bytes = readCsvBytes(path, limits);
    if (!bytes)
        return bytes.error();
    return readCsv(bytes.value(), limits);
}

} // namespace rls
