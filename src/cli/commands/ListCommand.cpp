#include "cli/commands/ListCommand.h"

#include "cli/CommandContext.h"
#include "cli/EntityViews.h"
#include "cli/JsonText.h"
#include "cli/UsageError.h"

#include <QJsonArray>
#include <QJsonDocument>

namespace pr::cli {

namespace {
const QString kJson = QStringLiteral("json");
} // namespace

QString ListCommand::summary() const
{
    return tr("List the records of one part of the register.");
}

void ListCommand::defineOptions(QCommandLineParser& parser) const
{
    parser.addPositionalArgument(QStringLiteral("entity"),
                                 entityViewNames().join(QStringLiteral(", ")));
    parser.addOption({kJson, tr("Print JSON (docs/json-format.md) instead of text.")});
}

ExitCode ListCommand::run(CommandContext& context, const QCommandLineParser& arguments)
{
    const QStringList positional = arguments.positionalArguments();
    const EntityView* view = positional.size() == 1 ? findEntityView(positional.first()) : nullptr;
    if (view == nullptr) {
        throw UsageError(tr("name one of: %1").arg(entityViewNames().join(QStringLiteral(", "))));
    }
    const auto reg = context.openRegister(storage::OpenMode::ReadOnly);
    const QList<QJsonObject> records = view->all(reg->database());
    if (arguments.isSet(kJson)) {
        QJsonArray array;
        for (const QJsonObject& record : records) {
            array.append(record);
        }
        context.out() << QJsonDocument(array).toJson(QJsonDocument::Indented);
        return ExitCode::Success;
    }
    for (const QJsonObject& record : records) {
        QStringList cells{QString::number(record.value(QStringLiteral("id")).toInteger())};
        for (const QString& column : view->columns) {
            cells << JsonText::scalar(record.value(column));
        }
        context.out() << cells.join(QLatin1Char('\t')) << '\n';
    }
    return ExitCode::Success;
}

} // namespace pr::cli
