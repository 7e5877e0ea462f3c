// SPDX-License-Identifier: GPL-3.0-or-later
// Issue 14: `cpack` makes a .deb that installs the app and what a desktop needs to know about it
// (launcher, metainfo, every icon), nothing else, and depends on the package of every library
// the binary and its window library link; unpacked, the binary runs and opens its window. The
// package is made once, from this build folder, into a temporary folder, and unpacked there with `dpkg -x`: the tree
// apt would lay out under /.
#include "tools.h"

#include <QDir>
#include <QDirIterator>
#include <QMap>
#include <QRegularExpression>
#include <QSet>
#include <QTemporaryDir>

#include <gtest/gtest.h>

#include <algorithm>
#include <memory>
#include <string>

using rls::test::runTool;
using rls::test::ToolRun;

namespace {

const QString AppId = QStringLiteral("org.rlsdiary.RLSDiary");
const QList<int> IconSizes = {16, 24, 32, 48, 64, 128, 256};

/// The files (not folders) under `root`, relative to it, sorted.
QStringList filesUnder(const QString &root)
{
    QStringList files;
    QDirIterator it(root, QDir::Files | QDir::Hidden | QDir::System, QDirIterator::Subdirectories);
    while (it.hasNext())
        files.append(QDir(root).relativeFilePath(it.next()));
    files.sort();
    return files;
}

/// The package names of a Depends field, without versions: "a (>= 1), b | c" gives a, b, c.
QSet<QString> packageNames(const QString &depends)
{
    QSet<QString> names;
    const QStringList alternatives = depends.split(QRegularExpression(QStringLiteral("[,|]")), Qt::SkipEmptyParts);
    for (const QString &alternative : alternatives)
        names.insert(alternative.section(u'(', 0, 0).trimmed());
    return names;
}

} // namespace

class Package : public ::testing::Test {
protected:
    // Made once for all the tests of the suite: cpack and dpkg -x take a while.
    static void SetUpTestSuite()
    {
        s_work = std::make_unique<QTemporaryDir>();
        if (!s_work->isValid()) {
            s_failure = "no temporary folder";
            return;
        }
        const QString out = s_work->filePath(QStringLiteral("out"));
        const ToolRun cpack = runTool(QStringLiteral(RLSDIARY_CPACK), QStringLiteral("cmake"),
            {QStringLiteral("--config"), QStringLiteral(RLSDIARY_BUILD_DIR "/CPackConfig.cmake"), QStringLiteral("-G"),
                QStringLiteral("DEB"), QStringLiteral("-B"), out});
        if (!cpack.missing.isEmpty() || cpack.code != 0) {
            s_failure = "cpack failed: " + cpack.missing.toStdString() + cpack.said();
            return;
        }
        const QStringList debs = QDir(out).entryList({QStringLiteral("*.deb")}, QDir::Files);
        if (debs.size() != 1) {
            s_failure = "cpack made " + std::to_string(debs.size()) + " .deb files, not one: " + cpack.said();
            return;
        }
        s_deb = QDir(out).filePath(debs.first());
        s_root = s_work->filePath(QStringLiteral("root"));
        const ToolRun unpack
            = runTool(QStringLiteral("dpkg"), QStringLiteral("dpkg"), {QStringLiteral("-x"), s_deb, s_root});
        if (!unpack.missing.isEmpty() || unpack.code != 0)
            s_failure = "dpkg -x failed: " + unpack.missing.toStdString() + unpack.said();
    }
    static void TearDownTestSuite() { s_work.reset(); }

    void SetUp() override
    {
        if (!s_failure.empty())
            GTEST_FAIL() << s_failure;
    }

    /// One field of the package's control file ("Package", "Depends"), or an empty string.
    static QString controlField(const QString &field)
    {
        const ToolRun run
            = runTool(QStringLiteral("dpkg-deb"), QStringLiteral("dpkg"), {QStringLiteral("-f"), s_deb, field});
        return run.code == 0 ? run.out.trimmed() : QString();
    }

