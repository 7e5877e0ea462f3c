// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "model/night.h"

#include <ostream>

namespace rls {

/// Lets GoogleTest print a dose as the nightly file's words in failure messages, not its bytes.
inline void PrintTo(const Intake &d, std::ostream *os)
{
    *os << '{' << d.substance.toStdString() << ", " << d.amount << ' ' << d.unit.toStdString() << ", form \""
        << d.form.toStdString() << '"';
    if (d.time)
        *os << ", at " << d.time->toString(u"HH:mm").toStdString();
    if (d.labelMg)
        *os << ", label " << *d.labelMg << " mg";
    *os << '}';
}

} // namespace rls
