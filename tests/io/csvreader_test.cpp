// SPDX-License-Identifier: GPL-3.0-or-later
#include "io/csvdates.h"
#include "io/csvmapping.h"
#include "io/csvreader.h"
#include "io/csvvalues.h"
#include "support/fixtures.h"
#include "support/tempdiary.h"

#include <QFile>
#include <QStringEncoder>
#include <QTemporaryDir>

#include <gtest/gtest.h>

#include <atomic>
#include <cerrno>
#include <chrono>
#include <csignal>
#include <future>
#include <thread>

#include <fcntl.h>
#include <pthread.h>
#include <sys/stat.h>
#include <unistd.h>

using namespace rls;
using namespace std::chrono_literals;

using rls::test::utf8WithOneLatin1ByteOnLine7;

namespace {

/// A named pipe that a thread writes `bytes` into, as a shell's `<(...)` or a FIFO gives them:
/// a stream with no size. With StaysOpen the stream does not end after the bytes (as /dev/zero
/// never ends) until release(); with Ends it is closed after them.
class FeedingPipe {
public:
    enum Ending { Ends, StaysOpen };
    FeedingPipe(QByteArray bytes, Ending ending)
        : m_path(m_dir.filePath(QStringLiteral("stream.csv")))
        , m_bytes(std::move(bytes))
        , m_ending(ending)
        , m_released(m_release.get_future())
    {
        m_ok = m_dir.isValid() && ::mkfifo(QFile::encodeName(m_path).constData(), 0600) == 0;
        if (m_ok)
            m_writer = std::thread([this] { feed(); });
    }
    ~FeedingPipe()
    {
        release();
        if (m_writer.joinable())
            m_writer.join();
    }
    FeedingPipe(const FeedingPipe &) = delete;
    FeedingPipe &operator=(const FeedingPipe &) = delete;

    bool ok() const { return m_ok; }
    QString path() const { return m_path; }
    /// How many bytes the reader has taken (or the pipe buffered) so far.
    qint64 written() const { return m_written; }
    /// Ends a StaysOpen stream.
    void release()
    {
        if (!m_isReleased.exchange(true))
            m_release.set_value();
    }

private:
    void feed()
    {
        // A reader that stops early makes write() fail with EPIPE instead of killing the tests.
        sigset_t pipeSignal;
        sigemptyset(&pipeSignal);
        sigaddset(&pipeSignal, SIGPIPE);
        pthread_sigmask(SIG_BLOCK, &pipeSignal, nullptr);
        // Without a reader a non-blocking open fails with ENXIO: wait for one, but not forever.
        int fd = -1;
        const auto deadline = std::chrono::steady_clock::now() + 60s;
        while ((fd = ::open(QFile::encodeName(m_path).constData(), O_WRONLY | O_NONBLOCK)) < 0 && errno == ENXIO
            && !m_isReleased && std::chrono::steady_clock::now() < deadline)
            std::this_thread::sleep_for(5ms);
        if (fd < 0)
            return;
        ::fcntl(fd, F_SETFL, ::fcntl(fd, F_GETFL) & ~O_NONBLOCK);
        qsizetype at = 0;
        while (at < m_bytes.size()) {
            const ssize_t n
                = ::write(fd, m_bytes.constData() + at, size_t(std::min<qsizetype>(m_bytes.size() - at, 64 * 1024)));
            if (n <= 0)
                break; // the reader closed its end
            at += n;
            m_written = at;
        }
        if (m_ending == StaysOpen)
            m_released.wait();
        ::close(fd);
    }

    QTemporaryDir m_dir;
    QString m_path;
    QByteArray m_bytes;
    Ending m_ending;
    bool m_ok = false;
    std::atomic<qint64> m_written {0};
    std::atomic<bool> m_isReleased {false};
    std::promise<void> m_release;
    std::future<void> m_released;
    std::thread m_writer;
};

} // namespace