    /// Fails unless the package depends on the package of every library `file` names (NEEDED).
    static void expectDependsOnEveryLibraryOf(const QString &file)
    {
        // The libraries the file names (NEEDED), and the installed packages that hold them.
        const ToolRun objdump
            = runTool(QStringLiteral("objdump"), QStringLiteral("binutils"), {QStringLiteral("-p"), file});
        ASSERT_TRUE(objdump.missing.isEmpty()) << objdump.missing.toStdString();
        ASSERT_EQ(objdump.code, 0) << objdump.said();
        QStringList needed;
        const QRegularExpression neededLine(
            QStringLiteral("^\\s*NEEDED\\s+(\\S+)$"), QRegularExpression::MultilineOption);
        for (auto it = neededLine.globalMatch(objdump.out); it.hasNext();)
            needed.append(it.next().captured(1));
        // No package is ever made from the asan preset's binary, and its NEEDED list is not the
        // package's: GCC's sanitizer link step turns --as-needed off, so that binary also names
        // libraries it never calls (libGLX, libOpenGL, libz, through Qt's and libxlsxwriter's link
        // interfaces). The list is checked on the builds a package is made from.
        const auto isSanitizerRuntime
            = [](const QString &library) { return library.startsWith(u"libasan") || library.startsWith(u"libubsan"); };
        if (std::any_of(needed.cbegin(), needed.cend(), isSanitizerRuntime))
            GTEST_SKIP() << "a sanitizer build links every library it is given; no package is made from it";
        ASSERT_GE(needed.size(), 5) << objdump.said();

        QStringList patterns;
        for (const QString &library : std::as_const(needed))
            patterns.append(QStringLiteral("*/") + library);
        // dpkg -S exits 1 when a pattern matches no file; the lines it gives still count.
        const ToolRun owners
            = runTool(QStringLiteral("dpkg"), QStringLiteral("dpkg"), QStringList {QStringLiteral("-S")} + patterns);
        ASSERT_TRUE(owners.missing.isEmpty()) << owners.missing.toStdString();
        QMap<QString, QSet<QString>> ownersOf; // "libQt6Core.so.6" -> {"libqt6core6"}
        const QStringList lines = owners.out.split(u'\n', Qt::SkipEmptyParts);
        for (const QString &line : lines) {
            const qsizetype colon = line.indexOf(QStringLiteral(": "));
            if (line.startsWith(u"diversion ") || colon < 0)
                continue;
            const QString library = line.mid(colon + 2).section(u'/', -1);
            const QStringList packages = line.left(colon).split(QStringLiteral(", "));
            for (const QString &package : packages)
                ownersOf[library].insert(package.section(u':', 0, 0)); // without ":amd64"
        }

        const QSet<QString> depends = packageNames(controlField(QStringLiteral("Depends")));
        for (const QString &library : std::as_const(needed)) {
            const QSet<QString> packages = ownersOf.value(library);
            if (packages.isEmpty()) {
                ADD_FAILURE() << library.toStdString()
                              << " comes from no installed package, so the Depends list cannot name it";
                continue;
            }
            EXPECT_TRUE(packages.intersects(depends))
                << "it links " << library.toStdString() << ", from "
                << QStringList(packages.values()).join(u' ').toStdString()
                << ", which is not in CPACK_DEBIAN_PACKAGE_DEPENDS (cmake/packaging.cmake)";
        }
    }

    static inline std::unique_ptr<QTemporaryDir> s_work;
    static inline std::string s_failure;
    static inline QString s_deb;
    static inline QString s_root;
};

TEST_F(Package, holdsTheAppItsLauncherMetainfoAndEveryIcon_andNothingElse)
{
    QStringList expected = {
        QStringLiteral("usr/bin/rls-diary"),
        // The window, loaded by the binary when a window is asked for (app/windowstart/windowlibrary.h).
        QStringLiteral("usr/lib/rls-diary/librls-diary-window.so"),
        QStringLiteral("usr/share/applications/") + AppId + QStringLiteral(".desktop"),
        QStringLiteral("usr/share/metainfo/") + AppId + QStringLiteral(".metainfo.xml"),
        QStringLiteral("usr/share/icons/hicolor/scalable/apps/") + AppId + QStringLiteral(".svg"),
    };
    for (const int size : IconSizes)
        expected.append(QStringLiteral("usr/share/icons/hicolor/%1x%1/apps/%2.png").arg(size).arg(AppId));
    expected.sort();
    // Anything more (a test program, a benchmark, a header) has an install() rule it should not.
    EXPECT_EQ(filesUnder(s_root).join(u'\n').toStdString(), expected.join(u'\n').toStdString());
}

