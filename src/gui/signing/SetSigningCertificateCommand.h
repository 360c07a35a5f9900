#pragma once

#include "storage/repositories/SigningCertificateRepository.h"

#include <QCoreApplication>
#include <QUndoCommand>

#include <optional>

namespace pr::gui {

class RegisterEditor;

// Replaces the register's signing certificate (or removes it: AFTER empty) in one register
// write; undo puts back what was there. To undo, the command keeps the PKCS#12 file and its
// password of both sides in wiped memory (SecureBytes) for as long as the undo stack lives,
// which is as long as the open register holds them anyway. Restoring re-checks the
// certificate (SigningCertificateRepository::store), so a certificate that has expired since
// cannot come back: that step is refused with the reason and made obsolete.
class SetSigningCertificateCommand : public QUndoCommand {
    Q_DECLARE_TR_FUNCTIONS(SetSigningCertificateCommand)

public:
    SetSigningCertificateCommand(RegisterEditor& editor,
                                 std::optional<storage::StoredSigningCertificate> before,
                                 std::optional<storage::StoredSigningCertificate> after);

    void redo() override;
    void undo() override;

private:
    void apply(const std::optional<storage::StoredSigningCertificate>& target);

    RegisterEditor& m_editor;
    std::optional<storage::StoredSigningCertificate> m_before;
    std::optional<storage::StoredSigningCertificate> m_after;
};

} // namespace pr::gui
