#include "cli/commands/DueCommand.h"

#include "cli/CommandContext.h"
#include "cli/UsageError.h"
#include "core/dashboard/TimeLeft.h"
#include "core/settings/AppSettings.h"
#include "core/time/DutchTime.h"
#include "core/workflow/RequestRetention.h"
#include "storage/repositories/RequestRepository.h"
#include "usecases/due/DueItemsQuery.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace pr::cli {

namespace {
const QString kWithin = QStringLiteral("within");
const QString kJson = QStringLiteral("json");
const QString kPromise = QStringLiteral("promise");
constexpr int kMaxWithinDays = 366;

QString iso(QDate date)
{
    return date.toString(Qt::ISODate);
}

// Local time with its offset, so that a reader and a script both know the moment exactly.
QString isoMoment(const QDateTime& moment)
{
    const QDateTime local = moment.toLocalTime();
    return local.toOffsetFromUtc(local.offsetFromUtc()).toString(Qt::ISODate);
}

// A reference is free text: keep it on its line and in its column.
QString column(const QString& text)
{
    QString cleaned = text;
    for (QChar& c : cleaned) {
        if (c.isSpace() && c != QLatin1Char(' ')) {
            c = QLatin1Char(' ');
        }
    }
    return cleaned.trimmed();
}

int withinDays(const QCommandLineParser& arguments)
{
    if (!arguments.isSet(kWithin)) {
        return core::DueItems::kDefaultWithinDays;
    }
    bool ok = false;
    const int days = arguments.value(kWithin).toInt(&ok);
    if (!ok || days < 0 || days > kMaxWithinDays) {
        throw UsageError(DueCommand::tr("'%1' is not a number of days from 0 to %2")
                             .arg(arguments.value(kWithin))
                             .arg(kMaxWithinDays));
    }
    return days;
}

// The fixed words and key=value pairs of one line: the labels are for scripts and never
// translated, like those of `deadline`. The last field is the time left for people, in the
// words and units of the overview (TimeLeft), translated.
QString textLine(const core::RequestDue& r)
{
    QStringList details{QStringLiteral("stage=") + core::enumCode(r.stage),
                        QStringLiteral("received=") + iso(r.deadlines.received)};
    if (r.extended) {
        details << QStringLiteral("legal-extended=") + iso(r.deadlines.legalExtended);
    } else {
        details << QStringLiteral("promised=") + iso(r.deadlines.promised)
                << QStringLiteral("legal=") + iso(r.deadlines.legal);
    }
    return QStringList{core::enumCode(r.state),
                       QStringLiteral("request"),
                       QString::number(r.requestId),
                       column(r.reference),
                       iso(r.effective),
                       QString::number(r.daysLeft) + QLatin1Char('d'),
                       details.join(QLatin1Char(' ')),
                       core::TimeLeft::of(r).status()}
        .join(QLatin1Char('\t'));
}

QString textLine(const core::BreachClock& c)
{
    QStringList details{QStringLiteral("discovered=") + isoMoment(c.discoveredAt),
                        QStringLiteral("window=%1h").arg(c.hours)};
    if (c.kind == core::BreachClockKind::Client) {
        details << QStringLiteral("source=") + core::enumCode(c.windowSource)
                << QStringLiteral("client=%1").arg(c.clientId);
    }
    // To the minute, in the time the AP and the clients read: a 24-hour window leaves no room
    // for a rounded hour or a machine set to another zone.
    const qint64 minutes = c.minutesLeft();
    details << QStringLiteral("left=%1%2h%3m")
                   .arg(minutes < 0 ? QStringLiteral("-") : QString())
                   .arg((minutes < 0 ? -minutes : minutes) / 60)
                   .arg((minutes < 0 ? -minutes : minutes) % 60, 2, 10, QLatin1Char('0'))
            << QStringLiteral("deadline-nl=") +
                   core::dutchMinute(c.deadline).replace(QLatin1Char(' '), QLatin1Char('T'));
    return QStringList{
        core::enumCode(c.state),        core::enumCode(c.kind),
        QString::number(c.breachId),    column(c.reference),
        isoMoment(c.deadline),          QString::number(c.hoursLeft()) + QLatin1Char('h'),
        details.join(QLatin1Char(' ')), core::TimeLeft::of(c).status()}
        .join(QLatin1Char('\t'));
}

QJsonObject jsonItem(const core::RequestDue& r)
{
    return {{QStringLiteral("kind"), QStringLiteral("request")},
            {QStringLiteral("id"), r.requestId},
            {QStringLiteral("reference"), r.reference},
            {QStringLiteral("state"), core::enumCode(r.state)},
            {QStringLiteral("deadline"), iso(r.effective)},
            {QStringLiteral("daysLeft"), r.daysLeft},
            {QStringLiteral("stage"), core::enumCode(r.stage)},
            {QStringLiteral("extended"), r.extended},
            {QStringLiteral("received"), iso(r.deadlines.received)},
            {QStringLiteral("promised"), iso(r.deadlines.promised)},
            {QStringLiteral("legal"), iso(r.deadlines.legal)},
            {QStringLiteral("legalExtended"), iso(r.deadlines.legalExtended)},
            {QStringLiteral("extensionNoticeBy"), iso(r.deadlines.extensionNoticeBy)}};
}

QJsonObject jsonItem(const core::BreachClock& c)
{
    QJsonObject item{{QStringLiteral("kind"), core::enumCode(c.kind)},
                     {QStringLiteral("id"), c.breachId},
                     {QStringLiteral("reference"), c.reference},
                     {QStringLiteral("state"), core::enumCode(c.state)},
                     {QStringLiteral("deadline"), isoMoment(c.deadline)},
                     {QStringLiteral("hoursLeft"), c.hoursLeft()},
                     {QStringLiteral("minutesLeft"), c.minutesLeft()},
                     {QStringLiteral("deadlineDutchTime"), core::dutchMinute(c.deadline)},
                     {QStringLiteral("discovered"), isoMoment(c.discoveredAt)},
                     {QStringLiteral("windowHours"), c.hours},
                     {QStringLiteral("windowSource"), core::enumCode(c.windowSource)}};
    if (c.kind == core::BreachClockKind::Client) {
        item.insert(QStringLiteral("clientId"), c.clientId);
    }
    return item;
}

void printJson(CommandContext& context, const core::DueItems& items, const core::Period& promise,
               int anonymisationDue)
{
    QJsonArray entries;
    for (const core::DueEntry& entry : items.byUrgency()) {
        entries.append(std::visit([](const auto& item) { return jsonItem(item); }, entry));
    }
    const QJsonObject json{{QStringLiteral("now"), isoMoment(items.now)},
                           {QStringLiteral("today"), iso(context.clock().today())},
                           {QStringLiteral("withinDays"), items.withinDays},
                           {QStringLiteral("promise"), promise.toString()},
                           {QStringLiteral("overdue"), items.count(core::DueState::Overdue)},
                           {QStringLiteral("dueSoon"), items.count(core::DueState::DueSoon)},
                           {QStringLiteral("ok"), items.count(core::DueState::Ok)},
                           {QStringLiteral("running"), items.count(core::DueState::Running)},
                           {QStringLiteral("anonymisationDue"), anonymisationDue},
                           {QStringLiteral("items"), entries}};
    context.out() << QJsonDocument(json).toJson(QJsonDocument::Indented);
}

void printText(CommandContext& context, const core::DueItems& items, int anonymisationDue)
{
    const QList<core::DueEntry> entries = items.byUrgency();
    for (const core::DueEntry& entry : entries) {
        context.out() << std::visit([](const auto& item) { return textLine(item); }, entry) << '\n';
    }
    if (entries.isEmpty()) {
        context.out() << DueCommand::tr("Nothing is open: no request or breach clock runs.")
                      << '\n';
    } else {
        const int within = items.withinDays;
        context.out() << '\n'
                      << DueCommand::tr("Overdue: %1. Due within %n day(s): %2. Later: %3. "
                                        "Breach clocks running: %4.",
                                        nullptr, within)
                             .arg(items.count(core::DueState::Overdue))
                             .arg(items.count(core::DueState::DueSoon))
                             .arg(items.count(core::DueState::Ok))
                             .arg(items.count(core::DueState::Running))
                      << '\n';
    }
    if (anonymisationDue > 0) {
        context.out() << DueCommand::tr("%n closed request(s) kept past the retention period: "
                                        "see anonymise-requests --dry-run.",
                                        nullptr, anonymisationDue)
                      << '\n';
    }
}
} // namespace

