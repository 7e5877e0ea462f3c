// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "model/result.h"

#include <QGroupBox>

class QCheckBox;
class QLabel;
class QTimeEdit;

namespace rls {

class DiaryContext;
struct Preferences;

/// Preferences' "Evening reminder": remind me in the evening (on or off), at what time, and
/// start with the computer in the tray (the XDG autostart entry, app/session/autostart.h).
/// Where the app cannot remind (no system tray, the demo, a read-only diary) the controls are
/// disabled, a line says why, and OK changes none of these settings.
class ReminderSettings final : public QGroupBox {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ReminderSettings)

public:
    explicit ReminderSettings(const DiaryContext &context, QWidget *parent = nullptr);

    /// Shows the preferences' reminder, and whether the autostart entry is there.
    void load(const Preferences &preferences);
    /// Writes or removes the autostart entry when asked for a change; an error says why, and
    /// nothing was changed. Called before the preferences are saved, so a failure saves nothing.
    Result<void> applyAutostart() const;
    /// Puts the reminder's settings into `preferences` (left as they were when disabled).
    void apply(Preferences &preferences) const;

private:
    void updateEnabled();

    bool m_possible = false;
    bool m_autostartWas = false;
    QCheckBox *m_remind = nullptr;
    QTimeEdit *m_time = nullptr;
    QCheckBox *m_autostart = nullptr;
    QLabel *m_note = nullptr;
};

} // namespace rls
