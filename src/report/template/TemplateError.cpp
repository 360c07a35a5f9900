#include "report/template/TemplateError.h"

#include <utility>

namespace pr::report {

TemplateError::TemplateError(TemplateLocation location, QString reason)
    : ReportError(format(location, reason).toStdString())
    , m_location(std::move(location))
    , m_reason(std::move(reason))
{}

QString TemplateError::message() const
{
    return format(m_location, m_reason);
}

QString TemplateError::format(const TemplateLocation& location, const QString& reason)
{
    const QString name = location.templateName.isEmpty() ? tr("template") : location.templateName;
    return tr("%1, line %2, column %3: %4")
        .arg(name, QString::number(location.line), QString::number(location.column), reason);
}

} // namespace pr::report
