// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "io/csvfields.h"
#include "io/csvimport.h"
#include "io/csvreader.h"
#include "model/result.h"

#include <optional>

namespace rls {

class DiaryStore;

/// The app's own nightly or intakes file, known by its header being exactly csvHeader() of that
/// kind; nullopt for any other header.
std::optional<CsvKind> ownFileKind(const QStringList &header);

/// What importOwnFile() read and wrote.
struct OwnFileImport {
    qsizetype rows = 0; ///< the rows of data read
    /// What the file cannot restore (importNotices()), as planImport() says it.
    QStringList notices;
    qsizetype added = 0;
};

/// Imports the app's own nightly or intakes file (ownFileKind()), from a stream no row was taken
/// from yet, straight into `store`: each row is
/// read into its night as the file is read and written at once, with the catalog entries it needs,
/// in one transaction (DiaryStore::addNewNights), with no plan in between. The nights, doses, tags
/// and catalog entries it writes are those planImport() and applyImport() write for the same file.
///
/// It takes no backup: it is for a diary that holds none of the file's nights, such as one the
/// import has just started. It declines (nullopt, nothing written) whenever the file needs a plan:
/// a header not exactly ours, a row that cannot be read, a date given twice or out of order, a
/// night the diary has, a date before 1900 or after tomorrow (unless options.allowOddDates), a new
/// substance whose kind only a later row gives. planImport() then says what and why, as before.
/// An Error is a failure of the diary (a full disk), which leaves it as it was.
Result<std::optional<OwnFileImport>> importOwnFile(
    DiaryStore &store, CsvRowStream &stream, const ImportOptions &options);

} // namespace rls
