// SPDX-License-Identifier: GPL-3.0-or-later
#include "session/preferences.h"

#include <QSettings>

namespace rls {
namespace {
const QString kDiary = QStringLiteral("diary/path");
const QString kRegimen = QStringLiteral("log/regimen");
const QString kDaySplit = QStringLiteral("log/daySplitHour");
const QString kMagnesium = QStringLiteral("guidance/magnesiumLimitMg");
const QString kCaffeine = QStringLiteral("guidance/caffeineAfter");
const QString kEvening = QStringLiteral("guidance/eveningFrom");
const QString kDrink = QStringLiteral("units/standardDrinkGrams");
const QString kWeek = QStringLiteral("calendar/firstDayOfWeek");
const QString kKidney = QStringLiteral("guidance/kidneyReminderShown");
const QString kTheme = QStringLiteral("appearance/theme");
const QString kPaper = QStringLiteral("report/paper");
const QString kLanguage = QStringLiteral("appearance/language");
const QString kUsualInBed = QStringLiteral("sleep/usualInBed");
const QString kUsualTried = QStringLiteral("sleep/usualTriedToSleep");
const QString kUsualOutOfBed = QStringLiteral("sleep/usualOutOfBed");
const QString kWelcome = QStringLiteral("firstRun/welcomeDone");

std::optional<QTime> readTime(const QSettings &s, const QString &key)
{
    const QTime t = QTime::fromString(s.value(key).toString(), u"HH:mm");
    return t.isValid() ? std::optional<QTime>(t) : std::nullopt;
}

void writeTime(QSettings &s, const QString &key, const std::optional<QTime> &time)
{
    if (time)
        s.setValue(key, time->toString(u"HH:mm"));
    else
        s.remove(key);
}
const QString kReminder = QStringLiteral("reminder/enabled");
const QString kReminderAt = QStringLiteral("reminder/time");
const QString kReminded = QStringLiteral("reminder/lastNight");
const QString kTrayExplained = QStringLiteral("reminder/trayExplained");
} // namespace

QString themeKey(Theme theme)
{
    switch (theme) {
    case Theme::Light: return QStringLiteral("light");
    case Theme::Dark: return QStringLiteral("dark");
    case Theme::System: break;
    }
    return QStringLiteral("system");
}

std::optional<Theme> themeFromKey(const QString &key)
{
    for (Theme t : {Theme::System, Theme::Light, Theme::Dark}) {
        if (themeKey(t).compare(key.trimmed(), Qt::CaseInsensitive) == 0)
            return t;
    }
    return std::nullopt;
}

QString reportPaperKey(ReportPaper paper)
{
    switch (paper) {
    case ReportPaper::A4: return QStringLiteral("a4");
    case ReportPaper::Letter: return QStringLiteral("letter");
    case ReportPaper::FromLocale: break;
    }
    return QStringLiteral("locale");
}

std::optional<ReportPaper> reportPaperFromKey(const QString &key)
{
    for (ReportPaper p : {ReportPaper::FromLocale, ReportPaper::A4, ReportPaper::Letter}) {
        if (reportPaperKey(p).compare(key.trimmed(), Qt::CaseInsensitive) == 0)
            return p;
    }
    return std::nullopt;
}

QString languageKey(Language language)
{
    switch (language) {
    case Language::English: return QStringLiteral("en");
    case Language::German: return QStringLiteral("de");
    case Language::System: break;
    }
    return QStringLiteral("system");
}

std::optional<Language> languageFromKey(const QString &key)
{
    for (Language l : {Language::System, Language::English, Language::German}) {
        if (languageKey(l).compare(key.trimmed(), Qt::CaseInsensitive) == 0)
            return l;
    }
    return std::nullopt;
}

Preferences loadPreferences(QSettings &s)
{
    Preferences p;
    p.diaryPath = s.value(kDiary).toString();
    p.regimen = regimenFromText(s.value(kRegimen).toString());
    const int split = s.value(kDaySplit, p.daySplitHour).toInt();
    if (split >= 0 && split <= 23)
        p.daySplitHour = split;
    if (s.value(kMagnesium).toInt() == static_cast<int>(MagnesiumLimit::Efsa))
        p.magnesiumLimit = MagnesiumLimit::Efsa;
    const QTime caffeine = QTime::fromString(s.value(kCaffeine).toString(), u"HH:mm");
    if (caffeine.isValid())
        p.caffeineAfter = caffeine;
    const QTime evening = QTime::fromString(s.value(kEvening).toString(), u"HH:mm");
    if (evening.isValid())
        p.eveningFrom = evening;
    switch (s.value(kDrink, static_cast<int>(p.standardDrink)).toInt()) {
    case static_cast<int>(StandardDrink::UK): p.standardDrink = StandardDrink::UK; break;
    case static_cast<int>(StandardDrink::Other): p.standardDrink = StandardDrink::Other; break;
    default: p.standardDrink = StandardDrink::US; break;
    }
    const int day = s.value(kWeek, static_cast<int>(p.firstDayOfWeek)).toInt();
    if (day >= Qt::Monday && day <= Qt::Sunday)
        p.firstDayOfWeek = static_cast<Qt::DayOfWeek>(day);
    p.kidneyReminderShown = s.value(kKidney, false).toBool();
    p.theme = themeFromKey(s.value(kTheme).toString()).value_or(Theme::System);
    p.reportPaper = reportPaperFromKey(s.value(kPaper).toString()).value_or(ReportPaper::FromLocale);
    p.language = languageFromKey(s.value(kLanguage).toString()).value_or(Language::System);
    p.usualTimes = {readTime(s, kUsualInBed), readTime(s, kUsualTried), readTime(s, kUsualOutOfBed)};
    p.welcomeDone = s.value(kWelcome, false).toBool();
    p.eveningReminder = s.value(kReminder, p.eveningReminder).toBool();
    const QTime reminderAt = QTime::fromString(s.value(kReminderAt).toString(), u"HH:mm");
    if (reminderAt.isValid())
        p.reminderAt = reminderAt;
    p.remindedNight = QDate::fromString(s.value(kReminded).toString(), Qt::ISODate);
    p.trayExplained = s.value(kTrayExplained, false).toBool();
    return p;
}

void savePreferences(QSettings &s, const Preferences &p)
{
    s.setValue(kDiary, p.diaryPath);
    s.setValue(kRegimen, regimenToText(p.regimen));
    s.setValue(kDaySplit, p.daySplitHour);
    s.setValue(kMagnesium, static_cast<int>(p.magnesiumLimit));
    s.setValue(kCaffeine, p.caffeineAfter.toString(u"HH:mm"));
    s.setValue(kEvening, p.eveningFrom.toString(u"HH:mm"));
    s.setValue(kDrink, static_cast<int>(p.standardDrink));
    s.setValue(kWeek, static_cast<int>(p.firstDayOfWeek));
    s.setValue(kKidney, p.kidneyReminderShown);
    s.setValue(kTheme, themeKey(p.theme));
    s.setValue(kPaper, reportPaperKey(p.reportPaper));
    s.setValue(kLanguage, languageKey(p.language));
    writeTime(s, kUsualInBed, p.usualTimes.inBed);
    writeTime(s, kUsualTried, p.usualTimes.triedToSleep);
    writeTime(s, kUsualOutOfBed, p.usualTimes.outOfBed);
    s.setValue(kWelcome, p.welcomeDone);
    s.setValue(kReminder, p.eveningReminder);
    s.setValue(kReminderAt, p.reminderAt.toString(u"HH:mm"));
    s.setValue(kReminded, p.remindedNight.toString(Qt::ISODate));
    s.setValue(kTrayExplained, p.trayExplained);
    s.sync();
}

} // namespace rls