TEST(CsvReader, rfc4180_quotesEscapesAndLineBreaksInsideCells)
{
    const auto t = readCsv("date,note\r\n2026-01-05,\"a, \"\"quoted\"\"\r\nsecond line\"\r\n2026-01-06,plain\r\n");
    ASSERT_TRUE(t) << t.error().message.toStdString();
    ASSERT_EQ(t->rows.size(), 2);
    EXPECT_EQ(t->rows.at(0).cells.at(1), QStringLiteral("a, \"quoted\"\r\nsecond line"));
    EXPECT_EQ(t->rows.at(1).line, 4); // the quoted line break counts as a line of the file
    EXPECT_EQ(t->separator, u',');
}

TEST(CsvReader, detectsSemicolonAndTab_andSkipsBlankLines)
{
    const auto semi = readCsv("Datum;Wert\n05.01.2026;1,5\n\n");
    ASSERT_TRUE(semi);
    EXPECT_EQ(semi->separator, u';');
    EXPECT_EQ(semi->rows.size(), 1);
    EXPECT_EQ(semi->rows.at(0).cells, (QStringList {QStringLiteral("05.01.2026"), QStringLiteral("1,5")}));
    const auto tab = readCsv("date\tseverity\n2026-01-05\t4\n");
    ASSERT_TRUE(tab);
    EXPECT_EQ(tab->separator, u'\t');
}

TEST(CsvReader, windows1252Bytes_areDecodedAsWindows1252)
{
    // "Müde, Füße – schlecht" written by a spreadsheet on Windows: ü = FC, ß = DF, – = 96.
    const auto t = readCsv("date;note\r\n05.01.2026;M\xFC"
                           "de, F\xFC\xDF"
                           "e \x96 schlecht\r\n");
    ASSERT_TRUE(t);
    EXPECT_EQ(t->encoding, TextEncoding::Windows1252);
    EXPECT_EQ(t->rows.at(0).cells.at(1), QStringLiteral("Müde, Füße – schlecht"));
}

TEST(CsvReader, utf8WithAndWithoutBom_andUtf16)
{
    const QByteArray body = QStringLiteral("date,note\n2026-01-05,ça va\n").toUtf8();
    for (const QByteArray &bytes : {body, QByteArray("\xEF\xBB\xBF") + body}) {
        const auto t = readCsv(bytes);
        ASSERT_TRUE(t);
        EXPECT_EQ(t->encoding, TextEncoding::Utf8);
        EXPECT_EQ(t->header.first(), QStringLiteral("date"));
        EXPECT_EQ(t->rows.at(0).cells.at(1), QStringLiteral("ça va"));
    }
    QByteArray utf16("\xFF\xFE");
    const QString text = QStringLiteral("date\tnote\n2026-01-05\tça va\n");
    utf16.append(reinterpret_cast<const char *>(text.utf16()), text.size() * 2);
    const auto t = readCsv(utf16);
    ASSERT_TRUE(t) << t.error().message.toStdString();
    EXPECT_EQ(t->rows.at(0).cells.at(1), QStringLiteral("ça va"));
}

TEST(CsvReader, badFiles_areRefusedWithAClearMessage)
{
    auto message = [](const QByteArray &bytes) {
        const auto t = readCsv(bytes);
        return t ? QString() : t.error().message;
    };
    EXPECT_TRUE(message("").contains(QStringLiteral("empty")));
    EXPECT_TRUE(message("\xEF\xBB\xBF\r\n  \r\n").contains(QStringLiteral("empty")));
    EXPECT_TRUE(message("\f,").contains(QStringLiteral("empty"))); // found by the fuzzer
    EXPECT_TRUE(message("date,severity\r\n").contains(QStringLiteral("header but no rows")));
    EXPECT_TRUE(message(QByteArray("\x00\x01\x02\x03garbage\xFF\xFE\x00", 15)).contains(QStringLiteral("binary")));
    EXPECT_TRUE(message("PK\x03\x04rest of a zip").contains(QStringLiteral("workbook")));
    const QString unbalanced = message("date,note\n2026-01-05,\"never closed\n2026-01-06,x\n");
    EXPECT_TRUE(unbalanced.contains(QStringLiteral("Line 2"))) << unbalanced.toStdString();
    EXPECT_TRUE(unbalanced.contains(QStringLiteral("closing quote")));
}

