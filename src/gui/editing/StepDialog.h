#pragma once

#include "core/domain/validation/ValidationIssue.h"
#include "gui/editors/FieldIssues.h"

#include <QDate>
#include <QDateTime>
#include <QDialog>

class QDateEdit;
class QTimeEdit;
class QDialogButtonBox;
class QFormLayout;
class QLabel;
class QPushButton;

namespace pr::gui {

// What the dialog of every workflow step shares (an agreement's signing, a request's
// handling): the step's date, today to start with, then the fields the step needs, and OK and
// Cancel. The reasons why the step cannot be taken appear under the field they are about (the
// workflow's issues name the record's fields), the others below the form, so that the user
// corrects them without starting again. "OK" emits submitted(): the caller records the step
// with its use case and closes the dialog, or shows the reasons. Every edit emits edited(), for
// a caller that checks the step as the user types.
class StepDialog : public QDialog {
    Q_OBJECT

public:
    QDate date() const;
    // The date with the time of addTime() (local time), or the start of the date without one.
    QDateTime moment() const;

    // Shows ISSUES beside their fields; those without a field below the form.
    void showIssues(const QList<core::ValidationIssue>& issues);
    // Shows MESSAGE below the form (a problem that belongs to no field); empty hides it.
    void showError(const QString& message);
    // Whether OK can be pressed, for a caller that checks as the user types.
    void setReady(bool ready);
    QPushButton* okButton() const;

Q_SIGNALS:
    void submitted();
    void edited();

protected:
    // DATE_PATH is the field of the record that keeps the step's date: the workflow's issues
    // about the date name it.
    StepDialog(const QString& title, const QString& dateLabel, const QString& datePath, QDate today,
               QWidget* parent);

    QDateEdit* dateEdit() const { return m_date; }
    // Adds a time of day beside the date, TIME to start with, for a step whose moment counts in
    // hours (a breach's clocks); the issues about the date are then about both.
    QTimeEdit* addTime(QTime time);
    // A line of text above the form, e.g. which record the step is for.
    void setIntro(const QString& text);
    // Adds the row "LABEL FIELD"; the issues about PATH, when given, appear under FIELD (NAME
    // names it for assistive technology). Edits of FIELD emit edited().
    void addField(const QString& label, QWidget* field, const QString& path = {},
                  const QString& name = {});
    // Adds a row of its own below FIELD's, for what the user should know about it.
    void addNote(const QString& text);
    // Adds WIDGET as a row of its own, across the form.
    void addRow(QWidget* widget);
    QFormLayout* form() const { return m_form; }
    // WIDTH wide, and as high as the wrapped texts then need.
    void fitWidth(int width);
    void showEvent(QShowEvent* event) override;

private:
    void watch(QWidget* field);
    void growToFit();

    QLabel* m_intro;
    QDateEdit* m_date;
    QTimeEdit* m_time = nullptr;
    QFormLayout* m_form;
    FieldIssues m_fieldIssues;
    QLabel* m_issues;
    QDialogButtonBox* m_buttons;
};

} // namespace pr::gui