QString DueCommand::summary() const
{
    return tr("List open requests and breach clocks with their deadlines; exit 5 when any is "
              "overdue.");
}

QString DueCommand::details() const
{
    return tr("One line per deadline, the most urgent first: state (overdue, due-soon, ok; "
              "running for a breach clock), kind (request, breach-ap, breach-client), id, "
              "reference, deadline, days or hours left, and details as key=value. These words "
              "are fixed, for scripts; a last field says the time left in words, as the "
              "overview does. Nothing about the people concerned is printed. The exit "
              "code is 5 when anything is overdue and 0 otherwise, so that cron can mail it.");
}

void DueCommand::defineOptions(QCommandLineParser& parser) const
{
    parser.addOption({kWithin,
                      tr("Call a request due soon when at most DAYS days are left (default 7)."),
                      tr("DAYS")});
    addPromiseOption(parser);
    parser.addOption({kJson, tr("Print JSON instead of text.")});
}

void DueCommand::addPromiseOption(QCommandLineParser& parser)
{
    parser.addOption({kPromise,
                      tr("The firm's own answer term: 4w, 28d or 1m (default: the setting of the "
                         "desktop program, else 4w)."),
                      tr("TERM")});
}

core::Period DueCommand::promise(const QCommandLineParser& arguments,
                                 const core::AppSettings& settings)
{
    if (!arguments.isSet(kPromise)) {
        return settings.promisedAnswerPeriod();
    }
    const auto parsed = core::Period::parse(arguments.value(kPromise));
    if (!parsed) {
        throw UsageError(
            tr("'%1' is not a term; write it as 4w, 28d or 1m").arg(arguments.value(kPromise)));
    }
    return *parsed;
}

ExitCode DueCommand::run(CommandContext& context, const QCommandLineParser& arguments)
{
    const int within = withinDays(arguments);
    const core::Period promise = DueCommand::promise(arguments, context.settings());
    const auto reg = context.openRegister(storage::OpenMode::ReadOnly);
    const core::DueItems items =
        usecases::DueItemsQuery::load(context.useCases(*reg), promise, within);
    const int anonymisationDue =
        static_cast<int>(core::RequestRetention::due(
                             storage::RequestRepository::all(reg->database()),
                             context.settings().requestRetentionPeriod(), context.clock().today())
                             .size());
    if (arguments.isSet(kJson)) {
        printJson(context, items, promise, anonymisationDue);
    } else {
        printText(context, items, anonymisationDue);
    }
    return items.anyOverdue() ? ExitCode::Overdue : ExitCode::Success;
}

} // namespace pr::cli
