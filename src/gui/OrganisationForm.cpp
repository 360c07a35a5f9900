#include "gui/OrganisationForm.h"

#include "core/domain/validation/OrganisationValidation.h"
#include "ui_OrganisationForm.h"

namespace pr::gui {

OrganisationForm::OrganisationForm(QWidget* parent)
    : QWidget(parent)
    , m_ui(std::make_unique<Ui::OrganisationForm>())
{
    m_ui->setupUi(this);
    const auto add = [this](const QString& name, QLineEdit* edit, QLabel* error) {
        m_fields.insert(name, {edit, error});
        error->setStyleSheet(QStringLiteral("color: #a40000;"));
        connect(edit, &QLineEdit::textEdited, this, [this, name] {
            m_touched.insert(name);
            refreshIssues();
            Q_EMIT changed();
        });
    };
    add(QStringLiteral("legalName"), m_ui->legalNameEdit, m_ui->legalNameError);
    add(QStringLiteral("tradeName"), m_ui->tradeNameEdit, m_ui->tradeNameError);
    add(QStringLiteral("address"), m_ui->addressEdit, m_ui->addressError);
    add(QStringLiteral("postcode"), m_ui->postcodeEdit, m_ui->postcodeError);
    add(QStringLiteral("city"), m_ui->cityEdit, m_ui->cityError);
    add(QStringLiteral("kvkNumber"), m_ui->kvkNumberEdit, m_ui->kvkNumberError);
    add(QStringLiteral("vatNumber"), m_ui->vatNumberEdit, m_ui->vatNumberError);
    add(QStringLiteral("phone"), m_ui->phoneEdit, m_ui->phoneError);
    add(QStringLiteral("email"), m_ui->emailEdit, m_ui->emailError);
    add(QStringLiteral("website"), m_ui->websiteEdit, m_ui->websiteError);
    add(QStringLiteral("representativeName"), m_ui->representativeNameEdit,
        m_ui->representativeNameError);
    add(QStringLiteral("representativeFunction"), m_ui->representativeFunctionEdit,
        m_ui->representativeFunctionError);
}

OrganisationForm::~OrganisationForm() = default;

core::Organisation OrganisationForm::organisation() const
{
    core::Organisation value = m_loaded;
    const auto text = [this](const char* name) {
        return m_fields.value(QLatin1String(name)).edit->text().trimmed();
    };
    value.legalName = text("legalName");
    value.tradeName = text("tradeName");
    value.address = text("address");
    value.postcode = text("postcode");
    value.city = text("city");
    value.kvkNumber = text("kvkNumber");
    value.vatNumber = text("vatNumber");
    value.phone = text("phone");
    value.email = text("email");
    value.website = text("website");
    value.representativeName = text("representativeName");
    value.representativeFunction = text("representativeFunction");
    return value;
}

void OrganisationForm::setOrganisation(const core::Organisation& organisation)
{
    m_loaded = organisation;
    const auto set = [this](const char* name, const QString& value) {
        m_fields.value(QLatin1String(name)).edit->setText(value);
    };
    set("legalName", organisation.legalName);
    set("tradeName", organisation.tradeName);
    set("address", organisation.address);
    set("postcode", organisation.postcode);
    set("city", organisation.city);
    set("kvkNumber", organisation.kvkNumber);
    set("vatNumber", organisation.vatNumber);
    set("phone", organisation.phone);
    set("email", organisation.email);
    set("website", organisation.website);
    set("representativeName", organisation.representativeName);
    set("representativeFunction", organisation.representativeFunction);
    m_touched.clear();
    refreshIssues();
}

QList<core::ValidationIssue> OrganisationForm::issues() const
{
    return core::validate(organisation());
}

QList<core::ValidationIssue>
OrganisationForm::issuesWithoutField(const QList<core::ValidationIssue>& issues) const
{
    QList<core::ValidationIssue> rest;
    for (const core::ValidationIssue& issue : issues) {
        if (!m_fields.contains(issue.field)) {
            rest << issue;
        }
    }
    return rest;
}

void OrganisationForm::showAllIssues()
{
    m_showAll = true;
    refreshIssues();
}

void OrganisationForm::refreshIssues()
{
    QHash<QString, QString> messages;
    for (const core::ValidationIssue& issue : issues()) {
        // The first problem of a field is the one to fix first; the next shows after that.
        if (!messages.contains(issue.field)) {
            messages.insert(issue.field, issue.message);
        }
    }
    for (auto it = m_fields.cbegin(); it != m_fields.cend(); ++it) {
        const bool show =
            (m_showAll || m_touched.contains(it.key())) && messages.contains(it.key());
        it->error->setText(messages.value(it.key()));
        it->error->setVisible(show);
        it->edit->setToolTip(show ? messages.value(it.key()) : QString());
    }
}

} // namespace pr::gui
