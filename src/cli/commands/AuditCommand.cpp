#include "cli/commands/AuditCommand.h"

#include "cli/CommandContext.h"
#include "cli/EntityViews.h"
#include "cli/UsageError.h"
#include "core/json/DomainJson.h"
#include "storage/Register.h"
#include "storage/audit/AuditAnchor.h"
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

    // The entries are shown also when the trail does not verify, to find what was changed;
    // the exit code and a message say that they cannot be trusted.
    const auto broken = storage::AuditAnchorFile::verify(
        reg->database(), storage::AuditAnchorFile::pathFor(reg->path(), reg->backups()));
    const auto verdict = [&context, &broken] {
        if (!broken) {
            return ExitCode::Success;
        }
        context.err() << tr("The audit trail does not verify: %1 These entries cannot be "
                            "trusted; compare the register with a backup.")
                             .arg(broken->describe())
                      << '\n';
        return ExitCode::DamagedFile;
    };

    if (arguments.isSet(kJson)) {
        QJsonArray array;
        for (const core::AuditEntry& entry : entries) {
            array.append(core::json::toJson(entry));
        }
        context.out() << QJsonDocument(array).toJson(QJsonDocument::Indented);
        return verdict();
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
    out.flush();
    return verdict();
}

} // namespace pr::cli
