#pragma once

#include "core/domain/PrivacyContact.h"
#include "core/domain/PrivacyStatementFacts.h"

#include <QWidget>

class QCheckBox;
class QFormLayout;
class QLineEdit;
class QPlainTextEdit;

namespace pr::gui {

class CookiesEdit;

// What the privacy statement states about the firm beyond its processing: the privacy contact
// and whether that person is an appointed FG (the statement states the fact as recorded), the
// website's cookies, automated decision-making and whether the services are meant for children.
// Part of the Organisation editor.
class StatementFactsEdit : public QWidget {
    Q_OBJECT

public:
    explicit StatementFactsEdit(QWidget* parent = nullptr);

    core::PrivacyContact privacyContact() const;
    core::PrivacyStatementFacts facts() const;
    void setValue(const core::PrivacyContact& contact, const core::PrivacyStatementFacts& facts);

    QFormLayout* form() const { return m_form; }
    CookiesEdit* cookiesEdit() const { return m_cookies; }
    QCheckBox* dpoCheck() const { return m_isDpo; }
    QCheckBox* noAutomatedDecisionsCheck() const { return m_noAutomated; }
    QCheckBox* notForChildrenCheck() const { return m_notForChildren; }
    QLineEdit* contactNameEdit() const { return m_contactName; }
    QLineEdit* contactEmailEdit() const { return m_contactEmail; }
    QLineEdit* contactPhoneEdit() const { return m_contactPhone; }
    QPlainTextEdit* automatedDecisionsEdit() const { return m_automated; }

Q_SIGNALS:
    void changed();

private:
    QFormLayout* m_form;
    QLineEdit* m_contactName;
    QLineEdit* m_contactEmail;
    QLineEdit* m_contactPhone;
    QCheckBox* m_isDpo;
    CookiesEdit* m_cookies;
    QCheckBox* m_noAutomated;
    QPlainTextEdit* m_automated;
    QCheckBox* m_notForChildren;
};

} // namespace pr::gui
