// SPDX-License-Identifier: GPL-3.0-or-later
#include "window/overviewpage.h"

#include "storage/diarystore.h"
#include "window/diarycontext.h"

#include <QDir>
#include <QLabel>
#include <QLocale>
#include <QVBoxLayout>

namespace rls {

OverviewPage::OverviewPage(DiaryContext &context, QWidget *parent)
    : QWidget(parent)
    , m_context(context)
{
    setObjectName(QStringLiteral("overviewPage"));
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(24, 24, 24, 24);
    auto *heading = new QLabel(context.isDemo() ? tr("Demo diary") : tr("Your diary"), this);
    QFont headingFont = heading->font();
    headingFont.setPointSizeF(headingFont.pointSizeF() * 1.6);
    headingFont.setBold(true);
    heading->setFont(headingFont);
    m_summary = new QLabel(this);
    m_summary->setObjectName(QStringLiteral("nightCountLabel"));
    m_summary->setWordWrap(true);
    m_location = new QLabel(this);
    m_location->setObjectName(QStringLiteral("diaryLocationLabel"));
    m_location->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_location->setWordWrap(true);
    layout->addWidget(heading);
    layout->addWidget(m_summary);
    layout->addWidget(m_location);
    layout->addStretch(1);

    connect(&context, &DiaryContext::nightsChanged, this, &OverviewPage::refresh);
    refresh();
}

void OverviewPage::refresh()
{
    const auto summary = m_context.store().summary();
    if (!summary) {
        m_summary->setText(summary.error().message);
        return;
    }
    const QLocale locale;
    if (summary->nights == 0) {
        m_summary->setText(tr("No nights logged yet."));
    } else {
        const QString count = summary->nights == 1 ? tr("1 night logged")
                                                   : tr("%1 nights logged").arg(locale.toString(summary->nights));
        m_summary->setText(tr("%1, from %2 to %3.")
                               .arg(count, locale.toString(summary->first, QLocale::LongFormat),
                                   locale.toString(summary->last, QLocale::LongFormat)));
    }
    m_location->setText(m_context.isDemo()
            ? tr("This is a generated demo diary in a temporary file; it is removed when the app "
                 "closes and never touches your own diary.")
            : tr("Stored only on this computer, in %1").arg(QDir::toNativeSeparators(m_context.store().path())));
}

} // namespace rls
