// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "guidance/guidance.h"
#include "model/drinks.h"
#include "model/regimen.h"

#include <QDate>
#include <QString>
#include <QTime>

#include <optional>

class QSettings;

namespace rls {

/// How the app looks: as the desktop says, or always light or dark (for a bedroom at night).
/// Applying it to the widgets is app/shared/theme.h's job; here it is only a setting.
enum class Theme { System, Light, Dark };

/// "system", "light" or "dark", as written in settings and on the command line.
QString themeKey(Theme theme);
std::optional<Theme> themeFromKey(const QString &key);

/// The paper the doctor's report is laid out for: as the locale says (Letter in the US and
/// Canada, A4 elsewhere), or always one of them.
enum class ReportPaper { FromLocale, A4, Letter };
/// "locale", "a4" or "letter", as written in settings and on the command line.
QString reportPaperKey(ReportPaper paper);
std::optional<ReportPaper> reportPaperFromKey(const QString &key);

/// The language of the window: the system's (German where the system speaks German, else
/// English), or always English or German. It takes effect when the app starts
/// (app/shared/translation.h installs it); the command line always speaks English.
enum class Language { System, English, German };
/// "system", "en" or "de", as written in settings and on the command line.
QString languageKey(Language language);
std::optional<Language> languageFromKey(const QString &key);
/// The times a person usually goes to bed, tries to sleep and gets up: asked on the first run,
/// changed in Preferences, and shown in an empty sleep section as a suggestion one key accepts.
struct UsualTimes {
    std::optional<QTime> inBed;
    std::optional<QTime> triedToSleep;
    std::optional<QTime> outOfBed;

    bool isEmpty() const { return !inBed && !triedToSleep && !outOfBed; }
    bool operator==(const UsualTimes &) const = default;
};

/// A person's settings, kept with QSettings (on Linux ~/.config/rls-diary/rls-diary.conf).
struct Preferences {
    QString diaryPath; ///< empty: the default diary location
    Regimen regimen; ///< "My regimen", added to a night in one click
    int daySplitHour = 12; ///< before this hour, "tonight" is the night that began yesterday
    MagnesiumLimit magnesiumLimit = MagnesiumLimit::Nih;
    QTime caffeineAfter = QTime(14, 0); ///< used until 3 bedtimes are logged
    QTime eveningFrom = QTime(18, 0); ///< alcohol from this hour is "in the evening"
    StandardDrink standardDrink = StandardDrink::US;
    Qt::DayOfWeek firstDayOfWeek = Qt::Monday;
    bool kidneyReminderShown = false;
    Theme theme = Theme::System;
    ReportPaper reportPaper = ReportPaper::FromLocale;
    Language language = Language::System;
    UsualTimes usualTimes;
    bool welcomeDone = false; ///< the first run's welcome was finished or skipped
    /// "Remind me in the evening": a notification from the tray when tonight is not logged by
    /// `reminderAt`. Only where the desktop has a system tray; see app/shell/trayicon.h.
    bool eveningReminder = true;
    QTime reminderAt = QTime(21, 0);
    QDate remindedNight; ///< the night the reminder last came for: one reminder a night
    bool trayExplained = false; ///< the one-time note that closing the window keeps the app in the tray

    GuidanceSettings guidance() const { return {magnesiumLimit, caffeineAfter, eveningFrom, false}; }
};

/// Reads the settings; anything missing or unreadable falls back to its default.
Preferences loadPreferences(QSettings &settings);
/// Writes every setting and syncs the file.
void savePreferences(QSettings &settings, const Preferences &preferences);

} // namespace rls
