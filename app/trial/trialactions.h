// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <functional>

class QAction;
class QMenu;
class QWidget;

namespace rls {

class DiaryContext;

/// Adds "Plan a Personal Trial…" to `menu`, closed (with the reason as its tooltip) while a
/// trial is under way or the diary is read-only, and answers every DiaryContext::
/// planTrialRequested (the menu, the Insights and Trial pages' buttons) by opening
/// TrialPlanDialog over `window`, or by saying why not. `planned` runs after a plan is stored.
QAction *addTrialActions(QMenu *menu, DiaryContext &context, QWidget *window, std::function<void()> planned);

} // namespace rls
