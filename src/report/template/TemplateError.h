#pragma once

#include "report/ReportError.h"
#include "report/template/TemplateLocation.h"

#include <QCoreApplication>
#include <QString>

namespace pr::report {

// A template that cannot be used: a syntax error, a forbidden tag, an unknown or recursive
// partial. Carries where it is, so that the template editor can put the cursor there, and a
// translated message for the user (what()). Never rendered half: whoever throws this has not
// produced any output.
class TemplateError : public ReportError {
    Q_DECLARE_TR_FUNCTIONS(pr::report::TemplateError)

public:
    TemplateError(TemplateLocation location, QString reason);

    const TemplateLocation& location() const { return m_location; }
    int line() const { return m_location.line; }
    int column() const { return m_location.column; }
    // The translated reason alone, without the location.
    const QString& reason() const { return m_reason; }
    // "NAME, line L, column C: REASON", translated; also what what() returns (UTF-8).
    QString message() const;

private:
    static QString format(const TemplateLocation& location, const QString& reason);

    TemplateLocation m_location;
    QString m_reason;
};

} // namespace pr::report
