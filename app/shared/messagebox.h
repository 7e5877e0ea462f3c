// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QMessageBox>

#include <utility>

namespace rls {

/// Asks a person a question in a modal message box. Tests call setNextAnswer() first, so the
/// next question returns that answer at once instead of waiting for a click that never comes.
class MessageBox final {
public:
    using Button = QMessageBox::StandardButton;
    using Buttons = QMessageBox::StandardButtons;

    MessageBox() = delete;

    /// A question (e.g. "Delete this lab result?"); returns the button the person chose.
    static Button question(QWidget *parent, const QString &title, const QString &text,
        Buttons buttons = Buttons(QMessageBox::Yes | QMessageBox::No), Button defaultButton = QMessageBox::NoButton);
    /// Something to read, with an OK button (e.g. how to read the insights).
    static void information(QWidget *parent, const QString &title, const QString &text);
    /// A warning with a choice (e.g. save, discard or cancel unsaved changes).
    static Button warning(QWidget *parent, const QString &title, const QString &text, Buttons buttons = QMessageBox::Ok,
        Button defaultButton = QMessageBox::NoButton);

    /// A warning whose buttons say what they do (e.g. "Reload" and "Keep mine"): each choice is
    /// a standard button, so tests answer it with setNextAnswer(), shown with its own words.
    static Button choose(QWidget *parent, const QString &title, const QString &text,
        const QList<std::pair<Button, QString>> &choices, Button defaultButton);

    /// For tests: the next question or warning returns `answer` without showing anything.
    /// Used once, then message boxes show again. Also forgets lastText(), so that a test sees
    /// only what it asked itself.
    static void setNextAnswer(Button answer);
    /// For tests: the text of the last question or warning, whether a person or setNextAnswer()
    /// answered it, to check what the person was told.
    static QString lastText();

private:
    static Button ask(QMessageBox::Icon icon, QWidget *parent, const QString &title, const QString &text,
        Buttons buttons, Button defaultButton, const QList<std::pair<Button, QString>> &texts = {});
};

} // namespace rls
