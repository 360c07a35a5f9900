#include "crypto/signing/CmsVerifier.h"

#include "crypto/Digest.h"
#include "crypto/OpenSslPointers.h"

#include <openssl/bio.h>
#include <openssl/cms.h>
#include <openssl/err.h>
#include <openssl/evp.h>
#include <openssl/pem.h>
#include <openssl/x509.h>
#include <openssl/x509_vfy.h>

#include <array>
#include <limits>
#include <memory>

namespace pr::crypto {

namespace {

struct CertificatesFree {
    void operator()(STACK_OF(X509) * certificates) const noexcept
    {
        sk_X509_pop_free(certificates, X509_free);
    }
};

CmsVerification malformed(CmsVerification result, const char* detail)
{
    ERR_clear_error();
    result.status = CmsVerification::Status::Malformed;
    result.detail = detail;
    return result;
}

// The certificate the signer info names, found among the certificates the CMS carries.
X509* findSigner(CMS_SignerInfo* signer, STACK_OF(X509) * certificates)
{
    for (int i = 0; certificates != nullptr && i < sk_X509_num(certificates); ++i) {
        X509* candidate = sk_X509_value(certificates, i);
        if (CMS_SignerInfo_cert_cmp(signer, candidate) == 0) {
            return candidate;
        }
    }
    return nullptr;
}

// Whether the messageDigest attribute equals the digest of CONTENT under the signer's
// digest algorithm.
std::optional<bool> digestMatches(CMS_SignerInfo* signer, std::span<const std::uint8_t> content)
{
    X509_ALGOR* digestAlgorithm = nullptr;
    CMS_SignerInfo_get0_algs(signer, nullptr, nullptr, &digestAlgorithm, nullptr);
    const ASN1_OBJECT* algorithm = nullptr;
    X509_ALGOR_get0(&algorithm, nullptr, nullptr, digestAlgorithm);
    const EVP_MD* md = algorithm != nullptr ? EVP_get_digestbyobj(algorithm) : nullptr;
    const auto* expected = static_cast<const ASN1_OCTET_STRING*>(CMS_signed_get0_data_by_OBJ(
        signer, OBJ_nid2obj(NID_pkcs9_messageDigest), -3, V_ASN1_OCTET_STRING));
    if (md == nullptr || expected == nullptr) {
        return std::nullopt;
    }
    std::array<unsigned char, EVP_MAX_MD_SIZE> actual{};
    unsigned int size = 0;
    if (EVP_Digest(content.data(), content.size(), actual.data(), &size, md, nullptr) != 1) {
        return std::nullopt;
    }
    return static_cast<int>(size) == ASN1_STRING_length(expected) &&
           constantTimeEquals(std::span(actual.data(), size),
                              std::span(ASN1_STRING_get0_data(expected), size));
}

bool chainLeadsToAnchor(X509* signerCertificate, STACK_OF(X509) * carried,
                        const std::string& anchorsPem, std::time_t at)
{
    detail::X509StorePtr store(X509_STORE_new());
    detail::BioPtr pem(BIO_new_mem_buf(anchorsPem.data(), static_cast<int>(anchorsPem.size())));
    if (!store || !pem) {
        return false;
    }
    int anchors = 0;
    while (X509* anchor = PEM_read_bio_X509(pem.get(), nullptr, nullptr, nullptr)) {
        X509_STORE_add_cert(store.get(), anchor);
        X509_free(anchor);
        ++anchors;
    }
    ERR_clear_error();
    detail::X509StoreContextPtr context(X509_STORE_CTX_new());
    if (anchors == 0 || !context ||
        X509_STORE_CTX_init(context.get(), store.get(), signerCertificate, carried) != 1) {
        return false;
    }
    if (at != 0) {
        X509_STORE_CTX_set_time(context.get(), 0, at);
    }
    const bool trusted = X509_verify_cert(context.get()) == 1;
    ERR_clear_error();
    return trusted;
}

} // namespace

CmsVerification verifyDetachedCms(std::span<const std::uint8_t> cms,
                                  std::span<const std::uint8_t> content,
                                  const std::string& trustAnchorsPem, std::time_t at)
{
    CmsVerification result;
    if (cms.size() > static_cast<std::size_t>(std::numeric_limits<long>::max())) {
        return malformed(result, "the signature is too large");
    }
    const unsigned char* cursor = cms.data();
    detail::CmsPtr info(d2i_CMS_ContentInfo(nullptr, &cursor, static_cast<long>(cms.size())));
    if (!info || OBJ_obj2nid(CMS_get0_type(info.get())) != NID_pkcs7_signed) {
        return malformed(result, "the signature is not a CMS signed-data structure");
    }
    STACK_OF(CMS_SignerInfo)* signers = CMS_get0_SignerInfos(info.get());
    if (signers == nullptr || sk_CMS_SignerInfo_num(signers) != 1) {
        return malformed(result, "the signature does not hold exactly one signer");
    }
    CMS_SignerInfo* signer = sk_CMS_SignerInfo_value(signers, 0);
    std::unique_ptr<STACK_OF(X509), CertificatesFree> certificates(CMS_get1_certs(info.get()));
    X509* signerCertificate = findSigner(signer, certificates.get());
    if (signerCertificate == nullptr) {
        return malformed(result, "the signature does not include the signer's certificate");
    }
    result.signer = describeCertificate(signerCertificate);
    result.hasSigningTimeAttribute =
        CMS_signed_get_attr_by_NID(signer, NID_pkcs9_signingTime, -1) >= 0;
    result.hasSigningCertificateV2 =
        CMS_signed_get_attr_by_NID(signer, NID_id_smime_aa_signingCertificateV2, -1) >= 0;

    const std::optional<bool> digestOk = digestMatches(signer, content);
    if (!digestOk) {
        return malformed(result, "the signature has no message digest this program can check");
    }
    if (!*digestOk) {
        result.status = CmsVerification::Status::DigestMismatch;
        result.detail = "the document was changed after it was signed";
        return result;
    }
    CMS_SignerInfo_set1_signer_cert(signer, signerCertificate);
    const bool signatureOk = CMS_SignerInfo_verify(signer) == 1;
    ERR_clear_error();
    if (!signatureOk) {
        result.status = CmsVerification::Status::SignatureInvalid;
        result.detail = "the signature does not match the signer's certificate";
        return result;
    }
    result.status = CmsVerification::Status::Valid;
    if (!trustAnchorsPem.empty()) {
        result.chainTrusted =
            chainLeadsToAnchor(signerCertificate, certificates.get(), trustAnchorsPem, at);
    }
    return result;
}

} // namespace pr::crypto
