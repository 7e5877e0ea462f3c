// SPDX-License-Identifier: GPL-3.0-or-later
// The layer order is written once, in docs/architecture.md; this test holds every include in
// app/ and core/ to it, so an upward include fails the tests rather than waiting for a reviewer.
#include <QDir>
#include <QDirIterator>
#include <QFile>
#include <QMap>
#include <QRegularExpression>

#include <gtest/gtest.h>

#include <ostream>

namespace {

const QString SourceDir = QStringLiteral(RLSDIARY_SOURCE_DIR);
// Both are on the include path, so "log/logpage.h" may live under either of them.
const QStringList IncludeRoots = {QStringLiteral("app"), QStringLiteral("core")};

/// The layers block, top line first; each line lists peers, e.g. {"app/log", "app/trends"}.
struct Layers {
    QList<QStringList> lines;

    /// The 0-based line of `unit`, or -1 when the block does not list it.
    int lineOf(const QString &unit) const
    {
        for (qsizetype i = 0; i < lines.size(); ++i) {
            if (lines.at(i).contains(unit))
                return int(i);
        }
        return -1;
    }
    qsizetype unitCount() const
    {
        qsizetype n = 0;
        for (const QStringList &line : lines)
            n += line.size();
        return n;
    }
};

/// One `#include "..."` line of a source file.
struct Include {
    QString file; ///< relative to the source dir, e.g. "app/log/logpage.cpp"
    int line = 0;
    QString target; ///< as written, e.g. "session/diarycontext.h"
};

/// What the check needs to know about the source tree.
struct Tree {
    QMap<QString, QStringList> rootsOfFolder; ///< "log" -> {"app"}: where a folder name exists
    QStringList units; ///< every folder holding sources ("app/log"), and sources at a root ("app/main.cpp")
    QList<Include> includes;
};

/// Reads the first ```layers fenced block of a markdown text.
Layers parseLayers(const QString &markdown)
{
    Layers layers;
    bool inside = false;
    const QStringList lines = markdown.split(u'\n');
    for (const QString &raw : lines) {
        const QString line = raw.trimmed();
        if (!inside) {
            inside = line == u"```layers";
            continue;
        }
        if (line.startsWith(u"```"))
            break;
        if (!line.isEmpty())
            layers.lines.append(line.split(u' ', Qt::SkipEmptyParts));
    }
    return layers;
}

QString readFile(const QString &path)
{
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly | QIODevice::Text))
        return {};
    return QString::fromUtf8(f.readAll());
}

/// The layer a source file belongs to: the folder under its root ("app/log" for
/// "app/log/nightform.cpp", also for anything deeper), or the file itself when it sits at the root.
QString unitOf(const QString &file)
{
    const QStringList parts = file.split(u'/');
    return parts.size() > 2 ? parts.at(0) + u'/' + parts.at(1) : file;
}

