// SPDX-License-Identifier: GPL-3.0-or-later
#include "guidance/guidance.h"

#include <QLocale>

#include <cstdlib>

namespace rls {
namespace {

const QString nihSource
    = QStringLiteral("Tolerable upper intake level for supplemental magnesium (supplements and medicines, not food): "
                     "350 mg/day from age 9 (NIH Office of Dietary Supplements, Magnesium fact sheet); "
                     "250 mg/day (EFSA). Above it, diarrhoea, nausea and abdominal cramps are common.");
const QString ironSource
    = QStringLiteral("Magnesium- or calcium-containing supplements and antacids reduce iron absorption: iron product "
                     "labels ask for at least 2 hours between them; common advice is 3-4 hours. Oral iron reduces the "
                     "absorption of levodopa.");
const QString triggerSource = QStringLiteral(
    "Caffeine and alcohol are listed among possible RLS triggers; a 55,000-person cohort found no link "
    "between caffeine and RLS risk (PMC4751426), so your own diary is the best way to test it.");

bool isNamed(const Intake &in, const QString &name)
{
    return in.substance.compare(name, Qt::CaseInsensitive) == 0;
}

bool isMagnesium(const Intake &in)
{
    return in.substance.startsWith(substances::Magnesium, Qt::CaseInsensitive);
}

bool isLevodopa(const Intake &in)
{
    return in.substance.contains(QStringLiteral("levodopa"), Qt::CaseInsensitive);
}

std::optional<Category> categoryOf(const Intake &in, const QList<Substance> &catalog)
{
    for (const Substance &s : catalog) {
        if (isNamed(in, s.name))
            return s.category;
    }
    return std::nullopt;
}

QString hhmm(QTime t)
{
    return t.toString(u"HH:mm");
}

// The first pair of timed intakes, one matching each predicate, closer than the iron gap.
template <typename A, typename B>
std::optional<std::pair<QTime, QTime>> closePair(const QList<Intake> &intakes, A isFirst, B isSecond)
{
    for (const Intake &a : intakes) {
        if (!a.time || !isFirst(a))
            continue;
        for (const Intake &b : intakes) {
            if (b.time && isSecond(b) && std::abs(a.time->secsTo(*b.time)) < IronSeparationMinutes * 60)
                return std::make_pair(*a.time, *b.time);
        }
    }
    return std::nullopt;
}

} // namespace

double supplementalMagnesiumMg(const QList<Intake> &intakes, const QList<Substance> &catalog)
{
    double total = 0;
    for (const Intake &in : intakes) {
        if (!isMagnesium(in) || in.unit.trimmed().compare(QStringLiteral("mg"), Qt::CaseInsensitive) != 0)
            continue;
        const auto category = categoryOf(in, catalog).value_or(Category::Supplement);
        if (category == Category::Supplement || category == Category::Medication)
            total += in.amount;
    }
    return total;
}

QList<Guidance> guidanceFor(
    const QList<Intake> &intakes, const QList<Substance> &catalog, const GuidanceSettings &settings)
{
    QList<Guidance> out;
    const QLocale locale;
    const int limit = static_cast<int>(settings.magnesiumLimit);
    if (const double mg = supplementalMagnesiumMg(intakes, catalog); mg > limit) {
        out.append({GuidanceKind::MagnesiumOverLimit,
            QStringLiteral("Supplemental magnesium today: %1 mg, above the upper limit of %2 mg a day (%3). "
                           "Loose stools, nausea or cramps are common above it; worth raising with your doctor.")
                .arg(locale.toString(mg, 'g', 6))
                .arg(limit)
                .arg(settings.magnesiumLimit == MagnesiumLimit::Nih ? QStringLiteral("NIH") : QStringLiteral("EFSA")),
            nihSource});
    }
    const auto isIron = [](const Intake &in) { return isNamed(in, substances::Iron); };
    if (const auto pair = closePair(intakes, isIron, isMagnesium)) {
        out.append({GuidanceKind::IronNearMagnesium,
            QStringLiteral("Iron at %1 is less than 2 hours from magnesium at %2. Magnesium lowers iron "
                           "absorption; iron labels ask for at least 2 hours apart.")
                .arg(hhmm(pair->first), hhmm(pair->second)),
            ironSource});
    }
    if (const auto pair = closePair(intakes, isIron, isLevodopa)) {
        out.append({GuidanceKind::IronNearLevodopa,
            QStringLiteral("Iron at %1 is less than 2 hours from levodopa at %2. Iron lowers the absorption "
                           "of levodopa; ask your doctor how far apart to take them.")
                .arg(hhmm(pair->first), hhmm(pair->second)),
            ironSource});
    }
    for (const Intake &in : intakes) {
        if (isNamed(in, substances::Caffeine) && in.time && *in.time >= settings.caffeineAfter) {
            out.append({GuidanceKind::LateCaffeine,
                QStringLiteral("Caffeine at %1, after %2. Caffeine can worsen RLS for some people; "
                               "your diary will show whether it does for you.")
                    .arg(hhmm(*in.time), hhmm(settings.caffeineAfter)),
                triggerSource});
            break;
        }
    }
    for (const Intake &in : intakes) {
        if (isNamed(in, substances::Alcohol) && in.time && *in.time >= settings.eveningFrom) {
            out.append({GuidanceKind::EveningAlcohol,
                QStringLiteral("Alcohol in the evening (%1) can worsen RLS symptoms for some people.")
                    .arg(hhmm(*in.time)),
                triggerSource});
            break;
        }
    }
    return out;
}

Guidance kidneyReminder()
{
    return {GuidanceKind::KidneyReminder,
        QStringLiteral("If you have kidney disease, take magnesium supplements only with your doctor's approval."),
        QStringLiteral("Kidney disease: magnesium supplements need a doctor's approval "
                       "(NIH Office of Dietary Supplements, Magnesium fact sheet).")};
}

} // namespace rls
