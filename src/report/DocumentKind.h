#pragma once

#include <QString>
#include <QStringView>

#include <optional>

namespace pr::report {

// The documents the program makes from the register.
enum class DocumentKind {
    PrivacyStatement,   // privacyverklaring, art. 13 and 14
    Dpa,                // verwerkersovereenkomst with one client, art. 28(3)
    ProcessingRegister, // verwerkingsregister, art. 30(1) and (2)
    // Letters to the person who made a data-subject request (DocumentRequest::requestId).
    AcknowledgementLetter, // ontvangstbevestiging with the legal and promised deadline
    IdentificationLetter,  // request for proof of identity, art. 12(6)
    ExtensionLetter,       // the deadline extended, with the reason, art. 12(3)
    AccessLetter,          // the answer to an access request, art. 15, for chosen activities
    RefusalLetter,         // refusal with reasons, complaint and judicial remedy, art. 12(4)
    ErasureLetter,         // confirmation of erasure, art. 17
    // To a client: a new or replacing sub-processor, with the objection period of its DPA
    // (art. 28(2)); DocumentRequest::subProcessorId and clientId.
    SubProcessorNotice,
    // A data breach (DocumentRequest::breachId): the notification to the AP (art. 33(3), the
    // firm's own data only), to the client whose data it was (art. 33(2)), and the letter to the
    // people affected (art. 34(2)).
    BreachNotificationAp,
    BreachNotificationClient,
    BreachNotificationSubjects,
    BreachRegister, // every breach, reported or not (art. 33(5))
};

// What the document is written as.
enum class DocumentFormat {
    Pdf,      // A4, PDF/A-1b, for printing and signing
    Html,     // one standalone HTML5 file, for a website
    Markdown, // the privacy statement only, for websites built from Markdown
};

// The names the command line and file names use: "privacy-statement", "dpa", "register",
// "letter-acknowledgement", "letter-access", ...; "pdf", "html", "md". Never translated.
QString documentKindCode(DocumentKind kind);
std::optional<DocumentKind> documentKindFromCode(QStringView code);

// True for the letters about a data-subject request; they need DocumentRequest::requestId.
bool isLetter(DocumentKind kind);
// True for the notifications of one breach; they need DocumentRequest::breachId.
bool isBreachNotification(DocumentKind kind);
// A letter's short name, the value of the CLI's --letter: "acknowledgement",
// "identification", "extension", "access", "refusal", "erasure". Empty for other kinds.
QString letterCode(DocumentKind kind);
std::optional<DocumentKind> letterFromCode(QStringView code);
QString documentFormatCode(DocumentFormat format);
std::optional<DocumentFormat> documentFormatFromCode(QStringView code);

} // namespace pr::report
