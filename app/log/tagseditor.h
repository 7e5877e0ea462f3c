// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QGroupBox>

class QCheckBox;
class QLabel;
class QLineEdit;

namespace rls {

class FlowLayout;

/// The tags of a night as check boxes (exercise, warm bath, stress, side effects, ...), with a
/// field to add a new one. The boxes wrap like words onto as many lines as they need.
class TagsEditor final : public QGroupBox {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(TagsEditor)

public:
    explicit TagsEditor(QWidget *parent = nullptr);

    /// The tags offered, in order; checked ones stay checked.
    void setAvailable(const QStringList &tags);
    QStringList checked() const;
    /// Checks exactly `tags`, adding boxes for any not offered yet.
    void setChecked(const QStringList &tags);
    /// The tag boxes, then the new-tag field and its button, in the order Tab visits them.
    QList<QWidget *> tabChain() const;

signals:
    void changed();
    /// A tag box was added, so the order of fields changed.
    void tagsAdded();

private:
    QCheckBox *boxFor(const QString &tag) const;
    QCheckBox *addBox(const QString &tag);
    void addTypedTag();

    FlowLayout *m_flow;
    QLineEdit *m_newTag;
    QWidget *m_addButton;
    QLabel *m_problem = nullptr;
    QList<QCheckBox *> m_boxes;
};

} // namespace rls