TEST(CsvReader, aFiftyMegabyteLine_isRefusedAsNotADiary)
{
    QByteArray bytes("date,note\n2026-01-05,");
    bytes.append(QByteArray(50 * 1024 * 1024, 'a'));
    bytes.append('\n');
    const auto t = readCsv(bytes);
    ASSERT_FALSE(t);
    EXPECT_TRUE(t.error().message.contains(QStringLiteral("line 2"))) << t.error().message.toStdString();
}

TEST(CsvReader, fileAboveTheLimit_isRefusedUnread)
{
    CsvLimits small;
    small.maxFileBytes = 100;
    const auto t = readCsv(QByteArray("date\n") + QByteArray(200, '1'), small);
    ASSERT_FALSE(t);
    EXPECT_TRUE(t.error().message.contains(QStringLiteral("larger than")));
}

// Issue 10, finding 8: a pipe or /dev/zero has no size, so the guard on the file's size let
// readAll() grow until std::bad_alloc. The bytes are counted as they arrive.
TEST(CsvReader, aStreamIsCountedAsItArrives_andRefusedOnceBeyondTheLimit)
{
    CsvLimits small;
    small.maxFileBytes = 1024 * 1024;
    QByteArray rows("date,note\n");
    while (rows.size() < 4 * small.maxFileBytes)
        rows += "2026-01-05,a note that is long enough to fill a few megabytes soon\n";
    FeedingPipe pipe(rows, FeedingPipe::StaysOpen);
    ASSERT_TRUE(pipe.ok());
    auto reading = std::async(std::launch::async, [&] { return readCsvFile(pipe.path(), small); });
    const bool returned = reading.wait_for(20s) == std::future_status::ready;
    pipe.release(); // a reader that waits for the end of the stream gets it now
    EXPECT_TRUE(returned) << "the reader waited for the end of a stream already beyond the limit";
    const auto t = reading.get();
    ASSERT_FALSE(t);
    EXPECT_TRUE(t.error().message.contains(QStringLiteral("larger than 1 MB"))) << t.error().message.toStdString();
    EXPECT_LT(pipe.written(), 2 * small.maxFileBytes) << "it read on after the limit";
}

TEST(CsvReader, aPipeWithinTheLimit_isReadToItsEnd)
{
    FeedingPipe pipe(QStringLiteral("date,note\n2026-01-05,ça va\n").toUtf8(), FeedingPipe::Ends);
    ASSERT_TRUE(pipe.ok());
    const auto t = readCsvFile(pipe.path());
    ASSERT_TRUE(t) << t.error().message.toStdString();
    ASSERT_EQ(t->rows.size(), 1);
    EXPECT_EQ(t->rows.at(0).cells.at(1), QStringLiteral("ça va"));
}

