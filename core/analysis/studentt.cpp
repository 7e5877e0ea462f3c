// SPDX-License-Identifier: GPL-3.0-or-later
#include "analysis/studentt.h"

#include <algorithm>
#include <cmath>
#include <limits>
#include <numbers>

namespace rls {
namespace {

constexpr double NaN = std::numeric_limits<double>::quiet_NaN();
constexpr double Epsilon = 1e-16;
// Lentz's method divides by its running terms; a term of exactly 0 is replaced by this so the
// recurrence goes on instead of dividing by zero.
constexpr double Tiny = 1e-300;
constexpr int MaxTerms = 20000;

// The continued fraction 1 + d1/(1 + d2/(1 + ...)) of I_x(a, b) (the one in Abramowitz & Stegun
// 26.5.8), evaluated front to back with the modified Lentz method so no term count is fixed in
// advance. It converges fast for x < (a + 1) / (a + b + 2); the caller swaps the arguments
// otherwise.
double betaContinuedFraction(double x, double a, double b)
{
    double c = 1.0; // C_0 = b_0 = 1
    double d = 0.0;
    double f = 1.0;
    for (int j = 1; j <= MaxTerms; ++j) {
        const int m = j / 2;
        double term = 0;
        if (j % 2 == 1) // d_{2m+1}
            term = -(a + m) * (a + b + m) * x / ((a + 2.0 * m) * (a + 2.0 * m + 1.0));
        else // d_{2m}
            term = m * (b - m) * x / ((a + 2.0 * m - 1.0) * (a + 2.0 * m));
        d = 1.0 + term * d;
        if (std::abs(d) < Tiny)
            d = Tiny;
        c = 1.0 + term / c;
        if (std::abs(c) < Tiny)
            c = Tiny;
        d = 1.0 / d;
        const double delta = c * d;
        f *= delta;
        if (std::abs(delta - 1.0) < Epsilon)
            break;
    }
    return f;
}

// The density of Student's t, for Newton steps in the quantile.
double studentTDensity(double t, double df)
{
    const double logDensity = std::lgamma((df + 1) / 2) - std::lgamma(df / 2) - 0.5 * std::log(df * std::numbers::pi)
        - (df + 1) / 2 * std::log1p(t * t / df);
    return std::exp(logDensity);
}

// P(T >= t) for t >= 0, straight from the incomplete beta so a small tail keeps its digits
// (1 - cdf would lose them).
double upperTail(double t, double df)
{
    const double x = df / (df + t * t);
    return 0.5 * regularizedIncompleteBeta(x, df / 2, 0.5);
}

} // namespace

double regularizedIncompleteBeta(double x, double a, double b)
{
    if (!(a > 0) || !(b > 0) || !(x >= 0) || !(x <= 1))
        return NaN;
    if (x == 0 || x == 1)
        return x;
    // The symmetry I_x(a, b) = 1 - I_{1-x}(b, a) keeps x on the side where the fraction converges.
    if (x > (a + 1) / (a + b + 2))
        return 1.0 - regularizedIncompleteBeta(1.0 - x, b, a);
    const double logFront
        = a * std::log(x) + b * std::log1p(-x) - (std::lgamma(a) + std::lgamma(b) - std::lgamma(a + b));
    return std::exp(logFront) / (a * betaContinuedFraction(x, a, b));
}

double studentTCdf(double t, double df)
{
    if (std::isnan(t) || !(df > 0))
        return NaN;
    if (std::isinf(t))
        return t > 0 ? 1.0 : 0.0;
    const double tail = upperTail(std::abs(t), df);
    return t < 0 ? tail : 1.0 - tail;
}

double studentTTwoSidedP(double t, double df)
{
    if (std::isnan(t) || !(df > 0))
        return NaN;
    if (std::isinf(t))
        return 0.0;
    return std::min(1.0, 2.0 * upperTail(std::abs(t), df));
}

double studentTQuantile(double p, double df)
{
    if (!(p > 0) || !(p < 1) || !(df > 0))
        return NaN;
    if (p == 0.5)
        return 0.0;
    // Solve on the upper tail, whose small values keep their digits; the lower half by symmetry.
    const double tail = p > 0.5 ? 1.0 - p : p;
    const double sign = p > 0.5 ? 1.0 : -1.0;

    // A bracket [lo, hi] with upperTail(lo) >= tail >= upperTail(hi); the tail falls as t grows.
    double lo = 0.0;
    double hi = 1.0;
    for (int i = 0; i < 2000 && upperTail(hi, df) > tail; ++i) {
        lo = hi;
        hi *= 2;
    }
    // Newton on the tail, held inside the bracket: a step that leaves it becomes a bisection, so
    // a flat density far out (small df) cannot send the iterate away.
    double t = 0.5 * (lo + hi);
    for (int i = 0; i < 400; ++i) {
        const double excess = upperTail(t, df) - tail;
        if (excess == 0)
            break;
        if (excess > 0)
            lo = t;
        else
            hi = t;
        const double density = studentTDensity(t, df);
        double next = density > 0 ? t + excess / density : NaN;
        if (!(next > lo && next < hi))
            next = 0.5 * (lo + hi);
        if (std::abs(next - t) <= 1e-15 * std::max(1.0, std::abs(t)) || hi - lo <= 1e-15 * hi)
            return sign * next;
        t = next;
    }
    return sign * t;
}

} // namespace rls
