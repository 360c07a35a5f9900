#include "cli/commands/ShowCommand.h"

#include "cli/CommandContext.h"
#include "cli/EntityViews.h"
#include "cli/JsonText.h"
#include "cli/UsageError.h"
#include "core/domain/SignedVersion.h"
#include "report/model/DpaDrift.h"
#include "storage/repositories/AgreementRepository.h"

#include <QJsonDocument>

namespace pr::cli {

namespace {
const QString kJson = QStringLiteral("json");

// In text, a file is its size and digest rather than a screen of base64 (--json keeps it).
QJsonObject withFilesSummarised(QJsonObject record)
{
    for (const QString& key : {QStringLiteral("signedPdf"), QStringLiteral("firmSignedPdf"),
                               QStringLiteral("signedContent")}) {
        if (record.contains(key)) {
            const QByteArray bytes =
                QByteArray::fromBase64(record.value(key).toString().toLatin1());
            record.insert(key, ShowCommand::tr("%1 bytes, SHA-256 %2")
                                   .arg(bytes.size())
                                   .arg(core::SignedVersion::sha256Of(bytes)));
        }
    }
    return record;
}
} // namespace

QString ShowCommand::signedVersionText(const storage::SqliteDatabase& db, qint64 id)
{
    const std::optional<core::Agreement> agreement = storage::AgreementRepository::find(db, id);
    if (!agreement || !core::SignedVersion::isSigned(*agreement)) {
        return {};
    }
    QString text = tr("signed version:") + u'\n';
    const std::optional<core::SignedVersion> record = core::SignedVersion::of(*agreement);
    if (record) {
        text += tr("  PDF: %1 (%2 bytes)")
                    .arg(record->copy == core::SignedVersion::Copy::Client
                             ? tr("signed by both parties, or the scan of the paper copy")
                             : tr("signed by the firm"))
                    .arg(record->pdf.size()) +
                u'\n' + tr("  signed on: %1").arg(record->date.toString(Qt::ISODate)) + u'\n' +
                tr("  SHA-256: %1").arg(record->sha256) + u'\n';
        if (!record->signers.isEmpty()) {
            text += tr("  signed by: %1").arg(record->signers.join(QStringLiteral("; "))) + u'\n';
        }
    } else {
        text += tr("  PDF: none kept (signed on paper without a scan, or before the register "
                   "kept signed PDFs)") +
                u'\n';
    }
    const report::DpaDrift drift = report::DpaDrift::check(db, *agreement);
    text += QStringLiteral("  ") + drift.summary() + u'\n';
    for (const QString& change : drift.changes) {
        text += QStringLiteral("  - ") + change + u'\n';
    }
    return text;
}

QString ShowCommand::summary() const
{
    return tr("Show one record with all its fields.");
}

void ShowCommand::defineOptions(QCommandLineParser& parser) const
{
    parser.addPositionalArgument(QStringLiteral("entity"),
                                 entityViewNames().join(QStringLiteral(", ")));
    parser.addPositionalArgument(QStringLiteral("id"), tr("The record's id (see list)."));
    parser.addOption({kJson, tr("Print JSON (docs/json-format.md) instead of text.")});
}

ExitCode ShowCommand::run(CommandContext& context, const QCommandLineParser& arguments)
{
    const QStringList positional = arguments.positionalArguments();
    const EntityView* view = positional.size() == 2 ? findEntityView(positional.first()) : nullptr;
    if (view == nullptr) {
        throw UsageError(tr("write: show ENTITY ID, with ENTITY one of: %1")
                             .arg(entityViewNames().join(QStringLiteral(", "))));
    }
    bool ok = false;
    const qint64 id = positional.at(1).toLongLong(&ok);
    if (!ok || id <= 0) {
        throw UsageError(tr("'%1' is not an id").arg(positional.at(1)));
    }
    const auto reg = context.openRegister(storage::OpenMode::ReadOnly);
    const auto record = view->find(reg->database(), id);
    if (!record) {
        context.err() << tr("There is no record %1 in %2.").arg(id).arg(view->name) << '\n';
        return ExitCode::Failed;
    }
    if (arguments.isSet(kJson)) {
        context.out() << QString::fromUtf8(QJsonDocument(*record).toJson(QJsonDocument::Indented));
        return ExitCode::Success;
    }
    context.out() << JsonText::format(withFilesSummarised(*record));
    if (view->kind == core::EntityKind::Agreement) {
        context.out() << signedVersionText(reg->database(), id);
    }
    return ExitCode::Success;
}

} // namespace pr::cli
