#include "report/template/TrustedHtml.h"

#include "report/template/HtmlEscape.h"

#include <utility>

using namespace Qt::StringLiterals;

namespace pr::report {

TrustedHtml::TrustedHtml(QString html)
    : m_html(std::move(html))
{}

TrustedHtml TrustedHtml::fromPlainText(const QString& text)
{
    QString normalised = text;
    normalised.replace(u"\r\n"_s, u"\n"_s);
    return TrustedHtml(htmlEscape(normalised).replace(u'\n', u"<br>"_s));
}

TrustedHtml TrustedHtml::fromProgramMarkup(QString html)
{
    return TrustedHtml(std::move(html));
}

} // namespace pr::report
