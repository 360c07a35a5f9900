#include "cli/commands/DeadlineCommand.h"

#include "cli/CommandContext.h"
#include "cli/UsageError.h"
#include "core/calendar/DeadlineCalendar.h"

#include <QJsonDocument>
#include <QJsonObject>

namespace pr::cli {

namespace {
const QString kReceived = QStringLiteral("received");
const QString kPromise = QStringLiteral("promise");
const QString kExtended = QStringLiteral("extended");
const QString kJson = QStringLiteral("json");

QString iso(const QDate& date)
{
    return date.toString(Qt::ISODate);
}
} // namespace

QString DeadlineCommand::summary() const
{
    return tr("Print the deadlines of a request received on a date (no register needed).");
}

QString DeadlineCommand::details() const
{
    return tr("The legal deadline is one month after receipt (AVG art. 12(3)), the extended "
              "one three months; the promised one is the firm's own term (default 4 weeks). "
              "Each is moved past weekends and Dutch public holidays as Regulation 1182/71 "
              "prescribes. 'effective' is the deadline to work to: the earlier of the promised "
              "and the legal deadline, or the extended legal deadline with --extended. The "
              "labels are fixed, for scripts.");
}

void DeadlineCommand::defineOptions(QCommandLineParser& parser) const
{
    parser.addOption({kReceived, tr("The date the request was received."), tr("YYYY-MM-DD")});
    parser.addOption({kPromise, tr("The firm's own term: 4w, 28d or 1m (default 4w)."), tr("TERM"),
                      QStringLiteral("4w")});
    parser.addOption({kExtended, tr("The person was told of an extension in time.")});
    parser.addOption({kJson, tr("Print JSON instead of text.")});
}

ExitCode DeadlineCommand::run(CommandContext& context, const QCommandLineParser& arguments)
{
    if (!arguments.isSet(kReceived)) {
        throw UsageError(tr("--received is required"));
    }
    const QDate received = QDate::fromString(arguments.value(kReceived), Qt::ISODate);
    if (!received.isValid()) {
        throw UsageError(
            tr("'%1' is not a date; write it as YYYY-MM-DD").arg(arguments.value(kReceived)));
    }
    const std::optional<core::Period> promise = core::Period::parse(arguments.value(kPromise));
    if (!promise) {
        throw UsageError(
            tr("'%1' is not a term; write it as 4w, 28d or 1m").arg(arguments.value(kPromise)));
    }
    const bool extended = arguments.isSet(kExtended);
    const core::RequestDeadlines deadlines = core::requestDeadlines(received, *promise);

    // Fixed labels, in this order: scripts read them.
    const std::pair<QString, QDate> lines[] = {
        {QStringLiteral("received"), deadlines.received},
        {QStringLiteral("legal"), deadlines.legal},
        {QStringLiteral("legal-extended"), deadlines.legalExtended},
        {QStringLiteral("promised"), deadlines.promised},
        {QStringLiteral("extension-notice-by"), deadlines.extensionNoticeBy},
        {QStringLiteral("effective"), deadlines.effective(extended)},
    };
    if (arguments.isSet(kJson)) {
        QJsonObject json{{QStringLiteral("promise"), promise->toString()},
                         {QStringLiteral("extended"), extended}};
        for (const auto& [label, date] : lines) {
            json.insert(label, iso(date));
        }
        context.out() << QJsonDocument(json).toJson(QJsonDocument::Indented);
        return ExitCode::Success;
    }
    for (const auto& [label, date] : lines) {
        context.out() << label << ": " << iso(date) << '\n';
    }
    return ExitCode::Success;
}

} // namespace pr::cli
