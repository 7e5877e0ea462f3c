// SPDX-License-Identifier: GPL-3.0-or-later
// libFuzzer target: any bytes given to the CSV reader, the column guesser and the row reader
// must come back as a table or an error, never a crash, a hang or a sanitizer report.
#include "io/csvimport.h"
#include "io/csvmapping.h"
#include "io/csvreader.h"
#include "io/csvrowreader.h"

#include <cstddef>
#include <cstdint>

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t *data, std::size_t size)
{
    using namespace rls;
    const QByteArray bytes(reinterpret_cast<const char *>(data), static_cast<qsizetype>(size));
    CsvLimits limits;
    limits.maxRecordChars = 16 * 1024; // small limits reach the limit paths with small inputs
    limits.maxRows = 2000;
    limits.maxColumns = 64;
    const auto table = readCsv(bytes, limits);
    if (!table)
        return 0;
    const ColumnMapping mapping = guessMapping(table->header);
    (void)mappingProblems(mapping, table->header);
    if (!mapping.has(DiaryField::Date))
        return 0;
    const DateFormatGuess guess = guessDateFormat(table.value(), mapping);
    const CsvRowReader reader(table.value(), mapping, guess.format.value_or(DateFormat::Iso));
    QList<RowProblem> problems;
    for (const CsvRecord &row : table->rows) {
        if (mapping.perDose())
            (void)reader.readDose(row, problems);
        else
            (void)reader.readNight(row, problems);
    }
    return 0;
}
