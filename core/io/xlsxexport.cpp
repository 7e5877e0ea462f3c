// SPDX-License-Identifier: GPL-3.0-or-later
#include "io/xlsxexport.h"

#include "io/labrows.h"
#include "io/savefile.h"
#include "io/xlsxsheets.h"
#include "storage/diarystore.h"
#include "util/logging.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QTemporaryFile>

#include <xlsxwriter.h>

#include <fcntl.h>
#include <unistd.h>

#include <cerrno>
#include <cstdio>

namespace rls {
namespace {

using xlsx::Cell;
using xlsx::Sheet;

struct Formats {
    lxw_format *header = nullptr;
    lxw_format *date = nullptr;
    lxw_format *time = nullptr;
    lxw_format *wrap = nullptr;
};

Formats addFormats(lxw_workbook *book)
{
    Formats f {
        workbook_add_format(book), workbook_add_format(book), workbook_add_format(book), workbook_add_format(book)};
    format_set_bold(f.header);
    format_set_text_wrap(f.header);
    format_set_align(f.header, LXW_ALIGN_VERTICAL_TOP);
    format_set_num_format(f.date, "yyyy-mm-dd");
    format_set_num_format(f.time, "hh:mm");
    format_set_text_wrap(f.wrap);
    format_set_align(f.wrap, LXW_ALIGN_VERTICAL_TOP);
    return f;
}

// A spreadsheet cell holds at most 32,767 characters; a longer note is cut, and says so.
QByteArray cellText(const QString &text)
{
    constexpr qsizetype Max = 32767; // Excel's limit; libxlsxwriter refuses longer strings
    if (text.size() <= Max)
        return text.toUtf8();
    const QString mark = QStringLiteral(" […cut here: a spreadsheet cell holds 32,767 characters; "
                                        "the CSV export has all of it]");
    qsizetype keep = Max - mark.size();
    if (text.at(keep - 1).isHighSurrogate())
        --keep;
    return (text.left(keep) + mark).toUtf8();
}

lxw_datetime dateTime(const QDate &d, const QTime &t)
{
    // A date without a time is the day's number; a time with year 0 is only the fraction of a day.
    return {d.isValid() ? d.year() : 0, d.isValid() ? d.month() : 0, d.isValid() ? d.day() : 0,
        t.isValid() ? t.hour() : 0, t.isValid() ? t.minute() : 0, t.isValid() ? double(t.second()) : 0.0};
}

lxw_error writeCell(lxw_worksheet *ws, lxw_row_t row, lxw_col_t col, const Cell &cell, const Formats &f)
{
    if (const auto *d = std::get_if<QDate>(&cell)) {
        lxw_datetime dt = dateTime(*d, {});
        return worksheet_write_datetime(ws, row, col, &dt, f.date);
    }
    if (const auto *t = std::get_if<QTime>(&cell)) {
        lxw_datetime dt = dateTime({}, *t);
        return worksheet_write_datetime(ws, row, col, &dt, f.time);
    }
    if (const auto *n = std::get_if<double>(&cell))
        return worksheet_write_number(ws, row, col, *n, nullptr);
    if (const auto *s = std::get_if<QString>(&cell))
        return worksheet_write_string(ws, row, col, cellText(*s).constData(), nullptr); // text, never a formula
    return LXW_NO_ERROR;
}

lxw_error writeSheet(lxw_workbook *book, const Sheet &sheet, const Formats &f)
{
    lxw_worksheet *ws = workbook_add_worksheet(book, sheet.name.toUtf8().constData());
    if (!ws)
        return LXW_ERROR_MEMORY_MALLOC_FAILED;
    lxw_error e = LXW_NO_ERROR;
    const auto lastCol = lxw_col_t(sheet.columns.size() - 1);
    for (lxw_col_t c = 0; c <= lastCol && !e; ++c) {
        e = worksheet_write_string(ws, 0, c, sheet.columns.at(c).title.toUtf8().constData(), f.header);
        if (!e)
            e = worksheet_set_column(ws, c, c, sheet.columns.at(c).width, nullptr);
    }
    for (qsizetype r = 0; r < sheet.rows.size() && !e; ++r) {
        const QList<Cell> &row = sheet.rows.at(r);
        for (qsizetype c = 0; c < row.size() && !e; ++c)
            e = writeCell(ws, lxw_row_t(r + 1), lxw_col_t(c), row.at(c), f);
    }
    worksheet_freeze_panes(ws, 1, 0);
    if (!e)
        e = worksheet_autofilter(ws, 0, 0, lxw_row_t(sheet.rows.size()), lastCol);
    return e;
}

lxw_error writeReadMe(lxw_workbook *book, QDate from, QDate to, const QList<Sheet> &sheets, const Formats &f)
{
    lxw_worksheet *ws = workbook_add_worksheet(book, "Read me");
    if (!ws)
        return LXW_ERROR_MEMORY_MALLOC_FAILED;
    worksheet_set_column(ws, 0, 0, 14, nullptr);
    worksheet_set_column(ws, 1, 1, 38, nullptr);
    worksheet_set_column(ws, 2, 2, 100, f.wrap);
    lxw_row_t row = 0;
    lxw_error e = LXW_NO_ERROR;
    for (const QString &line : xlsx::readMeLines(from, to, sheets)) {
        if (!e)
            e = worksheet_write_string(ws, row, 0, line.toUtf8().constData(), row == 0 ? f.header : nullptr);
        ++row;
    }
    ++row;
    const char *titles[] = {"Sheet", "Column (unit)", "What it holds"};
    for (lxw_col_t c = 0; c < 3 && !e; ++c)
        e = worksheet_write_string(ws, row, c, titles[c], f.header);
    for (const Sheet &sheet : sheets) {
        for (const xlsx::Column &column : sheet.columns) {
            ++row;
            for (const auto &[c, text] : {std::pair {0, sheet.name}, {1, column.title}, {2, column.meaning}}) {
                if (!e)
                    e = worksheet_write_string(ws, row, lxw_col_t(c), text.toUtf8().constData(), nullptr);
            }
        }
    }
    return e;
}

Result<void> failed(const QString &path, const QString &why)
{
    return Error {ErrorKind::Storage,
        QCoreApplication::translate("CsvExport", "Could not write %1: %2. Any older file there was left as it was.")
            .arg(QDir::toNativeSeparators(path), why),
        {}};
}

// Writes the workbook into `file`, an existing empty file; the reason it failed, or empty.
QString writeWorkbook(const QString &file, const QList<Sheet> &sheets, QDate from, QDate to)
{
    lxw_workbook *book = workbook_new(QFile::encodeName(file).constData());
    if (!book)
        return QCoreApplication::translate("CsvExport", "not enough memory");
    const Formats f = addFormats(book);
    lxw_error e = LXW_NO_ERROR;
    for (const Sheet &sheet : sheets) {
        if (!e)
            e = writeSheet(book, sheet, f);
    }
    if (!e)
        e = writeReadMe(book, from, to, sheets, f);
    errno = 0;
    const lxw_error closed = workbook_close(book); // frees the workbook, even after an error
    const int system = errno; // why the zip could not be written: a full disk, a size limit
    if (!e)
        e = closed;
    if (!e)
        return {};
    if (system != 0
        && (e == LXW_ERROR_CREATING_TMPFILE || e == LXW_ERROR_ZIP_FILE_OPERATION || e == LXW_ERROR_ZIP_PARAMETER_ERROR
            || e == LXW_ERROR_ZIP_BAD_ZIP_FILE || e == LXW_ERROR_ZIP_INTERNAL_ERROR || e == LXW_ERROR_ZIP_FILE_ADD
            || e == LXW_ERROR_ZIP_CLOSE))
        return writeFailureReason(system);
    QString why = QString::fromUtf8(lxw_strerror(e));
    while (why.endsWith(u'.'))
        why.chop(1);
    return why;
}

// Makes the complete temporary file durable, then puts it in the target's place.
QString replaceTarget(const QString &temp, const QString &target)
{
    const int fd = ::open(QFile::encodeName(temp).constData(), O_RDONLY | O_CLOEXEC);
    const bool synced = fd >= 0 && ::fsync(fd) == 0;
    const int syncError = errno;
    if (fd >= 0)
        ::close(fd);
    if (!synced)
        return writeFailureReason(syncError);
    if (std::rename(QFile::encodeName(temp).constData(), QFile::encodeName(target).constData()) != 0)
        return writeFailureReason(errno);
    return {};
}

} // namespace

Result<void> saveXlsx(const QString &path, const QList<Night> &nights, const QList<Substance> &catalog,
    const QList<LabResult> &labs, QDate from, QDate to)
{
    const QFileInfo target(path);
    if (target.isDir())
        return failed(path, QCoreApplication::translate("CsvExport", "it is a folder"));
    // Created 0600 beside the target, so the rename cannot cross file systems; removed on failure.
    QTemporaryFile temp(QDir(target.absolutePath()).filePath(QStringLiteral(".%1.XXXXXX").arg(target.fileName())));
    if (!temp.open())
        return Error {ErrorKind::ReadOnly,
            QCoreApplication::translate("CsvExport", "Could not write %1: %2")
                .arg(QDir::toNativeSeparators(path), temp.errorString()),
            {}};
    temp.close();
    const QList<Sheet> sheets {
        xlsx::nightsSheet(nights, catalog), xlsx::dosesSheet(nights, catalog), xlsx::labsSheet(labs)};
    if (const QString why = writeWorkbook(temp.fileName(), sheets, from, to); !why.isEmpty())
        return failed(path, why);
    // An older file keeps its permissions, as QSaveFile does for the CSV; a new one stays 0600.
    if (target.exists() && !QFile::setPermissions(temp.fileName(), QFile::permissions(path)))
        return failed(path, QCoreApplication::translate("CsvExport", "its permissions could not be kept"));
    if (const QString why = replaceTarget(temp.fileName(), path); !why.isEmpty())
        return failed(path, why);
    temp.setAutoRemove(false); // it is the target now
    qCInfo(lcCsv) << "wrote a spreadsheet of" << nights.size() << "nights to" << path;
    return {};
}

Result<void> saveXlsx(const QString &path, DiaryStore &store, QDate from, QDate to)
{
    if (!from.isValid() || !to.isValid() || from > to)
        return Error {ErrorKind::Invalid,
            QCoreApplication::translate("CsvExport", "The date range needs a start on or before its end."), {}};
    auto nights = store.loadRange(from, to);
    if (!nights)
        return nights.error();
    auto catalog = store.substances();
    if (!catalog)
        return catalog.error();
    auto labs = store.labResults();
    if (!labs)
        return labs.error();
    return saveXlsx(path, nights.value(), catalog.value(), labsInRange(labs.value(), from, to), from, to);
}

} // namespace rls
