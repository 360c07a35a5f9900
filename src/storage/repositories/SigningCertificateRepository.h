#pragma once

#include "crypto/SecureAllocator.h"
#include "crypto/signing/CertificateInfo.h"
#include "crypto/signing/SigningCredentials.h"
#include "storage/audit/AuditContext.h"

#include <QDateTime>

#include <cstdint>
#include <optional>
#include <span>
#include <string_view>

namespace pr::storage {

class SqliteDatabase;

// The PKCS#12 file and password of the certificate the firm signs with, as kept in the
// register (table signing_certificate, schema v3).
struct StoredSigningCertificate {
    crypto::SecureBytes pkcs12;
    crypto::SecureBytes password; // UTF-8
    QDateTime addedAt;            // UTC
};

// The firm's signing certificate: at most one per register; storing another replaces it.
// The secrets never leave the encrypted register except into wiped memory (SecureBytes), and
// the audit trail records only the certificate's subject, issuer, validity and fingerprint
// (as a change of the organisation, whose certificate it is), never the file or password.
class SigningCertificateRepository {
public:
    static bool exists(const SqliteDatabase& db);
    static std::optional<StoredSigningCertificate> load(const SqliteDatabase& db);

    // Checks PKCS12 with PASSWORD at the audit clock's now (crypto::SigningCredentials::
    // fromPkcs12, which throws crypto::SigningError for every refusal: not a PKCS#12 file,
    // wrong password, no key, key not matching, expired, not yet valid) and only then stores
    // it, replacing any earlier one, with an audit entry. Call inside Register::write().
    // Returns what was stored, for showing.
    static crypto::CertificateInfo store(SqliteDatabase& db, const AuditContext& audit,
                                         std::span<const std::uint8_t> pkcs12,
                                         std::string_view password);
    // Removes the certificate with an audit entry; false when there was none.
    static bool remove(SqliteDatabase& db, const AuditContext& audit);

    // The stored certificate, ready to sign at NOW (UTC seconds). Nothing when none is stored;
    // throws crypto::SigningError when it no longer loads (e.g. it has expired since).
    static std::optional<crypto::SigningCredentials> credentials(const SqliteDatabase& db,
                                                                 std::time_t now);
    // The stored certificate's description, without checking its validity period, so that an
    // expired certificate can still be shown. Nothing when none is stored.
    static std::optional<crypto::CertificateInfo> info(const SqliteDatabase& db);
};

} // namespace pr::storage
