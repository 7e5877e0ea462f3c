// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "model/catalog.h"
#include "model/night.h"

#include <QHash>
#include <QList>
#include <QString>

#include <utility>

namespace rls {

/// A catalog entry for `name` of `kind`: the kind's default flags, and what the name tells
/// beyond its kind (a dopaminergic medicine, an iron-absorption inhibitor).
Substance newSubstanceOfKind(const QString &name, const QString &unit, SubstanceKind kind);

/// The substances an import's nights name that the catalog lacks, in the order they are first
/// named, each of the kind the file gives it (`kinds`, by lower-case name) or else the kind its
/// name suggests, with every form its doses give, in the order first given. Both ways of
/// importing collect them here, so that they add the same catalog entries.
class NewSubstances final {
public:
    NewSubstances(const QList<Substance> &catalog, const QHash<QString, SubstanceKind> &kinds);

    /// Adds what `night` names. `added` gets the substances it names first (with its forms),
    /// `addedForms` the (name, form) pairs it adds to substances named before; either may be null.
    void add(const Night &night, QList<Substance> *added = nullptr,
        QList<std::pair<QString, QString>> *addedForms = nullptr);
    /// Every substance collected so far.
    const QList<Substance> &all() const { return m_out; }

private:
    const QList<Substance> &m_catalog;
    const QHash<QString, SubstanceKind> &m_kinds;
    QList<Substance> m_out;
    QHash<QString, qsizetype> m_index; // lower-case name -> place in m_out
};

} // namespace rls
