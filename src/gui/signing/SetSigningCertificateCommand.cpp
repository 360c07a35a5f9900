#include "gui/signing/SetSigningCertificateCommand.h"

#include "crypto/signing/SigningError.h"
#include "gui/editing/RegisterEditor.h"
#include "gui/signing/SigningErrorText.h"
#include "storage/RegisterErrors.h"

#include <string_view>

namespace pr::gui {

SetSigningCertificateCommand::SetSigningCertificateCommand(
    RegisterEditor& editor, std::optional<storage::StoredSigningCertificate> before,
    std::optional<storage::StoredSigningCertificate> after)
    : m_editor(editor)
    , m_before(std::move(before))
    , m_after(std::move(after))
{
    setText(m_after ? tr("choose the signing certificate") : tr("remove the signing certificate"));
}

void SetSigningCertificateCommand::redo()
{
    apply(m_after);
}

void SetSigningCertificateCommand::undo()
{
    apply(m_before);
}

void SetSigningCertificateCommand::apply(
    const std::optional<storage::StoredSigningCertificate>& target)
{
    const auto outcome = m_editor.write(
        core::EntityKind::Organisation, 1,
        [&target](storage::SqliteDatabase& db, const storage::AuditContext& audit) {
            if (!target) {
                storage::SigningCertificateRepository::remove(db, audit);
                return;
            }
            const std::string_view password(reinterpret_cast<const char*>(target->password.data()),
                                            target->password.size());
            try {
                storage::SigningCertificateRepository::store(db, audit, target->pkcs12, password);
            } catch (const crypto::SigningError& error) {
                // As a register error the editor shows its reason, not "unexpected error".
                throw storage::RegisterError(SigningErrorText::message(error));
            }
        });
    setObsolete(outcome == RegisterEditor::Outcome::Refused);
}

} // namespace pr::gui
