// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

namespace rls {

/// The regularized incomplete beta function I_x(a, b) for 0 <= x <= 1 and a, b > 0, to about
/// 1e-15 relative; NaN outside that domain.
double regularizedIncompleteBeta(double x, double a, double b);

/// P(T <= t) for Student's t with df > 0 degrees of freedom (df need not be an integer).
double studentTCdf(double t, double df);

/// The t with studentTCdf(t, df) == p, for 0 < p < 1 and df > 0; NaN outside that domain.
double studentTQuantile(double p, double df);

/// The two-sided p value of a t statistic: P(|T| >= |t|).
double studentTTwoSidedP(double t, double df);

} // namespace rls
