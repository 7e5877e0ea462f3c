// SPDX-License-Identifier: GPL-3.0-or-later
// Issue 14: what a Linux desktop reads about the app (the launcher, the AppStream metainfo,
// the icons) passes the validators that menus and software centres hold it to, names the same
// app throughout, and speaks of the version being built.
#include "tools.h"

#include <QDate>
#include <QFile>
#include <QMap>
#include <QXmlStreamReader>

#include <gtest/gtest.h>

using rls::test::runTool;
using rls::test::ToolRun;

namespace {

const QString AppId = QStringLiteral("org.rlsdiary.RLSDiary");
const QList<int> IconSizes = {16, 24, 32, 48, 64, 128, 256};

QString resource(const QString &name)
{
    return QStringLiteral(RLSDIARY_SOURCE_DIR "/resources/") + name;
}

QString metainfoPath()
{
    return resource(AppId + QStringLiteral(".metainfo.xml"));
}

QString launcherPath()
{
    return resource(AppId + QStringLiteral(".desktop"));
}

/// What the metainfo says, as far as these tests look.
struct Metainfo {
    QString id;
    QString launchable;
    QStringList releaseVersions; ///< newest first, as AppStream lists them
    QStringList releaseDates;
    QString parseError;
};

Metainfo readMetainfo()
{
    Metainfo info;
    QFile file(metainfoPath());
    if (!file.open(QIODevice::ReadOnly)) {
        info.parseError = file.errorString();
        return info;
    }
    QXmlStreamReader xml(&file);
    while (!xml.atEnd()) {
        if (xml.readNext() != QXmlStreamReader::StartElement)
            continue;
        const QStringView name = xml.name();
        if (name == u"id") {
            info.id = xml.readElementText();
        } else if (name == u"launchable") {
            info.launchable = xml.readElementText();
        } else if (name == u"release") {
            info.releaseVersions.append(xml.attributes().value(QLatin1StringView("version")).toString());
            info.releaseDates.append(xml.attributes().value(QLatin1StringView("date")).toString());
        }
    }
    if (xml.hasError())
        info.parseError = xml.errorString();
    return info;
}

/// The keys of the launcher's [Desktop Entry] group and their values.
QMap<QString, QString> readLauncher()
{
    QFile file(launcherPath());
    if (!file.open(QIODevice::ReadOnly | QIODevice::Text))
        return {};
    QMap<QString, QString> entry;
    bool inEntry = false;
    const QStringList lines = QString::fromUtf8(file.readAll()).split(u'\n');
    for (const QString &line : lines) {
        if (line.startsWith(u'['))
            inEntry = line == u"[Desktop Entry]";
        else if (inEntry && !line.startsWith(u'#') && line.contains(u'='))
            entry.insert(line.section(u'=', 0, 0).trimmed(), line.section(u'=', 1).trimmed());
    }
    return entry;
}

/// The width and height a PNG file's header gives, or {0, 0} when it is no PNG.
std::pair<int, int> pngSize(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return {0, 0};
    // The 8-byte signature, then the IHDR chunk: length (4), "IHDR" (4), width (4), height (4).
    const QByteArray head = file.read(24);
    if (head.size() < 24 || !head.startsWith("\x89PNG\r\n\x1a\n") || head.mid(12, 4) != "IHDR")
        return {0, 0};
    const auto bigEndian = [&head](int at) {
        return int(
            (uchar(head[at]) << 24) | (uchar(head[at + 1]) << 16) | (uchar(head[at + 2]) << 8) | uchar(head[at + 3]));
    };
    return {bigEndian(16), bigEndian(20)};
}

} // namespace

TEST(DesktopFiles, theMetainfo_passesAppstreamValidation)
{
    // --no-net: the screenshots' addresses are not fetched, so the test needs no network.
    const ToolRun run = runTool(QStringLiteral("appstreamcli"), QStringLiteral("appstream"),
        {QStringLiteral("validate"), QStringLiteral("--no-net"), metainfoPath()});
    ASSERT_TRUE(run.missing.isEmpty()) << run.missing.toStdString();
    EXPECT_EQ(run.code, 0) << run.said();
}

TEST(DesktopFiles, theLauncher_passesDesktopFileValidate)
{
    const ToolRun run
        = runTool(QStringLiteral("desktop-file-validate"), QStringLiteral("desktop-file-utils"), {launcherPath()});
    ASSERT_TRUE(run.missing.isEmpty()) << run.missing.toStdString();
    EXPECT_EQ(run.code, 0) << run.said();
    // It exits 0 on warnings too; a warning is something a desktop may get wrong.
    EXPECT_FALSE(run.out.contains(QStringLiteral("warning:")) || run.err.contains(QStringLiteral("warning:")))
        << run.said();
}

TEST(DesktopFiles, theMetainfosNewestRelease_isTheVersionBeingBuilt)
{
    const Metainfo info = readMetainfo();
    ASSERT_TRUE(info.parseError.isEmpty()) << info.parseError.toStdString();
    ASSERT_FALSE(info.releaseVersions.isEmpty()) << "the metainfo lists no release";
    EXPECT_EQ(info.releaseVersions.first().toStdString(), RLSDIARY_VERSION)
        << "a new version in CMakeLists.txt needs a new <release> at the top of the metainfo's <releases>";
    EXPECT_TRUE(QDate::fromString(info.releaseDates.first(), Qt::ISODate).isValid())
        << info.releaseDates.first().toStdString();
}

TEST(DesktopFiles, theLauncherMetainfoAndIcon_nameTheSameApp)
{
    const Metainfo info = readMetainfo();
    ASSERT_TRUE(info.parseError.isEmpty()) << info.parseError.toStdString();
    EXPECT_EQ(info.id.toStdString(), AppId.toStdString());
    EXPECT_EQ(info.launchable.toStdString(), AppId.toStdString() + ".desktop");

    const QMap<QString, QString> launcher = readLauncher();
    ASSERT_FALSE(launcher.isEmpty()) << "no [Desktop Entry] in " << launcherPath().toStdString();
    EXPECT_EQ(launcher.value(QStringLiteral("Icon")).toStdString(), AppId.toStdString());
    EXPECT_EQ(launcher.value(QStringLiteral("Exec")).toStdString(), "rls-diary");
}

TEST(DesktopFiles, everyIconSize_isAPngOfThatSize)
{
    for (const int size : IconSizes) {
        const QString path = resource(QStringLiteral("icons/hicolor/%1x%1/apps/%2.png").arg(size).arg(AppId));
        EXPECT_EQ(pngSize(path), std::make_pair(size, size)) << path.toStdString();
    }
}
