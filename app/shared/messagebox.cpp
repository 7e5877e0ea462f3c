// SPDX-License-Identifier: GPL-3.0-or-later
#include "shared/messagebox.h"

#include <QPushButton>

namespace rls {
namespace {
// Only the GUI thread shows message boxes, so a plain static is enough.
MessageBox::Button nextAnswer = QMessageBox::NoButton;
QString lastAsked;
} // namespace

MessageBox::Button MessageBox::question(
    QWidget *parent, const QString &title, const QString &text, Buttons buttons, Button defaultButton)
{
    return ask(QMessageBox::Question, parent, title, text, buttons, defaultButton);
}

MessageBox::Button MessageBox::warning(
    QWidget *parent, const QString &title, const QString &text, Buttons buttons, Button defaultButton)
{
    return ask(QMessageBox::Warning, parent, title, text, buttons, defaultButton);
}

MessageBox::Button MessageBox::choose(QWidget *parent, const QString &title, const QString &text,
    const QList<std::pair<Button, QString>> &choices, Button defaultButton)
{
    Buttons buttons;
    for (const auto &choice : choices)
        buttons |= choice.first;
    return ask(QMessageBox::Warning, parent, title, text, buttons, defaultButton, choices);
}

void MessageBox::setNextAnswer(Button answer)
{
    nextAnswer = answer;
    lastAsked.clear();
}

QString MessageBox::lastText()
{
    return lastAsked;
}

void MessageBox::information(QWidget *parent, const QString &title, const QString &text)
{
    ask(QMessageBox::Information, parent, title, text, QMessageBox::Ok, QMessageBox::Ok);
}

MessageBox::Button MessageBox::ask(QMessageBox::Icon icon, QWidget *parent, const QString &title, const QString &text,
    Buttons buttons, Button defaultButton, const QList<std::pair<Button, QString>> &texts)
{
    lastAsked = text;
    if (nextAnswer != QMessageBox::NoButton) {
        const Button answer = nextAnswer;
        nextAnswer = QMessageBox::NoButton;
        return answer;
    }
    QMessageBox box(icon, title, text, buttons, parent);
    if (defaultButton != QMessageBox::NoButton)
        box.setDefaultButton(defaultButton);
    for (const auto &[button, words] : texts)
        box.button(button)->setText(words);
    return static_cast<Button>(box.exec());
}

} // namespace rls
