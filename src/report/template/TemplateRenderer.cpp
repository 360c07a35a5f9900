#include "report/template/TemplateRenderer.h"

#include "report/ReportError.h"
#include "report/template/TemplateError.h"
#include "report/template/TemplateScanner.h"
#include "report/template/ViewModelConverter.h"

#include <kainjow/mustache.hpp>

#include <regex>
#include <string>
#include <unordered_map>

namespace pr::report {

namespace {

using Data = kainjow::mustache::data;

// kainjow looks partials up in the view model, where a register field could shadow or supply
// one. This context serves them from the renderer's own set instead.
class PartialContext final : public kainjow::mustache::context<std::string> {
public:
    PartialContext(const Data* viewModel, const std::unordered_map<std::string, Data>& partials)
        : context(viewModel)
        , m_partials(partials)
    {}

    const Data* get_partial(const std::string& name) const override
    {
        const auto it = m_partials.find(name);
        return it == m_partials.end() ? nullptr : &it->second;
    }

private:
    const std::unordered_map<std::string, Data>& m_partials;
};

// kainjow's messages end in "at <byte offset>"; the scanner should have caught everything
// kainjow refuses, so this only makes an unexpected refusal point somewhere sensible.
qsizetype kainjowErrorOffset(const std::string& message, const std::string& utf8)
{
    static const std::regex atOffset(R"( at (\d+)$)");
    std::smatch match;
    if (!std::regex_search(message, match, atOffset)) {
        return 0;
    }
    const auto bytes = std::min<std::size_t>(std::stoul(match[1].str()), utf8.size());
    return QString::fromUtf8(utf8.data(), qsizetype(bytes)).size();
}

} // namespace

void TemplateRenderer::setPartial(const QString& name, const QString& text)
{
    // Only the syntax: the partials it includes may be added after it.
    m_partials.insert(name, ParsedTemplate{name, text, TemplateScanner::scan(name, text)});
}

QStringList TemplateRenderer::partialNames() const
{
    QStringList names = m_partials.keys();
    names.sort();
    return names;
}

void TemplateRenderer::check(const QString& text, const QString& templateName) const
{
    parse(text, templateName);
}

QString TemplateRenderer::render(const QString& text, const QVariant& viewModel,
                                 const QString& templateName) const
{
    return renderData(text, templateName, viewModel);
}

QString TemplateRenderer::render(const QString& text, const QJsonObject& viewModel,
                                 const QString& templateName) const
{
    return renderData(text, templateName, viewModel.toVariantMap());
}

QList<UnknownName> TemplateRenderer::unknownNames(const QString& text, const QVariant& viewModel,
                                                  const QString& templateName) const
{
    const ParsedTemplate parsed = parse(text, templateName);
    return TemplateNameChecker(m_partials, viewModel).check(parsed);
}

ParsedTemplate TemplateRenderer::parse(const QString& text, const QString& templateName) const
{
    ParsedTemplate parsed{templateName, text, TemplateScanner::scan(templateName, text)};
    QStringList chain;
    QStringList checked;
    checkPartials(parsed, chain, checked);
    return parsed;
}

void TemplateRenderer::checkPartials(const ParsedTemplate& parsed, QStringList& chain,
                                     QStringList& checked) const
{
    for (const TemplateTag& tag : parsed.tags) {
        if (tag.kind != TemplateTag::Kind::Partial || checked.contains(tag.name)) {
            continue;
        }
        const auto fail = [&](const QString& reason) {
            throw TemplateError(TemplateLocation::at(parsed.name, parsed.text, tag.offset), reason);
        };
        if (chain.contains(tag.name)) {
            // Recursive partials are valid Mustache but would recurse until the stack ends;
            // documents do not need them.
            fail(tr("partial \"%1\" includes itself").arg(tag.name));
        }
        const auto partial = m_partials.constFind(tag.name);
        if (partial == m_partials.cend()) {
            fail(tr("there is no partial \"%1\"").arg(tag.name));
        }
        chain.append(tag.name);
        checkPartials(*partial, chain, checked);
        chain.removeLast();
        checked.append(tag.name);
    }
}

QString TemplateRenderer::renderData(const QString& text, const QString& templateName,
                                     const QVariant& viewModel) const
{
    parse(text, templateName);
    const Data data = detail::ViewModelConverter::convert(viewModel);

    std::unordered_map<std::string, Data> partials;
    for (auto it = m_partials.cbegin(); it != m_partials.cend(); ++it) {
        partials.emplace(it.key().toStdString(), Data(it.value().text.toStdString()));
    }

    const std::string utf8 = text.toStdString();
    kainjow::mustache::mustache tmpl{utf8};
    if (!tmpl.is_valid()) {
        throw TemplateError(TemplateLocation::at(templateName, text,
                                                 kainjowErrorOffset(tmpl.error_message(), utf8)),
                            QString::fromStdString(tmpl.error_message()));
    }
    tmpl.set_custom_escape(m_escaping == Escaping::Markdown
                               ? &detail::ViewModelConverter::escapeMarkdown
                               : &detail::ViewModelConverter::escape);
    PartialContext context(&data, partials);
    const std::string output = tmpl.render(context);
    if (!tmpl.is_valid()) {
        throw ReportError(tr("The template could not be rendered: %1")
                              .arg(QString::fromStdString(tmpl.error_message()))
                              .toStdString());
    }
    if (detail::ViewModelConverter::containsMarker(output)) {
        throw ReportError(tr("Internal error: HTML marked as trusted reached the output "
                             "unprocessed.")
                              .toStdString());
    }
    return QString::fromStdString(output);
}

} // namespace pr::report
