// SPDX-License-Identifier: GPL-3.0-or-later
#include "shared/theme.h"

#include <QApplication>
#include <QPalette>
#include <QStyle>
#include <QStyleFactory>

namespace rls {
namespace {

QPalette darkPalette()
{
    QPalette p;
    const QColor window(0x2b, 0x2d, 0x30);
    const QColor base(0x1f, 0x21, 0x23);
    const QColor text(0xe6, 0xe6, 0xe6);
    const QColor disabled(0x80, 0x80, 0x80);
    p.setColor(QPalette::Window, window);
    p.setColor(QPalette::WindowText, text);
    p.setColor(QPalette::Base, base);
    p.setColor(QPalette::AlternateBase, window);
    p.setColor(QPalette::ToolTipBase, QColor(0x3a, 0x3d, 0x41));
    p.setColor(QPalette::ToolTipText, text);
    p.setColor(QPalette::PlaceholderText, QColor(0xa0, 0xa0, 0xa0));
    p.setColor(QPalette::Text, text);
    p.setColor(QPalette::Button, QColor(0x35, 0x38, 0x3b));
    p.setColor(QPalette::ButtonText, text);
    p.setColor(QPalette::BrightText, QColor(0xff, 0x80, 0x80));
    p.setColor(QPalette::Link, QColor(0x56, 0xb4, 0xe9));
    p.setColor(QPalette::Highlight, QColor(0x2f, 0x6f, 0xab));
    p.setColor(QPalette::HighlightedText, Qt::white);
    p.setColor(QPalette::Light, QColor(0x4a, 0x4d, 0x51));
    p.setColor(QPalette::Midlight, QColor(0x3f, 0x42, 0x46));
    p.setColor(QPalette::Mid, QColor(0x5a, 0x5d, 0x61));
    p.setColor(QPalette::Dark, QColor(0x18, 0x19, 0x1b));
    p.setColor(QPalette::Shadow, Qt::black);
    for (auto role : {QPalette::WindowText, QPalette::Text, QPalette::ButtonText})
        p.setColor(QPalette::Disabled, role, disabled);
    return p;
}

// Fusion's own light palette, less three colours that read too faintly for WCAG 2.x's 4.5:1
// (tests/app/contrast_test.cpp): white on the selection (#308cc6) was 3.7:1, now 5.3:1; the
// placeholder and hint text (half-transparent black) 4.0:1 on white and 3.9:1 on the window,
// now 5.9:1 and 5.1:1; a visited link (#ff00ff) 3.1:1, now 7.9:1.
QPalette lightPalette()
{
    QPalette p = QApplication::style()->standardPalette();
    for (const auto group : {QPalette::Active, QPalette::Inactive}) {
        p.setColor(group, QPalette::Highlight, QColor(0x2f, 0x6f, 0xab)); // the dark theme's selection
        p.setColor(group, QPalette::PlaceholderText, QColor(0x64, 0x64, 0x64));
        p.setColor(group, QPalette::LinkVisited, QColor(0x7b, 0x2d, 0x95));
    }
    return p;
}

} // namespace

void applyTheme(Theme theme)
{
    if (theme == Theme::System)
        return;
    if (QStyle *fusion = QStyleFactory::create(QStringLiteral("Fusion")))
        QApplication::setStyle(fusion);
    QApplication::setPalette(theme == Theme::Dark ? darkPalette() : lightPalette());
}

} // namespace rls
