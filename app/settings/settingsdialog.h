// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDialog>

class QButtonGroup;
class QComboBox;
class QGroupBox;
class QLabel;
class QLineEdit;
class QPushButton;
class QScrollArea;
class QSpinBox;
class QTimeEdit;

namespace rls {

class DiaryContext;
class RegimenEditor;
class TimeField;
class ReminderSettings;
struct Preferences;

/// Edit > Preferences: the diary file, "My regimen", the day-split hour, the magnesium upper
/// limit, the caffeine hour, the standard drink, the first day of the week, the look, the
/// language, the usual night and the evening reminder. OK saves them
/// through DiaryContext::setPreferences; a regimen row that cannot be saved keeps the dialog open.
class SettingsDialog final : public QDialog {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(SettingsDialog)

public:
    explicit SettingsDialog(DiaryContext &context, QWidget *parent = nullptr);

    void accept() override;

private:
    QGroupBox *buildDiaryGroup();
    QGroupBox *buildRegimenGroup();
    QGroupBox *buildDaysGroup();
    QGroupBox *buildNotesGroup();
    void load(const Preferences &preferences);
    void chooseDiaryFile();
    void showDiaryPath();
    void fitToNotes();

    DiaryContext &m_context;
    QString m_diaryPath; // the setting: empty means the default place
    QLineEdit *m_diaryEdit = nullptr;
    QPushButton *m_chooseDiary = nullptr;
    QLabel *m_diaryNote = nullptr;
    RegimenEditor *m_regimen = nullptr;
    QSpinBox *m_daySplit = nullptr;
    TimeField *m_usualInBed = nullptr;
    TimeField *m_usualTried = nullptr;
    TimeField *m_usualOutOfBed = nullptr;
    QComboBox *m_firstDay = nullptr;
    QButtonGroup *m_magnesium = nullptr;
    QTimeEdit *m_caffeine = nullptr;
    QTimeEdit *m_evening = nullptr;
    QComboBox *m_drink = nullptr;
    QComboBox *m_theme = nullptr;
    QComboBox *m_paper = nullptr;
    QComboBox *m_language = nullptr;
    ReminderSettings *m_reminder = nullptr;
    QScrollArea *m_scroll = nullptr;
};

} // namespace rls
