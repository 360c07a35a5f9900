#pragma once

#include "core/domain/SubProcessorNotice.h"

#include <QDialog>

class QComboBox;
class QDateEdit;
class QLabel;
class QPlainTextEdit;

namespace pr::gui {

// A client's objection to a sub-processor (art. 9.2 of the DPA): when it came, its grounds and
// what was agreed, and how it ended so far. Filled in from NOTICE when it already has one.
class ObjectionDialog : public QDialog {
    Q_OBJECT

public:
    ObjectionDialog(const core::SubProcessorNotice& notice, QDate today, QWidget* parent = nullptr);

    QDate date() const;
    QString text() const;
    core::ObjectionOutcome outcome() const;

    QDateEdit* dateEdit() const { return m_date; }
    QPlainTextEdit* textEdit() const { return m_text; }
    QComboBox* outcomeCombo() const { return m_outcome; }
    // Where the reasons of a refused objection are shown.
    void showProblem(const QString& problem);

private:
    QDateEdit* m_date;
    QPlainTextEdit* m_text;
    QComboBox* m_outcome;
    QLabel* m_problem;
};

} // namespace pr::gui