// Issue 10, finding 9: one invalid byte made a UTF-8 file Windows-1252, its accents garbled
// ("Café" read as "CafÃ©") without a word. It is refused with the line; nothing is guessed.
TEST(CsvReader, oneInvalidByteInAUtf8File_isRefusedWithItsLine)
{
    const auto t = readCsv(utf8WithOneLatin1ByteOnLine7());
    ASSERT_FALSE(t) << "read as " << encodingName(t->encoding).toStdString() << ": "
                    << t->rows.at(0).cells.at(2).toStdString();
    EXPECT_TRUE(t.error().message.contains(QStringLiteral("Line 7 is not valid UTF-8")))
        << t.error().message.toStdString();
    EXPECT_TRUE(t.error().message.contains(QStringLiteral("choose the file's encoding")));
    EXPECT_TRUE(needsEncodingChoice(t.error()));
    // With a byte-order mark the file says it is UTF-8: refused just the same.
    const auto bom = readCsv(QByteArray("\xEF\xBB\xBF") + utf8WithOneLatin1ByteOnLine7());
    ASSERT_FALSE(bom);
    EXPECT_TRUE(bom.error().message.contains(QStringLiteral("Line 7"))) << bom.error().message.toStdString();
    // A byte that is no Windows-1252 character either (0x81) in a file without any UTF-8.
    const auto neither = readCsv("date;note\r\n05.01.2026;M\xFC"
                                 "de\r\n06.01.2026;\x81\r\n");
    ASSERT_FALSE(neither);
    EXPECT_TRUE(neither.error().message.contains(QStringLiteral("Line 3"))) << neither.error().message.toStdString();
}

TEST(CsvReader, aChosenEncoding_isUsed_andOnlyThatOne)
{
    CsvLimits chosen;
    chosen.encoding = TextEncoding::Windows1252;
    const auto t = readCsv(utf8WithOneLatin1ByteOnLine7(), chosen);
    ASSERT_TRUE(t) << t.error().message.toStdString();
    EXPECT_EQ(t->encoding, TextEncoding::Windows1252);
    EXPECT_EQ(t->rows.at(5).line, 7);
    EXPECT_EQ(t->rows.at(5).cells.at(2), QStringLiteral("Café pasted"));
    EXPECT_EQ(t->rows.at(0).cells.at(2), QStringLiteral("CafÃ© au lait")); // what the person chose

    chosen.encoding = TextEncoding::Utf8; // chosen, and still not UTF-8: refused, not replaced
    const auto utf8 = readCsv(utf8WithOneLatin1ByteOnLine7(), chosen);
    ASSERT_FALSE(utf8);
    EXPECT_TRUE(utf8.error().message.contains(QStringLiteral("Line 7"))) << utf8.error().message.toStdString();

    // UTF-16 without a byte-order mark is read when chosen (little- or big-endian).
    const QString text = QStringLiteral("date\tnote\n2026-01-05\tça va\n");
    chosen.encoding = TextEncoding::Utf16;
    for (const auto order : {QStringConverter::Utf16LE, QStringConverter::Utf16BE}) {
        const QByteArray bytes = QStringEncoder(order, QStringConverter::Flag::Stateless).encode(text);
        const auto u = readCsv(bytes, chosen);
        ASSERT_TRUE(u) << u.error().message.toStdString();
        EXPECT_EQ(u->encoding, TextEncoding::Utf16);
        EXPECT_EQ(u->rows.at(0).cells.at(1), QStringLiteral("ça va"));
    }

    // A UTF-8 file read automatically says so, and a chosen UTF-8 reads it the same.
    const auto clean = readCsv(QStringLiteral("date,note\n2026-01-05,Café\n").toUtf8(), CsvLimits {});
    ASSERT_TRUE(clean);
    EXPECT_EQ(clean->encoding, TextEncoding::Utf8);
    EXPECT_EQ(textEncodingFromName(QStringLiteral("windows-1252")), TextEncoding::Windows1252);
    EXPECT_EQ(textEncodingFromName(QStringLiteral("UTF-8")), TextEncoding::Utf8);
    EXPECT_EQ(textEncodingFromName(QStringLiteral("utf16")), TextEncoding::Utf16);
    EXPECT_FALSE(textEncodingFromName(QStringLiteral("latin-9")));
}

