// SPDX-License-Identifier: GPL-3.0-or-later
// The German translation is complete (issue 14): lupdate reads the sources the window's strings
// come from, exactly as the update_translations target does, into a copy of the .ts; a string
// added later without its German, or a German that lost a placeholder, fails here.
#include <QDir>
#include <QFile>
#include <QProcess>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QXmlStreamReader>

#include <gtest/gtest.h>

namespace {

const QString TsFile = QStringLiteral(RLSDIARY_SOURCE_DIR "/resources/translations/rls-diary_de.ts");

struct Message {
    QString context;
    QString source;
    QStringList translations; // one, or one per plural form
    bool unfinished = false;
    bool plural = false;
};

QList<Message> readTs(const QString &path)
{
    QList<Message> out;
    QFile file(path);
    EXPECT_TRUE(file.open(QIODevice::ReadOnly)) << path.toStdString();
    QXmlStreamReader xml(&file);
    QString context;
    Message m;
    while (!xml.atEnd()) {
        xml.readNext();
        if (!xml.isStartElement())
            continue;
        if (xml.name() == u"name") {
            context = xml.readElementText();
        } else if (xml.name() == u"message") {
            m = Message {context, {}, {}, false, xml.attributes().value(QLatin1StringView("numerus")) == u"yes"};
        } else if (xml.name() == u"source") {
            m.source = xml.readElementText();
        } else if (xml.name() == u"translation") {
            const QStringView type = xml.attributes().value(QLatin1StringView("type"));
            m.unfinished = type == u"unfinished" || type == u"vanished" || type == u"obsolete";
            if (!m.plural)
                m.translations.append(xml.readElementText());
            else {
                while (xml.readNextStartElement())
                    m.translations.append(xml.readElementText());
            }
            out.append(m);
        }
    }
    EXPECT_FALSE(xml.hasError()) << xml.errorString().toStdString();
    return out;
}

QStringList translatedSources()
{
    QFile list(QStringLiteral(RLSDIARY_TRANSLATED_SOURCES));
    EXPECT_TRUE(list.open(QIODevice::ReadOnly | QIODevice::Text));
    return QString::fromUtf8(list.readAll()).split(u'\n', Qt::SkipEmptyParts);
}

// The .ts as lupdate makes it from today's sources, merged with the German already there.
QList<Message> updatedCopy(const QTemporaryDir &dir)
{
    const QString copy = dir.filePath(QStringLiteral("rls-diary_de.ts"));
    EXPECT_TRUE(QFile::copy(TsFile, copy));
    QStringList args {QStringLiteral("-silent"), QStringLiteral("-locations"), QStringLiteral("none"),
        QStringLiteral("-no-obsolete"), QStringLiteral("-I"), QStringLiteral(RLSDIARY_SOURCE_DIR "/app"),
        QStringLiteral("-I"), QStringLiteral(RLSDIARY_SOURCE_DIR "/core")};
    args += translatedSources();
    args += {QStringLiteral("-ts"), copy};
    QProcess lupdate;
    lupdate.start(QStringLiteral(RLSDIARY_LUPDATE), args);
    EXPECT_TRUE(lupdate.waitForFinished(120000));
    EXPECT_EQ(lupdate.exitCode(), 0) << lupdate.readAllStandardError().toStdString();
    return readTs(copy);
}

QString shown(const Message &m)
{
    return QStringLiteral("  %1: \"%2\"").arg(m.context, m.source);
}

// The placeholders a text uses: %1 to %99, and %n (a plural's count).
QSet<QString> placeholders(const QString &text)
{
    static const QRegularExpression number(QStringLiteral("%(\\d{1,2}|n)"));
    QSet<QString> out;
    for (const auto &match : number.globalMatch(text))
        out.insert(match.captured(0));
    return out;
}

} // namespace

TEST(GermanTranslation, everyStringTheWindowShowsHasItsGerman)
{
    QTemporaryDir dir;
    ASSERT_TRUE(dir.isValid());
    const QList<Message> messages = updatedCopy(dir);
    ASSERT_GT(messages.size(), 500); // lupdate found the sources
    QStringList missing;
    for (const Message &m : messages) {
        const bool empty
            = std::any_of(m.translations.cbegin(), m.translations.cend(), [](const QString &t) { return t.isEmpty(); });
        if (m.unfinished || m.translations.isEmpty() || empty)
            missing.append(shown(m));
    }
    EXPECT_TRUE(missing.isEmpty()) << missing.size()
                                   << " strings have no German yet: build the update_translations target, "
                                      "translate them in resources/translations/rls-diary_de.ts (Qt Linguist, "
                                      "or by hand) and remove type=\"unfinished\":\n"
                                   << missing.join(u'\n').toStdString();
}

TEST(GermanTranslation, holdsNoStringTheSourcesLost)
{
    QTemporaryDir dir;
    ASSERT_TRUE(dir.isValid());
    const QList<Message> updated = updatedCopy(dir);
    QSet<QString> current;
    for (const Message &m : updated)
        current.insert(m.context + u'\x1f' + m.source);
    QStringList stale;
    for (const Message &m : readTs(TsFile)) {
        if (!current.contains(m.context + u'\x1f' + m.source))
            stale.append(shown(m));
    }
    EXPECT_TRUE(stale.isEmpty()) << "the .ts holds strings no source has any more; build update_translations:\n"
                                 << stale.join(u'\n').toStdString();
}

TEST(GermanTranslation, keepsEveryPlaceholder_andHasBothGermanPluralForms)
{
    QStringList wrong;
    for (const Message &m : readTs(TsFile)) {
        if (m.plural && m.translations.size() != 2)
            wrong.append(shown(m) + QStringLiteral(" needs 2 plural forms (one, more)"));
        for (const QString &t : m.translations) {
            if (!t.isEmpty() && placeholders(t) != placeholders(m.source))
                wrong.append(shown(m) + QStringLiteral(" -> \"%1\"").arg(t));
        }
    }
    EXPECT_TRUE(wrong.isEmpty()) << wrong.join(u'\n').toStdString();
}
