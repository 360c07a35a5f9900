#include "storage/audit/AuditChain.h"

#include "crypto/Digest.h"
#include "storage/ByteView.h"

#include <QtEndian>

namespace pr::storage {

namespace {

constexpr char kVersionTag[] = "privacyregister-audit-1";

void appendItem(QByteArray& out, const QByteArray& utf8)
{
    char length[4];
    qToBigEndian(static_cast<quint32>(utf8.size()), length);
    out.append(length, sizeof length);
    out.append(utf8);
}

void appendItem(QByteArray& out, const QString& text)
{
    appendItem(out, text.toUtf8());
}

void appendItem(QByteArray& out, qint64 number)
{
    appendItem(out, QByteArray::number(number));
}

} // namespace

QByteArray AuditChain::canonicalForm(const core::AuditEntry& entry)
{
    QByteArray out;
    appendItem(out, QByteArray(kVersionTag));
    appendItem(out, entry.id);
    appendItem(out, entry.at.toUTC().toString(Qt::ISODateWithMs));
    appendItem(out, core::enumCode(entry.entity));
    appendItem(out, entry.entityId);
    appendItem(out, core::enumCode(entry.action));
    appendItem(out, entry.osUser);
    appendItem(out, static_cast<qint64>(entry.changes.size()));
    for (const core::FieldChange& change : entry.changes) {
        appendItem(out, change.field);
        appendItem(out, change.from);
        appendItem(out, change.to);
    }
    return out;
}

QByteArray AuditChain::hash(const QByteArray& previousHash, const core::AuditEntry& entry)
{
    crypto::Sha256 sha;
    const QByteArray start = previousHash.isEmpty() ? QByteArray(kHashSize, '\0') : previousHash;
    sha.update(byteView(start));
    sha.update(byteView(canonicalForm(entry)));
    const crypto::Sha256Digest digest = sha.finish();
    return QByteArray(reinterpret_cast<const char*>(digest.data()),
                      static_cast<qsizetype>(digest.size()));
}

} // namespace pr::storage
