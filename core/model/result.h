// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QList>
#include <QString>

#include <utility>
#include <variant>

namespace rls {

/// What kind of failure an Error reports, so callers can react without parsing text.
enum class ErrorKind {
    Invalid, ///< A field is out of range or inconsistent; see Error::fields.
    NotFound, ///< The thing asked for does not exist (a night, a substance).
    FolderMissing, ///< The folder that should hold the diary file does not exist.
    NotADatabase, ///< The file exists but is not an SQLite database.
    ReadOnly, ///< The file or its folder cannot be written.
    Locked, ///< Another program holds the diary locked.
    InUse, ///< Another RLS Diary window has the diary open for writing.
    Conflict, ///< The night was changed elsewhere since it was loaded; nothing was written.
    TooNew, ///< Written by a newer RLS Diary; left untouched.
    Corrupt, ///< SQLite reports the file as damaged.
    Storage, ///< Any other failure of the file or the database engine.
    Cancelled, ///< The person cancelled; nothing was written.
};

/// One field a person typed that cannot be saved, with a message naming it.
struct FieldError {
    QString field; ///< Stable key, e.g. "severity" or "intakes[2].amount".
    QString message; ///< Readable sentence, e.g. "Symptom severity must be between 0 and 10."
    friend bool operator==(const FieldError &, const FieldError &) = default;
};

/// An error carried as a value: a kind, a sentence for a person, and per-field details.
struct Error {
    ErrorKind kind = ErrorKind::Storage;
    QString message;
    QList<FieldError> fields;
};

/// Either a value or an Error (std::expected arrives with C++23; this is the small part we need).
template <typename T> class [[nodiscard]] Result {
public:
    Result(T value)
        : m_data(std::in_place_index<0>, std::move(value))
    { }
    Result(Error error)
        : m_data(std::in_place_index<1>, std::move(error))
    { }

    bool ok() const { return m_data.index() == 0; }
    explicit operator bool() const { return ok(); }

    T &value() & { return std::get<0>(m_data); }
    const T &value() const & { return std::get<0>(m_data); }
    T &&value() && { return std::get<0>(std::move(m_data)); }
    const Error &error() const { return std::get<1>(m_data); }

    T *operator->() { return &value(); }
    const T *operator->() const { return &value(); }

private:
    std::variant<T, Error> m_data;
};

/// Success without a value, or an Error.
template <> class [[nodiscard]] Result<void> {
public:
    Result() = default;
    Result(Error error)
        : m_error(std::move(error))
        , m_failed(true)
    { }

    bool ok() const { return !m_failed; }
    explicit operator bool() const { return ok(); }
    const Error &error() const { return m_error; }

private:
    Error m_error;
    bool m_failed = false;
};

} // namespace rls
