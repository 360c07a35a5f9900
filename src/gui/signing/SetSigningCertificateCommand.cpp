#include "gui/signing/SetSigningCertificateCommand.h"

#include "gui/editing/RegisterEditor.h"
#include "gui/signing/SigningErrorText.h"
#include "usecases/signing/SigningCertificateChange.h"

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
    usecases::CertificateChange change =
        usecases::SigningCertificateChange::restore(m_editor.context(), target);
    if (change.error) {
        // The panel's own wording of why the certificate cannot be used.
        change.result.message = SigningErrorText::message(*change.error);
    }
    // The certificate is part of the organisation's page.
    const usecases::ChangeResult result =
        m_editor.report(core::EntityKind::Organisation, change.result);
    setObsolete(result.refused());
}

} // namespace pr::gui
