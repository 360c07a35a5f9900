#include "usecases/signing/NewAgreementVersion.h"

#include "core/domain/SignedVersion.h"
#include "core/domain/validation/AgreementValidation.h"
#include "core/time/Clock.h"
#include "storage/repositories/AgreementRepository.h"
#include "usecases/UseCaseContext.h"
#include "usecases/records/RecordChanges.h"

#include <QRegularExpression>

namespace pr::usecases {

bool NewAgreementVersion::isOffered(const core::Agreement& agreement)
{
    return core::SignedVersion::isSigned(agreement) &&
           agreement.signingState != core::SigningState::Terminated;
}

QString NewAgreementVersion::nextVersionNumber(const QString& version)
{
    static const QRegularExpression leading(QStringLiteral("^\\s*(\\d+)(\\.\\d+)?"));
    const QRegularExpressionMatch match = leading.match(version);
    if (!match.hasMatch()) {
        return QStringLiteral("2");
    }
    const QString next = QString::number(match.captured(1).toLongLong() + 1);
    return match.captured(2).isEmpty() ? next : next + QStringLiteral(".0");
}

core::Agreement NewAgreementVersion::proposal(const core::Agreement& signedOne, QDate today)
{
    core::Agreement next = signedOne;
    next.id = 0;
    next.version = nextVersionNumber(signedOne.version);
    // Not before the signed one starts: the next version follows it, also in the client's list.
    next.startDate = std::max(today, signedOne.startDate);
    next.endDate = QDate();
    next.signingState = core::SigningState::Draft;
    next.sentDate = QDate();
    for (core::Signatory* signatory : {&next.firmSignatory, &next.clientSignatory}) {
        signatory->date = QDate();
        signatory->place.clear();
    }
    next.signedOnPaper = false;
    next.signedPdf.clear();
    next.firmSignedPdf.clear();
    next.signedContent.clear();
    return next;
}

std::unique_ptr<RecordVersion> NewAgreementVersion::version(const UseCaseContext& context,
                                                            qint64 agreementId, QString& why)
{
    const std::optional<core::Agreement> agreement =
        storage::AgreementRepository::find(context.database(), agreementId);
    if (!agreement) {
        why = tr("There is no agreement %1.").arg(agreementId);
        return nullptr;
    }
    if (!isOffered(*agreement)) {
        why = tr("Agreement %1 is not signed, or is terminated: a draft is changed itself, and a "
                 "terminated agreement has no next version.")
                  .arg(agreementId);
        return nullptr;
    }
    const core::Agreement next = proposal(*agreement, context.clock().today());
    return std::make_unique<RecordVersionOf<storage::AgreementRepository, core::Agreement>>(
        core::EntityKind::Agreement, next, tr("version %1").arg(next.version));
}

ChangeResult NewAgreementVersion::create(const UseCaseContext& context, qint64 agreementId)
{
    QString why;
    std::unique_ptr<RecordVersion> next = version(context, agreementId, why);
    if (!next) {
        ChangeResult refused = ChangeResult::refusedBecause(why);
        refused.id = agreementId;
        return refused;
    }
    return RecordChanges::save(context, nullptr, *next);
}

} // namespace pr::usecases
