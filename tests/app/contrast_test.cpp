// SPDX-License-Identifier: GPL-3.0-or-later
// Issue 14, accessibility: every text colour of the light and the dark theme, as applyTheme
// sets them, against its background, at WCAG 2.x's 4.5:1 for text; the chart's lines and marks
// against the plot at 3:1, WCAG's contrast for graphics. The ratio is worked out here from
// WCAG's formula, not with the app's own helper, so a mistake there cannot hide one here.
#include "log/nightform.h"
#include "log/severitypicker.h"
#include "session/diarycontext.h"
#include "shared/errormarks.h"
#include "shared/theme.h"
#include "support/tempdiary.h"
#include "trends/chartcolours.h"
#include "trends/trendplot.h"
#include "trial/trialstrip.h"

#include <QApplication>
#include <QLabel>
#include <QSettings>
#include <QStyle>
#include <QStyleFactory>

#include <gtest/gtest.h>

#include <cmath>

using namespace rls;

namespace {

constexpr double TextContrast = 4.5; // WCAG 2.x 1.4.3, normal text
constexpr double GraphicsContrast = 3.0; // WCAG 2.x 1.4.11, parts of graphics

// WCAG 2.x: relative luminance from linearised sRGB channels.
double luminance(const QColor &c)
{
    const auto lin = [](double v) { return v <= 0.04045 ? v / 12.92 : std::pow((v + 0.055) / 1.055, 2.4); };
    const QColor rgb = c.toRgb();
    return 0.2126 * lin(rgb.redF()) + 0.7152 * lin(rgb.greenF()) + 0.0722 * lin(rgb.blueF());
}

// A colour with alpha as it shows over an opaque background.
QColor over(const QColor &fg, const QColor &bg)
{
    const double a = fg.alphaF();
    return QColor::fromRgbF(float(fg.redF() * a + bg.redF() * (1 - a)), float(fg.greenF() * a + bg.greenF() * (1 - a)),
        float(fg.blueF() * a + bg.blueF() * (1 - a)));
}

double ratio(const QColor &fg, const QColor &bg)
{
    const double a = luminance(over(fg, bg));
    const double b = luminance(bg);
    return (std::max(a, b) + 0.05) / (std::min(a, b) + 0.05);
}

// Applies a theme for one test, and puts the style and palette back afterwards.
class ThemeApplied {
public:
    explicit ThemeApplied(Theme theme)
        : m_style(QApplication::style()->name())
        , m_palette(QApplication::palette())
    {
        applyTheme(theme);
    }
    ~ThemeApplied()
    {
        QApplication::setStyle(QStyleFactory::create(m_style));
        QApplication::setPalette(m_palette);
    }
    Q_DISABLE_COPY_MOVE(ThemeApplied)

private:
    QString m_style;
    QPalette m_palette;
};

const char *nameOf(Theme theme)
{
    return theme == Theme::Dark ? "dark" : "light";
}

struct Failures {
    QStringList lines;
    void check(const QString &what, const QColor &fg, const QColor &bg, double needed)
    {
        const double r = ratio(fg, bg);
        if (r < needed)
            lines.append(QStringLiteral("%1: %2 on %3 is %4:1, needs %5:1")
                             .arg(what, over(fg, bg).name(), bg.name())
                             .arg(r, 0, 'f', 2)
                             .arg(needed));
    }
};

// A mark's colour: its fill, or its pen's where the shape is drawn in one colour (a disc).
QColor markColour(const QCPScatterStyle &style)
{
    return style.brush().style() != Qt::NoBrush ? style.brush().color() : style.pen().color();
}

class Contrast : public ::testing::TestWithParam<Theme> { };

} // namespace

TEST(ContrastFormula, matchesWcagsOwnExamples)
{
    EXPECT_DOUBLE_EQ(ratio(Qt::black, Qt::white), 21.0);
    EXPECT_NEAR(ratio(QColor(0x76, 0x76, 0x76), Qt::white), 4.54, 0.01); // the lightest grey that passes on white
    EXPECT_NEAR(ratio(QColor(0x77, 0x77, 0x77), Qt::white), 4.48, 0.01);
    EXPECT_NEAR(ratio(QColor(0, 0, 0, 128), Qt::white), ratio(QColor(0x7f, 0x7f, 0x7f), Qt::white), 0.02);
}

TEST_P(Contrast, paletteTexts_readAgainstTheirBackgrounds)
{
    const ThemeApplied theme(GetParam());
    const QPalette p = QApplication::palette();
    Failures f;
    for (const auto group : {QPalette::Active, QPalette::Inactive}) {
        const QString g = group == QPalette::Active ? QStringLiteral("active ") : QStringLiteral("inactive ");
        const auto pair = [&](const char *name, QPalette::ColorRole fg, QPalette::ColorRole bg) {
            f.check(g + QString::fromLatin1(name), p.color(group, fg), p.color(group, bg), TextContrast);
        };
        pair("WindowText/Window", QPalette::WindowText, QPalette::Window);
        pair("Text/Base", QPalette::Text, QPalette::Base);
        pair("Text/AlternateBase", QPalette::Text, QPalette::AlternateBase);
        pair("ButtonText/Button", QPalette::ButtonText, QPalette::Button);
        pair("HighlightedText/Highlight", QPalette::HighlightedText, QPalette::Highlight);
        pair("ToolTipText/ToolTipBase", QPalette::ToolTipText, QPalette::ToolTipBase);
        pair("PlaceholderText/Base", QPalette::PlaceholderText, QPalette::Base);
        // Hints and the "0 none" of the severity scale are drawn in the placeholder colour on the window.
        pair("PlaceholderText/Window", QPalette::PlaceholderText, QPalette::Window);
        pair("Link/Base", QPalette::Link, QPalette::Base);
        pair("Link/Window", QPalette::Link, QPalette::Window);
        pair("LinkVisited/Base", QPalette::LinkVisited, QPalette::Base);
    }
    EXPECT_TRUE(f.lines.isEmpty()) << nameOf(GetParam()) << " theme:\n  "
                                   << f.lines.join(QStringLiteral("\n  ")).toStdString();
}

