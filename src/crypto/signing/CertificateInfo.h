#pragma once

#include <openssl/types.h>

#include <ctime>
#include <string>

namespace pr::crypto {

// What the user needs to recognise a certificate: who it names, who issued it, when it is
// valid, its fingerprint to compare with what the issuer shows, and its key (KeyStrength).
struct CertificateInfo {
    std::string subject;           // one line, RFC 2253 ("CN=…,O=…,C=NL")
    std::string subjectCommonName; // the CN alone, or empty
    std::string issuer;            // one line, RFC 2253
    std::string serialNumber;      // upper-case hexadecimal
    std::time_t notBefore = 0;     // UTC seconds since 1970
    std::time_t notAfter = 0;
    std::string sha256Fingerprint; // "AB:CD:…", 32 upper-case pairs over the DER certificate
    std::string keyType;           // "RSA", "EC", or OpenSSL's short name of another type
    int keyBits = 0;               // the public key's size in bits (EC: the curve's order)
};

// Reads the fields above from CERTIFICATE; throws CryptoError if OpenSSL cannot.
CertificateInfo describeCertificate(const X509* certificate);

} // namespace pr::crypto
