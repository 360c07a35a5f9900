#pragma once

#include "core/domain/validation/ValidationIssue.h"

#include <QList>
#include <QMap>
#include <QString>

class QFormLayout;
class QLabel;
class QWidget;

namespace pr::gui {

// The validation messages of a form, each shown in a small label under its field, with
// text (not only colour). A label belongs to a field path of the domain type ("purposes")
// and shows every issue of that path and of the paths inside it ("purposes[2]",
// "retention.amount"); what no label shows is left for the form's summary.
class FieldIssues {
public:
    // Puts an issue label under FIELD in FORM (the row after FIELD's) for PATH; NAME names
    // the field for assistive technology ("Problem with name").
    void add(QFormLayout* form, QWidget* field, const QString& path, const QString& name);

    // Shows ISSUES beside their fields; returns the ones that have no label.
    QList<core::ValidationIssue> show(const QList<core::ValidationIssue>& issues) const;

    // The label for PATH, or nullptr.
    QLabel* label(const QString& path) const { return m_labels.value(path); }

private:
    QMap<QString, QLabel*> m_labels;
};

} // namespace pr::gui
