// SPDX-License-Identifier: GPL-3.0-or-later
#include "trial/trialactions.h"

#include "session/diarycontext.h"
#include "shared/messagebox.h"
#include "trial/trialplandialog.h"
#include "trial/trialplanning.h"

#include <QAction>
#include <QMenu>

namespace rls {

QAction *addTrialActions(QMenu *menu, DiaryContext &context, QWidget *window, std::function<void()> planned)
{
    QAction *plan = menu->addAction(QObject::tr("Plan a Personal Tri&al…"), &context, &DiaryContext::requestPlanTrial);
    plan->setObjectName(QStringLiteral("planTrialAction"));
    menu->setToolTipsVisible(true);
    // One trial at a time, and none in a read-only diary: the menu says why when it is closed.
    const auto update = [&context, plan] {
        const QString closed = planningClosedReason(context);
        plan->setEnabled(closed.isEmpty());
        plan->setToolTip(closed.isEmpty() ? QObject::tr("Plan a randomised trial of a dose, night by night") : closed);
    };
    update();
    QObject::connect(menu, &QMenu::aboutToShow, plan, update);
    QObject::connect(&context, &DiaryContext::trialsChanged, plan, update);
    QObject::connect(&context, &DiaryContext::diaryReplaced, plan, update);
    QObject::connect(&context, &DiaryContext::planTrialRequested, window, [&context, window, planned] {
        if (const QString closed = planningClosedReason(context); !closed.isEmpty()) {
            MessageBox::information(window, QObject::tr("Plan a personal trial"), closed);
            return;
        }
        auto *dialog = new TrialPlanDialog(context, window);
        dialog->setAttribute(Qt::WA_DeleteOnClose);
        if (planned)
            QObject::connect(dialog, &QDialog::accepted, window, planned);
        dialog->open();
    });
    return plan;
}

} // namespace rls
