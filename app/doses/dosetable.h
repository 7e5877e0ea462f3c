// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "model/catalog.h"
#include "model/night.h"
#include "model/result.h"

#include <QWidget>

#include <functional>

class QLabel;
class QPushButton;
class QTableView;

namespace rls {

class DosesModel;

/// A DosesModel in a table with Add and Remove buttons and a line under it for the problems
/// of its rows: the part the evening log's "Taken today" and "My regimen" share.
class DoseTable final : public QWidget {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(DoseTable)

public:
    explicit DoseTable(QWidget *parent = nullptr);

    DosesModel *model() const { return m_model; }
    QTableView *view() const { return m_view; }
    QPushButton *addButton() const { return m_add; }
    QPushButton *removeButton() const { return m_remove; }
    QLabel *messageLabel() const { return m_message; }

    /// An editor still open holds a value the model has not seen yet: hand it over.
    void commitOpenEditor();
    /// Appends doses and puts the cursor on the first new row's `column`, ready to type.
    void addDoses(const QList<Intake> &doses, int column);
    /// Shows `messages` under the table (the rows' problems, or a refused edit).
    void showMessages(const QStringList &messages);

    /// Lets the person add a substance to the catalog from the substance list; `adder` writes
    /// it to the diary and returns it as stored, or why it could not.
    void setSubstanceAdder(std::function<Result<Substance>(const Substance &)> adder);
    /// Adds `substance` through the adder and puts it in `row`; false (with the reason shown
    /// under the table) when the diary refused it.
    bool addSubstance(int row, const Substance &substance);

private:
    void addBlank();
    void removeCurrent();
    void askForNewSubstance(int row);

    DosesModel *m_model;
    QTableView *m_view;
    QPushButton *m_add;
    QPushButton *m_remove;
    QLabel *m_message;
    std::function<Result<Substance>(const Substance &)> m_adder;
};

} // namespace rls
