#include "crypto/signing/CertificateInfo.h"

#include "crypto/OpenSslError.h"
#include "crypto/OpenSslPointers.h"

#include <openssl/asn1.h>
#include <openssl/bio.h>
#include <openssl/bn.h>
#include <openssl/evp.h>
#include <openssl/objects.h>
#include <openssl/x509.h>

#include <array>
#include <memory>

namespace pr::crypto {

namespace {

std::string nameLine(const X509_NAME* name)
{
    detail::BioPtr bio(BIO_new(BIO_s_mem()));
    if (!bio ||
        X509_NAME_print_ex(bio.get(), name, 0, XN_FLAG_RFC2253 & ~ASN1_STRFLGS_ESC_MSB) < 0) {
        detail::throwOpenSslError("reading a certificate name");
    }
    char* data = nullptr;
    const long size = BIO_get_mem_data(bio.get(), &data);
    return {data, static_cast<std::size_t>(size)};
}

std::string commonName(const X509_NAME* name)
{
    const int index = X509_NAME_get_index_by_NID(name, NID_commonName, -1);
    if (index < 0) {
        return {};
    }
    const ASN1_STRING* value = X509_NAME_ENTRY_get_data(X509_NAME_get_entry(name, index));
    unsigned char* utf8 = nullptr;
    const int length = ASN1_STRING_to_UTF8(&utf8, value);
    if (length < 0) {
        return {};
    }
    std::string text(reinterpret_cast<const char*>(utf8), static_cast<std::size_t>(length));
    OPENSSL_free(utf8);
    return text;
}

std::time_t toTime(const ASN1_TIME* time)
{
    struct tm parts = {};
    if (ASN1_TIME_to_tm(time, &parts) != 1) {
        detail::throwOpenSslError("reading a certificate date");
    }
    return timegm(&parts);
}

std::string serial(const X509* certificate)
{
    std::unique_ptr<BIGNUM, decltype(&BN_free)> number(
        ASN1_INTEGER_to_BN(X509_get0_serialNumber(certificate), nullptr), &BN_free);
    char* hex = number ? BN_bn2hex(number.get()) : nullptr;
    if (hex == nullptr) {
        detail::throwOpenSslError("reading a certificate serial number");
    }
    std::string text(hex);
    OPENSSL_free(hex);
    return text;
}

std::string fingerprint(const X509* certificate)
{
    std::array<unsigned char, EVP_MAX_MD_SIZE> digest{};
    unsigned int size = 0;
    if (X509_digest(certificate, EVP_sha256(), digest.data(), &size) != 1) {
        detail::throwOpenSslError("computing a certificate fingerprint");
    }
    static constexpr char kDigits[] = "0123456789ABCDEF";
    std::string text;
    for (unsigned int i = 0; i < size; ++i) {
        if (i > 0) {
            text += ':';
        }
        text += kDigits[digest[i] >> 4];
        text += kDigits[digest[i] & 0x0f];
    }
    return text;
}

void describeKey(const X509* certificate, CertificateInfo& info)
{
    const EVP_PKEY* key = X509_get0_pubkey(certificate);
    if (key == nullptr) {
        detail::throwOpenSslError("reading a certificate's public key");
    }
    switch (EVP_PKEY_get_base_id(key)) {
    case EVP_PKEY_RSA:
        info.keyType = "RSA";
        break;
    case EVP_PKEY_EC:
        info.keyType = "EC";
        break;
    default:
        info.keyType = OBJ_nid2sn(EVP_PKEY_get_base_id(key));
        break;
    }
    info.keyBits = EVP_PKEY_get_bits(key);
}

} // namespace

CertificateInfo describeCertificate(const X509* certificate)
{
    CertificateInfo info;
    info.subject = nameLine(X509_get_subject_name(certificate));
    info.subjectCommonName = commonName(X509_get_subject_name(certificate));
    info.issuer = nameLine(X509_get_issuer_name(certificate));
    info.serialNumber = serial(certificate);
    info.notBefore = toTime(X509_get0_notBefore(certificate));
    info.notAfter = toTime(X509_get0_notAfter(certificate));
    info.sha256Fingerprint = fingerprint(certificate);
    describeKey(certificate, info);
    return info;
}

} // namespace pr::crypto
