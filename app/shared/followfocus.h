// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

class QScrollArea;

namespace rls {

/// Scrolls `area` to whatever inside it takes the focus (Tab, an Alt letter, Enter moving on,
/// a click, a call to setFocus), with a little room around it. QScrollArea alone follows Tab only.
void followFocus(QScrollArea *area);

} // namespace rls
