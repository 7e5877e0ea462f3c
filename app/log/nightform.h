// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "guidance/guidance.h"
#include "model/night.h"
#include "model/result.h"
#include "model/trialplan.h"

#include <QWidget>

#include <optional>

class QCheckBox;
class QGridLayout;
class QLabel;
class QPlainTextEdit;
class QVBoxLayout;

namespace rls {

class DiaryContext;
class IntakesEditor;
class SleepEditor;
class SymptomsEditor;
class TagsEditor;

/// The fields of one night. On tonight, the sleep section asks "How did you sleep last
/// night?" and edits the previous night's sleep, since tonight's has not happened yet.
class NightForm final : public QWidget {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(NightForm)

public:
    explicit NightForm(DiaryContext &context, QWidget *parent = nullptr);

    /// Shows `night` (stored, or empty for a night not logged yet). `previous` is given only on
    /// tonight: the sleep section then edits its sleep.
    void load(const Night &night, const std::optional<Night> &previous);
    /// One column (symptoms, sleep, then what was taken, tags and the note) for a small window,
    /// which the page then scrolls; two columns side by side otherwise.
    void setSingleColumn(bool single);
    bool isSingleColumn() const { return m_singleColumn; }
    /// The narrowest the form can be with its two columns side by side.
    int twoColumnMinimumWidth() const;
    /// Puts the focus on tonight's first question, the severity, so that typing "7" answers it.
    void focusFirstField();

    /// The night as the fields now describe it.
    Night night() const;
    /// On tonight, the previous night with the sleep from the fields.
    std::optional<Night> previousNight() const;
    /// The nights whose fields differ from what was loaded: what Save would write.
    QList<Night> changedNights() const;
    bool isDirty() const { return !changedNights().isEmpty(); }

    /// Checks the fields (half-typed times, then core's validation); shows every message next
    /// to its field, moves the focus to the first, and returns false when anything is wrong.
    bool validate();
    void clearErrors();

    /// Reads the catalog, the tags and the preferences again.
    void refreshChoices();

    /// The "show my doctor" box: the night goes on the report's list of nights to discuss. The
    /// form does not lay it out: the page puts it beside Save, where it is always in view.
    QCheckBox *flaggedForDoctorBox() const { return m_flagged; }

    /// The personal trial that shapes the evenings, if one is ongoing.
    const std::optional<TrialPlan> &trial() const { return m_trial; }
    /// Reads the ongoing personal trial again: "My regimen" follows its block.
    void refreshTrial();

    /// Fills today's intakes with the previous day's (the "Same as yesterday" button).
    void copyYesterdaysIntakes();

signals:
    void changed();
    /// A message for the status bar, e.g. "Nothing to copy from yesterday".
    void message(const QString &text);

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void updateGuidance();
    /// Shows the usual times in an empty sleep section, as a suggestion (see SleepEditor::suggest).
    void updateSleepSuggestion();
    /// "My regimen" for the shown night: the usual doses, or the trial block's dose in their place.
    void updateRegimen();
    QWidget *makeGuidanceNote(const Guidance &guidance);
    /// The notes' settings for the night of `date`: the caffeine hour from the bedtimes before it.
    GuidanceSettings guidanceSettingsFor(QDate date) const;
    /// Tab visits the fields in the evening's order, whatever order they were created in.
    void updateTabOrder();

    DiaryContext &m_context;
    QGridLayout *m_grid = nullptr;
    QVBoxLayout *m_leftColumn = nullptr;
    QVBoxLayout *m_rightColumn = nullptr;
    bool m_singleColumn = false;
    SymptomsEditor *m_symptoms;
    SleepEditor *m_sleep;
    IntakesEditor *m_intakes;
    TagsEditor *m_tags;
    QPlainTextEdit *m_note;
    QCheckBox *m_flagged;
    QWidget *m_guidanceBox;
    QVBoxLayout *m_guidanceList;
    QLabel *m_otherErrors;
    Night m_baseline;
    std::optional<Night> m_previousBaseline;
    std::optional<TrialPlan> m_trial;
    QDate m_kidneyShownOn; // the night on which the one-time kidney reminder appeared
    GuidanceSettings m_guidance;
    QList<QWidget *> m_guidanceSources; // the notes' Source buttons, in the Tab order
    QList<QWidget *> m_sectionEnds; // the symptoms' and the sleep's last fields: Enter moves on
};

} // namespace rls
