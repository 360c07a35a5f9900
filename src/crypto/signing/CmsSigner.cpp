#include "crypto/signing/CmsSigner.h"

#include "crypto/OpenSslPointers.h"
#include "crypto/signing/SigningError.h"

#include <openssl/bio.h>
#include <openssl/cms.h>
#include <openssl/err.h>
#include <openssl/evp.h>
#include <openssl/x509.h>

#include <algorithm>
#include <cstring>
#include <limits>
#include <memory>
#include <string>

namespace pr::crypto {

namespace {

using Bytes = std::vector<std::uint8_t>;

[[noreturn]] void fail(const char* step)
{
    const unsigned long code = ERR_get_error();
    ERR_clear_error();
    std::string message = "Signing failed while ";
    message += step;
    if (const char* reason = code != 0 ? ERR_reason_error_string(code) : nullptr) {
        message += " (OpenSSL: ";
        message += reason;
        message += ')';
    }
    message += '.';
    throw SigningError(SigningError::Reason::SigningFailed, message);
}

void appendDerLength(Bytes& out, std::size_t length)
{
    if (length < 0x80) {
        out.push_back(static_cast<std::uint8_t>(length));
        return;
    }
    Bytes digits;
    for (std::size_t rest = length; rest != 0; rest >>= 8) {
        digits.insert(digits.begin(), static_cast<std::uint8_t>(rest & 0xff));
    }
    out.push_back(static_cast<std::uint8_t>(0x80 | digits.size()));
    out.insert(out.end(), digits.begin(), digits.end());
}

// The DER of the signed attributes as the signature covers them (RFC 5652, 5.4): a SET OF
// with the universal SET tag, its members sorted by their encodings as DER requires.
Bytes encodeSignedAttributes(CMS_SignerInfo* signer)
{
    std::vector<Bytes> members;
    const int count = CMS_signed_get_attr_count(signer);
    for (int i = 0; i < count; ++i) {
        X509_ATTRIBUTE* attribute = CMS_signed_get_attr(signer, i);
        const int size = i2d_X509_ATTRIBUTE(attribute, nullptr);
        if (size <= 0) {
            fail("encoding the signed attributes");
        }
        Bytes member(static_cast<std::size_t>(size));
        unsigned char* cursor = member.data();
        i2d_X509_ATTRIBUTE(attribute, &cursor);
        members.push_back(std::move(member));
    }
    // DER orders a SET OF by its members' encodings as octet strings (X.690 11.6). Spelled out
    // rather than vector's operator<, which GCC 12 at -O3 flags with a false
    // -Wstringop-overread.
    std::sort(members.begin(), members.end(), [](const Bytes& a, const Bytes& b) {
        const std::size_t common = std::min(a.size(), b.size());
        const int order = common == 0 ? 0 : std::memcmp(a.data(), b.data(), common);
        return order != 0 ? order < 0 : a.size() < b.size();
    });
    std::size_t total = 0;
    for (const Bytes& member : members) {
        total += member.size();
    }
    Bytes out{0x31};
    appendDerLength(out, total);
    for (const Bytes& member : members) {
        out.insert(out.end(), member.begin(), member.end());
    }
    return out;
}

// OpenSSL 3.0 adds a signingTime attribute whenever it signs a SignerInfo that has none, and
// offers no flag to stop it (CMS_NO_SIGNING_TIME arrived in 3.2). So the attribute is removed
// after CMS_final and the signed attributes are signed again here, with the same key and
// digest, exactly as CMS_SignerInfo_sign would but without putting the time back.
void removeSigningTimeAndResign(CMS_SignerInfo* signer, EVP_PKEY* key)
{
    for (int index = CMS_signed_get_attr_by_NID(signer, NID_pkcs9_signingTime, -1); index >= 0;
         index = CMS_signed_get_attr_by_NID(signer, NID_pkcs9_signingTime, -1)) {
        X509_ATTRIBUTE_free(CMS_signed_delete_attr(signer, index));
    }
    const Bytes signedAttributes = encodeSignedAttributes(signer);

    detail::MdContextPtr context(EVP_MD_CTX_new());
    std::size_t size = 0;
    if (!context || EVP_DigestSignInit(context.get(), nullptr, EVP_sha256(), nullptr, key) != 1 ||
        EVP_DigestSign(context.get(), nullptr, &size, signedAttributes.data(),
                       signedAttributes.size()) != 1) {
        fail("signing the signed attributes");
    }
    Bytes signature(size);
    if (EVP_DigestSign(context.get(), signature.data(), &size, signedAttributes.data(),
                       signedAttributes.size()) != 1 ||
        size > static_cast<std::size_t>(std::numeric_limits<int>::max())) {
        fail("signing the signed attributes");
    }
    ASN1_OCTET_STRING* slot = CMS_SignerInfo_get0_signature(signer);
    if (slot == nullptr || ASN1_STRING_set(slot, signature.data(), static_cast<int>(size)) != 1) {
        fail("storing the signature");
    }
}

} // namespace

std::vector<std::uint8_t> signDetachedCms(const SigningCredentials& credentials,
                                          std::span<const std::uint8_t> content)
{
    if (content.size() > static_cast<std::size_t>(std::numeric_limits<int>::max())) {
        throw SigningError(SigningError::Reason::SigningFailed,
                           "The document is too large to sign.");
    }
    constexpr unsigned int kFlags = CMS_DETACHED | CMS_BINARY | CMS_PARTIAL;
    detail::CmsPtr cms(CMS_sign(nullptr, nullptr, nullptr, nullptr, kFlags));
    if (!cms) {
        fail("creating the signature");
    }
    // CMS_CADES adds the ESS signing-certificate-v2 attribute (the certificate's SHA-256),
    // which binds the signature to this certificate (required by PAdES B-B);
    // CMS_NOSMIMECAP leaves out the S/MIME capabilities, which mean nothing in a PDF.
    CMS_SignerInfo* signer =
        CMS_add1_signer(cms.get(), credentials.certificateHandle(), credentials.keyHandle(),
                        EVP_sha256(), kFlags | CMS_CADES | CMS_NOSMIMECAP);
    if (signer == nullptr) {
        fail("adding the signer");
    }
    if (STACK_OF(X509)* chain = credentials.chainHandle()) {
        for (int i = 0; i < sk_X509_num(chain); ++i) {
            if (CMS_add1_cert(cms.get(), sk_X509_value(chain, i)) != 1) {
                fail("adding the certificate chain");
            }
        }
    }
    detail::BioPtr data(BIO_new_mem_buf(content.data(), static_cast<int>(content.size())));
    if (!data || CMS_final(cms.get(), data.get(), nullptr, kFlags) != 1) {
        fail("computing the signature");
    }
    removeSigningTimeAndResign(signer, credentials.keyHandle());

    const int size = i2d_CMS_ContentInfo(cms.get(), nullptr);
    if (size <= 0) {
        fail("encoding the signature");
    }
    std::vector<std::uint8_t> der(static_cast<std::size_t>(size));
    unsigned char* cursor = der.data();
    i2d_CMS_ContentInfo(cms.get(), &cursor);
    return der;
}

} // namespace pr::crypto
