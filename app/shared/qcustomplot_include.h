// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// Include QCustomPlot through this header. The project builds with QT_NO_FOREACH, but two
// inline templates of qcustomplot.h 2.1 (plottableAt, itemAt) still use Qt's foreach over a
// member list in a const function; a range-for does the same there.
#if defined(QT_NO_FOREACH) && !defined(foreach)
#define foreach(declaration, container) for (declaration : container)
#define RLSDIARY_QCP_FOREACH
#endif
#include <qcustomplot.h>
#ifdef RLSDIARY_QCP_FOREACH
#undef foreach
#undef RLSDIARY_QCP_FOREACH
#endif
