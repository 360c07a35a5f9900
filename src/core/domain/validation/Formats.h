#pragma once

#include <QByteArrayView>
#include <QStringView>

// Checks of the fixed formats that Dutch registers and common files use. Each one ignores
// leading and trailing whitespace, as people paste values with it; they check the form only,
// not that the number or address exists.

namespace pr::core {

// KvK number: exactly 8 digits. Spaces inside are allowed ("1234 5678"), as on letterheads.
bool isKvkNumber(QStringView text);

// BTW-identificatienummer: "NL", 9 digits, "B", 2 digits ("NL123456789B01"). Letters in
// either case; spaces inside are allowed.
bool isVatNumber(QStringView text);

// Dutch postcode: 4 digits of which the first is not 0, an optional space, 2 letters in either
// case; "SA", "SD" and "SS" are never issued and are rejected.
bool isPostcode(QStringView text);

// An e-mail address that is plausible: one "@", no whitespace, something before it, and after
// it a domain of at least two labels of letters, digits and inner hyphens (international
// letters allowed).
bool isPlausibleEmail(QStringView text);

// ISO 4217 style currency code: 3 capital ASCII letters ("EUR").
bool isCurrencyCode(QStringView text);

// BYTES start with the PNG file signature.
bool isPng(QByteArrayView bytes);

// BYTES start with the PDF header "%PDF-".
bool isPdf(QByteArrayView bytes);

} // namespace pr::core