TEST(CsvDates, guessesTheFormFromAllDates_andAsksWhenTwoFit)
{
    EXPECT_EQ(guessDateFormat({QStringLiteral("2026-01-05")}).format, DateFormat::Iso);
    EXPECT_EQ(guessDateFormat({QStringLiteral("05.01.2026")}).format, DateFormat::DayMonthYearDots);
    EXPECT_EQ(guessDateFormat({QStringLiteral("05/01/2026"), QStringLiteral("25/01/2026")}).format,
        DateFormat::DayMonthYearSlashes);
    EXPECT_EQ(guessDateFormat({QStringLiteral("01/05/2026"), QStringLiteral("01/25/2026")}).format,
        DateFormat::MonthDayYearSlashes);
    const DateFormatGuess unsure = guessDateFormat({QStringLiteral("03/04/2026"), QStringLiteral("04/05/2026")});
    EXPECT_TRUE(unsure.ambiguous());
    EXPECT_EQ(unsure.candidates.size(), 2);
}

TEST(CsvDates, aDateThatDoesNotExist_isRefusedWithTheReason)
{
    QString why;
    EXPECT_FALSE(parseDate(QStringLiteral("2026-02-30"), DateFormat::Iso, &why));
    EXPECT_TRUE(why.contains(QStringLiteral("not a date that exists")));
    EXPECT_EQ(parseDate(QStringLiteral("2026-01-05 00:00:00"), DateFormat::Iso, &why), QDate(2026, 1, 5));
    EXPECT_EQ(parseDate(QStringLiteral("5.1.2026"), DateFormat::DayMonthYearDots, &why), QDate(2026, 1, 5));
    EXPECT_EQ(parseDate(QStringLiteral("01/05/2026"), DateFormat::MonthDayYearSlashes, &why), QDate(2026, 1, 5));
}

TEST(CsvMapping, guessesDiaryFieldsFromAPersonsOwnHeaders)
{
    const QStringList header = {QStringLiteral("Date"), QStringLiteral("RLS score"), QStringLiteral("Mg (mg)"),
        QStringLiteral("Iron (mg)"), QStringLiteral("Coffee"), QStringLiteral("Bedtime"), QStringLiteral("Woke up"),
        QStringLiteral("Sleep quality"), QStringLiteral("Notes"), QStringLiteral("IRLS")};
    const ColumnMapping m = guessMapping(header);
    const QList<DiaryField> expected = {DiaryField::Date, DiaryField::Severity, DiaryField::MagnesiumMg,
        DiaryField::IronMg, DiaryField::CaffeineMg, DiaryField::InBed, DiaryField::FinalAwakening, DiaryField::Quality,
        DiaryField::Note, DiaryField::IrlsTotal};
    EXPECT_EQ(m.fields, expected);
    // People count coffee in cups: the column is caffeine, counted in cups (headerguess_test.cpp).
    EXPECT_EQ(m.unitOf(4), CountUnit::CupsOfCoffee);
    EXPECT_TRUE(mappingProblems(m, header).isEmpty());
}

TEST(CsvMapping, ownHeadersMapExactly_andComputedColumnsAreNotImported)
{
    const ColumnMapping m = guessMapping(csvHeader(CsvKind::Nightly));
    EXPECT_EQ(
        m.fields.at(csvHeader(CsvKind::Nightly).indexOf(QStringLiteral("sleep_efficiency_pct"))), DiaryField::Ignore);
    EXPECT_FALSE(m.perDose());
    EXPECT_TRUE(guessMapping(csvHeader(CsvKind::Intakes)).perDose());
}

TEST(CsvMapping, noDateColumn_orAFieldTwice_isExplained)
{
    ColumnMapping m;
    m.fields = {DiaryField::Severity, DiaryField::Severity};
    const QStringList problems = mappingProblems(m, {QStringLiteral("a"), QStringLiteral("b")});
    ASSERT_EQ(problems.size(), 2);
    EXPECT_TRUE(problems.at(0).contains(QStringLiteral("date")));
    EXPECT_TRUE(problems.at(1).contains(QStringLiteral("\"a\" and \"b\"")));
}

