// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "model/catalog.h"

#include <QDialog>

class QCheckBox;
class QComboBox;
class QLabel;
class QLineEdit;

namespace rls {

/// Asks for a substance the catalog lacks: its name, what kind of thing it is (which decides
/// what it is counted as), its unit, and the facts the notes need. The kind and facts start as
/// the name suggests (newSubstanceNamed) until the person changes them.
class NewSubstanceDialog final : public QDialog {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(NewSubstanceDialog)

public:
    NewSubstanceDialog(const QList<Substance> &catalog, QWidget *parent = nullptr);

    /// The substance as described, once accepted.
    Substance substance() const;

    void accept() override;

private:
    void suggestFromName();

    QList<Substance> m_catalog;
    QLineEdit *m_name;
    QComboBox *m_kind;
    QLineEdit *m_unit;
    QCheckBox *m_dopaminergic;
    QCheckBox *m_magnesiumLimit;
    QCheckBox *m_ironInhibitor;
    QLabel *m_message;
    bool m_touched = false; // the person chose a kind or a fact: stop suggesting
};

} // namespace rls
