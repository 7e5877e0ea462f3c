// SPDX-License-Identifier: GPL-3.0-or-later
#include "log/tagseditor.h"

#include "model/validation.h"
#include "shared/flowlayout.h"

#include <QCheckBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace rls {
namespace {
// The tag a box stands for; its text may be shortened to fit (see addBox).
QString tagOf(const QCheckBox *box)
{
    return box->property("tag").toString();
}
} // namespace

TagsEditor::TagsEditor(QWidget *parent)
    : QGroupBox(tr("&Tags"), parent)
    , m_flow(new FlowLayout)
    , m_newTag(new QLineEdit(this))
{
    setObjectName(QStringLiteral("tagsEditor"));
    m_newTag->setObjectName(QStringLiteral("newTag"));
    m_newTag->setPlaceholderText(tr("New tag, e.g. yoga"));
    m_newTag->setAccessibleName(tr("New tag"));
    auto *add = new QPushButton(tr("Add tag"), this);
    add->setObjectName(QStringLiteral("addTag"));
    m_addButton = add;
    auto *row = new QHBoxLayout;
    row->addWidget(m_newTag, 1);
    row->addWidget(add);
    // Why a typed tag cannot be added; hidden until then, and again once the text changes.
    m_problem = new QLabel(this);
    m_problem->setObjectName(QStringLiteral("tagProblem"));
    m_problem->setWordWrap(true);
    m_problem->hide();
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(m_flow);
    layout->addLayout(row);
    layout->addWidget(m_problem);
    connect(m_newTag, &QLineEdit::textChanged, m_problem, &QWidget::hide);
    connect(add, &QPushButton::clicked, this, &TagsEditor::addTypedTag);
    connect(m_newTag, &QLineEdit::returnPressed, this, &TagsEditor::addTypedTag);
}

QCheckBox *TagsEditor::boxFor(const QString &tag) const
{
    for (QCheckBox *box : m_boxes) {
        if (tagOf(box).compare(tag, Qt::CaseInsensitive) == 0)
            return box;
    }
    return nullptr;
}

QCheckBox *TagsEditor::addBox(const QString &tag)
{
    auto *box = new QCheckBox(this);
    box->setProperty("tag", tag);
    // A long tag is shortened with "…" (whole in its tooltip and for a screen reader), so that
    // it never widens the form; the text escapes '&' so it is not read as a mnemonic.
    const int widest = fontMetrics().averageCharWidth() * 28;
    const QString shown = fontMetrics().elidedText(tag, Qt::ElideRight, widest);
    box->setText(QString(shown).replace(u'&', QStringLiteral("&&")));
    if (shown != tag)
        box->setToolTip(tag);
    box->setAccessibleName(tag);
    box->setObjectName(QStringLiteral("tag:%1").arg(tag));
    m_flow->addWidget(box);
    m_boxes.append(box);
    connect(box, &QCheckBox::toggled, this, &TagsEditor::changed);
    emit tagsAdded();
    return box;
}

QList<QWidget *> TagsEditor::tabChain() const
{
    QList<QWidget *> chain(m_boxes.cbegin(), m_boxes.cend());
    chain << m_newTag << m_addButton;
    return chain;
}

void TagsEditor::setAvailable(const QStringList &tags)
{
    for (const QString &tag : tags) {
        if (!boxFor(tag))
            addBox(tag);
    }
}

QStringList TagsEditor::checked() const
{
    QStringList out;
    for (QCheckBox *box : m_boxes) {
        if (box->isChecked())
            out.append(tagOf(box));
    }
    return out;
}

void TagsEditor::setChecked(const QStringList &tags)
{
    const QSignalBlocker blocker(this);
    setAvailable(tags);
    for (QCheckBox *box : m_boxes)
        box->setChecked(tags.contains(tagOf(box), Qt::CaseInsensitive));
}

void TagsEditor::addTypedTag()
{
    const QString tag = m_newTag->text().simplified();
    if (tag.isEmpty())
        return;
    if (const QString why = tagProblem(tag); !why.isEmpty()) {
        m_problem->setText(why);
        m_problem->show();
        return;
    }
    QCheckBox *box = boxFor(tag);
    if (!box)
        box = addBox(tag);
    box->setChecked(true);
    m_newTag->clear();
}

} // namespace rls
