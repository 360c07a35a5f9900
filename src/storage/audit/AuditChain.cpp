#include "storage/audit/AuditChain.h"

#include "crypto/Digest.h"
#include "crypto/Random.h"
#include "storage/ByteView.h"

#include <QtEndian>

namespace pr::storage {

namespace {

constexpr char kVersionTag[] = "privacyregister-audit-2";
constexpr char kLegacyVersionTag[] = "privacyregister-audit-1";
constexpr char kValueTag[] = "privacyregister-audit-values-1";

void appendItem(QByteArray& out, const QByteArray& bytes)
{
    char length[4];
    qToBigEndian(static_cast<quint32>(bytes.size()), length);
    out.append(length, sizeof length);
    out.append(bytes);
}

void appendItem(QByteArray& out, const QString& text)
{
    appendItem(out, text.toUtf8());
}

void appendItem(QByteArray& out, qint64 number)
{
    appendItem(out, QByteArray::number(number));
}

// Everything of an entry but its changes, in both forms.
void appendHeader(QByteArray& out, const char* versionTag, const core::AuditEntry& entry)
{
    appendItem(out, QByteArray(versionTag));
    appendItem(out, entry.id);
    appendItem(out, entry.at.toUTC().toString(Qt::ISODateWithMs));
    appendItem(out, core::enumCode(entry.entity));
    appendItem(out, entry.entityId);
    appendItem(out, core::enumCode(entry.action));
    appendItem(out, entry.osUser);
    appendItem(out, static_cast<qint64>(entry.changes.size()));
}

QByteArray sha256Of(const QByteArray& first, const QByteArray& second)
{
    crypto::Sha256 sha;
    sha.update(byteView(first));
    sha.update(byteView(second));
    const crypto::Sha256Digest digest = sha.finish();
    return QByteArray(reinterpret_cast<const char*>(digest.data()),
                      static_cast<qsizetype>(digest.size()));
}

QByteArray chainStart(const QByteArray& previousHash)
{
    return previousHash.isEmpty() ? QByteArray(AuditChain::kHashSize, '\0') : previousHash;
}

} // namespace

QByteArray AuditChain::canonicalForm(const core::AuditEntry& entry)
{
    QByteArray out;
    appendHeader(out, kVersionTag, entry);
    for (const core::FieldChange& change : entry.changes) {
        appendItem(out, change.field);
        appendItem(out, change.digest);
    }
    return out;
}

QByteArray AuditChain::hash(const QByteArray& previousHash, const core::AuditEntry& entry)
{
    return sha256Of(chainStart(previousHash), canonicalForm(entry));
}

QByteArray AuditChain::valueDigest(const QByteArray& salt, const QString& from, const QString& to)
{
    QByteArray input;
    appendItem(input, QByteArray(kValueTag));
    appendItem(input, salt);
    appendItem(input, from);
    appendItem(input, to);
    return sha256Of(input, QByteArray());
}

core::FieldChange AuditChain::committed(core::FieldChange change)
{
    // Not secret (it is stored beside the values); random so that the digest left after a
    // redaction cannot be matched against guesses.
    change.salt = QByteArray(kSaltSize, '\0');
    crypto::fillRandom({reinterpret_cast<std::uint8_t*>(change.salt.data()),
                        static_cast<std::size_t>(change.salt.size())});
    change.digest = valueDigest(change.salt, change.from, change.to);
    change.redacted = false;
    return change;
}

bool AuditChain::valuesMatch(const core::FieldChange& change)
{
    if (change.redacted) {
        return change.from.isEmpty() && change.to.isEmpty() && change.salt.isEmpty();
    }
    return valueDigest(change.salt, change.from, change.to) == change.digest;
}

QByteArray AuditChain::legacyCanonicalForm(const core::AuditEntry& entry)
{
    QByteArray out;
    appendHeader(out, kLegacyVersionTag, entry);
    for (const core::FieldChange& change : entry.changes) {
        appendItem(out, change.field);
        appendItem(out, change.from);
        appendItem(out, change.to);
    }
    return out;
}

QByteArray AuditChain::legacyHash(const QByteArray& previousHash, const core::AuditEntry& entry)
{
    return sha256Of(chainStart(previousHash), legacyCanonicalForm(entry));
}

} // namespace pr::storage
