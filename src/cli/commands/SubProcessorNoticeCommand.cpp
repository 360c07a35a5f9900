#include "cli/commands/SubProcessorNoticeCommand.h"

#include "cli/ChangeReport.h"
#include "cli/CommandContext.h"
#include "cli/UsageError.h"
#include "core/workflow/ObjectionPeriod.h"
#include "storage/repositories/ClientRepository.h"
#include "storage/repositories/SubProcessorNoticeRepository.h"
#include "storage/repositories/SubProcessorRepository.h"
#include "usecases/UseCaseContext.h"
#include "usecases/subprocessors/SubProcessorNotices.h"

namespace pr::cli {

namespace {

const QString kSubProcessor = QStringLiteral("sub-processor");
const QString kClient = QStringLiteral("client");
const QString kDate = QStringLiteral("date");
const QString kReplaces = QStringLiteral("replaces");
const QString kText = QStringLiteral("text");
const QString kOutcome = QStringLiteral("outcome");

qint64 idOption(const QCommandLineParser& arguments, const QString& option)
{
    bool ok = false;
    const qint64 id = arguments.value(option).toLongLong(&ok);
    if (!arguments.isSet(option) || !ok || id <= 0) {
        throw UsageError(SubProcessorNoticeCommand::tr("--%1 ID is required").arg(option));
    }
    return id;
}

QDate dateOption(const QCommandLineParser& arguments, QDate today)
{
    if (!arguments.isSet(kDate)) {
        return today;
    }
    const QDate date = QDate::fromString(arguments.value(kDate), Qt::ISODate);
    if (!date.isValid()) {
        throw UsageError(SubProcessorNoticeCommand::tr("'%1' is not a date; write it as "
                                                       "YYYY-MM-DD")
                             .arg(arguments.value(kDate)));
    }
    return date;
}

QString outcomeCodes()
{
    QStringList codes;
    for (const core::ObjectionOutcome outcome : core::enumValues<core::ObjectionOutcome>()) {
        codes << core::enumCode(outcome);
    }
    return codes.join(QStringLiteral(", "));
}

// Fixed codes, as `due` prints them: scripts read them.
QString stateCode(core::ObjectionState state)
{
    switch (state) {
    case core::ObjectionState::Running:
        return QStringLiteral("running");
    case core::ObjectionState::Ended:
        return QStringLiteral("ended");
    case core::ObjectionState::Objected:
        return QStringLiteral("objected");
    case core::ObjectionState::Settled:
        return QStringLiteral("settled");
    }
    return {};
}

ExitCode listClients(CommandContext& context, const QCommandLineParser& arguments)
{
    const qint64 subProcessorId = idOption(arguments, kSubProcessor);
    const auto reg = context.openRegister(storage::OpenMode::ReadOnly);
    if (!storage::SubProcessorRepository::find(reg->database(), subProcessorId)) {
        context.err()
            << SubProcessorNoticeCommand::tr("There is no sub-processor %1.").arg(subProcessorId)
            << '\n';
        return ExitCode::Failed;
    }
    const QList<core::AffectedClient> affected =
        usecases::SubProcessorNotices::affectedClients(context.useCases(*reg), subProcessorId);
    // One line a client, tab-separated: client id, agreement id, objection days, name.
    for (const core::AffectedClient& client : affected) {
        context.out() << client.client.id << '\t' << client.agreement.id << '\t'
                      << client.agreement.changeNoticeDays << '\t' << client.client.legalName
                      << '\n';
    }
    return ExitCode::Success;
}

ExitCode listNotices(CommandContext& context, const QCommandLineParser& arguments)
{
    const auto reg = context.openRegister(storage::OpenMode::ReadOnly);
    const storage::SqliteDatabase& db = reg->database();
    QList<core::SubProcessorNotice> notices =
        arguments.isSet(kSubProcessor) ? storage::SubProcessorNoticeRepository::forSubProcessor(
                                             db, idOption(arguments, kSubProcessor))
        : arguments.isSet(kClient)
            ? storage::SubProcessorNoticeRepository::forClient(db, idOption(arguments, kClient))
            : storage::SubProcessorNoticeRepository::all(db);
    const QDate today = context.clock().today();
    // One line a notice, tab-separated: id, state, sent, last day to object, sub-processor id,
    // client id, outcome of an objection (or -).
    for (const core::SubProcessorNotice& notice : notices) {
        context.out() << notice.id << '\t'
                      << stateCode(core::ObjectionPeriod::stateOf(notice, today)) << '\t'
                      << notice.sentDate.toString(Qt::ISODate) << '\t'
                      << notice.objectionDeadline().toString(Qt::ISODate) << '\t'
                      << notice.subProcessorId << '\t' << notice.clientId << '\t'
                      << (notice.hasObjection() ? core::enumCode(notice.outcome)
                                                : QStringLiteral("-"))
                      << '\n';
    }
    return ExitCode::Success;
}

ExitCode recordSent(CommandContext& context, const QCommandLineParser& arguments)
{
    usecases::SubProcessorNotices::Sending sending;
    sending.subProcessorId = idOption(arguments, kSubProcessor);
    sending.clientId = idOption(arguments, kClient);
    sending.sentDate = dateOption(arguments, context.clock().today());
    sending.replacedName = arguments.value(kReplaces).trimmed();
    sending.change = sending.replacedName.isEmpty() ? core::SubProcessorChange::Added
                                                    : core::SubProcessorChange::Replaced;
    const auto reg = context.openRegister(storage::OpenMode::ReadWrite);
    const usecases::ChangeResult result =
        usecases::SubProcessorNotices::recordSent(context.useCases(*reg), sending);
    std::optional<core::SubProcessorNotice> notice;
    if (result.changed()) {
        notice = storage::SubProcessorNoticeRepository::find(reg->database(), result.id);
    }
    return reportChange(
        context, result,
        notice ? SubProcessorNoticeCommand::tr("Notice %1: sent on %2; the client can object "
                                               "until %3.")
                     .arg(QString::number(notice->id), notice->sentDate.toString(Qt::ISODate),
                          notice->objectionDeadline().toString(Qt::ISODate))
               : QString());
}

ExitCode recordObjection(CommandContext& context, const QCommandLineParser& arguments)
{
    const QStringList positional = arguments.positionalArguments();
    bool ok = false;
    const qint64 id = positional.size() == 2 ? positional.at(1).toLongLong(&ok) : 0;
    if (!ok || id <= 0) {
        throw UsageError(SubProcessorNoticeCommand::tr(
            "write: subprocessor-notice objection NOTICE-ID --text TEXT"));
    }
    usecases::SubProcessorNotices::Objection objection;
    objection.noticeId = id;
    objection.date = dateOption(arguments, context.clock().today());
    objection.text = arguments.value(kText);
    if (arguments.isSet(kOutcome)) {
        const auto outcome = core::enumFromCode<core::ObjectionOutcome>(arguments.value(kOutcome));
        if (!outcome) {
            throw UsageError(SubProcessorNoticeCommand::tr("unknown outcome '%1'; use one of: %2")
                                 .arg(arguments.value(kOutcome), outcomeCodes()));
        }
        objection.outcome = *outcome;
    }
    const auto reg = context.openRegister(storage::OpenMode::ReadWrite);
    const usecases::ChangeResult result =
        usecases::SubProcessorNotices::recordObjection(context.useCases(*reg), objection);
    return reportChange(context, result,
                        SubProcessorNoticeCommand::tr("Notice %1: objection of %2 recorded (%3).")
                            .arg(QString::number(id), objection.date.toString(Qt::ISODate),
                                 core::enumCode(objection.outcome)));
}

} // namespace

QString SubProcessorNoticeCommand::summary() const
{
    return tr("The clients a sub-processor change touches, and the notices sent to them with "
              "their objection periods and objections.");
}

QString SubProcessorNoticeCommand::details() const
{
    return tr("ACTION is one of:\n"
              "  clients --sub-processor ID: the clients to tell (client id, agreement id, "
              "objection days, name), those with an agreement in force or being prepared that "
              "holds an activity the sub-processor serves;\n"
              "  list [--sub-processor ID | --client ID]: the notices (id, state, sent, last day "
              "to object, sub-processor id, client id, outcome), state one of running, ended, "
              "objected, settled;\n"
              "  sent --sub-processor ID --client ID [--date DATE] [--replaces NAME]: record "
              "that the notice was sent (default today); the client may object for the period "
              "of its agreement;\n"
              "  objection NOTICE-ID --text TEXT [--date DATE] [--outcome OUTCOME]: record the "
              "client's objection, again to record its outcome; OUTCOME is one of: %1 (default "
              "open).\n"
              "Make the notice itself with: render subprocessor-notice --sub-processor ID "
              "--client ID. A refused change exits 2 with the reasons.")
        .arg(outcomeCodes());
}

void SubProcessorNoticeCommand::defineOptions(QCommandLineParser& parser) const
{
    parser.addPositionalArgument(QStringLiteral("action"),
                                 tr("clients, list, sent or objection (with the notice's id)."));
    parser.addOption(
        {kSubProcessor, tr("The sub-processor (see: list sub-processors)."), tr("ID")});
    parser.addOption({kClient, tr("The client (see: list clients)."), tr("ID")});
    parser.addOption({kDate, tr("When it happened (default today)."), tr("YYYY-MM-DD")});
    parser.addOption({kReplaces, tr("sent: the sub-processor the new one replaces."), tr("NAME")});
    parser.addOption(
        {kText, tr("objection: the client's grounds, and what was agreed."), tr("TEXT")});
    parser.addOption({kOutcome, tr("objection: how it ended so far."), tr("OUTCOME")});
}

ExitCode SubProcessorNoticeCommand::run(CommandContext& context,
                                        const QCommandLineParser& arguments)
{
    const QStringList positional = arguments.positionalArguments();
    const QString action = positional.isEmpty() ? QString() : positional.first();
    if (action == u"clients" && positional.size() == 1) {
        return listClients(context, arguments);
    }
    if (action == u"list" && positional.size() == 1) {
        return listNotices(context, arguments);
    }
    if (action == u"sent" && positional.size() == 1) {
        return recordSent(context, arguments);
    }
    if (action == u"objection") {
        return recordObjection(context, arguments);
    }
    throw UsageError(tr("write: subprocessor-notice clients|list|sent|objection …"));
}

} // namespace pr::cli
