#include "cli/commands/EnglishTextsCommand.h"

#include "cli/ChangeReport.h"
#include "cli/CommandContext.h"
#include "cli/UsageError.h"
#include "usecases/UseCaseContext.h"
#include "usecases/english/EnglishTexts.h"

namespace pr::cli {

namespace {

const QString kMissing = QStringLiteral("missing");
const QString kAgreement = QStringLiteral("agreement");
const QString kDutch = QStringLiteral("dutch");
const QString kEnglish = QStringLiteral("english");

// Fixed codes: scripts read them.
QString sourceCode(const usecases::EnglishTextRow& row)
{
    if (!row.inUse) {
        return QStringLiteral("unused");
    }
    switch (row.source) {
    case core::EnglishSource::None:
        return QStringLiteral("none");
    case core::EnglishSource::Recorded:
        return QStringLiteral("recorded");
    case core::EnglishSource::Catalogue:
        return QStringLiteral("catalogue");
    }
    return {};
}

// A text on one line of tab-separated output: line breaks and tabs as spaces.
QString oneLine(QString text)
{
    text.replace(u'\n', u' ').replace(u'\r', u' ').replace(u'\t', u' ');
    return text;
}

QString requiredText(const QCommandLineParser& arguments, const QString& option)
{
    const QString value = arguments.value(option);
    if (!arguments.isSet(option) || value.trimmed().isEmpty()) {
        throw UsageError(EnglishTextsCommand::tr("--%1 TEXT is required").arg(option));
    }
    return value;
}

ExitCode list(CommandContext& context, const QCommandLineParser& arguments)
{
    const auto reg = context.openRegister(storage::OpenMode::ReadOnly);
    const usecases::UseCaseContext useCases = context.useCases(*reg);
    if (arguments.isSet(kAgreement)) {
        bool ok = false;
        const qint64 id = arguments.value(kAgreement).toLongLong(&ok);
        if (!ok || id <= 0) {
            throw UsageError(EnglishTextsCommand::tr("--agreement ID is required"));
        }
        for (const QString& text : usecases::EnglishTexts::withoutEnglish(useCases, id)) {
            context.out() << oneLine(text) << '\n';
        }
        return ExitCode::Success;
    }
    const bool missingOnly = arguments.isSet(kMissing);
    for (const usecases::EnglishTextRow& row : usecases::EnglishTexts::rows(useCases)) {
        if (missingOnly && (row.source != core::EnglishSource::None || !row.inUse)) {
            continue;
        }
        context.out() << sourceCode(row) << '\t' << oneLine(row.dutch) << '\t'
                      << oneLine(row.english) << '\n';
    }
    return ExitCode::Success;
}

ExitCode record(CommandContext& context, const QString& dutch, const QString& english)
{
    const auto reg = context.openRegister(storage::OpenMode::ReadWrite);
    const usecases::ChangeResult result =
        usecases::EnglishTexts::record(context.useCases(*reg), dutch, english);
    return reportChange(context, result,
                        english.trimmed().isEmpty()
                            ? EnglishTextsCommand::tr("The English version of \"%1\" is removed.")
                                  .arg(dutch.trimmed())
                            : EnglishTextsCommand::tr("\"%1\" is \"%2\" in English documents.")
                                  .arg(dutch.trimmed(), english.trimmed()));
}

} // namespace

QString EnglishTextsCommand::summary() const
{
    return tr("The texts of the register that the English DPA shows, with their English "
              "versions.");
}

QString EnglishTextsCommand::details() const
{
    return tr("ACTION is one of:\n"
              "  list [--missing]: every text an English DPA can take from the register (source, "
              "Dutch, English), source one of recorded, catalogue (an item picked unchanged from "
              "the catalogue), none (the document shows the Dutch text) or unused (recorded for a "
              "text the register no longer holds); --missing lists only those without English;\n"
              "  list --agreement ID: the texts the English DPA of that agreement shows in "
              "Dutch;\n"
              "  set --dutch TEXT --english TEXT: record the English version of a text;\n"
              "  remove --dutch TEXT: remove the recorded English version.\n"
              "Texts match ignoring case and surrounding spaces. A refused change exits 2 with "
              "the reasons.");
}

void EnglishTextsCommand::defineOptions(QCommandLineParser& parser) const
{
    parser.addPositionalArgument(QStringLiteral("action"), tr("list, set or remove."));
    parser.addOption({kMissing, tr("list: only the texts without an English version.")});
    parser.addOption(
        {kAgreement, tr("list: the texts this agreement's English DPA shows in Dutch."), tr("ID")});
    parser.addOption({kDutch, tr("The text as the register holds it."), tr("TEXT")});
    parser.addOption({kEnglish, tr("set: its English version."), tr("TEXT")});
}

ExitCode EnglishTextsCommand::run(CommandContext& context, const QCommandLineParser& arguments)
{
    const QStringList positional = arguments.positionalArguments();
    const QString action = positional.size() == 1 ? positional.first() : QString();
    if (action == u"list") {
        return list(context, arguments);
    }
    if (action == u"set") {
        return record(context, requiredText(arguments, kDutch), requiredText(arguments, kEnglish));
    }
    if (action == u"remove") {
        return record(context, requiredText(arguments, kDutch), QString());
    }
    throw UsageError(tr("write: english-texts list|set|remove …"));
}

} // namespace pr::cli