TEST_P(Contrast, theAppsOwnColouredTexts_read)
{
    const ThemeApplied theme(GetParam());
    Failures f;
    QWidget window;
    QLabel *error = ErrorMarks::makeLabel(&window);
    f.check(QStringLiteral("error message"), error->palette().color(QPalette::WindowText),
        window.palette().color(QPalette::Window), TextContrast);
    // The number on the chosen cell of the severity picker, on the cell's own colour.
    for (int s = 0; s <= SeverityPicker::Highest; ++s)
        f.check(QStringLiteral("severity %1 chosen").arg(s), SeverityPicker::textColour(s), SeverityPicker::colour(s),
            TextContrast);

    // The guidance note's source, shown under the note when asked for: 900 mg of magnesium
    // brings the note on the upper limit, and the kidney reminder.
    test::TempDiary diary;
    Night night;
    night.date = QDate(2026, 11, 20);
    night.intakes.append({substances::Magnesium, 900, QStringLiteral("mg"), QStringLiteral("citrate"), {}});
    QSettings settings(diary.dir() + QStringLiteral("/settings.ini"), QSettings::IniFormat);
    DiaryContext context(diary.store(), false, settings);
    NightForm form(context);
    form.load(night, std::nullopt);
    form.show();
    const QList<QLabel *> sources = form.findChildren<QLabel *>(QStringLiteral("guidanceSource"));
    ASSERT_FALSE(sources.isEmpty());
    for (const QLabel *source : sources) {
        const QPalette::ColorGroup group = source->isEnabled() ? QPalette::Active : QPalette::Disabled;
        f.check(QStringLiteral("guidance source"), source->palette().color(group, source->foregroundRole()),
            source->palette().color(group, QPalette::Window), TextContrast);
    }
    EXPECT_TRUE(f.lines.isEmpty()) << nameOf(GetParam()) << " theme:\n  "
                                   << f.lines.join(QStringLiteral("\n  ")).toStdString();
}

TEST_P(Contrast, chartLinesAndMarks_standOutFromThePlot)
{
    const ThemeApplied theme(GetParam());
    Failures f;
    TrendPlot chart; // styled as the screen shows it: markers, antialiased
    const ChartColours c = ChartColours::fromPalette(chart.palette());
    const QColor plot = c.background;
    const auto graph = [&chart](const char *name) { return chart.findChild<QCPGraph *>(QString::fromLatin1(name)); };
    f.check(
        QStringLiteral("axis text"), chart.severityRect()->axis(QCPAxis::atLeft)->tickLabelColor(), plot, TextContrast);
    f.check(QStringLiteral("legend text"), chart.legend->textColor(), plot, TextContrast);
    f.check(QStringLiteral("regimen label on its band"), c.text, over(c.regimenBand, plot), TextContrast);
    // Lines by their pen; marks by their fill. The thin line joining the nightly severity dots
    // is drawn faint on purpose, under the dots and the mean that carry the values.
    for (const char *line : {"severityMeanGraph", "sleepQualityGraph", "sleepEfficiencyGraph", "onsetMedianGraph"})
        f.check(QString::fromLatin1(line), graph(line)->pen().color(), plot, GraphicsContrast);
    for (const char *marks :
        {"severityGraph", "ironGraph", "caffeineGraph0", "alcoholGraph0", "labTestGraph", "markedNights"})
        f.check(QString::fromLatin1(marks), markColour(graph(marks)->scatterStyle()), plot, GraphicsContrast);
    // A bar is told from the plot by its fill or by its edge.
    auto *bars = chart.findChild<QCPBars *>(QStringLiteral("magnesiumBars"));
    const double fill = ratio(bars->brush().color(), plot);
    const double edge = bars->pen().style() == Qt::NoPen ? 1.0 : ratio(bars->pen().color(), plot);
    if (std::max(fill, edge) < GraphicsContrast)
        f.lines.append(
            QStringLiteral("magnesium bars: fill %1:1, edge %2:1").arg(fill, 0, 'f', 2).arg(edge, 0, 'f', 2));
    for (const auto condition : {Condition::A, Condition::B})
        f.check(QStringLiteral("trial condition %1").arg(condition == Condition::A ? u'A' : u'B'),
            TrialStrip::conditionColour(condition, chart.palette()), chart.palette().color(QPalette::Base),
            GraphicsContrast);
    EXPECT_TRUE(f.lines.isEmpty()) << nameOf(GetParam()) << " theme:\n  "
                                   << f.lines.join(QStringLiteral("\n  ")).toStdString();
}

INSTANTIATE_TEST_SUITE_P(Themes, Contrast, ::testing::Values(Theme::Light, Theme::Dark),
    [](const ::testing::TestParamInfo<Theme> &theme) { return std::string(nameOf(theme.param)); });
