#pragma once

#include <QMetaType>
#include <QString>

namespace pr::report {

// A view-model value that is already HTML and is inserted into a template as it is.
//
// Templates cannot turn escaping off ({{{x}}} and {{& x}} are refused, see TemplateScanner),
// because a user's own template could then put any register text into the document as markup
// (a name with "</td>" breaks the table; in the HTML export for the website it is script
// injection). Whether a value is markup is decided by the program that builds the view model,
// never by the template: only C++ code can make a TrustedHtml, and {{x}} inserts it unescaped.
//
// Put one in a QVariant with QVariant::fromValue(TrustedHtml::...).
class TrustedHtml {
public:
    TrustedHtml() = default;

    // Plain text as HTML: escaped, line breaks kept as <br>. For multi-line register fields.
    static TrustedHtml fromPlainText(const QString& text);
    // Markup built by the program itself (e.g. an <img> with a data: URL). Never pass text
    // that came from the user or the register here.
    static TrustedHtml fromProgramMarkup(QString html);

    const QString& html() const { return m_html; }

    friend bool operator==(const TrustedHtml&, const TrustedHtml&) = default;

private:
    explicit TrustedHtml(QString html);

    QString m_html;
};

} // namespace pr::report

Q_DECLARE_METATYPE(pr::report::TrustedHtml)