TEST(CsvMapping, olderHeaders_stillMap_andTheIntakesFileHasKindAndLabelWeight)
{
    EXPECT_EQ(guessField(QStringLiteral("magnesium_mg")), DiaryField::MagnesiumMg);
    EXPECT_EQ(guessField(QStringLiteral("iron_mg")), DiaryField::IronMg);
    EXPECT_EQ(guessField(QStringLiteral("category")), DiaryField::Kind);
    EXPECT_EQ(guessField(QStringLiteral("magnesium_elemental_mg")), DiaryField::MagnesiumMg);
    EXPECT_EQ(guessField(QStringLiteral("iron_elemental_mg")), DiaryField::IronMg);
    EXPECT_EQ(csvHeader(CsvKind::Intakes),
        QStringList(
            {QStringLiteral("date"), QStringLiteral("time"), QStringLiteral("substance"), QStringLiteral("kind"),
                QStringLiteral("form"), QStringLiteral("amount"), QStringLiteral("unit"), QStringLiteral("label_mg")}));
    const ColumnMapping m = guessMapping(csvHeader(CsvKind::Intakes));
    EXPECT_TRUE(m.has(DiaryField::Kind));
    EXPECT_TRUE(m.has(DiaryField::LabelMg));
}

TEST(CsvDoses, groupColumn_namesAreOptional_andLabelWeightsComeAfterFrom)
{
    QString why;
    const auto doses
        = csv::parseDoses(QStringLiteral("300 mg (glycinate) at 21:00; Magnesium citrate powder: 0,5 g "
                                         "at 21:30; 42,3 mg (from 300 mg glycinate); 42.3 mg (from 300 mg)"),
            substances::Magnesium, true, &why);
    ASSERT_TRUE(doses) << why.toStdString();
    ASSERT_EQ(doses->size(), 4);
    EXPECT_EQ(doses->at(0),
        (Intake {substances::Magnesium, 300, QStringLiteral("mg"), QStringLiteral("glycinate"), QTime(21, 0)}));
    EXPECT_EQ(doses->at(1),
        (Intake {QStringLiteral("Magnesium citrate powder"), 0.5, QStringLiteral("g"), {}, QTime(21, 30)}));
    EXPECT_EQ(doses->at(2),
        (Intake {substances::Magnesium, 42.3, QStringLiteral("mg"), QStringLiteral("glycinate"), {}, 300}));
    EXPECT_EQ(doses->at(3), (Intake {substances::Magnesium, 42.3, QStringLiteral("mg"), {}, {}, 300}));
    // Written back the other way, with '.' decimals.
    EXPECT_EQ(csv::formatDoses(*doses, substances::Magnesium),
        QStringLiteral("300 mg (glycinate) at 21:00; Magnesium citrate powder: 0.5 g at 21:30; "
                       "42.3 mg (from 300 mg glycinate); 42.3 mg (from 300 mg)"));
}

TEST(CsvDoses, otherIntakes_needANamePerDose_andAFormThatIsNoLabelStaysAForm)
{
    QString why;
    EXPECT_FALSE(csv::parseDoses(QStringLiteral("2 mg at 22:00"), {}, false, &why));
    EXPECT_TRUE(why.contains(QStringLiteral("Melatonin: 2 mg at 22:00")));
    const auto doses = csv::parseDoses(
        QStringLiteral("Melatonin: 2 mg (from the pharmacy) at 22:15; Caffeine: 95 mg (Espresso (1 shot))"), {}, false,
        &why);
    ASSERT_TRUE(doses) << why.toStdString();
    EXPECT_EQ(doses->at(0).form, QStringLiteral("from the pharmacy"));
    EXPECT_FALSE(doses->at(0).labelMg.has_value());
    EXPECT_EQ(doses->at(1).form, QStringLiteral("Espresso (1 shot)"));
}
