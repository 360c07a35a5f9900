#include "usecases/subprocessors/SubProcessorNotices.h"

#include "core/domain/validation/SubProcessorNoticeValidation.h"
#include "core/time/Clock.h"
#include "core/workflow/ObjectionPeriod.h"
#include "storage/repositories/AgreementRepository.h"
#include "storage/repositories/ClientRepository.h"
#include "storage/repositories/SubProcessorNoticeRepository.h"
#include "storage/repositories/SubProcessorRepository.h"
#include "usecases/RegisterWriter.h"
#include "usecases/UseCaseContext.h"

#include <QLocale>

namespace pr::usecases {

namespace {

core::ValidationIssue issue(const QString& field, const QString& message)
{
    return core::ValidationIssue{field, message};
}

ChangeResult refused(QList<core::ValidationIssue> issues, qint64 id = 0)
{
    ChangeResult result = ChangeResult::refusedBecause(std::move(issues));
    result.id = id;
    return result;
}

} // namespace

QList<core::AffectedClient> SubProcessorNotices::affectedClients(const UseCaseContext& context,
                                                                 qint64 subProcessorId)
{
    const storage::SqliteDatabase& db = context.database();
    const std::optional<core::SubProcessor> sub =
        storage::SubProcessorRepository::find(db, subProcessorId);
    if (!sub) {
        return {};
    }
    return core::SubProcessorImpact::ofAdding(*sub, storage::AgreementRepository::all(db),
                                              storage::ClientRepository::all(db),
                                              context.clock().today());
}

QList<core::AffectedClient> SubProcessorNotices::affectedByChange(const UseCaseContext& context,
                                                                  const core::SubProcessor& before,
                                                                  const core::SubProcessor& after)
{
    const storage::SqliteDatabase& db = context.database();
    return core::SubProcessorImpact::ofChange(before, after, storage::AgreementRepository::all(db),
                                              storage::ClientRepository::all(db),
                                              context.clock().today());
}

ChangeResult SubProcessorNotices::recordSent(const UseCaseContext& context, const Sending& sending)
{
    const QDate today = context.clock().today();
    const storage::SqliteDatabase& db = context.database();
    const std::optional<core::SubProcessor> sub =
        storage::SubProcessorRepository::find(db, sending.subProcessorId);
    const std::optional<core::Client> client =
        storage::ClientRepository::find(db, sending.clientId);
    if (!sub || !client) {
        return ChangeResult::refusedBecause(
            tr("The sub-processor or the client is no longer in the register."));
    }
    const QList<core::AffectedClient> affected = core::SubProcessorImpact::ofAdding(
        *sub, storage::AgreementRepository::forClient(db, client->id), {*client}, today);
    if (affected.isEmpty()) {
        return ChangeResult::refusedBecause(
            tr("%1 serves none of the processing activities in a current agreement with %2: "
               "that client need not be told.")
                .arg(sub->name, client->legalName));
    }
    const core::Agreement& agreement = affected.constFirst().agreement;

    core::SubProcessorNotice notice;
    notice.subProcessorId = sub->id;
    notice.clientId = client->id;
    notice.agreementId = agreement.id;
    notice.change = sending.change;
    notice.replacedName = sending.change == core::SubProcessorChange::Replaced
                              ? sending.replacedName.trimmed()
                              : QString();
    notice.sentDate = sending.sentDate;
    notice.objectionDays = agreement.changeNoticeDays;

    QList<core::ValidationIssue> issues = core::validate(notice);
    if (notice.sentDate.isValid() && notice.sentDate > today) {
        issues.append(issue(QStringLiteral("sentDate"),
                            tr("Record the notice once it is sent: the date is after today.")));
    }
    if (!issues.isEmpty()) {
        return refused(std::move(issues));
    }
    qint64 id = 0;
    ChangeResult result =
        RegisterWriter::write(context, [&notice, &id](storage::SqliteDatabase& writable,
                                                      const storage::AuditContext& audit) {
            id = storage::SubProcessorNoticeRepository::insert(writable, audit, notice);
        });
    result.id = id;
    return result;
}

ChangeResult SubProcessorNotices::recordObjection(const UseCaseContext& context,
                                                  const Objection& objection)
{
    const std::optional<core::SubProcessorNotice> found =
        storage::SubProcessorNoticeRepository::find(context.database(), objection.noticeId);
    if (!found) {
        return ChangeResult::refusedBecause(tr("There is no such notice in the register."));
    }
    core::SubProcessorNotice notice = *found;
    notice.objectionDate = objection.date;
    notice.objectionText = objection.text.trimmed();
    notice.outcome = objection.outcome;

    QList<core::ValidationIssue> issues = core::validate(notice);
    if (!objection.date.isValid()) {
        issues.append(
            issue(QStringLiteral("objectionDate"), tr("Fill in when the client objected.")));
    } else if (objection.date > context.clock().today()) {
        issues.append(issue(QStringLiteral("objectionDate"),
                            tr("The date of the objection is after today.")));
    } else if (objection.date > notice.objectionDeadline()) {
        // Art. 9.2 gives the client the period to object; what comes later is no objection
        // under it, but a question to answer, or a reason to talk about the agreement.
        issues.append(
            issue(QStringLiteral("objectionDate"),
                  tr("The objection period ended on %1: an objection after it is not "
                     "one under the agreement.")
                      .arg(QLocale().toString(notice.objectionDeadline(), QLocale::ShortFormat))));
    }
    if (!issues.isEmpty()) {
        return refused(std::move(issues), notice.id);
    }
    ChangeResult result = RegisterWriter::write(
        context, [&notice](storage::SqliteDatabase& db, const storage::AuditContext& audit) {
            storage::SubProcessorNoticeRepository::update(db, audit, notice);
        });
    result.id = notice.id;
    return result;
}

QList<core::SubProcessorNotice> SubProcessorNotices::open(const UseCaseContext& context)
{
    const QDate today = context.clock().today();
    QList<core::SubProcessorNotice> result;
    for (const core::SubProcessorNotice& notice :
         storage::SubProcessorNoticeRepository::all(context.database())) {
        if (core::ObjectionPeriod::isOpen(notice, today)) {
            result.append(notice);
        }
    }
    return result;
}

} // namespace pr::usecases
