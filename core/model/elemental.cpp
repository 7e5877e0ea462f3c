// SPDX-License-Identifier: GPL-3.0-or-later
#include "model/elemental.h"

#include <QHash>

#include <cmath>

namespace rls {
namespace {

// IUPAC 2021 abridged standard atomic weights (conventional values where a range is given).
const QHash<QString, double> &atomicWeights()
{
    static const QHash<QString, double> table = {
        {QStringLiteral("H"), 1.008},
        {QStringLiteral("C"), 12.011},
        {QStringLiteral("N"), 14.007},
        {QStringLiteral("O"), 15.999},
        {QStringLiteral("Mg"), 24.305},
        {QStringLiteral("S"), 32.06},
        {QStringLiteral("Cl"), 35.45},
        {QStringLiteral("Fe"), 55.845},
    };
    return table;
}

// Element counts of a formula: elements, counts, parentheses with a count after them, and
// hydrate parts after '·' or '.' with a count in front ("MgCl2·6H2O").
class FormulaReader {
public:
    explicit FormulaReader(const QString &formula)
        : m_text(formula)
    { }

    std::optional<QHash<QString, int>> read()
    {
        QHash<QString, int> total;
        while (true) {
            const int factor = number(1);
            auto part = group();
            if (!part)
                return std::nullopt;
            add(total, *part, factor);
            if (m_pos == m_text.size())
                return total;
            if (m_text.at(m_pos) != u'·' && m_text.at(m_pos) != u'.')
                return std::nullopt;
            ++m_pos;
        }
    }

private:
    static void add(QHash<QString, int> &into, const QHash<QString, int> &part, int factor)
    {
        for (auto it = part.cbegin(); it != part.cend(); ++it)
            into[it.key()] += it.value() * factor;
    }

    int number(int absent)
    {
        int value = 0;
        const qsizetype start = m_pos;
        while (m_pos < m_text.size() && m_text.at(m_pos).isDigit())
            value = value * 10 + m_text.at(m_pos++).digitValue();
        return m_pos == start ? absent : value;
    }

    // Elements and parenthesised groups up to ')', '·', '.' or the end.
    std::optional<QHash<QString, int>> group()
    {
        QHash<QString, int> out;
        while (m_pos < m_text.size()) {
            const QChar c = m_text.at(m_pos);
            if (c == u'(') {
                ++m_pos;
                auto inner = group();
                if (!inner || m_pos >= m_text.size() || m_text.at(m_pos) != u')')
                    return std::nullopt;
                ++m_pos;
                add(out, *inner, number(1));
            } else if (c.isUpper()) {
                QString symbol(c);
                ++m_pos;
                if (m_pos < m_text.size() && m_text.at(m_pos).isLower())
                    symbol += m_text.at(m_pos++);
                out[symbol] += number(1);
            } else {
                break;
            }
        }
        if (out.isEmpty())
            return std::nullopt;
        return out;
    }

    QString m_text;
    qsizetype m_pos = 0;
};

QString elementSymbol(SubstanceKind kind)
{
    return kind == SubstanceKind::Iron ? QStringLiteral("Fe") : QStringLiteral("Mg");
}

} // namespace

const QList<CompoundForm> &compoundForms()
{
    using K = SubstanceKind;
    static const QList<CompoundForm> forms = {
        {K::Magnesium, QStringLiteral("oxide"), QStringLiteral("magnesium oxide"), QStringLiteral("MgO"), {}},
        {K::Magnesium, QStringLiteral("citrate"),
            QStringLiteral("magnesium citrate (anhydrous trimagnesium dicitrate)"), QStringLiteral("Mg3(C6H5O7)2"), {}},
        {K::Magnesium, QStringLiteral("glycinate"), QStringLiteral("magnesium glycinate (bisglycinate)"),
            QStringLiteral("Mg(C2H4NO2)2"), {QStringLiteral("bisglycinate")}},
        {K::Magnesium, QStringLiteral("malate"), QStringLiteral("magnesium malate"), QStringLiteral("MgC4H4O5"), {}},
        {K::Magnesium, QStringLiteral("L-threonate"), QStringLiteral("magnesium L-threonate"),
            QStringLiteral("Mg(C4H7O5)2"), {QStringLiteral("threonate")}},
        {K::Magnesium, QStringLiteral("chloride"), QStringLiteral("magnesium chloride hexahydrate"),
            QStringLiteral("MgCl2·6H2O"), {}},
        {K::Magnesium, QStringLiteral("taurate"), QStringLiteral("magnesium taurate"), QStringLiteral("Mg(C2H6NO3S)2"),
            {}},
        {K::Magnesium, QStringLiteral("sulfate"), QStringLiteral("magnesium sulfate heptahydrate (Epsom salt)"),
            QStringLiteral("MgSO4·7H2O"), {QStringLiteral("sulphate")}},
        {K::Iron, QStringLiteral("ferrous sulfate"), QStringLiteral("ferrous sulfate heptahydrate"),
            QStringLiteral("FeSO4·7H2O"), {QStringLiteral("ferrous sulphate")}},
        {K::Iron, QStringLiteral("dried ferrous sulfate"), QStringLiteral("dried ferrous sulfate (monohydrate)"),
            QStringLiteral("FeSO4·H2O"),
            {QStringLiteral("dried ferrous sulphate"), QStringLiteral("ferrous sulfate, dried")}},
        {K::Iron, QStringLiteral("ferrous gluconate"), QStringLiteral("ferrous gluconate dihydrate"),
            QStringLiteral("C12H22FeO14·2H2O"), {}},
        {K::Iron, QStringLiteral("ferrous fumarate"), QStringLiteral("ferrous fumarate"), QStringLiteral("C4H2FeO4"),
            {}},
        {K::Iron, QStringLiteral("ferrous bisglycinate"), QStringLiteral("iron bisglycinate (ferrous bisglycinate)"),
            QStringLiteral("Fe(C2H4NO2)2"), {QStringLiteral("iron bisglycinate"), QStringLiteral("bisglycinate")}},
    };
    return forms;
}

const CompoundForm *findCompoundForm(SubstanceKind kind, const QString &form)
{
    const QString wanted = form.trimmed();
    for (const CompoundForm &f : compoundForms()) {
        if (f.kind != kind)
            continue;
        if (f.form.compare(wanted, Qt::CaseInsensitive) == 0 || f.aliases.contains(wanted, Qt::CaseInsensitive))
            return &f;
    }
    return nullptr;
}

std::optional<double> formulaWeight(const QString &formula)
{
    const auto counts = FormulaReader(formula).read();
    if (!counts)
        return std::nullopt;
    double weight = 0;
    for (auto it = counts->cbegin(); it != counts->cend(); ++it) {
        const auto w = atomicWeights().constFind(it.key());
        if (w == atomicWeights().cend())
            return std::nullopt;
        weight += *w * it.value();
    }
    return weight;
}

double elementalFraction(const CompoundForm &form)
{
    const auto counts = FormulaReader(form.formula).read();
    const auto weight = formulaWeight(form.formula);
    const QString element = elementSymbol(form.kind);
    if (!counts || !weight || !counts->contains(element))
        return 0;
    return counts->value(element) * atomicWeights().value(element) / *weight;
}

double elementalMg(double compoundMg, const CompoundForm &form)
{
    return std::round(compoundMg * elementalFraction(form) * 10.0) / 10.0;
}

} // namespace rls
