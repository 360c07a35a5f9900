#include "storage/repositories/SigningCertificateRepository.h"

#include "crypto/Wipe.h"
#include "storage/audit/AuditTrail.h"
#include "storage/repositories/SqlValues.h"
#include "storage/sqlite/SqliteDatabase.h"
#include "storage/sqlite/SqliteStatement.h"

#include <QJsonObject>

#include <string>

namespace pr::storage {

namespace {

// Copies a BLOB column into wiped memory and wipes the intermediate QByteArray, so that the
// secret exists only in SQLite's wiped heap and in SecureBytes.
crypto::SecureBytes secretAt(const SqliteStatement& row, int column)
{
    QByteArray value = row.blob(column);
    crypto::SecureBytes secret(value.begin(), value.end());
    crypto::wipe(value.data(), static_cast<std::size_t>(value.size()));
    return secret;
}

QString dateText(std::time_t time)
{
    return QDateTime::fromSecsSinceEpoch(time, Qt::UTC).toString(Qt::ISODate);
}

// What the audit trail says about a certificate: enough to recognise it, nothing secret.
QJsonObject auditForm(const std::optional<crypto::CertificateInfo>& info)
{
    if (!info) {
        return {};
    }
    return QJsonObject{
        {QStringLiteral("signingCertificate"),
         QStringLiteral("%1 (issuer %2, valid %3 to %4, SHA-256 %5)")
             .arg(QString::fromStdString(info->subject), QString::fromStdString(info->issuer),
                  dateText(info->notBefore), dateText(info->notAfter),
                  QString::fromStdString(info->sha256Fingerprint))}};
}

void recordChange(SqliteDatabase& db, const AuditContext& audit,
                  const std::optional<crypto::CertificateInfo>& before,
                  const std::optional<crypto::CertificateInfo>& after)
{
    // The certificate belongs to the firm: its change is recorded on the organisation (id 1),
    // whose entry in the trail then reads "signing certificate: old → new".
    QJsonObject from = auditForm(before);
    QJsonObject to = auditForm(after);
    if (from.isEmpty()) {
        from.insert(QStringLiteral("signingCertificate"), QString());
    }
    if (to.isEmpty()) {
        to.insert(QStringLiteral("signingCertificate"), QString());
    }
    AuditTrail::record(db, audit, core::EntityKind::Organisation, 1, core::AuditAction::Update,
                       from, to);
}

} // namespace

bool SigningCertificateRepository::exists(const SqliteDatabase& db)
{
    auto row = db.prepare(u"SELECT 1 FROM signing_certificate WHERE id = 1");
    return row.step();
}

std::optional<StoredSigningCertificate> SigningCertificateRepository::load(const SqliteDatabase& db)
{
    auto row = db.prepare(u"SELECT pkcs12, password, added_at FROM signing_certificate "
                          u"WHERE id = 1");
    if (!row.step()) {
        return std::nullopt;
    }
    return StoredSigningCertificate{secretAt(row, 0), secretAt(row, 1), detail::instantAt(row, 2)};
}

crypto::CertificateInfo SigningCertificateRepository::store(SqliteDatabase& db,
                                                            const AuditContext& audit,
                                                            std::span<const std::uint8_t> pkcs12,
                                                            std::string_view password)
{
    const crypto::SigningCredentials checked = crypto::SigningCredentials::fromPkcs12(
        pkcs12, password, audit.clock.now().toSecsSinceEpoch());
    const crypto::CertificateInfo stored = checked.certificate();
    const std::optional<crypto::CertificateInfo> before = info(db);

    // QByteArray copies for binding; SQLite copies them into its wiped heap, and these are
    // wiped before they are freed.
    QByteArray file(reinterpret_cast<const char*>(pkcs12.data()),
                    static_cast<qsizetype>(pkcs12.size()));
    QByteArray secret(password.data(), static_cast<qsizetype>(password.size()));
    try {
        db.prepare(u"INSERT OR REPLACE INTO signing_certificate (id, pkcs12, password, added_at) "
                   u"VALUES (1, ?1, ?2, ?3)")
            .bind(1, file)
            .bind(2, secret)
            .bind(3, detail::instant(audit.clock.now()))
            .run();
    } catch (...) {
        crypto::wipe(file.data(), static_cast<std::size_t>(file.size()));
        crypto::wipe(secret.data(), static_cast<std::size_t>(secret.size()));
        throw;
    }
    crypto::wipe(file.data(), static_cast<std::size_t>(file.size()));
    crypto::wipe(secret.data(), static_cast<std::size_t>(secret.size()));
    recordChange(db, audit, before, stored);
    return stored;
}

bool SigningCertificateRepository::remove(SqliteDatabase& db, const AuditContext& audit)
{
    const std::optional<crypto::CertificateInfo> before = info(db);
    if (!exists(db)) {
        return false;
    }
    db.prepare(u"DELETE FROM signing_certificate WHERE id = 1").run();
    recordChange(db, audit, before, std::nullopt);
    return true;
}

std::optional<crypto::SigningCredentials>
SigningCertificateRepository::credentials(const SqliteDatabase& db, std::time_t now)
{
    const std::optional<StoredSigningCertificate> stored = load(db);
    if (!stored) {
        return std::nullopt;
    }
    const std::string_view password(reinterpret_cast<const char*>(stored->password.data()),
                                    stored->password.size());
    return crypto::SigningCredentials::fromPkcs12(stored->pkcs12, password, now);
}

std::optional<crypto::CertificateInfo> SigningCertificateRepository::info(const SqliteDatabase& db)
{
    const std::optional<StoredSigningCertificate> stored = load(db);
    if (!stored) {
        return std::nullopt;
    }
    const std::string_view password(reinterpret_cast<const char*>(stored->password.data()),
                                    stored->password.size());
    return crypto::SigningCredentials::fromPkcs12(stored->pkcs12, password, std::nullopt)
        .certificate();
}

} // namespace pr::storage
