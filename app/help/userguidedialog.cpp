// SPDX-License-Identifier: GPL-3.0-or-later
#include "help/userguidedialog.h"

#include <QDesktopServices>
#include <QDialogButtonBox>
#include <QEvent>
#include <QFile>
#include <QScreen>
#include <QScrollBar>
#include <QTextBlock>
#include <QTextBrowser>
#include <QTextCursor>
#include <QTextDocument>
#include <QTextTable>
#include <QUrl>
#include <QVBoxLayout>

#include <algorithm>

namespace rls {
namespace {

const QString GuideResource = QStringLiteral(":/help/user-guide.md");

bool isInside(const QUrl &url)
{
    return url.scheme().isEmpty() && url.path().isEmpty() && url.hasFragment();
}

bool isOnTheWeb(const QUrl &url)
{
    const QString scheme = url.scheme();
    return scheme == u"https" || scheme == u"http" || scheme == u"mailto";
}

/// Qt's Markdown reader gives headings no anchors: each gets the name GitHub gives it, so the
/// guide's "#keyboard" links work in the app as they do on the web. Sections also get a line of
/// space above them, which the reader leaves out, so that a tired eye finds where one begins.
void shapeHeadings(QTextDocument &document, int lineSpacing)
{
    for (QTextBlock block = document.begin(); block.isValid(); block = block.next()) {
        const int level = block.blockFormat().headingLevel();
        if (level == 0)
            continue;
        QTextCursor cursor(block);
        if (level > 1) {
            QTextBlockFormat spaced;
            spaced.setTopMargin(level == 2 ? lineSpacing : lineSpacing * 0.6);
            cursor.mergeBlockFormat(spaced);
        }
        cursor.movePosition(QTextCursor::EndOfBlock, QTextCursor::KeepAnchor);
        QTextCharFormat anchor;
        anchor.setAnchor(true);
        anchor.setAnchorNames({UserGuideDialog::anchorFor(block.text())});
        cursor.mergeCharFormat(anchor);
    }
}

/// Tables as on the web: thin lines in the palette's colour, room around the words, the full width
/// (Qt's default packs them so tight that a long cell is cut off).
void shapeTables(QTextDocument &document, const QColor &lines, int padding)
{
    for (QTextFrame *frame : document.rootFrame()->childFrames()) {
        auto *table = qobject_cast<QTextTable *>(frame);
        if (!table)
            continue;
        QTextTableFormat format = table->format();
        format.setBorderCollapse(true);
        format.setBorder(1);
        format.setBorderBrush(lines);
        format.setBorderStyle(QTextFrameFormat::BorderStyle_Solid);
        format.setCellPadding(padding);
        format.setCellSpacing(0);
        format.setWidth(QTextLength(QTextLength::PercentageLength, 100));
        table->setFormat(format);
    }
}

/// A link to another file of the source folder ("../README.md") leads nowhere in an installed app:
/// its words stay, as plain text.
void unlinkSourceFiles(QTextDocument &document)
{
    QList<std::pair<int, int>> spans;
    for (QTextBlock block = document.begin(); block.isValid(); block = block.next()) {
        for (auto it = block.begin(); !it.atEnd(); ++it) {
            const QTextFragment fragment = it.fragment();
            const QUrl url(fragment.charFormat().anchorHref());
            if (fragment.charFormat().isAnchor() && !url.isEmpty() && !isInside(url) && !isOnTheWeb(url))
                spans.append({fragment.position(), fragment.position() + fragment.length()});
        }
    }
    for (const auto &[from, to] : spans) {
        QTextCursor cursor(&document);
        cursor.setPosition(from);
        cursor.setPosition(to, QTextCursor::KeepAnchor);
        QTextCharFormat plain = cursor.charFormat();
        plain.setAnchor(false);
        plain.setAnchorHref(QString());
        plain.clearForeground();
        plain.setFontUnderline(false);
        cursor.setCharFormat(plain);
    }
}

} // namespace

UserGuideDialog::UserGuideDialog(QWidget *parent)
    : QDialog(parent)
    , m_browser(new QTextBrowser(this))
{
    setObjectName(QStringLiteral("userGuide"));
    setWindowTitle(tr("RLS Diary User Guide"));
    m_browser->setObjectName(QStringLiteral("userGuideText"));
    m_browser->setAccessibleName(tr("User guide"));
    m_browser->setOpenLinks(false);
    connect(m_browser, &QTextBrowser::anchorClicked, this, &UserGuideDialog::follow);
    render();

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_browser, 1);
    layout->addWidget(buttons);
    m_browser->setFocus(); // the keys scroll the guide at once

    // About 80 characters a line, as tall as the screen allows: long enough to read without
    // scrolling sideways, narrow enough to sit beside the diary.
    const QRect screen = (parent ? parent->screen() : this->screen())->availableGeometry();
    const int width = fontMetrics().horizontalAdvance(QString(80, u'x')) + 96;
    resize(
        std::min(width, screen.width() * 9 / 10), std::min(fontMetrics().lineSpacing() * 56, screen.height() * 9 / 10));
}

UserGuideDialog *UserGuideDialog::showFor(QWidget *parent)
{
    auto *guide = parent ? parent->findChild<UserGuideDialog *>(QString(), Qt::FindDirectChildrenOnly) : nullptr;
    if (!guide) {
        guide = new UserGuideDialog(parent);
        guide->setAttribute(Qt::WA_DeleteOnClose);
    }
    guide->show();
    guide->raise();
    guide->activateWindow();
    return guide;
}

QString UserGuideDialog::markdown()
{
    QFile file(GuideResource);
    if (!file.open(QIODevice::ReadOnly))
        return {};
    return QString::fromUtf8(file.readAll());
}

QString UserGuideDialog::anchorFor(const QString &heading)
{
    QString anchor;
    for (const QChar c : heading.trimmed().toLower()) {
        if (c.isLetterOrNumber() || c == u'-' || c == u'_')
            anchor.append(c);
        else if (c == u' ')
            anchor.append(u'-');
    }
    return anchor;
}

void UserGuideDialog::follow(const QUrl &url)
{
    if (isInside(url))
        m_browser->scrollToAnchor(url.fragment());
    else if (isOnTheWeb(url))
        QDesktopServices::openUrl(url);
}

void UserGuideDialog::changeEvent(QEvent *event)
{
    QDialog::changeEvent(event);
    if (event->type() == QEvent::PaletteChange)
        render();
}

void UserGuideDialog::render()
{
    // The reader colours links with the palette of the moment, so the guide is read again after a
    // change of look; the place in it stays.
    const int position = m_browser->verticalScrollBar()->value();
    QString text = markdown();
    if (text.isEmpty())
        text = tr("The user guide could not be read from the app's resources.");
    m_browser->document()->setDocumentMargin(fontMetrics().height());
    m_browser->setMarkdown(text);
    shapeHeadings(*m_browser->document(), fontMetrics().lineSpacing());
    shapeTables(*m_browser->document(), palette().color(QPalette::Mid), fontMetrics().height() / 4);
    unlinkSourceFiles(*m_browser->document());
    m_browser->verticalScrollBar()->setValue(position);
}

} // namespace rls
