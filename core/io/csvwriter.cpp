// SPDX-License-Identifier: GPL-3.0-or-later
#include "io/csvwriter.h"

#include <algorithm>

namespace rls {
namespace {

bool startsFormula(QChar c)
{
    return c == u'=' || c == u'+' || c == u'-' || c == u'@' || c == u'\t' || c == u'\r';
}

bool isAscii(QByteArrayView value)
{
    return std::all_of(value.cbegin(), value.cend(), [](char c) { return static_cast<unsigned char>(c) < 0x80; });
}

bool needsQuotes(char c)
{
    return c == ',' || c == '"' || static_cast<unsigned char>(c) < 0x20 || c == 0x7F;
}

} // namespace

bool looksLikeFormula(const QString &text)
{
    // "'=x" must be guarded too: otherwise reading it back would strip an apostrophe the
    // person typed, and export -> import -> export would not give the same bytes.
    qsizetype i = 0;
    while (i < text.size() && text.at(i) == u'\'')
        ++i;
    return i < text.size() && startsFormula(text.at(i));
}

QString guardFormula(const QString &text)
{
    return looksLikeFormula(text) ? QStringLiteral("'") + text : text;
}

QString unguardFormula(const QString &text)
{
    if (text.startsWith(u'\'') && looksLikeFormula(text.mid(1)))
        return text.mid(1);
    return text;
}

CsvWriter::CsvWriter()
{
    m_bytes.append("\xEF\xBB\xBF");
}

CsvWriter &CsvWriter::text(const QString &value)
{
    cell(guardFormula(value));
    return *this;
}

CsvWriter &CsvWriter::plain(const QString &value)
{
    cell(value);
    return *this;
}

CsvWriter &CsvWriter::textUtf8(QByteArrayView value)
{
    // Beyond ASCII the text goes the way of text(), so that every byte stays as it wrote it.
    if (!isAscii(value))
        return text(QString::fromUtf8(value));
    qsizetype i = 0;
    while (i < value.size() && value.at(i) == '\'')
        ++i;
    cellUtf8(value, i < value.size() && startsFormula(QChar::fromLatin1(value.at(i))));
    return *this;
}

CsvWriter &CsvWriter::plainUtf8(QByteArrayView value)
{
    if (!isAscii(value))
        return plain(QString::fromUtf8(value));
    cellUtf8(value, false);
    return *this;
}

void CsvWriter::endRow()
{
    m_bytes.append("\r\n");
    m_rowStarted = false;
}

void CsvWriter::cell(const QString &value)
{
    if (m_rowStarted)
        m_bytes.append(',');
    m_rowStarted = true;
    // A control character (a vertical tab in a note) is quoted too: the reader counts those
    // outside quotes as signs of a binary file.
    const bool quote = std::any_of(value.cbegin(), value.cend(),
        [](QChar c) { return c == u',' || c == u'"' || c.unicode() < 0x20 || c.unicode() == 0x7F; });
    if (!quote) {
        m_bytes.append(value.toUtf8());
        return;
    }
    QString escaped = value;
    escaped.replace(u'"', QStringLiteral("\"\""));
    m_bytes.append('"').append(escaped.toUtf8()).append('"');
}

// cell() for ASCII: `guard` puts guardFormula()'s apostrophe in front.
void CsvWriter::cellUtf8(QByteArrayView value, bool guard)
{
    if (m_rowStarted)
        m_bytes.append(',');
    m_rowStarted = true;
    const bool quote = std::any_of(value.cbegin(), value.cend(), needsQuotes);
    if (quote)
        m_bytes.append('"');
    if (guard)
        m_bytes.append('\'');
    if (!quote) {
        m_bytes.append(value);
        return;
    }
    for (const char c : value) {
        if (c == '"')
            m_bytes.append('"');
        m_bytes.append(c);
    }
    m_bytes.append('"');
}

} // namespace rls
