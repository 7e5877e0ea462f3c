// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "model/result.h"

#include <QByteArray>
#include <QList>
#include <QString>
#include <QStringList>

namespace rls {

/// How much a CSV file may hold before it is refused as not a diary: a diary of ten years is
/// a few megabytes, so these leave room while keeping a wrong file from eating the memory.
struct CsvLimits {
    qint64 maxFileBytes = 64ll * 1024 * 1024;
    qsizetype maxRecordChars = 1024 * 1024; ///< one row, including a long multi-line note
    qsizetype maxRows = 500000;
    qsizetype maxColumns = 500;
};

/// The text encodings the reader tells apart.
enum class TextEncoding { Utf8, Utf16, Windows1252 };

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
/// double-quoted cells with "" escapes and line breaks, any line ending, a byte-order mark,
/// UTF-8, UTF-16 with a byte-order mark, or Windows-1252 when the bytes are not UTF-8.
/// Refuses with a message naming the problem (and its line, when there is one): an empty
/// file, a header without rows, binary data or a spreadsheet workbook, a quote never closed,
/// a row or file beyond `limits`.
Result<CsvTable> readCsv(const QByteArray &bytes, const CsvLimits &limits = {});

/// Reads the file at `path` with readCsv(), refusing files above limits.maxFileBytes unread.
Result<CsvTable> readCsvFile(const QString &path, const CsvLimits &limits = {});

/// "comma", "semicolon" or "tab", for messages.
QString separatorName(QChar separator);
/// "UTF-8", "UTF-16" or "Windows-1252", for messages.
QString encodingName(TextEncoding encoding);

} // namespace rls
