// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// Reads back what a spreadsheet (.xlsx) holds, the way a spreadsheet program would: the XML
// parts inside the zip, taken out with `unzip -p`. Only what the tests look at.

#include <QHash>
#include <QProcess>
#include <QRegularExpression>
#include <QString>
#include <QStringList>
#include <QXmlStreamReader>

namespace rls::test {

/// The bytes of `member` inside the zip at `path` (empty when it is not there).
inline QByteArray unzipMember(const QString &path, const QString &member)
{
    QProcess p;
    p.start(QStringLiteral("unzip"), {QStringLiteral("-p"), path, member});
    if (!p.waitForFinished(60000) || p.exitCode() != 0)
        return {};
    return p.readAllStandardOutput();
}

/// True when `unzip` can be run here.
inline bool haveUnzip()
{
    QProcess p;
    p.start(QStringLiteral("unzip"), {QStringLiteral("-v")});
    return p.waitForFinished(10000) && p.exitStatus() == QProcess::NormalExit && p.exitCode() == 0;
}

/// One cell as written in the sheet's XML.
struct XlsxCell {
    QString type; ///< the t attribute: "s" shared string, "str", "b", "" for a number
    int style = 0; ///< the s attribute: index into styles.xml's cellXfs
    QString value; ///< the <v> text: a number, or for "s" the shared string's index
    bool formula = false; ///< an <f> element
};

/// A workbook read back: sheet names in order, shared strings, number formats of the styles.
class XlsxBook {
public:
    explicit XlsxBook(const QString &path)
        : m_path(path)
    {
        QXmlStreamReader book(unzipMember(path, QStringLiteral("xl/workbook.xml")));
        while (!book.atEnd()) {
            book.readNext();
            if (book.isStartElement() && book.name() == u"sheet")
                m_sheets.append(book.attributes().value(QStringLiteral("name")).toString());
        }
        readStrings();
        readStyles();
    }

    QStringList sheetNames() const { return m_sheets; }
    /// The raw XML of the sheet named `name`.
    QByteArray sheetXml(const QString &name) const
    {
        const qsizetype i = m_sheets.indexOf(name);
        return unzipMember(m_path, QStringLiteral("xl/worksheets/sheet%1.xml").arg(i + 1));
    }
    /// Every cell of a sheet by its reference ("A2").
    QHash<QString, XlsxCell> cells(const QString &sheet) const
    {
        QHash<QString, XlsxCell> out;
        QXmlStreamReader x(sheetXml(sheet));
        QString ref;
        while (!x.atEnd()) {
            x.readNext();
            if (!x.isStartElement())
                continue;
            if (x.name() == u"c") {
                ref = x.attributes().value(QStringLiteral("r")).toString();
                out[ref] = {x.attributes().value(QStringLiteral("t")).toString(),
                    x.attributes().value(QStringLiteral("s")).toInt(), {}, false};
            } else if (x.name() == u"v") {
                out[ref].value = x.readElementText();
            } else if (x.name() == u"f") {
                out[ref].formula = true;
            }
        }
        return out;
    }
    /// The text of a shared-string cell.
    QString text(const XlsxCell &c) const { return c.type == u"s" ? m_strings.value(c.value.toInt()) : QString(); }
    /// The number format code of a cell's style ("yyyy-mm-dd"), empty for General.
    QString numberFormat(const XlsxCell &c) const { return m_formats.value(m_xfFormats.value(c.style)); }
    /// The column letters of the header cell (row 1) whose text is `title`; empty when none is.
    QString column(const QHash<QString, XlsxCell> &cells, const QString &title) const
    {
        for (auto it = cells.cbegin(); it != cells.cend(); ++it) {
            static const QRegularExpression row1(QStringLiteral("^([A-Z]+)1$"));
            const auto m = row1.match(it.key());
            if (m.hasMatch() && text(it.value()) == title)
                return m.captured(1);
        }
        return {};
    }

private:
    void readStrings()
    {
        QXmlStreamReader x(unzipMember(m_path, QStringLiteral("xl/sharedStrings.xml")));
        while (!x.atEnd()) {
            x.readNext();
            if (x.isStartElement() && x.name() == u"si")
                m_strings.append(QString());
            else if (x.isStartElement() && x.name() == u"t" && !m_strings.isEmpty())
                m_strings.last() += x.readElementText();
        }
    }
    void readStyles()
    {
        QXmlStreamReader x(unzipMember(m_path, QStringLiteral("xl/styles.xml")));
        bool inCellXfs = false;
        while (!x.atEnd()) {
            x.readNext();
            if (x.isStartElement() && x.name() == u"numFmt")
                m_formats.insert(x.attributes().value(QStringLiteral("numFmtId")).toInt(),
                    x.attributes().value(QStringLiteral("formatCode")).toString());
            else if (x.isStartElement() && x.name() == u"cellXfs")
                inCellXfs = true;
            else if (x.isEndElement() && x.name() == u"cellXfs")
                inCellXfs = false;
            else if (inCellXfs && x.isStartElement() && x.name() == u"xf")
                m_xfFormats.append(x.attributes().value(QStringLiteral("numFmtId")).toInt());
        }
    }

    QString m_path;
    QStringList m_sheets;
    QStringList m_strings;
    QHash<int, QString> m_formats;
    QList<int> m_xfFormats;
};

} // namespace rls::test
