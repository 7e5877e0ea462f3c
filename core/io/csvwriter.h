// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QByteArrayView>
#include <QString>
#include <QStringList>

namespace rls {

/// True when a spreadsheet could run `text` as a formula: it starts with = + - @, a tab or a
/// carriage return, or with an apostrophe guarding such a text (so that guarding is reversible).
bool looksLikeFormula(const QString &text);

/// Neutralises a text cell as OWASP advises against CSV injection: a leading apostrophe makes
/// Excel and LibreOffice show the text instead of running it. Other text is returned as is.
QString guardFormula(const QString &text);

/// Reverses guardFormula(): removes the apostrophe it added, and only that one.
QString unguardFormula(const QString &text);

/// Writes RFC 4180 CSV: comma separated, CRLF line ends, UTF-8 with a byte-order mark (so
/// Excel on Windows reads accents), cells quoted when they hold a comma, a quote, a line break
/// or another control character.
class CsvWriter final {
public:
    CsvWriter();

    /// Adds a text cell to the current row; it is guarded against formulas.
    CsvWriter &text(const QString &value);
    /// Adds a cell already formatted as a number, date or time: written exactly as given.
    CsvWriter &plain(const QString &value);
    /// text() of a value given as UTF-8, as SQLite holds it: the same bytes, without a QString for
    /// the common case of ASCII.
    CsvWriter &textUtf8(QByteArrayView value);
    /// plain() of a value given as UTF-8.
    CsvWriter &plainUtf8(QByteArrayView value);
    /// Ends the current row.
    void endRow();

    /// Every byte written so far, starting with the byte-order mark.
    const QByteArray &bytes() const { return m_bytes; }

    /// Makes room for `bytes` more bytes.
    void reserve(qsizetype bytes) { m_bytes.reserve(m_bytes.size() + bytes); }

private:
    void cell(const QString &value);
    void cellUtf8(QByteArrayView value, bool guard);

    QByteArray m_bytes;
    bool m_rowStarted = false;
};

} // namespace rls
