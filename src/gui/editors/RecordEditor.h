#pragma once

#include "core/domain/EntityKind.h"
#include "core/domain/validation/ValidationIssue.h"
#include "gui/editors/FieldIssues.h"
#include "usecases/records/RecordVersion.h"

#include <QWidget>

#include <memory>

namespace pr::gui {

// The form of one record of the register, new or stored, as EditorDialog hosts it. The form
// starts from the record (or a new one) and keeps every field it does not show as it was, so
// that saving an unchanged form changes nothing. Validation is the domain's: it runs on every
// change and each message appears under its field.
class RecordEditor : public QWidget {
    Q_OBJECT

public:
    using QWidget::QWidget;

    virtual core::EntityKind kind() const = 0;
    virtual bool isNew() const = 0;
    // "New processing activity" or "Edit processing activity".
    virtual QString dialogTitle() const = 0;
    // Every problem with the record as edited now.
    virtual QList<core::ValidationIssue> issues() const = 0;
    // Whether the form differs from the record it started from.
    virtual bool isModified() const = 0;
    // The record as it started (nullptr for a new one) and as edited, for SaveRecordCommand.
    virtual std::unique_ptr<usecases::RecordVersion> loadedVersion() const = 0;
    virtual std::unique_ptr<usecases::RecordVersion> editedVersion() const = 0;

    // Shows the current issues beside their fields; returns all of them.
    QList<core::ValidationIssue> refreshIssues();
    // The issues the last refreshIssues() found no field for.
    const QList<core::ValidationIssue>& unplacedIssues() const { return m_unplaced; }

Q_SIGNALS:
    // A field was edited.
    void changed();

protected:
    FieldIssues& fieldIssues() { return m_fieldIssues; }
    // Shows ISSUES beside the fields they are about; returns the ones with no field on this
    // form (the dialog's summary spells those out). By default the fields of fieldIssues();
    // a form with labels of its own places those first.
    virtual QList<core::ValidationIssue> placeIssues(const QList<core::ValidationIssue>& issues);
    // Emits changed() whenever WIDGET's value changes (line and text edits, combos, spin
    // boxes, date fields, check boxes, list widgets, TextListEdit).
    void watch(QWidget* widget);

private:
    FieldIssues m_fieldIssues;
    QList<core::ValidationIssue> m_unplaced;
};

} // namespace pr::gui
