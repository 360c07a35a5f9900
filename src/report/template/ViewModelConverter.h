#pragma once

#include <QCoreApplication>
#include <QJsonObject>
#include <QString>
#include <QVariant>

#include <kainjow/mustache.hpp>

#include <string>

namespace pr::report::detail {

// Turns a view model (QVariant tree or JSON) into kainjow's data, and owns the one escape
// function every template output goes through. Internal to the template code: kainjow stays
// out of the public headers.
//
// TrustedHtml values become strings with a marker prefix that the escape function strips
// instead of escaping. The marker is bytes that are never valid UTF-8, and every other string
// comes from QString::toStdString(), which always produces valid UTF-8, so no register text can
// forge it.
class ViewModelConverter {
    Q_DECLARE_TR_FUNCTIONS(pr::report::ViewModelConverter)

public:
    // Maps: objects; lists and string lists: lists; strings: strings, but empty text is false
    // (so {{#x}} skips it and {{^x}} applies); booleans: booleans;
    // integers and doubles: their plain digits (format amounts and dates with QLocale before);
    // null: false, so {{x}} prints nothing and {{^x}} applies. Anything else (QDate, QByteArray,
    // ...) throws ReportError naming the path of the value, never its content.
    static kainjow::mustache::data convert(const QVariant& viewModel);
    static kainjow::mustache::data convert(const QJsonObject& viewModel);

    // kainjow's escape handler: HTML-escapes, except for TrustedHtml values.
    static std::string escape(const std::string& value);
    // The same for Markdown output (markdownEscapeUtf8); TrustedHtml stays as it is, since
    // Markdown passes HTML through.
    static std::string escapeMarkdown(const std::string& value);
    // True when rendered output still contains a marker, which would mean a TrustedHtml value
    // reached the output without passing escape(): a bug, never shown to the user.
    static bool containsMarker(const std::string& output);

private:
    static kainjow::mustache::data convertValue(const QVariant& value, const QString& path);
};

} // namespace pr::report::detail