Tree scanTree(const QString &sourceDir)
{
    static const QRegularExpression includeLine(QStringLiteral(R"re(^\s*#\s*include\s*"([^"]+)")re"));
    Tree tree;
    const QDir top(sourceDir);
    for (const QString &root : IncludeRoots) {
        const QDir rootDir(top.filePath(root));
        for (const QString &folder : rootDir.entryList(QDir::Dirs | QDir::NoDotAndDotDot))
            tree.rootsOfFolder[folder].append(root);
        QDirIterator it(rootDir.path(), {QStringLiteral("*.h"), QStringLiteral("*.cpp")}, QDir::Files,
            QDirIterator::Subdirectories);
        while (it.hasNext()) {
            const QString file = top.relativeFilePath(it.next());
            if (!tree.units.contains(unitOf(file)))
                tree.units.append(unitOf(file));
            const QStringList lines = readFile(it.filePath()).split(u'\n');
            for (qsizetype i = 0; i < lines.size(); ++i) {
                const auto match = includeLine.match(lines.at(i));
                if (match.hasMatch())
                    tree.includes.append({file, int(i + 1), match.captured(1)});
            }
        }
    }
    tree.units.sort();
    return tree;
}

/// Every way the tree breaks the layer order, one readable sentence each.
QStringList problems(const Layers &layers, const Tree &tree)
{
    QStringList found;
    for (auto it = tree.rootsOfFolder.cbegin(); it != tree.rootsOfFolder.cend(); ++it) {
        if (it.value().size() > 1)
            found.append(QStringLiteral("The folder name \"%1\" exists under both %2: an include of \"%1/...\" "
                                        "would be ambiguous. Rename one of them.")
                             .arg(it.key(), it.value().join(QStringLiteral("/ and ")) + u'/'));
    }
    for (const QString &unit : tree.units) {
        if (layers.lineOf(unit) < 0)
            found.append(QStringLiteral("%1 holds sources but is not in the layers block of docs/architecture.md; "
                                        "add it to the line where it belongs.")
                             .arg(unit));
    }
    for (const Include &inc : tree.includes) {
        const QString where = QStringLiteral("%1:%2: #include \"%3\"").arg(inc.file).arg(inc.line).arg(inc.target);
        const QString folder = inc.target.section(u'/', 0, 0);
        const QStringList roots = tree.rootsOfFolder.value(folder);
        if (!inc.target.contains(u'/') || roots.isEmpty()) {
            found.append(QStringLiteral("%1 names no folder under %2; write it as \"folder/file.h\".")
                             .arg(where, IncludeRoots.join(QStringLiteral("/ or ")) + u'/'));
            continue;
        }
        if (roots.size() > 1)
            continue; // reported once above
        const QString from = unitOf(inc.file);
        const QString to = roots.first() + u'/' + folder;
        const int fromLine = layers.lineOf(from);
        const int toLine = layers.lineOf(to);
        if (from == to || fromLine < 0 || toLine < 0 || toLine > fromLine)
            continue; // own folder, downward, or an unlisted folder (reported above)
        if (toLine == fromLine)
            found.append(QStringLiteral("%1: %2 may not include %3; they are peers on line %4 of the layers block.")
                             .arg(where, from, to)
                             .arg(fromLine + 1));
        else
            found.append(QStringLiteral("%1 goes up: %2 (line %3 of the layers block) may not include %4 (line %5).")
                             .arg(where, from)
                             .arg(fromLine + 1)
                             .arg(to)
                             .arg(toLine + 1));
    }
    return found;
}

Layers documentedLayers()
{
    return parseLayers(readFile(SourceDir + QStringLiteral("/docs/architecture.md")));
}

} // namespace

/// Lets GoogleTest print QStrings as text in failure messages.
void PrintTo(const QString &s, std::ostream *os)
{
    *os << '"' << s.toStdString() << '"';
}

TEST(Layers, architectureDocument_listsTheLayersTopToBottom)
{
    const Layers layers = documentedLayers();
    // An emptied or renamed block must not let the include check pass with nothing to check.
    ASSERT_GE(layers.lines.size(), 8) << "no ```layers block with the layers in docs/architecture.md";
    const QStringList expected = {QStringLiteral("app/main.cpp"), QStringLiteral("app/shell"),
        QStringLiteral("app/session"), QStringLiteral("core/storage"), QStringLiteral("core/model")};
    for (const QString &unit : expected)
        EXPECT_GE(layers.lineOf(unit), 0) << unit.toStdString() << " is missing from the layers block";
    EXPECT_LT(layers.lineOf(QStringLiteral("app/main.cpp")), layers.lineOf(QStringLiteral("app/shell")));
    EXPECT_LT(layers.lineOf(QStringLiteral("app/session")), layers.lineOf(QStringLiteral("core/storage")));
    QStringList seen;
    for (const QStringList &line : layers.lines) {
        for (const QString &unit : line) {
            EXPECT_FALSE(seen.contains(unit)) << unit.toStdString() << " is listed twice";
            seen.append(unit);
        }
    }
}

TEST(Layers, everyIncludeInAppAndCore_goesToItsOwnFolderOrALowerLine)
{
    const Layers layers = documentedLayers();
    ASSERT_GE(layers.unitCount(), 10);
    const Tree tree = scanTree(SourceDir);
    ASSERT_GE(tree.units.size(), 10) << "found too few source folders under " << SourceDir.toStdString();
    ASSERT_GE(tree.includes.size(), 100) << "found too few includes to have checked anything";
    for (const QString &problem : problems(layers, tree))
        ADD_FAILURE() << problem.toStdString();
}

TEST(Layers, check_reportsUpwardPeerUnlistedAndAmbiguousIncludes)
{
    const Layers layers = parseLayers(QStringLiteral("text\n```layers\napp/top\napp/a app/b\n\napp/low\n```\n"
                                                     "```layers\napp/ignored\n```\n"));
    ASSERT_EQ(layers.lines.size(), 3);
    EXPECT_EQ(layers.lines.at(1), (QStringList {QStringLiteral("app/a"), QStringLiteral("app/b")}));
    Tree tree;
    for (const char *folder : {"top", "a", "b", "low", "extra"})
        tree.rootsOfFolder[QString::fromLatin1(folder)] = {QStringLiteral("app")};
    tree.rootsOfFolder[QStringLiteral("io")] = {QStringLiteral("app"), QStringLiteral("core")};
    tree.units = {QStringLiteral("app/top"), QStringLiteral("app/a"), QStringLiteral("app/b"),
        QStringLiteral("app/low"), QStringLiteral("app/extra")};
    tree.includes = {
        {QStringLiteral("app/top/t.cpp"), 3, QStringLiteral("a/a.h")}, // down: fine
        {QStringLiteral("app/a/a.cpp"), 4, QStringLiteral("a/a.h")}, // own folder: fine
        {QStringLiteral("app/a/a.cpp"), 5, QStringLiteral("low/l.h")}, // down two: fine
        {QStringLiteral("app/low/l.cpp"), 6, QStringLiteral("top/t.h")}, // up
        {QStringLiteral("app/a/a.cpp"), 7, QStringLiteral("b/b.h")}, // peer
        {QStringLiteral("app/a/a.cpp"), 8, QStringLiteral("nowhere/n.h")}, // unknown folder
        {QStringLiteral("app/a/a.cpp"), 9, QStringLiteral("io/x.h")}, // ambiguous: reported once
    };
    const QStringList expected = {
        QStringLiteral("The folder name \"io\" exists under both app/ and core/: an include of \"io/...\" would be "
                       "ambiguous. Rename one of them."),
        QStringLiteral("app/extra holds sources but is not in the layers block of docs/architecture.md; add it to "
                       "the line where it belongs."),
        QStringLiteral("app/low/l.cpp:6: #include \"top/t.h\" goes up: app/low (line 3 of the layers block) may not "
                       "include app/top (line 1)."),
        QStringLiteral("app/a/a.cpp:7: #include \"b/b.h\": app/a may not include app/b; they are peers on line 2 of "
                       "the layers block."),
        QStringLiteral("app/a/a.cpp:8: #include \"nowhere/n.h\" names no folder under app/ or core/; write it as "
                       "\"folder/file.h\"."),
    };
    EXPECT_EQ(problems(layers, tree), expected);
}
