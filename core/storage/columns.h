// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDate>
#include <QDateTime>
#include <QString>
#include <QTime>

#include <SQLiteCpp/Column.h>
#include <SQLiteCpp/Statement.h>

#include <array>
#include <optional>
#include <string>

// How model values are written to and read from columns: dates as YYYY-MM-DD, clock times
// as HH:MM, timestamps as UTC ISO 8601, missing values as NULL.
namespace rls::columns {

inline std::string text(const QString &s)
{
    return s.toStdString();
}
inline std::string date(QDate d)
{
    const int year = d.year();
    if (!d.isValid() || year < 1000 || year > 9999) // written as QDate writes them
        return d.toString(Qt::ISODate).toStdString();
    // YYYY-MM-DD without QDate's formatter (an import writes thousands)
    const int month = d.month(), day = d.day();
    return {char('0' + year / 1000), char('0' + year / 100 % 10), char('0' + year / 10 % 10), char('0' + year % 10),
        '-', char('0' + month / 10), char('0' + month % 10), '-', char('0' + day / 10), char('0' + day % 10)};
}
inline std::string stamp(const QDateTime &t)
{
    return t.toUTC().toString(Qt::ISODate).toStdString();
}

inline QString toQString(const SQLite::Column &c)
{
    return QString::fromUtf8(c.getText());
}
inline QDate toDate(const SQLite::Column &c)
{
    return QDate::fromString(toQString(c), Qt::ISODate);
}
inline QDateTime toStamp(const SQLite::Column &c)
{
    return QDateTime::fromString(toQString(c), Qt::ISODate);
}

inline void bindTime(SQLite::Statement &st, int index, const std::optional<QTime> &t)
{
    if (t && t->isValid()) {
        // "HH:mm" without QTime's formatter (an import binds thousands)
        const char text[] = {char('0' + t->hour() / 10), char('0' + t->hour() % 10), ':', char('0' + t->minute() / 10),
            char('0' + t->minute() % 10), '\0'};
        st.bind(index, text); // copied by SQLite
    } else if (t) {
        st.bind(index, t->toString(u"HH:mm").toStdString());
    } else {
        st.bind(index);
    }
}

/// "HH:MM" written into `text`, which the statement reads when it runs (bound without a copy): for
/// the statements an import runs thousands of times. Other times as bindTime() binds them.
inline void bindTimeNoCopy(SQLite::Statement &st, int index, const std::optional<QTime> &t, std::array<char, 6> &text)
{
    if (!t || !t->isValid())
        return bindTime(st, index, t);
    text = {char('0' + t->hour() / 10), char('0' + t->hour() % 10), ':', char('0' + t->minute() / 10),
        char('0' + t->minute() % 10), '\0'};
    st.bindNoCopy(index, text.data());
}

inline void bindInt(SQLite::Statement &st, int index, const std::optional<int> &v)
{
    if (v)
        st.bind(index, *v);
    else
        st.bind(index);
}

inline std::optional<QTime> toTime(const SQLite::Column &c)
{
    if (c.isNull())
        return std::nullopt;
    return QTime::fromString(toQString(c), u"HH:mm");
}

inline void bindDouble(SQLite::Statement &st, int index, const std::optional<double> &v)
{
    if (v)
        st.bind(index, *v);
    else
        st.bind(index);
}

inline std::optional<double> toDouble(const SQLite::Column &c)
{
    if (c.isNull())
        return std::nullopt;
    return c.getDouble();
}

inline std::optional<int> toInt(const SQLite::Column &c)
{
    if (c.isNull())
        return std::nullopt;
    return c.getInt();
}

} // namespace rls::columns
