#include "cli/commands/ShowCommand.h"

#include "cli/CommandContext.h"
#include "cli/EntityViews.h"
#include "cli/JsonText.h"
#include "cli/UsageError.h"

#include <QJsonDocument>

namespace pr::cli {

namespace {
const QString kJson = QStringLiteral("json");
} // namespace

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
    context.out() << (arguments.isSet(kJson) ? QString::fromUtf8(QJsonDocument(*record).toJson(
                                                   QJsonDocument::Indented))
                                             : JsonText::format(*record));
    return ExitCode::Success;
}

} // namespace pr::cli
