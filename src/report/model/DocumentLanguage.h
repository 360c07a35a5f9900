#pragma once

#include "core/calendar/Period.h"
#include "core/domain/EnumTable.h"
#include "core/domain/RetentionPeriod.h"

#include <QCoreApplication>
#include <QDate>
#include <QLocale>
#include <QString>

#include <memory>
#include <optional>

class QTranslator;

namespace pr::report {

// The language a document is written in, which is not the language of the program: a Dutch
// DPA stays Dutch when the user runs the program in English, and the English DPA stays
// English in the Dutch program. So the labels of the register's enums, periods and dates are
// looked up in a translator of the document's own, never in the one installed in the
// application. The document's sentences themselves are in its template.
class DocumentLanguage {
    Q_DECLARE_TR_FUNCTIONS(pr::report::DocumentLanguage)

public:
    static const DocumentLanguage& dutch();
    static const DocumentLanguage& english();
    // "nl" or "en"; throws ReportError for anything else.
    static const DocumentLanguage& forCode(const QString& code);

    ~DocumentLanguage();
    DocumentLanguage(const DocumentLanguage&) = delete;
    DocumentLanguage& operator=(const DocumentLanguage&) = delete;

    const QString& code() const { return m_code; }
    const QLocale& locale() const { return m_locale; }

    // "21 november 2026" / "21 November 2026"; empty for an invalid date.
    QString date(QDate date) const;
    // A whole number with the language's grouping: "100.000" / "100,000".
    QString number(qint64 value) const;
    // "€ 100.000" (cents only when there are any) for AMOUNT_CENTS in CURRENCY (ISO 4217);
    // empty when there is no amount.
    QString money(const std::optional<qint64>& amountCents, const QString& currency) const;
    // The structured part of a retention period: "7 jaar na einde boekjaar"; empty while
    // unspecified. As core::RetentionPeriod::describe(), in this language.
    QString retention(const core::RetentionPeriod& period) const;
    // "4 weken" / "4 weeks".
    QString period(const core::Period& period) const;

    // What every PDF page carries in this language: "Pagina %1 van %2" (%1 the page, %2 the
    // number of pages), and the DPA's line for both parties' initials. Document text, not
    // program text: it follows the document, not the language the program runs in.
    QString pageFooterPattern() const;
    QString initialsLine() const;
    // On every page and in the title of the current state of a signed agreement.
    QString newVersionDraftMark() const;
    // Under the mark at the top of such a document's first page: what it is and is not.
    QString newVersionDraftNote() const;

    // The label of an enum value in this language (the "Domain" context of the program's
    // translation; English is the source text itself).
    template <core::CodedEnum E>
    QString label(E value) const
    {
        for (const core::EnumEntry<E>& entry : core::EnumTable<E>::entries) {
            if (entry.value == value) {
                return translate("Domain", entry.label);
            }
        }
        return {};
    }

private:
    DocumentLanguage(QString code, QLocale locale);
    QString translate(const char* context, const char* source, int count = -1) const;

    QString m_code;
    QLocale m_locale;
    std::unique_ptr<QTranslator> m_translator;
};

} // namespace pr::report
