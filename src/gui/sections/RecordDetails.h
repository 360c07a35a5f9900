#pragma once

#include <QList>
#include <QString>

namespace pr::gui {

// One record as its detail pane shows it: a title and labelled values, in reading order. The
// values are register content and are always shown as plain text, never as HTML.
struct RecordDetails {
    struct Field {
        QString label;
        QString value; // may hold line breaks: one list item per line
    };
    QString title;
    QList<Field> fields;
    // Shown under the title, set apart, when not empty: what the user must not miss about the
    // record (e.g. that a signed agreement differs from what today's register would make).
    QString warning;

    // Adds LABEL: VALUE unless VALUE is empty, so that the pane lists what is filled in.
    void add(const QString& label, const QString& value)
    {
        if (!value.trimmed().isEmpty()) {
            fields.append({label, value});
        }
    }
};

} // namespace pr::gui
