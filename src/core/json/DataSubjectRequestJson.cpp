#include "core/json/DomainJson.h"
#include "core/json/JsonWriter.h"
#include "core/json/ObjectReader.h"

using namespace Qt::StringLiterals;

namespace pr::core::json {

namespace {

QJsonObject extensionToJson(const RequestExtension& value)
{
    QJsonObject object;
    putDate(object, u"toldOn"_s, value.toldOn);
    putText(object, u"reason"_s, value.reason);
    return object;
}

bool extensionFromJson(const QJsonValue& json, const QString& path, RequestExtension& out,
                       QList<JsonIssue>& issues)
{
    out = RequestExtension{};
    ObjectReader reader(json, path, issues);
    reader.readDate(u"toldOn"_s, out.toldOn);
    reader.readText(u"reason"_s, out.reason);
    return reader.finish();
}

} // namespace

QJsonObject toJson(const DataSubjectRequest& value)
{
    QJsonObject object;
    object.insert(u"id"_s, value.id);
    putText(object, u"reference"_s, value.reference);
    putText(object, u"requesterName"_s, value.requesterName);
    putText(object, u"requesterContact"_s, value.requesterContact);
    putEnum(object, u"right"_s, value.right);
    putDate(object, u"receivedDate"_s, value.receivedDate);
    putEnum(object, u"channel"_s, value.channel);
    putDate(object, u"identityRequestedDate"_s, value.identityRequestedDate);
    putText(object, u"identityDoubt"_s, value.identityDoubt);
    putText(object, u"identityProofAsked"_s, value.identityProofAsked);
    putDate(object, u"identityVerifiedDate"_s, value.identityVerifiedDate);
    putDate(object, u"idCopyDestroyedDate"_s, value.idCopyDestroyedDate);
    putOptionalId(object, u"clientId"_s, value.clientId);
    putDate(object, u"clientInformedDate"_s, value.clientInformedDate);
    putEnum(object, u"status"_s, value.status);
    // An extension is set or not; set with nothing filled in yet is still set, so "{}".
    if (value.extension) {
        object.insert(u"extension"_s, extensionToJson(*value.extension));
    }
    putDate(object, u"answeredDate"_s, value.answeredDate);
    putText(object, u"outcome"_s, value.outcome);
    putText(object, u"refusalReason"_s, value.refusalReason);
    putOptionalEnum(object, u"refusalGround"_s, value.refusalGround);
    putText(object, u"copyProvided"_s, value.copyProvided);
    putText(object, u"recipientsInformed"_s, value.recipientsInformed);
    putText(object, u"notes"_s, value.notes);
    return object;
}

bool fromJson(const QJsonValue& json, const QString& path, DataSubjectRequest& out,
              QList<JsonIssue>& issues)
{
    out = DataSubjectRequest{};
    ObjectReader reader(json, path, issues);
    reader.readInt64(u"id"_s, out.id, Presence::Required);
    reader.readText(u"reference"_s, out.reference);
    reader.readText(u"requesterName"_s, out.requesterName);
    reader.readText(u"requesterContact"_s, out.requesterContact);
    reader.readEnum(u"right"_s, out.right, Presence::Required);
    reader.readDate(u"receivedDate"_s, out.receivedDate);
    reader.readEnum(u"channel"_s, out.channel, Presence::Required);
    reader.readDate(u"identityRequestedDate"_s, out.identityRequestedDate);
    reader.readText(u"identityDoubt"_s, out.identityDoubt);
    reader.readText(u"identityProofAsked"_s, out.identityProofAsked);
    reader.readDate(u"identityVerifiedDate"_s, out.identityVerifiedDate);
    reader.readDate(u"idCopyDestroyedDate"_s, out.idCopyDestroyedDate);
    reader.readInt64(u"clientId"_s, out.clientId, Presence::Optional);
    reader.readDate(u"clientInformedDate"_s, out.clientInformedDate);
    reader.readEnum(u"status"_s, out.status, Presence::Required);
    reader.readOptionalBlock(u"extension"_s, out.extension, extensionFromJson);
    reader.readDate(u"answeredDate"_s, out.answeredDate);
    reader.readText(u"outcome"_s, out.outcome);
    reader.readText(u"refusalReason"_s, out.refusalReason);
    reader.readOptionalEnum(u"refusalGround"_s, out.refusalGround);
    reader.readText(u"copyProvided"_s, out.copyProvided);
    reader.readText(u"recipientsInformed"_s, out.recipientsInformed);
    reader.readText(u"notes"_s, out.notes);
    return reader.finish();
}

} // namespace pr::core::json
