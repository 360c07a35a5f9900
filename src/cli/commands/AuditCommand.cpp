#include "cli/commands/AuditCommand.h"

#include "cli/CommandContext.h"
#include "cli/EntityViews.h"
#include "cli/UsageError.h"
#include "core/json/DomainJson.h"
#include "storage/audit/AuditTrail.h"

#include <QJsonArray>
#include <QJsonDocument>

namespace pr::cli {

namespace {
const QString kEntity = QStringLiteral("entity");
const QString kId = QStringLiteral("id");
const QString kJson = QStringLiteral("json");
} // namespace

QString AuditCommand::summary() const
{
    return tr("Show the audit trail: who changed what, and when.");
}

void AuditCommand::defineOptions(QCommandLineParser& parser) const
{
    parser.addOption({kEntity,
                      tr("Only the trail of records of ENTITY (%1).")
                          .arg(entityViewNames().join(QStringLiteral(", "))),
                      tr("ENTITY")});
    parser.addOption({kId, tr("With --entity: only the trail of record ID."), tr("ID")});
    parser.addOption({kJson, tr("Print JSON instead of text.")});
}

ExitCode AuditCommand::run(CommandContext& context, const QCommandLineParser& arguments)
{
    const EntityView* view = nullptr;
    qint64 id = 0;
    if (arguments.isSet(kEntity)) {
        view = findEntityView(arguments.value(kEntity));
        bool ok = false;
        id = arguments.value(kId).toLongLong(&ok);
        if (view == nullptr || !ok || id <= 0) {
            throw UsageError(tr("--entity needs one of %1, and --id a record id")
                                 .arg(entityViewNames().join(QStringLiteral(", "))));
        }
    } else if (arguments.isSet(kId)) {
        throw UsageError(tr("--id goes with --entity"));
    }
    const auto reg = context.openRegister(storage::OpenMode::ReadOnly);
    const QList<core::AuditEntry> entries =
        view != nullptr ? storage::AuditTrail::entriesFor(reg->database(), view->kind, id)
                        : storage::AuditTrail::all(reg->database());

    if (arguments.isSet(kJson)) {
        QJsonArray array;
        for (const core::AuditEntry& entry : entries) {
            array.append(core::json::toJson(entry));
        }
        context.out() << QJsonDocument(array).toJson(QJsonDocument::Indented);
        return ExitCode::Success;
    }
    QTextStream& out = context.out();
    for (const core::AuditEntry& entry : entries) {
        out << '#' << entry.id << ' ' << entry.at.toUTC().toString(Qt::ISODate) << ' '
            << entry.osUser << ' ' << core::enumCode(entry.action) << ' '
            << core::enumCode(entry.entity) << ' ' << entry.entityId << '\n';
        for (const core::FieldChange& change : entry.changes) {
            out << "    " << change.field << ": ";
            if (entry.action == core::AuditAction::Redact) {
                out << "(values removed from the earlier entries)";
            } else if (change.redacted) {
                out << "(redacted)";
            } else {
                out << change.from << " -> " << change.to;
            }
            out << '\n';
        }
    }
    return ExitCode::Success;
}

} // namespace pr::cli
