#pragma once

#include "core/domain/Organisation.h"
#include "core/domain/validation/ValidationIssue.h"

#include <QHash>
#include <QSet>
#include <QWidget>

#include <memory>

class QLabel;
class QLineEdit;

namespace Ui {
class OrganisationForm;
}

namespace pr::gui {

// The organisation profile as a form: the new-register wizard and the Organisation editor
// use it. Problems appear beside a field as soon as it has been edited (not before: an empty
// form should not start out red), and beside every field after showAllIssues().
class OrganisationForm : public QWidget {
    Q_OBJECT

public:
    explicit OrganisationForm(QWidget* parent = nullptr);
    ~OrganisationForm() override;

    // The profile as edited. Fields the form does not show (logo, privacy contact) keep the
    // values of the last setOrganisation().
    core::Organisation organisation() const;
    void setOrganisation(const core::Organisation& organisation);

    QList<core::ValidationIssue> issues() const;
    // The issues of ISSUES that no field of this form shows (the privacy contact's, the
    // images'): a dialog around the form lists those elsewhere.
    QList<core::ValidationIssue>
    issuesWithoutField(const QList<core::ValidationIssue>& issues) const;
    bool isValid() const { return issues().isEmpty(); }
    void showAllIssues();

Q_SIGNALS:
    void changed();

private:
    struct Field {
        QLineEdit* edit;
        QLabel* error;
    };
    void refreshIssues();

    std::unique_ptr<Ui::OrganisationForm> m_ui;
    core::Organisation m_loaded;
    QHash<QString, Field> m_fields; // by the domain field name, as validation reports it
    QSet<QString> m_touched;
    bool m_showAll = false;
};

} // namespace pr::gui
