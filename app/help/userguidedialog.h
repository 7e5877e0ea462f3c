// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDialog>

class QTextBrowser;
class QUrl;

namespace rls {

/// Help > User Guide: docs/user-guide.md, compiled into the app, shown as formatted text in a
/// window that can stay open beside the diary. A link to one of its headings scrolls there, a web
/// link opens in the browser, and a link to another file of the source folder (which an installed
/// app does not have) is shown as plain text.
class UserGuideDialog final : public QDialog {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(UserGuideDialog)

public:
    explicit UserGuideDialog(QWidget *parent = nullptr);

    /// Brings the parent's guide window to the front, opening it the first time.
    static UserGuideDialog *showFor(QWidget *parent);
    /// The guide as written, in Markdown.
    static QString markdown();
    /// The anchor a heading gets, as GitHub makes it: "Tags and a note" -> "tags-and-a-note".
    static QString anchorFor(const QString &heading);

    QTextBrowser *browser() const { return m_browser; }
    /// Follows a link of the guide as a click on it does.
    void follow(const QUrl &url);

protected:
    /// Lays the guide out again in the new colours when the look changes while it is open.
    void changeEvent(QEvent *event) override;

private:
    void render();

    QTextBrowser *m_browser = nullptr;
};

} // namespace rls
