// SPDX-License-Identifier: GPL-3.0-or-later
#include "help/aboutdialog.h"

#include <QApplication>
#include <QDialogButtonBox>
#include <QDir>
#include <QHBoxLayout>
#include <QIcon>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace rls {
namespace {

QLabel *paragraph(const QString &text, QWidget *parent)
{
    auto *label = new QLabel(text, parent);
    label->setWordWrap(true);
    return label;
}

} // namespace

AboutDialog::AboutDialog(const QString &diaryPath, bool demo, QWidget *parent)
    : QDialog(parent)
{
    setObjectName(QStringLiteral("aboutDialog"));
    setWindowTitle(tr("About RLS Diary"));

    auto *icon = new QLabel(this);
    icon->setObjectName(QStringLiteral("aboutIcon"));
    const int side = fontMetrics().height() * 4;
    icon->setPixmap(QIcon(QStringLiteral(":/icons/rls-diary.svg")).pixmap(side, side));
    icon->setAlignment(Qt::AlignTop | Qt::AlignHCenter);
    icon->setVisible(!icon->pixmap().isNull()); // without Qt's SVG plugin there is no picture to show

    auto *name = new QLabel(tr("RLS Diary"), this);
    name->setObjectName(QStringLiteral("aboutName"));
    QFont big = name->font();
    big.setPointSizeF(big.pointSizeF() * 1.6);
    big.setBold(true);
    name->setFont(big);
    auto *version = new QLabel(tr("Version %1").arg(QApplication::applicationVersion()), this);
    version->setObjectName(QStringLiteral("aboutVersion"));
    version->setTextInteractionFlags(Qt::TextSelectableByMouse);

    auto *diary = paragraph(demo ? tr("Open now: a demo diary, removed when the app closes; your own diary is not "
                                      "touched. Its file:")
                                 : tr("Your diary is this file:"),
        this);
    // A field rather than a label: a long path scrolls instead of widening the dialog, and copies
    // as it is.
    auto *path = new QLineEdit(QDir::toNativeSeparators(diaryPath), this);
    path->setObjectName(QStringLiteral("aboutDiaryPath"));
    path->setReadOnly(true);
    path->setCursorPosition(0);
    path->setAccessibleName(tr("Diary file"));

    auto *licence
        = paragraph(tr("Free software, licensed under the <a href=\"https://www.gnu.org/licenses/gpl-3.0.html\">GNU "
                       "General Public License, version 3 or later</a>."),
            this);
    licence->setObjectName(QStringLiteral("aboutLicence"));
    licence->setOpenExternalLinks(true);

    auto *text = new QVBoxLayout;
    text->setSpacing(fontMetrics().height() / 2);
    text->addWidget(name);
    text->addWidget(version);
    text->addSpacing(fontMetrics().height() / 2);
    text->addWidget(paragraph(tr("A private diary for restless legs syndrome: symptoms, sleep, supplements and what "
                                 "you take."),
        this));
    text->addWidget(diary);
    text->addWidget(path);
    text->addWidget(paragraph(tr("It stays on this computer: nothing is sent anywhere."), this));
    text->addWidget(paragraph(tr("It records and charts; it does not diagnose. Talk to your doctor about what you "
                                 "see in it."),
        this));
    text->addWidget(licence);

    auto *top = new QHBoxLayout;
    top->setSpacing(fontMetrics().height());
    top->addWidget(icon, 0, Qt::AlignTop);
    top->addLayout(text, 1);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(top);
    layout->addStretch(1);
    layout->addWidget(buttons);
    buttons->button(QDialogButtonBox::Close)->setDefault(true);
    buttons->button(QDialogButtonBox::Close)->setFocus();
    const int width = fontMetrics().horizontalAdvance(QString(64, u'x')) + side;
    resize(width, hasHeightForWidth() ? heightForWidth(width) : sizeHint().height());
}

} // namespace rls