TEST_F(Package, itsInstalledTree_passesAppstreamValidation)
{
    // validate-tree reads the metainfo where it is installed and checks what it names is there
    // too: the launcher it gives as launchable, in share/applications.
    const ToolRun run = runTool(QStringLiteral("appstreamcli"), QStringLiteral("appstream"),
        {QStringLiteral("validate-tree"), QStringLiteral("--no-net"), s_root});
    ASSERT_TRUE(run.missing.isEmpty()) << run.missing.toStdString();
    EXPECT_EQ(run.code, 0) << run.said();
}

TEST_F(Package, itsControlFields_nameTheAppItsVersionAndThisMachinesArchitecture)
{
    EXPECT_EQ(controlField(QStringLiteral("Package")).toStdString(), "rls-diary");
    EXPECT_EQ(controlField(QStringLiteral("Version")).toStdString(), RLSDIARY_VERSION);
    const ToolRun arch
        = runTool(QStringLiteral("dpkg"), QStringLiteral("dpkg"), {QStringLiteral("--print-architecture")});
    EXPECT_EQ(controlField(QStringLiteral("Architecture")).toStdString(), arch.out.trimmed().toStdString());
    EXPECT_FALSE(controlField(QStringLiteral("Maintainer")).isEmpty());
    EXPECT_TRUE(controlField(QStringLiteral("Description")).contains(QStringLiteral("restless legs")));
}

TEST_F(Package, itsBinary_runsWithoutADisplayAndSaysItsVersion)
{
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.remove(QStringLiteral("DISPLAY"));
    env.remove(QStringLiteral("WAYLAND_DISPLAY"));
    env.insert(QStringLiteral("QT_QPA_PLATFORM"), QStringLiteral("offscreen"));
    const ToolRun run = runTool(s_root + QStringLiteral("/usr/bin/rls-diary"), QStringLiteral("rls-diary"),
        {QStringLiteral("--version")}, env, 60000);
    ASSERT_TRUE(run.missing.isEmpty()) << run.missing.toStdString();
    EXPECT_EQ(run.code, 0) << run.said();
    EXPECT_EQ(run.out.trimmed().toStdString(), "rls-diary " RLSDIARY_VERSION) << run.said();
}

TEST_F(Package, opensItsWindow_fromWhereTheInstallPutsIt)
{
    // The binary finds its window library relative to its own folder: run where dpkg -x laid
    // them out, it shows a demo window's first frame and ends.
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("QT_QPA_PLATFORM"), QStringLiteral("offscreen"));
    QTemporaryDir home;
    ASSERT_TRUE(home.isValid());
    env.insert(QStringLiteral("XDG_CONFIG_HOME"), home.filePath(QStringLiteral("config")));
    env.insert(QStringLiteral("XDG_DATA_HOME"), home.filePath(QStringLiteral("data")));
    const ToolRun run = runTool(s_root + QStringLiteral("/usr/bin/rls-diary"), QStringLiteral("rls-diary"),
        {QStringLiteral("--demo"), QStringLiteral("--demo-nights"), QStringLiteral("30"),
            QStringLiteral("--quit-after-first-frame")},
        env, 60000);
    ASSERT_TRUE(run.missing.isEmpty()) << run.missing.toStdString();
    EXPECT_EQ(run.code, 0) << run.said();
    EXPECT_TRUE(run.err.contains(QStringLiteral("first frame after"))) << run.said();
}

TEST_F(Package, dependsOnThePackageOfEveryLibraryItsProgramsLink)
{
    for (const QString &program :
        {QStringLiteral("usr/bin/rls-diary"), QStringLiteral("usr/lib/rls-diary/librls-diary-window.so")}) {
        SCOPED_TRACE(program.toStdString());
        expectDependsOnEveryLibraryOf(s_root + u'/' + program);
    }
}
