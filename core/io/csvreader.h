// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "model/result.h"

#include <QByteArray>
#include <QList>
#include <QString>
#include <QStringList>

#include <memory>
#include <optional>

namespace rls {

class CsvSplitter;

/// The text encodings the reader tells apart.
enum class TextEncoding { Utf8, Utf16, Windows1252 };

/// How a CSV file is read. The limits say how much it may hold before it is refused as not a
/// diary: a diary of ten years is a few megabytes, so these leave room while keeping a wrong
/// file (or an endless stream such as /dev/zero) from eating the memory.
struct CsvLimits {
    qint64 maxFileBytes = 64ll * 1024 * 1024; ///< also for pipes and devices, counted as read
    qsizetype maxRecordChars = 1024 * 1024; ///< one row, including a long multi-line note
    qsizetype maxRows = 500000;
    qsizetype maxColumns = 500;
    /// The encoding the person chose; none: found out from the bytes (see readCsv()).
    std::optional<TextEncoding> encoding;
};

/// One row of data with the line of the file it starts on (1 is the first line).
struct CsvRecord {
    int line = 0;
    QStringList cells;
};

/// A CSV file read into cells, with what was found out about its dialect.
struct CsvTable {
    QStringList header; ///< the first non-blank row, trimmed
    QList<CsvRecord> rows; ///< every later row that is not blank
    QChar separator = u','; ///< ',' ';' or '\t'
    TextEncoding encoding = TextEncoding::Utf8;
};

/// Reads CSV tolerantly: a comma, semicolon or tab separator (guessed from the header),
/// double-quoted cells with "" escapes and line breaks, any line ending, a byte-order mark.
/// The encoding is limits.encoding when the person chose one; otherwise UTF-16 with a
/// byte-order mark, UTF-8 when the bytes are UTF-8, and Windows-1252 only when nothing in the
/// file is UTF-8 and every byte is a Windows-1252 character. A file that is UTF-8 in part (or
/// says so with its byte-order mark) but has a byte that is not is refused, naming that line,
/// rather than decoded with its accents garbled: see needsEncodingChoice().
/// Refuses with a message naming the problem (and its line, when there is one): an empty
/// file, a header without rows, binary data or a spreadsheet workbook, a quote never closed,
/// text not in the encoding, a row or file beyond `limits`.
Result<CsvTable> readCsv(const QByteArray &bytes, const CsvLimits &limits = {});

/// Reads the file at `path` with readCsv(). The bytes are counted as they arrive, so a pipe,
/// a FIFO or a device such as /dev/zero is refused as soon as it passes limits.maxFileBytes,
/// like a file above it (which is refused unread).
Result<CsvTable> readCsvFile(const QString &path, const CsvLimits &limits = {});

/// The bytes of the file at `path`, as readCsvFile() reads them: counted as they arrive, refused
/// past limits.maxFileBytes.
Result<QByteArray> readCsvBytes(const QString &path, const CsvLimits &limits = {});

/// A CSV file read one row at a time, with the cells readCsv() gives: what readCsv() finds out
/// about the whole text (encoding, binary data, separator, the header, that a row follows it) is
/// found out by open(); a row past a limit, or a quote never closed, is refused when reached.
class CsvRowStream final {
public:
    static Result<CsvRowStream> open(const QByteArray &bytes, const CsvLimits &limits = {});
    ~CsvRowStream();
    CsvRowStream(CsvRowStream &&) noexcept;
    CsvRowStream &operator=(CsvRowStream &&) noexcept;

    /// The header, separator and encoding; no rows.
    const CsvTable &table() const { return m_table; }
    /// Reads the next row that is not blank into `row`; false after the last.
    Result<bool> next(CsvRecord &row);
    /// The rows next() gave so far.
    qsizetype rowsRead() const { return m_rows; }

private:
    CsvRowStream();

    CsvTable m_table;
    std::unique_ptr<CsvSplitter> m_splitter;
    std::optional<CsvRecord> m_first; ///< read by open(), to know that the file has a row
    qsizetype m_rows = 0;
};

/// True when `error` is readCsv() refusing text that is not in the encoding it took: the
/// person can read the file again with the encoding chosen (CsvLimits::encoding).
bool needsEncodingChoice(const Error &error);

/// "comma", "semicolon" or "tab", for messages.
QString separatorName(QChar separator);
/// "UTF-8", "UTF-16" or "Windows-1252", for messages.
QString encodingName(TextEncoding encoding);
/// The encoding named "utf-8", "utf-16" or "windows-1252" (any case; also "utf8", "utf16",
/// "cp1252"), as the command line's --encoding takes it.
std::optional<TextEncoding> textEncodingFromName(const QString &name);

} // namespace rls
