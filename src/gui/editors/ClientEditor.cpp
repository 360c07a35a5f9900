#include "gui/editors/ClientEditor.h"

#include "ui_ClientEditor.h"

namespace pr::gui {

using core::Client;

ClientEditor::ClientEditor(const storage::SqliteDatabase& db, const std::optional<Client>& record,
                           QWidget* parent)
    : RecordEditorOf(core::EntityKind::Client, record.value_or(Client{}), !record.has_value(),
                     parent)
    , m_ui(std::make_unique<Ui::ClientEditor>())
{
    Q_UNUSED(db)
    m_ui->setupUi(this);
    const Client& start = loaded();
    m_fields = {
        {QStringLiteral("legalName"), m_ui->legalNameEdit},
        {QStringLiteral("address"), m_ui->addressEdit},
        {QStringLiteral("postcode"), m_ui->postcodeEdit},
        {QStringLiteral("city"), m_ui->cityEdit},
        {QStringLiteral("kvkNumber"), m_ui->kvkNumberEdit},
        {QStringLiteral("representativeName"), m_ui->representativeNameEdit},
        {QStringLiteral("representativeFunction"), m_ui->representativeFunctionEdit},
        {QStringLiteral("contactName"), m_ui->contactNameEdit},
        {QStringLiteral("contactEmail"), m_ui->contactEmailEdit},
        {QStringLiteral("contactPhone"), m_ui->contactPhoneEdit},
        {QStringLiteral("privacyContact.name"), m_ui->privacyNameEdit},
        {QStringLiteral("privacyContact.email"), m_ui->privacyEmailEdit},
        {QStringLiteral("privacyContact.phone"), m_ui->privacyPhoneEdit},
    };
    const QStringList values = {start.legalName,
                                start.address,
                                start.postcode,
                                start.city,
                                start.kvkNumber,
                                start.representativeName,
                                start.representativeFunction,
                                start.contactName,
                                start.contactEmail,
                                start.contactPhone,
                                start.privacyContact.name,
                                start.privacyContact.email,
                                start.privacyContact.phone};
    for (qsizetype i = 0; i < m_fields.size(); ++i) {
        const auto& [path, edit] = m_fields.at(i);
        edit->setText(values.at(i));
        fieldIssues().add(m_ui->form, edit, path, edit->accessibleName());
        watch(edit);
    }
    m_ui->privacyIsDpoCheck->setChecked(start.privacyContact.isDpo);
    watch(m_ui->privacyIsDpoCheck);
}

ClientEditor::~ClientEditor() = default;

QString ClientEditor::dialogTitle() const
{
    return isNew() ? tr("New client") : tr("Edit client");
}

Client ClientEditor::value() const
{
    Client value = loaded();
    value.legalName = m_ui->legalNameEdit->text();
    value.address = m_ui->addressEdit->text();
    value.postcode = m_ui->postcodeEdit->text();
    value.city = m_ui->cityEdit->text();
    value.kvkNumber = m_ui->kvkNumberEdit->text();
    value.representativeName = m_ui->representativeNameEdit->text();
    value.representativeFunction = m_ui->representativeFunctionEdit->text();
    value.contactName = m_ui->contactNameEdit->text();
    value.contactEmail = m_ui->contactEmailEdit->text();
    value.contactPhone = m_ui->contactPhoneEdit->text();
    value.privacyContact.name = m_ui->privacyNameEdit->text();
    value.privacyContact.email = m_ui->privacyEmailEdit->text();
    value.privacyContact.phone = m_ui->privacyPhoneEdit->text();
    value.privacyContact.isDpo = m_ui->privacyIsDpoCheck->isChecked();
    return value;
}

} // namespace pr::gui
