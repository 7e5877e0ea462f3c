// SPDX-License-Identifier: GPL-3.0-or-later
#include "io/newsubstances.h"

namespace rls {

Substance newSubstanceOfKind(const QString &name, const QString &unit, SubstanceKind kind)
{
    Substance s = newSubstanceNamed(name, unit);
    if (s.kind != kind) {
        s.flags &= ~defaultFlags(s.kind);
        s.kind = kind;
        s.flags |= defaultFlags(kind);
    }
    return s;
}

NewSubstances::NewSubstances(const QList<Substance> &catalog, const QHash<QString, SubstanceKind> &kinds)
    : m_catalog(catalog)
    , m_kinds(kinds)
{ }

void NewSubstances::add(const Night &night, QList<Substance> *added, QList<std::pair<QString, QString>> *addedForms)
{
    const qsizetype firstNew = m_out.size();
    for (const Intake &in : night.intakes) {
        if (findSubstance(m_catalog, in.substance))
            continue;
        const QString key = in.substance.trimmed().toLower();
        auto it = m_index.constFind(key);
        if (it == m_index.cend()) {
            it = m_index.insert(key, m_out.size());
            m_out.append(m_kinds.contains(key) ? newSubstanceOfKind(in.substance, in.unit, m_kinds.value(key))
                                               : newSubstanceNamed(in.substance, in.unit));
        }
        Substance &s = m_out[*it];
        if (in.form.isEmpty() || s.forms.contains(in.form))
            continue;
        s.forms.append(in.form);
        if (addedForms && *it < firstNew)
            addedForms->append({s.name, in.form});
    }
    if (added)
        added->append(m_out.mid(firstNew));
}

} // namespace rls
